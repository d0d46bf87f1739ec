"""FastAPI web chat, JSON API and embeddable widget in front of the assistant."""

from .app import create_app

__all__ = ["create_app"]
