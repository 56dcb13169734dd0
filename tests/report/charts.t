# Edge cases of the trend charts, in the SVG files of a Markdown report:
# - a value known only as an interval ("~100") is a bar over the interval
#   with caps, and the line does not pass through it (2017 here);
# - a single period gives markers and no line;
# - a title too long for one line wraps onto two, and what does not fit on
#   two ends in "…";
# - a bound outside the values widens the axis to show it; a percent axis
#   stays within 0–100 %;
# - an indicator with no value at all gets no chart (and no file).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
lärare;0181;2016;totalt;97
lärare;0181;2017;totalt;~100
lärare;0181;2018;totalt;98,5
lärare;0181;2019;totalt;99
en;0181;2019;totalt;40
en;0181;2019;flickor;44
lång;0181;2018;totalt;12
lång;0181;2019;totalt;14
--- file plan.ska
plan "Diagram" { organiser "Södertälje kommun"; period 2019 }
indicator lärare "Lärare med lärarlegitimation" { scale percent; higher is better }
indicator en "Ett år" { scale percent; higher is better }
indicator lång "Andel elever i årskurs 9 som inte är behöriga till något nationellt program på gymnasiet, kommunala skolor, andel (%), hela kommunen" { scale percent; lower is better }
indicator tom "Utan värden" { scale percent; higher is better }
goal G1 "Legitimerade lärare" { target lärare >= 98 % }
goal G2 "Ett år" { target en[flickor] >= 90 % partly >= 60 % }
goal G3 "Lång rubrik" { target lång < 10 % }
goal G4 "Tom" { target tom > 0 }
--- run ska import t.db units.csv data.csv >/dev/null && ska report plan.ska --db t.db --as-of 2020-01-01 -o r.md && ls
--- expect exit 0
data.csv
plan.ska
r-G1-larare.svg
r-G2-en.svg
r-G3-lang.svg
r.md
t.db
units.csv
--- run cat r-G1-larare.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Lärare med lärarlegitimation, 2016–2019</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Lärare med lärarlegitimation</text>
<path d="M8.0 42.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle cx="22.0" cy="42.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="46.0" font-size="13" fill="#374151">totalt</text>
<path d="M105.0 42.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="139.0" y="46.0" font-size="13" fill="#374151">mål</text>
<rect x="446.0" y="64.0" width="130.0" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">40 %</text>
<path d="M56.0 190.7H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="194.7" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M56.0 127.3H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="131.3" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">100 %</text>
<text x="121.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="251.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="381.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2018</text>
<text x="511.0" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2019</text>
<rect x="56.0" y="64.0" width="520.0" height="6.3" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 70.3H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="85.3" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål ≥ 98 %</text>
<path d="M381.0 68.8L511.0 67.2" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle cx="121.0" cy="73.5" r="4" fill="#1f4e79"/>
<path d="M251.0 190.7V64.0M246.0 190.7h10M246.0 64.0h10" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle cx="381.0" cy="68.8" r="4" fill="#1f4e79"/>
<circle cx="511.0" cy="67.2" r="4" fill="#1f4e79"/>
<text x="520.0" y="71.2" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">99 %</text>
</svg>
--- run cat r-G2-en.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Ett år, 2019</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Ett år</text>
<path d="M8.0 42.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle cx="22.0" cy="42.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="46.0" font-size="13" fill="#374151">totalt</text>
<path d="M105.0 42.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path d="M119.0 37.0L124.0 46.0L114.0 46.0Z" fill="#c2410c"/>
<text x="139.0" y="46.0" font-size="13" fill="#374151">flickor</text>
<path d="M209.5 42.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="243.5" y="46.0" font-size="13" fill="#374151">mål</text>
<path d="M284.0 42.0h28" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="318.0" y="46.0" font-size="13" fill="#374151">delvis</text>
<rect x="56.0" y="64.0" width="520.0" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">20 %</text>
<path d="M56.0 206.5H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="210.5" font-size="12" text-anchor="end" fill="#4b5563">40 %</text>
<path d="M56.0 159.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="163.0" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M56.0 111.5H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="115.5" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">100 %</text>
<text x="316.0" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2019</text>
<rect x="56.0" y="64.0" width="520.0" height="23.8" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 87.8H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="82.8" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål flickor ≥ 90 %</text>
<path d="M56.0 159.0H576.0" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="154.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">delvis flickor ≥ 60 %</text>
<circle cx="316.0" cy="206.5" r="4" fill="#1f4e79"/>
<path d="M316.0 192.0L321.0 201.0L311.0 201.0Z" fill="#c2410c"/>
<text x="325.0" y="201.0" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">44 %</text>
<text x="325.0" y="215.0" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">40 %</text>
</svg>
--- run grep '<text x="8.0"' r-G3-lang.svg
--- expect exit 0
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Andel elever i årskurs 9 som inte är behöriga till något</text>
<text x="8.0" y="41.0" font-size="15" font-weight="bold" fill="#111827">nationellt program på gymnasiet, kommunala skolor, andel (%),…</text>
