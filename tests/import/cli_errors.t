# bad command lines: the message, the usage line, exit 2, and no store created
--- file data.csv
indikator;enhet;år;värde
N1;0181;2020;1
--- run ska import
--- expect exit 2
ska import: missing DB (the store to import into) and FILE
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db
--- expect exit 2
ska import: missing FILE (the files to import)
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --frobnicate
--- expect exit 2
ska import: unknown option --frobnicate
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --format xml
--- expect exit 2
ska import: --format must be csv or kolada, not "xml"
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --period 21
--- expect exit 2
ska import: --period "21" is not a period (expected a year 2018, a school year 2018/19, or a term ht2020, vt2021)
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --unit a --unit b
--- expect exit 2
ska import: --unit is given twice
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --indicator
--- expect exit 2
ska import: --indicator needs a value
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv --indicator=
--- expect exit 2
ska import: --indicator needs a non-empty value
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]
--- run ska import t.db data.csv missing.csv
--- expect exit 2
ska import: cannot read missing.csv: No such file or directory
--- run mkdir dir && ska import t.db dir
--- expect exit 2
ska import: dir holds no Kolada JSON file (*.json, *.txt) to import
--- run ls
--- expect exit 0
data.csv
dir
