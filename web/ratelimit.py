"""Per-client token bucket: smooth limits with bursts, and an honest Retry-After."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    def __init__(self, per_minute: int, burst: int | None = None, max_clients: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst if burst is not None else max(per_minute, 1))
        self.max_clients = max_clients
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def check(self, client: str, now: float | None = None) -> float:
        """0 if the request may go ahead, else the seconds until it may."""
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            b = self._buckets.get(client)
            if b is None:
                if len(self._buckets) >= self.max_clients:  # forget the idlest clients
                    for key, _ in sorted(self._buckets.items(), key=lambda kv: kv[1].updated)[: self.max_clients // 10]:
                        del self._buckets[key]
                b = self._buckets[client] = _Bucket(self.capacity, now)
            b.tokens = min(self.capacity, b.tokens + (now - b.updated) * self.rate)
            b.updated = now
            if b.tokens >= 1.0:
                b.tokens -= 1.0
                return 0.0
            return (1.0 - b.tokens) / self.rate

    @staticmethod
    def retry_after(wait: float) -> str:
        return str(max(1, math.ceil(wait)))
