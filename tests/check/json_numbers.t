# JSON numbers are the shortest text that reads back as the same double.
# Those of a few decimals are written without printf; these sit on both
# sides of where that way stops (6 places, 15 digits, 1e-4, 1e15, 0), and
# the expected text is what the printf way (%.15g, 16 or 17 digits) prints.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file plan.ska
plan "Tal" { organiser "Södertälje"; period 2018 }
--- file q.txt
.format json
0,0001
0,00009999
0,05
-3,25
221,3
0,1 + 0,2
1 / 3
-2 / 3
123456,123456
123456,1234567
999999999999999
999999999999999,9
1000000000000000
0
-0,5 * 0
--- run ska import t.db units.csv >/dev/null && ska repl plan.ska --db t.db < q.txt
--- expect exit 0
{"type":"number","indicator":null,"result":{"value":0.0001,"missing":null}}
{"type":"number","indicator":null,"result":{"value":9.999e-05,"missing":null}}
{"type":"number","indicator":null,"result":{"value":0.05,"missing":null}}
{"type":"number","indicator":null,"result":{"value":-3.25,"missing":null}}
{"type":"number","indicator":null,"result":{"value":221.3,"missing":null}}
{"type":"number","indicator":null,"result":{"value":0.30000000000000004,"missing":null}}
{"type":"number","indicator":null,"result":{"value":0.3333333333333333,"missing":null}}
{"type":"number","indicator":null,"result":{"value":-0.6666666666666666,"missing":null}}
{"type":"number","indicator":null,"result":{"value":123456.123456,"missing":null}}
{"type":"number","indicator":null,"result":{"value":123456.1234567,"missing":null}}
{"type":"number","indicator":null,"result":{"value":999999999999999,"missing":null}}
{"type":"number","indicator":null,"result":{"value":999999999999999.9,"missing":null}}
{"type":"number","indicator":null,"result":{"value":1e+15,"missing":null}}
{"type":"number","indicator":null,"result":{"value":0,"missing":null}}
{"type":"number","indicator":null,"result":{"value":-0,"missing":null}}
