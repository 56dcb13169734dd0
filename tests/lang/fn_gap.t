# gap(x) is |x[flickor] - x[pojkar]|; gap(x, g1, g2) compares any two groups.
# The gap is never negative, whichever group is ahead.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0181;2018;flickor;236
merit;0181;2018;pojkar;214
--- file plan.ska
plan "Gap" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Default { target gap(merit) = 22 }
goal Explicit { target gap(merit, pojkar, flickor) = 22; target gap(merit, totalt, pojkar) = 11 }
goal Partly { target gap(merit) <= 15 partly <= 25 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Gap
Södertälje kommun, period 2018

  uppnått         Default
    uppnått         gap(merit) = 22
                    22 = 22 gäller
                    merit 2018 flickor, Södertälje: 236
                    merit 2018 pojkar, Södertälje: 214
  uppnått         Explicit
    uppnått         gap(merit, pojkar, flickor) = 22
                    22 = 22 gäller
                    merit 2018 pojkar, Södertälje: 214
                    merit 2018 flickor, Södertälje: 236
    uppnått         gap(merit, totalt, pojkar) = 11
                    11 = 11 gäller
                    merit 2018 totalt, Södertälje: 225
                    merit 2018 pojkar, Södertälje: 214
  delvis uppnått  Partly
    delvis uppnått  gap(merit) <= 15 partly <= 25
                    22 <= 15 gäller inte; delvis: 22 <= 25 gäller
                    merit 2018 flickor, Södertälje: 236
                    merit 2018 pojkar, Södertälje: 214

3 mål: 2 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
