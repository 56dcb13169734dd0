# examples/uppsala: Uppsala's plan judged on the published files as
# downloaded (../shared/data: the KommunAnalys directory and all four
# Skolverket files, no edit, no option): Kolada 2016–2020 per municipality
# beside Skolverket 2023/24–2024/25 per municipality and per school unit,
# rules over the municipality's own schools (`for each skola`) and over all
# schools in it (`for each alla_skolor`), targets comparing the own schools
# with the independent ones and with all of them.
#
# Checked by hand against the files (python3 reading the CSV and JSON):
# - behörig_yrke 2025 82,7 % / flickor 82,3 / pojkar 83,1 and _alla 85,4:
#   behorighet_grundskola_2024_25.csv, rows Uppsala;0380;…;Kommunal and
#   Samtliga; 2020 85,5 and meritvärde 2020 235 (250,4 / 221,9): MasterData
#   "Uppsala"; Riket 225,9: riket.txt N15505 2020.
# - mean(behörig_yrke, kommuner) 80,99–81,31 %: the 290 Kommunal/Samtliga
#   rows, `~100` of n pupils as 100(n−4)/n … 100(n−1)/n; rank 113–115: 112
#   municipalities certainly above 82,7, 114 possibly.
# - the slutbetyg rows of Kommun-kod 0380: 20 Kommunal, 12 Enskild;
#   mean merit of the own schools 238,3 (19 with a value; Stavby `..`), of
#   all 239,75 (30; UIS `.`, Magelungen's 96,3 counted); spread 280,8 −
#   206,1 = 74,7; behörig_yrke mean 84,55–84,81 % own, 89–91,14 %
#   independent (10 with a value); Nannaskolan 59,4 and Gränbyskolan 55,9
#   under 60 % in all subjects.
# - trend(meritvärde, 2016..2020) 1,54 and trend(lärare_leg, 2016..2019)
#   −0,19: least-squares slopes of the MasterData values.
# - np_matematik 2024 85,7 % (85,4 / 86,1), _alla 87,5 %: Matematik rows of
#   nationella_prov_ak9_2024.csv; lärare_behöriga 88,2 %, _enskilda 82,4 %:
#   personalstatistik_grundskola_2024.csv, tjänstgörande lärare.
--- run cp "$SKA_PATH"/examples/uppsala/plan.ska .
--- expect exit 0
--- run d="$SKA_PATH"/../shared/data && ska import u.db "$d"/kolada-kommunanalys "$d"/skolverket/*.csv 2>&1 | sed 's|^[^:]*/||'
--- expect exit 0
Kommuner.txt: 291 units: 291 added, 0 changed, 0 unchanged
Kommuner.txt: 21 skipped: regions (codes 00 + county code: ska follows municipalities and their schools)
MasterData.txt: 51428 rows: 51428 added, 0 changed, 0 unchanged
Nyckeltal.txt: 18 indicator titles: 0 added, 18 changed, 0 unchanged
riket.txt: 197 rows: 197 added, 0 changed, 0 unchanged
behorighet_grundskola_2024_25.csv: read as source behörighet: 2139 rows, 10695 values: 10695 added, 0 changed, 0 unchanged
nationella_prov_ak9_2024.csv: read as source nationella_prov: 2792 rows, 33504 values: 33504 added, 0 changed, 0 unchanged
personalstatistik_grundskola_2024.csv: read as source personal: 769 rows, 6152 values: 6152 added, 0 changed, 0 unchanged
slutbetyg_ak9_skolenhet_2024_25.csv: read as source slutbetyg_skolenhet: 1714 rows, 6856 values: 6856 added, 0 changed, 0 unchanged
slutbetyg_ak9_skolenhet_2024_25.csv: 1714 units added: 48000763, 69498258, 82520504, 24147931, 59137023, 13746989, …
--- run ska check plan.ska --db u.db
--- expect exit 1
Uppsala kommun: kunskapsresultat i grundskolan 2024/25
Uppsala kommun, period 2025

