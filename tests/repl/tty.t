# `ska repl` on a real terminal (tests/repl/tty.sh drives it through tmux):
# Tab completes a UTF-8 name whole and lists goal ids, a definition spans
# lines at the continuation prompt, Ctrl-C cancels the line, Ctrl-D leaves,
# and the next session recalls the inputs with Up, a definition of three
# lines as one history entry.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run sh "$SKA_PATH"/tests/repl/tty.sh
--- expect exit 0
== first session
ska 0.1.0 — Plan för systematiskt kvalitetsarbete 2018/19
3 goals, 5 indicators; store t.db. Type .help for help, Ctrl-D to leave.
ska> meritvärde[2017]
217,9
ska> status G
G1  G2  G3
ska> status G2
G2  delvis uppnått  Fler elever ska bli behöriga till ett nationellt program
  delvis uppnått  behörig >= mål_behörig partly > behörig[2017]
ska> goal G9 "Fler behöriga" {
...> target behörig >= 80 %
...> }
ska> status G9
G9  uppnått  Fler behöriga
  uppnått  behörig >= 80 %
ska> meritvärde[20^C
ska> behörig["Björkskolan"]
91,2 %
ska>

[exit 0]
== second session
ska 0.1.0 — Plan för systematiskt kvalitetsarbete 2018/19
3 goals, 5 indicators; store t.db. Type .help for help, Ctrl-D to leave.
ska> goal G9 "Fler behöriga" {
target behörig >= 80 %
}
ska> status G9
G9  uppnått  Fler behöriga
  uppnått  behörig >= 80 %
ska>

[exit 0]
== the history file
#TIME
meritvärde[2017]
#TIME
status G2
#TIME
goal G9 "Fler behöriga" {
target behörig >= 80 %
}
#TIME
status G9
#TIME
behörig["Björkskolan"]
#TIME
goal G9 "Fler behöriga" {
target behörig >= 80 %
}
#TIME
status G9
