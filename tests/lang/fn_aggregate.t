# mean, min, max, spread (max - min) and count over a set of units or over
# the periods of a range. Missing values are left out and counted apart;
# count(x) counts values present, count(condition) the units or periods where
# it holds. With no value at all the aggregate is missing; so is a count over
# a set (too few of its units have a value: see coverage.t), while a count over
# the periods of a range is 0.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
S3;Brunnsängsskolan;school;0181
S4;Hovsjöskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;S1;2018;totalt;200
merit;S2;2018;totalt;240
merit;S3;2018;totalt;..
merit;S4;2018;totalt;220
merit;0181;2015;totalt;210
merit;0181;2016;totalt;216
merit;0181;2017;totalt;.
merit;0181;2018;totalt;222
--- file plan.ska
plan "Aggregates" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Saknas" { scale points }
goal OverSchools {
  target mean(merit, skolor) = 220
  target min(merit, skolor) = 200
  target max(merit, skolor) = 240
  target spread(merit, skolor) = 40
  target count(merit, skolor) = 3
  target count(merit >= 220, skolor) = 2
}
goal OverPeriods {
  target mean(merit[2015..2018]) = 216
  target min(merit[2015..2018]) = 210
  target max(merit[2015..2018]) = 222
  target spread(merit[2015..2018]) = 12
  target count(merit[2015..2018]) = 3
  target count(merit[2015..2018] > 212) = 2
}
goal NoValues { target mean(saknas, skolor) > 0; target count(saknas, skolor) = 0 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Aggregates
Södertälje kommun, period 2018

  uppnått         OverSchools
    uppnått         mean(merit, skolor) = 220
                    220 = 220 gäller
                    mean(merit) över 4 skolor, 2018, totalt (3 med värde): 220
    uppnått         min(merit, skolor) = 200
                    200 = 200 gäller
                    min(merit) över 4 skolor, 2018, totalt (3 med värde): 200
    uppnått         max(merit, skolor) = 240
                    240 = 240 gäller
                    max(merit) över 4 skolor, 2018, totalt (3 med värde): 240
    uppnått         spread(merit, skolor) = 40
                    40 = 40 gäller
                    spread(merit) över 4 skolor, 2018, totalt (3 med värde): 40
    uppnått         count(merit, skolor) = 3
                    3 = 3 gäller
                    count(merit) över 4 skolor, 2018, totalt (3 med värde): 3
    uppnått         count(merit >= 220, skolor) = 2
                    2 = 2 gäller
                    count(merit) över 4 skolor, 2018, totalt (3 med värde): 2
  uppnått         OverPeriods
    uppnått         mean(merit[2015..2018]) = 216
                    216 = 216 gäller
                    mean(merit) över 2015..2018 (3 av 4 perioder med värde): 216
    uppnått         min(merit[2015..2018]) = 210
                    210 = 210 gäller
                    min(merit) över 2015..2018 (3 av 4 perioder med värde): 210
    uppnått         max(merit[2015..2018]) = 222
                    222 = 222 gäller
                    max(merit) över 2015..2018 (3 av 4 perioder med värde): 222
    uppnått         spread(merit[2015..2018]) = 12
                    12 = 12 gäller
                    spread(merit) över 2015..2018 (3 av 4 perioder med värde): 12
    uppnått         count(merit[2015..2018]) = 3
                    3 = 3 gäller
                    count(merit) över 2015..2018 (3 av 4 perioder med värde): 3
    uppnått         count(merit[2015..2018] > 212) = 2
                    2 = 2 gäller
                    count(merit) över 2015..2018 (3 av 4 perioder med värde): 2
  ingen data      NoValues
    ingen data      mean(saknas, skolor) > 0
                    – > 0 — indikatorn saknas i databasen
                    mean(saknas) över 4 skolor, 2018, totalt (0 med värde): –
    ingen data      count(saknas, skolor) = 0
                    – = 0 — indikatorn saknas i databasen
                    count(saknas) över 4 skolor, 2018, totalt (0 med värde): –

3 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
