#!/usr/bin/env bash
# Accuracy gate: score wirekit on every gold corpus in ../shared/corpora (relative to the
# repository root), plus the overlay gold kept in the repository (ids, offsets and values only,
# joined by id with the corpus that holds the text), and fail when any field falls below its
# floor in .ci/floors.json.
# The corpora are not part of the repository: without them the gate is skipped, not failed.
# Environment: PYTHON (default: python), WIREKIT_CORPORA (default: ../shared/corpora),
# WIREKIT_EVAL_JOBS (worker processes, default 2), WIREKIT_EVAL_JSON (report path).
# Arguments are passed on to `wirekit evaluate`: `bash .ci/evaluate.sh --raise-floors
# .ci/floors.json` raises the floors after an improvement; `bash .ci/evaluate.sh
# --dates-baseline dateparser --markdown` prints the tables of docs/accuracy.md.
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

# Overlay gold: <overlay file> <corpus file that holds its texts>, scored when that corpus exists.
overlays=(
    "benchmarks/data/indonews_dates_gold.jsonl indonews.jsonl"
    "benchmarks/data/indotimex_dates_gold.jsonl indotimex_dev.jsonl"
    "benchmarks/data/te3silver_dates_gold.jsonl te3silver.jsonl"
    "benchmarks/data/indonews_blind_dates_gold.jsonl indonews.jsonl"
    "benchmarks/data/reuters21578_dates_gold.jsonl reuters21578.jsonl"
    "benchmarks/data/conll2003_dates_gold.jsonl conll2003.jsonl"
)
texts=()
for pair in "${overlays[@]}"; do
    read -r overlay corpus <<<"$pair"
    if [ -f "$corpora/$corpus" ]; then
        gold+=("$overlay")
        case " ${texts[*]-} " in
            *" $corpora/$corpus "*) ;;  # the corpus is given once, whatever reads from it
            *) texts+=(--texts "$corpora/$corpus") ;;
        esac
    else
        echo "evaluate.sh: $corpora/$corpus absent; $overlay not scored"
    fi
done

echo "evaluate.sh: scoring ${#gold[@]} gold file(s) against .ci/floors.json"
"$python_bin" -m wirekit evaluate "${gold[@]}" ${texts[@]+"${texts[@]}"} \
    --floors .ci/floors.json \
    --jobs "${WIREKIT_EVAL_JOBS:-2}" \
    --json "$report" "$@"
