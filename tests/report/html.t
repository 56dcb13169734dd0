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
th{overflow-wrap:break-word}
td.num{text-align:right;white-space:nowrap}th.num{text-align:right}
code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.85em;background:#f3f4f6;padding:.05em .3em;border-radius:3px;overflow-wrap:break-word}
ul.ev{margin:0;padding-left:1rem;color:var(--muted);font-size:.85rem}
.outcome{font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(24rem,100%),1fr));gap:.8rem;margin:.8rem 0}
figure{margin:0;max-width:36rem;border:1px solid var(--line);border-radius:4px;padding:.3rem;break-inside:avoid}
figure svg{display:block;width:100%;height:auto}
.scroll{overflow-x:auto}
#summary h3{margin-top:1.4rem}.rule{margin-top:1.6rem}
.concerns{padding-left:0;list-style:none}.concerns li{margin:.35rem 0}
.note{color:var(--muted);font-size:.9rem}
.total{font-weight:600}
a{color:var(--accent)}
footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);color:var(--muted);font-size:.8rem}
@media (max-width:40rem){main{padding:1rem .75rem}h1{font-size:1.5rem}.goal{padding:.6rem;border-left-width:6px}figure{padding:0}table.cards,table.cards tbody,table.cards tr,table.cards td{display:block}table.cards thead{display:none}table.cards tr{border-bottom:2px solid var(--line);padding:.3rem 0}table.cards td{border:0;padding:.15rem 0;text-align:left;white-space:normal;overflow-wrap:anywhere}table.cards td:first-child{font-weight:600}table.cards td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:var(--muted)}table.compact tr{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:0 1rem}table.compact td:first-child{grid-column:1/-1}}
@page{size:A4;margin:16mm 14mm}
@media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}section[id^=area-],#rules{break-before:page}.scroll{overflow:visible}.charts{grid-template-columns:1fr 1fr}thead{display:table-header-group}figure,tr,.goal header{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style>
</head>
<body>
<main>
<header class="doc">
<p class="kicker">Södertälje kommun · period 2018</p><h1>Plan för systematiskt kvalitetsarbete 2018/19</h1><p class="meta">Grundskolan: resultat 2017/18 och insatser 2018/19</p>
</header>
<section id="summary">
<h2>Sammanfattning</h2><p class="lead">5 mål: 3 delvis uppnått, 1 ej uppnått, 1 ingen data</p><div class="bar"><span class="st1" style="width:60.00%" title="3 delvis uppnått"></span><span class="st2" style="width:20.00%" title="1 ej uppnått"></span><span class="st3" style="width:20.00%" title="1 ingen data"></span></div>
<div class="scroll"><table class="cards compact">
<thead><tr><th>Område</th><th class="num">Mål</th><th class="num"><span class="badge sm st0">✓ uppnått</span></th><th class="num"><span class="badge sm st1">◐ delvis uppnått</span></th><th class="num"><span class="badge sm st2">✗ ej uppnått</span></th><th class="num"><span class="badge sm st3">? ingen data</span></th><th class="num">Insatser</th><th class="num">Kostnad</th></tr></thead>
<tbody>
<tr><td><a href="#area-1">Kunskapsresultat</a></td><td class="num" data-label="Mål">3</td><td class="num" data-label="✓ uppnått">–</td><td class="num" data-label="◐ delvis uppnått">2</td><td class="num" data-label="✗ ej uppnått">1</td><td class="num" data-label="? ingen data">–</td><td class="num" data-label="Insatser">1</td><td class="num" data-label="Kostnad">1 200 tkr</td></tr>
<tr><td><a href="#area-2">Trygghet och studiero</a></td><td class="num" data-label="Mål">2</td><td class="num" data-label="✓ uppnått">–</td><td class="num" data-label="◐ delvis uppnått">1</td><td class="num" data-label="✗ ej uppnått">–</td><td class="num" data-label="? ingen data">1</td><td class="num" data-label="Insatser">1</td><td class="num" data-label="Kostnad">350 tkr</td></tr>
<tr><td><a href="#area-3">Kompetensförsörjning</a></td><td class="num" data-label="Mål">–</td><td class="num" data-label="✓ uppnått">–</td><td class="num" data-label="◐ delvis uppnått">–</td><td class="num" data-label="✗ ej uppnått">–</td><td class="num" data-label="? ingen data">–</td><td class="num" data-label="Insatser">1</td><td class="num" data-label="Kostnad">80 tkr</td></tr>
<tr class="total"><td>Totalt</td><td class="num" data-label="Mål">5</td><td class="num" data-label="✓ uppnått">–</td><td class="num" data-label="◐ delvis uppnått">3</td><td class="num" data-label="✗ ej uppnått">1</td><td class="num" data-label="? ingen data">1</td><td class="num" data-label="Insatser">3</td><td class="num" data-label="Kostnad">1 630 tkr</td></tr>
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
<svg viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Meritvärde åk 9 (17 ämnen), 2013–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Meritvärde åk 9 (17 ämnen)</text>
<path d="M8.0 40.0h28" fill="none" stroke="#1f4e79" stroke-width="2.5"/>
<circle class="pt" cx="22.0" cy="40.0" r="4" fill="#1f4e79"/>
<text x="42.0" y="44.0" font-size="12" fill="#374151">totalt</text>
<path d="M100.4 40.0h28" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4"/>
<path class="pt" d="M114.4 35.0L119.4 44.0L109.4 44.0Z" fill="#c2410c"/>
<text x="134.4" y="44.0" font-size="12" fill="#374151">flickor</text>
<path d="M200.2 40.0h28" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4"/>
<rect class="pt" x="210.2" y="36.0" width="8" height="8" fill="#0f766e"/>
<text x="234.2" y="44.0" font-size="12" fill="#374151">pojkar</text>
<text x="8.0" y="62.0" font-size="12" fill="#374151">mål &gt; föregående värde (217,9)</text>
<rect x="298.8" y="78.0" width="52.5" height="170.0" fill="#e8eef5"/>
<path d="M36.2 248.0H351.3" stroke="#6b7280" stroke-width="1"/>
<text x="30.2" y="252.0" font-size="12" text-anchor="end" fill="#4b5563">180</text>
<path d="M36.2 205.5H351.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="30.2" y="209.5" font-size="12" text-anchor="end" fill="#4b5563">200</text>
<path d="M36.2 163.0H351.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="30.2" y="167.0" font-size="12" text-anchor="end" fill="#4b5563">220</text>
<path d="M36.2 120.5H351.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="30.2" y="124.5" font-size="12" text-anchor="end" fill="#4b5563">240</text>
<path d="M36.2 78.0H351.3" stroke="#e5e7eb" stroke-width="1"/>
<text x="30.2" y="82.0" font-size="12" text-anchor="end" fill="#4b5563">260</text>
<text x="325.0" y="266.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<text x="272.5" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="220.0" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="167.5" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="115.0" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="62.5" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<path d="M62.5 194.9L115.0 182.1L167.5 177.0L220.0 166.6L272.5 167.5L325.0 160.2" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle class="pt" cx="62.5" cy="194.9" r="4" fill="#1f4e79"/>
<circle class="pt" cx="115.0" cy="182.1" r="4" fill="#1f4e79"/>
<circle class="pt" cx="167.5" cy="177.0" r="4" fill="#1f4e79"/>
<circle class="pt" cx="220.0" cy="166.6" r="4" fill="#1f4e79"/>
<circle class="pt" cx="272.5" cy="167.5" r="4" fill="#1f4e79"/>
<circle class="pt" cx="325.0" cy="160.2" r="4" fill="#1f4e79"/>
<path d="M62.5 167.2L115.0 158.8L167.5 158.8L220.0 146.9L272.5 147.9L325.0 126.5" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path class="pt" d="M62.5 162.2L67.5 171.2L57.5 171.2Z" fill="#c2410c"/>
<path class="pt" d="M115.0 153.8L120.0 162.8L110.0 162.8Z" fill="#c2410c"/>
<path class="pt" d="M167.5 153.8L172.5 162.8L162.5 162.8Z" fill="#c2410c"/>
<path class="pt" d="M220.0 141.9L225.0 150.9L215.0 150.9Z" fill="#c2410c"/>
<path class="pt" d="M272.5 142.9L277.5 151.9L267.5 151.9Z" fill="#c2410c"/>
<path class="pt" d="M325.0 121.5L330.0 130.5L320.0 130.5Z" fill="#c2410c"/>
<path d="M62.5 218.2L115.0 201.2L167.5 194.9L220.0 186.2L272.5 188.1L325.0 191.9" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect class="pt" x="58.5" y="214.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="111.0" y="197.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="163.5" y="190.9" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="216.0" y="182.2" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="268.5" y="184.1" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="321.0" y="187.9" width="8" height="8" fill="#0f766e"/>
<text x="334.0" y="130.5" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">237,2</text>
<text x="334.0" y="164.2" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">221,3</text>
<text x="334.0" y="195.9" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">206,4</text>
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
<svg viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
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
</figure>
<figure>
<svg viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
<title>Ej behöriga till yrkesprogram, 2012–2018</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8.0" y="20.0" font-size="14" font-weight="bold" fill="#111827">Ej behöriga till yrkesprogram</text>
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
<text x="42.0" y="62.0" font-size="12" fill="#374151">mål pojkar ≤ 15 %</text>
<rect x="296.0" y="78.0" width="42.1" height="170.0" fill="#e8eef5"/>
<path d="M43.6 248.0H338.1" stroke="#6b7280" stroke-width="1"/>
<text x="37.6" y="252.0" font-size="12" text-anchor="end" fill="#4b5563">5 %</text>
<path d="M43.6 214.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="218.0" font-size="12" text-anchor="end" fill="#4b5563">10 %</text>
<path d="M43.6 180.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="184.0" font-size="12" text-anchor="end" fill="#4b5563">15 %</text>
<path d="M43.6 146.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="150.0" font-size="12" text-anchor="end" fill="#4b5563">20 %</text>
<path d="M43.6 112.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="116.0" font-size="12" text-anchor="end" fill="#4b5563">25 %</text>
<path d="M43.6 78.0H338.1" stroke="#e5e7eb" stroke-width="1"/>
<text x="37.6" y="82.0" font-size="12" text-anchor="end" fill="#4b5563">30 %</text>
<text x="317.0" y="266.0" font-size="12" text-anchor="middle" font-weight="bold" fill="#111827">2018</text>
<text x="275.0" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2017</text>
<text x="232.9" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2016</text>
<text x="190.8" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2015</text>
<text x="148.8" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2014</text>
<text x="106.7" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2013</text>
<text x="64.6" y="266.0" font-size="12" text-anchor="middle" fill="#4b5563">2012</text>
<rect x="43.6" y="180.0" width="294.5" height="68.0" fill="#16a34a" fill-opacity="0.07"/>
<path d="M43.6 180.0H338.1" fill="none" stroke="#374151" stroke-width="2" stroke-dasharray="12 4 3 4"/>
<path d="M64.6 119.5L106.7 135.8L148.8 159.6L190.8 137.8L232.9 149.4L275.0 155.5L317.0 184.8" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>
<circle class="pt" cx="64.6" cy="119.5" r="4" fill="#1f4e79"/>
<circle class="pt" cx="106.7" cy="135.8" r="4" fill="#1f4e79"/>
<circle class="pt" cx="148.8" cy="159.6" r="4" fill="#1f4e79"/>
<circle class="pt" cx="190.8" cy="137.8" r="4" fill="#1f4e79"/>
<circle class="pt" cx="232.9" cy="149.4" r="4" fill="#1f4e79"/>
<circle class="pt" cx="275.0" cy="155.5" r="4" fill="#1f4e79"/>
<circle class="pt" cx="317.0" cy="184.8" r="4" fill="#1f4e79"/>
<path d="M64.6 124.9L106.7 147.4L148.8 165.0L190.8 133.1L232.9 150.1L275.0 167.8L317.0 209.2" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="8 4" stroke-linejoin="round"/>
<path class="pt" d="M64.6 119.9L69.6 128.9L59.6 128.9Z" fill="#c2410c"/>
<path class="pt" d="M106.7 142.4L111.7 151.4L101.7 151.4Z" fill="#c2410c"/>
<path class="pt" d="M148.8 160.0L153.8 169.0L143.8 169.0Z" fill="#c2410c"/>
<path class="pt" d="M190.8 128.1L195.8 137.1L185.8 137.1Z" fill="#c2410c"/>
<path class="pt" d="M232.9 145.1L237.9 154.1L227.9 154.1Z" fill="#c2410c"/>
<path class="pt" d="M275.0 162.8L280.0 171.8L270.0 171.8Z" fill="#c2410c"/>
<path class="pt" d="M317.0 204.2L322.0 213.2L312.0 213.2Z" fill="#c2410c"/>
<path d="M64.6 114.0L106.7 124.9L148.8 154.8L190.8 143.3L232.9 148.0L275.0 143.3L317.0 162.3" fill="none" stroke="#0f766e" stroke-width="2.5" stroke-dasharray="2 4" stroke-linejoin="round"/>
<rect class="pt" x="60.6" y="110.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="102.7" y="120.9" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="144.8" y="150.8" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="186.8" y="139.3" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="228.9" y="144.0" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="271.0" y="139.3" width="8" height="8" fill="#0f766e"/>
<rect class="pt" x="313.0" y="158.3" width="8" height="8" fill="#0f766e"/>
<text x="326.0" y="166.3" font-size="12" font-weight="bold" fill="#0f766e" stroke="#ffffff" stroke-width="3" paint-order="stroke">17,6 %</text>
<text x="326.0" y="188.8" font-size="12" font-weight="bold" fill="#1f4e79" stroke="#ffffff" stroke-width="3" paint-order="stroke">14,3 %</text>
<text x="326.0" y="213.2" font-size="12" font-weight="bold" fill="#c2410c" stroke="#ffffff" stroke-width="3" paint-order="stroke">10,7 %</text>
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
<svg viewBox="0 0 380 276" width="380" height="276" role="img" font-family="'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif">
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
<p class="total">1 av 4 skolor flaggade, 2 utan data</p><div class="scroll"><table class="cards">
<thead><tr><th>Enhet</th><th>Kod</th><th class="num">Elever med mer än 20 % frånvaro</th><th class="num">Påbörjade frånvaroutredningar</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Västerskolan</td><td data-label="Kod">S3</td><td class="num" data-label="Elever med mer än 20 % frånvaro">14 %</td><td class="num" data-label="Påbörjade frånvaroutredningar">40 %</td><td data-label="Status"><span class="badge sm flag">flaggad</span></td></tr>
<tr><td>Norrskolan</td><td data-label="Kod">S1</td><td class="num" data-label="Elever med mer än 20 % frånvaro">12,5 %</td><td class="num" data-label="Påbörjade frånvaroutredningar">60–100 %</td><td data-label="Status"><span class="badge sm st3">? ingen data</span></td></tr>
<tr><td>Österskolan</td><td data-label="Kod">S4</td><td class="num" data-label="Elever med mer än 20 % frånvaro">..</td><td class="num" data-label="Påbörjade frånvaroutredningar">–</td><td data-label="Status"><span class="badge sm st3">? ingen data</span></td></tr>
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
html ok: 619 elements, 4 charts, 12 links
