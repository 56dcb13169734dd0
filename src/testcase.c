/* testcase.c — `test` blocks: their constructors (called from the
 * grammar), the check of the names they use, and running one: an
 * in-memory store filled through the import API with the test's units and
 * values, the plan judged against it, each expectation compared. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "import.h"
#include "parse.h"
#include "testcase.h"
#include "unit_names.h"

/* ---- constructors ---- */


void ast_test(ParseState *ps, SrcLoc loc, const char *name, List *items)
{
    TestCase *t = arena_alloc(ps->prog->arena, sizeof *t);
    t->name = name;
    t->loc = loc;
    int nd = 0, ne = 0;
    for (int i = 0; i < items->n; i++) {
        TestItemKind k = *(TestItemKind *)items->items[i];
        nd += k == TI_DATA, ne += k == TI_EXPECT;
    }
    t->data = arena_alloc(ps->prog->arena, sizeof *t->data * (size_t)(nd + 1));
    t->expects = arena_alloc(ps->prog->arena, sizeof *t->expects * (size_t)(ne + 1));
    bool period_given = false;
    for (int i = 0; i < items->n; i++) {
        void *it = items->items[i];
        TestField *f = it;
        switch (*(TestItemKind *)it) {
        case TI_PERIOD:
            if (period_given) parse_error(ps, f->loc, false, "'period' is given twice");
            else t->period = f->period;
            period_given = true;
            break;
        case TI_ORGANISER:
            if (t->organiser) parse_error(ps, f->loc, false, "'organiser' is given twice");
            else t->organiser = f->text, t->organiser_loc = f->loc;
            break;
        case TI_DATA: t->data[t->ndata++] = it; break;
        case TI_EXPECT: t->expects[t->nexpects++] = it; break;
        }
    }
    free(items->items);
    list_push(&ps->prog->tests, t);
}

static TestField *field(ParseState *ps, SrcLoc loc, TestItemKind k)
{
    TestField *f = arena_alloc(ps->prog->arena, sizeof *f);
    f->item = k;
    f->loc = loc;
    return f;
}

void *ast_test_period(ParseState *ps, SrcLoc loc, When w)
{
    TestField *f = field(ps, loc, TI_PERIOD);
    f->period = w.period;
    if (!w.period && w.date)
        parse_error(ps, loc, false, "a test's period is a year, school year or term, not a date");
    return f;
}

void *ast_test_organiser(ParseState *ps, SrcLoc loc, const char *name)
{
    TestField *f = field(ps, loc, TI_ORGANISER);
    f->text = name;
    return f;
}

TestData *ast_test_data(ParseState *ps, SrcLoc loc, const char *name, List *sels, List *values)
{
    TestData *d = arena_alloc(ps->prog->arena, sizeof *d);
    d->item = TI_DATA;
    d->name = name;
    d->loc = loc;
    d->sels = ast_keep_list(ps, sels);
    d->values = ast_keep_list(ps, values);
    return d;
}

TestExpect *ast_test_expect(ParseState *ps, SrcLoc loc, const char *name, TestExpectKind kind,
                            double target_no, const char *label, SrcLoc tloc)
{
    TestExpect *e = arena_alloc(ps->prog->arena, sizeof *e);
    e->item = TI_EXPECT;
    e->kind = kind;
    e->name = name;
    e->name_loc = loc;
    e->target_label = label;
    e->target_loc = tloc;
    if (kind == TX_TARGET && !label) {
        if (target_no < 1 || target_no > 1e6 || target_no != (int)target_no)
            parse_error(ps, tloc, false, "targets are numbered 1, 2, 3 … in the order the goal lists them");
        else
            e->target_no = (int)target_no;
    }
    return e;
}

void *ast_test_status(ParseState *ps, SrcLoc loc, TestExpect *e, const char *status, SrcLoc sloc)
{
    (void)ps;
    e->loc = loc;
    e->status_text = status;
    e->status_loc = sloc;
    return e;
}

void *ast_test_rule(ParseState *ps, SrcLoc loc, SrcLoc nloc, const char *name, SrcLoc vloc,
                    const char *verb, List *units)
{
    TestExpect *e = ast_test_expect(ps, nloc, name, TX_RULE, 0, NULL, nloc);
    e->loc = loc;
    if (strcmp(verb, "flags") != 0 && strcmp(verb, "flaggar") != 0)
        parse_error(ps, vloc, false, "expected 'flags' (or 'flaggar') and the units the rule flags, "
                                     "such as: expect rule R1 flags skola_a, skola_b");
    /* `flags none`: a rule that flags no unit */
    const TestUnit *u = units->n == 1 ? units->items[0] : NULL;
    if (u && !u->quoted && (strcmp(u->text, "none") == 0 || strcmp(u->text, "inga") == 0))
        units->n = 0;
    e->units = ast_keep_list(ps, units);
    return e;
}

