# `.periods NAME` for an indicator with no data of its own (a derived one)
# or none in the store says so; it used to pass a NULL list to qsort (UBSan
# in the asan run; issue 9).
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run printf '.periods ej_behörig\n.periods utredd\n' | ska repl plan.ska --db t.db
--- expect exit 0
no periods: there is no data for it in the store
2018
