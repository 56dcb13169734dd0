/* eval.c — judging a resolved program against the store.
 *
 * Values are scalars, vectors over a set of units (rules, `mean(x,
 * kommuner)`) or series over periods (`x[2014..2018]`). Every number is an
 * interval [lo, hi], exact except for "~100" values, so a comparison is
 * decided only where the published data settle it; a missing value carries
 * its reason and is never a pass.
 *
 * Lookups go through store.h, one prepared statement per kind of lookup;
 * the values of one indicator, group and period over a whole unit set are
 * read with one range scan and cached, so a plan that asks for the same
 * municipality-wide mean in many goals scans once. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "eval.h"
#include "unit_names.h"

const char *missing_text(Missing m)
{
    static const char *const text[] = {
        "", "no value stored", "too few pupils (..)", "no data (.)", "empty value",
        "~100 does not settle it", "no data for this indicator in the store",
        "unit not in the store", "division by zero", "too few values", "no units in the set",
        "the result overflows", "too few units with a value"};
    return (unsigned)m < sizeof text / sizeof text[0] ? text[m] : "?";
}

/* ---- caches ---- */

typedef struct UnitSet {
    const char *kind;
    int64_t parent;
    int64_t *ids;      /* ordered by name */
    size_t n;
    int64_t *sorted;   /* ids ascending, with their position in ids */
    size_t *pos;
} UnitSet;

typedef struct IndInfo {
    int64_t store_id;          /* -1 when the store has no such indicator */
    Period latest[GRP_COUNT];  /* 0 unknown, -1 none */
    Period review[GRP_COUNT];  /* the period under review in the data's kind; 0 unknown */
    Period *periods;           /* all stored periods, ascending */
    int64_t nperiods;          /* -1 until read */
} IndInfo;

/* The units a result shows, read once (plan_unit). */
typedef struct UnitCache { UnitInfo **items; size_t n, cap; } UnitCache; /* stable pointers */

/* The values of (indicator, group, period) for every unit of a set, kept
 * compact (a whole-store plan holds thousands): per unit its stored value,
 * or its number of pupils for "~100", and status (SCAN_NO_ROW: no row).
 * With set NULL, every row of (indicator, group, period), units[0..n)
 * ascending: the sets a range scan reads take their values from it, so
 * the rows are read once however many sets read them. */
typedef struct ScanKey { int64_t ind; int group; Period p; const UnitSet *set; } ScanKey;
typedef struct ScanEntry {
    ScanKey key;
    double *value;
    uint8_t *status;
    int64_t *units;   /* set NULL: the rows' units */
    size_t n, cap;
} ScanEntry;
#define SCAN_NO_ROW 0xff

struct Eval {
    Program *prog;
    Store *st;
    Period period;        /* under review, 0 = latest per indicator */
    int64_t unit;         /* the organiser's unit */
    bool failed;          /* a store error happened */
    double coverage;      /* of the target or rule being judged (Coverage) */
    StrMap ind_info;      /* indicator name -> IndInfo* */
    StrMap units;         /* unit code/name -> (int64 id + 1) stored as pointer */
    UnitSet **sets; size_t nsets, capsets;
    ScanEntry *scans; size_t nscans, capscans;
    size_t *scan_slots;   /* hash of the scans' keys: index + 1, 0 free */
    size_t nslots;        /* a power of two, over twice nscans */
    struct CallMemo *memo; size_t nmemo, capmemo; /* the rule being judged's calls */
    struct ReadBy *reads; size_t nreads;          /* eval_plan: which rule reads each
                                                   * indicator last (scans_done) */
    bool memo_on;
    EvidenceList scratch; /* the evidence of the target being judged */
    struct RankOver *ranks; size_t nranks, capranks; /* kept while per_unit > 0 */
    int per_unit;         /* eval_call_per_unit's depth */
};

typedef struct Ctx {
    Eval *ev;
    int64_t unit;          /* one unit, when set == NULL */
    const UnitSet *set;    /* evaluating for every unit of a set */
    Period period;         /* an outer choice of period, 0 = default */
    int back;              /* steps back from the chosen period */
    int group;             /* -1 = totalt */
    EvidenceList *trace;   /* where to record evidence, or NULL */
    struct Seen *seen;     /* an aggregate over a set notes what it read */
    const UnitSet *in;     /* with set == NULL: unit is in->ids[at], read from */
    size_t at;             /* scans of in (eval_call_per_unit) */
} Ctx;

/* The period and group of the first values an aggregate over a set read:
 * its evidence names them ("rank(x) över 290 kommuner, 2020, totalt"). */
typedef struct Seen { Period period; Group group; } Seen;

static Cell missing(Missing m) { return (Cell){0, 0, m, false}; }
static Cell exact(double v) { return (Cell){v, v, M_NONE, false}; }

static void store_error(Eval *ev)
{
    if (!ev->failed)
        diag_add(&ev->prog->diags, DIAG_ERROR, (SrcLoc){-1, 0, 0}, "store %s: %s",
                 store_path(ev->st), store_errmsg(ev->st));
    ev->failed = true;
}

static IndInfo *ind_info(Eval *ev, const Indicator *ind)
{
    IndInfo *ii = strmap_get(&ev->ind_info, ind->name);
    if (ii) return ii;
    ii = xcalloc(1, sizeof *ii);
    ii->nperiods = -1;
    int64_t id = store_indicator_id(ev->st, ast_indicator_key(ind));
    if (id < 0) store_error(ev);
    ii->store_id = id > 0 ? id : -1;
    strmap_put(&ev->ind_info, ind->name, ii);
    return ii;
}

static Period latest_period(Eval *ev, IndInfo *ii, int group)
{
    if (ii->store_id < 0) return 0;
    if (ii->latest[group] == 0) {
        Period p = store_latest_period(ev->st, ii->store_id, (Group)group);
        if (p < 0) store_error(ev);
        ii->latest[group] = p > 0 ? p : -1;
    }
    return ii->latest[group] > 0 ? ii->latest[group] : 0;
}

static const Period *ind_periods(Eval *ev, IndInfo *ii, int64_t *n)
{
    if (ii->nperiods < 0) {
        ii->nperiods = ii->store_id < 0 ? 0 : store_periods(ev->st, ii->store_id, &ii->periods);
        if (ii->nperiods < 0) { store_error(ev); ii->nperiods = 0; }
    }
    *n = ii->nperiods;
    return ii->periods;
}

/* Unit ids are kept in the map as id + 1 so that "not found" (0) is NULL. */
static int64_t unit_id(Eval *ev, const char *code_or_name)
{
    void *v = strmap_get(&ev->units, code_or_name);
    if (v) return (int64_t)(intptr_t)v - 1;
    int64_t id = store_unit_lookup(ev->st, code_or_name);
    if (id < 0) { store_error(ev); id = 0; }
    strmap_put(&ev->units, code_or_name, (void *)(intptr_t)(id + 1));
    return id;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* The units of a kind as seen from the organiser: its own schools, or all
 * units of that kind when the organiser is itself of that kind (peers) or
 * is the nation. */
/* The units of a declared set, in the order written, each once; a member
 * the store does not know is left out with a warning (a figure over the
 * others may pass, so the reader must hear of it). */
static int64_t declared_units(Eval *ev, const SetDecl *d, int64_t **ids)
{
    *ids = xmalloc(sizeof **ids * ((size_t)d->members.n + 1));
    int64_t n = 0;
    for (int i = 0; i < d->members.n; i++) {
        const Expr *m = d->members.items[i];
        const char *code = m->kind == E_STR ? m->u.str : ((const UnitDecl *)m->u.ref.decl)->code;
        int64_t id = unit_id(ev, code);
        if (id <= 0 && !ev->failed)
            diag_add(&ev->prog->diags, DIAG_WARNING, m->loc, "\"%s\" is not a unit in the store %s: "
                     "set '%s' is taken without it", code, store_path(ev->st), d->name);
        bool seen = id <= 0;
        for (int64_t k = 0; k < n && !seen; k++) seen = (*ids)[k] == id;
        if (!seen) (*ids)[n++] = id;
    }
    return n;
}

static const SetDecl *set_decl(const Eval *ev, const char *kind)
{
    if (strncmp(kind, AST_SET_PREFIX, strlen(AST_SET_PREFIX)) != 0) return NULL;
    for (int i = 0; i < ev->prog->sets.n; i++) {
        const SetDecl *d = ev->prog->sets.items[i];
        if (strcmp(d->key, kind) == 0) return d;
    }
    return NULL;
}

static const UnitSet *unit_set(Eval *ev, const char *kind)
{
    for (size_t i = 0; i < ev->nsets; i++)
        if (strcmp(ev->sets[i]->kind, kind) == 0) return ev->sets[i];
    int64_t parent = 0;
    UnitInfo u = {0};
    const SetDecl *decl = set_decl(ev, kind);
    if (!decl && ev->unit > 0 && store_unit_get(ev->st, ev->unit, &u) == 1) {
        if (strcmp(u.kind, kind) != 0 && strcmp(u.kind, "riket") != 0) parent = ev->unit;
        unit_info_free(&u);
    }
    UnitSet *s = xcalloc(1, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    int64_t n = decl ? declared_units(ev, decl, &s->ids) : store_units_of(ev->st, kind, parent, &s->ids);
    if (n < 0) { store_error(ev); n = 0; }
    s->n = (size_t)n;
    s->sorted = xmalloc(sizeof *s->sorted * (s->n + 1));
    s->pos = xmalloc(sizeof *s->pos * (s->n + 1));
    /* pair (id, position) sorted by id: sort ids, then find positions */
    int64_t *pairs = xmalloc(sizeof *pairs * 2 * (s->n + 1));
    for (size_t i = 0; i < s->n; i++) pairs[2 * i] = s->ids[i], pairs[2 * i + 1] = (int64_t)i;
    qsort(pairs, s->n, 2 * sizeof *pairs, cmp_i64);
    for (size_t i = 0; i < s->n; i++) s->sorted[i] = pairs[2 * i], s->pos[i] = (size_t)pairs[2 * i + 1];
    free(pairs);
    VEC_PUSH(ev->sets, ev->nsets, ev->capsets, s);
    return s;
}

static long set_position(const UnitSet *s, int64_t unit)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->sorted[mid] < unit) lo = mid + 1;
        else hi = mid;
    }
    return lo < s->n && s->sorted[lo] == unit ? (long)s->pos[lo] : -1;
}

/* The interval a published "~100" stands for (see NEAR100_MIN_PUPILS). */
static Cell near100(int64_t pupils)
{
    double n = pupils >= 5 ? (double)pupils : NEAR100_MIN_PUPILS;
    double hi = pupils >= 5 ? 100 * (n - 1) / n : 100;
    return (Cell){100 * (n - 4) / n, hi, M_NONE, true};
}

static Cell stored_cell(int found, const StoredValue *v)
{
    if (found <= 0) return missing(M_NO_ROW);
    switch (v->status) {
    case VS_OK: return exact(v->value);
    case VS_TOO_FEW: return missing(M_TOO_FEW);
    case VS_NO_DATA: return missing(M_NO_DATA);
    case VS_NULL: return missing(M_NULL);
    case VS_NEAR100: return near100(v->count);
    }
    return missing(M_NO_ROW);
}

