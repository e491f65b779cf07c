#!/usr/bin/env bash
# Benchmark (not a test): wall time, pages/s and peak memory of `guide build` on synthetic French
# corpora of three shapes (tests/bench/make_corpus.py): chaptered (50 folders × 100 pages), flat
# (one folder × 5,000) and deep (5 levels of folders), at 5,000 and 20,000 pages, written to tmpfs
# (/dev/shm) so that the disk's per-file cost does not hide the CPU work.
#
# usage: tests/bench/site_bench.sh [GUIDE [BASELINE_DIR]]
#   GUIDE         the generator to measure (default build/guide), with this checkout's templates
#                 and assets
#   BASELINE_DIR  optional: another version, measured on the same corpora at 5,000 pages (a
#                 quadratic one at 20,000 pages could take the machine's memory): a folder with its
#                 `guide` binary and its own templates/ and assets/, e.g. for main
#                   mkdir /tmp/main && git archive main templates assets | tar -x -C /tmp/main
#                   cp path/to/main/build/guide /tmp/main/
# Environment: SHAPES (default "chaptered flat deep"), SIZES (default "5000 20000"), RUNS (3).
#
# Hugo (Debian package `hugo`) builds the same pages with a minimal theme written by
# make_corpus.py; when it is missing the script installs it if it runs as root, or skips it.
# Every tool runs once per round, in turn (interleaved), so that a busy machine slows them alike;
# each figure is the best of RUNS rounds, and peak memory is that of the same run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
guide=$(realpath "${1:-$root/build/guide}")
baseline=${2:+$(realpath "$2")}
if [ -n "$baseline" ] && [ ! -x "$baseline/guide" ]; then
  echo "site_bench.sh: $baseline/guide not found (BASELINE_DIR holds guide, templates/, assets/)" >&2
  exit 2
fi
shapes=${SHAPES:-chaptered flat deep}
sizes=${SIZES:-5000 20000}
runs=${RUNS:-3}
work=$(mktemp -d /dev/shm/guide-bench.XXXX)
trap 'rm -rf "$work"' EXIT

hugo=$(command -v hugo || true)
if [ -z "$hugo" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's hugo for the comparison" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hugo >/dev/null 2>&1 || true
  hugo=$(command -v hugo || true)
fi
[ -n "$hugo" ] || echo "hugo is not installed (apt-get install hugo): the Hugo column is skipped" >&2

# run NAME OUT_DIR COMMAND...: one build into a fresh OUT_DIR; appends "wall kb" to $work/NAME.
run() {
  local name=$1 out=$2
  shift 2
  rm -rf "$out"
  if /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
    cat "$work/time" >>"$work/$name"
  else
    echo "$name failed:" >&2
    tail -5 "$work/stderr" >&2
    echo "nan 0" >>"$work/$name"
  fi
}

# best NAME: "wall_s peak_MB" of the fastest run.
best() {
  python3 - "$work/$1" <<'EOF'
import math, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
rows = [r for r in rows if not math.isnan(r[0])] or [(float("nan"), 0)]
wall, kb = min(rows)
print(f"{wall:.2f} {kb / 1024:.0f}")
EOF
}

printf '%-10s %6s %-9s %8s %9s %9s\n' shape pages tool wall_s pages_per_s peak_MB
declare -A result
for shape in $shapes; do
  for n in $sizes; do
    corpus="$work/$shape-$n"
    python3 "$root/tests/bench/make_corpus.py" "$corpus" "$n" --shape "$shape" \
      ${hugo:+--hugo "$corpus-hugo"}
    tools=(guide)
    [ -n "$baseline" ] && [ "$n" -le 5000 ] && tools+=(baseline)
    [ -n "$hugo" ] && tools+=(hugo)
    for t in "${tools[@]}"; do : >"$work/$t"; done
    for ((r = 1; r <= runs; r++)); do
      for t in "${tools[@]}"; do
        case $t in
          guide)
            run guide "$work/out" "$guide" build --content "$corpus" --templates "$root/templates" \
              --assets "$root/assets" --out "$work/out" ;;
          baseline)
            run baseline "$work/out" "$baseline/guide" build --content "$corpus" \
              --templates "$baseline/templates" --assets "$baseline/assets" --out "$work/out" ;;
          hugo)
            run hugo "$work/out" "$hugo" --source "$corpus-hugo" --destination "$work/out" --quiet \
              --cacheDir "$work/hugo-cache" ;;
        esac
      done
    done
    for t in "${tools[@]}"; do
      read -r wall mb < <(best "$t")
      result[$shape,$n,$t]=$wall
      result[$shape,$n,$t,mb]=$mb
      printf '%-10s %6s %-9s %8s %9.0f %9s\n' "$shape" "$n" "$t" "$wall" \
        "$(python3 -c "print($n / max($wall, 0.001))")" "$mb"
    done
  done
done

echo
echo "ratios (targets: hugo/guide >= 1.5; 20000/5000 time <= 4.5, memory < 4):"
for shape in $shapes; do
  line="$shape:"
  for n in $sizes; do
    if [ -n "${result[$shape,$n,hugo]:-}" ]; then
      line+=$(python3 -c "print(f' hugo/guide at $n = {${result[$shape,$n,hugo]} / ${result[$shape,$n,guide]}:.1f}x;')")
    fi
    if [ -n "${result[$shape,$n,baseline]:-}" ]; then
      line+=$(python3 -c "print(f' baseline/guide at $n = {${result[$shape,$n,baseline]} / ${result[$shape,$n,guide]}:.1f}x;')")
    fi
  done
  if [[ " $sizes " == *" 5000 "* && " $sizes " == *" 20000 "* ]]; then
    line+=$(python3 -c "print(f' guide 20000/5000: time {${result[$shape,20000,guide]} / ${result[$shape,5000,guide]}:.2f}x, memory {${result[$shape,20000,guide,mb]} / ${result[$shape,5000,guide,mb]}:.2f}x')")
  fi
  echo "$line"
done
