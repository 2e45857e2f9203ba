#!/usr/bin/env bash
# Two leafpress builds on the same corpora, run by run in turn (which one goes first swaps each
# run, so that a change in the machine's load falls on both), with the medians of every figure
# bench/run.sh reports for leafpress side by side.
#
#   bash bench/compare.sh OLD_BUILD_DIR NEW_BUILD_DIR [S] [M] [L]      default: S M
#
# Each folder holds a Release `leafpress` (e.g. a `release` or `bench` preset build of each
# commit). Environment: RUNS (runs of each figure per build, default 5, at least 5 is
# sensible), JOBS (leafpress -j, default the number of cores), CORPUS_GEN (as bench/run.sh).
# The corpora are the ones bench/run.sh generates, in its work folder; each build gets its own
# projects there.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work"
generator="${CORPUS_GEN:-$root/../shared/bench/gen_corpus.py}"
runs="${RUNS:-5}"
peer_timeout=600
jobs="${JOBS:-$(nproc)}"

die() { echo "bench/compare.sh: $*" >&2; exit 2; }
# shellcheck source=bench/common.sh
source "$root/bench/common.sh"

[ $# -ge 2 ] || die "usage: bench/compare.sh OLD_BUILD_DIR NEW_BUILD_DIR [S] [M] [L]"
declare -A exe
exe[old]="$(realpath "$(leafpress_in "$1")")"
exe[new]="$(realpath "$(leafpress_in "$2")")"
shift 2
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(S M)
[ -f "$generator" ] || die "no corpus generator at $generator (set CORPUS_GEN)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: LEAFPRESS_BENCH_PEERS=1 bash scripts/setup.sh"
[ "$runs" -ge 1 ] || die "RUNS must be at least 1"

mkdir -p "$work"
rm -rf "$retired"
trap 'rm -rf "$retired"' EXIT
results="$work/compare-results.txt"
count=1

# One run of every figure for one build (old or new) at SIZE, in bench/run.sh's order.
run_once() {
  local which="$1" size="$2" project="$work/$2/compare-$1"
  local leafpress="${exe[$which]}"
  local build=("$leafpress" --quiet -C "$project" build -j "$jobs")
  measure "$which.full" "reset_leafpress_project $size src_changed $project" "${build[@]}"
  measure "$which.incremental" "reset_leafpress_project $size src $project; ${build[*]} >/dev/null 2>&1 || true; cp $work/$size/gen/src_changed/*.txt $project/source-docs/" \
    "${build[@]}"
  "${build[@]}" >/dev/null 2>&1 || true
  measure "$which.noop" ":" "${build[@]}"
  measure "$which.edit" "edit_one_paragraph $size $project" "${build[@]}"
}

change() {  # OLD NEW (median seconds) → "+4.2%"
  awk -v o="${1%% *}" -v n="${2%% *}" 'BEGIN { if (o > 0) printf "%+.1f%%", (n - o) / o * 100; else print "—" }'
}
mem_change() {  # OLD NEW (medians with peak kilobytes) → "+4.2%"
  awk -v o="$(echo "$1" | cut -d' ' -f2)" -v n="$(echo "$2" | cut -d' ' -f2)" \
    'BEGIN { if (o > 0) printf "%+.1f%%", (n - o) / o * 100; else print "—" }'
}

echo "old: ${exe[old]}"
echo "new: ${exe[new]}"
echo "$(nproc) cores, -j $jobs; medians of $runs runs each, the two builds alternated run by run; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${sizes[@]}"; do
  docs_of "$size" >/dev/null
  make_corpus "$size"
  : >"$results"
  for ((run = 1; run <= runs; run++)); do
    echo "corpus $size: run $run of $runs" >&2
    if ((run % 2)); then order=(old new); else order=(new old); fi
    for which in "${order[@]}"; do run_once "$which" "$size"; done
  done
  cp "$results" "$work/compare-results-$size.txt"
  echo
  echo "corpus $size: $(docs_of "$size") documents × 16 languages"
  echo
  echo "| figure | old | new | change |"
  echo "|---|---|---|---|"
  for figure in full incremental noop edit; do
    old="$(median "old.$figure")" new="$(median "new.$figure")"
    case "$figure" in
      full) label="full build after 10% change" ;;
      incremental) label="the same change after an earlier build" ;;
      noop) label="no-op rebuild" ;;
      edit) label="one edited paragraph" ;;
    esac
    echo "| $label | $(fmt_time "$old") ($(fmt_cpu "$old")) | $(fmt_time "$new") ($(fmt_cpu "$new")) | $(change "$old" "$new") |"
    if [ "$figure" = full ]; then
      echo "| peak memory (full build, largest of the runs) | $(fmt_mem "$old") | $(fmt_mem "$new") | $(mem_change "$old" "$new") |"
    fi
  done
done
echo
echo "Raw timings: $work/compare-results-<corpus>.txt"