typedef struct ScanFill { const UnitSet *set; ScanEntry *e; } ScanFill;

static void scan_put(ScanEntry *e, size_t i, const StoredValue *v)
{
    e->value[i] = v->status == VS_NEAR100 ? (double)v->count : v->value;
    e->status[i] = (uint8_t)v->status;
}

static bool scan_row(void *ctx, int64_t unit, Period p, const StoredValue *v)
{
    (void)p;
    ScanFill *f = ctx;
    ScanEntry *e = f->e;
    if (f->set) {
        long i = set_position(f->set, unit);
        if (i >= 0) scan_put(e, (size_t)i, v);
        return true;
    }
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 64;
        e->value = xrealloc(e->value, sizeof *e->value * e->cap);
        e->status = xrealloc(e->status, e->cap);
        e->units = xrealloc(e->units, sizeof *e->units * e->cap);
    }
    e->units[e->n] = unit;
    scan_put(e, e->n++, v);
    return true;
}

static void scan_free(ScanEntry *e)
{
    free(e->value);
    free(e->status);
    free(e->units);
}

/* The i-th unit's value in a scan, and its stored status (VS_NULL when it
 * has no row). */
static Cell scan_cell(const ScanEntry *se, size_t i, ValueStatus *stored)
{
    if (se->status[i] == SCAN_NO_ROW) {
        *stored = VS_NULL;
        return missing(M_NO_ROW);
    }
    StoredValue v = {se->value[i], (ValueStatus)se->status[i], (int64_t)se->value[i]};
    *stored = v.status;
    return stored_cell(1, &v);
}

static size_t scan_hash(const ScanKey *k, size_t mask)
{
    uint64_t h = (uint64_t)k->ind * 0x9E3779B97F4A7C15u ^ (uint64_t)k->p * 0xC2B2AE3D27D4EB4Fu ^
                 (uint64_t)(uintptr_t)k->set * 0x165667B19E3779F9u ^ (uint64_t)k->group;
    return (size_t)(h ^ h >> 29) & mask;
}

/* The slot of key k in the hash: where it is, or the free slot it goes in. */
static size_t scan_slot(const Eval *ev, const ScanKey *k)
{
    size_t mask = ev->nslots - 1, i = scan_hash(k, mask);
    for (; ev->scan_slots[i]; i = (i + 1) & mask) {
        const ScanKey *o = &ev->scans[ev->scan_slots[i] - 1].key;
        if (o->ind == k->ind && o->group == k->group && o->p == k->p && o->set == k->set) break;
    }
    return i;
}

static void scan_rehash(Eval *ev, size_t nslots)
{
    free(ev->scan_slots);
    ev->nslots = nslots;
    ev->scan_slots = xcalloc(nslots, sizeof *ev->scan_slots);
    for (size_t i = 0; i < ev->nscans; i++) ev->scan_slots[scan_slot(ev, &ev->scans[i].key)] = i + 1;
}

/* The cached scan of key k, or NULL. */
static const ScanEntry *scan_cached(const Eval *ev, const ScanKey *k)
{
    if (!ev->nslots) return NULL;
    size_t at = scan_slot(ev, k);
    return ev->scan_slots[at] ? &ev->scans[ev->scan_slots[at] - 1] : NULL;
}

/* Every unit's value of (ind, group, p) over a set (NULL: every row);
 * cached, found by a hash: a rule reads one per unit and period. */
static const ScanEntry *scan(Eval *ev, int64_t ind, int group, Period p, const UnitSet *set)
{
    ScanKey key = {ind, group, p, set};
    const ScanEntry *cached = scan_cached(ev, &key);
    if (cached) return cached;
    ScanEntry e = {key, NULL, NULL, NULL, 0, 0};
    int way = SCAN_EVERY_ROW;
    if (set) {
        e.value = xmalloc(sizeof(double) * (set->n + 1));
        e.status = xmalloc(set->n + 1);
        memset(e.status, SCAN_NO_ROW, set->n + 1);
        way = store_scan_way(ev->st, set->n);
        ScanKey every = {ind, group, p, NULL};
        if (way == SCAN_SKIPPING && scan_cached(ev, &every)) way = SCAN_EVERY_ROW;
    }
    ScanFill f = {set, &e};
    if (way < 0) store_error(ev);
    else if (set && way == SCAN_EVERY_ROW) {
        /* both ascend by unit: a merge picks the set's rows */
        const ScanEntry *all = scan(ev, ind, group, p, NULL);
        for (size_t j = 0, k = 0; j < all->n && k < set->n;) {
            if (all->units[j] < set->sorted[k]) j++;
            else if (all->units[j] > set->sorted[k]) k++;
            else {
                e.value[set->pos[k]] = all->value[j];
                e.status[set->pos[k]] = all->status[j];
                j++, k++;
            }
        }
    } else if (store_scan_set(ev->st, ind, (Group)group, p, set ? set->sorted : NULL, set ? set->n : 0,
                              scan_row, &f) < 0)
        store_error(ev);
    VEC_PUSH(ev->scans, ev->nscans, ev->capscans, e);
    if (2 * ev->nscans >= ev->nslots) scan_rehash(ev, ev->nslots ? 2 * ev->nslots : 64);
    else ev->scan_slots[scan_slot(ev, &key)] = ev->nscans;
    return &ev->scans[ev->nscans - 1];
}

/* ---- values ---- */

void value_free(Value *v)
{
    free(v->cells);
    free(v->units);
    free(v->periods);
    memset(v, 0, sizeof *v);
}

static void value_alloc(Value *v, ValueKind k, size_t n)
{
    memset(v, 0, sizeof *v);
    v->kind = k;
    v->n = n;
    v->cells = xmalloc(sizeof(Cell) * (n + 1));
}

static Cell *cell_at(Value *v, size_t i) { return v->kind == VK_SCALAR ? &v->scalar : &v->cells[i]; }

/* Records evidence once: a target and its `partly` often read the same values. */
static void add_evidence(EvidenceList *l, Evidence e)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) {
        const Evidence *o = &l->items[i];
        if (o->kind == e.kind && o->ind == e.ind && o->unit == e.unit && o->period == e.period &&
            o->group == e.group && o->what == e.what && o->unitset_kind == e.unitset_kind &&
            o->of == e.of)
            return;
    }
    VEC_PUSH(l->items, l->n, l->cap, e);
}

/* Numbers from plans and data are finite, so an infinite result is an
 * overflow: missing, never a number that passes every `>` comparison. */
static Cell in_range(Cell r)
{
    return r.miss || (isfinite(r.lo) && isfinite(r.hi)) ? r : missing(M_OVERFLOW);
}

static Cell arith(BinOp op, Cell a, Cell b)
{
    if (a.miss) return a;
    if (b.miss) return b;
    Cell r = {0, 0, M_NONE, a.near || b.near};
    switch (op) {
    case OP_ADD: r.lo = a.lo + b.lo, r.hi = a.hi + b.hi; break;
    case OP_SUB: r.lo = a.lo - b.hi, r.hi = a.hi - b.lo; break;
    case OP_MUL: {
        double p[4] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
        r.lo = r.hi = p[0];
        for (int i = 1; i < 4; i++) r.lo = fmin(r.lo, p[i]), r.hi = fmax(r.hi, p[i]);
        break;
    }
    case OP_DIV:
        if (b.lo <= 0 && b.hi >= 0) return missing(M_DIV_ZERO);
        {
            double p[4] = {a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi};
            r.lo = r.hi = p[0];
            for (int i = 1; i < 4; i++) r.lo = fmin(r.lo, p[i]), r.hi = fmax(r.hi, p[i]);
        }
        break;
    default: break;
    }
    return in_range(r);
}

/* A comparison of intervals is true or false only if every value in them
 * agrees; otherwise "~100 does not settle it". */
static Cell compare(BinOp op, Cell a, Cell b)
{
    if (a.miss) return a;
    if (b.miss) return b;
    bool always, never;
    switch (op) {
    case OP_LT: always = a.hi < b.lo, never = a.lo >= b.hi; break;
    case OP_LE: always = a.hi <= b.lo, never = a.lo > b.hi; break;
    case OP_GT: always = a.lo > b.hi, never = a.hi <= b.lo; break;
    case OP_GE: always = a.lo >= b.hi, never = a.hi < b.lo; break;
    case OP_EQ: always = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo, never = a.hi < b.lo || b.hi < a.lo; break;
    default: always = !(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo), never = !always && a.lo == a.hi; break;
    }
    if (!always && !never) return missing(M_NEAR100);
    Cell r = exact(always ? 1 : 0);
    /* "~100 decided it" only when a side is still an interval: an exact
     * side (a min, a rank) came out the same whatever the ~100 was */
    r.near = (a.near && a.lo < a.hi) || (b.near && b.lo < b.hi);
    return r;
}

/* Three-valued logic: false and missing is false, true or missing is true. */
static Cell logic(BinOp op, Cell a, Cell b)
{
    bool is_and = op == OP_AND;
    if (!a.miss && (a.lo != 0) != is_and) return a;
    if (!b.miss && (b.lo != 0) != is_and) return b;
    if (a.miss) return a;
    if (b.miss) return b;
    Cell r = exact(is_and ? 1 : 0);
    r.near = a.near || b.near;
    return r;
}

static Cell apply_bin(BinOp op, Cell a, Cell b)
{
    if (op == OP_AND || op == OP_OR) return logic(op, a, b);
    if (binop_is_comparison(op)) return compare(op, a, b);
    return arith(op, a, b);
}

/* Combines two values elementwise; scalars stretch to the other's shape.
 * Series of different periods are combined by position of period. */
static void combine(BinOp op, Value *a, Value *b, Value *out)
{
    Value *shape = a->kind != VK_SCALAR ? a : b;
    if (shape->kind == VK_SCALAR) {
        memset(out, 0, sizeof *out);
        out->scalar = apply_bin(op, a->scalar, b->scalar);
    } else {
        value_alloc(out, shape->kind, shape->n);
        if (shape->periods) {
            out->periods = xmalloc(sizeof(Period) * (shape->n + 1));
            memcpy(out->periods, shape->periods, sizeof(Period) * shape->n);
        }
        /* keep which unit each cell belongs to: rank() of a derived
         * indicator (340 - merit) reads it */
        if (shape->units) {
            out->units = xmalloc(sizeof(int64_t) * (shape->n + 1));
            memcpy(out->units, shape->units, sizeof(int64_t) * shape->n);
        }
        bool mismatch = a->kind != VK_SCALAR && b->kind != VK_SCALAR &&
                        (a->kind != b->kind || a->n != b->n);
        for (size_t i = 0; i < shape->n; i++)
            out->cells[i] = mismatch ? missing(M_NO_ROW)
                                     : apply_bin(op, *cell_at(a, i), *cell_at(b, i));
    }
    out->boolean = binop_is_comparison(op) || op == OP_AND || op == OP_OR;
    out->ind = a->ind ? a->ind : b->ind;
}

