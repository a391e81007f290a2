#!/usr/bin/env bash
# Accuracy gate: score wirekit on every gold corpus in ../shared/corpora (relative to the
# repository root) and fail when any field falls below its floor in .ci/floors.json.
# The corpora are not part of the repository: without them the gate is skipped, not failed.
# Environment: PYTHON (default: python), WIREKIT_CORPORA (default: ../shared/corpora),
# WIREKIT_EVAL_JOBS (worker processes, default 2), WIREKIT_EVAL_JSON (report path).
set -euo pipefail
cd "$(dirname "$0")/.."

python_bin="${PYTHON:-python}"
corpora="${WIREKIT_CORPORA:-../shared/corpora}"
report="${WIREKIT_EVAL_JSON:-${TMPDIR:-/tmp}/wirekit-accuracy.json}"

if [ ! -d "$corpora" ]; then
    echo "evaluate.sh: no gold corpora at $corpora; accuracy gate skipped"
    exit 0
fi
shopt -s nullglob
gold=("$corpora"/*.jsonl)
if [ "${#gold[@]}" -eq 0 ]; then
    echo "evaluate.sh: no *.jsonl gold files in $corpora; accuracy gate skipped"
    exit 0
fi

echo "evaluate.sh: scoring ${#gold[@]} gold file(s) from $corpora against .ci/floors.json"
"$python_bin" -m wirekit evaluate "${gold[@]}" \
    --floors .ci/floors.json \
    --jobs "${WIREKIT_EVAL_JOBS:-2}" \
    --json "$report"
