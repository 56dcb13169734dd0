# Read-only stores: in a read-only directory (a read-only bind mount) a
# store is read, though SQLite cannot create its -shm there; a new store
# cannot be made there; a read-only store file is read but not imported
# into (nor is a judgement recorded in it), and each refusal says why.
. "$SKA_PATH"/tests/faults/lib.sh
need_mounts "read-only bind mounts (permission bits do not stop root)"
printf 'indikator;enhet;år;värde\nA;0001;2020;50\n' > small.csv
printf 'plan "p" { organiser "0001"; period 2020 }\nindicator A "a" { scale percent }\ngoal G1 "g" { target A >= 40 %% }\n' > plan.ska
echo 'A' > q.txt
mkdir d
ska import d/s.db small.csv > /dev/null
mount --bind -o ro d d
ska check plan.ska --db d/s.db --format csv 2>&1 | tail -n 1
ska repl plan.ska --db d/s.db < q.txt 2>&1
ska import d/s.db small.csv 2>&1
echo "exit $?"
ska import d/new.db small.csv 2>&1
echo "exit $?"
ls -A d
umount d

# a read-only file in a directory that can be written
mount --bind -o ro d/s.db d/s.db
ska check plan.ska --db d/s.db --format csv 2>&1 | tail -n 1
ska import d/s.db small.csv 2>&1
echo "exit $?"
ska check plan.ska --db d/s.db --record 2>&1 > /dev/null
echo "exit $?"
umount d/s.db
ska import d/s.db small.csv
