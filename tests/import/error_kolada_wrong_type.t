# a JSON value of the wrong kind where the shape needs another
--- file master.json
{"Ale": {"N15505": [227.2]}}
--- file api.json
{"values": [{"kpi": 15428, "municipality": "0138", "period": 2023, "values": []}]}
--- file leaf.json
{"N1": {"2020": {"T": true}}}
--- file top.json
[{"kpi": "N1"}]
--- run ska import t.db master.json
--- expect exit 2
master.json:1:2: error: no stored unit is called "Ale" (import the units first, e.g. Kommuner.txt)
  {"Ale": {"N15505": [227.2]}}
   ^
--- run ska import t.db api.json
--- expect exit 2
api.json:1:21: error: expected a KPI id in quotes such as "N15428" here, found a number
  {"values": [{"kpi": 15428, "municipality": "0138", "period": 2023, "values": []}]}
                      ^
--- run ska import t.db --unit 0000 leaf.json
--- expect exit 2
leaf.json:1:23: error: expected a value (a number, null, or a string such as "..") here, found true
  {"N1": {"2020": {"T": true}}}
                        ^
--- run ska import t.db top.json
--- expect exit 2
top.json:1:1: error: expected a JSON object (a Kolada API answer or KommunAnalys data) here, found an array
  [{"kpi": "N1"}]
  ^
