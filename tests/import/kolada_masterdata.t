# KommunAnalys MasterData {municipality name: {kpi: {year: {gender: value}}}} (an excerpt
# of the real file); the names are looked up among stored units; .txt is sniffed as JSON
--- file kommuner.csv
kod;namn;typ;förälder
0000;Riket;riket;
1440;Ale;kommun;0000
2403;Bjurholm;kommun;0000
--- file MasterData.txt
{"Ale": {"N15505": {"2019": {"K": 237.3, "M": 202.8, "T": 219.7}, "2020": {"K": 239.1, "M": 216.5, "T": 227.2}}}, "Bjurholm": {"N15419": {"2018": {"K": null, "M": 84.6, "T": 71.4}}}}
--- run ska import t.db kommuner.csv MasterData.txt
--- expect exit 0
kommuner.csv: 3 units: 3 added, 0 changed, 0 unchanged
MasterData.txt: 9 rows: 9 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.name, r.value, r.status from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3"
--- expect exit 0
N15419|0|20180|Bjurholm|71.4|0
N15419|1|20180|Bjurholm||4
N15419|2|20180|Bjurholm|84.6|0
N15505|0|20190|Ale|219.7|0
N15505|0|20200|Ale|227.2|0
N15505|1|20190|Ale|237.3|0
N15505|1|20200|Ale|239.1|0
N15505|2|20190|Ale|202.8|0
N15505|2|20200|Ale|216.5|0
