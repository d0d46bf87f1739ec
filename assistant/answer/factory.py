"""Pick the answer generator named by `settings.generator` (txtai-style factory)."""

from __future__ import annotations

from assistant.answer.extractive import Composer, ComposerParams
from assistant.errors import ConfigurationError
from assistant.protocols import Embedder, Generator, GeneratorFactory
from assistant.settings import Settings


def extractive(settings: Settings, embedder: Embedder) -> Generator:
    return Composer(ComposerParams.from_settings(settings))


def llm(settings: Settings, embedder: Embedder) -> Generator:
    from assistant.answer.generated import LLMGenerator  # httpx and the prompt only when asked for

    return LLMGenerator(settings, embedder)


# name -> how to build it from settings; a new generator is one class and one entry here.
GENERATORS: dict[str, GeneratorFactory] = {"extractive": extractive, "llm": llm}


def generator(settings: Settings, embedder: Embedder) -> Generator:
    name = settings.generator
    try:
        make = GENERATORS[name]
    except KeyError:
        raise ConfigurationError(f"Unknown generator {name!r} (ASSISTANT_GENERATOR); "
                                 f"choose one of: {', '.join(sorted(GENERATORS))}") from None
    return make(settings, embedder)
