"""Newsdesk assistant: cited answers and briefings over news articles."""

__version__ = "0.1.0"
