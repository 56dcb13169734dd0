# Held rows are sorted by their key packed into one integer when the spread
# of each field (indicator, group, period, unit) fits 64 bits in all, else
# by comparing them field by field (store_import.c). An indicator whose id
# is 2^62 beside one whose id is 1 spreads the indicators over 62 bits, too
# many with the groups, periods and units: the rows, in no order in the
# file, are stored all the same, and so are they when they fit.
--- file units.csv
kod;namn
0001;A
0002;B
0003;C
--- file first.csv
indikator;enhet;år;kön;värde
N1;0001;2019;T;0
--- file r.csv
indikator;enhet;år;kön;värde
NBIG;0003;2021;M;1
N1;0002;2020;K;2
NBIG;0001;2020;T;3
N1;0001;2021;T;4
NBIG;0002;2020;K;5
N1;0003;2020;M;6
N1;0003;2021;K;7
--- file q.sh
# the rows of store $1, in the order of the key's texts
sqlite3 "$1" "select i.key, r.grp, r.period, u.code, r.value from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1, 2, 3, 4"
--- run ska import t.db units.csv first.csv > /dev/null && sqlite3 t.db "insert into indicator(id, key) values(4611686018427387904, 'NBIG')" && ska import t.db r.csv && sh q.sh t.db
--- expect exit 0
r.csv: 7 rows: 7 added, 0 changed, 0 unchanged
N1|0|20190|0001|0.0
N1|0|20210|0001|4.0
N1|1|20200|0002|2.0
N1|1|20210|0003|7.0
N1|2|20200|0003|6.0
NBIG|0|20200|0001|3.0
NBIG|1|20200|0002|5.0
NBIG|2|20210|0003|1.0
--- run ska import u.db units.csv first.csv r.csv > /dev/null && sh q.sh u.db > u.txt && sh q.sh t.db | cmp - u.txt && echo same
--- expect exit 0
same
