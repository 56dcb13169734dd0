# Numbers are exact or refused. A literal of any length is read as the
# nearest double (70 digits were cut to 63 before: 1e69 read as 1e62); one
# beyond the range of a double is an error at its place, not infinity or 0.
# Data beyond the range (1e400) or so small it would be stored as 0 (1e-400)
# is refused with file:line in CSV and Kolada JSON. Arithmetic that
# overflows gives ingen data with its reason, never uppnått, and JSON output
# prints the largest doubles exactly, not null.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
stor;0181;2018;totalt;1.7976931348623157e308
--- file plan.ska
plan "Tal" { organiser "Södertälje"; period 2018 }
indicator stor "Stor" { scale count; higher is better }
let lång = 1000000000000000000000000000000000000000000000000000000000000000000000
let summa = stor + stor
goal Lång { target lång / 1000000000000000000000000000000000000000000000000000000000000000000 > 999 }
goal Summa { target summa > 0 }
goal Produkt { target stor * 2 > stor }
goal Negativ { target -stor - stor < 0 }
--- file huge.ska
let a = 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
let b = 0,000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
--- file under.csv
indicator;unit;period;group;value
n;0181;2018;totalt;1e-400
--- file over.csv
indicator;unit;period;group;value
n;0181;2018;totalt;1e400
--- file under.json
{"N1": {"2020": {"T": 1e-400}}}
--- run ska import t.db units.csv data.csv
--- expect exit 0
units.csv: 1 unit: 1 added, 0 changed, 0 unchanged
data.csv: 1 row: 1 added, 0 changed, 0 unchanged
--- run ska check --syntax-only huge.ska
--- expect exit 2
huge.ska:1:9: error: number too large (the largest is about 1.8e308)
  let a = 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000…
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
huge.ska:2:9: error: number too small to tell from 0 (the smallest is about 2.2e-308)
  let b = 0,00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000…
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- run ska check plan.ska --db t.db
--- expect exit 1
Tal
Södertälje, period 2018

  uppnått         Lång
    uppnått         lång / 1000000000000000000000000000000000000000000000000000000000000000000 > 999
                    1 000 > 999 gäller
  ingen data      Summa
    ingen data      summa > 0
                    – > 0 — resultatet blir för stort
                    stor 2018 totalt, Södertälje: 1,8e+308
  ingen data      Produkt
    ingen data      stor * 2 > stor
                    – > 1,8e+308 — resultatet blir för stort
                    stor 2018 totalt, Södertälje: 1,8e+308
  ingen data      Negativ
    ingen data      -stor - stor < 0
                    – < 0 — resultatet blir för stort
                    stor 2018 totalt, Södertälje: 1,8e+308

4 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 3 ingen data
--- run ska check plan.ska --db t.db --only Summa --format json | grep -o -e '"value":[^,}]*' -e '"missing":"[^"]*"'
--- expect exit 0
"value":null
"missing":"the result overflows"
"value":0
"missing":"the result overflows"
"value":1.7976931348623157e+308
--- run printf '.format json\nstor\nstor + stor\n' | ska repl plan.ska --db t.db
--- expect exit 0
{"type":"number","indicator":"stor","result":{"value":1.7976931348623157e+308,"missing":null}}
{"type":"number","indicator":"stor","result":{"value":null,"missing":"the result overflows"}}
--- run ska import t.db under.csv
--- expect exit 2
under.csv:2:20: error: value "1e-400" is not a number (expected a number such as 83,2, or .. . ~100)
  n;0181;2018;totalt;1e-400
                     ^
--- run ska import t.db over.csv
--- expect exit 2
over.csv:2:20: error: value "1e400" is not a number (expected a number such as 83,2, or .. . ~100)
  n;0181;2018;totalt;1e400
                     ^
--- run ska import t.db --unit 0181 under.json
--- expect exit 2
under.json:1:23: error: number 1e-400 is out of range
  {"N1": {"2020": {"T": 1e-400}}}
                        ^
