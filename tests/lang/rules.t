# A rule is checked for every unit of its kind: `for each school` means the
# organiser's own schools, `for each kommun` every municipality. A unit is
# flagged when `when` holds and `require` does not; a unit where either needs
# a value that is missing is listed as ingen data, never passed. The columns
# are the indicators the rule reads.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
S3;Brunnsängsskolan;school;0181
S4;Hovsjöskolan;school;0181
X1;Stadsskolan;school;0180
--- file data.csv
indicator;unit;period;group;value
frånvaro;S1;2018;totalt;14
frånvaro;S2;2018;totalt;4
frånvaro;S3;2018;totalt;12
frånvaro;S4;2018;totalt;..
frånvaro;X1;2018;totalt;30
utredd;S1;2018;totalt;100
utredd;S3;2018;totalt;50
merit;0181;2018;totalt;225
merit;0180;2018;totalt;241
--- file plan.ska
plan "Rules" { organiser "Södertälje kommun"; period 2018 }
indicator frånvaro "Frånvaro över 20 %" { scale percent; lower is better }
indicator utredd "Utredd frånvaro" { scale percent; higher is better }
indicator merit "Meritvärde" { scale points; higher is better }
rule Utred "Hög frånvaro ska utredas" {
  for each school
  when frånvaro > 10 %
  require utredd >= 100 %
}
rule Nivå "Meritvärdet minst 230" { för varje kommun; krav merit >= 230 }
rule Alla "Ingen flaggas" { for each skola; require frånvaro < 50 or frånvaro >= 50 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Rules
Södertälje kommun, period 2018

Regler
  Utred  Hög frånvaro ska utredas
    1 av 4 skolor flaggade, 1 utan data
      Brunnsängsskolan (S3): frånvaro 12 %, utredd 50 %
      ingen data: Hovsjöskolan (S4): frånvaro .., utredd –
  Nivå  Meritvärdet minst 230
    1 av 2 kommuner flaggade
      Södertälje (0181): merit 225
  Alla  Ingen flaggas
    0 av 4 skolor flaggade, 1 utan data
      ingen data: Hovsjöskolan (S4): frånvaro ..

0 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --format json | python3 -c 'import json, sys; [print(r["id"], r["units"], [(u["unit"], u["no_data"]) for u in r["flagged"]]) for r in json.load(sys.stdin)["rules"]]'
--- expect exit 0
Utred 4 [('S3', False), ('S4', True)]
Nivå 2 [('0181', False)]
Alla 4 [('S4', True)]
