# A range selector (2014..2018, 2015/16..2017/18, ht2017..vt2019) makes a
# series, one value per period, which mean/min/max/spread/count, change and
# trend reduce to a number. Terms step vt, ht, vt, …
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2014;totalt;210
merit;0181;2015;totalt;214
merit;0181;2016;totalt;212
merit;0181;2017;totalt;220
merit;0181;2018;totalt;224
behörig;0181;2015/16;totalt;80
behörig;0181;2016/17;totalt;82
behörig;0181;2017/18;totalt;84
frånvaro;0181;ht2017;totalt;10
frånvaro;0181;vt2018;totalt;12
frånvaro;0181;ht2018;totalt;14
frånvaro;0181;vt2019;totalt;8
--- file plan.ska
plan "Ranges" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal Years { target mean(merit[2014..2018]) = 216 }
goal SchoolYears { target mean(behörig[2015/16..2017/18]) = 82 }
goal Terms { target max(frånvaro[ht2017..vt2019]) = 14 }
goal Partial "A range reaching past the data counts only what is stored" {
  target count(merit[2016..2020]) = 3
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Ranges
Södertälje kommun, period 2018

  uppnått         Years
    uppnått         mean(merit[2014..2018]) = 216
                    216 = 216 gäller
                    mean(merit) över 2014..2018 (5 av 5 perioder med värde): 216
  uppnått         SchoolYears
    uppnått         mean(behörig[2015/16..2017/18]) = 82
                    82 % = 82 % gäller
                    mean(behörig) över 2015/16..2017/18 (3 av 3 perioder med värde): 82 %
  uppnått         Terms
    uppnått         max(frånvaro[ht2017..vt2019]) = 14
                    14 % = 14 % gäller
                    max(frånvaro) över ht2017..vt2019 (4 av 4 perioder med värde): 14 %
  uppnått         Partial  A range reaching past the data counts only what is stored
    uppnått         count(merit[2016..2020]) = 3
                    3 = 3 gäller
                    count(merit) över 2016..2020 (3 av 5 perioder med värde): 3

4 mål: 4 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
