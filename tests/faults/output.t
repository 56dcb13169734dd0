# Every output is checked (issue 9: `ska check --format junit > /dev/full`
# exited 0 with nothing written; so did repl and import). A write, flush or
# close of standard output that fails gives exit 2 and says why; a closed
# standard output too, when there was something to write. `report -o`
# writes beside its file and renames it into place (tests/faults/full.t),
# keeping the permissions of the file it replaces; a symbolic link or
# /dev/stdout is written where it points.
--- file small.csv
indikator;enhet;år;värde
A;0001;2020;50
--- file plan.ska
plan "p" { organiser "0001"; period 2020 }
indicator A "a" { scale percent }
goal G1 "g" { target A >= 40 % }
--- run ska import s.db small.csv > /dev/full; echo "exit $?"; ska check plan.ska --db s.db --format csv | tail -n 1
--- expect exit 0
exit 2
target,G1,g,,,uppnått,A >= 40 %,,50,40,2020,,,,
ska: cannot write standard output: No space left on device
--- run for f in text json junit csv; do ska check plan.ska --db s.db --format $f > /dev/full; echo "$f: exit $?"; done
--- expect exit 0
text: exit 2
json: exit 2
junit: exit 2
csv: exit 2
ska: cannot write standard output: No space left on device
ska: cannot write standard output: No space left on device
ska: cannot write standard output: No space left on device
ska: cannot write standard output: No space left on device
--- run ska report plan.ska --db s.db --as-of 2020-06-01 > /dev/full; echo "exit $?"; echo A | ska repl plan.ska --db s.db > /dev/full; echo "exit $?"; ska --help > /dev/full; echo "exit $?"
--- expect exit 0
exit 2
exit 2
exit 2
ska: cannot write standard output: No space left on device
ska: cannot write standard output: No space left on device
ska: cannot write standard output: No space left on device
--- run ska check plan.ska --db s.db >&-; echo "exit $?"
--- expect exit 0
exit 2
ska: cannot write standard output: Bad file descriptor
--- run ska check plan.ska --db s.db --format junit > /dev/null; echo "exit $?"
--- expect exit 0
exit 0
--- run ska report plan.ska --db s.db --as-of 2020-06-01 -o r.html && chmod 640 r.html && ln -s r.html link.html && ska report plan.ska --db s.db --as-of 2020-06-01 -o link.html && ls -l r.html link.html | cut -c1-10; ska report plan.ska --db s.db --as-of 2020-06-01 -o /dev/stdout | grep -c '</html>'; ls -A | grep -c tmp
--- expect exit 1
lrwxrwxrwx
-rw-r-----
1
0
