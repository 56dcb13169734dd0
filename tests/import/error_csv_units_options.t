# a units file takes no --indicator, --unit or --period
--- file units.csv
kod;namn
0181;Södertälje
--- run ska import t.db units.csv --period 2020
--- expect exit 2
units.csv:1:9: error: a units file (code, name, kind, parent) takes no --indicator, --unit or --period
  kod;namn
          ^