static void eval_expr(Ctx *c, const Expr *e, Value *out);

static int ctx_group(const Ctx *c, const Selection *s)
{
    return s->group >= 0 ? s->group : c->group >= 0 ? c->group : GRP_TOTAL;
}

/* The period under review as this indicator's data write it: itself when
 * the store has rows for it, else converted to the kind of the latest data
 * (school year 2018/19 <-> year 2019). One store probe per indicator. */
static Period review_period(Eval *ev, IndInfo *ii, int group)
{
    if (ii->review[group]) return ii->review[group];
    Period p = ev->period;
    if (ii->store_id > 0) {
        int has = store_has_period(ev->st, ii->store_id, (Group)group, p);
        if (has < 0) store_error(ev);
        /* the latest period is read only when the period itself has no rows */
        Period latest = has == 0 ? latest_period(ev, ii, group) : 0;
        if (latest) p = period_convert(p, period_kind(latest));
    }
    ii->review[group] = p;
    return p;
}

/* A period written in a selector, as the data write it: 2019 reads the
 * school year 2018/19 when the indicator is stored by school year. */
static Period as_stored(Eval *ev, IndInfo *ii, int group, Period p)
{
    if (ii->store_id <= 0) return p;
    Period latest = latest_period(ev, ii, group);
    if (!latest || period_kind(latest) == period_kind(p)) return p;
    int has = store_has_period(ev->st, ii->store_id, (Group)group, p);
    if (has < 0) store_error(ev);
    return has == 0 ? period_convert(p, period_kind(latest)) : p;
}

/* The period a reference means before `previous` steps are taken. */
static Period base_period(Ctx *c, const Selection *s, IndInfo *ii, int group)
{
    if (s->period) return as_stored(c->ev, ii, group, s->period);
    /* a period chosen outside (a derived indicator's selector, a range) is
     * read in the stored kind as well */
    if (c->period) return as_stored(c->ev, ii, group, c->period);
    if (!c->ev->period) return latest_period(c->ev, ii, group);
    return review_period(c->ev, ii, group);
}

static Period step_back(Period p, int back)
{
    for (int i = 0; i < back && p; i++) p = period_prev(p);
    return p;
}

/* Fills out with a stored indicator's value(s) for one period. */
static void fetch_period(Ctx *c, const Indicator *ind, IndInfo *ii, int group, Period p,
                         int64_t unit, const UnitSet *set, Value *out)
{
    Eval *ev = c->ev;
    if (set) {
        if (c->seen && !c->seen->period) *c->seen = (Seen){p, (Group)group};
        value_alloc(out, VK_UNITS, set->n);
        out->units = xmalloc(sizeof(int64_t) * (set->n + 1));
        if (set->n) memcpy(out->units, set->ids, sizeof(int64_t) * set->n); /* ids is NULL when empty */
        if (ii->store_id < 0) {
            for (size_t i = 0; i < set->n; i++) out->cells[i] = missing(M_NO_INDICATOR);
        } else {
            const ScanEntry *se = scan(ev, ii->store_id, group, p, set);
            ValueStatus stored;
            for (size_t i = 0; i < set->n; i++) out->cells[i] = scan_cell(se, i, &stored);
        }
    } else {
        memset(out, 0, sizeof *out);
        StoredValue v = {0};
        ValueStatus stored = VS_NULL;
        if (ii->store_id < 0) out->scalar = missing(M_NO_INDICATOR);
        else if (unit <= 0) out->scalar = missing(M_NO_UNIT);
        else if (c->in && unit == c->in->ids[c->at]) {
            /* one unit of a set at a time (eval_call_per_unit): the scan
             * of the whole set serves every unit, a lookup each would not */
            out->scalar = scan_cell(scan(ev, ii->store_id, group, p, c->in), c->at, &stored);
        } else {
            int found = store_point(ev->st, ii->store_id, (Group)group, p, unit, &v);
            if (found < 0) store_error(ev);
            out->scalar = stored_cell(found, &v);
            if (found > 0) stored = v.status;
        }
        /* p is 0 when the indicator has no data at all for this group */
        if (c->trace && ii->store_id >= 0 && unit > 0 && p > 0)
            add_evidence(c->trace, (Evidence){.kind = EV_VALUE, .ind = ind, .unit = unit,
                                              .period = p, .group = (Group)group,
                                              .value = out->scalar, .stored = stored,
                                              .value_unit = ast_indicator_unit(ind)});
    }
    out->ind = ind;
}

/* The unit (or set) a reference is about: its own selector, else the context. */
static void ref_units(Ctx *c, const Selection *s, int64_t *unit, const UnitSet **set)
{
    *unit = c->unit;
    *set = c->set;
    if (s->unitset_kind) {
        *set = unit_set(c->ev, s->unitset_kind);
    } else if (s->unit_decl || s->unit_text) {
        *set = NULL;
        *unit = unit_id(c->ev, s->unit_decl ? s->unit_decl->code : s->unit_text);
        if (*unit == 0) *unit = -1; /* named but not in the store */
    }
}

/* Evaluates `body` for every period of [from, to] into a series; from is 0
 * when a relative range has no period to count from (no data at all). */
static void eval_series(Ctx *c, const Expr *body, Period from, Period to, Value *out)
{
    if (!from) {
        value_alloc(out, VK_SERIES, 1);
        out->periods = xcalloc(2, sizeof(Period));
        out->cells[0] = missing(M_NO_INDICATOR);
        return;
    }
    int n = period_steps(from, to) + 1;
    value_alloc(out, VK_SERIES, (size_t)n);
    out->periods = xmalloc(sizeof(Period) * (size_t)(n + 1));
    Period p = from;
    for (int i = 0; i < n; i++, p = period_next(p)) {
        Ctx inner = *c;
        inner.period = p;
        inner.back = 0;
        Value v;
        eval_expr(&inner, body, &v);
        out->periods[i] = p;
        /* a series of vectors is reduced to the context's scalar shape only */
        out->cells[i] = v.kind == VK_SCALAR ? v.scalar : missing(M_NO_ROW);
        out->boolean = v.boolean;
        out->ind = v.ind;
        value_free(&v);
    }
}

static void eval_latest(Ctx *c, const Expr *body, Value *out);
static const Indicator *first_indicator(const Expr *e);

/* The ends of a range relative to the period under review (period-3..period)
 * stepped back from the period a reference to `ind` without a period
 * selector reads: so they are in the kind of period its data are stored in,
 * and move with --period. */
static void relative_range(Ctx *c, const Indicator *ind, int group, int back_from, int back_to,
                           Period *from, Period *to)
{
    Selection none = {.group = -1};
    Period base = ind ? base_period(c, &none, ind_info(c->ev, ind), group)
                      : c->period ? c->period : c->ev->period;
    base = step_back(base, c->back);
    *from = step_back(base, back_from);
    *to = step_back(base, back_to);
}

/* The periods of a range argument (trend(x, A..B)): as written, or counted
 * back from the period under review as x's data write it. */
static void range_arg(Ctx *c, const Expr *body, const Expr *range, Period *from, Period *to)
{
    int back_from = ast_period_back(range->u.range.l);
    if (back_from < 0) {
        *from = range->u.range.l->u.period;
        *to = range->u.range.r->u.period;
        return;
    }
    relative_range(c, first_indicator(body), c->group >= 0 ? c->group : GRP_TOTAL, back_from,
                   ast_period_back(range->u.range.r), from, to);
}

static void eval_ref(Ctx *c, const Expr *e, Value *out)
{
    const Selection *s = e->u.ref.s;
    if (s->latest) {
        /* x[latest]: as latest(x) with the other selectors kept */
        Selection rest = *s;
        rest.latest = false;
        Expr copy = *e;
        copy.u.ref.s = &rest;
        eval_latest(c, &copy, out);
        return;
    }
    int group = ctx_group(c, s);
    if (s->range_from || s->range_rel) {
        Selection one = *s;
        one.range_from = one.range_to = 0;
        one.range_rel = false;
        Expr copy = *e;
        copy.u.ref.s = &one;
        Period from = s->range_from, to = s->range_to;
        if (s->range_rel) relative_range(c, first_indicator(e), group, s->rel_from, s->rel_to, &from, &to);
        eval_series(c, &copy, from, to, out);
        return;
    }
    int64_t unit;
    const UnitSet *set;
    ref_units(c, s, &unit, &set);
    const Indicator *ind = e->u.ref.rk == R_INDICATOR ? e->u.ref.decl : NULL;
    if (ind && !ind->formula) {
        IndInfo *ii = ind_info(c->ev, ind);
        Period p = step_back(base_period(c, s, ii, group), s->back + c->back);
        fetch_period(c, ind, ii, group, p, unit, set, out);
        return;
    }
    /* a derived indicator or a let: its body in the context this reference selects */
    Ctx inner = *c;
    inner.group = group;
    inner.unit = unit;
    inner.set = set;
    if (s->period) inner.period = s->period;
    inner.back += s->back;
    const Expr *body = ind ? ind->formula : ((const LetDecl *)e->u.ref.decl)->expr;
    eval_expr(&inner, body, out);
    if (ind) out->ind = ind;
}

/* The first stored indicator an expression reads: it gives a function its
 * direction, scale and list of periods. */
static const Indicator *first_indicator(const Expr *e)
{
    if (!e) return NULL;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR) {
            const Indicator *ind = e->u.ref.decl;
            return ind->formula ? first_indicator(ind->formula) : ind;
        }
        if (e->u.ref.rk == R_LET) return first_indicator(((const LetDecl *)e->u.ref.decl)->expr);
        return NULL;
    case E_CALL:
        return e->u.call.args.n ? first_indicator(e->u.call.args.items[0]) : NULL;
    case E_BIN: {
        const Indicator *l = first_indicator(e->u.bin.l);
        return l ? l : first_indicator(e->u.bin.r);
    }
    case E_NEG:
    case E_NOT: return first_indicator(e->u.sub);
    default: return NULL;
    }
}

/* The indicator an expression is about as written: a derived indicator
 * itself, not the stored one it is computed from, so that rank() follows
 * its direction (ej_behörig = 100 % - behörig is lower-is-better) and the
 * evidence shows its name and scale. */
static const Indicator *named_indicator(const Expr *e)
{
    if (e->kind == E_REF && e->u.ref.rk == R_INDICATOR) return e->u.ref.decl;
    if (e->kind == E_REF && e->u.ref.rk == R_LET)
        return named_indicator(((const LetDecl *)e->u.ref.decl)->expr);
    return first_indicator(e);
}

