/* gen.c — the bench's deterministic generator of realistic synthetic data.
 *
 *   gen SIZE SEED OUTDIR      SIZE: tiny | small | medium | full
 *
 * writes into OUTDIR:
 *   units.csv     kod;namn;typ;förälder: Riket, kommuner (parent Riket),
 *                 schools (parent their kommun), as Skolverket lists them
 *   results.csv   indikator;enhet;år;kön;värde;antal in Kolada's order
 *                 (indicator, unit, year, group T/K/M), decimal commas, the
 *                 number of pupils, and the missing values real tables have:
 *                 rows absent (schools opened later, gaps), ".." too few
 *                 pupils (mostly girls/boys of small schools), "." no data,
 *                 "~100" for a share that leaves out 1–4 pupils
 *   plan.ska      the check plan: every indicator declared, goals mixing
 *                 every kind of target (threshold, change, trend, gap, mean,
 *                 rank, spread over units) and rules per school/kommun
 *   plan.spec     the same targets and rules as tab-separated lines, read by
 *                 limit_check.c and pandas_check.py (they compute the same
 *                 verdicts without parsing ska)
 *   plan-N.ska, plan-N.spec   the same kind of plan with N goals (100 and
 *                 10 000, beside plan.ska's 1 000; not for tiny): how check
 *                 time grows with the plan, against the same SQL
 *   parse.ska     a much larger plan of the same shape (ska --syntax-only)
 *   parse.lua     the same plan written as Lua code (luac -p)
 *   repl.ska      the indicators with Riket as the organiser (latency.c)
 *   whole.ska     a plan over the whole store: Riket as the organiser, two
 *                 rules per indicator (for each school, for each kommun)
 *                 whose trend, gap, rank and mean read every unit, period
 *                 and group; limit_scan.c scans the same rows once
 *   sizes.env     counts as shell assignments (rows=…, goals=…)
 *
 * Every value is a pure function of (seed, indicator, unit, year, group)
 * through a counter-based hash, so the output does not depend on the order
 * of generation and the plan's bounds can be set near the organiser's real
 * values: the verdicts come out as a realistic mix of achieved, partly,
 * failed and no data. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_YEAR 2015
#define NYEARS 10
#define PLAN_YEAR (FIRST_YEAR + NYEARS - 1)

typedef struct Size {
    const char *name;
    int nind, nkommun, nschool, org_schools; /* units = 1 + nkommun + nschool */
    int ngoals, nrules, parse_goals;
} Size;

/* parse plans stay under ska's 64 MiB limit on a plan (src/parse.c):
 * 100 000 goals are ~27 MiB */
static const Size sizes[] = {
    {"tiny", 20, 10, 49, 20, 60, 6, 2000},
    {"small", 100, 50, 283, 60, 1000, 30, 100000},
    {"medium", 150, 160, 989, 90, 1000, 30, 100000}, /* ~5 M rows */
    {"full", 300, 290, 1709, 120, 1000, 30, 100000},
};

/* ---- the hash every random choice comes from ---- */

static uint64_t g_seed;

static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull; /* splitmix64's finaliser */
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

enum Salt {
    S_IMEAN = 1, S_ITREND, S_IGAP, S_UEFF, S_UTREND, S_UGAP, S_NOISE, S_GNOISE, S_START,
    S_ABSENT, S_TOOFEW, S_NODATA, S_NEAR, S_PARENT, S_GOAL, S_RULE, S_PUPILS
};

static uint64_t hash(enum Salt salt, uint64_t a, uint64_t b, uint64_t c)
{
    return mix(mix(mix(mix(g_seed ^ (uint64_t)salt) ^ a) ^ b) ^ c);
}

static double unif(uint64_t h) { return (double)(h >> 11) * 0x1p-53; }

/* A standard normal, approximately: four 16-bit uniforms summed (Irwin–Hall),
 * cheap and bounded (|z| < 3.5), which suits values that are clamped anyway. */
static double normal(uint64_t h)
{
    double s = 0;
    for (int i = 0; i < 4; i++) s += (double)((h >> (16 * i)) & 0xffff) / 65536.0;
    return (s - 2.0) * 1.7320508075688772;
}

/* ---- indicators ---- */

typedef enum Scale { PCT, PTS, GRADE, CNT, KR } Scale;

typedef struct Stem {
    const char *name, *ascii, *title;
    Scale scale;
    int dir; /* +1 higher is better, -1 lower */
    double mean, sd, lo, hi;
    int decimals;
} Stem;

