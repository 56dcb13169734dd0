# The words of every output, in the plan's language: each comparison says
# whether it holds ("gäller inte" / "does not hold"), a difference of two
# percentages (gap, change, spread, x - y) is in procentenheter ("p.e." /
# "percentage points") and a number written in the plan takes the unit of
# what it is compared with; an aggregate names its set, period and group;
# each measure is described once and the goals refer to it; a rule lists
# the flagged units first and those without data last, each worst first.
# The same in ska check, ska report (Markdown and HTML) and the REPL, in a
# Swedish plan and in the same plan with `language en`.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
S3;Brunnsängsskolan;school;0181
S4;Hovsjöskolan;school;0181
S5;Viksängsskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
behörig;0181;2017;totalt;80,4
behörig;0181;2018;totalt;82,7
behörig;0181;2018;flickor;84,1
behörig;0181;2018;pojkar;81,5
behörig;0180;2018;totalt;88,2
frånvaro;0181;2018;totalt;8,1
behörig;S1;2018;totalt;91
behörig;S2;2018;totalt;76,5
behörig;S3;2018;totalt;..
behörig;S4;2018;totalt;71
behörig;S5;2018;totalt;79,9
--- file plan.ska
plan "Ord och enheter" { organiser "Södertälje kommun"; period 2018 }
indicator behörig "Behöriga till gymnasiet" { scale percent; higher is better }
indicator frånvaro "Hög frånvaro" { scale percent; lower is better }
area "Kunskaper" {
goal G1 "Fler ska bli behöriga" {
  target behörig > behörig["0180"] - 5 partly >= 80 %
  target gap(behörig) <= 2
  target change(behörig) > 0
  target behörig[flickor] - behörig[pojkar] <= 2
  target spread(behörig, skolor) <= 10
  target rank(behörig, kommuner) <= 1
}
}
area "Trygghet" {
goal G2 "Mindre frånvaro" { target frånvaro <= 5 % }
}
measure M1 "Läxhjälp" { goals G1, G2; owner "Rektorerna"; cost 150 tkr }
measure M2 "Närvaroteam" { goals G2 }
rule R1 "Skolor med låg behörighet" { for each school require behörig >= 80 % }
--- file q.txt
mål
förklara G2
gap(behörig) <= 2
behörig - behörig[pojkar]
behörig[skolor] >= 80 %
insatser för G2
flaggade
--- run ska import t.db units.csv data.csv >/dev/null && sed 's/period 2018 }/period 2018; language en }/' plan.ska > en.ska
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Ord och enheter
Södertälje kommun, period 2018

Kunskaper
  delvis uppnått  G1  Fler ska bli behöriga
    delvis uppnått  behörig > behörig["0180"] - 5 partly >= 80 %
                    82,7 % > 83,2 % gäller inte; delvis: 82,7 % >= 80 % gäller
                    behörig 2018 totalt, Södertälje: 82,7 %
                    behörig 2018 totalt, Stockholm: 88,2 %
    ej uppnått      gap(behörig) <= 2
                    2,6 p.e. <= 2 p.e. gäller inte
                    behörig 2018 flickor, Södertälje: 84,1 %
                    behörig 2018 pojkar, Södertälje: 81,5 %
    uppnått         change(behörig) > 0
                    2,3 p.e. > 0 p.e. gäller
                    behörig 2018 totalt, Södertälje: 82,7 %
                    behörig 2017 totalt, Södertälje: 80,4 %
    ej uppnått      behörig[flickor] - behörig[pojkar] <= 2
                    2,6 p.e. <= 2 p.e. gäller inte
                    behörig 2018 flickor, Södertälje: 84,1 %
                    behörig 2018 pojkar, Södertälje: 81,5 %
    ej uppnått      spread(behörig, skolor) <= 10
                    20 p.e. <= 10 p.e. gäller inte
                    spread(behörig) över 5 skolor, 2018, totalt (4 med värde): 20 p.e.
    ej uppnått      rank(behörig, kommuner) <= 1
                    2 <= 1 gäller inte
                    rank(behörig) över 2 kommuner, 2018, totalt (2 med värde): 2:a plats
                  insatser: M1

Trygghet
  ej uppnått      G2  Mindre frånvaro
    ej uppnått      frånvaro <= 5 %
                    8,1 % <= 5 % gäller inte
                    frånvaro 2018 totalt, Södertälje: 8,1 %
                  insatser: M1, M2

Insatser
  M1 Läxhjälp — Rektorerna, 150 tkr; mål G1, G2
  M2 Närvaroteam — mål G2

2 insatser, total kostnad 150 tkr (1 med kostnad)

Regler
  R1  Skolor med låg behörighet
    3 av 5 skolor flaggade, 1 utan data
      Hovsjöskolan (S4): behörig 71 %
      Wasaskolan (S2): behörig 76,5 %
      Viksängsskolan (S5): behörig 79,9 %
      ingen data: Brunnsängsskolan (S3): behörig ..

