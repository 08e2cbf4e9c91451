"""Test helpers shipped with the package: a scripted OpenAI-protocol server (openai_server)."""
