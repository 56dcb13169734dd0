# `ska repl` on the command line: --help, bad options, a plan or store
# that cannot be opened (exit 2 before any input is read), a plan whose
# unit the store does not have. The session reads plan files in order.
--- file bad.ska
goal G1 { target meritvärde > }
--- file other.ska
plan "Annan plan" { unit "9999" }
--- run ska repl --help
--- expect exit 0
usage: ska repl [PLAN.ska ...] [--db DB] [--period P]

Asks the plan and the results questions. Type an expression to see its value
for the plan's organiser (meritvärde[2018], behörig[skolor] < 85 %), a
definition to add it to the session (let mål = 80 %), a question about the plan
(goals, status G1, explain G1, measures for G1, rules, flagged) or a command
(.help lists them all).

On a terminal lines can be edited, Tab completes, and the history is kept in
$SKA_HISTORY (default ~/.ska_history). From a pipe or a file only the answers are
printed, so `ska repl plan.ska --db x.db < questions.txt` scripts well.

options:
  --db DB       the results store (default: $SKA_DB); .db FILE changes it
  --period P    the period under review (2019, 2018/19, ht2020); default: the
                plan's period, else the latest period with data

exit status: 0; 2 when the plan or store cannot be opened, or when an input
read from a pipe or file had an error.
--- run ska repl --colour </dev/null
--- expect exit 2
ska repl: unknown option '--colour'
(see `ska repl --help`)
--- run ska repl --db </dev/null
--- expect exit 2
ska repl: option '--db' needs a value
(see `ska repl --help`)
--- run ska repl --period 2018/20 </dev/null
--- expect exit 2
ska repl: --period '2018/20' is not a period (expected 2019, 2018/19, ht2020 or vt2021)
(see `ska repl --help`)
--- run ska repl bad.ska </dev/null
--- expect exit 2
bad.ska:1:31: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  goal G1 { target meritvärde > }
                                ^
--- run ska repl nosuch.ska </dev/null
--- expect exit 2
ska: error: cannot read nosuch.ska: No such file or directory
--- run ska repl --db nosuch.db </dev/null
--- expect exit 2
ska repl: nosuch.db: cannot open the store (does it exist? `ska import` creates it)
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska repl other.ska --db t.db </dev/null
--- expect exit 2
other.ska:1:21: error: the plan's unit "9999" is not in the store t.db (import the units first)
  plan "Annan plan" { unit "9999" }
                      ^^^^
--- run echo '.load other.ska' | ska repl plan.ska --db t.db
--- expect exit 2
other.ska:1:1: error: a second plan header (a program has one plan)
  plan "Annan plan" { unit "9999" }
  ^^^^
--- run printf 'meritvärde\n.quit\n' | SKA_DB=t.db ska repl plan.ska
--- expect exit 0
221,3
