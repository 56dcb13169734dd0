# Every Swedish keyword in one plan (the same plan as keywords_en.t, with
# `huvudman`, `mål` for a measure's goals, `varje`, and both `insats` and
# `åtgärd` for measures). The verdicts are the same, in Swedish words.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
N15505;0181;2017;totalt;220
N15505;0181;2018;totalt;225
N15505;S1;2018;totalt;205
N15505;S2;2018;totalt;240
frånvaro;S1;2018;totalt;12
frånvaro;S2;2018;totalt;4
--- file defs.ska
låt målvärdet = 222
--- file plan.ska
använd "defs.ska"
statusskala ord "Våra egna ord" {
  uppnått "nått"; delvis "delvis nått"; ej_uppnått "inte nått"; ingen_data "okänt"
}
plan "Kvalitetsplan 2018" {
  huvudman "Södertälje kommun"
  enhet "0181"
  period 2018
  språk sv
  statusskala ord
  beskrivning "Huvudmannens plan"
}
indikator merit "Meritvärde" {
  skala poäng 0..340
  högre är bättre
  källa "kolada:N15505"
  beskrivning "Åk 9, 17 ämnen"
}
indikator frånvaro "Frånvaro över 20 %" { skala procent; lägre är bättre }
enhet ronna "Ronnaskolan" { kod "S1"; typ skola; tillhör "0181" }
område "Resultat" {
  mål G1 "Meritvärdet ökar" {
    ansvarig "Utbildningsdirektör"
    nivå huvudman
    beskrivning "Varje skola bidrar"
    målvärde merit > merit[2017] och merit >= målvärdet
    målvärde merit[ronna] >= 210 delvis >= 200 "Ronnaskolan"
  }
}
mål G2 "En trygg skola" {
  område "Miljö"
  bedömning delvis "Arbetet har börjat"
}
insats M1 "Matematik" {
  mål G1, G2
  ansvarig "Rektor"
  från ht2018 till vt2019
  kostnad 100 tkr
  resurser "Två förstelärare"
  effekt "Högre meritvärden"
  beskrivning "Undervisning i mindre grupper"
  uppföljning "dialog" varje termin
  uppföljning "genomgång" vid 2019-03-15
}
åtgärd M2 "Läxhjälp" { mål G1; uppföljning "enkät" vid 2019-02-01 }
regel R1 "Hög frånvaro utreds" {
  för varje skola
  ansvarig "Rektor"
  område "Resultat"
  när inte (frånvaro < 10 %) eller merit < 200
  krav merit >= 220
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2019-04-01
--- expect exit 1
Kvalitetsplan 2018
Södertälje kommun, period 2018

Resultat
  delvis nått  G1  Meritvärdet ökar
               ansvarig: Utbildningsdirektör
    nått         merit > merit[2017] och merit >= målvärdet
                 merit 2018 totalt, Södertälje: 225
                 merit 2017 totalt, Södertälje: 220
    delvis nått  merit[ronna] >= 210 delvis >= 200  "Ronnaskolan"
                 205 >= 210 gäller inte; delvis: 205 >= 200 gäller
                 merit 2018 totalt, Ronnaskolan: 205
               insatser: M1, M2

Miljö
  delvis nått  G2  En trygg skola
    delvis nått  bedömning: Arbetet har börjat
               insatser: M1

Insatser
  M1 Matematik — Rektor, ht2018–vt2019, 100 tkr; mål G1, G2
    förväntad effekt: Högre meritvärden
  M2 Läxhjälp — mål G1

2 insatser, total kostnad 100 tkr (1 med kostnad)

Regler
  R1  Hög frånvaro utreds
    1 av 2 skolor flaggade
      Ronnaskolan (S1): frånvaro 12 %, merit 205

Uppföljningar att göra per 2019-04-01
  2018-12-31  M1 Matematik: dialog (varje termin), ansvarig Rektor
  2019-03-15  M1 Matematik: genomgång, ansvarig Rektor
  2019-02-01  M2 Läxhjälp: enkät

2 mål: 0 nått, 2 delvis nått, 0 inte nått, 0 okänt
