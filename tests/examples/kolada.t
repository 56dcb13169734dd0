# examples/kolada: Södertälje's goals against real Kolada values for all 290
# municipalities and Riket (2016–2020) — rank, mean over kommuner, gap
# between girls and boys, trend, comparison with Riket — and rules per
# school on Skolverket's 2024/25 figures, with the real `..` (listed as
# ingen data, never passing) and `~100` codes.
--- run cp "$SKA_PATH"/examples/kolada/plan.ska "$SKA_PATH"/examples/kolada/*.csv "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import k.db kommuner.csv units.csv results.csv skolor.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
units.csv: 47 units: 47 added, 0 changed, 0 unchanged
results.csv: 10145 rows: 10145 added, 0 changed, 0 unchanged
skolor.csv: 141 rows: 141 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db k.db
--- expect exit 1
Södertälje: skolresultat i jämförelse med riket 2016–2020
Södertälje kommun, period 2020

Elevernas meritvärde ska ytterligare förbättras och fler ska bli behöriga
  ej uppnått      K1  Meritvärdet ska förbättras och nå rikets nivå
                  ansvarig: Utbildningsdirektör
    ej uppnått      meritvärde >= meritvärde[riket] partly >= meritvärde[riket] - 5  "i nivå med riket"
                    215,5 >= 225,9 gäller inte; delvis: 215,5 >= 220,9 gäller inte
                    meritvärde 2020 totalt, Södertälje: 215,5
                    meritvärde 2020 totalt, Riket: 225,9
    ej uppnått      trend(meritvärde, 2016..2020) > 0  "stigande över fem år"
                    -1,15 > 0 gäller inte
                    meritvärde 2016 totalt, Södertälje: 221
                    meritvärde 2017 totalt, Södertälje: 217,6
                    meritvärde 2018 totalt, Södertälje: 221,9
                    meritvärde 2019 totalt, Södertälje: 217,1
                    meritvärde 2020 totalt, Södertälje: 215,5
  ej uppnått      K2  Fler elever ska bli behöriga till ett nationellt program
                  ansvarig: Utbildningsdirektör
    ej uppnått      ej_behörig <= ej_behörig[riket]  "högst rikets andel obehöriga"
                    22 % <= 16 % gäller inte
                    behörig_yrke 2020 totalt, Södertälje: 78 %
                    behörig_yrke 2020 totalt, Riket: 84 %
    ej uppnått      behörig_yrke >= mean(behörig_yrke, kommuner)  "minst kommunernas medelvärde"
                    78 % >= 83,37 % gäller inte
                    behörig_yrke 2020 totalt, Södertälje: 78 %
                    mean(behörig_yrke) över 290 kommuner, 2020, totalt (290 med värde): 83,37 %
    ej uppnått      rank(behörig_yrke, kommuner) <= 145  "övre halvan av landets kommuner"
                    229 <= 145 gäller inte
                    rank(behörig_yrke) över 290 kommuner, 2020, totalt (290 med värde): 229:e plats, delad med 2
  delvis uppnått  K3  Alla elever ska klara kunskapskraven i alla ämnen oavsett kön
                  ansvarig: Verksamhetschef grundskola
    ej uppnått      alla_ämnen > alla_ämnen[previous]  "fler än året före"
                    65,3 % > 72,4 % gäller inte
                    alla_ämnen 2020 totalt, Södertälje: 65,3 %
                    alla_ämnen 2019 totalt, Södertälje: 72,4 %
    delvis uppnått  gap(meritvärde, flickor, pojkar) <= 15 partly <= 25  "skillnad i meritvärde, flickor och pojkar"
                    21,5 <= 15 gäller inte; delvis: 21,5 <= 25 gäller
                    meritvärde 2020 flickor, Södertälje: 225,8
                    meritvärde 2020 pojkar, Södertälje: 204,3

Familjebakgrunden ska få minskad betydelse
  delvis uppnått  K4  Sverigeledande i att minska familjebakgrundens betydelse
                  ansvarig: Utbildningsdirektör
    ej uppnått      rank(behörig_yrke_avvikelse, kommuner) <= 29 partly <= 145  "bland de 10 % bästa"
                    158 <= 29 gäller inte; delvis: 158 <= 145 gäller inte
                    rank(behörig_yrke_avvikelse) över 290 kommuner, 2020, totalt (290 med värde): 158:e plats
    uppnått         behörig_yrke_avvikelse > 0  "bättre än modellen förväntar"
                    0,92 > 0 gäller
                    behörig_yrke_avvikelse 2020 totalt, Södertälje: 0,92

Behöriga lärare
  ingen data      K5  Andelen behöriga lärare ska öka
                  ansvarig: Chef för strategi och verksamhetsstöd
    ingen data      lärare_leg > lärare_leg[previous]
                    – > 58,21 % — inget värde i databasen
                    lärare_leg 2020 totalt, Södertälje: –
                    lärare_leg 2019 totalt, Södertälje: 58,21 %

Regler
  R1  Skolor där färre än 80 % är behöriga ska analysera orsakerna
    2 av 26 skolor flaggade, 5 utan data
      Eneskolan (97655739): behörig_yrke 75 %
      Nyckelskolan (16068461): behörig_yrke 78,6 %
      ingen data: Lilla Parkskolan (43802065): behörig_yrke ..
      ingen data: Magelungens Grundskola Södertälje (14872951): behörig_yrke ..
      ingen data: Mikaelgården Läkeped. Institut (73075913): behörig_yrke ..
      ingen data: Mora Parks skola (26804905): behörig_yrke ..
      ingen data: Solvikskolan (45994471): behörig_yrke ..
  R2  Skolor med meritvärde under 200 ska få riktat stöd
    0 av 26 skolor flaggade, 4 utan data
      ingen data: Magelungens Grundskola Södertälje (14872951): meritvärde ..
      ingen data: Mikaelgården Läkeped. Institut (73075913): meritvärde ..
      ingen data: Mora Parks skola (26804905): meritvärde ..
      ingen data: Solvikskolan (45994471): meritvärde ..

5 mål: 0 uppnått, 2 delvis uppnått, 2 ej uppnått, 1 ingen data
