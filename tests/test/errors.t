# A mistake in a test is an error, not a failed test: each is reported
# with file:line:col, the line and a caret, and nothing is run (exit 2).
# First what the grammar refuses, then the names and values the tests use,
# then a file without tests.
--- file plan.ska
plan "Plan" { organiser "Exempelkommun"; unit "1234"; period 2020 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator obehörig "Obehöriga" = 100 % - behörig { scale percent }
goal G1 "Meritvärdet" { target merit >= 230 "minst 230"; target merit > merit[previous] }
measure M1 "Läslyft" { goals G1; expect "Fler läser" }
measure M2 "Mattelyft" { goals G1; expect merit > 220 }
rule R1 "Skolor" { for each school; require behörig >= 80 % }
--- file syntax_test.ska
use "plan.ska"
test "grammatik" {
  period 2020-06-30
  period 2019
  organiser "A"
  organiser "B"
  data merit { 2020: ~50; 2019: foo; 2018: 5 (2,5); 2020-05-01: 3 }
  expect G1 target 0 uppnått
  expect rule R1 flagged skola_a
}
test "okänt fält" {
  expected G1 uppnått
}
--- run ska test syntax_test.ska
--- expect exit 2
syntax_test.ska:3:3: error: a test's period is a year, school year or term, not a date
    period 2020-06-30
    ^^^^^^^^^^^^^^^^^
syntax_test.ska:4:3: error: 'period' is given twice
    period 2019
    ^^^^^^^^^^^
syntax_test.ska:6:3: error: 'organiser' is given twice
    organiser "B"
    ^^^^^^^^^^^^^
syntax_test.ska:7:22: error: '~' is only written as ~100: a share near 100 % (give the number of pupils after it, as in ~100 (25))
    data merit { 2020: ~50; 2019: foo; 2018: 5 (2,5); 2020-05-01: 3 }
                       ^^^
syntax_test.ska:7:33: error: 'foo' is not a value (expected a number such as 221,3, or .. . ~100, or _ for a value left empty)
    data merit { 2020: ~50; 2019: foo; 2018: 5 (2,5); 2020-05-01: 3 }
                                  ^^^
syntax_test.ska:7:44: error: a number of pupils is a whole number, such as (25)
    data merit { 2020: ~50; 2019: foo; 2018: 5 (2,5); 2020-05-01: 3 }
                                             ^^^^^^^
syntax_test.ska:7:53: error: a value is for a year, school year or term, not a date
    data merit { 2020: ~50; 2019: foo; 2018: 5 (2,5); 2020-05-01: 3 }
                                                      ^^^^^^^^^^
syntax_test.ska:8:20: error: targets are numbered 1, 2, 3 … in the order the goal lists them
    expect G1 target 0 uppnått
                     ^
syntax_test.ska:9:18: error: expected 'flags' (or 'flaggar') and the units the rule flags, such as: expect rule R1 flags skola_a, skola_b
    expect rule R1 flagged skola_a
                   ^^^^^^^
syntax_test.ska:12:3: error: unexpected name 'expected', expected 'organiser', 'period', 'expect', 'data', ';' or '}'
    expected G1 uppnått
    ^^^^^^^^
--- file names_test.ska
use "plan.ska"
test "namn" {
  organiser "Annan kommun"
  data meritvärde { 2020: 1 }
  data obehörig { 2020: 1 }
  data merit[skola_a, skola_b, flickor, pojkar] { 2020: 1 }
  data merit { 2020: 1; 2019: 5; 2020: 2 }
  data merit[totalt] { 2019: 6 }
  expect G9 uppnått
  expect G1 target 3 uppnått
  expect G1 target "finns inte" uppnått
  expect G1 upnått
  expect measure M9 uppnått
  expect measure M1 uppnått
  expect rule R9 flags skola_a
}
test "namn" { expect G1 uppnått }
--- run ska test names_test.ska
--- expect exit 2
names_test.ska:3:3: error: the plan names its organiser: a test gives one only to a plan that has none (a template)
    organiser "Annan kommun"
    ^^^^^^^^^^^^^^^^^^^^^^^^
names_test.ska:4:8: error: unknown indicator 'meritvärde'
    data meritvärde { 2020: 1 }
         ^^^^^^^^^^
names_test.ska:5:8: error: 'obehörig' is computed from other indicators: give data for those instead
    data obehörig { 2020: 1 }
         ^^^^^^^^
names_test.ska:6:23: error: a series is for one unit: write a data field per unit
    data merit[skola_a, skola_b, flickor, pojkar] { 2020: 1 }
                        ^^^^^^^
names_test.ska:6:41: error: a series is for one group (totalt, flickor or pojkar)
    data merit[skola_a, skola_b, flickor, pojkar] { 2020: 1 }
                                          ^^^^^^
names_test.ska:7:34: error: a second value for this period (the first is on line 7)
    data merit { 2020: 1; 2019: 5; 2020: 2 }
                                   ^^^^^^^
names_test.ska:8:24: error: a second value for this period (the first is on line 7)
    data merit[totalt] { 2019: 6 }
                         ^^^^^^^
names_test.ska:9:10: error: unknown goal 'G9' (did you mean 'G1'?)
    expect G9 uppnått
           ^^
names_test.ska:10:20: error: goal G1 has 2 targets
    expect G1 target 3 uppnått
                     ^
names_test.ska:11:20: error: goal G1 has no target labelled "finns inte"
    expect G1 target "finns inte" uppnått
                     ^^^^^^^^^^^^
names_test.ska:12:13: error: unknown status 'upnått' (expected uppnått, delvis, ej uppnått or ingen data; achieved, partly, not achieved or no data)
    expect G1 upnått
              ^^^^^^
names_test.ska:13:18: error: unknown measure 'M9' (did you mean 'M1'?)
    expect measure M9 uppnått
                   ^^
names_test.ska:14:18: error: measure M1 has no expected effect written as a condition (expect meritvärde > 220) to judge
    expect measure M1 uppnått
                   ^^
names_test.ska:15:15: error: unknown rule 'R9' (did you mean 'R1'?)
    expect rule R9 flags skola_a
                ^^
names_test.ska:17:6: error: a second test called "namn" (the first is on line 2)
  test "namn" { expect G1 uppnått }
       ^^^^^^
--- file noplan_test.ska
plan "Mall" { period 2020 }
indicator merit "Meritvärde"
test "utan huvudman" { data merit { 2020: 1 } }
--- run ska test noplan_test.ska
--- expect exit 2
noplan_test.ska:3:29: error: the plan names no organiser: say whose values these are, as in merit[skola_a], or give the test one with organiser "…"
  test "utan huvudman" { data merit { 2020: 1 } }
                              ^^^^^
--- file empty.ska
plan "Plan" { organiser "Exempelkommun" }
--- run ska test empty.ska
--- expect exit 2
ska: error: empty.ska has no tests (write test "name" { data …; expect … } blocks)
