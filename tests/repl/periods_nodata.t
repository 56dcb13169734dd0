# `.periods NAME` for an indicator with no data in the store (and a derived
# one, which has no periods of its own) says so. Before, it sorted a NULL
# array of no periods, which UBSan stops on (run under `make asan`).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
--- file plan.ska
plan "P" { organiser "Södertälje" }
indicator merit "Meritvärde" { scale points }
indicator tom "Utan data" { scale points }
indicator dubbel "Härledd" = merit * 2
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run printf '.periods tom\n.periods dubbel\n.periods merit\n' | ska repl plan.ska --db t.db
--- expect exit 0
no periods: there is no data for it in the store
no periods: there is no data for it in the store
2018
