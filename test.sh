#!/usr/bin/env bash
# Set up if needed, then run lint, type checks and the whole test suite (slow tests included).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
.venv/bin/ruff check assistant web tests
.venv/bin/mypy assistant web
.venv/bin/python -m pytest -q "$@"
