#!/bin/sh
# bench/run.sh — `make bench`: ska measured against the physical limit on
# this machine, in one go (bench/README.md says what and why).
#
#   BENCH_SIZE=full|small|tiny   17M result rows (default) | 1M | 35k (seconds)
#   BENCH_RUNS=N                 runs per measurement, median taken (3; tiny 1)
#   BENCH_SEED=N                 the generator's seed (20240)
#   BENCH_OUT=DIR                where data and tools go (bench/out; DIR/SIZE)
#   BENCH_RESULTS=FILE           the table (full: bench/results.md, else DIR/SIZE/results.md)
#   BENCH_KEEP=1                 keep the generated CSV and stores afterwards
#   BENCH_DATA=DIR               the published files (../shared/data beside the
#                                repository); their import is skipped when missing
#   BENCH_REPORT_ONLY=1          rewrite the table from the last run in BENCH_OUT
#                                (after editing bench/bounds.md); measures nothing
#   SKA=PATH                     the ska under test (./ska)
#   BENCH_OBJ=DIR                its objects, for the REPL latency driver (build)
#
# Exits 1 when the verdicts of ska, the hand-written SQL and pandas differ,
# or the importers stored different numbers of rows: a fast wrong answer is
# no result. Timings are reported, never asserted.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
size=${BENCH_SIZE:-full}
seed=${BENCH_SEED:-20240}
case $size in
  full|small) runs=${BENCH_RUNS:-3} latency_n=1000 ;;
  tiny) runs=${BENCH_RUNS:-1} latency_n=200 ;;
  *) echo "bench: BENCH_SIZE must be full, small or tiny, not '$size'" >&2; exit 2 ;;
esac
out=${BENCH_OUT:-$top/bench/out}/$size
if [ "$size" = full ]; then results=${BENCH_RESULTS:-$top/bench/results.md}
else results=${BENCH_RESULTS:-$out/results.md}; fi
ska=${SKA:-$top/ska}
case $ska in /*) ;; *) ska=$(pwd)/$ska ;; esac
mkdir -p "$out"
cd "$out"

# ---- tools and data ----

build_tools() {
  [ -x "$ska" ] || { echo "bench: $ska is not built (run make first)" >&2; exit 2; }
  # the latency driver links what the Makefile links, less main.o: one
  # object per src/*.c beside the objects, and the grammar's
  objdir=${BENCH_OBJ:-$top/build}
  objs=""
  for c in "$top"/src/*.c parser lexer; do
    o=$objdir/$(basename "$c" .c).o
    [ -f "$o" ] || { echo "bench: $o missing (run make first)" >&2; exit 2; }
    case $o in */main.o) ;; *) objs="$objs $o" ;; esac
  done
  cc=${CC:-cc}
  $cc --version | head -n 1 > cc.version
  tool gen "$top/bench/gen.c" -lm
  tool limit_import -D_GNU_SOURCE "$top/bench/limit_import.c" -lsqlite3
  tool limit_check "$top/bench/limit_check.c" -lsqlite3 -lm
  # shellcheck disable=SC2086 # objs is a list of paths without blanks
  tool latency -D_GNU_SOURCE -I"$top/include" -I"$objdir" "$top/bench/latency.c" $objs -lsqlite3 -lreadline -lm
}

