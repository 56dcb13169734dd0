# The time axis and the targets of the trend charts (Markdown's SVG files):
# - a chart spans the organiser's own values: the school's 2025 does not
#   stretch the municipality's chart (its <title> says 2016–2020);
# - periods sit where they belong in time and the line breaks where time
#   passes with no value: 2016–2018, then 2020 alone (no 2019 stored for
#   Södertälje); vt2019, ht2019 and 2019/20 in the order of their middles
#   (the school year's middle is in January 2020), then ht2021 alone;
# - a relative target is drawn as what it compares against: the Riket
#   series (and Riket − 5 for `partly`), the mean of the municipalities
#   per period, each a line named in the legend with its last value at its
#   end; `x >= x[2017]` is the same in every period, a level "värdet 2017";
#   `x > x[previous]` draws no line (here 2019 has no value: no target);
# - the targets are named in the legend, never written on the plot.
--- file units.csv
code;name;kind;parent
0000;Riket;riket;
0181;Södertälje;kommun;0000
0180;Stockholm;kommun;0000
S1;Skola ett;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2016;totalt;210
merit;0181;2017;totalt;215
merit;0181;2018;totalt;212
merit;0181;2020;totalt;220
merit;0180;2016;totalt;230
merit;0180;2017;totalt;231
merit;0180;2018;totalt;232
merit;0180;2020;totalt;234
merit;0000;2016;totalt;220
merit;0000;2017;totalt;221
merit;0000;2018;totalt;222
merit;0000;2019;totalt;223
merit;0000;2020;totalt;224
merit;S1;2025;totalt;240
närvaro;0181;vt2019;totalt;90
närvaro;0181;ht2019;totalt;91
närvaro;0181;2019/20;totalt;92
närvaro;0181;ht2021;totalt;93
--- file plan.ska
plan "Axel" { organiser "Södertälje"; period 2020 }
indicator merit "Meritvärde" { higher is better }
indicator närvaro "Närvaro" { scale percent; higher is better }
goal G1 "Över riket" { target merit >= merit["0000"] partly >= merit["0000"] - 5 }
goal G2 "Bättre än förra året" { target merit > merit[previous] }
goal G3 "Över medel" { target merit >= mean(merit, kommuner) }
goal G4 "Som 2017" { target merit >= merit[2017] }
goal G5 "Närvaro" { target närvaro >= 90 % }
--- run ska import t.db units.csv data.csv >/dev/null && ska report plan.ska --db t.db --as-of 2021-01-01 -o r.md && ls r-*.svg
--- expect exit 0
r-G1-merit.svg
r-G2-merit.svg
r-G3-merit.svg
r-G4-merit.svg
r-G5-narvaro.svg
--- run grep -h '<title>' r-*.svg
--- expect exit 0
<title>Meritvärde, 2016–2020</title>
<title>Meritvärde, 2016–2020</title>
<title>Meritvärde, 2016–2020</title>
<title>Meritvärde, 2016–2020</title>
<title>Närvaro, vt2019–ht2021</title>
--- run for f in r-*.svg; do echo "$f:"; grep -o '<text x="[0-9.]*" y="[0-9.]*" font-size="12" fill="#374151">[^<]*' "$f" | sed 's/.*>/  legend: /'; grep -o 'text-anchor="middle"[^>]*>[^<]*' "$f" | sed 's/.*>/  period: /'; grep -c '<path d="M[0-9.]* [0-9.]*L' "$f" | sed 's/^/  lines: /'; done
--- expect exit 0
r-G1-merit.svg:
  legend: totalt
  legend: mål ≥ riket
  legend: delvis ≥ riket − 5
  period: 2020
  period: 2019
  period: 2018
  period: 2017
  period: 2016
  lines: 3
r-G2-merit.svg:
  legend: totalt
  period: 2020
  period: 2019
  period: 2018
  period: 2017
  period: 2016
  lines: 1
r-G3-merit.svg:
  legend: totalt
  legend: mål ≥ medelvärde kommuner
  period: 2020
  period: 2019
  period: 2018
  period: 2017
  period: 2016
  lines: 2
r-G4-merit.svg:
  legend: totalt
  legend: mål ≥ värdet 2017 (215)
  period: 2020
  period: 2019
  period: 2018
  period: 2017
  period: 2016
  lines: 1
r-G5-narvaro.svg:
  legend: totalt
  legend: mål ≥ 90 %
  period: ht2021
  period: 2019/20
  period: vt2019
  lines: 1
--- run grep -o '<path d="M[0-9.]* [0-9.]*L[^"]*"' r-G5-narvaro.svg r-G1-merit.svg
--- expect exit 0
r-G5-narvaro.svg:<path d="M69.9 196.0L122.5 162.0L148.8 128.0"
r-G1-merit.svg:<path d="M70.0 146.0L137.5 139.2L205.1 132.4L272.7 125.6L340.2 118.8"
r-G1-merit.svg:<path d="M70.0 180.0L137.5 173.2L205.1 166.4L272.7 159.6L340.2 152.8"
r-G1-merit.svg:<path d="M70.0 214.0L137.5 180.0L205.1 200.4"
--- run grep -o 'paint-order="stroke">[^<]*' r-G1-merit.svg r-G3-merit.svg | sed 's/paint-order="stroke">/end label: /'
--- expect exit 0
r-G1-merit.svg:end label: 224
r-G1-merit.svg:end label: 220
r-G1-merit.svg:end label: 219
r-G3-merit.svg:end label: 227
r-G3-merit.svg:end label: 220
