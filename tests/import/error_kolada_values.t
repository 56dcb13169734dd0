# Kolada values: a number out of range, a string that is no number or code, a bad period or gender
--- file range.json
{"N1": {"2020": {"T": 1e400}}}
--- file string.json
{"N1": {"2020": {"T": "n/a"}}}
--- file period.json
{"N1": {"20/21": {"T": 1}}}
--- file gender.json
{"values": [
  {"kpi": "N15428", "municipality": "0138", "period": 2023,
   "values": [{"gender": "X", "value": 74.1}]}
]}
--- file codes.json
{"N1": {"2020": {"T": "..", "K": ".", "M": "~100"}, "2021": {"T": "74,5"}}}
--- run ska import t.db --unit 0000 range.json
--- expect exit 2
range.json:1:23: error: number 1e400 is out of range
  {"N1": {"2020": {"T": 1e400}}}
                        ^
--- run ska import t.db --unit 0000 string.json
--- expect exit 2
string.json:1:23: error: value "n/a" is not a number (expected a number such as 83,2, or .. . ~100)
  {"N1": {"2020": {"T": "n/a"}}}
                        ^
--- run ska import t.db --unit 0000 period.json
--- expect exit 2
period.json:1:9: error: period "20/21" is not a period (expected a year 2018, a school year 2018/19, or a term ht2020, vt2021)
  {"N1": {"20/21": {"T": 1}}}
          ^
--- run ska import t.db gender.json
--- expect exit 2
gender.json:3:26: error: gender "X" is not a group (expected totalt, flickor or pojkar, or the raters personal or rektor; also T K M, samtliga, alla, kvinnor, män, total, girls, boys, staff, head)
     "values": [{"gender": "X", "value": 74.1}]}
                           ^
--- run ska import t.db --unit 0000 codes.json
--- expect exit 0
codes.json: 4 rows: 4 added, 0 changed, 0 unchanged
codes.json: 1 unit added: 0000
--- run sqlite3 t.db "select grp, period, value, status from result order by 2, 1"
--- expect exit 0
0|20200||1
1|20200||2
2|20200||3
0|20210|74.5|0
