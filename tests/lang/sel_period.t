# Period selectors: a year (2017), a school year (2017/18, also written
# 2017/2018) and a term (ht2018, vt2019, any case). A bare number in a
# selector is a year.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2017;totalt;220
merit;0181;2018;totalt;225
behörig;0181;2017/18;totalt;81
behörig;0181;2018/19;totalt;83
frånvaro;0181;ht2018;totalt;12
frånvaro;0181;vt2019;totalt;9
--- file plan.ska
plan "Periods" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal Year { target merit[2017] = 220; target merit[2018] = 225 }
goal SchoolYear { target behörig[2017/18] = 81; target behörig[2018/2019] = 83 }
goal Term { target frånvaro[ht2018] = 12; target frånvaro[VT2019] = 9 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Periods
Södertälje kommun, period 2018

  uppnått         Year
    uppnått         merit[2017] = 220
                    220 = 220 gäller
                    merit 2017 totalt, Södertälje: 220
    uppnått         merit[2018] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
  uppnått         SchoolYear
    uppnått         behörig[2017/18] = 81
                    81 % = 81 % gäller
                    behörig 2017/18 totalt, Södertälje: 81 %
    uppnått         behörig[2018/2019] = 83
                    83 % = 83 % gäller
                    behörig 2018/19 totalt, Södertälje: 83 %
  uppnått         Term
    uppnått         frånvaro[ht2018] = 12
                    12 % = 12 % gäller
                    frånvaro ht2018 totalt, Södertälje: 12 %
    uppnått         frånvaro[VT2019] = 9
                    9 % = 9 % gäller
                    frånvaro vt2019 totalt, Södertälje: 9 %

3 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
