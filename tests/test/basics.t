# ska test: a plan and a test file that uses it. Values are given per
# unit and group, with the codes .. (too few pupils), . (no data), ~100
# (with the number of pupils it needs) and _ (left empty); expectations
# name a goal, a target (by number or label), a measure's expected effect
# or the units a rule flags. Exit 0 when every test passes, 1 when one
# fails; a failure says where the expectation is written, what it
# expected and what the plan made of the data.
--- file plan.ska
plan "Plan" { organiser "Exempelkommun"; unit "1234"; period 2020 }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
goal G1 "Meritvärdet ska öka" {
  target merit > merit[previous] "ökar"
  target merit >= 230 partly >= 220 "minst 230"
}
goal G2 "Behörigheten" { target behörig >= 90 % }
goal G3 "Utan mått" { owner "Rektor" }
measure M1 "Läslyft" { goals G1; expect merit > 225 }
rule R1 "Skolor under 80 %" { for each school; require behörig >= 80 % }
--- file plan_test.ska
use "plan.ska"
test "meritvärdet ökar" {
  data merit { 2019: 221,3; 2020: 226 }
  expect G1 delvis uppnått
  expect G1 target 1 uppnått
  expect G1 target "minst 230" delvis
  expect measure M1 uppnått
  expect G3 ingen data
}
test "skolorna" {
  data behörig[skola_a] { 2020: 75 }
  data behörig[skola_b] { 2020: ~100 (20) }
  data behörig[skola_c] { 2020: .. }
  data behörig[skola_d] { 2020: . }
  data behörig[skola_e] { 2020: _ }
  expect rule R1 flags skola_a, skola_c, skola_d, skola_e
}
test "ingen skola flaggas" {
  data behörig { 2020: 95 }
  data behörig[skola_a] { 2020: 85 }
  expect G2 uppnått
  expect rule R1 flags none
}
--- file failing_test.ska
use "plan.ska"
test "fel förväntan" {
  data merit { 2019: 221,3; 2020: 219 }
  data behörig[skola_a] { 2020: 75 }
  expect G1 uppnått
  expect G1 target 2 ej uppnått
  expect measure M1 uppnått
  expect rule R1 flags skola_b
}
test "rätt förväntan" { expect G2 ingen data }
--- run ska test plan_test.ska
--- expect exit 0
ok    "meritvärdet ökar"
ok    "skolorna"
ok    "ingen skola flaggas"
3 tests: 3 passed, 0 failed
--- run ska test failing_test.ska
--- expect exit 1
FAIL  "fel förväntan"
      failing_test.ska:5:3: goal G1: expected uppnått, got ej uppnått
        ej uppnått: merit > merit[previous] “ökar” — 219 > 221,3 gäller inte
        ej uppnått: merit >= 230 partly >= 220 “minst 230” — 219 ≥ 230 gäller inte; delvis: 219 ≥ 220 gäller inte
      failing_test.ska:7:3: measure M1: expected uppnått, got ej uppnått
        ej uppnått: merit > 225 — 219 > 225 gäller inte
      failing_test.ska:8:3: rule R1: expected flags skola_b, got flags skola_a, skola_b (ingen data)
        skola_a: flaggad; Behöriga: 75 %
        skola_b: ingen data; Behöriga: –
ok    "rätt förväntan"
2 tests: 1 passed, 1 failed
--- run ska test plan_test.ska failing_test.ska
--- expect exit 1
plan_test.ska
ok    "meritvärdet ökar"
ok    "skolorna"
ok    "ingen skola flaggas"
failing_test.ska
FAIL  "fel förväntan"
      failing_test.ska:5:3: goal G1: expected uppnått, got ej uppnått
        ej uppnått: merit > merit[previous] “ökar” — 219 > 221,3 gäller inte
        ej uppnått: merit >= 230 partly >= 220 “minst 230” — 219 ≥ 230 gäller inte; delvis: 219 ≥ 220 gäller inte
      failing_test.ska:7:3: measure M1: expected uppnått, got ej uppnått
        ej uppnått: merit > 225 — 219 > 225 gäller inte
      failing_test.ska:8:3: rule R1: expected flags skola_b, got flags skola_a, skola_b (ingen data)
        skola_a: flaggad; Behöriga: 75 %
        skola_b: ingen data; Behöriga: –
ok    "rätt förväntan"
5 tests: 4 passed, 1 failed
