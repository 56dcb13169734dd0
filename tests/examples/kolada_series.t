# Series per unit on real data: Kolada's merit value (N15505, totalt) for
# the 290 municipalities, 2016–2020. Expected numbers computed with awk from
# examples/kolada/results.csv (least-squares slope per municipality over
# the years present): 106 municipalities have a falling trend; Södertälje's
# trend is -1,15, and 230 municipalities have a steeper one, so its rank is
# 231; the mean of the 290 changes 2016→2020 is 0,2997.
--- run cp "$SKA_PATH"/examples/kolada/units.csv "$SKA_PATH"/examples/kolada/results.csv "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import k.db kommuner.csv units.csv results.csv >/dev/null
--- expect exit 0
--- file p.ska
use "stdlib/skola.ska"
plan "Trender per kommun" { organiser "Södertälje kommun"; unit "0181"; period 2020 }
goal G {
  target count(trend(meritvärde, period-4..period) < 0, kommuner) <= 145
  target rank(trend(meritvärde, 2016..2020), kommuner) <= 145
  target mean(change(meritvärde, 2016..2020), kommuner) > 0
}
rule R "Sjunkande meritvärde" { for each kommun; require trend(meritvärde, period-4..period) >= 0 }
--- run ska check p.ska --db k.db | sed -n '4,13p;/kommuner flaggade/p;/Södertälje (0181)/p'
--- expect exit 0
  delvis uppnått  G
    uppnått         count(trend(meritvärde, period-4..period) < 0, kommuner) <= 145
                    106 <= 145 gäller
                    count(trend(meritvärde)) över 290 kommuner (290 med värde): 106
    ej uppnått      rank(trend(meritvärde, 2016..2020), kommuner) <= 145
                    231 <= 145 gäller inte
                    rank(trend(meritvärde)) över 290 kommuner (290 med värde): 231:a plats, delad med 1
    uppnått         mean(change(meritvärde, 2016..2020), kommuner) > 0
                    0,3 > 0 gäller
                    mean(change(meritvärde)) över 290 kommuner (290 med värde): 0,3
    106 av 290 kommuner flaggade
      Södertälje (0181): trend -1,15
