#!/usr/bin/env bash
# Set up (once), build the index from corpus/ if missing, then answer a question.
# Usage: ./run.sh ["your question"]
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ ! -f "${ASSISTANT_INDEX_DIR:-index}/CURRENT" ]; then
  .venv/bin/assistant ingest || [ $? -eq 3 ]
fi
.venv/bin/assistant ask "${1:-Which networks cover elderly care?}"
