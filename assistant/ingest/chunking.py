"""Structure-aware chunking of cleaned plain-text pages.

Pages saved as text keep their headings as short lines without final
punctuation. We rebuild sections from those, then pack whole paragraphs into
chunks under a tiktoken budget without ever crossing a section boundary, so a
chunk about one network never carries another network's text.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.ingest.tokens import count_tokens
from assistant.lang import tables, union
from assistant.lang.detect import passage_language
from assistant.lang.sentences import (
    EMAIL,
    ENDS_IN_ADDRESS,
    NAME_PARTICLES,
    PHONE,
    STREET,
    labelled_value,
    sentence_spans,
)
from assistant.settings import default
from assistant.types import SECTION_SEPARATOR, Document, Passage

_TERMINAL = tuple(".!?:;,…")
_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s")
_SPOKEN = re.compile(r"^\s*[-–—«»\"“”]")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_FIELD = re.compile(r"^[^\W\d_][\w-]{0,24}:\s+(.+)$")


def _is_field(line: str) -> bool:
    """One word, a colon and names: a field of the page ("Mødeleder: Borgmester Anders Kofoed (V)", "Griffier: mr. R.
    (Ruben) Smit", "Venue: Council Chamber, Harrowby Civic Centre"), not a heading over the text under it. It headed
    the next item as its section, so the chair of a meeting was in no sentence (minutes set). A headline's label
    says something ("Forskere: Flere norske isbreer kan forsvinne", "Solberg: – Alle har et ansvar": lower-case
    words) or names one thing ("Re: Haaland")."""
    m = _FIELD.match(line)
    if not m:
        return False
    words = [w.strip("()[],;") for w in m.group(1).split()]
    lower = sum(1 for w in words if w[:1].islower() and not w.endswith(".") and w not in NAME_PARTICLES)
    upper = sum(1 for w in words if w[:1].isupper())
    return lower <= 1 and upper >= 2


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (or heading) of the cleaned document, with its character span."""

    start: int
    end: int
    text: str
    heading: bool = False


# A heading is a short line: longer ones are body text that happens to stand alone.
HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 12
# A body line: a full line of prose, or a short sentence that ends like one.
BODY_MIN_WORDS = 8
BODY_MIN_SENTENCE_WORDS = 3
# Merged fragments never exceed this, far under the model's 512-token window.
SOFT_CAP_TOKENS = 400


# A line that ends in a conjunction, preposition or article goes on in what follows: it introduces a list
# ("Det kan till exempel vara när" + bullets), it is not a heading. From every language pack.
_OPEN_END = re.compile(r"(?:^|\s)(?:" + "|".join(union(lambda p: p.open_endings)) + r")$", re.IGNORECASE)


def _is_heading_line(line: str, question_ok: bool = False, numbered_ok: bool = False, field_ok: bool = False) -> bool:
    s = line.strip()
    if not s or len(s) > HEADING_MAX_CHARS or tables.is_row(s) or (_is_field(s) and not field_ok):
        return False  # a table row ("Trygghetsalarm | 310 kr per måned") is short and unpunctuated, no heading
    if PHONE.search(s) or EMAIL.search(s) or ENDS_IN_ADDRESS.search(s):
        # a contact row ("Koulukuljetukset kuljetussihteeri Mikko Laine, puh. 044 718 2290", notices set) or an address
        # ("Volkshochschule Lindenau, Marktstraße 12, 08451 Lindenau" headed the opening hours: no sentence said where;
        # a PDF table's row, "Skadeklinikken i Haderup Kl. 8–22 Torvegade 3, 6100 Haderup", headed the text under it)
        return False
    if _BULLET.match(s) and not (numbered_ok and _NUMBERED.match(s)):
        return False
    if s.endswith(_TERMINAL) and not (question_ok and s.endswith("?")):
        return False
    if labelled_value(s):
        return False  # "Åpningstider: mandag–fredag kl. 09.00–14.00" headed the sentence under it as a section
    words = s.split()
    if len(words) > HEADING_MAX_WORDS or (len(words) >= 3 and _OPEN_END.search(s)):
        return False
    first = s.lstrip("#\"'“(")[:1]
    # "§ 31 KOULUKULJETUSTEN HANKINTA": a numbered item of minutes or of a statute heads what follows
    return bool(first) and (first.isupper() or first.isdigit() or first == "§")


_CONTACTISH = re.compile(r"@|\d[\d ()/-]{5,}\d")


# A field line: a label of up to three words and what it says ("Var: Kulturhuset Ankaret, stora salen", "Pris: gratis"):
# under an event's name on a calendar page, with or without a digit.
_LABEL_LINE = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,2}:\s+\S")


