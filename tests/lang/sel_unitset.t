# Sets of units: skolor/schools are the organiser's own schools, kommuner/
# municipalities are all municipalities. As a selector a set gives one value per
# unit (here reduced by min); as the second argument of mean, min, max, spread,
# count and rank it names the units to go over.
--- file units.csv
code;name;kind;parent
0000;Riket;riket;
0181;Södertälje;kommun;0000
0180;Stockholm;kommun;0000
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
X1;Stadsskolan;school;0180
--- file data.csv
indicator;unit;period;group;value
merit;0000;2018;totalt;229
merit;0181;2018;totalt;225
merit;0180;2018;totalt;241
merit;S1;2018;totalt;205
merit;S2;2018;totalt;245
merit;X1;2018;totalt;300
--- file plan.ska
plan "Unit sets" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal Schools "Only Södertälje's own schools" {
  target mean(merit, skolor) = 225
  target mean(merit, schools) = 225
  target min(merit[skolor]) = 205
}
goal Municipalities "Every municipality, not the nation" {
  target mean(merit, kommuner) = 233
  target max(merit, municipalities) = 241
}
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Unit sets
Södertälje kommun, period 2018

  uppnått         Schools  Only Södertälje's own schools
    uppnått         mean(merit, skolor) = 225
                    225 = 225 gäller
                    mean(merit) över 2 skolor, 2018, totalt (2 med värde): 225
    uppnått         mean(merit, schools) = 225
                    225 = 225 gäller
                    mean(merit) över 2 skolor, 2018, totalt (2 med värde): 225
    uppnått         min(merit[skolor]) = 205
                    205 = 205 gäller
                    min(merit) över 2 skolor, 2018, totalt (2 med värde): 205
  uppnått         Municipalities  Every municipality, not the nation
    uppnått         mean(merit, kommuner) = 233
                    233 = 233 gäller
                    mean(merit) över 2 kommuner, 2018, totalt (2 med värde): 233
    uppnått         max(merit, municipalities) = 241
                    241 = 241 gäller
                    max(merit) över 2 kommuner, 2018, totalt (2 med värde): 241

2 mål: 2 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
