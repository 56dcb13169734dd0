# Concurrency as SQLite promises it (issue 9): the store is always in WAL
# mode. `ska check` and `ska repl` started while an import writes read the
# last commit and succeed (before: they waited 5 s and failed, "database is
# locked"); an idle `ska repl` never blocks an import (before: "cannot
# start writing: database is locked" at once), and a reader inside a
# transaction keeps its snapshot until it ends. A second writer waits
# SKA_BUSY_TIMEOUT seconds (30 by default) and then fails naming the other.
--- run sh "$SKA_PATH"/tests/faults/readers.sh
--- expect exit 0
import during reads: ok, 100001 rows
readers during the import: ok
one.csv: 2 rows: 1 added, 1 changed, 0 unchanged
import beside an idle repl and an open read: ok
the reader's transaction saw, before and after the import, then after it ended:
100001
100001
100002
the idle repl, asked afterwards:
60 %
ska import: s.db: another `ska import` (or another program) is writing to it; waited 1 s (SKA_BUSY_TIMEOUT sets how long)
exit 2
once the other writer is done: ok
