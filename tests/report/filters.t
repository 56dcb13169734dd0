# --only and --area report a part of the plan: the summary counts only the
# goals shown, measures appear with the goals they serve (a measure serving
# only other goals, or none, is left out, and so is its cost), and rules,
# which judge units rather than goals, are left out as `ska check` does;
# so are the follow-ups of measures not shown.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format md --only G3,T1 | grep -E '^(#|\*\*|\| [A-Z0-9<]|- )'
--- expect exit 0
# Plan för systematiskt kvalitetsarbete 2018/19
## Sammanfattning
**2 mål: 1 ej uppnått, 1 ingen data**
| Område | Mål | uppnått | delvis uppnått | ej uppnått | ingen data | Insatser | Kostnad |
| Kunskapsresultat | 1 | – | – | 1 | – | – | – |
| Trygghet och studiero | 1 | – | – | – | 1 | 1 | 350 tkr |
### Att uppmärksamma
- **ej uppnått:** G3 Fler elever ska ha betyg i alla ämnen
- **ingen data:** T1 Frånvaron ska minska
## Kunskapsresultat
### G3 Fler elever ska ha betyg i alla ämnen
**Status: ej uppnått**
| Status | Målvärde | Utfall | Underlag |
## Trygghet och studiero
### T1 Frånvaron ska minska
**Status: ingen data** · Ansvarig: Central elevhälsa
| Status | Målvärde | Utfall | Underlag |
**Insatser:** [M2](#measure-M2)
### Insatser
| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
| <a id="measure-M2"></a>M2 Närvaroteam (Mål: [T1](#goal-T1)) | Central elevhälsa | 2019-01-01–2019-12-31 | 350 tkr | Färre elever med hög frånvaro | frånvarostatistik 2019-06-30, 2019-12-31 (nästa 2019-12-31) |
## Uppföljningar att göra per 2019-07-01
| Datum | Insats | Uppföljning | Ansvarig |
| 2019-06-30 | M2 Närvaroteam | frånvarostatistik | Central elevhälsa |
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format md --area "Trygghet och studiero" | grep -E '^(#|\*\*|\| [A-Z0-9<]|- )'
--- expect exit 0
# Plan för systematiskt kvalitetsarbete 2018/19
## Sammanfattning
**2 mål: 1 delvis uppnått, 1 ingen data**
| Område | Mål | uppnått | delvis uppnått | ej uppnått | ingen data | Insatser | Kostnad |
| Trygghet och studiero | 2 | – | 1 | – | 1 | 1 | 350 tkr |
### Att uppmärksamma
- **ingen data:** T1 Frånvaron ska minska
## Trygghet och studiero
### T1 Frånvaron ska minska
**Status: ingen data** · Ansvarig: Central elevhälsa
| Status | Målvärde | Utfall | Underlag |
**Insatser:** [M2](#measure-M2)
### T2 Förstärkt arbete mot kränkningar
**Status: delvis uppnått**
### Insatser
| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
| <a id="measure-M2"></a>M2 Närvaroteam (Mål: [T1](#goal-T1)) | Central elevhälsa | 2019-01-01–2019-12-31 | 350 tkr | Färre elever med hög frånvaro | frånvarostatistik 2019-06-30, 2019-12-31 (nästa 2019-12-31) |
## Uppföljningar att göra per 2019-07-01
| Datum | Insats | Uppföljning | Ansvarig |
| 2019-06-30 | M2 Närvaroteam | frånvarostatistik | Central elevhälsa |
