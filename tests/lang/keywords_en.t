# Every English keyword in one plan, with the alternative spellings
# `organizer`, `goals` and `each`. keywords_sv.t is the same plan written with
# the Swedish keywords and gets the same verdicts.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
N15505;0181;2017;totalt;220
N15505;0181;2018;totalt;225
N15505;S1;2018;totalt;205
N15505;S2;2018;totalt;240
absence;S1;2018;totalt;12
absence;S2;2018;totalt;4
--- file defs.ska
let goal_value = 222
--- file plan.ska
use "defs.ska"
statuses words "Our own words" {
  achieved "met"; partly "partly met"; failed "not met"; no_data "unknown"
}
plan "Quality plan 2018" {
  organizer "Södertälje kommun"
  unit "0181"
  period 2018
  language en
  statuses words
  description "The organiser's plan"
}
indicator merit "Merit value" {
  scale points 0..340
  higher is better
  source "kolada:N15505"
  description "Year 9, 17 subjects"
}
indicator absence "Absence over 20 %" { scale percent; lower is better }
unit ronna "Ronnaskolan" { code "S1"; kind school; parent "0181" }
area "Results" {
  goal G1 "Merit values rise" {
    owner "Director of education"
    level organiser
    description "Every school contributes"
    target merit > merit[2017] and merit >= goal_value
    target merit[ronna] >= 210 partly >= 200 "Ronnaskolan"
  }
}
goal G2 "A safe school" {
  area "Environment"
  assessed partly "The work has begun"
}
measure M1 "Mathematics" {
  goals G1, G2
  owner "Head teacher"
  from ht2018 to vt2019
  cost 100 tkr
  resources "Two lead teachers"
  expect "Higher merit values"
  description "Lessons in small groups"
  followup "dialogue" every term
  followup "review" at 2019-03-15
}
rule R1 "High absence is looked into" {
  for each school
  owner "Head teacher"
  area "Results"
  when not (absence < 10 %) or merit < 200
  require merit >= 220
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2019-04-01
--- expect exit 1
Quality plan 2018
Södertälje kommun, period 2018

Results
  partly met  G1  Merit values rise
              owner: Director of education
    met         merit > merit[2017] and merit >= goal_value
                merit 2018 totalt, Södertälje: 225
                merit 2017 totalt, Södertälje: 220
    partly met  merit[ronna] >= 210 partly >= 200  "Ronnaskolan"
                205 >= 210 does not hold; partly: 205 >= 200 holds
                merit 2018 totalt, Ronnaskolan: 205
              measures: M1

Environment
  partly met  G2  A safe school
    partly met  assessed: The work has begun
              measures: M1

Measures
  M1 Mathematics — Head teacher, ht2018–vt2019, 100 tkr; goals G1, G2
    expected: Higher merit values

1 measure, total cost 100 tkr (1 with a cost)

Rules
  R1  High absence is looked into
    1 of 2 schools flagged
      Ronnaskolan (S1): absence 12 %, merit 205

Follow-ups due by 2019-04-01
  2018-12-31  M1 Mathematics: dialogue (every term), owner Head teacher
  2019-03-15  M1 Mathematics: review, owner Head teacher

2 goals: 0 met, 2 partly met, 0 not met, 0 unknown
