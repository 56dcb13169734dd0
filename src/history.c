/* history.c — a judgement recorded, and today's set beside it.
 *
 * Items are matched by key: a goal by its name, a target by its goal and its
 * text as written (so an edited target is a new one: it asks something else),
 * a rule by its name. The values of an item are matched in the order the
 * evaluator met them when they read the same indicator, unit and group: the
 * period may have moved on (meritvärde 2019 then, 2020 now). */
#include <stdlib.h>
#include <string.h>
#include "history.h"
#include "render.h"
#include "util.h"

const char *trend_arrow(Trend t)
{
    static const char *const arrows[] = {"→", "↑", "↓", "?", "+", "−"};
    return arrows[t];
}

/* FNV-1a, 64 bits, of the bytes put so far in *h: eight bytes a turn of
 * the loop, as the whole plan goes through it when a judgement is recorded */
#define FNV_PRIME 1099511628211u
static void fnv_put(void *h, const char *s, size_t n)
{
    uint64_t v = *(uint64_t *)h;
    const unsigned char *u = (const unsigned char *)s, *end = u + n;
    for (; end - u >= 8; u += 8) {
        v = (v ^ u[0]) * FNV_PRIME;
        v = (v ^ u[1]) * FNV_PRIME;
        v = (v ^ u[2]) * FNV_PRIME;
        v = (v ^ u[3]) * FNV_PRIME;
        v = (v ^ u[4]) * FNV_PRIME;
        v = (v ^ u[5]) * FNV_PRIME;
        v = (v ^ u[6]) * FNV_PRIME;
        v = (v ^ u[7]) * FNV_PRIME;
    }
    for (; u < end; u++) v = (v ^ *u) * FNV_PRIME;
    *(uint64_t *)h = v;
}

void history_plan_hash(const Program *p, char out[17])
{
    /* the text as the language reads it: comments and the amount of white
     * space (`ska fmt`) do not make another plan */
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < p->sources.n; i++) {
        src_text_each(p, (SrcLoc){(int32_t)i, 0, (uint32_t)p->sources.items[i].len}, false, fnv_put, &h);
        fnv_put(&h, "\n", 1); /* a file boundary */
    }
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* Appends a target's key to sb. */
static void target_key(const Program *p, const GoalResult *g, const TargetResult *t, StrBuf *sb)
{
    sb_puts(sb, g->goal->id);
    sb_puts(sb, " › ");
    SrcLoc span = t->target->expr->loc;
    if (t->target->partly) span.end = t->target->partly->loc.end;
    src_text(p, span, sb);
}

static const char *indicator_key(const Indicator *ind)
{
    return ind ? ast_indicator_key(ind) : NULL;
}

/* A rule's status as recorded and compared: failed when it flags a unit,
 * achieved when it had units to check, else no data. */
static Status rule_status(const RuleResult *rr)
{
    return rr->nflagged > 0 ? ST_FAILED : rr->nunits ? ST_ACHIEVED : ST_NODATA;
}

/* ---- recording ---- */

static void pack_values(StrBuf *pack, const EvidenceList *ev)
{
    for (size_t i = 0; i < ev->n; i++) {
        const Evidence *e = &ev->items[i];
        judgement_pack_value(pack, &(RecordedValue){0, indicator_key(e->ind), e->what, e->kind == EV_VALUE ? e->unit : 0,
                                                    e->period, e->period_to, (int)e->group, e->value.lo, e->value.hi,
                                                    (int)e->value.miss});
    }
}

