#!/usr/bin/env bash
# Performance benchmark: leafpress against po4a, GNU msgmerge and Translate Toolkit on the same
# synthetic corpora (tests/data/bench/gen_corpus.py: 16 languages, 80% translated, then a 10%
# source change), in one run, with a table of medians, ratios and peak memory.
#
#   bash bench/run.sh [S] [M] [L]          default: S M L
#
# Environment:
#   RUNS           timed runs of each leafpress measurement (default 5); the median is shown
#   PEER_RUNS      timed runs of each peer (default 3 at S, 1 at M and L)
#   PEER_TIMEOUT   seconds before a peer run is given up and shown as "> N s" (default 600)
#   PEERS          0 to time leafpress only (default 1)
#   JOBS           leafpress -j (default: the number of cores)
#   BUILD_DIR      an existing build folder holding a Release `leafpress` (default: configure
#                  and build the `bench` preset in build/bench)
#   CORPUS_GEN     the corpus generator (default: tests/data/bench/gen_corpus.py)
#
# The corpora and every project made from them live in bench/work/ (ignored by git); they are
# generated once and reused. Peers are installed with LEAFPRESS_BENCH_PEERS=1 bash scripts/setup.sh.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work"
generator="${CORPUS_GEN:-$root/tests/data/bench/gen_corpus.py}"
runs="${RUNS:-5}"
peer_timeout="${PEER_TIMEOUT:-600}"
peers="${PEERS:-1}"
jobs="${JOBS:-$(nproc)}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(S M L)

die() { echo "bench/run.sh: $*" >&2; exit 2; }
# shellcheck source=bench/common.sh
source "$root/bench/common.sh"
[ -f "$generator" ] || die "no corpus generator at $generator (set CORPUS_GEN)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing: LEAFPRESS_BENCH_PEERS=1 bash scripts/setup.sh"
if [ "$peers" = 1 ]; then
  for tool in po4a msgmerge pot2po po2txt txt2po; do
    command -v "$tool" >/dev/null || die "$tool is missing: LEAFPRESS_BENCH_PEERS=1 bash scripts/setup.sh"
  done
fi

# --- leafpress, Release --------------------------------------------------------------------
if [ -n "${BUILD_DIR:-}" ]; then
  build="$BUILD_DIR"
else
  build="$root/build/bench"
  echo "building leafpress (bench preset) in $build" >&2
  (cd "$root" && cmake --preset bench >/dev/null && cmake --build "$build" -j"$(nproc)" --target leafpress >/dev/null)
fi
leafpress="$(leafpress_in "$build")"

