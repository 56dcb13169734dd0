# --only G1,G2 judges only those goals, --area NAME only the goals of that
# area; rules are skipped when goals are selected. Naming a goal or an area
# the plan does not have is an error, not an empty (passing) run.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;S1;2018;totalt;200
--- file plan.ska
plan "Selection" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
area "Kunskap" {
  goal G1 { target merit > 200 }
  goal G2 { target merit > 230 }
}
goal G3 { area "Trygghet"; target merit > 220 }
rule R1 { for each school; require merit > 210 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --only G1,G3
--- expect exit 0
Selection
Södertälje kommun, period 2018

Kunskap
  uppnått         G1
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225

Trygghet
  uppnått         G3
    uppnått         merit > 220
                    225 > 220 gäller
                    merit 2018 totalt, Södertälje: 225

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --only G2
--- expect exit 1
Selection
Södertälje kommun, period 2018

Kunskap
  ej uppnått      G2
    ej uppnått      merit > 230
                    225 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 225

1 mål: 0 uppnått, 0 delvis uppnått, 1 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --area Kunskap
--- expect exit 1
Selection
Södertälje kommun, period 2018

Kunskap
  uppnått         G1
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225
  ej uppnått      G2
    ej uppnått      merit > 230
                    225 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 225

2 mål: 1 uppnått, 0 delvis uppnått, 1 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --area Trygghet --only G3
--- expect exit 0
Selection
Södertälje kommun, period 2018

Trygghet
  uppnått         G3
    uppnått         merit > 220
                    225 > 220 gäller
                    merit 2018 totalt, Södertälje: 225

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- run ska check plan.ska --db t.db --only G1,G4,g2
--- expect exit 2
ska: error: --only: the plan has no goal 'G4'
ska: error: --only: the plan has no goal 'g2'
--- run ska check plan.ska --db t.db --area kunskap
--- expect exit 2
ska: error: --area: the plan has no area "kunskap"
