#!/usr/bin/env bash
# Every written collection in one index, and every written question set over it: what the small single-topic
# collections cannot show (the right page among a hundred others in seven languages, several municipalities' pages
# on the same service). Doc ids get their set's folder ("valley/storskrald"), and so do the questions' gold ids.
# Many questions name no place ("How much is an adult ticket?"): over several municipalities they have more than one
# answer, so read the figures against each set's own, not as a goal. Not part of CI (about 5 minutes on 2 cores).
# Usage: scripts/one-collection.sh [OUT]   (reports in OUT/NAME, default a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="${1:-$work/report}"
sets="default services holdout german nordic news municipal regional portal agency press encyclopedia civic district
borough parish county harbour valley fjord atlas gazette ledger longform minutes events notices lexicon care climate
schools"
mkdir -p "$work/corpus" "$work/questions"
for name in $sets; do
  if [ "$name" = default ]; then src=corpus; else src="eval/collections/$name"; fi
  cp -r "$src" "$work/corpus/$name"
  rm -f "$work/corpus/$name/README.md"  # (a collection's own README is skipped only at its top)
  .venv/bin/python - "$name" "eval/questions/$name.jsonl" "$work/questions/$name.jsonl" <<'PY'
import json, sys
name, src, dst = sys.argv[1:]
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        q = json.loads(line)
        q["doc_ids"] = [f"{name}/{d}" for d in q.get("doc_ids", [])]
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
PY
done
export ASSISTANT_INDEX_DIR="$work/index"
.venv/bin/assistant ingest "$work/corpus" | tail -1
mkdir -p "$out"
for name in $sets; do
  # (the whole output to a file: a reader that stops early would end the evaluation before its report is written)
  .venv/bin/assistant eval "$work/questions/$name.jsonl" --out "$out/$name" > "$out/$name.log" 2>&1
  printf '%-13s %s\n' "$name" "$(grep -m1 '^hybrid' "$out/$name.log" || echo 'no hybrid row: see the log')"
done
