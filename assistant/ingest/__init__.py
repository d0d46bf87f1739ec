"""From a folder of files to passages: extract, clean, chunk, and sync the index with the folder."""
