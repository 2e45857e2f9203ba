#!/usr/bin/env bash
# libFuzzer in CI: configures the fuzz preset (clang, ASan + UBSan), builds every fuzz target
# (tests/fuzz/fuzz_*.cpp) and runs each for a bounded time over its seed corpus
# (tests/fuzz/corpus/<target>/). An input that crashes a target is kept in
# tests/fuzz/regressions/<target>/ (replayed by the replay_fuzz_<target> tests: commit it with
# the fix) and the script exits 1. Inputs found along the way stay in the build folder.
# Usage: scripts/ci_fuzz.sh [seconds per target, default 60]
#        LEAFPRESS_FUZZ_BUILD_DIR=dir to build elsewhere than build/fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${LEAFPRESS_FUZZ_BUILD_DIR:-build/fuzz}"

targets=()
for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

# UBSan only reports by default; a finding must stop the run like a crash does.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
for name in "${targets[@]}"; do
  target="${name#fuzz_}"
  found="$build/fuzz-found/$target"
  kept="tests/fuzz/regressions/$target"
  log="$build/$name.log"
  mkdir -p "$found" "$kept"
  start=$(date +%s)
  if "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$kept/" "$found" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$name: no crash in $(( $(date +%s) - start )) s, $runs inputs run"
  else
    echo "$name: CRASH; the input is kept in $kept/ (log: $log)"
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -20 || true
    status=1
  fi
done
exit "$status"
