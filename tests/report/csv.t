# `ska check --format csv` writes one table for spreadsheets: a row per
# goal, per target (the two sides of its comparison as plain numbers, the
# periods read, why a value is missing) and per unit a rule flags. Fields
# holding the separator are quoted. csv-sv separates with ';', writes
# decimal commas and starts with a UTF-8 byte-order mark, as Swedish Excel
# expects; an inexact "~100" value is written as its interval.
--- run cp "$SKA_PATH"/tests/report/data/* . && ska import t.db units.csv results.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --format csv
--- expect exit 1
record,id,title,area,owner,status,target,label,value,compared_to,periods,unit,detail,previous_status,revised
goal,G1,Elevernas meritvärde ska ytterligare förbättras,Kunskapsresultat,Utbildningsdirektör,delvis uppnått,,,,,,,,,
target,G1,Elevernas meritvärde ska ytterligare förbättras,Kunskapsresultat,Utbildningsdirektör,uppnått,meritvärde > meritvärde[previous],,221.3,217.9,2017 2018,,,,
target,G1,Elevernas meritvärde ska ytterligare förbättras,Kunskapsresultat,Utbildningsdirektör,delvis uppnått,"gap(meritvärde, flickor, pojkar) <= 20 partly <= 35",,30.8,20,2018,,,,
goal,G2,Fler ska bli behöriga till ett nationellt program,Kunskapsresultat,Verksamhetschef grundskola,delvis uppnått,,,,,,,,,
target,G2,Fler ska bli behöriga till ett nationellt program,Kunskapsresultat,Verksamhetschef grundskola,delvis uppnått,behörig >= 90 % partly >= 85 %,,85.7,90,2018,,,,
target,G2,Fler ska bli behöriga till ett nationellt program,Kunskapsresultat,Verksamhetschef grundskola,ej uppnått,ej_behörig[pojkar] <= 15 %,pojkarnas behörighet,17.6,15,2018,,,,
goal,G3,Fler elever ska ha betyg i alla ämnen,Kunskapsresultat,,ej uppnått,,,,,,,,,
target,G3,Fler elever ska ha betyg i alla ämnen,Kunskapsresultat,,ej uppnått,alla_ämnen >= 80 %,,74,80,2018,,,,
goal,T1,Frånvaron ska minska,Trygghet och studiero,Central elevhälsa,ingen data,,,,,,,,,
target,T1,Frånvaron ska minska,Trygghet och studiero,Central elevhälsa,ingen data,frånvaro < 10 %,,,10,2018,,inget värde i databasen,,
goal,T2,Förstärkt arbete mot kränkningar,Trygghet och studiero,,delvis uppnått,,,,,,,Rutinen är införd på hälften av skolorna,,
flagged,R1,Hög frånvaro ska utredas,,,flaggad,,,,,,S3 Västerskolan,frånvaro=14; utredd=40,,
flagged,R1,Hög frånvaro ska utredas,,,ingen data,,,,,,S1 Norrskolan,frånvaro=12.5; utredd=60..100,,
flagged,R1,Hög frånvaro ska utredas,,,ingen data,,,,,,S4 Österskolan,frånvaro=för få elever (..); utredd=inget värde i databasen,,
--- run ska check plan.ska --db t.db --format csv-sv > sv.csv; echo exit $?; head -c 3 sv.csv | od -An -tx1
--- expect exit 0
exit 1
 ef bb bf
--- run tail -c +4 sv.csv
--- expect exit 0
record;id;title;area;owner;status;target;label;value;compared_to;periods;unit;detail;previous_status;revised
goal;G1;Elevernas meritvärde ska ytterligare förbättras;Kunskapsresultat;Utbildningsdirektör;delvis uppnått;;;;;;;;;
target;G1;Elevernas meritvärde ska ytterligare förbättras;Kunskapsresultat;Utbildningsdirektör;uppnått;meritvärde > meritvärde[previous];;221,3;217,9;2017 2018;;;;
target;G1;Elevernas meritvärde ska ytterligare förbättras;Kunskapsresultat;Utbildningsdirektör;delvis uppnått;gap(meritvärde, flickor, pojkar) <= 20 partly <= 35;;30,8;20;2018;;;;
goal;G2;Fler ska bli behöriga till ett nationellt program;Kunskapsresultat;Verksamhetschef grundskola;delvis uppnått;;;;;;;;;
target;G2;Fler ska bli behöriga till ett nationellt program;Kunskapsresultat;Verksamhetschef grundskola;delvis uppnått;behörig >= 90 % partly >= 85 %;;85,7;90;2018;;;;
target;G2;Fler ska bli behöriga till ett nationellt program;Kunskapsresultat;Verksamhetschef grundskola;ej uppnått;ej_behörig[pojkar] <= 15 %;pojkarnas behörighet;17,6;15;2018;;;;
goal;G3;Fler elever ska ha betyg i alla ämnen;Kunskapsresultat;;ej uppnått;;;;;;;;;
target;G3;Fler elever ska ha betyg i alla ämnen;Kunskapsresultat;;ej uppnått;alla_ämnen >= 80 %;;74;80;2018;;;;
goal;T1;Frånvaron ska minska;Trygghet och studiero;Central elevhälsa;ingen data;;;;;;;;;
target;T1;Frånvaron ska minska;Trygghet och studiero;Central elevhälsa;ingen data;frånvaro < 10 %;;;10;2018;;inget värde i databasen;;
goal;T2;Förstärkt arbete mot kränkningar;Trygghet och studiero;;delvis uppnått;;;;;;;Rutinen är införd på hälften av skolorna;;
flagged;R1;Hög frånvaro ska utredas;;;flaggad;;;;;;S3 Västerskolan;"frånvaro=14; utredd=40";;
flagged;R1;Hög frånvaro ska utredas;;;ingen data;;;;;;S1 Norrskolan;"frånvaro=12,5; utredd=60..100";;
flagged;R1;Hög frånvaro ska utredas;;;ingen data;;;;;;S4 Österskolan;"frånvaro=för få elever (..); utredd=inget värde i databasen";;
