# Readers and writers side by side, as WAL promises: readers started during
# a long import read the last commit; an idle `ska repl` and an open read
# transaction do not block an import, and the transaction keeps its
# snapshot; a second writer waits, then fails naming the first.
. "$SKA_PATH"/tests/faults/lib.sh
results 100000 > big.csv
printf 'indikator;enhet;år;värde\nA;0001;2020;50\n' > small.csv
printf 'plan "p" { organiser "0001"; period 2020 }\nindicator A "a" { scale percent }\ngoal G1 "g" { target A >= 40 %% }\n' > plan.ska
ska import s.db small.csv > /dev/null
ska check plan.ska --db s.db > want.out
echo 'A' > q.txt
ska repl plan.ska --db s.db < q.txt > want.repl

ska import s.db big.csv > import.out 2>&1 &
pid=$!
readers=ok
while kill -0 $pid 2>/dev/null; do
  ska check plan.ska --db s.db > got.out 2>&1 && cmp -s got.out want.out || readers="check failed: $(cat got.out)"
  ska repl plan.ska --db s.db < q.txt > got.repl 2>&1 && cmp -s got.repl want.repl || readers="repl failed: $(cat got.repl)"
done
wait $pid && echo "import during reads: ok, $(rows s.db) rows" || cat import.out
echo "readers during the import: $readers"

# an idle repl (its input still open) and a reader in the middle of a
# transaction, then an import
mkfifo repl.in sql.in
ska repl plan.ska --db s.db < repl.in > idle.out 2>&1 &
repl=$!
exec 3> repl.in
sqlite3 s.db < sql.in > sql.out 2>&1 &
shell=$!
exec 4> sql.in
printf '.timeout 20000\nBEGIN; SELECT count(*) FROM result;\n' >&4
until_true grep -qs . sql.out   # -s: the reader may not have made it yet
printf 'indikator;enhet;år;värde\nA;0001;2020;60\nB;0001;2020;1\n' > one.csv
ska import s.db one.csv && echo "import beside an idle repl and an open read: ok"
echo "SELECT count(*) FROM result; COMMIT; SELECT count(*) FROM result;" >&4
exec 4>&-
wait $shell
echo "the reader's transaction saw, before and after the import, then after it ended:"
cat sql.out
echo 'A' >&3
exec 3>&-
wait $repl
echo "the idle repl, asked afterwards:"
cat idle.out

# a second writer: the sqlite3 shell holds the write lock
sqlite3 s.db < sql.in > lock.out 2>&1 &
shell=$!
exec 4> sql.in
printf '.timeout 20000\nBEGIN IMMEDIATE;\nSELECT 1;\n' >&4
until_true grep -qs . lock.out   # -s: the shell opens lock.out only once sql.in has a writer
SKA_BUSY_TIMEOUT=1 ska import s.db one.csv 2>&1
echo "exit $?"
exec 4>&-
wait $shell
ska import s.db one.csv > /dev/null && echo "once the other writer is done: ok"
