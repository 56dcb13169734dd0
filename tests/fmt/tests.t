# ska fmt and test blocks: one field per line; a data series stays on the
# line of its `data`, `{ 2019: 250,8; 2020: 253,2 }` (no space before `:`,
# `; ` between entries, none after `~`, spaces around a `..` value), and
# the braces of consecutive data lines align; a series that would pass 100
# columns, or has a comment inside, gets one entry per line. "ingen data"
# keeps its `data`; a `data` followed by a name starts a field. Formatting
# again changes nothing, and the tests judge the same.
--- file plan.ska
plan "Plan" { organiser "Exempelkommun"; unit "1234"; period 2020 }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
goal G1 "Meritvärdet ska öka" { target merit > merit[previous] "ökar" }
goal G2 "Behörigheten" { target behörig >= 90 % }
rule R1 "Skolor under 80 %" { for each school; require behörig >= 80 % }
--- file messy_test.ska
use "plan.ska"
test "kort och långt" { period 2020 ; data merit[flickor] { 2020: 230 }
  data merit{2019:221,3;2020 : 226}   data behörig [ skola_a , pojkar ] { 2019:~100(25) ; 2020: .. }
  data behörig[skola_b] { 2011: 91 2012: 92; 2013: 93; 2014: 94; 2015: 95; 2016: 96; 2017: 97; 2018: 98; 2020: 75 }
  data behörig[skola_c]   # utan siffror
  { 2019: 80 %  # ett år
    2020: . }
  expect G2 ingen data data behörig[skola_d]{2020:_}
  expect G1 uppnått  ; expect G1 target 1 uppnått
  expect rule R1 flags skola_a,skola_b, skola_c,skola_d
}
--- file want_test.ska
use "plan.ska"
test "kort och långt" {
  period 2020
  data merit[flickor]           { 2020: 230 }
  data merit                    { 2019: 221,3; 2020: 226 }
  data behörig[skola_a, pojkar] { 2019: ~100 (25); 2020: .. }
  data behörig[skola_b] {
    2011: 91
    2012: 92
    2013: 93
    2014: 94
    2015: 95
    2016: 96
    2017: 97
    2018: 98
    2020: 75
  }
  data behörig[skola_c] { # utan siffror
    2019: 80 % # ett år
    2020: .
  }
  expect G2 ingen data
  data behörig[skola_d] { 2020: _ }
  expect G1 uppnått
  expect G1 target 1 uppnått
  expect rule R1 flags skola_a, skola_b, skola_c, skola_d
}
--- run ska fmt messy_test.ska > got_test.ska && diff want_test.ska got_test.ska && echo same
--- expect exit 0
same
--- run ska fmt got_test.ska | cmp - got_test.ska && ska fmt --check got_test.ska && echo idempotent
--- expect exit 0
idempotent
--- run ska test messy_test.ska > messy.out; ska test got_test.ska | sed 's/got_test/messy_test/g' | diff messy.out - && cat messy.out
--- expect exit 0
ok    "kort och långt"
1 test: 1 passed, 0 failed
