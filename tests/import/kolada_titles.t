# KommunAnalys's Nyckeltal.txt, as published: a KPI id, ¤ and its title a
# line. It sets the indicators' titles (created if new); a line without the
# separator or without a title is an error at its line.
--- run ska import t.db "$SKA_PATH"/../shared/data/kolada-kommunanalys/Nyckeltal.txt | sed 's|.*/||'
--- expect exit 0
Nyckeltal.txt: 18 indicator titles: 18 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select key, title from indicator where key in ('N15505', 'U15461') order by key"
--- expect exit 0
N15505|Elever i åk. 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)
U15461|Elever i år 9 som är behöriga till yrkespr. avvikelse från modellberäknat värde kommunala skolor, procentenheter
--- run ska import t.db "$SKA_PATH"/../shared/data/kolada-kommunanalys/Nyckeltal.txt | sed 's|.*/||'
--- expect exit 0
Nyckeltal.txt: 18 indicator titles: 0 added, 0 changed, 18 unchanged
--- file bad.txt
N15505¤Meritvärde
N15436 Behöriga till yrkesprogram
--- run ska import t.db bad.txt
--- expect exit 2
bad.txt:2:1: error: expected a KPI id, ¤ and its title (N15505¤Elever i åk. 9, meritvärde …)
  N15436 Behöriga till yrkesprogram
  ^
