# Test blocks in Swedish and English keywords alike (test, data, expect or
# förvänta, target/målvärde, measure/insats, rule/regel, flags/flaggar,
# organiser/huvudman), in the plan file itself (ska check leaves them be).
# A status is one word or two (ej_uppnått, ej uppnått, ingen data, no
# data), and a field may follow it on the same line without a `;`, even
# `data` after "ingen". Status words follow the plan's language.
--- file plan.ska
plan "Plan" { huvudman "Exempelkommun"; period 2020/21; språk en }
indikator merit "Meritvärde" { skala poäng; högre är bättre }
mål G1 "Meritvärdet" { målvärde merit >= 230 delvis >= 220 "minst 230" }
mål G2 "Utan mått" { ansvarig "Rektor" }
insats M1 "Läslyft" { mål G1; förvänta merit > 225 }
regel R1 "Skolor under 200" { för varje skola; krav merit >= 200 }
test "på svenska" {
  data merit { 2020/21: 226 }
  förvänta G1 delvis förvänta G1 målvärde "minst 230" delvis
  förvänta insats M1 uppnått
  förvänta G2 ingen data data merit[skolan] { 2020/21: 190 }
  förvänta regel R1 flaggar skolan
}
test "in English" {
  period 2019/20
  data merit { 2019/20: 240 } expect G1 achieved data merit[girls] { 2019/20: 250 }
  expect G1 target 1 achieved; expect G2 no data
  expect rule R1 flags none
}
test "fails in English" {
  data merit { 2020/21: 210 }
  expect G1 partly_achieved
}
--- run ska test plan.ska
--- expect exit 1
ok    "på svenska"
ok    "in English"
FAIL  "fails in English"
      plan.ska:22:3: goal G1: expected partly achieved, got not achieved
        not achieved: merit >= 230 delvis >= 220 “minst 230” — 210 ≥ 230 does not hold; partly: 210 ≥ 220 does not hold
3 tests: 2 passed, 1 failed
--- run ska check plan.ska --syntax-only
--- expect exit 0
plan.ska:4:5: warning: goal 'G2' has no target and no assessment: it is always ingen data
  mål G2 "Utan mått" { ansvarig "Rektor" }
      ^^
