# a Swedish long-format CSV: ';', decimal comma; the unit is created
--- file data.csv
indikator;enhet;år;kön;värde
N15505;0181;2018;T;229,4
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 1 row: 1 added, 0 changed, 0 unchanged
data.csv: 1 unit added: 0181
--- run sqlite3 t.db "select ind, grp, period, unit, value, status from result"
--- expect exit 0
1|0|20180|1|229.4|0
--- run sqlite3 t.db "select id, key, title from indicator; select id, code, name, kind, parent from unit"
--- expect exit 0
1|N15505|
1|0181|0181||
