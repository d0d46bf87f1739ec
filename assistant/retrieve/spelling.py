"""A question's typo read as the word the collection holds one typo away ("Who is the cntact for SERN?").

People type fast: with one typo in every question of nine shipped sets (`assistant eval --typed typos`), answer-term
hits fell 483 -> 435 of 600 and refusals 59 -> 52 of 92. A typo costs twice: the keyword search finds nothing for the
word, and the model reads another question ("phome number" is no phone number to it, nor to the answer's kind).

The collection knows its words. A word of the question that no page holds is read as the one word of the pages a
typo away: a letter left out, one too many, two beside each other swapped or one struck for a key beside it
(Damerau-Levenshtein distance 1 on a Nordic/German keyboard). Where several are, the most frequent is taken only when
it is at least twice as frequent as the next; otherwise the word stays as typed. Words that look like typos and are
not stay as typed (each rule found on what an unguarded reading changed in the shipped sets' questions as written):
- another form of a word the pages hold: its stem is theirs ("networks", "hjemmebanen"), or it is their word with an
  ending added or left off ("Lähdenkyläs", a Swedish genitive of a Finnish name);
- a stop word of any pack ("Milloin" is no typo of "million");
- a short word: fewer than five letters are a typo away from too many others ("hund": "hand", "hus");
- a word of some language the pages lack: the model's vocabulary (250,000 pieces of a hundred languages) cuts a typo
  into more pieces than the word meant ("cntact" 3, "contact" 1), a word it knows into no more ("diket" and "riket"
  two each), and two more are asked where the word meant is an ordinary word of other languages' pages only
  ("grene" two against English "green" one, "buses" two against Swedish "buss" one). A name (a capital after the
  question's first word) is any language's.
A word typed without the letters the pages write it with ("Nar ar mottagningen i Malmo oppen?") is read with them at
any length: an ordinary word from the pages in the question's language only ("born" is no Danish "børn"), a name
from any page.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from assistant.lang import packs
from assistant.lang.analysis import Analyzer, typed_without_letters

MIN_LETTERS = 5
# The most frequent word a typo away is read only when it is at least this many times as frequent as the next.
DOMINANCE = 2.0
_WORD = re.compile(r"[^\W\d_]+")


_STEMS = Analyzer()
# The keys around each letter key of a Nordic/German keyboard (QWERTY rows, the row above and below diagonally): a
# letter struck for another is one of these. Any letter for any other also read "prize" as "price", "seter" as "meter"
# and "diket" as "riket" (the events, lexicon and longform sets' questions as written).
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
# each row sits half a key right of the one above: the keys beside the i-th are i-1 and i+1 in its own row, i and i+1
# in the row above, i-1 and i in the row below
_BESIDE = {-1: (0, 1), 0: (-1, 1), 1: (-1, 0)}
_NEIGHBOURS = {ch: "".join(_ROWS[r + dr][i + di] for dr, steps in _BESIDE.items() if 0 <= r + dr < len(_ROWS)
                           for di in steps if 0 <= i + di < len(_ROWS[r + dr]))
               for r, row in enumerate(_ROWS) for i, ch in enumerate(row)}
# (the Danish and Norwegian keys where the Swedish ö and ä are; other letters may be struck for any letter)
_NEIGHBOURS.update({"æ": _NEIGHBOURS["ä"] + "ø", "ø": _NEIGHBOURS["ö"] + "æ"})


def one_typo_away(word: str, letters: str) -> set[str]:
    """Every string one typo from `word` (Damerau-Levenshtein distance 1): a letter left out, one of `letters` too
    many, one struck for a key beside it, or two beside each other swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in _NEIGHBOURS.get(b[0], letters))
    out.update(a + c + b for a, b in splits for c in letters)
    out.discard(word)
    return out


@functools.cache
def _function_words() -> frozenset[str]:
    """Every pack's stop words: question words and the like, typed as meant though the pages may lack them."""
    return frozenset(w for p in packs().values() for w in p.stopwords)


