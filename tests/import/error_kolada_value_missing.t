# each value of an API row needs a gender and a value
--- file nogender.json
{"values": [
  {"kpi": "N15428", "municipality": "0138", "period": 2023,
   "values": [{"value": 74.1}]}
]}
--- file novalue.json
{"values": [
  {"kpi": "N15428", "municipality": "0138", "period": 2023,
   "values": [{"gender": "T", "count": 1}]}
]}
--- run ska import t.db nogender.json
--- expect exit 2
nogender.json:3:29: error: this value has no "gender" (expected {"gender": "T", "value": 74.1})
     "values": [{"value": 74.1}]}
                              ^
--- run ska import t.db novalue.json
--- expect exit 2
novalue.json:3:41: error: this value has no "value" (expected {"gender": "T", "value": 74.1})
     "values": [{"gender": "T", "count": 1}]}
                                          ^
