"""From a question to ranked passages: candidates, fusion, sentence re-ranking, follow-ups."""
