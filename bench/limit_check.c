/* limit_check.c — the physical limit for `ska check`: the verdicts of
 * plan.spec computed with hand-written SQL in-process, one set-based query
 * per kind of target, the way a skilled person would write them against the
 * same store (same schema, same WITHOUT ROWID key). ska's rules: values
 * are intervals (exact, or what a "~100" may stand for: LO and HI below),
 * a comparison counts only when the interval settles it, a missing value is
 * never a pass; the queries fetch the intervals, C compares them.
 *
 *   limit_check STORE.db plan.spec      prints the verdict lines (unsorted)
 *
 * Output lines are those of json_verdicts.py: goal ID STATUS, target ID N
 * STATUS, rule ID UNIT flagged|nodata. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct Cell { double lo, hi; int miss; } Cell;

enum { ST_ACHIEVED, ST_PARTLY, ST_FAILED, ST_NODATA };
static const char *const status_text[] = {"uppnått", "delvis", "ej", "ingen_data"};

typedef struct Target {
    char goal[16], kind[12], key[16], unit[16], op[3], pop[3];
    int n, grp, dir, from;
    double bound, pbound;
    Cell lhs, rhs_base; /* what the queries found: the left side, and for means the mean */
    int status;
} Target;

typedef struct Rule {
    char id[16], scope[8], wkey[16], wop[3], rkey[16], rop[3];
    double wbound, rbound;
} Rule;

static sqlite3 *db;

static void die(const char *what)
{
    fprintf(stderr, "limit_check: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    exit(2);
}

static sqlite3_stmt *prep(const char *sql)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) die(sql);
    return s;
}

static void exec(const char *sql)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) die(sql);
}

/* ---- ska's interval rules ---- */

static Cell missing(void) { return (Cell){0, 0, 1}; }
static Cell exact(double v) { return (Cell){v, v, 0}; }

/* A stored value as the queries select it: its lo and hi (see LO and HI
 * below) at columns i and i + 1, NULL when it is missing. */
static Cell stored(sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL) return missing();
    return (Cell){sqlite3_column_double(s, i), sqlite3_column_double(s, i + 1), 0};
}

static Cell sub(Cell a, Cell b)
{
    if (a.miss || b.miss) return missing();
    return (Cell){a.lo - b.hi, a.hi - b.lo, 0};
}

static Cell cell_abs(Cell x)
{
    if (x.miss || x.lo >= 0) return x;
    if (x.hi <= 0) return (Cell){-x.hi, -x.lo, 0};
    return (Cell){0, fmax(-x.lo, x.hi), 0};
}

/* 1 holds, 0 does not, -1 undecided or missing. */
static int compare(const char *op, Cell a, Cell b)
{
    if (a.miss || b.miss) return -1;
    int always, never;
    if (!strcmp(op, "<")) always = a.hi < b.lo, never = a.lo >= b.hi;
    else if (!strcmp(op, "<=")) always = a.hi <= b.lo, never = a.lo > b.hi;
    else if (!strcmp(op, ">")) always = a.lo > b.hi, never = a.hi <= b.lo;
    else always = a.lo >= b.hi, never = a.hi < b.lo; /* ">=" */
    return always ? 1 : never ? 0 : -1;
}

/* The right side of a comparison: a bound, or the mean plus an offset. */
static Cell rhs(const Target *t, double bound)
{
    if (strcmp(t->kind, "mean") != 0) return exact(bound);
    if (t->rhs_base.miss) return missing();
    return (Cell){t->rhs_base.lo + bound, t->rhs_base.hi + bound, 0};
}

static void judge(Target *t)
{
    int main = compare(t->op, t->lhs, rhs(t, t->bound));
    if (main < 0) t->status = ST_NODATA;
    else if (main) t->status = ST_ACHIEVED;
    else if (!t->pop[0]) t->status = ST_FAILED;
    else {
        int partly = compare(t->pop, t->lhs, rhs(t, t->pbound));
        t->status = partly < 0 ? ST_NODATA : partly ? ST_PARTLY : ST_FAILED;
    }
}

