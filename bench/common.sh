# Shared by bench/run.sh and bench/compare.sh: corpora, leafpress projects over them, timing
# and medians. Expects $root, $work, $peer_timeout and die() from the script sourcing it.

# leafpress_in BUILD_DIR: the Release `leafpress` executable in a build folder.
leafpress_in() {
  local exe="$1/pipeline/cli/leafpress"
  [ -x "$exe" ] || exe="$(find "$1" -name leafpress -type f -perm -u+x | head -1)"
  [ -x "$exe" ] || die "no leafpress executable in $1"
  echo "$exe"
}

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
# reset_leafpress_project SIZE SOURCES [PROJECT]: PROJECT defaults to $work/SIZE/leafpress.
reset_leafpress_project() {
  local size="$1" sources="$2" project="${3:-$work/$1/leafpress}"
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

mtimes() { (cd "$1" && find . -type f ! -name '*.lock' -printf '%p %T@\n' | sort); }

# Edits one word of the fifth document's third paragraph: one unit of one document changes.
# PROJECT defaults to $work/SIZE/leafpress.
edit_one_paragraph() {  # SIZE [PROJECT]
  local file
  file="$(ls "${2:-$work/$1/leafpress}/source-docs"/*.txt | sed -n 5p)"
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


fmt_time() {  # "seconds kb" → "1.234 s"
  case "$1" in timeout) echo "> $peer_timeout s" ;; failed) echo "failed" ;; "") echo "—" ;; *) echo "${1%% *} s" ;; esac
}
fmt_mem() { case "$1" in timeout | failed | "") echo "—" ;; *) echo "$1" | awk '{ printf "%.0f MB", $2 / 1024 }' ;; esac; }
fmt_cpu() { case "$1" in timeout | failed | "") echo "—" ;; *) echo "$1" | awk '{ printf "%.2f s CPU", $3 }' ;; esac; }
