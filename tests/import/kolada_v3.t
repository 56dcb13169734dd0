# Kolada API v3 answers, saved as fetched (shapes per docs/kolada-api): /municipality
# (K municipalities; L regions skipped, 0000 Riket kept), /ou (each school unit with its
# municipality), /data in two pages (next_url, previous_url), /oudata; a directory is
# every *.json file in it, in name order, in one transaction. A withdrawn value
# ("isdeleted": true) and null are stored as missing; "count" and "status" are not used.
# Then the pages of one answer as several files in one call (nothing new), and an OU
# data row that carries its municipality too (a new OU is created under it).
--- run cp -r "$SKA_PATH/tests/import/data/kolada-v3" v3
--- expect exit 0
--- run ska import t.db v3
--- expect exit 0
v3/1-municipality.json: 3 units: 3 added, 0 changed, 0 unchanged
v3/1-municipality.json: 1 skipped: regions (codes 00 + county code: ska follows municipalities and their schools)
v3/2-ou.json: 2 units: 2 added, 0 changed, 0 unchanged
v3/3-data-page1.json: 4 rows: 4 added, 0 changed, 0 unchanged
v3/3-data-page2.json: 2 rows: 2 added, 0 changed, 0 unchanged
v3/4-oudata.json: 2 rows: 2 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent order by 1"
--- expect exit 0
0000|Riket|riket|-
0680|Jönköping|kommun|-
0684|Sävsjö|kommun|-
V15E068400107|Hofgårdsskolan|school|0684
V15E068400701|Vallsjöskolan|school|0684
--- run sqlite3 t.db "select i.key, u.code, r.period, r.grp, coalesce(r.value, 'null'), r.status from result r join unit u on u.id=r.unit join indicator i on i.id=r.ind order by 1, 2, 3, 4"
--- expect exit 0
N15504|V15E068400107|20230|0|null|4
N15504|V15E068400701|20240|0|227.5|0
N15505|0000|20240|0|224.1|0
N15505|0000|20240|1|null|4
N15505|0680|20240|0|null|4
N15505|0684|20240|0|219.6|0
N15505|0684|20240|1|238.4|0
N15505|0684|20240|2|201.9|0
--- run ska import t.db v3/3-data-page1.json v3/3-data-page2.json
--- expect exit 0
v3/3-data-page1.json: 4 rows: 0 added, 0 changed, 4 unchanged
v3/3-data-page2.json: 2 rows: 0 added, 0 changed, 2 unchanged
--- file oudata.json
{"values": [{"kpi": "N15504", "ou": "V15E068400999", "municipality": "0684", "period": 2024,
             "values": [{"gender": "T", "value": 230.0}]}], "next_url": null}
--- run ska import t.db oudata.json
--- expect exit 0
oudata.json: 1 row: 1 added, 0 changed, 0 unchanged
oudata.json: 1 unit added: V15E068400999
--- run sqlite3 t.db "select u.kind, p.code from unit u join unit p on p.id=u.parent where u.code='V15E068400999'"
--- expect exit 0
school|0684
