# The examples of .help are made from the session (its first indicator
# with data, the period under review, a goal name not taken), so each of
# them can be typed as shown: a scripted session runs every example .help
# gives, with the plan of the REPL tests, with a real plan (Södertälje's
# example), and with a store and no plan (no goal: no Swedish example;
# no unit: no values). None of them is an error; the goal they define is
# there after them.
--- file examples.sh
# sh examples.sh ARGS...: the examples `ska repl ARGS` shows in .help, one
# a line: the expressions and definitions, and the Swedish question
ska repl "$@" <<END | awk 'NR == 2 || NR == 4 { sub(/^  /, ""); n = split($0, a, /   +/); for (i = 1; i <= n; i++) print a[i] }
  /^The questions in Swedish/ && match($0, /\(.*\)/) { print substr($0, RSTART + 1, RLENGTH - 2) }'
.help
END
--- run cp "$SKA_PATH"/tests/repl/data/* . && ska import t.db units.csv results.csv >/dev/null && sh examples.sh plan.ska --db t.db | tee q.txt && echo "status G9" >> q.txt
--- expect exit 0
meritvärde[2018]
meritvärde[pojkar, 2014..2018]
meritvärde[skolor] >= meritvärde
let mål_meritvärde = meritvärde[previous]
goal G9 "…" { target meritvärde >= mål_meritvärde }
insatser för G1
--- run ska repl plan.ska --db t.db < q.txt
--- expect exit 0
221,3
period  meritvärde[pojkar, 2014..2018]
2014                               202
2015                               205
2016                             209,1
2017                             208,2
2018                             206,4
enhet        kod  meritvärde[skolor]
Björkskolan  S1                231,5
Lindskolan   S4                  224
gäller för 2 av 4 enheter, ingen data för 1
  för få elever (..): Granskolan
M1  Matematiksatsning
  mål               G1, G2
  ansvarig          Rektor
  period            ht2018–vt2019
  kostnad           450 tkr
  resurser          2 förstelärare
  förväntad effekt  meritvärde > 225: ej uppnått
  uppföljning       dialogsamtal, varje termin

M2  Läsfrämjande
  mål               G1
  förväntad effekt  Fler elever läser på fritiden
  uppföljning       enkät, den 2019-06-15, 2019-12-15
G9  uppnått  …
  uppnått  meritvärde >= mål_meritvärde
--- run mkdir s && cp "$SKA_PATH"/examples/sodertalje/* s/ && cd s && ska import s.db units.csv results.csv >/dev/null && sh ../examples.sh plan.ska --db s.db | tee q.txt && ska repl plan.ska --db s.db < q.txt
--- expect exit 0
behörig_hsp[2018]
behörig_hsp[pojkar, 2014..2018]
behörig_hsp[skolor] >= behörig_hsp
let mål_behörig_hsp = behörig_hsp[previous]
goal G9 "…" { target behörig_hsp >= mål_behörig_hsp }
insatser för M1
83,6 %
period  behörig_hsp[pojkar, 2014..2018]
2014                             76,8 %
2015                             79,6 %
2016                               79 %
2017                             76,8 %
2018                             79,6 %
gäller för 0 av 0 enheter
FG1  Alla elever kan använda läsning och skrivande i sitt lärande
  mål               M1
  ansvarig          Verksamhetschef grundskola
  period            ht2018–vt2019
  förväntad effekt  Alla elever kan använda läsning och skrivande i sitt lärande

FG2  Elevhälsans professioner arbetar förebyggande och främjande nära lärarna
  mål               M1
  ansvarig          Verksamhetschef grundskola
  period            ht2018–vt2019
  förväntad effekt  Elevhälsans professioner arbetar förebyggande och främjande nära lärarna på individ-, grupp- och organisationsnivå, t ex kring extra anpassningar och särskilt stöd

FG3  Stärka kvalitén i undervisningen med stöd av digitala verktyg
  mål               M1
  ansvarig          Verksamhetschef grundskola
  period            ht2018–vt2019
  förväntad effekt  Kunskap och kompetens finns om hur och när digitala verktyg stärker lärandet

UO1  Utvecklingsområde: Pedagogisk ledning
  mål               M1, M2, M3
  ansvarig          Utbildningsdirektör
  period            ht2018–vt2019
  resurser          Verksamhetschefer; chef för strategi och verksamhetsstöd
  förväntad effekt  Verksamheternas utvecklingsarbete har tydliga mål och välförankrade processer med konkreta åtgärder som löpande följs upp och synliggörs
  uppföljning       skattning av normalläget, varje år

UO2  Utvecklingsområde: Lärande organisation
  mål               M1, M2, M3
  ansvarig          Utbildningsdirektör
  period            ht2018–vt2019
  resurser          Verksamhetschefer, pedagogistor, ateljeristor, utvecklingslärare, kompetensutvecklingsdagar
  förväntad effekt  Alla förskolor och skolor har ett kollegialt lärande som utgår från resultat och behov och leder till anpassningar i undervisningen
  uppföljning       skattning av normalläget, varje år

UO3  Utvecklingsområde: Mål- och resultatstyrning
  mål               M1, M2, M3
  ansvarig          Utbildningsdirektör
  period            ht2018–vt2019
  resurser          Utbildningskontorets ledningsgrupp
  förväntad effekt  Kompensatoriska insatser och särskilt stöd får bättre effekt för enskilda barn och elever eller grupper
  uppföljning       skattning av normalläget, varje år

UO4  Utvecklingsområde: Kvalitet i undervisningen
  mål               M1, M2, M3
  ansvarig          Utbildningsdirektör
  period            ht2018–vt2019
  resurser          Förstelärare; medel för kompetensutvecklingsdagar och lokala FoU-projekt; Samverkan för bästa förskola/skola
  förväntad effekt  Likvärdigheten ökar inom och mellan förskolor och skolor genom en ökad samsyn om vad som gynnar barns och elevers lärande
  uppföljning       skattning av normalläget, varje år
--- run sh examples.sh --db t.db | tee q2.txt && ska repl --db t.db < q2.txt
--- expect exit 0
N15436[2018]
N15436[pojkar, 2014..2018]
N15436[skolor] >= N15436
let mål_N15436 = N15436[previous]
goal G9 "…" { target N15436 >= mål_N15436 }
ingen data: enheten saknas i databasen
period  N15436[pojkar, 2014..2018]
2014                             –  enheten saknas i databasen
2015                             –  enheten saknas i databasen
2016                             –  enheten saknas i databasen
2017                             –  enheten saknas i databasen
2018                             –  enheten saknas i databasen
gäller för 0 av 4 enheter, ingen data för 4
  enheten saknas i databasen: Björkskolan, Lindskolan, Granskolan, Ekskolan
note: the session has no unit of its own: name one, as in x["0181"], or load a plan whose header says `unit "0181"`
