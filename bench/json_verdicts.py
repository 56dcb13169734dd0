"""json_verdicts.py — the verdicts of `ska check --format json` as the lines
limit_check and pandas_check print, so the three can be compared with cmp:

    goal G0001 delvis
    target G0001 1 uppnått
    rule R01 20000000 flagged        (or nodata: flagged for missing data)

usage: python3 json_verdicts.py CHECK.json > verdicts.txt   (sorted by the caller)
"""
import json
import sys

STATUS = {"uppnått": "uppnått", "delvis": "delvis", "ej_uppnått": "ej", "ingen_data": "ingen_data"}


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = []
    for g in doc["goals"]:
        out.append("goal %s %s" % (g["id"], STATUS[g["status"]]))
        for i, t in enumerate(g["targets"], 1):
            out.append("target %s %d %s" % (g["id"], i, STATUS[t["status"]]))
    for r in doc["rules"]:
        for u in r["flagged"]:
            out.append("rule %s %s %s" % (r["id"], u["unit"], "nodata" if u["no_data"] else "flagged"))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
