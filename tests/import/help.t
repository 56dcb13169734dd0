# ska import --help prints the usage to stdout
--- run ska import --help
--- expect exit 0
usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]
                  [--indicator KEY] [--period P] [--unit CODE]
       ska import --list-sources [--use MODULE]

Loads results (or units) from CSV or Kolada JSON files into the store DB,
creating it if needed. All files go in one transaction: if any row of any
file is wrong, nothing is written and the error is shown. Checks, reports
and REPLs go on reading the store meanwhile; another import into it waits
for this one, 30 s at most ($SKA_BUSY_TIMEOUT seconds if set). A directory
stands for the Kolada JSON files (*.json, *.txt) in it, in name order.

  --format csv|kolada  how to read the files (default: .json, or a file that
                       starts with '{', is Kolada JSON; anything else is CSV)
  --source NAME        read the files with this source description
  --use MODULE         also know the source descriptions of this plan module
  --list-sources       list the source descriptions ska knows, and stop
  --indicator KEY      the indicator of every row, for files without that column
  --period P           the period of every row: 2018, 2018/19, ht2020, vt2021
  --unit CODE          the unit of every row (Kolada's riket.txt is 0000's)
  --help               show this help

CSV: a header row naming columns (indikator;enhet;år;kön;värde;antal, or in
English indicator,unit,period,group,value,count), separated by ';', ',' or tab.
Values: numbers (83,2 or 83.2), or .. (too few pupils), . (no data),
~100 (close to 100 %), empty: stored as missing, never as 0.
A file with columns kod;namn;typ;förälder (code, name, kind, parent) and no
value column loads units.
A published table in wide layout (Skolverket's exports) is read through a
source description (stdlib/skolverket.ska, or one of your own with --use),
recognised by its title lines and header.
