# Dot-commands, recognised before anything is parsed: .help (made from the
# tables of questions and commands), .indicators, .units, .periods [NAME],
# .format text|json (answers as one line of JSON each; plan questions as
# the `ska check --format json` document), .load FILE and .db FILE (a
# failed one leaves the session as it was), .quit (nothing after it is
# read). An unknown command or a missing argument is an error with a caret.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null && ska import empty.db units.csv >/dev/null
--- expect exit 0
--- file q.txt
.help
.indicators
.units
.periods
.periods behörig
.periods nix
.format
.format json
meritvärde
meritvärde[2017..2018]
meritvärde[skolor]
behörig[skolor] < 85 %
meritvärde > 300
meritvärde[2030]
status G2
.format text
.format xml
.formt text
.foo
.load
.load nosuch.ska
.load more.ska
status G4
.db nosuch.db
.db empty.db
meritvärde
.db t.db
meritvärde
.quit
meritvärde
--- file more.ska
goal G4 "Meritvärdet ska nå 230" { target meritvärde >= 230 partly >= 220 }
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 2
Type an expression to see its value for the plan's organiser:
  meritvärde[2018]   meritvärde[pojkar, 2014..2018]   meritvärde[skolor] >= meritvärde
a definition to add it to the session (one of the same name is replaced):
  let mål_meritvärde = meritvärde[previous]     goal G9 "…" { target meritvärde >= mål_meritvärde }
or a question about the plan, or a command:
  goals                every goal and its status
  status GOAL          a goal's status and each of its targets'
  explain GOAL         every target of a goal: the values and periods used, and why
  measures [for GOAL]  the measures (for one goal): owner, period, cost, expected effect, follow-up
  rules                every rule: what it requires, how many units it flags
  flagged              the units the rules flag, with their values
  .help                show this help
  .load FILE           add the plan (or module) FILE to the session
  .db FILE             take values from the results store FILE
  .indicators          every indicator: name, periods with data, title
  .units               the units in the store: code, name, name in the plan
  .periods [NAME]      the periods with data (for indicator NAME)
  .revisions NAME      stored values of indicator NAME that imports revised
  .format text|json    how answers print (no argument: show it)
  .complete TEXT       list what Tab offers at the end of TEXT
  .quit                leave (Ctrl-D does too)
The questions in Swedish: mål, status, förklara, insatser, regler, flaggade (insatser för G1).
A definition continues over several lines while a brace is open. Tab completes
names, keywords and commands; Ctrl-C cancels the line; Ctrl-D leaves.
name        periods            title
meritvärde  2013..2018         Meritvärde åk 9 (17 ämnen)
behörig     2017, 2018         Behöriga till yrkesprogram
ej_behörig  = 100 % - behörig  Ej behöriga
frånvaro    2018               Elever med mer än 20 % frånvaro
utredd      2018               Utredd frånvaro
code  name         in the plan
0182  Nacka
0181  Södertälje
S1    Björkskolan  björk
S2    Ekskolan
S3    Granskolan
S4    Lindskolan
2013..2018
2017, 2018
text
{"type":"number","indicator":"meritvärde","result":{"value":221.3,"missing":null}}
{"type":"series","indicator":"meritvärde","rows":[{"period":"2017","totalt":{"value":217.9,"missing":null},"flickor":{"value":227.1,"missing":null},"pojkar":{"value":208.2,"missing":null}},{"period":"2018","totalt":{"value":221.3,"missing":null},"flickor":{"value":237.2,"missing":null},"pojkar":{"value":206.4,"missing":null}}]}
{"type":"units","indicator":"meritvärde","rows":[{"unit":"S1","name":"Björkskolan","result":{"value":231.5,"missing":null}},{"unit":"S4","name":"Lindskolan","result":{"value":224,"missing":null}},{"unit":"S2","name":"Ekskolan","result":{"value":198.2,"missing":null}},{"unit":"S3","name":"Granskolan","result":{"value":null,"missing":"too few pupils (..)"}}]}
{"type":"units","indicator":"behörig","rows":[{"unit":"S4","name":"Lindskolan","holds":true,"missing":null,"value":{"value":84.9,"missing":null}},{"unit":"S2","name":"Ekskolan","holds":true,"missing":null,"value":{"value":72.5,"missing":null}},{"unit":"S1","name":"Björkskolan","holds":false,"missing":null,"value":{"value":91.2,"missing":null}},{"unit":"S3","name":"Granskolan","holds":null,"missing":"~100 does not settle it","value":{"value":80,"low":60,"high":100,"missing":null}}]}
{"type":"condition","holds":false,"missing":null,"left":{"value":221.3,"missing":null},"right":{"value":300,"missing":null}}
{"type":"number","indicator":"meritvärde","result":{"value":null,"missing":"no value stored"}}
{"plan":{"title":"Plan för systematiskt kvalitetsarbete 2018/19","organiser":"Södertälje kommun","unit":"Södertälje","period":"2018"},"summary":{"goals":1,"uppnått":0,"delvis":1,"ej_uppnått":0,"ingen_data":0},"goals":[{"id":"G2","title":"Fler elever ska bli behöriga till ett nationellt program","area":"Målbild","owner":null,"level":null,"status":"delvis","assessed":null,"assessed_note":null,"targets":[{"target":"behörig >= mål_behörig","partly":"behörig > behörig[2017]","label":null,"status":"delvis","left":{"value":85.7,"missing":null},"right":{"value":87,"missing":null},"missing":null,"near100_decided":false,"evidence":[{"kind":"value","indicator":"behörig","unit":"0181","unit_name":"Södertälje","period":"2018","group":"totalt","published_as":null,"result":{"value":85.7,"missing":null}},{"kind":"value","indicator":"behörig","unit":"0181","unit_name":"Södertälje","period":"2017","group":"totalt","published_as":null,"result":{"value":81.4,"missing":null}}]}]}],"rules":[],"measures":[{"id":"M1","title":"Matematiksatsning","area":null,"goals":["G1","G2"],"owner":"Rektor","from":"ht2018","to":"vt2019","cost_tkr":450,"resources":"2 förstelärare","expect":null,"expect_judged":{"target":"meritvärde > 225","partly":null,"label":null,"status":"ej_uppnått","left":{"value":221.3,"missing":null},"right":{"value":225,"missing":null},"missing":null,"near100_decided":false,"evidence":[{"kind":"value","indicator":"meritvärde","unit":"0181","unit_name":"Södertälje","period":"2018","group":"totalt","published_as":null,"result":{"value":221.3,"missing":null}}]}},{"id":"M2","title":"Läsfrämjande","area":null,"goals":["G1"],"owner":null,"from":null,"to":null,"cost_tkr":null,"resources":null,"expect":"Fler elever läser på fritiden","expect_judged":null}],"followups_due":[]}
G4  delvis uppnått  Meritvärdet ska nå 230
  delvis uppnått  meritvärde >= 230 partly >= 220
ingen data: indikatorn saknas i databasen
221,3
<stdin>:6:10: error: unknown indicator 'nix' (.indicators lists them)
  .periods nix
           ^^^
<stdin>:17:9: error: unknown format (expected text or json)
  .format xml
          ^^^
<stdin>:18:1: error: unknown command '.formt' (did you mean '.format'?)
  .formt text
  ^^^^^^
<stdin>:19:1: error: unknown command '.foo' (.help lists the commands)
  .foo
  ^^^^
<stdin>:20:1: error: expected `.load FILE`
  .load
  ^^^^^
ska: error: cannot read nosuch.ska: No such file or directory
ska: error: nosuch.db: cannot open the store (does it exist? `ska import` creates it)
