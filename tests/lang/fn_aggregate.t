# mean, min, max, spread (max - min) and count over a set of units or over
# the periods of a range. Missing values are left out and counted apart;
# count(x) counts values present, count(condition) the units or periods where
# it holds. With no value at all the aggregate is missing, but a count is 0.
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
                    220 = 220 holds
                    mean of merit over 4 school units (3 with a value): 220
    uppnått         min(merit, skolor) = 200
                    200 = 200 holds
                    min of merit over 4 school units (3 with a value): 200
    uppnått         max(merit, skolor) = 240
                    240 = 240 holds
                    max of merit over 4 school units (3 with a value): 240
    uppnått         spread(merit, skolor) = 40
                    40 = 40 holds
                    spread of merit over 4 school units (3 with a value): 40
    uppnått         count(merit, skolor) = 3
                    3 = 3 holds
                    count of merit over 4 school units (3 with a value): 3
    uppnått         count(merit >= 220, skolor) = 2
                    2 = 2 holds
                    count of merit over 4 school units (3 with a value): 2
  uppnått         OverPeriods
    uppnått         mean(merit[2015..2018]) = 216
                    216 = 216 holds
                    mean of merit over 2015..2018 (3 of 4 periods with a value): 216
    uppnått         min(merit[2015..2018]) = 210
                    210 = 210 holds
                    min of merit over 2015..2018 (3 of 4 periods with a value): 210
    uppnått         max(merit[2015..2018]) = 222
                    222 = 222 holds
                    max of merit over 2015..2018 (3 of 4 periods with a value): 222
    uppnått         spread(merit[2015..2018]) = 12
                    12 = 12 holds
                    spread of merit over 2015..2018 (3 of 4 periods with a value): 12
    uppnått         count(merit[2015..2018]) = 3
                    3 = 3 holds
                    count of merit over 2015..2018 (3 of 4 periods with a value): 3
    uppnått         count(merit[2015..2018] > 212) = 2
                    2 = 2 holds
                    count of merit over 2015..2018 (3 of 4 periods with a value): 2
  ingen data      NoValues
    ingen data      mean(saknas, skolor) > 0
                    – > 0 — no data for this indicator in the store
                    mean of saknas over 4 school units (0 with a value): –
    uppnått         count(saknas, skolor) = 0
                    0 = 0 holds
                    count of saknas over 4 school units (0 with a value): 0

3 goals: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 1 ingen data
