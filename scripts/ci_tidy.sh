#!/usr/bin/env bash
# clang-tidy (16) over pipeline/ with the checks in .clang-tidy, using the compile commands of
# the ci preset; any finding fails the run (WarningsAsErrors: '*').
# Usage: scripts/ci_tidy.sh [file regex, default: every pipeline/ source]
#        LEAFPRESS_TIDY_BUILD_DIR=dir for the compile commands instead of build/ci.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_TIDY_BUILD_DIR:-build/ci}"
filter="${1:-$PWD/pipeline/.*\.cpp$}"

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
