# kill -9 during `ska import` at several moments (issue 9): the store is
# intact (PRAGMA integrity_check) and holds all of the import or none of
# it; `ska check` reads it. A store being created appears whole or not at
# all: it is built in a temporary file and linked into place by the commit;
# an interrupted run (SIGINT, SIGTERM) removes that file.
--- run sh "$SKA_PATH"/tests/faults/kill.sh
--- expect exit 0
existing store, killed after 0.1 s: intact, all or none, check reads it
new store, killed after 0.1 s: no store or all of it
existing store, killed after 0.3 s: intact, all or none, check reads it
new store, killed after 0.3 s: no store or all of it
existing store, killed after 0.6 s: intact, all or none, check reads it
new store, killed after 0.6 s: no store or all of it
new store, SIGINT after 0.2 s: 0 temporary files
new store, SIGTERM after 0.2 s: 0 temporary files
