"""Error types. Every message says what went wrong and what the user can do about it."""

from __future__ import annotations


import logging
import threading

# Secret values (API keys, passwords) this process was configured with. An endpoint may quote the key
# back in its error ("Incorrect API key provided: sk-..."), and error text goes to users, the UI and logs,
# so every AssistantError masks them. Values shorter than this are not masked: too likely to be words.
_MIN_SECRET = 6
_secrets: set[str] = set()
_secrets_lock = threading.Lock()
MASK = "[redacted]"


def register_secrets(*values: str | None) -> None:
    """Remember secret values so that redact() (and every AssistantError's text) masks them."""
    with _secrets_lock:
        _secrets.update(v for v in values if v and len(v) >= _MIN_SECRET)


def redact(text: str) -> str:
    """`text` with every registered secret replaced by [redacted] (longest first, so a key's prefix
    registered separately cannot leave its tail showing)."""
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Log handler filter: the formatted message and any traceback with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class AssistantError(Exception):
    """Base class; the CLI prints the message and exits non-zero without a traceback."""

    exit_code = 1

    def __str__(self) -> str:
        return redact(super().__str__())


class ConfigError(AssistantError):
    """A setting is missing or invalid."""

    exit_code = 2


class UsageError(AssistantError):
    """The command line or request was malformed."""

    exit_code = 2


class IngestError(AssistantError):
    """One input could not be turned into an article; the others carry on."""


class StoreError(AssistantError):
    """The vector store could not be reached or is inconsistent."""


class ModelError(AssistantError):
    """An embedding or language model failed or could not be reached."""


class NotFoundError(AssistantError):
    """An article or other object does not exist."""


class StoreUnavailable(StoreError):
    """The store cannot take requests right now (server down, data dir busy, read-only or full).

    Retrying article by article is pointless; the REST API answers 503 with the message.
    """
