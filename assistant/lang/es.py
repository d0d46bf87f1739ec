"""Spanish language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import LanguagePack, frozen

PACK = LanguagePack(
    code="es",
    name="Spanish",
    aliases=("spa", "spanish", "español"),
    stemmer="spanish",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_SPANISH),
    gaps=frozen({
        "boilerplate_lines": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "link_notes": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "abbreviations": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "continuations": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "list_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "number_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "date_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "person_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "contact_requests": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "money_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "free_words": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "amount_words": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "million_words": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "population_cues": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "function_words": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "anaphora": "keyword analysis only: Spanish has stemming and stop words, nothing else yet",
        "not_found": "answers and interface fall back to English",
        "list_intro": "answers and interface fall back to English",
        "ui": "answers and interface fall back to English",
    }),
)
