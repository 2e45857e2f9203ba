#!/usr/bin/env bash
# Installs what leafpress needs to build, run and test, from Debian 12's packages.
# Idempotent and quick when everything is present. Run as root or through sudo.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config ninja-build
  libicu-dev libboost-locale-dev libtinyxml2-dev libfmt-dev libcli11-dev libcmark-dev
  libtomlplusplus-dev libxxhash-dev libgtest-dev libgmock-dev libbenchmark-dev
  # catalogs: GNU gettext is the oracle in tests
  gettext
  # print: the typesetter (LuaLaTeX with fontspec and babel), fonts, a CMYK profile
  texlive-luatex texlive-latex-recommended fonts-noto-core fonts-noto-cjk libgs-common
  # print: TeX Live's hyphenation patterns for the print languages (Tamil and Bengali are in
  # -other; Somali, Vietnamese and the Arabic-script languages have none)
  texlive-lang-european texlive-lang-spanish texlive-lang-portuguese texlive-lang-italian
  texlive-lang-french texlive-lang-polish texlive-lang-cyrillic texlive-lang-other
  # print tests: PDF tools, and zlib to read the text colours from the PDFs' content streams
  poppler-utils qpdf zlib1g-dev
  # browser tests and fuzzing
  chromium clang libclang-rt-14-dev clang-tidy-14
)
# Peers measured by the benchmarks (bench/run.sh); not needed to build or test.
if [ "${LEAFPRESS_BENCH_PEERS:-0}" = 1 ]; then
  packages+=(po4a translate-toolkit time hyperfine)
fi

# Node.js and npm (for the browser tests' playwright-core) come with the machine image;
# Debian's nodejs would conflict with that one, so only report their absence.
command -v npm >/dev/null || echo "leafpress setup: npm not found; browser tests will be skipped" >&2

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
