# --syntax-only keeps only the plan itself open to read its message lines
# again: modules are read whole and closed, so a plan using more modules
# than the process may have open files is checked as any other (it failed
# with "Too many open files" when every module stayed open).
--- file plan.ska
plan "p" { organiser "0001"; period 2020 }
indicator A "a" { scale percent }
--- run i=1; while [ $i -le 80 ]; do echo "use \"m/m$i.ska\"" >> plan.ska; i=$((i + 1)); done; mkdir m; i=1; while [ $i -le 80 ]; do echo "goal G$i { target A >= 40 % }" > m/m$i.ska; i=$((i + 1)); done; echo "goal G80 { target B >= 1 }" >> m/m80.ska
--- expect exit 0
--- run ulimit -n 48 && ska check --syntax-only plan.ska
--- expect exit 2
m/m80.ska:2:6: error: goal 'G80' is already defined (at m/m80.ska:1:6)
  goal G80 { target B >= 1 }
       ^^^
m/m80.ska:2:19: error: unknown name 'B'
  goal G80 { target B >= 1 }
                    ^
