#!/usr/bin/env bash
# Benchmark (not a test): wall time, pages/s and peak memory of `guide build` on synthetic
# French corpora of 1,000 and 5,000 pages, written to tmpfs (/dev/shm) so that the disk's
# per-file cost does not hide the CPU work. usage: tests/bench/site_bench.sh [build/guide]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
guide=${1:-$root/build/guide}
work=$(mktemp -d /dev/shm/guide-bench.XXXX)
trap 'rm -rf "$work"' EXIT
printf '%-8s %10s %10s %12s\n' pages wall_s pages_per_s peak_rss_MB
for n in 1000 5000; do
  python3 "$root/tests/bench/make_corpus.py" "$work/c$n" "$n"
  best=999999; rss=0
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$guide" build --content "$work/c$n" \
      --templates "$root/templates" --assets "$root/assets" --out "$work/site$n" >/dev/null
    read -r wall kb < "$work/time"
    best=$(python3 -c "print(min($best, $wall))"); rss=$kb
  done
  printf '%-8s %10s %10.0f %12.1f\n' "$n" "$best" "$(python3 -c "print($n / max($best, 0.001))")" \
    "$(python3 -c "print($rss / 1024)")"
done
