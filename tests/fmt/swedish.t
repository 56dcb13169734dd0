# ska fmt keeps each keyword as written: a Swedish plan stays Swedish, a
# plan that mixes the languages stays mixed; numbers keep their decimal
# comma, periods their spelling (2019/20, HT2020), strings their escapes.
# Status labels align, and so do a source description's fields and the
# pairs of its tables (one pair per line: `;` and `,` between pairs go).
--- file plan.ska
använd "stdlib/status.ska"
plan "Plan" { huvudman "Kommunen"; enhet "0181"; period 2019/20; statusskala trafikljus }
indikator behörig "Behöriga \"till\" gymnasiet" { källa "N15436"; skala procent; högre är bättre }
område "Kunskaper" {
mål M1 "Fler behöriga" { ansvarig "Rektor"; nivå enhet; målvärde behörig >= 85,5 % delvis >= 80 "minst 85,5 %"
målvärde behörig[HT2020] > 0 "ökar" }
}
insats I1 "Läsfrämjande" { mål M1; från 2020 till 2021; kostnad 12,5 tkr; resurser "Bibliotekarie"
uppföljning "enkät" varje år vid vt2021 }
regel R1 "Skolor under 80 %" { för varje skola; när behörig > 0 och inte behörig < 10; krav behörig >= 80 % }
statusskala egen "Egen" { uppnått "klart"; delvis "på väg"; ej_uppnått "inte än"; ingen_data "okänt" }
källa filen "Filen" { title "Rubrik"; period "Läsår" kind år; unit "Kod" kind kommun
split "Typ" { "Kommunal" = ""; "Samtliga" = "_alla", "Enskild" = "_enskilda" }
value "Andel" = N15436 }
--- run ska fmt plan.ska
--- expect exit 0
använd "stdlib/status.ska"
plan "Plan" {
  huvudman "Kommunen"
  enhet "0181"
  period 2019/20
  statusskala trafikljus
}
indikator behörig "Behöriga \"till\" gymnasiet" {
  källa "N15436"
  skala procent
  högre är bättre
}
område "Kunskaper" {
  mål M1 "Fler behöriga" {
    ansvarig "Rektor"
    nivå enhet
    målvärde behörig >= 85,5 %   delvis >= 80 "minst 85,5 %"
    målvärde behörig[HT2020] > 0              "ökar"
  }
}
insats I1 "Läsfrämjande" {
  mål M1
  från 2020 till 2021
  kostnad 12,5 tkr
  resurser "Bibliotekarie"
  uppföljning "enkät" varje år vid vt2021
}
regel R1 "Skolor under 80 %" {
  för varje skola
  när behörig > 0 och inte behörig < 10
  krav behörig >= 80 %
}
statusskala egen "Egen" {
  uppnått    "klart"
  delvis     "på väg"
  ej_uppnått "inte än"
  ingen_data "okänt"
}
källa filen "Filen" {
  title  "Rubrik"
  period "Läsår" kind år
  unit   "Kod" kind kommun
  split  "Typ" {
    "Kommunal" = ""
    "Samtliga" = "_alla"
    "Enskild"  = "_enskilda"
  }
  value  "Andel" = N15436
}
--- run ska fmt plan.ska > once.ska && ska fmt once.ska | cmp - once.ska && echo idempotent
--- expect exit 0
idempotent
