# A goal's status from its targets: all achieved -> uppnått; none achieved
# and none partly -> ej uppnått; anything else -> delvis uppnått. A target
# without data counts only when the goal's status would be the same whether
# it had been achieved or failed; otherwise the goal is ingen data. A goal
# without targets is ingen data, unless people wrote an assessment, which
# counts as one more target.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
--- file plan.ska
plan "Goal status" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Saknas" { scale points }
goal AllAchieved { target merit > 200; target merit > 210 }
goal AchievedPartly { target merit > 200; target merit > 230 partly > 210 }
goal AchievedFailed { target merit > 200; target merit > 230 }
goal PartlyFailed { target merit > 230 partly > 210; target merit > 230 }
goal OnlyPartly { target merit > 230 partly > 210 }
goal AllFailed { target merit > 230; target merit < 200 }
goal AchievedMissing "uppnått or delvis: cannot tell" { target merit > 200; target saknas > 0 }
goal FailedMissing "delvis or ej uppnått: cannot tell" { target merit > 230; target saknas > 0 }
goal PartlyMissing "delvis either way" { target merit > 230 partly > 210; target saknas > 0 }
goal MixedMissing "delvis either way" { target merit > 200; target merit > 230; target saknas > 0 }
goal AllMissing { target saknas > 0; target saknas < 10 }
goal NoTargets "Nothing to judge" { owner "Rektor" }
goal AssessedOnly { assessed uppnått "Enkäten visar det" }
goal AssessedAndTarget { assessed ej_uppnått; target merit > 200 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Goal status
Södertälje kommun, period 2018

  uppnått         AllAchieved
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
    uppnått         merit > 210
                    220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
  delvis uppnått  AchievedPartly
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
    delvis uppnått  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
  delvis uppnått  AchievedFailed
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
  delvis uppnått  PartlyFailed
    delvis uppnått  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
  delvis uppnått  OnlyPartly
    delvis uppnått  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      AllFailed
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit < 200
                    220 < 200 gäller inte
                    merit 2018 totalt, Södertälje: 220
  ingen data      AchievedMissing  uppnått or delvis: cannot tell
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen
  ingen data      FailedMissing  delvis or ej uppnått: cannot tell
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen
  delvis uppnått  PartlyMissing  delvis either way
    delvis uppnått  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen
  delvis uppnått  MixedMissing  delvis either way
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
    ej uppnått      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen
  ingen data      AllMissing
    ingen data      saknas > 0
                    – > 0 — indikatorn saknas i databasen
    ingen data      saknas < 10
                    – < 10 — indikatorn saknas i databasen
  ingen data      NoTargets  Nothing to judge
                  ansvarig: Rektor
                    inget målvärde: målet kan inte bedömas med data
  uppnått         AssessedOnly
    uppnått         bedömning: Enkäten visar det
  delvis uppnått  AssessedAndTarget
    ej uppnått      bedömning
    uppnått         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220

14 mål: 2 uppnått, 7 delvis uppnått, 1 ej uppnått, 4 ingen data
plan.ska:15:6: warning: goal 'NoTargets' has no target and no assessment: it is always ingen data
  goal NoTargets "Nothing to judge" { owner "Rektor" }
       ^^^^^^^^^
