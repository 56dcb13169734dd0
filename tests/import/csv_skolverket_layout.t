# what real Skolverket files look like: a byte-order mark, title lines before the
# header, a trailing ';' on every line, blank lines, Kommun-kod / Kommun / Kön columns
--- file data.csv
﻿Statistik från Skolverket, https://www.skolverket.se

Grundskola - Behörighet till gymnasieskolan, fr.o.m. 2011
Valt läsår: 2024/25

Indikator;Kommun;Kommun-kod;Län;Läsår;Kön;Antal;Värde;
behorig_yrkes;Ale;1440;Västra Götalands län;2024/25;Flickor;214;83,2;
behorig_yrkes;Ale;1440;Västra Götalands län;2024/25;Pojkar;220;80,0;

behorig_yrkes;Alingsås;1489;Västra Götalands län;2024/25;Samtliga;391;87,7;
--- run ska import t.db data.csv
--- expect exit 0
data.csv: 3 rows: 3 added, 0 changed, 0 unchanged
data.csv: 2 units added: 1440, 1489
--- run sqlite3 t.db "select i.key, r.grp, r.period, u.code, r.value, r.status, r.n from result r join indicator i on i.id=r.ind join unit u on u.id=r.unit order by 1,2,3,4"
--- expect exit 0
behorig_yrkes|0|20245|1489|87.7|0|391
behorig_yrkes|1|20245|1440|83.2|0|214
behorig_yrkes|2|20245|1440|80.0|0|220
--- run sqlite3 t.db "select code, name, kind from unit"
--- expect exit 0
1440|Ale|
1489|Alingsås|
