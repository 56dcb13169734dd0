# A REPL reads each command in one read transaction and sees on its next
# command what an import committed meanwhile: values it read before (a
# point and a scan over the schools, which the session caches) are read
# again, not answered from the cache. The import runs while the REPL waits
# for its next line (a fifo); the wait for the first answers is bounded.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- file newer.csv
indikator;enhet;år;kön;värde
N15505;0181;2018;totalt;230
N15505;S3;2018;totalt;240
--- run mkfifo in && { ska repl plan.ska --db t.db < in > out 2>&1 & exec 3> in; printf 'meritvärde\nmeritvärde[skolor]\n' >&3; i=0; while [ "$(grep -c . out)" -lt 6 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; ska import t.db newer.csv; printf 'meritvärde\nmeritvärde[skolor]\n' >&3; exec 3>&-; wait; cat out; }
--- expect exit 0
newer.csv: 2 rows: 0 added, 2 changed, 0 unchanged
221,3
enhet        kod  meritvärde[skolor]
Björkskolan  S1                231,5
Lindskolan   S4                  224
Ekskolan     S2                198,2
Granskolan   S3                   ..  för få elever (..)
230
enhet        kod  meritvärde[skolor]
Granskolan   S3                  240
Björkskolan  S1                231,5
Lindskolan   S4                  224
Ekskolan     S2                198,2
