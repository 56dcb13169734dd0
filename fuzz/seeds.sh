#!/bin/sh
# fuzz/seeds.sh OUT — writes the seed corpora of the harnesses, one
# directory each under OUT (plan, csv, kolada, source, repl), from what
# the repository already holds rather than copies kept in git:
#   plan    the example plans, the stdlib, every tests/**/data/*.ska and
#           every `--- file NAME.ska` of a tests/**/*.t
#   csv     the example and test data files (.csv, .tsv) and the
#           `--- file` CSV and TSV sections of the tests
#   kolada  the `--- file NAME.json` sections and the Kolada files of
#           tests/import/data
#   source  fuzz/seeds/source (the first lines of Skolverket's four
#           exports that stdlib/skolverket.ska describes) and the CSV
#           seeds in Skolverket's layout
#   repl    the `--- file NAME.txt` sections of tests/repl (inputs typed
#           at the REPL)
# and, for the importers, files larger than their 64 KiB read buffers:
# a CSV of about 100 KiB, a Kolada JSON document of about 180 KiB and a
# Skolverket export of about 80 KiB.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
# built beside OUT and moved into place: a fuzzer may be reading OUT
final=$1 out=$1.new.$$
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/plan" "$out/csv" "$out/kolada" "$out/source" "$out/repl"

# `--- file` sections: each to OUT/KIND/TEST-NAME, by the file's extension.
for t in $(find "$top/tests" -name '*.t' | sort); do
  rel=${t#"$top"/tests/}
  awk -v out="$out" -v tag="$(echo "${rel%.t}" | tr '/' '_')" '
    function kind(name) {
      if (name ~ /\.ska$/) return "plan"
      if (name ~ /\.(csv|tsv)$/) return "csv"
      if (name ~ /\.json$/) return "kolada"
      if (name ~ /\.txt$/ && FILENAME ~ /\/repl\//) return "repl"
      return ""
    }
    /^--- file / { if (cur != "") close(cur); name = substr($0, 10); gsub(/\//, "_", name)
                   k = kind(name); cur = k == "" ? "" : out "/" k "/" tag "-" name; n++
                   if (cur != "") printf "" > cur; next }
    /^--- / { if (cur != "") close(cur); cur = ""; next }
    cur != "" { print > cur }
  ' "$t"
done

copy() { # $1 = kind, then files
  k=$1; shift
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$out/$k/$(echo "${f#"$top"/}" | tr '/' '_')"
  done
  return 0
}
copy plan "$top"/examples/*/*.ska "$top"/stdlib/*.ska "$top"/tests/*/data/*.ska
copy csv "$top"/examples/*/*.csv "$top"/examples/data/*.csv "$top"/tests/*/data/*.csv "$top"/tests/*/data/*.tsv
copy kolada "$top"/tests/*/data/*.json "$top"/tests/import/data/riket.txt
# MasterData.txt is 900 KB: its first 100 KiB, cut inside the document
head -c 102400 "$top/tests/import/data/MasterData.txt" > "$out/kolada/masterdata-head.json"

# Larger than the read buffers (records and strings cross the 64 KiB
# boundary): 2600 rows of about 45 bytes, every 7th with a quoted name
# holding a line break and a separator.
awk 'BEGIN { print "indikator;enhet;namn;år;kön;värde;antal"
  for (i = 0; i < 2600; i++)
    printf "N%05d;%04d;%s;%d;%s;%d,%d;%d\n", i % 50, i % 290, (i % 7 ? "Skola " i : "\"Skola\n;" i "\""),
           2010 + i % 12, (i % 2 ? "flickor" : "pojkar"), i % 100, i % 10, i }' > "$out/csv/big.csv"
awk 'BEGIN { printf "{\"count\": 1400, \"values\": ["
  for (i = 0; i < 1400; i++)
    printf "%s\n {\"kpi\": \"N%05d\", \"municipality\": \"%04d\", \"period\": %d, \"values\": [{\"gender\": \"T\", \"value\": %d.5, \"count\": %d, \"status\": \"\"}]}", (i ? "," : ""), i % 50, i % 290, 2010 + i % 12, i, i
  print "], \"next_page\": null}" }' > "$out/kolada/big.json"
cp "$top"/fuzz/seeds/source/* "$out/source/"
grep -l 'Valt läsår' "$out"/csv/* | while read -r f; do cp "$f" "$out/source/"; done
f=$top/fuzz/seeds/source/behorighet_grundskola_2024_25.csv
{ cat "$f"; i=0; while [ $i -lt 250 ]; do tail -n 4 "$f"; i=$((i + 1)); done; } > "$out/source/big.csv"

rm -rf "$final"
mv "$out" "$final"
