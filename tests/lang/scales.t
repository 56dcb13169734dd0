# Scales (skala): percent/procent and kronor/kr print their unit after the
# value; points/poäng, grade/skattning (a 1-5 self-assessment) and
# count/antal print the bare number. A scale range documents the possible
# values (reports draw their charts on it); negative bounds are allowed.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
andel;0181;2018;totalt;72,5
andel_sv;0181;2018;totalt;72,5
per_elev;0181;2018;totalt;108615
per_elev_sv;0181;2018;totalt;108615
merit;0181;2018;totalt;225,5
merit_sv;0181;2018;totalt;225,5
skattning;0181;2018;totalt;3
skattning_sv;0181;2018;totalt;3
elever;0181;2018;totalt;1204
elever_sv;0181;2018;totalt;1204
förändring;0181;2018;totalt;-2,5
--- file plan.ska
plan "Scales" { organiser "Södertälje kommun"; period 2018 }
indicator andel "Andel" { scale percent }
indicator andel_sv "Andel" { skala procent }
indicator per_elev "Kostnad per elev" { scale kronor; lower is better }
indicator per_elev_sv "Kostnad per elev" { skala kr }
indicator merit "Meritvärde" { scale points 0..340 }
indicator merit_sv "Meritvärde" { skala poäng 0..340 }
indicator skattning "Självskattning" { scale grade }
indicator skattning_sv "Självskattning" { skala skattning 1..5 }
indicator elever "Elever" { scale count }
indicator elever_sv "Elever" { skala antal }
indicator förändring "Förändring" { scale points -10..10 }
goal Percent { target andel > 70; target andel_sv > 70 }
goal Kronor { target per_elev < 110000; target per_elev_sv < 110000 }
goal Points { target merit > 220; target merit_sv > 220 }
goal Grade { target skattning >= 3; target skattning_sv >= 3 }
goal Count { target elever > 1000; target elever_sv > 1000 }
goal Negative { target förändring < 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Scales
Södertälje kommun, period 2018

  uppnått         Percent
    uppnått         andel > 70
                    72,5 % > 70 % gäller
                    andel 2018 totalt, Södertälje: 72,5 %
    uppnått         andel_sv > 70
                    72,5 % > 70 % gäller
                    andel_sv 2018 totalt, Södertälje: 72,5 %
  uppnått         Kronor
    uppnått         per_elev < 110000
                    108 615 kr < 110 000 kr gäller
                    per_elev 2018 totalt, Södertälje: 108 615 kr
    uppnått         per_elev_sv < 110000
                    108 615 kr < 110 000 kr gäller
                    per_elev_sv 2018 totalt, Södertälje: 108 615 kr
  uppnått         Points
    uppnått         merit > 220
                    225,5 > 220 gäller
                    merit 2018 totalt, Södertälje: 225,5
    uppnått         merit_sv > 220
                    225,5 > 220 gäller
                    merit_sv 2018 totalt, Södertälje: 225,5
  uppnått         Grade
    uppnått         skattning >= 3
                    3 >= 3 gäller
                    skattning 2018 totalt, Södertälje: 3
    uppnått         skattning_sv >= 3
                    3 >= 3 gäller
                    skattning_sv 2018 totalt, Södertälje: 3
  uppnått         Count
    uppnått         elever > 1000
                    1 204 > 1 000 gäller
                    elever 2018 totalt, Södertälje: 1 204
    uppnått         elever_sv > 1000
                    1 204 > 1 000 gäller
                    elever_sv 2018 totalt, Södertälje: 1 204
  uppnått         Negative
    uppnått         förändring < 0
                    -2,5 < 0 gäller
                    förändring 2018 totalt, Södertälje: -2,5

6 mål: 6 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
