# Ranges relative to the period under review (period-3..period) and
# x[period - N]: with the plan's period, with --period (the range moves one
# year with it), for data stored by school year (2019 reads 2018/19), per
# school in a rule, and without any period (counted from the latest data).
# Expected, by hand, for period 2019: change 2016..2019 = 218 - 215 = 3;
# trend 2017..2019 of 214 216 218 = 2; mean 2017..2019 = 216 > merit[2016] 215;
# behörig 2016/17..2018/19 = 84,0 - 81,5 = 2,5; Askskolan 2017..2019 222 - 228 = -6,
# Björkskolan 210 - 205 = 5.
# For --period 2020: change 2017..2020 = 219 - 214 = 5; trend of 216 218 219 =
# 1,5; mean 653/3 = 217,67 > merit[2017] 214; behörig 2019/20 is not stored;
# Askskolan 220 - 225 = -5, Björkskolan 2018 is "..".
# Without a period: the latest year, 2020: change 2019..2020 = 1.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S01;Askskolan;school;0181
S02;Björkskolan;school;0181
S03;Ekskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2016;totalt;215
merit;0181;2017;totalt;214
merit;0181;2018;totalt;216
merit;0181;2019;totalt;218
merit;0181;2020;totalt;219
merit;S01;2016;totalt;230
merit;S01;2017;totalt;228
merit;S01;2018;totalt;225
merit;S01;2019;totalt;222
merit;S01;2020;totalt;220
merit;S02;2016;totalt;200
merit;S02;2017;totalt;205
merit;S02;2018;totalt;..
merit;S02;2019;totalt;210
merit;S02;2020;totalt;215
merit;S03;2020;totalt;212
behörig;0181;2016/17;totalt;81,5
behörig;0181;2017/18;totalt;82,1
behörig;0181;2018/19;totalt;84,0
--- file plan.ska
plan "Relativa perioder" { organiser "Södertälje kommun"; period 2019 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
goal G1 "Meritvärdet ska öka över tre år" {
  target change(merit, period-3..period) >= 3
  target trend(merit[period-2..period]) >= 2
  target mean(merit[period-2..period]) > merit[period - 3]
  target change(behörig, period-2..period) >= 2 %
}
rule R1 "Skolor som tappar" { for each school; require change(merit, period-2..period) >= 0 }
--- file noperiod.ska
plan "Utan period" { organiser "Södertälje kommun" }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Senaste året" { target change(merit, period-1..period) > 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Relativa perioder
Södertälje kommun, period 2019

  uppnått         G1  Meritvärdet ska öka över tre år
    uppnått         change(merit, period-3..period) >= 3
                    3 >= 3 gäller
                    merit 2016 totalt, Södertälje: 215
                    merit 2017 totalt, Södertälje: 214
                    merit 2018 totalt, Södertälje: 216
                    merit 2019 totalt, Södertälje: 218
    uppnått         trend(merit[period-2..period]) >= 2
                    2 >= 2 gäller
                    merit 2017 totalt, Södertälje: 214
                    merit 2018 totalt, Södertälje: 216
                    merit 2019 totalt, Södertälje: 218
    uppnått         mean(merit[period-2..period]) > merit[period - 3]
                    216 > 215 gäller
                    mean(merit) över 2017..2019 (3 av 3 perioder med värde): 216
                    merit 2016 totalt, Södertälje: 215
    uppnått         change(behörig, period-2..period) >= 2 %
                    2,5 p.e. >= 2 p.e. gäller
                    behörig 2016/17 totalt, Södertälje: 81,5 %
                    behörig 2017/18 totalt, Södertälje: 82,1 %
                    behörig 2018/19 totalt, Södertälje: 84 %

Regler
  R1  Skolor som tappar
    1 av 3 skolor flaggade, 1 utan data
      Askskolan (S01): change -6
      ingen data: Ekskolan (S03): change –

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --period 2020
--- expect exit 1
Relativa perioder
Södertälje kommun, period 2020

  delvis uppnått  G1  Meritvärdet ska öka över tre år
    uppnått         change(merit, period-3..period) >= 3
                    5 >= 3 gäller
                    merit 2017 totalt, Södertälje: 214
                    merit 2018 totalt, Södertälje: 216
                    merit 2019 totalt, Södertälje: 218
                    merit 2020 totalt, Södertälje: 219
    ej uppnått      trend(merit[period-2..period]) >= 2
                    1,5 >= 2 gäller inte
                    merit 2018 totalt, Södertälje: 216
                    merit 2019 totalt, Södertälje: 218
                    merit 2020 totalt, Södertälje: 219
    uppnått         mean(merit[period-2..period]) > merit[period - 3]
                    217,67 > 214 gäller
                    mean(merit) över 2018..2020 (3 av 3 perioder med värde): 217,67
                    merit 2017 totalt, Södertälje: 214
    ingen data      change(behörig, period-2..period) >= 2 %
                    – >= 2 p.e. — inget värde i databasen
                    behörig 2017/18 totalt, Södertälje: 82,1 %
                    behörig 2018/19 totalt, Södertälje: 84 %
                    behörig 2019/20 totalt, Södertälje: –

Regler
  R1  Skolor som tappar
    1 av 3 skolor flaggade, 2 utan data
      Askskolan (S01): change -5
      ingen data: Björkskolan (S02): change ..
      ingen data: Ekskolan (S03): change –

1 mål: 0 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check noperiod.ska --db t.db
--- expect exit 0
Utan period
Södertälje kommun

  uppnått         G1  Senaste året
    uppnått         change(merit, period-1..period) > 0
                    1 > 0 gäller
                    merit 2019 totalt, Södertälje: 218
                    merit 2020 totalt, Södertälje: 219

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