const char *ast_test_words(ParseState *ps, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *s = arena_alloc(ps->prog->arena, na + nb + 2);
    memcpy(s, a, na);
    s[na] = ' ';
    memcpy(s + na + 1, b, nb + 1);
    return s;
}

TestUnit *ast_test_unit(ParseState *ps, SrcLoc loc, const char *text, bool quoted)
{
    TestUnit *u = arena_alloc(ps->prog->arena, sizeof *u);
    u->text = text, u->quoted = quoted, u->loc = loc;
    return u;
}

void ast_test_when(ParseState *ps, SrcLoc loc, When w, TestValue *v)
{
    if (!w.period && w.date)
        parse_error(ps, loc, false, "a value is for a year, school year or term, not a date");
    v->period = w.period;
    v->loc.start = loc.start; /* `2018: 221,3` as a whole, for "a second value" */
}

static int64_t pupils(ParseState *ps, SrcLoc loc, double count)
{
    if (count < 0) return -1;
    if (count != (double)(int64_t)count || count > 1e9) {
        parse_error(ps, loc, false, "a number of pupils is a whole number, such as (25)");
        return -1;
    }
    return (int64_t)count;
}

TestValue *ast_test_value(ParseState *ps, SrcLoc loc, ValueStatus st, double v, double count)
{
    TestValue *t = arena_alloc(ps->prog->arena, sizeof *t);
    t->status = st, t->value = v, t->loc = loc;
    t->count = pupils(ps, loc, count);
    return t;
}

TestValue *ast_test_near(ParseState *ps, SrcLoc loc, double v, double count)
{
    if (v != 100)
        parse_error(ps, loc, false, "'~' is only written as ~100: a share near 100 %% (give the "
                                    "number of pupils after it, as in ~100 (25))");
    return ast_test_value(ps, loc, VS_NEAR100, 0, count);
}

TestValue *ast_test_empty(ParseState *ps, SrcLoc loc, const char *word)
{
    if (strcmp(word, "_") != 0)
        parse_error(ps, loc, false, "'%s' is not a value (expected a number such as 221,3, or .. . "
                                    "~100, or _ for a value left empty)", word);
    return ast_test_value(ps, loc, VS_NULL, 0, -1);
}

/* ---- checking the names a test uses ---- */

static void error(Program *p, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error(Program *p, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(&p->diags, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
}

/* " (did you mean 'x'?)" for the closest of names (n of them, each at
 * offset off of a struct in items), or "". */
static void suggest(StrBuf *sb, const char *name, void *const *items, int n, size_t off)
{
    const char *best = NULL;
    int best_d = utf8_width(name, strlen(name)) > 4 ? 3 : 2;
    for (int i = 0; i < n; i++) {
        const char *cand = *(const char *const *)((const char *)items[i] + off);
        int d = utf8_distance(name, cand);
        if (d < best_d) best = cand, best_d = d;
    }
    if (best) sb_printf(sb, " (did you mean '%s'?)", best);
}

/* The declaration in items whose name (at offset off) is name, or NULL
 * after reporting it unknown. */
static void *find(Program *p, SrcLoc loc, const char *what, const char *name, const List *l, size_t off)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(*(const char *const *)((const char *)l->items[i] + off), name) == 0) return l->items[i];
    StrBuf sb = {0};
    suggest(&sb, name, l->items, l->n, off);
    error(p, loc, "unknown %s '%s'%s", what, name, sb_str(&sb));
    sb_free(&sb);
    return NULL;
}

static bool group_word(const char *s, Group *g)
{
    static const struct { const char *w; Group g; } words[] = {
        {"totalt", GRP_TOTAL}, {"total", GRP_TOTAL}, {"flickor", GRP_GIRLS},
        {"girls", GRP_GIRLS}, {"pojkar", GRP_BOYS}, {"boys", GRP_BOYS},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(s, words[i].w) == 0) { *g = words[i].g; return true; }
    return false;
}

static bool same_unit(const TestUnit *a, const TestUnit *b)
{
    if (!a || !b) return a == b;
    return a->quoted == b->quoted && strcmp(a->text, b->text) == 0;
}

