# A goal, measure, rule or let typed at the prompt with the name of one
# the session has takes its place (in the plan's order), with a note
# saying where the one it replaces was; typed again, it replaces the one
# typed before. Notes come only for the input being answered, not again
# each time the session is rebuilt. A replacement with an error leaves
# the session as it was.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- file q.txt
goals
goal G1 "Meritvärdet över 300" { target meritvärde > 300 }
goals
goal G1 "Meritvärdet över 200" { target meritvärde > 200 }
status G1
measure M2 "Läslyftet" { goals G2 }
measures for G2
rule frånvaro_utreds "Mycket hög frånvaro ska utredas" { for each school; when frånvaro > 30 %; require utredd >= 100 % }
rules
goal G2 "Fel" { target nosuch > 1 }
status G2
let mål_behörig = 50 %
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 2
G1  delvis uppnått  Elevernas meritvärde ska ytterligare förbättras
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
G3  ingen data      Alla skolor ska nå ett meritvärde över 200
3 mål: 0 uppnått, 2 delvis uppnått, 0 ej uppnått, 1 ingen data
G1  ej uppnått      Meritvärdet över 300
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
G3  ingen data      Alla skolor ska nå ett meritvärde över 200
3 mål: 0 uppnått, 1 delvis uppnått, 1 ej uppnått, 1 ingen data
G1  uppnått  Meritvärdet över 200
  uppnått  meritvärde > 200
M1  Matematiksatsning
  mål               G1, G2
  ansvarig          Rektor
  period            ht2018–vt2019
  kostnad           450 tkr
  resurser          2 förstelärare
  förväntad effekt  meritvärde > 225: ej uppnått
  uppföljning       dialogsamtal, varje termin

M2  Läslyftet
  mål  G2
frånvaro_utreds  Mycket hög frånvaro ska utredas
  för varje  skola
  när        frånvaro > 30 %
  krav       utredd >= 100 %
  flaggade   0 av 4 skolor, 1 utan data
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
  delvis uppnått  behörig >= mål_behörig partly > behörig[2017]
<stdin>:2:6: note: goal G1 replaces the one at plan.ska:29:8
  goal G1 "Meritvärdet över 300" { target meritvärde > 300 }
       ^^
<stdin>:4:6: note: goal G1 replaces the one at <stdin>:2:6
  goal G1 "Meritvärdet över 200" { target meritvärde > 200 }
       ^^
<stdin>:6:9: note: measure M2 replaces the one at plan.ska:52:9
  measure M2 "Läslyftet" { goals G2 }
          ^^
<stdin>:8:6: note: rule frånvaro_utreds replaces the one at plan.ska:58:6
  rule frånvaro_utreds "Mycket hög frånvaro ska utredas" { for each school; when frånvaro > 30 %; require utredd >= 100 % }
       ^^^^^^^^^^^^^^^
<stdin>:10:24: error: unknown name 'nosuch'
  goal G2 "Fel" { target nosuch > 1 }
                         ^^^^^^
<stdin>:12:5: note: let mål_behörig replaces the one at plan.ska:25:5
  let mål_behörig = 50 %
      ^^^^^^^^^^^
