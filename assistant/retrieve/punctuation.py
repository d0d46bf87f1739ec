"""A question typed without its question mark is embedded with one.

People type "who is the contact for sern" into a chat box. The model reads the "?" (it is part of what a question
looks like to it), and the answer thresholds were calibrated on questions that end in one: with every shipped
question's "?" taken off (1,882 questions of 24 sets, same indexes), 419 answers changed, unanswerable questions
refused went 117 -> 108 of 232 and answer-term hits 1,431 -> 1,432 of 1,650 (atlas -4, fjord -3, default +3): the
same answers in another order, and fewer refusals. A text that ends like a sentence ("Tell me about SERN.") is left
as it is.
"""

from __future__ import annotations

import re

# Ends like a sentence: a full stop, question or exclamation mark, ellipsis, colon or semicolon, maybe inside
# closing quotes or brackets ("… «Tindholmen»?" and "(see SERN.)" are done).
_ENDED = re.compile(r"[.?!…:;？！。][\"'»”’)\]]*\s*$")
_WORDLIKE = re.compile(r"\w")


def as_question(text: str) -> str:
    """`text` with a "?" after its last character when it ends in none of the marks that end a sentence."""
    stripped = text.rstrip()
    if not _WORDLIKE.search(stripped) or _ENDED.search(stripped):
        return text
    return f"{stripped}?"
