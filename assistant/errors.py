"""Error types. Every message says what went wrong and what the user can do about it."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class; the CLI prints the message and exits non-zero without a traceback."""

    exit_code = 1


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
