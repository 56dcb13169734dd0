# a quoted field that never closes is reported where it opens
--- file data.csv
indikator;enhet;år;kön;värde
N1;"0181;2021;T;1
N1;0181;2022;T;1
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:4: error: quoted field is not closed (no " before the end of the file)
  N1;"0181;2021;T;1
     ^
