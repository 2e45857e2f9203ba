#!/usr/bin/env bash
# Browser tests: writes pages with the HTML writer into a temporary folder, then checks them
# in headless Chromium. Usage: run_browser_tests.sh BROWSER_PAGES_PROGRAM ARTIFACT_DIR
# Exit 77 (skipped) when node, npm or Chromium is missing.
set -uo pipefail
program=$1
artifacts=$2
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIP: node/npm not found; the browser tests need Node.js with npm"
  exit 77
fi
if [ ! -x "${LEAFPRESS_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "SKIP: ${LEAFPRESS_CHROMIUM:-/usr/bin/chromium} not found; run scripts/setup.sh"
  exit 77
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  # The locked version from package-lock.json; no browser download (Debian's Chromium is used).
  if ! (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts); then
    echo "SKIP: could not install playwright-core with npm ci in tests/browser"
    exit 77
  fi
fi

pages=$(mktemp -d "${TMPDIR:-/tmp}/leafpress-pages-XXXXXX")
trap 'rm -rf "$pages"' EXIT
"$program" "$pages" || exit $?
mkdir -p "$artifacts"
node "$here/check_pages.mjs" "$pages" "$artifacts/screenshots"
