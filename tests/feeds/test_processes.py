"""Real `assistant watch` processes on one data dir: one scheduler wins the lock, the feeds are fetched
and the briefing is built once, and a restarted scheduler does not do any of it again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.feeds.state import load_state
from assistant.feeds.subscriptions import Feed, add_feeds

from .conftest import Entry, atom, rss, story

WAIT = 240.0  # generous: process start-up on a busy 2-core machine; never a timing assertion


def _env(data: Path, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_DATA_DIR=str(data), ASSISTANT_EMBEDDINGS="fake", ASSISTANT_BRIEFING_AT="00:00",
               ASSISTANT_TIMEZONE="UTC", ASSISTANT_BRIEFING_FOLDER=str(folder), PYTHONUNBUFFERED="1",
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
               ASSISTANT_URL_ALLOWLIST="127.0.0.1")  # the local news site, past the SSRF guard
    return env


def _watch(env: dict[str, str], cwd: Path, name: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", "watch"], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=(cwd / f"{name}.log").open("w"), text=True)


def _until(condition, what: str, procs: list[subprocess.Popen], cwd: Path) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            logs = "\n".join(p.read_text() for p in cwd.glob("*.log"))
            pytest.fail(f"gave up waiting for {what}:\n{logs}")
        time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def _owner(data: Path) -> dict:
    try:
        return json.loads((data / "scheduler.json").read_text())
    except (OSError, ValueError):
        return {}


def test_two_watchers_one_scheduler_and_a_restart_does_no_double_work(site, tmp_path):
    today = datetime.now(UTC).date().isoformat()
    site.put("/news.rss", "application/rss+xml", rss("Harbour Gazette", [
        Entry("h-1", "Harbour festival", story("festival", "Harbourside", 1200), link=site.url("/h/1"),
              published=today)]))
    site.put("/world.atom", "application/atom+xml", atom("Valley Times", [
        Entry("v-1", "Bridge closed", story("bridge closure", "North Bridge", 40), link=site.url("/v/1"),
              published=today)]), etag=False)
    data, folder = tmp_path / "data", tmp_path / "delivered"
    settings = Settings(data_dir=data)
    add_feeds(settings, [Feed(url=site.url("/news.rss")), Feed(url=site.url("/world.atom"), every="1h")])
    env = _env(data, folder)

    first, second = _watch(env, tmp_path, "a"), _watch(env, tmp_path, "b")
    procs = [first, second]
    try:
        _until(lambda: any(p.poll() is not None for p in procs), "one watcher to give way", procs, tmp_path)
        loser = next(p for p in procs if p.poll() is not None)
        winner = next(p for p in procs if p is not loser)
        assert loser.returncode == 1
        log = (tmp_path / ("a.log" if loser is first else "b.log")).read_text()
        assert "already running" in log and f"pid {winner.pid}" in log

        _until(lambda: load_state(settings).briefing.local_date == today and _owner(data).get("last_tick"),
               "the first tick", procs, tmp_path)
        brief = load_state(settings).briefing
        assert brief.stories >= 1 and "folder" in brief.delivered
        delivered = folder / f"briefing-{today}.md"
        written = delivered.stat().st_mtime_ns
        assert site.hits["/news.rss"] == 1 and site.hits["/world.atom"] == 1
        assert _stop(winner) == 0
        assert not (data / "scheduler.json").exists()  # a clean stop leaves no owner behind

        # A restart: the feeds are not due yet and today's briefing is done, so it fetches and builds nothing.
        third = _watch(env, tmp_path, "c")
        procs.append(third)
        _until(lambda: _owner(data).get("pid") == third.pid and _owner(data).get("last_tick"),
               "the restarted scheduler's first tick", procs, tmp_path)
        assert third.poll() is None
        assert site.hits["/news.rss"] == 1 and site.hits["/world.atom"] == 1
        assert load_state(settings).briefing.generated_at == brief.generated_at
        assert delivered.stat().st_mtime_ns == written
        assert sorted(p.name for p in folder.iterdir()) == [f"briefing-{today}.html", f"briefing-{today}.md"]
    finally:
        for p in procs:
            _stop(p)
