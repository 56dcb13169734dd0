# Without --format the report is HTML, on standard output or in the -o file,
# unless the -o file ends in .md; --format wins over the file's extension.
# Without --as-of the follow-ups are those due by today.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;221,3
--- file plan.ska
plan "P" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 "Meritvärdet" { target merit > 200 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db | head -2
--- expect exit 0
<!DOCTYPE html>
<html lang="sv">
--- run ska report plan.ska --db t.db -o a.html && head -1 a.html
--- expect exit 0
<!DOCTYPE html>
--- run ska report plan.ska --db t.db -o a.md && head -1 a.md && ls
--- expect exit 0
# P
a-G1-merit.svg
a.html
a.md
data.csv
plan.ska
t.db
units.csv
--- run ska report plan.ska --db t.db --format html -o b.md && head -1 b.md
--- expect exit 0
<!DOCTYPE html>
--- run ska report plan.ska --db t.db --format md | grep -c "^## Uppföljningar att göra per $(date +%Y-%m-%d)$"
--- expect exit 0
1
