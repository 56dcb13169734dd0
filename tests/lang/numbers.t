# Numbers: `85 %` is 85 (percent values are stored as 0-100), `213,4` and
# `213.4` are the same number (a comma between digits is a decimal comma), and
# with a space after the comma it separates arguments. Numbers of 10^15 and
# more are shown with an exponent (their digits once overflowed the text).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
behörig;0181;2018;totalt;85
merit;0181;2018;totalt;213,4
merit;0181;2018;flickor;220
merit;0181;2018;pojkar;210,5
--- file plan.ska
plan "Numbers" { organiser "Södertälje kommun"; period 2018 }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "85 % is 85" { target behörig = 85 %; target behörig = 85 }
goal G2 "Decimal comma and point" { target merit = 213,4; target merit = 213.4 }
goal G3 "A comma and a space separate arguments" { target gap(merit, flickor, pojkar) = 9,5 }
goal G4 "Integers and decimals compare exactly" { target merit > 213,39 and merit < 213,41 }
goal G5 "Huge numbers are shown with an exponent" {
  target merit * 10000000000000000000000000000000000000000 > 1000000000000000
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Numbers
Södertälje kommun, period 2018

  uppnått         G1  85 % is 85
    uppnått         behörig = 85 %
                    85 % = 85 % gäller
                    behörig 2018 totalt, Södertälje: 85 %
    uppnått         behörig = 85
                    85 % = 85 % gäller
                    behörig 2018 totalt, Södertälje: 85 %
  uppnått         G2  Decimal comma and point
    uppnått         merit = 213,4
                    213,4 = 213,4 gäller
                    merit 2018 totalt, Södertälje: 213,4
    uppnått         merit = 213.4
                    213,4 = 213,4 gäller
                    merit 2018 totalt, Södertälje: 213,4
  uppnått         G3  A comma and a space separate arguments
    uppnått         gap(merit, flickor, pojkar) = 9,5
                    9,5 = 9,5 gäller
                    merit 2018 flickor, Södertälje: 220
                    merit 2018 pojkar, Södertälje: 210,5
  uppnått         G4  Integers and decimals compare exactly
    uppnått         merit > 213,39 and merit < 213,41
                    merit 2018 totalt, Södertälje: 213,4
  uppnått         G5  Huge numbers are shown with an exponent
    uppnått         merit * 10000000000000000000000000000000000000000 > 1000000000000000
                    2,13e+42 > 1e+15 gäller
                    merit 2018 totalt, Södertälje: 213,4

5 mål: 5 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
