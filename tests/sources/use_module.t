# A source description of one's own, in a module given with --use: the
# docs' example (docs/language.md, "Source descriptions"), a file of the
# municipality's own system. Without the module the file is refused and the
# message says how to describe it; a module with a broken description stops
# the import before the store is touched.
--- file egen.ska
source elevtal "Elevtal per skola och årskurs" {
  title  "Elevtal per skola"
  period "Läsår" kind år
  unit   "Skolenhetskod" kind skola
  name   "Skola"
  parent "Kommunkod" "Kommun"
  ignore "Rektorsområde"
  split  "Årskurs" { "F-3" = "_f3"; "4-6" = "_46"; "7-9" = "_79" }
  value  "Antal elever" = "elever"
}
--- file elevtal.csv
Elevtal per skola
Läsår: 2024/25

Skolenhetskod;Skola;Kommunkod;Kommun;Rektorsområde;Årskurs;Antal elever
10661388;Ronnaskolan;0181;Södertälje;Norr;F-3;120
10661388;Ronnaskolan;0181;Södertälje;Norr;4-6;98
10661388;Ronnaskolan;0181;Södertälje;Norr;7-9;..

Källa: egen sammanställning
--- file trasig.ska
source elevtal "Elevtal" {
  unit "Skolenhetskod" kind klass
  value "Antal elever" = elever
}
--- run ska import --list-sources --use egen.ska | cut -f1
--- expect exit 0
behörighet
nationella_prov
personal
slutbetyg_skolenhet
elevtal
--- run ska import t.db elevtal.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
elevtal.csv: error: line 4 looks like the header of a wide table (7 columns: Skolenhetskod;Skola;Kommunkod;Kommun;Rektorsområde;Årskurs…), and no source description fits it: `ska import --list-sources` lists those ska knows; write one for this export (docs/language.md, "Source descriptions") and give it with --use
--- run ska import t.db elevtal.csv --use egen.ska
--- expect exit 0
elevtal.csv: read as source elevtal: 3 rows, 3 values: 3 added, 0 changed, 0 unchanged
elevtal.csv: 2 units added: 0181, 10661388
--- run sqlite3 t.db "select i.key, u.code, r.period, r.value, r.status from result r join indicator i on i.id = r.ind join unit u on u.id = r.unit order by 1; select s.name, k.name, k.kind from unit s join unit k on k.id = s.parent"
--- expect exit 0
elever_46|10661388|20250|98.0|0
elever_79|10661388|20250||1
elever_f3|10661388|20250|120.0|0
Ronnaskolan|Södertälje|kommun
--- run ska import t2.db elevtal.csv --use trasig.ska; test -e t2.db || echo "no store"
--- expect exit 0
no store
trasig.ska:2:29: error: 'klass' is not a kind of unit a file lists (expected kommun or skola)
    unit "Skolenhetskod" kind klass
                              ^^^^^
--- file flerår.ska
source flerår "Elevtal, flera läsår" {
  title  "Elevtal per skola, flera läsår"
  period "Läsår" kind år
  unit   "Skolenhetskod" kind skola
  value  "Antal elever" = "elever"
}
--- file flerår.csv
Elevtal per skola, flera läsår

Skolenhetskod;Läsår;Antal elever
10661388;2023/24;410
10661388;2024/25;418
10661388;2024-25;420
--- run ska import f.db flerår.csv --use flerår.ska; sed -i '$d' flerår.csv && ska import f.db flerår.csv --use flerår.ska && sqlite3 f.db "select period, value from result order by period"
--- expect exit 0
flerår.csv: read as source flerår: 2 rows, 2 values: 2 added, 0 changed, 0 unchanged
flerår.csv: 1 unit added: 10661388
20240|410.0
20250|418.0
flerår.csv:6:10: error: "2024-25" is not a period (expected a year 2018, a school year 2018/19, or a term ht2020, vt2021)
  10661388;2024-25;420
           ^
