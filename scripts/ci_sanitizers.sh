#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer with libstdc++'s
# assertions (-D_GLIBCXX_ASSERTIONS): configures and builds the dev preset, then runs every
# test, the leafpress program they start included (hostile input, crashes, the gate, print and
# browser tests). Any sanitizer report fails the run. Time limits are not checked in this
# build (tests/test_support/time_limits.hpp): it runs many times slower.
# Usage: scripts/ci_sanitizers.sh [ctest options…]
#        LEAFPRESS_DEV_BUILD_DIR=dir to build elsewhere than build/dev.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_DEV_BUILD_DIR:-build/dev}"

cmake --preset dev -B "$build" >/dev/null
cmake --build "$build" -j "$(nproc)"
# detect_leaks: the tests and leafpress must not leak; abort_on_error gives a core-style exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
ctest --test-dir "$build" -j "$(nproc)" --output-on-failure "$@"
