#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer with libstdc++'s
# assertions (-D_GLIBCXX_ASSERTIONS): configures and builds the sanitize preset (the dev preset
# with line tables only, which is all a report needs to name file and line, at two thirds of
# the compile time), then runs the tests, the leafpress program they start included (hostile
# input, crashes, the gate). Any sanitizer report fails the run. Time limits are not checked
# in this build (tests/test_support/time_limits.hpp): it runs many times slower.
# Without options, these are left out, having run unsanitized in scripts/test.sh:
# - the tests labelled print: they spend their time in LuaLaTeX and Apache FOP, which the
#   sanitizers do not see (the leafpress side of a PDF build still runs sanitized in the crash
#   tests, PdfInterrupt);
# - the tests labelled browser: their time is Chromium's;
# - HostileBig.* (a million-entry catalog, 50 MB of statement) and
#   CrashFixture.KilledAfterEveryNumberOfWrites (one build killed at each of its writes): sizes
#   and repetitions over code the rest of the suite and the fuzzers run sanitized, at five
#   minutes of the run under ASan.
# Usage: scripts/ci_sanitizers.sh [ctest options…, e.g. nothing but -j2 to run every test]
#        LEAFPRESS_SANITIZE_BUILD_DIR=dir to build elsewhere than build/sanitize.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_SANITIZE_BUILD_DIR:-build/sanitize}"

cmake --preset sanitize -B "$build" >/dev/null
cmake --build "$build" -j "$(nproc)"
# detect_leaks: the tests and leafpress must not leak; abort_on_error gives a core-style exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
if [ $# -eq 0 ]; then set -- -LE '^(print|browser)$' -E '^(HostileBig\.|CrashFixture\.KilledAfterEveryNumberOfWrites$)'; fi
ctest --test-dir "$build" -j "$(nproc)" --output-on-failure "$@"
