from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from ..deps import State
from ..schemas import HealthOut, ReadyOut

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthOut, summary="The process is alive")
def healthz() -> HealthOut:
    return HealthOut(status="ok")


@router.get("/readyz", response_model=ReadyOut, summary="The index and model are loaded",
            responses={503: {"model": ReadyOut, "description": "Not ready (message says why)"}})
def readyz(state: State) -> ReadyOut | JSONResponse:
    a = state.assistant
    if a is None:
        body = ReadyOut(status="not_ready", message=state.load_error or "loading")
        return JSONResponse(body.model_dump(), status_code=503)
    idx = a.index
    return ReadyOut(status="ready", documents=len(idx.documents), chunks=len(idx.passages),
                    model=idx.manifest.model, index_version=idx.version,
                    integrity=idx.integrity)
