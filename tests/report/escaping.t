# Text from the plan is escaped for each format: in HTML & < > " ' become
# entities (the file still parses cleanly); in Markdown the characters that
# would start emphasis, links, code, tables or tags are backslash-escaped;
# in CSV a field with the separator or a quote is quoted; in JUnit XML the
# same entities as HTML.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;221,3
--- file plan.ska
plan "Plan <2019> & \"mål\"" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde *alla* elever_åk9 [17 | 16]" { scale points; higher is better }
goal G1 "Betyg <b>A</b> & 'B'" { owner "Rektor, \"skola\""; target merit > 200 "nivå <a>" }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 -o r.html && python3 "$SKA_PATH"/tests/report/check-html.py r.html && grep -o '<h1>.*</h1>\|<h3>.*</h3>\|<li>Meritvärde[^<]*</li>\|<code>[^<]*</code>' r.html
--- expect exit 0
html ok: 111 elements, 1 charts, 1 links
<h1>Plan &lt;2019&gt; &amp; &quot;mål&quot;</h1>
<h3>Att uppmärksamma</h3>
<h3><span class="gid">G1</span>Betyg &lt;b&gt;A&lt;/b&gt; &amp; &#39;B&#39;</h3>
<code>merit &gt; 200 “nivå &lt;a&gt;”</code>
<li>Meritvärde *alla* elever_åk9 [17 | 16], 2018, totalt: 221,3</li>
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format md | grep -E '^(# |### |\| )'
--- expect exit 0
# Plan <2019> & "mål"
| Område | Mål | uppnått | delvis uppnått | ej uppnått | ingen data | Insatser | Kostnad |
| Mål | 1 | 1 | – | – | – | – | – |
| **Totalt** | 1 | 1 | – | – | – | – | – |
### Att uppmärksamma
### G1 Betyg \<b>A\</b> & 'B'
| Status | Målvärde | Utfall | Underlag |
| uppnått | `merit > 200 “nivå <a>”` | 221,3 > 200 gäller | Meritvärde \*alla\* elever\_åk9 \[17 \| 16\], 2018, totalt: 221,3 |
--- run ska check plan.ska --db t.db --format csv
--- expect exit 0
record,id,title,area,owner,status,target,label,value,compared_to,periods,unit,detail,previous_status,revised
goal,G1,Betyg <b>A</b> & 'B',,"Rektor, ""skola""",uppnått,,,,,,,,,
target,G1,Betyg <b>A</b> & 'B',,"Rektor, ""skola""",uppnått,merit > 200,nivå <a>,221.3,200,2018,,,,
--- run ska check plan.ska --db t.db --format junit | grep -E 'testsuites|testcase'
--- expect exit 0
<testsuites name="Plan &lt;2019&gt; &amp; &quot;mål&quot;" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="Mål" name="G1 Betyg &lt;b&gt;A&lt;/b&gt; &amp; &#39;B&#39;">
    </testcase>
</testsuites>
