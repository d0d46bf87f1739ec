"""A version's content as a working copy: what `upsert` and `delete` change before `save` writes it as a new version.

Shared by the backends that write a whole version on save (files, Milvus), so that both check an upsert by the
protocol's rules and lay a version out as a fresh build would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from assistant.types import Document, Manifest, Passage

# Sentence vectors are stored as float16: half the size of float32 (the largest file of an index), and
# every retrieval and answer metric on the three shipped question sets is identical to float32 and to
# embedding the sentences at question time.
SENTENCE_DTYPE = np.float16

Edit = dict[str, tuple[Passage, np.ndarray, np.ndarray]]


class EditableContent:
    """`upsert` and `delete` on a working copy of a version's content (`_editable`), for a backend whose `save`
    writes the whole content as a new version (files, Milvus)."""

    manifest: Manifest
    _documents: dict[str, Document]

    def _editable(self) -> Edit:
        raise NotImplementedError

    def upsert(self, documents: Sequence[Document], passages: Sequence[Passage], vectors: np.ndarray,
               sentence_vectors: np.ndarray | None = None) -> None:
        apply_upsert(self._editable(), self._documents, self.manifest.dimension, documents, passages, vectors,
                     sentence_vectors)
        self._documents = {**self._documents, **{d.doc_id: d for d in documents}}

    def delete(self, passage_ids: Iterable[str]) -> None:
        edit = self._editable()
        for pid in passage_ids:
            edit.pop(pid, None)


def apply_upsert(edit: Edit, held: Mapping[str, Document], dimension: int, documents: Sequence[Document],
                 passages: Sequence[Passage], vectors: np.ndarray, sentence_vectors: np.ndarray | None) -> None:
    """Check an upsert against the protocol's rules and apply it to `edit` (every backend's upsert)."""
    if len(passages) != len(vectors):
        raise ValueError(f"upsert got {len(passages)} passages but {len(vectors)} vectors")
    if len(vectors) and vectors.shape[1] != dimension:
        raise ValueError(f"vectors have dimension {vectors.shape[1]}, the index holds {dimension}")
    known = {d.doc_id for d in documents} | set(held)
    orphans = sorted({p.doc_id for p in passages} - known)
    if orphans:
        raise ValueError(f"passages of unknown documents {orphans}: upsert their documents with them")
    wanted = sum(len(p.sentences) for p in passages)
    given = 0 if sentence_vectors is None else len(sentence_vectors)
    if given != wanted:
        raise ValueError(f"upsert got {given} sentence vectors for the passages' {wanted} sentences")
    empty = np.zeros((0, dimension), SENTENCE_DTYPE)
    at = 0
    for p, v in zip(passages, vectors, strict=True):
        n = len(p.sentences)
        sv = sentence_vectors[at:at + n] if sentence_vectors is not None and n else empty
        edit[p.id] = (p, np.asarray(v, np.float32), sv.astype(SENTENCE_DTYPE))
        at += n


def ordered_content(edit: Edit, documents: Mapping[str, Document]
                    ) -> tuple[list[Document], list[tuple[Passage, np.ndarray, np.ndarray]]]:
    """Documents in folder order and passages in chunk order: the layout of a fresh build, whatever order
    the changes came in. Documents left without passages are dropped."""
    held = {p.doc_id for p, _, _ in edit.values()}
    docs = sorted((d for d in documents.values() if d.doc_id in held), key=_walk_order)
    rank = {d.doc_id: i for i, d in enumerate(docs)}
    return docs, sorted(edit.values(), key=lambda x: (rank[x[0].doc_id], x[0].start))


def _walk_order(d: Document) -> tuple[tuple[int, str], ...]:
    """The order in which a folder walk meets the file: a folder's files before its subfolders."""
    parts = (d.source or d.doc_id).split("/")
    return (*((1, x) for x in parts[:-1]), (0, parts[-1]))
