"""Spanish language pack: keyword analysis only (stemming and stop words)."""

from __future__ import annotations

from bm25s import stopwords as _stopwords

from assistant.lang.pack import keyword_only

PACK = keyword_only("es", "Spanish", ("spa", "spanish", "español"), "spanish",
                    frozenset(w.lower() for w in _stopwords.STOPWORDS_SPANISH))
