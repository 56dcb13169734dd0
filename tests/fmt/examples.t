# Every plan and module of examples/ and stdlib/ is in ska fmt's layout
# (CI fails when one is not), and formatting changes no judgement: each
# file with its white space undone (indentation stripped, every run of
# spaces outside strings and comments made three) formats back to the file
# itself, and each example plan, judged against its example data in that
# messy form and formatted, gives the same `ska check --format json`.
# Uppsala's data are the published files in ../shared/data.
--- file mess.awk
# each run of blanks outside strings and comments becomes three spaces;
# indentation goes
{
  line = $0; sub(/^[ \t]+/, "", line); out = ""; instr = 0; sp = 0
  for (i = 1; i <= length(line); i++) {
    c = substr(line, i, 1)
    if (!instr && (c == "#" || substr(line, i, 2) == "//")) { out = out (sp ? "   " : "") substr(line, i); sp = 0; break }
    if (!instr && (c == " " || c == "\t")) { sp = 1; continue }
    if (sp) { out = out "   "; sp = 0 }
    out = out c
    if (instr && c == "\\") { i++; out = out substr(line, i, 1) }
    else if (c == "\"") instr = !instr
  }
  print out
}
--- file judge.sh
# judge.sh NAME DB [OPTIONS]: the example plan NAME, messy and formatted,
# judged against DB; prints "NAME: same judgement" or the difference (the
# JSON; the plans' warnings, on stderr, name their own file and spacing)
e=$1 db=$2; shift 2
mkdir -p "messy/$e" "formatted/$e"
awk -f mess.awk "$SKA_PATH/examples/$e/plan.ska" > "messy/$e/plan.ska"
ska fmt "messy/$e/plan.ska" > "formatted/$e/plan.ska" || exit 2
cmp -s "formatted/$e/plan.ska" "$SKA_PATH/examples/$e/plan.ska" || { echo "$e: formats to another layout"; exit 1; }
ska check "messy/$e/plan.ska" --db "$db" --format json "$@" > "messy/$e/out.json" 2> /dev/null
ska check "formatted/$e/plan.ska" --db "$db" --format json "$@" > "formatted/$e/out.json" 2> /dev/null
grep -q '"goals":\[{' "messy/$e/out.json" || { echo "$e: no goal judged"; exit 1; }
diff "messy/$e/out.json" "formatted/$e/out.json" && echo "$e: same judgement"
--- run ska fmt --check "$SKA_PATH/examples" "$SKA_PATH/stdlib" && echo formatted
--- expect exit 0
formatted
--- run for f in "$SKA_PATH"/examples/*/*.ska "$SKA_PATH"/stdlib/*.ska; do awk -f mess.awk "$f" | ska fmt - | cmp -s - "$f" || echo "$f: not restored"; done; echo done
--- expect exit 0
done
--- run x="$SKA_PATH/examples" && k="$x/data/kommuner.csv" && ska import ekero.db "$k" "$x/ekero/units.csv" "$x/kolada/results.csv" "$x/ekero/results.csv" > /dev/null && for e in halmstad kolada norberg sodertalje; do ska import $e.db "$k" "$x/$e/units.csv" "$x/$e/results.csv" $([ $e = kolada ] && echo "$x/kolada/skolor.csv") || exit 2; done > /dev/null && ska import samverkan.db "$k" > /dev/null && echo imported
--- expect exit 0
imported
--- run for e in ekero halmstad kolada norberg samverkan sodertalje; do sh judge.sh $e $e.db --as-of 2021-06-30; done
--- expect exit 0
ekero: same judgement
halmstad: same judgement
kolada: same judgement
norberg: same judgement
samverkan: same judgement
sodertalje: same judgement
--- run d="$SKA_PATH"/../shared/data && [ -d "$d/skolverket" ] || { echo "no ../shared/data"; exit 77; }; ska import u.db "$d"/kolada-kommunanalys "$d"/skolverket/*.csv > /dev/null && sh judge.sh uppsala u.db
--- expect exit 0
uppsala: same judgement
