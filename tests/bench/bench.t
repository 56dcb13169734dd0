# `make bench` keeps working: BENCH_SIZE=tiny generates a small store and
# plans, runs every comparison (ska import vs the C API limit and sqlite3
# .import; the published Skolverket and KommunAnalys files of shared/data
# vs the same values as one long CSV, per value; ska check vs hand-written SQL and pandas,
# loading the store and the CSV; a whole-store plan vs one scan of the rows; --syntax-only vs luac -p; REPL latency) and
# insists the importers store the same rows (checksums of every
# indicator's values), the store holds every value the published files'
# summaries report (and the long CSV of them the same), and the four checkers reach the same verdicts. Seed 4 gives
# goals and targets without data (`..`, `.`, `~100` that does not settle a
# bound) among them.
# No timing is asserted.
--- run BENCH_SIZE=tiny BENCH_SEED=4 BENCH_OUT="$PWD/out" SKA="$(command -v ska)" sh "$SKA_PATH/bench/run.sh" > log 2>&1 || { echo "exit $?"; tail -n 20 log; }; grep -E '^(bench: size|import:|published:|check:|whole:|parse:|latency:)' log; grep -c '^| what | ska | the limit' out/tiny/results.md
--- expect exit 0
bench: size tiny, seed 4: 35257 result rows, 60 units, 20 indicators; plan 60 goals, 118 targets, 6 rules; parse plan 2000 goals
import: ska, limit, plain table and sqlite3 each stored 35257 rows; every indicator's checksum agrees
published: 6 files, 59039 rows, 108832 values: summaries = store = the same values as a long CSV
check: verdicts agree: 60 goals (19 uppnått, 31 delvis, 6 ej, 4 ingen_data), 118 targets, 10 flagged units — ska = limit_check = pandas (store) = pandas (CSV)
whole: 40 rules over all 35257 rows flag 429 units (121 for missing data); one scan reads the 35257 rows (1 MB of pages)
parse: ska and luac accept the 2000-goal plan
latency: 200 point queries, 20 rankings over 49 units
1
