# a database that is not a ska store is left alone
--- file data.csv
indikator;enhet;år;värde
N1;0181;2020;1
--- run sqlite3 other.db "create table notes(t text)"
--- expect exit 0
--- run ska import other.db data.csv
--- expect exit 2
ska import: other.db: not a ska store (it has tables but no ska schema version)
--- run sqlite3 other.db "select name from sqlite_master"
--- expect exit 0
notes
