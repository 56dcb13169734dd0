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
ut/rapport-G1-meritvarde.svg {http://www.w3.org/2000/svg}svg 0 0 380 276
ut/rapport-G2-behorig.svg {http://www.w3.org/2000/svg}svg 0 0 380 276
ut/rapport-G2-ej_behorig.svg {http://www.w3.org/2000/svg}svg 0 0 380 276
ut/rapport-G3-alla_amnen.svg {http://www.w3.org/2000/svg}svg 0 0 380 276
--- run cat ut/rapport-G2-behorig.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Behöriga till yrkesprogram, 2012–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Behöriga till yrkesprogram</text>
<path d="M8.0 40.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="22.0" cy="40.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="44.0" font-size="12" fill="#374151">totalt</text>
<path d="M100.4 40.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path class="pt" d="M114.4 35.0L119.4 44.0L109.4 44.0Z" fill="#c2410c"/>
<text x="134.4" y="44.0" font-size="12" fill="#374151">flickor</text>
<path d="M200.2 40.0h28" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4"/>
<rect class="pt" x="210.2" y="36.0" width="8" height="8" fill="#0f766e"/>
<text x="234.2" y="44.0" font-size="12" fill="#374151">pojkar</text>
<path d="M8.0 58.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="42.0" y="62.0" font-size="12" fill="#374151">mål ≥ 90 %</text>
<path d="M130.0 58.0h28" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="164.0" y="62.0" font-size="12" fill="#374151">delvis ≥ 85 %</text>
<rect x="296.0" y="78.0" width="42.1" height="170.0" fill="#e8eef5"/>
<path d="M43.6 248.0H338.1" stroke="#6b7280" stroke-width="1"/>
<text x="37.6" y="252.0" font-size="12" text-anchor="end" fill="#4b5563">70 %</text>
<path d="M43.6 214.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="218.0" font-size="12" text-anchor="end" fill="#4b5563">75 %</text>
<path d="M43.6 180.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="184.0" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M43.6 146.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="150.0" font-size="12" text-anchor="end" fill="#4b5563">85 %</text>
<path d="M43.6 112.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="116.0" font-size="12" text-anchor="end" fill="#4b5563">90 %</text>
<path d="M43.6 78.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="82.0" font-size="12" text-anchor="end" fill="#4b5563">95 %</text>
<text x="317.0" y="266.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<text x="275.0" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="232.9" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="190.8" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="148.8" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="106.7" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="64.6" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<rect x="43.6" y="78.0" width="294.5" height="34.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M43.6 112.0H338.1" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M43.6 146.0H338.1" fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M64.6 206.5L106.7 190.2L148.8 166.4L190.8 188.2L232.9 176.6L275.0 170.5L317.0 141.2" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle class="pt" cx="64.6" cy="206.5" r="4" fill="#1f4e79"/>
<circle class="pt" cx="106.7" cy="190.2" r="4" fill="#1f4e79"/>
<circle class="pt" cx="148.8" cy="166.4" r="4" fill="#1f4e79"/>
<circle class="pt" cx="190.8" cy="188.2" r="4" fill="#1f4e79"/>
<circle class="pt" cx="232.9" cy="176.6" r="4" fill="#1f4e79"/>
<circle class="pt" cx="275.0" cy="170.5" r="4" fill="#1f4e79"/>
<circle class="pt" cx="317.0" cy="141.2" r="4" fill="#1f4e79"/>
<path d="M64.6 201.1L106.7 178.6L148.8 161.0L190.8 192.9L232.9 175.9L275.0 158.2L317.0 116.8" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path class="pt" d="M64.6 196.1L69.6 205.1L59.6 205.1Z" fill="#c2410c"/>
<path class="pt" d="M106.7 173.6L111.7 182.6L101.7 182.6Z" fill="#c2410c"/>
<path class="pt" d="M148.8 156.0L153.8 165.0L143.8 165.0Z" fill="#c2410c"/>
<path class="pt" d="M190.8 187.9L195.8 196.9L185.8 196.9Z" fill="#c2410c"/>
<path class="pt" d="M232.9 170.9L237.9 179.9L227.9 179.9Z" fill="#c2410c"/>
<path class="pt" d="M275.0 153.2L280.0 162.2L270.0 162.2Z" fill="#c2410c"/>
<path class="pt" d="M317.0 111.8L322.0 120.8L312.0 120.8Z" fill="#c2410c"/>
<path d="M64.6 212.0L106.7 201.1L148.8 171.2L190.8 182.7L232.9 178.0L275.0 182.7L317.0 163.7" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect class="pt" x="60.6" y="208.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="102.7" y="197.1" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="144.8" y="167.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="186.8" y="178.7" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="228.9" y="174.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="271.0" y="178.7" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="313.0" y="159.7" width="8" height="8" fill="#0f766e"/>
<text x="326.0" y="120.8" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">89,3 %</text>
<text x="326.0" y="145.2" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">85,7 %</text>
<text x="326.0" y="167.7" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">82,4 %</text>
</svg>
--- run cat ut/rapport-G3-alla_amnen.svg
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Betyg i alla ämnen, 2011–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Betyg i alla ämnen</text>
<path d="M8.0 40.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="22.0" cy="40.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="44.0" font-size="12" fill="#374151">totalt</text>
<path d="M100.4 40.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path class="pt" d="M114.4 35.0L119.4 44.0L109.4 44.0Z" fill="#c2410c"/>
<text x="134.4" y="44.0" font-size="12" fill="#374151">flickor</text>
<path d="M200.2 40.0h28" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4"/>
<rect class="pt" x="210.2" y="36.0" width="8" height="8" fill="#0f766e"/>
<text x="234.2" y="44.0" font-size="12" fill="#374151">pojkar</text>
<path d="M8.0 58.0h28" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="42.0" y="62.0" font-size="12" fill="#374151">mål ≥ 80 %</text>
<rect x="313.7" y="78.0" width="38.6" height="170.0" fill="#e8eef5"/>
<path d="M43.6 248.0H352.3" stroke="#6b7280" stroke-width="1"/>
<text x="37.6" y="252.0" font-size="12" text-anchor="end" fill="#4b5563">60 %</text>
<path d="M43.6 214.0H352.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="218.0" font-size="12" text-anchor="end" fill="#4b5563">65 %</text>
<path d="M43.6 180.0H352.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="184.0" font-size="12" text-anchor="end" fill="#4b5563">70 %</text>
<path d="M43.6 146.0H352.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="150.0" font-size="12" text-anchor="end" fill="#4b5563">75 %</text>
<path d="M43.6 112.0H352.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="116.0" font-size="12" text-anchor="end" fill="#4b5563">80 %</text>
<path d="M43.6 78.0H352.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="82.0" font-size="12" text-anchor="end" fill="#4b5563">85 %</text>
<text x="333.0" y="266.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<text x="294.4" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="255.9" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="217.3" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="178.7" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="140.1" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="101.5" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<text x="62.9" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2011</text>
<rect x="43.6" y="78.0" width="308.7" height="34.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M43.6 112.0H352.3" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M62.9 207.2L101.5 193.6L140.1 207.2L178.7 186.8L217.3 180.0L255.9 166.4L294.4 186.8L333.0 152.8" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle class="pt" cx="62.9" cy="207.2" r="4" fill="#1f4e79"/>
<circle class="pt" cx="101.5" cy="193.6" r="4" fill="#1f4e79"/>
<circle class="pt" cx="140.1" cy="207.2" r="4" fill="#1f4e79"/>
<circle class="pt" cx="178.7" cy="186.8" r="4" fill="#1f4e79"/>
<circle class="pt" cx="217.3" cy="180.0" r="4" fill="#1f4e79"/>
<circle class="pt" cx="255.9" cy="166.4" r="4" fill="#1f4e79"/>
<circle class="pt" cx="294.4" cy="186.8" r="4" fill="#1f4e79"/>
<circle class="pt" cx="333.0" cy="152.8" r="4" fill="#1f4e79"/>
<path d="M62.9 200.4L101.5 186.8L140.1 186.8L178.7 180.0L217.3 180.0L255.9 159.6L294.4 166.4L333.0 118.8" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path class="pt" d="M62.9 195.4L67.9 204.4L57.9 204.4Z" fill="#c2410c"/>
<path class="pt" d="M101.5 181.8L106.5 190.8L96.5 190.8Z" fill="#c2410c"/>
<path class="pt" d="M140.1 181.8L145.1 190.8L135.1 190.8Z" fill="#c2410c"/>
<path class="pt" d="M178.7 175.0L183.7 184.0L173.7 184.0Z" fill="#c2410c"/>
<path class="pt" d="M217.3 175.0L222.3 184.0L212.3 184.0Z" fill="#c2410c"/>
<path class="pt" d="M255.9 154.6L260.9 163.6L250.9 163.6Z" fill="#c2410c"/>
<path class="pt" d="M294.4 161.4L299.4 170.4L289.4 170.4Z" fill="#c2410c"/>
<path class="pt" d="M333.0 113.8L338.0 122.8L328.0 122.8Z" fill="#c2410c"/>
<path d="M62.9 214.0L101.5 200.4" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<path d="M178.7 200.4L217.3 180.0L255.9 173.2L294.4 207.2L333.0 186.8" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect class="pt" x="58.9" y="210.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="97.5" y="196.4" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="174.7" y="196.4" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="213.3" y="176.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="251.9" y="169.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="290.4" y="203.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="329.0" y="182.8" width="8" height="8" fill="#0f766e"/>
<text x="342.0" y="122.8" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">79 %</text>
<text x="342.0" y="156.8" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">74 %</text>
<text x="342.0" y="190.8" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">69 %</text>
</svg>
--- run ska report plan.ska --db t.db --as-of 2019-07-01 -o "min rapport.md" && grep '^!\[Betyg' "min rapport.md"
--- expect exit 0
![Betyg i alla ämnen](<min rapport-G3-alla_amnen.svg>)
