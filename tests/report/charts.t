# Edge cases of the trend charts, in the SVG files of a Markdown report:
# - a value known only as an interval ("~100") is a bar over the interval
#   with caps, and the line does not pass through it (2017 here);
# - a single period gives markers and no line;
# - a title too long for one line wraps onto up to three, and what does not
#   fit on three ends in "…";
# - the targets are named with their values in the legend (on a second row
#   when the first is full), not on the plot;
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
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 258" width="380" height="258" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Lärare med lärarlegitimation, 2016–2019</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Lärare med lärarlegitimation</text>
<path d="M8.0 40.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="22.0" cy="40.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="44.0" font-size="12" fill="#374151">totalt</text>
<path d="M100.4 40.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="134.4" y="44.0" font-size="12" fill="#374151">mål ≥ 98 %</text>
<rect x="292.7" y="60.0" width="80.6" height="170.0" fill="#e8eef5"/>
<path d="M51.0 230.0H373.3" stroke="#6b7280" stroke-width="1"/>
<text x="45.0" y="234.0" font-size="12" text-anchor="end" fill="#4b5563">40 %</text>
<path d="M51.0 173.3H373.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="177.3" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M51.0 116.7H373.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="120.7" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M51.0 60.0H373.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="64.0" font-size="12" text-anchor="end" fill="#4b5563">100 %</text>
<text x="333.0" y="248.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2019</text>
<text x="252.5" y="248.0" font-size="12" text-anchor="middle" fill="#4b5563">2018</text>
<text x="171.9" y="248.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="91.3" y="248.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<rect x="51.0" y="60.0" width="322.3" height="5.7" fill="#16a34a" fill-opacity="0.07"/>
<path d="M51.0 65.7H373.3" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M252.5 64.2L333.0 62.8" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle class="pt" cx="91.3" cy="68.5" r="4" fill="#1f4e79"/>
<path class="pt" d="M171.9 173.3V60.0M166.9 173.3h10M166.9 60.0h10" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="252.5" cy="64.2" r="4" fill="#1f4e79"/>
<circle class="pt" cx="333.0" cy="62.8" r="4" fill="#1f4e79"/>
<text x="342.0" y="66.8" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">99 %</text>
</svg>
--- run cat r-G2-en.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Ett år, 2019</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Ett år</text>
<path d="M8.0 40.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="22.0" cy="40.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="44.0" font-size="12" fill="#374151">totalt</text>
<path d="M100.4 40.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path class="pt" d="M114.4 35.0L119.4 44.0L109.4 44.0Z" fill="#c2410c"/>
<text x="134.4" y="44.0" font-size="12" fill="#374151">flickor</text>
<path d="M200.2 40.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="234.2" y="44.0" font-size="12" fill="#374151">mål flickor ≥ 90 %</text>
<path d="M8.0 58.0h28" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="42.0" y="62.0" font-size="12" fill="#374151">delvis flickor ≥ 60 %</text>
<rect x="51.0" y="78.0" width="323.0" height="170.0" fill="#e8eef5"/>
<path d="M51.0 248.0H374.0" stroke="#6b7280" stroke-width="1"/>
<text x="45.0" y="252.0" font-size="12" text-anchor="end" fill="#4b5563">20 %</text>
<path d="M51.0 205.5H374.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="209.5" font-size="12" text-anchor="end" fill="#4b5563">40 %</text>
<path d="M51.0 163.0H374.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="167.0" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M51.0 120.5H374.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="124.5" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M51.0 78.0H374.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="45.0" y="82.0" font-size="12" text-anchor="end" fill="#4b5563">100 %</text>
<text x="212.5" y="266.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2019</text>
<rect x="51.0" y="78.0" width="323.0" height="21.2" fill="#16a34a" fill-opacity="0.07"/>
<path d="M51.0 99.2H374.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M51.0 163.0H374.0" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<circle class="pt" cx="212.5" cy="205.5" r="4" fill="#1f4e79"/>
<path class="pt" d="M212.5 192.0L217.5 201.0L207.5 201.0Z" fill="#c2410c"/>
<text x="221.5" y="201.0" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">44 %</text>
<text x="221.5" y="215.0" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">40 %</text>
</svg>
--- run grep '<text x="8.0"' r-G3-lang.svg
--- expect exit 0
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Andel elever i årskurs 9 som inte är</text>
<text x="8.0" y="38.0" font-size="14" font-weight="bold" fill="#111827">behöriga till något nationellt program</text>
<text x="8.0" y="56.0" font-size="14" font-weight="bold" fill="#111827">på gymnasiet, kommunala skolor, andel…</text>
