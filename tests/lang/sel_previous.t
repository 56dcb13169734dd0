# `previous` (föregående) is the period before the one under review, in the
# data's own kind of period: the year before, the school year before, the
# term before (vt2019 -> ht2018). It may be repeated and combined with an
# explicit period.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2016;totalt;215
merit;0181;2017;totalt;220
merit;0181;2018;totalt;225
behörig;0181;2016/17;totalt;80
behörig;0181;2017/18;totalt;82
frånvaro;0181;ht2018;totalt;12
frånvaro;0181;vt2019;totalt;9
--- file plan.ska
plan "Previous" { organiser "Södertälje kommun"; period 2018/19 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal Year { target merit[previous] = 225; target merit[föregående, föregående] = 220 }
goal SchoolYear { target behörig[previous] = 82 }
goal Term { target frånvaro[previous] = 12 }
goal FromExplicit { target merit[2018, previous] = 220 }
goal Partly "partly reuses merit[previous], still one year back" { target merit[previous] > 230 partly > 224 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Previous
Södertälje kommun, period 2018/19

  uppnått         Year
    uppnått         merit[previous] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
    uppnått         merit[föregående, föregående] = 220
                    220 = 220 gäller
                    merit 2017 totalt, Södertälje: 220
  uppnått         SchoolYear
    uppnått         behörig[previous] = 82
                    82 % = 82 % gäller
                    behörig 2017/18 totalt, Södertälje: 82 %
  uppnått         Term
    uppnått         frånvaro[previous] = 12
                    12 % = 12 % gäller
                    frånvaro ht2018 totalt, Södertälje: 12 %
  uppnått         FromExplicit
    uppnått         merit[2018, previous] = 220
                    220 = 220 gäller
                    merit 2017 totalt, Södertälje: 220
  delvis uppnått  Partly  partly reuses merit[previous], still one year back
    delvis uppnått  merit[previous] > 230 partly > 224
                    225 > 230 gäller inte; delvis: 225 > 224 gäller
                    merit 2018 totalt, Södertälje: 225

5 mål: 4 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