static void check_data(Program *p, const TestCase *t, TestData *d)
{
    d->ind = find(p, d->loc, "indicator", d->name, &p->indicators, offsetof(Indicator, name));
    if (d->ind && d->ind->formula)
        error(p, d->loc, "'%s' is computed from other indicators: give data for those instead", d->name);
    d->group = GRP_TOTAL;
    bool has_group = false;
    for (int i = 0; i < d->sels.n; i++) {
        const TestUnit *u = d->sels.items[i];
        Group g;
        if (!u->quoted && group_word(u->text, &g)) {
            if (has_group) error(p, u->loc, "a series is for one group (totalt, flickor or pojkar)");
            d->group = g, has_group = true;
        } else if (d->unit) {
            error(p, u->loc, "a series is for one unit: write a data field per unit");
        } else {
            d->unit = u;
        }
    }
    if (!d->unit && !p->plan.organiser && !p->plan.unit_code && !t->organiser)
        error(p, d->loc, "the plan names no organiser: say whose values these are, as in %s[skola_a], "
                         "or give the test one with organiser \"…\"", d->name);
}

/* A second value for the same indicator, unit, group and period. */
static void check_twice(Program *p, const TestCase *t)
{
    for (int i = 0; i < t->ndata; i++)
        for (int vi = 0; vi < t->data[i]->values.n; vi++) {
            const TestValue *v = t->data[i]->values.items[vi];
            for (int j = 0; j <= i; j++) {
                const TestData *a = t->data[i], *b = t->data[j];
                if (a->ind != b->ind || a->group != b->group || !same_unit(a->unit, b->unit)) continue;
                int end = j == i ? vi : b->values.n;
                for (int wi = 0; wi < end; wi++) {
                    const TestValue *w = b->values.items[wi];
                    if (w->period != v->period || !v->period) continue;
                    int line, col;
                    src_linecol(&p->sources.items[w->loc.src], w->loc.start, &line, &col);
                    error(p, v->loc, "a second value for this period (the first is on line %d)", line);
                    goto next;
                }
            }
        next:;
        }
}

static const struct { const char *w; Status s; } status_words[] = {
    {"uppnått", ST_ACHIEVED}, {"achieved", ST_ACHIEVED},
    {"delvis", ST_PARTLY}, {"delvis uppnått", ST_PARTLY}, {"partly", ST_PARTLY},
    {"partly achieved", ST_PARTLY},
    {"ej uppnått", ST_FAILED}, {"not achieved", ST_FAILED}, {"failed", ST_FAILED},
    {"ingen data", ST_NODATA}, {"no data", ST_NODATA},
};

/* A status as written: its words (ej_uppnått is ej uppnått), or the
 * plan's own word for it from its `statuses` scale. */
static bool status_of(const Program *p, const char *text, Status *out)
{
    char *s = xstrdup(text);
    for (char *c = s; *c; c++)
        if (*c == '_') *c = ' ';
    bool found = false;
    for (size_t i = 0; i < sizeof status_words / sizeof status_words[0] && !found; i++)
        if (str_ieq(s, status_words[i].w)) *out = status_words[i].s, found = true;
    for (int k = 0; k < ST_COUNT && !found && p->plan.scale; k++)
        if (str_ieq(text, p->plan.scale->labels[k])) *out = (Status)k, found = true;
    free(s);
    return found;
}

static void check_expect(Program *p, TestExpect *e)
{
    switch (e->kind) {
    case TX_GOAL:
    case TX_TARGET: {
        const Goal *g = find(p, e->name_loc, "goal", e->name, &p->goals, offsetof(Goal, id));
        e->decl = g;
        if (!g || e->kind == TX_GOAL) break;
        if (e->target_label) {
            e->target = -1;
            for (int i = 0; i < g->targets.n && e->target < 0; i++) {
                const Target *t = g->targets.items[i];
                if (t->label && strcmp(t->label, e->target_label) == 0) e->target = i;
            }
            if (e->target < 0) error(p, e->target_loc, "goal %s has no target labelled \"%s\"", g->id, e->target_label);
        } else if (e->target_no > g->targets.n) {
            error(p, e->target_loc, "goal %s has %d target%s", g->id, g->targets.n, g->targets.n == 1 ? "" : "s");
        } else {
            e->target = e->target_no - 1;
        }
        break;
    }
    case TX_MEASURE: {
        const Measure *m = find(p, e->name_loc, "measure", e->name, &p->measures, offsetof(Measure, id));
        e->decl = m;
        if (m && !m->expect)
            error(p, e->name_loc, "measure %s has no expected effect written as a condition "
                                  "(expect meritvärde > 220) to judge", m->id);
        break;
    }
    case TX_RULE:
        e->decl = find(p, e->name_loc, "rule", e->name, &p->rules, offsetof(Rule, id));
        return;
    }
    if (e->status_text && !status_of(p, e->status_text, &e->status))
        error(p, e->status_loc, "unknown status '%s' (expected uppnått, delvis, ej uppnått or ingen data; "
                                "achieved, partly, not achieved or no data)", e->status_text);
}