int history_record(Store *st, const PlanResult *r, int64_t last_import, const char *label, const char *plan_path,
                   RecordedRun *run)
{
    const Program *p = r->prog;
    char hash[17], when[STORE_TIME_MAX], per[PERIOD_TEXT_MAX];
    history_plan_hash(p, hash);
    StrBuf lb = {0};
    if (label) sb_puts(&lb, label);
    else {
        if (r->period) sb_printf(&lb, "%s ", period_format(r->period, per));
        sb_printf(&lb, "%.10s", store_time(when));
    }
    *run = (RecordedRun){0, NULL, lb.data, xstrdup(plan_path), xstrdup(p->plan.title ? p->plan.title : ""),
                         xstrdup(hash), r->period, last_import,
                         {r->counts[ST_ACHIEVED], r->counts[ST_PARTLY], r->counts[ST_FAILED], r->counts[ST_NODATA]}};
    /* items in plan order, each followed by the values that decided it */
    StrBuf pack = {0}, key = {0};
    for (int i = 0; i < r->ngoals; i++) {
        const GoalResult *g = &r->goals[i];
        judgement_pack_item(&pack, &(RecordedItem){0, g->goal->id, g->goal->title, RK_GOAL, (int)g->status, -1});
        for (int k = 0; k < g->ntargets; k++) {
            sb_clear(&key);
            target_key(p, g, &g->targets[k], &key);
            judgement_pack_item(&pack, &(RecordedItem){0, key.data, NULL, RK_TARGET, (int)g->targets[k].status, -1});
            pack_values(&pack, &g->targets[k].evidence);
        }
    }
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        judgement_pack_item(&pack, &(RecordedItem){0, rr->rule->id, rr->rule->title, RK_RULE, (int)rule_status(rr),
                                                   rr->nflagged});
    }
    int ok = store_record_judgement(st, run, &pack);
    sb_free(&pack);
    sb_free(&key);
    return ok;
}

/* ---- comparing ---- */

static bool is_latest(const char *which)
{
    return strcmp(which, "latest") == 0 || strcmp(which, "senaste") == 0;
}

/* The run `which` names among runs (oldest first) of the plan titled
 * title; -1 when none. */
static long find_run(const RecordedRun *runs, long n, const char *which, const char *title)
{
    if (which[0] == '#') {
        char *end;
        long long id = strtoll(which + 1, &end, 10);
        for (long i = 0; *end == '\0' && i < n; i++)
            if (runs[i].id == id) return i;
        return -1;
    }
    for (long i = n - 1; i >= 0; i--)
        if (is_latest(which) ? strcmp(runs[i].plan_title, title) == 0 : strcmp(runs[i].label, which) == 0)
            return i;
    return -1;
}

static char *no_run(const Store *st, const char *which, const char *title, long nruns)
{
    StrBuf sb = {0};
    if (nruns == 0)
        sb_printf(&sb, "%s: no judgement is recorded in it (`ska check PLAN --record` records one)", store_path(st));
    else if (which[0] == '#')
        sb_printf(&sb, "%s: no recorded judgement number %s (`ska history --db %s` lists them)", store_path(st),
                  which + 1, store_path(st));
    else if (is_latest(which))
        sb_printf(&sb, "%s: no judgement of the plan \"%s\" is recorded (`ska history --db %s` lists those that are)",
                  store_path(st), title, store_path(st));
    else
        sb_printf(&sb, "%s: no judgement labelled \"%s\" is recorded (`ska history --db %s` lists the labels)",
                  store_path(st), which, store_path(st));
    return sb.data;
}

static Trend trend_of(int before, int after)
{
    if (before < 0) return TR_ADDED;
    if (after < 0) return TR_REMOVED;
    if (before == after) return TR_SAME;
    if (before == ST_NODATA || after == ST_NODATA) return TR_DATA;
    /* ST_ACHIEVED < ST_PARTLY < ST_FAILED: a smaller status is better */
    return after < before ? TR_UP : TR_DOWN;
}

