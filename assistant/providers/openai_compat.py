"""The one module that imports langchain-openai: chat and embedding clients for any endpoint that
speaks the OpenAI protocol (OpenAI, Ollama, vLLM, llama.cpp server).

`ChatEndpoint` is what the answer and briefing generators use: our own retry policy (so a server's
Retry-After cannot stall a request for minutes), detection of a stream that stops before the model
finished, and one `ModelError` per failure that names what the endpoint did and what to do, with the
API key redacted from anything the server echoed back.
"""

from __future__ import annotations

import email.utils
import json
import random
import re
import time
from typing import Any, Iterator, Sequence

from assistant.config import Settings
from assistant.errors import ModelError

# Local servers (Ollama, llama.cpp) accept any key, but the SDK refuses to start without one.
_PLACEHOLDER_KEY = "not-needed"
_BACKOFF_MAX = 8.0  # seconds between tries when the server gives no Retry-After
_DETAIL_CHARS = 240

Messages = Sequence[tuple[str, str]]


def _api_key(settings: Settings) -> str:
    key = settings.openai_api_key
    return key.get_secret_value() if key is not None else _PLACEHOLDER_KEY


def chat_model(model: str, settings: Settings, **options: Any) -> Any:
    """A ChatOpenAI client for `model`. The SDK retries 429/5xx and connection failures with
    exponential backoff (honouring Retry-After); llm_retries caps attempts, llm_timeout bounds each."""
    from langchain_openai import ChatOpenAI

    options.setdefault("max_retries", max(0, settings.llm_retries))
    return ChatOpenAI(model=model, base_url=settings.openai_base_url, api_key=_api_key(settings),
                      timeout=settings.llm_timeout, **options)


def embeddings_model(model: str, settings: Settings) -> Any:
    """An OpenAIEmbeddings client for `model` (no tiktoken length check: servers differ in tokenizers)."""
    from langchain_openai import OpenAIEmbeddings

    return OpenAIEmbeddings(model=model, base_url=settings.openai_base_url, api_key=_api_key(settings),
                            timeout=settings.llm_timeout, max_retries=settings.llm_retries,
                            check_embedding_ctx_length=False)


def redact(text: str, settings: Settings) -> str:
    """`text` without the API key or any bearer token a server or proxy echoed back."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key is not None else ""
    if key and key != _PLACEHOLDER_KEY:
        text = text.replace(key, "***")
    return re.sub(r"(?i)\b(bearer)\s+\S+", r"\1 ***", text)


class TruncatedReply(Exception):
    """The stream ended without a finish reason: the connection dropped mid-reply."""


def _retry_after(e: BaseException) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms, Retry-After seconds or HTTP date), if any."""
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    try:
        if headers.get("retry-after-ms"):
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def _retryable(e: BaseException) -> bool:
    import openai

    # Timeouts are APIConnectionErrors; 5xx are InternalServerErrors.
    return isinstance(e, (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError))


