"""Saved briefings (settings.briefings_dir) and "what's new" since the previous one.

Each briefing is saved as `<date>[--<scope>].json` (the public JSON of `render.to_json`); the
scope keeps a topic- or outlet-filtered briefing from standing in for the daily one. The
"previous" briefing is the latest saved one of the same scope with an earlier date.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from pathlib import Path

from assistant.briefing.clustering import anchors
from assistant.briefing.summarise import fact_key, split_summary
from assistant.schema import Briefing, Story
from assistant.text.lexical import jaccard

log = logging.getLogger(__name__)

SAME_FACT = 0.6  # content-term Jaccard at which two summary sentences state the same fact
SAME_STORY_HEADLINE = 0.5  # headline Jaccard at which two stories are the same (when no article is shared)
SAME_STORY_ANCHORS = 0.4  # Jaccard of names and numbers at which two stories are the same


def scope_key(sources: list[str] | None = None, topic: str | None = None) -> str:
    """'' for the plain daily briefing, else a short stable tag of the filters."""
    if not sources and not topic:
        return ""
    raw = "|".join(sorted(s.lower() for s in sources or [])) + "#" + (topic or "").strip().lower()
    return "--" + hashlib.sha1(raw.encode()).hexdigest()[:8]


def _date_of(path: Path) -> str:
    return path.name.split("--", 1)[0].removesuffix(".json")


class BriefingArchive:
    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)

    def path_for(self, date: str, scope: str = "") -> Path:
        safe = date.replace("/", "-").replace(os.sep, "-")
        return self.dir / f"{safe}{scope}.json"

    def save(self, briefing: Briefing, scope: str = "") -> Path:
        """Write atomically, so a crash never leaves a half briefing to compare against."""
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.path_for(briefing.date, scope)
        # One temporary name per process and thread: processes sharing a data dir (server mode) may save at once.
        tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        tmp.write_text(briefing.model_dump_json(indent=2), encoding="utf-8")
        tmp.replace(path)
        return path

    def load(self, path: Path) -> Briefing | None:
        try:
            return Briefing.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:  # a damaged file only costs the "what's new" marks
            log.warning("ignoring unreadable saved briefing %s: %s", path, e)
            return None

    def all(self, scope: str = "") -> list[Path]:
        if not self.dir.is_dir():
            return []
        out = []
        for p in self.dir.glob("*.json"):
            stem = p.name.removesuffix(".json")
            tag = "--" + stem.split("--", 1)[1] if "--" in stem else ""
            if tag == scope:
                out.append(p)
        return sorted(out, key=_date_of)

    def previous(self, date: str, scope: str = "") -> Briefing | None:
        """The latest saved briefing of this scope dated before `date` (range labels compare by start)."""
        earlier = [p for p in self.all(scope) if _date_of(p)[:10] < date[:10]]
        return self.load(earlier[-1]) if earlier else None


def _facts(story: Story) -> list[frozenset[str]]:
    return [fact_key(s) for s in split_summary(story.summary)]


def _anchors(story: Story) -> set[str]:
    return anchors(story.headline + "\n" + re.sub(r"\[\d+\]", " ", story.summary))


def _same_story(story: Story, old: Story) -> bool:
    """Yesterday's story continues today: shared article, similar headline, a repeated fact or the same names/numbers."""
    if story.id == old.id:
        return True
    if {s.article_id for s in story.sources} & {s.article_id for s in old.sources}:
        return True
    if jaccard(set(fact_key(story.headline)), set(fact_key(old.headline))) >= SAME_STORY_HEADLINE:
        return True
    old_facts = _facts(old)
    if any(jaccard(set(f), set(o)) >= SAME_FACT for f in _facts(story) for o in old_facts):
        return True
    return jaccard(_anchors(story), _anchors(old)) >= SAME_STORY_ANCHORS


def mark_new(briefing: Briefing, previous: Briefing | None) -> None:
    """Set Story.new and Story.new_facts against the previous briefing (everything is new without one)."""
    old_facts = []
    if previous is not None:
        old_facts = [fact_key(s) for st in previous.stories for s in split_summary(st.summary)]
    for story in briefing.stories:
        sentences = split_summary(story.summary)
        story.new = previous is None or not any(_same_story(story, old) for old in previous.stories)
        story.new_facts = [i for i, s in enumerate(sentences)
                           if not any(jaccard(set(fact_key(s)), set(k)) >= SAME_FACT for k in old_facts)]
        if story.new:
            story.new_facts = list(range(len(sentences)))
