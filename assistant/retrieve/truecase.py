"""A question typed in lower case, with its names' capitals restored from how the collection writes them.

Names decide much of an answer: they weigh a foreign question's keyword evidence, the page quoted must hold them,
and a who-question's answer must name someone else. All of that reads capitals, and people type "who is the mayor
of skovlund?". With every shipped question lower-cased, answer-term hits fell 1,373 -> 1,340 of 1,584 and refusals
111 -> 91 of 220 (atlas 0.931 -> 0.875, fjord 0.921 -> 0.873).

The collection knows its names: a word written with a capital in the middle of its sentences (after a lower-case
word or a comma) nearly every time it appears there is one ("Skovlund", "SERN", "Tindholmen"); sentence openings and
headings tell nothing and are not counted. Nothing is learnt from the question, and a question with any capital after
its first letter is taken as the user typed it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable

# a word in the middle of a sentence: after a letter and a space, or after a comma or semicolon and a space, perhaps
# in quotes or brackets ("Ferja MF «Tindholmen» gikk på grunn")
_MID = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[,;] ))[«»\"“”„'‘(\[]?(\w[\w'’-]*\w|\w)")
_WORD = re.compile(r"\w[\w'’-]*\w|\w")
_APOSTROPHE = re.compile(r"['’]")
# A capitalised word beside another ("Westshire Valley Line", "Old Town Hall") may be an ordinary word in a name
# written in title case; one alone ("i Oslo", "says Trump") is a name itself.
_CAPITAL = re.compile(r"[A-ZÅÄÖÆØÜÉ]")
_WORD_CHAR = re.compile(r"[\w'’-]")
_QUOTE = re.compile(r"[«»\"“”„'‘(\[]")
_SPACE = re.compile(r"\s")
_RUN_GOES_ON = re.compile(r"[»\"“”'’)\]]?\s+[A-ZÅÄÖÆØÜÉ]")


def _after_capitalised(text: str, at: int) -> bool:
    """Whether the text before `at` ends in a word with a capital in it, maybe a quote, and one space. Read backwards
    over that word only: a search of all the text before each capitalised word made building the table quadratic in a
    document's length (85 kB of text: 0.36 s, against 0.03 s for a quarter of it)."""
    i = at - 1
    if i < 0 or not _SPACE.match(text, i):
        return False
    i -= 1
    if i >= 0 and _QUOTE.match(text, i):
        i -= 1
    while i >= 0 and _WORD_CHAR.match(text, i):
        if _CAPITAL.match(text, i):
            return True
        i -= 1
    return False
# "nearly every time": 0.9 lets a name survive the odd lower-case slip, and keeps out words that headings or
# German nouns capitalise only some of the time
CAPITAL_SHARE = 0.9
# A name the collection holds only inflected ("Jokikylän", "Stordøya", "Tampereen") is found by its start: a word of
# at least MIN_STEM letters the collection never writes in lower case, which a capitalised word extends by at most
# MAX_ENDING letters.
MIN_STEM = 5
MAX_ENDING = 3


def typed_in_lower_case(question: str) -> bool:
    """No capital after the first letter: the questions whose case is restored (and those `typed_in_capitals`)."""
    return not any(ch.isupper() for ch in question[1:])


_LETTERED = re.compile(r"[^\W\d_]{2,}")


def typed_in_capitals(question: str) -> bool:
    """Every letter a capital, over two words or more ("VILKA NÄTVERK ARBETAR MED KLIMAT?"): every word looked like a
    name, so it is read as typed in lower case and the names' own capitals restored ("WHAT IS ENSA" -> "What is
    ENSA"). One word in capitals is an acronym ("SERN?")."""
    return len(_LETTERED.findall(question)) >= 2 and not any(ch.islower() for ch in question)


