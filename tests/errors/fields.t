# Every block shares one field syntax, so a field written in the wrong block
# is an error that says where it belongs; a field given twice (the first value
# stands), and a second plan header, are errors too. A measure may expect one
# thing in words and one written as a condition.
--- file wrong.ska
plan "P" { target 1 > 0 }
indicator x "X" { owner "Rektor" }
goal G1 { scale percent; source "N1"; higher is better }
measure M1 { level huvudman; code "S1" }
rule R1 { from 2020 to 2021; for each school; require x > 0 }
unit u "U" { code "S1"; organiser "Kommunen"; when x > 0 }
goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
--- file wrong2.ska
rule R1 { description "x"; for each school; require 1 > 0 }
indicator x "X" { area "A"; lower is better }
goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
goal G2 { require x > 0; statuses s; lower is better }
measure M1 { parent "0181"; assessed uppnått; source "N1"; code "C" }
unit u "U" { code "S1"; description "d"; owner "o"; target x > 0 }
--- file twice.ska
statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d" }
plan "P" {
  organiser "A"; organiser "B"; unit "1"; unit "2"; statuses s; statuses t; period 2018; period 2019
}
indicator x "X" {
  source "a"; source "b"; description "a"; description "b"
  scale percent; scale points; higher is better; lower is better
}
goal G1 { owner "a"; owner "b"; assessed uppnått; assessed delvis; level enhet; level huvudman }
--- file twice2.ska
indicator x "X" { scale percent }
measure M1 {
  resources "a"; resources "b"; expect "a"; expect "b"; expect x > 0; expect x > 1
  from 2020 to 2021; from 2021 to 2022; cost 1 tkr; cost 2 tkr
}
rule R1 { for each school; for each kommun; when x > 0; when x > 1; require x > 0; require x > 1 }
unit u "U" { code "1"; code "2"; kind school; kind school; parent "a"; parent "b" }
--- file plans.ska
plan "One" { period 2018 }
plan "Two" { period 2019 }
--- run ska check --syntax-only wrong.ska
--- expect exit 2
wrong.ska:1:12: error: 'target' does not belong in the plan header (it belongs in a goal)
  plan "P" { target 1 > 0 }
             ^^^^^^^^^^^^
wrong.ska:2:19: error: 'owner' does not belong in an indicator (it belongs in a goal, a measure or a rule)
  indicator x "X" { owner "Rektor" }
                    ^^^^^
wrong.ska:3:11: error: 'scale' does not belong in a goal (it belongs in an indicator)
  goal G1 { scale percent; source "N1"; higher is better }
            ^^^^^
wrong.ska:3:26: error: 'source' does not belong in a goal (it belongs in an indicator)
  goal G1 { scale percent; source "N1"; higher is better }
                           ^^^^^^
wrong.ska:3:39: error: 'higher is better' does not belong in a goal (it belongs in an indicator)
  goal G1 { scale percent; source "N1"; higher is better }
                                        ^^^^^^^^^^^^^^^^
wrong.ska:4:14: error: 'level' does not belong in a measure (it belongs in a goal)
  measure M1 { level huvudman; code "S1" }
               ^^^^^^^^^^^^^^
wrong.ska:4:30: error: 'code' does not belong in a measure (it belongs in a unit)
  measure M1 { level huvudman; code "S1" }
                               ^^^^
wrong.ska:5:11: error: 'from … to' does not belong in a rule (it belongs in a measure)
  rule R1 { from 2020 to 2021; for each school; require x > 0 }
            ^^^^^^^^^^^^^^^^^
wrong.ska:6:25: error: 'organiser' does not belong in a unit (it belongs in the plan header)
  unit u "U" { code "S1"; organiser "Kommunen"; when x > 0 }
                          ^^^^^^^^^
wrong.ska:6:47: error: 'when' does not belong in a unit (it belongs in a rule)
  unit u "U" { code "S1"; organiser "Kommunen"; when x > 0 }
                                                ^^^^^^^^^^
wrong.ska:7:11: error: 'goals' does not belong in a goal (it belongs in a measure)
  goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
            ^^^^^
wrong.ska:7:21: error: 'cost' does not belong in a goal (it belongs in a measure)
  goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
                      ^^^^^^^^^^
