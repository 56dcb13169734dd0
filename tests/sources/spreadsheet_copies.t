# What a spreadsheet does to a published Skolverket file, made from the
# file at run time: saved with ',' (fields with commas quoted) or tab as
# separator, it still reads; with its title lines removed it reads with
# --period standing in for "Valt läsår"; with the blank lines removed, the
# notes below the table are refused as such; with the upper of two header
# rows removed, the message says so.
--- run cp "$SKA_PATH"/../shared/data/skolverket/behorighet_grundskola_2024_25.csv orig.csv && /usr/bin/python3 -c 'import csv; w = csv.writer(open("comma.csv", "w", encoding="utf-8-sig", newline="")); [w.writerow(r) for r in csv.reader(open("orig.csv", encoding="utf-8-sig"), delimiter=";")]' && ska import c.db comma.csv
--- expect exit 0
comma.csv: read as source behörighet: 2139 rows, 10695 values: 10695 added, 0 changed, 0 unchanged
comma.csv: 290 units added: 1440, 1489, 0764, 0604, 1984, 2506, 2505, 1784, 1882, 2084, …
--- run tr ';' '\t' < orig.csv > tab.csv && ska import t.db tab.csv
--- expect exit 0
tab.csv: read as source behörighet: 2139 rows, 10695 values: 10695 added, 0 changed, 0 unchanged
tab.csv: 290 units added: 1440, 1489, 0764, 0604, 1984, 2506, 2505, 1784, 1882, 2084, …
--- run sed '1,9d' orig.csv > notitle.csv && ska import n.db notitle.csv; ska import n.db notitle.csv --period 2024/25
--- expect exit 0
notitle.csv: read as source behörighet: 2139 rows, 10695 values: 10695 added, 0 changed, 0 unchanged
notitle.csv: 290 units added: 1440, 1489, 0764, 0604, 1984, 2506, 2505, 1784, 1882, 2084, …
notitle.csv: error: no title line "Valt läsår: …" above the header on line 1 and no column "Valt läsår", where source behörighet reads the period (give it with --period if the title lines were removed)
--- run sqlite3 n.db "select value, n from result r join indicator i on i.id = r.ind join unit u on u.id = r.unit where i.key = 'N15436_alla' and u.code = '0181' and r.grp = 1 and r.period = 20250"
--- expect exit 0
87.4|603
--- run grep -v '^[[:space:]]*$' orig.csv > noblank.csv && ska import b.db noblank.csv; test -e b.db || echo "no store"
--- expect exit 0
no store
noblank.csv:2147:1: error: this line has no unit code and no values: the notes below the table? Put a blank line above them, or delete them
  Rapportbeskrivning och definitioner etc. 
  ^
--- run sed '9d' "$SKA_PATH"/../shared/data/skolverket/personalstatistik_grundskola_2024.csv > noupper.csv && ska import u.db noupper.csv 2>&1 | cut -c1-120; test -e u.db || echo "no store"
--- expect exit 0
noupper.csv:9:1: error: source personal reads two header rows, and the line above this one is not the upper row (such as
  Kommun;Kommun-kod;Län;Läns-kod;Typ av huvudman;Totalt antal;Antal med lärarlegitimation och behörighet;Andel med l
  ^
no store
