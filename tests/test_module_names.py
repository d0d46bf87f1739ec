"""No module of the package or the web app binds the same top-level name twice: the later binding silently replaces
the earlier one for every function of the module, including those written above it. `extractive.py` had two
`_YEAR` patterns, and `dated_pages` used the later one (1800-2099) where its comment described the earlier (any
year from 1000). Ruff's F811 covers imports and functions only, so this checks assignments too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the package and the web app (the web app's routers and settings are modules of the same kind)
MODULES = sorted([*(ROOT / "assistant").rglob("*.py"), *(ROOT / "web").rglob("*.py")])


def rebound(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each top-level name bound twice by assignments, functions or classes."""
    seen: dict[str, int] = {}
    out = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                out.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return out


def test_the_check_finds_a_name_bound_twice() -> None:
    assert rebound("_YEAR = 1\ndef f():\n    return _YEAR\n_YEAR = 2\n") == [("_YEAR", 1, 4)]
    assert rebound("A = 1\nB = 2\n") == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_top_level_name_twice(module: Path) -> None:
    assert rebound(module.read_text(encoding="utf-8")) == []
