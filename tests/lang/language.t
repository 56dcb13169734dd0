# `language en` (or english) prints the statuses and headings in English;
# sv, svenska or swedish (the default) in Swedish. A `statuses` scale
# declared in the plan (or a module) replaces the four status words.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
merit;S1;2018;totalt;200
--- file goals.ska
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Saknas" { scale points }
goal A { target merit > 200 }
goal B { target merit > 230 partly > 210 }
goal C { target merit > 230 }
goal D { target saknas > 0 }
rule R { for each school; require merit > 210 }
--- file en.ska
use "goals.ska"
plan "English" { organiser "Södertälje kommun"; period 2018; language english }
--- file sv.ska
use "goals.ska"
plan "Svenska" { organiser "Södertälje kommun"; period 2018; språk svenska }
--- file colours.ska
use "goals.ska"
statuses trafikljus {
  uppnått "grönt"; delvis "gult"; ej_uppnått "rött"; ingen_data "grått"
}
plan "Colours" { organiser "Södertälje kommun"; period 2018; statuses trafikljus }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check en.ska --db t.db
--- expect exit 1
English
Södertälje kommun, period 2018

  achieved         A
    achieved         merit > 200
                     220 > 200 holds
                     merit 2018 totalt, Södertälje: 220
  partly achieved  B
    partly achieved  merit > 230 partly > 210
                     220 > 230 does not hold; partly: 220 > 210 holds
                     merit 2018 totalt, Södertälje: 220
  not achieved     C
    not achieved     merit > 230
                     220 > 230 does not hold
                     merit 2018 totalt, Södertälje: 220
  no data          D
    no data          saknas > 0
                     – > 0 — no data for this indicator in the store

Rules
  R
    1 of 1 schools flagged
      Ronnaskolan (S1): merit 200

4 goals: 1 achieved, 1 partly achieved, 1 not achieved, 1 no data
--- run ska check sv.ska --db t.db
--- expect exit 1
Svenska
Södertälje kommun, period 2018

  uppnått         A
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
  delvis uppnått  B
    delvis uppnått  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      C
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
  ingen data      D
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen

Regler
  R
    1 av 1 skolor flaggade
      Ronnaskolan (S1): merit 200

4 mål: 1 uppnått, 1 delvis uppnått, 1 ej uppnått, 1 ingen data
--- run ska check colours.ska --db t.db
--- expect exit 1
Colours
Södertälje kommun, period 2018

  grönt  A
    grönt  merit > 200
           220 > 200 gäller
           merit 2018 totalt, Södertälje: 220
  gult   B
    gult   merit > 230 partly > 210
           220 > 230 gäller inte; delvis: 220 > 210 gäller
           merit 2018 totalt, Södertälje: 220
  rött   C
    rött   merit > 230
           220 > 230 gäller inte
           merit 2018 totalt, Södertälje: 220
  grått  D
    grått  saknas > 0
           – > 0 — indikatorn saknas i databasen

Regler
  R
    1 av 1 skolor flaggade
      Ronnaskolan (S1): merit 200

4 mål: 1 grönt, 1 gult, 1 rött, 1 grått