def _reason(e: BaseException, settings: Settings, model: str) -> tuple[str, str]:
    """(what the endpoint did, what the user can do) for a failure."""
    import openai

    status = getattr(e, "status_code", None)
    if isinstance(e, openai.APITimeoutError):
        return (f"did not answer within {settings.llm_timeout:g} s",
                "Check that the server is not overloaded, or raise ASSISTANT_LLM_TIMEOUT.")
    if isinstance(e, openai.RateLimitError):
        return ("kept refusing with HTTP 429 Too Many Requests (rate limit or quota)",
                "Wait a minute and ask again, check the account's quota, or raise ASSISTANT_LLM_RETRIES.")
    if isinstance(e, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return (f"rejected the API key (HTTP {status})", "Check OPENAI_API_KEY.")
    if isinstance(e, openai.NotFoundError):
        return (f"has no model {model!r} or no chat completions endpoint (HTTP 404)",
                "Check the model name in ASSISTANT_LLM and that OPENAI_BASE_URL ends in /v1.")
    if isinstance(e, openai.InternalServerError):
        return (f"returned HTTP {status} (a server error)",
                "Check the model server's log, or try again later.")
    if isinstance(e, openai.APIStatusError):
        return (f"returned HTTP {status}", "Check OPENAI_BASE_URL / OPENAI_API_KEY and the model name.")
    if isinstance(e, openai.APIConnectionError):
        return ("could not be reached or dropped the connection",
                "Check that the server is running and OPENAI_BASE_URL / OPENAI_API_KEY are right.")
    if isinstance(e, TruncatedReply):
        return ("stopped sending before the reply was complete (the stream ended without a finish reason)",
                "Check the model server's log; a proxy in between may be cutting long responses.")
    if isinstance(e, (json.JSONDecodeError, openai.APIResponseValidationError, KeyError, IndexError, TypeError)):
        return ("sent a reply that is not valid OpenAI-protocol JSON",
                "Check that OPENAI_BASE_URL points at an OpenAI-compatible /v1 endpoint.")
    return (f"failed ({type(e).__name__})",
            "Check that the server is running and OPENAI_BASE_URL / OPENAI_API_KEY are right.")


class ChatEndpoint:
    """Chat completions from one model, with bounded retries and clear, key-free errors.

    A request is tried at most 1 + llm_retries times, each bounded by llm_timeout; the wait before a
    retry follows the server's Retry-After but never exceeds llm_timeout, so the worst case is about
    (2 * llm_retries + 1) * llm_timeout seconds. A stream is only retried before its first text.
    """

    def __init__(self, model: str, settings: Settings, **options: Any) -> None:
        self.model = model
        self.settings = settings
        self.where = settings.openai_base_url or "the default OpenAI endpoint"
        self.chat = chat_model(model, settings, max_retries=0, **options)

    def error(self, e: BaseException, attempts: int = 1) -> ModelError:
        """One ModelError saying what the endpoint did and what to do (API key redacted)."""
        what, todo = _reason(e, self.settings, self.model)
        detail = redact(" ".join(str(e).split()), self.settings)[:_DETAIL_CHARS]
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        return ModelError(
            f"the language model {self.model!r} at {self.where} {what}{tries} ({type(e).__name__}: {detail}). "
            f"{todo} Use ASSISTANT_LLM=extractive to answer offline, or set ASSISTANT_LLM_FALLBACK=true to "
            "fall back automatically.")

    def _wait(self, e: BaseException, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None when this failure is final."""
        if attempt > max(0, self.settings.llm_retries) or not _retryable(e):
            return None
        hinted = _retry_after(e)
        backoff = min(_BACKOFF_MAX, 0.5 * 2 ** (attempt - 1)) * random.uniform(0.75, 1.0)
        return min(hinted if hinted is not None else backoff, self.settings.llm_timeout)

    def stream(self, messages: Messages) -> Iterator[str]:
        """Text deltas of the reply; raises ModelError when the endpoint fails or the stream is cut off."""
        attempt = 0
        while True:
            attempt += 1
            started = False
            try:
                finished = False
                for chunk in self.chat.stream(list(messages)):
                    if chunk.response_metadata.get("finish_reason"):
                        finished = True
                    text = chunk.content if isinstance(chunk.content, str) else ""
                    if text:
                        started = True
                        yield text
                if not finished:
                    raise TruncatedReply("no finish_reason before the stream closed")
                return
            except Exception as e:  # openai.APIError, httpx errors, timeouts, broken JSON: one clear message
                wait = None if started else self._wait(e, attempt)
                if wait is None:
                    raise self.error(e, attempt) from e
                time.sleep(wait)

    def invoke(self, messages: Messages) -> str:
        """The whole reply text; raises ModelError when the endpoint fails."""
        attempt = 0
        while True:
            attempt += 1
            try:
                reply = self.chat.invoke(list(messages))
                return reply.content if isinstance(reply.content, str) else ""
            except Exception as e:  # see stream()
                wait = self._wait(e, attempt)
                if wait is None:
                    raise self.error(e, attempt) from e
                time.sleep(wait)
