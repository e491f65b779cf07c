#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a built site: installs what is missing (Debian
# packages, pinned npm packages), builds the generator and the WebAssembly core, generates site/.
# Run it again: it installs nothing new, rebuilds only what changed, and regenerates site/.
set -euo pipefail
cd "$(dirname "$0")"

DEBIAN_PACKAGES=(
  cmake g++ make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev nlohmann-json3-dev doctest-dev
  libkainjow-mustache-dev libstemmer-dev libmimalloc-dev libcpp-httplib-dev libsimdjson-dev
  emscripten binaryen nodejs node-acorn
  chromium firefox-esr poppler-utils
  libreoffice-writer-nogui
  clang libclang-rt-14-dev
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm may come from Debian or from a Node.js distribution: only ask for it when there is none.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "build.sh: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages, exactly as pinned in package-lock.json; skipped when already in place.
if ! cmp -s package-lock.json node_modules/.guide-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.guide-installed-lock
fi

# The browser libraries the site ships, copied from the pinned packages (never a CDN).
mkdir -p assets/vendor
for f in node_modules/lunr/lunr.min.js \
         node_modules/lunr-languages/min/lunr.stemmer.support.min.js \
         node_modules/lunr-languages/min/lunr.fr.min.js; do
  cmp -s "$f" "assets/vendor/$(basename "$f")" 2>/dev/null || cp "$f" assets/vendor/
done

export NODE_PATH=/usr/share/nodejs
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
build/guide build
