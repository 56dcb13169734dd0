# Read-only stores (issue 9: "attempt to write a readonly database" when
# reading in a read-only directory; "disk I/O error" importing into a
# read-only file). Readers work in a read-only directory: with no -wal left
# beside the store no writer can be at work there, so it is read as
# immutable. Imports say what is read-only. Permission bits do not stop
# root, so this uses read-only bind mounts: needs root, else skipped.
--- run sh "$SKA_PATH"/tests/faults/readonly.sh
--- expect exit 0
target,G1,g,,,uppnått,A >= 40 %,,50,40,2020,,,,
50 %
ska import: d/s.db is read-only: cannot write to it (Read-only file system)
exit 2
ska import: d/new.db: cannot create the store in d: Read-only file system
exit 2
s.db
target,G1,g,,,uppnått,A >= 40 %,,50,40,2020,,,,
ska import: d/s.db is read-only: cannot write to it (Read-only file system)
exit 2
ska check: cannot record the judgement: d/s.db is read-only: cannot write to it (Read-only file system)
exit 2
small.csv: 1 row: 0 added, 0 changed, 1 unchanged
