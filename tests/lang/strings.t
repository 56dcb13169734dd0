# String escapes: \" \\ \n \t. The text report prints the characters; the JSON
# report escapes them again.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
--- file plan.ska
plan "Plan \"2018\" \\ Södertälje" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Merit" { scale points; higher is better }
goal G1 "Line one\nline two\tafter a tab" { target merit > 200 "the \"label\"" }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Plan "2018" \ Södertälje
Södertälje kommun, period 2018

  uppnått         G1  Line one
line two	after a tab
    uppnått         merit > 200  "the "label""
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(repr(d["plan"]["title"]), repr(d["goals"][0]["title"]), repr(d["goals"][0]["targets"][0]["label"]))'
--- expect exit 0
'Plan "2018" \\ Södertälje' 'Line one\nline two\tafter a tab' 'the "label"'
