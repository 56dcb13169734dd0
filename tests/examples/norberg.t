# examples/norberg: Norberg's final report in Samverkan för bästa skola, in
# the report's traffic-light words. Not eligible 32,8 % (2018/19) -> 19,6 %
# (2022/23): grönt – uppnått. The three goals whose colours the text
# version lost are not judged (grått – ingen data). The final report is the
# measure's last follow-up.
--- run cp "$SKA_PATH"/examples/norberg/plan.ska "$SKA_PATH"/examples/norberg/*.csv "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import n.db kommuner.csv units.csv results.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
units.csv: 1 unit: 0 added, 0 changed, 1 unchanged
results.csv: 2 rows: 2 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db n.db --as-of 2023-08-31
--- expect exit 1
Slutredovisning av insatser inom ramen för Samverkan för bästa skola
Norbergs kommun, period 2022/23

Styrning och utveckling av verksamheten
  grönt – uppnått     N0  Fler elever ska nå behörighet till gymnasiets nationella program
                      ansvarig: Skolchef
    grönt – uppnått     obehöriga < obehöriga[2018/19]  "färre obehöriga än när insatsen började, läsåret 18/19"
                        19,6 % < 32,8 % gäller
                        obehöriga 2022/23 totalt, Norberg: 19,6 %
                        obehöriga 2018/19 totalt, Norberg: 32,8 %
                      insatser: S1
  grått – ingen data  N1  Huvudmannen utgår i sin styrning och ledning från en analys och kännedom om verksamhetens resultat, styrkor och utvecklingsområden samt från vetenskaplig grund
                      ansvarig: Skolchef
                        inget målvärde: målet kan inte bedömas med data
                      insatser: S1
  grått – ingen data  N2  Det finns en ömsesidig tillit utifrån våra olika roller
                      ansvarig: Nämndordförande
                        inget målvärde: målet kan inte bedömas med data
                      insatser: S1
  grått – ingen data  N3  Det finns tydliga gemensamma mål genom hela utbildningskedjan upp till huvudman som är väl förankrade och efterlevs
                      ansvarig: Skolchef
                        inget målvärde: målet kan inte bedömas med data
                      insatser: S1

Insatser
  S1 Styrning och utveckling av verksamheten (Samverkan för bästa skola) — Skolchef, 2018/19–2022/23; mål N0, N1, N2, N3

Uppföljningar att göra per 2023-08-31
  2023-08-25  S1 Styrning och utveckling av verksamheten (Samverkan för bästa skola): slutredovisning till Skolverket, ansvarig Skolchef, sista uppföljningen

4 mål: 1 grönt – uppnått, 0 gult – på god väg, 0 rött – påbörjat, 3 grått – ingen data
plan.ska:38:8: warning: goal 'N1' has no target and no assessment: it is always ingen data
    goal N1 "Huvudmannen utgår i sin styrning och ledning från en analys och kännedom om verksamhetens resultat, styrkor och utvecklingsområden samt från vetenskaplig grund" {
         ^^
plan.ska:43:8: warning: goal 'N2' has no target and no assessment: it is always ingen data
    goal N2 "Det finns en ömsesidig tillit utifrån våra olika roller" {
         ^^
plan.ska:48:8: warning: goal 'N3' has no target and no assessment: it is always ingen data
    goal N3 "Det finns tydliga gemensamma mål genom hela utbildningskedjan upp till huvudman som är väl förankrade och efterlevs" {
         ^^
