# JSON structure errors, each at the byte where the file goes wrong (inside "count", a
# key the importer skips, but still reads strictly)
--- file comma_before_bracket.json
{"count": [1, 2,]}
--- file comma_before_brace.json
{"count": {"a": 1,
 "b": 2,
}}
--- file no_colon.json
{"count" 1}
--- file no_quotes.json
{count: 1}
--- file no_comma.json
{"count": 1 "b": 2}
--- file wrong_bracket.json
{"count": [1, 2}
--- file bad_value.json
{"count": @}
--- file literal.json
{"count": nul}
--- file after_literal.json
{"count": truex}
--- file ends_in_object.json
{"count": 1,
--- file ends_after_value.json
{"count": 1
--- file ends_after_colon.json
{"count":
--- file trailing_text.json
{} {}
--- file too_deep.json
{"count": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
--- run ska import t.db comma_before_bracket.json
--- expect exit 2
comma_before_bracket.json:1:17: error: expected a value before ] (JSON allows no trailing comma)
  {"count": [1, 2,]}
                  ^
--- run ska import t.db comma_before_brace.json
--- expect exit 2
comma_before_brace.json:3:1: error: expected a key before } (JSON allows no trailing comma)
  }}
  ^
--- run ska import t.db no_colon.json
--- expect exit 2
no_colon.json:1:10: error: expected : after the key
  {"count" 1}
           ^
--- run ska import t.db no_quotes.json
--- expect exit 2
no_quotes.json:1:2: error: expected a key in double quotes
  {count: 1}
   ^
--- run ska import t.db no_comma.json
--- expect exit 2
no_comma.json:1:13: error: expected , or } after a value
  {"count": 1 "b": 2}
              ^
--- run ska import t.db wrong_bracket.json
--- expect exit 2
wrong_bracket.json:1:16: error: expected , or ] after a value
  {"count": [1, 2}
                 ^
--- run ska import t.db bad_value.json
--- expect exit 2
bad_value.json:1:11: error: expected a value (an object, array, string, number, true, false or null)
  {"count": @}
            ^
--- run ska import t.db literal.json
--- expect exit 2
literal.json:1:11: error: expected a value (an object, array, string, number, true, false or null)
  {"count": nul}
            ^
--- run ska import t.db after_literal.json
--- expect exit 2
after_literal.json:1:15: error: unexpected character after true
  {"count": truex}
                ^
--- run ska import t.db ends_in_object.json
--- expect exit 2
ends_in_object.json:2:1: error: unexpected end of the file (expected a key in double quotes)
--- run ska import t.db ends_after_value.json
--- expect exit 2
ends_after_value.json:2:1: error: unexpected end of the file (expected , or })
--- run ska import t.db ends_after_colon.json
--- expect exit 2
ends_after_colon.json:2:1: error: unexpected end of the file (expected a value)
--- run ska import t.db trailing_text.json
--- expect exit 2
trailing_text.json:1:4: error: unexpected text after the end of the JSON value
  {} {}
     ^
--- run ska import t.db too_deep.json
--- expect exit 2
too_deep.json:1:74: error: nesting deeper than 64 levels
  {"count": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
                                                                           ^
--- run touch empty.json && ska import t.db empty.json
--- expect exit 2
empty.json:1:1: error: the file is empty (expected a JSON value)
