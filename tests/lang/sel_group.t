# Group selectors: totalt/flickor/pojkar and the English total/girls/boys.
# Without one the group is totalt; a derived indicator or a let passes the
# group on to what it reads.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0181;2018;flickor;235
merit;0181;2018;pojkar;215
--- file plan.ska
plan "Groups" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Under 340" = 340 - merit { scale points; lower is better }
let dubbel = merit * 2
goal Swedish { target merit[totalt] = 225; target merit[flickor] = 235; target merit[pojkar] = 215 }
goal English { target merit[total] = 225; target merit[girls] = 235; target merit[boys] = 215 }
goal Default { target merit = 225 }
goal Passed { target saknas[flickor] = 105; target dubbel[pojkar] = 430 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Groups
Södertälje kommun, period 2018

  uppnått         Swedish
    uppnått         merit[totalt] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
    uppnått         merit[flickor] = 235
                    235 = 235 gäller
                    merit 2018 flickor, Södertälje: 235
    uppnått         merit[pojkar] = 215
                    215 = 215 gäller
                    merit 2018 pojkar, Södertälje: 215
  uppnått         English
    uppnått         merit[total] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
    uppnått         merit[girls] = 235
                    235 = 235 gäller
                    merit 2018 flickor, Södertälje: 235
    uppnått         merit[boys] = 215
                    215 = 215 gäller
                    merit 2018 pojkar, Södertälje: 215
  uppnått         Default
    uppnått         merit = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
  uppnått         Passed
    uppnått         saknas[flickor] = 105
                    105 = 105 gäller
                    merit 2018 flickor, Södertälje: 235
    uppnått         dubbel[pojkar] = 430
                    430 = 430 gäller
                    merit 2018 pojkar, Södertälje: 215

4 mål: 4 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
