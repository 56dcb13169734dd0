# Comments run from `#` or `//` to the end of the line, anywhere white space
# may go; inside a string they are text. A target is shown as written, without
# its comments.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S#1;Skola #1;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;S#1;2018;totalt;210
--- file plan.ska
# A comment on the first line
plan "Plan # not a comment" {   # after a brace
  organiser "Södertälje kommun" // a C++-style comment
  period 2018
}
// a whole line
indicator merit "Merit // still the title" { scale points; higher is better }
goal G1 "Merit#1" {
  target merit # between an expression and the next line
    > 200      // and inside one
}
goal G2 "A # in a string is text" {
  target merit["S#1"] > 200 # the school
}
# a comment on the last line
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Plan # not a comment
Södertälje kommun, period 2018

  uppnått         G1  Merit#1
    uppnått         merit > 200
                    225 > 200 gäller
                    merit 2018 totalt, Södertälje: 225
  uppnått         G2  A # in a string is text
    uppnått         merit["S#1"] > 200
                    210 > 200 gäller
                    merit 2018 totalt, Skola #1: 210

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