# tool NAME CC-ARGS...: ./NAME built from CC-ARGS, or copied from the one
# built before with the same compiler, arguments, sources, objects and
# headers (objdir/bench-tools, keyed by their hash): the test suite runs the
# tiny bench every time, and compiling is most of its cost.
tool() {
  name=$1
  shift
  cache=$objdir/bench-tools
  key=$({ cat cc.version; echo "$*"; for a in "$@" "$top"/include/*.h "$objdir"/*.h; do
          [ -f "$a" ] && cat "$a"; done; } | sha1sum | cut -c 1-16)
  if [ ! -x "$cache/$name-$key" ]; then
    mkdir -p "$cache"
    $cc -O2 -std=c11 -Wall -Wextra -o "$cache/$name-$key.$$" "$@"
    # older builds go; this key's, perhaps another run's half-written one, stay
    for old in "$cache/$name"-*; do case $old in "$cache/$name-$key"*) ;; *) rm -f "$old" ;; esac; done
    mv -f "$cache/$name-$key.$$" "$cache/$name-$key"
  fi
  cp "$cache/$name-$key" "$name"
}

generate() {
  if [ "$size" = full ]; then # 0.5 GB of CSV, 3 stores of ~1 GB, a WAL
    avail=$(df -Pk . | awk 'NR == 2 { print $4 }')
    [ "$avail" -gt 8000000 ] || { echo "bench: needs 8 GB free in $out, has $((avail / 1000000)) GB" >&2; exit 2; }
  fi
  ./gen "$size" "$seed" .
  echo "seed=$seed ska_kb=$(( $(stat -c %s parse.ska) / 1024 )) lua_kb=$(( $(stat -c %s parse.lua) / 1024 ))" >> sizes.env
  . ./sizes.env
  echo "bench: size $size, seed $seed: $rows result rows, $units units, $indicators indicators;" \
       "plan $goals goals, $targets targets, $rules rules; parse plan $parse_goals goals"
}

# ---- measuring ----

# run_once LABEL CMD...: runs CMD once (after $prep, if set; exit codes in
# $ok_rc accepted), appends "wall_us cpu_s peak_kB" to LABEL.times and keeps
# its stdout in LABEL.out.
run_once() {
  label=$1
  shift
  [ -n "${prep:-}" ] && eval "$prep"
  t0=$(date +%s%N)
  rc=0
  /usr/bin/time -f '%M %U %S' -o "$label.rss" "$@" > "$label.out" 2> "$label.err" || rc=$?
  t1=$(date +%s%N)
  case " ${ok_rc:-0} " in
    *" $rc "*) ;;
    *) echo "bench: $label failed (exit $rc): $*" >&2; cat "$label.err" >&2; exit 1 ;;
  esac
  tail -n 1 "$label.rss" | awk -v us=$(( (t1 - t0) / 1000 )) '{ print us, $2 + $3, $1 }' >> "$label.times"
  prep="" ok_rc=""
}

# summarize LABEL...: appends "LABEL median_s min_s max_s peak_MB cpu_median_s"
# to measurements.
summarize() {
  for label in "$@"; do
    awk -v l="$label" '
      { wall[NR] = $1 / 1e6; cpu[NR] = $2; if ($3 > kb) kb = $3 }
      function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return a[int((n + 1) / 2)]
      }
      END { m = median(wall, NR); printf "%s %.6f %.6f %.6f %.1f %.3f\n", l, m, wall[1], wall[NR], kb / 1024, median(cpu, NR) }' \
      "$label.times" >> measurements
  done
}

# each LABEL...: one comparison. Its contenders take turns, run_LABEL for
# each LABEL, BENCH_RUNS times, so a burst of load on this shared machine
# hits them alike; then their summaries.
each() {
  for label in "$@"; do : > "$label.times"; done
  i=0
  while [ "$i" -lt "$runs" ]; do
    for label in "$@"; do "run_$label"; done
    i=$((i + 1))
  done
  summarize "$@"
}

col() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' measurements; } # 2 median, 3 min, 4 max, 5 MB, 6 cpu

# ---- 1. import ----

run_import_ska() { prep="rm -f ska.db ska.db-wal ska.db-shm" run_once import_ska "$ska" import ska.db units.csv results.csv; }
run_import_limit() { prep="rm -f limit.db limit.db-journal" run_once import_limit ./limit_import limit.db units.csv results.csv; }
run_import_sqlite3() { prep="rm -f sqlite.db sqlite.db-journal" run_once import_sqlite3 sqlite3 sqlite.db ".read sqlite_import.sql"; }

bench_import() {
  cat results.csv > /dev/null # into the page cache: every importer reads it warm
  cat > sqlite_import.sql <<'EOF'
CREATE TABLE result_raw(indikator TEXT NOT NULL, enhet TEXT NOT NULL, ar INTEGER NOT NULL,
  kon TEXT NOT NULL, varde TEXT, antal INTEGER, PRIMARY KEY(indikator, kon, ar, enhet)) WITHOUT ROWID;
.mode csv
.separator ;
.import --skip 1 results.csv result_raw
SELECT count(*) FROM result_raw;
EOF
  # the published files take turns with the long CSV: the same load on both
  rm -f import_published.times published.env
  published=$(published_label)
  # shellcheck disable=SC2086 # published is one word or none
  each import_ska import_limit import_sqlite3 $published
  ska_rows=$(sed -n 's/^results\.csv: [0-9]* rows: \([0-9]*\) added.*/\1/p' import_ska.out)
  limit_rows=$(cat import_limit.out)
  sqlite_rows=$(tail -n 1 import_sqlite3.out)
  if [ "$ska_rows" != "$rows" ] || [ "$limit_rows" != "$rows" ] || [ "$sqlite_rows" != "$rows" ]; then
    echo "bench: FAIL: rows stored differ: generated $rows, ska $ska_rows, limit $limit_rows, sqlite3 $sqlite_rows" >&2
    exit 1
  fi
  echo "import: ska $ska_rows rows, limit $limit_rows rows, sqlite3 $sqlite_rows rows: agree"
  echo "ska_mb=$(( $(stat -c %s ska.db) / 1048576 )) limit_mb=$(( $(stat -c %s limit.db) / 1048576 ))" \
       "sqlite_mb=$(( $(stat -c %s sqlite.db) / 1048576 ))" > stores.env
}

# ---- 1b. import of the files as published ----

# Skolverket's four wide exports (read through stdlib/skolverket.ska's source
# descriptions, several values a row) and Kolada's KommunAnalys directory
# (units, MasterData, riket), all in one `ska import` into a fresh store:
# per value at least as fast as the long CSV (issue 8).
pub=${BENCH_DATA:-$top/../shared/data}
pub_sv="behorighet_grundskola_2024_25.csv nationella_prov_ak9_2024.csv
  personalstatistik_grundskola_2024.csv slutbetyg_ak9_skolenhet_2024_25.csv"
pub_ka="Kommuner.txt MasterData.txt riket.txt"

# published_label: import_published, or nothing (and why) when a file is missing
published_label() {
  # shellcheck disable=SC2086 # lists of names without blanks
  for f in $(printf "skolverket/%s " $pub_sv) $(printf "kolada-kommunanalys/%s " $pub_ka); do
    if [ ! -f "$pub/$f" ]; then
      echo "published: skipped: $pub/$f is missing (BENCH_DATA=DIR names another copy)" >&2
      return 0
    fi
  done
  echo import_published
}

# the four Skolverket files and the KommunAnalys directory, as a user types it
run_import_published() {
  set --
  for f in $pub_sv; do set -- "$@" "$pub/skolverket/$f"; done
  prep="rm -f pub.db pub.db-wal pub.db-shm" run_once import_published "$ska" import pub.db "$@" "$pub/kolada-kommunanalys"
}

# Every value the summaries report is in the store: rows, values and added
# summed over the files ("read as source S: N rows, M values: A added" for a
# wide file, "N rows: A added" for a long one), against count(*) of sqlite3.
bench_published() {
  [ -n "$published" ] || return 0
  awk '
    match($0, /: [0-9]+ rows?, [0-9]+ values?: [0-9]+ added/) {
      split(substr($0, RSTART, RLENGTH), w, " ")
      rows += w[2]; values += w[4]; added += w[6]; files++; next
    }
    match($0, /: [0-9]+ rows?: [0-9]+ added/) {
      split(substr($0, RSTART, RLENGTH), w, " ")
      rows += w[2]; values += w[2]; added += w[4]; files++
    }
    END { printf "pub_files=%d pub_rows=%d pub_values=%d pub_added=%d\n", files, rows, values, added }' \
    import_published.out > published.env
  . ./published.env
  stored=$(sqlite3 pub.db 'SELECT count(*) FROM result')
  if [ "$pub_values" = 0 ] || [ "$pub_added" != "$pub_values" ] || [ "$stored" != "$pub_values" ]; then
    echo "bench: FAIL: published files: the summaries report $pub_values values ($pub_added added), the store holds $stored" >&2
    exit 1
  fi
  echo "published: $pub_files files, $pub_rows rows, $pub_values values: summaries = store"
}

# ---- 2. check ----

run_check_ska() { ok_rc="0 1" run_once check_ska "$ska" check plan.ska --db ska.db --format json; }
run_check_limit() { run_once check_limit ./limit_check ska.db plan.spec; }
run_check_pandas() { run_once check_pandas /usr/bin/python3 "$top/bench/pandas_check.py" ska.db plan.spec; }

bench_check() {
  each check_ska check_limit check_pandas
  /usr/bin/python3 "$top/bench/json_verdicts.py" check_ska.out | LC_ALL=C sort > verdicts.ska
  LC_ALL=C sort check_limit.out > verdicts.limit
  LC_ALL=C sort check_pandas.out > verdicts.pandas
  for other in limit pandas; do
    if ! cmp -s verdicts.ska "verdicts.$other"; then
      echo "bench: FAIL: the verdicts of ska and $other differ (- ska, + $other):" >&2
      diff verdicts.ska "verdicts.$other" | sed -n '2,30p' >&2
      exit 1
    fi
  done
  echo "check: verdicts agree: $(verdict_summary) — ska = limit_check = pandas"
}

verdict_summary() {
  awk '$1 == "goal" { n++; s[$3]++ } $1 == "target" { t++ } $1 == "rule" { r++ }
    END { printf "%d goals (%d uppnått, %d delvis, %d ej, %d ingen_data), %d targets, %d flagged units",
          n, s["uppnått"], s["delvis"], s["ej"], s["ingen_data"], t, r }' verdicts.ska
}

# ---- 3. parse ----

run_parse_ska() { run_once parse_ska "$ska" check --syntax-only parse.ska; }
run_parse_luac() { run_once parse_luac luac5.4 -p parse.lua; }

bench_parse() {
  each parse_ska parse_luac
  echo "parse: ska and luac accept the $parse_goals-goal plan"
}

# ---- 4. REPL latency ----

bench_latency() {
  ./latency ska.db repl.ska "$plan_year" "$latency_n" > latency.out
  echo "latency: $(awk '$1 == "point" { p = $4 } $1 == "rank" { r = $4; u = $5 }
    END { printf "%d point queries, %d rankings over %d units", p, r, u }' latency.out)"
}

# ---- the table ----

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
by() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "too short" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == "<=" ? v <= t : op == "<" ? v < t : v >= t; print ok ? "met" : "**missed**" }'; }
mrows() { awk -v r="$rows" -v s="$1" 'BEGIN { printf "%.2f M rows/s", r / s / 1e6 }'; }
per_cpu() { awk -v n="$1" -v s="$2" -v w="$3" 'BEGIN { if (s > 0) printf "%.2f M %s/CPU s", n / s / 1e6, w; else print "too short" }'; }
secs() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms", s * 1000; else printf "%.2f s", s }'; }

# published_row: the import of the published files against the long CSV's,
# per value (a long row is one value) and per CPU second; its verdict counts
published_row() {
  if [ ! -f import_published.times ]; then
    echo "| import: published files ≥ long CSV per value | skipped: the files are missing | | | | ≥ 1× by CPU | |"
    return 0
  fi
  . ./published.env
  pc=$(col import_published 6) pw=$(col import_published 2) lc=$(col import_ska 6) lw=$(col import_ska 2)
  pr=$(awk -v pv="$pub_values" -v pw="$pw" -v r="$rows" -v lw="$lw" 'BEGIN { printf "%.2f", (pv / pw) / (r / lw) }')
  prc=$(awk -v pv="$pub_values" -v pc="$pc" -v r="$rows" -v lc="$lc" \
    'BEGIN { if (pc > 0 && lc > 0) printf "%.2f", (pv / pc) / (r / lc); else print "too short" }')
  case $prc in [0-9]*) pv=$(verdict "$prc" ">=" 1) pcx="$prc×" ;; *) pv="" pcx=$prc ;; esac
  echo "| import: published files ≥ long CSV per value | $(per_cpu "$pub_values" "$pc" values)," \
       "$(per_cpu "$pub_rows" "$pc" rows) ($pub_files files of results: $pub_rows rows, $pub_values values, $pc CPU s) |" \
       "long CSV $(per_cpu "$rows" "$lc" values) (the import above) | ${pr}× | $pcx | ≥ 1× by CPU | $pv |"
}

