#!/usr/bin/env bash
# install_test.sh BUILD_DIR SOURCE_DIR [CXX_FLAGS]: the out-of-tree plugin flow a plugin author follows.
set -euo pipefail
build=$1
src=$2
cxx_flags=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== install to a fresh prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/newspipe include/newspipe/sdk.hpp include/newspipe/testing.hpp \
         lib/cmake/newspipe/newspipeConfig.cmake lib/newspipe/plugins/clean.so; do
  [ -e "$work/prefix/$f" ] || fail "the install has no $f"
done

echo "== build samples/custom-plugin against it, out of tree"
cmake -S "$src/samples/custom-plugin" -B "$work/plugin" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_FLAGS="$cxx_flags" >/dev/null
cmake --build "$work/plugin" -j 2 >/dev/null
ctest --test-dir "$work/plugin" --output-on-failure
[ -f "$work/plugin/readtime.so" ] || fail "no readtime.so was built"

np="$work/prefix/bin/newspipe"
echo "== the installed host finds its built-in plugins with no environment variable"
env -i "$np" plugins | grep -q '^clean ' || fail "newspipe plugins does not list clean"

cat > "$work/night.toml" <<TOML
[pipeline]
plugin_path = ["$work/plugin"]
[input]
paths = ["$src/samples/articles"]
[output]
path = "$work/out/articles.jsonl"
[state]
path = "$work/state"
[[stages]]
plugin = "clean"
[[stages]]
plugin = "readtime"
[stages.options]
words_per_minute = 200
[[stages]]
plugin = "summarize"
[[stages]]
plugin = "geo"
TOML

echo "== describe shows the custom plugin's options like a built-in one's"
"$np" describe readtime --config "$work/night.toml" | grep -q 'words_per_minute (int, default 230' ||
  fail "describe readtime does not show its options"

echo "== run the pipeline with the custom stage between built-in ones"
"$np" run "$work/night.toml" 2>"$work/log" || fail "run exited with $? ($(cat "$work/log"))"
lines=$(wc -l <"$work/out/articles.jsonl")
[ "$lines" -eq 6 ] || fail "expected 6 articles, got $lines"
n=$(grep -c '"readtime":{"words":[0-9]*,"minutes":[0-9]*,"short":' "$work/out/articles.jsonl")
[ "$n" -eq 6 ] || fail "only $n articles carry readtime results"
grep -q '"summarize":{"sentences":' "$work/out/articles.jsonl" || fail "no summary in the output"
grep -q '"readtime"' "$work/out/report.json" || fail "the report has no readtime stage"

echo "== a TOML edit, no rebuild: change an option and disable the stage"
sed -i 's/words_per_minute = 200/words_per_minute = 50/' "$work/night.toml"
"$np" run "$work/night.toml" --output "$work/out/fast.jsonl" 2>/dev/null
cmp -s "$work/out/articles.jsonl" "$work/out/fast.jsonl" && fail "changing words_per_minute changed nothing"
"$np" run "$work/night.toml" --output "$work/out/off.jsonl" --set stages.readtime.enabled=false 2>/dev/null
grep -q '"readtime"' "$work/out/off.jsonl" && fail "a disabled stage still ran"
echo "install test passed"