bool testcase_check(Program *p)
{
    int before = p->diags.errors;
    for (int i = 0; i < p->tests.n; i++) {
        TestCase *t = p->tests.items[i];
        for (int j = 0; j < i; j++) {
            const TestCase *u = p->tests.items[j];
            if (strcmp(u->name, t->name) != 0) continue;
            int line, col;
            src_linecol(&p->sources.items[u->loc.src], u->loc.start, &line, &col);
            error(p, t->loc, "a second test called \"%s\" (the first is on line %d)", t->name, line);
            break;
        }
        if (t->organiser && (p->plan.organiser || p->plan.unit_code))
            error(p, t->organiser_loc, "the plan names its organiser: a test gives one only to a plan "
                                       "that has none (a template)");
        for (int j = 0; j < t->ndata; j++) check_data(p, t, t->data[j]);
        check_twice(p, t);
        for (int j = 0; j < t->nexpects; j++) check_expect(p, t->expects[j]);
    }
    return p->diags.errors == before;
}

/* ---- running a test ---- */

/* The units of one run: what a test's names stand for in its store. */
typedef struct RunUnit { const char *text; bool quoted; int64_t id; } RunUnit;
typedef struct Units {
    RunUnit *items;
    size_t n, cap;
    const char *organiser; /* its code, NULL if the plan has none */
    char organiser_code[24];
    int64_t organiser_id;
    int made;              /* codes made for schools named only in the test */
} Units;

static int64_t known(const Units *us, const char *text, bool quoted)
{
    for (size_t i = 0; i < us->n; i++)
        if (us->items[i].quoted == quoted && strcmp(us->items[i].text, text) == 0) return us->items[i].id;
    return 0;
}

static const UnitDecl *declared(const Program *p, const char *name)
{
    for (int i = 0; i < p->units.n; i++)
        if (strcmp(((const UnitDecl *)p->units.items[i])->name, name) == 0) return p->units.items[i];
    return NULL;
}

/* The kind of unit a code is, as Kolada numbers them: 0000 is the nation,
 * four digits a municipality, anything else a school. */
static const char *code_kind(const char *code)
{
    size_t n = strlen(code);
    if (n != 4 || strspn(code, "0123456789") != 4) return "school";
    return strcmp(code, "0000") == 0 ? "riket" : "kommun";
}

/* A code made for a unit the plan names by name only (a store code has a
 * digit): "#1", "#2" …, which no real code looks like. */
static const char *made_code(Units *us, char buf[24])
{
    snprintf(buf, 24, "#%d", ++us->made);
    return buf;
}

/* Stores the unit a test names (once), remembering its id: a declared unit
 * with its code, kind and parent (which is stored too); a quoted code; any
 * other name a school of the organiser's (of kind school, so `for each
 * school` goes over it), stored under a made code and its name as written.
 * A declared unit whose "code" is a name is stored under that name. 0 or -1. */
