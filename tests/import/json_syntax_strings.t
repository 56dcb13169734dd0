# JSON string errors: escapes, control characters, UTF-8; and what a good string may hold
--- file line_break.json
{"count": "abc
--- file bad_escape.json
{"count": "x\qy"}
--- file short_hex.json
{"count": "\u12"}
--- file low_surrogate.json
{"count": "\udc00"}
--- file lone_high.json
{"count": "\ud800x"}
--- file nul.json
{"count": "\u0000"}
--- file control.json
{"count": "tab	here"}
--- run ska import t.db line_break.json
--- expect exit 2
line_break.json:1:15: error: control character in a string (write it as \n, \t or \u00XX)
  {"count": "abc
                ^
--- run ska import t.db bad_escape.json
--- expect exit 2
bad_escape.json:1:13: error: unknown escape (expected \" \\ \/ \b \f \n \r \t or \uXXXX)
  {"count": "x\qy"}
              ^
--- run ska import t.db short_hex.json
--- expect exit 2
short_hex.json:1:16: error: expected 4 hex digits after \u
  {"count": "\u12"}
                 ^
--- run ska import t.db low_surrogate.json
--- expect exit 2
low_surrogate.json:1:12: error: \uDC00 is half of a surrogate pair with no first half
  {"count": "\udc00"}
             ^
--- run ska import t.db lone_high.json
--- expect exit 2
lone_high.json:1:12: error: \uD800 must be followed by a second \uXXXX half (a surrogate pair)
  {"count": "\ud800x"}
             ^
--- run ska import t.db nul.json
--- expect exit 2
nul.json:1:12: error: \u0000 is not allowed (ska's text cannot hold NUL)
  {"count": "\u0000"}
             ^
--- run ska import t.db control.json
--- expect exit 2
control.json:1:15: error: control character in a string (write it as \n, \t or \u00XX)
  {"count": "tab	here"}
                ^
--- run printf '{"count": "abc' > unclosed.json && ska import t.db unclosed.json
--- expect exit 2
unclosed.json:1:11: error: string is not closed (no " before the end of the file)
  {"count": "abc
            ^
--- run printf '{"count": "\377"}' > bad.json; ska import t.db bad.json 2>err; echo "exit $?"; head -1 err
--- expect exit 0
exit 2
bad.json:1:12: error: invalid UTF-8 byte 0xFF in a string (JSON files must be UTF-8)
--- run printf '{"count": "\303("}' > bad.json; ska import t.db bad.json 2>err; echo "exit $?"; head -1 err
--- expect exit 0
exit 2
bad.json:1:13: error: invalid UTF-8 sequence in a string (JSON files must be UTF-8)
--- run printf '{"count": "\300\257"}' > bad.json; ska import t.db bad.json 2>err; echo "exit $?"; head -1 err
--- expect exit 0
exit 2
bad.json:1:12: error: invalid UTF-8 byte 0xC0 in a string (JSON files must be UTF-8)
--- run printf '{"count": "\355\240\200"}' > bad.json; ska import t.db bad.json 2>err; echo "exit $?"; head -1 err
--- expect exit 0
exit 2
bad.json:1:13: error: invalid UTF-8 sequence in a string (JSON files must be UTF-8)
--- file good.json
{"N\u00e5\ud83d\ude00\/\"": {"2020": {"T": 1}}}
--- run ska import t.db --unit 0000 good.json && sqlite3 t.db "select key from indicator"
--- expect exit 0
good.json: 1 row: 1 added, 0 changed, 0 unchanged
good.json: 1 unit added: 0000
Nå😀/"
