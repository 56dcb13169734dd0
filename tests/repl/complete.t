# Tab completion, shown by `.complete TEXT`: the words Tab offers for the
# last word of TEXT, from the same function readline calls. Dot-commands
# at the start of a line; question words, keywords in both languages,
# functions, groups and the session's names elsewhere (UTF-8 names such as
# meritvärde and frånvaro complete whole); goal ids after status, explain
# and `measures for`; unit codes and names inside quotes; file names
# after .load and .db.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null && mkdir plans && touch plans/a.ska plans/b.ska
--- expect exit 0
--- file q.txt
.complete .
.complete .f
.complete meritv
.complete meritvärde[2018] - meritv
.complete frånv
.complete merit
.complete mål
.complete förk
.complete fl
.complete re
.complete ch
.complete meritvärde[pojk
.complete status 
.complete explain G
.complete measures 
.complete insatser 
.complete measures for 
.complete meritvärde["
.complete meritvärde["Bj
.complete meritvärde[2018, "Gran
.complete behörig[bj
.complete .load plans/
.complete .db pla
.complete .format j
.complete .periods be
.complete let x = ej
.complete zzz
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 0
.complete
.db
.format
.help
.indicators
.load
.periods
.quit
.revisions
.units
.format
meritvärde
meritvärde
frånvaro
frånvaro_utreds
meritvärde
mål
mål_behörig
målvärde
förklara
flaggade
flagged
flickor
regel
regler
rektor
require
resources
resurser
change
pojkar
G1
G2
G3
G1
G2
G3
for
för
G1
G2
G3
0181
0182
Björkskolan
Ekskolan
Granskolan
Lindskolan
Nacka
S1
S2
S3
S4
Södertälje
Björkskolan
Granskolan
björk
plans/a.ska
plans/b.ska
plan.ska
plans
json
behörig
ej_behörig
