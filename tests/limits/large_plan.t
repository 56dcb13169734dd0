# Messages show lines from the start and the very end of a large plan
# (the scanner reads the text a buffer at a time), and of a plan of
# exactly one page (4096 bytes), whose text has no byte after it in the
# file. A plan truncated while a REPL session has it open does not take
# the session down: ska keeps its own copy of the text (a mapping of the
# file died of SIGBUS when a message read a line again).
--- file gen.sh
# gen.sh BYTES: a plan of exactly BYTES bytes: a goal with an unknown level,
# comment lines, and one more at the very end (no newline)
LC_ALL=C awk -v n="$1" 'BEGIN {
  head = "goal G1 { level okänd }\n"; tail = "goal G2 { level fel }"
  printf "%s", head
  left = n - length(head) - length(tail)
  for (; left > 40; left -= 40) printf "# %37s\n", "kommentar"
  printf "#%" (left - 2) "s\n%s", "", tail
}'
--- run sh gen.sh 4096 > page.ska && sh gen.sh 3000000 > large.ska && wc -c < page.ska && wc -c < large.ska
--- expect exit 0
4096
3000000
--- run ska check --syntax-only page.ska
--- expect exit 2
page.ska:1:11: error: unknown level 'okänd' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G1 { level okänd }
            ^^^^^^^^^^^
page.ska:104:11: error: unknown level 'fel' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G2 { level fel }
            ^^^^^^^^^
--- run ska check --syntax-only large.ska
--- expect exit 2
large.ska:1:11: error: unknown level 'okänd' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G1 { level okänd }
            ^^^^^^^^^^^
large.ska:75001:11: error: unknown level 'fel' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G2 { level fel }
            ^^^^^^^^^
--- file a.csv
indikator;enhet;år;värde
A;0001;2020;50
--- file plan.ska
plan "p" { organiser "0001"; period 2020 }
indicator A "a" { scale percent }
goal G1 "g" { target A >= 40 % }
--- file truncate.sh
# a REPL session reads the plan; the plan is emptied (as an editor saving
# in place does); the session then shows the goal's target text
mkfifo in
ska repl plan.ska --db s.db < in > out 2>&1 &
repl=$!
exec 3> in
echo 'A' >&3
i=0
until grep -qs % out || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done
: > plan.ska
echo 'explain G1' >&3
exec 3>&-
wait $repl
echo "exit $?"
cat out
--- run ska import s.db a.csv > /dev/null && sh truncate.sh
--- expect exit 0
exit 0
50 %
  uppnått         G1  g
    uppnått         A >= 40 %
                    50 % >= 40 % gäller
                    A 2020 totalt, 0001: 50 %
varför: uppnått — 1 målvärde: 1 uppnått; alla målvärden är uppnått
