#!/bin/sh
# bench/run.sh — `make bench`: ska measured against the physical limit on
# this machine, in one go (bench/README.md says what and why).
#
#   BENCH_SIZE=full|medium|small|tiny   17M result rows (default) | 5M | 1M |
#                                35k (seconds)
#   BENCH_RUNS=N                 runs per measurement, median taken (3; tiny 1)
#   BENCH_CHECK_RUNS=N           runs per check measurement (5; tiny 1): the
#                                short ones need more to settle
#   BENCH_SEED=N                 the generator's seed (20240)
#   BENCH_OUT=DIR                where data and tools go (bench/out; DIR/SIZE)
#   BENCH_RESULTS=FILE           the table (full: bench/results.md, medium and
#                                small: bench/results-SIZE.md, tiny: DIR/tiny/results.md)
#   BENCH_KEEP=1                 keep the generated CSV and stores afterwards
#   BENCH_DATA=DIR               the published files (../shared/data beside the
#                                repository); their import is skipped when missing
#   BENCH_PROFILE=0              no profiles (perf record) in the results
#   BENCH_REPORT_ONLY=1          rewrite the table from the last run in BENCH_OUT;
#                                measures nothing
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
  full|medium|small) runs=${BENCH_RUNS:-3} check_runs=${BENCH_CHECK_RUNS:-5} rep1000=3 latency_n=1000 ;;
  tiny) runs=${BENCH_RUNS:-1} check_runs=${BENCH_CHECK_RUNS:-1} rep1000=1 latency_n=200 ;;
  *) echo "bench: BENCH_SIZE must be full, medium, small or tiny, not '$size'" >&2; exit 2 ;;
esac
out=${BENCH_OUT:-$top/bench/out}/$size
# every size but tiny (the tests') keeps its latest results in the
# repository: the README shows them all
case $size in
  full) results=${BENCH_RESULTS:-$top/bench/results.md} ;;
  tiny) results=${BENCH_RESULTS:-$out/results.md} ;;
  *) results=${BENCH_RESULTS:-$top/bench/results-$size.md} ;;
esac
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
  tool runstat "$top/bench/runstat.c"
  tool limit_import -D_GNU_SOURCE "$top/bench/limit_import.c" -lsqlite3
  tool limit_check "$top/bench/limit_check.c" -lsqlite3 -lm
  tool limit_scan "$top/bench/limit_scan.c" -lsqlite3
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
  if [ "$size" = full ]; then # 0.5 GB of CSV, 4 stores of ~1 GB, a WAL
    avail=$(df -Pk . | awk 'NR == 2 { print $4 }')
    [ "$avail" -gt 9000000 ] || { echo "bench: needs 9 GB free in $out, has $((avail / 1000000)) GB" >&2; exit 2; }
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
# its stdout in LABEL.out. CPU seconds (user + sys) and peak memory are
# getrusage's for the process (runstat.c). With $repeat = N, CMD runs N
# times back to back and the times are those of one run, their mean: this
# VM charges CPU by scheduler ticks, too coarse for one short run.
run_once() {
  label=$1
  shift
  [ -n "${prep:-}" ] && eval "$prep"
  t0=$(date +%s%N)
  rc=0
  reps=${repeat:-1}
  ./runstat -n "$reps" "$label.rss" "$@" > "$label.out" 2> "$label.err" || rc=$?
  t1=$(date +%s%N)
  case " ${ok_rc:-0} " in
    *" $rc "*) ;;
    *) echo "bench: $label failed (exit $rc): $*" >&2; cat "$label.err" >&2; exit 1 ;;
  esac
  tail -n 1 "$label.rss" | awk -v us=$(( (t1 - t0) / 1000 / reps )) '{ print us, $2 + $3, $1 }' >> "$label.times"
  prep="" ok_rc="" repeat=""
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
      END { m = median(wall, NR); printf "%s %.6f %.6f %.6f %.1f %.6f\n", l, m, wall[1], wall[NR], kb / 1024, median(cpu, NR) }' \
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
run_import_plain() { prep="rm -f plain.db plain.db-journal" run_once import_plain ./limit_import --plain plain.db units.csv results.csv; }
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
  write_pub_long
  # shellcheck disable=SC2086 # published is two words or none
  each import_ska import_limit import_plain import_sqlite3 $published
  ska_rows=$(sed -n 's/^results\.csv: [0-9]* rows: \([0-9]*\) added.*/\1/p' import_ska.out)
  limit_rows=$(cat import_limit.out)
  plain_rows=$(cat import_plain.out)
  sqlite_rows=$(tail -n 1 import_sqlite3.out)
  if [ "$ska_rows" != "$rows" ] || [ "$limit_rows" != "$rows" ] || [ "$plain_rows" != "$rows" ] ||
     [ "$sqlite_rows" != "$rows" ]; then
    echo "bench: FAIL: rows stored differ: generated $rows, ska $ska_rows, limit $limit_rows," \
         "plain $plain_rows, sqlite3 $sqlite_rows" >&2
    exit 1
  fi
  checksums
  echo "import: ska, limit, plain table and sqlite3 each stored $rows rows; every indicator's checksum agrees"
  echo "ska_mb=$(( $(stat -c %s ska.db) / 1048576 )) limit_mb=$(( $(stat -c %s limit.db) / 1048576 ))" \
       "plain_mb=$(( $(stat -c %s plain.db) / 1048576 )) sqlite_mb=$(( $(stat -c %s sqlite.db) / 1048576 ))" > stores.env
}

