# `use "file.ska"` (använd) loads a module: its indicators, lets and units
# join the plan. A module is looked for next to the file that uses it (so a
# module may use its neighbour), then in $SKA_PATH; each file is loaded once,
# however often it is used.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
N15505;0181;2018;totalt;225
N15419;0181;2018;totalt;84
--- file lib/indikatorer.ska
use "gemensamt.ska"
indicator meritvärde "Meritvärde åk 9" { scale points 0..340; higher is better; source "kolada:N15505" }
indicator behörig "Behöriga till yrkesprogram" { scale percent; higher is better; source "N15419" }
--- file lib/gemensamt.ska
let gräns = 220
--- file plan.ska
use "lib/indikatorer.ska"
använd "lib/gemensamt.ska"
use "lib/indikatorer.ska"
plan "Modules" { organiser "Södertälje kommun"; period 2018 }
goal G1 { target meritvärde > gräns; target behörig >= 80 % }
--- file other.ska
use "gemensamt.ska"
let tak = gräns + 10
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Modules
Södertälje kommun, period 2018

  uppnått         G1
    uppnått         meritvärde > gräns
                    225 > 220 gäller
                    meritvärde 2018 totalt, Södertälje: 225
    uppnått         behörig >= 80 %
                    84 % >= 80 % gäller
                    behörig 2018 totalt, Södertälje: 84 %

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run mkdir elsewhere && cd elsewhere && ska check --syntax-only ../plan.ska && echo found next to the plan
--- expect exit 0
found next to the plan
--- run SKA_PATH=lib ska check --syntax-only other.ska && echo found through SKA_PATH
--- expect exit 0
found through SKA_PATH
