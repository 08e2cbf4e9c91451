"""Feeds on a schedule: subscriptions (feeds.yaml, OPML), polite polling, the scheduler behind
`assistant watch` and `serve`, and delivery of the daily briefing.

    subscriptions  feeds.yaml: add / remove / load
    opml           import and export for feed readers
    state          feeds-state.json and the locks (one scheduler per data dir)
    poll           conditional GET, new entries only, backoff, ingestion
    schedule       the Scheduler: due feeds and the daily briefing, driven by a clock
    deliver        briefing into a folder and/or by e-mail
    runner         foreground (`watch`) and background (`serve`) running
    status         what `feeds status`, the API and the UI show
"""
