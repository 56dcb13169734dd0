# Figures over sets on the real Kolada data (290 municipalities, Källa:
# Kolada), every number worked out from the published files with sqlite3:
# - riket/nation is the unit 0000: meritvärde 2020 is 225,9 (riket.txt);
#   the mean over the 290 municipalities is 219,55 (all 290 have a value),
#   and their mean difference from riket 219,5534 - 225,9 = -6,35.
# - rank(x[unit], kommuner) is that unit's place: Danderyd (274,5) is 1st;
#   Sigtuna shares 234,4 with Grästorp and Jokkmokk, 42 municipalities are
#   higher: 43rd, shared with 2. Södertälje (215,5): 167 higher, 168th.
# - N15008 (cost per pupil) 2020 has values for 107 of 290 municipalities:
#   under the default coverage (half, 145) the mean is ingen data; with
#   `coverage 30 %` (87 needed) it is 119 215,87 kr.
# - N15436 2018: 287 of 290 with a value, mean 81,89 %.
# - A rule ranking all 290 among themselves flags the ten below place 280:
#   Munkedal 281 … Lessebo 290.
--- run D="$SKA_PATH/../shared/data/kolada-kommunanalys"; ska import k.db "$D/Kommuner.txt" "$D/MasterData.txt" >/dev/null && ska import k.db --unit 0000 "$D/riket.txt" >/dev/null
--- expect exit 0
--- file plan.ska
plan "Jämförelser" { organiser "Södertälje kommun"; period 2020 }
indicator meritvärde "Meritvärde åk 9" { scale points 0..340; higher is better; source "kolada:N15505" }
indicator elevkostnad "Kostnad per elev" { scale kronor; lower is better; source "kolada:N15008" }
indicator behörig_yrke "Behöriga till yrkesprogram" { scale percent; higher is better; source "kolada:N15436" }
unit danderyd "Danderyd" { code "0162"; kind kommun }
unit sigtuna "Sigtuna" { code "0191"; kind kommun }
goal Riket {
  target meritvärde >= meritvärde[riket]
  target mean(meritvärde, kommuner) > meritvärde[nation]
  target mean(meritvärde - meritvärde[riket], kommuner) > -10
}
goal Placering {
  target rank(meritvärde[danderyd], kommuner) = 1
  target rank(meritvärde[sigtuna], kommuner) <= 43
  target rank(meritvärde, kommuner) <= 150
}
goal Kostnad { target mean(elevkostnad, kommuner) > 100000 }
goal KostnadTrettio { coverage 30 %; target mean(elevkostnad, kommuner) > 100000 }
goal Behörighet { target mean(behörig_yrke[2018], kommuner) > 80 % }
rule Sist "De tio sista" { for each kommun; require rank(meritvärde, kommuner) <= 280 }
--- run ska check plan.ska --db k.db
--- expect exit 1
Jämförelser
Södertälje kommun, period 2020

  delvis uppnått  Riket
    ej uppnått      meritvärde >= meritvärde[riket]
                    215,5 >= 225,9 gäller inte
                    meritvärde 2020 totalt, Södertälje: 215,5
                    meritvärde 2020 totalt, Riket: 225,9
    ej uppnått      mean(meritvärde, kommuner) > meritvärde[nation]
                    219,55 > 225,9 gäller inte
                    mean(meritvärde) över 290 kommuner, 2020, totalt (290 med värde): 219,55
                    meritvärde 2020 totalt, Riket: 225,9
    uppnått         mean(meritvärde - meritvärde[riket], kommuner) > -10
                    -6,35 > -10 gäller
                    mean(meritvärde) över 290 kommuner, 2020, totalt (290 med värde): -6,35
  delvis uppnått  Placering
    uppnått         rank(meritvärde[danderyd], kommuner) = 1
                    1 = 1 gäller
                    rank(meritvärde) Danderyd över 290 kommuner, 2020, totalt (290 med värde): 1:a plats
    uppnått         rank(meritvärde[sigtuna], kommuner) <= 43
                    43 <= 43 gäller
                    rank(meritvärde) Sigtuna över 290 kommuner, 2020, totalt (290 med värde): 43:e plats, delad med 2
    ej uppnått      rank(meritvärde, kommuner) <= 150
                    168 <= 150 gäller inte
                    rank(meritvärde) över 290 kommuner, 2020, totalt (290 med värde): 168:e plats
  ingen data      Kostnad
    ingen data      mean(elevkostnad, kommuner) > 100000
                    – > 100 000 kr — för få enheter med värde: 107 av 290 (minst 145 behövs)
                    mean(elevkostnad) över 290 kommuner, 2020, totalt (107 med värde): –
  uppnått         KostnadTrettio
    uppnått         mean(elevkostnad, kommuner) > 100000
                    119 215,87 kr > 100 000 kr gäller
                    mean(elevkostnad) över 290 kommuner, 2020, totalt (107 med värde): 119 215,87 kr
  uppnått         Behörighet
    uppnått         mean(behörig_yrke[2018], kommuner) > 80 %
                    81,89 % > 80 % gäller
                    mean(behörig_yrke) över 290 kommuner, 2018, totalt (287 med värde): 81,89 %

Regler
  Sist  De tio sista
    10 av 290 kommuner flaggade
      Lessebo (0761): rank 290
      Vingåker (0428): rank 289
      Skinnskatteberg (1904): rank 288
      Flen (0482): rank 287
      Kungsör (1960): rank 286
      Laxå (1860): rank 285
      Perstorp (1275): rank 284
      Hallsberg (1861): rank 283
      Norberg (1962): rank 282
      Munkedal (1430): rank 281

5 mål: 2 uppnått, 2 delvis uppnått, 0 ej uppnått, 1 ingen data