# The importers stored the same rows: per indicator, the rows, their
# statuses and pupil counts summed, and each value (to 1/1000, as an
# integer: exact in any order) and unit weighted by its group and year, so
# a value stored under the wrong unit, year or group changes the sum.
checksums() {
  cat > checksum_ids.sql <<'EOF'
SELECT i.key, count(*), sum(r.status), sum(coalesce(r.n, -1)),
  sum(CASE WHEN r.status = 0 THEN CAST(round(r.value * 1000) AS INTEGER) ELSE 0 END * (r.grp + 1) * (r.period / 10 - 2000)),
  sum(CAST(u.code AS INTEGER) * (r.grp + 1) * (r.period / 10 - 2000))
FROM result r JOIN indicator i ON i.id = r.ind JOIN unit u ON u.id = r.unit GROUP BY i.key ORDER BY i.key;
EOF
  cat > checksum_raw.sql <<'EOF'
SELECT indikator, count(*), sum(CASE varde WHEN '..' THEN 1 WHEN '.' THEN 2 WHEN '~100' THEN 3 WHEN '' THEN 4 ELSE 0 END),
  sum(CASE WHEN antal = '' OR antal IS NULL THEN -1 ELSE CAST(antal AS INTEGER) END),
  sum(CASE WHEN varde IN ('..', '.', '~100', '') THEN 0 ELSE CAST(round(CAST(replace(varde, ',', '.') AS REAL) * 1000) AS INTEGER) END
      * (CASE kon WHEN 'K' THEN 2 WHEN 'M' THEN 3 ELSE 1 END) * (ar - 2000)),
  sum(CAST(enhet AS INTEGER) * (CASE kon WHEN 'K' THEN 2 WHEN 'M' THEN 3 ELSE 1 END) * (ar - 2000))
FROM result_raw GROUP BY indikator ORDER BY indikator;
EOF
  # where each row was read (src: run, file, line), which sqlite3's table lacks
  cat > checksum_src.sql <<'EOF'
SELECT i.key, sum(r.src % 4294967296), min(r.src), max(r.src)
FROM result r JOIN indicator i ON i.id = r.ind GROUP BY i.key ORDER BY i.key;
EOF
  for db in ska limit plain; do
    sqlite3 "$db.db" < checksum_ids.sql > "checksum.$db"
    sqlite3 "$db.db" < checksum_src.sql > "checksum_src.$db"
  done
  sqlite3 sqlite.db < checksum_raw.sql > checksum.sqlite3
  for db in limit plain sqlite3; do
    if ! cmp -s checksum.ska "checksum.$db"; then
      echo "bench: FAIL: the rows ska and $db stored differ (indicator|rows|statuses|pupils|values|units; - ska, + $db):" >&2
      diff checksum.ska "checksum.$db" | sed -n '2,20p' >&2
      exit 1
    fi
    [ "$db" = sqlite3 ] && continue
    if ! cmp -s checksum_src.ska "checksum_src.$db"; then
      echo "bench: FAIL: the lines ska and $db stored differ (indicator|lines|first src|last src; - ska, + $db):" >&2
      diff checksum_src.ska "checksum_src.$db" | sed -n '2,20p' >&2
      exit 1
    fi
  done
}

