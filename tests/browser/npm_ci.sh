# Sourced by the browser tests and scripts/screenshots.sh: installs tests/browser's locked npm
# packages (playwright-core, axe-core) with npm ci when the lock changed since the last install;
# no browser download (Debian's Chromium is used). Returns non-zero on failure.
browser_npm_ci() {
  local folder
  folder=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if cmp -s "$folder/package-lock.json" "$folder/node_modules/.leafpress-lock.json"; then return 0; fi
  (cd "$folder" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts) || return 1
  cp "$folder/package-lock.json" "$folder/node_modules/.leafpress-lock.json"
}
