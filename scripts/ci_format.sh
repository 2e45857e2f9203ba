#!/usr/bin/env bash
# Checks that the C++ files of pipeline/, tests/ and bench/ follow .clang-format (clang-format
# 16); prints each difference and fails if any file would change. Formats nothing.
# Usage: scripts/ci_format.sh [files…, default: every tracked .cpp and .hpp there]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'pipeline/*.cpp' 'pipeline/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
    'bench/*.cpp' 'bench/*.hpp' | grep -v '^tests/data/')
fi
# Eight files per call, one call per core.
if ! printf '%s\0' "${files[@]}" | xargs -0 -n 8 -P "$(nproc)" clang-format-16 --style=file --dry-run --Werror; then
  echo "ci_format: the files above do not follow .clang-format (clang-format-16 -i FILE fixes one)" >&2
  exit 1
fi
echo "ci_format: ${#files[@]} files follow .clang-format"
