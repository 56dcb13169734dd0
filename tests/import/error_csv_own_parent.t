# a unit cannot be its own parent
--- file units.csv
kod;namn;typ;förälder
0181;Södertälje;kommun;0181
--- run ska import t.db units.csv
--- expect exit 2
units.csv:2:24: error: unit 0181 cannot be its own parent
  0181;Södertälje;kommun;0181
                         ^
