# KommunAnalys data names units by name: an unknown name is an error
--- file units.csv
kod;namn
1440;Ale
--- file data.json
{"Ale": {"N15505": {"2020": {"T": 227.2}}},
 "Atlantis": {"N15505": {"2020": {"T": 1}}}}
--- run ska import t.db units.csv data.json
--- expect exit 2
data.json:2:2: error: no stored unit is called "Atlantis" (import the units first, e.g. Kommuner.txt)
   "Atlantis": {"N15505": {"2020": {"T": 1}}}}
   ^
