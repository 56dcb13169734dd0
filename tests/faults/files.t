# What is not a store is refused, and a reader never writes (issue 9:
# `ska check` on an empty file wrote a schema into it; `ska import "" f.csv`
# and `ska import :memory: f.csv` said "1 row: 1 added" and stored nothing).
# An empty file and a file that is not SQLite are refused by every reader
# and left as they were; an import into an empty file makes it a store.
# Names SQLite would not open as a file are refused with exit 2, and so is
# a name a store cannot be created under (a directory, a dangling link).
--- file small.csv
indikator;enhet;år;värde
A;0001;2020;50
--- file plan.ska
plan "p" { organiser "0001"; period 2020 }
indicator A "a" { scale percent }
goal G1 "g" { target A >= 40 % }
--- run : > empty.db; ska check plan.ska --db empty.db 2>&1; ska report plan.ska --db empty.db 2>&1; echo A | ska repl --db empty.db 2>&1; echo "exit $?"; wc -c < empty.db; ls
--- expect exit 0
ska check: empty.db: not a ska store (the file is empty)
ska report: empty.db: not a ska store (the file is empty)
ska repl: empty.db: not a ska store (the file is empty)
exit 2
0
empty.db
plan.ska
small.csv
--- run echo "not SQLite at all, but long enough to be read as a header of a database file" > text.db; ska check plan.ska --db text.db; ska import text.db small.csv; cat text.db
--- expect exit 0
not SQLite at all, but long enough to be read as a header of a database file
ska check: text.db: not a ska store (not an SQLite database)
ska import: text.db: not a ska store (not an SQLite database)
--- run for db in "" :memory: file:s.db 'file:s.db?mode=memory'; do ska import "$db" small.csv 2>&1; echo "exit $?"; done; ls
--- expect exit 0
ska import: the store name is empty
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
exit 2
ska import: ":memory:" is not a file: a store is a file (write ./:memory: for a file so named)
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
exit 2
ska import: "file:s.db" is an SQLite URI: a store is named by its file (write ./file:s.db for a file so named)
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
exit 2
ska import: "file:s.db?mode=memory" is an SQLite URI: a store is named by its file (write ./file:s.db?mode=memory for a file so named)
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
exit 2
empty.db
plan.ska
small.csv
text.db
--- run ska check plan.ska --db ""; ska check plan.ska --db :memory:; ska report plan.ska --db file:s.db; echo A | ska repl --db :memory:
--- expect exit 2
ska check: the store name is empty
ska check: ":memory:" is not a file: a store is a file (write ./:memory: for a file so named)
ska report: "file:s.db" is an SQLite URI: a store is named by its file (write ./file:s.db for a file so named)
ska repl: ":memory:" is not a file: a store is a file (write ./:memory: for a file so named)
--- run ska import empty.db small.csv && ska check plan.ska --db empty.db --format csv | tail -n 1
--- expect exit 0
small.csv: 1 row: 1 added, 0 changed, 0 unchanged
small.csv: 1 unit added: 0001
target,G1,g,,,uppnått,A >= 40 %,,50,40,2020,,,,
--- run mkdir adir; ln -s nowhere/s.db dangling.db; for db in adir dangling.db; do ska import $db small.csv; echo "exit $?"; done 2>&1; ls -A | grep -c tmp
--- expect exit 1
ska import: adir: Is a directory
exit 2
ska import: dangling.db: the name is taken, but not by a store it can open
exit 2
0
