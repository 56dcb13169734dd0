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
                  owner: Huvudmannen
                    no target: the goal cannot be judged from data
                  insats A1 Verksamhetsutvecklare inom digitalisering — Förvaltningsledningen; rektor för enhetens digitaliseringsplan, vt2020–vt2021, 1 300 tkr
                    expected: En digitaliseringsstrategi under 2020, därefter stöd till enheterna i ett digitalt arbetssätt

Enhets-, lednings- och lärarstöd
  ingen data      S2  Öka elevernas trygghet och studiero, närvaro i skolan och måluppfyllelse
                  owner: Skolhuvudmannen
    ingen data      trygghet > trygghet[previous]  "trygghet och studiero"
                    – > – — no data for this indicator in the store
    ingen data      närvaro > närvaro[previous]  "närvaro"
                    – > – — no data for this indicator in the store
    ingen data      alla_ämnen > alla_ämnen[previous]  "måluppfyllelse"
                    – > – — no data for this indicator in the store
                  insats A2 Stöd till lärare, rektor och enhet — Rektor, vt2020–vt2021, 2 264 tkr
                    expected: Eleverna går trygga till klassrummen; likvärdiga förutsättningar för samtliga elever

Elevhälsan
  ingen data      S3  En struktur för elevhälsans hälsofrämjande och förebyggande arbete
                  owner: Skolhuvudmannen
                    no target: the goal cannot be judged from data
                  insats A3 Elevhälsopersonal — Rektor, vt2020–ht2021, 2 400 tkr
                    expected: Nya insatser påbörjade våren 2020 och etablerade hösten 2021

SYV och nyanländas lärande
  ingen data      S4  Strukturer för vägledning, PRAO och nyanländas lärande
                  owner: Skolhuvudmannen
                    no target: the goal cannot be judged from data
                  insats A4 Studie- och yrkesvägledare och samordnare för nyanlända — Rektor; samordnarrollen under rektor på Böle skola, vt2020–vt2021, 700 tkr
                    expected: Vägledning i vid bemärkelse i hela det obligatoriska skolväsendet och en väl fungerande PRAO enligt den nya lagstiftningen

Garanti för tidiga stödinsatser i förskoleklass och lågstadiet
  ingen data      S5  Tidiga stödinsatser och därigenom högre likvärdighet och måluppfyllelse i årskurs 3
                  owner: Rektor
                    no target: the goal cannot be judged from data
                  insats A5 Garanti för tidiga insatser — Rektor, vt2020–vt2021, 1 700 tkr
                    expected: Högre likvärdighet och måluppfyllelse i årskurs 3 och i förlängningen i senare årskurser

Matematik
  ingen data      S6  Högre måluppfyllelse inom matematik
                  owner: Förvaltningsledningen
                    no target: the goal cannot be judged from data
                  insats A6 Deltagande i SKR:s matematiksatsning — Förvaltningsledningen; rektor; lärare f–3, ht2020–vt2021, 100 tkr
                    expected: Långsiktiga effekter på lärares kollegiala lärande och på elevers matematikkunskaper

6 measures, total cost 8 464 tkr (6 with a cost)

Follow-ups due by 2021-06-30
  2020-06-30  A1 Verksamhetsutvecklare inom digitalisering: dialogmöten med förvaltningsledningen, owner Förvaltningsledningen; rektor för enhetens digitaliseringsplan
  2021-06-30  A1 Verksamhetsutvecklare inom digitalisering: huvudmannens årliga kvalitetsrapport (every year), owner Förvaltningsledningen; rektor för enhetens digitaliseringsplan, final follow-up
  2020-06-30  A3 Elevhälsopersonal: dialogmöten med förvaltningsledningen, owner Rektor
  2021-06-30  A3 Elevhälsopersonal: huvudmannens årliga kvalitetsrapport (every year), owner Rektor

6 goals: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 6 ingen data
