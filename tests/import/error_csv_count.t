# a count must be a whole number (or .. . empty for none)
--- file data.csv
indikator;enhet;år;värde;antal
N1;0181;2021;1;3,5
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:16: error: count "3,5" is not a whole number (expected a number of pupils such as 1 234, or .. . or empty)
  N1;0181;2021;1;3,5
                 ^
