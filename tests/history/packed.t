# A recorded judgement's items and values are packed in one blob of its
# judgement_run row (schema version 4, include/store_history.h). A version 3
# store kept them as rows: a reader reads them as they are (the store stays
# version 3); its next writer adds the items column and keeps the rows, so
# a run recorded then still compares, beside one recorded in the new form.
# A damaged blob (cut short, a value before any item, a varint too long
# or out of its field's range, a status out of range) is an error, never
# a read past its end.
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2018;totalt;221,3
N15505;0181;Södertälje;2019;totalt;219
--- file plan.ska
plan "Plan 2019" { organiser "Södertälje kommun"; period 2019 }
indicator meritvärde "Meritvärde" { scale points 0..340; higher is better; source "kolada:N15505" }
goal G1 "Högt meritvärde" { target meritvärde >= 220; target meritvärde > meritvärde[2018] }
rule R1 "Inget lågt meritvärde" { for each kommun; require meritvärde >= 100 }
--- file v3.sql
-- what ska wrote for `ska check plan.ska --record=Första` in a version 3
-- store, but for 218 recorded where 219 is stored now
DROP TABLE judgement_run;
CREATE TABLE judgement_run( id INTEGER PRIMARY KEY, recorded TEXT NOT NULL, label TEXT NOT NULL, plan TEXT NOT NULL, plan_title TEXT NOT NULL, plan_hash TEXT NOT NULL, period INTEGER, last_import INTEGER NOT NULL, achieved INTEGER NOT NULL, partly INTEGER NOT NULL, failed INTEGER NOT NULL, nodata INTEGER NOT NULL);
CREATE TABLE judgement( run INTEGER NOT NULL, seq INTEGER NOT NULL, item TEXT NOT NULL, kind INTEGER NOT NULL, title TEXT, status INTEGER NOT NULL, flagged INTEGER, PRIMARY KEY(run, seq)) WITHOUT ROWID;
CREATE TABLE judgement_value( run INTEGER NOT NULL, item INTEGER NOT NULL, seq INTEGER NOT NULL, ind TEXT, what TEXT, unit INTEGER, period INTEGER, period_to INTEGER, grp INTEGER, lo REAL, hi REAL, missing INTEGER NOT NULL, PRIMARY KEY(run, item, seq)) WITHOUT ROWID;
INSERT INTO judgement_run VALUES(1,'2023-11-14T22:13:20Z','Första','plan.ska','Plan 2019','5bd0aa2296c19682',20190,1,0,0,1,0);
INSERT INTO judgement VALUES(1,0,'G1',0,'Högt meritvärde',2,NULL);
INSERT INTO judgement VALUES(1,1,'G1 › meritvärde >= 220',1,NULL,2,NULL);
INSERT INTO judgement VALUES(1,2,'G1 › meritvärde > meritvärde[2018]',1,NULL,2,NULL);
INSERT INTO judgement VALUES(1,3,'R1',2,'Inget lågt meritvärde',3,0);
INSERT INTO judgement_value VALUES(1,1,0,'N15505',NULL,1,20190,0,0,218.0,218.0,0);
INSERT INTO judgement_value VALUES(1,2,0,'N15505',NULL,1,20190,0,0,218.0,218.0,0);
INSERT INTO judgement_value VALUES(1,2,1,'N15505',NULL,1,20180,0,0,221.3,221.3,0);
PRAGMA user_version=3;
--- run ska import t.db a.csv >/dev/null && sqlite3 t.db < v3.sql && ska history --db t.db && ska check plan.ska --db t.db --since Första; sqlite3 t.db "pragma user_version"
--- expect exit 0
#    recorded             period    ach part  not none  label (plan)
1    2023-11-14T22:13:20Z 2019        0    0    1    0  Första (plan.ska)
Plan 2019
Södertälje kommun, period 2019

Förändringar sedan "Första" (#1, 2023-11-14)
  → G1  Högt meritvärde: ej uppnått
      →  meritvärde >= 220: ej uppnått
          meritvärde 2019 totalt, Södertälje: 219 (var 218)
      →  meritvärde > meritvärde[2018]: ej uppnått
          meritvärde 2019 totalt, Södertälje: 219 (var 218)

  ej uppnått      G1  Högt meritvärde
    ej uppnått      meritvärde >= 220
                    219 >= 220 gäller inte
                    meritvärde 2019 totalt, Södertälje: 219
    ej uppnått      meritvärde > meritvärde[2018]
                    219 > 221,3 gäller inte
                    meritvärde 2019 totalt, Södertälje: 219
                    meritvärde 2018 totalt, Södertälje: 221,3

Regler
  R1  Inget lågt meritvärde
    ingen kommun under Södertälje i databasen: inget att pröva

1 mål: 0 uppnått, 0 delvis uppnått, 1 ej uppnått, 0 ingen data
3
--- run SOURCE_DATE_EPOCH=1700000000 ska check plan.ska --db t.db --record=Andra >/dev/null; sqlite3 t.db "pragma user_version; select id, label, items is null from judgement_run"
--- expect exit 0
4
1|Första|1
2|Andra|0
ska check: recorded as judgement #2 "Andra"
--- run ska check plan.ska --db t.db --since Första | sed -n '4,9p'
--- expect exit 0
Förändringar sedan "Första" (#1, 2023-11-14)
  → G1  Högt meritvärde: ej uppnått
      →  meritvärde >= 220: ej uppnått
          meritvärde 2019 totalt, Södertälje: 219 (var 218)
      →  meritvärde > meritvärde[2018]: ej uppnått
          meritvärde 2019 totalt, Södertälje: 219 (var 218)
--- run ska check plan.ska --db t.db --since Andra --format json | grep -o '"previous_status":"[^"]*","trend":"[^"]*"\|"flagged_before":[0-9]*'
--- expect exit 0
"flagged_before":0
"previous_status":"ej_uppnått","trend":"same"
"previous_status":"ej_uppnått","trend":"same"
"previous_status":"ej_uppnått","trend":"same"
--- run sqlite3 t.db "update judgement_run set items = x'03' where id = 2" && ska check plan.ska --db t.db --since Andra
--- expect exit 2
ska check: t.db: a recorded judgement is damaged (its items cannot be read)
--- run sqlite3 t.db "update judgement_run set items = x'00024142' where id = 2" && ska check plan.ska --db t.db --since Andra
--- expect exit 2
ska check: t.db: a recorded judgement is damaged (its items cannot be read)
--- run sqlite3 t.db "update judgement_run set items = x'0002ffffffffffffffffffff7f473100' where id = 2" && ska check plan.ska --db t.db --since Andra
--- expect exit 2
ska check: t.db: a recorded judgement is damaged (its items cannot be read)
--- run sqlite3 t.db "update judgement_run set items = x'000280808080104731000001473100' where id = 2" && ska check plan.ska --db t.db --since Andra
--- expect exit 2
ska check: t.db: a recorded judgement is damaged (its items cannot be read)
--- run sqlite3 t.db "update judgement_run set items = x'000901473100' where id = 2" && ska check plan.ska --db t.db --since Andra
--- expect exit 2
ska check: t.db: a recorded judgement is damaged (its items cannot be read)
