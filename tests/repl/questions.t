# Questions about the plan, in English or Swedish: goals (every goal's
# status), status G (a goal and its targets), explain G (every target with
# the values and periods used, and why the goal has its status), measures
# [for G], rules and flagged (the units a rule flags, with their values).
# A question that names no goal, or an unknown one, is an error with a
# caret under the input; the session goes on.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- file q.txt
goals
status G1
explain G1
explain G3
measures for G2
measures
rules
flagged
mål
förklara G2
insatser för G2
regler
flaggade
status
status G1 G2
explain G9
measures of G1
status X
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 2
G1  delvis uppnått  Elevernas meritvärde ska ytterligare förbättras
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
G3  ingen data      Alla skolor ska nå ett meritvärde över 200
3 mål: 0 uppnått, 2 delvis uppnått, 0 ej uppnått, 1 ingen data
G1  delvis uppnått  Elevernas meritvärde ska ytterligare förbättras
  uppnått     meritvärde > meritvärde[2017]
  ej uppnått  gap(meritvärde) <= 20 partly <= 30
  delvis uppnått  G1  Elevernas meritvärde ska ytterligare förbättras
                  ansvarig: Utbildningsdirektör
    uppnått         meritvärde > meritvärde[2017]
                    221,3 > 217,9 gäller
                    meritvärde 2018 totalt, Södertälje: 221,3
                    meritvärde 2017 totalt, Södertälje: 217,9
    ej uppnått      gap(meritvärde) <= 20 partly <= 30
                    30,8 <= 20 gäller inte; delvis: 30,8 <= 30 gäller inte
                    meritvärde 2018 flickor, Södertälje: 237,2
                    meritvärde 2018 pojkar, Södertälje: 206,4
                  insatser: M1, M2
varför: delvis uppnått — 2 målvärden: 1 uppnått, 1 ej uppnått; inte alla målvärden är uppnått, men ett eller flera är uppnått eller delvis uppnått
  ingen data      G3  Alla skolor ska nå ett meritvärde över 200
    ej uppnått      min(meritvärde, skolor) > 200
                    198,2 > 200 gäller inte
                    min(meritvärde) över 4 skolor, 2018, totalt (3 med värde): 198,2
    ingen data      meritvärde["S3"] > 200
                    .. > 200 — för få elever (..)
                    meritvärde 2018 totalt, Granskolan: ..
varför: ingen data — 2 målvärden: 1 ej uppnått, 1 ingen data; statusen beror på målvärdet utan data
M1  Matematiksatsning
  mål               G1, G2
  ansvarig          Rektor
  period            ht2018–vt2019
  kostnad           450 tkr
  resurser          2 förstelärare
  förväntad effekt  meritvärde > 225: ej uppnått
  uppföljning       dialogsamtal, varje termin
M1  Matematiksatsning
  mål               G1, G2
  ansvarig          Rektor
  period            ht2018–vt2019
  kostnad           450 tkr
  resurser          2 förstelärare
  förväntad effekt  meritvärde > 225: ej uppnått
  uppföljning       dialogsamtal, varje termin

M2  Läsfrämjande
  mål               G1
  förväntad effekt  Fler elever läser på fritiden
  uppföljning       enkät, den 2019-06-15, 2019-12-15
frånvaro_utreds  Hög frånvaro ska utredas
  för varje  skola
  när        frånvaro > 10 %
  krav       utredd >= 100 %
  flaggade   1 av 4 skolor, 1 utan data
frånvaro_utreds  Hög frånvaro ska utredas
  enhet       kod  frånvaro  utredd
  Granskolan  S3       12 %    50 %
  Lindskolan  S4          .       –  ingen data
G1  delvis uppnått  Elevernas meritvärde ska ytterligare förbättras
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
G3  ingen data      Alla skolor ska nå ett meritvärde över 200
3 mål: 0 uppnått, 2 delvis uppnått, 0 ej uppnått, 1 ingen data
  delvis uppnått  G2  Fler elever ska bli behöriga till ett nationellt program
    delvis uppnått  behörig >= mål_behörig partly > behörig[2017]
                    85,7 % >= 87 % gäller inte; delvis: 85,7 % > 81,4 % gäller
                    behörig 2018 totalt, Södertälje: 85,7 %
                    behörig 2017 totalt, Södertälje: 81,4 %
                  insatser: M1
varför: delvis uppnått — 1 målvärde: 1 delvis uppnått; inte alla målvärden är uppnått, men ett eller flera är uppnått eller delvis uppnått
M1  Matematiksatsning
  mål               G1, G2
  ansvarig          Rektor
  period            ht2018–vt2019
  kostnad           450 tkr
  resurser          2 förstelärare
  förväntad effekt  meritvärde > 225: ej uppnått
  uppföljning       dialogsamtal, varje termin
frånvaro_utreds  Hög frånvaro ska utredas
  för varje  skola
  när        frånvaro > 10 %
  krav       utredd >= 100 %
  flaggade   1 av 4 skolor, 1 utan data
frånvaro_utreds  Hög frånvaro ska utredas
  enhet       kod  frånvaro  utredd
  Granskolan  S3       12 %    50 %
  Lindskolan  S4          .       –  ingen data
<stdin>:14:1: error: expected `status GOAL`
  status
  ^^^^^^
<stdin>:15:1: error: expected `status GOAL`
  status G1 G2
  ^^^^^^^^^^^^
<stdin>:16:9: error: unknown goal 'G9' (did you mean 'G1'?)
  explain G9
          ^^
<stdin>:17:1: error: expected `measures [for GOAL]`
  measures of G1
  ^^^^^^^^^^^^^^
<stdin>:18:8: error: unknown goal 'X' (`goals` lists them)
  status X
         ^
--- run echo goals | ska repl plan.ska
--- expect exit 2
ska: error: no store is open to judge the plan against (start with --db FILE, or type .db FILE)
