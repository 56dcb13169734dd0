# and/or/not (och/eller/inte) use three-valued logic: a missing value is
# unknown, never true. `false and unknown` is false and `true or unknown` is
# true, since the missing value cannot change them; every other combination
# with a missing value stays unknown (ingen data).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
frånvaro;0181;2018;totalt;..
--- file plan.ska
plan "Logic" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator frånvaro "Frånvaro" { scale percent; lower is better }
let sant = merit > 200
let falskt = merit < 200
let okänt = frånvaro < 10
goal T1 "true and true" { target sant and sant }
goal T2 "true and false" { target sant and falskt }
goal T3 "false or true" { target falskt or sant }
goal T4 "false or false" { target falskt or falskt }
goal T5 "not false" { target not falskt }
goal T6 "not binds looser than a comparison" { target not merit < 200 }
goal T7 "and binds tighter than or" { target sant or sant and falskt }
goal M1 "false and unknown" { target falskt and okänt }
goal M2 "unknown and false" { target okänt and falskt }
goal M3 "true or unknown" { target sant or okänt }
goal M4 "unknown or true" { target okänt or sant }
goal M5 "true and unknown" { target sant and okänt }
goal M6 "false or unknown" { target falskt or okänt }
goal M7 "not unknown" { target not okänt }
goal S1 "Swedish words" { target inte falskt och (sant eller okänt) }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 1
Logic
Södertälje kommun, period 2018

  uppnått         T1  true and true
    uppnått         sant and sant
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      T2  true and false
    ej uppnått      sant and falskt
                    merit 2018 totalt, Södertälje: 220
  uppnått         T3  false or true
    uppnått         falskt or sant
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      T4  false or false
    ej uppnått      falskt or falskt
                    merit 2018 totalt, Södertälje: 220
  uppnått         T5  not false
    uppnått         not falskt
                    merit 2018 totalt, Södertälje: 220
  uppnått         T6  not binds looser than a comparison
    uppnått         not merit < 200
                    merit 2018 totalt, Södertälje: 220
  uppnått         T7  and binds tighter than or
    uppnått         sant or sant and falskt
                    merit 2018 totalt, Södertälje: 220
  ej uppnått      M1  false and unknown
    ej uppnått      falskt and okänt
                    merit 2018 totalt, Södertälje: 220
                    frånvaro 2018 totalt, Södertälje: ..
  ej uppnått      M2  unknown and false
    ej uppnått      okänt and falskt
                    frånvaro 2018 totalt, Södertälje: ..
                    merit 2018 totalt, Södertälje: 220
  uppnått         M3  true or unknown
    uppnått         sant or okänt
                    merit 2018 totalt, Södertälje: 220
                    frånvaro 2018 totalt, Södertälje: ..
  uppnått         M4  unknown or true
    uppnått         okänt or sant
                    frånvaro 2018 totalt, Södertälje: ..
                    merit 2018 totalt, Södertälje: 220
  ingen data      M5  true and unknown
    ingen data      sant and okänt
                    för få elever (..)
                    merit 2018 totalt, Södertälje: 220
                    frånvaro 2018 totalt, Södertälje: ..
  ingen data      M6  false or unknown
    ingen data      falskt or okänt
                    för få elever (..)
                    merit 2018 totalt, Södertälje: 220
                    frånvaro 2018 totalt, Södertälje: ..
  ingen data      M7  not unknown
    ingen data      not okänt
                    för få elever (..)
                    frånvaro 2018 totalt, Södertälje: ..
  uppnått         S1  Swedish words
    uppnått         inte falskt och (sant eller okänt)
                    merit 2018 totalt, Södertälje: 220
                    frånvaro 2018 totalt, Södertälje: ..

15 mål: 8 uppnått, 0 delvis uppnått, 4 ej uppnått, 3 ingen data
