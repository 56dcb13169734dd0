# `latest` (senaste) is the latest period with a value, whatever the period
# under review; it keeps the other selectors. Without a plan period and
# without --period every reference means its latest stored period.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2017;totalt;220
merit;0181;2018;totalt;225
merit;0181;2019;flickor;240
merit;0181;2019;totalt;..
--- file plan.ska
plan "Latest" { organiser "Södertälje kommun"; period 2017 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Selector { target merit[latest] = 225; target merit[senaste, flickor] = 240 }
goal Context { target merit = 220 }
--- file noperiod.ska
plan "No period" { organiser "Södertälje kommun" }
indicator merit "Meritvärde" { scale points; higher is better }
goal Default { target merit[flickor] = 240; target merit > 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Latest
Södertälje kommun, period 2017

  uppnått         Selector
    uppnått         merit[latest] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
    uppnått         merit[senaste, flickor] = 240
                    240 = 240 gäller
                    merit 2019 flickor, Södertälje: 240
  uppnått         Context
    uppnått         merit = 220
                    220 = 220 gäller
                    merit 2017 totalt, Södertälje: 220

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check noperiod.ska --db t.db
--- expect exit 1
No period
Södertälje kommun

  ingen data      Default
    uppnått         merit[flickor] = 240
                    240 = 240 gäller
                    merit 2019 flickor, Södertälje: 240
    ingen data      merit > 0
                    .. > 0 — för få elever (..)
                    merit 2019 totalt, Södertälje: ..

1 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
