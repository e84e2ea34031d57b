#!/bin/sh
# Scores the geo stage on annotated files (format: shared eval README, geo/ section).
#   tools/eval/geo_eval.sh EVAL_DIR [BUILD_DIR] [geo_run options...]
# EVAL_DIR holds {lgl,geovirus,seeds}.jsonl and score.py. Prints one line per file with the scorer's
# last line; predictions are left in $BUILD_DIR/geo-eval/.
set -eu
eval_dir=$1
build=${2:-build-geo}
[ $# -ge 2 ] && shift 2 || shift 1
mkdir -p "$build/geo-eval"
for f in seeds geovirus lgl; do
  [ -f "$eval_dir/$f.jsonl" ] || continue
  "$build/bin/geo_run" "$eval_dir/$f.jsonl" "$build/geo-eval/$f.jsonl" "$@" 2>"$build/geo-eval/$f.log"
  printf '%-9s %s   (%s)\n' "$f" "$(python3 "$eval_dir/score.py" "$eval_dir/$f.jsonl" "$build/geo-eval/$f.jsonl" | tail -1)" \
    "$(tail -1 "$build/geo-eval/$f.log")"
done
