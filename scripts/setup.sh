#!/usr/bin/env bash
# Create .venv and install the project. torch is installed first, pinned, so pip takes the
# CPU build instead of pulling a multi-GB CUDA build in through sentence-transformers.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ -f "$stamp" ]; then exit 0; fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating virtual environment in .venv" >&2
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
echo "Installing torch (CPU build)" >&2
.venv/bin/pip install --quiet "torch==2.13.0"
echo "Installing the assistant and its dependencies" >&2
.venv/bin/pip install --quiet -e ".[dev]"
rm -f .venv/.installed-*
touch "$stamp"
