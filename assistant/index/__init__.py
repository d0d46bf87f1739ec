"""Where passages live: the search-index backends, their persistence, and the embedder."""
