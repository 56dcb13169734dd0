# A rule needs `for each` with a kind of unit and `require` with the
# condition every unit must meet.
--- file rules.ska
indicator x "X" { scale count }
rule R1 "Saknar allt" { when x > 0 }
rule R2 "Saknar krav" { for each school }
rule R3 "Saknar omfång" { require x > 0 }
--- run ska check --syntax-only rules.ska
--- expect exit 2
rules.ska:2:6: error: rule 'R1' needs 'for each school' (or kommun)
  rule R1 "Saknar allt" { when x > 0 }
       ^^
rules.ska:2:6: error: rule 'R1' needs 'require' with the condition every unit must meet
  rule R1 "Saknar allt" { when x > 0 }
       ^^
rules.ska:3:6: error: rule 'R2' needs 'require' with the condition every unit must meet
  rule R2 "Saknar krav" { for each school }
       ^^
rules.ska:4:6: error: rule 'R3' needs 'for each school' (or kommun)
  rule R3 "Saknar omfång" { require x > 0 }
       ^^
