# `ska check --format junit` shows each goal as a test case of its area's
# test suite, so a CI server lists them: a goal whose status is in --fail-on
# fails (ej uppnått and delvis as <failure>, ingen data as <error>); each
# case's <system-out> has its targets with the values that decided them.
# Rules are a last suite, a rule that flags units failing. The exit status is
# check's own. With --fail-on ej, delvis passes and ingen data is skipped.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --format junit > junit.xml; echo exit $?; python3 -c 'import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); print(r.tag, len(r), "suites")' junit.xml
--- expect exit 0
exit 1
testsuites 3 suites
--- run cat junit.xml
--- expect exit 0
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="Plan för systematiskt kvalitetsarbete 2018/19" tests="6" failures="5" errors="1" skipped="0">
  <testsuite name="Kunskapsresultat" tests="3" failures="3" errors="0" skipped="0">
    <testcase classname="Kunskapsresultat" name="G1 Elevernas meritvärde ska ytterligare förbättras">
      <failure message="delvis uppnått" type="delvis uppnått"/>
      <system-out>Status: delvis uppnått
uppnått: meritvärde &gt; meritvärde[previous] — 221,3 &gt; 217,9 gäller
    Meritvärde åk 9 (17 ämnen), 2018, totalt: 221,3
    Meritvärde åk 9 (17 ämnen), 2017, totalt: 217,9
delvis uppnått: gap(meritvärde, flickor, pojkar) &lt;= 20 partly &lt;= 35 — 30,8 ≤ 20 gäller inte; delvis: 30,8 ≤ 35 gäller
    Meritvärde åk 9 (17 ämnen), 2018, flickor: 237,2
    Meritvärde åk 9 (17 ämnen), 2018, pojkar: 206,4
</system-out>
    </testcase>
    <testcase classname="Kunskapsresultat" name="G2 Fler ska bli behöriga till ett nationellt program">
      <failure message="delvis uppnått" type="delvis uppnått"/>
      <system-out>Status: delvis uppnått
delvis uppnått: behörig &gt;= 90 % partly &gt;= 85 % — 85,7 % ≥ 90 % gäller inte; delvis: 85,7 % ≥ 85 % gäller
    Behöriga till yrkesprogram, 2018, totalt: 85,7 %
ej uppnått: ej_behörig[pojkar] &lt;= 15 % “pojkarnas behörighet” — 17,6 % ≤ 15 % gäller inte
    Behöriga till yrkesprogram, 2018, pojkar: 82,4 %
</system-out>
    </testcase>
    <testcase classname="Kunskapsresultat" name="G3 Fler elever ska ha betyg i alla ämnen">
      <failure message="ej uppnått" type="ej uppnått"/>
      <system-out>Status: ej uppnått
ej uppnått: alla_ämnen &gt;= 80 % — 74 % ≥ 80 % gäller inte
    Betyg i alla ämnen, 2018, totalt: 74 %
</system-out>
    </testcase>
  </testsuite>
  <testsuite name="Trygghet och studiero" tests="2" failures="1" errors="1" skipped="0">
    <testcase classname="Trygghet och studiero" name="T1 Frånvaron ska minska">
      <error message="ingen data" type="ingen data"/>
      <system-out>Status: ingen data
ingen data: frånvaro &lt; 10 % — – &lt; 10 % — inget värde i databasen
    Elever med mer än 20 % frånvaro, 2018, totalt: –
</system-out>
    </testcase>
    <testcase classname="Trygghet och studiero" name="T2 Förstärkt arbete mot kränkningar">
      <failure message="delvis uppnått" type="delvis uppnått"/>
      <system-out>Status: delvis uppnått
Bedömning: Rutinen är införd på hälften av skolorna
</system-out>
    </testcase>
  </testsuite>
  <testsuite name="Regler" tests="1" failures="1" errors="0" skipped="0">
    <testcase classname="Regler" name="R1 Hög frånvaro ska utredas">
      <failure message="1 av 4 skolor flaggade, 2 utan data" type="flaggad"/>
      <system-out>1 av 4 skolor flaggade, 2 utan data
Västerskolan (S3): flaggad; Elever med mer än 20 % frånvaro: 14 %, Påbörjade frånvaroutredningar: 40 %
Norrskolan (S1): ingen data; Elever med mer än 20 % frånvaro: 12,5 %, Påbörjade frånvaroutredningar: 60–100 %
Österskolan (S4): ingen data; Elever med mer än 20 % frånvaro: .., Påbörjade frånvaroutredningar: –
</system-out>
    </testcase>
  </testsuite>
</testsuites>
--- run ska check plan.ska --db t.db --format junit --fail-on ej | grep -E '<testsuites|<testsuite |<failure|<error|<skipped'
--- expect exit 0
<testsuites name="Plan för systematiskt kvalitetsarbete 2018/19" tests="6" failures="2" errors="0" skipped="1">
  <testsuite name="Kunskapsresultat" tests="3" failures="1" errors="0" skipped="0">
      <failure message="ej uppnått" type="ej uppnått"/>
  <testsuite name="Trygghet och studiero" tests="2" failures="0" errors="0" skipped="1">
      <skipped message="ingen data"/>
  <testsuite name="Regler" tests="1" failures="1" errors="0" skipped="0">
      <failure message="1 av 4 skolor flaggade, 2 utan data" type="flaggad"/>
