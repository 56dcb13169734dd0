# A word from a fixed vocabulary (scale, level, language, currency unit,
# cadence, unit kind, assessment, status label) that is not in it gets the
# list of words accepted, English and Swedish.
--- file words.ska
plan "P" { language fr }
indicator x "X" { scale furlongs }
goal G1 { level kung; assessed kanske }
measure M1 { cost 5 dollar; followup "x" every fortnight }
rule R1 { for each planet; require x > 0 }
statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d"; kanske "e" }
--- run ska check --syntax-only words.ska
--- expect exit 2
words.ska:1:12: error: unknown language 'fr' (expected sv or en)
  plan "P" { language fr }
             ^^^^^^^^^^^
words.ska:2:25: error: unknown scale 'furlongs' (expected one of: percent, procent, points, poäng, grade, skattning, count, antal, kronor, kr)
  indicator x "X" { scale furlongs }
                          ^^^^^^^^
words.ska:3:11: error: unknown level 'kung' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G1 { level kung; assessed kanske }
            ^^^^^^^^^^
words.ska:3:23: error: unknown assessment 'kanske' (expected one of: uppnått, achieved, delvis, partly, ej_uppnått, failed, not_achieved)
  goal G1 { level kung; assessed kanske }
                        ^^^^^^^^^^^^^^^
words.ska:4:21: error: unknown currency unit 'dollar' (expected one of: tkr, kr, kronor, mkr, msek)
  measure M1 { cost 5 dollar; followup "x" every fortnight }
                      ^^^^^^
words.ska:4:42: error: unknown cadence 'fortnight' (expected one of: week, vecka, month, månad, quarter, kvartal, term, termin, year, år)
  measure M1 { cost 5 dollar; followup "x" every fortnight }
                                           ^^^^^^^^^^^^^^^
words.ska:5:11: error: unknown unit kind 'planet' (expected one of: skola, skolor, school, schools, alla_skolor, all_schools, fristående_skolor, independent_schools, kommun, kommuner, municipality, municipalities; or a set declared with 'set')
  rule R1 { for each planet; require x > 0 }
            ^^^^^^^^^^^^^^^
words.ska:6:71: error: unknown status 'kanske' (expected one of: uppnått, achieved, delvis, partly, ej_uppnått, not_achieved, failed, ingen_data, no_data)
  statuses s { uppnått "a"; delvis "b"; ej_uppnått "c"; ingen_data "d"; kanske "e" }
                                                                        ^^^^^^
