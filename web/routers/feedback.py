from __future__ import annotations

import anyio
from fastapi import APIRouter

from ..deps import Guarded, State
from ..errors import ApiError
from ..schemas import ERRORS, FeedbackIn, FeedbackOut
from ..store import UnknownAnswer

router = APIRouter(prefix="/api", tags=["feedback"], dependencies=[Guarded],
                   responses={**ERRORS, 404: {"model": ERRORS[500]["model"], "description": "Unknown answer_id"}})


@router.post("/feedback", response_model=FeedbackOut, status_code=201, summary="Thumbs up/down on an answer")
async def feedback(body: FeedbackIn, state: State) -> FeedbackOut:
    try:
        fid = await anyio.to_thread.run_sync(state.store.add_feedback, body.answer_id, body.rating,
                                             body.comment.strip())
    except UnknownAnswer:
        raise ApiError(404, f"No answer with id {body.answer_id!r} is stored; feedback must refer to the "
                       "answer_id returned by /api/ask.") from None
    return FeedbackOut(id=fid, answer_id=body.answer_id, rating=body.rating)
