# `ska report --format html` writes one self-contained HTML file: inline CSS,
# a summary (counts per status, a bar, a table of areas with costs, the
# principal concerns), then area by area each goal with its status badge,
# its targets with the values and periods that decided them, a trend chart
# per indicator its targets read (totalt, flickor, pojkar, the target drawn
# in), its measures; measures serving no goal of their area at the end of
# the area; the rules' flagged units; the follow-ups due by --as-of.
# The whole file is compared; check-html.py then checks it parses cleanly.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format html -o rapport.html
--- expect exit 0
--- run cat rapport.html
--- expect exit 0
<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Plan för systematiskt kvalitetsarbete 2018/19 — Södertälje kommun</title>
<style>
:root{--ok:#1e7b34;--partly:#b45309;--fail:#b91c1c;--nodata:#6b7280;--ink:#1f2937;--muted:#4b5563;--line:#d9dee5;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:var(--ink);font:16px/1.5 'DejaVu Sans','Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
main{max-width:62rem;margin:0 auto;background:#fff;padding:2rem 2.5rem 1.5rem}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .4rem;color:var(--accent)}
h2{font-size:1.4rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--accent);color:var(--accent)}
h3{font-size:1.15rem;margin:0;line-height:1.3}
h4{font-size:.95rem;margin:1.1rem 0 .4rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.doc{border-bottom:4px solid var(--accent);padding-bottom:1rem}
.kicker{margin:0;color:var(--muted);font-weight:600}
.meta{color:var(--muted);margin:.3rem 0}
.lead{font-size:1.2rem;font-weight:600;margin:.4rem 0 .8rem}
.bar{display:flex;height:.9rem;border-radius:.45rem;overflow:hidden;margin:0 0 1rem}
.bar span{display:block}
.badge{display:inline-block;padding:.15em .7em;border-radius:1em;color:#fff;font-weight:700;font-size:.85rem;white-space:nowrap;vertical-align:middle}
.badge.sm{font-size:.75rem;padding:.1em .55em}
th .badge{white-space:normal;text-transform:none;letter-spacing:0}
.st0{background:var(--ok)}.st1{background:var(--partly)}.st2{background:var(--fail)}.st3{background:var(--nodata)}.flag{background:#7c2d12}
.goal{border:1px solid var(--line);border-left:8px solid var(--nodata);border-radius:6px;padding:1rem 1.2rem;margin:1.2rem 0;break-inside:avoid}
.goal.g0{border-left-color:var(--ok)}.goal.g1{border-left-color:var(--partly)}.goal.g2{border-left-color:var(--fail)}
.goal header{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap}
.gid{color:var(--muted);font-weight:600;margin-right:.35rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right;white-space:nowrap}
code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.85em;background:#f3f4f6;padding:.05em .3em;border-radius:3px}
ul.ev{margin:0;padding-left:1rem;color:var(--muted);font-size:.85rem}
.outcome{font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(28rem,100%),1fr));gap:.8rem;margin:.8rem 0}
figure{margin:0;max-width:46rem;border:1px solid var(--line);border-radius:4px;padding:.3rem}
figure svg{display:block;width:100%;height:auto}
.scroll{overflow-x:auto}
#summary h3{margin-top:1.4rem}
.concerns{padding-left:0;list-style:none}.concerns li{margin:.35rem 0}
.note{color:var(--muted);font-size:.9rem}
.total{font-weight:600}
a{color:var(--accent)}
footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);color:var(--muted);font-size:.8rem}
@media (max-width:40rem){main{padding:1rem}h1{font-size:1.5rem}.goal{padding:.8rem}table.cards,table.cards tbody,table.cards tr,table.cards td{display:block}table.cards thead{display:none}table.cards tr{border-bottom:2px solid var(--line);padding:.3rem 0}table.cards td{border:0;padding:.15rem 0;text-align:left}table.cards td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:var(--muted)}}
@page{size:A4;margin:16mm 14mm}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}figure,tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style>
</head>
<body>
<main>
<header class="doc">
<p class="kicker">Södertälje kommun · period 2018</p><h1>Plan för systematiskt kvalitetsarbete 2018/19</h1><p class="meta">Grundskolan: resultat 2017/18 och insatser 2018/19</p>
</header>
<section id="summary">
<h2>Sammanfattning</h2><p class="lead">5 mål: 3 delvis uppnått, 1 ej uppnått, 1 ingen data</p><div class="bar"><span class="st1" style="width:60.00%" title="3 delvis uppnått"></span><span class="st2" style="width:20.00%" title="1 ej uppnått"></span><span class="st3" style="width:20.00%" title="1 ingen data"></span></div>
<div class="scroll"><table>
<thead><tr><th>Område</th><th class="num">Mål</th><th class="num"><span class="badge sm st0">✓ uppnått</span></th><th class="num"><span class="badge sm st1">◐ delvis uppnått</span></th><th class="num"><span class="badge sm st2">✗ ej uppnått</span></th><th class="num"><span class="badge sm st3">? ingen data</span></th><th class="num">Insatser</th><th class="num">Kostnad</th></tr></thead>
<tbody>
<tr><td><a href="#area-1">Kunskapsresultat</a></td><td class="num">3</td><td class="num">–</td><td class="num">2</td><td class="num">1</td><td class="num">–</td><td class="num">1</td><td class="num">1 200 tkr</td></tr>
<tr><td><a href="#area-2">Trygghet och studiero</a></td><td class="num">2</td><td class="num">–</td><td class="num">1</td><td class="num">–</td><td class="num">1</td><td class="num">1</td><td class="num">350 tkr</td></tr>
<tr><td><a href="#area-3">Kompetensförsörjning</a></td><td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">1</td><td class="num">80 tkr</td></tr>
<tr class="total"><td>Totalt</td><td class="num">5</td><td class="num">–</td><td class="num">3</td><td class="num">1</td><td class="num">1</td><td class="num">3</td><td class="num">1 630 tkr</td></tr>
</tbody></table></div>
<h3>Att uppmärksamma</h3><ul class="concerns">
<li><span class="badge sm st2">✗ ej uppnått</span> <a href="#goal-G3"><span class="gid">G3</span>Fler elever ska ha betyg i alla ämnen</a></li>
<li><span class="badge sm st3">? ingen data</span> <a href="#goal-T1"><span class="gid">T1</span>Frånvaron ska minska</a></li>
<li><span class="badge sm flag">⚑ Regel</span> <a href="#rule-R1">Hög frånvaro ska utredas</a>: 1 av 4 skolor flaggade, 2 utan data</li>
</ul>
</section>
<section id="area-1">
<h2>Kunskapsresultat</h2><article class="goal g1" id="goal-G1">
<header><span class="badge st1">◐ delvis uppnått</span><h3><span class="gid">G1</span>Elevernas meritvärde ska ytterligare förbättras</h3></header>
<p class="meta">Ansvarig: Utbildningsdirektör · Nivå: huvudman</p><div class="scroll"><table class="cards">
<thead><tr><th>Status</th><th>Målvärde</th><th>Utfall</th><th>Underlag</th></tr></thead>
<tbody>
<tr><td><span class="badge sm st0">✓ uppnått</span></td><td data-label="Målvärde"><code>meritvärde &gt; meritvärde[previous]</code></td><td class="outcome" data-label="Utfall">221,3 &gt; 217,9 gäller</td><td data-label="Underlag"><ul class="ev"><li>Meritvärde åk 9 (17 ämnen), 2018, totalt: 221,3</li><li>Meritvärde åk 9 (17 ämnen), 2017, totalt: 217,9</li></ul></td></tr>
<tr><td><span class="badge sm st1">◐ delvis uppnått</span></td><td data-label="Målvärde"><code>gap(meritvärde, flickor, pojkar) &lt;= 20 partly &lt;= 35</code></td><td class="outcome" data-label="Utfall">30,8 ≤ 20 gäller inte; delvis: 30,8 ≤ 35 gäller</td><td data-label="Underlag"><ul class="ev"><li>Meritvärde åk 9 (17 ämnen), 2018, flickor: 237,2</li><li>Meritvärde åk 9 (17 ämnen), 2018, pojkar: 206,4</li></ul></td></tr>
</tbody></table></div>
<div class="charts">
<figure>
<svg viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Meritvärde åk 9 (17 ämnen), 2013–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Meritvärde åk 9 (17 ämnen)</text>
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
<rect x="489.3" y="64.0" width="86.7" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">180</text>
<path d="M56.0 206.5H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="210.5" font-size="12" text-anchor="end" fill="#4b5563">200</text>
<path d="M56.0 159.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="163.0" font-size="12" text-anchor="end" fill="#4b5563">220</text>
<path d="M56.0 111.5H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="115.5" font-size="12" text-anchor="end" fill="#4b5563">240</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">260</text>
<text x="99.3" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="186.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="272.7" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="359.3" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="446.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="532.7" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<rect x="56.0" y="64.0" width="520.0" height="100.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 164.0H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="159.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål &gt; 217,9</text>
<path d="M99.3 194.6L186.0 180.4L272.7 174.7L359.3 163.0L446.0 164.0L532.7 155.9" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle cx="99.3" cy="194.6" r="4" fill="#1f4e79"/>
<circle cx="186.0" cy="180.4" r="4" fill="#1f4e79"/>
<circle cx="272.7" cy="174.7" r="4" fill="#1f4e79"/>
<circle cx="359.3" cy="163.0" r="4" fill="#1f4e79"/>
<circle cx="446.0" cy="164.0" r="4" fill="#1f4e79"/>
<circle cx="532.7" cy="155.9" r="4" fill="#1f4e79"/>
<path d="M99.3 163.8L186.0 154.2L272.7 154.2L359.3 141.0L446.0 142.1L532.7 118.2" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path d="M99.3 158.8L104.3 167.8L94.3 167.8Z" fill="#c2410c"/>
<path d="M186.0 149.2L191.0 158.2L181.0 158.2Z" fill="#c2410c"/>
<path d="M272.7 149.2L277.7 158.2L267.7 158.2Z" fill="#c2410c"/>
<path d="M359.3 136.0L364.3 145.0L354.3 145.0Z" fill="#c2410c"/>
<path d="M446.0 137.1L451.0 146.1L441.0 146.1Z" fill="#c2410c"/>
<path d="M532.7 113.2L537.7 122.2L527.7 122.2Z" fill="#c2410c"/>
<path d="M99.3 220.8L186.0 201.8L272.7 194.6L359.3 184.9L446.0 187.0L532.7 191.3" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect x="95.3" y="216.8" width="8" height="8" fill="#0f766e"/>
<rect x="182.0" y="197.8" width="8" height="8" fill="#0f766e"/>
<rect x="268.7" y="190.6" width="8" height="8" fill="#0f766e"/>
<rect x="355.3" y="180.9" width="8" height="8" fill="#0f766e"/>
<rect x="442.0" y="183.0" width="8" height="8" fill="#0f766e"/>
<rect x="528.7" y="187.3" width="8" height="8" fill="#0f766e"/>
<text x="541.7" y="122.2" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">237,2</text>
<text x="541.7" y="159.9" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">221,3</text>
<text x="541.7" y="195.3" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">206,4</text>
</svg>
</figure>
</div>
<p class="refs"><strong>Insatser</strong>: <a href="#measure-M1">M1</a></p>
</article>
<article class="goal g1" id="goal-G2">
<header><span class="badge st1">◐ delvis uppnått</span><h3><span class="gid">G2</span>Fler ska bli behöriga till ett nationellt program</h3></header>
<p class="meta">Ansvarig: Verksamhetschef grundskola · Nivå: förvaltning</p><div class="scroll"><table class="cards">
<thead><tr><th>Status</th><th>Målvärde</th><th>Utfall</th><th>Underlag</th></tr></thead>
<tbody>
<tr><td><span class="badge sm st1">◐ delvis uppnått</span></td><td data-label="Målvärde"><code>behörig &gt;= 90 % partly &gt;= 85 %</code></td><td class="outcome" data-label="Utfall">85,7 % ≥ 90 % gäller inte; delvis: 85,7 % ≥ 85 % gäller</td><td data-label="Underlag"><ul class="ev"><li>Behöriga till yrkesprogram, 2018, totalt: 85,7 %</li></ul></td></tr>
<tr><td><span class="badge sm st2">✗ ej uppnått</span></td><td data-label="Målvärde"><code>ej_behörig[pojkar] &lt;= 15 % “pojkarnas behörighet”</code></td><td class="outcome" data-label="Utfall">17,6 % ≤ 15 % gäller inte</td><td data-label="Underlag"><ul class="ev"><li>Behöriga till yrkesprogram, 2018, pojkar: 82,4 %</li></ul></td></tr>
</tbody></table></div>
<div class="charts">
<figure>
<svg viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
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
</figure>
<figure>
<svg viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Ej behöriga till yrkesprogram, 2012–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="22.0" font-size="15" font-weight="bold" fill="#111827">Ej behöriga till yrkesprogram</text>
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
<rect x="501.7" y="64.0" width="74.3" height="190.0" fill="#e8eef5"/>
<path d="M56.0 254.0H576.0" stroke="#6b7280" stroke-width="1"/>
<text x="50.0" y="258.0" font-size="12" text-anchor="end" fill="#4b5563">5 %</text>
<path d="M56.0 216.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="220.0" font-size="12" text-anchor="end" fill="#4b5563">10 %</text>
<path d="M56.0 178.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="182.0" font-size="12" text-anchor="end" fill="#4b5563">15 %</text>
<path d="M56.0 140.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="144.0" font-size="12" text-anchor="end" fill="#4b5563">20 %</text>
<path d="M56.0 102.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="106.0" font-size="12" text-anchor="end" fill="#4b5563">25 %</text>
<path d="M56.0 64.0H576.0" stroke="#e5e7eb" stroke-width="1"/>
<text x="50.0" y="68.0" font-size="12" text-anchor="end" fill="#4b5563">30 %</text>
<text x="93.1" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<text x="167.4" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="241.7" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="316.0" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="390.3" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="464.6" y="272.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="538.9" y="272.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<rect x="56.0" y="178.0" width="520.0" height="76.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M56.0 178.0H576.0" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<text x="62.0" y="173.0" font-size="12" fill="#374151" stroke="#ffffff" stroke-width="3" paint-order="stroke">mål pojkar ≤ 15 %</text>
<path d="M93.1 110.4L167.4 128.6L241.7 155.2L316.0 130.9L390.3 143.8L464.6 150.6L538.9 183.3" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle cx="93.1" cy="110.4" r="4" fill="#1f4e79"/>
<circle cx="167.4" cy="128.6" r="4" fill="#1f4e79"/>
<circle cx="241.7" cy="155.2" r="4" fill="#1f4e79"/>
<circle cx="316.0" cy="130.9" r="4" fill="#1f4e79"/>
<circle cx="390.3" cy="143.8" r="4" fill="#1f4e79"/>
<circle cx="464.6" cy="150.6" r="4" fill="#1f4e79"/>
<circle cx="538.9" cy="183.3" r="4" fill="#1f4e79"/>
<path d="M93.1 116.4L167.4 141.5L241.7 161.3L316.0 125.6L390.3 144.6L464.6 164.3L538.9 210.7" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path d="M93.1 111.4L98.1 120.4L88.1 120.4Z" fill="#c2410c"/>
<path d="M167.4 136.5L172.4 145.5L162.4 145.5Z" fill="#c2410c"/>
<path d="M241.7 156.3L246.7 165.3L236.7 165.3Z" fill="#c2410c"/>
<path d="M316.0 120.6L321.0 129.6L311.0 129.6Z" fill="#c2410c"/>
<path d="M390.3 139.6L395.3 148.6L385.3 148.6Z" fill="#c2410c"/>
<path d="M464.6 159.3L469.6 168.3L459.6 168.3Z" fill="#c2410c"/>
<path d="M538.9 205.7L543.9 214.7L533.9 214.7Z" fill="#c2410c"/>
<path d="M93.1 104.3L167.4 116.4L241.7 149.9L316.0 137.0L390.3 142.3L464.6 137.0L538.9 158.2" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect x="89.1" y="100.3" width="8" height="8" fill="#0f766e"/>
<rect x="163.4" y="112.4" width="8" height="8" fill="#0f766e"/>
<rect x="237.7" y="145.9" width="8" height="8" fill="#0f766e"/>
<rect x="312.0" y="133.0" width="8" height="8" fill="#0f766e"/>
<rect x="386.3" y="138.3" width="8" height="8" fill="#0f766e"/>
<rect x="460.6" y="133.0" width="8" height="8" fill="#0f766e"/>
<rect x="534.9" y="154.2" width="8" height="8" fill="#0f766e"/>
<text x="547.9" y="162.2" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">17,6 %</text>
<text x="547.9" y="187.3" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">14,3 %</text>
<text x="547.9" y="214.7" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">10,7 %</text>
</svg>
</figure>
</div>
<p class="refs"><strong>Insatser</strong>: <a href="#measure-M1">M1</a></p>
</article>
<article class="goal g2" id="goal-G3">
<header><span class="badge st2">✗ ej uppnått</span><h3><span class="gid">G3</span>Fler elever ska ha betyg i alla ämnen</h3></header>
<div class="scroll"><table class="cards">
<thead><tr><th>Status</th><th>Målvärde</th><th>Utfall</th><th>Underlag</th></tr></thead>
<tbody>
<tr><td><span class="badge sm st2">✗ ej uppnått</span></td><td data-label="Målvärde"><code>alla_ämnen &gt;= 80 %</code></td><td class="outcome" data-label="Utfall">74 % ≥ 80 % gäller inte</td><td data-label="Underlag"><ul class="ev"><li>Betyg i alla ämnen, 2018, totalt: 74 %</li></ul></td></tr>
</tbody></table></div>
<div class="charts">
<figure>
<svg viewBox="0 0 640 284" width="640" height="284" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
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
</figure>
</div>
</article>
<h3>Insatser</h3><div class="scroll"><table class="cards">
<thead><tr><th>Insats</th><th>Ansvarig</th><th>Period</th><th class="num">Kostnad</th><th>Förväntad effekt</th><th>Uppföljning</th></tr></thead>
<tbody>
<tr id="measure-M1"><td><span class="gid">M1</span>Matematiklyftet<div class="note">Mål: <a href="#goal-G1">G1</a>, <a href="#goal-G2">G2</a></div></td><td data-label="Ansvarig">Rektorerna</td><td data-label="Period">ht2018–vt2019</td><td class="num" data-label="Kostnad">1 200 tkr</td><td data-label="Förväntad effekt">meritvärde &gt; 225 <span class="badge sm st2">✗ ej uppnått</span></td><td data-label="Uppföljning">dialogsamtal varje termin</td></tr>
</tbody></table></div>
<p class="total">Insatser i området: 1 · Kostnad: 1 200 tkr</p></section>
<section id="area-2">
<h2>Trygghet och studiero</h2><article class="goal g3" id="goal-T1">
<header><span class="badge st3">? ingen data</span><h3><span class="gid">T1</span>Frånvaron ska minska</h3></header>
<p class="meta">Ansvarig: Central elevhälsa</p><div class="scroll"><table class="cards">
<thead><tr><th>Status</th><th>Målvärde</th><th>Utfall</th><th>Underlag</th></tr></thead>
<tbody>
<tr><td><span class="badge sm st3">? ingen data</span></td><td data-label="Målvärde"><code>frånvaro &lt; 10 %</code></td><td class="outcome" data-label="Utfall">– &lt; 10 % — inget värde i databasen</td><td data-label="Underlag"><ul class="ev"><li>Elever med mer än 20 % frånvaro, 2018, totalt: –</li></ul></td></tr>
</tbody></table></div>
<p class="refs"><strong>Insatser</strong>: <a href="#measure-M2">M2</a></p>
</article>
<article class="goal g1" id="goal-T2">
<header><span class="badge st1">◐ delvis uppnått</span><h3><span class="gid">T2</span>Förstärkt arbete mot kränkningar</h3></header>
<p><strong>Bedömning</strong>: <span class="badge sm st1">◐ delvis uppnått</span> Rutinen är införd på hälften av skolorna</p>
</article>
<h3>Insatser</h3><div class="scroll"><table class="cards">
<thead><tr><th>Insats</th><th>Ansvarig</th><th>Period</th><th class="num">Kostnad</th><th>Förväntad effekt</th><th>Uppföljning</th></tr></thead>
<tbody>
<tr id="measure-M2"><td><span class="gid">M2</span>Närvaroteam<div class="note">Mål: <a href="#goal-T1">T1</a></div></td><td data-label="Ansvarig">Central elevhälsa</td><td data-label="Period">2019-01-01–2019-12-31</td><td class="num" data-label="Kostnad">350 tkr</td><td data-label="Förväntad effekt">Färre elever med hög frånvaro</td><td data-label="Uppföljning">frånvarostatistik 2019-06-30, 2019-12-31 (nästa 2019-12-31)</td></tr>
</tbody></table></div>
<p class="total">Insatser i området: 1 · Kostnad: 350 tkr</p></section>
<section id="area-3">
<h2>Kompetensförsörjning</h2><div class="scroll"><table class="cards">
<thead><tr><th>Insats</th><th>Ansvarig</th><th>Period</th><th class="num">Kostnad</th><th>Förväntad effekt</th><th>Uppföljning</th></tr></thead>
<tbody>
<tr id="measure-K1"><td><span class="gid">K1</span>Introduktion för nyanställda lärare</td><td data-label="Ansvarig">HR-avdelningen</td><td data-label="Period">ht2018–vt2019</td><td class="num" data-label="Kostnad">80 tkr</td><td data-label="Förväntad effekt">Fler behöriga lärare stannar</td><td data-label="Uppföljning">–</td></tr>
</tbody></table></div>
<p class="total">Insatser i området: 1 · Kostnad: 80 tkr</p></section>
<section id="rules">
<h2>Regler</h2><article class="rule" id="rule-R1">
<h3><span class="gid">R1</span>Hög frånvaro ska utredas</h3>
<p class="meta">För varje skola: när <code>frånvaro &gt; 10 %</code>, krav <code>utredd &gt;= 100 %</code></p>
<p class="total">1 av 4 skolor flaggade, 2 utan data</p><div class="scroll"><table>
<thead><tr><th>Enhet</th><th>Kod</th><th class="num">Elever med mer än 20 % frånvaro</th><th class="num">Påbörjade frånvaroutredningar</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Västerskolan</td><td>S3</td><td class="num">14 %</td><td class="num">40 %</td><td><span class="badge sm flag">flaggad</span></td></tr>
<tr><td>Norrskolan</td><td>S1</td><td class="num">12,5 %</td><td class="num">60–100 %</td><td><span class="badge sm st3">? ingen data</span></td></tr>
<tr><td>Österskolan</td><td>S4</td><td class="num">..</td><td class="num">–</td><td><span class="badge sm st3">? ingen data</span></td></tr>
</tbody></table></div>
</article>
</section>
<section id="followups">
<h2>Uppföljningar att göra per 2019-07-01</h2><div class="scroll"><table class="cards">
<thead><tr><th>Datum</th><th>Insats</th><th>Uppföljning</th><th>Ansvarig</th></tr></thead>
<tbody>
<tr><td data-label="Datum">2019-06-30</td><td data-label="Insats"><span class="gid">M1</span>Matematiklyftet</td><td data-label="Uppföljning">dialogsamtal varje termin (sista uppföljningen)</td><td data-label="Ansvarig">Rektorerna</td></tr>
<tr><td data-label="Datum">2019-06-30</td><td data-label="Insats"><span class="gid">M2</span>Närvaroteam</td><td data-label="Uppföljning">frånvarostatistik</td><td data-label="Ansvarig">Central elevhälsa</td></tr>
</tbody></table></div>
</section>
<footer>Framställd med ska 0.1.0 · plan plan.ska · resultat t.db</footer>
</main>
</body>
</html>
--- run python3 "$SKA_PATH"/tests/report/check-html.py rapport.html
--- expect exit 0
html ok: 627 elements, 4 charts, 12 links
