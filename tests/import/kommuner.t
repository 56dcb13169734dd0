# examples/data/kommuner.csv holds Riket and all 290 municipalities, each under Riket
--- run cp "$SKA_PATH/examples/data/kommuner.csv" . && ska import t.db kommuner.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select kind, count(*), count(parent) from unit group by kind"
--- expect exit 0
kommun|290|290
riket|1|0
--- run sqlite3 t.db "select code, name from unit where code in ('0000', '0181', '2584')"
--- expect exit 0
0000|Riket
0181|Södertälje
2584|Kiruna
