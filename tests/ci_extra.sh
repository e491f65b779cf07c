#!/usr/bin/env bash
# Extra checks CI runs after the main ctest (budget: ~8 minutes on 2 cores):
#   1. the unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (gcc, preset
#      `sanitize`, build-sanitize/);
#   2. every libFuzzer target for FUZZ_SECONDS (default 60) each, two at a time (clang,
#      build-fuzz/, tests/fuzz/run_fuzzers.sh).
# Fails on any test failure, sanitizer report, crash or hang. Prints each step's duration.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { echo "ci_extra: $1 ($(( $(date +%s) - start )) s)"; }

step "sanitizer build"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j2 --target guide_unit_tests
step "sanitizer unit tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset sanitize
step "fuzzers"
FUZZ_JOBS=${FUZZ_JOBS:-2} tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-60}"
step "done"
