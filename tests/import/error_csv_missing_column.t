# a required column that is missing, with no option standing in for it
--- file noperiod.csv
indikator;enhet;värde
N1;0181;1
--- file noindicator.csv
enhet;år;värde
0181;2020;1
--- file nounit.csv
indicator,year,value
N1,2020,1
--- run ska import t.db noperiod.csv
--- expect exit 2
noperiod.csv:1:22: error: no period column (name one period, år, year, läsår or termin) and no --period given
  indikator;enhet;värde
                       ^
--- run ska import t.db noindicator.csv
--- expect exit 2
noindicator.csv:1:15: error: no indicator column (name one indicator, indikator, kpi or nyckeltal) and no --indicator given
  enhet;år;värde
                ^
--- run ska import t.db nounit.csv
--- expect exit 2
nounit.csv:1:21: error: no unit column (name one unit, enhet, kod, kommunkod or skolenhetskod) and no --unit given
  indicator,year,value
                      ^
