# examples/samverkan: an unnamed municipality's action plan in Samverkan för
# bästa skola: six areas, each measure with its cost in tkr. No organiser
# and no results: all goals are ingen data, the targets of S2 because the
# store has no data for them.
--- run cp "$SKA_PATH"/examples/samverkan/plan.ska "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import s.db kommuner.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db s.db --as-of 2021-06-30
--- expect exit 1
Handlingsplan inom Samverkan för bästa skola 2020/2021
period 2020/21

IT
  ingen data      S1  Likvärdiga och funktionella digitala förutsättningar
                  ansvarig: Huvudmannen
                    inget målvärde: målet kan inte bedömas med data
                  insatser: A1

Enhets-, lednings- och lärarstöd
  ingen data      S2  Öka elevernas trygghet och studiero, närvaro i skolan och måluppfyllelse
                  ansvarig: Skolhuvudmannen
    ingen data      trygghet > trygghet[previous]  "trygghet och studiero"
                    – > – — indikatorn saknas i databasen
    ingen data      närvaro > närvaro[previous]  "närvaro"
                    – > – — indikatorn saknas i databasen
    ingen data      alla_ämnen > alla_ämnen[previous]  "måluppfyllelse"
                    – > – — indikatorn saknas i databasen
                  insatser: A2

Elevhälsan
  ingen data      S3  En struktur för elevhälsans hälsofrämjande och förebyggande arbete
                  ansvarig: Skolhuvudmannen
                    inget målvärde: målet kan inte bedömas med data
                  insatser: A3

SYV och nyanländas lärande
  ingen data      S4  Strukturer för vägledning, PRAO och nyanländas lärande
                  ansvarig: Skolhuvudmannen
                    inget målvärde: målet kan inte bedömas med data
                  insatser: A4

Garanti för tidiga stödinsatser i förskoleklass och lågstadiet
  ingen data      S5  Tidiga stödinsatser och därigenom högre likvärdighet och måluppfyllelse i årskurs 3
                  ansvarig: Rektor
                    inget målvärde: målet kan inte bedömas med data
                  insatser: A5

Matematik
  ingen data      S6  Högre måluppfyllelse inom matematik
                  ansvarig: Förvaltningsledningen
                    inget målvärde: målet kan inte bedömas med data
                  insatser: A6

Insatser
  A1 Verksamhetsutvecklare inom digitalisering — Förvaltningsledningen; rektor för enhetens digitaliseringsplan, vt2020–vt2021, 1 300 tkr; mål S1
    förväntad effekt: En digitaliseringsstrategi under 2020, därefter stöd till enheterna i ett digitalt arbetssätt
  A2 Stöd till lärare, rektor och enhet — Rektor, vt2020–vt2021, 2 264 tkr; mål S2
    förväntad effekt: Eleverna går trygga till klassrummen; likvärdiga förutsättningar för samtliga elever
  A3 Elevhälsopersonal — Rektor, vt2020–ht2021, 2 400 tkr; mål S3
    förväntad effekt: Nya insatser påbörjade våren 2020 och etablerade hösten 2021
  A4 Studie- och yrkesvägledare och samordnare för nyanlända — Rektor; samordnarrollen under rektor på Böle skola, vt2020–vt2021, 700 tkr; mål S4
    förväntad effekt: Vägledning i vid bemärkelse i hela det obligatoriska skolväsendet och en väl fungerande PRAO enligt den nya lagstiftningen
  A5 Garanti för tidiga insatser — Rektor, vt2020–vt2021, 1 700 tkr; mål S5
    förväntad effekt: Högre likvärdighet och måluppfyllelse i årskurs 3 och i förlängningen i senare årskurser
  A6 Deltagande i SKR:s matematiksatsning — Förvaltningsledningen; rektor; lärare f–3, ht2020–vt2021, 100 tkr; mål S6
    förväntad effekt: Långsiktiga effekter på lärares kollegiala lärande och på elevers matematikkunskaper

6 insatser, total kostnad 8 464 tkr (6 med kostnad)

Uppföljningar att göra per 2021-06-30
  2020-06-30  A1 Verksamhetsutvecklare inom digitalisering: dialogmöten med förvaltningsledningen, ansvarig Förvaltningsledningen; rektor för enhetens digitaliseringsplan
  2021-06-30  A1 Verksamhetsutvecklare inom digitalisering: huvudmannens årliga kvalitetsrapport (varje år), ansvarig Förvaltningsledningen; rektor för enhetens digitaliseringsplan, sista uppföljningen
  2020-06-30  A3 Elevhälsopersonal: dialogmöten med förvaltningsledningen, ansvarig Rektor
  2021-06-30  A3 Elevhälsopersonal: huvudmannens årliga kvalitetsrapport (varje år), ansvarig Rektor

6 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 6 ingen data
plan.ska:27:8: warning: goal 'S1' has no target and no assessment: it is always ingen data
    goal S1 "Likvärdiga och funktionella digitala förutsättningar" {
         ^^
plan.ska:67:8: warning: goal 'S3' has no target and no assessment: it is always ingen data
    goal S3 "En struktur för elevhälsans hälsofrämjande och förebyggande arbete" {
         ^^
plan.ska:85:8: warning: goal 'S4' has no target and no assessment: it is always ingen data
    goal S4 "Strukturer för vägledning, PRAO och nyanländas lärande" {
         ^^
plan.ska:101:8: warning: goal 'S5' has no target and no assessment: it is always ingen data
    goal S5 "Tidiga stödinsatser och därigenom högre likvärdighet och måluppfyllelse i årskurs 3" {
         ^^
plan.ska:117:8: warning: goal 'S6' has no target and no assessment: it is always ingen data
    goal S6 "Högre måluppfyllelse inom matematik" {
         ^^
