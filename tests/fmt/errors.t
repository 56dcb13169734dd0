# ska fmt refuses a plan that does not parse: its errors as `ska check`
# prints them (file:line:col, the line, a caret), exit 2, and the file is
# left as it is (also with -w). The other files named are still formatted.
# A mistake the parser sees (a field in the wrong block, a bad period) is
# refused too; one that needs the modules the plan uses (an unknown name)
# is not: fmt reads the file alone. Bad arguments are usage errors.
--- file broken.ska
goal G {
  target a >
}
--- file wrong.ska
goal G { cost 5 kr }
let p = 2019/21
--- file ok.ska
let x=1
--- file unknown.ska
use "missing.ska"
goal G {  target no_such_indicator > 1 }
--- run ska fmt broken.ska
--- expect exit 2
broken.ska:3:1: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  }
  ^
--- run ska fmt -w broken.ska ok.ska wrong.ska; rc=$?; cat broken.ska ok.ska; exit $rc
--- expect exit 2
goal G {
  target a >
}
let x = 1
broken.ska:3:1: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  }
  ^
wrong.ska:1:10: error: 'cost' does not belong in a goal (it belongs in a measure)
  goal G { cost 5 kr }
           ^^^^^^^^^
wrong.ska:2:9: error: '2019/21' is not a period (a school year is two consecutive years: 2018/19; terms are ht2020 or vt2021)
  let p = 2019/21
          ^^^^^^^
--- run ska fmt --check broken.ska
--- expect exit 2
broken.ska:3:1: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  }
  ^
--- run ska fmt unknown.ska
--- expect exit 0
use "missing.ska"
goal G {
  target no_such_indicator > 1
}
--- run ska fmt missing.ska
--- expect exit 2
ska fmt: cannot read missing.ska: No such file or directory
--- run ska fmt .
--- expect exit 2
let x = 1
use "missing.ska"
goal G {
  target no_such_indicator > 1
}
./broken.ska:3:1: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  }
  ^
./wrong.ska:1:10: error: 'cost' does not belong in a goal (it belongs in a measure)
  goal G { cost 5 kr }
           ^^^^^^^^^
./wrong.ska:2:9: error: '2019/21' is not a period (a school year is two consecutive years: 2018/19; terms are ht2020 or vt2021)
  let p = 2019/21
          ^^^^^^^
--- run ska fmt
--- expect exit 2
ska fmt: no plan given (a file, a directory, or - for standard input)
(see `ska fmt --help`)
--- run ska fmt -w --check ok.ska
--- expect exit 2
ska fmt: -w and --check do not go together
(see `ska fmt --help`)
--- run ska fmt -w - < ok.ska
--- expect exit 2
ska fmt: -w writes files back: standard input is none
(see `ska fmt --help`)
--- run ska fmt --diff ok.ska
--- expect exit 2
ska fmt: unknown option '--diff'
(see `ska fmt --help`)
--- run printf 'let x = 1\0' > nul.ska && ska fmt nul.ska
--- expect exit 2
ska fmt: cannot read nul.ska: it holds NUL bytes, so it is no plan (a plan is UTF-8 text)
--- run ska fmt --help | head -3
--- expect exit 0
usage: ska fmt [-w | --check] PATH...

Writes each plan in ska's one layout: two spaces of indentation per block, one
