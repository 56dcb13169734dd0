# rank(x, kommuner) is 1 for the best municipality by the indicator's
# direction: the highest value when higher is better, the lowest when lower
# is better. A derived indicator ranks by its own direction. Units without a
# value are not ranked against. A series of periods through a let ranks
# nothing: ingen data, never 1 (a number is an error: errors/set_functions.t).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
0182;Nacka;kommun;
0183;Sundbyberg;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0180;2018;totalt;240
merit;0182;2018;totalt;250
merit;0183;2018;totalt;..
frånvaro;0181;2018;totalt;9
frånvaro;0180;2018;totalt;12
frånvaro;0182;2018;totalt;8
--- file plan.ska
plan "Rank" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
indicator närvaro "Närvaro" = 100 % - frånvaro { scale percent; higher is better }
indicator under_max "Poäng under max" = 340 - merit { scale points; lower is better }
goal Higher { target rank(merit, kommuner) = 3 }
goal Lower { target rank(frånvaro, kommuner) = 2 }
goal Derived { target rank(närvaro, kommuner) = 2; target rank(under_max, municipalities) = 3 }
let serie = merit[2016..2018]
goal NotPerUnit { target rank(serie, kommuner) = 1 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Rank
Södertälje kommun, period 2018

  uppnått         Higher
    uppnått         rank(merit, kommuner) = 3
                    3 = 3 gäller
                    rank(merit) över 4 kommuner, 2018, totalt (3 med värde): 3:e plats
  uppnått         Lower
    uppnått         rank(frånvaro, kommuner) = 2
                    2 = 2 gäller
                    rank(frånvaro) över 4 kommuner, 2018, totalt (3 med värde): 2:a plats
  uppnått         Derived
    uppnått         rank(närvaro, kommuner) = 2
                    2 = 2 gäller
                    rank(närvaro) över 4 kommuner, 2018, totalt (3 med värde): 2:a plats
    uppnått         rank(under_max, municipalities) = 3
                    3 = 3 gäller
                    rank(under_max) över 4 kommuner, 2018, totalt (3 med värde): 3:e plats
  ingen data      NotPerUnit
    ingen data      rank(serie, kommuner) = 1
                    – = 1 — inget värde i databasen
                    rank(merit) över 4 kommuner, 2016, totalt (0 med värde): –

4 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
