# --format overrides the guess from the name; "--" ends the options
--- file data.json
indikator;enhet;år;värde
N1;0181;2020;1
--- file --odd.csv
indikator;enhet;år;värde
N1;0181;2021;2
--- run ska import t.db data.json
--- expect exit 2
data.json:1:1: error: expected a value (an object, array, string, number, true, false or null)
  indikator;enhet;år;värde
  ^
--- run ska import t.db --format csv data.json
--- expect exit 0
data.json: 1 row: 1 added, 0 changed, 0 unchanged
data.json: 1 unit added: 0181
--- run ska import t.db -- --odd.csv
--- expect exit 0
--odd.csv: 1 row: 1 added, 0 changed, 0 unchanged
