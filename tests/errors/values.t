# Field values that cannot be right: a plan period given as a date, a scale
# range that is not two numbers or is empty, a measure that ends before it
# starts, a negative cost, a follow-up with neither a cadence nor dates, and
# a `partly <= …` shorthand on a target that is no comparison.
--- file values.ska
plan "P" { period 2018-05-01 }
indicator x "X" { scale points a..b }
indicator y "Y" { scale points 340..0 }
measure M1 { from vt2021 to ht2020; cost -5 tkr; followup "dialog" }
measure M2 { from 2021-06-01 to 2021-05-31; followup "x" at 2021-05-01 }
goal G1 { target x partly < 3 }
--- run ska check --syntax-only values.ska
--- expect exit 2
values.ska:1:12: error: the plan's period is a year, school year or term, not a date
  plan "P" { period 2018-05-01 }
             ^^^^^^^^^^^^^^^^^
values.ska:2:32: error: a scale range is two numbers, such as 0..340
  indicator x "X" { scale points a..b }
                                 ^
values.ska:3:32: error: the scale range is empty (the lower bound must be below the upper)
  indicator y "Y" { scale points 340..0 }
                                 ^^^
values.ska:4:14: error: the measure ends before it starts
  measure M1 { from vt2021 to ht2020; cost -5 tkr; followup "dialog" }
               ^^^^^^^^^^^^^^^^^^^^^
values.ska:4:37: error: a cost cannot be negative
  measure M1 { from vt2021 to ht2020; cost -5 tkr; followup "dialog" }
                                      ^^^^^^^^^^^
values.ska:4:50: error: a followup needs 'every' with a cadence or 'at' with dates
  measure M1 { from vt2021 to ht2020; cost -5 tkr; followup "dialog" }
                                                   ^^^^^^^^^^^^^^^^^
values.ska:5:14: error: the measure ends before it starts
  measure M2 { from 2021-06-01 to 2021-05-31; followup "x" at 2021-05-01 }
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
values.ska:6:29: error: 'partly < …' needs the target to be a comparison such as x <= 20
  goal G1 { target x partly < 3 }
                              ^
