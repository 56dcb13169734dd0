# an empty file is an error, not zero rows
--- run touch data.csv && ska import t.db data.csv
--- expect exit 2
data.csv: error: the file is empty (expected a header line such as indikator;enhet;år;värde)
