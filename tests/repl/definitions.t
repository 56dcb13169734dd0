# Definitions typed at the prompt extend the session: a `let` (or goal)
# replaces an earlier one of the same name, with a note (how "what if the
# target were 85 %" is asked; tests/repl/replace.t has more), a goal or indicator may span lines while a brace is open. A
# definition with an error is reported with a caret under it and leaves
# the session as it was; the inputs after it are still answered. An input
# still open at the end is reported as unfinished.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- file q.txt
status G2
let mål_behörig = 85 %
status G2
mål_behörig
goal G9 "Fler behöriga än 80 %" {
  target behörig >= 80 %
    partly behörig >= 70 %
}
status G9
indicator andel_ej "Andel ej behöriga" = 100 % - behörig {
  scale percent
  lower is better
}
andel_ej[2017..2018]
let x = nosuch + 1
x
goal G1 { target meritvärde > 1 }
goal G10 { target meritvärde }
indicator y = meritvärde +
  behörig
y
# a comment is no input
meritvärde[2018,
  flickor]
meritvärde[2018]]
status G9
goal G11 {
  target meritvärde > 200
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 2
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
  delvis uppnått  behörig >= mål_behörig partly > behörig[2017]
G2  uppnått  Fler elever ska bli behöriga till ett nationellt program
  uppnått  behörig >= mål_behörig partly > behörig[2017]
85 %
G9  uppnått  Fler behöriga än 80 %
  uppnått  behörig >= 80 % partly behörig >= 70 %
period  totalt  flickor  pojkar
2017    18,6 %        –       –
2018    14,3 %   10,7 %  17,6 %
307
237,2
G9  uppnått  Fler behöriga än 80 %
  uppnått  behörig >= 80 % partly behörig >= 70 %
<stdin>:2:5: note: let mål_behörig replaces the one at plan.ska:25:5
  let mål_behörig = 85 %
      ^^^^^^^^^^^
<stdin>:15:9: error: unknown name 'nosuch'
  let x = nosuch + 1
          ^^^^^^
<stdin>:16:1: error: unknown name 'x'
  x
  ^
<stdin>:17:6: note: goal G1 replaces the one at plan.ska:29:8
  goal G1 { target meritvärde > 1 }
       ^^
<stdin>:18:19: error: a target must be a condition, such as meritvärde >= 220; this is a number
  goal G10 { target meritvärde }
                    ^^^^^^^^^^
<stdin>:25:17: error: unexpected ']'
  meritvärde[2018]]
                  ^
<stdin>:28:26: error: unexpected end of input: a block is not closed with '}' (the goal G11 opened at line 27)
    target meritvärde > 200
                           ^
