#!/bin/sh
# tests/run.sh — runs every tests/**/*.t against one or more ska binaries.
#
# A .t file is plain text:
#   # what the test proves           (comment lines before the first section)
#   --- file NAME                    (a file written into the test's directory)
#   --- run COMMAND                  (a shell command; `ska` is the binary under test)
#   --- expect exit N                (its stdout then stderr, exactly, and exit code)
# A step that exits 77 where that is not expected is skipped, with the rest
# of its test: its first line of output, printed after SKIP, says why.
# Each test runs in a fresh temporary directory, JOBS of them at once
# (default 2). A line per test file says how it went, as it finishes:
#   [ 37/288] ok   import/csv_basic.t  0.4s
# a failure is followed by its diff and the directory it ran in, with any
# log the test wrote there, kept as tests/out/plain/PATH or
# tests/out/asan/PATH (PATH: the test's, without .t). The last line printed is
# "N passed, N failed"; the exit code is 1 when anything failed.
# Each run writes every test's time to tests/out/times, slowest first.
# A test that needs a large input makes it in linear time (`head -c N
# /dev/zero | tr '\0' x`, awk printing line by line), never by growing a
# string in a loop (s = s "x" is quadratic: minutes for a megabyte).
#
# TESTS=words runs only the tests whose path contains one of the words.
# UPDATE=1 rewrites the expected output and exit codes of failing tests with
# what the binary did (for a deliberate change of output: review the diff);
# the binaries then run one after the other, so that the second checks what
# the first wrote.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/tests/out

now() { date +%s%N; }   # nanoseconds (GNU date)

# Runs the steps of one .t file in directory $dir; prints what failed.
run_one() { # $1 = .t file, $2 = bin dir, $3 = case dir
  t=$1 dir=$3
  rm -rf "$dir"; mkdir -p "$dir"
  awk -v dir="$dir" '
    function out(path) { if (cur != "") close(cur); cur = path; if (cur != "") printf "" > cur }
    /^--- file / { f = substr($0, 10); if (index(f, "/")) { d = f; sub(/\/[^\/]*$/, "", d); system("mkdir -p \"" dir "/" d "\"") }
                   out(dir "/" f); next }
    /^--- run /  { k++; out(dir "/.cmd." k); printf "%s\n", substr($0, 9) > cur; out(""); cur = ""; next }
    /^--- expect exit / { out(dir "/.exp." k); printf "%s\n", substr($0, 17) > (dir "/.rc." k); close(dir "/.rc." k); next }
    /^--- / { printf "%s: bad section line: %s\n", FILENAME, $0 > "/dev/stderr"; exit 1 }
    cur != "" { printf "%s\n", $0 > cur }
    END { if (cur != "") close(cur); printf "%d\n", k > (dir "/.count") }
  ' "$t" || return 1
  n=$(cat "$dir/.count")
  [ "$n" -gt 0 ] || { echo "  no --- run section"; return 1; }
  k=1
  while [ "$k" -le "$n" ]; do
    cmd=$(cat "$dir/.cmd.$k")
    run_step "$dir" "$2" "$cmd"
    rc=$?
    cat "$dir/.stdout" "$dir/.stderr" > "$dir/.got"
    want_rc=$(cat "$dir/.rc.$k" 2>/dev/null || echo "?")
    # exit 77 (automake's): the step cannot run here; its output says why
    if [ "$rc" = 77 ] && [ "$want_rc" != 77 ]; then head -n 1 "$dir/.got"; return 3; fi
    cp "$dir/.got" "$dir/.got.$k"
    echo "$rc" > "$dir/.gotrc.$k"
    if [ ! -f "$dir/.exp.$k" ] || ! cmp -s "$dir/.got" "$dir/.exp.$k" || [ "$rc" != "$want_rc" ]; then
      [ "${UPDATE:-}" = 1 ] && { update_expectations "$t" "$dir" "$n" "$2"; echo "UPDATED"; return 2; }
      echo "  step $k: $cmd"
      [ "$rc" != "$want_rc" ] && echo "  exit code $rc, expected $want_rc"
      [ -f "$dir/.exp.$k" ] && diff -u "$dir/.exp.$k" "$dir/.got" | sed -n '3,40p' | sed 's/^/  /'
      return 1
    fi
    k=$((k + 1))
  done
  return 0
}

run_step() { # $1 = case dir, $2 = bin dir, $3 = command
  ( cd "$1" && PATH="$2:$PATH" HOME="$1" SKA_PATH="$top" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC \
      SKA_HISTORY="$1/.history" sh -c "$3" > "$1/.stdout" 2> "$1/.stderr" < /dev/null )
}

# Runs every remaining step of the test, then writes each step's output and
# exit code into the .t file in place of the old expectations.
update_expectations() { # $1 = .t file, $2 = case dir, $3 = steps, $4 = bin dir
  k=1
  while [ "$k" -le "$3" ]; do
    if [ ! -f "$2/.got.$k" ]; then
      run_step "$2" "$4" "$(cat "$2/.cmd.$k")"
      echo $? > "$2/.gotrc.$k"
      cat "$2/.stdout" "$2/.stderr" > "$2/.got.$k"
    fi
    k=$((k + 1))
  done
  awk -v dir="$2" '
    /^--- expect exit / { k++; getline rc < (dir "/.gotrc." k); print "--- expect exit " rc
                          while ((getline line < (dir "/.got." k)) > 0) print line
                          skip = 1; next }
    /^--- / { skip = 0 }
    !skip { print }
  ' "$1" > "$2/.new" && cat "$2/.new" > "$1"
}

