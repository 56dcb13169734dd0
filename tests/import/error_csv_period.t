# an unknown period names the accepted forms (two-digit terms are ambiguous)
--- file data.csv
indikator;enhet;år;kön;värde
N1;0181;vt21;T;1
--- run ska import t.db data.csv
--- expect exit 2
data.csv:2:9: error: period "vt21" is not a period (expected a year 2018, a school year 2018/19, or a term ht2020, vt2021)
  N1;0181;vt21;T;1
          ^
