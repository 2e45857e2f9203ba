# bash completion for leafpress: commands, each command's options, and language tags from the
# project's leafpress.toml (the folder of -C DIR, else the current one).
# Installed to share/bash-completion/completions/leafpress; or `source` this file.

_leafpress_commands="new init extract update stats check export import sheet review compile normalize merge build"

# The options of each command, as its --help lists them (tests/e2e/completion_test.cpp keeps
# the two in step).
_leafpress_options() {
  case "$1" in
    new) echo "--empty" ;;
    init | extract | compile) echo "" ;;
    update) echo "--no-fuzzy-matching" ;;
    stats) echo "--json --min-percent --statements" ;;
    check) echo "--format --list" ;;
    export) echo "--format -o --output --statement" ;;
    import) echo "--lang" ;;
    sheet) echo "--statement --pdf" ;;
    review) echo "--by --units --statement --all --domain" ;;
    normalize) echo "--stdout --check --no-wrap" ;;
    merge) echo "-o --output --no-fuzzy-matching --no-previous" ;;
    build) echo "--print --proof --pdf -j --jobs" ;;
  esac
}

# The target languages of leafpress.toml in folder $1: the quoted tags of `targets = [...]`,
# which may run over several lines.
_leafpress_languages() {
  local config="$1/leafpress.toml"
  [[ -r "$config" ]] || return 0
  awk '/^[[:space:]]*targets[[:space:]]*=/ { on = 1 } on { sub(/#.*/, ""); print; if (/\]/) exit }' "$config" |
    grep -o '"[^"]*"' | tr -d '"'
}

# The statements of the project in folder $1, by name (their file names without extension).
_leafpress_statements() {
  local file
  for file in "$1"/source-docs/*.txt "$1"/source-docs/*.md "$1"/source-docs/*.docx "$1"/source-docs/*.odt; do
    [[ -f "$file" ]] || continue
    file="${file##*/}"
    echo "${file%.*}"
  done
}

_leafpress() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" dir="." command="" i
  ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"
  COMPREPLY=()
  # The command is the first word that is neither an option nor the folder of -C.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      -C) ((i++)); dir="${COMP_WORDS[i]}" ;;
      -*) ;;
      *) [[ -z "$command" ]] && command="${COMP_WORDS[i]}" ;;
    esac
  done
  case "$prev" in
    -C) COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
    --format)
      if [[ "$command" == export ]]; then COMPREPLY=($(compgen -W "xliff2 xliff12" -- "$cur"))
      else COMPREPLY=($(compgen -W "text json" -- "$cur")); fi
      return 0 ;;
    --domain) COMPREPLY=($(compgen -W "statements ui" -- "$cur")); return 0 ;;
    --lang) COMPREPLY=($(compgen -W "$(_leafpress_languages "$dir")" -- "$cur")); return 0 ;;
    --statement) COMPREPLY=($(compgen -W "$(_leafpress_statements "$dir")" -- "$cur")); return 0 ;;
    -o | --output) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
    --by | --units | --min-percent | -j | --jobs) return 0 ;;
  esac
  if [[ -z "$command" ]]; then
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W "-C -q --quiet -v --verbose --version --help" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "$_leafpress_commands" -- "$cur"))
    fi
    return 0
  fi
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(_leafpress_options "$command") -C -q --quiet -v --verbose --help" -- "$cur"))
    return 0
  fi
  case "$command" in
    update | stats | check | export | sheet | review | compile)
      COMPREPLY=($(compgen -W "$(_leafpress_languages "$dir")" -- "$cur")) ;;
    build) COMPREPLY=($(compgen -W "$(_leafpress_statements "$dir")" -- "$cur")) ;;
    new | import | normalize | merge) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
  return 0
}

complete -F _leafpress leafpress
