# Series functions go per unit where a value per unit is wanted: in a rule
# and inside a set function. trend, change over a range and mean of
# x[A..B] reduce each school's own periods (eval.c once turned a series over
# a set into missing, so every school was "ingen data").
# Expected, by hand (least squares over x = 0..4 for 2016..2020):
#   Askskolan 230 228 225 222 220: trend -2,6 (Sxy -26 / Sxx 10), change -10, mean 225
#   Björkskolan 200 205 .. 210 215: trend 3,5 (x 0,1,3,4: Sxy 35 / Sxx 10), change 15, mean 207,5
#   Ekskolan only 2020: too few values for a trend; change missing (2016 missing); mean 212
#   so count(trend < 0) = 1, min -2,6, max 3,5, mean of changes (-10 + 15) / 2 = 2,5
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S01;Askskolan;school;0181
S02;Björkskolan;school;0181
S03;Ekskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2016;totalt;215
merit;0181;2017;totalt;214
merit;0181;2018;totalt;216
merit;0181;2019;totalt;218
merit;0181;2020;totalt;219
merit;S01;2016;totalt;230
merit;S01;2017;totalt;228
merit;S01;2018;totalt;225
merit;S01;2019;totalt;222
merit;S01;2020;totalt;220
merit;S02;2016;totalt;200
merit;S02;2017;totalt;205
merit;S02;2018;totalt;..
merit;S02;2019;totalt;210
merit;S02;2020;totalt;215
merit;S03;2020;totalt;212
--- file plan.ska
plan "Serier per skola" { organiser "Södertälje kommun"; period 2020 }
indicator merit "Meritvärde" { scale points; higher is better }
let sjunker = trend(merit, 2016..2020) < 0
goal G1 "Ingen skola ska tappa" {
  target count(trend(merit, 2016..2020) < 0, skolor) = 0
  target min(trend(merit, 2016..2020), skolor) >= 0
  target max(trend(merit, 2016..2020), skolor) >= 3,5
  target mean(change(merit, 2016..2020), skolor) >= 2,5
  target count(sjunker, skolor) <= 1
}
rule R1 "Meritvärdet sjunker" { for each school; require trend(merit, 2016..2020) >= 0 }
rule R2 "Lågt snitt" { for each school; require mean(merit[2016..2020]) >= 210 }
rule R3 "Genom let" { for each school; require not sjunker }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Serier per skola
Södertälje kommun, period 2020

  delvis uppnått  G1  Ingen skola ska tappa
    ej uppnått      count(trend(merit, 2016..2020) < 0, skolor) = 0
                    1 = 0 gäller inte
                    count(trend(merit)) över 3 skolor (2 med värde): 1
    ej uppnått      min(trend(merit, 2016..2020), skolor) >= 0
                    -2,6 >= 0 gäller inte
                    min(trend(merit)) över 3 skolor (2 med värde): -2,6
    uppnått         max(trend(merit, 2016..2020), skolor) >= 3,5
                    3,5 >= 3,5 gäller
                    max(trend(merit)) över 3 skolor (2 med värde): 3,5
    uppnått         mean(change(merit, 2016..2020), skolor) >= 2,5
                    2,5 >= 2,5 gäller
                    mean(change(merit)) över 3 skolor (2 med värde): 2,5
    uppnått         count(sjunker, skolor) <= 1
                    1 <= 1 gäller
                    count(trend(merit)) över 3 skolor (2 med värde): 1

Regler
  R1  Meritvärdet sjunker
    1 av 3 skolor flaggade, 1 utan data
      Askskolan (S01): trend -2,6
      ingen data: Ekskolan (S03): trend –
  R2  Lågt snitt
    1 av 3 skolor flaggade
      Björkskolan (S02): mean 207,5
  R3  Genom let
    1 av 3 skolor flaggade, 1 utan data
      Askskolan (S01): sjunker 1
      ingen data: Ekskolan (S03): sjunker –

1 mål: 0 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --format json | grep -o '"flagged":\[{"unit":"S01"[^]]*\]\|{"kind":"min"[^}]*}'
--- expect exit 0
{"kind":"min","indicator":"merit","over":"school","of":"trend","units":3,"with_value":2,"needed":2,"ties":null,"unit":null,"result":{"value":-2.6,"missing":null}
"flagged":[{"unit":"S01","name":"Askskolan","no_data":false,"values":{"trend":{"value":-2.6,"missing":null}}},{"unit":"S03","name":"Ekskolan","no_data":true,"values":{"trend":{"value":null,"missing":"too few values"}}}]
"flagged":[{"unit":"S01","name":"Askskolan","no_data":false,"values":{"sjunker":{"value":1,"missing":null}}},{"unit":"S03","name":"Ekskolan","no_data":true,"values":{"sjunker":{"value":null,"missing":"too few values"}}}]
--- run ska report plan.ska --db t.db -o r.md && grep -e 'trend av' -e '| S01 | -2,6' r.md
--- expect exit 0
| ej uppnått | `count(trend(merit, 2016..2020) < 0, skolor) = 0` | 1 = 0 gäller inte | antal av trend av Meritvärde över 3 skolor (2 med värde): 1 |
| ej uppnått | `min(trend(merit, 2016..2020), skolor) >= 0` | -2,6 ≥ 0 gäller inte | lägsta värde av trend av Meritvärde över 3 skolor (2 med värde): -2,6 |
| uppnått | `max(trend(merit, 2016..2020), skolor) >= 3,5` | 3,5 ≥ 3,5 gäller | högsta värde av trend av Meritvärde över 3 skolor (2 med värde): 3,5 |
| uppnått | `count(sjunker, skolor) <= 1` | 1 ≤ 1 gäller | antal av trend av Meritvärde över 3 skolor (2 med värde): 1 |
| Askskolan | S01 | -2,6 | flaggad |
