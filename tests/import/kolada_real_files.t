# smoke test on the real KommunAnalys files (Källa: Kolada): all 51 428 values of
# MasterData.txt, 5 174 of them null, and riket.txt; importing again changes nothing
--- run cp "$SKA_PATH/tests/import/data/MasterData.txt" "$SKA_PATH/tests/import/data/riket.txt" "$SKA_PATH/examples/data/kommuner.csv" .
--- expect exit 0
--- run ska import t.db kommuner.csv MasterData.txt
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
MasterData.txt: 51428 rows: 51428 added, 0 changed, 0 unchanged
--- run ska import t.db --unit 0000 riket.txt
--- expect exit 0
riket.txt: 197 rows: 197 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select count(*), sum(status=4), sum(value is null), count(distinct unit), count(distinct ind) from result"
--- expect exit 0
51625|5209|5209|291|18
--- run sqlite3 t.db "select r.value from result r join unit u on u.id=r.unit join indicator i on i.id=r.ind where u.name='Ale' and i.key='N15505' and r.period=20200 and r.grp=0"
--- expect exit 0
227.2
--- run ska import t.db MasterData.txt
--- expect exit 0
MasterData.txt: 51428 rows: 0 added, 0 changed, 51428 unchanged
