# a column and the option standing in for it: one would be ignored, so it is an error
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;2021;T;1
--- run ska import t.db data.csv --unit 0182
--- expect exit 2
data.csv:1:11: error: the file has a unit column and --unit was given (drop one)
  indikator;enhet;år;kön;värde
            ^