# ---- 1b. import of the files as published ----

# Skolverket's four wide exports (read through stdlib/skolverket.ska's source
# descriptions, several values a row) and Kolada's KommunAnalys directory
# (units, MasterData, riket), all in one `ska import` into a fresh store:
# per value at least as fast as the long CSV (issue 8) of the same values
# (pub_long.csv, written from the store of one import of them).
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
  echo import_published import_pub_long
}

# the four Skolverket files and the KommunAnalys directory, as a user types it
run_import_published() {
  set --
  for f in $pub_sv; do set -- "$@" "$pub/skolverket/$f"; done
  prep="rm -f pub.db pub.db-wal pub.db-shm" run_once import_published "$ska" import pub.db "$@" "$pub/kolada-kommunanalys"
}
run_import_pub_long() { prep="rm -f publong.db publong.db-wal publong.db-shm" run_once import_pub_long "$ska" import publong.db pub_long.csv; }

# pub_long.csv: every value the published files hold, one a row of a long
# CSV in the order they were read (periods and groups written back as ska
# reads them, numbers to 15 digits: the same doubles), from one import of
# the files; each drops that import's times with the others' before it runs
write_pub_long() {
  [ -n "$published" ] || return 0
  run_import_published
  sqlite3 pub.db > pub_long.csv <<'EOF'
.mode list
.separator ;
SELECT 'indikator;enhet;år;kön;värde;antal';
SELECT i.key, u.code,
  CASE r.period % 10 WHEN 0 THEN r.period / 10 WHEN 2 THEN 'vt' || (r.period / 10)
    WHEN 5 THEN (r.period / 10) || '/' || substr(r.period / 10 + 1, 3, 2) ELSE 'ht' || (r.period / 10) END,
  CASE r.grp WHEN 0 THEN 'totalt' WHEN 1 THEN 'flickor' WHEN 2 THEN 'pojkar' WHEN 3 THEN 'personal' ELSE 'rektor' END,
  CASE r.status WHEN 0 THEN printf('%.15g', r.value) WHEN 1 THEN '..' WHEN 2 THEN '.' WHEN 3 THEN '~100' ELSE '' END,
  coalesce(r.n, '')
FROM result r JOIN indicator i ON i.id = r.ind JOIN unit u ON u.id = r.unit ORDER BY r.src;
EOF
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
  # the long CSV stored the same values: every key, value, status and count
  same='SELECT i.key, u.code, r.grp, r.period, r.value, r.status, r.n FROM result r
    JOIN indicator i ON i.id = r.ind JOIN unit u ON u.id = r.unit ORDER BY 1, 2, 3, 4'
  if [ "$(sqlite3 pub.db "$same" | cksum)" != "$(sqlite3 publong.db "$same" | cksum)" ]; then
    echo "bench: FAIL: published files: pub_long.csv did not store the values their import stored" >&2
    exit 1
  fi
  echo "published: $pub_files files, $pub_rows rows, $pub_values values: summaries = store = the same values as a long CSV"
}

# ---- 2. check ----

# plan.ska has the size's goals (1 000; tiny 60), plan-N.ska N ($more_plans);
# the shorter checks run several times per measurement (see run_once)
check_ska() { ok_rc="0 1" run_once "$1" "$ska" check "$2.ska" --db ska.db --format json; }
run_check_ska() { repeat=$rep1000 check_ska check_ska plan; }
run_check100_ska() { repeat=10 check_ska check100_ska plan-100; }
run_check10000_ska() { check_ska check10000_ska plan-10000; }
run_check_limit() { repeat=$rep1000 run_once check_limit ./limit_check ska.db plan.spec; }
run_check100_limit() { repeat=10 run_once check100_limit ./limit_check ska.db plan-100.spec; }
run_check10000_limit() { run_once check10000_limit ./limit_check ska.db plan-10000.spec; }
run_check_pandas() { run_once check_pandas /usr/bin/python3 "$top/bench/pandas_check.py" ska.db plan.spec; }
run_check_pandas_csv() {
  run_once check_pandas_csv /usr/bin/python3 "$top/bench/pandas_check.py" --csv units.csv results.csv plan.spec
}

