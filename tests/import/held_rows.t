# Results are held back and stored in key order, an indicator at a time
# (store_import.c): a second row of the run for a key is still found where
# the reader is, with its line, when the first was already stored (here
# 36 000 rows of N1 are stored when N2 begins): one that agrees counts as
# unchanged, one that differs is an error and nothing is stored.
--- file mk.sh
awk 'BEGIN { print "kod;namn;typ;förälder"; for (u = 1; u <= 60; u++) printf "%04d;Kommun %d;kommun;\n", u, u }' > units.csv
awk 'BEGIN { print "indikator;enhet;år;kön;värde"
  for (u = 1; u <= 60; u++) for (y = 1901; y <= 2100; y++) for (g = 0; g < 3; g++)
    printf "N1;%04d;%d;%s;%d\n", u, y, substr("TKM", g + 1, 1), (u * 7 + y + g) % 100
  print "N2;0001;2020;T;5"
  print "N1;0007;1950;K;0" }' > agree.csv
sed '$d' agree.csv > clash.csv
echo "N1;0007;1950;K;51" >> clash.csv
--- run sh mk.sh && ska import t.db units.csv agree.csv && sqlite3 t.db "select count(*), sum(value) from result"
--- expect exit 0
units.csv: 60 units: 60 added, 0 changed, 0 unchanged
agree.csv: 36002 rows: 36001 added, 0 changed, 1 unchanged
36001|1782005.0
--- run ska import t2.db units.csv clash.csv; test -e t2.db || echo "no store"
--- expect exit 0
no store
clash.csv:36003:16: error: a second value for the same indicator, unit, period and group (the first is on line 3750): keep one of the two rows
  N1;0007;1950;K;51
                 ^