static const RecordedItem *recorded_item(const RecordedJudgement *j, const char *key)
{
    size_t lo = 0, hi = j->nitems; /* loaded ordered by key */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(j->items[mid].key, key);
        if (c == 0) return &j->items[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static bool same_cell(Cell a, double lo, double hi, int miss)
{
    if ((int)a.miss != miss) return false;
    return a.miss != M_NONE || (a.lo == lo && a.hi == hi);
}

static bool same_source(const Evidence *e, const RecordedValue *v)
{
    const char *ind = indicator_key(e->ind);
    if ((ind == NULL) != (v->ind == NULL) || (ind && strcmp(ind, v->ind) != 0)) return false;
    if ((e->what == NULL) != (v->what == NULL) || (e->what && strcmp(e->what, v->what) != 0)) return false;
    return (e->kind == EV_VALUE ? e->unit : 0) == v->unit && (int)e->group == v->grp;
}

/* Today's evidence beside the values recorded for the same item (values of
 * one item are loaded together, in the order they were met). */
static void value_changes(ItemChange *ic, const RecordedItem *it, const EvidenceList *ev, const RecordedJudgement *j)
{
    size_t lo = 0, hi = j->nvalues; /* the first value of the item: values are ordered by item */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (j->values[mid].item < it->seq) lo = mid + 1;
        else hi = mid;
    }
    size_t k = lo;
    for (size_t i = 0; i < ev->n; i++, k++) {
        if (k >= j->nvalues || j->values[k].item != it->seq) break;
        const Evidence *e = &ev->items[i];
        const RecordedValue *v = &j->values[k];
        if (!same_source(e, v)) break; /* the target reads something else now */
        if (e->period == v->period && e->period_to == v->period_to && same_cell(e->value, v->lo, v->hi, v->missing))
            continue;
        ic->values = xrealloc(ic->values, (ic->nvalues + 1) * sizeof *ic->values);
        ic->values[ic->nvalues++] = (ValueChange){e, {v->lo, v->hi, (Missing)v->missing, false}, v->period};
    }
}

typedef struct ChangeList {
    Changes *c;
    size_t cap;
    bool *seen;                 /* recorded items matched today */
    const RecordedItem *found;  /* the recorded item add_change matched, or NULL */
} ChangeList;

static ItemChange *add_change(ChangeList *cl, RecordedKind kind, char *key, const RecordedJudgement *j, int after)
{
    Changes *c = cl->c;
    if (c->nitems == cl->cap) c->items = xrealloc(c->items, (cl->cap = cl->cap ? 2 * cl->cap : 16) * sizeof *c->items);
    ItemChange *ic = &c->items[c->nitems++];
    memset(ic, 0, sizeof *ic);
    const RecordedItem *it = cl->found = recorded_item(j, key);
    if (it) cl->seen[it - j->items] = true;
    ic->kind = kind;
    ic->key = key;
    ic->before = it ? it->status : -1;
    ic->after = after;
    ic->flagged_before = it ? it->flagged : -1;
    ic->flagged_after = -1;
    ic->trend = trend_of(ic->before, after);
    return ic;
}

static void compare(Changes *c, const PlanResult *r, const RecordedJudgement *j)
{
    ChangeList cl = {c, 0, xcalloc(j->nitems + 1, sizeof(bool)), NULL};
    for (int i = 0; i < r->ngoals; i++) {
        const GoalResult *g = &r->goals[i];
        ItemChange *ic = add_change(&cl, RK_GOAL, xstrdup(g->goal->id), j, (int)g->status);
        ic->goal = g;
        for (int k = 0; k < g->ntargets; k++) {
            const TargetResult *t = &g->targets[k];
            StrBuf key = {0};
            target_key(r->prog, g, t, &key);
            ic = add_change(&cl, RK_TARGET, key.data, j, (int)t->status);
            ic->goal = g;
            ic->target = t;
            if (cl.found) value_changes(ic, cl.found, &t->evidence, j);
        }
    }
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        ItemChange *ic = add_change(&cl, RK_RULE, xstrdup(rr->rule->id), j, (int)rule_status(rr));
        ic->rule = rr;
        ic->flagged_after = rr->nflagged;
    }
    /* A recorded goal or rule the plan no longer has (not one left out by
     * --only or --area: those are still in the plan). Targets of a goal
     * still there that were edited away show as the goal's new targets. */
    for (size_t i = 0; i < j->nitems; i++) {
        const RecordedItem *it = &j->items[i];
        if (cl.seen[i] || it->kind == RK_TARGET) continue;
        const List *decls = it->kind == RK_GOAL ? &r->prog->goals : &r->prog->rules;
        bool in_plan = false;
        for (int d = 0; d < decls->n && !in_plan; d++) {
            const char *id = it->kind == RK_GOAL ? ((const Goal *)decls->items[d])->id
                                                 : ((const Rule *)decls->items[d])->id;
            in_plan = strcmp(id, it->key) == 0;
        }
        if (in_plan) continue;
        ItemChange *ic = add_change(&cl, it->kind, xstrdup(it->key), j, -1);
        ic->title = it->title ? xstrdup(it->title) : NULL;
    }
    free(cl.seen);
}

/* Every recorded run, oldest first; false with *err on a store error. */
static bool history_runs(Store *st, RecordedRun **runs, long *n, char **err)
{
    *n = store_recorded_runs(st, runs);
    if (*n >= 0) return true;
    *err = xstrdup(store_errmsg(st));
    return false;
}

/* The order revisions are looked up in: the stored value (indicator, unit,
 * group, period), then oldest first. */
