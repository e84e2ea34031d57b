#!/bin/sh
# Scores the clean stage on a labelled set: runs the eval driver over DIRTY and the set's scorer.
#   tools/eval/clean_eval.sh DIRTY.jsonl GOLD.jsonl SCORER.py [driver options...]
# e.g. tools/eval/clean_eval.sh ../shared/eval/clean/dirty.jsonl ../shared/eval/clean/gold.jsonl \
#        ../shared/eval/clean/score.py --per-kind
# Build the driver first: cmake --build build-clean --target clean_eval_driver
set -eu
dirty=$1 gold=$2 scorer=$3
shift 3
build=${BUILD_DIR:-build-clean}
out=${OUT:-/tmp/clean_eval_pred.jsonl}
score_args=""
driver_args=""
for a in "$@"; do
  case $a in
    --per-kind|--per-doc) score_args="$score_args $a" ;;
    *) driver_args="$driver_args $a" ;;
  esac
done
# shellcheck disable=SC2086
"$build/tools/clean_eval_driver" "$dirty" "$out" $driver_args
# shellcheck disable=SC2086
python3 "$scorer" "$gold" "$out" --dirty "$dirty" $score_args
