# --format json prints one JSON document (validated here with
# python3 -m json.tool): the plan, a summary by status, every goal with its
# targets, the values they compared and the evidence read, the rules' flagged
# units, the measures and the follow-ups due, on one line. A missing value is
# null with its reason; an inexact "~100" value has its low and high ends.
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
S1;Ronnaskolan;school;0181
--- file data.csv
indicator;unit;period;group;value;count
merit;0181;2017;totalt;220;
merit;0181;2018;totalt;225,5;
merit;0181;2018;flickor;..;
merit;S1;2018;totalt;205;
behörig;0181;2018;totalt;~100;400
--- file plan.ska
plan "JSON" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator behörig "Behöriga" { scale percent; higher is better }
area "Kunskap" {
  goal G1 "Meritvärdet ökar" {
    owner "Förvaltningen"
    level förvaltning
    target merit > merit[2017]
    target merit >= 230 partly >= 220 "Nivå"
    target merit[flickor] > 0
    target behörig >= 99 %
  }
}
measure M1 "Läxhjälp" { goals G1; from ht2018 to vt2019; followup "enkät" at 2018-12-01 }
rule R1 "Skolor" { for each school; require merit >= 210 }
--- run ska import t.db units.csv data.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --format json --as-of 2019-01-01 > out.json; echo exit $?; wc -l < out.json
--- expect exit 0
exit 1
1
--- run python3 -m json.tool --no-ensure-ascii --indent 1 out.json
--- expect exit 0
{
 "plan": {
  "title": "JSON",
  "organiser": "Södertälje kommun",
  "unit": "Södertälje",
  "period": "2018"
 },
 "summary": {
  "goals": 1,
  "uppnått": 0,
  "delvis": 1,
  "ej_uppnått": 0,
  "ingen_data": 0
 },
 "goals": [
  {
   "id": "G1",
   "title": "Meritvärdet ökar",
   "area": "Kunskap",
   "owner": "Förvaltningen",
   "level": "förvaltning",
   "status": "delvis",
   "assessed": null,
   "assessed_note": null,
   "targets": [
    {
     "target": "merit > merit[2017]",
     "partly": null,
     "label": null,
     "status": "uppnått",
     "left": {
      "value": 225.5,
      "missing": null
     },
     "right": {
      "value": 220,
      "missing": null
     },
     "missing": null,
     "near100_decided": false,
     "evidence": [
      {
       "kind": "value",
       "indicator": "merit",
       "unit": "0181",
       "unit_name": "Södertälje",
       "period": "2018",
       "group": "totalt",
       "published_as": null,
       "result": {
        "value": 225.5,
        "missing": null
       }
      },
      {
       "kind": "value",
       "indicator": "merit",
       "unit": "0181",
       "unit_name": "Södertälje",
       "period": "2017",
       "group": "totalt",
       "published_as": null,
       "result": {
        "value": 220,
        "missing": null
       }
      }
     ]
    },
    {
     "target": "merit >= 230",
     "partly": "merit >= 220",
     "label": "Nivå",
     "status": "delvis",
     "left": {
      "value": 225.5,
      "missing": null
     },
     "right": {
      "value": 230,
      "missing": null
     },
     "missing": null,
     "near100_decided": false,
     "evidence": [
      {
       "kind": "value",
       "indicator": "merit",
       "unit": "0181",
       "unit_name": "Södertälje",
       "period": "2018",
       "group": "totalt",
       "published_as": null,
       "result": {
        "value": 225.5,
        "missing": null
       }
      }
     ]
    },
    {
     "target": "merit[flickor] > 0",
     "partly": null,
     "label": null,
     "status": "ingen_data",
     "left": {
      "value": null,
      "missing": "too few pupils (..)"
     },
     "right": {
      "value": 0,
      "missing": null
     },
     "missing": "too few pupils (..)",
     "near100_decided": false,
     "evidence": [
      {
       "kind": "value",
       "indicator": "merit",
       "unit": "0181",
       "unit_name": "Södertälje",
       "period": "2018",
       "group": "flickor",
       "published_as": "..",
       "result": {
        "value": null,
        "missing": "too few pupils (..)"
       }
      }
     ]
    },
    {
     "target": "behörig >= 99 %",
     "partly": null,
     "label": null,
     "status": "uppnått",
     "left": {
      "value": 99.375,
      "low": 99,
      "high": 99.75,
      "missing": null
     },
     "right": {
      "value": 99,
      "missing": null
     },
     "missing": null,
     "near100_decided": true,
     "evidence": [
      {
       "kind": "value",
       "indicator": "behörig",
       "unit": "0181",
       "unit_name": "Södertälje",
       "period": "2018",
       "group": "totalt",
       "published_as": "~100",
       "result": {
        "value": 99.375,
        "low": 99,
        "high": 99.75,
        "missing": null
       }
      }
     ]
    }
   ]
  }
 ],
 "rules": [
  {
   "id": "R1",
   "title": "Skolor",
   "for_each": "school",
   "units": 1,
   "flagged": [
    {
     "unit": "S1",
     "name": "Ronnaskolan",
     "no_data": false,
     "values": {
      "merit": {
       "value": 205,
       "missing": null
      }
     }
    }
   ]
  }
 ],
 "measures": [
  {
   "id": "M1",
   "title": "Läxhjälp",
   "area": null,
   "goals": [
    "G1"
   ],
   "owner": null,
   "from": "ht2018",
   "to": "vt2019",
   "cost_tkr": null,
   "resources": null,
   "expect": null,
   "expect_judged": null
  }
 ],
 "followups_due": [
  {
   "measure": "M1",
   "title": "Läxhjälp",
   "method": "enkät",
   "owner": null,
   "due": "2018-12-01",
   "final": false
  }
 ]
}
--- run ska check plan.ska --db t.db --format yaml
--- expect exit 2
ska check: --format 'yaml' is not a format (expected text, json, junit, csv or csv-sv)
(see `ska check --help`)