typedef struct RevisionKey { const char *ind; int64_t unit; int grp; Period period; } RevisionKey;

static int revision_cmp(const RevisionKey *k, const Revision *r)
{
    int c = strcmp(k->ind, r->ind);
    if (c) return c;
    if (k->unit != r->unit) return k->unit < r->unit ? -1 : 1;
    if (k->grp != r->grp) return k->grp < r->grp ? -1 : 1;
    return k->period < r->period ? -1 : k->period > r->period;
}

static int revision_order(const void *a, const void *b)
{
    const Revision *x = a, *y = b;
    int c = revision_cmp(&(RevisionKey){x->ind, x->unit, x->grp, x->period}, y);
    return c ? c : x->import_run < y->import_run ? -1 : x->import_run > y->import_run;
}

bool history_changes(Store *st, const PlanResult *r, const char *which, Changes *out, char **err)
{
    memset(out, 0, sizeof *out);
    *err = NULL;
    RecordedRun *runs;
    long n;
    if (!history_runs(st, &runs, &n, err)) return false;
    const char *title = r->prog->plan.title ? r->prog->plan.title : "";
    long at = find_run(runs, n, which ? which : "latest", title);
    bool ok = true;
    if (at < 0 && which) {
        *err = no_run(st, which, title, n);
        ok = false;
    } else if (at >= 0) {
        out->since = runs[at];
        runs[at] = (RecordedRun){0};
        long nrev = store_revisions(st, out->since.last_import, NULL, &out->revisions);
        out->nrevisions = nrev > 0 ? (size_t)nrev : 0;
        if (out->nrevisions) qsort(out->revisions, out->nrevisions, sizeof *out->revisions, revision_order);
        ok = nrev >= 0;
        if (ok && which) {
            /* hashing a large plan's text is no small cost: only a
             * comparison shows whether it changed */
            char hash[17];
            history_plan_hash(r->prog, hash);
            out->plan_changed = strcmp(hash, out->since.plan_hash) != 0;
            RecordedJudgement j = {0};
            ok = store_load_judgement(st, out->since.id, &j) == 0;
            if (ok) compare(out, r, &j);
            out->compared = ok;
            recorded_judgement_free(&j);
        }
        if (!ok) *err = xstrdup(store_errmsg(st));
    }
    for (long i = 0; i < n; i++) recorded_run_free(&runs[i]);
    free(runs);
    if (!ok) changes_free(out);
    return ok;
}

const Revision *changes_revisions_of(const Changes *c, const Evidence *e, size_t *n)
{
    *n = 0;
    if (!c || e->kind != EV_VALUE || !e->ind) return NULL;
    RevisionKey k = {indicator_key(e->ind), e->unit, (int)e->group, e->period};
    size_t lo = 0, hi = c->nrevisions; /* the first revision of the value: sorted by history_changes */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (revision_cmp(&k, &c->revisions[mid]) > 0) lo = mid + 1;
        else hi = mid;
    }
    while (lo + *n < c->nrevisions && revision_cmp(&k, &c->revisions[lo + *n]) == 0) (*n)++;
    return *n ? &c->revisions[lo] : NULL;
}

const ItemChange *changes_item(const Changes *c, const GoalResult *g, const TargetResult *t)
{
    if (!c || !c->compared) return NULL;
    for (size_t i = 0; i < c->nitems; i++)
        if ((!g || c->items[i].goal == g) && c->items[i].target == t &&
            (t || c->items[i].kind == RK_GOAL)) return &c->items[i];
    return NULL;
}

const ValueChange *changes_value_of(const ItemChange *ic, const Evidence *e)
{
    for (size_t k = 0; ic && k < ic->nvalues; k++)
        if (ic->values[k].now == e) return &ic->values[k];
    return NULL;
}

const Indicator *history_indicator(const Program *p, const char *key)
{
    for (int i = 0; i < p->indicators.n; i++) {
        const Indicator *ind = p->indicators.items[i];
        if (!ind->formula && strcmp(indicator_key(ind), key) == 0) return ind;
    }
    return NULL;
}

void changes_free(Changes *c)
{
    recorded_run_free(&c->since);
    for (size_t i = 0; i < c->nitems; i++) {
        free(c->items[i].key);
        free(c->items[i].title);
        free(c->items[i].values);
    }
    free(c->items);
    revisions_free(c->revisions, c->nrevisions);
    memset(c, 0, sizeof *c);
}
