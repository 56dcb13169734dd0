# The bash completion (completion/ska.bash) offers the commands of
# `ska --help`, each command's options from its --help, the values of
# options that take one of a few, plan files, and goal names (after
# --only, also after a comma) and areas (after --area, quoted) read from
# the plan on the command line with `ska check PLAN --list goals|areas`.
# The second step is the drift check: every option it offers is one the
# command knows, every value it offers is accepted, and every --format has
# its values listed (a new command with --format fails here until it does).
--- file c.sh
# bash c.sh LINE...: the completions of each command line LINE (its last
# word is the one being completed), one line each
source "$SKA_PATH/completion/ska.bash"
# (sorted: a directory lists its files in no fixed order)
c() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _ska; [ ${#COMPREPLY[@]} -gt 0 ] && printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd " "; [ ${#COMPREPLY[@]} -gt 0 ] || echo; }
for line; do eval "c $line"; done
--- file drift.sh
source ./c.sh
set --
for cmd in $(c ska ''); do
  case $cmd in -*) continue ;; esac
  for opt in $(c ska "$cmd" --); do
    out=$(ska "$cmd" "$opt" </dev/null 2>&1)
    case $out in *"unknown option '$opt'"*) echo "$cmd: $opt is offered but unknown" ;; esac
    values=$(_ska_values "$cmd" "$opt")
    [ "$opt" = --format ] && [ -z "$values" ] && echo "$cmd: no values listed for --format"
    [ -n "$values" ] && echo "$cmd $opt:" $values
    for v in $values; do
      out=$(ska "$cmd" "$opt" "$v" </dev/null 2>&1 | head -n 1)
      case $out in *"$opt"*) echo "$cmd $opt $v: $out" ;; esac
    done
  done
done
--- file plan.ska
plan "P" { organiser "Ankeby"; period 2020 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { area "Kunskap och lärande"; target merit > 200 }
goal G2 { area "Trygghet"; target merit > 210 }
goal H1 { area "Kunskap och lärande"; target merit > 220 }
--- file notes.txt
notes
--- run bash c.sh "ska ''" "ska --h" "ska ch" "ska check --o" "ska report -" "ska repl --"
--- expect exit 0
--help --version check fmt history import repl report test
--help
check
--only
--area --as-of --db --format --only --output --period --record --since -o
--db --period
--- run bash drift.sh
--- expect exit 0
check --fail-on: delvis ej ingen-data warnings none
check --format: text json junit csv csv-sv
check --list: goals areas
import --format: csv kolada
report --format: html md
test --format: text junit
--- run bash c.sh "ska check plan.ska --only ''" "ska check plan.ska --only G" "ska report plan.ska --only G1," "ska check --only G1 plan.ska --only H" "ska check --only ''"
--- expect exit 0
G1 G2 H1
G1 G2
G1,G1 G1,G2 G1,H1
H1

--- run bash c.sh "ska check plan.ska --area ''" "ska report plan.ska --area 'Kunskap\ o'"
--- expect exit 0
Kunskap\ och\ lärande Trygghet
Kunskap\ och\ lärande
--- run mkdir -p d/sub && cp plan.ska notes.txt d && cd d && bash ../c.sh "ska check ''" "ska import t.db ''" "ska check p" "ska report plan.ska -o n"
--- expect exit 0
plan.ska sub
notes.txt plan.ska sub
plan.ska
notes.txt
