"""The one module that imports langchain-openai: chat and embedding clients for any endpoint that
speaks the OpenAI protocol (OpenAI, Ollama, vLLM, llama.cpp server)."""

from __future__ import annotations

from typing import Any

from assistant.config import Settings

# Local servers (Ollama, llama.cpp) accept any key, but the SDK refuses to start without one.
_PLACEHOLDER_KEY = "not-needed"


def _api_key(settings: Settings) -> str:
    key = settings.openai_api_key
    return key.get_secret_value() if key is not None else _PLACEHOLDER_KEY


def chat_model(model: str, settings: Settings, **options: Any) -> Any:
    """A ChatOpenAI client for `model`. The SDK retries 429/5xx and connection failures with
    exponential backoff (honouring Retry-After); llm_retries caps attempts, llm_timeout bounds each."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=model, base_url=settings.openai_base_url, api_key=_api_key(settings),
                      timeout=settings.llm_timeout, max_retries=max(0, settings.llm_retries), **options)


def embeddings_model(model: str, settings: Settings) -> Any:
    """An OpenAIEmbeddings client for `model` (no tiktoken length check: servers differ in tokenizers)."""
    from langchain_openai import OpenAIEmbeddings

    return OpenAIEmbeddings(model=model, base_url=settings.openai_base_url, api_key=_api_key(settings),
                            timeout=settings.llm_timeout, max_retries=settings.llm_retries,
                            check_embedding_ctx_length=False)