/* latest(x): per unit, x at the newest stored period where it has a value. */
static void eval_latest(Ctx *c, const Expr *body, Value *out)
{
    const Indicator *ind = first_indicator(body);
    int64_t np = 0;
    const Period *ps = ind ? ind_periods(c->ev, ind_info(c->ev, ind), &np) : NULL;
    Value acc = {0};
    bool first = true;
    EvidenceList *trace = c->trace;
    for (int64_t i = np - 1; i >= 0; i--) {
        Ctx inner = *c;
        inner.period = ps[i];
        inner.back = 0;
        inner.trace = NULL;
        Value v;
        eval_expr(&inner, body, &v);
        if (first) {
            acc = v;
            first = false;
        } else {
            for (size_t k = 0; k < (acc.kind == VK_SCALAR ? 1 : acc.n); k++)
                if (cell_at(&acc, k)->miss && !cell_at(&v, k)->miss) *cell_at(&acc, k) = *cell_at(&v, k);
            value_free(&v);
        }
        bool done = true;
        for (size_t k = 0; k < (acc.kind == VK_SCALAR ? 1 : acc.n); k++)
            if (cell_at(&acc, k)->miss) done = false;
        if (done) {
            if (trace && acc.kind == VK_SCALAR) {
                /* record the values actually used, at the period found */
                inner.trace = trace;
                Value again;
                eval_expr(&inner, body, &again);
                value_free(&again);
            }
            break;
        }
    }
    if (first) {
        memset(&acc, 0, sizeof acc);
        acc.scalar = missing(ind ? M_NO_INDICATOR : M_NO_ROW);
    }
    *out = acc;
}

/* Reduces a vector or series to one number. */
typedef enum Reduce { RD_MEAN, RD_MIN, RD_MAX, RD_SPREAD, RD_COUNT } Reduce;

/* How many of a set's n units must have a value (Coverage). */
static int units_needed(const Eval *ev, size_t n)
{
    /* 30 % of 290 is 87, not 88 because 0.3 * 290 rounds up to 87.0000…01 */
    return (int)ceil(ev->coverage * (double)n - 1e-9);
}

/* `needed`: the values a reduction over a set needs (units_needed), 0 for
 * a series. */
static Cell reduce(const Value *v, Reduce how, int needed, int *present)
{
    size_t n = v->kind == VK_SCALAR ? 1 : v->n;
    double slo = 0, shi = 0, minlo = INFINITY, minhi = INFINITY, maxlo = -INFINITY, maxhi = -INFINITY;
    int k = 0, truths = 0;
    bool near = false;
    Missing first_miss = n ? M_NO_ROW : M_EMPTY_SET;
    for (size_t i = 0; i < n; i++) {
        const Cell *x = v->kind == VK_SCALAR ? &v->scalar : &v->cells[i];
        if (x->miss) {
            if (first_miss == M_NO_ROW) first_miss = x->miss;
            continue;
        }
        k++;
        near |= x->near;
        truths += x->lo != 0;
        slo += x->lo, shi += x->hi;
        minlo = fmin(minlo, x->lo), minhi = fmin(minhi, x->hi);
        maxlo = fmax(maxlo, x->lo), maxhi = fmax(maxhi, x->hi);
    }
    *present = k;
    /* none at all: why the first had none says more than "0 of 290" */
    if (k == 0 && (how != RD_COUNT || needed > 0)) return missing(first_miss);
    if (k < needed) return missing(M_FEW_UNITS);
    if (how == RD_COUNT) return exact(v->boolean ? truths : k);
    Cell r = {0, 0, M_NONE, false};
    switch (how) {
    case RD_MEAN: r.lo = slo / k, r.hi = shi / k; break;
    case RD_MIN: r.lo = minlo, r.hi = minhi; break;
    case RD_MAX: r.lo = maxlo, r.hi = maxhi; break;
    case RD_SPREAD: r.lo = fmax(0, maxlo - minhi), r.hi = maxhi - minlo; break;
    default: break;
    }
    /* A "~100" value widens whatever it takes part in, so an exact min or
     * max came from exact values: the ~100 school elsewhere in the set did
     * not decide it, and the report must not say it did. */
    r.near = near && r.lo < r.hi;
    return in_range(r);
}

/* Least-squares slope per period step of the present values of a series. */
static Cell slope(const Value *s)
{
    double n = 0, sx = 0, sy_lo = 0, sy_hi = 0, sxx = 0, sxy_lo = 0, sxy_hi = 0;
    bool near = false;
    for (size_t i = 0; i < s->n; i++) {
        if (s->cells[i].miss) continue;
        double x = (double)i;
        n++, sx += x, sxx += x * x;
        sy_lo += s->cells[i].lo, sy_hi += s->cells[i].hi;
        sxy_lo += x * s->cells[i].lo, sxy_hi += x * s->cells[i].hi;
        near |= s->cells[i].near;
    }
    double den = n * sxx - sx * sx;
    if (n < 2 || den == 0) return missing(M_TOO_SHORT);
    double a = (n * sxy_lo - sx * sy_lo) / den, b = (n * sxy_hi - sx * sy_hi) / den;
    return in_range((Cell){fmin(a, b), fmax(a, b), M_NONE, near});
}

/* The value at the end of a range minus the value at its start; missing
 * when either end is. */
static Cell series_change(const Value *s)
{
    if (s->n < 2) return missing(M_TOO_SHORT);
    return arith(OP_SUB, s->cells[s->n - 1], s->cells[0]);
}

/* The present values of a set. Sorted once when many units are ranked
 * among them, so that the rank of each takes two binary searches (a rule
 * ranking 5 000 schools among themselves is n log n, not n²); left as
 * they are for one unit's rank (a goal's target), which a count in one
 * pass decides. */
typedef struct Ranking {
    double *lo, *hi;          /* the ends of every present value */
    double *exact;            /* the exact values: for ties */
    size_t n, nexact;
    Direction dir;
    bool sorted;              /* lo, hi and exact ascend */
} Ranking;

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void ranking_init(Ranking *r, const Value *all, Direction dir, bool sort)
{
    memset(r, 0, sizeof *r);
    r->dir = dir;
    r->lo = xmalloc(sizeof(double) * (all->n + 1));
    r->hi = xmalloc(sizeof(double) * (all->n + 1));
    r->exact = xmalloc(sizeof(double) * (all->n + 1));
    for (size_t i = 0; i < all->n; i++) {
        const Cell *o = &all->cells[i];
        if (o->miss) continue;
        r->lo[r->n] = o->lo, r->hi[r->n++] = o->hi;
        if (o->lo == o->hi) r->exact[r->nexact++] = o->lo;
    }
    if (!sort) return;
    r->sorted = true;
    qsort(r->lo, r->n, sizeof(double), cmp_double);
    qsort(r->hi, r->n, sizeof(double), cmp_double);
    qsort(r->exact, r->nexact, sizeof(double), cmp_double);
}

static void ranking_free(Ranking *r)
{
    free(r->lo);
    free(r->hi);
    free(r->exact);
}

/* How many of v[0..n), one of r's arrays, are below x (or not above x,
 * with or_equal). */
static size_t count_below(const Ranking *r, const double *v, size_t n, double x, bool or_equal)
{
    if (!r->sorted) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) k += v[i] < x || (or_equal && v[i] == x);
        return k;
    }
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x || (or_equal && v[mid] == x)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The rank of `me` among the set: 1 + the units certainly better, so units
 * with the same value share the better place (*ties: how many others have
 * exactly that value); where "~100" leaves it open, an interval up to 1 +
 * the units possibly better. `self` is the unit's own value in the set
 * (NULL when it has none there): it does not count against itself. */
static Cell rank_one(const Ranking *r, Cell me, const Cell *self, int *ties)
{
    *ties = 0;
    if (me.miss) return me;
    double best, worst;
    if (r->dir == DIR_LOWER) {
        best = 1 + (double)count_below(r, r->hi, r->n, me.lo, false) - (self && self->hi < me.lo);
        worst = 1 + (double)count_below(r, r->lo, r->n, me.hi, false) - (self && self->lo < me.hi);
    } else {
        best = 1 + (double)(r->n - count_below(r, r->lo, r->n, me.hi, true)) - (self && self->lo > me.hi);
        worst = 1 + (double)(r->n - count_below(r, r->hi, r->n, me.lo, true)) - (self && self->hi > me.lo);
    }
    if (me.lo == me.hi)
        *ties = (int)(count_below(r, r->exact, r->nexact, me.lo, true) -
                      count_below(r, r->exact, r->nexact, me.lo, false)) -
                (self && self->lo == me.lo && self->hi == me.lo);
    return (Cell){best, worst, M_NONE, me.near || best < worst};
}

static bool reduces_series(const Expr *e);

/* The series function an expression over units applies, one value per unit
 * (trend in count(trend(x, 2016..2020) < 0, skolor)), or NULL. */
static const Expr *series_call(const Expr *e)
{
    switch (e->kind) {
    case E_CALL: return reduces_series(e) ? e : NULL;
    case E_REF:
        return e->u.ref.rk == R_LET ? series_call(((const LetDecl *)e->u.ref.decl)->expr) : NULL;
    case E_BIN: {
        const Expr *l = series_call(e->u.bin.l);
        return l ? l : series_call(e->u.bin.r);
    }
    case E_NEG:
    case E_NOT: return series_call(e->u.sub);
    default: return NULL;
    }
}

/* An aggregate's evidence: over a set, the period and group it read
 * (seen); over a series, its first and last period. `present` of the set's
 * units have a value, `needed` of them must have one (Coverage); `ties` and
 * `unit` (the one ranked, if not the context's) for a rank. */
static void record_aggregate(Ctx *c, const Expr *call, const Value *v, const UnitSet *set,
                             const Seen *seen, Cell result, int present, int needed, int ties,
                             int64_t unit)
{
    if (!c->trace) return;
    const Expr *arg = call->u.call.args.items[0];
    bool series = v->kind == VK_SERIES && v->n;
    const Expr *of = set ? series_call(arg) : NULL;
    Evidence e = {.kind = EV_AGGREGATE, .ind = named_indicator(arg),
                  .what = builtins[call->u.call.fn].name, .unit = unit,
                  .unitset_kind = set ? set->kind : NULL,
                  .nunits = (int)(set ? set->n : v->n), .npresent = present,
                  .nneeded = needed, .ties = ties,
                  .period = series ? v->periods[0] : 0,
                  .period_to = series ? v->periods[v->n - 1] : 0,
                  .group = (Group)(c->group >= 0 ? c->group : 0),
                  .value = result, .stored = VS_OK, .value_unit = call->unit,
                  .of = of ? builtins[of->u.call.fn].name : NULL};
    if (set && seen->period) e.period = seen->period, e.group = seen->group;
    add_evidence(c->trace, e);
}

/* The argument `arg` evaluated over a set of units, without tracing each;
 * *seen tells which period and group it read. */
static void eval_over_set(Ctx *c, const Expr *arg, const UnitSet *set, Value *out, Seen *seen)
{
    Ctx inner = *c;
    inner.set = set;
    inner.trace = NULL;
    *seen = (Seen){0, GRP_TOTAL};
    inner.seen = seen;
    eval_expr(&inner, arg, out);
}

/* Applies f to every cell of v, keeping v's shape. */
static void map_cells(Value *v, Cell (*f)(Cell))
{
    for (size_t i = 0; i < (v->kind == VK_SCALAR ? 1 : v->n); i++) *cell_at(v, i) = f(*cell_at(v, i));
}

