# a row with fewer fields than the header is an error, the caret after its end
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;2021;T
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:15: error: 4 fields, expected 5 as in the header on line 1
  N1;0181;2021;T
                ^
