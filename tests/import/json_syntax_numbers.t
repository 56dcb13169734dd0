# JSON number errors: the grammar of RFC 8259, nothing more
--- file leading_zero.json
{"count": 012}
--- file plus.json
{"count": +1}
--- file minus_alone.json
{"count": -}
--- file point.json
{"count": 1.}
--- file exponent.json
{"count": 1e}
--- file after_number.json
{"count": 12x}
--- file too_long.json
{"count": 111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111}
--- run ska import t.db leading_zero.json
--- expect exit 2
leading_zero.json:1:12: error: leading zeros are not allowed in JSON numbers
  {"count": 012}
             ^
--- run ska import t.db plus.json
--- expect exit 2
plus.json:1:11: error: expected a value (an object, array, string, number, true, false or null)
  {"count": +1}
            ^
--- run ska import t.db minus_alone.json
--- expect exit 2
minus_alone.json:1:12: error: expected a digit after -
  {"count": -}
             ^
--- run ska import t.db point.json
--- expect exit 2
point.json:1:13: error: expected a digit after the decimal point
  {"count": 1.}
              ^
--- run ska import t.db exponent.json
--- expect exit 2
exponent.json:1:13: error: expected a digit after the exponent
  {"count": 1e}
              ^
--- run ska import t.db after_number.json
--- expect exit 2
after_number.json:1:13: error: unexpected character after a number
  {"count": 12x}
              ^
--- run ska import t.db too_long.json
--- expect exit 2
too_long.json:1:11: error: number longer than 256 characters
  {"count": 11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111…
            ^
--- file good.json
{"count": -0.5e-3, "values": [{"kpi": "N15505", "municipality": "0181", "period": 2020,
  "values": [{"gender": "T", "value": 2.215e2}]}]}
--- run ska import t.db good.json
--- expect exit 0
good.json: 1 row: 1 added, 0 changed, 0 unchanged
good.json: 1 unit added: 0181
