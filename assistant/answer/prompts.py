"""Prompt templates live as text files in prompts/ (shipped as assistant.prompts); rendered strictly."""

from __future__ import annotations

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