wrong.ska:7:33: error: 'for each' does not belong in a goal (it belongs in a rule)
  goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
                                  ^^^^^^^^^^^^^^^
wrong.ska:7:50: error: 'language' does not belong in a goal (it belongs in the plan header)
  goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
                                                   ^^^^^^^^^^^
wrong.ska:7:63: error: 'period' does not belong in a goal (it belongs in the plan header)
  goal G2 { goals G1; cost 5 tkr; for each school; language en; period 2018 }
                                                                ^^^^^^^^^^^
--- run ska check --syntax-only wrong2.ska
--- expect exit 2
wrong2.ska:1:11: error: 'description' does not belong in a rule (it belongs in the plan header, an indicator, a goal or a measure)
  rule R1 { description "x"; for each school; require 1 > 0 }
            ^^^^^^^^^^^
wrong2.ska:2:19: error: 'area' does not belong in an indicator (it belongs in a goal, a measure or a rule)
  indicator x "X" { area "A"; lower is better }
                    ^^^^
wrong2.ska:3:11: error: 'resources' does not belong in a goal (it belongs in a measure)
  goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
            ^^^^^^^^^
wrong2.ska:3:26: error: 'kind' does not belong in a goal (it belongs in a unit)
  goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
                           ^^^^
wrong2.ska:3:39: error: 'unit' does not belong in a goal (it belongs in the plan header)
  goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
                                        ^^^^
wrong2.ska:3:52: error: 'expect' does not belong in a goal (it belongs in a measure)
  goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
                                                     ^^^^^^^^^^
wrong2.ska:3:64: error: 'followup' does not belong in a goal (it belongs in a measure)
  goal G1 { resources "r"; kind school; unit "0181"; expect "e"; followup "f" every term }
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^
wrong2.ska:4:11: error: 'require' does not belong in a goal (it belongs in a rule)
  goal G2 { require x > 0; statuses s; lower is better }
            ^^^^^^^^^^^^^
wrong2.ska:4:26: error: 'statuses' does not belong in a goal (it belongs in the plan header)
  goal G2 { require x > 0; statuses s; lower is better }
                           ^^^^^^^^^^
wrong2.ska:4:38: error: 'lower is better' does not belong in a goal (it belongs in an indicator)
  goal G2 { require x > 0; statuses s; lower is better }
                                       ^^^^^^^^^^^^^^^
wrong2.ska:5:14: error: 'parent' does not belong in a measure (it belongs in a unit)
  measure M1 { parent "0181"; assessed uppnått; source "N1"; code "C" }
               ^^^^^^
wrong2.ska:5:29: error: 'assessed' does not belong in a measure (it belongs in a goal)
  measure M1 { parent "0181"; assessed uppnått; source "N1"; code "C" }
                              ^^^^^^^^^^^^^^^^
wrong2.ska:5:47: error: 'source' does not belong in a measure (it belongs in an indicator)
  measure M1 { parent "0181"; assessed uppnått; source "N1"; code "C" }
                                                ^^^^^^
wrong2.ska:5:60: error: 'code' does not belong in a measure (it belongs in a unit)
  measure M1 { parent "0181"; assessed uppnått; source "N1"; code "C" }
                                                             ^^^^
wrong2.ska:6:25: error: 'description' does not belong in a unit (it belongs in the plan header, an indicator, a goal or a measure)
  unit u "U" { code "S1"; description "d"; owner "o"; target x > 0 }
                          ^^^^^^^^^^^
wrong2.ska:6:42: error: 'owner' does not belong in a unit (it belongs in a goal, a measure or a rule)
  unit u "U" { code "S1"; description "d"; owner "o"; target x > 0 }
                                           ^^^^^
wrong2.ska:6:53: error: 'target' does not belong in a unit (it belongs in a goal)
  unit u "U" { code "S1"; description "d"; owner "o"; target x > 0 }
                                                      ^^^^^^^^^^^^
--- run ska check --syntax-only twice.ska
--- expect exit 2
twice.ska:3:18: error: 'organiser' is given twice
    organiser "A"; organiser "B"; unit "1"; unit "2"; statuses s; statuses t; period 2018; period 2019
                   ^^^^^^^^^
