# The command line: `ska --help` (also -h, help), `ska --version`, `ska check
# --help` (also -h) print to stdout and exit 0; no command, an unknown command
# an unknown option or an option without its value is an error (exit 2) on
# stderr. (The list of commands grows; only `check` is tested here.)
--- run ska --help | grep -e '^usage' -e '^  check ' -e '^Exit codes'
--- expect exit 0
usage: ska COMMAND [ARGS]
  check    judge every goal of a plan against the results store
Exit codes: 0 success (every goal achieved), 1 a goal not achieved, 2 an error.
--- run ska -h | head -1
--- expect exit 0
usage: ska COMMAND [ARGS]
--- run ska help | head -1
--- expect exit 0
usage: ska COMMAND [ARGS]
--- run ska --version
--- expect exit 0
ska 0.1.0
--- run ska check --help
--- expect exit 0
usage: ska check PLAN.ska [--db DB] [options]

Judges every goal of the plan against the results in DB and prints each goal's
status with the values that decided it, flagged units of each rule, and a summary.

options:
  --db DB            the results store (default: $SKA_DB)
  --period P         the period under review (2019, 2018/19, ht2020); default:
                     the plan's period, else the latest period with data
  --format F         text (default), json, junit (JUnit XML for CI servers),
                     csv, or csv-sv (semicolons and decimal commas, for
                     Swedish Excel)
  --only G1,G2       judge only these goals
  --area NAME        judge only the goals of this area
  --as-of DATE       also list follow-ups of measures due by DATE (YYYY-MM-DD)
  --record[=LABEL]   record this judgement in DB (label: the period and date
                     unless given; `ska history` lists recorded judgements)
  --since WHICH      show what changed since a recorded judgement: its label,
                     latest (the plan's last recorded), or #N
  --fail-on LIST     statuses that make the exit code 1: any of delvis, ej,
                     ingen-data (default: all three), or none; and
                     warnings, for a plan with warnings
  --syntax-only      only parse and check the plan; no store is read; with
                     --format json, its errors and warnings as JSON
  --list goals|areas print the plan's goal names or areas, one a line, and
                     stop (for shell completion); no store is read
  --color, --no-color  force colour on or off (default: on a terminal,
                     unless NO_COLOR is set)

exit status: 0 every selected goal achieved, 1 a goal delvis, ej uppnått or
ingen data (narrowed by --fail-on), 2 an error in the plan, data or arguments.
--- run ska check -h | head -1
--- expect exit 0
usage: ska check PLAN.ska [--db DB] [options]
--- run ska 2>&1 | head -1; ska 2>/dev/null; echo $?
--- expect exit 0
usage: ska COMMAND [ARGS]
2
--- run ska frobnicate
--- expect exit 2
ska: unknown command 'frobnicate' (try `ska --help`)
--- run ska check plan.ska --db t.db --verbose
--- expect exit 2
ska check: unknown option '--verbose'
(see `ska check --help`)
--- run ska check --only
--- expect exit 2
ska check: option '--only' needs a value
(see `ska check --help`)
--- run ska check plan.ska --db
--- expect exit 2
ska check: option '--db' needs a value
(see `ska check --help`)
