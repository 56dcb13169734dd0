# A full filesystem (small tmpfs mounts): an import fails with a message and
# leaves the store as it was, or no store and no temporary file when it was
# creating one; a report is written aside and renamed, so the one written
# before is kept whole; standard output on a full disk fails the run.
. "$SKA_PATH"/tests/faults/lib.sh
need_mounts "a small tmpfs to fill"
results 60000 > big.csv
printf 'indikator;enhet;år;värde\nA;0001;2020;50\n' > small.csv
printf 'plan "p" { organiser "0001"; period 2020 }\nindicator A "a" { scale percent }\ngoal G1 "g" { target A >= 40 %% }\n' > plan.ska
mkdir d o
mount -t tmpfs -o size=1m tmpfs d
mount -t tmpfs -o size=1m tmpfs o
ska import d/s.db small.csv > /dev/null
# room for the store to be read, not for 60 000 more rows
dd if=/dev/zero of=d/filler bs=64k count=8 2> /dev/null
ska import d/s.db big.csv 2>&1
echo "exit $?, store $(intact d/s.db) with $(rows d/s.db) rows"
ska import d/new.db big.csv 2>&1
echo "exit $?"
ls -A d
# no room at all: not even for SQLite's index of its log (-shm)
rm -f d/s.db-wal d/s.db-shm
dd if=/dev/zero of=d/filler2 bs=4k 2> /dev/null
ska import d/s.db small.csv 2>&1
echo "exit $?"
rm d/filler d/filler2
echo "with room again: store $(intact d/s.db) with $(rows d/s.db) rows"

ska report plan.ska --db d/s.db --as-of 2020-06-01 -o o/r.html
cp o/r.html before.html
ska report plan.ska --db d/s.db --as-of 2020-06-01 -o o/r.md && cp o/r.md before.md
dd if=/dev/zero of=o/filler bs=4k 2> /dev/null
ska report plan.ska --db d/s.db --as-of 2020-06-01 --only G1 -o o/r.html 2>&1
echo "exit $?"
cmp before.html o/r.html && echo "the earlier report is whole"
ska report plan.ska --db d/s.db --as-of 2020-06-01 -o o/r.md 2>&1
echo "exit $?"
cmp before.md o/r.md && echo "the earlier Markdown report is whole"
ska check plan.ska --db d/s.db --format json 2>&1 > o/out.json
echo "exit $?"
ls -A o
umount d o
