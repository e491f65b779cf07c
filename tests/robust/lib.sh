# Helpers shared by the robustness scripts (sourced). Each case starts from a fresh copy of the
# fixture site (tests/fixtures/mini) and the real templates in $work, breaks something, runs
# guide, and checks: the exit status, the exact diagnostics (file:line:col: error: ...), the
# error count, and that the site built before all cases is byte-identical (nothing lost, nothing
# half-written, no staging folder left behind).
set -uo pipefail
guide=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$root/templates" templates.good
mkdir -p assets && cp -r "$root/assets/." assets/
failures=0
cases=0
current=""

reset() {
  rm -rf content templates
  cp -r "$root/tests/fixtures/mini" content
  cp -r templates.good templates
}

site_sums() { (cd site && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# A good site first: every failing case must leave it exactly as it is.
reset
if ! "$guide" build --content content --templates templates --assets assets --out site >/dev/null; then
  echo "FAIL: the fixture site does not build"; exit 1
fi
site_sums >good.sums

fail() {
  echo "FAIL [$current]: $*"
  failures=$((failures + 1))
}

begin() {
  current=$1
  cases=$((cases + 1))
  reset
}

run_build() {
  "$guide" build --content content --templates templates --assets assets --out "${OUT:-site}" "$@" \
    >out.txt 2>err.txt
  status=$?
}
run_check() {
  "$guide" check --content content --templates templates --assets assets "$@" >out.txt 2>err.txt
  status=$?
}

# expect_errors N LINE... : non-zero exit, exactly N errors listed and counted, every LINE
# present in stderr (a full line, e.g. "content/x.md:3:1: error: ..." or a note), the site
# untouched.
expect_errors() {
  local n=$1
  shift
  local before=$failures
  [ "$status" -ne 0 ] || fail "exit status 0, expected failure"
  local listed
  listed=$(grep -c ': error: ' err.txt)
  [ "$listed" -eq "$n" ] || fail "$listed errors listed, expected $n"
  grep -qE "^$n errors?(;|$)" err.txt || fail "no summary line '$n error(s)'"
  local line
  for line in "$@"; do
    grep -qFx -- "$line" err.txt || fail "missing line: $line"
  done
  expect_site_untouched
  if [ $failures -ne $before ]; then echo "--- stderr:"; sed 's/^/    /' err.txt | head -40; fi
}

expect_site_untouched() {
  site_sums >now.sums
  cmp -s good.sums now.sums || fail "site/ changed: $(diff good.sums now.sums | head -5)"
  local left
  left=$(find . -maxdepth 2 -name '.*.new.*' -o -maxdepth 2 -name '.*.old.*' | head -3)
  [ -z "$left" ] || fail "staging folders left behind: $left"
}

finish() {
  if [ $failures -eq 0 ]; then
    echo "$(basename "$0"): $cases cases passed"
    exit 0
  fi
  echo "$(basename "$0"): $failures failures in $cases cases"
  exit 1
}
