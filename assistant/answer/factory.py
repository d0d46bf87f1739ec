"""Pick the answer generator named by `settings.generator` (txtai-style factory)."""

from __future__ import annotations

from assistant.answer.extractive import Composer, ComposerParams
from assistant.errors import ConfigurationError
from assistant.protocols import Generator, GeneratorFactory
from assistant.settings import Settings


def extractive(settings: Settings) -> Generator:
    return Composer(ComposerParams.from_settings(settings))


# name -> how to build it from settings; a new generator is one class and one entry here.
GENERATORS: dict[str, GeneratorFactory] = {"extractive": extractive}


def generator(settings: Settings) -> Generator:
    name = settings.generator
    try:
        return GENERATORS[name](settings)
    except KeyError:
        raise ConfigurationError(f"Unknown generator {name!r} (ASSISTANT_GENERATOR); "
                                 f"choose one of: {', '.join(sorted(GENERATORS))}") from None
