# Misuse of `period` (the period under review) and of series: each is an
# error where the plan is read, never a silent "ingen data".
--- file bad.ska
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "x" {
  target period > 2018
  target trend(merit, period-1..2018) > 0
  target change(merit, period..period-3) > 0
  target merit[period + 1] > 0
  target trend(merit[skolor, 2016..2020]) > 0
  target change(merit, period-2..period-2) > 0
  target merit[period - 1,5] > 0
}
--- run ska check --syntax-only bad.ska
--- expect exit 2
bad.ska:3:10: error: 'period' (the period under review) is written alone or as period - N inside [ ], or at the ends of a range, such as x[period - 1] or trend(x, period-4..period)
    target period > 2018
           ^^^^^^
bad.ska:4:23: error: a range relative to the period under review has 'period' at both ends, such as period-3..period
    target trend(merit, period-1..2018) > 0
                        ^^^^^^^^^^^^^^
bad.ska:5:24: error: a range goes from an earlier period to a later one (period-3..period)
    target change(merit, period..period-3) > 0
                         ^^^^^^^^^^^^^^^^
bad.ska:6:16: error: 'period' (the period under review) is written alone or as period - N inside [ ], or at the ends of a range, such as x[period - 1] or trend(x, period-4..period)
    target merit[period + 1] > 0
                 ^^^^^^
bad.ska:7:16: error: a range and a set of units cannot be combined; for each unit's own series write the function inside the set function or rule, such as count(trend(x, 2016..2020) < 0, skolor)
    target trend(merit[skolor, 2016..2020]) > 0
                 ^^^^^^^^^^^^^^^^^^^^^^^^^
bad.ska:8:24: error: a range goes from an earlier period to a later one (period-3..period)
    target change(merit, period-2..period-2) > 0
                         ^^^^^^^^^^^^^^^^^^
bad.ska:9:16: error: 'period' (the period under review) is written alone or as period - N inside [ ], or at the ends of a range, such as x[period - 1] or trend(x, period-4..period)
    target merit[period - 1,5] > 0
                 ^^^^^^