/* A goal's status: the same whether its missing targets passed or failed,
 * else no data. */
static int combine(const Target *t, int n)
{
    int result[2];
    for (int pass = 0; pass < 2; pass++) {
        int achieved = 0, partly = 0;
        for (int i = 0; i < n; i++) {
            int s = t[i].status == ST_NODATA ? (pass ? ST_FAILED : ST_ACHIEVED) : t[i].status;
            achieved += s == ST_ACHIEVED;
            partly += s == ST_PARTLY;
        }
        result[pass] = achieved == n ? ST_ACHIEVED : achieved == 0 && partly == 0 ? ST_FAILED : ST_PARTLY;
    }
    return result[0] == result[1] ? result[0] : ST_NODATA;
}

/* ---- the plan ---- */

static Target *targets;
static int ntargets;
static Rule *rules;
static int nrules;
static int period, previous;
static char org[16];

static void read_spec(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char line[1024];
    int cap = 0, rcap = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == 'P') {
            sscanf(line, "P %d %d %15s", &period, &previous, org);
        } else if (line[0] == 'T') {
            if (ntargets == cap) targets = realloc(targets, sizeof *targets * (size_t)(cap = cap ? 2 * cap : 256));
            Target *t = &targets[ntargets++];
            memset(t, 0, sizeof *t);
            char pb[32];
            if (sscanf(line, "T %15s %d %11s %15s %15s %d %d %2s %lf %2s %31s %d", t->goal, &t->n, t->kind,
                       t->key, t->unit, &t->grp, &t->dir, t->op, &t->bound, t->pop, pb, &t->from) != 12) {
                fprintf(stderr, "limit_check: bad spec line: %s", line);
                exit(2);
            }
            if (!strcmp(t->pop, "-")) t->pop[0] = 0;
            else t->pbound = strtod(pb, NULL);
            t->lhs = t->rhs_base = missing();
        } else if (line[0] == 'R') {
            if (nrules == rcap) rules = realloc(rules, sizeof *rules * (size_t)(rcap = rcap ? 2 * rcap : 64));
            Rule *r = &rules[nrules++];
            char wb[32];
            if (sscanf(line, "R %15s %7s %15s %2s %31s %15s %2s %lf", r->id, r->scope, r->wkey, r->wop, wb,
                       r->rkey, r->rop, &r->rbound) != 8) {
                fprintf(stderr, "limit_check: bad spec line: %s", line);
                exit(2);
            }
            r->wbound = strtod(wb, NULL);
        }
    }
    fclose(f);
}

/* The plan goes into temporary tables with the store's ids, so each kind of
 * target is one join against the result table. */
