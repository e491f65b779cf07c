#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for SECONDS (default 60).
# Fails on any crash, leak, hang (a single input taking over 10 s), out-of-memory or sanitizer
# report; the input that triggered it is kept in build-fuzz/fuzz-artifacts/.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]      e.g. run_fuzzers.sh 60 expr bank
# FUZZ_JOBS=N runs N targets at a time (default: 1 per 2 cores).
set -euo pipefail
seconds=${1:-60}
shift || true
# A target name given first would be read as the time, and libFuzzer would then run unbounded.
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
  echo "run_fuzzers.sh: SECONDS comes first and must be a number (got '$seconds'), e.g. run_fuzzers.sh 60 page" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(expr bank page answers)

cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DGUIDE_MIMALLOC=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGUIDE_FUZZ=ON -DGUIDE_BUILD_WASM=OFF >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

# Seeds: the guide's own pages and banks, hand-written expressions and answers files. Each
# target gets a fresh working corpus copied from them (so the repository stays clean) to which
# libFuzzer adds what it finds.
seeds() {
  case $1 in
    expr)    echo "$root/tests/fuzz/seeds/expr" ;;
    bank)    echo "$root/content/banks $root/tests/fixtures/banks $root/tests/fixtures/mini/banks" ;;
    page)    echo "$root/content/pages $root/tests/fixtures/mini/pages" ;;
    answers) echo "$root/tests/fuzz/seeds/answers" ;;
  esac
}

artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
run_one() {
  local t=$1 corpus=$build/fuzz-corpus/$1 log=$build/fuzz-$1.log
  rm -rf "$corpus"; mkdir -p "$corpus"
  for d in $(seeds "$t"); do find "$d" -type f -exec cp -t "$corpus" {} + 2>/dev/null || true; done
  # Pages and banks from different folders may share a name: cp keeps one, which is enough.
  local dict=()
  [ -f "$root/tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
  local status=0
  "$build/tests/fuzz_$t" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" "$corpus" \
    >"$log" 2>&1 || status=$?
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  if [ $status -ne 0 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
    echo "fuzz_$t: FAILED after $runs runs (exit $status); log: $log"
    grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -20
    return 1
  fi
  echo "fuzz_$t: ok, $runs runs in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
}

jobs=${FUZZ_JOBS:-$(( ($(nproc) + 1) / 2 ))}
failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  run_one "$t" & pids+=($!); names+=("$t")
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
done
for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed=1; done
exit $failed
