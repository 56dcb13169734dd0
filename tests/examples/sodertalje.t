# examples/sodertalje: Södertälje's Plan för systematiskt kvalitetsarbete
# 2018/2019 judged against the tables in the plan itself. ska reaches the
# plan's conclusions: merit value and eligibility up (M1, U2), upper
# secondary degrees up on vocational, down on preparatory programmes (M2
# delvis), the gap between girls and boys grown (U1), preschool above 90 %
# except språkutveckling (F1 delvis); goals without a figure are ingen data.
--- run cp "$SKA_PATH"/examples/sodertalje/plan.ska "$SKA_PATH"/examples/sodertalje/*.csv "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import s.db kommuner.csv units.csv results.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
units.csv: 2 units: 0 added, 0 changed, 2 unchanged
results.csv: 109 rows: 109 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db s.db
--- expect exit 1
Plan för systematiskt kvalitetsarbete 2018/2019
Södertälje kommun, period 2018

Målbild för Södertäljes förskolor och skolor
  uppnått         M1  Elevernas meritvärde ska ytterligare förbättras och fler ska bli behöriga till ett nationellt program på gymnasiet
                  ansvarig: Utbildningsdirektör
    uppnått         meritvärde > meritvärde[previous]  "meritvärdet förbättras"
                    221,3 > 217,9 gäller
                    meritvärde 2018 totalt, Södertälje: 221,3
                    meritvärde 2017 totalt, Södertälje: 217,9
    uppnått         ej_behörig < ej_behörig[previous]  "fler behöriga till ett nationellt program"
                    14,3 % < 18,6 % gäller
                    behörig_yrke 2018 totalt, Södertälje: 85,7 %
                    behörig_yrke 2017 totalt, Södertälje: 81,4 %
                  insatser: FG1, FG2, FG3, UO1, UO2, UO3, UO4
  delvis uppnått  M2  Andelen elever med gymnasieexamen ska öka
                  ansvarig: Utbildningsdirektör
    uppnått         gy_yrke_examen > gy_yrke_examen[previous]  "yrkesprogram"
                    86 % > 70 % gäller
                    gy_yrke_examen 2018 totalt, Södertälje: 86 %
                    gy_yrke_examen 2017 totalt, Södertälje: 70 %
    ej uppnått      gy_hsp_behöriga > gy_hsp_behöriga[previous]  "högskoleförberedande program"
                    66 % > 70 % gäller inte
                    gy_hsp_behöriga 2018 totalt, Södertälje: 66 %
                    gy_hsp_behöriga 2017 totalt, Södertälje: 70 %
                  insatser: FY1, UO1, UO2, UO3, UO4
  ingen data      M3  Södertälje kommuns förskolor, grundskolor och gymnasieskolor ska bli Sverigeledande när det gäller att utveckla undervisningen så att barn och elevers familjebakgrund får minskad betydelse
                  ansvarig: Utbildningsdirektör
                    inget målvärde: målet kan inte bedömas med data
                  insatser: UO1, UO2, UO3, UO4

Våra utmaningar
  ej uppnått      U1  Stärka likvärdigheten inom och mellan kommunens förskolor och skolor
                  ansvarig: Utbildningsdirektör
    ej uppnått      gap(meritvärde, flickor, pojkar) <= gap(meritvärde[previous], flickor, pojkar)  "skillnaden mellan flickor och pojkar ökar inte"
                    30,8 <= 18,9 gäller inte
                    meritvärde 2018 flickor, Södertälje: 237,2
                    meritvärde 2018 pojkar, Södertälje: 206,4
                    meritvärde 2017 flickor, Södertälje: 227,1
                    meritvärde 2017 pojkar, Södertälje: 208,2
  uppnått         U2  Öka andelen elever som blir behöriga till ett nationellt gymnasieprogram
                  ansvarig: Verksamhetschef grundskola
    uppnått         behörig_yrke > behörig_yrke[2012]  "fler än 2012"
                    85,7 % > 76,1 % gäller
                    behörig_yrke 2018 totalt, Södertälje: 85,7 %
                    behörig_yrke 2012 totalt, Södertälje: 76,1 %
    uppnått         behörig_yrke > behörig_yrke[riket]  "högre än riksgenomsnittet"
                    85,7 % > 82,7 % gäller
                    behörig_yrke 2018 totalt, Södertälje: 85,7 %
                    behörig_yrke 2018 totalt, Riket: 82,7 %
  ingen data      U3  Öka andelen behöriga förskollärare och lärare
                  ansvarig: Chef för strategi och verksamhetsstöd
                    inget målvärde: målet kan inte bedömas med data

Förskolans förbättringsområde: språk- och kunskapsutvecklande arbetssätt
  delvis uppnått  F1  Barnen når målen i förskolans prioriterade kunskapsområden
                  ansvarig: Verksamhetschef förskola
    ej uppnått      förskola_språk >= 90 %  "språkutveckling"
                    87,7 % >= 90 % gäller inte
                    förskola_språk 2018 totalt, Södertälje: 87,7 %
    uppnått         förskola_lek >= 90 %  "lek och samspel"
                    92,5 % >= 90 % gäller
                    förskola_lek 2018 totalt, Södertälje: 92,5 %
    uppnått         förskola_natur >= 90 %  "naturvetenskap och teknik"
                    90,1 % >= 90 % gäller
                    förskola_natur 2018 totalt, Södertälje: 90,1 %
    uppnått         förskola_matematik >= 90 %  "matematik"
                    90,5 % >= 90 % gäller
                    förskola_matematik 2018 totalt, Södertälje: 90,5 %
    ej uppnått      förskola_språk >= förskola_språk[previous]  "språkutvecklingen försämras inte"
                    87,7 % >= 87,9 % gäller inte
                    förskola_språk 2018 totalt, Södertälje: 87,7 %
                    förskola_språk 2017 totalt, Södertälje: 87,9 %
                  insatser: FF1

Insatser
  FF1 Språk- och kunskapsutvecklande arbetssätt — Verksamhetschef förskola, ht2018–vt2019; mål F1
    förväntad effekt: Barnen använder ett väl utvecklat talspråk, flera olika uttryck i sin kommunikation och allt fler synonymer och begrepp inom olika genrer
  FG1 Alla elever kan använda läsning och skrivande i sitt lärande — Verksamhetschef grundskola, ht2018–vt2019; mål M1
    förväntad effekt: Alla elever kan använda läsning och skrivande i sitt lärande
  FG2 Elevhälsans professioner arbetar förebyggande och främjande nära lärarna — Verksamhetschef grundskola, ht2018–vt2019; mål M1
    förväntad effekt: Elevhälsans professioner arbetar förebyggande och främjande nära lärarna på individ-, grupp- och organisationsnivå, t ex kring extra anpassningar och särskilt stöd
  FG3 Stärka kvalitén i undervisningen med stöd av digitala verktyg — Verksamhetschef grundskola, ht2018–vt2019; mål M1
    förväntad effekt: Kunskap och kompetens finns om hur och när digitala verktyg stärker lärandet
  FY1 Innovativt och värdeskapande lärande — Verksamhetschef gymnasieskola, ht2018–vt2019; mål M2
    förväntad effekt: Elevers engagemang i något som är värdeskapande för en själv eller andra bidrar till ökad motivation för studierna
  UO1 Utvecklingsområde: Pedagogisk ledning — Utbildningsdirektör, ht2018–vt2019; mål M1, M2, M3
    förväntad effekt: Verksamheternas utvecklingsarbete har tydliga mål och välförankrade processer med konkreta åtgärder som löpande följs upp och synliggörs
  UO2 Utvecklingsområde: Lärande organisation — Utbildningsdirektör, ht2018–vt2019; mål M1, M2, M3
    förväntad effekt: Alla förskolor och skolor har ett kollegialt lärande som utgår från resultat och behov och leder till anpassningar i undervisningen
  UO3 Utvecklingsområde: Mål- och resultatstyrning — Utbildningsdirektör, ht2018–vt2019; mål M1, M2, M3
    förväntad effekt: Kompensatoriska insatser och särskilt stöd får bättre effekt för enskilda barn och elever eller grupper
  UO4 Utvecklingsområde: Kvalitet i undervisningen — Utbildningsdirektör, ht2018–vt2019; mål M1, M2, M3
    förväntad effekt: Likvärdigheten ökar inom och mellan förskolor och skolor genom en ökad samsyn om vad som gynnar barns och elevers lärande

7 mål: 2 uppnått, 2 delvis uppnått, 1 ej uppnått, 2 ingen data
plan.ska:23:11: warning: indicator 'behörig_hsp' is not read by any target, rule, measure or definition
  indicator behörig_hsp "Andel behöriga för högskoleförberedande program, alla kommunala skolor" {
            ^^^^^^^^^^^
plan.ska:75:8: warning: goal 'M3' has no target and no assessment: it is always ingen data
    goal M3 "Södertälje kommuns förskolor, grundskolor och gymnasieskolor ska bli Sverigeledande när det gäller att utveckla undervisningen så att barn och elevers familjebakgrund får minskad betydelse" {
         ^^
plan.ska:98:8: warning: goal 'U3' has no target and no assessment: it is always ingen data
    goal U3 "Öka andelen behöriga förskollärare och lärare" {
         ^^
