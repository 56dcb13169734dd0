# Numbers and conditions: each operator needs its kind on both sides; a
# target, `partly`, `when`, `require` and an expected effect must be
# conditions; a derived indicator must be a number; only numbers and
# conditions take selectors.
--- file types.ska
indicator merit "Meritvärde" { scale points }
indicator villkor "Villkor" = merit > 200
let ok = merit > 200
let tal = 5
goal G1 { target merit + ok > 0; target ok and merit; target -ok; target not merit }
goal G2 { target merit; target merit > 0 partly merit }
measure M1 { expect merit * 2 }
rule R1 { for each school; when merit; require tal }
--- run ska check --syntax-only types.ska
--- expect exit 2
types.ska:2:31: error: a derived indicator is a number, this is a condition
  indicator villkor "Villkor" = merit > 200
                                ^^^^^^^^^^^
types.ska:5:26: error: '+' needs a number on both sides, this is a condition
  goal G1 { target merit + ok > 0; target ok and merit; target -ok; target not merit }
                           ^^
types.ska:5:48: error: 'and' needs a condition on both sides, this is a number
  goal G1 { target merit + ok > 0; target ok and merit; target -ok; target not merit }
                                                 ^^^^^
types.ska:5:62: error: '-' needs a number, this is a condition
  goal G1 { target merit + ok > 0; target ok and merit; target -ok; target not merit }
                                                               ^^^
types.ska:5:74: error: 'not' needs a condition, this is a number
  goal G1 { target merit + ok > 0; target ok and merit; target -ok; target not merit }
                                                                           ^^^^^^^^^
types.ska:6:18: error: a target must be a condition, such as meritvärde >= 220; this is a number
  goal G2 { target merit; target merit > 0 partly merit }
                   ^^^^^
types.ska:6:49: error: 'partly' must be a condition, such as meritvärde >= 210; this is a number
  goal G2 { target merit; target merit > 0 partly merit }
                                                  ^^^^^
types.ska:7:21: error: an expected effect must be a condition, such as meritvärde > 220; this is a number
  measure M1 { expect merit * 2 }
                      ^^^^^^^^^
types.ska:8:33: error: 'when' must be a condition, such as frånvaro_20 > 10 %; this is a number
  rule R1 { for each school; when merit; require tal }
                                  ^^^^^
types.ska:8:48: error: 'require' must be a condition, such as utredd_andel >= 100 %; this is a number
  rule R1 { for each school; when merit; require tal }
                                                 ^^^
