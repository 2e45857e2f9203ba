#!/usr/bin/env bash
# The test suite: install what is needed, build with the tests (ci preset) and run every
# test through CTest, the browser and print renders included.
# Usage: sudo scripts/test.sh [ctest options…, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)" "$@"