2 mål: 0 uppnått, 1 delvis uppnått, 1 ej uppnått, 0 ingen data
--- run ska check en.ska --db t.db
--- expect exit 1
Ord och enheter
Södertälje kommun, period 2018

Kunskaper
  partly achieved  G1  Fler ska bli behöriga
    partly achieved  behörig > behörig["0180"] - 5 partly >= 80 %
                     82,7 % > 83,2 % does not hold; partly: 82,7 % >= 80 % holds
                     behörig 2018 totalt, Södertälje: 82,7 %
                     behörig 2018 totalt, Stockholm: 88,2 %
    not achieved     gap(behörig) <= 2
                     2,6 percentage points <= 2 percentage points does not hold
                     behörig 2018 flickor, Södertälje: 84,1 %
                     behörig 2018 pojkar, Södertälje: 81,5 %
    achieved         change(behörig) > 0
                     2,3 percentage points > 0 percentage points holds
                     behörig 2018 totalt, Södertälje: 82,7 %
                     behörig 2017 totalt, Södertälje: 80,4 %
    not achieved     behörig[flickor] - behörig[pojkar] <= 2
                     2,6 percentage points <= 2 percentage points does not hold
                     behörig 2018 flickor, Södertälje: 84,1 %
                     behörig 2018 pojkar, Södertälje: 81,5 %
    not achieved     spread(behörig, skolor) <= 10
                     20 percentage points <= 10 percentage points does not hold
                     spread(behörig) over 5 schools, 2018, totalt (4 with a value): 20 percentage points
    not achieved     rank(behörig, kommuner) <= 1
                     2 <= 1 does not hold
                     rank(behörig) over 2 municipalities, 2018, totalt (2 with a value): 2nd
                   measures: M1

Trygghet
  not achieved     G2  Mindre frånvaro
    not achieved     frånvaro <= 5 %
                     8,1 % <= 5 % does not hold
                     frånvaro 2018 totalt, Södertälje: 8,1 %
                   measures: M1, M2

Measures
  M1 Läxhjälp — Rektorerna, 150 tkr; goals G1, G2
  M2 Närvaroteam — goal G2

2 measures, total cost 150 tkr (1 with a cost)

Rules
  R1  Skolor med låg behörighet
    3 of 5 schools flagged, 1 without data
      Hovsjöskolan (S4): behörig 71 %
      Wasaskolan (S2): behörig 76,5 %
      Viksängsskolan (S5): behörig 79,9 %
      no data: Brunnsängsskolan (S3): behörig ..

