# Every example plan has a test file beside it (examples/*/plan_test.ska)
# whose tests give results inline and the statuses the plan must give:
# each passes, and together they show a goal of every status the plan can
# give (Norberg's N0 and Halmstad's H1 have one target without `partly`,
# so no data makes them delvis).
--- run cd "$SKA_PATH"/examples/sodertalje && ska test plan_test.ska
--- expect exit 0
ok    "meritvärdet och behörigheten stiger: M1 uppnått"
ok    "examen från yrkesprogram upp, högskoleförberedande ned: M2 delvis"
ok    "skillnaden mellan flickor och pojkar växer: U1 ej uppnått"
ok    "mål utan siffror, och värden som saknas: ingen data"
ok    "förskolan: över 90 % utom i språkutveckling, F1 delvis"
ok    "behörigheten jämförs med 2012 och med riket: U2"
6 tests: 6 passed, 0 failed
--- run cd "$SKA_PATH"/examples/kolada && ska test plan_test.ska
--- expect exit 0
ok    "över riket och stigande: K1 uppnått"
ok    "strax under riket: K1 delvis"
ok    "fler obehöriga än riket och under medel, men i övre halvan: K2 delvis"
ok    "färre klarar alla ämnen och stor skillnad: K3 ej uppnått"
ok    "flickor och pojkar: K3 delvis"
ok    "lärarlegitimation ej publicerad 2020: K5 ingen data"
ok    "skolor under gränserna flaggas"
7 tests: 7 passed, 0 failed
--- run cd "$SKA_PATH"/examples/uppsala && ska test plan_test.ska
--- expect exit 0
ok    "nationella provet i matematik: U3 uppnått"
ok    "87 % klarar provet: U3 delvis"
ok    "lärarna: B1 ej uppnått"
ok    "inga lärarsiffror: B1 ingen data"
ok    "kommunens skolor och den fristående"
5 tests: 5 passed, 0 failed
--- run cd "$SKA_PATH"/examples/ekero && ska test plan_test.ska
--- expect exit 0
ok    "alla fem nyckeltalen förbättras: FP1 uppnått"
ok    "matematik åk 6 sämre än 2019: FP1 delvis"
ok    "bland de 30 bästa av tre kommuner"
ok    "frånvaroutredningar: N1 ej uppnått, skolorna under 100 % flaggas"
ok    "alla utredda: N1 uppnått och ingen skola flaggas"
ok    "utan data: ingen data"
6 tests: 6 passed, 0 failed
--- run cd "$SKA_PATH"/examples/norberg && ska test plan_test.ska
--- expect exit 0
ok    "färre obehöriga än 2018/19: N0 grönt"
ok    "lika många obehöriga: N0 rött"
ok    "utgångsläget saknas: N0 grått"
3 tests: 3 passed, 0 failed
--- run cd "$SKA_PATH"/examples/halmstad && ska test plan_test.ska
--- expect exit 0
ok    "fler godkända i svenska som andraspråk: H1 uppnått"
ok    "färre godkända: H1 ej uppnått"
ok    "för få elever för att redovisa: H1 ingen data"
3 tests: 3 passed, 0 failed
--- run cd "$SKA_PATH"/examples/samverkan && ska test plan_test.ska
--- expect exit 0
ok    "trygghet, närvaro och måluppfyllelse ökar: S2 uppnått"
ok    "närvaron sjunker: S2 delvis"
ok    "inget ökar: S2 ej uppnått"
ok    "utan kommun: ingen data"
4 tests: 4 passed, 0 failed
--- run cd "$SKA_PATH" && ska test examples/*/plan_test.ska | tail -n 1
--- expect exit 0
34 tests: 34 passed, 0 failed
