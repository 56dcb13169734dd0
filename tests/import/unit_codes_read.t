# Unit codes as spreadsheets leave them: a municipality code is 4 digits and a school
# unit code 8, so 127 (Excel dropped the zero) is 0127 and 1250001 is 01250001, in the
# code and parent columns alike; a stored unit's name where its code belongs
# ("Södertälje", "Norbergs kommun") is that unit. The summary says what was read so.
# CSV and Kolada files go through the same rule; no unit is ever stored as "127".
--- file units.csv
kod;namn;typ;förälder
0000;Riket;riket;
127;Botkyrka;kommun;0000
181;Södertälje;kommun;0000
1960;Norberg;kommun;0000
1250001;Skolan;skola;127
--- file results.csv
indikator;enhet;år;värde
N1;127;2020;1
N1;0127;2019;2
N1;1250001;2020;3
N1;Södertälje;2020;4
N1;Norbergs kommun;2020;5
N1;127;2018;6
--- file api.json
{"values": [{"kpi": "N2", "municipality": "181", "period": 2020, "values": [{"gender": "T", "value": 7}]},
            {"kpi": "N2", "municipality": "Botkyrka", "period": 2020, "values": [{"gender": "T", "value": 8}]}]}
--- file kommuner.json
{"127": "Botkyrka", "1960": "Norberg"}
--- run ska import t.db units.csv results.csv api.json kommuner.json
--- expect exit 0
units.csv: 5 units: 5 added, 0 changed, 0 unchanged
units.csv: 2 codes padded to 4 digits, their leading zeros lost (127 → 0127, …)
units.csv: 1 code padded to 8 digits, its leading zeros lost (1250001 → 01250001)
results.csv: 6 rows: 6 added, 0 changed, 0 unchanged
results.csv: 1 code padded to 4 digits, its leading zeros lost (127 → 0127)
results.csv: 1 code padded to 8 digits, its leading zeros lost (1250001 → 01250001)
results.csv: 2 unit names read as their codes (Södertälje → 0181, …)
api.json: 2 rows: 2 added, 0 changed, 0 unchanged
api.json: 1 code padded to 4 digits, its leading zeros lost (181 → 0181)
api.json: 1 unit name read as its code (Botkyrka → 0127)
kommuner.json: 2 units: 0 added, 0 changed, 2 unchanged
kommuner.json: 1 code padded to 4 digits, its leading zeros lost (127 → 0127)
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent order by 1"
--- expect exit 0
0000|Riket|riket|-
01250001|Skolan|school|0127
0127|Botkyrka|kommun|0000
0181|Södertälje|kommun|0000
1960|Norberg|kommun|0000
--- run sqlite3 t.db "select i.key, u.code, r.period, r.value from result r join unit u on u.id=r.unit join indicator i on i.id=r.ind order by 1, 2, 3"
--- expect exit 0
N1|01250001|20200|3.0
N1|0127|20180|6.0
N1|0127|20190|2.0
N1|0127|20200|1.0
N1|0181|20200|4.0
N1|1960|20200|5.0
N2|0127|20200|8.0
N2|0181|20200|7.0
