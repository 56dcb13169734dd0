# two stored units of the same kind and name cannot be told apart; a kommun wins over others
--- file units.csv
kod;namn;typ
1440;Ale;kommun
99;Ale;skola
1;Berg;skola
2;Berg;skola
--- file ok.json
{"Ale": {"N1": {"2020": {"T": 1}}}}
--- file bad.json
{"Berg": {"N1": {"2020": {"T": 1}}}}
--- run ska import t.db units.csv ok.json
--- expect exit 0
units.csv: 4 units: 4 added, 0 changed, 0 unchanged
units.csv: 3 codes padded to 8 digits, their leading zeros lost (99 → 00000099, …)
ok.json: 1 row: 1 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select u.code from result r join unit u on u.id=r.unit"
--- expect exit 0
1440
--- run ska import t.db bad.json
--- expect exit 2
bad.json:1:2: error: several stored units are called "Berg" (give each a distinct name)
  {"Berg": {"N1": {"2020": {"T": 1}}}}
   ^
