"""Settings from environment variables (and a `.env` file). The only module that reads the environment."""

from __future__ import annotations

import ipaddress
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import register_secrets


def _split_list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("newsdesk-assistant", appauthor=False))


class Settings(BaseSettings):
    """All knobs. Names are part of the public contract (see README, Configuration)."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    embeddings: str = "minilm"
    llm: str = "extractive"
    # When the configured LLM endpoint fails, answer with the extractive generator and say so.
    llm_fallback: bool = False
    llm_timeout: float = 60.0
    llm_retries: int = 3
    chroma_host: str | None = Field(default=None, validation_alias=AliasChoices("CHROMA_HOST"))
    chroma_port: int = Field(default=8000, validation_alias=AliasChoices("CHROMA_PORT"))
    # Lets several users or test runs share one Chroma server without seeing each other's data.
    collection_prefix: str = "newsdesk"
    openai_base_url: str | None = Field(default=None, validation_alias=AliasChoices("OPENAI_BASE_URL"))
    # Secrets are SecretStr so they never show in a repr, a log line or an error message.
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=AliasChoices("OPENAI_API_KEY"))
    # MiniLM truncates at 256 word pieces; 200 leaves room for special tokens and tokenizer drift.
    chunk_tokens: int = 200
    chunk_overlap_sentences: int = 1
    max_file_mb: float = 20.0
    # One upload request (all its files) to the REST API; counted while it arrives.
    max_upload_mb: float = 200.0
    # Fetching loopback/private/link-local addresses (SSRF): refused everywhere by default, since a
    # feed or an API caller can name any URL. `true` allows all of them; the allow-list (hosts,
    # ".suffix" for subdomains, IPs or CIDRs, comma-separated) allows just your intranet feeds.
    allow_private_urls: bool = False
    url_allowlist: str | None = None
    fetch_timeout: float = 15.0
    top_k: int = 5
    auth: SecretStr | None = None
    # Feeds and the scheduled briefing (assistant/feeds). The time is local to `timezone` (an IANA
    # name such as Europe/Berlin); unset means the machine's own zone, with its daylight saving.
    feed_concurrency: int = Field(default=4, ge=1, le=32)
    briefing_at: str | None = None
    timezone: str | None = None
    briefing_folder: Path | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None
    smtp_to: str | None = None  # comma-separated addresses

    @field_validator("briefing_at")
    @classmethod
    def _clock_time(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        hh, _, mm = v.strip().partition(":")
        if not (hh.isdigit() and mm.isdigit() and len(mm) == 2 and int(hh) < 24 and int(mm) < 60):
            raise ValueError(f"ASSISTANT_BRIEFING_AT must be a local time like 07:00, got {v!r}")
        return f"{int(hh):02d}:{mm}"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        try:
            ZoneInfo(v.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"ASSISTANT_TIMEZONE={v!r} is not a known time zone; use a name like "
                             "Europe/London or America/New_York") from None
        return v.strip()

    @field_validator("chunk_tokens")
    @classmethod
    def _chunk_tokens_fit(cls, v: int) -> int:
        if not 32 <= v <= 250:
            raise ValueError("ASSISTANT_CHUNK_TOKENS must be between 32 and 250 (MiniLM reads 256 word pieces)")
        return v

    @field_validator("url_allowlist")
    @classmethod
    def _allowlist(cls, v: str | None) -> str | None:
        for entry in _split_list(v):
            try:
                ipaddress.ip_network(entry.strip("[]"), strict=False)
            except ValueError:
                if not re.fullmatch(r"(\*?\.)?[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?", entry.lower()):
                    raise ValueError(f"ASSISTANT_URL_ALLOWLIST entry {entry!r} is neither a host name, an IP "
                                     "address nor a CIDR network; use e.g. intranet.example,.corp.example,"
                                     "10.0.0.0/8") from None
        return v

    def model_post_init(self, context: object) -> None:
        # Error messages and logs mask these from now on (see errors.redact).
        auth = self.auth.get_secret_value() if self.auth else None
        register_secrets(*(s.get_secret_value() for s in (self.openai_api_key, self.smtp_password) if s),
                         auth, auth.partition(":")[2] if auth else None)

    @property
    def url_allowlist_entries(self) -> list[str]:
        return _split_list(self.url_allowlist)

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def briefings_dir(self) -> Path:
        return self.data_dir / "briefings"


def user_cache_dir() -> Path:
    """Per-user cache for data derived from installed packages (not per data dir: tests use many)."""
    return Path(platformdirs.user_cache_dir("newsdesk-assistant", appauthor=False))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings; tests build their own `Settings(...)` instead of touching this."""
    return Settings()


# Offline by default. These must be in the environment before chromadb, transformers or huggingface_hub
# are first imported, so the entry points (the CLI's main, `Library()`) call this at process start
# rather than the package doing it on import. Anyone who really wants hub access exports them as "0".
OFFLINE_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply_process_defaults() -> None:
    """Set the offline defaults for this process without overriding what the user exported."""
    for key, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(key, value)


def environment_with(**overrides: str) -> dict[str, str]:
    """A copy of this process's environment with overrides, for starting child processes."""
    return {**os.environ, **overrides}
