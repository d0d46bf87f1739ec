"""Language-aware keyword analysis: tokenize, drop stop words, split compounds, stem.

Swedish, Norwegian, Danish, Dutch and German glue words together
("äldreomsorgen" = "äldre" + "omsorgen"). Splitting is driven by the indexed
vocabulary itself (a split is kept only when both parts occur as words in the
collection), so it adapts to any corpus without hand-written word lists.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

import Stemmer

from assistant.lang import names, pack
from assistant.lang.gradation import other_grades

_LINKS = ("", "s", "e", "a", "n", "en", "er")  # linking morphemes: arbetsmarknad, kinderopvang
_INFLECTIONS = ("erna", "arna", "orna", "ene", "en", "et", "er", "ar", "or", "na", "e", "n", "s")
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_MIN_PART = 4
_MIN_COMPOUND = 8


@functools.lru_cache(maxsize=32)
def _stemmer(lang: str) -> Stemmer.Stemmer | None:
    p = pack(lang)
    return Stemmer.Stemmer(p.stemmer) if p is not None and p.stemmer else None


def stopwords(lang: str) -> frozenset[str]:
    p = pack(lang)
    return p.stopwords if p is not None else frozenset()


def compounding(lang: str) -> bool:
    p = pack(lang)
    return p is not None and p.compounding


_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")


def fold(text: str) -> str:
    """Case and diacritics folded ("Fridén" -> "friden", "Tromsø" -> "tromso"), for names across languages and
    spellings."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ø", "o").replace("æ", "ae")


# How a keyboard without the Nordic and German letters spells them out ("Tromsoe", "Aalesund", "Goeteborg", "Muenchen")
_SPELT_OUT = str.maketrans({"å": "aa", "ä": "ae", "æ": "ae", "ö": "oe", "ø": "oe", "ü": "ue", "ß": "ss"})


def typed_without_letters(word: str) -> tuple[str, ...]:
    """How a word with letters a keyboard may lack is typed without them, case folded: its letters folded ("tromso")
    and spelt out ("tromsoe"); none for a word of ASCII letters only."""
    if word.isascii():
        return ()
    return tuple(dict.fromkeys((fold(word), fold(word.translate(_SPELT_OUT)))))


def words(text: str) -> list[str]:
    """Lower-cased word tokens; hyphenated words also yield their parts."""
    out: list[str] = []
    for m in _TOKEN.finditer(text.lower()):
        w = m.group(0).replace("’", "'")
        if "-" in w:
            parts = [p for p in w.split("-") if p]
            out.extend(parts)
            out.append(w.replace("-", ""))
        else:
            out.append(w)
    return out


