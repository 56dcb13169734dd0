# A mean, min, max, spread, count or rank over a set needs each unit's own
# value: one unit's value (a unit selector, a let that names a unit, riket)
# or a number would be a wrong figure called a mean. rank(x[unit], set) is
# that unit's place and allowed. riket/nation is a unit: only in [ ].
# `coverage` is a share of at most 100 %, in a plan header, goal or rule.
--- file sets.ska
indicator merit "Meritvärde" { scale points }
unit danderyd "Danderyd" { code "0162"; kind kommun }
let hos_danderyd = merit[danderyd]
let skillnad = merit - merit[riket]
goal Fel {
  target mean(merit[danderyd], kommuner) > 0
  target max(merit[riket], kommuner) > 0
  target mean(hos_danderyd, kommuner) > 0
  target rank(5, kommuner) = 1
  target rank(hos_danderyd[danderyd], kommuner) = 1
  target count(merit[danderyd] > 200, kommuner) > 0
}
goal Rätt {
  target rank(merit[danderyd], kommuner) = 1
  target mean(skillnad, kommuner) > 0
  target rank(merit - mean(merit, kommuner), kommuner) <= 10
}
goal Riket { target riket > 0; target merit[riket, danderyd] > 0; target mean(merit, riket) > 0 }
--- run ska check --syntax-only sets.ska
--- expect exit 2
sets.ska:6:15: error: mean over kommuner needs each unit's own value, and this is one unit's (write mean(merit, kommuner) for the whole set; rank(…[unit], kommuner) gives a unit's place in it)
    target mean(merit[danderyd], kommuner) > 0
                ^^^^^^^^^^^^^^^
sets.ska:7:14: error: max over kommuner needs each unit's own value, and this is one unit's (write max(merit, kommuner) for the whole set; rank(…[unit], kommuner) gives a unit's place in it)
    target max(merit[riket], kommuner) > 0
               ^^^^^^^^^^^^
sets.ska:8:15: error: mean over kommuner needs each unit's own value, and this is the same for every unit (such as mean(meritvärde, kommuner))
    target mean(hos_danderyd, kommuner) > 0
                ^^^^^^^^^^^^
sets.ska:9:15: error: rank over kommuner needs each unit's own value, and this is the same for every unit (such as rank(meritvärde, kommuner))
    target rank(5, kommuner) = 1
                ^
sets.ska:10:15: error: rank over kommuner needs each unit's own value, and 'hos_danderyd' is the same for every unit
    target rank(hos_danderyd[danderyd], kommuner) = 1
                ^^^^^^^^^^^^^^^^^^^^^^
sets.ska:11:16: error: count over kommuner needs each unit's own value, and this is the same for every unit (such as count(meritvärde, kommuner))
    target count(merit[danderyd] > 200, kommuner) > 0
                 ^^^^^^^^^^^^^^^^^^^^^
sets.ska:18:21: error: 'riket' is a unit; use it in a selector, such as meritvärde[riket]
  goal Riket { target riket > 0; target merit[riket, danderyd] > 0; target mean(merit, riket) > 0 }
                      ^^^^^
sets.ska:18:52: error: this selector repeats what an earlier one already chose
  goal Riket { target riket > 0; target merit[riket, danderyd] > 0; target mean(merit, riket) > 0 }
                                                     ^^^^^^^^
sets.ska:18:86: error: 'riket' is a unit; use it in a selector, such as meritvärde[riket]
  goal Riket { target riket > 0; target merit[riket, danderyd] > 0; target mean(merit, riket) > 0 }
                                                                                       ^^^^^
--- file coverage.ska
plan "P" { coverage 150 % }
indicator merit "Meritvärde" { scale points; coverage 50 % }
goal G { coverage 50 %; coverage 60 %; target mean(merit, kommuner) > 0 }
--- run ska check --syntax-only coverage.ska
--- expect exit 2
coverage.ska:1:12: error: coverage is a share of the set's units, at most 100 %
  plan "P" { coverage 150 % }
             ^^^^^^^^^^^^^^
coverage.ska:2:46: error: 'coverage' does not belong in an indicator (it belongs in the plan header, a goal or a rule)
  indicator merit "Meritvärde" { scale points; coverage 50 % }
                                               ^^^^^^^^^^^^^
coverage.ska:3:25: error: 'coverage' is given twice
  goal G { coverage 50 %; coverage 60 %; target mean(merit, kommuner) > 0 }
                          ^^^^^^^^^^^^^
--- file declared.ska
indicator merit "Meritvärde" { scale points }
unit danderyd "Danderyd" { code "0162"; kind kommun }
set tom "Inga" { }
set konstig { "0181", merit, flickor }
set tal { 2018 }
set grannar { "0181", danderyd, riket }
set danderyd { "0162" }
goal G { target grannar > 0; target mean(merit, grannar[2018]) > 0; target merit[grannar, danderyd] > 0 }
rule R { for each granar; require merit > 0 }
--- run ska check --syntax-only declared.ska
--- expect exit 2
declared.ska:3:5: error: set 'tom' has no units
  set tom "Inga" { }
      ^^^
declared.ska:4:23: error: a set holds units (a code or name in quotes, or a declared unit); this is a number
  set konstig { "0181", merit, flickor }
                        ^^^^^
declared.ska:4:30: error: a set holds units (a code or name in quotes, or a declared unit); this is a group
  set konstig { "0181", merit, flickor }
                               ^^^^^^^
declared.ska:5:11: error: unexpected number, expected string, name, ';', '}' or ','
  set tal { 2018 }
            ^^^^
declared.ska:7:5: error: set 'danderyd' is already defined (at declared.ska:2:6)
  set danderyd { "0162" }
      ^^^^^^^^
declared.ska:8:17: error: 'grannar' is a set of units; use it inside [ ] or as a function argument, such as mean(meritvärde, grannar)
  goal G { target grannar > 0; target mean(merit, grannar[2018]) > 0; target merit[grannar, danderyd] > 0 }
                  ^^^^^^^
declared.ska:8:49: error: a set of units takes no selectors
  goal G { target grannar > 0; target mean(merit, grannar[2018]) > 0; target merit[grannar, danderyd] > 0 }
                                                  ^^^^^^^^^^^^^
declared.ska:8:91: error: this selector repeats what an earlier one already chose
  goal G { target grannar > 0; target mean(merit, grannar[2018]) > 0; target merit[grannar, danderyd] > 0 }
                                                                                            ^^^^^^^^
declared.ska:9:10: error: unknown unit kind 'granar' (expected one of: skola, skolor, school, schools, alla_skolor, all_schools, fristående_skolor, independent_schools, kommun, kommuner, municipality, municipalities; or a set declared with 'set')
  rule R { for each granar; require merit > 0 }
           ^^^^^^^^^^^^^^^
