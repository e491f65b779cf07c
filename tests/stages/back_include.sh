#!/usr/bin/env bash
# The build enforces the pipeline's direction (CMakeLists.txt, guide_stage): a stage compiles
# against an include root holding only its own folder and those of the stages it uses. Proof on
# one back-arrow: render/ cannot include a header of layout/ (a later stage), while layout/ can.
# Usage: back_include.sh CXX STAGE_INCLUDE_ROOT
set -uo pipefail
cxx=$1 root=$2
probe='#include "layout/page_layout.h"'
compile() { echo "$probe" | "$cxx" -std=c++17 -fsyntax-only -I "$root/$1" -x c++ - 2>&1; }

if ! out=$(compile layout); then
  echo "FAIL: layout/ should see its own header:"; echo "$out"; exit 1
fi
if out=$(compile render); then
  echo "FAIL: render/ compiled an include of layout/, a later stage"; exit 1
fi
grep -q "layout/page_layout.h: No such file" <<<"$out" || { echo "FAIL: unexpected error:"; echo "$out"; exit 1; }
echo "ok: render/ cannot include layout/page_layout.h; layout/ can"
