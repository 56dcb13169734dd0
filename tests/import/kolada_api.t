# the Kolada API v2 answer: rows by municipality or school unit ("ou"), keys in any
# order, null values stored as missing; count, status and next_page are not used
--- file kolada.json
{"count": 3, "values": [
  {"kpi": "N15428", "municipality": "0138", "period": 2023,
   "values": [{"gender": "T", "value": 74.1, "count": 1, "status": ""},
              {"gender": "K", "value": null, "count": 0, "status": "Missing"}]},
  {"values": [{"gender": "M", "value": 70.5}], "period": "2022",
   "ou": "V15E013800101", "kpi": "N15428"}
], "next_page": null}
--- run ska import t.db kolada.json
--- expect exit 0
kolada.json: 3 rows: 3 added, 0 changed, 0 unchanged
kolada.json: 2 units added: 0138, V15E013800101
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 2,3"
--- expect exit 0
N15428|0|20230|0138|74.1|0
N15428|1|20230|0138||4
N15428|2|20220|V15E013800101|70.5|0