static Cell cell_abs(Cell x)
{
    if (x.miss) return x;
    if (x.lo >= 0) return x;
    if (x.hi <= 0) return (Cell){-x.hi, -x.lo, M_NONE, x.near};
    return (Cell){0, fmax(-x.lo, x.hi), M_NONE, x.near};
}

/* Whether an expression is a series of periods (x[2014..2018], a let or
 * sum of such): what trend, change and mean/min/max reduce. */
static bool is_series(const Expr *e)
{
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.s->range_from || e->u.ref.s->range_rel) return true;
        if (e->u.ref.rk == R_LET) return is_series(((const LetDecl *)e->u.ref.decl)->expr);
        if (e->u.ref.rk == R_INDICATOR && ((const Indicator *)e->u.ref.decl)->formula)
            return is_series(((const Indicator *)e->u.ref.decl)->formula);
        return false;
    case E_BIN: return is_series(e->u.bin.l) || is_series(e->u.bin.r);
    case E_NEG:
    case E_NOT: return is_series(e->u.sub);
    case E_CALL:
        return (e->u.call.fn == FN_ABS || e->u.call.fn == FN_GAP) && is_series(e->u.call.args.items[0]);
    default: return false;
    }
}

/* A call that reduces a series of periods to one number: trend, change
 * over a range, mean/min/max/spread/count of x[A..B]. */
static bool reduces_series(const Expr *e)
{
    const Expr *a0 = e->u.call.args.items[0];
    switch (e->u.call.fn) {
    case FN_TREND: return true;
    case FN_CHANGE: return e->u.call.args.n == 2 || is_series(a0);
    case FN_MEAN: case FN_MIN: case FN_MAX: case FN_SPREAD: case FN_COUNT:
        return e->u.call.args.n == 1 && is_series(a0);
    default: return false;
    }
}

static void eval_call(Ctx *c, const Expr *e, Value *out);

/* What a rank(x, SET) ranks among: x over the set, and those values sorted.
 * Evaluated one unit at a time (trend(rank(x, skolor), 2016..2020) in a
 * rule), every unit ranks among the same values in each period: they are
 * kept while eval_call_per_unit goes over the units, not sorted again for
 * each (which would be n² log n). */
typedef struct RankOver {
    const Expr *call;
    const UnitSet *set;
    Period period;
    int back, group;
    Value all;
    Seen seen;
    int present;
    bool ranked;
    Ranking rk;
} RankOver;

static void rank_over_free(RankOver *r)
{
    value_free(&r->all);
    if (r->ranked) ranking_free(&r->rk);
}

/* The values the rank `call` ranks among (over: its argument for every unit
 * of set): *local's, to be freed by the caller, or kept ones; `ranks`
 * units are ranked among them now. */
static const RankOver *rank_over(Ctx *c, const Expr *call, const Expr *over, const UnitSet *set, Direction dir,
                                 size_t ranks, RankOver *local)
{
    Eval *ev = c->ev;
    for (size_t i = 0; ev->per_unit && i < ev->nranks; i++) {
        const RankOver *r = &ev->ranks[i];
        if (r->call == call && r->set == set && r->period == c->period && r->back == c->back &&
            r->group == c->group)
            return r;
    }
    *local = (RankOver){call, set, c->period, c->back, c->group, {0}, {0, GRP_TOTAL}, 0, false, {0}};
    eval_over_set(c, over, set, &local->all, &local->seen);
    reduce(&local->all, RD_COUNT, 0, &local->present);
    if (local->all.kind == VK_UNITS) {
        ranking_init(&local->rk, &local->all, dir, ev->per_unit || ranks > 1);
        local->ranked = true;
    }
    if (!ev->per_unit) return local;
    VEC_PUSH(ev->ranks, ev->nranks, ev->capranks, *local);
    return &ev->ranks[ev->nranks - 1];
}

/* A series function in a context of many units (a rule, count(trend(x,
 * 2016..2020) < 0, skolor)) reduces each unit's own series: evaluated one
 * unit at a time, since a series holds one value per period, not per unit. */
static void eval_call_per_unit(Ctx *c, const Expr *e, Value *out)
{
    const UnitSet *set = c->set;
    value_alloc(out, VK_UNITS, set->n);
    out->units = xmalloc(sizeof(int64_t) * (set->n + 1));
    if (set->n) memcpy(out->units, set->ids, sizeof(int64_t) * set->n);
    Eval *ev = c->ev;
    ev->per_unit++;
    for (size_t i = 0; i < set->n; i++) {
        Ctx one = *c;
        one.set = NULL;
        one.unit = set->ids[i];
        one.in = set;
        one.at = i;
        one.trace = NULL;
        Value v;
        eval_call(&one, e, &v);
        out->cells[i] = v.kind == VK_SCALAR ? v.scalar : missing(M_NO_ROW);
        out->ind = v.ind;
        value_free(&v);
    }
    if (--ev->per_unit == 0) {
        for (size_t i = 0; i < ev->nranks; i++) rank_over_free(&ev->ranks[i]);
        ev->nranks = 0;
    }
}

/* A call evaluated over a rule's units, kept while the rule is judged:
 * the columns of its flagged units show the calls its conditions computed
 * (a trend of every school's series, a rank), which are not computed twice. */
typedef struct CallMemo {
    const Expr *e;
    const UnitSet *set;
    int64_t unit;
    Period period;
    int back, group;
    Value v;
} CallMemo;

static void *copy_of(const void *p, size_t size)
{
    return p ? memcpy(xmalloc(size), p, size) : NULL;
}

static void value_copy(Value *dst, const Value *src)
{
    size_t n = src->n + 1;
    *dst = *src;
    dst->cells = copy_of(src->cells, sizeof(Cell) * n);
    dst->units = copy_of(src->units, sizeof(int64_t) * n);
    dst->periods = copy_of(src->periods, sizeof(Period) * n);
}

static void eval_call_now(Ctx *c, const Expr *e, Value *out);

static void eval_call(Ctx *c, const Expr *e, Value *out)
{
    Eval *ev = c->ev;
    if (!ev->memo_on || !c->set || c->trace || c->seen) {
        eval_call_now(c, e, out);
        return;
    }
    for (size_t i = 0; i < ev->nmemo; i++) {
        const CallMemo *m = &ev->memo[i];
        if (m->e == e && m->set == c->set && m->unit == c->unit && m->period == c->period &&
            m->back == c->back && m->group == c->group) {
            value_copy(out, &m->v);
            return;
        }
    }
    eval_call_now(c, e, out);
    CallMemo m = {e, c->set, c->unit, c->period, c->back, c->group, {0}};
    value_copy(&m.v, out);
    VEC_PUSH(ev->memo, ev->nmemo, ev->capmemo, m);
}

static void eval_call_now(Ctx *c, const Expr *e, Value *out)
{
    Expr *const *a = (Expr *const *)e->u.call.args.items;
    int nargs = e->u.call.args.n;
    int fn = e->u.call.fn;
    if (c->set && reduces_series(e)) {
        eval_call_per_unit(c, e, out);
        return;
    }
    memset(out, 0, sizeof *out);
    switch (fn) {
    case FN_CHANGE:
    case FN_TREND: {
        /* over a range (given as an argument, or x is itself x[a..b]) the
         * series decides; otherwise change compares with the previous period */
        Value now, before;
        if (nargs == 2) {
            Period from, to;
            range_arg(c, a[0], a[1], &from, &to);
            eval_series(c, a[0], from, to, &now);
        } else
            eval_expr(c, a[0], &now);
        if (now.kind == VK_SERIES) {
            out->scalar = fn == FN_TREND ? slope(&now) : series_change(&now);
            out->ind = now.ind;
            value_free(&now);
            break;
        }
        Ctx prev = *c;
        prev.back++;
        eval_expr(&prev, a[0], &before);
        /* the resolver lets trend through only with periods, so this is change */
        combine(OP_SUB, &now, &before, out);
        value_free(&now);
        value_free(&before);
        break;
    }
    case FN_GAP: {
        Ctx g1 = *c, g2 = *c;
        g1.group = nargs == 3 ? ((Expr *)a[1])->u.ref.group : GRP_GIRLS;
        g2.group = nargs == 3 ? ((Expr *)a[2])->u.ref.group : GRP_BOYS;
        Value x, y;
        eval_expr(&g1, a[0], &x);
        eval_expr(&g2, a[0], &y);
        combine(OP_SUB, &x, &y, out);
        map_cells(out, cell_abs);
        out->boolean = false;
        value_free(&x);
        value_free(&y);
        break;
    }
    case FN_ABS:
        eval_expr(c, a[0], out);
        map_cells(out, cell_abs);
        break;
    case FN_MEAN: case FN_MIN: case FN_MAX: case FN_SPREAD: case FN_COUNT: {
        static const Reduce how[] = {[FN_MEAN] = RD_MEAN, [FN_MIN] = RD_MIN, [FN_MAX] = RD_MAX,
                                     [FN_SPREAD] = RD_SPREAD, [FN_COUNT] = RD_COUNT};
        const UnitSet *set = nargs == 2 ? unit_set(c->ev, ((Expr *)a[1])->u.ref.unitset_kind) : NULL;
        Value v;
        Seen seen = {0, GRP_TOTAL};
        if (set) eval_over_set(c, a[0], set, &v, &seen);
        else {
            Ctx quiet = *c;
            quiet.trace = NULL;
            quiet.seen = &seen;
            eval_expr(&quiet, a[0], &v);
        }
        /* mean(x[kommuner]) is over a set as much as mean(x, kommuner) */
        int present = 0, needed = set ? units_needed(c->ev, set->n)
                                : v.kind == VK_UNITS ? units_needed(c->ev, v.n) : 0;
        out->scalar = reduce(&v, how[fn], needed, &present);
        out->ind = fn == FN_COUNT ? NULL : v.ind;
        /* which set mean(x[kommuner]) ran over, for the evidence */
        const UnitSet *over = set ? set : v.kind == VK_UNITS && a[0]->kind == E_REF && a[0]->u.ref.s->unitset_kind
                            ? unit_set(c->ev, a[0]->u.ref.s->unitset_kind) : NULL;
        record_aggregate(c, e, &v, over, &seen, out->scalar, present, needed, 0, 0);
        value_free(&v);
        break;
    }
    case FN_RANK: {
        const UnitSet *set = unit_set(c->ev, ((Expr *)a[1])->u.ref.unitset_kind);
        /* a derived indicator without a direction of its own ranks by the
         * direction of the indicator it is computed from */
        const Indicator *named = named_indicator(a[0]), *base = first_indicator(a[0]);
        Direction dir = named && named->dir ? named->dir : base && base->dir ? base->dir : DIR_HIGHER;
        Value mine;
        Ctx quiet = *c;
        quiet.trace = NULL;
        eval_expr(&quiet, a[0], &mine);
        /* rank(x[danderyd], kommuner): that unit among the set, which is
         * x over the set (the resolver allows a unit selector only there) */
        int64_t chosen = 0;
        const Expr *over = a[0];
        Expr whole;
        Selection all_units;
        if (a[0]->kind == E_REF && (a[0]->u.ref.s->unit_decl || a[0]->u.ref.s->unit_text)) {
            const Selection *s = a[0]->u.ref.s;
            chosen = unit_id(c->ev, s->unit_decl ? s->unit_decl->code : s->unit_text);
            all_units = *s;
            all_units.unit_decl = NULL;
            all_units.unit_text = NULL;
            whole = *a[0];
            whole.u.ref.s = &all_units;
            over = &whole;
        }
        RankOver local;
        const RankOver *r = rank_over(c, e, over, set, dir, mine.kind == VK_UNITS ? mine.n : 1, &local);
        const Value *all = &r->all;
        int present = r->present, needed = units_needed(c->ev, set->n), ties = 0;
        if (all->kind != VK_UNITS || mine.kind == VK_SERIES || set->n == 0) {
            /* a rank needs one value per unit of a set with units in it: a
             * series (x[2014..2018] through a let) has none */
            out->scalar = missing(set->n ? M_NO_ROW : M_EMPTY_SET);
        } else {
            size_t n = mine.kind == VK_UNITS ? mine.n : 1;
            if (mine.kind == VK_UNITS) {
                value_alloc(out, VK_UNITS, mine.n);
                out->units = xmalloc(sizeof(int64_t) * (mine.n + 1));
                memcpy(out->units, mine.units, sizeof(int64_t) * mine.n);
            }
            for (size_t i = 0; i < n; i++) {
                int64_t unit = mine.kind == VK_UNITS ? mine.units[i] : over != a[0] ? chosen : c->unit;
                long at = set_position(set, unit);
                const Cell *self = at >= 0 && all->units && all->units[at] == unit && !all->cells[at].miss
                                 ? &all->cells[at] : NULL;
                Cell *me = cell_at(mine.kind == VK_UNITS ? out : &mine, i);
                *me = rank_one(&r->rk, *cell_at(&mine, i), self, &ties);
                if (!me->miss && present < needed) *me = missing(M_FEW_UNITS);
            }
            if (mine.kind != VK_UNITS) out->scalar = mine.scalar;
        }
        if (out->kind == VK_SCALAR)
            record_aggregate(c, e, all, set, &r->seen, out->scalar, present, needed, ties, chosen);
        if (r == &local) rank_over_free(&local);
        value_free(&mine);
        break;
    }
    case FN_LATEST:
        eval_latest(c, a[0], out);
        break;
    }
}

