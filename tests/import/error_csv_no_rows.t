# A file with a header and no rows stores nothing: that is an error, not a
# successful import of zero rows.
--- file results.csv
indikator;enhet;år;värde

--- file units.csv
kod;namn;typ
--- run ska import t.db results.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
results.csv: error: no rows below the header on line 1: the file stores nothing
--- run ska import t.db units.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
units.csv: error: no units below the header on line 1: the file stores nothing