class Analyzer:
    """Turns text into BM25 terms; `vocabulary` enables compound splitting."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self.vocabulary: set[str] = set(vocabulary)
        self._folds: dict[str, tuple[str, ...]] | None = None  # fold(word) -> the vocabulary's spellings of it

    def learn(self, texts: Iterable[str]) -> None:
        for t in texts:
            self.vocabulary.update(w for w in words(t) if len(w) >= _MIN_PART and w.isalpha())
        self._folds = None

    def spellings(self, word: str) -> tuple[str, ...]:
        """The collection's words that differ from `word` only in case and diacritics ("malmo" -> "malmö",
        "theatre" -> "théâtre"), or that a keyboard without the letters spells out ("tromsoe" -> "tromsø", "aalesund"
        -> "ålesund", "muenchen" -> "münchen"); built from the vocabulary once, on the first question that needs it."""
        if self._folds is None:  # only the words with letters to fold: 0.02 s for NorQuAD's 19,828 words
            table: dict[str, list[str]] = {}
            for v in self.vocabulary:
                if fold(v) != v:
                    for key in typed_without_letters(v):
                        table.setdefault(key, []).append(v)
            self._folds = {k: tuple(sorted(vs)) for k, vs in table.items()}
        key = fold(word)
        plain = (key,) if key in self.vocabulary else ()
        return tuple(v for v in (*plain, *self._folds.get(key, ())) if v != word)

    def split_compound(self, word: str) -> list[str]:
        """Best two-part split where both parts are known words (longest head wins)."""
        if len(word) < _MIN_COMPOUND or not self.vocabulary or not word.isalpha():
            return []
        for i in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
            head, rest = word[:i], word[i:]
            if head not in self.vocabulary:
                continue
            for link in _LINKS:
                if rest.startswith(link):
                    tail = rest[len(link):]
                    if len(tail) >= _MIN_PART and self._known(tail):
                        return [head, tail]
        return []

    def _known(self, word: str) -> bool:
        """Known as is, or as an inflected form of a known word (omsorgen ~ omsorg)."""
        if word in self.vocabulary:
            return True
        return any(word.endswith(suf) and len(word) - len(suf) >= _MIN_PART
                   and word[: -len(suf)] in self.vocabulary for suf in _INFLECTIONS)

    def query_terms(self, text: str, lang: str, others: Iterable[str], known: Callable[[str], bool],
                    concepts: bool = True, all_names: bool = False) -> list[str]:
        """The question's terms in its own language; a word none of whose terms the collection holds is
        analysed as the collection's other languages would have analysed it, and those of its terms the
        collection holds are taken instead. A name is stemmed by each language's rules ("Innlandet" is
        "innland" in the Norwegian pages and "innlandet" to an English question), so without this an
        English or German question missed Norwegian and Danish pages by their own names. A country,
        language, month or weekday the collection does not hold as written is looked up under its name in
        the collection's other languages (`names`: "Norway" -> "Norge", "Tuesday" -> "tirsdag").

        A name (a capitalised word after the first; every word with `all_names`) takes the other languages' terms
        beside its own even when the collection holds its own: "Robert" is "robert" to an English question but
        "rober" in the Norwegian pages, where "robert" is "Roberts", so "Who is Robert Næss?" found Julia Roberts
        (English over NorQuAD)."""
        others = [o for o in others if o != lang]
        found = list(_NAME_WORD.finditer(text))
        named = frozenset(w for m in found[0 if all_names else 1:] if m.group(0)[0].isupper()
                          for w in words(m.group(0)))
        out: list[str] = []
        at = 0
        for m in names.find(text, lang, others, concepts=concepts) if others else ():
            out.extend(self._word_terms(text[at:m.start], lang, others, known, named))
            own = self._word_terms(text[m.start:m.end], lang, others, known, named)
            kept = [t for t in own if known(t)]
            alt = [t for o, name in m.equivalents for t in self.terms(name, o) if known(t)]
            if len(kept) == len(own) or not alt:
                out.extend(own)
            else:
                out.extend(dict.fromkeys(kept + alt))
            at = m.end
        out.extend(self._word_terms(text[at:], lang, others, known, named))
        return out

    def _word_terms(self, text: str, lang: str, others: list[str], known: Callable[[str], bool],
                    named: frozenset[str] = frozenset()) -> list[str]:
        out: list[str] = []
        for w in words(text):
            own = self.terms(w, lang)
            if not own:
                continue
            # a name takes the pages' analysis and spellings beside its own; another word only where the
            # pages hold none of its own terms, and a spelling only where no other language's analysis helps
            held = any(known(t) for t in own)
            name = w in named
            other = self._other_terms(w, others, known, own) if others and (name or not held) else []
            spelled = self._spelled_terms(w, lang, others, known, own) if name or not (held or other) else []
            extra = other + [t for t in spelled if t not in other]
            out.extend(own + extra if held else extra or own)
            # the word's other grade where its language has gradation: "kotihoito" finds "kotihoidon" (stem
            # "kotihoido") and the other way round
            out.extend(t for v in other_grades(w, lang) for t in self.terms(v, lang)
                       if known(t) and t not in own and t not in out)
        return out

    def _spelled_terms(self, word: str, lang: str, others: list[str], known: Callable[[str], bool],
                       own: list[str]) -> list[str]:
        """Terms of the collection's spellings of a word none of whose own terms it holds: a question typed
        without the page's diacritics ("Malmo", "Tromso", "Theatre Historique") or with them where the page
        has none."""
        found = (t for v in self.spellings(word) for o in (lang, *others) for t in self.terms(v, o))
        return [t for t in dict.fromkeys(found) if t not in own and known(t)]

    def _other_terms(self, word: str, others: list[str], known: Callable[[str], bool],
                     own: list[str]) -> list[str]:
        """The word's terms as the collection's other languages analyse it that the collection holds, once each."""
        return [t for t in dict.fromkeys(t for o in others for t in self.terms(word, o)) if t not in own and known(t)]

    def terms(self, text: str, lang: str) -> list[str]:
        stop = stopwords(lang)
        stem = _stemmer(lang)
        split = compounding(lang)
        toks: list[str] = []
        for w in words(text):
            if w in stop or (len(w) < 2 and not w.isdigit()):
                continue
            toks.append(w)
            if split:
                toks.extend(self.split_compound(w))
        if stem is None:
            return toks
        return [s for s in stem.stemWords(toks) if s]
