# all or nothing: the second file is bad, so nothing of either file is written
--- file old.csv
indikator;enhet;år;värde
N1;0181;2019;1
--- file good.csv
indikator;enhet;år;värde
N1;0181;2019;2
N2;0182;2020;3
--- file bad.csv
indikator;enhet;år;värde
N3;0183;2020;4
N3;0183;2021;4,x
--- run ska import t.db old.csv
--- expect exit 0
old.csv: 1 row: 1 added, 0 changed, 0 unchanged
old.csv: 1 unit added: 0181
--- run ska import t.db good.csv bad.csv
--- expect exit 2
bad.csv:3:14: error: value "4,x" is not a number (expected a number such as 83,2, or .. . ~100)
  N3;0183;2021;4,x
               ^
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20190|0181|1.0|0|
--- run sqlite3 t.db "select count(*) from unit; select count(*) from indicator"
--- expect exit 0
1
1
