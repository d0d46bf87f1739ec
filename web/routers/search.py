from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from assistant import Filters

from ..deps import Guarded, ReadyAssistant, State, infer
from ..schemas import ERRORS, NOT_BLANK, PassageOut, SearchOut

router = APIRouter(prefix="/api", tags=["search"], dependencies=[Guarded], responses=ERRORS)


@router.get("/search", response_model=SearchOut, summary="Ranked passages for a query")
async def search(
    state: State,
    assistant: ReadyAssistant,
    q: Annotated[str, Query(min_length=1, max_length=100_000, pattern=NOT_BLANK,
                            description="Search words or a question")],
    k: Annotated[int, Query(ge=1, le=50)] = 5,
    language: Annotated[str | None, Query(max_length=8)] = None,
    doc_id: Annotated[str | None, Query(max_length=300)] = None,
    publisher: Annotated[str | None, Query(max_length=300)] = None,
    as_typed: Annotated[bool, Query(description="Search exactly what was typed: no word read as the collection's "
                                    "word one typo away (see read_as)")] = False,
) -> SearchOut:
    filters = Filters.of(language, doc_id, publisher)
    snap = assistant.snapshot
    passages, read_as = await infer(state, lambda: assistant.search_read(q, k, filters, snap, as_typed))
    return SearchOut(query=q, read_as=read_as, index_version=snap.index.version,
                     results=[PassageOut.of(i + 1, p) for i, p in enumerate(passages)])
