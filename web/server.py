"""How `assistant serve` runs uvicorn: read deadlines, a connection bound and a quiet accept() error.

uvicorn times out idle keep-alive connections but not a request whose headers or body never
finish arriving: 300 such half-sent requests used up the process's file descriptors. Each
request here must arrive completely within `read_timeout` seconds of the connection opening
(or of the previous response), and at most `max_connections` are open at once (uvicorn answers
503 beyond that).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger(__name__)


class ReadDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for reading each request (headers and body)."""

    read_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._read_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
        self._read_timer = self.loop.call_later(self.read_timeout, self._deadline)

    def _deadline(self) -> None:
        cycle = self.cycle
        # Still reading: no request yet (or only the previous, finished one), or a body not complete.
        reading = cycle is None or cycle.response_complete or (not cycle.response_started and cycle.more_body)
        if reading and not self.transport.is_closing():
            logger.debug("Closing a connection from %s: request not received within %g s", self.client,
                         self.read_timeout)
            self.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request on a kept-alive connection gets the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        if getattr(self, "_read_timer", None) is not None:
            self._read_timer.cancel()  # type: ignore[union-attr]
        super().connection_lost(exc)


def protocol_with_deadline(seconds: float) -> type[ReadDeadlineProtocol]:
    return type("ReadDeadlineProtocol", (ReadDeadlineProtocol,), {"read_timeout": seconds})


class OncePer(logging.Filter):
    """Lets a message that matches `needle` through at most once per `seconds` (the rest are counted)."""

    def __init__(self, needle: str, seconds: float) -> None:
        super().__init__()
        self.needle, self.seconds = needle, seconds
        self._last = float("-inf")
        self._dropped = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if self.needle not in record.getMessage():
            return True
        now = time.monotonic()
        if now - self._last < self.seconds:
            self._dropped += 1
            return False
        if self._dropped:
            record.msg = f"{record.msg} ({self._dropped} more like it in the last {self.seconds:g} s)"
        self._last, self._dropped = now, 0
        return True


def uvicorn_options(read_timeout: float, max_connections: int) -> dict[str, Any]:
    """Keyword arguments for uvicorn.run; also quiets asyncio's accept() error to once per 10 s."""
    logging.getLogger("asyncio").addFilter(OncePer("accept() out of system resource", 10.0))
    return {"http": protocol_with_deadline(read_timeout), "limit_concurrency": max_connections or None,
            "timeout_keep_alive": 5}
