"""Finnish language pack."""

from __future__ import annotations

from assistant.lang.pack import LanguagePack, frozen

PACK = LanguagePack(
    code="fi",
    name="Finnish",
    aliases=("fin", "finnish", "suomi"),
    stemmer="finnish",
    boilerplate_lines=("siirry sisältöön", "takaisin ylös", "stt"),
    publication_stamps=(r"(?:julkaistu|päivitetty)",),
    credit_labels=("kuva", "kuvaaja"),
    open_endings=("kun", "jos", "että", "joka", "ja", "tai", "mutta", "kuten", "sekä"),
    abbreviations=("esim", "ym", "jne", "ks", "mm", "klo", "n", "noin"),
    anaphora=("se", "sen", "ne", "niiden", "siellä", "hän", "hänen"),
    continuations=("entä", "ja"),
    list_cues=(r"\bmitkä\s+(?!(?:ovat|on|olivat|oli|ne|he|me|te|sinä|minä)\b)\w",),  # before a noun, not "ovat"
    number_cues=(r"\bkuinka (?:monta|paljon)\b",),
    count_cues=(r"\bkuinka monta\b", r"\bmontako\b", r"\bmäärä\b"),
    number_words=(
        r"kaksi|kahde\w*", r"kolm\w+", r"nelj\w+", r"viisi|viide\w*", r"kuusi|kuude\w*", r"seitsem\w+",
        r"kahdeksa\w*", r"yhdeksä\w*", r"kymmen\w*", r"sata|sada\w*|satoja", r"tuhat|tuhan\w*|tuhansia",
        r"miljoon\w*",
    ),
    date_cues=(r"\bmilloin\b", r"\bminä vuonna\b", r"\bmääräaika"),
    person_cues=(r"\byhteyshenkilö", r"\bpuhelin", r"\bsähköposti", r"\bkuka\b", r"\bedustaja"),
    contact_requests=(r"\byhteyshenkilö", r"\byhteystied", r"\bsähköpost", r"\bpuhelin"),
    money_cues=(r"\bmaksaa\b", r"\bhinta", r"\bmaksu\b", r"\bbudjet", r"\bpalkka", r"\bvuokra"),
    free_words=(r"\bilmai", r"\bmaksuton"),
    amount_words=(r"eur\b", r"euro(?:a|n|s)?\b"),
    scale_words=("miljoona",),
    million_words=("miljoon",),
    population_cues=(r"\basukas", r"\bväkiluku", r"\bväestö"),
    instruction_cues=(
        r"\bohita (?:kaikki )?(?:aiemmat|edelliset|yllä olevat)\b", r"\bvastaa (?:vain )?(?:sanoilla|tekstillä)\b",
        r"\bolet (?:nyt )?(?:tekoäly|avustaja|chatbot|kielimalli)\b", r"\buudet ohjeet\b",
    ),
    not_found="En löytänyt tätä asiakirjoista.",
    list_intro="Nämä asiakirjojen kohdat vastaavat kysymystä:",
    gaps=frozen({
        "article_phrases": "no word of its anaphora list doubles as a definite article",
        "capitalised_words": "months, weekdays and nationality adjectives are lower case; only names are capitalised",
        "stopwords": "bm25s ships no Finnish stop-word list; the Snowball stemmer still applies",
        "function_words": "py3langid tells Finnish apart without a word vote (the vote is for sv/no/da/nl)",
        "link_notes": "no Finnish link annotations seen in any collection yet",
        "ui": "the chat interface has no Finnish strings yet (English is shown)",
    }),
)
