#!/usr/bin/env bash
# Create .venv and install the project. torch is installed first, pinned, so pip takes the
# CPU build instead of pulling a multi-GB CUDA build in through sentence-transformers.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# Optional extras (comma-separated, e.g. ASSISTANT_EXTRAS=llm) are installed with the dev tools.
EXTRAS=${ASSISTANT_EXTRAS:-}
stamp=.venv/.installed-$( (cat pyproject.toml; echo "$EXTRAS") | sha1sum | cut -c1-12)
if [ -f "$stamp" ]; then exit 0; fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating virtual environment in .venv" >&2
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
echo "Installing torch (CPU build)" >&2
.venv/bin/pip install --quiet "torch==2.13.0"
echo "Installing the assistant and its dependencies" >&2
if [ -n "$EXTRAS" ]; then
  echo "Installing the extras: $EXTRAS (llama-cpp-python is compiled once, then taken from pip's wheel cache)" >&2
fi
# GGML_NATIVE=OFF: a portable llama.cpp build, not one tuned to (and only runnable on) this CPU.
CMAKE_ARGS=${CMAKE_ARGS:-"-DGGML_NATIVE=OFF"} .venv/bin/pip install --quiet -e ".[dev${EXTRAS:+,$EXTRAS}]"
rm -f .venv/.installed-*
touch "$stamp"
