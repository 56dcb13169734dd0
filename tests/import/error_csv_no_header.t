# a file without a line naming known columns has no header (a wide Skolverket table
# is not a units file either: it has a Kön column)
--- file data.csv
Statistik från Skolverket
Kommun;Kommun-kod;Kön;Antal elever;Andel (%) elever behöriga till yrkesprog.
Ale;1440;Flickor;214;83,2
--- run ska import t.db data.csv
--- expect exit 2
data.csv: error: no header line found (expected a line naming columns, such as indikator;enhet;år;värde, or kod;namn for a units file)