Kunskaper: fler elever ska nå målen
  delvis uppnått  U1  Fler elever ska bli behöriga till gymnasieskolan
                  ansvarig: Utbildningsdirektör
    ej uppnått      behörig_yrke >= behörig_yrke[2020]  "minst som 2020"
                    82,7 % >= 85,5 % gäller inte
                    behörig_yrke 2025 totalt, Uppsala: 82,7 %
                    behörig_yrke 2020 totalt, Uppsala: 85,5 %
    uppnått         behörig_yrke >= mean(behörig_yrke, kommuner)  "minst kommunernas medelvärde"
                    82,7 % >= 80,99–81,31 % gäller (~100 avgör)
                    behörig_yrke 2025 totalt, Uppsala: 82,7 %
                    mean(behörig_yrke) över 290 kommuner, 2025, totalt (290 med värde): 80,99–81,31 %
    uppnått         rank(behörig_yrke, kommuner) <= 145  "övre halvan av landets kommuner"
                    113–115 <= 145 gäller (~100 avgör)
                    rank(behörig_yrke) över 290 kommuner, 2025, totalt (290 med värde): plats 113–115
  uppnått         U2  Meritvärdet ska ligga över rikets och fortsätta öka
                  ansvarig: Utbildningsdirektör
    uppnått         meritvärde[2020] >= meritvärde[2020, riket]  "över riket 2020"
                    235 >= 225,9 gäller
                    meritvärde 2020 totalt, Uppsala: 235
                    meritvärde 2020 totalt, Riket: 225,9
    uppnått         trend(meritvärde, 2016..2020) > 0  "stigande 2016–2020"
                    1,54 > 0 gäller
                    meritvärde 2016 totalt, Uppsala: 232,5
                    meritvärde 2017 totalt, Uppsala: 221,3
                    meritvärde 2018 totalt, Uppsala: 228,7
                    meritvärde 2019 totalt, Uppsala: 231,7
                    meritvärde 2020 totalt, Uppsala: 235
  delvis uppnått  U3  Fler elever ska klara det nationella provet i matematik
                  ansvarig: Verksamhetschef grundskola
    delvis uppnått  np_matematik[2024] >= 90 % partly >= 85 %  "minst 90 % med provbetyg A–E"
                    85,7 % >= 90 % gäller inte; delvis: 85,7 % >= 85 % gäller
                    np_matematik 2024 totalt, Uppsala: 85,7 %
    ej uppnått      np_matematik[2024] >= np_matematik_alla[2024]  "i nivå med alla skolor i kommunen"
                    85,7 % >= 87,5 % gäller inte
                    np_matematik 2024 totalt, Uppsala: 85,7 %
                    np_matematik_alla 2024 totalt, Uppsala: 87,5 %
  delvis uppnått  U4  Flickor och pojkar ska lyckas lika väl
                  ansvarig: Verksamhetschef grundskola
    uppnått         gap(behörig_yrke) <= 3  "behörighet, skillnad i procentenheter"
                    0,8 p.e. <= 3 p.e. gäller
                    behörig_yrke 2025 flickor, Uppsala: 82,3 %
                    behörig_yrke 2025 pojkar, Uppsala: 83,1 %
    uppnått         gap(np_matematik[2024]) <= 3  "provbetyg i matematik"
                    0,7 p.e. <= 3 p.e. gäller
                    np_matematik 2024 flickor, Uppsala: 85,4 %
                    np_matematik 2024 pojkar, Uppsala: 86,1 %
    ej uppnått      gap(meritvärde[2020]) <= 15 partly <= 25  "meritvärde 2020, skillnad i poäng"
                    28,5 <= 15 gäller inte; delvis: 28,5 <= 25 gäller inte
                    meritvärde 2020 flickor, Uppsala: 250,4
                    meritvärde 2020 pojkar, Uppsala: 221,9

Likvärdighet: kommunens skolor och kommunens alla skolor
  delvis uppnått  L1  De kommunala skolorna ska nå samma resultat som skolorna i kommunen i stort
                  ansvarig: Utbildningsdirektör
    uppnått         mean(meritvärde, skolor) >= mean(meritvärde, alla_skolor) - 5 partly >= mean(meritvärde, alla_skolor) - 15  "meritvärde, medel per skola"
                    238,3 >= 234,75 gäller
                    mean(meritvärde) över 20 skolor, 2025, totalt (19 med värde): 238,3
                    mean(meritvärde) över 32 skolor i kommunen, 2025, totalt (30 med värde): 239,75
    ingen data      mean(behörig_yrke, skolor) >= mean(behörig_yrke, fristående_skolor) - 5  "behörighet, medel per skola"
                    84,55–84,81 % >= 84–86,14 % — ~100 avgör inte jämförelsen
                    mean(behörig_yrke) över 20 skolor, 2025, totalt (19 med värde): 84,55–84,81 %
                    mean(behörig_yrke) över 12 fristående skolor, 2025, totalt (10 med värde): 89–91,14 %
    delvis uppnått  behörig_yrke >= behörig_yrke_alla - 2 partly >= behörig_yrke_alla - 5  "andel behöriga, alla elever"
                    82,7 % >= 83,4 % gäller inte; delvis: 82,7 % >= 80,4 % gäller
                    behörig_yrke 2025 totalt, Uppsala: 82,7 %
                    behörig_yrke_alla 2025 totalt, Uppsala: 85,4 %
  delvis uppnått  L2  Skillnaderna mellan kommunens skolor ska minska
                  ansvarig: Verksamhetschef grundskola
    delvis uppnått  spread(meritvärde, skolor) <= 50 partly <= 75  "högsta minus lägsta meritvärde"
                    74,7 <= 50 gäller inte; delvis: 74,7 <= 75 gäller
                    spread(meritvärde) över 20 skolor, 2025, totalt (19 med värde): 74,7
    ej uppnått      min(behörig_yrke, skolor) >= 70 %  "ingen skola under 70 % behöriga"
                    66,1 % >= 70 % gäller inte
                    min(behörig_yrke) över 20 skolor, 2025, totalt (19 med värde): 66,1 %
    ej uppnått      count(alla_ämnen < 60 %, skolor) = 0  "ingen skola där färre än 60 % når målen i alla ämnen"
                    2 = 0 gäller inte
                    count(alla_ämnen) över 20 skolor, 2025, totalt (19 med värde): 2