static const Stem stems[] = {
    {"meritvärde", "meritvarde", "Meritvärde åk 9 (17 ämnen)", PTS, 1, 225, 22, 0, 340, 1},
    {"behöriga_yrkes", "behoriga_yrkes", "Andel behöriga till yrkesprogram", PCT, 1, 86, 7, 0, 100, 1},
    {"legitimerade_lärare", "legitimerade_larare", "Andel lärare med legitimation", PCT, 1, 95, 4, 0, 100, 1},
    {"hög_frånvaro", "hog_franvaro", "Andel elever med hög frånvaro", PCT, -1, 9, 3, 0, 100, 1},
    {"nöjdhet", "nojdhet", "Nöjdhet med skolan (skattning 1–5)", GRADE, 1, 3.7, 0.35, 1, 5, 2},
    {"kostnad_per_elev", "kostnad_per_elev", "Kostnad per elev, kr", KR, -1, 118000, 11000, 0, 1e7, 0},
    {"elever_per_lärare", "elever_per_larare", "Elever per lärare (heltid)", CNT, -1, 12.2, 1.4, 1, 100, 1},
    {"trygghet", "trygghet", "Andel elever som känner sig trygga", PCT, 1, 84, 6, 0, 100, 1},
    {"godkänt_alla", "godkant_alla", "Andel med godkänt i alla ämnen", PCT, 1, 75, 8, 0, 100, 1},
    {"examen_4_år", "examen_4_ar", "Andel med examen inom 4 år", PCT, 1, 71, 7, 0, 100, 1},
    {"matematik_poäng", "matematik_poang", "Genomsnittlig betygspoäng i matematik", PTS, 1, 12.5, 1.3, 0, 20, 1},
    {"studiero", "studiero", "Andel som upplever studiero på lektionerna", PCT, 1, 72, 8, 0, 100, 1},
    {"förskola_inskrivna", "forskola_inskrivna", "Andel inskrivna barn 1–5 år i förskola", PCT, 1, 96, 3, 0, 100, 1},
};
#define NSTEMS ((int)(sizeof stems / sizeof stems[0]))

static const Stem *stem_of(int ind) { return &stems[ind % NSTEMS]; }

static void ind_name(int ind, char *buf, size_t n, int ascii)
{
    const Stem *s = stem_of(ind);
    snprintf(buf, n, "%s_%d", ascii ? s->ascii : s->name, ind / NSTEMS + 1);
}

static void ind_key(int ind, char *buf, size_t n) { snprintf(buf, n, "N%05d", 15000 + ind); }

/* ---- units: 0 Riket, 1..nk kommuner (1 is the plan's organiser), then schools ---- */

static const char *const name_head[] = {
    "Ek", "Björk", "Sand", "Berg", "Lund", "Sjö", "Norr", "Sö", "Väster", "Öster",
    "Stor", "Lill", "Hög", "Ny", "Gran", "Tall", "Ås", "Dal", "Holm", "Vik"};
static const char *const name_tail[] = {
    "by", "sala", "köping", "hamn", "vik", "torp", "åsen", "berga", "stad", "holm",
    "dal", "fors", "näs", "lunda", "ryd"};

typedef struct World {
    const Size *sz;
    int nunits;
    int *parent;        /* unit -> parent unit, -1 for Riket */
    int *start;         /* unit -> first year index with data */
    char (*code)[12];
    char (*name)[48];
    int *org_school;    /* the organiser's schools */
    int norg_school;
} World;

static int is_kommun(const World *w, int u) { return u >= 1 && u <= w->sz->nkommun; }
static int is_school(const World *w, int u) { return u > w->sz->nkommun; }

static void world_build(World *w, const Size *sz)
{
    w->sz = sz;
    w->nunits = 1 + sz->nkommun + sz->nschool;
    w->parent = calloc((size_t)w->nunits, sizeof *w->parent);
    w->start = calloc((size_t)w->nunits, sizeof *w->start);
    w->code = calloc((size_t)w->nunits, sizeof *w->code);
    w->name = calloc((size_t)w->nunits, sizeof *w->name);
    w->org_school = calloc((size_t)sz->nschool, sizeof *w->org_school);
    int *seq = calloc((size_t)sz->nkommun + 1, sizeof *seq);
    snprintf(w->code[0], sizeof w->code[0], "0000");
    snprintf(w->name[0], sizeof w->name[0], "Riket");
    w->parent[0] = -1;
    for (int k = 1; k <= sz->nkommun; k++) {
        int i = k - 1; /* 20 × 15 = 300 distinct names, enough for 290 kommuner */
        snprintf(w->code[k], sizeof w->code[k], "%04d", 180 + 7 * i);
        snprintf(w->name[k], sizeof w->name[k], "%s%s", name_head[i % 20], name_tail[i / 20 % 15]);
        w->parent[k] = 0;
    }
    for (int s = 0; s < sz->nschool; s++) {
        int u = 1 + sz->nkommun + s;
        /* the organiser has a large share, the rest spread unevenly */
        int k = s < sz->org_schools ? 1 : 2 + (int)(hash(S_PARENT, (uint64_t)s, 0, 0) % (uint64_t)(sz->nkommun - 1));
        w->parent[u] = k;
        snprintf(w->code[u], sizeof w->code[u], "%08d", 20000000 + 37 * s);
        char name[48];
        snprintf(name, sizeof name, "%s skola %d", w->name[k], ++seq[k]);
        memcpy(w->name[u], name, sizeof name);
        uint64_t h = hash(S_START, (uint64_t)u, 0, 0);
        w->start[u] = unif(h) < 0.12 ? 1 + (int)(h % 6) : 0; /* opened after the first year */
        if (k == 1) w->org_school[w->norg_school++] = u;
    }
    free(seq);
}

