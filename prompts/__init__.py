"""Prompt templates (plain text files with {placeholders}); shipped as assistant.prompts."""
