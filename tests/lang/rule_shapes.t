# In a rule every value is read for each unit checked. One value (a unit's
# x["0181"], or mean(x, kommuner)) applies to every unit; a value over other
# units (x[kommuner] in a rule for each school) has no value for any school,
# so those schools are ingen data. (Found by generated plans: reading
# x[kommuner] school by school ran past its end.)
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
0180;Stockholm;kommun;
S1;Ronnaskolan;school;0181
S2;Wasaskolan;school;0181
S3;Hovsjöskolan;school;0181
--- file data.csv
indicator;unit;period;group;value
merit;0181;2018;totalt;225
merit;0180;2018;totalt;240
merit;S1;2018;totalt;205
merit;S2;2018;totalt;245
merit;S3;2018;totalt;230
--- file plan.ska
plan "Rule shapes" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
rule Kommunen "Minst kommunens värde" { for each school; require merit >= merit["0181"] }
rule Snittet "Minst snittet av kommunerna" { for each school; require merit >= mean(merit, kommuner) }
rule Blandat "Skolor mot kommuner" { for each school; require merit >= merit[kommuner] }
rule Blandat2 "Kommuner först" { for each school; when merit[kommuner] > 0; require 200 < merit[kommuner] }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db
--- expect exit 0
Rule shapes
Södertälje kommun, period 2018

Regler
  Kommunen  Minst kommunens värde
    1 av 3 skolor flaggade
      Ronnaskolan (S1): merit 205, merit 225
  Snittet  Minst snittet av kommunerna
    2 av 3 skolor flaggade
      Ronnaskolan (S1): merit 205
      Hovsjöskolan (S3): merit 230
  Blandat  Skolor mot kommuner
    0 av 3 skolor flaggade, 3 utan data
      ingen data: Ronnaskolan (S1): merit 205, merit –
      ingen data: Hovsjöskolan (S3): merit 230, merit –
      ingen data: Wasaskolan (S2): merit 245, merit –
  Blandat2  Kommuner först
    0 av 3 skolor flaggade, 3 utan data
      ingen data: Hovsjöskolan (S3): merit –, merit –
      ingen data: Ronnaskolan (S1): merit –, merit –
      ingen data: Wasaskolan (S2): merit –, merit –

0 mål: 0 uppnått, 0 delvis uppnått, 0 ej uppnått, 0 ingen data
