# The HTML reports of examples/sodertalje and examples/uppsala (Kolada and
# Skolverket data as published, from shared/data) as headless Chromium lays
# them out in a 1280 px window (a laptop) and a 390 px one (a phone):
# nothing runs off the page, every table cell is shown (on a phone, as a
# card with its heading's words), none is clipped or scrolled out of view,
# every chart text is at least 10 px as drawn and no two chart texts, or a
# text and a data point, overlap (tests/report/layout.py; skipped when
# chromium is not installed). The screenshots (whole page, both widths)
# and A4 PDFs (the print stylesheet) are kept in tests/out/screenshots/ for
# a person to look at.
# Last, the checker itself finds a clipped cell and overlapping labels.
--- file clipped.html
<!DOCTYPE html>
<html><head><style>td{max-width:40px;overflow:hidden;white-space:nowrap}</style></head><body>
<table><tr><td>Elever i åk 9 som är behöriga</td></tr></table>
<svg viewBox="0 0 100 50" width="100" height="50"><title>t</title>
<text x="5" y="20" font-size="12">mål ≥ 225,9</text><text x="10" y="22" font-size="12">delvis ≥ 220</text>
<circle class="pt" cx="30" cy="45" r="4"/><text x="25" y="48" font-size="4">5 %</text></svg>
</body></html>
--- run cp -r "$SKA_PATH"/examples/sodertalje "$SKA_PATH"/examples/data . && ska import s.db data/kommuner.csv sodertalje/units.csv sodertalje/results.csv >/dev/null && ska report sodertalje/plan.ska --db s.db --as-of 2019-09-01 -o sodertalje.html
--- expect exit 0
--- run d="$SKA_PATH"/../shared/data && ska import u.db "$d"/kolada-kommunanalys "$d"/skolverket/behorighet_grundskola_2024_25.csv "$d"/skolverket/nationella_prov_ak9_2024.csv "$d"/skolverket/personalstatistik_grundskola_2024.csv "$d"/skolverket/slutbetyg_ak9_skolenhet_2024_25.csv >/dev/null && ska report "$SKA_PATH"/examples/uppsala/plan.ska --db u.db -o uppsala.html
--- expect exit 0
--- run for r in sodertalje uppsala; do for w in 1280 390; do python3 "$SKA_PATH"/tests/report/layout.py $r.html $w "$SKA_PATH"/tests/out/screenshots || exit $?; done; done
--- expect exit 0
layout ok at 1280 px
layout ok at 390 px
layout ok at 1280 px
layout ok at 390 px
--- run python3 "$SKA_PATH"/tests/report/layout.py clipped.html 390
--- expect exit 1
layout at 390 px: 4 problems
  clipped cell: Elever i åk 9 som är behöriga
  t: text "5 %" is 4.0 px
  t: "mål ≥ 225,9" overlaps "delvis ≥ 220"
  t: "5 %" covers a data point
