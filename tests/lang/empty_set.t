# An organiser without schools: a rule for each school checks no unit, an
# aggregate over its schools has no value (count is 0), and a set selector
# gives an empty set. (Found by fuzzing: reading an empty set passed a null
# pointer to memcpy.)
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
X1;Stadsskolan;school;0180
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;X1;2018;totalt;250
--- file plan.ska
plan "No schools" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target mean(merit, skolor) > 200; target count(merit, skolor) = 0; target max(merit[skolor]) > 0 }
rule R1 { for each school; require merit > 200 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
No schools
Södertälje kommun, period 2018

  ingen data      G1
    ingen data      mean(merit, skolor) > 200
                    – > 200 — inga enheter i mängden
                    mean(merit) över 0 skolor, 2018, totalt (0 med värde): –
    uppnått         count(merit, skolor) = 0
                    0 = 0 gäller
                    count(merit) över 0 skolor, 2018, totalt (0 med värde): 0
    ingen data      max(merit[skolor]) > 0
                    – > 0 — inga enheter i mängden
                    max(merit) över 0 skolor, 2018, totalt (0 med värde): –

Regler
  R1
    ingen skola under Södertälje i databasen: inget att pröva

1 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
--- run ska check plan.ska --db t.db --format json >/dev/null
--- expect exit 1
