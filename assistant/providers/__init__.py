"""Clients for remote model endpoints (OpenAI and OpenAI-compatible servers)."""
