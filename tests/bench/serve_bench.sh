#!/usr/bin/env bash
# Benchmark (not a test): `guide serve`'s latency from saving a page to serving its new version,
# on the real guide and on the 5,000-page chaptered corpus (targets: under 100 ms and 300 ms).
# usage: tests/bench/serve_bench.sh [GUIDE] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export GUIDE_EXE=$(realpath "${1:-$root/build/guide}")
rounds=${2:-15}
work=$(mktemp -d /dev/shm/guide-serve-bench.XXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"
node tests/bench/serve_bench.js "$root/content" pages/impacts/environnement.md \
  impacts/environnement.html "$rounds"
python3 tests/bench/make_corpus.py "$work/corpus" 5000
node tests/bench/serve_bench.js "$work/corpus" pages/chapitre-024/page-050.md \
  chapitre-024/page-050.html "$rounds"