report() {
  . ./stores.env
  pandas_load=$(sed -n 's/^pandas: load \([0-9.]*\) s.*/\1/p' check_pandas.err)
  read -r _ point_ms point_p95 _ < latency.out
  rank_ms=$(awk '$1 == "rank" { print $2 }' latency.out)
  rank_p95=$(awk '$1 == "rank" { print $3 }' latency.out)
  rank_units=$(awk '$1 == "rank" { print $5 }' latency.out)
  # wall-clock ratios decide the targets; CPU ratios (what the processes
  # themselves used) tell the same without the noise of a shared machine
  imp_ska=$(col import_ska 2) imp_lim=$(col import_limit 2) imp_sql=$(col import_sqlite3 2)
  imp_share=$(awk -v a="$imp_lim" -v b="$imp_ska" 'BEGIN { printf "%.0f", 100 * a / b }')
  imp_share_cpu=$(awk -v a="$(col import_limit 6)" -v b="$(col import_ska 6)" \
    'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "too short" }')
  imp_mb=$(col import_ska 5)
  chk_ska=$(col check_ska 2) chk_lim=$(col check_limit 2) chk_pd=$(col check_pandas 2)
  chk_ratio=$(ratio "$chk_ska" "$chk_lim") chk_ratio_cpu=$(by "$(col check_ska 6)" "$(col check_limit 6)")
  pd_ratio=$(ratio "$chk_pd" "$chk_ska") pd_ratio_cpu=$(by "$(col check_pandas 6)" "$(col check_ska 6)")
  par_ska=$(col parse_ska 2) par_lua=$(col parse_luac 2)
  par_ratio=$(ratio "$par_ska" "$par_lua") par_ratio_cpu=$(by "$(col parse_ska 6)" "$(col parse_luac 6)")
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  {
    echo "# ska bench results"
    echo
    echo "\`make bench\` (BENCH_SIZE=$size, seed $seed), $(date -u -r latency.out '+%Y-%m-%d %H:%M UTC'); medians of $runs runs."
    echo "Machine: $(nproc) cores, $cpu, $mem; $(uname -sr); SQLite $(sqlite3 --version | cut -d' ' -f1)," \
         "pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'), $(luac5.4 -v | cut -d' ' -f1-2)," \
         "$(cat cc.version)."
    echo
    echo "Data: $rows result rows ($indicators indicators × $units units — Riket, $kommuner kommuner, $schools schools —" \
         "× 10 years × 3 groups, less the rows real data lack), with \`..\` \`.\` \`~100\` as in real tables."
    echo "Check plan: $goals goals, $targets targets of every kind, $rules rules (organiser with $org_schools schools)."
    echo "Parse plan: $parse_goals goals, $ska_kb KiB as ska, $lua_kb KiB as Lua."
    echo
    echo "| what | ska | the limit | ratio | CPU ratio | target | |"
    echo "|---|---:|---:|---:|---:|---|---|"
    echo "| import: speed | $(mrows "$imp_ska") ($(secs "$imp_ska")) | C API $(mrows "$imp_lim") ($(secs "$imp_lim")) |" \
         "$imp_share % of the limit | $imp_share_cpu | ≥ 60 % | $(verdict "$imp_share" ">=" 60) |"
    echo "| import: peak memory | $imp_mb MB | C API $(col import_limit 5) MB | | | < 50 MB | $(verdict "$imp_mb" "<" 50) |"
    echo "| import: sqlite3 \`.import\` (text, no ids) | | $(mrows "$imp_sql") ($(secs "$imp_sql")), $(col import_sqlite3 5) MB | | | reference | |"
    published_row
    echo "| check: $goals goals | $(secs "$chk_ska") | hand-written SQL $(secs "$chk_lim") | ${chk_ratio}× |" \
         "$chk_ratio_cpu | ≤ 1.5× | $(verdict "$chk_ratio" "<=" 1.5) |"
    echo "| check: vs pandas | $(secs "$chk_ska") | pandas $(secs "$chk_pd") (load $(secs "$pandas_load")) |" \
         "${pd_ratio}× faster | $pd_ratio_cpu | ≥ 5× faster | $(verdict "$pd_ratio" ">=" 5) |"
    echo "| parse: $parse_goals goals | $(secs "$par_ska") | \`luac -p\` $(secs "$par_lua") | ${par_ratio}× |" \
         "$par_ratio_cpu | ≤ 2× | $(verdict "$par_ratio" "<=" 2) |"
    echo "| REPL: point query | $point_ms ms (p95 $point_p95) | | | | < 5 ms | $(verdict "$point_ms" "<" 5) |"
    echo "| REPL: ranking of $rank_units schools | $rank_ms ms (p95 $rank_p95) | | | | < 100 ms | $(verdict "$rank_ms" "<" 100) |"
    echo
    echo "Store sizes: ska $ska_mb MB, C API $limit_mb MB, sqlite3 \`.import\` $sqlite_mb MB." \
         "Verdicts: $(verdict_summary), identical from ska, the SQL and pandas."
    echo
    echo "Every measurement: wall-clock seconds, the CPU seconds the process itself used (robust to"
    echo "other load on the machine), peak resident memory:"
    echo
    echo "| measurement | median | min | max | CPU (user+sys) median | peak MB |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk '{ printf "| %s | %.3f | %.3f | %.3f | %.3f | %.1f |\n", $1, $2, $3, $4, $6, $5 }' measurements
    if [ -f "$top/bench/bounds.md" ]; then echo; cat "$top/bench/bounds.md"; fi
  } > "$results"
  sed -n '/^| what/,/^$/p' "$results"
  echo "bench: wrote $results"
  [ "$results" = "$top/bench/results.md" ] && readme
  return 0
}

