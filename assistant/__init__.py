"""Offline multilingual question answering with cited passages."""

from assistant.assistant import Assistant, IngestReport, QueryError
from assistant.retrieve.conversation import Turn
from assistant.retrieve.retriever import Filters
from assistant.settings import Settings
from assistant.types import Answer, Citation, Document, Passage, Scores

__all__ = ["Answer", "Assistant", "Citation", "Document", "Filters", "IngestReport", "Passage", "QueryError",
           "Scores", "Settings", "Turn"]
