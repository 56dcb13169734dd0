# --syntax-only does not keep the plan's text: the scanner reads the file a
# block at a time and messages read their lines again from it, giving what
# a kept text gives: after a byte-order mark, a keyword where a name belongs
# and a year that is no period (both quoted from the file while parsing), a
# line with tabs and letters beyond ASCII, and a place in a module.
--- file plan.ska
﻿plan "p" { organiser "0001"; period 2020 }
use "lib/m.ska"
indicator A "å" {	scale percent }
goal mål { target A >= 40 % }
measure M1 { goals G1; from 20200 to 2021 }
goal G2 { target	Ä >= 4 }
--- file lib/m.ska
goal G9 { level fel }
--- run ska check --syntax-only plan.ska
--- expect exit 2
plan.ska:4:6: error: unexpected 'mål', expected name ('mål' is a keyword: choose another name)
  goal mål { target A >= 40 % }
       ^^^
plan.ska:5:20: error: unknown goal 'G1' (did you mean 'G9'?)
  measure M1 { goals G1; from 20200 to 2021 }
                     ^^
plan.ska:5:29: error: '20200' is not a period (expected a year such as 2018, a school year such as 2018/19 or a term such as ht2020)
  measure M1 { goals G1; from 20200 to 2021 }
                              ^^^^^
plan.ska:6:18: error: unknown name 'Ä'
  goal G2 { target	Ä >= 4 }
                  	^
lib/m.ska:1:11: error: unknown level 'fel' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G9 { level fel }
            ^^^^^^^^^
--- run ska check --syntax-only --format json plan.ska | tr ',' '\n' | grep -E 'line|column'
--- expect exit 0
"line":4
"column":6
"end_line":4
"end_column":9
"line":5
"column":20
"end_line":5
"end_column":22
"line":5
"column":29
"end_line":5
"end_column":34
"line":6
"column":18
"end_line":6
"end_column":19
"line":1
"column":11
"end_line":1
"end_column":20
