#!/bin/sh
# examples/demo.sh — what `make demo` shows: three example plans judged by
# ./ska against their data. Run from anywhere once ./ska is built; the
# stores go to build/demo/ (made afresh each run, ignored by git).
#
#   Södertälje's plan for 2018/19 against the figures in the plan itself;
#   the same goals against real Kolada data for every municipality, with
#   per-school rules on Skolverket's figures for 2024/25;
#   Uppsala's goals on Skolverket's and Kolada's files exactly as
#   downloaded, from ../shared/data (skipped, with a line saying so, where
#   that directory is missing).
#
# `ska check` exits 1 when a goal is not achieved: that is the demo's
# point, not a failure. Any other error stops the demo.
set -eu
cd "$(dirname "$0")/.."
ska=./ska
out=build/demo
[ -x "$ska" ] || { echo "demo: $ska is not built (run make)" >&2; exit 2; }

step() { printf '\n==> %s\n' "$1"; }

# Runs ska check; exit 0 (all achieved) and 1 (not all) are both results.
check() {
  rc=0
  "$ska" check "$@" || rc=$?
  [ "$rc" -le 1 ] || exit "$rc"
}

rm -rf "$out"
mkdir -p "$out"

step "Importing Södertälje's own tables into $out/sodertalje.db"
"$ska" import "$out/sodertalje.db" examples/data/kommuner.csv \
    examples/sodertalje/units.csv examples/sodertalje/results.csv

step "Judging examples/sodertalje/plan.ska (Plan för systematiskt kvalitetsarbete 2018/2019)"
check examples/sodertalje/plan.ska --db "$out/sodertalje.db"

step "Importing Kolada 2016–2020 (290 municipalities) and Skolverket's school results into $out/kolada.db"
"$ska" import "$out/kolada.db" examples/data/kommuner.csv examples/kolada/units.csv \
    examples/kolada/results.csv examples/kolada/skolor.csv

step "Judging examples/kolada/plan.ska (Södertälje against the country, rules per school)"
check examples/kolada/plan.ska --db "$out/kolada.db"

data=../shared/data
if [ -d "$data/skolverket" ] && [ -d "$data/kolada-kommunanalys" ]; then
  step "Importing the published files as downloaded ($data: KommunAnalys and Skolverket's four exports) into $out/uppsala.db"
  "$ska" import "$out/uppsala.db" "$data/kolada-kommunanalys" \
      "$data/skolverket/behorighet_grundskola_2024_25.csv" \
      "$data/skolverket/nationella_prov_ak9_2024.csv" \
      "$data/skolverket/personalstatistik_grundskola_2024.csv" \
      "$data/skolverket/slutbetyg_ak9_skolenhet_2024_25.csv"

  step "Judging examples/uppsala/plan.ska (own schools, independent schools and the country)"
  check examples/uppsala/plan.ska --db "$out/uppsala.db"
else
  step "Skipping Uppsala: $data (the published Skolverket and Kolada files) is not here"
fi
