"""Prompt templates live as text files in prompts/ (shipped as assistant.prompts); rendered strictly."""

from __future__ import annotations

import re
import string
from functools import lru_cache
from importlib import resources

from assistant.errors import ConfigError


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The raw template `prompts/<name>.txt`."""
    try:
        return (resources.files("assistant.prompts") / f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ConfigError(f"prompt template prompts/{name}.txt is missing; reinstall the package") from e


def render(name: str, **values: object) -> str:
    """Fill {placeholders}; a missing or unused variable is an error, not a silent blank."""
    template = load(name)
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing = fields - values.keys()
    extra = values.keys() - fields
    if missing or extra:
        raise ConfigError(
            f"prompt {name}: missing {sorted(missing)} / unexpected {sorted(extra)} variables"
        )
    return template.format(**values)


# Unicode tag characters (U+E0000-U+E007F) are invisible to readers but decoded by some models: a
# known way to smuggle instructions into text. Zero-width characters hide words from keyword checks.
_INVISIBLE = re.compile("[\U000e0000-\U000e007f\u200b\u200c\u200d\u2060\ufeff]")
# Chat-template control tokens (<|im_start|>, <|eot_id|>, ...): some servers would read them as turns.
_TEMPLATE_TOKEN = re.compile(r"<\|([^|<>]{0,40})\|>")
_FENCE_LINE = re.compile(r"(?im)^(\s*)(BEGIN|END) (SOURCES|ARTICLE|NOTES)\b")


def untrusted(text: str) -> str:
    """Article text made safe to place between a prompt's BEGIN/END fences.

    It stays data: invisible characters are dropped, chat-template tokens and fence lines are
    defused, so nothing in an article can end the data block or open a new system turn."""
    text = _INVISIBLE.sub("", text)
    text = _TEMPLATE_TOKEN.sub(lambda m: f"‹{m.group(1)}›", text)
    return _FENCE_LINE.sub(r"\1(\2 \3)", text)