static Cell cell_neg(Cell x)
{
    if (x.miss) return x;
    return (Cell){-x.hi, -x.lo, M_NONE, x.near};
}

static Cell cell_not(Cell x)
{
    if (x.miss) return x;
    return (Cell){1 - x.lo, 1 - x.hi, M_NONE, x.near};
}

static void eval_expr(Ctx *c, const Expr *e, Value *out)
{
    switch (e->kind) {
    case E_NUM:
        memset(out, 0, sizeof *out);
        out->scalar = exact(e->u.num.v);
        return;
    case E_REF:
        eval_ref(c, e, out);
        return;
    case E_CALL:
        eval_call(c, e, out);
        return;
    case E_NEG:
        eval_expr(c, e->u.sub, out);
        map_cells(out, cell_neg);
        return;
    case E_NOT:
        eval_expr(c, e->u.sub, out);
        map_cells(out, cell_not);
        return;
    case E_BIN: {
        Value l, r;
        eval_expr(c, e->u.bin.l, &l);
        eval_expr(c, e->u.bin.r, &r);
        combine(e->u.bin.op, &l, &r, out);
        value_free(&l);
        value_free(&r);
        return;
    }
    default:
        /* strings, periods and ranges only occur where the resolver allows
         * them (selectors, arguments), which never evaluate them directly */
        memset(out, 0, sizeof *out);
        out->scalar = missing(M_NO_ROW);
        return;
    }
}

/* ---- judging ---- */

/* A condition's verdict: true, false, or missing (with why). For a vector,
 * true only if it holds for every unit. */
static Cell verdict(const Value *v)
{
    if (v->kind == VK_SCALAR) return v->scalar;
    Cell r = exact(1);
    Missing miss = M_NONE;
    for (size_t i = 0; i < v->n; i++) {
        const Cell *x = &v->cells[i];
        if (x->miss) { if (!miss) miss = x->miss; continue; }
        r.near |= x->near;
        if (x->lo == 0) return exact(0);
    }
    if (miss) return missing(miss);
    return r;
}

/* Evaluates a condition, keeping both sides of a top-level comparison. */
static Cell judge(Ctx *c, const Expr *e, Cell *lhs, Cell *rhs, bool *is_cmp)
{
    *is_cmp = e->kind == E_BIN && binop_is_comparison(e->u.bin.op);
    Value v;
    if (*is_cmp) {
        Value l, r;
        eval_expr(c, e->u.bin.l, &l);
        eval_expr(c, e->u.bin.r, &r);
        *lhs = l.kind == VK_SCALAR ? l.scalar : missing(M_NONE);
        *rhs = r.kind == VK_SCALAR ? r.scalar : missing(M_NONE);
        *is_cmp = l.kind == VK_SCALAR && r.kind == VK_SCALAR;
        combine(e->u.bin.op, &l, &r, &v);
        value_free(&l);
        value_free(&r);
    } else {
        eval_expr(c, e, &v);
    }
    Cell out = verdict(&v);
    value_free(&v);
    return out;
}

/* The figure over a set that had too few units with a value, for the
 * reason "1 of 290". */
static const Evidence *too_few(const EvidenceList *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].kind == EV_AGGREGATE && l->items[i].value.miss == M_FEW_UNITS) return &l->items[i];
    return NULL;
}

/* The status of target t, its sides and why it lacks data; evidence goes
 * to c->trace. */
static void judge_status(Ctx *c, const Target *t, TargetResult *tr)
{
    Cell main = judge(c, t->expr, &tr->lhs, &tr->rhs, &tr->is_comparison);
    tr->near_decided = !main.miss && main.near;
    if (main.miss) {
        tr->status = ST_NODATA;
        tr->why_missing = main.miss;
        return;
    }
    if (main.lo != 0) {
        tr->status = ST_ACHIEVED;
        return;
    }
    if (!t->partly) {
        tr->status = ST_FAILED;
        return;
    }
    bool cmp;
    Cell partly = judge(c, t->partly, &tr->partly_lhs, &tr->partly_rhs, &cmp);
    tr->partly_checked = true;
    tr->near_decided |= !partly.miss && partly.near;
    if (partly.miss) {
        tr->status = ST_NODATA;
        tr->why_missing = partly.miss;
    } else {
        tr->status = partly.lo != 0 ? ST_PARTLY : ST_FAILED;
    }
}

/* Evidence is gathered in the session's scratch list and kept in the
 * result's arena at exactly its size: a result holds every target's list
 * until it is rendered, and lists grown by doubling held four times the
 * evidence of a large plan (most targets read one to seven values). */
static void judge_target(Eval *ev, Arena *keep, const Target *t, TargetResult *tr)
{
    memset(tr, 0, sizeof *tr);
    tr->target = t;
    ev->coverage = t->coverage;
    ev->scratch.n = 0;
    Ctx c = {ev, ev->unit, NULL, 0, 0, -1, &ev->scratch, NULL, NULL, 0};
    judge_status(&c, t, tr);
    size_t n = ev->scratch.n;
    if (n) {
        tr->evidence.items = arena_alloc(keep, sizeof *tr->evidence.items * n);
        memcpy(tr->evidence.items, ev->scratch.items, sizeof *tr->evidence.items * n);
        tr->evidence.n = tr->evidence.cap = n;
    }
    if (tr->status == ST_NODATA) tr->too_few = too_few(&tr->evidence);
}

/* all achieved -> uppnått; none achieved or partly -> ej uppnått; else
 * delvis. A written assessment takes part as one more target. Missing targets: the status stands only if it would be the same
 * whether they were achieved or failed; otherwise the goal is ingen data. */
Status assessment_status(Assessment a)
{
    static const Status status[] = {ST_NODATA, ST_ACHIEVED, ST_PARTLY, ST_FAILED};
    return status[a];
}

static Status combine_targets(const TargetResult *t, int n, Assessment assessed)
{
    /* a written assessment counts as one more target with that status */
    int total = n + (assessed != AS_NONE);
    if (total == 0) return ST_NODATA;
    Status result[2];
    for (int pass = 0; pass < 2; pass++) {
        Status missing_as = pass == 0 ? ST_ACHIEVED : ST_FAILED;
        int achieved = 0, partly = 0;
        for (int i = 0; i < total; i++) {
            Status s = i < n ? t[i].status : assessment_status(assessed);
            if (s == ST_NODATA) s = missing_as;
            achieved += s == ST_ACHIEVED;
            partly += s == ST_PARTLY;
        }
        result[pass] = achieved == total ? ST_ACHIEVED
                     : (achieved == 0 && partly == 0) ? ST_FAILED : ST_PARTLY;
    }
    return result[0] == result[1] ? result[0] : ST_NODATA;
}

/* The indicator references of a rule's conditions: the columns shown for
 * each flagged unit. */
static void collect_refs(const Expr *e, List *out)
{
    if (!e) return;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR || e->u.ref.rk == R_LET) {
            for (int i = 0; i < out->n; i++)
                if (strcmp(((Expr *)out->items[i])->u.ref.name, e->u.ref.name) == 0 &&
                    ((Expr *)out->items[i])->u.ref.sel.n == 0 && e->u.ref.sel.n == 0)
                    return;
            list_push(out, (void *)e);
        }
        return;
    case E_CALL:
        if (e->u.call.fn == FN_RANK || e->u.call.fn == FN_GAP || e->u.call.fn == FN_CHANGE ||
            e->u.call.fn == FN_ABS || reduces_series(e))
            list_push(out, (void *)e);
        return;
    case E_BIN:
        collect_refs(e->u.bin.l, out);
        collect_refs(e->u.bin.r, out);
        return;
    case E_NEG:
    case E_NOT: collect_refs(e->u.sub, out); return;
    default: return;
    }
}

/* A unit's code and name ("?" when not found), in one lookup: a rule over
 * every school shows thousands. */
static void unit_texts(Store *st, int64_t id, char **code, char **name)
{
    UnitInfo u = {0};
    if (store_unit_get(st, id, &u) != 1) {
        *code = xstrdup("?");
        *name = xstrdup("?");
        return;
    }
    *code = u.code;
    *name = u.name;
    u.code = u.name = NULL;
    unit_info_free(&u);
}

static char *unit_name_text(Store *st, int64_t id)
{
    char *code, *name;
    unit_texts(st, id, &code, &name);
    free(code);
    return name;
}

/* The cell of the rule's i-th unit in v: a scalar is every unit's; a value
 * over other units (x[kommuner] in a rule for each school) or over periods
 * has none for it, and is never read past its end. */
static Cell unit_cell(const Value *v, const UnitSet *set, size_t i)
{
    if (v->kind == VK_SCALAR) return v->scalar;
    if (v->kind == VK_UNITS && v->n == set->n && (!v->units || v->units[i] == set->ids[i]))
        return v->cells[i];
    return missing(M_NO_ROW);
}

