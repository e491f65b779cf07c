#!/usr/bin/env bash
# Golden test of a small fixture site, and determinism: the fixture is built twice into two
# folders; both builds must be byte-identical, and the HTML must match tests/golden/mini/.
# UPDATE_GOLDEN=1 rewrites the expected files after a deliberate change (review the diff).
set -euo pipefail
guide=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
"$guide" build --content tests/fixtures/mini --out "$work/a" >/dev/null
"$guide" build --content tests/fixtures/mini --out "$work/b" >/dev/null
if ! diff -r "$work/a" "$work/b" >/dev/null; then
  echo "FAIL: two builds of the same input differ:"; diff -rq "$work/a" "$work/b"; exit 1
fi
expected=tests/golden/mini
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  rm -rf "$expected"; mkdir -p "$expected"
  (cd "$work/a" && find . -name '*.html' | while read -r f; do mkdir -p "$root/$expected/$(dirname "$f")"; cp "$f" "$root/$expected/$f"; done)
  echo "golden files updated"; exit 0
fi
status=0
for f in $(cd "$expected" && find . -name '*.html' | sort); do
  if ! diff -u "$expected/$f" "$work/a/$f" > "$work/diff" 2>&1; then
    echo "FAIL: $f differs from the golden file:"; head -40 "$work/diff"; status=1
  fi
done
actual=$(cd "$work/a" && find . -name '*.html' | sort)
wanted=$(cd "$expected" && find . -name '*.html' | sort)
[ "$actual" = "$wanted" ] || { echo "FAIL: the set of pages changed"; diff <(echo "$wanted") <(echo "$actual") || true; status=1; }
[ $status = 0 ] && echo "golden: $(echo "$wanted" | wc -l) pages identical, builds deterministic"
exit $status