def _label(line: str) -> str:
    """What a "Label: value" line says before its colon, lower-cased ("När: lördag 4 april" → "när")."""
    return line.strip().split(":", 1)[0].lower()


def _over_labelled(line: str, labelled: str) -> bool:
    """Whether `line` heads the labelled line under it rather than opening a contact block: no digits or comma in it
    (an address line, "Rådhustorvet 4, 7480 Vesterå", or a name with a unit), no e-mail address or phone number under
    it (a name or a role over its "Telefon:" line: "Internasjonal rådgiver Ole Haugen")."""
    return ((labelled_value(labelled) or bool(_LABEL_LINE.match(labelled.strip()))) and not _CONTACTISH.search(labelled)
            and not re.search(r"[\d,]", line) and not _CONTACTISH.search(line))


def _is_body_line(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= BODY_MIN_WORDS or (s.endswith((".", "!", "?", ":"))
                                                 and len(s.split()) >= BODY_MIN_SENTENCE_WORDS)


# A numbered item's heading: "§ 26 Motion om …", "2. Ny skolestruktur", "3.1 Rekruttering", "TOP 4 Anpassung …",
# "PS 13/26 Søknad …", "Agendapunt 3. Raadsvoorstel" (not "Budget 2026", "39 personer funnet døde …" or "Trondheim
# 24. juli 2019 …": a news headline's figure or date is no item's number).
_ITEM_HEADING = re.compile(r"^\s*(?:§+\s*\d|\d{1,3}(?:\.\d{1,3})*[.)]\s|\d{1,3}(?:\.\d{1,3})+\s|"
                           r"[A-ZÄÖÅ]{2,4}\s+\d{1,3}(?:/\d{2,4})?\b|[^\W\d_]{2,12}\s+\d{1,3}[./:]\d{0,4}\s+[^\W\d_a-zæøåäöü])")


class _Lines:
    """A page's lines with what deciding a heading asks of them: the nearest non-empty line either side (by
    bisection: asked of every line, a scan made a 7,680-line text take 0.96 s instead of 0.05 s) and how often each
    label opens a line (a calendar repeats its fields' labels, "När:", "Var:", "Pris:", under every event, while an
    event's name says its label once: "Föreläsning: Norrhamns hamn under 1800-talet")."""

    def __init__(self, text: str) -> None:
        self.spans: list[tuple[int, int, str]] = []
        pos = 0
        for raw in text.split("\n"):
            self.spans.append((pos, pos + len(raw), raw))
            pos += len(raw) + 1
        self.nonempty = [i for i, (_, _, s) in enumerate(self.spans) if s.strip()]
        self.labels = Counter(_label(self.line(i)) for i in self.nonempty if self.is_field(i))

    def line(self, i: int) -> str:
        return self.spans[i][2]

    def blank(self, i: int) -> bool:
        return not 0 <= i < len(self.spans) or not self.line(i).strip()

    def is_field(self, i: int) -> bool:
        return bool(_LABEL_LINE.match(self.line(i).strip()))

    def next_nonempty(self, i: int | None) -> int | None:
        if i is None:
            return None
        at = bisect_right(self.nonempty, i)
        return self.nonempty[at] if at < len(self.nonempty) else None

    def prev_nonempty(self, i: int) -> int | None:
        at = bisect_left(self.nonempty, i)
        return self.nonempty[at - 1] if at else None


def _field_heading(ls: _Lines, i: int, j: int | None, k2: int | None, after_field: bool, heads_fields: bool
                   ) -> bool | None:
    """What a "Label: value" line's fields decide about it heading what follows (`j`, `k2`: the two non-empty lines
    under it; `after_field`: a field is the line above it; `heads_fields`: it opens a paragraph over two fields):
    False where it is one field among others, True where it is an event's name over its fields, None where the
    fields leave it to the other rules."""
    s = ls.line(i)
    field_line = ls.is_field(i) and not s.rstrip().endswith("?")
    if field_line and ls.labels[_label(s)] > 1:
        # a label the page repeats is a field's, not a heading's: "Mad- og restaffald: tirsdag i ulige uger", under
        # each of four zones, took "Zone 2 – Skovby by syd for jernbanen" out of its lines' section, so "When is
        # plastic, metal and glass collected in zone 2?" could not tell the zones apart (events set). (A question
        # is left to the FAQ rules: "Fråga: Vem kan söka?" over its "Svar:")
        return False
    if after_field and field_line and not heads_fields:
        # a field among fields heads nothing, blank lines between them or not: "Var: Stora torget" / "Pris:
        # gratis" over "Ett fyrtiotal knallar säljer hantverk …" cut the Easter market's description off its
        # name, so "How many traders sell goods at the Easter market?" was answered from another page (events)
        return False
    if heads_fields and not after_field and j is not None and k2 is not None and len(s.strip()) <= HEADING_MAX_CHARS \
            and not _CONTACTISH.search(s) and ls.labels[_label(s)] == 1 \
            and ls.labels[_label(ls.line(j))] > 1 and ls.labels[_label(ls.line(k2))] > 1:
        # an event's name, its label said once, over fields whose labels the page repeats, a number in the name
        # or not: "Föreläsning: Norrhamns hamn under 1800-talet" (a "Label: value" line by its digits) was a line
        # of the Easter market before it, so the lecture's price was the market's (events set)
        return True
    return None


def _is_heading(ls: _Lines, i: int, headings: set[int]) -> bool:
    """Whether line `i` heads the text under it (`headings`: the lines above it found to)."""
    s = ls.line(i)
    blank_before = ls.blank(i - 1)
    j = ls.next_nonempty(i)
    k2 = ls.next_nonempty(j)
    before = ls.prev_nonempty(i)
    after_field = before is not None and ls.is_field(before)
    # What looks like a field heads a run of fields under it, unless it is one of them: an event's name over its
    # "När:", "Var:" and "Pris:" lines ("Teater: Fröken Julie", events set), not "Vorsitzender: Bürgermeister
    # Thomas Reuter" under "Beginn: 19:00 Uhr"
    heads_fields = blank_before and j is not None and k2 is not None and all(
        ls.is_field(x) and not _CONTACTISH.search(ls.line(x)) for x in (j, k2))
    by_fields = _field_heading(ls, i, j, k2, after_field, heads_fields)
    if by_fields is not None:
        return by_fields
    # A numbered line alone between blank lines, over text that is no list item, is a numbered heading ("2. Ny
    # skolestruktur i Havbjerg by", an HTML h2 flattened to a line, was quoted as a sentence of the item before).
    numbered_ok = blank_before and i + 1 < len(ls.spans) and ls.blank(i + 1) and j is not None \
        and not _NUMBERED.match(ls.line(j)) and not any(_NUMBERED.match(ls.line(k)) for k in range(max(0, i - 3), i))
    field_ok = heads_fields and not after_field
    # A question that starts a paragraph is a heading when an answer follows (FAQ pages: "Vem kan få
    # färdtjänst?" over "Du som har…", with or without a blank line between); a question inside a
    # paragraph, or spoken ("– Hva skal vi gjøre?"), is a sentence.
    if not _is_heading_line(s, question_ok=blank_before and not _SPOKEN.match(s), numbered_ok=numbered_ok,
                            field_ok=field_ok):
        return False
    if not (blank_before or ls.line(i - 1).rstrip().endswith((".", "!", "?", ":")) or (i - 1) in headings):
        return False
    if j is None:
        return False
    return _heads_next(ls, i, j, k2, blank_before, after_field)


def _heads_next(ls: _Lines, i: int, j: int, k2: int | None, blank_before: bool, after_field: bool) -> bool:
    """Whether a line that reads as a heading heads the line after it (`j`; `k2` the one after that)."""
    s, nxt = ls.line(i), ls.line(j)
    if s.rstrip().endswith("?") and nxt.rstrip().endswith("?"):
        return False  # a run of questions is text, not a question over its answer
    if _is_body_line(nxt) or _BULLET.match(nxt) or tables.is_row(nxt):  # a heading over a table heads it
        return True
    if blank_before and len(s.split()) == 1 and STREET.match(nxt.strip()):
        # one word over an address ("Geschäftsstelle"), not a name ("Abfallwirtschaftsbetrieb Lindheim (AWL)" /
        # "Industriestraße 12, 69514 Lindheim" / "Telefon: …": the name is its contact block's first line)
        return True
    if blank_before and not after_field and _over_labelled(s, nxt) and (
            k2 is not None and _over_labelled(s, ls.line(k2))):
        # over a run of labelled lines: "Öffnungszeiten des Bürgerbüros" / "Montag bis Mittwoch: 8–16 Uhr" /
        # "Donnerstag: 8–18 Uhr" (an HTML h2 flattened to a line) was quoted as a sentence of the section before
        # it (district set).
        return True
    if _is_heading_line(nxt):
        # A line standing alone over a block of short lines heads it: a contact or address
        # block ("Kontakt" / "Biståndshandläggare" + "Maria Lindqvist" / "Telefon: …").
        over_block = blank_before and j > i + 1 and k2 == j + 1
        # (and a numbered item's heading over its reference line and sub-heading: "§ 25 Ny förskola vid
        # Lönnvägen" / "Dnr KS 2025/412" / "Ärendebeskrivning" was a paragraph of the item before)
        return (k2 is not None and _is_body_line(ls.line(k2))) or s.strip().isupper() or over_block \
            or (blank_before and bool(_ITEM_HEADING.match(s)) and not _NUMBERED.match(nxt))
    return s.strip().isupper() and len(s.strip()) > 2


def split_blocks(text: str) -> list[Block]:
    """Lines grouped into paragraphs, with heading lines split out as their own blocks."""
    ls = _Lines(text)
    heading_idx: set[int] = set()
    for i in ls.nonempty:
        if _is_heading(ls, i, heading_idx):
            heading_idx.add(i)

    blocks: list[Block] = []
    cur: list[int] = []

    def flush() -> None:
        if cur:
            a, b = ls.spans[cur[0]][0], ls.spans[cur[-1]][1]
            blocks.append(Block(a, b, text[a:b]))
            cur.clear()

    for i, (a, b, s) in enumerate(ls.spans):
        if not s.strip():
            flush()
        elif i in heading_idx:
            flush()
            blocks.append(Block(a, b, text[a:b], heading=True))
        else:
            cur.append(i)
    flush()
    return [_trim(b) for b in blocks if b.text.strip()]


def _trim(b: Block) -> Block:
    lead = len(b.text) - len(b.text.lstrip())
    tail = len(b.text) - len(b.text.rstrip())
    return Block(b.start + lead, b.end - tail, b.text.strip(), b.heading)


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    path: tuple[str, ...]
    blocks: tuple[Block, ...]  # heading block first when present


def sections(text: str, title: str) -> list[Section]:
    """Group blocks under the nearest heading; consecutive headings form a path (parent > child).

    An unnumbered heading after a numbered item's heading is a sub-heading of that item, and its section says both:
    minutes head each item's parts alike ("Beslut", "Omröstning", "Beslutning"), and "Avslag 31 röster, bifall 14
    röster" under "Omröstning" said nothing of the motion it counted (minutes set)."""
    out: list[Section] = []
    path: list[str] = []
    current: list[Block] = []
    item = ""  # the last numbered item's heading
    last_was_heading = False

    def heading() -> str:
        if not path:
            return title
        if item and item not in path and not _ITEM_HEADING.match(path[0]):
            return f"{item}{SECTION_SEPARATOR}{path[-1]}"
        if len(path) > 1 and _ITEM_HEADING.match(path[0]):  # "2. Ny skolestruktur i Havbjerg by" over "Resume"
            return f"{path[0]}{SECTION_SEPARATOR}{path[-1]}"
        return path[-1]

    for block in split_blocks(text):
        if block.heading:
            if current and not all(b.heading for b in current):
                out.append(Section(heading(), tuple(path), tuple(current)))
                current = []
            if last_was_heading and path:
                path.append(block.text)
                current.append(block)
            else:
                path = [block.text]
                current = [block]
            if _ITEM_HEADING.match(block.text):
                item = block.text
            last_was_heading = True
        else:
            current.append(block)
            last_was_heading = False
    if current:
        out.append(Section(heading(), tuple(path), tuple(current)))
    return out


class Chunker:
    """Packs paragraphs into token-bounded chunks that stay inside one section."""

    def __init__(self, max_tokens: int = default("chunk_max_tokens"), min_tokens: int = default("chunk_min_tokens"),
                 soft_factor: float = default("chunk_soft_factor")) -> None:
        self.max_tokens = max_tokens
        self.min_tokens = min_tokens
        self.soft_factor = soft_factor

    def chunk(self, doc: Document) -> list[Passage]:
        spans: list[tuple[int, int, str]] = []
        for sec in sections(doc.text, doc.title):
            spans.extend((a, b, sec.heading) for a, b in self._pack(doc.text, sec))
        return [self._passage(doc, a, b, heading, i) for i, (a, b, heading) in enumerate(spans)]

    def _pack(self, text: str, sec: Section) -> Iterator[tuple[int, int]]:
        # Units are paragraphs; a paragraph over budget is cut into sentence groups.
        # A heading is glued to the unit after it so that it never ends up alone.
        units: list[tuple[int, int]] = []
        glue: int | None = None
        for block in sec.blocks:
            if block.heading:
                glue = block.start if glue is None else glue
                continue
            parts = ([(block.start, block.end)] if count_tokens(block.text) <= self.max_tokens
                     else self._split_long(text, block))
            if glue is not None:
                parts[0] = (glue, parts[0][1])
                glue = None
            units.extend(parts)
        if glue is not None:  # a section that is only headings
            units.append((glue, sec.blocks[-1].end))
        start, end, size = None, None, 0
        packed: list[tuple[int, int]] = []
        for a, b in units:
            n = count_tokens(text[a:b])
            if start is not None and size + n > self.max_tokens:
                packed.append((start, end))  # type: ignore[arg-type]
                start, size = None, 0
            if start is None:
                start = a
            end, size = b, size + n
        if start is not None:
            packed.append((start, end))  # type: ignore[arg-type]
        # Fragments below min_tokens join a neighbour of the same section if the result stays
        # within a soft limit.
        soft = min(int(self.max_tokens * self.soft_factor), SOFT_CAP_TOKENS)
        i = 0
        while len(packed) > 1 and i < len(packed):
            a, b = packed[i]
            if count_tokens(text[a:b]) < self.min_tokens:
                if i > 0 and count_tokens(text[packed[i - 1][0]:b]) <= soft:
                    packed[i - 1 : i + 1] = [(packed[i - 1][0], b)]
                    continue
                if i + 1 < len(packed) and count_tokens(text[a:packed[i + 1][1]]) <= soft:
                    packed[i : i + 2] = [(a, packed[i + 1][1])]
                    continue
            i += 1
        yield from packed

    def _split_long(self, text: str, block: Block) -> list[tuple[int, int]]:
        groups: list[tuple[int, int]] = []
        g_start, g_end, g_size = None, None, 0
        for span in sentence_spans(block.text, block.start):
            n = count_tokens(text[span.start:span.end])
            if n > self.max_tokens:  # one giant "sentence": cut by words
                if g_start is not None:
                    groups.append((g_start, g_end))  # type: ignore[arg-type]
                    g_start, g_size = None, 0
                groups.extend(self._split_words(text, span.start, span.end))
                continue
            if g_start is not None and g_size + n > self.max_tokens:
                groups.append((g_start, g_end))  # type: ignore[arg-type]
                g_start, g_size = None, 0
            if g_start is None:
                g_start = span.start
            g_end, g_size = span.end, g_size + n
        if g_start is not None:
            groups.append((g_start, g_end))  # type: ignore[arg-type]
        return groups

    def _split_words(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = a
        words = list(re.finditer(r"\S+", text[a:b]))
        size = 0
        for m in words:
            n = count_tokens(m.group(0)) + 1
            if size + n > self.max_tokens and size:
                out.append((start, a + m.start() - 1 if m.start() else a + m.start()))
                start, size = a + m.start(), 0
            size += n
        out.append((start, b))
        return [(x, y) for x, y in out if y > x]

    @staticmethod
    def _passage(doc: Document, a: int, b: int, heading: str, i: int) -> Passage:
        body = doc.text[a:b]
        digest = hashlib.sha1(f"{doc.doc_id}:{a}:{b}:{body}".encode()).hexdigest()[:12]
        lang = passage_language(body, doc.language)
        return Passage(id=f"{doc.doc_id}#{i}-{digest}", doc_id=doc.doc_id, text=body, title=doc.title,
                       section=heading, language=lang, start=a, end=b, publisher=doc.publisher,
                       url=doc.url, site=doc.site)
