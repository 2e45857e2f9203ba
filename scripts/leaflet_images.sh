#!/usr/bin/env bash
# Regenerates the README's leaflet images (docs/images/leaflet-<lang>.png): the first page of
# each language's seed leaflet from `leafpress build --proof --pdf` on a copy of the
# repository's project. Usage: scripts/leaflet_images.sh [LANG…] (default: ta ar zh-Hans).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${LEAFPRESS:-$root/build/ci/leafpress}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/leafpress.toml" "$root/source-docs" "$root/locales" "$work/"
"$exe" -C "$work" build --proof --pdf >/dev/null
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(ta ar zh-Hans)
for lang in "${langs[@]}"; do
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/output/print/$lang/community-and-diversity.pdf" \
    "$root/docs/images/leaflet-$lang"
done