# readme: the README's figures are bench/results.md's, between its bench
# markers: the run's line, the machine, the verdicts counted, the table
readme() {
  awk -v res="$top/bench/results.md" '
    BEGIN {
      while ((getline l < res) > 0) {
        if (l ~ /^`make bench`/) { run = l; sub(/^`make bench` /, "", run); sub(/\.$/, "", run) }
        else if (l ~ /^Machine: /) { mach = l; sub(/^Machine: /, "", mach); sub(/\.$/, "", mach) }
        else if (l ~ /^\| what/) intable = 1
        if (intable && l == "") intable = 0
        if (intable) {
          table = table l "\n"
          if (l ~ /\| met \|$/) met++
          else if (l ~ /\*\*missed\*\* \|$/) { split(l, c, " \\| "); sub(/^\| /, "", c[1]); missed = missed (missed ? "; " : "") c[1]; nmissed++ }
        }
      }
    }
    /^<!-- bench results: / {
      print
      print "The latest run, from [bench/results.md](bench/results.md): `make bench` " run ","
      print "on a shared VM (" mach "). \"CPU ratio\" compares the CPU seconds the processes used,"
      print "which the load of other work on the machine changes less. " \
            (missed == "" ? "Every target is met:" : met " of " met + nmissed " targets met (missed: " missed "):")
      print ""
      printf "%s\n", table
      skip = 1; next
    }
    /^<!-- end of bench results -->/ { skip = 0 }
    !skip' "$top/README.md" > "$top/README.md.new"
  if ! grep -q '^<!-- end of bench results -->' "$top/README.md.new"; then
    rm -f "$top/README.md.new"
    echo "bench: README.md has no bench results markers; not updated" >&2
    return 0
  fi
  mv "$top/README.md.new" "$top/README.md"
  echo "bench: wrote the table into README.md"
}

if [ "${BENCH_REPORT_ONLY:-0}" = 1 ]; then
  for f in sizes.env stores.env latency.out verdicts.ska cc.version import_ska.times; do
    [ -f "$f" ] || { echo "bench: no finished run in $out ($f missing)" >&2; exit 2; }
  done
  . ./sizes.env
  runs=$(wc -l < import_ska.times)
  : > measurements
  published=""
  [ -f import_published.times ] && published=import_published
  # shellcheck disable=SC2086 # published is one word or none
  summarize import_ska import_limit import_sqlite3 $published check_ska check_limit check_pandas parse_ska parse_luac
  report
  exit 0
fi
sh "$top/scripts/deps.sh" bench
build_tools
generate
: > measurements
bench_import
bench_published
bench_check
bench_parse
bench_latency
report
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  rm -f results.csv ska.db ska.db-wal ska.db-shm pub.db pub.db-wal pub.db-shm limit.db sqlite.db parse.ska parse.lua check_*.out
fi
