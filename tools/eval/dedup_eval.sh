#!/bin/sh
# Measures the dedup stage on the two-night eval set, through the real host:
#   tools/eval/dedup_eval.sh EVAL_DIR [BUILD_DIR] [--set stages.dedup.OPTION=VALUE]...
# EVAL_DIR holds runs/night1.jsonl, runs/night2.jsonl, gold.jsonl and score.py. Night 1 then
# night 2 run with one fresh state folder in mark mode; the scorer's report goes to stdout.
set -eu
EVAL=$1
shift
BUILD=build
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then BUILD=$1; shift; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/dedup.toml" <<TOML
[pipeline]
name = "dedup-eval"
batch_size = 100
[state]
path = "$WORK/state"
[output]
path = "$WORK/out.jsonl"
quarantine = "$WORK/quarantine.jsonl"
report = "$WORK/report.json"
[[stages]]
plugin = "dedup"
[stages.options]
mode = "mark"
TOML
for night in night1 night2; do
  "$BUILD/bin/newspipe" run "$WORK/dedup.toml" --input "$EVAL/runs/$night.jsonl" \
    --output "$WORK/$night.jsonl" "$@" 2> "$WORK/$night.log" || { cat "$WORK/$night.log"; exit 1; }
done
cat "$WORK/night1.jsonl" "$WORK/night2.jsonl" > "$WORK/pred.jsonl"
python3 "$EVAL/score.py" "$EVAL/gold.jsonl" "$WORK/pred.jsonl" --breakdown
