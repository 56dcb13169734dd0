# Warnings: what resolves but is most likely a mistake, in the plan file
# itself (not in the modules it uses: the stdlib's indicators are there to
# be picked from). Each is printed like an error, with its place and a
# caret, and changes no exit code, with or without a store, unless
# --fail-on names warnings. An indicator counts as read by a target, a
# partly, a rule's when or require, a measure's expect, a let or another
# indicator's formula.
--- file plan.ska
use "stdlib/skola.ska"
plan "P" { organiser "Ankeby"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator unused "Aldrig läst" { scale percent }
indicator via_let "Läst av en let" { scale percent }
indicator in_rule "Läst av en regel" { scale percent }
indicator in_formula "Läst av en formel" { scale percent }
indicator derived "Härledd" = 100 % - in_formula { scale percent }
indicator antal "Antal elever" { scale count }
let l = via_let + 1
goal G1 "Procent på poäng" { target merit > 80 % partly merit >= 200 }
goal G2 "Inget att bedöma" { owner "Rektor" }
goal G3 "Bedömt" { assessed delvis "Arbetet pågår" }
goal G4 { target antal >= 10 % and derived < 50 % }
rule R1 "Regel" { for each school; when in_rule > 10 %; require merit >= 200 }
--- file units.csv
kod;namn;typ;förälder
A;Ankeby;kommun;
--- file results.csv
indikator;enhet;år;kön;värde
merit;A;2018;totalt;210
--- run ska check --syntax-only plan.ska
--- expect exit 0
plan.ska:4:11: warning: indicator 'unused' is not read by any target, rule, measure or definition
  indicator unused "Aldrig läst" { scale percent }
            ^^^^^^
plan.ska:11:45: warning: a percentage compared with 'merit', whose scale is points
  goal G1 "Procent på poäng" { target merit > 80 % partly merit >= 200 }
                                              ^^^^
plan.ska:12:6: warning: goal 'G2' has no target and no assessment: it is always ingen data
  goal G2 "Inget att bedöma" { owner "Rektor" }
       ^^
plan.ska:14:27: warning: a percentage compared with 'antal', whose scale is count
  goal G4 { target antal >= 10 % and derived < 50 % }
                            ^^^^
--- run ska import t.db units.csv results.csv >/dev/null && ska check plan.ska --db t.db --fail-on none 2>&1 >/dev/null | grep -c ': warning: '
--- expect exit 0
4
--- run ska check --syntax-only plan.ska --fail-on warnings 2>/dev/null
--- expect exit 1
--- run ska check --syntax-only plan.ska --fail-on varningar,delvis --format json >/dev/null
--- expect exit 1
--- run ska check plan.ska --db t.db --fail-on none,warnings >/dev/null 2>&1
--- expect exit 1
--- run ska check --syntax-only plan.ska --fail-on warning
--- expect exit 2
ska check: --fail-on 'warning': expected a list of delvis, ej, ingen-data, warnings, or none
(see `ska check --help`)
--- run ska check --list goals plan.ska
--- expect exit 0
G1
G2
G3
G4
