"""Portuguese language pack."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import LanguagePack, frozen

PACK = LanguagePack(
    code="pt",
    name="Portuguese",
    aliases=("por", "portuguese", "português"),
    stemmer="portuguese",
    stopwords=frozenset(w.lower() for w in _stopwords.STOPWORDS_PORTUGUESE),
    gaps=frozen({
        "boilerplate_lines": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "link_notes": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "abbreviations": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "continuations": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "list_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "number_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "date_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "person_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "contact_requests": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "money_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "free_words": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "amount_words": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "million_words": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "population_cues": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "function_words": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "anaphora": "keyword analysis only: Portuguese has stemming and stop words, nothing else yet",
        "not_found": "answers and interface fall back to English",
        "list_intro": "answers and interface fall back to English",
        "ui": "answers and interface fall back to English",
    }),
)
