# Whose schools: `skolor` (schools) are the organiser's own schools — those
# its municipality runs (type of organiser kommunal, or not known);
# `alla_skolor` (all_schools) every school in the municipality;
# `fristående_skolor` (independent_schools) the independent ones. Rules go
# over the same sets with `for each`.
--- file units.csv
kod;namn;typ;förälder;huvudman;huvudmannatyp
0181;Södertälje;kommun;;;
S1;Ronnaskolan;school;0181;Södertälje kommun;Kommunal
S2;Wasaskolan;school;0181;Södertälje kommun;Kommunal
F1;Friskolan;school;0181;Friskolan AB;Enskild
F2;Montessoriskolan;school;0181;Montessori AB;Enskild
U1;Okänd skola;school;0181;;
--- file data.csv
indikator;enhet;år;värde
merit;S1;2024;200
merit;S2;2024;220
merit;F1;2024;260
merit;F2;2024;240
merit;U1;2024;210
--- file plan.ska
plan "Whose schools" { organiser "Södertälje kommun"; unit "0181"; period 2024 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Own "The municipality's own schools (and the one of unknown organiser)" {
  target mean(merit, skolor) = 210
  target count(merit >= 0, schools) = 3
}
goal All "Every school in the municipality" {
  target mean(merit, alla_skolor) = 226
  target max(merit, all_schools) = 260
}
goal Independent "The independent schools" {
  target mean(merit, fristående_skolor) = 250
  target min(merit[independent_schools]) = 240
}
rule R1 "Own schools under 215" { for each skola; require merit >= 215 }
rule R2 "Independent schools under 250" { for each fristående_skola; require merit >= 250 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Whose schools
Södertälje kommun, period 2024

  uppnått         Own  The municipality's own schools (and the one of unknown organiser)
    uppnått         mean(merit, skolor) = 210
                    210 = 210 gäller
                    mean(merit) över 3 skolor, 2024, totalt (3 med värde): 210
    uppnått         count(merit >= 0, schools) = 3
                    3 = 3 gäller
                    count(merit) över 3 skolor, 2024, totalt (3 med värde): 3
  uppnått         All  Every school in the municipality
    uppnått         mean(merit, alla_skolor) = 226
                    226 = 226 gäller
                    mean(merit) över 5 skolor i kommunen, 2024, totalt (5 med värde): 226
    uppnått         max(merit, all_schools) = 260
                    260 = 260 gäller
                    max(merit) över 5 skolor i kommunen, 2024, totalt (5 med värde): 260
  uppnått         Independent  The independent schools
    uppnått         mean(merit, fristående_skolor) = 250
                    250 = 250 gäller
                    mean(merit) över 2 fristående skolor, 2024, totalt (2 med värde): 250
    uppnått         min(merit[independent_schools]) = 240
                    240 = 240 gäller
                    min(merit) över 2 fristående skolor, 2024, totalt (2 med värde): 240

Regler
  R1  Own schools under 215
    2 av 3 skolor flaggade
      Ronnaskolan (S1): merit 200
      Okänd skola (U1): merit 210
  R2  Independent schools under 250
    1 av 2 fristående skolor flaggade
      Montessoriskolan (F2): merit 240

3 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
