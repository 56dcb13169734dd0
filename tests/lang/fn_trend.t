# trend(x, 2014..2018) and trend(x[2014..2018]) are the least-squares slope
# per period of the values present in the range; missing values are left
# out, and fewer than two values give no trend.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2014;totalt;210
merit;0181;2015;totalt;212
merit;0181;2016;totalt;..
merit;0181;2017;totalt;216
merit;0181;2018;totalt;218
frånvaro;0181;2018;totalt;12
--- file plan.ska
plan "Trend" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal Slope { target trend(merit, 2014..2018) = 2; target trend(merit[2014..2015]) = 2 }
goal TooShort { target trend(frånvaro, 2016..2018) < 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Trend
Södertälje kommun, period 2018

  uppnått         Slope
    uppnått         trend(merit, 2014..2018) = 2
                    2 = 2 gäller
                    merit 2014 totalt, Södertälje: 210
                    merit 2015 totalt, Södertälje: 212
                    merit 2016 totalt, Södertälje: ..
                    merit 2017 totalt, Södertälje: 216
                    merit 2018 totalt, Södertälje: 218
    uppnått         trend(merit[2014..2015]) = 2
                    2 = 2 gäller
                    merit 2014 totalt, Södertälje: 210
                    merit 2015 totalt, Södertälje: 212
  ingen data      TooShort
    ingen data      trend(frånvaro, 2016..2018) < 0
                    – < 0 p.e. — för få värden
                    frånvaro 2016 totalt, Södertälje: –
                    frånvaro 2017 totalt, Södertälje: –
                    frånvaro 2018 totalt, Södertälje: 12 %

2 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
