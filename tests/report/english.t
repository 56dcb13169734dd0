# A plan with `language en` gets an English report: headings, sentences,
# group names in evidence and charts, and status words (achieved, partly
# achieved, not achieved, no data); the HTML says lang="en". Numbers keep
# ska's Swedish style (decimal comma).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;North School;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2017;totalt;217,9
merit;0181;2017;flickor;227,1
merit;0181;2017;pojkar;208,2
merit;0181;2018;totalt;221,3
merit;0181;2018;flickor;237,2
merit;0181;2018;pojkar;206,4
absence;S1;2018;totalt;14
--- file plan.ska
plan "Quality plan 2018/19" {
  organiser "Södertälje kommun"
  period 2018
  language en
}
indicator merit "Merit value, year 9" { scale points 0..340; higher is better }
indicator absence "Pupils absent more than 20 %" { scale percent; lower is better }
goal G1 "Merit values rise" {
  owner "Director of education"
  level förvaltning
  target merit > merit[previous]
  target gap(merit, flickor, pojkar) <= 20 partly <= 25
}
measure M1 "Maths coaching" { goals G1; owner "Head teachers"; from ht2018 to vt2019; cost 1,5 mkr; followup "review" every year }
rule R1 "High absence is looked into" { for each school; require absence <= 10 % }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format md
--- expect exit 0
# Quality plan 2018/19

Södertälje kommun · period 2018

_Charts are left out when the report goes to standard output; write it with -o FILE.md to get them as SVG files beside it._

## Summary

**1 goal: 1 partly achieved**

| Area | Goals | achieved | partly achieved | not achieved | no data | Measures | Cost |
|---|--:|--:|--:|--:|--:|--:|--:|
| Goals | 1 | – | 1 | – | – | 1 | 1 500 tkr |
| **Total** | 1 | – | 1 | – | – | 1 | 1 500 tkr |

### Principal concerns

- **Rule:** High absence is looked into: 1 of 1 schools flagged

## Goals

<a id="goal-G1"></a>

### G1 Merit values rise

**Status: partly achieved** · Owner: Director of education · Level: administration

| Status | Target | Result | Evidence |
|---|---|---|---|
| achieved | `merit > merit[previous]` | 221,3 > 217,9 holds | Merit value, year 9, 2018, total: 221,3<br>Merit value, year 9, 2017, total: 217,9 |
| not achieved | `gap(merit, flickor, pojkar) <= 20 partly <= 25` | 30,8 ≤ 20 does not hold; partly: 30,8 ≤ 25 does not hold | Merit value, year 9, 2018, girls: 237,2<br>Merit value, year 9, 2018, boys: 206,4 |

**Measures:** [M1](#measure-M1)

### Measures

| Measure | Owner | Period | Cost | Expected effect | Follow-up |
|---|---|---|--:|---|---|
| <a id="measure-M1"></a>M1 Maths coaching (Goals: [G1](#goal-G1)) | Head teachers | ht2018–vt2019 | 1 500 tkr | – | review every year |

Measures in this area: 1 · Cost: 1 500 tkr

## Rules

### R1 High absence is looked into

For each school: require `absence <= 10 %`

1 of 1 schools flagged

| Unit | Code | Pupils absent more than 20 % | Status |
|---|---|--:|---|
| North School | S1 | 14 % | flagged |

## Follow-ups due by 2019-07-01

| Date | Measure | Follow-up | Owner |
|---|---|---|---|
| 2019-06-30 | M1 Maths coaching | review every year (final follow-up) | Head teachers |

---

_Produced by ska 0.1.0 · plan plan.ska · results t.db_
--- run ska report plan.ska --db t.db --as-of 2019-07-01 -o r.html && grep -o '<html lang="[a-z]*">' r.html && grep -o '<text[^>]*>\(total\|girls\|boys\|target [^<]*\|partly [^<]*\)</text>' r.html
--- expect exit 0
<html lang="en">
<text x="42.0" y="44.0" font-size="12" fill="#374151">total</text>
<text x="127.0" y="44.0" font-size="12" fill="#374151">girls</text>
<text x="212.0" y="44.0" font-size="12" fill="#374151">boys</text>
<text x="8.0" y="62.0" font-size="12" fill="#374151">target &gt; the previous value (217,9)</text>
