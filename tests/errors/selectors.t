# Selectors: what may go inside [ ] (periods, ranges, groups, units, sets of
# units, previous, latest), what may not (numbers, conditions), two selectors
# choosing the same thing, `latest` with an explicit period, malformed ranges,
# selectors on units and fixed words, and those words outside [ ].
--- file selectors.ska
indicator merit "Meritvärde" { scale points }
unit ronna "Ronnaskolan" { code "S1" }
goal G1 { target merit[5] > 0; target merit[merit > 1] > 0 }
goal G2 { target merit[2017, 2018] > 0; target merit[flickor, pojkar] > 0; target merit["S1", ronna] > 0 }
goal G3 { target merit[latest, 2018] > 0 }
goal G4 { target mean(merit[2018..2014]) > 0; target mean(merit[2014..2018/19]) > 0; target mean(merit[flickor..pojkar]) > 0 }
goal G5 { target merit[ronna[2018]] > 0; target merit[flickor[2018]] > 0 }
goal G6 { target ronna > 0; target flickor > 0; target merit + previous > 0; target mean(merit, previous) > 0 }
goal G7 { target merit > "0181"; target merit > 2018/19; target merit > 2014..2018 }
--- run ska check --syntax-only selectors.ska
--- expect exit 2
selectors.ska:3:24: error: a selector is a period (2018, 2018/19, ht2020, period - 1), a range (2014..2018, period-3..period), a group (totalt, flickor, pojkar) or rater (personal, rektor), a unit, a set of units (skolor, kommuner), previous or latest; this is a number
  goal G1 { target merit[5] > 0; target merit[merit > 1] > 0 }
                         ^
selectors.ska:3:45: error: a selector is a period (2018, 2018/19, ht2020, period - 1), a range (2014..2018, period-3..period), a group (totalt, flickor, pojkar) or rater (personal, rektor), a unit, a set of units (skolor, kommuner), previous or latest; this is a condition
  goal G1 { target merit[5] > 0; target merit[merit > 1] > 0 }
                                              ^^^^^^^^^
selectors.ska:4:30: error: this selector repeats what an earlier one already chose
  goal G2 { target merit[2017, 2018] > 0; target merit[flickor, pojkar] > 0; target merit["S1", ronna] > 0 }
                               ^^^^
selectors.ska:4:63: error: this selector repeats what an earlier one already chose
  goal G2 { target merit[2017, 2018] > 0; target merit[flickor, pojkar] > 0; target merit["S1", ronna] > 0 }
                                                                ^^^^^^
selectors.ska:4:95: error: this selector repeats what an earlier one already chose
  goal G2 { target merit[2017, 2018] > 0; target merit[flickor, pojkar] > 0; target merit["S1", ronna] > 0 }
                                                                                                ^^^^^
selectors.ska:5:18: error: 'latest' cannot be combined with an explicit period
  goal G3 { target merit[latest, 2018] > 0 }
                   ^^^^^^^^^^^^^^^^^^^
selectors.ska:6:29: error: a range goes from an earlier period to a later one
  goal G4 { target mean(merit[2018..2014]) > 0; target mean(merit[2014..2018/19]) > 0; target mean(merit[flickor..pojkar]) > 0 }
                              ^^^^^^^^^^
selectors.ska:6:65: error: both ends of a range must be the same kind of period
  goal G4 { target mean(merit[2018..2014]) > 0; target mean(merit[2014..2018/19]) > 0; target mean(merit[flickor..pojkar]) > 0 }
                                                                  ^^^^^^^^^^^^^
selectors.ska:6:104: error: a range is two periods, such as 2014..2018 or ht2019..vt2021, or counts back from the period under review: period-3..period
  goal G4 { target mean(merit[2018..2014]) > 0; target mean(merit[2014..2018/19]) > 0; target mean(merit[flickor..pojkar]) > 0 }
                                                                                                         ^^^^^^^^^^^^^^^
selectors.ska:7:24: error: a unit takes no selectors
  goal G5 { target merit[ronna[2018]] > 0; target merit[flickor[2018]] > 0 }
                         ^^^^^^^^^^^
selectors.ska:7:55: error: 'flickor' takes no selectors
  goal G5 { target merit[ronna[2018]] > 0; target merit[flickor[2018]] > 0 }
                                                        ^^^^^^^^^^^^^
selectors.ska:8:18: error: 'ronna' is a unit; use it in a selector, such as meritvärde[ronna]
  goal G6 { target ronna > 0; target flickor > 0; target merit + previous > 0; target mean(merit, previous) > 0 }
                   ^^^^^
selectors.ska:8:36: error: 'flickor' can only be used inside [ ] or as a function argument
  goal G6 { target ronna > 0; target flickor > 0; target merit + previous > 0; target mean(merit, previous) > 0 }
                                     ^^^^^^^
selectors.ska:8:64: error: 'previous' can only be used inside [ ] or as a function argument
  goal G6 { target ronna > 0; target flickor > 0; target merit + previous > 0; target mean(merit, previous) > 0 }
                                                                 ^^^^^^^^
selectors.ska:8:97: error: 'previous' can only be used inside [ ]
  goal G6 { target ronna > 0; target flickor > 0; target merit + previous > 0; target mean(merit, previous) > 0 }
                                                                                                  ^^^^^^^^
selectors.ska:9:26: error: a text is not a value here (a unit code in quotes goes inside [ ])
  goal G7 { target merit > "0181"; target merit > 2018/19; target merit > 2014..2018 }
                           ^^^^^^
selectors.ska:9:49: error: a period is not a value here (periods go inside [ ])
  goal G7 { target merit > "0181"; target merit > 2018/19; target merit > 2014..2018 }
                                                  ^^^^^^^
selectors.ska:9:77: error: unexpected '..'
  goal G7 { target merit > "0181"; target merit > 2018/19; target merit > 2014..2018 }
                                                                              ^^