static int add_unit(Importer *im, const Program *p, Units *us, const char *text, bool quoted)
{
    if (known(us, text, quoted)) return 0;
    const PlanHeader *h = &p->plan;
    if (quoted && us->organiser_id && ((h->unit_code && strcmp(text, h->unit_code) == 0) ||
                                       (h->organiser && strcmp(text, h->organiser) == 0))) {
        RunUnit ru = {text, quoted, us->organiser_id};
        VEC_PUSH(us->items, us->n, us->cap, ru);
        return 0;
    }
    const UnitDecl *d = quoted ? NULL : declared(p, text);
    char made[24];
    ImportUnit iu = {0};
    const char *set = NULL;
    if (d) {
        if (d->parent && add_unit(im, p, us, d->parent, true) < 0) return -1;
        bool named = unit_code_is_name(d->code);
        iu.code = named ? made_code(us, made) : d->code;
        iu.name = named ? d->code : d->title ? d->title : d->name;
        set = d->kind ? unit_set_kind(d->kind) : NULL;
        iu.kind = d->kind && unit_kind_canonical(d->kind) ? unit_kind_canonical(d->kind)
                : set ? (strncmp(set, "school", 6) == 0 ? "school" : set) : code_kind(d->code);
        iu.parent = d->parent;
    } else if (quoted && unit_code_is_name(text)) {
        iu.code = made_code(us, made);
        iu.name = text;
        iu.kind = "school";
    } else if (quoted) {
        iu.code = text;
        iu.kind = code_kind(text);
    } else {
        iu.code = made_code(us, made);
        iu.name = text;
        iu.kind = "school";
    }
    if (!iu.parent && strcmp(iu.kind, "school") == 0) iu.parent = us->organiser;
    ImportCounts c = {0};
    int64_t id = import_unit_ref(im, &iu, &c);
    if (id < 0) return -1;
    if (set && strcmp(set, "school_independent") == 0 && import_unit_organiser(im, id, NULL, "enskild") < 0)
        return -1;
    RunUnit ru = {text, quoted, id};
    VEC_PUSH(us->items, us->n, us->cap, ru);
    return 0;
}

/* The organiser (the plan's unit, by its code or its name), and every unit
 * the test names. 0 or -1. */
static int add_units(Importer *im, const Program *p, const TestCase *t, Units *us)
{
    const PlanHeader *h = &p->plan;
    if (h->unit_code || h->organiser) {
        bool named = !h->unit_code || unit_code_is_name(h->unit_code);
        /* a municipality, or the nation for a plan of Riket's ("0000") */
        ImportUnit iu = {.code = named ? made_code(us, us->organiser_code) : h->unit_code,
                         .name = h->organiser ? h->organiser : h->unit_code,
                         .kind = !named && strcmp(code_kind(h->unit_code), "riket") == 0 ? "riket" : "kommun"};
        ImportCounts c = {0};
        if ((us->organiser_id = import_unit_ref(im, &iu, &c)) < 0) return -1;
        us->organiser = iu.code;
    }
    for (int i = 0; i < p->units.n; i++) {
        const UnitDecl *d = p->units.items[i];
        if (d->code && add_unit(im, p, us, d->name, false) < 0) return -1;
    }
    for (int i = 0; i < t->ndata; i++) {
        const TestUnit *u = t->data[i]->unit;
        if (u && add_unit(im, p, us, u->text, u->quoted) < 0) return -1;
    }
    for (int i = 0; i < t->nexpects; i++)
        for (int j = 0; j < t->expects[i]->units.n; j++) {
            const TestUnit *u = t->expects[i]->units.items[j];
            if (add_unit(im, p, us, u->text, u->quoted) < 0) return -1;
        }
    return 0;
}

static int add_values(Importer *im, const Program *p, const TestCase *t, const Units *us, ImportCounts *c)
{
    for (int i = 0; i < t->ndata; i++) {
        const TestData *d = t->data[i];
        int64_t ind = import_indicator(im, ast_indicator_key(d->ind));
        if (ind < 0) return -1;
        ImportKey k = {ind, d->unit ? known(us, d->unit->text, d->unit->quoted) : us->organiser_id, d->group, 0};
        for (int j = 0; j < d->values.n; j++) {
            const TestValue *v = d->values.items[j];
            int line, col;
            src_linecol(&p->sources.items[v->loc.src], v->loc.start, &line, &col);
            ImportValue iv = {v->value, v->status, v->count, line};
            k.period = v->period;
            if (import_result(im, &k, &iv, c) < 0) return -1;
        }
    }
    return 0;
}


static bool flagged(const RuleResult *rr, int64_t id)
{
    for (int i = 0; i < rr->nflagged; i++)
        if (rr->flagged[i].unit == id) return true;
    return false;
}

