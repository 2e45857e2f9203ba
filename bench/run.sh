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
leafpress="$build/pipeline/cli/leafpress"
[ -x "$leafpress" ] || leafpress="$(find "$build" -name leafpress -type f -perm -u+x | head -1)"
[ -x "$leafpress" ] || die "no leafpress executable in $build"

docs_of() { case "$1" in S) echo 20 ;; M) echo 200 ;; L) echo 1000 ;; *) die "unknown corpus $1 (S, M or L)" ;; esac; }

# --- timing --------------------------------------------------------------------------------
# measure NAME SETUP COMMAND…: runs SETUP (untimed) then COMMAND under /usr/bin/time -v, N times
# (N = $count); appends "NAME seconds kilobytes" per run to $results, or "NAME timeout".
results=""
count=1
measure() {
  local name="$1" setup="$2"
  shift 2
  local i status
  for ((i = 0; i < count; i++)); do
    eval "$setup"
    status=0
    /usr/bin/time -v -o "$work/time.txt" timeout "$peer_timeout" "$@" >"$work/last.log" 2>&1 || status=$?
    if [ "$status" = 124 ]; then
      echo "$name timeout" >>"$results"
      return 0
    fi
    if [ "$status" != 0 ] && [ "$status" != 1 ]; then
      echo "bench/run.sh: $name failed (exit $status); see $work/last.log" >&2
      tail -5 "$work/last.log" >&2
      echo "$name failed" >>"$results"
      return 0
    fi
    awk -v name="$name" '
      /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k] }
      /Maximum resident set size/ { kb = $NF }
      /User time \(seconds\)|System time \(seconds\)/ { cpu += $NF }
      END { printf "%s %.3f %d %.2f\n", name, s, kb, cpu }' "$work/time.txt" >>"$results"
  done
}

# median NAME → "seconds kilobytes cpu" (median seconds, largest peak memory, median CPU seconds)
# or "timeout"/"failed"/"".
median() {
  awk -v name="$1" '
    BEGIN { n = 0 }
    $1 == name && $2 == "timeout" { bad = "timeout" }
    $1 == name && $2 == "failed" { bad = "failed" }
    $1 == name && $2 != "timeout" && $2 != "failed" { t[n] = $2; c[n] = $4; n++; if ($3 > kb) kb = $3 }
    END {
      if (bad != "") { print bad; exit }
      if (n == 0) exit
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) {
        if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
        if (c[j] < c[i]) { x = c[i]; c[i] = c[j]; c[j] = x }
      }
      m = (n % 2) ? t[int(n / 2)] : (t[n / 2 - 1] + t[n / 2]) / 2
      mc = (n % 2) ? c[int(n / 2)] : (c[n / 2 - 1] + c[n / 2]) / 2
      printf "%.3f %d %.2f\n", m, kb, mc
    }' "$results"
}

# --- corpora and projects ------------------------------------------------------------------
# What a run replaces is moved aside, not deleted, and deleted only when the whole benchmark
# is over: on ext4 without a journal (as on some virtual machines), every file created in the
# minutes after many deletions scans past the freed inodes ("recently deleted", kept for up to
# 6 minutes), which made each timed run pay for the cleanup of the one before, peers included.
retired="$work/retired"
retire() {  # PATH: out of the way, in $retired
  [ -e "$1" ] || return 0
  mkdir -p "$retired"
  mv "$1" "$(mktemp -d "$retired/XXXXXX")/"
}

make_corpus() {  # SIZE → $work/SIZE/gen with src/, src_changed/, po/, pot/, ttk/, new.pot
  local size="$1" gen="$work/$1/gen"
  if [ ! -f "$gen/new.pot" ]; then
    echo "generating corpus $size ($(docs_of "$size") documents)" >&2
    rm -rf "$gen"
    python3 "$generator" build --docs "$(docs_of "$size")" --langs 16 --translated 80 --ttk --out "$gen" >/dev/null
    python3 "$generator" change --src "$gen/src" --out "$gen/src_changed" --fraction 0.10 >/dev/null
    python3 "$generator" pot --src "$gen/src_changed" --out "$gen/new.pot" >/dev/null
  fi
}

langs_of() { cat "$work/$1/gen/langs.txt"; }

# leafpress's name for a generator language: the six leafpress has no language data for yet
# (no Plural-Forms in its table) take the catalog of a language it knows, with the same script
# family where there is one, so the amount of text per language is unchanged.
leafpress_lang() {
  case "$1" in pt) echo pt-PT ;; nl) echo hu ;; he) echo fa ;; hi) echo bn ;; th) echo vi ;; ka) echo bg ;; *) echo "$1" ;; esac
}

# A leafpress project over the corpus: sources from DIR ($2), catalogs from po/, no output.
reset_leafpress_project() {
  local size="$1" sources="$2" project="$work/$1/leafpress"
  local gen="$work/$size/gen" lang target list=""
  retire "$project"
  mkdir -p "$project/source-docs" "$project/locales"
  cp "$gen/$sources"/*.txt "$project/source-docs/"
  for lang in $(langs_of "$size"); do
    target="$(leafpress_lang "$lang")"
    mkdir -p "$project/locales/$target"
    cp "$gen/po/$lang.po" "$project/locales/$target/statements.po"
    list+="${list:+, }\"$target\""
  done
  cat >"$project/leafpress.toml" <<EOF
[project]
name = "Benchmark corpus $size"
source_language = "en"

[languages]
targets = [$list]
print = [$list]

[print]
page = "A5"
EOF
}

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

mtimes() { (cd "$1" && find . -type f ! -name '*.lock' -printf '%p %T@\n' | sort); }

# Edits one word of the fifth document's third paragraph: one unit of one document changes.
edit_one_paragraph() {
  local file
  file="$(ls "$work/$1/leafpress/source-docs"/*.txt | sed -n 5p)"
  python3 - "$file" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
paragraphs = text.split("\n\n")
words = paragraphs[4].split(" ")
words[len(words) // 2] = words[len(words) // 2] + "ly"
paragraphs[4] = " ".join(words)
open(path, "w", encoding="utf-8").write("\n\n".join(paragraphs))
PY
}

# --- the run -------------------------------------------------------------------------------
mkdir -p "$work"
rm -rf "$retired"
trap 'rm -rf "$retired"' EXIT
table="$work/table.md"
: >"$table"
rm -f "$work/memory.txt"
results="$work/results.txt"

fmt_time() {  # "seconds kb" → "1.234 s"
  case "$1" in timeout) echo "> $peer_timeout s" ;; failed) echo "failed" ;; "") echo "—" ;; *) echo "${1%% *} s" ;; esac
}
fmt_mem() { case "$1" in timeout | failed | "") echo "—" ;; *) echo "$1" | awk '{ printf "%.0f MB", $2 / 1024 }' ;; esac; }
fmt_cpu() { case "$1" in timeout | failed | "") echo "—" ;; *) echo "$1" | awk '{ printf "%.2f s CPU", $3 }' ;; esac; }
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