Behöriga lärare
  delvis uppnått  B1  Andelen legitimerade och behöriga lärare ska öka
                  ansvarig: HR-chef utbildningsförvaltningen
    delvis uppnått  lärare_behöriga >= 90 % partly >= 85 %  "tjänstgörande lärare, 2024/25"
                    88,2 % >= 90 % gäller inte; delvis: 88,2 % >= 85 % gäller
                    lärare_behöriga 2025 totalt, Uppsala: 88,2 %
    uppnått         lärare_behöriga >= lärare_behöriga_enskilda  "minst som de fristående skolorna"
                    88,2 % >= 82,4 % gäller
                    lärare_behöriga 2025 totalt, Uppsala: 88,2 %
                    lärare_behöriga_enskilda 2025 totalt, Uppsala: 82,4 %
    ej uppnått      trend(lärare_leg, 2016..2019) >= 0  "inte sjunkande 2016–2019"
                    -0,19 p.e. >= 0 p.e. gäller inte
                    lärare_leg 2016 totalt, Uppsala: 76,66 %
                    lärare_leg 2017 totalt, Uppsala: 77,88 %
                    lärare_leg 2018 totalt, Uppsala: 77,26 %
                    lärare_leg 2019 totalt, Uppsala: 76,22 %

Regler
  R1  Kommunala skolor där färre än 80 % är behöriga ska analysera orsakerna
    4 av 20 skolor flaggade, 1 utan data
      Gränbyskolan (60782519): behörig_yrke 66,1 %
      von Bahrs skola (17250578): behörig_yrke 71,7 %
      Nannaskolan (29677535): behörig_yrke 74,2 %
      Rosendals skola (43933186): behörig_yrke 77,8 %
      ingen data: Stavby skola (72802066): behörig_yrke ..
  R2  Kommunala skolor med meritvärde under 220 ska få riktat stöd
    4 av 20 skolor flaggade, 1 utan data
      Gränbyskolan (60782519): meritvärde 206,1
      Björkvallsskolan (89112467): meritvärde 214,4
      Nannaskolan (29677535): meritvärde 217,7
      von Bahrs skola (17250578): meritvärde 219,7
      ingen data: Stavby skola (72802066): meritvärde ..
  R3  Skolor i kommunen där färre än 80 % är behöriga (alla huvudmän)
    5 av 32 skolor i kommunen flaggade, 3 utan data
      Uppsala waldorfskola (69405762): behörig_yrke 61,1 %
      Gränbyskolan (60782519): behörig_yrke 66,1 %
      von Bahrs skola (17250578): behörig_yrke 71,7 %
      Nannaskolan (29677535): behörig_yrke 74,2 %
      Rosendals skola (43933186): behörig_yrke 77,8 %
      ingen data: Magelungens Grundskola Uppsala (39922552): behörig_yrke ..
      ingen data: Stavby skola (72802066): behörig_yrke ..
      ingen data: Uppsala International School (UIS) (76938456): behörig_yrke .

7 mål: 1 uppnått, 6 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db u.db --format json | grep -o -e '"summary":{[^}]*}' -e '"for_each":"[^"]*"' -e '"name":"[^"]*","no_data":[a-z]*'
--- expect exit 0
"summary":{"goals":7,"uppnått":1,"delvis":6,"ej_uppnått":0,"ingen_data":0}
"for_each":"school"
"name":"Gränbyskolan","no_data":false
"name":"von Bahrs skola","no_data":false
"name":"Nannaskolan","no_data":false
"name":"Rosendals skola","no_data":false
"name":"Stavby skola","no_data":true
"for_each":"school"
"name":"Gränbyskolan","no_data":false
"name":"Björkvallsskolan","no_data":false
"name":"Nannaskolan","no_data":false
"name":"von Bahrs skola","no_data":false
"name":"Stavby skola","no_data":true
"for_each":"school_all"
"name":"Uppsala waldorfskola","no_data":false
"name":"Gränbyskolan","no_data":false
"name":"von Bahrs skola","no_data":false
"name":"Nannaskolan","no_data":false
"name":"Rosendals skola","no_data":false
"name":"Magelungens Grundskola Uppsala","no_data":true
"name":"Stavby skola","no_data":true
"name":"Uppsala International School (UIS)","no_data":true
