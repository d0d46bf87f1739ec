"""Language knowledge: one pack per language, detection, term analysis, sentence spans."""