2 goals: 0 achieved, 1 partly achieved, 1 not achieved, 0 no data
--- run ska report plan.ska --db t.db --as-of 2019-01-01 --format md | grep -E '^(\| |\*\*Insatser|###)'
--- expect exit 0
| Område | Mål | uppnått | delvis uppnått | ej uppnått | ingen data | Insatser | Kostnad |
| Kunskaper | 1 | – | 1 | – | – | 1 | 150 tkr |
| Trygghet | 1 | – | – | 1 | – | 1 | – |
| **Totalt** | 2 | – | 1 | 1 | – | 2 | 150 tkr |
### Att uppmärksamma
### G1 Fler ska bli behöriga
| Status | Målvärde | Utfall | Underlag |
| delvis uppnått | `behörig > behörig["0180"] - 5 partly >= 80 %` | 82,7 % > 83,2 % gäller inte; delvis: 82,7 % ≥ 80 % gäller | Behöriga till gymnasiet, 2018, totalt: 82,7 %<br>Behöriga till gymnasiet, 2018, totalt, Stockholm: 88,2 % |
| ej uppnått | `gap(behörig) <= 2` | 2,6 p.e. ≤ 2 p.e. gäller inte | Behöriga till gymnasiet, 2018, flickor: 84,1 %<br>Behöriga till gymnasiet, 2018, pojkar: 81,5 % |
| uppnått | `change(behörig) > 0` | 2,3 p.e. > 0 p.e. gäller | Behöriga till gymnasiet, 2018, totalt: 82,7 %<br>Behöriga till gymnasiet, 2017, totalt: 80,4 % |
| ej uppnått | `behörig[flickor] - behörig[pojkar] <= 2` | 2,6 p.e. ≤ 2 p.e. gäller inte | Behöriga till gymnasiet, 2018, flickor: 84,1 %<br>Behöriga till gymnasiet, 2018, pojkar: 81,5 % |
| ej uppnått | `spread(behörig, skolor) <= 10` | 20 p.e. ≤ 10 p.e. gäller inte | spridning av Behöriga till gymnasiet över 5 skolor, 2018, totalt (4 med värde): 20 p.e. |
| ej uppnått | `rank(behörig, kommuner) <= 1` | 2 ≤ 1 gäller inte | placering av Behöriga till gymnasiet över 2 kommuner, 2018, totalt (2 med värde): 2:a plats |
**Insatser:** [M1](#measure-M1)
### Insatser
| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
| <a id="measure-M1"></a>M1 Läxhjälp (Mål: [G1](#goal-G1), [G2](#goal-G2)) | Rektorerna | – | 150 tkr | – | – |
### G2 Mindre frånvaro
| Status | Målvärde | Utfall | Underlag |
| ej uppnått | `frånvaro <= 5 %` | 8,1 % ≤ 5 % gäller inte | Hög frånvaro, 2018, totalt: 8,1 % |
**Insatser:** [M1](#measure-M1), [M2](#measure-M2)
### Insatser
| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
| <a id="measure-M2"></a>M2 Närvaroteam (Mål: [G2](#goal-G2)) | – | – | – | – | – |
### R1 Skolor med låg behörighet
| Enhet | Kod | Behöriga till gymnasiet | Status |
| Hovsjöskolan | S4 | 71 % | flaggad |
| Wasaskolan | S2 | 76,5 % | flaggad |
| Viksängsskolan | S5 | 79,9 % | flaggad |
| Brunnsängsskolan | S3 | .. | ingen data |
--- run ska report en.ska --db t.db --as-of 2019-01-01 -o r.html && grep -o '<td class="outcome"[^<]*</td>' r.html && python3 "$SKA_PATH"/tests/report/check-html.py r.html
--- expect exit 0
<td class="outcome" data-label="Result">82,7 % &gt; 83,2 % does not hold; partly: 82,7 % ≥ 80 % holds</td>
<td class="outcome" data-label="Result">2,6 percentage points ≤ 2 percentage points does not hold</td>
<td class="outcome" data-label="Result">2,3 percentage points &gt; 0 percentage points holds</td>
<td class="outcome" data-label="Result">2,6 percentage points ≤ 2 percentage points does not hold</td>
<td class="outcome" data-label="Result">20 percentage points ≤ 10 percentage points does not hold</td>
<td class="outcome" data-label="Result">2 ≤ 1 does not hold</td>
<td class="outcome" data-label="Result">8,1 % ≤ 5 % does not hold</td>
html ok: 342 elements, 2 charts, 10 links
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 0
G1  delvis uppnått  Fler ska bli behöriga
G2  ej uppnått      Mindre frånvaro
2 mål: 0 uppnått, 1 delvis uppnått, 1 ej uppnått, 0 ingen data
  ej uppnått      G2  Mindre frånvaro
    ej uppnått      frånvaro <= 5 %
                    8,1 % <= 5 % gäller inte
                    frånvaro 2018 totalt, Södertälje: 8,1 %
                  insatser: M1, M2
varför: ej uppnått — 1 målvärde: 1 ej uppnått; inget är uppnått eller delvis uppnått
2,6 p.e. <= 2 p.e. gäller inte
1,2 p.e.
enhet        kod  behörig[skolor]
Ronnaskolan  S1              91 %
gäller för 1 av 5 enheter, ingen data för 1
  för få elever (..): Brunnsängsskolan
M1  Läxhjälp
  mål       G1, G2
  ansvarig  Rektorerna
  kostnad   150 tkr

M2  Närvaroteam
  mål  G2
R1  Skolor med låg behörighet
  enhet             kod  behörig
  Hovsjöskolan      S4      71 %
  Wasaskolan        S2    76,5 %
  Viksängsskolan    S5    79,9 %
  Brunnsängsskolan  S3        ..  ingen data
--- run sed 's/^mål$/goals/; s/^förklara/explain/; s/^insatser för/measures for/; s/^flaggade$/flagged/' q.txt | ska repl en.ska --db t.db
--- expect exit 0
G1  partly achieved  Fler ska bli behöriga
G2  not achieved     Mindre frånvaro
2 goals: 0 achieved, 1 partly achieved, 1 not achieved, 0 no data
  not achieved     G2  Mindre frånvaro
    not achieved     frånvaro <= 5 %
                     8,1 % <= 5 % does not hold
                     frånvaro 2018 totalt, Södertälje: 8,1 %
                   measures: M1, M2
why: not achieved — 1 target: 1 not achieved; none is achieved or partly achieved
2,6 percentage points <= 2 percentage points does not hold
1,2 percentage points
unit         code  behörig[skolor]
Ronnaskolan  S1               91 %
holds for 1 of 5 units, no data for 1
  too few pupils (..): Brunnsängsskolan
M1  Läxhjälp
  goals  G1, G2
  owner  Rektorerna
  cost   150 tkr

M2  Närvaroteam
  goals  G2
R1  Skolor med låg behörighet
  unit              code  behörig
  Hovsjöskolan      S4       71 %
  Wasaskolan        S2     76,5 %
  Viksängsskolan    S5     79,9 %
  Brunnsängsskolan  S3         ..  no data
