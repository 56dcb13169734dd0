# Every mistake in calling `ska report` gets a clear message and exit
# status 2; nothing is written when the plan or the store is wrong.
--- file plan.ska
plan "P" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Meritvärdet ökar" { target merit > 200 }
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file bad.ska
goal G1 "Utan slut" {
  target merit >
--- run ska import t.db units.csv >/dev/null
--- expect exit 0
--- run ska report
--- expect exit 2
ska report: expected one plan file
(see `ska report --help`)
--- run ska report plan.ska bad.ska --db t.db
--- expect exit 2
ska report: expected only one plan file
(see `ska report --help`)
--- run ska report plan.ska
--- expect exit 2
ska report: no store given (use --db DB or set SKA_DB)
(see `ska report --help`)
--- run SKA_DB=t.db ska report plan.ska --format md | head -1
--- expect exit 0
# P
--- run ska report plan.ska --db t.db --format pdf
--- expect exit 2
ska report: --format 'pdf' is not a report format (expected html or md)
(see `ska report --help`)
--- run ska report plan.ska --db t.db --format
--- expect exit 2
ska report: option '--format' needs a value
(see `ska report --help`)
--- run ska report plan.ska --db t.db -o
--- expect exit 2
ska report: option '-o' needs a value
(see `ska report --help`)
--- run ska report plan.ska --db t.db --period 2018x
--- expect exit 2
ska report: --period '2018x' is not a period (expected 2019, 2018/19, ht2020 or vt2021)
(see `ska report --help`)
--- run ska report plan.ska --db t.db --as-of 2019-02-30
--- expect exit 2
ska report: --as-of '2019-02-30' is not a date (expected YYYY-MM-DD)
(see `ska report --help`)
--- run ska report plan.ska --db t.db --colour
--- expect exit 2
ska report: unknown option '--colour'
(see `ska report --help`)
--- run ska report bad.ska --db t.db -o r.html; ls r.html
--- expect exit 2
bad.ska:2:17: error: unexpected end of input, expected number, string, name, period, 'not', '-' or '('
    target merit >
                  ^
ls: cannot access 'r.html': No such file or directory
--- run ska report plan.ska --db nosuch.db -o r.html; ls r.html
--- expect exit 2
ska report: nosuch.db: cannot open the store (does it exist? `ska import` creates it)
ls: cannot access 'r.html': No such file or directory
--- run ska report plan.ska --db t.db -o nodir/r.html
--- expect exit 2
ska report: cannot write nodir/r.html: No such file or directory
--- run ska report plan.ska --db t.db -o nodir/r.md
--- expect exit 2
ska report: cannot write nodir/r.md: No such file or directory
--- run ska check plan.ska --db t.db --format xml
--- expect exit 2
ska check: --format 'xml' is not a format (expected text, json, junit, csv or csv-sv)
(see `ska check --help`)
