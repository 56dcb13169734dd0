# Expressions typed at `ska repl` print their values as `ska check` formats
# them: a single value with its unit, a series as a table of periods (a
# column per group when the expression names no group), a per-unit value
# as a table sorted best first by the indicator's direction, and a yes/no
# answer with the values it compared (per unit or period: where it holds,
# and which had no data). Missing values say why; they never pass.
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- file q.txt
meritvärde
meritvärde[2017]
behörig
behörig["S3"]
ej_behörig
meritvärde[2013..2018]
meritvärde[pojkar, 2014..2018]
frånvaro[2017..2018]
meritvärde[skolor]
frånvaro[skolor]
rank(meritvärde, kommuner)
rank(meritvärde[skolor], skolor)
gap(meritvärde[skolor])
meritvärde > meritvärde[2017]
behörig >= mål_behörig
behörig["S3"] >= 100 %
behörig["S3"] >= 60 %
behörig[skolor] < 85 %
meritvärde[skolor] > 250
meritvärde[2013..2018] > 215
meritvärde > 200 and behörig > 80 %
change(meritvärde[pojkar], 2014..2018)
trend(meritvärde, 2013..2018)
mean(meritvärde, skolor)
count(meritvärde[skolor] > 200, skolor)
85 % - 2,5
meritvärde[2030]
meritvärde["S3"]
meritvärde["X9"]
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 0
221,3
217,9
85,7 %
60–100 %
14,3 %
period  totalt  flickor  pojkar
2013       205      218     194
2014       211      222     202
2015     213,4      222     205
2016     218,3    227,6   209,1
2017     217,9    227,1   208,2
2018     221,3    237,2   206,4
period  meritvärde[pojkar, 2014..2018]
2014                               202
2015                               205
2016                             209,1
2017                             208,2
2018                             206,4
period  totalt
2017         –  no value stored
2018         –  no value stored
unit         code  meritvärde[skolor]
Björkskolan  S1                 231,5
Lindskolan   S4                   224
Ekskolan     S2                 198,2
Granskolan   S3                    ..  too few pupils (..)
unit         code  frånvaro[skolor]
Björkskolan  S1                 8 %
Granskolan   S3                12 %
Ekskolan     S2              14,5 %
Lindskolan   S4                   .  no data (.)
2
unit         code  rank(meritvärde[skolor], skolor)
Björkskolan  S1                                   1
Lindskolan   S4                                   2
Ekskolan     S2                                   3
Granskolan   S3                                  ..  too few pupils (..)
unit         code  gap(meritvärde[skolor])
Björkskolan  S1                          –  no value stored
Ekskolan     S2                          –  no value stored
Granskolan   S3                          –  no value stored
Lindskolan   S4                          –  no value stored
221,3 > 217,9 holds
85,7 % >= 87 % does not hold
ingen data: ~100 does not settle it (60–100 % >= 100 %)
60–100 % >= 60 % holds (decided on ~100: close to 100 % settles it)
unit        code  behörig[skolor]
Lindskolan  S4             84,9 %
Ekskolan    S2             72,5 %
holds for 2 of 4 units, ingen data for 1
  ~100 does not settle it: Granskolan
holds for 0 of 4 units, ingen data for 1
  too few pupils (..): Granskolan
period  meritvärde[2013..2018]
2016                     218,3
2017                     217,9
2018                     221,3
holds for 3 of 6 periods
holds
4,4
3,06
217,9
2
82,5
ingen data: no value stored
ingen data: too few pupils (..)
ingen data: unit not in the store
