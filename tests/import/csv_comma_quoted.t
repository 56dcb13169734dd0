# English header, ',' separator, quoted fields with "" and separators inside, decimal point
--- file data.csv
Indicator,Unit,Period,Group,Value
"N15505",0181,2018,girls,"233.7"
"N,1","S1 ""hi""",2018/19,boys,-1.5
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 2 rows: 2 added, 0 changed, 0 unchanged
data.csv: 2 units added: 0181, S1 "hi"
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
N,1|2|20185|S1 "hi"|-1.5|0|
N15505|1|20180|0181|233.7|0|
