# A plan with no goals, measures or rules still gets a report: the summary
# says "0 mål" and that nothing needs attention; an indicator with no data
# at all gets no chart, and its goal is ingen data.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file empty.ska
plan "Tom plan" { organiser "Södertälje kommun"; period 2018 }
--- file nodata.ska
plan "Utan data" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Meritvärdet" { target merit > 200 }
--- run ska import t.db units.csv >/dev/null
--- expect exit 0
--- run ska report empty.ska --db t.db --as-of 2019-07-01 --format md
--- expect exit 0
# Tom plan

Södertälje kommun · period 2018

## Sammanfattning

**0 mål**

### Att uppmärksamma

Inga mål är ej uppnådda eller saknar data, och inga regler flaggar enheter.

## Uppföljningar att göra per 2019-07-01

Inga uppföljningar har infallit.

---

_Framställd med ska 0.1.0 · plan empty.ska · resultat t.db_
--- run ska report nodata.ska --db t.db --as-of 2019-07-01 -o r.html && python3 "$SKA_PATH"/tests/report/check-html.py r.html && grep -c '<svg' r.html
--- expect exit 1
html ok: 85 elements, 0 charts, 2 links
0
