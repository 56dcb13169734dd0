# ska test --format junit: a <testsuite> per file, a <testcase> per test,
# a <failure> whose message lists the failed expectations and whose
# <system-out> says what decided them (escaped). --coverage lists the
# goals, targets and rules no expectation names (a goal's status covers
# its only target): after the tests in text, in the suite's <system-out>
# in JUnit. Coverage does not change the exit status.
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
--- run ska test --format junit failing_test.ska
--- expect exit 1
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ska test" tests="2" failures="1" errors="0" skipped="0">
  <testsuite name="failing_test.ska" tests="2" failures="1" errors="0" skipped="0">
    <testcase classname="failing_test.ska" name="fel förväntan">
      <failure message="failing_test.ska:5:3: goal G1: expected uppnått, got ej uppnått; failing_test.ska:7:3: measure M1: expected uppnått, got ej uppnått; failing_test.ska:8:3: rule R1: expected flags skola_b, got flags skola_a, skola_b (ingen data)" type="expectation"/>
      <system-out>failing_test.ska:5:3: goal G1: expected uppnått, got ej uppnått
    ej uppnått: merit &gt; merit[previous] “ökar” — 219 &gt; 221,3 gäller inte
    ej uppnått: merit &gt;= 230 partly &gt;= 220 “minst 230” — 219 ≥ 230 gäller inte; delvis: 219 ≥ 220 gäller inte
failing_test.ska:7:3: measure M1: expected uppnått, got ej uppnått
    ej uppnått: merit &gt; 225 — 219 &gt; 225 gäller inte
failing_test.ska:8:3: rule R1: expected flags skola_b, got flags skola_a, skola_b (ingen data)
    skola_a: flaggad; Behöriga: 75 %
    skola_b: ingen data; Behöriga: –
</system-out>
    </testcase>
    <testcase classname="failing_test.ska" name="rätt förväntan">
    </testcase>
  </testsuite>
</testsuites>
--- run ska test plan_test.ska --coverage
--- expect exit 0
ok    "meritvärdet ökar"
ok    "skolorna"
ok    "ingen skola flaggas"
coverage: 3 of 3 goals, 3 of 3 targets, 1 of 1 rules
3 tests: 3 passed, 0 failed
--- run ska test --coverage --format junit plan_test.ska
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ska test" tests="3" failures="0" errors="0" skipped="0">
  <testsuite name="plan_test.ska" tests="3" failures="0" errors="0" skipped="0">
    <testcase classname="plan_test.ska" name="meritvärdet ökar">
    </testcase>
    <testcase classname="plan_test.ska" name="skolorna">
    </testcase>
    <testcase classname="plan_test.ska" name="ingen skola flaggas">
    </testcase>
    <system-out>coverage: 3 of 3 goals, 3 of 3 targets, 1 of 1 rules
</system-out>
  </testsuite>
</testsuites>
--- run ska test failing_test.ska --coverage | tail -n 5
--- expect exit 0
coverage: 2 of 3 goals, 2 of 3 targets, 1 of 1 rules
not exercised by any expectation:
  goal G1 target 1: target merit > merit[previous] "ökar" (plan.ska:5:3)
  goal G3 "Utan mått" (plan.ska:9:6)
2 tests: 1 passed, 1 failed
