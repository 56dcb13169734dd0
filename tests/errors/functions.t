# Function calls: unknown functions (with a suggestion), the wrong number of
# arguments, and arguments of the wrong kind.
--- file functions.ska
indicator merit "Meritvärde" { scale points }
unit ronna "Ronnaskolan" { code "S1" }
goal G1 { target medel(merit) > 0; target meen(merit) > 0 }
goal G2 { target rank(merit) > 0; target abs(merit, merit) > 0; target mean() > 0; target gap(merit, flickor, pojkar, totalt) > 0 }
goal G3 { target change(merit, 2018) > 0; target trend(merit) > 0 }
goal G4 { target gap(merit, flickor) > 0; target gap(merit, flickor, 2018) > 0 }
goal G5 { target mean(merit, flickor) > 0; target rank(merit, ronna) > 0; target rank(merit[2014..2018], kommuner) < 3 }
goal G6 { target mean(merit > 1) > 0; target abs(flickor) > 0; target count(merit > 1, skolor) >= 0 }
--- run ska check --syntax-only functions.ska
--- expect exit 2
functions.ska:3:18: error: unknown function 'medel' (the functions are change, trend, gap, mean, min, max, spread, rank, latest, count, abs)
  goal G1 { target medel(merit) > 0; target meen(merit) > 0 }
                   ^^^^^^^^^^^^
functions.ska:3:43: error: unknown function 'meen' (did you mean 'mean'?)
  goal G1 { target medel(merit) > 0; target meen(merit) > 0 }
                                            ^^^^^^^^^^^
functions.ska:4:18: error: rank takes 2 arguments, not 1 (rank(x, kommuner): 1 = best, by the indicator's direction)
  goal G2 { target rank(merit) > 0; target abs(merit, merit) > 0; target mean() > 0; target gap(merit, flickor, pojkar, totalt) > 0 }
                   ^^^^^^^^^^^
functions.ska:4:42: error: abs takes 1 argument, not 2 (abs(x): absolute value)
  goal G2 { target rank(merit) > 0; target abs(merit, merit) > 0; target mean() > 0; target gap(merit, flickor, pojkar, totalt) > 0 }
                                           ^^^^^^^^^^^^^^^^^
functions.ska:4:72: error: mean takes 1 or 2 arguments, not 0 (mean(x, kommuner): mean over units (or over periods of a series))
  goal G2 { target rank(merit) > 0; target abs(merit, merit) > 0; target mean() > 0; target gap(merit, flickor, pojkar, totalt) > 0 }
                                                                         ^^^^^^
functions.ska:4:91: error: gap takes 1 to 3 arguments, not 4 (gap(x) = |x[flickor] - x[pojkar]|; gap(x, g1, g2))
  goal G2 { target rank(merit) > 0; target abs(merit, merit) > 0; target mean() > 0; target gap(merit, flickor, pojkar, totalt) > 0 }
                                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
functions.ska:5:32: error: the second argument of change is a period range, such as 2014..2018
  goal G3 { target change(merit, 2018) > 0; target trend(merit) > 0 }
                                 ^^^^
functions.ska:5:50: error: trend needs periods: trend(x, 2014..2018) or trend(x[2014..2018])
  goal G3 { target change(merit, 2018) > 0; target trend(merit) > 0 }
                                                   ^^^^^^^^^^^^
functions.ska:6:18: error: gap takes either no groups or two (gap(x, flickor, pojkar))
  goal G4 { target gap(merit, flickor) > 0; target gap(merit, flickor, 2018) > 0 }
                   ^^^^^^^^^^^^^^^^^^^
functions.ska:6:70: error: gap compares two groups (totalt, flickor, pojkar); this is a number
  goal G4 { target gap(merit, flickor) > 0; target gap(merit, flickor, 2018) > 0 }
                                                                       ^^^^
functions.ska:7:30: error: the second argument of mean is a set of units (skolor, kommuner); this is a group
  goal G5 { target mean(merit, flickor) > 0; target rank(merit, ronna) > 0; target rank(merit[2014..2018], kommuner) < 3 }
                               ^^^^^^^
functions.ska:7:63: error: the second argument of rank is a set of units (skolor, kommuner); this is a unit
  goal G5 { target mean(merit, flickor) > 0; target rank(merit, ronna) > 0; target rank(merit[2014..2018], kommuner) < 3 }
                                                                ^^^^^
functions.ska:7:87: error: rank compares units, one value each: not a series of periods such as x[2014..2018]
  goal G5 { target mean(merit, flickor) > 0; target rank(merit, ronna) > 0; target rank(merit[2014..2018], kommuner) < 3 }
                                                                                        ^^^^^^^^^^^^^^^^^
functions.ska:8:23: error: mean needs a number, this is a condition
  goal G6 { target mean(merit > 1) > 0; target abs(flickor) > 0; target count(merit > 1, skolor) >= 0 }
                        ^^^^^^^^^
functions.ska:8:50: error: the first argument of abs is a number, this is a group
  goal G6 { target mean(merit > 1) > 0; target abs(flickor) > 0; target count(merit > 1, skolor) >= 0 }
                                                   ^^^^^^^
