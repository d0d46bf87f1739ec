"""Pick the index backend named by `settings.index_backend` (txtai-style factory)."""

from __future__ import annotations

from assistant.errors import ConfigurationError
from assistant.index.files import FilesIndex
from assistant.protocols import IndexBackend
from assistant.settings import Settings

# name -> a class whose classmethods open, create and switch its versions (see protocols.IndexBackend).
BACKENDS: dict[str, IndexBackend] = {"files": FilesIndex}


def index_backend(settings: Settings) -> IndexBackend:
    name = settings.index_backend
    try:
        return BACKENDS[name]
    except KeyError:
        raise ConfigurationError(f"Unknown index backend {name!r} (ASSISTANT_INDEX_BACKEND); "
                                 f"choose one of: {', '.join(sorted(BACKENDS))}") from None
