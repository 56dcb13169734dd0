# A Skolverket file that does not match its description is refused whole:
# exit 2, the file, line and column, what was expected, and nothing stored.
# Each variant is made from the published file at run time.
--- file orig.csv
--- run cp "$SKA_PATH"/../shared/data/skolverket/behorighet_grundskola_2024_25.csv orig.csv && awk 'NR == 101 { print "" } { print }' orig.csv > gap.csv && ska import t.db gap.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
gap.csv:102:6: error: a data row after the blank line 101 that ends the table (remove the blank line, or the rows below it)
  Bjuv;1260;Skåne län;12;Samtliga;Flickor;79;81,0;73,4;69,6;69,6;
       ^
--- run tail -c +4 orig.csv | iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT > latin1.csv && ska import t.db latin1.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
latin1.csv:1:13: error: byte 0xE5 is not UTF-8 (Windows-1252?); save the file as UTF-8 (in Excel: CSV UTF-8)
--- run sed '10s/;Antal elever;/;Antal elever totalt;/' orig.csv > renamed.csv && ska import t.db renamed.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
renamed.csv:10:320: error: the header has no column "Antal elever", which source behörighet reads
  …program;Andel elever (%) behöriga till Naturvetenskapligt och tekniskt program;
                                                                                  ^
--- run sed '10s/;$/;Andel elever (%) behöriga till vård;/' orig.csv > extra.csv && ska import t.db extra.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
extra.csv:10:313: error: column "Andel elever (%) behöriga till vård" is not in source behörighet (has the export changed? describe it with value … = KEY, or ignore "Andel elever (%) behöriga till vård")
  …program;Andel elever (%) behöriga till Naturvetenskapligt och tekniskt program;Andel elever (%) behöriga till vård;
                                                                                  ^
--- run sed '/^Haninge;0136;.*;Kommunal;Flickor;/s/;Kommunal;/;Kooperativ;/' orig.csv > kind.csv && ska import t.db kind.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
kind.csv:476:32: error: "Kooperativ" is not a value source behörighet knows in "Typ av huvudman" (expected "Kommunal", "Samtliga", "Enskild", "Statlig", "Region")
  Haninge;0136;Stockholms län;01;Kooperativ;Flickor;362;72,7;71,0;69,3;69,1;
                                 ^
--- run sed '/^Hofors;2104;.*;Kommunal;Flickor;/s/;Flickor;/;Kvinnliga;/' orig.csv > group.csv && ska import t.db group.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
group.csv:527:40: error: group "Kvinnliga" is not a group (expected totalt, flickor or pojkar, or the raters personal or rektor; also T K M, samtliga, alla, kvinnor, män, total, girls, boys, staff, head)
  Hofors;2104;Gävleborgs län;21;Kommunal;Kvinnliga;44;~100;~100;86,4;88,6;
                                         ^
--- run sed '700s/;[0-9]*,[0-9];$/;8,1x;/' orig.csv > value.csv && ska import t.db value.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
value.csv:700:69: error: "8,1x" is not a number (expected a number such as 83,2, or .. . ~100)
  Karlshamn;1082;Blekinge län;10;Samtliga;Samtliga;395;79,5;78,0;75,9;8,1x;
                                                                      ^
--- run sed '4d' orig.csv > noperiod.csv && ska import t.db noperiod.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
noperiod.csv: error: no title line "Valt läsår: …" above the header on line 9 and no column "Valt läsår", where source behörighet reads the period (give it with --period if the title lines were removed)
--- run ska import t.db orig.csv --period 2024/25; test -e t.db || echo "no store"
--- expect exit 0
no store
orig.csv: error: the file gives the period itself (source behörighet); drop --period
--- run ska import t.db orig.csv --source nosuch; test -e t.db || echo "no store"
--- expect exit 0
no store
orig.csv: error: no source description named nosuch (ska knows: behörighet, nationella_prov, personal, slutbetyg_skolenhet)
--- run awk 'NR == 11 { print; sub(/;214;83,2;/, ";214;83,3;") } { print }' orig.csv > twice.csv && ska import t.db twice.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
twice.csv:12:55: error: a second value for the same indicator, unit, period and group (the first is on line 11): keep one of the two rows
  Ale;1440;Västra Götalands län;14;Samtliga;Flickor;214;83,3;81,8;80,8;79,0;
                                                        ^
--- run head -10 orig.csv > header_only.csv && ska import t.db header_only.csv; test -e t.db || echo "no store"
--- expect exit 0
no store
header_only.csv: error: source behörighet found no values below the header on line 10
