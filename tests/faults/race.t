# Two imports into a new store at once (issue 9: a failed import deleted
# the store another had just committed). Each builds the store in a
# temporary file of its own and links it into place; the second to finish
# finds the name taken, drops its file and imports into the store that is
# there. Either way the store holds one whole import and nothing is lost.
--- run sh "$SKA_PATH"/tests/faults/race.sh
--- expect exit 0
round 1: both succeed; store intact with 10000 rows; 0 temporary files
a.csv: 10000 rows: 0 added, 0 changed, 10000 unchanged
a.csv: 10000 rows: 10000 added, 0 changed, 0 unchanged
round 2: both succeed; store intact with 10000 rows; 0 temporary files
a.csv: 10000 rows: 0 added, 0 changed, 10000 unchanged
a.csv: 10000 rows: 10000 added, 0 changed, 0 unchanged
round 3: both succeed; store intact with 10000 rows; 0 temporary files
a.csv: 10000 rows: 0 added, 0 changed, 10000 unchanged
a.csv: 10000 rows: 10000 added, 0 changed, 0 unchanged
