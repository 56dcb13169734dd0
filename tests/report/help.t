# `ska report --help` describes the command and its options; `ska --help`
# lists it among the commands.
--- run ska report --help
--- expect exit 0
usage: ska report PLAN.ska [--db DB] [--format html|md] [-o FILE] [options]

Writes the follow-up report of the plan: a summary with the status of every goal
and the principal concerns, then area by area each goal with its status, the
values that decided each target, trend charts of its indicators (totalt, flickor,
pojkar) with the target drawn in, and its measures with owners and costs; the
units flagged by each rule; the follow-ups due.

options:
  --db DB            the results store (default: $SKA_DB)
  --format F         html (one self-contained file) or md (Markdown); default:
                     from the extension of -o, else html
  -o, --output FILE  write to FILE (default: standard output); Markdown charts
                     are written as SVG files beside FILE
  --period P         the period under review (2019, 2018/19, ht2020); default:
                     the plan's period, else the latest period with data
  --only G1,G2       report only these goals
  --area NAME        report only the goals of this area
  --as-of DATE       list the follow-ups due by DATE (YYYY-MM-DD; default: today)
  --since WHICH      begin with what changed since a recorded judgement: its
                     label, latest (the plan's last recorded), or #N
  --record[=LABEL]   record this judgement in DB, as `ska check --record` does

exit status: 0 the report is written, 2 an error in the plan, data or arguments.
--- run ska --help | grep report
--- expect exit 0
  report   write the follow-up report (HTML or Markdown)
