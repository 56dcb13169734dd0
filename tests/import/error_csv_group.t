# an unknown group lists the accepted words
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;2021;X;1
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:14: error: group "X" is not a group (expected totalt, flickor or pojkar, or the raters personal or rektor; also T K M, samtliga, alla, kvinnor, män, total, girls, boys, staff, head)
  N1;0181;2021;X;1
               ^
