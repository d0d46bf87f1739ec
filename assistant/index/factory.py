"""Pick the index backend named by `settings.index_backend` (txtai-style factory)."""

from __future__ import annotations

from assistant.errors import ConfigurationError
from assistant.index.files import FilesIndex
from assistant.protocols import IndexBackend
from assistant.settings import Settings

# name -> a class whose classmethods open, create and switch its versions (see protocols.IndexBackend).
BACKENDS: dict[str, IndexBackend] = {"files": FilesIndex}
# Backends of optional extras, imported only when chosen (module, class).
OPTIONAL: dict[str, tuple[str, str]] = {"milvus": ("assistant.index.milvus", "MilvusIndex")}


def index_backend(settings: Settings) -> IndexBackend:
    name = settings.index_backend
    if name not in BACKENDS and name in OPTIONAL:
        import importlib

        module, cls = OPTIONAL[name]
        backend: IndexBackend = getattr(importlib.import_module(module), cls)
        return backend
    try:
        return BACKENDS[name]
    except KeyError:
        raise ConfigurationError(f"Unknown index backend {name!r} (ASSISTANT_INDEX_BACKEND); "
                                 f"choose one of: {', '.join(sorted({*BACKENDS, *OPTIONAL}))}") from None
