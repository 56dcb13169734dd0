# KommunAnalys's data folder as published (Källa: Kolada), imported as a directory with
# no option: Kommuner.txt as units (0000 Riket, 290 municipalities under it, the 21
# regions skipped), MasterData.txt by municipality name, riket.txt as Riket's series;
# Nyckeltal.txt (KPI titles, ID¤title a line) gives the indicators their titles.
# Spot checks against the files:
# Kommuner.txt "0000": "Riket", "0127": "Botkyrka", "0181": "Södertälje", "2584": "Kiruna",
# "1440": "Ale"; "0001": "Stockholms läns landsting" is a region, not stored.
# MasterData.txt: Södertälje N15505 2019 K 229.6 M 206.5; Kiruna N15419 2017 T 73.1;
# Botkyrka N15436 2020 M 82.3; Ale N15571 2016 K null (not published).
# riket.txt: N15505 2020 T 225.9, 2016 K 238.4; N15034 2020 T null; N15419 2018 M 70.1.
# Importing Kommuner.txt again, and then examples/data/kommuner.csv, changes nothing.
--- run mkdir kommunanalys && cp "$SKA_PATH/tests/import/data/Kommuner.txt" "$SKA_PATH/tests/import/data/MasterData.txt" "$SKA_PATH/tests/import/data/riket.txt" kommunanalys/ && printf 'N15505\302\244Meritv\303\244rde\n' > kommunanalys/Nyckeltal.txt
--- expect exit 0
--- run ska import t.db kommunanalys
--- expect exit 0
kommunanalys/Kommuner.txt: 291 units: 291 added, 0 changed, 0 unchanged
kommunanalys/Kommuner.txt: 21 skipped: regions (codes 00 + county code: ska follows municipalities and their schools)
kommunanalys/MasterData.txt: 51428 rows: 51428 added, 0 changed, 0 unchanged
kommunanalys/Nyckeltal.txt: 1 indicator title: 0 added, 1 changed, 0 unchanged
kommunanalys/riket.txt: 197 rows: 197 added, 0 changed, 0 unchanged
--- run sqlite3 t.db "select u.code, u.name, u.kind, coalesce(p.code, '-') from unit u left join unit p on p.id=u.parent where u.code in ('0000', '0127', '0181', '2584', '1440', '0001') order by u.code"
--- expect exit 0
0000|Riket|riket|-
0127|Botkyrka|kommun|0000
0181|Södertälje|kommun|0000
1440|Ale|kommun|0000
2584|Kiruna|kommun|0000
--- run sqlite3 t.db "select kind, count(*) from unit group by kind"
--- expect exit 0
kommun|290
riket|1
--- run sqlite3 t.db "select u.name, i.key, r.period, r.grp, coalesce(r.value, 'null'), r.status from result r join unit u on u.id=r.unit join indicator i on i.id=r.ind where (u.name, i.key, r.period, r.grp) in (values ('Södertälje', 'N15505', 20190, 1), ('Södertälje', 'N15505', 20190, 2), ('Kiruna', 'N15419', 20170, 0), ('Botkyrka', 'N15436', 20200, 2), ('Ale', 'N15571', 20160, 1), ('Riket', 'N15505', 20200, 0), ('Riket', 'N15505', 20160, 1), ('Riket', 'N15034', 20200, 0), ('Riket', 'N15419', 20180, 2)) order by 1, 2, 3, 4"
--- expect exit 0
Ale|N15571|20160|1|null|4
Botkyrka|N15436|20200|2|82.3|0
Kiruna|N15419|20170|0|73.1|0
Riket|N15034|20200|0|null|4
Riket|N15419|20180|2|70.1|0
Riket|N15505|20160|1|238.4|0
Riket|N15505|20200|0|225.9|0
Södertälje|N15505|20190|1|229.6|0
Södertälje|N15505|20190|2|206.5|0
--- run ska import t.db kommunanalys/Kommuner.txt "$SKA_PATH/examples/data/kommuner.csv" | sed "s|$SKA_PATH/||"
--- expect exit 0
kommunanalys/Kommuner.txt: 291 units: 0 added, 0 changed, 291 unchanged
kommunanalys/Kommuner.txt: 21 skipped: regions (codes 00 + county code: ska follows municipalities and their schools)
examples/data/kommuner.csv: 291 units: 0 added, 0 changed, 291 unchanged