# same_verdicts SUFFIX SKA-LABEL OTHER-LABEL...: the verdicts of ska's JSON
# and of each other checker, sorted, are the same lines
same_verdicts() {
  suffix=$1 mine=$2
  shift 2
  /usr/bin/python3 "$top/bench/json_verdicts.py" "$mine.out" | LC_ALL=C sort > "verdicts.ska$suffix"
  for other in "$@"; do
    LC_ALL=C sort "$other.out" > "verdicts.$other"
    if ! cmp -s "verdicts.ska$suffix" "verdicts.$other"; then
      echo "bench: FAIL: the verdicts of $mine and $other differ (- ska, + $other):" >&2
      diff "verdicts.ska$suffix" "verdicts.$other" | sed -n '2,30p' >&2
      exit 1
    fi
  done
}

bench_check() {
  each check_pandas check_pandas_csv # seconds to minutes each: BENCH_RUNS of them
  runs_all=$runs runs=$check_runs
  each check_ska check_limit
  same_verdicts "" check_ska check_limit check_pandas check_pandas_csv
  echo "check: verdicts agree: $(verdict_summary) — ska = limit_check = pandas (store) = pandas (CSV)"
  for n in $more_plans; do
    each "check${n}_ska" "check${n}_limit"
    same_verdicts "$n" "check${n}_ska" "check${n}_limit"
    echo "check: verdicts agree on the $n-goal plan: ska = limit_check"
  done
  runs=$runs_all
}

# ---- 2b. recording a judgement (ska check --record) ----

# the same check with and without keeping its judgement in the store; each
# recorded run adds its rows, so later ones write into a fuller history
run_check_plain_ska() { repeat=$rep1000 check_ska check_plain_ska plan; }
run_record_ska() {
  repeat=$rep1000 ok_rc="0 1" run_once record_ska "$ska" check plan.ska --db ska.db --format json --record=bench
}

bench_record() {
  runs_all=$runs runs=$check_runs
  each check_plain_ska record_ska
  runs=$runs_all
  echo "record: $(sqlite3 ska.db 'SELECT count(*) FROM judgement_run') judgements recorded"
}

verdict_summary() {
  awk '$1 == "goal" { n++; s[$3]++ } $1 == "target" { t++ } $1 == "rule" { r++ }
    END { printf "%d goals (%d uppnått, %d delvis, %d ej, %d ingen_data), %d targets, %d flagged units",
          n, s["uppnått"], s["delvis"], s["ej"], s["ingen_data"], t, r }' verdicts.ska
}

# ---- 2c. a whole-store plan ----

# whole.ska's rules read every row of the store (every unit, period and
# group); the limit reads them once, in one sequential scan
run_whole_ska() { ok_rc="0 1" run_once whole_ska "$ska" check whole.ska --db ska.db --format json; }
run_whole_limit() { run_once whole_limit ./limit_scan ska.db; }

