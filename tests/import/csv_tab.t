# tab-separated, header in any case, school year and term periods
--- file data.tsv
INDICATOR	UNIT	PERIOD	VALUE
N1	0181	ht2020	1,25
N1	0181	vt2021	2
N1	0181	2020/2021	3
--- run ska import t.db data.tsv
--- expect exit 0
data.tsv: 3 rows: 3 added, 0 changed, 0 unchanged
data.tsv: 1 unit added: 0181
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N1|0|20205|0181|3.0|0|
N1|0|20207|0181|1.25|0|
N1|0|20212|0181|2.0|0|
