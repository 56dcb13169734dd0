# Colour: off when stdout is no terminal or NO_COLOR is set (as in these
# tests), forced on by --color and off by --no-color. Statuses are green,
# yellow, red and grey; headings bold. (ESC is shown as <ESC>.)
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;220
--- file plan.ska
plan "Colour" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator saknas "Saknas" { scale points }
area "Kunskap" {
  goal A { target merit > 200 }
  goal B { target merit > 230 partly > 210 }
  goal C { target merit > 230 }
  goal D { target saknas > 0 }
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --color | sed 's/\x1b/<ESC>/g'
--- expect exit 0
Colour
Södertälje kommun, period 2018

<ESC>[1mKunskap<ESC>[0m
  <ESC>[32muppnått<ESC>[0m         A
    <ESC>[32muppnått<ESC>[0m         merit > 200
                    220 > 200 gäller
                    merit 2018 totalt, Södertälje: 220
  <ESC>[33mdelvis uppnått<ESC>[0m  B
    <ESC>[33mdelvis uppnått<ESC>[0m  merit > 230 partly > 210
                    220 > 230 gäller inte; delvis: 220 > 210 gäller
                    merit 2018 totalt, Södertälje: 220
  <ESC>[31mej uppnått<ESC>[0m      C
    <ESC>[31mej uppnått<ESC>[0m      merit > 230
                    220 > 230 gäller inte
                    merit 2018 totalt, Södertälje: 220
  <ESC>[90mingen data<ESC>[0m      D
    <ESC>[90mingen data<ESC>[0m      saknas > 0
                    – > 0 — indikatorn saknas i databasen

4 mål: 1 <ESC>[32muppnått<ESC>[0m, 1 <ESC>[33mdelvis uppnått<ESC>[0m, 1 <ESC>[31mej uppnått<ESC>[0m, 1 <ESC>[90mingen data<ESC>[0m
--- run ska check plan.ska --db t.db --color --no-color | grep -c "$(printf '\033')"
--- expect exit 1
0
