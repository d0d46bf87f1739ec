"""Text and metadata out of .txt, .md, .html, .pdf and .docx files.

Each extractor returns plain text whose headings sit on their own short lines (what the
chunker recognises as section headings), plus metadata and, for PDFs, page offsets so
citations can say "page 3". PDFs are parsed in a child process with a time limit: a
malicious or broken PDF can make a parser loop forever.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from assistant.errors import ExtractionError
from assistant.ingest.cleaning import BYLINE_WORDS, furniture

logger = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_MAGIC = [(b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\x7fELF", "ELF executable"), (b"MZ", "Windows executable"),
          (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
          (b"\x1f\x8b", "gzip archive"), (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7-Zip archive"),
          (b"\xd0\xcf\x11\xe0", "legacy Office file (save it as .docx or .pdf)")]


@dataclass
class Extracted:
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    pages: list[tuple[int, str]] = field(default_factory=list)  # (page number, page text) for PDFs


def sniff(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


# ---------------------------------------------------------------------------- encodings
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, a declared charset, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                     (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise ExtractionError(f"broken {enc.upper()} text (byte {exc.start})") from None
    if declared:
        try:
            return data.decode(declared)
        except LookupError:
            logger.info("Unknown declared charset %r; detecting instead", declared)
        except UnicodeDecodeError:
            logger.info("Text does not match its declared charset %r; detecting instead", declared)
    if b"\x00" in data[:8192]:
        raise ExtractionError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    # Windows-1252 / Latin-1 text: high bytes are letters and punctuation, no undefined bytes.
    high = [b for b in data if b >= 0x80]
    controls = sum(1 for b in data if b < 0x20 and b not in (9, 10, 12, 13))
    if any(b in _CP1252_UNDEFINED for b in high) or controls > len(data) // 200:
        raise ExtractionError(f"not valid UTF-8 (byte {utf8_error}) and not Windows-1252 text either")
    text = data.decode("cp1252")
    odd = sum(1 for ch in text if ord(ch) >= 0x80 and not (ch.isalpha() or ch in "–—‘’“”…•€£§°«»·½´`¨ \u00a0"))
    if high and odd > len(high) * 0.3:
        raise ExtractionError(f"not valid UTF-8 (byte {utf8_error}); the bytes do not look like Windows-1252 text")
    return text


# ---------------------------------------------------------------------------- formats
MAX_FRONT_MATTER_CHARS = 64 * 1024  # a few fields; anything larger is not metadata
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
# Wiki and news pages saved as HTML: a footnote reference ("<sup>[\\[1\\]](#cite_note-1)</sup>" in the
# converter's Markdown) and a section's edit link ("\\[[rediger](/w/index.php?…action=edit…)\\]") are
# page furniture. Left in, they glued "…største by.[1] Byen hadde…" into one sentence and were quoted.
_MD_TEXT = r"\[(?:\\.|[^\]\\])*\]"  # a link's text, where the converter escapes brackets as \[ \]
_FOOTNOTE_LINK = re.compile(rf"(?:<sup>\s*)?{_MD_TEXT}\(#(?:cite|ref|fn|footnote|note)[^)\s]*\)(?:\s*</sup>)?",
                            re.IGNORECASE)
_EDIT_LINKS = re.compile(rf"\s*\\?\[\s*(?:{_MD_TEXT}\([^)\s]*action=edit[^)\s]*\)\s*\|?\s*)+\\?\]")
_LOWER = "translate(@{0}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_HAS_CLASS = "contains(concat(' ', normalize-space(" + _LOWER.format("class") + "), ' '), ' {0} ')"
# Page furniture the converter keeps as text: a wiki's table of contents ("Innehåll" over "- 1 Historia",
# "- 2 …"), its category links ("Orter i Tallmora kommun (#)|"), navigation boxes, and a breadcrumb trail
# ("Etusivu / Sosiaali- ja terveyspalvelut / Ikäihmiset / Kotihoito" headed a Finnish page's first passage).
# Above the text, MediaWiki's notices: "Från Wikipedia, den fria encyklopedin" (siteSub), a fundraising banner
# (siteNotice, "Stöd Wikipedia – gör en donation i dag" was quoted as an answer, lexicon set), "För andra
# betydelser, se …" (hatnote).
_FURNITURE_NAMES = ("toc", "catlinks", "navbox", "printfooter", "mw-jump-link", "crumbs", "sitenotice", "sitesub",
                    "contentsub", "hatnote")
_WIKI_FURNITURE = " | ".join([
    "//sup[contains(concat(' ', normalize-space(@class), ' '), ' reference ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')]",
    *(f"//*[{_HAS_CLASS.format(name)} or {_LOWER.format('id')} = '{name}']" for name in _FURNITURE_NAMES),
    f"//*[contains({_LOWER.format('class')}, 'breadcrumb') or contains({_LOWER.format('id')}, 'breadcrumb')]",
])
_INLINE_TAG = re.compile(r"</?(?:sup|sub|span|small)>", re.IGNORECASE)


def _markdown(text: str, site: str = "") -> Extracted:
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        import yaml

        from assistant import yaml12

        fm = None
        if len(m.group(1)) > MAX_FRONT_MATTER_CHARS:
            logger.warning("Ignoring front matter of %d characters (more than %d)", len(m.group(1)),
                           MAX_FRONT_MATTER_CHARS)
        else:
            try:
                fm = yaml12.load(m.group(1))
            except (yaml.YAMLError, RecursionError) as exc:
                logger.warning("Ignoring unreadable front matter: %s", str(exc)[:200])
        if isinstance(fm, dict):
            meta = {str(k).lower(): str(v) for k, v in fm.items() if isinstance(v, str | int | float)}
        text = text[m.end():]
    # Headings on their own line (the chunker's section markers), blank line after.
    text = _MD_HEADING.sub(lambda h: f"\n{h.group(1).strip()}\n", text)
    text = _MD_LINK.sub(lambda lk: _link(lk.group(1), lk.group(2), site), text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return Extracted(text, meta)


# "*Tallamoor*", "_waard_": emphasis, not text (a bullet's "* " and "2*3*4" are left alone).
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_\n]+?)(?<=\S)\1(?![\w*])")


def _link(label: str, target: str, site: str = "") -> str:
    """A link as it reads: its text, with the target only where the reader can use it and the text lacks it.

    A wiki or intranet page links word after word to its own site ("tätort (/wiki/T%C3%A4tort) i Dalarna
    (/wiki/Dalarna)"): relative targets resolve nowhere for the reader and links within the page's own site
    are navigation, so both are dropped. A link elsewhere keeps its address, and an e-mail link its address
    unless the text already shows it ("Anna Svensson (anna@example.se)")."""
    scheme, _, rest = target.partition(":")
    scheme = scheme.lower() if rest else ""
    if scheme in ("mailto", "tel"):
        address = unquote(rest.split("?", 1)[0]).strip()
        return label if not address or _bare(address) in _bare(label) else f"{label} ({address})"
    if scheme not in ("http", "https") or target in label:
        return label
    if site and _host(target) == site:
        return label
    return f"{label} ({target})"


def _bare(text: str) -> str:
    """For comparing an address with a link's text: "+46 8-123 45" and "+468123 45" are one number."""
    return text.casefold().replace(" ", "").replace("-", "")


def _host(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def _without_wiki_furniture(html: str) -> Any:
    """The page as a tree without its furniture (`_WIKI_FURNITURE`: MediaWiki's footnote references and section
    edit links, where an edit link made the converter drop the heading it sits in; tables of contents, category
    links, navigation boxes, breadcrumbs); the page itself where it does not parse."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    for el in tree.xpath(_WIKI_FURNITURE):
        el.drop_tree()  # keeps the text after the element
    _definition_lists(tree)
    return tree


def _definition_lists(tree: Any) -> None:
    """A definition list as "term: definition" paragraphs. The converter made each term and each definition a
    bullet of its own, so a contact block read "- Telefon" / "- 0611-34 80 00" and its label was lost."""
    from lxml import etree

    for dl in list(tree.iter("dl")):
        paras, term = [], ""
        for child in dl:
            text = " ".join("".join(child.itertext()).split())
            if child.tag == "dt":
                term = text
            elif child.tag == "dd" and text:
                p = etree.Element("p")
                p.text = f"{term}: {text}" if term else text
                paras.append(p)
        parent = dl.getparent()
        if paras and parent is not None:
            at, tail = parent.index(dl), dl.tail
            parent.remove(dl)
            for i, p in enumerate(paras, at):
                parent.insert(i, p)
            paras[-1].tail = tail


# A page's <title> is often "Page title | Site" or "Site – Page title" ("Skoleskyss | Brekkestad kommune", "Garden waste
# collection - Ashcombe District Council"). trafilatura takes the page title from the <h1> and a site name from the
# <title> only when it has a dot, so the municipality's or paper's name was lost: 40 of the 54 HTML pages of the
# written sets name theirs only there (some never in the text, where "school transport in Brekkestad" then matched
# nothing but an e-mail address). It is kept as the document's `site`: shown where there is no publisher and searched
# by keyword, but not embedded, since the place in every chunk raised the answer threshold for questions naming it
# (nine right answers refused over the written sets; docs/evaluation-log.md, stop 43).
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•»:-]\s+|\s*\|\s*")
SITE_MAX_WORDS = 6
# The page's end of a <title> that words it otherwise than its heading shares this much of its words with the
# heading at least; the site's end at most the other.
SITE_TITLE_SHARE = 0.3
SITE_OTHER_SHARE = 0.34


def _share(part: str, title_words: set[str]) -> float:
    words = re.findall(r"\w+", part.casefold())
    return sum(w in title_words for w in words) / len(words) if words else 0.0


def _site_beside_other_title(parts: list[str], key: str) -> str:
    """The site's name when the <title> words the page otherwise than its heading ("Referat af byrådsmødet 27. januar
    2026 | Havbjerg Kommune" over the heading "Referat: Byrådet, tirsdag den 27. januar 2026"): the end of the
    <title> that shares few words with the heading, where the other end shares many. "Who chaired the Zandhoven
    council meeting?" found no page naming Zandhoven (minutes set)."""
    words = set(re.findall(r"\w+", key))
    first, last = _share(parts[0], words), _share(parts[-1], words)
    if first >= SITE_TITLE_SHARE and last <= SITE_OTHER_SHARE:
        return parts[-1]
    if last >= SITE_TITLE_SHARE and first <= SITE_OTHER_SHARE:
        return parts[0]
    return ""


def site_from_title(html: str, title: str | None) -> str:
    """The site's name beside the page's `title` in the <title> element, or "" when no part of it is the title."""
    import html as html_lib

    m = _TITLE_TAG.search(html[:20_000])
    if not m or not title:
        return ""
    parts = [x.strip() for x in _TITLE_SEPARATOR.split(" ".join(html_lib.unescape(m.group(1)).split())) if x.strip()]
    if len(parts) < 2:
        return ""
    key = " ".join(title.split()).casefold()
    if parts[0].casefold() == key or " ".join(parts[:-1]).casefold() == key:
        site = parts[-1]
    elif parts[-1].casefold() == key:
        site = parts[0]
    else:
        site = _site_beside_other_title(parts, key)
    return site if len(site.split()) <= SITE_MAX_WORDS and site.casefold() != key else ""


def _html(data: bytes) -> Extracted:
    import trafilatura

    m = _CHARSET_RE.search(data[:4096])
    html = decode_text(data, m.group(1).decode("ascii", "ignore") if m else None)
    body = trafilatura.extract(_without_wiki_furniture(html), output_format="markdown", include_links=True,
                               include_formatting=True, include_tables=True, include_comments=False,
                               favor_recall=True, with_metadata=False)
    if not body:
        raise ExtractionError("no main text found in the HTML page")
    body = _INLINE_TAG.sub("", _EDIT_LINKS.sub("", _FOOTNOTE_LINK.sub("", body)))
    md = trafilatura.extract_metadata(html)
    out = _markdown(body, _host(md.url) if md is not None and md.url else "")
    meta: dict[str, str] = {}
    if md is not None:
        publisher = _people(md.sitename) or _people(md.author, authors=True)
        site = site_from_title(html, md.title)
        for key, value in (("title", md.title), ("publisher", publisher), ("url", md.url),
                           ("date", md.date), ("description", md.description),
                           ("site", site if site.casefold() != publisher.casefold() else "")):
            if value:
                meta[key] = str(value)
    lang = re.search(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:4096], re.IGNORECASE)
    if lang:
        meta["language"] = lang.group(1).lower()
    out.meta = meta
    return out


# Limits for zip-based formats, checked before anything is decompressed. A .docx is mostly XML and
# compressed images: hundreds of members and ratios under 20:1 are normal; a zip bomb has ratios of
# 1000:1 and more, or millions of members.
ZIP_MAX_MEMBERS = 5000
ZIP_MAX_RATIO = 200           # per member larger than ZIP_RATIO_FLOOR bytes uncompressed
ZIP_RATIO_FLOOR = 1024 * 1024
ZIP_EXPANSION = 10            # total uncompressed size: at most this many times ASSISTANT_MAX_FILE_MB


def check_zip(path: Path, max_bytes: int) -> None:
    """Refuse a zip container whose member count, total size or compression ratio says bomb."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(f"not a readable .docx file ({exc})") from None
    if len(infos) > ZIP_MAX_MEMBERS:
        raise ExtractionError(f"the .docx holds {len(infos)} files (more than {ZIP_MAX_MEMBERS}): refused as a "
                              "possible zip bomb")
    total = sum(i.file_size for i in infos)
    limit = ZIP_EXPANSION * max_bytes
    if total > limit:
        raise ExtractionError(f"the .docx would unpack to {total / 2**20:.0f} MiB, over {limit / 2**20:.0f} MiB "
                              f"({ZIP_EXPANSION} x ASSISTANT_MAX_FILE_MB): refused as a possible zip bomb")
    for i in infos:
        if i.file_size > ZIP_RATIO_FLOOR and i.file_size > ZIP_MAX_RATIO * max(i.compress_size, 1):
            raise ExtractionError(f"{i.filename} in the .docx is compressed {i.file_size // max(i.compress_size, 1)}"
                                  f":1 (limit {ZIP_MAX_RATIO}:1): refused as a possible zip bomb")


def _docx(path: Path, timeout: float, max_bytes: int) -> Extracted:
    check_zip(path, max_bytes)
    data = _in_worker("docx", path, timeout, "Word document")
    return Extracted(data["text"], {k: v for k, v in data.get("meta", {}).items() if v})


def _in_worker(kind: str, path: Path, timeout: float, what: str) -> dict[str, Any]:
    """Run the parser for `kind` in a child process with a time limit and a memory cap (see worker.py)."""
    try:
        proc = subprocess.run([sys.executable, "-m", "assistant.ingest.worker", kind, str(path)], capture_output=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ExtractionError(f"the {what} parser did not finish within {timeout:g} s (damaged or hostile "
                              "file)") from None
    if proc.returncode != 0:
        raise ExtractionError(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1][:300]
                              if proc.stderr.strip() else f"{what} parser failed (exit code {proc.returncode})")
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


# The word a byline opens with ("Af Søren Kjær", "Von Martina Vogel"): trafilatura keeps it in the author's name.
_BY = re.compile(rf"^(?:{BYLINE_WORDS})" + r"\s*:?\s+")
# What a name or site name is made of: words (or a domain), one of at least three letters ("NRK", "Kari Nilsen",
# "Hjortbæk Avis", "borger.example"); no "·" or "|" of a byline's date and role inside it, and not "Sk Dk" (an e-mail
# address's parts). Separators at its ends are trimmed ("Anni Heikkilä ·").
_NAME_LIKE = re.compile(r"^(?=.*[^\W\d_]{3})[^\W\d_][\w .'’&-]*$")
_ENDS = " \t·|–—-,:;/"


def _people(value: str | None, authors: bool = False) -> str:
    """A site name or author list without the byline furniture trafilatura reads into it: "Anni Heikkinen |
    14.5.2026 klo 7:42 | Päivitetty …" gave the author "Anni Heikkinen; Päivitetty", "Af Søren Kjær,
    sk@hjortbaekavis.dk · 14. marts 2026" the publisher "Sk Dk ·" (its byline part was dropped as furniture, the
    address's parts kept), "Kari Nilsen, Journalist · Publisert …" "Kari Nilsen; Journalist · Publisert" (gazette
    set). A part that opens with a byline word keeps the name after it, a part with a byline's "·" or "|" what comes
    before them; a part that is no name is dropped, and so is an author of one word ("Journalist")."""
    parts = (_without_stamp(_BY.sub("", re.split(r"\s[·|]\s|\s[·|]$", p.strip())[0].strip(_ENDS)).strip(_ENDS))
             for p in (value or "").split(";"))
    return "; ".join(p for p in parts if p and _NAME_LIKE.match(p) and not furniture(p)
                     and (not authors or len(p.split()) >= 2))


def _without_stamp(name: str) -> str:
    """A name without the stamp word trafilatura ran into it ("Sara Lindqvist Publicerad")."""
    words = name.split()
    while len(words) > 1 and furniture(words[-1]):
        words.pop()
    return " ".join(words)


# The author python-docx writes into every document it makes unless told otherwise: no publisher.
_TOOL_AUTHORS = frozenset({"python-docx"})


def _docx_list_item(para: Any, style: str) -> bool:
    """Whether a Word paragraph is a list item: a list style ("List Bullet", "List Number 2", "Liste mit
    Aufzählungszeichen" is still "List …" by its style id) or numbering of its own (w:numPr)."""
    ppr = para._p.pPr
    return style.startswith("List") or (ppr is not None and ppr.numPr is not None)


def docx_extract(path: str | Path) -> Extracted:
    """Text of a .docx with headings on their own lines and tables as rows (runs in the worker process)."""
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(f"not a readable .docx file ({exc})") from None
    lines: list[str] = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(block, d)
            text = para.text.strip()
            style = (para.style.name if para.style is not None else "") or ""
            if not text:
                continue
            if style.startswith("Heading") or style == "Title":
                lines += ["", text, ""]
            elif _docx_list_item(para, style):
                # an item of a bulleted or numbered list, as a Markdown item: a list like any page's, whose items
                # are quoted one by one for a list question (they were paragraphs of their own)
                if len(lines) >= 2 and lines[-1] == "" and lines[-2].startswith("- "):
                    lines.pop()  # the items of one list stay together
                lines += [f"- {text}", ""]
            else:
                lines += [text, ""]
        elif tag == "tbl":
            table = Table(block, d)
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    lines.append(" | ".join(dict.fromkeys(cells)))
            lines.append("")
    props = d.core_properties
    author = "" if (props.author or "").strip() in _TOOL_AUTHORS else props.author
    meta = {k: str(v) for k, v in (("title", props.title), ("publisher", author), ("language", props.language),
                                    ("date", props.modified or props.created)) if v}
    return Extracted("\n".join(lines), meta)


def _pdf(path: Path, timeout: float) -> Extracted:
    data = _in_worker("pdf", path, timeout, "PDF")
    pages = [(n, reflow(t)) for n, t in enumerate(without_running_lines(data["pages"]), 1) if t.strip()]
    if not pages:
        raise ExtractionError(f"no extractable text in {len(data['pages'])} page(s): probably a scanned PDF; "
                              "run OCR on it first (e.g. ocrmypdf)")
    return Extracted("\n\n".join(t for _, t in pages), {k: v for k, v in data.get("meta", {}).items() if v}, pages)


TERMINAL_END = (".", "!", "?", ":", ";", "»", "”", '"')
QUESTION_TITLE_WORDS = 10  # an FAQ's question heading is short; a longer question line is the prose's own
# Running headers and footers: a line among the first or last RUNNING_LINES of a page that, its numbers aside,
# recurs there on at least half the pages (and on two or more): the document's title over every page, "Side 2
# af 3", "Sida 4 (12)", "Page 7". Left in, they headed sections and cut sentences that ran across a page.
RUNNING_LINES = 2
RUNNING_MAX_WORDS = 12  # a header or footer is short; a body line that recurs is text
_NUMBERS = re.compile(r"\d+")


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running headers, footers and page numbers."""
    if len(pages) < 2:
        return pages

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        return sorted(set(filled[:RUNNING_LINES] + filled[-RUNNING_LINES:]))

    def key(line: str) -> str:
        return _NUMBERS.sub("#", " ".join(line.split())).casefold()

    split = [p.replace("\r", "").split("\n") for p in pages]
    seen: dict[str, int] = {}
    for lines in split:
        for k in {key(lines[i]) for i in edges(lines)}:
            seen[k] = seen.get(k, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in seen.items() if n >= need and len(k.split()) <= RUNNING_MAX_WORDS}
    if not running:
        return pages
    out = []
    for lines in split:
        drop = {i for i in edges(lines) if key(lines[i]) in running}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out


# a phone number or an e-mail address at a line's end: a contact row's (a number that ends a line of German prose,
# "… um 12" / "Prozent. …", is no row)
_ROW_END = re.compile(r"\d[\d ]{5,}\d$|@[\w-]+\.[\w.]+$")
_PART_SEPARATOR = re.compile(r"\s[·|•]\s")
_OPEN_RANGE = re.compile(r"\d[–-]$")


def reflow(page: str) -> str:
    """Join a PDF page's visual lines back into paragraphs.

    PDF text comes one printed line per text line, so without this every line that starts a
    new sentence would look like a heading. A line that runs (nearly) to the page's usual line
    width continues into the next one; a shorter line ends its paragraph, unless the next line goes on
    in lower case.
    """
    lines = [ln.rstrip() for ln in page.replace("\r", "").split("\n")]
    widths = sorted(len(ln) for ln in lines if len(ln.split()) >= 5)
    if len(widths) < 3:
        return page
    full = widths[len(widths) * 3 // 4] * 0.75  # most body lines reach this far
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    rows = {i for i in filled if _ROW_END.search(lines[i].strip())}
    out: list[str] = []
    para, tight = "", False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            if para:
                out.append(para)
                para = ""
            out.append("")
            continue
        # A letterhead or running line of parts ("VAARANNIEMEN KAUPUNKI · Kasvatus ja opetus · Tiedote 12.11.2026")
        # is a paragraph of its own: it ran into the notice's title below it (notices set).
        # (unless it wraps: the next line goes on in lower case or a digit, or holds more of its parts)
        letterhead = len(_PART_SEPARATOR.findall(s)) >= 2
        if letterhead and para and not _PART_SEPARATOR.search(lines[i - 1]):
            out.extend((para, ""))
            para = ""
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        letterhead = letterhead and (not after or (after[:1].isupper() and not _PART_SEPARATOR.search(after)))
        # "§ 25 Ny förskola vid Lönnvägen" under a full last line of the section before opens a title too (it was
        # joined to that section's last sentence; minutes set).
        # So does a question of its own line under a finished sentence, an FAQ's heading: "Hvornår skal jeg ringe?"
        # ran into the sentence before it and the answer under it was no section of its own (care set).
        question = s.endswith("?") and len(s.split()) <= QUESTION_TITLE_WORDS and after[:1].isupper()
        if para.endswith(TERMINAL_END) and len(ln) < full and (not s.endswith(TERMINAL_END) or question) \
                and (s[:1].isupper() or s[:1] == "§") and len(s.split()) <= 12:
            out.append(para)  # a sentence ended at the line's end and a short title line follows
            out.append("")
            para = ""
        hyphenated = para.endswith("-") and s[:1].islower()  # a word split across lines
        if tight:  # (the line before ended in a range's dash)
            para += s
        else:
            para = para[:-1] + s if hyphenated else (f"{para} {s}" if para else s)
        # A short line ends the paragraph (or is a heading), unless its sentence goes on in lower case on the next
        # line: in a narrow column a long word wraps early ("… det viktigaste om" / "kommunens ekonomi"), and a table
        # row's label wraps ("Nettoinvesteringar," / "mnkr 176 212").
        goes_on = not s.endswith(TERMINAL_END) and after[:1].islower()
        # A range broken after its dash goes on too ("lukuvuodelle 2027–" / "2028" in a title's larger type).
        split_number = after[:1].isdigit()
        ranged = _OPEN_RANGE.search(s) is not None and split_number
        # Rows of a table printed as text end in a number, as the row beside them does ("Oppilaaksiotto
        # koulutussuunnittelija Sanna Heikkilä, puh. 044 718 2245" over "Koulukuljetukset … 2290"): each is a line of
        # its own however wide, where the three contact rows and the signature under them were one sentence.
        # (not where the next line goes on with a number: "hade Sjöbacka 27" / "412 invånare", ledger set)
        pos = bisect.bisect_left(filled, i)
        row = i in rows and not goes_on and not split_number and ((pos > 0 and filled[pos - 1] in rows)
                             or (pos + 1 < len(filled) and filled[pos + 1] in rows))
        tight = ranged
        if letterhead or row or ((len(ln) < full or (s.endswith(TERMINAL_END) and len(ln) < full * 1.05))
                                 and not goes_on and not ranged):
            out.append(para)
            out.append("")
            para = ""
    if para:
        out.append(para)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def extract(path: Path, data: bytes, pdf_timeout: float = 30.0, max_bytes: int = 50 * 2**20) -> Extracted:
    """Text of one file; raise ExtractionError naming the problem.

    PDF and DOCX are parsed in a child process within `pdf_timeout` seconds; `max_bytes` (the
    file size limit) also bounds how far a zip container may unpack.
    """
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ExtractionError(f"unsupported file type '{path.suffix or path.name}'")
    magic = sniff(data)
    if kind == "pdf" and magic != "pdf":
        raise ExtractionError(f"named .pdf but the content is {magic or 'not a PDF'}")
    if kind == "docx" and magic != "zip":
        raise ExtractionError(f"named .docx but the content is {magic or 'not a Word document'}")
    if kind in ("text", "markdown", "html") and magic is not None:
        raise ExtractionError(f"named {path.suffix} but the content is {magic if magic != 'zip' else 'a ZIP archive'}")
    if kind == "pdf":
        return _pdf(path, pdf_timeout)
    if kind == "docx":
        return _docx(path, pdf_timeout, max_bytes)
    if kind == "html":
        return _html(data)
    text = decode_text(data)
    return _markdown(text) if kind == "markdown" else Extracted(text)


def page_at(pages: list[tuple[int, int]], offset: int) -> int:
    """Page number of a character offset (0 when the document has no pages)."""
    page = 0
    for start, n in pages:
        if start > offset:
            break
        page = n
    return page


def parse_meta(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ExtractionError("metadata sidecar must be a JSON object")
    return {str(k).lower(): str(v) for k, v in raw.items() if isinstance(v, str | int | float) and str(v).strip()}
