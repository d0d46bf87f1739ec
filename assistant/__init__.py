"""Offline multilingual question answering with cited passages."""

from .assistant import Assistant, IngestReport, QueryError
from .conversation import Turn
from .retriever import Filters
from .settings import Settings
from .types import Answer, Citation, Document, Passage, Scores

__all__ = ["Answer", "Assistant", "Citation", "Document", "Filters", "IngestReport", "Passage", "QueryError",
           "Scores", "Settings", "Turn"]
