# ska fmt writes one layout whatever the input's: two spaces per block, one
# declaration or field per line (`;` becomes a line break), one space
# between tokens but none inside brackets, before a comma, around `..`,
# after a unary minus or between a name and its `(` or `[`; a space before
# `%`. Targets of consecutive lines align their `partly` and their label;
# a short target beside a long one starts a new group. Blank lines between
# declarations are kept (one for many), none at the start or end of a
# block; the output ends with one newline. Formatting the output again
# changes nothing.
--- file messy.ska
use   "stdlib/skola.ska"   ;   let  gräns=-5+3*( 2-1 )


plan "P" { organiser "K" ; unit "0181"; period 2019/20 }
indicator kvot "Kvot" = meritvärde/ 2 { scale points -10 .. 10 ; higher is better }
goal G1 "Mål" {

    owner "Rektor"
      level   huvudman
 target meritvärde>=meritvärde [ "0000" ]   partly>= meritvärde["0000"]-5 "i nivå med riket"
 target trend( meritvärde , 2016 .. 2020 )>0    "stigande"
   target alla_ämnen>=90%   "alla"
target meritvärde > 200

}
goal G2 "Kort och långt" { target alla_ämnen > 1 "a" ; target mean(meritvärde, kommuner) >= mean(meritvärde, kommuner) - 25 "b" }
measure M1 "Insats" { goals G1,G2 ; from ht2020 to 2021-06-30 ; cost 100000 kr
  expect not (alla_ämnen[2020] < 80 %) and meritvärde > -gräns
  followup "enkät" every year at 2020 , 2021 }
rule R1 "Regel" { for each skola when meritvärde[latest] > 0 require behörig_yrke >= 80 % }
area "Område" { goal G3 "Tre" { target rank(meritvärde, kommuner) <= 30 } goal G4 "Fyra" {} }
--- file want.ska
use "stdlib/skola.ska"
let gräns = -5 + 3 * (2 - 1)

plan "P" {
  organiser "K"
  unit "0181"
  period 2019/20
}
indicator kvot "Kvot" = meritvärde / 2 {
  scale points -10..10
  higher is better
}
goal G1 "Mål" {
  owner "Rektor"
  level huvudman
  target meritvärde >= meritvärde["0000"] partly >= meritvärde["0000"] - 5 "i nivå med riket"
  target trend(meritvärde, 2016..2020) > 0 "stigande"
  target alla_ämnen >= 90 %                "alla"
  target meritvärde > 200
}
goal G2 "Kort och långt" {
  target alla_ämnen > 1 "a"
  target mean(meritvärde, kommuner) >= mean(meritvärde, kommuner) - 25 "b"
}
measure M1 "Insats" {
  goals G1, G2
  from ht2020 to 2021-06-30
  cost 100000 kr
  expect not (alla_ämnen[2020] < 80 %) and meritvärde > -gräns
  followup "enkät" every year at 2020, 2021
}
rule R1 "Regel" {
  for each skola
  when meritvärde[latest] > 0
  require behörig_yrke >= 80 %
}
area "Område" {
  goal G3 "Tre" {
    target rank(meritvärde, kommuner) <= 30
  }
  goal G4 "Fyra" {}
}
--- run ska fmt messy.ska > got.ska && diff want.ska got.ska && echo same
--- expect exit 0
same
--- run ska fmt got.ska | cmp - got.ska && ska fmt --check got.ska && echo idempotent
--- expect exit 0
idempotent
--- run ska check --syntax-only got.ska
--- expect exit 0
got.ska:9:11: warning: indicator 'kvot' is not read by any target, rule, measure or definition
  indicator kvot "Kvot" = meritvärde / 2 {
            ^^^^
got.ska:41:8: warning: goal 'G4' has no target and no assessment: it is always ingen data
    goal G4 "Fyra" {}
         ^^
--- run printf '' > empty.ska && ska fmt --check empty.ska && printf '\n \n\t\n' | ska fmt - | wc -c && printf '# only\n\n\n# comments  \n' | ska fmt -
--- expect exit 0
0
# only

# comments
