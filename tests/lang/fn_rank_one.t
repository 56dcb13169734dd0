# One unit's rank (a goal's target) is counted among the set's values as
# they are; the ranks of every unit of a set (a rule) are found in the
# values sorted once. Both give the same places: a "~100" value ranks as
# an interval (plats 1–2, Solna's 99,5 lies inside [99, 99,75]), equal
# values share the better place (delad med 1), higher and lower better.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
0182;Nacka;kommun;
0183;Sundbyberg;kommun;
0184;Solna;kommun;
--- file data.csv
indicator;unit;period;group;value;count
behörig;0181;2018;totalt;~100;400
behörig;0180;2018;totalt;95;
behörig;0182;2018;totalt;99,5;
behörig;0183;2018;totalt;95;
behörig;0184;2018;totalt;97;
frånvaro;0181;2018;totalt;9;
frånvaro;0180;2018;totalt;12;
frånvaro;0182;2018;totalt;8;
frånvaro;0183;2018;totalt;9;
frånvaro;0184;2018;totalt;10;
--- file plan.ska
plan "Ranks" { organiser "Södertälje kommun"; period 2018 }
indicator behörig "Behöriga" { scale percent; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
unit stockholm "Stockholm" { code "0180"; kind kommun }
goal Interval { target rank(behörig, kommuner) <= 2 }
goal Tie { target rank(behörig[stockholm], kommuner) = 4 }
goal LowerTie { target rank(frånvaro, kommuner) = 2 }
rule Top { for each kommun; coverage 100 %; require rank(behörig, kommuner) <= 2 }
rule Low { for each kommun; coverage 100 %; require rank(frånvaro, kommuner) <= 1 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Ranks
Södertälje kommun, period 2018

  uppnått         Interval
    uppnått         rank(behörig, kommuner) <= 2
                    1–2 <= 2 gäller (~100 avgör)
                    rank(behörig) över 5 kommuner, 2018, totalt (5 med värde): plats 1–2
  uppnått         Tie
    uppnått         rank(behörig[stockholm], kommuner) = 4
                    4 = 4 gäller
                    rank(behörig) Stockholm över 5 kommuner, 2018, totalt (5 med värde): 4:e plats, delad med 1
  uppnått         LowerTie
    uppnått         rank(frånvaro, kommuner) = 2
                    2 = 2 gäller
                    rank(frånvaro) över 5 kommuner, 2018, totalt (5 med värde): 2:a plats, delad med 1

Regler
  Top
    3 av 5 kommuner flaggade
      Stockholm (0180): rank 4
      Sundbyberg (0183): rank 4
      Solna (0184): rank 3
  Low
    4 av 5 kommuner flaggade
      Stockholm (0180): rank 5
      Solna (0184): rank 4
      Sundbyberg (0183): rank 2
      Södertälje (0181): rank 2

3 mål: 3 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
