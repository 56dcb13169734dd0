# a parent must be a unit of the same file or of the store; checked after the last row
--- file riket.csv
kod;namn;typ
0000;Riket;riket
--- file units.csv
kod;namn;typ;förälder
0181;Södertälje;kommun;0000
0138;Tyresö;kommun;0001
0192;Nynäshamn;kommun;0000
--- run ska import t.db riket.csv
--- expect exit 0
riket.csv: 1 unit: 1 added, 0 changed, 0 unchanged
--- run ska import t.db units.csv
--- expect exit 2
units.csv:3:20: error: parent "0001" is not a unit in this file or in the store
  0138;Tyresö;kommun;0001
                     ^
--- run sqlite3 t.db "select code from unit"
--- expect exit 0
0000
