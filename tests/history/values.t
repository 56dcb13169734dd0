# The values that decided a recorded judgement come back as they were
# packed (include/store_history.h): a value, and an interval (~100, read as
# 60–100) with both bounds; a value read again after an import revised it.
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2017;totalt;215
N15505;0181;Södertälje;2018;totalt;221,3
N15505;0181;Södertälje;2019;totalt;219
N15436;0181;Södertälje;2019;totalt;~100
--- file b.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2019;totalt;224
N15436;0181;Södertälje;2019;totalt;96
--- file plan.ska
plan "Plan 2019" { organiser "Södertälje kommun"; period 2019 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
indicator behörighet "Behörighet" { scale percent; higher is better; source "kolada:N15436" }
goal G1 "Stigande meritvärde" { target trend(meritvärde, 2017..2019) > 0; target behörighet >= 90 }
--- run ska import t.db a.csv >/dev/null && ska check plan.ska --db t.db --record=Första >/dev/null; ska import t.db b.csv >/dev/null && ska check plan.ska --db t.db --since Första --format json | grep -o '"previous":{[^}]*}'
--- expect exit 0
"previous":{"value":219,"missing":null}
"previous":{"value":80,"low":60,"high":100,"missing":null}
ska check: recorded as judgement #1 "Första"
