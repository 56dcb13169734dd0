# only a separator may follow a closing quote
--- file data.csv
indikator;enhet;år;kön;värde
N1;"0181"x;2021;T;1
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:10: error: unexpected text after a closing quote (write a " inside quotes as "")
  N1;"0181"x;2021;T;1
           ^
