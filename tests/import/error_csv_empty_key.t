# an empty indicator or unit code is an error (an empty value is a missing value)
--- file noind.csv
indikator;enhet;år;kön;värde
N1;0181;2021;T;1
;0181;2021;T;1
--- file nounit.csv
indikator;enhet;år;kön;värde
N1;  ;2021;T;1
--- file units.csv
kod;namn
;Nowhere
--- run ska import t.db noind.csv
--- expect exit 2
noind.csv:3:1: error: empty indicator (expected a key such as N15505)
  ;0181;2021;T;1
  ^
--- run ska import t.db nounit.csv
--- expect exit 2
nounit.csv:2:6: error: empty unit code (expected a code such as 0181)
  N1;  ;2021;T;1
       ^
--- run ska import t.db units.csv
--- expect exit 2
units.csv:2:1: error: empty unit code (expected a code such as 0181)
  ;Nowhere
  ^
