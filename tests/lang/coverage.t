# A mean, rank, min, max, spread or count over a set counts only when enough
# of the set's units have a value: by default half of them (rounded up),
# else the share `coverage N %` gives in the plan header, a goal (its
# targets) or a rule. Below it the figure is ingen data, saying how many had
# a value of how many and how many were needed. Here only the organiser has
# a merit value (1 of 4, 2 needed: its rank 1 must not pass), and 3 of the 4
# municipalities have an absence figure: mean (9 + 12 + 8) / 3 = 9,67;
# count(> 8) = 2 (9 and 12). With coverage 100 % 4 are needed: ingen data,
# also for a set chosen in a selector (mean(frånvaro[kommuner])).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
0182;Nacka;kommun;
0183;Sundbyberg;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
frånvaro;0181;2018;totalt;9
frånvaro;0180;2018;totalt;12
frånvaro;0182;2018;totalt;8
--- file plan.ska
plan "Täckning" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
goal Ensam { target rank(merit, kommuner) <= 10 }
goal Tre { target mean(frånvaro, kommuner) < 10 %; target count(frånvaro > 8, kommuner) = 2 }
goal Alla { täckning 100 %; target mean(frånvaro, kommuner) < 10 %; target mean(frånvaro[kommuner]) < 10 % }
rule Placering { for each kommun; coverage 100 %; require rank(frånvaro, kommuner) <= 2 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Täckning
Södertälje kommun, period 2018

  ingen data      Ensam
    ingen data      rank(merit, kommuner) <= 10
                    – <= 10 — för få enheter med värde: 1 av 4 (minst 2 behövs)
                    rank(merit) över 4 kommuner, 2018, totalt (1 med värde): –
  uppnått         Tre
    uppnått         mean(frånvaro, kommuner) < 10 %
                    9,67 % < 10 % gäller
                    mean(frånvaro) över 4 kommuner, 2018, totalt (3 med värde): 9,67 %
    uppnått         count(frånvaro > 8, kommuner) = 2
                    2 = 2 gäller
                    count(frånvaro) över 4 kommuner, 2018, totalt (3 med värde): 2
  ingen data      Alla
    ingen data      mean(frånvaro, kommuner) < 10 %
                    – < 10 % — för få enheter med värde: 3 av 4 (minst 4 behövs)
                    mean(frånvaro) över 4 kommuner, 2018, totalt (3 med värde): –
    ingen data      mean(frånvaro[kommuner]) < 10 %
                    – < 10 % — för få enheter med värde: 3 av 4 (minst 4 behövs)
                    mean(frånvaro) över 4 kommuner, 2018, totalt (3 med värde): –

Regler
  Placering
    0 av 4 kommuner flaggade, 4 utan data
      ingen data: Nacka (0182): rank –
      ingen data: Stockholm (0180): rank –
      ingen data: Sundbyberg (0183): rank –
      ingen data: Södertälje (0181): rank –

3 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 2 ingen data
--- run ska check plan.ska --db t.db --format json | tr '{' '\n' | grep -E 'rank|mean|too few' | head -4
--- expect exit 0
"target":"rank(merit, kommuner) <= 10","partly":null,"label":null,"status":"ingen_data","left":
"value":null,"missing":"too few units with a value"},"right":
"value":10,"missing":null},"missing":"too few units with a value","near100_decided":false,"evidence":[
"kind":"rank","indicator":"merit","over":"kommun","units":4,"with_value":1,"needed":2,"ties":null,"unit":null,"result":
--- run ska report plan.ska --db t.db --format md | grep -E 'Ensam|rank|placering|täckning|enheter med'
--- expect exit 0
- **ingen data:** Ensam 
<a id="goal-Ensam"></a>
### Ensam
| ingen data | `rank(merit, kommuner) <= 10` | – ≤ 10 — för få enheter med värde: 1 av 4 (minst 2 behövs) | placering av Meritvärde över 4 kommuner, 2018, totalt (1 med värde): – |
| ingen data | `mean(frånvaro, kommuner) < 10 %` | – < 10 % — för få enheter med värde: 3 av 4 (minst 4 behövs) | medelvärde av Frånvaro över 4 kommuner, 2018, totalt (3 med värde): – |
| ingen data | `mean(frånvaro[kommuner]) < 10 %` | – < 10 % — för få enheter med värde: 3 av 4 (minst 4 behövs) | medelvärde av Frånvaro över 4 kommuner, 2018, totalt (3 med värde): – |
För varje kommun: krav `rank(frånvaro, kommuner) <= 2`
| Enhet | Kod | rank | Status |
--- run ska check plan.ska --db t.db --format csv | grep -E 'Ensam'
--- expect exit 0
goal,Ensam,,,,ingen data,,,,,,,,,
target,Ensam,,,,ingen data,"rank(merit, kommuner) <= 10",,,10,2018,,för få enheter med värde: 1 av 4 (minst 2 behövs),,
--- file plan25.ska
plan "Täckning" { organiser "Södertälje kommun"; period 2018; coverage 25 % }
indicator merit "Meritvärde" { scale points 0..340; higher is better }
goal Ensam { target rank(merit, kommuner) <= 10 }
--- run ska check plan25.ska --db t.db
--- expect exit 0
Täckning
Södertälje kommun, period 2018

  uppnått         Ensam
    uppnått         rank(merit, kommuner) <= 10
                    1 <= 10 gäller
                    rank(merit) över 4 kommuner, 2018, totalt (1 med värde): 1:a plats

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
--- file data2.csv
indicator;unit;period;group;value
merit;0180;2018;totalt;225
merit;0182;2018;totalt;240
--- file en.ska
plan "Coverage" { organiser "Södertälje kommun"; period 2018; language en }
indicator merit "Merit" { scale points 0..340; higher is better }
goal Shared { target rank(merit, municipalities) <= 2 }
goal Few { coverage 100 %; target rank(merit, municipalities) <= 2 }
--- run ska import t.db data2.csv >/dev/null && ska check en.ska --db t.db
--- expect exit 1
Coverage
Södertälje kommun, period 2018

  achieved         Shared
    achieved         rank(merit, municipalities) <= 2
                     2 <= 2 holds
                     rank(merit) over 4 municipalities, 2018, totalt (3 with a value): 2nd, shared with 1
  no data          Few
    no data          rank(merit, municipalities) <= 2
                     – <= 2 — too few units with a value: 3 of 4 (at least 4 needed)
                     rank(merit) over 4 municipalities, 2018, totalt (3 with a value): –

2 goals: 1 achieved, 0 partly achieved, 0 not achieved, 1 no data
--- run ska report en.ska --db t.db --format html | grep -o '[^>]*shared with 1[^<]*'
--- expect exit 0
rank of Merit over 4 municipalities, 2018, total (3 with a value): 2nd, shared with 1
