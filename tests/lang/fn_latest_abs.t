# latest(x) is x in the latest period where it has a value (here 2017: 2018
# is published as ".."), whatever the period under review; abs(x) is the
# absolute value.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2016;totalt;215
merit;0181;2017;totalt;220
merit;0181;2018;totalt;..
--- file plan.ska
plan "Latest and abs" { organiser "Södertälje kommun"; period 2016 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Latest { target latest(merit) = 220 }
goal Abs { target abs(merit[2016] - merit[2017]) = 5; target abs(merit) = 215 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Latest and abs
Södertälje kommun, period 2016

  uppnått         Latest
    uppnått         latest(merit) = 220
                    220 = 220 gäller
                    merit 2017 totalt, Södertälje: 220
  uppnått         Abs
    uppnått         abs(merit[2016] - merit[2017]) = 5
                    5 = 5 gäller
                    merit 2016 totalt, Södertälje: 215
                    merit 2017 totalt, Södertälje: 220
    uppnått         abs(merit) = 215
                    215 = 215 gäller
                    merit 2016 totalt, Södertälje: 215

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
