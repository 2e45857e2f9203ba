# Sourced by the XLIFF interoperability test: installs the locked npm package `xliff` with
# npm ci when the lock changed since the last install. Returns non-zero on failure.
xliff_js_npm_ci() {
  local folder
  folder=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if cmp -s "$folder/package-lock.json" "$folder/node_modules/.leafpress-lock.json"; then return 0; fi
  (cd "$folder" && npm ci --no-audit --no-fund --ignore-scripts) || return 1
  cp "$folder/package-lock.json" "$folder/node_modules/.leafpress-lock.json"
}
