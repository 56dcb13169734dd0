# Unit selectors: a code or a name in quotes, or a unit declared in the plan
# (whose code is looked up in the store). A unit the store does not know is
# missing data, not an error: the plan may be checked against another store.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;S1;2018;totalt;205
merit;S1;2018;flickor;215
--- file plan.ska
plan "Units" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
unit ronna "Ronnaskolan" { code "S1"; kind school; parent "0181" }
unit borta "Nedlagd skola" { code "S9" }
goal ByCode { target merit["S1"] = 205 }
goal ByName { target merit["Ronnaskolan"] = 205 }
goal Declared { target merit[ronna] = 205; target merit[ronna, flickor] = 215 }
goal Organiser { target merit["0181"] = 225 }
goal NotInStore { target merit[borta] > 200; target merit["Okänd skola"] > 200 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Units
Södertälje kommun, period 2018

  uppnått         ByCode
    uppnått         merit["S1"] = 205
                    205 = 205 gäller
                    merit 2018 totalt, Ronnaskolan: 205
  uppnått         ByName
    uppnått         merit["Ronnaskolan"] = 205
                    205 = 205 gäller
                    merit 2018 totalt, Ronnaskolan: 205
  uppnått         Declared
    uppnått         merit[ronna] = 205
                    205 = 205 gäller
                    merit 2018 totalt, Ronnaskolan: 205
    uppnått         merit[ronna, flickor] = 215
                    215 = 215 gäller
                    merit 2018 flickor, Ronnaskolan: 215
  uppnått         Organiser
    uppnått         merit["0181"] = 225
                    225 = 225 gäller
                    merit 2018 totalt, Södertälje: 225
  ingen data      NotInStore
    ingen data      merit[borta] > 200
                    – > 200 — enheten saknas i databasen
    ingen data      merit["Okänd skola"] > 200
                    – > 200 — enheten saknas i databasen

5 mål: 4 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
