# Results are held back and stored in key order, an indicator at a time
# (store_import.c): a second row of the run for a key is still found where
# the reader is, with its line, when the first was already stored (here
# 36 000 rows of N1 are stored when N2 begins): one that agrees counts as
# unchanged, one that differs is an error and nothing is stored.
# Rows of three indicators in turn (a wide file's order) stay held until
# the buffer is full: a clash with a row 36 000 rows back is found among
# them. A fourth indicator then has the rows stored; later rows of N1 are
# looked up in the store only when the run may have stored their key: a
# new key is added, an old one agrees or clashes.
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
--- file mk2.sh
awk 'BEGIN { print "indikator;enhet;år;kön;värde"
  for (u = 1; u <= 60; u++) for (y = 1901; y <= 2100; y++) for (n = 1; n <= 3; n++)
    printf "N%d;%04d;%d;T;%d\n", n, u, y, (u + y + n) % 100 }' > wide.csv
{ cat wide.csv; echo "N2;0001;1901;T;99"; } > wide_held.csv
{ cat wide.csv; echo "N4;0001;2020;T;5"; echo "N1;0060;2101;T;7"; echo "N1;0001;1901;T;3"; } > wide_agree.csv
{ cat wide.csv; echo "N4;0001;2020;T;5"; echo "N1;0060;2101;T;7"; echo "N1;0001;1901;T;4"; } > wide_clash.csv
--- run sh mk2.sh && ska import w.db units.csv wide_held.csv; test -e w.db || echo "no store"
--- expect exit 0
no store
wide_held.csv:36002:16: error: a second value for the same indicator, unit, period and group (the first is on line 3): keep one of the two rows
  N2;0001;1901;T;99
                 ^
--- run ska import w.db units.csv wide_agree.csv && sqlite3 w.db "select count(*), sum(value) from result"
--- expect exit 0
units.csv: 60 units: 60 added, 0 changed, 0 unchanged
wide_agree.csv: 36003 rows: 36002 added, 0 changed, 1 unchanged
36002|1782012.0
--- run ska import w2.db units.csv wide_clash.csv; test -e w2.db || echo "no store"
--- expect exit 0
no store
wide_clash.csv:36004:16: error: a second value for the same indicator, unit, period and group (the first is on line 2): keep one of the two rows
  N1;0001;1901;T;4
                 ^
