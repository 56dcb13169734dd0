#!/usr/bin/env python3
"""convert.py — builds this example's CSV files from the published data.

    python3 examples/kolada/convert.py DATA_DIR

DATA_DIR holds the two downloads the files come from (see README.md):
  kolada-kommunanalys/  MasterData.txt, riket.txt, Kommuner.txt
                        (SKR Stockholm's KommunAnalys, commit 7bd598e)
  skolverket/           slutbetyg_ak9_skolenhet_2024_25.csv
                        (Skolverket's final grades per school unit, 2024/25)

and writes, next to this script, the files `ska import` reads:
  results.csv  Kolada values 2016–2020 for every municipality and Riket
               (indikator;enhet;år;kön;värde). Totals for all municipalities,
               so rank() and mean() over kommuner see the whole country;
               girls and boys only for the municipalities of the seed plans
               (gap() needs them for the organiser alone).
  units.csv    the schools with year 9 in those municipalities (kind school,
               parent the municipality's code; the organiser column is
               kept for readers and ignored by ska).
  skolor.csv   their results for läsår 2024/25, with the number of pupils.

Values are copied, never rounded or filled in: a null in KommunAnalys
becomes an empty value (stored as missing), Skolverket's `..`, `.` and
`~100` are kept as written. Kolada labels a school year by the calendar
year it ends (its 2020 is läsår 2019/20), so the school file's 2024/25 is
written as 2025, the same convention, and one indicator key never mixes
years with school years.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The KPIs the example plans use (stdlib/skola.ska names them).
KPIS = ["N15505", "N15436", "N15419", "U15461", "N15485", "N15488", "N15814"]
YEARS = ["2016", "2017", "2018", "2019", "2020"]
# Municipalities of the seed plans: their girls/boys values and schools.
SEED_KOMMUNER = ["0181", "0125", "1380", "1962"]  # Södertälje, Ekerö, Halmstad, Norberg
RIKET = "0000"
GENDERS = {"T": "totalt", "K": "flickor", "M": "pojkar"}

# Skolverket's columns -> the Kolada KPI that measures the same per school.
SCHOOL_COLUMNS = {
    "Andel (%) elever som uppfyllt betygskriterierna i alla ämnen": "N15419",
    "Andel (%) elever behöriga till yrkesprog.": "N15436",
    "Genomsnittligt meritvärde (17 ämnen)": "N15505",
}
SCHOOL_PERIOD = "2025"  # läsår 2024/25


def number(v):
    """A JSON number as Swedish tables write it (decimal comma), unchanged."""
    if v is None:
        return ""
    text = repr(float(v))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",")


def kommun_rows(data_dir):
    ka = os.path.join(data_dir, "kolada-kommunanalys")
    with open(os.path.join(ka, "Kommuner.txt"), encoding="utf-8-sig") as f:
        code_of = {name: code for code, name in json.load(f).items()}
    with open(os.path.join(ka, "MasterData.txt"), encoding="utf-8-sig") as f:
        master = json.load(f)
    with open(os.path.join(ka, "riket.txt"), encoding="utf-8-sig") as f:
        riket = json.load(f)
    units = [(RIKET, riket)] + sorted((code_of[name], kpis) for name, kpis in master.items())
    rows = []
    for code, kpis in units:
        genders = "TKM" if code in SEED_KOMMUNER or code == RIKET else "T"
        for kpi in KPIS:
            for year in YEARS:
                values = kpis.get(kpi, {}).get(year)
                if values is None:
                    continue  # not published at all: no row, as in the source
                for g in genders:
                    if g in values:
                        rows.append([kpi, code, year, GENDERS[g], number(values[g])])
    return rows


def school_rows(data_dir):
    path = os.path.join(data_dir, "skolverket", "slutbetyg_ak9_skolenhet_2024_25.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    header = next(i for i, line in enumerate(lines) if line and line[0] == "Skola")
    cols = {name: i for i, name in enumerate(lines[header])}
    units, results = [], []
    for line in lines[header + 1:]:
        if not line or not line[0] or len(line) < len(cols):
            break  # the notes after the table
        kommun = line[cols["Kommun-kod"]]
        if kommun not in SEED_KOMMUNER:
            continue
        code = line[cols["Skol-enhetskod"]]
        units.append([code, line[cols["Skola"]], "school", kommun, line[cols["Huvudman"]]])
        pupils = line[cols["Antal elever"]]
        for column, kpi in SCHOOL_COLUMNS.items():
            results.append([kpi, code, SCHOOL_PERIOD, "totalt", line[cols[column]], pupils])
    units.sort(key=lambda u: (u[3], u[1]))
    results.sort(key=lambda r: (r[0], r[1]))
    return units, results


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";", lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 examples/kolada/convert.py DATA_DIR")
    data_dir = sys.argv[1]
    write("results.csv", ["indikator", "enhet", "år", "kön", "värde"], kommun_rows(data_dir))
    units, results = school_rows(data_dir)
    write("units.csv", ["kod", "namn", "typ", "förälder", "huvudman"], units)
    write("skolor.csv", ["indikator", "enhet", "år", "kön", "värde", "antal"], results)


if __name__ == "__main__":
    main()
