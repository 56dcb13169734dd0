# Files that are not there or not right: a missing plan, a missing store
# (ska check never creates one), a file that is no store, a store that does
# not hold the plan's unit (by its code, or by the organiser's name with or
# without " kommun", " stad" and the genitive -s; closest names suggested).
--- file units.csv
code;name;kind;parent
0180;Stockholm;kommun;
--- file plan.ska
plan "P" { organiser "Södertälje kommun"; period 2018 }
--- file bycode.ska
plan "P" {
  organiser "Södertälje kommun"
  unit "0181"
}
--- file stockholm.ska
plan "P" { organiser "Stokholms stad" }
--- file genitive.ska
plan "P" { organiser "Stockholms stad" }
--- file byname.ska
plan "P" { organiser "Stockholm kommun" }
--- run ska check missing.ska --db t.db
--- expect exit 2
ska: error: cannot read missing.ska: No such file or directory
--- run ska check plan.ska --db missing.db; ls missing.db
--- expect exit 2
ska check: missing.db: cannot open the store (does it exist? `ska import` creates it)
ls: cannot access 'missing.db': No such file or directory
--- run echo "not SQLite" > text.db; ska check plan.ska --db text.db
--- expect exit 2
ska check: text.db: not a ska store (not an SQLite database)
--- run ska import t.db units.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 2
plan.ska:1:12: error: the organiser "Södertälje kommun" is not a unit in the store t.db (import the units first, or give the unit's code with `unit "0181"` in the plan header)
  plan "P" { organiser "Södertälje kommun"; period 2018 }
             ^^^^^^^^^
--- run ska check bycode.ska --db t.db
--- expect exit 2
bycode.ska:3:3: error: the plan's unit "0181" is not in the store t.db (import the units first)
    unit "0181"
    ^^^^
--- run ska check stockholm.ska --db t.db
--- expect exit 2
stockholm.ska:1:12: error: the organiser "Stokholms stad" is not a unit in the store t.db (closest: "Stockholm"; import the units first, or give the unit's code with `unit "0181"` in the plan header)
  plan "P" { organiser "Stokholms stad" }
             ^^^^^^^^^
--- run ska check genitive.ska --db t.db
--- expect exit 0
P
Stockholms stad

0 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check byname.ska --db t.db
--- expect exit 0
P
Stockholm kommun

0 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
