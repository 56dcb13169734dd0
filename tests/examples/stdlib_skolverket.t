# stdlib/skolverket_indikatorer.ska: parses on its own and beside
# stdlib/skola.ska (no name is declared twice), and every indicator reads a
# key that stdlib/skolverket.ska fills from the published per-municipality
# files: Uppsala (0380) has a value for each. Checked against the files:
# behörighet Samtliga 85,4 / Enskild 92,1 and 1 962 / 2 754 / 792 pupils;
# nationella prov (2023/24, stored as 2024) Kommunal Svenska 93,6, Enskild
# Engelska `~100` of 730 pupils = 99,45–99,86 %; personalstatistik
# tjänstgörande 88,2 / 87,2 / 82,4 and heltidstjänster 77,7 / 77,2 / 74,8.
--- file p.ska
use "stdlib/skola.ska"
use "stdlib/skolverket_indikatorer.ska"
plan "P" { unit "0380"; period 2025 }
--- file only.ska
use "stdlib/skolverket_indikatorer.ska"
--- run ska check --syntax-only only.ska && ska check --syntax-only p.ska
--- expect exit 0
--- run d="$SKA_PATH"/../shared/data/skolverket && ska import t.db "$d"/behorighet_grundskola_2024_25.csv "$d"/nationella_prov_ak9_2024.csv "$d"/personalstatistik_grundskola_2024.csv > /dev/null
--- expect exit 0
--- run grep -o '^indicator [^ ]*' "$SKA_PATH"/stdlib/skolverket_indikatorer.ska | awk '{ print $2 ($2 ~ /^np_/ ? "[2024]" : "") }' > refs && ska repl p.ska --db t.db < refs | paste -d ' ' refs -
--- expect exit 0
behörig_yrke_alla 85,4 %
behörig_yrke_enskilda 92,1 %
elever_åk9 1 962
elever_åk9_alla 2 754
elever_åk9_enskilda 792
np_matematik[2024] 85,7 %
np_matematik_alla[2024] 87,5 %
np_matematik_enskilda[2024] 91,9 %
np_svenska[2024] 93,6 %
np_svenska_alla[2024] 94,6 %
np_svenska_enskilda[2024] 96,7 %
np_engelska[2024] 97,8 %
np_engelska_alla[2024] 98,3 %
np_engelska_enskilda[2024] 99,45–99,86 %
lärare_behöriga 88,2 %
lärare_behöriga_alla 87,2 %
lärare_behöriga_enskilda 82,4 %
lärartjänster_behöriga 77,7 %
lärartjänster_behöriga_alla 77,2 %
lärartjänster_behöriga_enskilda 74,8 %
