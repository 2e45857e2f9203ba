#!/usr/bin/env bash
# The main job: install what is needed, build leafpress (release) and run `leafpress build`
# over this repository's project (source-docs/ → locales/ → output/).
# Usage: sudo scripts/build.sh [leafpress build options…]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec ./build/release/leafpress build "$@"
