# examples/sjalvskattning: Södertälje's self-ratings of 16 criteria by two
# raters (U stored as rektor, VC as personal), read with a `bedömare` column;
# each strategy is the mean of its criteria for the rater selected. Expected
# by hand (README): means of both 3,55 · 3,25 · 3,425 · 3,525, gaps 0,1 ·
# 0,2 · 0,05 · 0,05, lo4 apart by 0,5.
--- run cp "$SKA_PATH"/examples/sjalvskattning/plan.ska "$SKA_PATH"/examples/sjalvskattning/*.csv .
--- expect exit 0
--- run ska import s.db units.csv results.csv
--- expect exit 0
units.csv: 2 units: 2 added, 0 changed, 0 unchanged
results.csv: 32 rows: 32 added, 0 changed, 0 unchanged
--- run ska check plan.ska --db s.db
--- expect exit 1
Skattning av normalläget 2018
Södertälje kommun, period 2018

Strategier för högre måluppfyllelse
  delvis uppnått  S1  Pedagogisk ledning
    delvis uppnått  (pedagogisk_ledning[personal] + pedagogisk_ledning[rektor]) / 2 >= 4 partly >= 3  "båda bedömarnas medel"
                    3,55 >= 4 gäller inte; delvis: 3,55 >= 3 gäller
                    pl1 2018 personal, Södertälje: 3,5
                    pl2 2018 personal, Södertälje: 3,4
                    pl3 2018 personal, Södertälje: 3,7
                    pl4 2018 personal, Södertälje: 3,4
                    pl1 2018 rektor, Södertälje: 3,7
                    pl2 2018 rektor, Södertälje: 3,7
                    pl3 2018 rektor, Södertälje: 3,7
                    pl4 2018 rektor, Södertälje: 3,3
    uppnått         gap(pedagogisk_ledning, personal, rektor) <= 0,3  "bedömarna är samstämmiga"
                    0,1 <= 0,3 gäller
                    pl1 2018 personal, Södertälje: 3,5
                    pl2 2018 personal, Södertälje: 3,4
                    pl3 2018 personal, Södertälje: 3,7
                    pl4 2018 personal, Södertälje: 3,4
                    pl1 2018 rektor, Södertälje: 3,7
                    pl2 2018 rektor, Södertälje: 3,7
                    pl3 2018 rektor, Södertälje: 3,7
                    pl4 2018 rektor, Södertälje: 3,3
  delvis uppnått  S2  Lärande organisation
    delvis uppnått  (lärande_organisation[personal] + lärande_organisation[rektor]) / 2 >= 4 partly >= 3  "båda bedömarnas medel"
                    3,25 >= 4 gäller inte; delvis: 3,25 >= 3 gäller
                    lo1 2018 personal, Södertälje: 3
                    lo2 2018 personal, Södertälje: 3,5
                    lo3 2018 personal, Södertälje: 3,4
                    lo4 2018 personal, Södertälje: 3,5
                    lo1 2018 rektor, Södertälje: 3,3
                    lo2 2018 rektor, Södertälje: 3,3
                    lo3 2018 rektor, Södertälje: 3
                    lo4 2018 rektor, Södertälje: 3
    uppnått         gap(lärande_organisation, personal, rektor) <= 0,3  "bedömarna är samstämmiga"
                    0,2 <= 0,3 gäller
                    lo1 2018 personal, Södertälje: 3
                    lo2 2018 personal, Södertälje: 3,5
                    lo3 2018 personal, Södertälje: 3,4
                    lo4 2018 personal, Södertälje: 3,5
                    lo1 2018 rektor, Södertälje: 3,3
                    lo2 2018 rektor, Södertälje: 3,3
                    lo3 2018 rektor, Södertälje: 3
                    lo4 2018 rektor, Södertälje: 3
    ej uppnått      gap(lo4, personal, rektor) <= 0,3  "forskning och beprövad erfarenhet"
                    0,5 <= 0,3 gäller inte
                    lo4 2018 personal, Södertälje: 3,5
                    lo4 2018 rektor, Södertälje: 3
  delvis uppnått  S3  Mål- och resultatstyrning
    delvis uppnått  (resultatstyrning[personal] + resultatstyrning[rektor]) / 2 >= 4 partly >= 3  "båda bedömarnas medel"
                    3,43 >= 4 gäller inte; delvis: 3,43 >= 3 gäller
                    mr1 2018 personal, Södertälje: 3,6
                    mr2 2018 personal, Södertälje: 3,5
                    mr3 2018 personal, Södertälje: 3,3
                    mr4 2018 personal, Södertälje: 3,4
                    mr1 2018 rektor, Södertälje: 4
                    mr2 2018 rektor, Södertälje: 3,3
                    mr3 2018 rektor, Södertälje: 3,3
                    mr4 2018 rektor, Södertälje: 3
    uppnått         gap(resultatstyrning, personal, rektor) <= 0,3  "bedömarna är samstämmiga"
                    0,05 <= 0,3 gäller
                    mr1 2018 personal, Södertälje: 3,6
                    mr2 2018 personal, Södertälje: 3,5
                    mr3 2018 personal, Södertälje: 3,3
                    mr4 2018 personal, Södertälje: 3,4
                    mr1 2018 rektor, Södertälje: 4
                    mr2 2018 rektor, Södertälje: 3,3
                    mr3 2018 rektor, Södertälje: 3,3
                    mr4 2018 rektor, Södertälje: 3
  delvis uppnått  S4  Kvalité i lärandet
    delvis uppnått  (kvalitet_lärandet[personal] + kvalitet_lärandet[rektor]) / 2 >= 4 partly >= 3  "båda bedömarnas medel"
                    3,53 >= 4 gäller inte; delvis: 3,53 >= 3 gäller
                    kl1 2018 personal, Södertälje: 3,5
                    kl2 2018 personal, Södertälje: 3,7
                    kl3 2018 personal, Södertälje: 3,6
                    kl4 2018 personal, Södertälje: 3,4
                    kl1 2018 rektor, Södertälje: 3,7
                    kl2 2018 rektor, Södertälje: 3,3
                    kl3 2018 rektor, Södertälje: 3,3
                    kl4 2018 rektor, Södertälje: 3,7
    uppnått         gap(kvalitet_lärandet, personal, rektor) <= 0,3  "bedömarna är samstämmiga"
                    0,05 <= 0,3 gäller
                    kl1 2018 personal, Södertälje: 3,5
                    kl2 2018 personal, Södertälje: 3,7
                    kl3 2018 personal, Södertälje: 3,6
                    kl4 2018 personal, Södertälje: 3,4
                    kl1 2018 rektor, Södertälje: 3,7
                    kl2 2018 rektor, Södertälje: 3,3
                    kl3 2018 rektor, Södertälje: 3,3
                    kl4 2018 rektor, Södertälje: 3,7
    uppnått         kvalitet_lärandet[personal] >= kvalitet_lärandet[rektor]  "personalen ser minst lika mycket som ledningen"
                    3,55 >= 3,5 gäller
                    kl1 2018 personal, Södertälje: 3,5
                    kl2 2018 personal, Södertälje: 3,7
                    kl3 2018 personal, Södertälje: 3,6
                    kl4 2018 personal, Södertälje: 3,4
                    kl1 2018 rektor, Södertälje: 3,7
                    kl2 2018 rektor, Södertälje: 3,3
                    kl3 2018 rektor, Södertälje: 3,3
                    kl4 2018 rektor, Södertälje: 3,7

4 mål: 0 uppnått, 4 delvis uppnått, 0 ej uppnått, 0 ingen data
