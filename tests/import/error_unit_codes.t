# Unit codes that cannot be read as one unit are refused, with where and what to do,
# and nothing of the import is stored: a code with lost zeros that fits two stored
# units (0127 and 00000127), a name no stored unit has (the closest are suggested),
# the same in a Kolada answer, and a name in a units file's code column.
--- file units.csv
kod;namn;typ
0127;Botkyrka;kommun
00000127;Skola 127;skola
0181;Södertälje;kommun
--- file ambiguous.csv
indikator;enhet;år;värde
N1;0181;2020;1
N1;127;2020;2
--- file unknown.csv
indikator;enhet;år;värde
N1;0181;2020;1
N1;Sodertalje;2020;2
--- file far.csv
indikator;enhet;år;värde
N1;Atlantis;2020;2
--- file unknown.json
{"values": [{"kpi": "N1", "period": 2020, "values": [{"gender": "T", "value": 1}],
             "municipality": "Botkirka"}]}
--- file names.csv
kod;namn;typ
Norberg;Norberg;kommun
--- run ska import t.db units.csv
--- expect exit 0
units.csv: 3 units: 3 added, 0 changed, 0 unchanged
--- run ska import t.db ambiguous.csv
--- expect exit 2
ambiguous.csv:3:4: error: code 127 lost its leading zeros, and both 0127 and 00000127 are stored units (write the code in full; in a spreadsheet, format the column as text)
  N1;127;2020;2
     ^
--- run ska import t.db unknown.csv
--- expect exit 2
unknown.csv:3:4: error: no stored unit is called "Sodertalje" (closest: "Södertälje"; write the unit's code, such as 0181, or import the unit first)
  N1;Sodertalje;2020;2
     ^
--- run ska import t.db far.csv
--- expect exit 2
far.csv:2:4: error: no stored unit is called "Atlantis" (write the unit's code, such as 0181, or import the unit first)
  N1;Atlantis;2020;2
     ^
--- run ska import t.db unknown.json
--- expect exit 2
unknown.json:2:30: error: no stored unit is called "Botkirka" (closest: "Botkyrka"; write the unit's code, such as 0181, or import the unit first)
--- run ska import t.db names.csv
--- expect exit 2
names.csv:2:1: error: no stored unit is called "Norberg" (write the unit's code, such as 0181, or import the unit first)
  Norberg;Norberg;kommun
  ^
--- run sqlite3 t.db "select (select count(*) from result), (select count(*) from unit), (select count(*) from indicator)"
--- expect exit 0
0|3|0
