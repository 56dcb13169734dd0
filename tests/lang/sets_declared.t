# A plan names a set of units (`set`, `mängd`) — here Södertälje's
# neighbours on the real Kolada data (Källa: Kolada), merit value 2020:
# Danderyd 274,5, Salem 242,0, Nykvarn 240,1, Tyresö 233,5, Nynäshamn 229,6,
# Norrtälje 220,6, Södertälje 215,5 (sqlite3 on the imported files). Mean
# 1655,8 / 7 = 236,54; Södertälje is 7th, Danderyd 1st and the maximum; a
# rule for each of the set flags Södertälje alone below 220. Members are
# codes or names in quotes or declared units, each counted once; one the
# store does not know ("9999") is left out with a warning.
--- run D="$SKA_PATH/../shared/data/kolada-kommunanalys"; ska import k.db "$D/Kommuner.txt" "$D/MasterData.txt" >/dev/null
--- expect exit 0
--- file peers.ska
plan "Jämförelser" { organiser "Södertälje kommun"; period 2020 }
indicator meritvärde "Meritvärde åk 9" { scale points 0..340; higher is better; source "kolada:N15505" }
unit danderyd "Danderyd" { code "0162"; kind kommun }
mängd grannar "Grannkommuner" { "0181", "0138", "0192", "0188"; "0140" "Salem", danderyd, "9999", "0138" }
goal G {
  target meritvärde >= mean(meritvärde, grannar)
  target rank(meritvärde, grannar) <= 3
  target rank(meritvärde[danderyd], grannar) = 1
  target max(meritvärde, grannar) = meritvärde[danderyd]
}
regel R { för varje grannar; krav meritvärde >= 220 }
--- run ska check peers.ska --db k.db
--- expect exit 1
Jämförelser
Södertälje kommun, period 2020

  delvis uppnått  G
    ej uppnått      meritvärde >= mean(meritvärde, grannar)
                    215,5 >= 236,54 gäller inte
                    meritvärde 2020 totalt, Södertälje: 215,5
                    mean(meritvärde) över 7 grannar, 2020, totalt (7 med värde): 236,54
    ej uppnått      rank(meritvärde, grannar) <= 3
                    7 <= 3 gäller inte
                    rank(meritvärde) över 7 grannar, 2020, totalt (7 med värde): 7:e plats
    uppnått         rank(meritvärde[danderyd], grannar) = 1
                    1 = 1 gäller
                    rank(meritvärde) Danderyd över 7 grannar, 2020, totalt (7 med värde): 1:a plats
    uppnått         max(meritvärde, grannar) = meritvärde[danderyd]
                    274,5 = 274,5 gäller
                    max(meritvärde) över 7 grannar, 2020, totalt (7 med värde): 274,5
                    meritvärde 2020 totalt, Danderyd: 274,5

Regler
  R
    1 av 7 grannar flaggade
      Södertälje (0181): meritvärde 215,5

1 mål: 0 uppnått, 1 delvis uppnått, 0 ej uppnått, 0 ingen data
peers.ska:4:91: warning: "9999" is not a unit in the store k.db: set 'grannar' is taken without it
  mängd grannar "Grannkommuner" { "0181", "0138", "0192", "0188"; "0140" "Salem", danderyd, "9999", "0138" }
                                                                                            ^^^^^^
--- run ska check peers.ska --db k.db --format json 2>/dev/null | tr '{' '\n' | grep -E '"kind":"mean"|"for_each"'
--- expect exit 0
"kind":"mean","indicator":"meritvärde","over":"grannar","units":7,"with_value":7,"needed":4,"ties":null,"unit":null,"result":
"id":"R","title":null,"for_each":"grannar","units":7,"flagged":[
--- file en.ska
plan "Peers" { organiser "Södertälje kommun"; period 2020; language en }
indicator merit "Merit" { scale points 0..340; higher is better; source "kolada:N15505" }
set peers "Peers" { "0162", "0181" }
goal G { target count(merit[peers] > 250) = 1; target rank(merit, peers) = 2 }
--- run ska check en.ska --db k.db
--- expect exit 0
Peers
Södertälje kommun, period 2020

  achieved         G
    achieved         count(merit[peers] > 250) = 1
                     1 = 1 holds
                     count(merit): 1
    achieved         rank(merit, peers) = 2
                     2 = 2 holds
                     rank(merit) over 2 peers, 2020, totalt (2 with a value): 2nd

1 goal: 1 achieved, 0 partly achieved, 0 not achieved, 0 no data
