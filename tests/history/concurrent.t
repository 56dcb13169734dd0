# Recording while a REPL has the store open, and importing while a REPL
# reads: each process sees the last commit; the REPL's next question sees
# the revision the import made.
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
--- file session.sh
mkfifo in
ska repl plan.ska --db t.db < in > repl.out 2>&1 &
exec 3> in
echo '.revisions meritvärde' >&3
sleep 0.5
ska check plan.ska --db t.db --record=Först > /dev/null
ska import t.db b.csv
echo '.revisions meritvärde' >&3
echo 'meritvärde' >&3
exec 3>&-
wait
cat repl.out
--- run ska import t.db a.csv > /dev/null && SOURCE_DATE_EPOCH=1540000000 sh session.sh
--- expect exit 0
b.csv: 1 row: 0 added, 1 changed, 0 unchanged
no revisions: no import has changed a stored value of meritvärde
2018 totalt 0181 Södertälje: 221,3 → 222 (import 2, 2018-10-20T01:46:40Z)
222
ska check: recorded as judgement #1 "Först"