/* ---- values ---- */

typedef enum Status { V_OK, V_TOOFEW, V_NODATA, V_NEAR100, V_ABSENT } Status;

typedef struct Val {
    Status st;
    long scaled;    /* value × 10^decimals, for V_OK */
    double v;       /* the same as a number */
    long pupils;    /* how many the value is about; published with V_OK and V_NEAR100 */
} Val;

static double clamp(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

/* The national level of an indicator: its stem's, shifted per indicator. */
static double ind_mean(int ind)
{
    const Stem *s = stem_of(ind);
    return s->mean + s->sd * 0.3 * normal(hash(S_IMEAN, (uint64_t)ind, 0, 0));
}

/* Pupils of unit u in year y, group g (the year group a result is about). */
static long pupils_of(const World *w, int u, int y, int g)
{
    uint64_t h = hash(S_PUPILS, (uint64_t)u, 0, 0);
    double base = u == 0 ? 115000 : is_kommun(w, u) ? 150 + (double)(h % 6000) : 20 + (double)(h % 140);
    double total = round(base * (0.9 + 0.2 * unif(hash(S_PUPILS, (uint64_t)u, (uint64_t)y, 1))));
    double girls = round(total * (0.46 + 0.08 * unif(hash(S_PUPILS, (uint64_t)u, (uint64_t)y, 2))));
    return (long)(g == 0 ? total : g == 1 ? girls : total - girls);
}

/* The value of indicator ind for unit u, year index y (0 = FIRST_YEAR), group g. */
static Val value_of(const World *w, int ind, int u, int y, int g)
{
    const Stem *s = stem_of(ind);
    Val r = {V_OK, 0, 0, pupils_of(w, u, y, g)};
    uint64_t iu = (uint64_t)ind << 20 | (uint64_t)u, cell = (uint64_t)y * 3 + (uint64_t)g;
    if (y < w->start[u] || unif(hash(S_ABSENT, iu, cell, 0)) < 0.004) {
        r.st = V_ABSENT;
        return r;
    }
    int school = is_school(w, u), kommun = is_kommun(w, u);
    double ueff = school ? 0.7 : kommun ? 0.4 : 0, noise = school ? 0.25 : kommun ? 0.12 : 0.03;
    double mean = ind_mean(ind);
    double trend = s->sd * 0.04 * normal(hash(S_ITREND, (uint64_t)ind, 0, 0)) +
                   (u ? s->sd * 0.03 * normal(hash(S_UTREND, iu, 0, 0)) : 0);
    double x = mean + s->sd * ueff * normal(hash(S_UEFF, iu, 0, 0)) + trend * (y - 4.5) +
               s->sd * noise * normal(hash(S_NOISE, iu, (uint64_t)y, 0));
    if (g) {
        double gap = s->sd * 0.35 * normal(hash(S_IGAP, (uint64_t)ind, 0, 0)) +
                     s->sd * 0.2 * normal(hash(S_UGAP, iu, 0, 0));
        x += (g == 1 ? 0.5 : -0.5) * gap + s->sd * 0.1 * normal(hash(S_GNOISE, iu, cell, 0));
    }
    double p_toofew = school ? (g ? 0.05 : 0.015) : kommun && g ? 0.005 : 0;
    if (unif(hash(S_TOOFEW, iu, cell, 0)) < p_toofew) {
        r.st = V_TOOFEW;
        return r;
    }
    if (unif(hash(S_NODATA, iu, cell, 0)) < 0.008) {
        r.st = V_NODATA;
        return r;
    }
    double unit = s->decimals == 0 ? 1 : s->decimals == 1 ? 10 : 100;
    r.scaled = lround(clamp(x, s->lo, s->hi) * unit);
    r.v = (double)r.scaled / unit;
    /* Skolverket writes "~100" when 1–4 of the pupils are not counted in a share */
    long left_out = lround((double)r.pupils * (100 - r.v) / 100);
    if (s->scale == PCT && r.v >= 90 && left_out >= 1 && left_out <= 4 && unif(hash(S_NEAR, iu, cell, 0)) < 0.85)
        r.st = V_NEAR100;
    return r;
}

/* ---- buffered output ---- */

typedef struct Out {
    FILE *f;
    char *buf;
    size_t n, cap;
} Out;

static void out_open(Out *o, const char *dir, const char *file)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    o->f = fopen(path, "w");
    if (!o->f) {
        perror(path);
        exit(2);
    }
    o->cap = 1 << 20;
    o->buf = malloc(o->cap);
    o->n = 0;
}

static void out_flush(Out *o)
{
    if (o->n && fwrite(o->buf, 1, o->n, o->f) != o->n) {
        perror("gen: write");
        exit(2);
    }
    o->n = 0;
}