static void load_plan(void)
{
    exec("CREATE TEMP TABLE tgt(id INTEGER PRIMARY KEY, kind TEXT, ind INT, unit INT, grp INT, dir INT, frm INT);"
         "CREATE TEMP TABLE rl(id INTEGER PRIMARY KEY, scope TEXT, wind INT, rind INT);"
         "BEGIN");
    sqlite3_stmt *s = prep("INSERT INTO tgt VALUES(?1, ?2, (SELECT id FROM indicator WHERE key=?3),"
                           " (SELECT id FROM unit WHERE code=?4), ?5, ?6, ?7)");
    for (int i = 0; i < ntargets; i++) {
        Target *t = &targets[i];
        sqlite3_bind_int(s, 1, i);
        sqlite3_bind_text(s, 2, t->kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, t->key, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 4, t->unit, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 5, t->grp);
        sqlite3_bind_int(s, 6, t->dir);
        sqlite3_bind_int(s, 7, t->from);
        if (sqlite3_step(s) != SQLITE_DONE) die("loading targets");
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    s = prep("INSERT INTO rl VALUES(?1, ?2, (SELECT id FROM indicator WHERE key=?3),"
             " (SELECT id FROM indicator WHERE key=?4))");
    for (int i = 0; i < nrules; i++) {
        sqlite3_bind_int(s, 1, i);
        sqlite3_bind_text(s, 2, rules[i].scope, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, rules[i].wkey, -1, SQLITE_STATIC); /* "-" finds no indicator: NULL */
        sqlite3_bind_text(s, 4, rules[i].rkey, -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) die("loading rules");
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    exec("COMMIT");
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Runs a query bound to (?1 period, ?2 previous, ?3 organiser code), hands
 * each row to fn, and tells stderr how long it took (for profiling by hand). */
static void query(const char *what, const char *sql, void (*fn)(sqlite3_stmt *))
{
    double t0 = now_ms();
    sqlite3_stmt *s = prep(sql);
    for (int i = 1; i <= sqlite3_bind_parameter_count(s); i++) {
        const char *name = sqlite3_bind_parameter_name(s, i);
        if (!name) continue; /* a number the query skips */
        if (!strcmp(name, "?1")) sqlite3_bind_int(s, i, period);
        else if (!strcmp(name, "?2")) sqlite3_bind_int(s, i, previous);
        else if (!strcmp(name, "?3")) sqlite3_bind_text(s, i, org, -1, SQLITE_STATIC);
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) fn(s);
    if (rc != SQLITE_DONE) die(sql);
    sqlite3_finalize(s);
    fprintf(stderr, "limit_check: %-9s %8.2f ms\n", what, now_ms() - t0);
}

static Target *row_target(sqlite3_stmt *s) { return &targets[sqlite3_column_int(s, 0)]; }

static void on_value(sqlite3_stmt *s) { row_target(s)->lhs = stored(s, 1); }
static void on_change(sqlite3_stmt *s) { row_target(s)->lhs = sub(stored(s, 1), stored(s, 3)); }
static void on_gap(sqlite3_stmt *s) { row_target(s)->lhs = cell_abs(sub(stored(s, 1), stored(s, 3))); }

static void on_mean(sqlite3_stmt *s)
{
    Target *t = row_target(s);
    t->lhs = stored(s, 1);
    if (sqlite3_column_int(s, 5) > 0) t->rhs_base = (Cell){sqlite3_column_double(s, 3), sqlite3_column_double(s, 4), 0};
}

static void on_rank(sqlite3_stmt *s)
{
    Target *t = row_target(s);
    Cell me = stored(s, 1);
    t->lhs = me.miss ? me : (Cell){1 + sqlite3_column_double(s, 3), 1 + sqlite3_column_double(s, 4), 0};
}

static void on_spread(sqlite3_stmt *s)
{
    Target *t = row_target(s);
    if (sqlite3_column_int(s, 1) == 0) return; /* no school has a value */
    double maxlo = sqlite3_column_double(s, 2), minhi = sqlite3_column_double(s, 3);
    double maxhi = sqlite3_column_double(s, 4), minlo = sqlite3_column_double(s, 5);
    t->lhs = (Cell){fmax(0, maxlo - minhi), maxhi - minlo, 0};
}

/* Trend rows come ordered by target and period: the least-squares slope of
 * each target's present values, over their positions in the range, summed
 * in the same order as ska so the same doubles come out. */
static int trend_id = -1;
static double tn, tsx, tsxx, tsylo, tsyhi, tsxylo, tsxyhi;

static void trend_flush(void)
{
    if (trend_id < 0) return;
    double den = tn * tsxx - tsx * tsx;
    if (tn >= 2 && den != 0) {
        double a = (tn * tsxylo - tsx * tsylo) / den, b = (tn * tsxyhi - tsx * tsyhi) / den;
        targets[trend_id].lhs = (Cell){fmin(a, b), fmax(a, b), 0};
    }
    trend_id = -1;
}

static void on_trend(sqlite3_stmt *s)
{
    int id = sqlite3_column_int(s, 0);
    if (id != trend_id) {
        trend_flush();
        trend_id = id;
        tn = tsx = tsxx = tsylo = tsyhi = tsxylo = tsxyhi = 0;
    }
    Cell c = stored(s, 2);
    if (c.miss) return;
    double x = (double)((sqlite3_column_int(s, 1) - targets[id].from) / 10);
    tn++, tsx += x, tsxx += x * x;
    tsylo += c.lo, tsyhi += c.hi;
    tsxylo += x * c.lo, tsxyhi += x * c.hi;
}

static void on_rule_unit(sqlite3_stmt *s)
{
    const Rule *r = &rules[sqlite3_column_int(s, 0)];
    int has_when = sqlite3_column_int(s, 2);
    int w = has_when ? compare(r->wop, stored(s, 3), exact(r->wbound)) : 1;
    int q = compare(r->rop, stored(s, 5), exact(r->rbound));
    int applies = w == 1, nodata = w < 0 || (applies && q < 0), flagged = applies && q == 0;
    if (flagged || nodata)
        printf("rule %s %s %s\n", r->id, (const char *)sqlite3_column_text(s, 1), nodata ? "nodata" : "flagged");
}

/* lo and hi of a stored value, NULL when it is missing (no row, "..", ".",
 * empty). "~100" (status 3) of n pupils leaves 1–4 of them out: it lies in
 * [100(n-4)/n, 100(n-1)/n]; without a count of at least 5, in [60, 100]. */
#define LO(t) "CASE " t ".status WHEN 0 THEN " t ".value WHEN 3 THEN CASE WHEN " t ".n >= 5" \
              " THEN 100.0 * (" t ".n - 4) / " t ".n ELSE 60.0 END END"
#define HI(t) "CASE " t ".status WHEN 0 THEN " t ".value WHEN 3 THEN CASE WHEN " t ".n >= 5" \
              " THEN 100.0 * (" t ".n - 1) / " t ".n ELSE 100.0 END END"
#define VAL(t) LO(t) ", " HI(t)
#define AT(t, grp, per) \
    "result " t " ON " t ".ind = t.ind AND " t ".grp = " grp " AND " t ".period = " per " AND " t ".unit = t.unit"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: limit_check STORE.db plan.spec\n");
        return 2;
    }
    read_spec(argv[2]);
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) die(argv[1]);
    /* the settings ska's reader uses (store_open): the same page cache, the file mapped */
    exec("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=4294967296");
    load_plan();

    query("threshold", "SELECT t.id, " VAL("v") " FROM tgt t LEFT JOIN " AT("v", "t.grp", "?1")
          " WHERE t.kind = 'threshold'", on_value);
    query("change", "SELECT t.id, " VAL("a") ", " VAL("b") " FROM tgt t"
          " LEFT JOIN " AT("a", "0", "?1") " LEFT JOIN " AT("b", "0", "?2") " WHERE t.kind = 'change'", on_change);
    query("gap", "SELECT t.id, " VAL("f") ", " VAL("m") " FROM tgt t"
          " LEFT JOIN " AT("f", "1", "?1") " LEFT JOIN " AT("m", "2", "?1") " WHERE t.kind = 'gap'", on_gap);
    /* one point lookup per year of each range, not a scan of every unit's rows */
    query("trend", "WITH RECURSIVE span(id, ind, unit, p) AS ("
          "  SELECT id, ind, unit, frm FROM tgt WHERE kind = 'trend'"
          "  UNION ALL SELECT id, ind, unit, p + 10 FROM span WHERE p < ?1)"
          " SELECT s.id, s.p, " VAL("r") " FROM span s JOIN result r"
          "  ON r.ind = s.ind AND r.grp = 0 AND r.period = s.p AND r.unit = s.unit"
          " ORDER BY s.id, s.p", on_trend);
    trend_flush();
    /* means over all kommuner: one grouped scan per indicator the plan names */
    query("mean", "SELECT t.id, " VAL("v") ", agg.lo, agg.hi, agg.k FROM tgt t"
          " LEFT JOIN " AT("v", "0", "?1") " LEFT JOIN ("
          "  SELECT r.ind AS ind, avg(" LO("r") ") AS lo, avg(" HI("r") ") AS hi, count(*) AS k"
          "  FROM result r JOIN unit u ON u.id = r.unit"
          "  WHERE r.ind IN (SELECT ind FROM tgt WHERE kind = 'mean') AND r.grp = 0 AND r.period = ?1"
          "   AND r.status IN (0, 3) AND u.kind = 'kommun' GROUP BY r.ind) agg ON agg.ind = t.ind"
          " WHERE t.kind = 'mean'", on_mean);
    /* rank = 1 + the kommuner surely better; its upper end, those maybe
     * better. Every kommun's value of each ranked indicator is read once. */
    query("rank", "WITH k AS MATERIALIZED ("
          "  SELECT r.ind AS ind, r.unit AS unit, " LO("r") " AS lo, " HI("r") " AS hi"
          "  FROM result r JOIN unit u ON u.id = r.unit"
          "  WHERE r.ind IN (SELECT ind FROM tgt WHERE kind = 'rank') AND r.grp = 0 AND r.period = ?1"
          "   AND r.status IN (0, 3) AND u.kind = 'kommun')"
          " SELECT t.id, " VAL("v") ","
          "  sum(CASE WHEN t.dir > 0 THEN o.lo > " HI("v") " ELSE o.hi < " LO("v") " END),"
          "  sum(CASE WHEN t.dir > 0 THEN o.hi > " LO("v") " ELSE o.lo < " HI("v") " END)"
          " FROM tgt t LEFT JOIN " AT("v", "0", "?1")
          " LEFT JOIN k o ON o.ind = t.ind AND o.unit <> t.unit"
          " WHERE t.kind = 'rank' GROUP BY t.id", on_rank);
    query("spread", "SELECT t.id, count(r.unit), max(" LO("r") "), min(" HI("r") "), max(" HI("r") "), min(" LO("r") ")"
          " FROM tgt t JOIN unit u ON u.kind = 'school' AND u.parent = t.unit"
          " LEFT JOIN result r ON r.ind = t.ind AND r.grp = 0 AND r.period = ?1 AND r.unit = u.id"
          "  AND r.status IN (0, 3)"
          " WHERE t.kind = 'spread' GROUP BY t.id", on_spread);

    for (int i = 0; i < ntargets; i++) judge(&targets[i]);
    for (int i = 0; i < ntargets;) {
        int j = i;
        while (j < ntargets && !strcmp(targets[j].goal, targets[i].goal)) j++;
        printf("goal %s %s\n", targets[i].goal, status_text[combine(&targets[i], j - i)]);
        for (int k = i; k < j; k++) printf("target %s %d %s\n", targets[k].goal, targets[k].n, status_text[targets[k].status]);
        i = j;
    }
    /* rules: every unit in scope (the organiser's schools, or all kommuner)
     * with its `when` and `require` values */
    query("rules", "SELECT q.id, u.code, q.wind IS NOT NULL, " VAL("w") ", " VAL("r") " FROM rl q"
          " JOIN unit u ON u.kind = q.scope"
          "  AND (q.scope = 'kommun' OR u.parent = (SELECT id FROM unit WHERE code = ?3))"
          " LEFT JOIN result w ON w.ind = q.wind AND w.grp = 0 AND w.period = ?1 AND w.unit = u.id"
          " LEFT JOIN result r ON r.ind = q.rind AND r.grp = 0 AND r.period = ?1 AND r.unit = u.id", on_rule_unit);
    sqlite3_close(db);
    return 0;
}
