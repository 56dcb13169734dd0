#!/bin/sh
# fuzz/run.sh SECONDS HARNESS... — runs each libFuzzer harness of
# build-fuzz/ (made by `make fuzz`) for SECONDS, one after the other.
#
# Seeds: fuzz/seeds.sh writes them to build-fuzz/seeds/HARNESS from
# examples/ and tests/; what a run finds interesting is kept in
# build-fuzz/corpus/HARNESS for the next run; fmt starts from the plan
# harness's seeds. The plan and fmt harnesses get the
# language's keywords (from src/parse.c) as a dictionary, the REPL those
# and its dot-commands. Input sizes:
# whole plans up to 16 KiB, REPL sessions up to 4 KiB, files to import
# up to 200 KiB (beyond the importers' 64 KiB read buffers).
#
# A crash, leak, timeout (10 s) or out-of-memory input is written to
# build-fuzz/crashes/HARNESS/; the run prints its sanitizer summary and how
# to reproduce it, and goes on with the next harness. The full log of each
# harness is build-fuzz/HARNESS.log. Prints a line per harness and then
# "fuzz: N harnesses, S s each: N found"; exits 1 when anything was found.
# A found input belongs in a test: a tests/**/*.t when the fix is made,
# or fuzz/crashes/HARNESS/ with a note until then.
set -u
[ $# -ge 2 ] || { echo "usage: fuzz/run.sh SECONDS HARNESS..." >&2; exit 2; }
top=$(cd "$(dirname "$0")/.." && pwd)
b=$top/build-fuzz
secs=$1; shift
sh "$top/fuzz/seeds.sh" "$b/seeds" || exit 2
# one "word" a line, bytes outside ASCII written \xNN as libFuzzer wants
sed -n '/^const Keyword keywords/,/^};/p' "$top/src/parse.c" |
  grep -o '{"[^"]*", [A-Z_]*}' | cut -d'"' -f2 | sort -u |
  while read -r w; do printf '%s' "$w" | od -An -tx1 -v | tr -s ' \n' '  '; echo; done |
  awk 'BEGIN { for (i = 32; i < 127; i++) if (i != 34 && i != 92) ch[sprintf("%02x", i)] = sprintf("%c", i) }
       { s = ""; for (i = 1; i <= NF; i++) s = s (($i in ch) ? ch[$i] : "\\x" $i); print "\"" s "\"" }' \
  > "$b/plan.dict"
# the REPL's: the same words and its dot-commands
{ cat "$b/plan.dict"; grep -o '^    {"\.[a-z]*"' "$top/src/repl.c" | cut -d'{' -f2; } > "$b/repl.dict"

found=0 n=0
for h in "$@"; do
  n=$((n + 1))
  [ -x "$b/fuzz-$h" ] || { echo "fuzz: $h: no $b/fuzz-$h (run make fuzz)"; found=$((found + 1)); continue; }
  case $h in
  plan|fmt) opts="-max_len=16384 -dict=$b/plan.dict" ;;
  repl) opts="-max_len=4096 -dict=$b/repl.dict" ;;
  *) opts="-max_len=204800" ;;
  esac
  art=$b/crashes/$h
  mkdir -p "$b/corpus/$h" "$art"
  ls "$art" > "$b/$h.before"
  # shellcheck disable=SC2086  # $opts is a list of options
  "$b/fuzz-$h" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$art/" $opts "$b/corpus/$h" "$b/seeds/$([ "$h" = fmt ] && echo plan || echo "$h")" > "$b/$h.log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$b/$h.log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$b/$h.log" | tail -n 1)
  new=$(ls "$art" | grep -vxF -f "$b/$h.before")
  if [ "$rc" = 0 ] && [ -z "$new" ]; then
    echo "fuzz: $h: ok, ${runs:-?} inputs in $secs s, ${cov:-cov: ?} edges, corpus $(ls "$b/corpus/$h" | wc -l)"
    continue
  fi
  found=$((found + 1))
  echo "fuzz: $h: FOUND (exit $rc) after ${runs:-?} inputs; log: ${b#"$top"/}/$h.log"
  { grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$b/$h.log" || tail -n 3 "$b/$h.log"; } |
    head -n 5 | sed 's/^/  /'
  for f in $new; do
    echo "  input: ${art#"$top"/}/$f ($(wc -c < "$art/$f") bytes); reproduce: build-fuzz/fuzz-$h ${art#"$top"/}/$f"
  done
done
echo "fuzz: $n harnesses, $secs s each: $found found"
[ "$found" -eq 0 ]
