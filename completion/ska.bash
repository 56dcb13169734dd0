# bash completion for ska — installed by `make install` as
# PREFIX/share/bash-completion/completions/ska; or `source` this file.
#
# The commands and each command's options are read from `ska --help` and
# `ska COMMAND --help` when Tab is pressed, so a new command or option is
# completed without a change here. Only the values of options are listed
# below (tests/tools/completion.t checks them against ska itself); goal
# names for --only and areas for --area come from the plan on the command
# line (`ska check PLAN --list goals|areas`).

# The words of $1's help that name options: those starting a line of the
# option list ("  -x, --y"), not a line continuing a description.
_ska_options() {
    "$1" "${@:2}" --help 2>/dev/null |
        awk 'match($0, /^ +-/) && RLENGTH <= 5 { for (i = 1; i <= NF && $i ~ /^-/; i++) { w = $i; sub(/[[,=].*/, "", w); if (!seen[w]++) print w } }'
}

# The values an option takes, one a line; nothing for a free value.
_ska_values() { # $1 = command, $2 = option
    case $1:$2 in
    check:--format) printf '%s\n' text json junit csv csv-sv ;;
    report:--format) printf '%s\n' html md ;;
    import:--format) printf '%s\n' csv kolada ;;
    test:--format) printf '%s\n' text junit ;;
    check:--fail-on) printf '%s\n' delvis ej ingen-data warnings none ;;
    check:--list) printf '%s\n' goals areas ;;
    esac
}

_ska() {
    local ska=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=
    [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if [ "$COMP_CWORD" -eq 1 ]; then
        local cmds
        cmds=$("$ska" --help 2>/dev/null | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
        mapfile -t COMPREPLY < <(compgen -W "$cmds --help --version" -- "$cur")
        return
    fi
    local cmd=${COMP_WORDS[1]} plan= i
    # the plan: the first *.ska word (repl takes several; the first will do)
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in *.ska) plan=${COMP_WORDS[i]/#\~/$HOME}; break ;; esac
    done
    local values
    case $prev in
    --only | --area)
        [ -n "$plan" ] || return
        local what=goals prefix=
        [ "$prev" = --area ] && what=areas
        # --only G1,G2: complete the goal after the last comma
        [ "$prev" = --only ] && case $cur in *,*) prefix=${cur%,*},; cur=${cur##*,} ;; esac
        cur=${cur//\\/} # what is typed as Kunskap\ o
        local IFS=$'\n' w
        for w in $("$ska" check "$plan" --list "$what" 2>/dev/null); do
            # an area is one word however many words its name has
            [[ $w == "$cur"* ]] && COMPREPLY+=("$prefix$(printf '%q' "$w")")
        done
        return ;;
    --db)
        _ska_files '*.db' "$cur"
        return ;;
    -o | --output | --use)
        _ska_files '*' "$cur"
        return ;;
    --period | --as-of | --indicator | --unit | --source)
        return ;; # a value of the user's own
    -*)
        values=$(_ska_values "$cmd" "$prev")
        if [ -n "$values" ]; then
            mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
            return
        fi ;;
    esac
    case $cur in
    -*) mapfile -t COMPREPLY < <(compgen -W "$(_ska_options "$ska" "$cmd")" -- "$cur") ;;
    *)
        if [ "$cmd" = import ]; then _ska_files '*' "$cur"; else _ska_files '*.ska' "$cur"; fi ;;
    esac
}

# Files matching the pattern $1 that start with $2, and directories.
_ska_files() {
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -X "!$1" -- "$2")
    [ "$1" = '*' ] || mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$2")
}
complete -F _ska ska
