# Two rows of one import for the same indicator, unit, period and group are
# an error naming both lines, unless they agree; T, totalt and samtliga are
# one group. Nothing is stored. A value stored by an earlier import is
# simply changed.
--- file a.csv
indikator;enhet;år;kön;värde
N15436;0181;2020;T;80,1
N15436;0181;2020;flickor;82
N15436;0181;2020;samtliga;80,2
--- file agree.csv
indikator;enhet;år;kön;värde
N15436;0181;2020;T;80,1
N15436;0181;2020;totalt;80,1
--- file b.csv
indikator;enhet;år;kön;värde
N15436;0181;2020;totalt;79
--- run ska import t.db a.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
a.csv:4:27: error: a second value for the same indicator, unit, period and group (the first is on line 2): keep one of the two rows
  N15436;0181;2020;samtliga;80,2
                            ^
--- run ska import t.db agree.csv
--- expect exit 0
agree.csv: 2 rows: 1 added, 0 changed, 1 unchanged
agree.csv: 1 unit added: 0181
--- run ska import t.db b.csv
--- expect exit 0
b.csv: 1 row: 0 added, 1 changed, 0 unchanged
--- run ska import t.db b.csv agree.csv
--- expect exit 2
agree.csv:2:20: error: a second value for the same indicator, unit, period and group (the first is on b.csv:2): keep one of the two rows
  N15436;0181;2020;T;80,1
                     ^
--- run sqlite3 t.db "select value from result"
--- expect exit 0
79.0
--- file kolada.json
{"values": [
  {"kpi": "N15436", "municipality": "0181", "period": 2020,
   "values": [{"gender": "T", "value": 80.1}, {"gender": "K", "value": 82}]},
  {"kpi": "N15436", "municipality": "0181", "period": 2020,
   "values": [{"gender": "T", "value": 81.5}]}
]}
--- run ska import t.db kolada.json
--- expect exit 2
kolada.json:5:46: error: a second value for the same indicator, unit, period and group (the first is on line 3): keep one of the two rows
     "values": [{"gender": "T", "value": 81.5}]}
                                               ^
