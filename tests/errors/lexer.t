# Errors found while reading characters: a character that is not part of the
# language (a curly quote pasted from a word processor gets a hint), a byte
# that is not UTF-8, a control character, a string without its closing quote
# (on its line, or at the end of the file), an unknown escape, impossible
# dates, periods and years. The caret counts characters, not bytes, so it
# sits right after å, ä and ö, and an invisible byte-order mark is not shown.
--- file char.ska
goal G1 "Ålder" { target 1 > 0 @ }
--- file symbol.ska
goal G1 { target 1 > 0 } €
--- file quotes.ska
goal G1 “Måluppfyllelse” { target 1 > 0 }
--- file string.ska
goal G1 "Måluppfyllelse {
  target 1 > 0
}
--- file string_eof.ska
goal G1 { target 1 > 0 }
goal G2 "Öppen
--- file escape.ska
goal G1 "C:\temp\x" { target 1 > 0 }
--- file date.ska
measure M1 { from 2021-02-30 to 2021-13-01; followup "x" every month }
measure M2 { from 2020-02-29 to 2100-02-29; followup "x" at 1899-12-31 }
--- file period.ska
indicator x "X" { scale count }
let a = x[2018/20]
let b = x[2018/2020]
--- file year.ska
measure M1 { from 18 to 2019; followup "x" every term }
measure M2 { from 2018,5 to 2019; followup "x" every term }
measure M3 { from 99999999999999999999 to 2019; followup "x" every term }
--- run printf 'goal G1 { target 1 > 0 \377 }\n' > byte.ska; printf 'goal G1 {\001 target 1 > 0 }\n' > control.ska
--- expect exit 0
--- run printf '\357\273\277goal G1 { target 1 > 0 @ }\n' > bom.ska
--- expect exit 0
--- run ska check --syntax-only char.ska
--- expect exit 2
char.ska:1:32: error: unexpected character '@'
  goal G1 "Ålder" { target 1 > 0 @ }
                                 ^
--- run ska check --syntax-only symbol.ska
--- expect exit 2
symbol.ska:1:26: error: unexpected character '€'
  goal G1 { target 1 > 0 } €
                           ^
--- run ska check --syntax-only quotes.ska
--- expect exit 2
quotes.ska:1:9: error: unexpected character '“' (strings are written in straight quotes: "…")
  goal G1 “Måluppfyllelse” { target 1 > 0 }
          ^
quotes.ska:1:10: error: unexpected name 'Måluppfyllelse', expected string or '{'
  goal G1 “Måluppfyllelse” { target 1 > 0 }
           ^^^^^^^^^^^^^^
quotes.ska:1:24: error: unexpected character '”' (strings are written in straight quotes: "…")
  goal G1 “Måluppfyllelse” { target 1 > 0 }
                         ^
--- run ska check --syntax-only byte.ska
--- expect exit 2
byte.ska:1:24: error: unexpected byte 0xff (a plan is UTF-8 text)
  goal G1 { target 1 > 0 � }
                         ^
--- run ska check --syntax-only control.ska
--- expect exit 2
control.ska:1:10: error: unexpected control character 0x01
  goal G1 { target 1 > 0 }
           ^
--- run ska check --syntax-only bom.ska
--- expect exit 2
bom.ska:1:24: error: unexpected character '@'
  goal G1 { target 1 > 0 @ }
                         ^
--- run ska check --syntax-only string.ska
--- expect exit 2
string.ska:1:9: error: unterminated string (expected a closing " on the same line)
  goal G1 "Måluppfyllelse {
          ^
string.ska:2:3: error: unexpected 'target', expected '{'
    target 1 > 0
    ^^^^^^
--- run ska check --syntax-only string_eof.ska
--- expect exit 2
string_eof.ska:2:9: error: unterminated string (expected a closing " on the same line)
  goal G2 "Öppen
          ^
string_eof.ska:2:15: error: unexpected end of input, expected '{'
  goal G2 "Öppen
                ^
--- run ska check --syntax-only escape.ska
--- expect exit 2
escape.ska:1:17: error: unknown escape in string (expected \" \\ \n or \t)
  goal G1 "C:\temp\x" { target 1 > 0 }
                  ^^
--- run ska check --syntax-only date.ska
--- expect exit 2
date.ska:1:19: error: '2021-02-30' is not a valid date (expected YYYY-MM-DD)
  measure M1 { from 2021-02-30 to 2021-13-01; followup "x" every month }
                    ^^^^^^^^^^
date.ska:1:33: error: '2021-13-01' is not a valid date (expected YYYY-MM-DD)
  measure M1 { from 2021-02-30 to 2021-13-01; followup "x" every month }
                                  ^^^^^^^^^^
date.ska:2:33: error: '2100-02-29' is not a valid date (expected YYYY-MM-DD)
  measure M2 { from 2020-02-29 to 2100-02-29; followup "x" at 1899-12-31 }
                                  ^^^^^^^^^^
date.ska:2:61: error: '1899-12-31' is not a valid date (expected YYYY-MM-DD)
  measure M2 { from 2020-02-29 to 2100-02-29; followup "x" at 1899-12-31 }
                                                              ^^^^^^^^^^
--- run ska check --syntax-only period.ska
--- expect exit 2
period.ska:2:11: error: '2018/20' is not a period (a school year is two consecutive years: 2018/19; terms are ht2020 or vt2021)
  let a = x[2018/20]
            ^^^^^^^
period.ska:3:11: error: '2018/2020' is not a period (a school year is two consecutive years: 2018/19; terms are ht2020 or vt2021)
  let b = x[2018/2020]
            ^^^^^^^^^
--- run ska check --syntax-only year.ska
--- expect exit 2
year.ska:1:19: error: '18' is not a period (expected a year such as 2018, a school year such as 2018/19 or a term such as ht2020)
  measure M1 { from 18 to 2019; followup "x" every term }
                    ^^
year.ska:2:19: error: '2018,5' is not a period (expected a year such as 2018, a school year such as 2018/19 or a term such as ht2020)
  measure M2 { from 2018,5 to 2019; followup "x" every term }
                    ^^^^^^
year.ska:3:19: error: '99999999999999999999' is not a period (expected a year such as 2018, a school year such as 2018/19 or a term such as ht2020)
  measure M3 { from 99999999999999999999 to 2019; followup "x" every term }
                    ^^^^^^^^^^^^^^^^^^^^
