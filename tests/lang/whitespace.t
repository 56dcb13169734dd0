# Text saved from word processors: a byte-order mark at the start, Windows
# line ends (CR LF), tabs, and no-break spaces (U+00A0, and the narrow U+202F
# that Swedish text puts between a number and %) are all white space.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file data.csv
indicator;unit;period;group;value
behörig;0181;2018;totalt;85
--- run printf '\357\273\277plan "Word" {\r\n\torganiser "Södertälje kommun"\r\n\tperiod 2018\r\n}\r\n' > plan.ska
--- expect exit 0
--- run printf 'indicator behörig "Behöriga" { scale percent }\r\ngoal G1 {\302\240target behörig\302\240>=\342\200\25780\342\200\257%%\302\240}\r\n' >> plan.ska
--- expect exit 0
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Word
Södertälje kommun, period 2018

  uppnått         G1
    uppnått         behörig >= 80 %
                    85 % >= 80 % gäller
                    behörig 2018 totalt, Södertälje: 85 %

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
