"""What the assistant knows about one language, in one typed, frozen object.

Every pack has the same fields. A field left empty must be named in `gaps` with the reason
(tests/lang/test_packs.py enforces it), so a missing piece is visible instead of silent.
Regex fields hold fragments; the consumers compile the union over all packs, since a
question may be in any language and a page may mix them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class LanguagePack:
    code: str                                 # ISO 639-1 ("no" for Norwegian Bokmål and Nynorsk)
    name: str
    aliases: tuple[str, ...] = ()             # names in metadata that mean this language ("svenska", "swe")
    stemmer: str = ""                         # PyStemmer algorithm
    stopwords: frozenset[str] = frozenset()   # keyword analysis drops them
    compounding: bool = False                 # split compounds against the collection's vocabulary
    function_words: tuple[str, ...] = ()      # tell close languages apart on short questions
    boilerplate_lines: tuple[str, ...] = ()   # regex: lines that are only navigation or UI chrome
    link_notes: tuple[str, ...] = ()          # regex: link annotations glued into running text
    publication_stamps: tuple[str, ...] = ()  # regex: "Publicerad", "Oppdatert i dag": a line of it and a date goes
    credit_labels: tuple[str, ...] = ()       # regex: the word before a photo credit ("Foto:", "Kuva:")
    byline_words: tuple[str, ...] = ()        # regex: the word before an author's name in a byline ("Av", "By")
    # regex: "read also" over a link to another article ("Les også", "Lees ook:"): that line and the headline
    # it introduces are no text of this page
    related_cues: tuple[str, ...] = ()
    # regex: the headings of an encyclopedia article's closing sections ("Se även", "Einzelnachweise", "External
    # links"): they list other pages and sources, no fact of this one
    back_matter: tuple[str, ...] = ()
    # regex: a question that asks what something is called or stands for ("Hva kalles Bådø på nordsamisk?", "What
    # does VAR stand for?"): a page's opening sentence names its subject in full and in other tongues
    naming_cues: tuple[str, ...] = ()
    # regex: reading time and comment counts of a news page ("Leestijd 2 minuten", "12 Kommentare")
    reading_time_words: tuple[str, ...] = ()
    comment_words: tuple[str, ...] = ()
    open_endings: tuple[str, ...] = ()        # words a heading never ends in (conjunctions, prepositions, articles)
    abbreviations: tuple[str, ...] = ()       # regex: "t.ex" (the final dot is not a sentence end)
    months: tuple[str, ...] = ()              # regex: month names and their abbreviations ("okt(?:ober)?")
    # regex: words after which a number with a dot is an ordinal ("am 3. Oktober", "der 2. Weltkrieg"), not
    # the end of a sentence; Norwegian news ends sentences on bare numbers ("klokken 21.", "TV 2.")
    ordinal_before: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()            # words that refer back to the previous turn
    person_pronouns: tuple[str, ...] = ()     # "he", "she": a sentence with one names its person in an earlier one
    # regex: an anaphora word used as an article, with the noun phrase it opens ("det internasjonale
    # kommunenettverket"): such a question names its own subject and is no follow-up
    article_phrases: tuple[str, ...] = ()
    continuations: tuple[str, ...] = ()       # regex: "and …?", "what about …?" openings of a follow-up
    list_cues: tuple[str, ...] = ()           # regex: the question asks for several things
    number_cues: tuple[str, ...] = ()         # regex: asks for a number
    count_cues: tuple[str, ...] = ()          # regex: asks how many of something (not how much)
    duration_cues: tuple[str, ...] = ()       # regex: asks how long something takes ("hur lång tid", "wie lange")
    # regex: a duration without digits ("en månad", "einige Wochen", "kuukauden kuluessa"): a sentence with one states
    # what a how-long question asks ("Beslut fattas inom en månad"), as one with a number of units does
    duration_phrases: tuple[str, ...] = ()
    time_units: tuple[str, ...] = ()          # regex: units of time ("veckor", "Monate"), after a number a duration
    number_words: tuple[str, ...] = ()        # regex: numbers spelt out ("fem", "twelve"); not "one", an article
    date_cues: tuple[str, ...] = ()           # regex: asks for a date or year
    # regex words: the words a question asks with ("what", "hvem", "wann"): a date or person cue that is one of them
    # after the question's own is a clause's conjunction or relative pronoun, which asks for nothing ("How many
    # passengers were on board when …")
    interrogatives: tuple[str, ...] = ()
    reason_cues: tuple[str, ...] = ()         # regex: asks why ("hvorfor", "warum", "miksi")
    # regex: what opens a sentence that states a consequence of the sentence before ("Derfor", "Therefore",
    # "Daarom"): asked why, that one holds the reason
    consequence_openers: tuple[str, ...] = ()
    # regex: what opens a sentence that gives the reason for the one before ("Dette skyldes", "This is because"):
    # after a sentence that echoes an open question, that one answers it
    cause_openers: tuple[str, ...] = ()
    # regex: what opens a sentence that only points elsewhere for more ("Mer information om … på … webbplats", "Read
    # more here", "Lees meer"): a link line, never quoted beside the sentence that answers
    pointer_openers: tuple[str, ...] = ()
    # regex: asks how often ("hoe vaak", "wie oft"): a frequency, which needs no amount or count though the question
    # names fees ("Hoe vaak worden de tarieven … herzien?" was refused for want of an amount, schools set); no date
    # either ("hver uge", "hvert femte minutt" answer it, and asking for a date quoted "Saturday 13 June 2026")
    frequency_cues: tuple[str, ...] = ()
    # regex: asks what something depends on or how it is set ("based on", "perustuu", "hängt … ab"): a basis, which
    # needs no amount though the question names a fee ("What is the early childhood education fee in Koivula based
    # on?" was refused for want of one, schools set)
    basis_cues: tuple[str, ...] = ()
    # regex: how every plural noun ends where the present tense's verbs never do (English "-s"): after a count cue, a
    # plural and a word that does not end so is a noun and its verb ("How many cars cross …"), not a compound
    plural_endings: tuple[str, ...] = ()
    person_cues: tuple[str, ...] = ()         # regex: asks for a person, a name ("hva heter") or contact
    address_labels: tuple[str, ...] = ()      # regex: the label of an address line ("Besöksadress", before a colon)
    place_cues: tuple[str, ...] = ()          # regex: asks where ("var", "hvor" but not "hvor mange")
    contact_requests: tuple[str, ...] = ()    # regex: asks how to reach someone (phone, e-mail, contact person)
    # regex: a question's words for a phone, its number or calling, and for e-mail: a contact question that names one
    # kind is answered from the block that holds that kind
    phone_words: tuple[str, ...] = ()
    email_words: tuple[str, ...] = ()
    # regex: the phone named as where something happens, not asked for ("väntetiden i telefonen", "on the phone"):
    # taken out of the question before its contact cues are looked for
    phone_as_medium: tuple[str, ...] = ()
    # regex: a word before a number to call ("Ring 112", "tlf. 55 12 34 56", "soita"): such a number counts nothing
    call_words: tuple[str, ...] = ()
    # regex: the word that says a time of day ("kl. 12–15", "klokka 11", "kello 9"): such a number counts nothing
    clock_words: tuple[str, ...] = ()
    # regex: a preposition that says a time of day before its number but is an ordinary preposition too ("um 9", "at
    # 7pm"; "um 5 Prozent"): evidence of a date or of hours, never left out of what a count may be answered by
    hour_prepositions: tuple[str, ...] = ()
    hour_suffixes: tuple[str, ...] = ()       # regex: what says a time of day after its number ("9 Uhr", "7pm")
    range_words: tuple[str, ...] = ()         # regex: between the ends of a range of hours or days ("9 bis 12", "to")
    # regex: "from" before a weekday's first hour ("mandag fra 8", "maandag van 9 tot 17"): the weekday's hours date
    from_words: tuple[str, ...] = ()
    day_articles: tuple[str, ...] = ()        # regex: before a day of the month ("den 20.", "am 15.", "the 20th")
    # regex: a preposition before a month named alone, which then dates ("i december", "im Dezember", "since May");
    # a month alone does not, since "Mai", "mars" and "august" are words too
    month_prepositions: tuple[str, ...] = ()
    month_cases: tuple[str, ...] = ()         # regex: a month in a case that dates by itself ("joulukuussa")
    # regex: an age that says when ("da han var elleve år gammel", "at the age of 11", "8-vuotiaana"): it answers
    # when someone began or did something
    age_times: tuple[str, ...] = ()
    money_cues: tuple[str, ...] = ()          # regex: asks for a cost, fee, budget or salary
    # regex: asks who holds a role, before the role's name ("who is the", "hvem er", "wer ist der"): in the question's
    # own language the answer names the role ("Hvem er kommunedirektør i Strandvik?" is not answered by "rektor Hanne
    # Solbakken")
    role_cues: tuple[str, ...] = ()
    # regex: words a role cue may be followed by that name no role ("responsible", "ansvarig"): the answer may say
    # it otherwise
    role_exceptions: tuple[str, ...] = ()
    # stems of the gendered heads of role words ("mann", "kvinn", "person"): a page's "talskvinne" is the
    # "talsperson" a question asks for
    role_heads: tuple[str, ...] = ()
    # a who-question that asks with a verb, and the role noun the answer names its person by ("wer leitet":
    # "Leiter" finds "Bibliotheksleiterin Sabine Krämer"; "who chairs": "chair" finds Danish "formand")
    role_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # regex words: a who-question about someone related to a person it names (before or after them, their spouse)
    relation_cues: tuple[str, ...] = ()
    # regex words: a deputy, vice or acting holder of a role ("varaordfører", "vice ordförande", "stellvertretende"):
    # a who-question asking for one is not answered by a sentence naming only the role's holder
    deputy_words: tuple[str, ...] = ()
    hours_cues: tuple[str, ...] = ()          # regex: asks for opening hours (answered by a time of day)
    # regex: the verbs a yes/no question opens with ("does", "kan", "gibt", "onko"): it asks whether, so the amount,
    # count or head count its words name is no kind of answer it needs ("Does housing benefit include heating costs?")
    polar_cues: tuple[str, ...] = ()
    free_words: tuple[str, ...] = ()          # regex: "free of charge" answers a cost question
    amount_words: tuple[str, ...] = ()        # regex: currency words after a number ("kronor", "euro", "kr")
    scale_words: tuple[str, ...] = ()         # regex: scale words after a number ("miljon", "Mio"): money or a count
    million_words: tuple[str, ...] = ()       # regex: "million" after a number (a head count)
    percent_words: tuple[str, ...] = ()       # regex: "prosent" after a number (a share, not a count)
    share_cues: tuple[str, ...] = ()          # regex: asks for a share ("how much of the", "hur stor del")
    # regex: a share said in words ("var tredje", "jeder siebte", "one in five", "halvparten"), which answers a question
    # asking for one as a percentage does
    share_words: tuple[str, ...] = ()
    change_cues: tuple[str, ...] = ()         # regex: asks how much something changes ("how much … cut")
    rate_cues: tuple[str, ...] = ()           # regex: asks for a rate ("unemployment rate", "Arbeitslosenquote")
    # regex: asks for a head count: the population, or how many inhabitants (not any question that names them:
    # "Hvordan lever de fleste innbyggere i Tsjad?" asks how they live)
    population_cues: tuple[str, ...] = ()
    # regex: the residents a head count counts ("indbyggere", "inhabitants"): a number before one of them is a
    # population however small ("486 indbyggere" on an island's page was no head count, so it was refused)
    resident_words: tuple[str, ...] = ()
    # regex: text addressed to a language model inside a document ("ignore the above", "reply with"); a
    # generated sentence supported only by such text is dropped (answer.verify)
    instruction_cues: tuple[str, ...] = ()
    # regex: capitalised words that are not names (English months, German nouns); the verifier does not
    # require them in the cited passage
    capitalised_words: tuple[str, ...] = ()
    not_found: str = ""                       # the fixed answer when the documents do not answer
    list_intro: str = ""                      # introduces a list answer
    # this language's words for concepts keyed in English ("mayor": "ordfører"): public-sector and encyclopedia
    # words whose translations share no spelling, so that an English question over Norwegian pages finds
    # "ordfører" by "mayor" as `names` finds "Norge" by "Norway" (`concept_table`)
    concepts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # the endings a concept word may take in a question ("ordføreren", "mayors"): any three letters made "bru"
    # (bridge) of "bruker" and "mor" (mother) of "Morten"
    inflections: tuple[str, ...] = ()
    # consonant gradation (strong grade -> weak grade): one word's stem changes its consonant with its ending
    # ("kotihoito", "kotihoidon"; "katu", "kadun"), so the stemmer gives two stems; a question's word takes its other
    # grade's stem too where the collection holds it (`Analyzer.query_terms`), and a concept word is found in either
    # grade (`names`; the alternations themselves in `gradation.py`). Most languages have none: no gap.
    gradation: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    ui: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # chat interface strings
    gaps: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # empty field -> why

    def __post_init__(self) -> None:
        # A field of fragments written `(r"\bpourquoi\b")` is one string, whose letters the union of all packs would
        # take for fragments ("r" matched every question): name the field instead.
        for f in fields(self):
            if str(f.type).startswith("tuple") and isinstance(getattr(self, f.name), str):
                raise TypeError(f"{self.code} pack: {f.name} must be a tuple of strings; write (x,) for one, not (x)")

    def missing(self) -> list[str]:
        """Fields that are empty without a declared gap."""
        out = []
        for f in fields(self):
            if f.name in ("gaps", "compounding", "gradation"):
                continue
            if not getattr(self, f.name) and f.name not in self.gaps:
                out.append(f.name)
        return out


def concept_table(text: str) -> Mapping[str, tuple[str, ...]]:
    """Concepts from lines "key: word, other word" (the key is the English concept, the words this language's)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        key, _, words = line.partition(":")
        if not words.strip():
            raise ValueError(f"concept line {line!r}: expected 'key: word, word'")
        if key.strip() in out:  # a second line of a key replaced the first without a word
            raise ValueError(f"concept line {line!r}: {key.strip()!r} is listed twice; join its words in one line")
        out[key.strip()] = tuple(w.strip() for w in words.split(",") if w.strip())
    return MappingProxyType(out)


# Before a name ("before Priya Nair", "før Solveig Brattli"), whatever the pattern's case: a relation cue that is a
# preposition asks about that person only right before the name ("etter krigen" is a time, NorQuAD).
NAME_NEXT = r"(?= (?-i:[A-ZÅÄÖÆØÜ]))"
# The social sites a news page asks to be followed on ("Følg Dagsavisen på Facebook og Twitter!"): names, no language's
SOCIAL_SITES = "(?:facebook|twitter|instagram|linkedin|x)"

def frozen(d: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(d))


def keyword_only(code: str, name: str, aliases: tuple[str, ...], stemmer: str,
                 stopwords: frozenset[str]) -> LanguagePack:
    """A pack that serves keyword analysis only; every other field is a declared gap."""
    kept = {"code", "name", "aliases", "stemmer", "stopwords", "compounding", "gradation", "gaps"}
    why = f"keyword analysis only: {name} has stemming and stop words, nothing else yet"
    gaps = {f.name: why for f in fields(LanguagePack) if f.name not in kept}
    gaps.update({k: "answers and interface fall back to English" for k in ("not_found", "list_intro", "ui")})
    return LanguagePack(code=code, name=name, aliases=aliases, stemmer=stemmer, stopwords=stopwords,
                        gaps=frozen(gaps))
