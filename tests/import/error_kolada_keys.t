# an API row with a key twice, an empty KPI id or unit code
--- file twice.json
{"values": [{"kpi": "N1", "period": 2023, "kpi": "N2", "municipality": "0138", "values": []}]}
--- file emptykpi.json
{"N1": {"2020": {"T": 1}}, "": {"2020": {"T": 1}}}
--- file emptyunit.json
{"values": [{"kpi": "N1", "period": 2023, "ou": "", "values": []}]}
--- run ska import t.db twice.json
--- expect exit 2
twice.json:1:43: error: a second "kpi" in this row (a row has one kpi, one municipality or ou, one period)
  {"values": [{"kpi": "N1", "period": 2023, "kpi": "N2", "municipality": "0138", "values": []}]}
                                            ^
--- run ska import t.db --unit 0000 emptykpi.json
--- expect exit 2
emptykpi.json:1:28: error: empty KPI id (expected one such as N15505)
  {"N1": {"2020": {"T": 1}}, "": {"2020": {"T": 1}}}
                             ^
--- run ska import t.db emptyunit.json
--- expect exit 2
emptyunit.json:1:49: error: empty unit code (expected one such as "0138")
  {"values": [{"kpi": "N1", "period": 2023, "ou": "", "values": []}]}
                                                  ^
