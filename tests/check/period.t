# --period overrides the plan's period. Each indicator is read in its own
# kind of period: a school year 2018/19 is year 2019 for yearly data and vt2019
# for termly data; a year 2019 is school year 2018/19 and term ht2019; a term
# ht2018 is year 2018 and school year 2018/19. A bad --period is an error.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0181;2019;totalt;228
behörig;0181;2017/18;totalt;80
behörig;0181;2018/19;totalt;82
frånvaro;0181;ht2018;totalt;12
frånvaro;0181;vt2019;totalt;9
frånvaro;0181;ht2019;totalt;11
--- file plan.ska
plan "Periods" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal G { target merit > 0; target behörig > 0; target frånvaro > 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period 2018
                    merit 2018 totalt, Södertälje: 225
                    behörig 2017/18 totalt, Södertälje: 80 %
                    frånvaro ht2018 totalt, Södertälje: 12 %
--- run ska check plan.ska --db t.db --period 2018/19 | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period 2018/19
                    merit 2019 totalt, Södertälje: 228
                    behörig 2018/19 totalt, Södertälje: 82 %
                    frånvaro vt2019 totalt, Södertälje: 9 %
--- run ska check plan.ska --db t.db --period 2019 | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period 2019
                    merit 2019 totalt, Södertälje: 228
                    behörig 2018/19 totalt, Södertälje: 82 %
                    frånvaro ht2019 totalt, Södertälje: 11 %
--- run ska check plan.ska --db t.db --period ht2018 | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period ht2018
                    merit 2018 totalt, Södertälje: 225
                    behörig 2018/19 totalt, Södertälje: 82 %
                    frånvaro ht2018 totalt, Södertälje: 12 %
--- run ska check plan.ska --db t.db --period VT2019 | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period vt2019
                    merit 2019 totalt, Södertälje: 228
                    behörig 2018/19 totalt, Södertälje: 82 %
                    frånvaro vt2019 totalt, Södertälje: 9 %
--- run ska check plan.ska --db t.db --period 2018/2019 | grep -e period -e Södertälje:
--- expect exit 0
Södertälje kommun, period 2018/19
                    merit 2019 totalt, Södertälje: 228
                    behörig 2018/19 totalt, Södertälje: 82 %
                    frånvaro vt2019 totalt, Södertälje: 9 %
--- run ska check plan.ska --db t.db --period 2018/20
--- expect exit 2
ska check: --period '2018/20' is not a period (expected 2019, 2018/19, ht2020 or vt2021)
(see `ska check --help`)
--- run ska check plan.ska --db t.db --period vt19
--- expect exit 2
ska check: --period 'vt19' is not a period (expected 2019, 2018/19, ht2020 or vt2021)
(see `ska check --help`)
