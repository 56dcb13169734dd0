# Syntax errors name what was found (a keyword as it was written, in either
# language) and, when the list is short, what could have come instead. After
# an error the parser skips to the end of the block and goes on, so one run
# reports the errors of several declarations.
--- file expected.ska
measure M1 { from 2021 2022 }
--- file keyword.ska
let mål = 220
--- file operator.ska
goal G1 { target 1 <> <> 2 }
--- file nolist.ska
goal G1 { target 1 2 }
--- file eof.ska
goal G1 {
  target 1 > 0
--- file several.ska
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target merit > }
goal G2 { target merit > 200 }
goal G3 { owner Rektor }
--- run ska check --syntax-only expected.ska
--- expect exit 2
expected.ska:1:24: error: unexpected number, expected 'to'
  measure M1 { from 2021 2022 }
                         ^^^^
--- run ska check --syntax-only keyword.ska
--- expect exit 2
keyword.ska:1:5: error: unexpected 'mål', expected name ('mål' is a keyword: choose another name)
  let mål = 220
      ^^^
--- run ska check --syntax-only operator.ska
--- expect exit 2
operator.ska:1:23: error: unexpected '<>', expected number, string, name, period, 'not', '-' or '('
  goal G1 { target 1 <> <> 2 }
                        ^^
--- run ska check --syntax-only nolist.ska
--- expect exit 2
nolist.ska:1:20: error: unexpected number
  goal G1 { target 1 2 }
                     ^
--- run ska check --syntax-only eof.ska
--- expect exit 2
eof.ska:2:15: error: unexpected end of input: a block is not closed with '}' (the goal G1 opened at line 1)
    target 1 > 0
                ^
--- run ska check --syntax-only several.ska
--- expect exit 2
several.ska:2:26: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  goal G1 { target merit > }
                           ^
several.ska:4:17: error: unexpected name 'Rektor', expected string
  goal G3 { owner Rektor }
                  ^^^^^^
