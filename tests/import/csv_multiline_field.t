# a quoted field may hold a line break; later lines keep their true line numbers
--- file good.csv
indikator;enhet;enhetsnamn;år;värde
N1;0181;"Söder-
tälje";2020;1
N1;0182;"Nykvarn";2020;2
--- file bad.csv
indikator;enhet;enhetsnamn;år;värde
N1;0181;"Söder-
tälje";2020;1
N1;0182;"Nykvarn";2020;2x
--- run ska import t.db good.csv
--- expect exit 0
good.csv: 2 rows: 2 added, 0 changed, 0 unchanged
good.csv: 2 units added: 0181, 0182
--- run sqlite3 t.db "select code, name from unit"
--- expect exit 0
0181|Söder-
tälje
0182|Nykvarn
--- run ska import t2.db bad.csv
--- expect exit 2
bad.csv:4:24: error: value "2x" is not a number (expected a number such as 83,2, or .. . ~100)
  N1;0182;"Nykvarn";2020;2x
                         ^
