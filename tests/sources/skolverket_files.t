# Skolverket's four statistics downloads, exactly as published in
# shared/data/skolverket, import without any option or edit: each is
# recognised by its title and header, and every value is stored. The
# expected values below were read from the files by hand (line numbers in
# the comments), not from ska's output.
--- file q.sh
# q KEY CODE: the stored rows of one indicator and unit, one per group
q() {
  sqlite3 t.db "select i.key, u.code, r.grp, r.period, r.value, r.status, r.n
                from result r join indicator i on i.id = r.ind join unit u on u.id = r.unit
                where i.key = '$1' and u.code = '$2' order by r.grp"
}
--- run ska import t.db "$SKA_PATH"/../shared/data/skolverket/behorighet_grundskola_2024_25.csv | sed 's|.*/||; s/: [0-9, …]*$//'
--- expect exit 0
behorighet_grundskola_2024_25.csv: read as source behörighet: 2139 rows, 10695 values: 10695 added, 0 changed, 0 unchanged
behorighet_grundskola_2024_25.csv: 290 units added
--- run . ./q.sh; q N15436 0181; q N15436_alla 0181; q N15433_enskilda 0181; q skolverket.elever_åk9_alla 0181; q N15436_enskilda 2518; q N15434 1962
--- expect exit 0
N15436|0181|0|20250|85.5|0|858
N15436|0181|1|20250|85.5|0|401
N15436|0181|2|20250|85.6|0|457
N15436_alla|0181|0|20250|87.0|0|1226
N15436_alla|0181|1|20250|87.4|0|603
N15436_alla|0181|2|20250|86.7|0|623
N15433_enskilda|0181|0|20250|85.6|0|368
N15433_enskilda|0181|1|20250|86.6|0|202
N15433_enskilda|0181|2|20250|84.3|0|166
skolverket.elever_åk9_alla|0181|0|20250|1226.0|0|1226
skolverket.elever_åk9_alla|0181|1|20250|603.0|0|603
skolverket.elever_åk9_alla|0181|2|20250|623.0|0|623
N15436_enskilda|2518|0|20250||1|
N15436_enskilda|2518|1|20250||2|
N15436_enskilda|2518|2|20250||1|
N15434|1962|0|20250|74.4|0|78
N15434|1962|1|20250|71.4|0|42
N15434|1962|2|20250|77.8|0|36
--- run ska import t.db "$SKA_PATH"/../shared/data/skolverket/nationella_prov_ak9_2024.csv | sed 's|.*/||'
--- expect exit 0
nationella_prov_ak9_2024.csv: read as source nationella_prov: 2792 rows, 33504 values: 33504 added, 0 changed, 0 unchanged
--- run . ./q.sh; q skolverket.np9_andel_a_e_matematik 0181; q skolverket.np9_betygspoäng_matematik 0181; q skolverket.np9_andel_a_e_engelska_alla 1440; q skolverket.np9_antal_provbetyg_svenska_som_andraspråk_enskilda 1489
--- expect exit 0
skolverket.np9_andel_a_e_matematik|0181|0|20240|85.2|0|789
skolverket.np9_andel_a_e_matematik|0181|1|20240|85.1|0|376
skolverket.np9_andel_a_e_matematik|0181|2|20240|85.2|0|413
skolverket.np9_betygspoäng_matematik|0181|0|20240|11.1|0|789
skolverket.np9_betygspoäng_matematik|0181|1|20240|11.1|0|376
skolverket.np9_betygspoäng_matematik|0181|2|20240|11.1|0|413
skolverket.np9_andel_a_e_engelska_alla|1440|0|20240|98.1|0|371
skolverket.np9_andel_a_e_engelska_alla|1440|1|20240||3|186
skolverket.np9_andel_a_e_engelska_alla|1440|2|20240||3|185
skolverket.np9_antal_provbetyg_svenska_som_andraspråk_enskilda|1489|0|20240||1|
skolverket.np9_antal_provbetyg_svenska_som_andraspråk_enskilda|1489|1|20240||1|
skolverket.np9_antal_provbetyg_svenska_som_andraspråk_enskilda|1489|2|20240||2|
--- run ska import t.db "$SKA_PATH"/../shared/data/skolverket/personalstatistik_grundskola_2024.csv | sed 's|.*/||'
--- expect exit 0
personalstatistik_grundskola_2024.csv: read as source personal: 769 rows, 6152 values: 6152 added, 0 changed, 0 unchanged
--- run . ./q.sh; q skolverket.lärare_heltid_andel_behöriga 0181; q skolverket.lärare_heltid_alla 0181; q skolverket.förstelärare_enskilda 0181; q skolverket.lärare_andel_behöriga 1962; q skolverket.lärare_heltid_enskilda 1984
--- expect exit 0
skolverket.lärare_heltid_andel_behöriga|0181|0|20250|72.9|0|
skolverket.lärare_heltid_alla|0181|0|20250|723.1|0|
skolverket.förstelärare_enskilda|0181|0|20250|16.0|0|
skolverket.lärare_andel_behöriga|1962|0|20250|56.1|0|
skolverket.lärare_heltid_enskilda|1984|0|20250||1|
--- run ska import t.db "$SKA_PATH"/../shared/data/skolverket/slutbetyg_ak9_skolenhet_2024_25.csv | sed 's|.*/||; s/: [0-9, …]*$//'
--- expect exit 0
slutbetyg_ak9_skolenhet_2024_25.csv: read as source slutbetyg_skolenhet: 1714 rows, 6856 values: 6856 added, 0 changed, 0 unchanged
slutbetyg_ak9_skolenhet_2024_25.csv: 1714 units added
--- run . ./q.sh; q N15505 35547286; q N15436 35547286; q N15419 99648792; q N15505 14872951; q N15419 48000763
--- expect exit 0
N15505|35547286|0|20250|302.0|0|65
N15436|35547286|0|20250||3|65
N15419|99648792|0|20250|94.3|0|192
N15505|14872951|0|20250||1|
N15419|48000763|0|20250||2|
--- run sqlite3 t.db "select s.code, s.name, s.kind, k.code, k.name, k.kind from unit s join unit k on k.id = s.parent where s.code in ('35547286', '82520504') order by 1"
--- expect exit 0
35547286|Carlssons skola|school|0180|Stockholm|kommun
82520504|Åkerboskolan|school|0885|Borgholm|kommun
--- run ska import t.db "$SKA_PATH"/../shared/data/skolverket/behorighet_grundskola_2024_25.csv | sed 's|.*/||'
--- expect exit 0
behorighet_grundskola_2024_25.csv: read as source behörighet: 2139 rows, 10695 values: 0 added, 0 changed, 10695 unchanged
