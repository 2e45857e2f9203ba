#!/usr/bin/env bash
# clang-tidy (16) over pipeline/ with the checks in .clang-tidy, using the compile commands of
# the ci preset; any finding fails the run (WarningsAsErrors: '*').
# Usage: scripts/ci_tidy.sh [file regex, default: every pipeline/ source]
#        LEAFPRESS_TIDY_BUILD_DIR=dir for the compile commands instead of build/ci.
#        LEAFPRESS_TIDY_BASE=ref checks only the pipeline/ sources changed since the branch left
#        ref (a branch's CI); every source when a header or .clang-tidy changed, since a header's
#        findings show through the sources that include it.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_TIDY_BUILD_DIR:-build/ci}"
filter="${1:-$PWD/pipeline/.*\.cpp$}"
if [ $# -eq 0 ] && [ -n "${LEAFPRESS_TIDY_BASE:-}" ]; then
  changed=$(git diff --name-only "$(git merge-base HEAD "$LEAFPRESS_TIDY_BASE")" -- pipeline .clang-tidy)
  if ! grep -qE '\.(hpp|h)$|^\.clang-tidy$' <<<"$changed"; then
    sources=$(grep -E '^pipeline/.*\.cpp$' <<<"$changed" | while read -r f; do [ -f "$f" ] && echo "$f"; done || true)
    if [ -z "$sources" ]; then
      echo "ci_tidy: no pipeline/ source changed since $LEAFPRESS_TIDY_BASE"
      exit 0
    fi
    # run-clang-tidy takes regexes: anchor each changed file's full path.
    filter=$(sed -e "s|^|^$PWD/|" -e 's|\.|\\.|g' -e 's|$|$|' <<<"$sources" | paste -sd'|')
    echo "ci_tidy: $(wc -l <<<"$sources") source(s) changed since $LEAFPRESS_TIDY_BASE"
  fi
fi

cmake --preset ci -B "$build" >/dev/null
# clang-tidy needs the same inputs as the compiler; nothing generated is used, so the compile
# commands are enough (no build).
# The compile commands are GCC's: clang 16 spells C++23 "c++2b" and does not know some of GCC's
# warning options; it needs __cpp_concepts raised to see libstdc++'s std::expected (see
# cmake/LeafpressStdExpected.cmake).
run-clang-tidy-16 -quiet -clang-tidy-binary clang-tidy-16 -p "$build" -j "$(nproc)" \
  -extra-arg=-std=c++2b -extra-arg=-Wno-unknown-warning-option \
  -extra-arg=-U__cpp_concepts -extra-arg=-D__cpp_concepts=202002L \
  -header-filter="$PWD/pipeline/.*" "$filter"
