#!/usr/bin/env bash
# libFuzzer over every fuzz target (tests/fuzz/fuzz_*.cpp), built with the fuzz preset
# (clang, ASan + UBSan).
#
#   scripts/ci_fuzz.sh                    CI: a fixed number of inputs per target from a fixed
#                                         seed, with address randomisation off, so the run is
#                                         the same each time on one machine (another machine,
#                                         with other libraries or limits, may try other inputs;
#                                         a crashing input is kept, below)
#   scripts/ci_fuzz.sh --explore SECONDS  by hand: a random seed for SECONDS per target, with a
#                                         corpus kept in build/fuzz/fuzz-found/ between runs
#
# Both start from the seed corpus (tests/fuzz/corpus/<target>/) and the kept crashers
# (tests/fuzz/regressions/<target>/, replayed by the replay tests of the normal suite). An input
# that crashes a target is written to tests/fuzz/regressions/<target>/: commit it with the fix.
# Environment: LEAFPRESS_FUZZ_BUILD_DIR (default build/fuzz), LEAFPRESS_FUZZ_SEED (default 1),
# LEAFPRESS_FUZZ_SCALE (multiplies the CI input counts, default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LEAFPRESS_FUZZ_BUILD_DIR:-build/fuzz}"
explore=0
seconds=0
if [ "${1:-}" = "--explore" ]; then
  explore=1
  seconds="${2:?usage: scripts/ci_fuzz.sh --explore SECONDS}"
fi
seed="${LEAFPRESS_FUZZ_SEED:-1}"
scale="${LEAFPRESS_FUZZ_SCALE:-1}"

# Inputs per target in CI: about 45 s each on one core of a 2-core machine, where two targets
# run at once (the targets differ a lot in speed: the pipeline target renders every writer for
# each input).
declare -A ci_runs=([picture]=40000 [text_reader]=30000 [markdown_reader]=20000 [po_parser]=30000 [pipeline]=2500 [docx_reader]=40000 [odt_reader]=60000)

targets=()
for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

# Comparisons the fuzzer traces include pointer values, which address-space randomisation
# changes from run to run; without it the same seed runs the same inputs.
fixed_addresses=()
if [ "$explore" = 0 ]; then
  if setarch "$(uname -m)" -R true 2>/dev/null; then
    fixed_addresses=(setarch "$(uname -m)" -R)
  else
    echo "ci_fuzz.sh: cannot turn off address randomisation; the inputs may differ from run to run" >&2
  fi
fi

# UBSan only reports by default; a finding must stop the run like a crash does.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# One target: its report (and, on a crash, a .failed mark) in $build/<name>.report; always
# returns 0, so that the targets running beside it go on.
fuzz_one() {
  local name=$1
  local target="${name#fuzz_}"
  local kept="tests/fuzz/regressions/$target"
  local log="$build/$name.log"
  local corpus runs budget start artifact count
  mkdir -p "$kept"
  if [ "$explore" = 1 ]; then
    corpus="$build/fuzz-found/$target"
    mkdir -p "$corpus"
    budget=(-max_total_time="$seconds")
  else
    # A fresh corpus folder every time: what an earlier run found must not change this one.
    # -reload=0: libFuzzer rereads its corpus folder every second, which makes the inputs
    # depend on timing.
    corpus="$(mktemp -d)"
    runs="${ci_runs[$target]:-10000}"
    budget=(-seed="$seed" -runs=$((runs * scale)) -reload=0)
  fi
  start=$(date +%s)
  {
    # -timeout is generous: a slow input on a loaded machine is not a crash.
    if "${fixed_addresses[@]}" "$build/tests/fuzz/$name" "${budget[@]}" -timeout=60 -rss_limit_mb=4096 -max_len=65536 \
         -print_final_stats=1 -artifact_prefix="$kept/" "$corpus" "tests/fuzz/corpus/$target" "$kept" >"$log" 2>&1; then
      count=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
      echo "$name: no crash in $(( $(date +%s) - start )) s, $count inputs run"
    else
      touch "$build/$name.failed"
      echo "$name: CRASH; the input is kept in $kept/ (log: $log)"
      grep -E 'ERROR|SUMMARY|invariant|Test unit written|#[0-9]+ 0x' "$log" | head -40 || true
      # The kept input is on the machine that ran this, which may be gone: print it, so the
      # crash can be replayed from the log (base64 -d > FILE).
      artifact=$(grep -o "Test unit written to [^ ]*" "$log" | head -1 | sed 's/^Test unit written to //' || true)
      if [ -n "$artifact" ] && [ -f "$artifact" ] && [ "$(stat -c %s "$artifact")" -le 16384 ]; then
        echo "$name: the crashing input, base64:"
        base64 -w 0 "$artifact"; echo
      fi
    fi
  } >"$build/$name.report"
  [ "$explore" = 1 ] || rm -rf "$corpus"
  return 0
}

# Each target runs on one core: as many run at once as there are cores. Each one's inputs
# depend only on its seed and input count, not on what runs beside it.
running=0
for name in "${targets[@]}"; do
  rm -f "$build/$name.failed" "$build/$name.report"
  fuzz_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$(nproc)" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
status=0
for name in "${targets[@]}"; do
  cat "$build/$name.report"
  [ ! -f "$build/$name.failed" ] || status=1
done
exit "$status"