bench_whole() {
  each whole_ska whole_limit
  read -r _ scanned _ result_bytes _ < whole_limit.out
  if [ "$scanned" != "$rows" ]; then
    echo "bench: FAIL: limit_scan read $scanned rows, the store holds $rows" >&2
    exit 1
  fi
  /usr/bin/python3 "$top/bench/json_verdicts.py" whole_ska.out | LC_ALL=C sort > verdicts.whole
  echo "whole_rules=$(grep -c '^rule ' whole.ska) whole_flagged=$(grep -c ' flagged$' verdicts.whole)" \
       "whole_nodata=$(grep -c ' nodata$' verdicts.whole) result_bytes=$result_bytes" > whole.env
  . ./whole.env
  echo "whole: $whole_rules rules over all $rows rows flag $whole_flagged units ($whole_nodata for missing data);" \
       "one scan reads the $rows rows ($((result_bytes / 1048576)) MB of pages)"
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

# ---- 5. profiles ----

# profile LABEL CMD...: one more run of CMD under `perf record` (sampling at
# 499 Hz, so it costs the run little), and the functions that took at least
# 1.5 % of its samples into profiles.md: what bounds each figure, measured
# by this run rather than written down once and left to age.
profile() {
  label=$1
  shift
  [ -n "${prep:-}" ] && eval "$prep"
  prep=""
  if ! perf record -q -F 499 -o "perf.$label.data" -- "$@" > /dev/null 2> "perf.$label.err"; then
    # check exits 1 when a goal is not met: the profile stands all the same
    [ -s "perf.$label.data" ] || { echo "  (perf record failed: $(head -n 1 "perf.$label.err"))" >> profiles.md; return 0; }
  fi
  {
    echo
    echo "$label — \`$(echo "$*" | sed "s|$top/||g; s|$ska|ska|g")\`:"
    echo
    echo '```'
    perf report -i "perf.$label.data" --stdio --no-children --sort dso,sym --percent-limit 1.5 2> /dev/null |
      grep -E '^ +[0-9]' | sed 's/  *$//' | head -n 14
    echo '```'
  } >> profiles.md
  rm -f "perf.$label.data" "perf.$label.data.old" "perf.$label.err"
}

bench_profiles() {
  rm -f profiles.md
  if [ "${BENCH_PROFILE:-1}" = 0 ] || [ "$size" = tiny ] || ! command -v perf > /dev/null 2>&1; then
    return 0
  fi
  {
    echo "## Where the time goes: profiles of this run"
    echo
    echo "One more run of each under \`perf record -F 499\`, after the measurements; the functions"
    echo "with at least 1.5 % of the process's samples (kernel time shows as [kernel.kallsyms])."
  } > profiles.md
  prep="rm -f prof.db prof.db-wal prof.db-shm" profile import_ska "$ska" import prof.db units.csv results.csv
  prep="rm -f prof.db prof.db-journal" profile import_limit ./limit_import prof.db units.csv results.csv
  rm -f prof.db prof.db-journal
  profile check_ska "$ska" check plan.ska --db ska.db --format json
  profile check_limit ./limit_check ska.db plan.spec
  profile whole_ska "$ska" check whole.ska --db ska.db --format json
  for n in $more_plans; do [ "$n" = 10000 ] && profile check10000_ska "$ska" check plan-10000.ska --db ska.db --format json; done
  profile parse_ska "$ska" check --syntax-only parse.ska
  echo "profiles: written"
}

# ---- the table ----

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
by() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "too short" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == "<=" ? v <= t : op == "<" ? v < t : v >= t; print ok ? "met" : "**missed**" }'; }
per_cpu() { awk -v n="$1" -v s="$2" -v w="$3" 'BEGIN { if (s > 0) printf "%.2f M %s/CPU s", n / s / 1e6, w; else print "too short" }'; }
secs() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms", s * 1000; else printf "%.2f s", s }'; }
share() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", 100 * a / b; else print 0 }'; }
# cpu_wall LABEL: "CPU s CPU (wall s)"
cpu_wall() { echo "$(secs "$(col "$1" 6)") CPU ($(secs "$(col "$1" 2)") wall)"; }

