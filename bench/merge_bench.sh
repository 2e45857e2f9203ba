#!/usr/bin/env bash
# Merge benchmark: GNU msgmerge vs `leafpress merge` on one synthetic catalog per size
# (80% translated, 10% of the units changed by one word), timed side by side in one run.
#
#   bench/merge_bench.sh [UNITS…]            default: 4000 20000
#
# Environment:
#   LEAFPRESS   the leafpress executable (default: build/release/leafpress; build it with
#               cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release && cmake --build build/release --target leafpress)
#   CORPUS_GEN  the corpus generator (default: ../shared/bench/gen_corpus.py)
#   MSGMERGE_TIMEOUT  seconds before msgmerge is given up (default: none)
#   KEEP        a folder to keep the generated catalogs and outputs in (default: a temporary one)
#
# Prints, per size: seconds for each tool (wall clock, median of one run each), the speed-up,
# how many units msgmerge marked fuzzy, and how many of those got the same previous msgid (#|)
# from leafpress.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
leafpress="${LEAFPRESS:-$root/build/release/leafpress}"
generator="${CORPUS_GEN:-$root/../shared/bench/gen_corpus.py}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(4000 20000)

[ -x "$leafpress" ] || { echo "no leafpress executable at $leafpress (set LEAFPRESS)" >&2; exit 2; }
[ -f "$generator" ] || { echo "no corpus generator at $generator (set CORPUS_GEN)" >&2; exit 2; }
command -v msgmerge >/dev/null || { echo "msgmerge (GNU gettext) is not installed" >&2; exit 2; }

work="${KEEP:-$(mktemp -d)}"
mkdir -p "$work"
[ -z "${KEEP:-}" ] && trap 'rm -rf "$work"' EXIT

seconds() {  # runs "$@", prints the wall-clock seconds it took (or "timeout")
  local start end status=0
  start=$(date +%s.%N)
  if [ -n "${MSGMERGE_TIMEOUT:-}" ] && [ "$1" = msgmerge ]; then
    timeout "$MSGMERGE_TIMEOUT" "$@" >/dev/null 2>&1 || status=$?
  else
    "$@" >/dev/null 2>&1 || status=$?
  fi
  end=$(date +%s.%N)
  if [ "$status" = 124 ]; then echo timeout; elif [ "$status" != 0 ]; then echo "failed($status)"; else
    echo "$start $end" | awk '{printf "%.2f", $2 - $1}'; fi
}

# Previous msgids of fuzzy units, one line per unit: "msgid<TAB>previous msgid".
fuzzy_choices() {
  python3 - "$1" <<'PY'
import sys
entries, cur, key = [], {}, None
def flush():
    global cur
    if cur.get("fuzzy") and "msgid" in cur and not cur.get("obsolete"):
        print(repr(cur.get("msgid")) + "\t" + repr(cur.get("prev")))
    cur = {}
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        flush(); key = None; continue
    if line.startswith("#,") and "fuzzy" in line: cur["fuzzy"] = True
    elif line.startswith("#~"): cur["obsolete"] = True
    elif line.startswith("#| msgid "): key = "prev"; cur[key] = eval(line[9:])
    elif line.startswith('#| "') and key == "prev": cur[key] += eval(line[3:])
    elif line.startswith("msgid "): key = "msgid"; cur[key] = eval(line[6:])
    elif line.startswith('"') and key == "msgid": cur[key] += eval(line)
    elif line.startswith("msgstr"): key = None
flush()
PY
}

printf '%8s %14s %14s %9s %14s %12s\n' units "msgmerge (s)" "leafpress (s)" speed-up "msgmerge fuzzy" "same choice"
for units in "${sizes[@]}"; do
  dir="$work/$units"
  python3 "$generator" catalog --units "$units" --translated 80 --change 0.10 --lang ta --out "$dir" >/dev/null
  gnu=$(seconds msgmerge -q --previous "$dir/old.po" "$dir/new.pot" -o "$dir/msgmerge.po")
  ours=$(seconds "$leafpress" -q merge "$dir/old.po" "$dir/new.pot" -o "$dir/leafpress.po")
  speedup="-"; gnu_fuzzy="-"; same="-"
  if [[ "$gnu" =~ ^[0-9.]+$ && "$ours" =~ ^[0-9.]+$ ]]; then
    speedup=$(awk -v a="$gnu" -v b="$ours" 'BEGIN { printf "%.0fx", a / (b > 0 ? b : 0.01) }')
    fuzzy_choices "$dir/msgmerge.po" | sort > "$dir/msgmerge.fuzzy"
    fuzzy_choices "$dir/leafpress.po" | sort > "$dir/leafpress.fuzzy"
    gnu_fuzzy=$(wc -l < "$dir/msgmerge.fuzzy")
    same=$(comm -12 "$dir/msgmerge.fuzzy" "$dir/leafpress.fuzzy" | wc -l)
  fi
  printf '%8s %14s %14s %9s %14s %12s\n' "$units" "$gnu" "$ours" "$speedup" "$gnu_fuzzy" "$same"
done
