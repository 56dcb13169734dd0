# No input crashes the front end or the evaluator: an expression nested
# deeper than 200 levels is refused where it crosses the limit (with its
# line cut around the caret), and so is a let or derived indicator whose
# evaluation, through the definitions it uses, goes deeper than 1000 levels.
# Before, a `1+1+…` of 20 000 terms, 100 000 even with --syntax-only, or a
# chain of 10 000 lets or derived indicators ended in SIGSEGV.
--- file head.ska
plan "Djup" { organiser "Södertälje"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2017;totalt;220
merit;0181;2018;totalt;225
--- file gen.sh
# gen.sh KIND N: a plan with one generated expression or chain, in linear time
kind=$1 n=$2
cat head.ska
awk -v kind="$kind" -v n="$n" 'BEGIN {
  if (kind == "sum") { printf "let x = 1"; for (i = 0; i < n; i++) printf "+1"; print "" }
  if (kind == "parens") { printf "let x = "; for (i = 0; i < n; i++) printf "("; printf "1";
                          for (i = 0; i < n; i++) printf ")"; print "" }
  if (kind == "minus") { printf "let x = "; for (i = 0; i < n; i++) printf "- "; print "1" }
  if (kind == "calls") { printf "let x = "; for (i = 0; i < n; i++) printf "abs("; printf "merit";
                         for (i = 0; i < n; i++) printf ")"; print "" }
  if (kind == "sels") { printf "let x = "; for (i = 0; i < n; i++) printf "merit["; printf "2018";
                        for (i = 0; i < n; i++) printf "]"; print "" }
  # chains: each definition uses the one before (lets_back: the last first)
  if (kind == "lets" || kind == "inds")
    for (i = 0; i < n; i++) printf (kind == "lets" ? "let x%d = %s + 1\n" : "indicator x%d \"X\" = %s + 1\n"), i, i ? "x" (i - 1) : "merit"
  if (kind == "lets_back")
    for (i = n - 1; i >= 0; i--) printf "let x%d = %s + 1\n", i, i ? "x" (i - 1) : "merit"
  if (kind ~ /^(lets|inds|lets_back)$/) printf "goal G { target x%d > 0 }\n", n - 1
}'
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run sh gen.sh sum 20000 > p.ska && ska check p.ska --db t.db
--- expect exit 2
p.ska:3:9: error: expression nests deeper than 200 levels (split it with let)
  let x = 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+…
          ^
--- run sh gen.sh sum 100000 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:3:9: error: expression nests deeper than 200 levels (split it with let)
  let x = 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+…
          ^
--- run sh gen.sh parens 20000 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:3:10002: error: expression nests deeper than 200 levels (split it with let)
  …((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((…
                                                                                  ^
--- run sh gen.sh minus 20000 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:3:19995: error: expression nests deeper than 200 levels (split it with let)
  … - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -…
                                                                                  ^
--- run sh gen.sh calls 300 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:3:409: error: expression nests deeper than 200 levels (split it with let)
  …bs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(a…
                                                                                  ^
--- run sh gen.sh sels 300 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:3:609: error: expression nests deeper than 200 levels (split it with let)
  …[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit[merit…
                                                                                  ^
--- run sh gen.sh sum 199 > p.ska && echo 'goal G { target x > 0 }' >> p.ska && ska check p.ska --db t.db | tail -1
--- expect exit 0
1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
p.ska:2:11: warning: indicator 'merit' is not read by any target, rule, measure or definition
  indicator merit "Meritvärde" { scale points; higher is better }
            ^^^^^
--- run sh gen.sh lets 10000 > p.ska && ska check --syntax-only p.ska
--- expect exit 2
p.ska:503:5: error: 'x500' is computed through lets and derived indicators nested deeper than 1000 levels
  let x500 = x499 + 1
      ^
--- run sh gen.sh lets_back 10000 > p.ska && ska check --syntax-only p.ska 2>&1 | head -6
--- expect exit 0
p.ska:3:5: error: 'x9999' is computed through lets and derived indicators nested deeper than 1000 levels
  let x9999 = x9998 + 1
      ^
p.ska:503:5: error: 'x9499' is computed through lets and derived indicators nested deeper than 1000 levels
  let x9499 = x9498 + 1
      ^
--- run sh gen.sh inds 10000 > p.ska && ska check p.ska --db t.db
--- expect exit 2
p.ska:503:11: error: 'x500' is computed through lets and derived indicators nested deeper than 1000 levels
  indicator x500 "X" = x499 + 1
            ^
--- run sh gen.sh lets 500 > p.ska && ska check p.ska --db t.db
--- expect exit 2
p.ska:503:17: error: this expression, with the lets and derived indicators it uses, nests deeper than 1000 levels
  goal G { target x499 > 0 }
                  ^
--- run sh gen.sh lets 499 > p.ska && ska check p.ska --db t.db | tail -1
--- expect exit 0
1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run sh gen.sh lets_back 499 > p.ska && ska report p.ska --db t.db -o r.html && echo written
--- expect exit 0
written
--- run sh gen.sh sum 20000 | tail -1 | ska repl head.ska --db t.db
--- expect exit 2
<stdin>:1:9: error: expression nests deeper than 200 levels (split it with let)
  let x = 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+…
          ^
