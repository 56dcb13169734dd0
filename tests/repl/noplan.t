# Without a plan the REPL still answers from the store: every indicator
# key that can be a name (not a keyword or reserved word) can be asked for
# by its key, and a unit is chosen in [ ] or by typing a plan header. A
# session without a store says how to open one. --period sets the period
# under review.
--- file results.csv
indikator;enhet;år;kön;värde
meritvärde;0181;2017;totalt;217,9
meritvärde;0181;2018;totalt;221,3
meritvärde;0182;2018;totalt;250,1
latest;0181;2018;totalt;1
mål;0181;2018;totalt;2
2b;0181;2018;totalt;3
--- file units.csv
kod;namn;typ;förälder
0181;Södertälje;kommun;
0182;Nacka;kommun;
--- file q.txt
meritvärde[2018, "0181"]
meritvärde[2018]
meritvärde[kommuner]
.indicators
plan { unit "0181" }
meritvärde
meritvärde[previous]
--- run ska import x.db units.csv results.csv >/dev/null
--- expect exit 0
--- run echo 'meritvärde[2018, "Södertälje"]' | ska repl --db x.db
--- expect exit 0
221,3
--- run ska repl --db x.db < q.txt
--- expect exit 0
221,3
ingen data: enheten saknas i databasen
enhet       kod   meritvärde[kommuner]
Nacka       0182                 250,1
Södertälje  0181                 221,3
name        periods     title
meritvärde  2017, 2018  meritvärde
221,3
217,9
note: the session has no unit of its own: name one, as in x["0181"], or load a plan whose header says `unit "0181"`
--- run echo 'meritvärde' | ska repl
--- expect exit 2
ska: error: no store is open to take values from (start with --db FILE, or type .db FILE)
--- run printf '.units\n.periods\ngoals\n.db x.db\nmeritvärde[2018, "0182"]\n' | ska repl
--- expect exit 2
250,1
ska: error: no store is open (start with --db FILE, or type .db FILE)
ska: error: no store is open (start with --db FILE, or type .db FILE)
ska: error: no store is open to judge the plan against (start with --db FILE, or type .db FILE)
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run printf 'meritvärde\nstatus G1\n' | ska repl plan.ska --db t.db --period 2017
--- expect exit 0
217,9
G1  delvis uppnått  Elevernas meritvärde ska ytterligare förbättras
  ej uppnått  meritvärde > meritvärde[2017]
  uppnått     gap(meritvärde) <= 20 partly <= 30
