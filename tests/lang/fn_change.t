# change(x) is x minus x in the previous period; change(x, 2014..2018) and
# change(x[2014..2018]) are the last minus the first value of the range.
# A missing end makes the change missing.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2014;totalt;210
merit;0181;2015;totalt;..
merit;0181;2016;totalt;214
merit;0181;2017;totalt;220
merit;0181;2018;totalt;224,5
--- file plan.ska
plan "Change" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Previous { target change(merit) = 4,5 }
goal Range { target change(merit, 2014..2018) = 14,5; target change(merit[2016..2018]) = 10,5 }
goal MissingEnd { target change(merit, 2015..2018) > 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Change
Södertälje kommun, period 2018

  uppnått         Previous
    uppnått         change(merit) = 4,5
                    4,5 = 4,5 gäller
                    merit 2018 totalt, Södertälje: 224,5
                    merit 2017 totalt, Södertälje: 220
  uppnått         Range
    uppnått         change(merit, 2014..2018) = 14,5
                    14,5 = 14,5 gäller
                    merit 2014 totalt, Södertälje: 210
                    merit 2015 totalt, Södertälje: ..
                    merit 2016 totalt, Södertälje: 214
                    merit 2017 totalt, Södertälje: 220
                    merit 2018 totalt, Södertälje: 224,5
    uppnått         change(merit[2016..2018]) = 10,5
                    10,5 = 10,5 gäller
                    merit 2016 totalt, Södertälje: 214
                    merit 2017 totalt, Södertälje: 220
                    merit 2018 totalt, Södertälje: 224,5
  ingen data      MissingEnd
    ingen data      change(merit, 2015..2018) > 0
                    .. > 0 — för få elever (..)
                    merit 2015 totalt, Södertälje: ..
                    merit 2016 totalt, Södertälje: 214
                    merit 2017 totalt, Södertälje: 220
                    merit 2018 totalt, Södertälje: 224,5

3 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
