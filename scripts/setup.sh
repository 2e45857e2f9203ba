#!/usr/bin/env bash
# Installs what leafpress needs to build, run and test, from Debian 12's packages.
# Idempotent and quick when everything is present. Run as root or through sudo.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config ninja-build
  libicu-dev libboost-locale-dev libtinyxml2-dev libfmt-dev libcli11-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libzip-dev
  libtomlplusplus-dev libxxhash-dev nettle-dev libqrencode-dev libgtest-dev libgmock-dev libbenchmark-dev
  # pictures for print: PNG, JPEG and GIF decoded, converted to CMYK (Little CMS), JPEG written
  libpng-dev libjpeg-dev libgif-dev liblcms2-dev
  # the program's heap (pipeline/cli/heap.cpp)
  libjemalloc-dev
  # tests: the layering check and the corpus generator are Python scripts
  python3
  # catalogs: GNU gettext is the oracle in tests
  gettext
  # print: the typesetter (LuaLaTeX with fontspec and babel), fonts, a CMYK profile
  texlive-luatex texlive-latex-recommended fonts-noto-core fonts-noto-cjk libgs-common
  # print: the [brand] logo made a picture (SVG to PDF, PDF to PNG; picture/ makes it CMYK)
  librsvg2-bin poppler-utils
  # print: TeX Live's hyphenation patterns for the print languages (Tamil and Bengali are in
  # -other; Somali, Vietnamese and the Arabic-script languages have none)
  texlive-lang-european texlive-lang-spanish texlive-lang-portuguese texlive-lang-italian
  texlive-lang-french texlive-lang-polish texlive-lang-cyrillic texlive-lang-other
  # print tests: PDF tools, zlib to read the text colours from the PDFs' content streams, and
  # Apache FOP to render the XSL-FO (the FO is not what the PDF step typesets)
  poppler-utils qpdf zlib1g-dev fop
  # print tests: the QR code read back from the page image
  zbar-tools
  # browser tests (headless Chromium; fonts-noto-core above for every script) and fuzzing
  chromium clang-16 libclang-rt-16-dev clang-tidy-16
  # XLIFF tests: xmllint validates exports against the OASIS schemas; Translate Toolkit
  # (xliff2po, po2xliff) is the outside tool that reads and writes them
  libxml2-utils translate-toolkit
  # format check (scripts/ci_format.sh)
  clang-format-16
)
# Peers measured by the benchmarks (bench/run.sh); not needed to build or test.
if [ "${LEAFPRESS_BENCH_PEERS:-0}" = 1 ]; then
  packages+=(po4a time hyperfine)
fi

# Node.js (18 or later) and npm run the browser tests (playwright-core, axe-core from
# tests/browser/package-lock.json). A machine image may bring its own Node.js, as a nodejs
# package from another repository that includes npm: Debian's npm would conflict with it, so
# Debian's nodejs and npm are installed only when no Node.js is there.
if ! command -v node >/dev/null; then
  packages+=(nodejs npm)
elif ! command -v npm >/dev/null; then
  if dpkg-query -W -f='${Version}' nodejs 2>/dev/null | grep -q nodesource; then
    echo "leafpress setup: this Node.js ($(command -v node)) has no npm; install its npm to run the browser tests" >&2
    exit 1
  fi
  packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "leafpress setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
