# Kolada answers ska does not import, or only half: the KPI catalogue (rows with id and
# title but neither municipality nor type), an answer mixing unit and data rows, a
# KommunAnalys Kommuner.txt whose value is not a name, --unit with a file that names its
# units, and an OU whose municipality is in neither the answer nor the store.
--- file kpi.json
{"count": 1, "values": [{"id": "N15505", "title": "Meritvärde", "municipality_type": "K",
  "is_divided_by_gender": true, "has_ou_data": true}], "next_url": null, "previous_url": null}
--- file mixed.json
{"values": [{"id": "0684", "title": "Sävsjö", "type": "K"},
            {"kpi": "N15505", "municipality": "0684", "period": 2024, "values": []}]}
--- file Kommuner.txt
{"0181": "Södertälje", "0127": {"name": "Botkyrka"}}
--- file ou.json
{"values": [{"id": "V15E068400701", "title": "Vallsjöskolan", "municipality": "0684"}], "next_url": null}
--- run ska import t.db kpi.json
--- expect exit 2
kpi.json:2:52: error: this row has an id but no municipality (an OU) or type (a municipality): ska imports Kolada's data, oudata, ou and municipality answers, not its KPI catalogue or groups
    "is_divided_by_gender": true, "has_ou_data": true}], "next_url": null, "previous_url": null}
                                                     ^
--- run ska import t.db mixed.json
--- expect exit 2
mixed.json:2:83: error: a data row in an answer of unit rows (import each answer as its own file)
              {"kpi": "N15505", "municipality": "0684", "period": 2024, "values": []}]}
                                                                                    ^
--- run ska import t.db Kommuner.txt
--- expect exit 2
Kommuner.txt:1:32: error: expected a municipality's name in quotes ("Södertälje") here, found an object
  {"0181": "Södertälje", "0127": {"name": "Botkyrka"}}
                                 ^
--- run ska import t.db --unit 0000 Kommuner.txt
--- expect exit 2
Kommuner.txt:1:2: error: --unit does not apply: this file names its units
  {"0181": "Södertälje", "0127": {"name": "Botkyrka"}}
   ^
--- run ska import t.db ou.json
--- expect exit 2
ou.json:1:79: error: parent "0684" is not a unit in this file or in the store
--- run ls t.db
--- expect exit 2
ls: cannot access 't.db': No such file or directory