twice.ska:3:43: error: 'unit' is given twice
    organiser "A"; organiser "B"; unit "1"; unit "2"; statuses s; statuses t; period 2018; period 2019
                                            ^^^^
twice.ska:3:65: error: 'statuses' is given twice
    organiser "A"; organiser "B"; unit "1"; unit "2"; statuses s; statuses t; period 2018; period 2019
                                                                  ^^^^^^^^^^
twice.ska:3:90: error: 'period' is given twice
    organiser "A"; organiser "B"; unit "1"; unit "2"; statuses s; statuses t; period 2018; period 2019
                                                                                           ^^^^^^^^^^^
twice.ska:6:15: error: 'source' is given twice
    source "a"; source "b"; description "a"; description "b"
                ^^^^^^
twice.ska:6:44: error: 'description' is given twice
    source "a"; source "b"; description "a"; description "b"
                                             ^^^^^^^^^^^
twice.ska:7:18: error: 'scale' is given twice
    scale percent; scale points; higher is better; lower is better
                   ^^^^^
twice.ska:7:50: error: the direction is given twice ('higher is better' or 'lower is better')
    scale percent; scale points; higher is better; lower is better
                                                   ^^^^^^^^^^^^^^^
twice.ska:9:22: error: 'owner' is given twice
  goal G1 { owner "a"; owner "b"; assessed uppnått; assessed delvis; level enhet; level huvudman }
                       ^^^^^
twice.ska:9:51: error: 'assessed' is given twice
  goal G1 { owner "a"; owner "b"; assessed uppnått; assessed delvis; level enhet; level huvudman }
                                                    ^^^^^^^^^^^^^^^
twice.ska:9:81: error: 'level' is given twice
  goal G1 { owner "a"; owner "b"; assessed uppnått; assessed delvis; level enhet; level huvudman }
                                                                                  ^^^^^^^^^^^^^^
--- run ska check --syntax-only twice2.ska
--- expect exit 2
twice2.ska:3:18: error: 'resources' is given twice
    resources "a"; resources "b"; expect "a"; expect "b"; expect x > 0; expect x > 1
                   ^^^^^^^^^
twice2.ska:3:45: error: 'expect' is given twice
    resources "a"; resources "b"; expect "a"; expect "b"; expect x > 0; expect x > 1
                                              ^^^^^^^^^^
twice2.ska:3:71: error: 'expect' is given twice
    resources "a"; resources "b"; expect "a"; expect "b"; expect x > 0; expect x > 1
                                                                        ^^^^^^^^^^^^
twice2.ska:4:22: error: 'from … to' is given twice
    from 2020 to 2021; from 2021 to 2022; cost 1 tkr; cost 2 tkr
                       ^^^^^^^^^^^^^^^^^
twice2.ska:4:53: error: 'cost' is given twice
    from 2020 to 2021; from 2021 to 2022; cost 1 tkr; cost 2 tkr
                                                      ^^^^^^^^^^
twice2.ska:6:28: error: 'for each' is given twice
  rule R1 { for each school; for each kommun; when x > 0; when x > 1; require x > 0; require x > 1 }
                             ^^^^^^^^^^^^^^^
twice2.ska:6:57: error: 'when' is given twice
  rule R1 { for each school; for each kommun; when x > 0; when x > 1; require x > 0; require x > 1 }
                                                          ^^^^^^^^^^
twice2.ska:6:84: error: 'require' is given twice
  rule R1 { for each school; for each kommun; when x > 0; when x > 1; require x > 0; require x > 1 }
                                                                                     ^^^^^^^^^^^^^
twice2.ska:7:24: error: 'code' is given twice
  unit u "U" { code "1"; code "2"; kind school; kind school; parent "a"; parent "b" }
                         ^^^^
twice2.ska:7:47: error: 'kind' is given twice
  unit u "U" { code "1"; code "2"; kind school; kind school; parent "a"; parent "b" }
                                                ^^^^
twice2.ska:7:72: error: 'parent' is given twice
  unit u "U" { code "1"; code "2"; kind school; kind school; parent "a"; parent "b" }
                                                                         ^^^^^^
--- run ska check --syntax-only plans.ska
--- expect exit 2
plans.ska:2:1: error: a second plan header (a program has one plan)
  plan "Two" { period 2019 }
  ^^^^