static void compare(TestRun *run, const Units *us)
{
    const PlanResult *r = run->res;
    for (int i = 0; i < run->nchecks; i++) {
        TestCheck *c = &run->checks[i];
        const TestExpect *e = c->ex;
        if (e->kind == TX_GOAL || e->kind == TX_TARGET) {
            for (int g = 0; g < r->ngoals; g++)
                if (r->goals[g].goal == e->decl) c->goal = &r->goals[g];
            if (e->kind == TX_TARGET) c->target = &c->goal->targets[e->target];
            c->got = e->kind == TX_GOAL ? c->goal->status : c->target->status;
            c->ok = c->got == e->status;
        } else if (e->kind == TX_MEASURE) {
            for (int m = 0; m < r->nmeasures; m++)
                if (r->measures[m].measure == e->decl) c->target = &r->measures[m].expect;
            c->got = c->target->status;
            c->ok = c->got == e->status;
        } else {
            for (int k = 0; k < r->nrules; k++)
                if (r->rules[k].rule == e->decl) c->rule = &r->rules[k];
            int64_t *want = xcalloc((size_t)e->units.n + 1, sizeof *want);
            int nwant = 0;
            c->ok = true;
            for (int u = 0; u < e->units.n; u++) {
                const TestUnit *tu = e->units.items[u];
                int64_t id = known(us, tu->text, tu->quoted);
                bool dup = false;
                for (int w = 0; w < nwant; w++) dup |= want[w] == id;
                if (dup) continue;
                want[nwant++] = id;
                c->ok &= flagged(c->rule, id);
            }
            c->ok &= nwant == c->rule->nflagged;
            run->want[i] = want;
        }
        run->nfailed += !c->ok;
    }
}

bool testcase_run(Program *p, const TestCase *t, TestRun *run)
{
    memset(run, 0, sizeof *run);
    run->test = t;
    int before = p->diags.errors;
    char *err = NULL;
    Importer *im = import_begin_memory("the test's data", &err);
    if (!im) {
        error(p, t->loc, "cannot make the test's store: %s", err);
        free(err);
        return false;
    }
    run->im = im;
    Units us = {0};
    /* a template plan is judged as the test's organiser's for this run */
    const char *plan_organiser = p->plan.organiser;
    if (t->organiser) p->plan.organiser = t->organiser;
    import_file_begin(im, p->sources.items[t->loc.src].path);
    ImportCounts c = {0};
    if (add_units(im, p, t, &us) < 0 || add_values(im, p, t, &us, &c) < 0 || import_file_end(im, &c) < 0 ||
        import_commit(im) != 0) {
        const char *why = import_error_message(im);
        error(p, t->loc, "the test's data cannot be stored: %s", why ? why : "the store failed");
    } else {
        EvalOptions eo = {.period = t->period};
        run->res = eval_plan(p, import_store(im), &eo);
    }
    if (run->res) {
        run->nchecks = t->nexpects;
        run->checks = xcalloc((size_t)t->nexpects + 1, sizeof *run->checks);
        run->want = xcalloc((size_t)t->nexpects + 1, sizeof *run->want);
        for (int i = 0; i < t->nexpects; i++) run->checks[i].ex = t->expects[i];
        compare(run, &us);
    }
    p->plan.organiser = plan_organiser;
    free(us.items);
    return run->res && p->diags.errors == before;
}

void testcase_run_free(TestRun *run)
{
    for (int i = 0; i < run->nchecks; i++) free(run->want[i]);
    free(run->want);
    free(run->checks);
    plan_result_free(run->res);
    import_end(run->im);
    memset(run, 0, sizeof *run);
}

/* ---- coverage ---- */

void testcase_coverage(const Program *p, TestCoverage *cov)
{
    cov->goals = xcalloc((size_t)p->goals.n + 1, sizeof *cov->goals);
    cov->targets = xcalloc((size_t)p->goals.n + 1, sizeof *cov->targets);
    cov->rules = xcalloc((size_t)p->rules.n + 1, sizeof *cov->rules);
    for (int g = 0; g < p->goals.n; g++)
        cov->targets[g] = xcalloc((size_t)((const Goal *)p->goals.items[g])->targets.n + 1, sizeof **cov->targets);
    for (int i = 0; i < p->tests.n; i++) {
        const TestCase *t = p->tests.items[i];
        for (int j = 0; j < t->nexpects; j++) {
            const TestExpect *e = t->expects[j];
            for (int g = 0; g < p->goals.n && e->kind != TX_RULE; g++) {
                const Goal *goal = p->goals.items[g];
                if (goal != e->decl) continue;
                if (e->kind == TX_GOAL) {
                    cov->goals[g] = true;
                    if (goal->targets.n == 1) cov->targets[g][0] = true;
                } else if (e->kind == TX_TARGET) {
                    cov->targets[g][e->target] = true;
                }
            }
            for (int r = 0; r < p->rules.n && e->kind == TX_RULE; r++)
                if (p->rules.items[r] == e->decl) cov->rules[r] = true;
        }
    }
}

void testcase_coverage_free(const Program *p, TestCoverage *cov)
{
    for (int g = 0; g < p->goals.n; g++) free(cov->targets[g]);
    free(cov->targets);
    free(cov->goals);
    free(cov->rules);
}
