# The output of `ska check --syntax-only --format json` (a valid plan, one
# with warnings, one with errors, a file that cannot be read) is valid
# against docs/diagnostics.schema.json. Needs python3 with jsonschema.
--- file valid.py
import json, sys
try:
    import jsonschema
except ImportError:
    print("python3 jsonschema is not installed"); sys.exit(77)
schema = json.load(open(sys.argv[1]))
for path in sys.argv[2:]:
    jsonschema.validate(json.load(open(path)), schema)
    print(path, "valid")
--- file good.ska
plan "Good" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target merit > 200 }
--- file warn.ska
plan "Warn" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target merit > 80 % }
goal G2 "Tom" { owner "Rektor" }
--- file bad.ska
goal G1 { target merit > 200 and }
--- run for f in good warn bad missing; do ska check --syntax-only --format json $f.ska > $f.json; done; python3 valid.py "$SKA_PATH/docs/diagnostics.schema.json" good.json warn.json bad.json missing.json
--- expect exit 0
good.json valid
warn.json valid
bad.json valid
missing.json valid