# published_row: the import of the published files against the long CSV of
# the same values, per value and per CPU second; its verdict counts
published_row() {
  if [ ! -f import_published.times ]; then
    echo "| import: published files ≥ long CSV per value | skipped: the files are missing | | | | ≥ 1× | |"
    return 0
  fi
  . ./published.env
  pc=$(col import_published 6) pw=$(col import_published 2) lc=$(col import_pub_long 6) lw=$(col import_pub_long 2)
  pr=$(awk -v pw="$pw" -v lw="$lw" 'BEGIN { printf "%.2f", lw / pw }')
  prc=$(awk -v pc="$pc" -v lc="$lc" 'BEGIN { if (pc > 0 && lc > 0) printf "%.2f", lc / pc; else print "too short" }')
  case $prc in [0-9]*) pv=$(verdict "$prc" ">=" 1) pcx="$prc×" ;; *) pv="" pcx=$prc ;; esac
  echo "| import: published files ≥ long CSV per value | $(per_cpu "$pub_values" "$pc" values)," \
       "$(per_cpu "$pub_rows" "$pc" rows) ($pub_files files of results: $pub_rows rows, $pub_values values) |" \
       "the same values as one long CSV: $(per_cpu "$pub_values" "$lc" values) ($(cpu_wall import_pub_long)) | $pcx | ${pr}× | ≥ 1× | $pv |"
}

# whole_rows: the whole-store plan against one scan of the rows it reads,
# and its peak memory against twice the bytes of those rows in the store
whole_rows() {
  . ./whole.env
  wr=$(ratio "$(col whole_ska 6)" "$(col whole_limit 6)")
  wm=$(awk -v mb="$(col whole_ska 5)" -v b="$result_bytes" 'BEGIN { printf "%.2f", mb * 1048576 / b }')
  echo "| whole-store plan: $whole_rules rules over every unit, period and group | $(cpu_wall whole_ska) |" \
       "one sequential scan (C API) $(cpu_wall whole_limit) | ${wr}× | $(by "$(col whole_ska 2)" "$(col whole_limit 2)") |" \
       "≤ 2× | $(verdict "$wr" "<=" 2) |"
  echo "| whole-store plan: peak memory | $(col whole_ska 5) MB | the rows' pages in the store" \
       "$(awk -v b="$result_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB | ${wm}× | | < 2× | $(verdict "$wm" "<" 2) |"
}

# check_row GOALS LABEL-PREFIX: ska's check against the hand-written SQL
check_row() {
  cs=$(col "${2}_ska" 6) cl=$(col "${2}_limit" 6)
  r=$(ratio "$cs" "$cl")
  echo "| check: $1 goals | $(cpu_wall "${2}_ska") | hand-written SQL $(cpu_wall "${2}_limit") | ${r}× |" \
       "$(by "$(col "${2}_ska" 2)" "$(col "${2}_limit" 2)") | ≤ 1.0× | $(verdict "$r" "<=" 1.0) |"
}

# pandas_row HOW LABEL: pandas (loading as HOW says) against ska's check
pandas_row() {
  r=$(ratio "$(col "$2" 6)" "$(col check_ska 6)")
  load=$(sed -n 's/^pandas: load \([0-9.]*\) s.*/\1/p' "$2.err")
  echo "| check: vs pandas, $1 | $(cpu_wall check_ska) | pandas $(cpu_wall "$2"), load $(secs "$load") wall |" \
       "${r}× faster | $(by "$(col "$2" 2)" "$(col check_ska 2)") faster | ≥ 5× faster | $(verdict "$r" ">=" 5) |"
}

