# Measures (insats/åtgärd) are shown under the goals they serve: owner, span
# (periods or dates), cost in tkr whatever unit it was written in (kr,
# kronor, tkr, mkr, msek), the expected effect in words, and the expected
# effect written as a condition, judged like a target.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
--- file plan.ska
plan "Measures" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Högre meritvärde" { target merit > 220 }
goal G2 "Inga insatser" { target merit > 200 }
measure M1 "Läxhjälp" { goals G1; owner "Rektor"; from ht2018 to vt2019; cost 250000 kr }
measure M2 "Matematiklyft" { goals G1; from 2018-08-15 to 2019-06-14; cost 1,5 mkr; expect "Fler godkända" }
measure M3 "Lärarlönelyft" { goals G1; cost 2 msek; expect merit > 230 }
measure M4 "Studiero" { goals G1; cost 120 tkr }
measure M5 "Skolbibliotek" { goals G1; cost 5000 kronor }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Measures
Södertälje kommun, period 2018

  uppnått         G1  Högre meritvärde
    uppnått         merit > 220
                    225 > 220 gäller
                    merit 2018 totalt, Södertälje: 225
                  insatser: M1, M2, M3, M4, M5
  uppnått         G2  Inga insatser
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

Insatser
  M1 Läxhjälp — Rektor, ht2018–vt2019, 250 tkr; mål G1
  M2 Matematiklyft — 2018-08-15–2019-06-14, 1 500 tkr; mål G1
    förväntad effekt: Fler godkända
  M3 Lärarlönelyft — 2 000 tkr; mål G1
    förväntad effekt: merit > 230 — ej uppnått
  M4 Studiero — 120 tkr; mål G1
  M5 Skolbibliotek — 5 tkr; mål G1

5 insatser, total kostnad 3 875 tkr (5 med kostnad)

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
