# --indicator, --period and --unit stand in for columns a file does not have
--- file values.csv
kön;värde
T;74,1
K;80
--- file units.csv
kod;värde
0181;1
0182;2
--- run ska import t.db values.csv --indicator N15428 --period 2023 --unit 0138
--- expect exit 0
values.csv: 2 rows: 2 added, 0 changed, 0 unchanged
values.csv: 1 unit added: 0138
--- run ska import t.db --period=ht2023 --indicator=N1 units.csv
--- expect exit 0
units.csv: 2 rows: 2 added, 0 changed, 0 unchanged
units.csv: 2 units added: 0181, 0182
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20237|0181|1.0|0|
N1|0|20237|0182|2.0|0|
N15428|0|20230|0138|74.1|0|
N15428|1|20230|0138|80.0|0|
