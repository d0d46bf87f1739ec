"""From ranked passages to an answer with citations (the generator seam)."""
