# Goals are grouped by area: an `area "…" { }` block (område) around
# declarations, or an `area` field in the goal, which wins over the block.
# Goals without an area come first, then each area in order of first
# appearance.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
--- file plan.ska
plan "Areas" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
area "Kunskap" {
  goal K1 "In the block" { target merit > 200 }
  goal K2 "Moved by its field" { area "Trygghet"; target merit > 200 }
}
goal T1 "Field only" { area "Trygghet"; target merit > 200 }
goal N1 "No area" { target merit > 200 }
område "Kunskap" {
  goal K3 "The same area again" { target merit > 200 }
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Areas
Södertälje kommun, period 2018

  uppnått         N1  No area
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

Kunskap
  uppnått         K1  In the block
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225
  uppnått         K3  The same area again
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

Trygghet
  uppnått         K2  Moved by its field
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225
  uppnått         T1  Field only
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

5 mål: 5 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --format json | python3 -c 'import json, sys; print([(g["id"], g["area"]) for g in json.load(sys.stdin)["goals"]])'
--- expect exit 0
[('K1', 'Kunskap'), ('K2', 'Trygghet'), ('T1', 'Trygghet'), ('N1', None), ('K3', 'Kunskap')]
