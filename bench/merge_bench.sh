#!/usr/bin/env bash
# Merge benchmark: GNU msgmerge vs `leafpress merge` on one synthetic catalog per size
# (80% translated, 10% of the units changed by one word), timed side by side in one run.
#
#   bench/merge_bench.sh [UNITS…]            default: 4000 20000
#
# Environment:
#   LEAFPRESS   the leafpress executable (default: build/release/leafpress; build it with
#               cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release && cmake --build build/release --target leafpress)
#   CORPUS_GEN  the corpus generator (default: tests/data/bench/gen_corpus.py)
#   MSGMERGE_TIMEOUT  seconds before msgmerge is given up (default: none)
#   KEEP        a folder to keep the generated catalogs and outputs in (default: a temporary one)
#
# Prints, per size: seconds for each tool (wall clock, one run each), the speed-up, how many
# units msgmerge marked fuzzy, how many of those got the same old entry (#| previous msgctxt
# and msgid) from leafpress, that agreement in percent, and how many units leafpress marked
# fuzzy where msgmerge did not.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
leafpress="${LEAFPRESS:-$root/build/release/leafpress}"
generator="${CORPUS_GEN:-$root/tests/data/bench/gen_corpus.py}"
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

# Compares the fuzzy choices of two merged catalogs: prints "F S E", F the units msgmerge
# marks fuzzy, S those of them where leafpress took the same old entry (same #| previous
# msgctxt and msgid), E the units leafpress marks fuzzy that msgmerge does not.
compare_fuzzy() {
  python3 - "$1" "$2" <<'PY'
import sys
def fuzzy_units(path):
    units, cur, key = {}, {}, None
    def flush():
        if cur.get("fuzzy") and "msgid" in cur and not cur.get("obsolete"):
            units[(cur.get("msgctxt"), cur["msgid"])] = (cur.get("prev_msgctxt"), cur.get("prev_msgid"))
        cur.clear()
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            flush(); key = None; continue
        if line.startswith("#,") and "fuzzy" in line: cur["fuzzy"] = True
        elif line.startswith("#~"): cur["obsolete"] = True
        elif line.startswith("#| msgctxt "): key = "prev_msgctxt"; cur[key] = eval(line[11:])
        elif line.startswith("#| msgid "): key = "prev_msgid"; cur[key] = eval(line[9:])
        elif line.startswith('#| "') and key in ("prev_msgctxt", "prev_msgid"): cur[key] += eval(line[3:])
        elif line.startswith("#| "): key = None
        elif line.startswith("msgctxt "): key = "msgctxt"; cur[key] = eval(line[8:])
        elif line.startswith("msgid "): key = "msgid"; cur[key] = eval(line[6:])
        elif line.startswith('"') and key in ("msgctxt", "msgid"): cur[key] += eval(line)
        elif line.startswith("msgstr") or line.startswith("msgid_plural"): key = None
    flush()
    return units
gnu, ours = fuzzy_units(sys.argv[1]), fuzzy_units(sys.argv[2])
same = sum(1 for unit, choice in gnu.items() if ours.get(unit) == choice)
extra = sum(1 for unit in ours if unit not in gnu)
print(len(gnu), same, extra)
PY
}

printf '%8s %14s %14s %9s %14s %12s %10s %16s\n' units "msgmerge (s)" "leafpress (s)" speed-up "msgmerge fuzzy" "same choice" agreement "leafpress extra"
for units in "${sizes[@]}"; do
  dir="$work/$units"
  python3 "$generator" catalog --units "$units" --translated 80 --change 0.10 --lang ta --out "$dir" >/dev/null
  gnu=$(seconds msgmerge -q --previous "$dir/old.po" "$dir/new.pot" -o "$dir/msgmerge.po")
  ours=$(seconds "$leafpress" -q merge "$dir/old.po" "$dir/new.pot" -o "$dir/leafpress.po")
  speedup="-"; gnu_fuzzy="-"; same="-"; agreement="-"; extra="-"
  if [[ "$gnu" =~ ^[0-9.]+$ && "$ours" =~ ^[0-9.]+$ ]]; then
    speedup=$(awk -v a="$gnu" -v b="$ours" 'BEGIN { printf "%.0fx", a / (b > 0 ? b : 0.01) }')
    read -r gnu_fuzzy same extra < <(compare_fuzzy "$dir/msgmerge.po" "$dir/leafpress.po")
    agreement=$(awk -v s="$same" -v f="$gnu_fuzzy" 'BEGIN { printf "%.2f%%", (f > 0 ? 100 * s / f : 100) }')
  fi
  printf '%8s %14s %14s %9s %14s %12s %10s %16s\n' "$units" "$gnu" "$ours" "$speedup" "$gnu_fuzzy" "$same" "$agreement" "$extra"
done
