"""pandas_check.py — what an analyst would write instead of ska: load the
store into pandas and compute the verdicts of plan.spec with vectorised
frame operations, following ska's rules (values are intervals: "~100" of n
pupils leaves 1–4 out, so it lies in [100(n-4)/n, 100(n-1)/n], or [60, 100]
without a count of at least 5; a comparison counts only when the interval
settles it; a missing value is never a pass; a goal's status must not depend
on its missing targets).

usage: /usr/bin/python3 pandas_check.py STORE.db plan.spec > verdicts.txt
       /usr/bin/python3 pandas_check.py --csv units.csv results.csv plan.spec

Prints the verdict lines of json_verdicts.py (unsorted); the time spent
loading and judging goes to stderr. With --csv the frame comes from the
CSV files instead of the store, the way an analyst would load them: pandas'
C parser with category dtypes (each distinct text, value texts included,
is converted once), which is several times faster than read_sql_query.
"""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd

ACHIEVED, PARTLY, FAILED, NODATA = 0, 1, 2, 3
STATUS_TEXT = ["uppnått", "delvis", "ej", "ingen_data"]


def read_spec(path):
    targets, rules, header = [], [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "P":
                header = (int(cols[1]), int(cols[2]), cols[3])
            elif cols[0] == "T":
                targets.append(cols[1:])
            elif cols[0] == "R":
                rules.append(cols[1:])
    t = pd.DataFrame(targets, columns=["goal", "n", "kind", "key", "code", "grp", "dir", "op", "bound",
                                       "pop", "pbound", "frm"])
    for c in ("n", "grp", "dir", "frm"):
        t[c] = t[c].astype(np.int64)
    t["bound"] = t["bound"].astype(float)
    t["pbound"] = pd.to_numeric(t["pbound"].replace("-", np.nan))
    r = pd.DataFrame(rules, columns=["rule", "scope", "wkey", "wop", "wbound", "rkey", "rop", "rbound"])
    r["wbound"] = pd.to_numeric(r["wbound"].replace("-", np.nan))
    r["rbound"] = r["rbound"].astype(float)
    return header, t, r


def compare(op, alo, ahi, blo, bhi):
    """1 holds, 0 does not, -1 undecided or missing (elementwise; op may vary)."""
    op = np.broadcast_to(np.asarray(op, dtype=object), np.shape(alo))
    ops = [op == "<", op == "<=", op == ">", op == ">="]
    always = np.select(ops, [ahi < blo, ahi <= blo, alo > bhi, alo >= bhi], False).astype(bool)
    never = np.select(ops, [alo >= bhi, alo > bhi, ahi <= blo, ahi < blo], False).astype(bool)
    miss = np.isnan(alo) | np.isnan(blo)
    return np.where(miss | ~(always | never), -1, np.where(always, 1, 0))


def load_store(db):
    con = sqlite3.connect(db)
    res = pd.read_sql_query("SELECT ind, grp, period, unit, value, status, n FROM result", con)
    units = pd.read_sql_query("SELECT id, code, kind, parent FROM unit", con)
    inds = pd.read_sql_query("SELECT id, key FROM indicator", con)
    con.close()
    return res, units, inds


MARKS = {"..": 1, ".": 2, "~100": 3}  # the store's status of each published mark; empty is 4


def load_csv(units_csv, results_csv):
    """The frames load_store gives, from gen.c's CSV files."""
    u = pd.read_csv(units_csv, sep=";", dtype=str, keep_default_na=False, engine="c")
    units = pd.DataFrame({"id": np.arange(1, len(u) + 1), "code": u["kod"], "kind": u["typ"]})
    code_id = pd.Series(units["id"].to_numpy(), index=units["code"])
    units["parent"] = u["förälder"].map(code_id).fillna(0).astype(np.int64).to_numpy()
    r = pd.read_csv(results_csv, sep=";", engine="c", keep_default_na=False,
                    dtype={"indikator": "category", "enhet": "category", "kön": "category",
                           "år": np.int64, "värde": "category", "antal": str})
    key = r["indikator"].cat
    inds = pd.DataFrame({"id": np.arange(1, len(key.categories) + 1), "key": key.categories.astype(str)})
    texts = r["värde"].cat.categories.astype(str)
    cat_status = np.array([MARKS.get(x, 4 if x == "" else 0) for x in texts], dtype=np.int64)
    cat_value = pd.to_numeric(pd.Series(texts).str.replace(",", ".", regex=False), errors="coerce").to_numpy()
    vcode = r["värde"].cat.codes.to_numpy()
    grp_of = {"T": 0, "K": 1, "M": 2}
    res = pd.DataFrame({
        "ind": key.codes.to_numpy().astype(np.int64) + 1,
        "grp": r["kön"].cat.codes.map(dict(enumerate(r["kön"].cat.categories.map(grp_of)))).to_numpy(),
        "period": r["år"].to_numpy() * 10,
        "unit": code_id.reindex(r["enhet"].cat.categories.astype(str)).to_numpy()[r["enhet"].cat.codes.to_numpy()],
        "value": np.where(cat_status[vcode] == 0, cat_value[vcode], np.nan),
        "status": cat_status[vcode],
        "n": pd.to_numeric(r["antal"], errors="coerce").to_numpy(),
    })
    return res, units, inds


def main(args):
    t0 = time.perf_counter()
    if args[0] == "--csv":
        res, units, inds = load_csv(args[1], args[2])
        spec = args[3]
    else:
        res, units, inds = load_store(args[0])
        spec = args[1]
    t1 = time.perf_counter()

    (period, previous, org_code), t, rules = read_spec(spec)
    near = res["status"] == 3
    ok = res["status"] == 0
    n = res["n"].to_numpy(dtype=float)
    counted = n >= 5
    with np.errstate(divide="ignore", invalid="ignore"):
        near_lo = np.where(counted, 100.0 * (n - 4) / n, 60.0)
        near_hi = np.where(counted, 100.0 * (n - 1) / n, 100.0)
    res["lo"] = np.where(near, near_lo, np.where(ok, res["value"], np.nan))
    res["hi"] = np.where(near, near_hi, np.where(ok, res["value"], np.nan))
    cells = res.set_index(["ind", "grp", "period", "unit"])[["lo", "hi"]]
    code_id = dict(zip(units["code"], units["id"]))
    key_id = dict(zip(inds["key"], inds["id"]))
    org = code_id[org_code]
    t["ind"] = t["key"].map(key_id)
    t["unit"] = t["code"].map(code_id)

    def lookup(ind, grp, per, unit):
        n = len(ind)
        idx = pd.MultiIndex.from_arrays([np.asarray(ind, np.int64), np.broadcast_to(grp, n).astype(np.int64),
                                         np.broadcast_to(per, n).astype(np.int64), np.asarray(unit, np.int64)])
        got = cells.reindex(idx)
        return got["lo"].to_numpy(), got["hi"].to_numpy()

    lhs_lo = np.full(len(t), np.nan)
    lhs_hi = np.full(len(t), np.nan)
    base_lo = np.zeros(len(t))  # what the bound is added to: the mean for "mean" targets
    base_hi = np.zeros(len(t))

    def kind(k):
        return np.flatnonzero(t["kind"].to_numpy() == k)

    sel = kind("threshold")
    lhs_lo[sel], lhs_hi[sel] = lookup(t["ind"].iloc[sel], t["grp"].iloc[sel], period, t["unit"].iloc[sel])

    sel = kind("change")
    alo, ahi = lookup(t["ind"].iloc[sel], 0, period, t["unit"].iloc[sel])
    blo, bhi = lookup(t["ind"].iloc[sel], 0, previous, t["unit"].iloc[sel])
    lhs_lo[sel], lhs_hi[sel] = alo - bhi, ahi - blo

    sel = kind("gap")
    alo, ahi = lookup(t["ind"].iloc[sel], 1, period, t["unit"].iloc[sel])
    blo, bhi = lookup(t["ind"].iloc[sel], 2, period, t["unit"].iloc[sel])
    dlo, dhi = alo - bhi, ahi - blo
    gone = np.isnan(dlo)  # np.fmax and the zero below would hide a missing value
    lhs_lo[sel] = np.where(gone, np.nan, np.where(dlo >= 0, dlo, np.where(dhi <= 0, -dhi, 0.0)))
    lhs_hi[sel] = np.where(gone, np.nan, np.where(dlo >= 0, dhi, np.where(dhi <= 0, -dlo, np.fmax(-dlo, dhi))))

    # trend: least squares over the present values, position by position in
    # the same order as ska, so the same doubles come out
    sel = kind("trend")
    frm = t["frm"].to_numpy()[sel]
    acc = {k: np.zeros(len(sel)) for k in ("n", "sx", "sxx", "sylo", "syhi", "sxylo", "sxyhi")}
    for k in range(int(((period - frm.min()) // 10) + 1) if len(sel) else 0):
        per = frm + 10 * k
        vlo, vhi = lookup(t["ind"].iloc[sel], 0, per, t["unit"].iloc[sel])
        m = (per <= period) & ~np.isnan(vlo)
        x = float(k)
        acc["n"] += m
        acc["sx"] += np.where(m, x, 0.0)
        acc["sxx"] += np.where(m, x * x, 0.0)
        acc["sylo"] += np.where(m, vlo, 0.0)
        acc["syhi"] += np.where(m, vhi, 0.0)
        acc["sxylo"] += np.where(m, x * vlo, 0.0)
        acc["sxyhi"] += np.where(m, x * vhi, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        den = acc["n"] * acc["sxx"] - acc["sx"] * acc["sx"]
        a = (acc["n"] * acc["sxylo"] - acc["sx"] * acc["sylo"]) / den
        b = (acc["n"] * acc["sxyhi"] - acc["sx"] * acc["syhi"]) / den
    good = (acc["n"] >= 2) & (den != 0)
    lhs_lo[sel] = np.where(good, np.fmin(a, b), np.nan)
    lhs_hi[sel] = np.where(good, np.fmax(a, b), np.nan)

    # values of every unit at the period under review, for means, ranks, spreads
    now = res[(res["grp"] == 0) & (res["period"] == period) & res["lo"].notna()][["ind", "unit", "lo", "hi"]]
    kommuner = units.loc[units["kind"] == "kommun", "id"]
    now_k = now[now["unit"].isin(kommuner)]

    sel = kind("mean")
    lhs_lo[sel], lhs_hi[sel] = lookup(t["ind"].iloc[sel], 0, period, t["unit"].iloc[sel])
    means = now_k[now_k["ind"].isin(t["ind"].iloc[sel])].groupby("ind")[["lo", "hi"]].mean()
    m = means.reindex(t["ind"].iloc[sel])
    base_lo[sel], base_hi[sel] = m["lo"].to_numpy(), m["hi"].to_numpy()

    sel = kind("rank")
    mlo, mhi = lookup(t["ind"].iloc[sel], 0, period, t["unit"].iloc[sel])
    me = pd.DataFrame({"row": sel, "ind": t["ind"].iloc[sel].to_numpy(), "me": t["unit"].iloc[sel].to_numpy(),
                       "dir": t["dir"].iloc[sel].to_numpy(), "mlo": mlo, "mhi": mhi})
    pairs = me.merge(now_k, on="ind")
    pairs = pairs[pairs["unit"] != pairs["me"]]
    higher = pairs["dir"] > 0
    pairs["surely"] = np.where(higher, pairs["lo"] > pairs["mhi"], pairs["hi"] < pairs["mlo"])
    pairs["maybe"] = np.where(higher, pairs["hi"] > pairs["mlo"], pairs["lo"] < pairs["mhi"])
    counts = pairs.groupby("row")[["surely", "maybe"]].sum().reindex(sel, fill_value=0)
    lhs_lo[sel] = np.where(np.isnan(mlo), np.nan, 1 + counts["surely"].to_numpy())
    lhs_hi[sel] = np.where(np.isnan(mlo), np.nan, 1 + counts["maybe"].to_numpy())

    sel = kind("spread")
    schools = units.loc[units["kind"] == "school", ["id", "parent"]].rename(columns={"id": "unit"})
    sp = pd.DataFrame({"row": sel, "ind": t["ind"].iloc[sel].to_numpy(), "parent": t["unit"].iloc[sel].to_numpy()})
    sp = sp.merge(schools, on="parent").merge(now, on=["ind", "unit"])
    agg = sp.groupby("row").agg(maxlo=("lo", "max"), minhi=("hi", "min"), maxhi=("hi", "max"),
                                minlo=("lo", "min")).reindex(sel)
    gone = agg["maxlo"].isna().to_numpy()  # no school with a value
    lhs_lo[sel] = np.where(gone, np.nan, np.fmax(0.0, agg["maxlo"].to_numpy() - agg["minhi"].to_numpy()))
    lhs_hi[sel] = agg["maxhi"].to_numpy() - agg["minlo"].to_numpy()

    # targets, then goals
    main_ = compare(t["op"].to_numpy(), lhs_lo, lhs_hi, base_lo + t["bound"].to_numpy(),
                    base_hi + t["bound"].to_numpy())
    has_partly = t["pop"].to_numpy() != "-"
    pop = np.where(has_partly, t["pop"].to_numpy(), ">=")
    pb = np.where(has_partly, t["pbound"].to_numpy(), 0.0)
    partly = compare(pop, lhs_lo, lhs_hi, base_lo + pb, base_hi + pb)
    status = np.select([main_ < 0, main_ == 1, ~has_partly, partly < 0, partly == 1],
                       [NODATA, ACHIEVED, FAILED, NODATA, PARTLY], FAILED)
    t["status"] = status
    g = t.groupby("goal", sort=False)
    n = g["status"].size()
    ach = g["status"].agg(lambda s: (s == ACHIEVED).sum())
    par = g["status"].agg(lambda s: (s == PARTLY).sum())
    miss = g["status"].agg(lambda s: (s == NODATA).sum())

    def combine(achieved, partly_):
        return np.where(achieved == n, ACHIEVED, np.where((achieved == 0) & (partly_ == 0), FAILED, PARTLY))

    if_pass = combine(ach + miss, par)
    if_fail = combine(ach, par)
    goal_status = np.where(if_pass == if_fail, if_pass, NODATA)

    out = []
    for goal, st in zip(n.index, goal_status):
        out.append("goal %s %s" % (goal, STATUS_TEXT[st]))
    for goal, num, st in zip(t["goal"], t["n"], t["status"]):
        out.append("target %s %d %s" % (goal, num, STATUS_TEXT[st]))

    # rules: every unit in scope with its `when` and `require` values
    for r in rules.itertuples():
        if r.scope == "kommun":
            scope = units[units["kind"] == "kommun"]
        else:
            scope = units[(units["kind"] == "school") & (units["parent"] == org)]
        ids = scope["id"].to_numpy()
        rlo, rhi = lookup(np.full(len(ids), key_id[r.rkey]), 0, period, ids)
        req = compare(r.rop, rlo, rhi, r.rbound, r.rbound)
        if r.wkey == "-":
            when = np.ones(len(ids), dtype=int)
        else:
            wlo, whi = lookup(np.full(len(ids), key_id[r.wkey]), 0, period, ids)
            when = compare(r.wop, wlo, whi, r.wbound, r.wbound)
        applies = when == 1
        nodata = (when < 0) | (applies & (req < 0))
        flagged = applies & (req == 0)
        for code, fl, nd in zip(scope["code"], flagged, nodata):
            if fl or nd:
                out.append("rule %s %s %s" % (r.rule, code, "nodata" if nd else "flagged"))
    sys.stdout.write("\n".join(out) + "\n")
    t2 = time.perf_counter()
    print("pandas: load %.3f s, verdicts %.3f s" % (t1 - t0, t2 - t1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
