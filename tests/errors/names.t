# Names: an unknown name gets the nearest defined one as a suggestion (inside
# [ ] and as an argument the group, unit-set and period words count too); a
# name defined twice says where it was first defined, also across modules;
# the fixed words of selectors cannot be defined; a declared unit needs its
# code; a measure's goals and the plan's status scale must exist. Each error
# is reported once.
--- file unknown.ska
indicator meritvärde "Meritvärde" { scale points; higher is better }
goal G1 { target meritvarde > 200 }
goal G2 { target meritvärde[flikor] > 200; target mean(meritvärde, skolr) > 0 }
goal G3 { target helt_okänd > 200; target x > 1 }
goal Once "reported once, though partly reuses the left side" { target meritvärd > 200 partly > 190 }
measure M1 { goals G1, G4, g1 }
--- file lib.ska
indicator merit "Meritvärde" { scale points }
--- file twice.ska
use "lib.ska"
let merit = 220
let gräns = 1
indicator gräns "Gräns" { scale count }
unit gräns "Skolan" { code "S1" }
goal G1 { target merit > gräns }
goal G1 { target merit > 0 }
measure M1 { goals G1 }
measure M1 { goals G1 }
rule R1 { for each school; require merit > 0 }
rule R1 { for each school; require merit > 0 }
statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d" }
statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d" }
--- file reserved.ska
let flickor = 1
indicator kommuner "Kommuner" { scale count }
unit senaste "Skolan" { code "S1" }
--- file units.ska
unit ronna "Ronnaskolan" { kind school }
--- file scales.ska
statuses trafikljus { uppnått "grönt"; delvis "gult" }
plan "P" { statuses trafikljs }
--- run ska check --syntax-only unknown.ska
--- expect exit 2
unknown.ska:2:18: error: unknown name 'meritvarde' (did you mean 'meritvärde'?)
  goal G1 { target meritvarde > 200 }
                   ^^^^^^^^^^
unknown.ska:3:29: error: unknown name 'flikor' (did you mean 'flickor'?)
  goal G2 { target meritvärde[flikor] > 200; target mean(meritvärde, skolr) > 0 }
                              ^^^^^^
unknown.ska:3:68: error: unknown name 'skolr' (did you mean 'skolor'?)
  goal G2 { target meritvärde[flikor] > 200; target mean(meritvärde, skolr) > 0 }
                                                                     ^^^^^
unknown.ska:4:18: error: unknown name 'helt_okänd'
  goal G3 { target helt_okänd > 200; target x > 1 }
                   ^^^^^^^^^^
unknown.ska:4:43: error: unknown name 'x'
  goal G3 { target helt_okänd > 200; target x > 1 }
                                            ^
unknown.ska:5:72: error: unknown name 'meritvärd' (did you mean 'meritvärde'?)
  goal Once "reported once, though partly reuses the left side" { target meritvärd > 200 partly > 190 }
                                                                         ^^^^^^^^^
unknown.ska:6:24: error: unknown goal 'G4' (did you mean 'G3'?)
  measure M1 { goals G1, G4, g1 }
                         ^^
unknown.ska:6:28: error: unknown goal 'g1' (did you mean 'G1'?)
  measure M1 { goals G1, G4, g1 }
                             ^^
--- run ska check --syntax-only twice.ska
--- expect exit 2
twice.ska:4:11: error: indicator 'gräns' is already defined (at twice.ska:3:5)
  indicator gräns "Gräns" { scale count }
            ^^^^^
twice.ska:5:6: error: unit 'gräns' is already defined (at twice.ska:3:5)
  unit gräns "Skolan" { code "S1" }
       ^^^^^
twice.ska:7:6: error: goal 'G1' is already defined (at twice.ska:6:6)
  goal G1 { target merit > 0 }
       ^^
twice.ska:9:9: error: measure 'M1' is already defined (at twice.ska:8:9)
  measure M1 { goals G1 }
          ^^
twice.ska:11:6: error: rule 'R1' is already defined (at twice.ska:10:6)
  rule R1 { for each school; require merit > 0 }
       ^^
twice.ska:13:10: error: status scale 's' is already defined (at twice.ska:12:10)
  statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d" }
           ^
lib.ska:1:11: error: indicator 'merit' is already defined (at twice.ska:2:5)
  indicator merit "Meritvärde" { scale points }
            ^^^^^
--- run ska check --syntax-only reserved.ska
--- expect exit 2
reserved.ska:1:5: error: 'flickor' is a reserved word (a group, set of units, unit or period word)
  let flickor = 1
      ^^^^^^^
reserved.ska:2:11: error: 'kommuner' is a reserved word (a group, set of units, unit or period word)
  indicator kommuner "Kommuner" { scale count }
            ^^^^^^^^
reserved.ska:3:6: error: 'senaste' is a reserved word (a group, set of units, unit or period word)
  unit senaste "Skolan" { code "S1" }
       ^^^^^^^
--- run ska check --syntax-only units.ska
--- expect exit 2
units.ska:1:6: error: unit 'ronna' needs a code (its code in the store)
  unit ronna "Ronnaskolan" { kind school }
       ^^^^^
--- run ska check --syntax-only scales.ska
--- expect exit 2
scales.ska:1:10: error: status scale 'trafikljus' gives no label for ej_uppnått
  statuses trafikljus { uppnått "grönt"; delvis "gult" }
           ^^^^^^^^^^
scales.ska:1:10: error: status scale 'trafikljus' gives no label for ingen_data
  statuses trafikljus { uppnått "grönt"; delvis "gult" }
           ^^^^^^^^^^
scales.ska:2:12: error: unknown status scale 'trafikljs' (did you mean 'trafikljus'?)
  plan "P" { statuses trafikljs }
             ^^^^^^^^^^^^^^^^^^
