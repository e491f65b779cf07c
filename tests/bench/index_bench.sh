#!/usr/bin/env bash
# Benchmark: `guide index` against lunr.js (node) on the same synthetic French pages.
# Prints wall time and peak RSS of each, the speed ratio, and the index size (raw and gzip),
# and checks that both outputs are byte-identical.
# Usage: tests/bench/index_bench.sh [PAGES=5000] [GUIDE=build/guide]   (from the project root)
# Wall time is what the ratio uses; on a shared machine compare the cpu column too.
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGES=${1:-5000}
GUIDE=${2:-build/guide}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

node -e '
  const { syntheticPages } = require("./tests/node/french-corpus.js");
  const pages = syntheticPages(+process.argv[1], 5000, 400, 800);
  require("fs").writeFileSync(process.argv[2], JSON.stringify(pages));
  const words = pages.reduce((n, p) => n + p.body.split(/\s+/).length, 0);
  console.log(`corpus: ${pages.length} pages, ${words} body words, ` +
              `${require("fs").statSync(process.argv[2]).size} bytes of JSON`);
' "$PAGES" "$WORK/docs.json"

measure() {  # name, output file, command...
  local name=$1 out=$2
  shift 2
  /usr/bin/time -v "$@" >"$out" 2>"$WORK/$name.time"
  local wall rss user sys
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/$name.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/$name.time")
  user=$(sed -n 's/.*User time (seconds): //p' "$WORK/$name.time")
  sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/$name.time")
  # m:ss.cc -> seconds
  local secs
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  printf '%-8s wall %7.2f s   cpu (user+sys) %7.2f s   peak RSS %7.1f MB\n' \
    "$name" "$secs" "$(echo "$user + $sys" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  echo "$secs" >"$WORK/$name.secs"
}

measure guide "$WORK/guide.txt" "$GUIDE" index "$WORK/docs.json"
measure lunr.js "$WORK/lunr.txt" node tests/node/lunr-reference.js "$WORK/docs.json"

printf 'speed ratio (lunr.js / guide): %.1fx\n' \
  "$(echo "$(cat "$WORK/lunr.js.secs") / $(cat "$WORK/guide.secs")" | bc -l)"
printf 'index size: %d bytes raw, %d bytes gzip -9\n' \
  "$(wc -c <"$WORK/guide.txt")" "$(gzip -9 -c "$WORK/guide.txt" | wc -c)"
if cmp -s "$WORK/guide.txt" "$WORK/lunr.txt"; then
  echo "outputs: byte-identical"
else
  echo "outputs: DIFFERENT" && exit 1
fi
