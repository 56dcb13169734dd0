# an API row must have kpi, municipality (or ou) and period
--- file data.json
{"values": [
  {"kpi": "N15428", "municipality": "0138",
   "values": [{"gender": "T", "value": 74.1}]}
]}
--- run ska import t.db data.json
--- expect exit 2
data.json:3:46: error: this row has no period (expected kpi, municipality or ou, period and values)
     "values": [{"gender": "T", "value": 74.1}]}
                                               ^
