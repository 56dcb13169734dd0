# A store of schema version 2 (no history) is read as it is (nothing
# recorded, no revisions) and brought to the current version (4) by its next
# writer: an import or a recorded judgement. Every value stays. (A version
# 3 store: packed.t.)
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2018;totalt;221,3
--- file b.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2018;totalt;222
--- file plan.ska
plan "Plan 2018" { organiser "Södertälje kommun"; period 2018 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
goal G1 "Högt meritvärde" { target meritvärde >= 200 }
--- run ska import t.db a.csv >/dev/null && sqlite3 t.db "drop table revision; drop table judgement_run; pragma user_version=2"
--- expect exit 0
--- run ska history --db t.db && ska check plan.ska --db t.db | tail -n 1 && sqlite3 t.db "pragma user_version"
--- expect exit 0
no judgement is recorded in t.db (`ska check PLAN --record` records one)
1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
2
--- run ska check plan.ska --db t.db --since latest
--- expect exit 2
ska check: t.db: no judgement is recorded in it (`ska check PLAN --record` records one)
--- run ska import t.db b.csv && sqlite3 t.db "pragma user_version; select value, status from revision; select value from result"
--- expect exit 0
b.csv: 1 row: 0 added, 1 changed, 0 unchanged
4
221.3|0
222.0
--- run ska import t.db a.csv >/dev/null && sqlite3 t.db "drop table revision; drop table judgement_run; pragma user_version=2" && ska check plan.ska --db t.db --record=Första >/dev/null && sqlite3 t.db "select id, label from judgement_run; pragma user_version"
--- expect exit 0
1|Första
4
ska check: recorded as judgement #1 "Första"
