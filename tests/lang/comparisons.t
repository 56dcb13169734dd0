# The comparisons < <= > >= and equality written = or ==, inequality != or
# <>, each both holding and not holding.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
--- file plan.ska
plan "Comparisons" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Holds {
  target merit < 221
  target merit <= 220
  target merit > 219
  target merit >= 220
  target merit = 220
  target merit == 220
  target merit != 219
  target merit <> 219
}
goal Fails {
  target merit < 220
  target merit <= 219
  target merit > 220
  target merit >= 221
  target merit = 219
  target merit == 219
  target merit != 220
  target merit <> 220
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Comparisons
Södertälje kommun, period 2018

  uppnått         Holds
    uppnått         merit < 221
                    220 < 221 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit <= 220
                    220 <= 220 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit > 219
                    220 > 219 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit >= 220
                    220 >= 220 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit = 220
                    220 = 220 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit == 220
                    220 = 220 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit != 219
                    220 != 219 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit <> 219
                    220 != 219 gäller
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      Fails
    ej uppnått      merit < 220
                    220 < 220 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit <= 219
                    220 <= 219 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit > 220
                    220 > 220 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit >= 221
                    220 >= 221 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit = 219
                    220 = 219 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit == 219
                    220 = 219 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit != 220
                    220 != 220 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit <> 220
                    220 != 220 gäller inte
                    merit 2018 totalt, Södertälje: 220

2 mål: 1 uppnått, 0 delvis uppnått, 1 ej uppnått, 0 ingen data
