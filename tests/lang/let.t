# `let` names an expression: a number or a condition, used anywhere an
# expression may go. Like a derived indicator it is evaluated where it is
# used, so selectors on a let apply to what it reads. Lets may use lets
# defined later in the file.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2017;totalt;220
merit;0181;2018;totalt;226
--- file plan.ska
plan "Let" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
let målet = bas + 6
let bas = 220
let ökar = merit > merit[previous]
let dubbel = merit * 2
goal Number { target merit >= målet }
goal Condition { target ökar }
goal Selected { target dubbel[2017] = 440; target not ökar[2017] or ökar }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Let
Södertälje kommun, period 2018

  uppnått         Number
    uppnått         merit >= målet
                    226 >= 226 gäller
                    merit 2018 totalt, Södertälje: 226
  uppnått         Condition
    uppnått         ökar
                    merit 2018 totalt, Södertälje: 226
                    merit 2017 totalt, Södertälje: 220
  uppnått         Selected
    uppnått         dubbel[2017] = 440
                    440 = 440 gäller
                    merit 2017 totalt, Södertälje: 220
    uppnått         not ökar[2017] or ökar
                    merit 2017 totalt, Södertälje: 220
                    merit 2016 totalt, Södertälje: –
                    merit 2018 totalt, Södertälje: 226

3 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
