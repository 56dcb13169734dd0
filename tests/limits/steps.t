# Evaluation does not share the value of a let used twice, so a chain of
# lets that each use the one before twice (or through change(), gap(),
# rank(), latest() or a series, which evaluate their argument once per
# period) took exponential time: 60 of them ran for ever. The resolver
# counts the steps and refuses a definition or expression of more than a
# million, at the definition that crosses the limit.
--- file head.ska
plan "Steg" { organiser "Södertälje"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
--- file gen.sh
# gen.sh N BODY: N lets, each BODY with X the one before
cat head.ska
awk -v n="$1" -v body="$2" 'BEGIN {
  for (i = 0; i < n; i++) { b = body; gsub(/X/, i ? "x" (i - 1) : "merit", b); printf "let x%d = %s\n", i, b }
  printf "goal G { target x%d > 0 }\n", n - 1 }'
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run sh gen.sh 60 'X + X' > p.ska && timeout 60 ska check p.ska --db t.db
--- expect exit 2
p.ska:21:5: error: 'x18' would take more than 1000000 steps to evaluate (it uses the same lets or derived indicators over and over)
  let x18 = x17 + x17
      ^
--- run sh gen.sh 60 'change(X)' > p.ska && timeout 60 ska check --syntax-only p.ska
--- expect exit 2
p.ska:21:5: error: 'x18' would take more than 1000000 steps to evaluate (it uses the same lets or derived indicators over and over)
  let x18 = change(x17)
      ^
--- run sh gen.sh 60 'latest(X)' > p.ska && timeout 60 ska check --syntax-only p.ska
--- expect exit 2
p.ska:7:5: error: 'x4' would take more than 1000000 steps to evaluate (it uses the same lets or derived indicators over and over)
  let x4 = latest(x3)
      ^
--- run sh gen.sh 60 'X[2014..2018]' > p.ska && timeout 60 ska check --syntax-only p.ska
--- expect exit 2
p.ska:12:5: error: 'x9' would take more than 1000000 steps to evaluate (it uses the same lets or derived indicators over and over)
  let x9 = x8[2014..2018]
      ^
--- run sh gen.sh 10 'X + X' > p.ska && printf 'x9 + x9 + x9\n' | ska repl p.ska --db t.db
--- expect exit 0
691 200
--- run sh gen.sh 18 'X + X' > p.ska && printf 'x17 + x17 + x17 + x17\n' | ska repl p.ska --db t.db
--- expect exit 2
<stdin>:1:1: error: this expression would take more than 1000000 steps to evaluate (it uses the same lets or derived indicators over and over)
  x17 + x17 + x17 + x17
  ^
