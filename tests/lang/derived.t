# A derived indicator (`indicator x "…" = expression`) is computed from
# stored ones in the context of each reference: its selectors choose the
# period, group and unit the formula reads. Derived indicators may build on
# each other, and take their own scale for display.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
behörig;0181;2017;totalt;80
behörig;0181;2018;totalt;84
behörig;0181;2018;flickor;88
behörig;S1;2018;totalt;70
--- file plan.ska
plan "Derived" { organiser "Södertälje kommun"; period 2018 }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator ej_behörig "Ej behöriga" = 100 % - behörig { scale percent; lower is better }
indicator andel "Ej behöriga, andel" = ej_behörig / 100
goal Plain { target ej_behörig = 16 % }
goal Selectors {
  target ej_behörig[2017] = 20
  target ej_behörig[flickor] = 12
  target ej_behörig["S1"] = 30
  target change(ej_behörig) = -4
}
goal OnDerived { target andel = 0,16 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Derived
Södertälje kommun, period 2018

  uppnått         Plain
    uppnått         ej_behörig = 16 %
                    16 % = 16 % gäller
                    behörig 2018 totalt, Södertälje: 84 %
  uppnått         Selectors
    uppnått         ej_behörig[2017] = 20
                    20 % = 20 % gäller
                    behörig 2017 totalt, Södertälje: 80 %
    uppnått         ej_behörig[flickor] = 12
                    12 % = 12 % gäller
                    behörig 2018 flickor, Södertälje: 88 %
    uppnått         ej_behörig["S1"] = 30
                    30 % = 30 % gäller
                    behörig 2018 totalt, Ronnaskolan: 70 %
    uppnått         change(ej_behörig) = -4
                    -4 p.e. = -4 p.e. gäller
                    behörig 2018 totalt, Södertälje: 84 %
                    behörig 2017 totalt, Södertälje: 80 %
  uppnått         OnDerived
    uppnått         andel = 0,16
                    0,16 = 0,16 gäller
                    behörig 2018 totalt, Södertälje: 84 %

3 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
