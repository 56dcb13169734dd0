# Arithmetic: + - * / with the usual precedence, unary minus, parentheses.
# Division by zero is missing data (ingen data), never a number.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
elever;0181;2018;totalt;400
behöriga;0181;2018;totalt;300
noll;0181;2018;totalt;0
--- file plan.ska
plan "Arithmetic" { organiser "Södertälje kommun"; period 2018 }
indicator elever "Elever" { scale count }
indicator behöriga "Behöriga elever" { scale count }
indicator noll "Noll" { scale count }
goal G1 "Precedence" {
  target 2 + 3 * 4 = 14
  target (2 + 3) * 4 = 20
  target 10 - 4 - 3 = 3
  target 24 / 4 / 2 = 3
  target -2 * -3 = 6
  target - (elever - behöriga) = -100
}
goal G2 "With stored values" { target behöriga / elever * 100 = 75 }
goal G3 "Division by zero" { target behöriga / noll > 1 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Arithmetic
Södertälje kommun, period 2018

  uppnått         G1  Precedence
    uppnått         2 + 3 * 4 = 14
                    14 = 14 gäller
    uppnått         (2 + 3) * 4 = 20
                    20 = 20 gäller
    uppnått         10 - 4 - 3 = 3
                    3 = 3 gäller
    uppnått         24 / 4 / 2 = 3
                    3 = 3 gäller
    uppnått         -2 * -3 = 6
                    6 = 6 gäller
    uppnått         - (elever - behöriga) = -100
                    -100 = -100 gäller
                    elever 2018 totalt, Södertälje: 400
                    behöriga 2018 totalt, Södertälje: 300
  uppnått         G2  With stored values
    uppnått         behöriga / elever * 100 = 75
                    75 = 75 gäller
                    behöriga 2018 totalt, Södertälje: 300
                    elever 2018 totalt, Södertälje: 400
  ingen data      G3  Division by zero
    ingen data      behöriga / noll > 1
                    – > 1 — division med noll
                    behöriga 2018 totalt, Södertälje: 300
                    noll 2018 totalt, Södertälje: 0

3 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