report() {
  . ./stores.env
  read -r _ point_ms point_p95 _ < latency.out
  rank_ms=$(awk '$1 == "rank" { print $2 }' latency.out)
  rank_p95=$(awk '$1 == "rank" { print $3 }' latency.out)
  rank_units=$(awk '$1 == "rank" { print $5 }' latency.out)
  # the targets are judged by CPU seconds (user + sys, getrusage): on this
  # shared machine the wall clock is mostly other work's; it is shown beside
  imp_c=$(col import_ska 6) lim_c=$(col import_limit 6) pl_c=$(col import_plain 6)
  imp_share=$(share "$lim_c" "$imp_c") plain_share=$(share "$pl_c" "$imp_c")
  imp_mb=$(col import_ska 5)
  par_r=$(ratio "$(col parse_ska 6)" "$(col parse_luac 6)")
  par_m=$(ratio "$(col parse_ska 5)" "$(col parse_luac 5)")
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  {
    echo "# ska bench results"
    echo
    echo "\`make bench\` (BENCH_SIZE=$size, seed $seed), $(date -u -r latency.out '+%Y-%m-%d %H:%M UTC'); medians of $runs runs ($check_runs for ska's and the SQL's checks," \
         "each the mean of 10 back-to-back runs for 100 goals, of $rep1000 for $goals)."
    echo "Machine: $(nproc) cores, $cpu, $mem; $(uname -sr); SQLite $(sqlite3 --version | cut -d' ' -f1)," \
         "pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'), $(luac5.4 -v | cut -d' ' -f1-2)," \
         "$(cat cc.version)."
    echo
    echo "Data: $rows result rows ($indicators indicators × $units units — Riket, $kommuner kommuner, $schools schools —" \
         "× 10 years × 3 groups, less the rows real data lack), with \`..\` \`.\` \`~100\` as in real tables."
    echo "Check plan: $goals goals, $targets targets of every kind, $rules rules (organiser with $org_schools schools)" \
         "${more_plans:+; the same kind of plan with $(echo "$more_plans" | sed 's/ / and /') goals}."
    echo "Parse plan: $parse_goals goals, $ska_kb KiB as ska, $lua_kb KiB as Lua."
    echo
    echo "Targets are judged by CPU seconds (user + sys of the process, getrusage), which the load of"
    echo "other work on this shared machine changes far less than the wall clock (shown beside)."
    echo
    echo "| what | ska | the limit | CPU ratio | wall ratio | target | |"
    echo "|---|---:|---:|---:|---:|---|---|"
    echo "| import: speed | $(per_cpu "$rows" "$imp_c" rows) ($(cpu_wall import_ska)) |" \
         "C API, keyed table with each row's source line: $(per_cpu "$rows" "$lim_c" rows) ($(cpu_wall import_limit)) | $imp_share % of the limit |" \
         "$(share "$(col import_limit 2)" "$(col import_ska 2)") % | ≥ 90 % | $(verdict "$imp_share" ">=" 90) |"
    echo "| import: the floor, a table without a key | | C API, no key: $(per_cpu "$rows" "$pl_c" rows) ($(cpu_wall import_plain)) |" \
         "$plain_share % of the floor | | physical limit | |"
    echo "| import: peak memory | $imp_mb MB | C API $(col import_limit 5) MB | | | < 50 MB | $(verdict "$imp_mb" "<" 50) |"
    echo "| import: sqlite3 \`.import\` (text, no ids) | | $(per_cpu "$rows" "$(col import_sqlite3 6)" rows) ($(cpu_wall import_sqlite3))," \
         "$(col import_sqlite3 5) MB | | | reference | |"
    published_row
    for n in $more_plans; do [ "$n" = 100 ] && check_row 100 check100; done
    check_row "$goals" check
    for n in $more_plans; do [ "$n" = 10000 ] && check_row 10000 check10000; done
    rr=$(ratio "$(col record_ska 6)" "$(col check_plain_ska 6)")
    echo "| check --record: $goals goals | $(cpu_wall record_ska) | the same check $(cpu_wall check_plain_ska) | ${rr}× |" \
         "$(by "$(col record_ska 2)" "$(col check_plain_ska 2)") | ≤ 1.10× | $(verdict "$rr" "<=" 1.10) |"
    whole_rows
    pandas_row "reading the store (read_sql_query)" check_pandas
    pandas_row "reading the CSV (C parser, categories)" check_pandas_csv
    echo "| parse: $parse_goals goals | $(cpu_wall parse_ska) | \`luac -p\` $(cpu_wall parse_luac) | ${par_r}× |" \
         "$(by "$(col parse_ska 2)" "$(col parse_luac 2)") | ≤ 1.2× | $(verdict "$par_r" "<=" 1.2) |"
    echo "| parse: peak memory | $(col parse_ska 5) MB | \`luac -p\` $(col parse_luac 5) MB | ${par_m}× | | ≤ 2× | $(verdict "$par_m" "<=" 2) |"
    echo "| REPL: point query | $point_ms ms (p95 $point_p95) | | | | < 5 ms | $(verdict "$point_ms" "<" 5) |"
    echo "| REPL: ranking of $rank_units schools | $rank_ms ms (p95 $rank_p95) | | | | < 100 ms | $(verdict "$rank_ms" "<" 100) |"
    echo
    echo "Store sizes: ska $ska_mb MB, C API $limit_mb MB (no key: $plain_mb MB), sqlite3 \`.import\` $sqlite_mb MB;" \
         "every indicator's rows agree (checksums of values, statuses, counts, units, years, groups; and of the lines they were read on, ska and C API)."
    echo "Verdicts: $(verdict_summary), identical from ska, the SQL and pandas (both ways of loading)."
    echo
    echo "Every measurement: wall-clock seconds, the CPU seconds the process itself used, peak resident memory:"
    echo
    echo "| measurement | median | min | max | CPU (user+sys) median | peak MB |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk '{ printf "| %s | %.3f | %.3f | %.3f | %.3f | %.1f |\n", $1, $2, $3, $4, $6, $5 }' measurements
    if [ -f profiles.md ]; then echo; cat profiles.md; fi
  } > "$results"
  sed -n '/^| what/,/^$/p' "$results"
  echo "bench: wrote $results"
  case $results in "$top"/bench/results*.md) readme ;; esac
  return 0
}

