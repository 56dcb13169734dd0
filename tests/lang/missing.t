# Missing values are never a pass: ".." (too few pupils), "." (no data), an
# empty value, no stored row and an indicator the store has never heard of
# each make the target ingen data, shown with the reason and the published
# mark, and counted as ingen data in the summary.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0181;2018;flickor;..
merit;0181;2018;pojkar;.
merit;0181;2017;totalt;
--- file plan.ska
plan "Missing" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator okänd "Finns inte i databasen" { scale percent }
goal TooFew { target merit[flickor] > 0 }
goal NoData { target merit[pojkar] > 0 }
goal Empty { target merit[2017] > 0 }
goal NoRow { target merit[2016] > 0 }
goal NoIndicator { target okänd < 100 }
goal Negated "not of a missing value is still missing" { target not (merit[flickor] > 0) }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Missing
Södertälje kommun, period 2018

  ingen data      TooFew
    ingen data      merit[flickor] > 0
                    .. > 0 — för få elever (..)
                    merit 2018 flickor, Södertälje: ..
  ingen data      NoData
    ingen data      merit[pojkar] > 0
                    . > 0 — uppgift saknas (.)
                    merit 2018 pojkar, Södertälje: .
  ingen data      Empty
    ingen data      merit[2017] > 0
                    – > 0 — tomt värde
                    merit 2017 totalt, Södertälje: –
  ingen data      NoRow
    ingen data      merit[2016] > 0
                    – > 0 — inget värde i databasen
                    merit 2016 totalt, Södertälje: –
  ingen data      NoIndicator
    ingen data      okänd < 100
                    – < 100 % — indikatorn saknas i databasen
  ingen data      Negated  not of a missing value is still missing
    ingen data      not (merit[flickor] > 0)
                    för få elever (..)
                    merit 2018 flickor, Södertälje: ..

6 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 6 ingen data
