# A units file may say who runs each unit: the organiser's name (huvudman)
# and its type (huvudmannatyp: Kommunal, Enskild, Statlig, Region). A type
# ska does not know is an error at its line.
--- file units.csv
kod;namn;typ;förälder;huvudman;huvudmannatyp
0181;Södertälje;kommun;;;
10661388;Ronnaskolan;school;0181;Södertälje kommun;Kommunal
14872951;Magelungens Grundskola Södertälje;school;0181;Magelungen Utveckling AB;enskild
--- file bad.csv
kod;namn;typ;förälder;huvudman;huvudmannatyp
10661388;Ronnaskolan;school;0181;Södertälje kommun;Kommunen
--- run ska import t.db units.csv
--- expect exit 0
units.csv: 3 units: 3 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select code, organiser, organiser_kind from unit order by code"
--- expect exit 0
0181||
10661388|Södertälje kommun|kommunal
14872951|Magelungen Utveckling AB|enskild
--- run ska import t.db bad.csv
--- expect exit 2
bad.csv:2:52: error: type of organiser "Kommunen" is not one (expected Kommunal, Enskild, Statlig or Region)
  10661388;Ronnaskolan;school;0181;Södertälje kommun;Kommunen
                                                     ^