/* Flagged units as a reader wants them: those the rule flags first, then
 * those without data; each worst first by the value in column `col` (its
 * indicator's direction: lowest first unless lower is better), units
 * without that value last, then by name. */
typedef struct FlagKey { const FlaggedUnit *f; int col; bool lower_better; } FlagKey;

static int cmp_flagged(const void *a, const void *b)
{
    const FlagKey *x = a, *y = b;
    if (x->f->nodata != y->f->nodata) return x->f->nodata ? 1 : -1;
    Cell cx = x->f->leaf_values[x->col], cy = y->f->leaf_values[y->col];
    if (!cx.miss != !cy.miss) return cx.miss ? 1 : -1;
    if (!cx.miss) {
        double vx = (cx.lo + cx.hi) / 2, vy = (cy.lo + cy.hi) / 2;
        if (vx != vy) return (vx < vy) == !x->lower_better ? -1 : 1;
    }
    return strcmp(x->f->name, y->f->name);
}

static void sort_flagged(RuleResult *rr, int col)
{
    const Evidence *leaf = &rr->leaves.items[col];
    bool rank = leaf->what && strcmp(leaf->what, "rank") == 0;
    bool lower_better = rank || (leaf->ind && leaf->ind->dir == DIR_LOWER);
    FlagKey *keys = xmalloc(sizeof *keys * ((size_t)rr->nflagged + 1));
    for (int i = 0; i < rr->nflagged; i++) keys[i] = (FlagKey){&rr->flagged[i], col, lower_better};
    qsort(keys, (size_t)rr->nflagged, sizeof *keys, cmp_flagged);
    FlaggedUnit *sorted = xmalloc(sizeof *sorted * ((size_t)rr->nflagged + 1));
    for (int i = 0; i < rr->nflagged; i++) sorted[i] = *keys[i].f;
    free(rr->flagged);
    rr->flagged = sorted;
    free(keys);
}

static void judge_rule(Eval *ev, const Rule *rule, RuleResult *rr)
{
    memset(rr, 0, sizeof *rr);
    rr->rule = rule;
    const UnitSet *set = unit_set(ev, rule->scope_kind ? rule->scope_kind : "school");
    rr->nunits = (int)set->n;
    ev->coverage = rule->coverage.share;
    Ctx c = {ev, 0, set, 0, 0, -1, NULL, NULL, NULL, 0};
    ev->memo_on = true;
    Value when = {0}, req;
    if (rule->when) eval_expr(&c, rule->when, &when);
    eval_expr(&c, rule->require, &req);
    List refs = {0};
    collect_refs(rule->when, &refs);
    int first_required = refs.n; /* the column flagged units are ordered by */
    collect_refs(rule->require, &refs);
    Value *cols = xcalloc((size_t)refs.n + 1, sizeof *cols);
    for (int i = 0; i < refs.n; i++) {
        eval_expr(&c, refs.items[i], &cols[i]);
        const Expr *x = refs.items[i];
        Evidence ev_item = {0};
        ev_item.ind = x->kind == E_REF && x->u.ref.rk == R_INDICATOR ? x->u.ref.decl : first_indicator(x);
        /* a let is shown by its own name, not by the indicator it reads */
        ev_item.what = x->kind == E_CALL ? x->u.call.name
                     : x->kind == E_REF && x->u.ref.rk == R_LET ? x->u.ref.name : NULL;
        ev_item.value_unit = x->unit;
        /* one column per reference, in order: not deduplicated like evidence */
        VEC_PUSH(rr->leaves.items, rr->leaves.n, rr->leaves.cap, ev_item);
    }
    size_t nflagged = 0, cap = 0;
    for (size_t i = 0; i < set->n; i++) {
        Cell w = rule->when ? unit_cell(&when, set, i) : exact(1);
        Cell r = unit_cell(&req, set, i);
        bool applies = !w.miss && w.lo != 0;
        rr->nchecked += applies;
        bool nodata = w.miss || (applies && r.miss);
        bool flagged = applies && !r.miss && r.lo == 0;
        if (!flagged && !nodata) continue;
        FlaggedUnit f = {set->ids[i], NULL, NULL, nodata, xmalloc(sizeof(Cell) * ((size_t)refs.n + 1))};
        unit_texts(ev->st, set->ids[i], &f.code, &f.name);
        for (int k = 0; k < refs.n; k++) f.leaf_values[k] = unit_cell(&cols[k], set, i);
        VEC_PUSH(rr->flagged, nflagged, cap, f);
        rr->nnodata += nodata;
    }
    rr->nflagged = (int)nflagged;
    if (first_required == refs.n) first_required = 0;
    if (refs.n) sort_flagged(rr, first_required);
    for (int i = 0; i < refs.n; i++) value_free(&cols[i]);
    free(cols);
    for (size_t i = 0; i < ev->nmemo; i++) value_free(&ev->memo[i].v);
    ev->nmemo = 0;
    ev->memo_on = false;
    free(refs.items);
    value_free(&when);
    value_free(&req);
}

/* The last rule that reads a stored indicator: its scans are freed after
 * it (a whole-store plan would otherwise keep every row it read). */
typedef struct ReadBy { int64_t ind; int last; } ReadBy;

static int cmp_read_by(const void *a, const void *b)
{
    const ReadBy *x = a, *y = b;
    return x->ind != y->ind ? (x->ind > y->ind) - (x->ind < y->ind) : (x->last > y->last) - (x->last < y->last);
}

/* Notes the stored indicators e reads, through derived indicators and lets. */
static void note_reads(Eval *ev, const Expr *e, int rule, size_t *cap)
{
    if (!e) return;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_LET) note_reads(ev, ((const LetDecl *)e->u.ref.decl)->expr, rule, cap);
        else if (e->u.ref.rk == R_INDICATOR) {
            const Indicator *ind = e->u.ref.decl;
            if (ind->formula) note_reads(ev, ind->formula, rule, cap);
            else VEC_PUSH(ev->reads, ev->nreads, *cap, ((ReadBy){ind_info(ev, ind)->store_id, rule}));
        }
        return;
    case E_CALL:
        for (int i = 0; i < e->u.call.args.n; i++) note_reads(ev, e->u.call.args.items[i], rule, cap);
        return;
    case E_BIN:
        note_reads(ev, e->u.bin.l, rule, cap);
        note_reads(ev, e->u.bin.r, rule, cap);
        return;
    case E_NEG:
    case E_NOT: note_reads(ev, e->u.sub, rule, cap); return;
    default: return;
    }
}

/* Each stored indicator the rules read, once, with the last rule reading it. */
static void rules_read(Eval *ev, const Program *prog)
{
    size_t cap = 0;
    for (int i = 0; i < prog->rules.n; i++) {
        const Rule *rule = prog->rules.items[i];
        note_reads(ev, rule->when, i, &cap);
        note_reads(ev, rule->require, i, &cap);
    }
    if (ev->nreads) qsort(ev->reads, ev->nreads, sizeof *ev->reads, cmp_read_by);
    size_t n = 0;
    for (size_t i = 0; i < ev->nreads; i++) {
        if (n && ev->reads[n - 1].ind == ev->reads[i].ind) n--;
        ev->reads[n++] = ev->reads[i];
    }
    ev->nreads = n;
}

/* Frees the scans no rule after rule `done` reads (-1: before the first). */
static void scans_done(Eval *ev, int done)
{
    size_t kept = 0;
    for (size_t i = 0; i < ev->nscans; i++) {
        ReadBy key = {ev->scans[i].key.ind, INT_MAX};
        size_t lo = 0, hi = ev->nreads;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cmp_read_by(&ev->reads[mid], &key) < 0) lo = mid + 1;
            else hi = mid;
        }
        /* reads[lo - 1] is key.ind's entry, if it has one */
        if (lo && ev->reads[lo - 1].ind == key.ind && ev->reads[lo - 1].last > done) {
            ev->scans[kept++] = ev->scans[i];
        } else {
            scan_free(&ev->scans[i]);
        }
    }
    if (kept == ev->nscans) return;
    ev->nscans = kept;
    scan_rehash(ev, ev->nslots);
}

/* ---- follow-ups ---- */

/* The first cadence boundary strictly after `date` (yyyymmdd): ends of
 * months, quarters, terms (Jun 30, Dec 31) or school years (Jun 30). */
static int32_t next_boundary(int32_t date, Cadence cad)
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    if (cad == CAD_WEEK) {
        d += 7;
        while (d > period_days_in_month(y, m)) {
            d -= period_days_in_month(y, m);
            if (++m > 12) m = 1, y++;
        }
        return y * 10000 + m * 100 + d;
    }
    int step = cad == CAD_MONTH ? 1 : cad == CAD_QUARTER ? 3 : cad == CAD_TERM ? 6 : 12;
    int offset = cad == CAD_YEAR ? 6 : 0; /* school years end in June */
    for (int mm = m;; mm++) {
        int yy = y + (mm - 1) / 12, mo = (mm - 1) % 12 + 1;
        bool boundary = ((mo - offset + 12) % step) == 0;
        int32_t end = yy * 10000 + mo * 100 + period_days_in_month(yy, mo);
        if (boundary && end > date) return end;
    }
}

static int32_t measure_start(const Measure *m)
{
    return m->from_date ? m->from_date : m->from ? period_start_date(m->from) : 0;
}

static int32_t measure_end(const Measure *m)
{
    return m->to_date ? m->to_date : m->to ? period_end_date(m->to) : 0;
}

int32_t followup_next(const Measure *m, const Followup *f, int32_t after)
{
    int32_t start = measure_start(m), end = measure_end(m), next = 0;
    for (int k = 0; k < f->ndates; k++)
        if (f->dates[k] > after && (!next || f->dates[k] < next)) next = f->dates[k];
    if (f->every && start) {
        int32_t d = next_boundary((after >= start ? after : start - 1), f->every);
        if (end && d > end) d = end > after ? end : 0;
        if (d && (!next || d < next)) next = d;
    }
    return next;
}

/* For each follow-up, the latest occasion due by as_of. */
static void followups_due(PlanResult *r, const Program *p, int32_t as_of)
{
    size_t n = 0, cap = 0;
    for (int i = 0; i < p->measures.n; i++) {
        const Measure *m = p->measures.items[i];
        int32_t start = measure_start(m), end = measure_end(m);
        for (int j = 0; j < m->followups.n; j++) {
            const Followup *f = m->followups.items[j];
            int32_t due = 0;
            for (int k = 0; k < f->ndates; k++)
                if (f->dates[k] <= as_of && f->dates[k] > due) due = f->dates[k];
            if (f->every && start) {
                for (int32_t d = next_boundary(start - 1, f->every); d <= as_of && (!end || d <= end);
                     d = next_boundary(d, f->every))
                    if (d > due) due = d;
                if (end && end <= as_of && end > due) due = end;
            }
            if (!due) continue;
            FollowupDue fd = {m, f, due, end && due >= end};
            VEC_PUSH(r->due, n, cap, fd);
        }
    }
    r->ndue = (int)n;
}