class _Table:
    """One language's capitalised words (by their lower-case form) and the words it writes in lower case."""

    def __init__(self) -> None:
        self.capital: Counter[str] = Counter()
        self.seen: Counter[str] = Counter()
        self.spelt: dict[str, Counter[str]] = {}
        self.forms: dict[str, str] = {}
        self.common: frozenset[str] = frozenset()
        self.keys: list[str] = []
        self.alone_seen: set[str] = set()  # capitalised with no capitalised word beside it at least once
        self.alone: frozenset[str] = frozenset()

    def count(self, text: str) -> None:
        for m in _MID.finditer(text):
            word = m.group(1)
            key = word.casefold()
            self.seen[key] += 1
            if word[0].isupper():
                self.capital[key] += 1
                self.spelt.setdefault(key, Counter())[word] += 1
                if not _after_capitalised(text, m.start(1)) and not _RUN_GOES_ON.match(text, m.end(1)):
                    self.alone_seen.add(key)

    def close(self) -> _Table:
        self.forms = {key: self.spelt[key].most_common(1)[0][0] for key, n in self.capital.items()
                      if n >= CAPITAL_SHARE * self.seen[key]}
        self.common = frozenset(key for key in self.seen if key not in self.forms)
        self.keys = sorted(self.forms)
        self.alone = frozenset(self.alone_seen & set(self.forms))
        self.capital, self.seen, self.spelt, self.alone_seen = Counter(), Counter(), {}, set()
        return self

    def form(self, key: str, n: int) -> str | None:
        """How this language writes `key` (n letters of the word), or the start of a capitalised word that extends a
        word it never writes in lower case."""
        form = self.forms.get(key)
        if form is not None or len(key) < MIN_STEM or key in self.common:
            return form
        at = bisect.bisect_left(self.keys, key)
        longer = [k for k in self.keys[at:at + 16] if k.startswith(key) and len(k) - len(key) <= MAX_ENDING]
        return self.forms[min(longer, key=len)][:n] if longer else None


class Truecaser:
    """The collection's capitalised words, per language of the documents they are in."""

    def __init__(self, tables: dict[str, _Table], ordinary: Callable[[str], bool] | None = None) -> None:
        self.tables = tables
        # A word of the question's language found only in other languages' pages is trusted only when it is no
        # ordinary word of some language: an English question over Norwegian pages found "People", "Come" and "Year"
        # capitalised in English song titles, "Network" and "Climate" in the names of networks on Swedish pages
        # ("Which Network brings together local Authorities …" lost its answer). A word the model's vocabulary holds
        # whole in lower case is such a word ("network", "year"; also "oslo"); names are not ("skovlund",
        # "tindholmen", "sern" are two to four pieces).
        self.ordinary = ordinary or (lambda word: False)

    @classmethod
    def from_documents(cls, documents: Iterable[tuple[str, str]],
                       ordinary: Callable[[str], bool] | None = None) -> Truecaser:
        """From (text, language) pairs."""
        tables: dict[str, _Table] = {}
        for text, lang in documents:
            tables.setdefault(lang, _Table()).count(text)
        return cls({lang: t.close() for lang, t in tables.items()}, ordinary)

    def restore(self, question: str, lang: str) -> str:
        """The question (in language `lang`) with its words written as the collection writes them and a capital
        first letter, if the user typed no capital after its first letter or nothing but capitals; otherwise the
        question as it is."""
        if typed_in_capitals(question):
            question = question.lower()
        if not typed_in_lower_case(question):
            return question
        restored = _WORD.sub(lambda m: self._word(m.group(0), lang), question)
        # and its first letter, as questions are written: the model reads case ("which water board manages the
        # polder?" ranked the pages otherwise than "Which water board …")
        first = next((i for i, ch in enumerate(restored) if ch.isalpha()), None)
        return restored if first is None else restored[:first] + restored[first].upper() + restored[first + 1:]

    def _word(self, word: str, lang: str) -> str:
        parts = _APOSTROPHE.split(word, maxsplit=1)
        if len(parts) == 2:  # "skovlund's": the name before the apostrophe
            head = self._form(parts[0], lang)
            return word if head is None else head + word[len(parts[0]):]
        return self._form(word, lang) or word

    def _form(self, word: str, lang: str) -> str | None:
        key = word.casefold()
        own = self.tables.get(lang)
        if own is not None:
            if key in own.common:
                return None
            form = own.form(key, len(word))
            # An ordinary word of the question's own language is a name only where the pages write it capitalised on
            # its own: with every written collection in one index, "old", "line", "hall", "recycling" and "elderly"
            # were made names from English pages' "Old Town Hall", "Westshire Valley Line", "Recycling Centre" (41 of
            # 1,300 written questions), and a name must be on the page quoted.
            if form is not None and (key in own.alone or not self.ordinary(key)):
                return form
        if self.ordinary(key):
            return None
        return next((f for code, t in self.tables.items() if code != lang
                     for f in [t.form(key, len(word))] if f is not None), None)
