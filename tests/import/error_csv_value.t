# a value that is no number and no code is an error at its line and column
--- file data.csv
indikator;enhet;år;kön;värde
N15505;0181;2018/19;T;229,4
N15505;0181;2018/19;K;..
N15505;0181;2018/19;M;.
N15505;0182;2018/19;T;~100
N15505;0182;2018/19;K;
N15505;0182;2018/19;M;12x
--- run ska import t.db data.csv
--- expect exit 2
data.csv:7:23: error: value "12x" is not a number (expected a number such as 83,2, or .. . ~100)
  N15505;0182;2018/19;M;12x
                        ^