reset_po4a_project() {
  local size="$1" project="$work/$1/po4a" gen="$work/$1/gen" lang doc
  retire "$project"
  mkdir -p "$project/po"
  cp -r "$gen/src_changed" "$project/src"
  cp "$gen/po"/*.po "$project/po/"
  {
    echo "[options] --keep 0 --master-charset UTF-8 --localized-charset UTF-8"
    echo "[po4a_langs] $(langs_of "$size" | tr '\n' ' ')"
    echo "[po4a_paths] po/doc.pot \$lang:po/\$lang.po"
    for doc in "$project/src"/*.txt; do
      doc="$(basename "$doc")"
      echo "[type: text] src/$doc \$lang:out/\$lang/$doc"
    done
  } >"$project/po4a.cfg"
}

reset_msgmerge_dir() { retire "$work/$1/msgmerge"; mkdir -p "$work/$1/msgmerge"; }

msgmerge_all() {  # SIZE: GNU msgmerge (fuzzy matching on) of every catalog with the new template
  local size="$1" lang
  for lang in $(langs_of "$size"); do
    msgmerge --quiet -o "$work/$size/msgmerge/$lang.po" "$work/$size/gen/po/$lang.po" "$work/$size/gen/new.pot" || return 1
  done
}

reset_ttk_dir() { retire "$work/$1/ttk"; mkdir -p "$work/$1/ttk"; }

ttk_all() {  # SIZE: Translate Toolkit's round trip: txt2po, pot2po per language, po2txt per language
  local size="$1" gen="$work/$1/gen" out="$work/$1/ttk" lang
  mkdir -p "$out/po" "$out/txt"
  txt2po --progress=none --pot -i "$gen/src_changed" -o "$out/pot" || return 1
  for lang in $(langs_of "$size"); do
    pot2po --progress=none -t "$gen/ttk/po/$lang" -i "$out/pot" -o "$out/po/$lang" || return 1
    po2txt --progress=none -t "$gen/src_changed" -i "$out/po/$lang" -o "$out/txt/$lang" || return 1
  done
}

io_floor() {  # SIZE: read every input, copy every output leafpress made (the least any tool can do)
  local size="$1"
  cat "$work/$size/gen/src_changed"/*.txt "$work/$size/gen/po"/*.po >/dev/null
  cp -r "$work/$size/leafpress/output" "$work/$size/io-copy"
}

# --- the run -------------------------------------------------------------------------------
mkdir -p "$work"
rm -rf "$retired"
trap 'rm -rf "$retired"' EXIT
table="$work/table.md"
: >"$table"
rm -f "$work/memory.txt"
results="$work/results.txt"

ratio() {  # peer leafpress → "×N" (peer time / leafpress time); a timed-out peer gives "> ×N"
  local peer="$1" ours="${2%% *}"
  case "$peer" in
    timeout) awk -v p="$peer_timeout" -v o="$ours" 'BEGIN { printf "> %.0f×", p / o }' ;;
    failed | "") echo "—" ;;
    *) awk -v p="${peer%% *}" -v o="$ours" 'BEGIN { printf "%.1f×", p / o }' ;;
  esac
}

{
  echo "leafpress $("$leafpress" --version 2>/dev/null | head -1) on $(nproc) cores, -j $jobs; medians of $runs runs (peers: PEER_RUNS, timeout $peer_timeout s); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| corpus | leafpress full build after 10% change | peak memory | po4a full run | po4a --no-fuzzy-matching | msgmerge, 16 catalogs | Translate Toolkit | I/O floor | no-op rebuild | one edited paragraph |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} >>"$table"

for size in "${sizes[@]}"; do
  docs_of "$size" >/dev/null
  make_corpus "$size"
  : >"$results"
  peer_runs="${PEER_RUNS:-$([ "$size" = S ] && echo 3 || echo 1)}"
  echo "corpus $size: leafpress" >&2

  # Full build after the 10% change, from nothing: catalogs as the translators left them, no
  # output and no cache (so nothing is reused), HTML and FO for all 16 languages, no PDF.
  count="$runs"
  measure full "reset_leafpress_project $size src_changed" "$leafpress" --quiet -C "$work/$size/leafpress" build -j "$jobs"
  # The same change as a translator sees it: built before the change, then rebuilt.
  measure incremental "reset_leafpress_project $size src; $leafpress --quiet -C $work/$size/leafpress build -j $jobs >/dev/null 2>&1 || true; cp $work/$size/gen/src_changed/*.txt $work/$size/leafpress/source-docs/" \
    "$leafpress" --quiet -C "$work/$size/leafpress" build -j "$jobs"
  # No-op: nothing changed since the last build; no file may be rewritten.
  "$leafpress" --quiet -C "$work/$size/leafpress" build -j "$jobs" >/dev/null 2>&1 || true
  mtimes "$work/$size/leafpress" >"$work/mtimes-before.txt"
  measure noop ":" "$leafpress" --quiet -C "$work/$size/leafpress" build -j "$jobs"
  mtimes "$work/$size/leafpress" >"$work/mtimes-after.txt"
  if cmp -s "$work/mtimes-before.txt" "$work/mtimes-after.txt"; then noop_touched="no file rewritten"; else
    noop_touched="$(diff "$work/mtimes-before.txt" "$work/mtimes-after.txt" | grep -c '^>') files rewritten"; fi
  # One edited paragraph (each run edits a further word of the same paragraph).
  measure edit "edit_one_paragraph $size" "$leafpress" --verbose -C "$work/$size/leafpress" build -j "$jobs"
  edit_written="$(grep -c '^wrote ' "$work/last.log" || true)"
  edit_summary="$(grep -o '[0-9]* unchanged, [0-9]* up to date' "$work/last.log" || true)"
  measure io "retire $work/$size/io-copy" bash -c "$(declare -f io_floor); work='$work'; io_floor $size"

  if [ "$peers" = 1 ]; then
    count="$peer_runs"
    echo "corpus $size: po4a, msgmerge, Translate Toolkit ($peer_runs run(s) each)" >&2
    measure po4a "reset_po4a_project $size" bash -c "cd '$work/$size/po4a' && po4a po4a.cfg"
    measure po4a_nofuzzy "reset_po4a_project $size" bash -c \
      "cd '$work/$size/po4a' && po4a --msgmerge-opt --no-fuzzy-matching po4a.cfg"
    measure msgmerge "reset_msgmerge_dir $size" bash -c "$(declare -f langs_of msgmerge_all); work='$work'; msgmerge_all $size"
    measure ttk "reset_ttk_dir $size" bash -c "$(declare -f langs_of ttk_all); work='$work'; ttk_all $size"
  fi

  full="$(median full)"
  [ -n "$full" ] && [ "$full" != failed ] || die "leafpress failed on corpus $size; see $work/last.log"
  po4a="$(median po4a)" nofuzzy="$(median po4a_nofuzzy)" merge="$(median msgmerge)" ttk="$(median ttk)"
  io="$(median io)" noop="$(median noop)" edit="$(median edit)" incremental="$(median incremental)"
  {
    printf "| %s: %s docs × 16 langs | **%s** (%s; after an earlier build: %s) | %s | %s (%s) | %s (%s) | %s (%s) | %s (%s) | %s (leafpress %s) | %s, %s | %s (%s files written; %s) |\n" \
      "$size" "$(docs_of "$size")" "$(fmt_time "$full")" "$(fmt_cpu "$full")" "$(fmt_time "$incremental")" "$(fmt_mem "$full")" \
      "$(fmt_time "$po4a")" "$(ratio "$po4a" "$full")" "$(fmt_time "$nofuzzy")" "$(ratio "$nofuzzy" "$full")" \
      "$(fmt_time "$merge")" "$(ratio "$merge" "$full")" "$(fmt_time "$ttk")" "$(ratio "$ttk" "$full")" \
      "$(fmt_time "$io")" "$(awk -v o="${full%% *}" -v f="${io%% *}" 'BEGIN { printf "%.1f× the floor", o / f }')" \
      "$(fmt_time "$noop")" "$noop_touched" "$(fmt_time "$edit")" "$edit_written" "$edit_summary"
  } >>"$table"
  if [ "$peers" = 1 ]; then
    echo "   at $size: peak memory po4a $(fmt_mem "$po4a"), msgmerge $(fmt_mem "$merge"), Translate Toolkit $(fmt_mem "$ttk"); CPU time po4a $(fmt_cpu "$po4a"), po4a no fuzzy $(fmt_cpu "$nofuzzy"), msgmerge $(fmt_cpu "$merge"), Translate Toolkit $(fmt_cpu "$ttk")" >>"$work/memory.txt"
  fi
  cp "$results" "$work/results-$size.txt"
done

echo
cat "$table"
[ -f "$work/memory.txt" ] && { echo; cat "$work/memory.txt"; rm -f "$work/memory.txt"; }
echo
echo "Ratios are the peer's median time over leafpress's full build. Raw timings: $work/results-<corpus>.txt"
