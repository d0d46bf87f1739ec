from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Iterator

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from assistant import Answer, Filters, Turn
from assistant.serialize import source_json
from assistant.types import Citation, Retrieved, StreamItem

from ..deps import AppState, Guarded, ReadyAssistant, State, admit, client_key, on_worker, release
from ..errors import ApiError, safe
from ..schemas import ERRORS, AskIn, AskOut

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["ask"], dependencies=[Guarded], responses=ERRORS)


def _history(body: AskIn, state: AppState) -> list[Turn]:
    s = state.settings
    if len(body.history) > s.max_history_turns:
        raise ApiError(422, f"history has {len(body.history)} turns; the limit is {s.max_history_turns} "
                       "(ASSISTANT_MAX_HISTORY_TURNS). Send only the most recent turns.")
    for i, t in enumerate(body.history):
        if len(t.question) > s.max_query_chars:
            raise ApiError(422, f"history.{i}.question is longer than {s.max_query_chars} characters.")
    return [Turn(t.question, t.answer, tuple(t.sources)) for t in body.history]


def _inputs(body: AskIn, state: AppState) -> tuple[list[Turn], Filters | None]:
    """The checked history and the filters of a question (input errors are raised here)."""
    f = body.filters
    return _history(body, state), Filters.of(f.language, f.doc_id, f.publisher) if f else None


async def _start(body: AskIn, state: AppState, assistant: ReadyAssistant) -> tuple[Iterator[StreamItem], str]:
    """Retrieval done and the answer's stream ready; input errors are raised here, before any event.

    The caller holds a queue place (deps.admit) until the answer is complete: a generated answer
    takes seconds, and the bound must count it for all of them.
    """
    history, filters = _inputs(body, state)
    snap = assistant.snapshot  # one index version for the whole request, even if a new one arrives
    # A QueryError becomes a 422 in the app's one AssistantError handler.
    items = await on_worker(state, lambda: assistant.ask_stream(body.question, filters, history, snap,
                                                                   as_typed=body.as_typed))
    return items, snap.index.version


async def _next(state: AppState, items: Iterator[StreamItem]) -> StreamItem | None:
    return await on_worker(state, lambda: next(items, None))


async def _answer(body: AskIn, state: AppState, assistant: ReadyAssistant, client: str) -> tuple[str, Answer, str]:
    """The whole answer in one trip to an inference worker: each trip costs the event loop a hand-off
    (a streamed answer needs one per item, this one does not)."""
    history, filters = _inputs(body, state)
    admit(state)
    try:
        snap = assistant.snapshot  # one index version for the whole request, even if a new one arrives
        answer = await on_worker(state, lambda: assistant.ask(body.question, filters, history, snap,
                                                                   as_typed=body.as_typed))
    finally:
        release(state)
    return await _store(body, state, answer, client), answer, snap.index.version


async def _store(body: AskIn, state: AppState, answer: Answer, client: str) -> str:
    f = body.filters
    keep = state.settings.store_questions
    sources = list(dict.fromkeys(c.passage.doc_id for c in answer.citations))
    answer_id = ""  # past the client's daily quota the answer is given but not stored (no feedback then)
    if state.may_store(client):
        answer_id = await anyio.to_thread.run_sync(
            lambda: state.store.add_interaction(body.question if keep else "", answer.language, answer.found,
                                                answer.answer if keep else "", sources,
                                                f.model_dump(exclude_none=True) if f else {}))
    logger.info("answer_id=%s found=%s lang=%s generator=%s dropped=%d q=%s", answer_id, answer.found,
                answer.language, answer.generator, len(answer.dropped), safe(body.question, 120))
    return answer_id


@router.post("/ask", response_model=AskOut, summary="Answer a question with cited passages")
async def ask(body: AskIn, state: State, assistant: ReadyAssistant, request: Request) -> AskOut:
    answer_id, answer, version = await _answer(body, state, assistant, client_key(request, state))
    return AskOut.of(answer_id, answer, body.details, version)


SSE_EVENT = {
    "type": "object", "required": ["event", "data"],
    "properties": {"event": {"type": "string", "enum": ["meta", "citations", "delta", "done"]},
                   "data": {"type": "string", "description": "JSON"}},
}


def _sse(event: str, data: object) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


@router.post(
    "/ask/stream", summary="The same answer as Server-Sent Events",
    response_class=StreamingResponse,
    responses={200: {"description": "Events, in order: `meta` as soon as retrieval is done (found, language, "
                     "generator, and `sources`: the documents being read, best first, each {doc_id, title, "
                     "publisher, language, url}); `citations` (the list so far, as in /api/ask); `delta` ({text}) "
                     "repeated; then `done` (the full AskOut, with the answer_id for /api/feedback). A quoted "
                     "answer sends `citations` once, then its text. A generated answer (generator llm) sends "
                     "`citations` again each time a sentence cites a new passage, just before that sentence's "
                     "`delta`, and each `delta` as soon as the sentence has passed verification; `done` holds the "
                     "answer to show (the quoted one, with its own citations, if the model failed).",
                     "content": {"text/event-stream": {"schema": SSE_EVENT}}}},
)
async def ask_stream(body: AskIn, state: State, assistant: ReadyAssistant, request: Request) -> StreamingResponse:
    admit(state)
    try:
        items, version = await _start(body, state, assistant)  # input errors are answered before the stream
    except BaseException:
        release(state)
        raise
    client = client_key(request, state)

    async def events() -> AsyncIterator[bytes]:
        streamed = False
        answer = None
        shown: list[Citation] = []
        try:
            while (item := await _next(state, items)) is not None:
                if isinstance(item, Retrieved):  # retrieval done: say what is being read, before any text
                    yield _sse("meta", {"found": item.found, "language": item.language,
                                        "generator": state.settings.generator,
                                        "sources": [source_json(p) for p in item.sources]})
                elif isinstance(item, Citation):  # a generated sentence cites a new passage: list it first
                    shown.append(item)
                    yield _sse("citations", [c.model_dump() for c in AskOut.citations_of(shown)])
                elif isinstance(item, Answer):
                    answer = item
                else:
                    streamed = True
                    yield _sse("delta", {"text": item})  # a verified sentence of a generated answer
        finally:
            release(state)  # also when the client goes away mid-answer
        assert answer is not None
        if not streamed:  # a quoted answer (or a refusal): its citations, then its text
            yield _sse("citations", [c.model_dump() for c in AskOut.citations_of(answer.citations)])
            for piece in re.findall(r"\S+\s*|\s+", answer.answer):
                yield _sse("delta", {"text": piece})
        answer_id = await _store(body, state, answer, client)
        yield _sse("done", AskOut.of(answer_id, answer, body.details, version).model_dump())

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
