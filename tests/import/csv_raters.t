# A self-assessment's rater is read from a `bedömare` column (any case, also
# rater/skattare) and stored as the group personal or rektor; a plan reads
# each rating with a group selector and compares them with gap(x, g1, g2).
# By hand: Askskolan rated 3 by personal and 4,5 by rektor, so the gap is 1,5;
# it has no totalt row (ingen data). A rater that is not one, and a file with
# both kön and bedömare, are errors at their place.
--- file u.csv
kod;namn;typ;förälder
0181;Södertälje;kommun;
S01;Askskolan;school;0181
--- file ok.csv
indikator;enhet;år;Bedömare;värde
ledning;S01;2018;Personal;3
ledning;S01;2018;REKTOR;4,5
--- file bad.csv
indikator;enhet;år;bedömare;värde
ledning;S01;2018;lärare;3
--- file both.csv
indikator;enhet;år;kön;bedömare;värde
ledning;S01;2018;totalt;rektor;3
--- file p.ska
plan "R" { organiser "Södertälje kommun"; period 2018 }
indicator ledning "Ledning" { scale grade; higher is better }
goal G { target ledning[rektor, "S01"] - ledning[personal, "S01"] = 1,5
         target gap(ledning["S01"], rektor, personal) = 1,5
         target ledning["S01"] >= 3 }
--- run ska import t.db u.csv ok.csv
--- expect exit 0
u.csv: 2 units: 2 added, 0 changed, 0 unchanged
ok.csv: 2 rows: 2 added, 0 changed, 0 unchanged
--- run ska check p.ska --db t.db
--- expect exit 1
R
Södertälje kommun, period 2018

  ingen data      G
    uppnått         ledning[rektor, "S01"] - ledning[personal, "S01"] = 1,5
                    1,5 = 1,5 gäller
                    ledning 2018 rektor, Askskolan: 4,5
                    ledning 2018 personal, Askskolan: 3
    uppnått         gap(ledning["S01"], rektor, personal) = 1,5
                    1,5 = 1,5 gäller
                    ledning 2018 rektor, Askskolan: 4,5
                    ledning 2018 personal, Askskolan: 3
    ingen data      ledning["S01"] >= 3
                    – >= 3 — inget värde i databasen
                    ledning 2018 totalt, Askskolan: –

1 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
--- run ska import t.db bad.csv
--- expect exit 2
bad.csv:2:18: error: group "lärare" is not a group (expected totalt, flickor or pojkar, or the raters personal or rektor; also T K M, samtliga, alla, kvinnor, män, total, girls, boys, staff, head)
  ledning;S01;2018;lärare;3
                   ^
--- run ska import t.db both.csv
--- expect exit 2
both.csv:1:24: error: "bedömare" is a second group column (keep one)
  indikator;enhet;år;kön;bedömare;värde
                         ^
