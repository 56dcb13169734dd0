# a units-only file (kod, namn, typ, förälder) adds and updates units; a parent may
# come later in the same file
--- file units.csv
kod;namn;typ;förälder
0181;Södertälje;kommun;0000
0000;Riket;riket;
0138;Tyresö;kommun;0000
--- file units2.csv
code,name,kind,parent
0181,Södertälje,kommun,0000
0138,Tyresö kommun,kommun,0000
0192,Nynäshamn,kommun,0000
--- run ska import t.db units.csv
--- expect exit 0
units.csv: 3 units: 3 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent order by u.code"
--- expect exit 0
0000|Riket|riket|-
0138|Tyresö|kommun|0000
0181|Södertälje|kommun|0000
--- run ska import t.db units2.csv
--- expect exit 0
units2.csv: 3 units: 1 added, 1 changed, 1 unchanged
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent order by u.code"
--- expect exit 0
0000|Riket|riket|-
0138|Tyresö kommun|kommun|0000
0181|Södertälje|kommun|0000
0192|Nynäshamn|kommun|0000
