#!/usr/bin/env bash
# Benchmark: `guide index` against lunr.js (node) on the same synthetic French pages.
# Prints wall time, CPU time and peak RSS of each, the speed ratio (target: guide at least 30×
# faster on 2,000 pages), the index size (raw and gzip), and checks that both outputs are
# byte-identical.
# Usage: tests/bench/index_bench.sh [PAGES="2000 5000"] [GUIDE=build/guide] [BASELINE]
#   (from anywhere). BASELINE: another guide binary (e.g. main's), measured on the same input.
# Each tool runs once per round, in turn (interleaved), ROUNDS times (default 3); the figures
# are those of each tool's fastest round. Wall time is what the ratio uses; on a shared machine
# compare the cpu column too.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${1:-2000 5000}
GUIDE=$(realpath "${2:-build/guide}")
BASELINE=${3:+$(realpath "$3")}
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

measure() {  # name, output file, command...: appends "wall cpu rss_kb" to $WORK/name.runs
  local name=$1 out=$2
  shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/$name.time" "$@" >"$out"
  read -r wall user sys rss <"$WORK/$name.time"
  echo "$wall $(echo "$user + $sys" | bc -l) $rss" >>"$WORK/$name.runs"
}

best() {  # name: "wall cpu rss_mb" of the fastest run
  sort -n "$WORK/$1.runs" | head -1 | awk '{ printf "%.3f %.2f %.1f\n", $1, $2, $3 / 1024 }'
}

for PAGES in $SIZES; do
  node -e '
    const { syntheticPages } = require("./tests/node/french-corpus.js");
    const pages = syntheticPages(+process.argv[1], 5000, 400, 800);
    require("fs").writeFileSync(process.argv[2], JSON.stringify(pages));
    const words = pages.reduce((n, p) => n + p.body.split(/\s+/).length, 0);
    console.log(`corpus: ${pages.length} pages, ${words} body words, ` +
                `${require("fs").statSync(process.argv[2]).size} bytes of JSON`);
  ' "$PAGES" "$WORK/docs.json"
  tools=(guide lunr.js)
  [ -n "$BASELINE" ] && tools+=(baseline)
  for t in "${tools[@]}"; do : >"$WORK/$t.runs"; done
  for ((r = 1; r <= ROUNDS; r++)); do
    measure guide "$WORK/guide.txt" "$GUIDE" index "$WORK/docs.json"
    measure lunr.js "$WORK/lunr.txt" node tests/node/lunr-reference.js "$WORK/docs.json"
    [ -n "$BASELINE" ] && measure baseline "$WORK/baseline.txt" "$BASELINE" index "$WORK/docs.json"
  done
  for t in "${tools[@]}"; do
    read -r wall cpu mb < <(best "$t")
    printf '%-8s wall %7.3f s   cpu (user+sys) %6.2f s   peak RSS %7.1f MB\n' "$t" "$wall" "$cpu" "$mb"
    echo "$wall" >"$WORK/$t.secs"
  done
  printf 'speed ratio (lunr.js / guide) on %s pages: %.1fx\n' "$PAGES" \
    "$(echo "$(cat "$WORK/lunr.js.secs") / $(cat "$WORK/guide.secs")" | bc -l)"
  [ -n "$BASELINE" ] && printf 'speed ratio (baseline / guide): %.2fx\n' \
    "$(echo "$(cat "$WORK/baseline.secs") / $(cat "$WORK/guide.secs")" | bc -l)"
  printf 'index size: %d bytes raw, %d bytes gzip -9\n' \
    "$(wc -c <"$WORK/guide.txt")" "$(gzip -9 -c "$WORK/guide.txt" | wc -c)"
  if cmp -s "$WORK/guide.txt" "$WORK/lunr.txt"; then
    echo "outputs: byte-identical"
  else
    echo "outputs: DIFFERENT" && exit 1
  fi
  echo
done
