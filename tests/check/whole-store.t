# A whole-store plan: Riket as the organiser, rules for every school and
# every kommun whose trend, gap, rank and mean read every unit, period and
# group (bench/gen.c's whole.ska in small). Each unit's series is read
# from scans shared by every unit of the set, not one lookup per unit and
# period, and a rank over time ranks every unit among values sorted once
# per period; the figures are those of one unit at a time: a school opened
# later (S9) has a shorter series, ".." (S2 2017) and a missing row (S5
# 2019) are missing, "~100" (S4 2019) is an interval in the change, trend
# and rank, and ties share a place (three schools at 12 % frånvaro).
--- file mk.sh
{ echo "code;name;kind;parent"; echo "0000;Riket;riket;"
  echo "0101;Ån;kommun;0000"; echo "0102;Berg;kommun;0000"; echo "0103;Dal;kommun;0000"
  awk 'BEGIN { for (i = 1; i <= 9; i++) printf "S%d;Skola %d;school;010%d\n", i, i, (i - 1) % 3 + 1 }'; } > units.csv
{ echo "indicator;unit;period;group;value;n"
  awk 'BEGIN {
    split("0101 0102 0103 S1 S2 S3 S4 S5 S6 S7 S8 S9", u, " "); split("totalt flickor pojkar", g, " ")
    for (k = 1; k <= 12; k++) for (y = 2016; y <= 2019; y++) for (j = 1; j <= 3; j++) {
      if (u[k] == "S9" && y < 2018) continue                       # opened in 2018
      v = 200 + (k * 7 + y * 3 + j * 11) % 40 + (y - 2016) * (k % 3 - 1)
      if (k == 5 && j > 1 && y == 2017) printf "merit;%s;%d;%s;..;\n", u[k], y, g[j]
      else printf "merit;%s;%d;%s;%s;%d\n", u[k], y, g[j], v, 20 + k
      b = 80 + (k * 5 + y + j * 3) % 20
      if (k == 7 && y == 2019) printf "behörig;%s;%d;%s;~100;25\n", u[k], y, g[j]
      else if (k != 8 || y != 2019) printf "behörig;%s;%d;%s;%s;%d\n", u[k], y, g[j], b, 20 + k
      printf "frånvaro;%s;%d;%s;%d;%d\n", u[k], y, g[j], 5 + (k * 3 + y * 7 + j) % 9, 20 + k
    } }'; } > data.csv
--- file whole.ska
plan "Hela riket" { organiser "Riket"; period 2019 }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal G1 "Skolorna i riket" {
  target count(trend(merit, 2016..2019) < 0, skolor) <= 3
  target mean(trend(frånvaro, 2016..2019), kommuner) <= 0 partly <= 1
}
rule W1S "merit: varje skola" {
  for each school
  when trend(merit, 2016..2019) < 0 or trend(gap(merit, flickor, pojkar), 2016..2019) > 0
  require rank(merit, skolor) <= 4 or merit >= mean(merit, skolor)
}
rule W1K "merit: varje kommun" {
  for each kommun
  when trend(merit, 2016..2019) < 0 or trend(gap(merit, flickor, pojkar), 2016..2019) > 0
  require rank(merit, kommuner) <= 1 or merit >= mean(merit, kommuner)
}
rule W2S "behörig: varje skola" {
  for each school
  when change(behörig, 2016..2019) < 2 or trend(gap(behörig, flickor, pojkar), 2016..2019) > 0
  require rank(behörig, skolor) <= 4 and behörig[flickor] >= mean(behörig[flickor], skolor)
}
rule W3S "frånvaro: varje skola" {
  for each school
  when trend(frånvaro[pojkar], 2016..2019) > 0 or max(frånvaro[2016..2019]) > 10
  require rank(frånvaro, skolor) <= 5 or frånvaro <= mean(frånvaro, skolor)
}
rule W3K "frånvaro: varje kommun" {
  for each kommun
  when trend(frånvaro, 2016..2019) > 0
  require rank(frånvaro, kommuner) <= 2
}
rule W4S "merit: rangen över tid" {
  for each school
  require trend(rank(merit, skolor), 2016..2019) <= 0 or rank(merit, skolor) <= 3
}
--- run sh mk.sh && ska import t.db units.csv data.csv
--- expect exit 0
units.csv: 13 units: 13 added, 0 changed, 0 unchanged
data.csv: 411 rows: 411 added, 0 changed, 0 unchanged
--- run ska check whole.ska --db t.db
--- expect exit 0
Hela riket
Riket, period 2019

  uppnått         G1  Skolorna i riket
    uppnått         count(trend(merit, 2016..2019) < 0, skolor) <= 3
                    1 <= 3 gäller
                    count(trend(merit)) över 9 skolor (9 med värde): 1
    uppnått         mean(trend(frånvaro, 2016..2019), kommuner) <= 0 partly <= 1
                    -0,2 p.e. <= 0 p.e. gäller
                    mean(trend(frånvaro)) över 3 kommuner (3 med värde): -0,2 p.e.

Regler
  W1S  merit: varje skola
    2 av 9 skolor flaggade
      Skola 5 (S5): trend -12, trend 0, rank 9, merit 207
      Skola 7 (S7): trend 3, trend 5,4, rank 6, merit 218
  W1K  merit: varje kommun
    1 av 3 kommuner flaggade
      Berg (0102): trend -8, trend 0, rank 3, merit 205
  W2S  behörig: varje skola
    1 av 9 skolor flaggade, 3 utan data
      Skola 1 (S1): change -17 p.e., trend 0 p.e., rank 7, behörig 85 %
      ingen data: Skola 9 (S9): change –, trend 0 p.e., rank 7, behörig 85 %
      ingen data: Skola 4 (S4): change -10–2 p.e., trend -5,1–-1,5 p.e., rank 2–6, behörig 84–96 %
      ingen data: Skola 5 (S5): change –, trend 0 p.e., rank –, behörig –
  W3S  frånvaro: varje skola
    3 av 9 skolor flaggade
      Skola 1 (S1): trend -2 p.e., max 12 %, rank 7, frånvaro 12 %
      Skola 4 (S4): trend -2 p.e., max 12 %, rank 7, frånvaro 12 %
      Skola 7 (S7): trend -2 p.e., max 12 %, rank 7, frånvaro 12 %
  W3K  frånvaro: varje kommun
    1 av 3 kommuner flaggade
      Ån (0101): trend 0,7 p.e., rank 3
  W4S  merit: rangen över tid
    2 av 9 skolor flaggade
      Skola 3 (S3): trend 0,3, rank 4
      Skola 5 (S5): trend 3,2, rank 9

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