class Speller:
    """The collection's words with their counts per language, for reading a question's typos as the words meant."""

    def __init__(self, counts: dict[str, Counter[str]], pieces: Callable[[str], int] | None = None) -> None:
        self.counts = counts
        self.letters = "".join(sorted({ch for c in counts.values() for w in c for ch in w}))
        # the stems of each language's words: a question's word with one of them is a form of a word the pages hold
        self.stems = {lang: {t for w in c for t in _STEMS.terms(w, lang)} for lang, c in counts.items()}
        # the pages' words with letters a keyboard may lack, under each way of typing them without ("nar": "när")
        self.unlettered: dict[str, set[str]] = {}
        for c in counts.values():
            for w in c:
                for typed in typed_without_letters(w):
                    self.unlettered.setdefault(typed, set()).add(w)
        # How many pieces the model's vocabulary cuts a word into, where the model counts: a word it holds whole is a
        # word of some language ("Castillo", "Frist"), and a typo is no more common than the word meant, so it is cut
        # into at least as many pieces ("cntact" 3, "contact" 1; "invasion" 2 is no typo of "invasjon" 3).
        self.pieces = pieces

    @classmethod
    def from_documents(cls, documents: Iterable[tuple[str, str]],
                       pieces: Callable[[str], int] | None = None) -> Speller:
        """From (text, language) pairs: every word of two letters or more ("är" for "ar"), case folded."""
        counts: dict[str, Counter[str]] = {}
        for text, lang in documents:
            counts.setdefault(lang, Counter()).update(
                w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if len(w) >= 2)
        return cls(counts, pieces)

    def correct(self, question: str, lang: str) -> str:
        """The question (in language `lang`) with each typo read as the word meant, in the case it was typed in. A
        word with a capital after the question's first is a name."""
        first = _WORD.search(question)
        return _WORD.sub(lambda m: self._word(m.group(0), lang, m.group(0)[0].isupper() and first is not None
                                              and m.start() > first.start()), question)

    def meant(self, word: str, lang: str, name: bool = False) -> str | None:
        """The word (case folded) of the pages that `word`, in a question in `lang`, is a typo of, or None where it
        is none or the typo cannot tell which. A `name` is written alike in every language."""
        key = word.casefold()
        if not key.isalpha() or any(key in c for c in self.counts.values()) or key in _function_words():
            return None  # (a function word the pages never use: "Milloin" is no typo of "million", "har" no "här")
        if key in self.unlettered:  # typed without the letters the pages write it with: in the question's language
            own = self.counts.get(lang, ())  # (an English "born" is no Danish "børn"), or a name in any language
            return self._most_frequent({w for w in self.unlettered[key] if name or w in own})  # ("nar": "når")
        if len(key) < MIN_LETTERS:
            return None
        if any(t in stems for o, stems in self.stems.items() for t in _STEMS.terms(key, o)):
            return None  # "networks" where the pages say "network"
        meant = self._most_frequent({w for w in one_typo_away(key, self.letters)
                                     if any(w in c for c in self.counts.values())})
        if meant is None:
            return None
        if meant.startswith(key) or key.startswith(meant):
            return None  # an ending added or left off: "Lähdenkyläs" (a genitive), "hjemmebanen", "drivers"
        other = meant not in self.counts.get(lang, ())
        if self.pieces is None:  # no model to ask: the pages in the question's language only, or a name
            return None if other and not name else meant
        typed, whole = self._fewest_pieces(word), self.pieces(_as_typed(meant, word))
        # The model's vocabulary holds the typed word in more pieces than the word meant ("Stobritannia" 4,
        # "Storbritannia" 1), two more where that is an ordinary word of other languages' pages: a word of the
        # question's language the pages lack is no rarer to it than the pages' word ("diket" and "riket" are two
        # pieces each, "grene" two and "green" one, "buses" two and Swedish "buss" one; "cntact" three against
        # "contact"'s one). A name is any language's.
        return meant if typed - whole >= 1 + (other and not name) else None

    def _fewest_pieces(self, word: str) -> int:
        """The model's pieces of a typed word in the case it reads it best: "netzwerk" typed in lower case is the German
        "Netzwerk", one piece, and no typo of the Dutch pages' "netwerk". (The word meant is counted in the case typed:
        counted in its best case too, "bibliotheek" 3 read as German "Bibliothek" 1 over Dutch pages.)"""
        assert self.pieces is not None
        key = word.casefold()
        return min(self.pieces(w) for w in {word, key, key[:1].upper() + key[1:]})

    def _most_frequent(self, words: set[str]) -> str | None:
        """The most frequent of the pages' `words`, where at least twice as frequent as the next."""
        near = sorted(((sum(c[w] for c in self.counts.values()), w) for w in words), reverse=True)
        if not near or (len(near) > 1 and near[0][0] < DOMINANCE * near[1][0]):
            return None
        return near[0][1]

    def _word(self, word: str, lang: str, name: bool) -> str:
        meant = self.meant(word, lang, name)
        return word if meant is None else _as_typed(meant, word)


def _as_typed(meant: str, word: str) -> str:
    """`meant` (case folded) in the case `word` was typed in: all capitals, a capital first or none."""
    if word.isupper() and len(word) > 1:
        return meant.upper()
    return meant[0].upper() + meant[1:] if word[0].isupper() else meant
