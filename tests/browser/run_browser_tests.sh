#!/usr/bin/env bash
# Browser tests: writes the UDHR pages with the HTML writer and builds a copy of the
# repository's project (the seed statement in every language, the indexes, the sitemap) into
# a temporary folder, then checks every page in headless Chromium.
# Usage: run_browser_tests.sh BROWSER_PAGES_PROGRAM LEAFPRESS_PROGRAM ARTIFACT_DIR
# Nothing is skipped: a missing Node.js, npm or Chromium is a failure (scripts/setup.sh
# installs them).
set -uo pipefail
program=$1
leafpress=$2
artifacts=$3
here=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$here/../.." && pwd)

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "FAIL: node or npm not found; run scripts/setup.sh (installs Debian's nodejs and npm)"
  exit 1
fi
if [ ! -x "${LEAFPRESS_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "FAIL: ${LEAFPRESS_CHROMIUM:-/usr/bin/chromium} not found; run scripts/setup.sh"
  exit 1
fi
source "$here/npm_ci.sh"
if ! browser_npm_ci; then
  echo "FAIL: npm ci in tests/browser could not install playwright-core and axe-core"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/leafpress-pages-XXXXXX")
trap 'rm -rf "$work"' EXIT
"$program" "$work/udhr" || exit 1
mkdir -p "$work/seed"
cp -R "$repository/leafpress.toml" "$repository/source-docs" "$repository/locales" "$work/seed/"
"$leafpress" -q -C "$work/seed" build || { echo "FAIL: leafpress build of the repository's project"; exit 1; }
mkdir -p "$artifacts"
node "$here/check_pages.mjs" "$artifacts/screenshots" "$work/udhr" "$work/seed/output/html"
