# The reports of the Södertälje and Ekerö examples (examples/) parse
# cleanly, and their Markdown versions write one SVG chart per goal and
# indicator with data, each well-formed.
--- run cp -r "$SKA_PATH"/examples/sodertalje "$SKA_PATH"/examples/ekero "$SKA_PATH"/examples/data . && for e in sodertalje ekero; do ska import $e.db data/kommuner.csv $e/units.csv $e/results.csv >/dev/null || echo "import $e failed"; done
--- expect exit 0
--- run for e in sodertalje ekero; do ska report $e/plan.ska --db $e.db --as-of 2019-09-01 -o $e.html && python3 "$SKA_PATH"/tests/report/check-html.py $e.html >/dev/null && echo "$e: html ok"; done
--- expect exit 0
sodertalje: html ok
ekero: html ok
--- run mkdir md && for e in sodertalje ekero; do ska report $e/plan.ska --db $e.db --as-of 2019-09-01 -o md/$e.md || echo "$e failed"; done; for f in md/*.svg; do python3 -c 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' "$f" || echo "$f is not well-formed"; done; grep -c '^!\[' md/sodertalje.md md/ekero.md | sed 's/:[1-9][0-9]*$/: charts/'
--- expect exit 0
md/sodertalje.md: charts
md/ekero.md: charts
