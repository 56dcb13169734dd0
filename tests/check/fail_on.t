# The exit code is 0 when every judged goal is achieved and 1 otherwise;
# --fail-on narrows which statuses fail the run (delvis/partly, ej/failed,
# ingen-data/nodata, comma-separated), `none` never fails on a status.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
--- file plan.ska
plan "Exit codes" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Saknas" { scale points }
goal Uppnått { target merit > 200 }
goal Delvis { target merit > 230 partly > 210 }
goal Ej { target merit > 230 }
goal Ingen { target saknas > 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --only Uppnått >/dev/null; echo $?
--- expect exit 0
0
--- run ska check plan.ska --db t.db --only Uppnått,Delvis >/dev/null; echo $?
--- expect exit 0
1
--- run ska check plan.ska --db t.db --only Uppnått,Delvis --fail-on ej,ingen-data >/dev/null; echo $?
--- expect exit 0
0
--- run ska check plan.ska --db t.db --only Uppnått,Ej --fail-on delvis,nodata >/dev/null; echo $?
--- expect exit 0
0
--- run ska check plan.ska --db t.db --only Ej --fail-on failed >/dev/null; echo $?
--- expect exit 0
1
--- run ska check plan.ska --db t.db --only Ingen --fail-on partly,ej-uppnått >/dev/null; echo $?
--- expect exit 0
0
--- run ska check plan.ska --db t.db --only Ingen --fail-on ingen-data >/dev/null; echo $?
--- expect exit 0
1
--- run ska check plan.ska --db t.db --fail-on none >/dev/null; echo $?
--- expect exit 0
0
--- run ska check plan.ska --db t.db --fail-on delvis,maybe
--- expect exit 2
ska check: --fail-on 'delvis,maybe': expected a list of delvis, ej, ingen-data, warnings, or none
(see `ska check --help`)
