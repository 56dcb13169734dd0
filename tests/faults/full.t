# A full filesystem (issue 9): `ska import` fails with SQLite's message and
# exit 2, and the store keeps what it held; a new store is not created at
# all and its temporary file is removed. `ska report -o` writes beside its
# file and renames it into place (charts too), so a report written before
# is never truncated; standard output that cannot be written fails the run.
# Needs root for the tmpfs: otherwise skipped, saying so.
--- run sh "$SKA_PATH"/tests/faults/full.sh
--- expect exit 0
ska import: d/s.db: committing: database or disk is full
exit 2, store intact with 1 rows
ska import: d/new.db: committing: database or disk is full
exit 2
filler
s.db
ska import: d/s.db: disk I/O error (No space left on device)
exit 2
with room again: store intact with 1 rows
ska report: cannot write o/r.html: No space left on device
exit 2
the earlier report is whole
ska report: cannot write o/r-G1-A.svg: No space left on device
exit 2
the earlier Markdown report is whole
ska: cannot write standard output: No space left on device
exit 2
filler
out.json
r-G1-A.svg
r.html
r.md
