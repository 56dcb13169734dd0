# A set's values are read by its members' keys when it is a small share of
# the store's units (the small kommun's 3 schools, the 2 kommuner, of 45
# units) and by one range scan of (indicator, group, period) when large
# (the big kommun's 40 schools): both give the same values, and a member
# without a row (S43) is missing, never a pass.
--- file mk.sh
{ echo "code;name;kind;parent"; echo "0181;Liten;kommun;"; echo "0182;Stor;kommun;"
  echo "S1;Skola 1;school;0181"; echo "S2;Skola 2;school;0181"; echo "S43;Skola 43;school;0181"
  awk 'BEGIN { for (i = 3; i <= 42; i++) printf "S%d;Skola %d;school;0182\n", i, i }'; } > units.csv
{ echo "indicator;unit;period;group;value"
  awk 'BEGIN { for (i = 1; i <= 42; i++) { printf "merit;S%d;2018;totalt;%d\n", i, 200 + i; if (i % 7 == 0) printf "merit;S%d;2017;totalt;..\n", i } }'
  echo "merit;0181;2018;totalt;210"; echo "merit;0182;2018;totalt;230"; } > data.csv
--- file small.ska
plan "Få skolor" { organiser "Liten"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Skolorna" {
  target mean(merit, skolor) >= 200
  target min(merit, skolor) >= 202 partly >= 201
  target spread(merit, skolor) <= 5
  target rank(merit, kommuner) <= 1
}
rule R1 "Skolor" { for each school; require merit >= 202 }
--- file big.ska
plan "Många skolor" { organiser "Stor"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Skolorna" {
  target mean(merit, skolor) >= 200
  target min(merit, skolor) >= 202 partly >= 201
  target spread(merit, skolor) <= 5
  target rank(merit, kommuner) <= 1
}
rule R1 "Skolor" { for each school; require merit >= 202 }
--- run sh mk.sh && ska import t.db units.csv data.csv
--- expect exit 0
units.csv: 45 units: 45 added, 0 changed, 0 unchanged
data.csv: 50 rows: 50 added, 0 changed, 0 unchanged
--- run ska check small.ska --db t.db
--- expect exit 1
Få skolor
Liten, period 2018

  delvis uppnått  G1  Skolorna
    uppnått         mean(merit, skolor) >= 200
                    201,5 >= 200 gäller
                    mean(merit) över 3 skolor, 2018, totalt (2 med värde): 201,5
    delvis uppnått  min(merit, skolor) >= 202 partly >= 201
                    201 >= 202 gäller inte; delvis: 201 >= 201 gäller
                    min(merit) över 3 skolor, 2018, totalt (2 med värde): 201
    uppnått         spread(merit, skolor) <= 5
                    1 <= 5 gäller
                    spread(merit) över 3 skolor, 2018, totalt (2 med värde): 1
    ej uppnått      rank(merit, kommuner) <= 1
                    2 <= 1 gäller inte
                    rank(merit) över 2 kommuner, 2018, totalt (2 med värde): 2:a plats

Regler
  R1  Skolor
    1 av 3 skolor flaggade, 1 utan data
      Skola 1 (S1): merit 201
      ingen data: Skola 43 (S43): merit –

1 mål: 0 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check big.ska --db t.db
--- expect exit 1
Många skolor
Stor, period 2018

  delvis uppnått  G1  Skolorna
    uppnått         mean(merit, skolor) >= 200
                    222,5 >= 200 gäller
                    mean(merit) över 40 skolor, 2018, totalt (40 med värde): 222,5
    uppnått         min(merit, skolor) >= 202 partly >= 201
                    203 >= 202 gäller
                    min(merit) över 40 skolor, 2018, totalt (40 med värde): 203
    ej uppnått      spread(merit, skolor) <= 5
                    39 <= 5 gäller inte
                    spread(merit) över 40 skolor, 2018, totalt (40 med värde): 39
    uppnått         rank(merit, kommuner) <= 1
                    1 <= 1 gäller
                    rank(merit) över 2 kommuner, 2018, totalt (2 med värde): 1:a plats

Regler
  R1  Skolor
    0 av 40 skolor flaggade

1 mål: 0 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
