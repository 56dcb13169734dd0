# stdlib/skola.ska: the school indicators parse and resolve on their own
# (a plan that only `use`s them checks clean), and a derived indicator
# reads its stored one: ej_behörig = 100 % - behörig_yrke, lower is better,
# so rank() ranks the municipality with fewer not eligible first.
--- file only.ska
use "stdlib/skola.ska"
--- file units.csv
kod;namn;typ;förälder
A;Ankeby;kommun;
B;Bullerby;kommun;
--- file results.csv
indikator;enhet;år;kön;värde
N15436;A;2020;totalt;80
N15436;B;2020;totalt;90
--- file plan.ska
use "stdlib/skola.ska"
plan "P" { unit "A"; period 2020 }
goal G {
  target ej_behörig <= 20 %
  target rank(ej_behörig, kommuner) = 2
}
--- run ska check --syntax-only only.ska
--- expect exit 0
--- run ska import t.db units.csv results.csv
--- expect exit 0
units.csv: 2 units: 2 added, 0 changed, 0 unchanged
results.csv: 2 rows: 2 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db t.db
--- expect exit 0
P
period 2020

  uppnått         G
    uppnått         ej_behörig <= 20 %
                    20 % <= 20 % gäller
                    behörig_yrke 2020 totalt, Ankeby: 80 %
    uppnått         rank(ej_behörig, kommuner) = 2
                    2 = 2 gäller
                    rank(ej_behörig) över 2 kommuner, 2020, totalt (2 med värde): 2:a plats

1 mål: 1 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
