# Markdown written with -o gets its charts as SVG files beside it, named
# after the report, the goal and the indicator (å ä ö folded to a a o), and
# refers to them as images. Each SVG is a standalone, well-formed file with
# the XML declaration and the SVG namespace. The chart of G2 shows both
# bounds of `behörig >= 90 % partly >= 85 %` and the review period 2018
# marked; the chart of G3 breaks the boys' line where 2013 is published as
# ".." (a gap, never a zero). An image path with a space is written in <…>.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null && mkdir ut
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 -o ut/rapport.md && ls ut
--- expect exit 0
rapport-G1-meritvarde.svg
rapport-G2-behorig.svg
rapport-G2-ej_behorig.svg
rapport-G3-alla_amnen.svg
rapport.md
--- run grep -n '^!\[' ut/rapport.md; grep -c 'Diagrammen finns inte' ut/rapport.md
--- expect exit 1
37:![Meritvärde åk 9 (17 ämnen)](rapport-G1-meritvarde.svg)
52:![Behöriga till yrkesprogram](rapport-G2-behorig.svg)
54:![Ej behöriga till yrkesprogram](rapport-G2-ej_behorig.svg)
68:![Betyg i alla ämnen](rapport-G3-alla_amnen.svg)
0
--- run for f in ut/*.svg; do python3 -c 'import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); print(sys.argv[1], r.tag, r.get("viewBox"))' "$f"; done
--- expect exit 0
ut/rapport-G1-meritvarde.svg {http://www.w3.org/2000/svg}svg 0 0 640 284
ut/rapport-G2-behorig.svg {http://www.w3.org/2000/svg}svg 0 0 640 284
ut/rapport-G2-ej_behorig.svg {http://www.w3.org/2000/svg}svg 0 0 640 284
ut/rapport-G3-alla_amnen.svg {http://www.w3.org/2000/svg}svg 0 0 640 284
--- run cat ut/rapport-G2-behorig.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Behöriga till yrkesprogram, 2012–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Behöriga till yrkesprogram</text>
<path d="M8.0 42.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle cx="22.0" cy="42.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="46.0" font-size="13" fill="#374151">totalt</text>
<path d="M105.0 42.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path d="M119.0 37.0L124.0 46.0L114.0 46.0Z" fill="#c2410c"/>
<text x="139.0" y="46.0" font-size="13" fill="#374151">flickor</text>
<path d="M209.5 42.0h28" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4"/>
<rect x="219.5" y="38.0" width="8" height="8" fill="#0f766e"/>
<text x="243.5" y="46.0" font-size="13" fill="#374151">pojkar</text>
<path d="M306.5 42.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="340.5" y="46.0" font-size="13" fill="#374151">mål</text>
<path d="M381.0 42.0h28" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="415.0" y="46.0" font-size="13" fill="#374151">delvis</text>
<rect x="501.7" y="64.0" width="74.3" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">70 %</text>
<path d="M56.0 216.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="220.0" font-size="12" text-anchor="end" fill="#4b5563">75 %</text>
<path d="M56.0 178.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="182.0" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M56.0 140.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="144.0" font-size="12" text-anchor="end" fill="#4b5563">85 %</text>
<path d="M56.0 102.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="106.0" font-size="12" text-anchor="end" fill="#4b5563">90 %</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">95 %</text>
<text x="93.1" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<text x="167.4" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="241.7" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="316.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="390.3" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="464.6" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="538.9" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<rect x="56.0" y="64.0" width="520.0" height="38.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 102.0H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="97.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål ≥ 90 %</text>
<path d="M56.0 140.0H576.0" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="135.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">delvis ≥ 85 %</text>
<path d="M93.1 207.6L167.4 189.4L241.7 162.8L316.0 187.1L390.3 174.2L464.6 167.4L538.9 134.7" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle cx="93.1" cy="207.6" r="4" fill="#1f4e79"/>
<circle cx="167.4" cy="189.4" r="4" fill="#1f4e79"/>
<circle cx="241.7" cy="162.8" r="4" fill="#1f4e79"/>
<circle cx="316.0" cy="187.1" r="4" fill="#1f4e79"/>
<circle cx="390.3" cy="174.2" r="4" fill="#1f4e79"/>
<circle cx="464.6" cy="167.4" r="4" fill="#1f4e79"/>
<circle cx="538.9" cy="134.7" r="4" fill="#1f4e79"/>
<path d="M93.1 201.6L167.4 176.5L241.7 156.7L316.0 192.4L390.3 173.4L464.6 153.7L538.9 107.3" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path d="M93.1 196.6L98.1 205.6L88.1 205.6Z" fill="#c2410c"/>
<path d="M167.4 171.5L172.4 180.5L162.4 180.5Z" fill="#c2410c"/>
<path d="M241.7 151.7L246.7 160.7L236.7 160.7Z" fill="#c2410c"/>
<path d="M316.0 187.4L321.0 196.4L311.0 196.4Z" fill="#c2410c"/>
<path d="M390.3 168.4L395.3 177.4L385.3 177.4Z" fill="#c2410c"/>
<path d="M464.6 148.7L469.6 157.7L459.6 157.7Z" fill="#c2410c"/>
<path d="M538.9 102.3L543.9 111.3L533.9 111.3Z" fill="#c2410c"/>
<path d="M93.1 213.7L167.4 201.6L241.7 168.1L316.0 181.0L390.3 175.7L464.6 181.0L538.9 159.8" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect x="89.1" y="209.7" width="8" height="8" fill="#0f766e"/>
<rect x="163.4" y="197.6" width="8" height="8" fill="#0f766e"/>
<rect x="237.7" y="164.1" width="8" height="8" fill="#0f766e"/>
<rect x="312.0" y="177.0" width="8" height="8" fill="#0f766e"/>
<rect x="386.3" y="171.7" width="8" height="8" fill="#0f766e"/>
<rect x="460.6" y="177.0" width="8" height="8" fill="#0f766e"/>
<rect x="534.9" y="155.8" width="8" height="8" fill="#0f766e"/>
<text x="547.9" y="111.3" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">89,3 %</text>
<text x="547.9" y="138.7" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">85,7 %</text>
<text x="547.9" y="163.8" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">82,4 %</text>
</svg>
--- run cat ut/rapport-G3-alla_amnen.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Betyg i alla ämnen, 2011–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Betyg i alla ämnen</text>
<path d="M8.0 42.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle cx="22.0" cy="42.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="46.0" font-size="13" fill="#374151">totalt</text>
<path d="M105.0 42.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path d="M119.0 37.0L124.0 46.0L114.0 46.0Z" fill="#c2410c"/>
<text x="139.0" y="46.0" font-size="13" fill="#374151">flickor</text>
<path d="M209.5 42.0h28" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4"/>
<rect x="219.5" y="38.0" width="8" height="8" fill="#0f766e"/>
<text x="243.5" y="46.0" font-size="13" fill="#374151">pojkar</text>
<path d="M306.5 42.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="340.5" y="46.0" font-size="13" fill="#374151">mål</text>
<rect x="511.0" y="64.0" width="65.0" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M56.0 216.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="220.0" font-size="12" text-anchor="end" fill="#4b5563">65 %</text>
<path d="M56.0 178.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="182.0" font-size="12" text-anchor="end" fill="#4b5563">70 %</text>
<path d="M56.0 140.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="144.0" font-size="12" text-anchor="end" fill="#4b5563">75 %</text>
<path d="M56.0 102.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="106.0" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">85 %</text>
<text x="88.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2011</text>
<text x="153.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<text x="218.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="283.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="348.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="413.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="478.5" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="543.5" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<rect x="56.0" y="64.0" width="520.0" height="38.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 102.0H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="97.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål ≥ 80 %</text>
<path d="M88.5 208.4L153.5 193.2L218.5 208.4L283.5 185.6L348.5 178.0L413.5 162.8L478.5 185.6L543.5 147.6" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle cx="88.5" cy="208.4" r="4" fill="#1f4e79"/>
<circle cx="153.5" cy="193.2" r="4" fill="#1f4e79"/>
<circle cx="218.5" cy="208.4" r="4" fill="#1f4e79"/>
<circle cx="283.5" cy="185.6" r="4" fill="#1f4e79"/>
<circle cx="348.5" cy="178.0" r="4" fill="#1f4e79"/>
<circle cx="413.5" cy="162.8" r="4" fill="#1f4e79"/>
<circle cx="478.5" cy="185.6" r="4" fill="#1f4e79"/>
<circle cx="543.5" cy="147.6" r="4" fill="#1f4e79"/>
<path d="M88.5 200.8L153.5 185.6L218.5 185.6L283.5 178.0L348.5 178.0L413.5 155.2L478.5 162.8L543.5 109.6" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path d="M88.5 195.8L93.5 204.8L83.5 204.8Z" fill="#c2410c"/>
<path d="M153.5 180.6L158.5 189.6L148.5 189.6Z" fill="#c2410c"/>
<path d="M218.5 180.6L223.5 189.6L213.5 189.6Z" fill="#c2410c"/>
<path d="M283.5 173.0L288.5 182.0L278.5 182.0Z" fill="#c2410c"/>
<path d="M348.5 173.0L353.5 182.0L343.5 182.0Z" fill="#c2410c"/>
<path d="M413.5 150.2L418.5 159.2L408.5 159.2Z" fill="#c2410c"/>
<path d="M478.5 157.8L483.5 166.8L473.5 166.8Z" fill="#c2410c"/>
<path d="M543.5 104.6L548.5 113.6L538.5 113.6Z" fill="#c2410c"/>
<path d="M88.5 216.0L153.5 200.8" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<path d="M283.5 200.8L348.5 178.0L413.5 170.4L478.5 208.4L543.5 185.6" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect x="84.5" y="212.0" width="8" height="8" fill="#0f766e"/>
<rect x="149.5" y="196.8" width="8" height="8" fill="#0f766e"/>
<rect x="279.5" y="196.8" width="8" height="8" fill="#0f766e"/>
<rect x="344.5" y="174.0" width="8" height="8" fill="#0f766e"/>
<rect x="409.5" y="166.4" width="8" height="8" fill="#0f766e"/>
<rect x="474.5" y="204.4" width="8" height="8" fill="#0f766e"/>
<rect x="539.5" y="181.6" width="8" height="8" fill="#0f766e"/>
<text x="552.5" y="113.6" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">79 %</text>
<text x="552.5" y="151.6" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">74 %</text>
<text x="552.5" y="189.6" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">69 %</text>
</svg>
--- run ska report plan.ska --db t.db --as-of 2019-07-01 -o "min rapport.md" && grep '^!\[Betyg' "min rapport.md"
--- expect exit 0
![Betyg i alla ämnen](<min rapport-G3-alla_amnen.svg>)