# readme: the README's figures are those of bench/results.md (full) and
# bench/results-medium.md, bench/results-small.md, whichever exist: each
# run's line, the verdicts counted and its table, between the bench markers
readme() {
  : > readme.part
  for f in "$top/bench/results.md" "$top/bench/results-medium.md" "$top/bench/results-small.md"; do
    [ -f "$f" ] || continue
    awk -v name="bench/$(basename "$f")" '
      /^`make bench`/ { run = $0; sub(/^`make bench` /, "", run); sub(/\.$/, "", run) }
      /^Machine: / { mach = $0; sub(/^Machine: /, "", mach); sub(/\.$/, "", mach) }
      /^\| what/ { intable = 1 }
      intable && /^$/ { intable = 0 }
      intable {
        table = table $0 "\n"
        if ($0 ~ /\| met \|$/) met++
        else if ($0 ~ /\*\*missed\*\* \|$/) { split($0, c, " \\| "); sub(/^\| /, "", c[1]); missed = missed (missed ? "; " : "") c[1]; nmissed++ }
      }
      END {
        print "From [" name "](" name "): `make bench` " run ","
        print "on a shared VM (" mach "). " \
              (missed == "" ? "Every target is met:" : met " of " met + nmissed " targets met (missed: " missed "):")
        print ""
        printf "%s\n", table
      }' "$f" >> readme.part
  done
  awk -v part=readme.part '
    /^<!-- bench results: / {
      print
      print "The latest run of each size. Targets are judged by the CPU seconds the processes used"
      print "(getrusage), which the load of other work on the machine changes less than the wall clock."
      print ""
      while ((getline l < part) > 0) print l
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
  echo "bench: wrote the tables into README.md"
}

if [ "${BENCH_REPORT_ONLY:-0}" = 1 ]; then
  for f in sizes.env stores.env whole.env latency.out verdicts.ska cc.version import_ska.times; do
    [ -f "$f" ] || { echo "bench: no finished run in $out ($f missing)" >&2; exit 2; }
  done
  . ./sizes.env
  runs=$(wc -l < import_ska.times)
  check_runs=$(wc -l < check_ska.times)
  : > measurements
  published=""
  [ -f import_published.times ] && published="import_published import_pub_long"
  checks=""
  for n in $more_plans; do checks="$checks check${n}_ska check${n}_limit"; done
  # shellcheck disable=SC2086 # lists of labels without blanks
  summarize import_ska import_limit import_plain import_sqlite3 $published check_ska check_limit check_pandas \
    check_pandas_csv $checks check_plain_ska record_ska whole_ska whole_limit parse_ska parse_luac
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
bench_record
bench_whole
bench_parse
bench_latency
bench_profiles
report
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  rm -f results.csv ska.db ska.db-wal ska.db-shm pub.db pub.db-wal pub.db-shm pub_long.csv publong.db publong.db-wal publong.db-shm limit.db plain.db sqlite.db parse.ska parse.lua \
    check_*.out check*_ska.out record_ska.out whole_ska.out
fi
