# riket.txt has no municipality level: its first key is a KPI id, and its values are
# Riket's (0000, created as "Riket" if new), or those of the unit --unit names
--- file riket.txt
{"N15008": {"2019": {"T": 116553.291673}, "2020": {"T": null}},
 "N15505": {"2020": {"K": 239.8, "M": 213.1, "T": 225.9}}}
--- run ska import t.db --unit 0000 riket.txt
--- expect exit 0
riket.txt: 5 rows: 5 added, 0 changed, 0 unchanged
riket.txt: 1 unit added: 0000
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3"
--- expect exit 0
N15008|0|20190|0000|116553.291673|0
N15008|0|20200|0000||4
N15505|0|20200|0000|225.9|0
N15505|1|20200|0000|239.8|0
N15505|2|20200|0000|213.1|0
--- run ska import t2.db riket.txt
--- expect exit 0
riket.txt: 5 rows: 5 added, 0 changed, 0 unchanged
riket.txt: 1 unit added: 0000
--- run sqlite3 t2.db "select u.code, u.name, u.kind, count(*) from result r join unit u on u.id=r.unit group by u.id"
--- expect exit 0
0000|Riket|riket|5
