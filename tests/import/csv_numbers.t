# numbers as spreadsheets write them: spaces and no-break spaces between digit groups,
# a minus sign U+2212, an exponent; counts with digit groups; .. as a count is no count
--- file data.csv
indikator;enhet;år;värde;antal
N1;a0;2020;1 234,5;1 220
N1;b0;2020; 12 345;..
N1;c0;2020;−2,5;7
N1;d0;2020;1,5e3;
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 4 rows: 4 added, 0 changed, 0 unchanged
data.csv: 4 units added: a0, b0, c0, d0
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20200|a0|1234.5|0|1220
N1|0|20200|b0|12345.0|0|
N1|0|20200|c0|-2.5|0|7
N1|0|20200|d0|1500.0|0|
