#!/usr/bin/env bash
# Set up (once), build the index from corpus/ if it is missing, then start the web chat
# on http://127.0.0.1:8000 (ASSISTANT_HOST / ASSISTANT_PORT change it).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ ! -f "${ASSISTANT_INDEX_DIR:-index}/CURRENT" ]; then
  .venv/bin/assistant ingest || [ $? -eq 3 ]
fi
exec .venv/bin/assistant serve "$@"
