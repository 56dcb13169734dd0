#!/bin/sh
# tests/run.sh — runs every tests/**/*.t against one or more ska binaries.
#
# A .t file is plain text:
#   # what the test proves           (comment lines before the first section)
#   --- file NAME                    (a file written into the test's directory)
#   --- run COMMAND                  (a shell command; `ska` is the binary under test)
#   --- expect exit N                (its stdout then stderr, exactly, and exit code)
# A step that exits 77 where that is not expected is skipped, with the rest
# of its test: its first line of output, printed as "SKIP test: line", says why.
# Each test runs in a fresh temporary directory. The last line printed is
# "N passed, N failed"; the exit code is 1 when anything failed.
#
# TESTS=words runs only the tests whose path contains one of the words.
# UPDATE=1 rewrites the expected output and exit codes of failing tests with
# what the binary did (for a deliberate change of output: review the diff).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: tests/run.sh SKA_BINARY..." >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ska-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT
pass=0 fail=0

run_one() { # $1 = .t file, $2 = bin dir, $3 = label
  t=$1 dir=$work/case
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
  [ "$n" -gt 0 ] || { echo "FAIL $3$t: no --- run section"; return 1; }
  k=1
  while [ "$k" -le "$n" ]; do
    cmd=$(cat "$dir/.cmd.$k")
    ( cd "$dir" && PATH="$2:$PATH" HOME="$dir" SKA_PATH="$top" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC \
        SKA_HISTORY="$dir/.history" sh -c "$cmd" > "$dir/.stdout" 2> "$dir/.stderr" < /dev/null )
    rc=$?
    cat "$dir/.stdout" "$dir/.stderr" > "$dir/.got"
    want_rc=$(cat "$dir/.rc.$k" 2>/dev/null || echo "?")
    # exit 77 (automake's): the step cannot run here; its output says why
    if [ "$rc" = 77 ] && [ "$want_rc" != 77 ]; then echo "SKIP $3$t: $(head -n 1 "$dir/.got")"; return 0; fi
    cp "$dir/.got" "$dir/.got.$k"
    echo "$rc" > "$dir/.gotrc.$k"
    if [ ! -f "$dir/.exp.$k" ] || ! cmp -s "$dir/.got" "$dir/.exp.$k" || [ "$rc" != "$want_rc" ]; then
      [ "${UPDATE:-}" = 1 ] && { update_expectations "$t" "$dir" "$n"; echo "UPDATED $t"; return 0; }
      echo "FAIL $3$t (step $k: $cmd)"
      [ "$rc" != "$want_rc" ] && echo "  exit code $rc, expected $want_rc"
      [ -f "$dir/.exp.$k" ] && diff -u "$dir/.exp.$k" "$dir/.got" | sed -n '3,40p' | sed 's/^/  /'
      return 1
    fi
    k=$((k + 1))
  done
  return 0
}

# Runs every remaining step of the test, then writes each step's output and
# exit code into the .t file in place of the old expectations.
update_expectations() { # $1 = .t file, $2 = case dir, $3 = steps
  k=1
  while [ "$k" -le "$3" ]; do
    if [ ! -f "$2/.got.$k" ]; then
      ( cd "$2" && PATH="$bindir:$PATH" HOME="$2" SKA_PATH="$top" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC \
          SKA_HISTORY="$2/.history" sh -c "$(cat "$2/.cmd.$k")" > "$2/.stdout" 2> "$2/.stderr" < /dev/null )
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

for bin in "$@"; do
  [ -x "$bin" ] || { echo "tests/run.sh: $bin is not an executable" >&2; exit 2; }
  bindir=$work/bin.$(echo "$bin" | tr '/.' '__')
  mkdir -p "$bindir"
  ln -sf "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$bindir/ska"
  label=""
  case "$bin" in *asan*) label="[asan] ";; esac
  for t in $(find "$top/tests" -name '*.t' | sort); do
    rel=${t#"$top"/}
    if [ -n "${TESTS:-}" ]; then
      hit=0
      for w in $TESTS; do case "$rel" in *"$w"*) hit=1;; esac; done
      [ "$hit" = 1 ] || continue
    fi
    if run_one "$t" "$bindir" "$label" >"$work/log" 2>&1; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
    fi
    sed "s|$top/||" "$work/log"
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
