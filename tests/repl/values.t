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
2017         –  inget värde i databasen
2018         –  inget värde i databasen
enhet        kod  meritvärde[skolor]
Björkskolan  S1                231,5
Lindskolan   S4                  224
Ekskolan     S2                198,2
Granskolan   S3                   ..  för få elever (..)
enhet        kod  frånvaro[skolor]
Björkskolan  S1                8 %
Granskolan   S3               12 %
Ekskolan     S2             14,5 %
Lindskolan   S4                  .  uppgift saknas (.)
2
enhet        kod  rank(meritvärde[skolor], skolor)
Björkskolan  S1                                  1
Lindskolan   S4                                  2
Ekskolan     S2                                  3
Granskolan   S3                                 ..  för få elever (..)
enhet        kod  gap(meritvärde[skolor])
Björkskolan  S1                         –  inget värde i databasen
Ekskolan     S2                         –  inget värde i databasen
Granskolan   S3                         –  inget värde i databasen
Lindskolan   S4                         –  inget värde i databasen
221,3 > 217,9 gäller
85,7 % >= 87 % gäller inte
ingen data: ~100 avgör inte jämförelsen (60–100 % >= 100 %)
60–100 % >= 60 % gäller (~100 avgör)
enhet       kod  behörig[skolor]
Lindskolan  S4            84,9 %
Ekskolan    S2            72,5 %
gäller för 2 av 4 enheter, ingen data för 1
  ~100 avgör inte jämförelsen: Granskolan
gäller för 0 av 4 enheter, ingen data för 1
  för få elever (..): Granskolan
period  meritvärde[2013..2018]
2016                     218,3
2017                     217,9
2018                     221,3
gäller för 3 av 6 perioder
gäller
4,4
3,06
217,9
2
82,5
ingen data: inget värde i databasen
ingen data: för få elever (..)
ingen data: enheten saknas i databasen
