# a file without a line naming known columns has no header (a wide Skolverket table
# is not a units file either: it has a Kön column)
--- file data.csv
Statistik från Skolverket
Kommun;Kommun-kod;Kön;Antal elever;Andel (%) elever behöriga till yrkesprog.
Ale;1440;Flickor;214;83,2
--- run ska import t.db data.csv
--- expect exit 2
data.csv: error: line 2 looks like the header of a wide table (5 columns: Kommun;Kommun-kod;Kön;Antal elever;Andel (%) elever behöri…), and no source description fits it: `ska import --list-sources` lists those ska knows; write one for this export (docs/language.md, "Source descriptions") and give it with --use
