"""Newsdesk assistant: cited answers and briefings over news articles."""

from __future__ import annotations

import os

# Offline by default: these must be set before chromadb, transformers or
# huggingface_hub are imported anywhere, so the package sets them on import.
# A user who really wants hub access can still export the variables to "0".
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

__version__ = "0.1.0"
