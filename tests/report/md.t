# `ska report --format md` says what the HTML report says, as Markdown for
# pasting into other documents: the same summary, goals, targets, measures,
# rules and follow-ups, in GitHub-flavoured tables. Written to standard
# output it has no charts, and says so once.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska report plan.ska --db t.db --as-of 2019-07-01 --format md
--- expect exit 0
# Plan för systematiskt kvalitetsarbete 2018/19

Södertälje kommun · period 2018

Grundskolan: resultat 2017/18 och insatser 2018/19

_Diagrammen finns inte med när rapporten skrivs till standard ut; skriv den med -o FIL.md så sparas de som SVG-filer bredvid._

## Sammanfattning

**5 mål: 3 delvis uppnått, 1 ej uppnått, 1 ingen data**

| Område | Mål | uppnått | delvis uppnått | ej uppnått | ingen data | Insatser | Kostnad |
|---|--:|--:|--:|--:|--:|--:|--:|
| Kunskapsresultat | 3 | – | 2 | 1 | – | 1 | 1 200 tkr |
| Trygghet och studiero | 2 | – | 1 | – | 1 | 1 | 350 tkr |
| Kompetensförsörjning | – | – | – | – | – | 1 | 80 tkr |
| **Totalt** | 5 | – | 3 | 1 | 1 | 3 | 1 630 tkr |

### Att uppmärksamma

- **ej uppnått:** G3 Fler elever ska ha betyg i alla ämnen
- **ingen data:** T1 Frånvaron ska minska
- **Regel:** Hög frånvaro ska utredas: 1 av 4 skolor flaggade, 2 utan data

## Kunskapsresultat

<a id="goal-G1"></a>

### G1 Elevernas meritvärde ska ytterligare förbättras

**Status: delvis uppnått** · Ansvarig: Utbildningsdirektör · Nivå: huvudman

| Status | Målvärde | Utfall | Underlag |
|---|---|---|---|
| uppnått | `meritvärde > meritvärde[previous]` | 221,3 > 217,9 gäller | Meritvärde åk 9 (17 ämnen), 2018, totalt: 221,3<br>Meritvärde åk 9 (17 ämnen), 2017, totalt: 217,9 |
| delvis uppnått | `gap(meritvärde, flickor, pojkar) <= 20 partly <= 35` | 30,8 ≤ 20 gäller inte; delvis: 30,8 ≤ 35 gäller | Meritvärde åk 9 (17 ämnen), 2018, flickor: 237,2<br>Meritvärde åk 9 (17 ämnen), 2018, pojkar: 206,4 |

**Insatser:** [M1](#measure-M1)

<a id="goal-G2"></a>

### G2 Fler ska bli behöriga till ett nationellt program

**Status: delvis uppnått** · Ansvarig: Verksamhetschef grundskola · Nivå: förvaltning

| Status | Målvärde | Utfall | Underlag |
|---|---|---|---|
| delvis uppnått | `behörig >= 90 % partly >= 85 %` | 85,7 % ≥ 90 % gäller inte; delvis: 85,7 % ≥ 85 % gäller | Behöriga till yrkesprogram, 2018, totalt: 85,7 % |
| ej uppnått | `ej_behörig[pojkar] <= 15 % “pojkarnas behörighet”` | 17,6 % ≤ 15 % gäller inte | Behöriga till yrkesprogram, 2018, pojkar: 82,4 % |

**Insatser:** [M1](#measure-M1)

<a id="goal-G3"></a>

### G3 Fler elever ska ha betyg i alla ämnen

**Status: ej uppnått**

| Status | Målvärde | Utfall | Underlag |
|---|---|---|---|
| ej uppnått | `alla_ämnen >= 80 %` | 74 % ≥ 80 % gäller inte | Betyg i alla ämnen, 2018, totalt: 74 % |

### Insatser

| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
|---|---|---|--:|---|---|
| <a id="measure-M1"></a>M1 Matematiklyftet (Mål: [G1](#goal-G1), [G2](#goal-G2)) | Rektorerna | ht2018–vt2019 | 1 200 tkr | meritvärde > 225 (ej uppnått) | dialogsamtal varje termin |

Insatser i området: 1 · Kostnad: 1 200 tkr

## Trygghet och studiero

<a id="goal-T1"></a>

### T1 Frånvaron ska minska

**Status: ingen data** · Ansvarig: Central elevhälsa

| Status | Målvärde | Utfall | Underlag |
|---|---|---|---|
| ingen data | `frånvaro < 10 %` | – < 10 % — inget värde i databasen | Elever med mer än 20 % frånvaro, 2018, totalt: – |

**Insatser:** [M2](#measure-M2)

<a id="goal-T2"></a>

### T2 Förstärkt arbete mot kränkningar

**Status: delvis uppnått**

Bedömning: delvis uppnått — Rutinen är införd på hälften av skolorna

### Insatser

| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
|---|---|---|--:|---|---|
| <a id="measure-M2"></a>M2 Närvaroteam (Mål: [T1](#goal-T1)) | Central elevhälsa | 2019-01-01–2019-12-31 | 350 tkr | Färre elever med hög frånvaro | frånvarostatistik 2019-06-30, 2019-12-31 (nästa 2019-12-31) |

Insatser i området: 1 · Kostnad: 350 tkr

## Kompetensförsörjning

| Insats | Ansvarig | Period | Kostnad | Förväntad effekt | Uppföljning |
|---|---|---|--:|---|---|
| <a id="measure-K1"></a>K1 Introduktion för nyanställda lärare | HR-avdelningen | ht2018–vt2019 | 80 tkr | Fler behöriga lärare stannar | – |

Insatser i området: 1 · Kostnad: 80 tkr

## Regler

### R1 Hög frånvaro ska utredas

För varje skola: när `frånvaro > 10 %`, krav `utredd >= 100 %`

1 av 4 skolor flaggade, 2 utan data

| Enhet | Kod | Elever med mer än 20 % frånvaro | Påbörjade frånvaroutredningar | Status |
|---|---|--:|--:|---|
| Västerskolan | S3 | 14 % | 40 % | flaggad |
| Norrskolan | S1 | 12,5 % | 60–100 % | ingen data |
| Österskolan | S4 | .. | – | ingen data |

## Uppföljningar att göra per 2019-07-01

| Datum | Insats | Uppföljning | Ansvarig |
|---|---|---|---|
| 2019-06-30 | M1 Matematiklyftet | dialogsamtal varje termin (sista uppföljningen) | Rektorerna |
| 2019-06-30 | M2 Närvaroteam | frånvarostatistik | Central elevhälsa |

---

_Framställd med ska 0.1.0 · plan plan.ska · resultat t.db_
