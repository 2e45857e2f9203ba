#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer with libstdc++'s
# assertions (-D_GLIBCXX_ASSERTIONS): configures and builds the dev preset, then runs the
# tests, the leafpress program they start included (hostile input, crashes, the gate and the
# browser tests). Any sanitizer report fails the run. Time limits are not checked in this
# build (tests/test_support/time_limits.hpp): it runs many times slower.
# Without options, the tests labelled print are left out: they spend their time in Apache FOP
# (Java, which the sanitizers do not see) and ran unsanitized in scripts/test.sh; the leafpress
# side of a PDF build still runs sanitized in the crash tests (PdfInterrupt).
# Usage: scripts/ci_sanitizers.sh [ctest options…, e.g. nothing but -j2 to run every test]
#        LEAFPRESS_DEV_BUILD_DIR=dir to build elsewhere than build/dev.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_DEV_BUILD_DIR:-build/dev}"

cmake --preset dev -B "$build" >/dev/null
cmake --build "$build" -j "$(nproc)"
# detect_leaks: the tests and leafpress must not leak; abort_on_error gives a core-style exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
if [ $# -eq 0 ]; then set -- -LE '^print$'; fi
ctest --test-dir "$build" -j "$(nproc)" --output-on-failure "$@"
