# examples/halmstad: Halmstad's Utvecklingsplan 2020–2021, a plan that
# judges nothing yet: every goal is ingen data (H1 has a target but no
# 2020/21 figure). Its value is the measures and their dated follow-ups,
# listed as due by the end of the school year.
--- run cp "$SKA_PATH"/examples/halmstad/plan.ska "$SKA_PATH"/examples/halmstad/*.csv "$SKA_PATH"/examples/data/kommuner.csv .
--- expect exit 0
--- run ska import h.db kommuner.csv units.csv results.csv
--- expect exit 0
kommuner.csv: 291 units: 291 added, 0 changed, 0 unchanged
units.csv: 1 unit: 0 added, 0 changed, 1 unchanged
results.csv: 1 row: 1 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db h.db --as-of 2021-06-30
--- expect exit 1
Utvecklingsplan 2020–2021
Halmstads kommun, period 2020/21

En utvecklad undervisning
  ingen data      H1  I Halmstads förskolor, skolor och fritidshem ska måluppfyllelsen öka genom en utvecklad undervisning
                  ansvarig: Barn- och ungdomsnämnden
    ingen data      sva_godkänd > sva_godkänd[2018/19]  "svenska som andraspråk"
                    – > 54,7 % — inget värde i databasen
                    sva_godkänd 2020/21 totalt, Halmstad: –
                    sva_godkänd 2018/19 totalt, Halmstad: 54,7 %
                  insatser: I1, I2, I3, I4, I5, I6, I17

En bra start i livet
  ingen data      H2  I Halmstads förskolor, skolor och fritidshem ska alla barn och elever få likvärdiga förutsättningar till en bra start i livet
                  ansvarig: Barn- och ungdomsnämnden
                    inget målvärde: målet kan inte bedömas med data
                  insatser: I7, I8, I9, I10, I11, I12, I17

Barn- och elevinflytande
  ingen data      H3  I Halmstads förskolor, skolor och fritidshem har barn och elever ett reellt inflytande och förbereds till att bli aktiva, demokratiska världsmedborgare
                  ansvarig: Barn- och ungdomsnämnden
                    inget målvärde: målet kan inte bedömas med data
                  insatser: I13, I14, I17

Kompetensförsörjning och professionsutveckling
  ingen data      H4  I Halmstad utbildas barn och elever av kompetenta och engagerade medarbetare som ges möjlighet att utvecklas i sin profession
                  ansvarig: Barn- och ungdomsnämnden
                    inget målvärde: målet kan inte bedömas med data
                  insatser: I15, I16, I17

Insatser
  I1 Underlag som stödjer ett undersökande av utbildningens kvalitet — Avdelningschef Kvalitet, ht2020–vt2021; mål H1
    förväntad effekt: Rektorer och pedagoger kan ge exempel på hur uppföljningsverktygen och resultatprofilerna stödjer arbetet; rutinen för huvudmannens systematiska kvalitetsarbete är reviderad
  I2 Kvalitetsdialoger som fokuserar undervisningens kvalitet — Skolområdeschefer, förvaltningschef, avdelningschef Kvalitet, 2020–vt2021; mål H1
    förväntad effekt: Ett känt arbetssätt för kvalitetsdialoger; förskolor och skolor får verksamhetsnära stöd att utveckla ett systematiskt kvalitetsarbete som fokuserar undervisningens kvalitet
  I3 Riktade insatser genom stöd till lokalt kapacitetsbyggande — Förvaltningschef, 2020; mål H1
    förväntad effekt: Det finns en nedtecknad och kommunicerad arbetsgång och organisation för riktade insatser
  I4 Skolutvecklingsprocess för utvecklad undervisning i matematik — Avdelningschef FoU, skolområdeschef på deltagande skolor, ht2020–vt2021; mål H1
    förväntad effekt: Ökad förståelse bland deltagare och huvudman om varför matematikundervisningen inte utvecklar alla elever att nå målen
  I5 Utvecklad undervisning i svenska som andraspråk — Enhetschef modersmål och migration, ht2020–vt2021; mål H1
    förväntad effekt: Halmstads skolor har en medveten och flexibel organisering av SvA-undervisning
  I6 Utvecklad undervisning med hjälp av utomhuspedagogik — Avdelningschef FoU, ht2020–vt2021; mål H1
    förväntad effekt: Strategier som kan implementeras på andra skolor för att utveckla undervisningen i naturorienterade ämnen med utomhuspedagogik
  I7 Tillgängliga lärmiljöer — Förvaltningschef; lärgrupp Tillgängliga lärmiljöer, vt2020–vt2021; mål H2
    förväntad effekt: Ett känt ställningstagande kring tillgängliga lärmiljöer; rektorer har ökade kunskaper och utbildningen ger förbättrade lärmiljöer
  I8 Samverkan kring barn och elever med stort stödbehov — Förvaltningschef via Samverkan barn och unga, ht2020–vt2021; mål H2
    förväntad effekt: Varje rektor vet vart den ska vända sig för samverkan med andra förvaltningar, Region Halland och Polismyndigheten
  I9 Riktning och gränssnitt för barn- och elevhälsa — Avdelningschef Kvalitet; avdelningschef FoU, 2020; mål H2
    förväntad effekt: En fördjupad bild av skolors arbete med extra anpassningar och särskilt stöd; tydliga uppdrag för central och lokal barn- och elevhälsa
  I10 Bryta skolsegregationen — Avdelningschef Planering; avdelningschef FoU, 2020; mål H2
    förväntad effekt: Faktorer som påverkar skolsegregationen i Halmstad är identifierade; på längre sikt en mer blandad elevsammansättning
  I11 Tillgång till god utbildning i förskolan för flerspråkiga barn — Avdelningschef FoU, 2020–2024; mål H2
    förväntad effekt: Högre inskrivningsgrad i förskolan i bostadsområden med riktad insats än i kommunen i snitt; samtliga 15-timmarsbarn deltar i samma utsträckning som andra barn
  I12 Effektiv resursanvändning och utveckling av administrationens roll som stöd till utbildningen — Avdelningschef Ekonomi; skolområdeschef, 2020–2021; mål H2
    förväntad effekt: En beskriven modell för uppföljning av resursfördelningen, integrerad i huvudmannens systematiska kvalitetsarbete
  I13 Stöd till förskolor och skolor att utveckla arbetet med barn- och elevinflytande — Lärgrupp för barn- och elevinflytande, ht2020–2021; mål H3
    förväntad effekt: Förskolans och skolans kunskaper i inflytandefrågor har ökat, med vägledning i att omsätta dem i didaktisk praktik
  I14 Barn- och elevhearings — Förvaltningschef, 2020; mål H3
    förväntad effekt: Barn- och elevhearings ger nämnden bättre underlag för beslut och uppföljning
  I15 Operativa insatser för kompetensförsörjning — Avdelningschef HR; mål H4
    förväntad effekt: Tillgången på kompetens motsvarar verksamhetens behov
  I16 Ledarförsörjning — Avdelningschef HR; lärgrupp strategisk kompetensförsörjning; mål H4
    förväntad effekt: Tillgången på kompetens motsvarar verksamhetens behov: att attrahera, utveckla och engagera ledare
  I17 En barn- och ungdomsförvaltning i framtidens välfärd — Förvaltningschef och BUF-ledningsgrupp, 2020–2024; mål H1, H2, H3, H4
    förväntad effekt: Underlag med konsekvenser och förslag på ekonomiska prioriteringar, på kort och längre sikt

Uppföljningar att göra per 2021-06-30
  2021-06-30  I1 Underlag som stödjer ett undersökande av utbildningens kvalitet: fokusgruppsintervjuer i förskolans och skolans styrkedja (varje år), ansvarig Avdelningschef Kvalitet, sista uppföljningen
  2021-06-30  I2 Kvalitetsdialoger som fokuserar undervisningens kvalitet: utvärdering med goda exempel (maj 2021), ansvarig Skolområdeschefer, förvaltningschef, avdelningschef Kvalitet, sista uppföljningen
  2021-06-30  I2 Kvalitetsdialoger som fokuserar undervisningens kvalitet: förskolors och skolors medskick sammanställs i lägesbedömningen (varje år), ansvarig Skolområdeschefer, förvaltningschef, avdelningschef Kvalitet, sista uppföljningen
  2020-12-31  I3 Riktade insatser genom stöd till lokalt kapacitetsbyggande: dialogmöten med rektorsgrupp, personal och nämnd, ansvarig Förvaltningschef, sista uppföljningen
  2021-06-30  I5 Utvecklad undervisning i svenska som andraspråk: goda exempel och nätverkets arbete på utvecklingsforum, ansvarig Enhetschef modersmål och migration, sista uppföljningen
  2021-06-30  I7 Tillgängliga lärmiljöer: utvärdering med samtliga deltagare (maj 2021), ansvarig Förvaltningschef; lärgrupp Tillgängliga lärmiljöer, sista uppföljningen
  2020-06-30  I9 Riktning och gränssnitt för barn- och elevhälsa: utvecklingsforum med central och lokal barn- och elevhälsa, ansvarig Avdelningschef Kvalitet; avdelningschef FoU
  2020-12-31  I9 Riktning och gränssnitt för barn- och elevhälsa: nulägesanalysen i lägesbedömningen, ansvarig Avdelningschef Kvalitet; avdelningschef FoU, sista uppföljningen
  2021-06-30  I17 En barn- och ungdomsförvaltning i framtidens välfärd: planeringsanalys, presentation i nämnden (varje år), ansvarig Förvaltningschef och BUF-ledningsgrupp

4 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 4 ingen data
plan.ska:97:6: warning: goal 'H2' has no target and no assessment: it is always ingen data
  goal H2 "I Halmstads förskolor, skolor och fritidshem ska alla barn och elever få likvärdiga förutsättningar till en bra start i livet" {
       ^^
plan.ska:166:6: warning: goal 'H3' has no target and no assessment: it is always ingen data
  goal H3 "I Halmstads förskolor, skolor och fritidshem har barn och elever ett reellt inflytande och förbereds till att bli aktiva, demokratiska världsmedborgare" {
       ^^
plan.ska:193:6: warning: goal 'H4' has no target and no assessment: it is always ingen data
  goal H4 "I Halmstad utbildas barn och elever av kompetenta och engagerade medarbetare som ges möjlighet att utvecklas i sin profession" {
       ^^
