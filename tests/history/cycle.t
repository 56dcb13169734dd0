# A follow-up cycle: import, judge and record; the agencies revise figures
# and the plan is edited; judge again --since the recorded run. Every arrow
# (↑ better, ↓ worse, → the same, ? to or from ingen data, + new goal,
# − removed goal) shows, and a revised value decides a changed status:
# meritvärde 2018 was 221,3 (> 217,9 in 2017: uppnått) and is 216 after the
# second import (ej uppnått); behörighet went 85,7 → 86,2 (delvis → uppnått).
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2017;totalt;217,9
N15505;0181;Södertälje;2018;totalt;221,3
N15436;0181;Södertälje;2018;totalt;85,7
N15419;0181;Södertälje;2017;totalt;90
--- file b.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2018;totalt;216,0
N15436;0181;Södertälje;2018;totalt;86,2
N15419;0181;Södertälje;2018;totalt;91
N15505;0181;Södertälje;2017;totalt;217,9
--- file plan1.ska
plan "Plan 2018" { organiser "Södertälje kommun"; period 2018 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
indicator behörighet "Behöriga" { scale percent; higher is better; source "kolada:N15436" }
indicator nöjdhet "Nöjda elever" { scale percent; higher is better; source "kolada:N15419" }
goal G1 "Meritvärdet ska öka" { target meritvärde > meritvärde[previous] }
goal G2 "Fler behöriga" { target behörighet >= 86 % partly >= 85 % }
goal G3 "Höga meritvärden" { target meritvärde >= 200 }
goal G4 "Nöjda elever" { target nöjdhet >= 90 % }
goal G9 "Utgår" { target meritvärde >= 300 }
--- file plan2.ska
plan "Plan 2018" { organiser "Södertälje kommun"; period 2018 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
indicator behörighet "Behöriga" { scale percent; higher is better; source "kolada:N15436" }
indicator nöjdhet "Nöjda elever" { scale percent; higher is better; source "kolada:N15419" }
goal G1 "Meritvärdet ska öka" { target meritvärde > meritvärde[previous] }
goal G2 "Fler behöriga" { target behörighet >= 86 % partly >= 85 % }
goal G3 "Höga meritvärden" { target meritvärde >= 200 }
goal G4 "Nöjda elever" { target nöjdhet >= 90 % }
goal G5 "Nytt mål" { target behörighet >= 80 % }
--- run ska import t.db a.csv >/dev/null && SOURCE_DATE_EPOCH=1529971200 ska check plan1.ska --db t.db --record "Uppföljning vt2018" | tail -n 1
--- expect exit 0
5 mål: 2 uppnått, 1 delvis uppnått, 1 ej uppnått, 1 ingen data
ska check: recorded as judgement #1 "Uppföljning vt2018"
--- run SOURCE_DATE_EPOCH=1540000000 ska import t.db b.csv
--- expect exit 0
b.csv: 4 rows: 1 added, 2 changed, 1 unchanged
--- run ska check plan2.ska --db t.db --since latest
--- expect exit 1
Plan 2018
Södertälje kommun, period 2018

Förändringar sedan "Uppföljning vt2018" (#1, 2018-06-26)
  ↓ G1  Meritvärdet ska öka: uppnått → ej uppnått
        meritvärde 2018 totalt, Södertälje: 216 (reviderat: 221,3 → 216)
  ↑ G2  Fler behöriga: delvis uppnått → uppnått
        behörighet 2018 totalt, Södertälje: 86,2 % (reviderat: 85,7 % → 86,2 %)
  → G3  Höga meritvärden: uppnått
        meritvärde 2018 totalt, Södertälje: 216 (reviderat: 221,3 → 216)
  ? G4  Nöjda elever: ingen data → uppnått
        nöjdhet 2018 totalt, Södertälje: 91 % (var: inget värde i databasen)
  + G5  Nytt mål: uppnått
  − G9  Utgår: (var ej uppnått)
  Planen har ändrats sedan dess.
  Reviderade värden sedan dess: 2
    behörighet 2018 totalt, Södertälje: 85,7 % → 86,2 % (import 2018-10-20)
    meritvärde 2018 totalt, Södertälje: 221,3 → 216 (import 2018-10-20)

  ej uppnått      G1  Meritvärdet ska öka
    ej uppnått      meritvärde > meritvärde[previous]
                    216 > 217,9 gäller inte
                    meritvärde 2018 totalt, Södertälje: 216 (reviderat: 221,3 → 216)
                    meritvärde 2017 totalt, Södertälje: 217,9
  uppnått         G2  Fler behöriga
    uppnått         behörighet >= 86 % partly >= 85 %
                    86,2 % >= 86 % gäller
                    behörighet 2018 totalt, Södertälje: 86,2 % (reviderat: 85,7 % → 86,2 %)
  uppnått         G3  Höga meritvärden
    uppnått         meritvärde >= 200
                    216 >= 200 gäller
                    meritvärde 2018 totalt, Södertälje: 216 (reviderat: 221,3 → 216)
  uppnått         G4  Nöjda elever
    uppnått         nöjdhet >= 90 %
                    91 % >= 90 % gäller
                    nöjdhet 2018 totalt, Södertälje: 91 %
  uppnått         G5  Nytt mål
    uppnått         behörighet >= 80 %
                    86,2 % >= 80 % gäller
                    behörighet 2018 totalt, Södertälje: 86,2 % (reviderat: 85,7 % → 86,2 %)

5 mål: 4 uppnått, 0 delvis uppnått, 1 ej uppnått, 0 ingen data
--- run ska check plan2.ska --db t.db --since "Uppföljning vt2018" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); s=d["since"]; print(s["run"], s["label"], s["recorded"], s["plan_changed"], s["summary"], s["removed"]); [print(g["id"], g["previous_status"], g["status"], g["trend"], [(e.get("previous"), e["result"], e.get("revised")) for t in g["targets"] for e in t["evidence"]]) for g in d["goals"]]'
--- expect exit 0
1 Uppföljning vt2018 2018-06-26T00:00:00Z True {'uppnått': 2, 'delvis': 1, 'ej_uppnått': 1, 'ingen_data': 1} [{'kind': 'goal', 'id': 'G9', 'title': 'Utgår', 'previous_status': 'ej_uppnått'}]
G1 uppnått ej_uppnått down [({'value': 221.3, 'missing': None}, {'value': 216, 'missing': None}, [{'before': 221.3, 'after': 216, 'import': 2, 'imported': '2018-10-20T01:46:40Z'}]), (None, {'value': 217.9, 'missing': None}, None)]
G2 delvis uppnått up [({'value': 85.7, 'missing': None}, {'value': 86.2, 'missing': None}, [{'before': 85.7, 'after': 86.2, 'import': 2, 'imported': '2018-10-20T01:46:40Z'}])]
G3 uppnått uppnått same [({'value': 221.3, 'missing': None}, {'value': 216, 'missing': None}, [{'before': 221.3, 'after': 216, 'import': 2, 'imported': '2018-10-20T01:46:40Z'}])]
G4 ingen_data uppnått data [({'value': None, 'missing': 'no value stored'}, {'value': 91, 'missing': None}, None)]
G5 None uppnått added [(None, {'value': 86.2, 'missing': None}, [{'before': 85.7, 'after': 86.2, 'import': 2, 'imported': '2018-10-20T01:46:40Z'}])]
--- run ska check plan2.ska --db t.db --since '#1' --format csv | cut -d, -f1,2,6,14,15
--- expect exit 0
record,id,status,previous_status,revised
goal,G1,ej uppnått,uppnått,
target,G1,ej uppnått,uppnått,meritvärde 2018 totalt 0181: 221.3 -> 216
goal,G2,uppnått,delvis uppnått,
target,G2,uppnått,delvis uppnått,behörighet 2018 totalt 0181: 85.7 -> 86.2
goal,G3,uppnått,uppnått,
target,G3,uppnått,uppnått,meritvärde 2018 totalt 0181: 221.3 -> 216
goal,G4,uppnått,ingen data,
target,G4,uppnått,ingen data,
goal,G5,uppnått,,
target,G5,uppnått,,behörighet 2018 totalt 0181: 85.7 -> 86.2
--- run SOURCE_DATE_EPOCH=1545000000 ska check plan2.ska --db t.db --record=Uppföljning\ ht2018 >/dev/null; ska history --db t.db
--- expect exit 0
#    recorded             period    ach part  not none  label (plan)
1    2018-06-26T00:00:00Z 2018        2    1    1    1  Uppföljning vt2018 (plan1.ska)
2    2018-12-16T22:40:00Z 2018        4    0    1    0  Uppföljning ht2018 (plan2.ska)
ska check: recorded as judgement #2 "Uppföljning ht2018"
--- run ska check plan2.ska --db t.db --since latest | sed -n 1,12p
--- expect exit 0
Plan 2018
Södertälje kommun, period 2018

Förändringar sedan "Uppföljning ht2018" (#2, 2018-12-16)
  → G1  Meritvärdet ska öka: ej uppnått
  → G2  Fler behöriga: uppnått
  → G3  Höga meritvärden: uppnått
  → G4  Nöjda elever: uppnått
  → G5  Nytt mål: uppnått

  ej uppnått      G1  Meritvärdet ska öka
    ej uppnått      meritvärde > meritvärde[previous]
--- run ska check plan2.ska --db t.db | grep reviderat
--- expect exit 1
--- run ska report plan2.ska --db t.db --since '#1' --format md | sed -n '/^## Förändringar/,/^## /p'
--- expect exit 0
## Förändringar sedan förra uppföljningen

Jämfört med "Uppföljning vt2018" (#1, 2018-06-26). Planen har ändrats sedan dess.

|  | Mål | Då | Nu | Värden |
|---|---|---|---|---|
| ↓ | G1 Meritvärdet ska öka | uppnått | ej uppnått | Meritvärde, 2018, totalt: 216 (reviderat: 221,3 → 216) |
| ↑ | G2 Fler behöriga | delvis uppnått | uppnått | Behöriga, 2018, totalt: 86,2 % (reviderat: 85,7 % → 86,2 %) |
| → | G3 Höga meritvärden | uppnått | uppnått | Meritvärde, 2018, totalt: 216 (reviderat: 221,3 → 216) |
| ? | G4 Nöjda elever | ingen data | uppnått | Nöjda elever, 2018, totalt: 91 % (var: inget värde i databasen) |
| + | G5 Nytt mål | nytt i planen | uppnått | – |
| − | G9 Utgår | ej uppnått | borttaget ur planen | – |

### Reviderade värden sedan dess

- behörighet 2018 totalt, Södertälje: 85,7 % → 86,2 % (import 2018-10-20)
- meritvärde 2018 totalt, Södertälje: 221,3 → 216 (import 2018-10-20)

## Sammanfattning
--- run ska history --db t.db --revisions; ska history --db t.db --revisions N15419
--- expect exit 0
N15436  0181  2018  totalt  85.7 -> 86.2  (import 2, 2018-10-20T01:46:40Z)
N15505  0181  2018  totalt  221.3 -> 216  (import 2, 2018-10-20T01:46:40Z)
no revised values of N15419
--- run ska report plan2.ska --db t.db --since latest | grep -o '<td data-label="Värden">[^<]*</td>' | sort | uniq -c
--- expect exit 0
      5 <td data-label="Värden">–</td>
