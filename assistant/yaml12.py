"""YAML with 1.2 booleans, for front matter and question files.

PyYAML follows YAML 1.1, where `no`, `yes`, `on` and `off` are booleans: `language: no`
(Norwegian) would silently become False. Only true/false are booleans here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml


@cache
def _loader() -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):
        pass

    bool_tag = "tag:yaml.org,2002:bool"
    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != bool_tag] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver(bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return Loader


def load(text: str) -> Any:
    """Parse YAML safely (no object construction); raises yaml.YAMLError on bad input."""
    return yaml.load(text, Loader=_loader())  # a SafeLoader subclass
