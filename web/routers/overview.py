"""What the assistant covers, for the chat's empty state: documents, publishers, languages, last update."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter

from ..deps import Guarded, ReadyAssistant, State
from ..schemas import ERRORS, OverviewOut

router = APIRouter(prefix="/api", tags=["overview"], dependencies=[Guarded], responses=ERRORS)


@router.get("/overview", response_model=OverviewOut, summary="What the indexed documents cover")
def overview(state: State, assistant: ReadyAssistant) -> OverviewOut:
    idx = assistant.snapshot.index
    docs = list(idx.documents.values())
    publishers = Counter(d.shown_publisher for d in docs if d.shown_publisher)
    languages = Counter(d.language for d in docs if d.language)
    return OverviewOut(documents=len(docs), chunks=len(idx.passages),
                       publishers=[p for p, _ in publishers.most_common(state.settings.overview_publishers)],
                       more_publishers=max(0, len(publishers) - state.settings.overview_publishers),
                       languages=dict(languages.most_common()), updated=idx.manifest.created,
                       examples=list(state.settings.example_questions))
