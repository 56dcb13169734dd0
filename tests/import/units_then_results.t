# a results file names units by code: known units are used as they are, new ones are
# created with the name, kind and parent columns the file has
--- file units.csv
kod;namn;typ;förälder
0000;Riket;riket;
0181;Södertälje;kommun;0000
--- file schools.csv
indikator;skolenhetskod;skola;typ;förälder;år;värde
N1;48000763;Oasens skola;skola;0181;2024/25;..
N1;0181;Ignored name;ignored;;2024/25;230,1
--- run ska import t.db units.csv schools.csv
--- expect exit 0
units.csv: 2 units: 2 added, 0 changed, 0 unchanged
schools.csv: 2 rows: 2 added, 0 changed, 0 unchanged
schools.csv: 1 unit added: 48000763
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent order by u.code"
--- expect exit 0
0000|Riket|riket|-
0181|Södertälje|kommun|0000
48000763|Oasens skola|school|0181
