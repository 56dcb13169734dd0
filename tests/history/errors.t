# Asking for a recorded judgement that is not there is an error naming the
# store and how to list what is (exit 2); so is a bad --since value (a
# store --record cannot write: tests/faults/readonly.sh). A judgement
# of one plan is not "latest" for a plan of another title.
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2018;totalt;221,3
--- file plan.ska
plan "Plan 2018" { organiser "Södertälje kommun"; period 2018 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
goal G1 "Högt meritvärde" { target meritvärde >= 200 }
--- file other.ska
plan "En annan plan" { organiser "Södertälje kommun"; period 2018 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
goal G1 "Högt meritvärde" { target meritvärde >= 200 }
--- run ska import t.db a.csv >/dev/null && ska check plan.ska --db t.db --since latest
--- expect exit 2
ska check: t.db: no judgement is recorded in it (`ska check PLAN --record` records one)
--- run ska history --db t.db
--- expect exit 0
no judgement is recorded in t.db (`ska check PLAN --record` records one)
--- run SOURCE_DATE_EPOCH=1529971200 ska check plan.ska --db t.db --record >/dev/null
--- expect exit 0
ska check: recorded as judgement #1 "2018 2018-06-26"
--- run ska check other.ska --db t.db --since latest
--- expect exit 2
ska check: t.db: no judgement of the plan "En annan plan" is recorded (`ska history --db t.db` lists those that are)
--- run ska check plan.ska --db t.db --since "Uppföljning vt2019"
--- expect exit 2
ska check: t.db: no judgement labelled "Uppföljning vt2019" is recorded (`ska history --db t.db` lists the labels)
--- run ska report plan.ska --db t.db --since '#7'
--- expect exit 2
ska report: t.db: no recorded judgement number 7 (`ska history --db t.db` lists them)
--- run ska check plan.ska --db t.db --since
--- expect exit 2
ska check: option '--since' needs a value
(see `ska check --help`)
--- run ska check other.ska --db t.db --since '#1' | head -n 4
--- expect exit 0
En annan plan
Södertälje kommun, period 2018

Förändringar sedan "2018 2018-06-26" (#1, 2018-06-26)
--- run ska history --db nowhere.db
--- expect exit 2
ska history: nowhere.db: cannot open the store (does it exist? `ska import` creates it)
--- run ska history --db t.db extra
--- expect exit 2
ska history: unexpected argument 'extra'
(see `ska history --help`)
