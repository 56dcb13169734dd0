# A store written by an older ska (schema version 1: no value provenance, no
# organisers) is read by nothing until an import brings it up to date, which
# keeps every row; a reader says so instead of failing on a missing column.
--- file v1.sql
CREATE TABLE unit(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '', parent INTEGER REFERENCES unit(id));
CREATE INDEX unit_by_kind ON unit(kind, parent);
CREATE INDEX unit_by_name ON unit(name);
CREATE TABLE indicator(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT);
CREATE TABLE result(ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL,
  unit INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0,
  n INTEGER, PRIMARY KEY(ind, grp, period, unit)) WITHOUT ROWID;
INSERT INTO unit VALUES(1, '0181', 'Södertälje', 'kommun', NULL);
INSERT INTO indicator VALUES(1, 'N15436', NULL);
INSERT INTO result VALUES(1, 0, 20200, 1, 80.5, 0, NULL);
PRAGMA user_version = 1;
--- file plan.ska
indicator behörig "Behöriga" { source "N15436"; scale percent }
plan "P" { unit "0181"; period 2020 }
goal G "G" { target behörig >= 80 % }
--- file more.csv
indikator;enhet;år;värde
N15436;0181;2019;79
--- run sqlite3 old.db < v1.sql && ska check plan.ska --db old.db
--- expect exit 2
ska check: old.db: a store of an older ska (schema version 1): an import into it (`ska import` of any file) brings it up to date
--- run ska import old.db more.csv && sqlite3 old.db "pragma user_version; select period, value, src is null from result order by period"
--- expect exit 0
more.csv: 1 row: 1 added, 0 changed, 0 unchanged
4
20190|79.0|0
20200|80.5|1
