# .. . ~100 and empty are stored as missing with their reason (status 1 2 3 4), never as 0
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;2020;T;..
N1;0181;2020;K;.
N1;0181;2020;M;~100
N1;0182;2020;T;
N1;0183;2020;T;0
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 5 rows: 5 added, 0 changed, 0 unchanged
data.csv: 3 units added: 0181, 0182, 0183
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20200|0181||1|
N1|0|20200|0182||4|
N1|0|20200|0183|0.0|0|
N1|1|20200|0181||2|
N1|2|20200|0181||3|
--- run sqlite3 t.db "select count(*) from result where value is null"
--- expect exit 0
4
