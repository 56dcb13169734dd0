# One run reports every error it finds, in source order, syntax and name
# errors alike; after 20 it only counts the rest.
--- file some.ska
indicator merit "Meritvärde" { scale points }
goal G1 { target meritt > 0 }
goal G2 { target merit > }
goal G3 { owner "a"; owner "b" }
--- run ska check --syntax-only some.ska
--- expect exit 2
some.ska:2:18: error: unknown name 'meritt' (did you mean 'merit'?)
  goal G1 { target meritt > 0 }
                   ^^^^^^
some.ska:3:26: error: unexpected '}', expected number, string, name, period, 'not', '-' or '('
  goal G2 { target merit > }
                           ^
some.ska:4:22: error: 'owner' is given twice
  goal G3 { owner "a"; owner "b" }
                       ^^^^^
--- run i=0; while [ $i -lt 25 ]; do echo "goal G$i { target okänd$i > 0 }"; i=$((i + 1)); done > many.ska; ska check --syntax-only many.ska 2>&1 | grep -v '^ '
--- expect exit 0
many.ska:1:18: error: unknown name 'okänd0'
many.ska:2:18: error: unknown name 'okänd1'
many.ska:3:18: error: unknown name 'okänd2'
many.ska:4:18: error: unknown name 'okänd3'
many.ska:5:18: error: unknown name 'okänd4'
many.ska:6:18: error: unknown name 'okänd5'
many.ska:7:18: error: unknown name 'okänd6'
many.ska:8:18: error: unknown name 'okänd7'
many.ska:9:18: error: unknown name 'okänd8'
many.ska:10:18: error: unknown name 'okänd9'
many.ska:11:19: error: unknown name 'okänd10'
many.ska:12:19: error: unknown name 'okänd11'
many.ska:13:19: error: unknown name 'okänd12'
many.ska:14:19: error: unknown name 'okänd13'
many.ska:15:19: error: unknown name 'okänd14'
many.ska:16:19: error: unknown name 'okänd15'
many.ska:17:19: error: unknown name 'okänd16'
many.ska:18:19: error: unknown name 'okänd17'
many.ska:19:19: error: unknown name 'okänd18'
many.ska:20:19: error: unknown name 'okänd19'
ska: 5 more errors not shown