# One job, run by xargs: prints one line "status id ms" when done; the
# details of a failure go to $work/log.ID.
if [ "${1:-}" = --job ]; then
  id=$2 binno=$3 rel=$4
  keep=$out/$(cat "$work/kind.$binno")/${rel#tests/}
  keep=${keep%.t}
  rm -rf "$keep"
  start=$(now)
  run_one "$top/$rel" "$work/bin.$binno" "$work/case.$id" > "$work/log.$id" 2>&1
  st=$?
  ms=$((($(now) - start) / 1000000))
  case $st in
  0) st=ok; rm -rf "$work/case.$id" ;;
  2) st=upd; rm -rf "$work/case.$id" ;;
  3) st=skip; rm -rf "$work/case.$id" ;;
  *) st=FAIL
     mkdir -p "$(dirname "$keep")" && mv "$work/case.$id" "$keep"
     echo "  kept in ${keep#"$top"/}/" >> "$work/log.$id" ;;
  esac
  echo "$st $id $ms"
  exit 0
fi

[ $# -ge 1 ] || { echo "usage: tests/run.sh SKA_BINARY..." >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ska-tests.XXXXXX")
export work
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The job list: "id binary-number path", one per test and binary.
binno=0 id=0
for bin in "$@"; do
  [ -x "$bin" ] || { echo "tests/run.sh: $bin is not an executable" >&2; exit 2; }
  binno=$((binno + 1))
  mkdir -p "$work/bin.$binno"
  ln -sf "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$work/bin.$binno/ska"
  case "$bin" in *asan*) kind=asan;; *) kind=plain;; esac
  echo "$kind" > "$work/kind.$binno"
  echo "$binno $kind" >> "$work/kinds"
  for t in $(find "$top/tests" -name '*.t' | sort); do
    rel=${t#"$top"/}
    if [ -n "${TESTS:-}" ]; then
      hit=0
      for w in $TESTS; do case "$rel" in *"$w"*) hit=1;; esac; done
      [ "$hit" = 1 ] || continue
    fi
    id=$((id + 1))
    echo "$id $binno $rel" >> "$work/jobs.$binno"
    echo "$id $binno $rel" >> "$work/jobs"
  done
done
total=$id
[ "$total" -gt 0 ] || { echo "0 passed, 0 failed"; exit 0; }

# The slowest tests of the last run start first, so that no long test is
# left running alone at the end.
order() { # $1 = job list
  awk 'FILENAME == ARGV[1] { kind[$1] = $2; next }
       FILENAME == ARGV[2] { ms[$2 " " $3] = $1; next }
       { k = kind[$2] " " $3; print (k in ms ? ms[k] : 0), $0 }' "$work/kinds" "$out/times.key" "$1" |
    sort -s -k1,1nr | cut -d' ' -f2-
}
touch "$out/times.key"

jobs=${JOBS:-2}
if [ "${UPDATE:-}" = 1 ]; then
  lists=$(ls "$work"/jobs.*)
else
  lists=$work/jobs
fi
mkfifo "$work/done"
for list in $lists; do
  order "$list" | xargs -r -n 3 -P "$jobs" sh "$0" --job
done > "$work/done" &
pass=0 fail=0 skip=0 n=0
while read -r st id ms; do
  n=$((n + 1))
  set -- $(sed -n "/^$id /p" "$work/jobs")
  kind=$(cat "$work/kind.$2")
  label=""
  [ "$kind" = plain ] || label="[$kind] "
  rel=${3#tests/}
  printf '%s %s %s\n' "$ms" "$kind" "$3" >> "$work/times"
  case $st in
  ok)  pass=$((pass + 1)); printf '[%*d/%d] ok   %s%s  %d.%ds\n' ${#total} "$n" "$total" "$label" "$rel" $((ms / 1000)) $((ms % 1000 / 100)) ;;
  upd) pass=$((pass + 1)); printf '[%*d/%d] UPDATED %s%s\n' ${#total} "$n" "$total" "$label" "$rel" ;;
  skip) skip=$((skip + 1)); printf '[%*d/%d] SKIP %s%s: %s\n' ${#total} "$n" "$total" "$label" "$rel" "$(head -n 1 "$work/log.$id")" ;;
  *)   fail=$((fail + 1)); printf '[%*d/%d] FAIL %s%s\n' ${#total} "$n" "$total" "$label" "$rel"
       sed "s|$top/||" "$work/log.$id" ;;
  esac
done < "$work/done"
wait

# Times of this run, slowest first ("ms plain|asan path"): the next run
# starts with these. Tests not run this time keep their last time.
awk 'FILENAME == ARGV[1] { seen[$2 " " $3] = 1; print; next } !(($2 " " $3) in seen)' \
  "$work/times" "$out/times.key" | sort -k1,1nr > "$work/times.key"
mv "$work/times.key" "$out/times.key"
awk '{ sub(/^tests\//, "", $3); printf "%7.1f s  %s%s\n", $1 / 1000, ($2 == "plain" ? "" : "[" $2 "] "), $3 }' \
  "$out/times.key" > "$out/times"
if [ "$skip" -gt 0 ]; then echo "$pass passed, $fail failed, $skip skipped"; else echo "$pass passed, $fail failed"; fi
[ "$fail" -eq 0 ]
