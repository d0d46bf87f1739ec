"""Interface strings in English, Swedish, Norwegian and Dutch."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Network assistant", "intro": "Ask about the networks and projects in the documents. "
        "Answers quote the documents and cite them.",
        "placeholder": "Ask a question…", "send": "Send", "open": "Open the assistant", "close": "Close",
        "question_label": "Your question", "sources": "Sources", "not_found": "Not found in the documents",
        "thinking": "Searching the documents…", "helpful": "Helpful", "not_helpful": "Not helpful",
        "thanks": "Thanks for the feedback", "details": "Retrieval details", "keyword": "keyword",
        "dense": "dense", "fused": "fused", "rerank": "re-rank", "section": "Section", "page": "page",
        "publisher": "Publisher",
        "language": "Language", "open_source": "Open the source", "error": "Something went wrong",
        "citation": "Citation", "clear": "New conversation", "you": "You", "assistant": "Assistant",
        "comment": "Comment (optional)",
        "noscript": "The chat needs JavaScript. The JSON API is described at /openapi.json.",
    },
    "sv": {
        "title": "Nätverksassistent", "intro": "Fråga om nätverken och projekten i dokumenten. "
        "Svaren citerar dokumenten och anger källan.",
        "placeholder": "Ställ en fråga…", "send": "Skicka", "open": "Öppna assistenten", "close": "Stäng",
        "question_label": "Din fråga", "sources": "Källor", "not_found": "Finns inte i dokumenten",
        "thinking": "Söker i dokumenten…", "helpful": "Hjälpsamt", "not_helpful": "Inte hjälpsamt",
        "thanks": "Tack för återkopplingen", "details": "Sökdetaljer", "keyword": "nyckelord",
        "dense": "semantisk", "fused": "sammanvägd", "rerank": "omrankning", "section": "Avsnitt", "page": "sida",
        "publisher": "Utgivare", "language": "Språk", "open_source": "Öppna källan", "error": "Något gick fel",
        "citation": "Källa", "clear": "Ny konversation", "you": "Du", "assistant": "Assistenten",
        "comment": "Kommentar (valfri)",
        "noscript": "Chatten kräver JavaScript. JSON-API:t beskrivs på /openapi.json.",
    },
    "no": {
        "title": "Nettverksassistent", "intro": "Spør om nettverkene og prosjektene i dokumentene. "
        "Svarene siterer dokumentene og oppgir kilden.",
        "placeholder": "Still et spørsmål…", "send": "Send", "open": "Åpne assistenten", "close": "Lukk",
        "question_label": "Ditt spørsmål", "sources": "Kilder", "not_found": "Finnes ikke i dokumentene",
        "thinking": "Søker i dokumentene…", "helpful": "Nyttig", "not_helpful": "Ikke nyttig",
        "thanks": "Takk for tilbakemeldingen", "details": "Søkedetaljer", "keyword": "nøkkelord",
        "dense": "semantisk", "fused": "samlet", "rerank": "omrangering", "section": "Avsnitt", "page": "side",
        "publisher": "Utgiver", "language": "Språk", "open_source": "Åpne kilden", "error": "Noe gikk galt",
        "citation": "Kilde", "clear": "Ny samtale", "you": "Du", "assistant": "Assistenten",
        "comment": "Kommentar (valgfri)",
        "noscript": "Chatten krever JavaScript. JSON-API-et beskrives på /openapi.json.",
    },
    "nl": {
        "title": "Netwerkassistent", "intro": "Stel vragen over de netwerken en projecten in de documenten. "
        "Antwoorden citeren de documenten met bronvermelding.",
        "placeholder": "Stel een vraag…", "send": "Versturen", "open": "Open de assistent", "close": "Sluiten",
        "question_label": "Uw vraag", "sources": "Bronnen", "not_found": "Niet gevonden in de documenten",
        "thinking": "Zoeken in de documenten…", "helpful": "Nuttig", "not_helpful": "Niet nuttig",
        "thanks": "Bedankt voor uw feedback", "details": "Zoekdetails", "keyword": "trefwoord",
        "dense": "semantisch", "fused": "gecombineerd", "rerank": "herordening", "section": "Sectie", "page": "pagina",
        "publisher": "Uitgever", "language": "Taal", "open_source": "Open de bron", "error": "Er ging iets mis",
        "citation": "Bron", "clear": "Nieuw gesprek", "you": "U", "assistant": "Assistent",
        "comment": "Opmerking (optioneel)",
        "noscript": "De chat vereist JavaScript. De JSON-API wordt beschreven op /openapi.json.",
    },
}
LANGUAGES = tuple(STRINGS)
_ALIASES = {"nb": "no", "nn": "no", "da": "no", "se": "sv"}


def pick_language(accept_language: str, setting: str = "auto", override: str | None = None) -> str:
    """Explicit override, then the setting, then the browser's Accept-Language, then English."""
    for cand in (override, None if setting == "auto" else setting):
        if cand:
            c = _ALIASES.get(cand.lower()[:2], cand.lower()[:2])
            if c in STRINGS:
                return c
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = tag.strip().lower()[:2]
        ranked.append((-q, i, _ALIASES.get(base, base)))
    for _, _, lang in sorted(ranked):
        if lang in STRINGS:
            return lang
    return "en"
