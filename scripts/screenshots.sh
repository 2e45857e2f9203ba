#!/usr/bin/env bash
# Regenerates the README's web screenshots (docs/images/web-*.png): builds a copy of the
# repository's project with leafpress and photographs the seed statement in Tamil, Arabic,
# Chinese (Traditional) and Somali, and the Tamil index, at 390×844 and 1280×800 in headless
# Chromium. Usage: scripts/screenshots.sh [LEAFPRESS_PROGRAM] (default: the ci preset's build).
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)
leafpress=${1:-}
if [ -z "$leafpress" ]; then
  cmake --preset ci >/dev/null
  cmake --build --preset ci --target leafpress >/dev/null
  leafpress=$repository/build/ci/leafpress
fi
source tests/browser/npm_ci.sh
browser_npm_ci

work=$(mktemp -d "${TMPDIR:-/tmp}/leafpress-screenshots-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R leafpress.toml source-docs locales "$work/"
"$leafpress" -q -C "$work" build
statement=community-and-diversity
node tests/browser/screenshots.mjs "$work/output/html" docs/images \
  "web-ta=ta/$statement.html" "web-ar=ar/$statement.html" "web-zh-Hant=zh-Hant/$statement.html" \
  "web-so=so/$statement.html" "web-index-ta=ta/index.html"