static void out_put(Out *o, const char *s, size_t n)
{
    if (o->n + n > o->cap) out_flush(o);
    if (n > o->cap) {
        fwrite(s, 1, n, o->f);
        return;
    }
    memcpy(o->buf + o->n, s, n);
    o->n += n;
}

static void out_str(Out *o, const char *s) { out_put(o, s, strlen(s)); }

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...)
{
    char tmp[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    out_put(o, tmp, (size_t)(n < (int)sizeof tmp ? n : (int)sizeof tmp - 1));
}

static void out_close(Out *o)
{
    out_flush(o);
    if (fclose(o->f) != 0) {
        perror("gen: close");
        exit(2);
    }
    free(o->buf);
}

/* A number with a decimal comma, as Swedish tables write it. */
static void put_scaled(Out *o, long scaled, int decimals)
{
    char tmp[32];
    int n;
    if (decimals == 0) n = snprintf(tmp, sizeof tmp, "%ld", scaled);
    else {
        long unit = decimals == 1 ? 10 : 100, a = labs(scaled);
        n = snprintf(tmp, sizeof tmp, "%s%ld,%0*ld", scaled < 0 ? "-" : "", a / unit, decimals, a % unit);
    }
    out_put(o, tmp, (size_t)n);
}

/* ---- data files ---- */

static void write_units(const World *w, const char *dir)
{
    static const char *const kinds[] = {"riket", "kommun", "school"};
    Out o;
    out_open(&o, dir, "units.csv");
    out_str(&o, "kod;namn;typ;förälder\n");
    for (int u = 0; u < w->nunits; u++)
        out_printf(&o, "%s;%s;%s;%s\n", w->code[u], w->name[u],
                   kinds[u == 0 ? 0 : is_kommun(w, u) ? 1 : 2], u ? w->code[w->parent[u]] : "");
    out_close(&o);
}

static long write_results(const World *w, const char *dir)
{
    static const char *const grp[] = {"T", "K", "M"};
    static const char *const mark[] = {"", "..", ".", "~100"};
    Out o;
    long rows = 0;
    out_open(&o, dir, "results.csv");
    out_str(&o, "indikator;enhet;år;kön;värde;antal\n");
    for (int i = 0; i < w->sz->nind; i++) {
        char key[16];
        ind_key(i, key, sizeof key);
        int dec = stem_of(i)->decimals;
        for (int u = 0; u < w->nunits; u++)
            for (int y = 0; y < NYEARS; y++)
                for (int g = 0; g < 3; g++) {
                    Val v = value_of(w, i, u, y, g);
                    if (v.st == V_ABSENT) continue;
                    char head[64];
                    int n = snprintf(head, sizeof head, "%s;%s;%d;%s;", key, w->code[u], FIRST_YEAR + y, grp[g]);
                    out_put(&o, head, (size_t)n);
                    if (v.st == V_OK) put_scaled(&o, v.scaled, dec);
                    else out_str(&o, mark[v.st]);
                    if (v.st == V_OK || v.st == V_NEAR100) out_printf(&o, ";%ld\n", v.pupils);
                    else out_put(&o, ";\n", 2);
                    rows++;
                }
    }
    out_close(&o);
    return rows;
}

/* ---- plans ---- */

typedef enum Kind { K_THRESHOLD, K_CHANGE, K_TREND, K_GAP, K_MEAN, K_RANK, K_SPREAD, K_COUNT } Kind;
static const char *const kind_names[] = {"threshold", "change", "trend", "gap", "mean", "rank", "spread"};

/* One target, in the terms plan.spec and both syntaxes need. */
typedef struct Target {
    Kind kind;
    int ind, grp;        /* grp: 0 totalt, 1 flickor, 2 pojkar (thresholds only) */
    int unit;            /* the unit (thresholds: the organiser or one of its schools) */
    const char *op, *pop; /* pop NULL: no partly */
    double bound, pbound; /* for K_MEAN: offsets added to the mean */
    int from;            /* K_TREND: first year of the range */
} Target;

typedef struct Rule {
    int scope_kommun;
    int wind;            /* -1: no `when` */
    const char *wop, *rop;
    double wbound, rbound;
    int rind;
} Rule;

static double round_to(double x, double unit) { return round(x / unit) * unit; }

/* Writes x so that ska, C's strtod and Python's float read the same double:
 * the shortest exact decimal of a value already rounded to 0.01. */
static void fmt_num(char *buf, size_t n, double x, int comma)
{
    snprintf(buf, n, "%.2f", x);
    char *p = buf + strlen(buf);
    while (p[-1] == '0') *--p = 0;
    if (p[-1] == '.') *--p = 0;
    if (comma) {
        char *dot = strchr(buf, '.');
        if (dot) *dot = ',';
    }
}

static const char *higher_op(int dir) { return dir > 0 ? ">=" : "<="; }

/* A target of goal g (number t), with bounds near the organiser's values. */
static Target make_target(const World *w, uint64_t g, int t)
{
    uint64_t h = hash(S_GOAL, g, (uint64_t)t, 0);
    Target x = {(Kind)(h % K_COUNT), (int)((h >> 8) % (uint64_t)w->sz->nind), 0, 1, NULL, NULL, 0, 0, 0};
    const Stem *s = stem_of(x.ind);
    double u1 = unif(hash(S_GOAL, g, (uint64_t)t, 1)), u2 = unif(hash(S_GOAL, g, (uint64_t)t, 2));
    int partly = u2 < 0.8, dir = s->dir;
    double unit = s->decimals == 2 ? 0.01 : s->decimals == 0 ? 1 : 0.1;
    switch (x.kind) {
    case K_THRESHOLD: {
        double u3 = unif(hash(S_GOAL, g, (uint64_t)t, 3));
        x.grp = u2 < 0.15 ? 1 : u2 < 0.3 ? 2 : 0;
        if (u3 < 0.25) x.unit = w->org_school[(h >> 32) % (uint64_t)w->norg_school]; /* a school's own target */
        Val v = value_of(w, x.ind, x.unit, NYEARS - 1, x.grp);
        double now = v.st == V_OK ? v.v : v.st == V_NEAR100 ? 97 : s->mean;
        x.op = higher_op(dir);
        if (s->scale == PCT && s->mean > 90 && u1 < 0.3) {
            x.bound = 97; /* inside what "~100" of 30–130 pupils may be: not settled */
            x.pbound = 95;
        } else {
            x.bound = round_to(now + dir * s->sd * (u1 - 0.5), unit);
            x.pbound = round_to(x.bound - dir * s->sd * 0.4, unit);
        }
        break;
    }
    case K_CHANGE:
        x.op = dir > 0 ? ">" : "<";
        x.bound = 0;
        x.pbound = round_to(-dir * s->sd * 0.1, unit);
        break;
    case K_TREND:
        x.op = dir > 0 ? ">" : "<";
        x.from = PLAN_YEAR - 3 - (int)(u1 * 4);
        x.bound = 0;
        x.pbound = round_to(-dir * s->sd * 0.03, 0.01);
        break;
    case K_GAP: {
        Val a = value_of(w, x.ind, 1, NYEARS - 1, 1), b = value_of(w, x.ind, 1, NYEARS - 1, 2);
        double now = a.st == V_OK && b.st == V_OK ? fabs(a.v - b.v) : s->sd * 0.3;
        x.op = "<=";
        x.bound = round_to(fmax(unit, now + s->sd * (u1 - 0.4) * 0.5), unit);
        x.pbound = round_to(x.bound + s->sd * 0.3, unit);
        break;
    }
    case K_MEAN:
        x.op = higher_op(dir);
        x.bound = 0;
        x.pbound = round_to(-dir * s->sd * 0.3, unit);
        break;
    case K_RANK: {
        int nk = w->sz->nkommun;
        x.op = "<=";
        x.bound = 1 + (int)(u1 * nk / 2);
        x.pbound = x.bound + nk / 4;
        break;
    }
    case K_SPREAD:
        x.op = "<=";
        x.bound = round_to(s->sd * (1.0 + 2.0 * u1), unit);
        x.pbound = round_to(x.bound * 1.5, unit);
        break;
    default:
        break;
    }
    x.pop = partly ? x.op : NULL; /* 80 % have a weaker `partly` bound */
    return x;
}

static Rule make_rule(const World *w, int r)
{
    uint64_t h = hash(S_RULE, (uint64_t)r, 0, 0);
    Rule x;
    x.scope_kommun = h % 10 < 3;
    x.wind = unif(hash(S_RULE, (uint64_t)r, 1, 0)) < 0.5 ? (int)((h >> 8) % (uint64_t)w->sz->nind) : -1;
    x.rind = (int)((h >> 24) % (uint64_t)w->sz->nind);
    if (x.wind >= 0) {
        const Stem *s = stem_of(x.wind);
        double unit = s->decimals == 2 ? 0.01 : s->decimals == 0 ? 1 : 0.1;
        /* "when it is worse than usual" */
        x.wop = s->dir > 0 ? "<" : ">";
        x.wbound = round_to(ind_mean(x.wind) - s->dir * s->sd * 0.3, unit);
    }
    const Stem *s = stem_of(x.rind);
    double unit = s->decimals == 2 ? 0.01 : s->decimals == 0 ? 1 : 0.1;
    x.rop = higher_op(s->dir);
    x.rbound = round_to(ind_mean(x.rind) - s->dir * s->sd * (0.6 + unif(hash(S_RULE, (uint64_t)r, 2, 0))), unit);
    return x;
}

static const char *const areas[] = {"Kunskap och lärande", "Trygghet och studiero", "Likvärdighet",
                                    "Personal och kompetens", "Resurser och organisation"};
static const char *const owners[] = {"Utbildningsdirektör", "Grundskolechef", "Gymnasiechef",
                                     "Förskolechef", "Rektor", "Ekonomichef", "HR-chef"};
static const char *const levels[] = {"huvudman", "förvaltning", "enhet"};
static const char *const group_word[] = {"", "flickor", "pojkar"};

/* The left side of a target, in ska (lua = 0) or Lua syntax. */
static void target_lhs(char *buf, size_t n, const World *w, const Target *x, int lua)
{
    char name[64], unit[32] = "";
    ind_name(x->ind, name, sizeof name, lua);
    const char *q = lua ? "\"" : ""; /* Lua has no bare group / unit-set words */
    switch (x->kind) {
    case K_THRESHOLD:
        if (x->unit != 1) snprintf(unit, sizeof unit, "\"%s\"", w->code[x->unit]);
        if (lua && x->grp && *unit) snprintf(buf, n, "%s[%s][\"%s\"]", name, unit, group_word[x->grp]);
        else if (x->grp && *unit) snprintf(buf, n, "%s[%s, %s]", name, unit, group_word[x->grp]);
        else if (x->grp) snprintf(buf, n, "%s[%s%s%s]", name, q, group_word[x->grp], q);
        else if (*unit) snprintf(buf, n, "%s[%s]", name, unit);
        else snprintf(buf, n, "%s", name);
        break;
    case K_MEAN: snprintf(buf, n, "%s", name); break;
    case K_CHANGE: snprintf(buf, n, "change(%s)", name); break;
    case K_TREND:
        if (lua) snprintf(buf, n, "trend(%s, range(%d, %d))", name, x->from, PLAN_YEAR);
        else snprintf(buf, n, "trend(%s, %d..%d)", name, x->from, PLAN_YEAR);
        break;
    case K_GAP: snprintf(buf, n, "gap(%s, %sflickor%s, %spojkar%s)", name, q, q, q, q); break;
    case K_RANK: snprintf(buf, n, "rank(%s, %skommuner%s)", name, q, q); break;
    case K_SPREAD: snprintf(buf, n, "spread(%s, %sskolor%s)", name, q, q); break;
    default: buf[0] = 0;
    }
}

/* The right side: a bound, or for K_MEAN the mean plus an offset. */
static void target_rhs(char *buf, size_t n, const Target *x, double bound, int lua)
{
    char num[32], name[64];
    if (x->kind != K_MEAN) {
        fmt_num(num, sizeof num, bound, !lua);
        snprintf(buf, n, "%s", num);
        return;
    }
    ind_name(x->ind, name, sizeof name, lua);
    const char *q = lua ? "\"" : "";
    fmt_num(num, sizeof num, fabs(bound), !lua);
    if (bound == 0) snprintf(buf, n, "mean(%s, %skommuner%s)", name, q, q);
    else snprintf(buf, n, "mean(%s, %skommuner%s) %c %s", name, q, q, bound < 0 ? '-' : '+', num);
}

static void write_indicators(Out *o, int nind, int lua)
{
    static const char *const scale_text[] = {"percent", "points", "grade", "count", "kronor"};
    for (int i = 0; i < nind; i++) {
        const Stem *s = stem_of(i);
        char name[64], key[16];
        ind_name(i, name, sizeof name, lua);
        ind_key(i, key, sizeof key);
        if (lua) {
            out_printf(o, "indicator { name = \"%s\", title = \"%s (serie %d)\", scale = \"%s\", "
                          "better = \"%s\", source = \"kolada:%s\" }\n",
                       name, s->title, i / NSTEMS + 1, scale_text[s->scale], s->dir > 0 ? "higher" : "lower", key);
            continue;
        }
        out_printf(o, "indicator %s \"%s (serie %d)\" {\n  scale %s", name, s->title, i / NSTEMS + 1,
                   scale_text[s->scale]);
        if (s->scale == PTS) out_printf(o, " %g..%g", s->lo, s->hi);
        out_printf(o, "\n  %s is better\n  source \"kolada:%s\"\n}\n", s->dir > 0 ? "higher" : "lower", key);
    }
}

static void write_header(Out *o, const World *w, int lua, int repl)
{
    int u = repl ? 0 : 1;
    const char *org = repl ? "Skolverket" : w->name[1];
    if (lua)
        out_printf(o, "-- generated by bench/gen.c: the same plan as parse.ska, in Lua syntax\n"
                      "plan { title = \"Plan för systematiskt kvalitetsarbete %d\", organiser = \"%s kommun\", "
                      "unit = \"%s\", period = %d }\n", PLAN_YEAR, org, w->code[u], PLAN_YEAR);
    else
        out_printf(o, "# generated by bench/gen.c\nplan \"Plan för systematiskt kvalitetsarbete %d\" {\n"
                      "  organiser \"%s%s\"\n  unit \"%s\"\n  period %d\n}\n\n",
                   PLAN_YEAR, org, repl ? "" : " kommun", w->code[u], PLAN_YEAR);
}

/* Goals (and a measure every 20 goals) in ska or Lua; spec gets the targets. */
static long write_goals(Out *o, Out *spec, const World *w, int ngoals, int idwidth, int lua)
{
    long ntargets = 0;
    for (int g = 0; g < ngoals; g++) {
        uint64_t h = hash(S_GOAL, (uint64_t)g, 99, 0);
        char id[16];
        snprintf(id, sizeof id, "G%0*d", idwidth, g + 1);
        int nt = 1 + (int)(h % 3);
        Target first = make_target(w, (uint64_t)g, 0);
        const char *area = areas[g % 5], *owner = owners[(h >> 8) % 7], *level = levels[(h >> 16) % 3];
        if (lua)
            out_printf(o, "goal { id = \"%s\", title = \"%s ska förbättras\", area = \"%s\", owner = \"%s\", "
                          "level = \"%s\",\n", id, stem_of(first.ind)->title, area, owner, level);
        else
            out_printf(o, "goal %s \"%s ska förbättras\" {\n  area \"%s\"\n  owner \"%s\"\n  level %s\n",
                       id, stem_of(first.ind)->title, area, owner, level);
        for (int t = 0; t < nt; t++) {
            Target x = make_target(w, (uint64_t)g, t);
            char lhs[128], rhs[128], prhs[128];
            target_lhs(lhs, sizeof lhs, w, &x, lua);
            target_rhs(rhs, sizeof rhs, &x, x.bound, lua);
            target_rhs(prhs, sizeof prhs, &x, x.pbound, lua);
            if (lua) {
                out_printf(o, "  target { %s %s %s", lhs, x.op, rhs);
                if (x.pop) out_printf(o, ", partly = %s %s %s", lhs, x.pop, prhs);
                out_str(o, " },\n");
            } else {
                out_printf(o, "  target %s %s %s", lhs, x.op, rhs);
                /* `partly >= b` reuses the left side; with a unit selector
                 * the left side is written out again (see bench/README.md) */
                if (x.pop && x.unit != 1) out_printf(o, " partly %s %s %s", lhs, x.pop, prhs);
                else if (x.pop) out_printf(o, " partly %s %s", x.pop, prhs);
                out_str(o, "\n");
            }
            ntargets++;
            if (spec) {
                char key[16], b[32], pb[32];
                ind_key(x.ind, key, sizeof key);
                fmt_num(b, sizeof b, x.bound, 0);
                fmt_num(pb, sizeof pb, x.pbound, 0);
                out_printf(spec, "T\t%s\t%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%d\n", id, t + 1,
                           kind_names[x.kind], key, w->code[x.unit], x.grp, stem_of(x.ind)->dir, x.op, b,
                           x.pop ? x.pop : "-", x.pop ? pb : "-", x.kind == K_TREND ? x.from * 10 : 0);
            }
        }
        out_str(o, lua ? "}\n" : "}\n");
        if (g % 20 == 19) {
            char mid[16];
            snprintf(mid, sizeof mid, "M%0*d", idwidth, g / 20 + 1);
            if (lua)
                out_printf(o, "measure { id = \"%s\", title = \"Insats för %s\", goals = { \"%s\" }, owner = \"%s\", "
                              "from = \"ht%d\", to = \"vt%d\", cost = { 250, \"tkr\" }, "
                              "followup = { \"dialogsamtal\", every = \"term\" } }\n",
                           mid, id, id, owner, PLAN_YEAR - 1, PLAN_YEAR);
            else
                out_printf(o, "measure %s \"Insats för %s\" {\n  goals %s\n  owner \"%s\"\n  from ht%d to vt%d\n"
                              "  cost 250 tkr\n  followup \"dialogsamtal\" every term\n}\n",
                           mid, id, id, owner, PLAN_YEAR - 1, PLAN_YEAR);
        }
    }
    return ntargets;
}

static void write_rules(Out *o, Out *spec, const World *w, int nrules, int lua)
{
    for (int r = 0; r < nrules; r++) {
        Rule x = make_rule(w, r);
        char wname[64], rname[64], wb[32], rb[32], wkey[16] = "-", rkey[16];
        ind_name(x.rind, rname, sizeof rname, lua);
        ind_key(x.rind, rkey, sizeof rkey);
        fmt_num(rb, sizeof rb, x.rbound, !lua);
        const char *scope = x.scope_kommun ? "kommun" : "school";
        if (lua) out_printf(o, "rule { id = \"R%02d\", title = \"Uppföljning %d\", for_each = \"%s\"", r + 1, r + 1, scope);
        else out_printf(o, "rule R%02d \"Uppföljning %d\" {\n  for each %s\n", r + 1, r + 1, scope);
        if (x.wind >= 0) {
            ind_name(x.wind, wname, sizeof wname, lua);
            ind_key(x.wind, wkey, sizeof wkey);
            fmt_num(wb, sizeof wb, x.wbound, !lua);
            if (lua) out_printf(o, ", when = %s %s %s", wname, x.wop, wb);
            else out_printf(o, "  when %s %s %s\n", wname, x.wop, wb);
        }
        if (lua) out_printf(o, ", require = %s %s %s }\n", rname, x.rop, rb);
        else out_printf(o, "  require %s %s %s\n}\n", rname, x.rop, rb);
        if (spec) {
            fmt_num(rb, sizeof rb, x.rbound, 0);
            if (x.wind >= 0) fmt_num(wb, sizeof wb, x.wbound, 0);
            out_printf(spec, "R\tR%02d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r + 1, scope, wkey,
                       x.wind >= 0 ? x.wop : "-", x.wind >= 0 ? wb : "-", rkey, x.rop, rb);
        }
    }
}

/* whole.ska: every row of the store read by rules a national follow-up
 * would write (bench/README.md): a trend of each unit over every period,
 * of its gap between girls and boys, its rank and the mean over the set. */
static void write_whole(const World *w, const char *dir)
{
    Out o;
    out_open(&o, dir, "whole.ska");
    write_header(&o, w, 0, 1);
    write_indicators(&o, w->sz->nind, 0);
    static const struct { const char *scope, *set, *tag; } scopes[] = {
        {"school", "skolor", "S"}, {"kommun", "kommuner", "K"}};
    for (int i = 0; i < w->sz->nind; i++) {
        char name[64];
        ind_name(i, name, sizeof name, 0);
        int up = stem_of(i)->dir > 0;
        for (int s = 0; s < 2; s++)
            out_printf(&o, "rule W%03d%s \"%s: hela riket\" {\n  for each %s\n"
                           "  when trend(%s, %d..%d) %s 0 or trend(gap(%s, flickor, pojkar), %d..%d) > 0\n"
                           "  require rank(%s, %s) <= %d or %s %s mean(%s, %s)\n}\n",
                       i + 1, scopes[s].tag, name, scopes[s].scope, name, FIRST_YEAR, PLAN_YEAR,
                       up ? "<" : ">", name, FIRST_YEAR, PLAN_YEAR, name, scopes[s].set,
                       (s ? w->sz->nkommun : w->sz->nschool) / 2, name, higher_op(up ? 1 : -1), name,
                       scopes[s].set);
    }
    out_close(&o);
}

static long write_plan(const World *w, const char *dir, const char *file, int ngoals, int idwidth,
                       int lua, const char *spec_file)
{
    Out o, spec;
    out_open(&o, dir, file);
    if (spec_file) {
        out_open(&spec, dir, spec_file);
        out_str(&spec, "# plan.spec: the targets and rules of plan.ska, for limit_check and pandas_check\n");
        out_printf(&spec, "P\t%d\t%d\t%s\n", PLAN_YEAR * 10, (PLAN_YEAR - 1) * 10, w->code[1]);
    }
    write_header(&o, w, lua, 0);
    write_indicators(&o, w->sz->nind, lua);
    if (!lua) out_str(&o, "\n");
    long nt = write_goals(&o, spec_file ? &spec : NULL, w, ngoals, idwidth, lua);
    write_rules(&o, spec_file ? &spec : NULL, w, w->sz->nrules, lua);
    out_close(&o);
    if (spec_file) out_close(&spec);
    return nt;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen tiny|small|medium|full SEED OUTDIR\n");
        return 2;
    }
    const Size *sz = NULL;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        if (strcmp(argv[1], sizes[i].name) == 0) sz = &sizes[i];
    if (!sz) {
        fprintf(stderr, "gen: unknown size '%s' (expected tiny, small, medium or full)\n", argv[1]);
        return 2;
    }
    g_seed = strtoull(argv[2], NULL, 10);
    const char *dir = argv[3];
    World w = {0};
    world_build(&w, sz);
    write_units(&w, dir);
    long rows = write_results(&w, dir);
    long targets = write_plan(&w, dir, "plan.ska", sz->ngoals, 5, 0, "plan.spec");
    /* the goals of a smaller plan are the first of a larger one's */
    static const int more_goals[] = {100, 10000};
    const char *more = strcmp(sz->name, "tiny") != 0 ? "100 10000" : "";
    for (size_t i = 0; *more && i < sizeof more_goals / sizeof more_goals[0]; i++) {
        char ska[32], spec[32];
        snprintf(ska, sizeof ska, "plan-%d.ska", more_goals[i]);
        snprintf(spec, sizeof spec, "plan-%d.spec", more_goals[i]);
        write_plan(&w, dir, ska, more_goals[i], 5, 0, spec);
    }
    write_plan(&w, dir, "parse.ska", sz->parse_goals, 6, 0, NULL);
    write_plan(&w, dir, "parse.lua", sz->parse_goals, 6, 1, NULL);
    Out o;
    write_whole(&w, dir);
    out_open(&o, dir, "repl.ska");
    write_header(&o, &w, 0, 1);
    write_indicators(&o, sz->nind, 0);
    out_close(&o);
    out_open(&o, dir, "sizes.env");
    out_printf(&o, "rows=%ld\nunits=%d\nkommuner=%d\nschools=%d\norg_schools=%d\nindicators=%d\n"
                   "goals=%d\ntargets=%ld\nrules=%d\nparse_goals=%d\nplan_year=%d\nmore_plans=\"%s\"\n",
               rows, w.nunits, sz->nkommun, sz->nschool, w.norg_school, sz->nind, sz->ngoals, targets,
               sz->nrules, sz->parse_goals, PLAN_YEAR, more);
    out_close(&o);
    return 0;
}
