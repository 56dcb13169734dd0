# --indicator and --period never apply to Kolada files, --unit only to the riket shape
--- file data.json
{"values": [
  {"kpi": "N15428", "municipality": "0138", "period": 2023,
   "values": [{"gender": "T", "value": 74.1}]}
]}
--- run ska import t.db data.json --period 2023
--- expect exit 2
data.json: error: --indicator and --period do not apply to Kolada files (they name KPIs and periods)
--- run ska import t.db data.json --unit 0000
--- expect exit 2
data.json:1:2: error: --unit does not apply: this file names its units
  {"values": [
   ^
