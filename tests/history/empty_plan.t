# A plan without goals or rules records a judgement of no items (an empty
# blob, which SQLite reads back as NULL), and `--since` reads it back
# (the sanitizer build once stopped at a memcpy from NULL).
--- file a.csv
indikator;kommunkod;kommun;år;kön;värde
N15505;0181;Södertälje;2019;totalt;221,3
--- file plan.ska
plan "Tom plan" { organiser "Södertälje kommun"; period 2019 }
indicator meritvärde "Meritvärde" { scale points 0..340; source "kolada:N15505" }
--- run ska import t.db a.csv >/dev/null && SOURCE_DATE_EPOCH=1529971200 ska check plan.ska --db t.db --record=Tom 2>/dev/null >/dev/null && ska check plan.ska --db t.db --since Tom 2>/dev/null
--- expect exit 0
Tom plan
Södertälje kommun, period 2019

Förändringar sedan "Tom" (#1, 2018-06-26)

0 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
