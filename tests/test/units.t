# The units of a test's store: the plan's organiser (by its unit code, or
# its name), every unit the plan or the test file declares (with its kind
# and parent, the parent stored too; a "code" that is a name stored under
# that name), a quoted four-digit code as a municipality ("0000" the
# nation), and any other name as one of the organiser's own schools. An
# independent school is declared with kind fristående_skola; a school whose
# parent is another unit is not one of the organiser's, unless the plan is
# the nation's ("0000"), which sees every school.
--- file plan.ska
plan "P" { organiser "Exempelkommun"; period 2020 }
indicator merit "Meritvärde" { scale points; higher is better }
unit stockholm "Stockholms stad" { code "Stockholm"; kind kommun }
unit ronna "Ronnaskolan" { code "S123"; kind school; parent "0999" }
unit friskolan "Friskolan" { code "12345678"; kind fristående_skola }
goal G1 { target merit > merit[stockholm] }
goal G2 { target merit["Exempelkommun"] > 200 }
goal G3 { target merit[ronna] > 200 }
goal G4 { target rank(merit, kommuner) <= 1 }
goal G5 { target mean(merit, skolor) > mean(merit, fristående_skolor) }
rule R1 { for each alla_skolor; require merit >= 200 }
rule R2 { for each skola; require merit >= 200 }
test "enheter" {
  data merit { 2020: 250 }
  data merit[stockholm] { 2020: 240 }
  data merit["0180"] { 2020: 260 }
  data merit["0000"] { 2020: 230 }
  data merit[ronna] { 2020: 240 }
  data merit[skola_a] { 2020: 190 }
  data merit[friskolan] { 2020: 199 }
  expect G1 uppnått
  expect G2 uppnått
  expect G3 uppnått
  expect G4 ej uppnått
  expect G5 ej uppnått
  expect rule R1 flags skola_a, friskolan
  expect rule R2 flags skola_a
}
--- run ska test plan.ska
--- expect exit 0
ok    "enheter"
1 test: 1 passed, 0 failed
--- file riket.ska
plan "Riket" { organiser "Riket"; unit "0000"; period 2020 }
indicator merit "Meritvärde" { scale points; higher is better }
unit ronna "Ronnaskolan" { code "18100001"; kind school; parent "0181" }
goal G1 "Ingen skola i landet under 200" { target count(merit < 200, skolor) = 0 }
test "en plan för hela landet ser alla skolor" {
  data merit[ronna] { 2020: 190 }
  expect G1 ej uppnått
}
--- run ska test riket.ska
--- expect exit 0
ok    "en plan för hela landet ser alla skolor"
1 test: 1 passed, 0 failed
