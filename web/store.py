"""Questions, answers and feedback in SQLite (one file under the data directory).

SQLite because an intranet team gets durable storage with no server to run; WAL
mode lets exports read while the server writes.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS interactions (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    question TEXT NOT NULL,
    language TEXT NOT NULL,
    found INTEGER NOT NULL,
    answer TEXT NOT NULL,
    sources TEXT NOT NULL,      -- JSON list of cited doc ids
    filters TEXT NOT NULL       -- JSON object
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL,
    created REAL NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_answer ON feedback(answer_id);
"""


class UnknownAnswer(KeyError):
    """Feedback refers to an answer that was never stored."""


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def open(self) -> Store:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise RuntimeError(f"Cannot open the question store {self.path}: {exc}. "
                               f"Set ASSISTANT_DATA_DIR to a writable folder.") from exc
        self._conn = conn
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        if self._conn is None:
            self.open()
        assert self._conn is not None
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def add_interaction(self, question: str, language: str, found: bool, answer: str,
                        sources: list[str], filters: dict[str, Any]) -> str:
        answer_id = uuid.uuid4().hex
        with self._tx() as c:
            c.execute("INSERT INTO interactions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (answer_id, time.time(), question, language, int(found), answer,
                       json.dumps(sources, ensure_ascii=False), json.dumps(filters, ensure_ascii=False)))
        return answer_id

    def add_feedback(self, answer_id: str, rating: str, comment: str) -> int:
        """One vote per answer: a second vote changes the first (and its time); a comment is kept until a new
        one is sent."""
        with self._tx() as c:
            if c.execute("SELECT 1 FROM interactions WHERE id = ?", (answer_id,)).fetchone() is None:
                raise UnknownAnswer(answer_id)
            row = c.execute("SELECT id FROM feedback WHERE answer_id = ? ORDER BY id DESC LIMIT 1",
                            (answer_id,)).fetchone()
            if row is not None:
                c.execute("UPDATE feedback SET created = ?, rating = ?, comment = CASE WHEN ? = '' THEN comment "
                          "ELSE ? END WHERE id = ?", (time.time(), rating, comment, comment, row[0]))
                return int(row[0])
            cur = c.execute("INSERT INTO feedback (answer_id, created, rating, comment) VALUES (?, ?, ?, ?)",
                            (answer_id, time.time(), rating, comment))
            return int(cur.lastrowid or 0)

    def recent(self, limit: int = 200, vote: str = "", language: str = "") -> list[dict[str, Any]]:
        """The latest questions with their answer, whether it was found and the vote, newest first. `vote`:
        up, down, none (no vote) or "" (all)."""
        where, args = [], []
        if vote in ("up", "down"):
            where.append("f.rating = ?")
            args.append(vote)
        elif vote == "none":
            where.append("f.rating IS NULL")
        if language:
            where.append("i.language = ?")
            args.append(language)
        sql = ("SELECT i.id AS answer_id, datetime(i.created, 'unixepoch') AS created, i.question, i.language, "
               "i.found, i.answer, i.sources, COALESCE(f.rating, '') AS vote, COALESCE(f.comment, '') AS comment "
               "FROM interactions i LEFT JOIN feedback f ON f.id = (SELECT MAX(id) FROM feedback "
               "WHERE answer_id = i.id)" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY i.created DESC LIMIT ?")
        with self._tx() as c:
            cur = c.execute(sql, (*args, max(1, min(limit, 10_000))))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def rows(self, table: str) -> list[dict[str, Any]]:
        queries = {
            "questions": "SELECT id AS answer_id, datetime(created, 'unixepoch') AS created, question, "
                         "language, found, answer, sources, filters FROM interactions ORDER BY created",
            "feedback": "SELECT f.id, f.answer_id, datetime(f.created, 'unixepoch') AS created, f.rating, "
                        "f.comment, i.question, i.answer FROM feedback f LEFT JOIN interactions i "
                        "ON i.id = f.answer_id ORDER BY f.created",
        }
        if table not in queries:
            raise ValueError(f"unknown table {table!r}; choose questions or feedback")
        with self._tx() as c:
            cur = c.execute(queries[table])
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def export(self, table: str, fmt: str) -> str:
        rows = self.rows(table)
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            buf = io.StringIO()
            if rows:
                w = csv.DictWriter(buf, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows({k: formula_safe(v) for k, v in r.items()} for r in rows)
            return buf.getvalue()
        raise ValueError(f"unknown format {fmt!r}; choose csv or json")


def formula_safe(v: Any) -> Any:
    """Questions are user input: keep spreadsheets from running them as formulas."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v