/* ---- the plan ---- */

static bool selected(const Goal *g, const EvalOptions *opt)
{
    if (opt->area && (!g->area || strcmp(g->area, opt->area) != 0)) return false;
    if (!opt->only) return true;
    size_t idlen = strlen(g->id);
    for (const char *p = opt->only; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == idlen && strncmp(p, g->id, len) == 0) return true;
        p += len + (end ? 1 : 0);
    }
    return false;
}

/* --only and --area must name goals and areas of the plan: a misspelt name
 * would otherwise select nothing, and nothing judged would pass. */
static bool selection_known(Program *prog, const EvalOptions *opt)
{
    SrcLoc none = {-1, 0, 0};
    bool ok = true;
    if (opt->area) {
        bool found = false;
        for (int i = 0; i < prog->areas.n && !found; i++)
            found = strcmp(prog->areas.items[i], opt->area) == 0;
        if (!found) {
            diag_add(&prog->diags, DIAG_ERROR, none, "--area: the plan has no area \"%s\"", opt->area);
            ok = false;
        }
    }
    for (const char *p = opt->only; p && *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        bool found = false;
        for (int i = 0; i < prog->goals.n && !found; i++) {
            const Goal *g = prog->goals.items[i];
            found = strlen(g->id) == len && strncmp(p, g->id, len) == 0;
        }
        if (!found) {
            diag_add(&prog->diags, DIAG_ERROR, none, "--only: the plan has no goal '%.*s'", (int)len, p);
            ok = false;
        }
        p += len + (end ? 1 : 0);
    }
    return ok;
}

/* The organiser's unit: the plan's `unit "code"`, else its organiser's name
 * in any of its unit_name_forms ("Norbergs kommun" is Norberg). */
static int64_t organiser_unit(Eval *ev, const PlanHeader *h)
{
    if (h->unit_code) return unit_id(ev, h->unit_code);
    if (!h->organiser) return 0;
    int64_t id = unit_id(ev, h->organiser);
    char *forms[UNIT_NAME_FORMS];
    int n = unit_name_forms(h->organiser, forms);
    for (int i = 1; i < n; i++) { /* forms[0] is the name itself */
        if (id == 0 && (id = store_unit_lookup(ev->st, forms[i])) < 0) { store_error(ev); id = 0; }
        free(forms[i]);
    }
    free(forms[0]);
    return id;
}

void eval_close(Eval *ev)
{
    if (!ev) return;
    for (size_t i = 0; i < ev->ind_info.cap; i++)
        if (ev->ind_info.keys && ev->ind_info.keys[i]) {
            IndInfo *ii = ev->ind_info.vals[i];
            free(ii->periods);
            free(ii);
        }
    strmap_free(&ev->ind_info);
    strmap_free(&ev->units);
    for (size_t i = 0; i < ev->nsets; i++) {
        free(ev->sets[i]->ids);
        free(ev->sets[i]->sorted);
        free(ev->sets[i]->pos);
        free(ev->sets[i]);
    }
    free(ev->sets);
    for (size_t i = 0; i < ev->nscans; i++) scan_free(&ev->scans[i]);
    free(ev->scans);
    free(ev->scan_slots);
    free(ev->memo);
    free(ev->reads);
    free(ev->ranks);
    free(ev->scratch.items);
    free(ev);
}

Eval *eval_open(Program *prog, Store *st, Period period)
{
    Eval *ev = xcalloc(1, sizeof *ev);
    ev->prog = prog;
    ev->st = st;
    ev->period = period ? period : prog->plan.period;
    ev->unit = organiser_unit(ev, &prog->plan);
    const PlanHeader *h = &prog->plan;
    ev->coverage = h->coverage.given ? h->coverage.share : EVAL_COVERAGE_DEFAULT;
    if (!ev->unit && h->unit_code) {
        diag_add(&prog->diags, DIAG_ERROR, h->unit_loc,
                 "the plan's unit \"%s\" is not in the store %s (import the units first)",
                 h->unit_code, store_path(st));
        eval_close(ev);
        return NULL;
    }
    if (!ev->unit && h->organiser) {
        StrBuf near = {0};
        if (unit_names_closest(st, h->organiser, &near) == 0 && near.len) sb_puts(&near, "; ");
        diag_add(&prog->diags, DIAG_ERROR, h->organiser_loc,
                 "the organiser \"%s\" is not a unit in the store %s (%s%simport the units first, or "
                 "give the unit's code with `unit \"0181\"` in the plan header)",
                 h->organiser, store_path(st), near.len ? "closest: " : "", sb_str(&near));
        sb_free(&near);
        eval_close(ev);
        return NULL;
    }
    return ev;
}

bool eval_value(Eval *ev, const Expr *e, Value *out, EvidenceList *trace)
{
    Ctx c = {ev, ev->unit, NULL, 0, 0, -1, trace, NULL, NULL, 0};
    eval_expr(&c, e, out);
    return !ev->failed;
}

bool eval_value_at(Eval *ev, const Expr *e, Period p, Value *out)
{
    Ctx c = {ev, ev->unit, NULL, p, 0, -1, NULL, NULL, NULL, 0};
    eval_expr(&c, e, out);
    return !ev->failed;
}

long eval_indicator_series(Eval *ev, const Indicator *ind, Group g, Period **periods, Cell **cells)
{
    *periods = NULL;
    *cells = NULL;
    const Indicator *base = ind->formula ? first_indicator(ind->formula) : ind;
    if (!base) return 0;
    int64_t n = 0;
    const Period *ps = ind_periods(ev, ind_info(ev, base), &n);
    if (ev->failed) return -1;
    if (n == 0) return 0;
    *periods = xmalloc(sizeof(Period) * (size_t)n);
    *cells = xmalloc(sizeof(Cell) * (size_t)n);
    memcpy(*periods, ps, sizeof(Period) * (size_t)n);
    Expr ref = {.kind = E_REF};
    ref.u.ref.name = ind->name;
    ref.u.ref.rk = R_INDICATOR;
    ref.u.ref.decl = (void *)ind;
    ref.u.ref.s = &ast_no_selection;
    for (int64_t i = 0; i < n; i++) {
        Ctx c = {ev, ev->unit, NULL, ps[i], 0, (int)g, NULL, NULL, NULL, 0};
        Value v;
        eval_expr(&c, &ref, &v);
        (*cells)[i] = v.kind == VK_SCALAR ? v.scalar : missing(M_NO_ROW);
        value_free(&v);
    }
    return ev->failed ? -1 : (long)n;
}

PlanResult *eval_plan(Program *prog, Store *st, const EvalOptions *opt)
{
    if (!selection_known(prog, opt)) return NULL;
    Eval *ev = eval_open(prog, st, opt->period);
    if (!ev) return NULL;
    PlanResult *r = xcalloc(1, sizeof *r);
    r->units = xcalloc(1, sizeof *r->units);
    /* a large plan's results take megabytes: the arena's huge pages fault
     * them in a few times rather than once per 4 KiB page (a target keeps
     * about two pieces of evidence) */
    size_t ntargets = 0;
    for (int i = 0; i < prog->goals.n; i++)
        if (selected(prog->goals.items[i], opt)) ntargets += (size_t)((const Goal *)prog->goals.items[i])->targets.n;
    r->arena = arena_new(ntargets * (sizeof(TargetResult) + 2 * sizeof(Evidence)));
    r->prog = prog;
    r->store = st;
    r->period = ev->period;
    r->unit = ev->unit;
    r->unit_name = ev->unit > 0 ? unit_name_text(st, ev->unit) : NULL;
    r->goals = xcalloc((size_t)prog->goals.n + 1, sizeof *r->goals);
    for (int i = 0; i < prog->goals.n && !ev->failed; i++) {
        const Goal *g = prog->goals.items[i];
        if (!selected(g, opt)) continue;
        GoalResult *gr = &r->goals[r->ngoals++];
        gr->goal = g;
        gr->ntargets = g->targets.n;
        gr->targets = arena_alloc(r->arena, sizeof *gr->targets * (size_t)g->targets.n);
        for (int j = 0; j < g->targets.n; j++) judge_target(ev, r->arena, g->targets.items[j], &gr->targets[j]);
        gr->status = combine_targets(gr->targets, gr->ntargets, g->assessed);
        r->counts[gr->status]++;
    }
    r->measures = xcalloc((size_t)prog->measures.n + 1, sizeof *r->measures);
    for (int i = 0; i < prog->measures.n && !ev->failed; i++) {
        Measure *m = prog->measures.items[i];
        MeasureResult *mr = &r->measures[r->nmeasures++];
        mr->measure = m;
        if (m->expect) {
            /* an expectation is judged like a target without a weaker bound */
            Target *t = arena_alloc(r->arena, sizeof *t);
            t->expr = m->expect;
            t->loc = m->expect->loc;
            t->coverage = prog->plan.coverage.given ? prog->plan.coverage.share : EVAL_COVERAGE_DEFAULT;
            mr->has_expect = true;
            judge_target(ev, r->arena, t, &mr->expect);
        }
    }
    bool all_goals = !opt->only && !opt->area;
    if (all_goals) {
        r->rules = xcalloc((size_t)prog->rules.n + 1, sizeof *r->rules);
        rules_read(ev, prog);
        scans_done(ev, -1);
        for (int i = 0; i < prog->rules.n && !ev->failed; i++) {
            judge_rule(ev, prog->rules.items[i], &r->rules[r->nrules++]);
            scans_done(ev, i);
        }
    }
    if (opt->as_of) {
        r->as_of = opt->as_of;
        followups_due(r, prog, opt->as_of);
    }
    bool failed = ev->failed;
    eval_close(ev);
    if (failed) {
        plan_result_free(r);
        return NULL;
    }
    return r;
}

const UnitInfo *plan_unit(const PlanResult *r, int64_t id)
{
    UnitCache *c = r->units;
    for (size_t i = 0; i < c->n; i++)
        if (c->items[i]->id == id) return c->items[i]->code ? c->items[i] : NULL;
    UnitInfo *u = xcalloc(1, sizeof *u);
    if (store_unit_get(r->store, id, u) != 1) *u = (UnitInfo){.id = id}; /* remembered as unknown */
    VEC_PUSH(c->items, c->n, c->cap, u);
    return u->code ? u : NULL;
}

void plan_result_free(PlanResult *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->units->n; i++) {
        unit_info_free(r->units->items[i]);
        free(r->units->items[i]);
    }
    free(r->units->items);
    free(r->units);
    free(r->goals);
    for (int i = 0; i < r->nrules; i++) {
        for (int j = 0; j < r->rules[i].nflagged; j++) {
            FlaggedUnit *f = &r->rules[i].flagged[j];
            free(f->code);
            free(f->name);
            free(f->leaf_values);
        }
        free(r->rules[i].flagged);
        free(r->rules[i].leaves.items);
    }
    free(r->rules);
    free(r->measures);
    free(r->due);
    free(r->unit_name);
    arena_free(r->arena);
    free(r);
}
