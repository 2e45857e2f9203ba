#!/usr/bin/env bash
# The main job: install what is needed, build leafpress (release) and run `leafpress build`
# over this repository's project (source-docs/ → locales/ → output/).
# Usage: sudo scripts/build.sh [leafpress build options…]
#        sudo scripts/build.sh --prefix P   (build, then install bin/leafpress and its bash
#                                            completion under P, e.g. /usr/local; no batch run)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=""
if [[ "${1:-}" == "--prefix" ]]; then
  [[ -n "${2:-}" ]] || { echo "scripts/build.sh: --prefix needs a folder (e.g. /usr/local)" >&2; exit 2; }
  prefix="$2"
fi
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
if [[ -n "$prefix" ]]; then
  exec cmake --install build/release --prefix "$prefix"
fi
exec ./build/release/leafpress build "$@"
