# an empty field past the header's is a trailing separator; text there is an error
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;2021;T;1;
N1;0181;2021;K;1;;
N1;0181;2021;M;1;2
--- run ska import t.db data.csv
--- expect exit 2
data.csv:4:18: error: more fields than the 5 of the header on line 1
  N1;0181;2021;M;1;2
                   ^
