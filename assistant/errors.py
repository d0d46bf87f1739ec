"""One error hierarchy: each error knows its CLI exit code and HTTP status.

The CLI has one `except AssistantError` and the web app one exception handler; neither
needs to know which module raised what.
"""

from __future__ import annotations

from typing import ClassVar

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL, EXIT_FAILED, EXIT_BELOW, EXIT_PORT = 0, 2, 3, 4, 5, 6


class AssistantError(Exception):
    """Base of every error the assistant reports to a user; the message says how to fix it."""

    exit_code: ClassVar[int] = EXIT_FAILED
    http_status: ClassVar[int] = 500
    code: ClassVar[str] = "error"

    def __str__(self) -> str:  # KeyError subclasses would otherwise print their message quoted
        return str(self.args[0]) if self.args else self.__class__.__name__


class QueryError(AssistantError, ValueError):
    """The question cannot be processed as given (empty, too long, bad k)."""

    exit_code, http_status, code = EXIT_USAGE, 422, "invalid_input"


class IndexUnavailable(AssistantError, RuntimeError):
    """The index is missing, damaged or built with a different model."""

    exit_code, http_status, code = EXIT_FAILED, 503, "not_ready"


class IngestBusy(AssistantError, RuntimeError):
    """Another ingest holds the lock on this index."""

    exit_code, http_status, code = EXIT_FAILED, 409, "busy"


class CorpusError(AssistantError, ValueError):
    """The document folder cannot be used (missing, or nothing usable in it)."""

    exit_code, http_status, code = EXIT_FAILED, 422, "invalid_corpus"


class ExtractionError(AssistantError, ValueError):
    """One file cannot be read; the message names the problem (the ingest goes on without it)."""

    exit_code, http_status, code = EXIT_FAILED, 422, "unreadable_file"


class UnknownDocument(AssistantError, KeyError):
    """A document id that the index does not hold."""

    exit_code, http_status, code = EXIT_USAGE, 404, "not_found"


class ConfigurationError(AssistantError, ValueError):
    """A setting names something that does not exist (an unknown backend or generator)."""

    exit_code, http_status, code = EXIT_USAGE, 500, "configuration"
