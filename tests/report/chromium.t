# The HTML report of the Södertälje example, rendered by headless Chromium
# (installed by screenshot.sh when missing; the test fails loudly if it
# cannot be) to a 1000x1400 PNG: the picture has the window's size and is
# not blank (check-png.py reads the PNG itself).
--- run cp -r "$SKA_PATH"/examples/sodertalje "$SKA_PATH"/examples/data . && ska import s.db data/kommuner.csv sodertalje/units.csv sodertalje/results.csv >/dev/null && ska report sodertalje/plan.ska --db s.db --as-of 2019-09-01 -o rapport.html
--- expect exit 0
--- run sh "$SKA_PATH"/tests/report/screenshot.sh rapport.html rapport.png 1000 1400
--- expect exit 0
png ok: 1000x1400, not blank
