# Windows line ends (CR LF) are read like LF
--- file data.csv
indikator;enhet;år;värde
N1;0181;2020;1,5
N1;0181;2021;2
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 2 rows: 2 added, 0 changed, 0 unchanged
data.csv: 1 unit added: 0181
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20200|0181|1.5|0|
N1|0|20210|0181|2.0|0|
