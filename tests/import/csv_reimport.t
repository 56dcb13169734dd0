# importing again updates what differs (value, status or count) and counts added,
# changed and unchanged rows
--- file v1.csv
indikator;enhet;år;värde;antal
N1;0181;2020;10;5
N1;0181;2021;20;5
N1;0181;2022;..;
--- file v2.csv
indikator;enhet;år;värde;antal
N1;0181;2020;10;5
N1;0181;2021;21;5
N1;0181;2022;..;
N1;0181;2023;30;6
--- run ska import t.db v1.csv
--- expect exit 0
v1.csv: 3 rows: 3 added, 0 changed, 0 unchanged
v1.csv: 1 unit added: 0181
--- run ska import t.db v2.csv
--- expect exit 0
v2.csv: 4 rows: 1 added, 1 changed, 2 unchanged
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20200|0181|10.0|0|5
N1|0|20210|0181|21.0|0|5
N1|0|20220|0181||1|
N1|0|20230|0181|30.0|0|6
--- run ska import t.db v2.csv
--- expect exit 0
v2.csv: 4 rows: 0 added, 0 changed, 4 unchanged
