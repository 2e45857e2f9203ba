#!/usr/bin/env bash
# Regenerates the README's leaflet images: the front and back pages (docs/images/leaflet-<lang>-
# front.png, -back.png) of each language's seed leaflet from `leafpress build --proof --pdf` on a
# copy of the repository's project, given an example design: the project's name as masthead,
# a colour, a call to action, a contact line (example.org) and the web address the QR code
# opens. Bengali and Urdu have no translation of the seed statement: their images are the
# print tests' leaflets (neutral Bengali sentences, the UDHR in Urdu), made by the
# udhr_pdf_tests binary. Usage: scripts/leaflet_images.sh [LANG…] (default: ta ar zh-Hans bn ur).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEAFPRESS_BUILD:-$root/build/ci}
exe=${LEAFPRESS:-$build/leafpress}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(ta ar zh-Hans bn ur)
cp -r "$root/leafpress.toml" "$root/source-docs" "$root/locales" "$work/"
cat >>"$work/leafpress.toml" <<'TOML'

[web]
base_url = "https://example.org/statements/"

[brand]
name = "Lewisham statements"
colour = "cmyk(1, 0.45, 0, 0.1)"
call_to_action = "Read this statement in your language online"
contact = "Write to us: contact@example.org"
TOML
"$exe" -C "$work" build --proof --pdf >/dev/null
tests_made=0
for lang in "${langs[@]}"; do
  pdf="$work/output/proof/$lang/community-and-diversity.pdf"
  if [ ! -f "$pdf" ]; then
    if [ "$tests_made" = 0 ]; then
      "$build/tests/print/udhr_pdf_tests" --gtest_filter='UdhrPdf.TextLayer*' >/dev/null
      tests_made=1
    fi
    pdf="$build/print-artifacts/udhr/$lang.pdf"
  fi
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$pdf" "$root/docs/images/leaflet-$lang-front"
  pdftoppm -r 60 -png -f "$pages" -l "$pages" -singlefile "$pdf" "$root/docs/images/leaflet-$lang-back"
done
