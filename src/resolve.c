/* resolve.c — from a parsed tree to a checked program: every name bound to
 * its declaration, every selector turned into a Selection, every expression
 * given a type (number or condition), function calls checked against the
 * builtin table, cycles between derived indicators and lets found.
 * Unknown names get the nearest defined name as a suggestion. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "eval.h"
#include "parse.h"
#include "source.h"

typedef enum Type {
    TY_ERR, TY_NUM, TY_BOOL, TY_GROUP, TY_SET, TY_UNIT, TY_PERIOD, TY_RANGE, TY_TEXT, TY_REL
} Type;

static const char *const type_names[] = {
    "an error", "a number", "a condition", "a group", "a set of units", "a unit",
    "a period", "a period range", "a text", "a relative period"};

/* Where an expression appears decides which bare words it may be. */
typedef enum Place { PL_VALUE, PL_SELECTOR, PL_ARG } Place;

/* (one per goal of a large plan: its fields in an order without padding) */
typedef struct NameEntry { void *decl; const char *what; SrcLoc loc; RefKind kind; } NameEntry;

typedef struct Resolver {
    Program *prog;
    StrMap names;   /* indicators, lets, units: NameEntry* */
    StrMap goals;   /* Goal* (define_id) */
    StrMap measures; /* Measure* */
    StrMap rules;   /* Rule* */
    /* Evaluation depth (see AST_MAX_EVAL_DEPTH): the level of the expression
     * being resolved, counted from the top-level expression or definition
     * that led to it through references, and the deepest level it reaches. */
    int level, deepest;
    double steps;        /* evaluation steps so far (see AST_MAX_STEPS) */
    bool too_deep;       /* a definition used on the way is too deep or long (reported) */
    const char *root;    /* the top-level definition being resolved, or NULL */
    SrcLoc root_loc;
    StrMap per_unit;     /* let or derived indicator name -> PU_* (per_unit) */
} Resolver;

static void error(Resolver *r, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error(Resolver *r, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(&r->prog->diags, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
}

/* Bare words with a fixed meaning inside selectors and arguments. */
typedef struct Word { const char *word; RefKind kind; int value; } Word;
static const Word fixed_words[] = {
    {"totalt", R_GROUP, GRP_TOTAL}, {"total", R_GROUP, GRP_TOTAL},
    {"flickor", R_GROUP, GRP_GIRLS}, {"girls", R_GROUP, GRP_GIRLS},
    {"pojkar", R_GROUP, GRP_BOYS}, {"boys", R_GROUP, GRP_BOYS},
    {"personal", R_GROUP, GRP_STAFF}, {"staff", R_GROUP, GRP_STAFF},
    {"rektor", R_GROUP, GRP_HEAD}, {"head", R_GROUP, GRP_HEAD},
    {"skolor", R_UNITSET, 0}, {"schools", R_UNITSET, 0},
    {"kommuner", R_UNITSET, 1}, {"municipalities", R_UNITSET, 1},
    {"alla_skolor", R_UNITSET, 2}, {"all_schools", R_UNITSET, 2},
    {"fristående_skolor", R_UNITSET, 3}, {"independent_schools", R_UNITSET, 3},
    {"previous", R_PREVIOUS, 0}, {"föregående", R_PREVIOUS, 0},
    {"latest", R_LATEST, 0}, {"senaste", R_LATEST, 0},
    {"riket", R_UNIT, 0}, {"nation", R_UNIT, 0},
};
static const char *const set_kinds[] = {"school", "kommun", "school_all", "school_independent"};
/* `riket`: the nation as Kolada codes it, the most common comparison of all
 * ("jämfört med riket"), so plans need not write meritvärde["0000"]. */
static UnitDecl nation_unit = {"riket", "Riket", "0000", "riket", NULL, {-1, 0, 0}};

const char *resolve_reserved_word(int i)
{
    return i >= 0 && (size_t)i < sizeof fixed_words / sizeof fixed_words[0] ? fixed_words[i].word : NULL;
}

static const Word *fixed_word(const char *name)
{
    for (size_t i = 0; i < sizeof fixed_words / sizeof fixed_words[0]; i++)
        if (strcmp(fixed_words[i].word, name) == 0) return &fixed_words[i];
    return NULL;
}

/* The defined name closest to `name`, for "did you mean". */
static const char *nearest(const StrMap *m, const char *name, bool with_words)
{
    const char *best = NULL;
    int len = (int)utf8_width(name, strlen(name));
    int best_d = 1 + len / 3;
    if (best_d > 3) best_d = 3;
    if (best_d >= len) best_d = len - 1; /* 'x' is not a typo of 'a' */
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        int d = utf8_distance(name, m->keys[i]);
        if (d <= best_d && (!best || d < best_d)) best = m->keys[i], best_d = d;
    }
    if (with_words)
        for (size_t i = 0; i < sizeof fixed_words / sizeof fixed_words[0]; i++) {
            int d = utf8_distance(name, fixed_words[i].word);
            if (d < best_d || (!best && d <= best_d)) best = fixed_words[i].word, best_d = d;
        }
    return best;
}

static void unknown(Resolver *r, SrcLoc loc, const char *what, const char *name,
                    const StrMap *m, bool with_words)
{
    const char *near = nearest(m, name, with_words);
    if (near)
        error(r, loc, "unknown %s '%s' (did you mean '%s'?)", what, name, near);
    else
        error(r, loc, "unknown %s '%s'", what, name);
}

/* "goal 'G1' is already defined (at plan.ska:3:6)", reported at the later one. */
static void already_defined(Resolver *r, SrcLoc later, const char *what, const char *name,
                            SrcLoc first)
{
    const Source *s = &r->prog->sources.items[first.src];
    int line, col;
    if (src_linecol(s, first.start, &line, &col))
        error(r, later, "%s '%s' is already defined (at %s:%d:%d)", what, name, s->path, line, col);
    else /* its file changed since it was read */
        error(r, later, "%s '%s' is already defined (in %s)", what, name, s->path);
}

/* Whether a definition at a comes before one at b: sources in the order
 * they were read (the plan, its modules, then REPL input), each from the
 * top. The first keeps the name and the later one is reported, whatever
 * kinds they are. */
static bool defined_before(SrcLoc a, SrcLoc b) { return a.src != b.src ? a.src < b.src : a.start < b.start; }

static void define(Resolver *r, StrMap *m, const char *what, const char *name, SrcLoc loc,
                   RefKind kind, void *decl)
{
    if (m == &r->names && fixed_word(name)) {
        error(r, loc, "'%s' is a reserved word (a group, set of units, unit or period word)", name);
        return;
    }
    NameEntry *e = arena_alloc(r->prog->arena, sizeof *e);
    e->kind = kind, e->decl = decl, e->loc = loc, e->what = what;
    NameEntry *old = strmap_put(m, name, e);
    if (old == e) return;
    bool old_first = defined_before(old->loc, loc);
    NameEntry later = old_first ? *e : *old;
    if (!old_first) *old = *e;
    already_defined(r, later.loc, later.what, name, old->loc);
}

/* A goal, measure or rule: its id names the declaration itself, in the map
 * of its kind (no entry of its own: a plan has 100 000 goals). loc_at is
 * where the declaration holds its SrcLoc. */
static void define_id(Resolver *r, StrMap *m, const char *what, const char *id, SrcLoc loc,
                      void *decl, size_t loc_at)
{
    void **slot = strmap_slot(m, id);
    if (!*slot) {
        *slot = decl;
        return;
    }
    SrcLoc old = *(const SrcLoc *)((const char *)*slot + loc_at);
    bool old_first = defined_before(old, loc);
    if (!old_first) *slot = decl;
    already_defined(r, old_first ? loc : old, what, id, old_first ? old : loc);
}

static Type resolve_expr(Resolver *r, Expr *e, Place place);

/* A caret under the first character of loc: a long span is not worth underlining. */
static SrcLoc first_char(SrcLoc loc) { return (SrcLoc){loc.src, loc.start, loc.start + 1}; }

/* Resolves the body of a let or derived indicator and sets *depth to how
 * many levels its evaluation goes down, through the definitions it uses,
 * and *steps to how many steps it takes; depth -1 when it is deeper than
 * AST_MAX_EVAL_DEPTH or longer than AST_MAX_STEPS (reported once, at the
 * definition that crosses the limit, not at those that use it). A chain of
 * definitions is followed only as deep as the limit: past it the top
 * definition is reported and the rest is resolved on its own later. */
static Type resolve_body(Resolver *r, const char *name, SrcLoc loc, Expr *body, int *depth,
                         double *steps)
{
    if (r->level == 0) r->root = name, r->root_loc = loc;
    if (r->level >= AST_MAX_EVAL_DEPTH) {
        if (!r->too_deep)
            error(r, first_char(r->root_loc), "'%s' is computed through lets and derived indicators "
                  "nested deeper than %d levels", r->root, AST_MAX_EVAL_DEPTH);
        r->too_deep = true;
        *depth = -1;
        return TY_ERR;
    }
    int outer_deepest = r->deepest;
    double outer_steps = r->steps;
    bool outer_too_deep = r->too_deep;
    r->deepest = r->level;
    r->steps = 0;
    r->too_deep = false;
    Type t = resolve_expr(r, body, PL_VALUE);
    *depth = r->too_deep ? -1 : r->deepest - r->level;
    *steps = r->steps;
    if (*depth > AST_MAX_EVAL_DEPTH) {
        error(r, first_char(loc), "'%s' is computed through lets and derived indicators nested "
              "deeper than %d levels", name, AST_MAX_EVAL_DEPTH);
        *depth = -1;
    } else if (*depth >= 0 && *steps > AST_MAX_STEPS) {
        error(r, first_char(loc), "'%s' would take more than %.0f steps to evaluate (it uses the "
              "same lets or derived indicators over and over)", name, AST_MAX_STEPS);
        *depth = -1;
    }
    r->too_deep = outer_too_deep || *depth < 0;
    r->deepest = *depth < 0 || outer_deepest > r->level + *depth ? outer_deepest : r->level + *depth;
    r->steps = outer_steps + (*depth < 0 ? 0 : *steps);
    return *depth < 0 ? TY_ERR : t;
}

/* Counts a resolved definition as used at this level. */
static void use_def(Resolver *r, int depth, double steps)
{
    if (depth < 0) r->too_deep = true;
    else if (r->level + depth > r->deepest) r->deepest = r->level + depth;
    r->steps += depth < 0 ? 0 : steps;
}

/* The steps taken since `before`, taken `times` times over (a series,
 * latest(), change() evaluate their argument once per period). */
static void repeat_steps(Resolver *r, double before, double times)
{
    r->steps = before + (r->steps - before) * times;
}

/* latest() tries the stored periods newest first: counted as 20 (two
 * decades of yearly data) for the limit on steps. */
enum { LATEST_TRIES = 20 };

static Type resolve_indicator(Resolver *r, Indicator *ind)
{
    if (!ind->formula) return TY_NUM;
    if (ind->visiting == 1) {
        error(r, ind->loc, "indicator '%s' is defined in terms of itself", ind->name);
        return TY_ERR;
    }
    if (ind->visiting == 0) {
        ind->visiting = 1;
        Type t = resolve_body(r, ind->name, ind->loc, ind->formula, &ind->depth, &ind->steps);
        if (t != TY_NUM && t != TY_ERR)
            error(r, ind->formula->loc, "a derived indicator is a number, this is %s", type_names[t]);
        /* cut off by a chain too deep: resolved again on its own */
        ind->visiting = ind->depth < 0 && r->level >= AST_MAX_EVAL_DEPTH ? 0 : 2;
        return ind->depth < 0 ? TY_ERR : TY_NUM;
    }
    use_def(r, ind->depth, ind->steps);
    return ind->depth < 0 ? TY_ERR : TY_NUM;
}

static Type resolve_let(Resolver *r, LetDecl *l)
{
    if (l->visiting == 1) {
        error(r, l->loc, "'%s' is defined in terms of itself", l->name);
        return TY_ERR;
    }
    if (l->visiting == 0) {
        l->visiting = 1;
        Type t = resolve_body(r, l->name, l->loc, l->expr, &l->depth, &l->steps);
        /* remember the type: done states are >= 2 */
        l->visiting = l->depth < 0 && r->level >= AST_MAX_EVAL_DEPTH ? 0 : 2 + (int)t;
        return t;
    }
    use_def(r, l->depth, l->steps);
    return (Type)(l->visiting - 2);
}

/* A selector or range end written as a year number becomes a period. */
static void number_to_period(Expr *e)
{
    /* the range before the cast: casting a huge double to int is undefined */
    if (e->kind == E_NUM && !e->u.num.percent && e->u.num.v >= PERIOD_MIN_YEAR &&
        e->u.num.v <= PERIOD_MAX_YEAR && e->u.num.v == (int)e->u.num.v) {
        int y = (int)e->u.num.v;
        e->kind = E_PERIOD;
        e->u.period = period_year(y);
    }
}

static Type resolve_range(Resolver *r, Expr *e)
{
    number_to_period(e->u.range.l);
    number_to_period(e->u.range.r);
    Expr *a = e->u.range.l, *b = e->u.range.r;
    int back_a = ast_period_back(a), back_b = ast_period_back(b);
    if (back_a >= 0 || back_b >= 0) {
        /* relative to the period under review: both ends, so that the range
         * keeps its length when the plan is run for another period */
        if (back_a < 0 || back_b < 0) {
            error(r, e->loc, "a range relative to the period under review has 'period' at both "
                             "ends, such as period-3..period");
            return TY_ERR;
        }
        if (back_b >= back_a) {
            error(r, e->loc, "a range goes from an earlier period to a later one (period-3..period)");
            return TY_ERR;
        }
        return TY_RANGE;
    }
    if (a->kind != E_PERIOD || b->kind != E_PERIOD) {
        error(r, e->loc, "a range is two periods, such as 2014..2018 or ht2019..vt2021, or "
                         "counts back from the period under review: period-3..period");
        return TY_ERR;
    }
    bool a_term = period_kind(a->u.period) == PK_SPRING || period_kind(a->u.period) == PK_AUTUMN;
    bool b_term = period_kind(b->u.period) == PK_SPRING || period_kind(b->u.period) == PK_AUTUMN;
    if (period_kind(a->u.period) != period_kind(b->u.period) && !(a_term && b_term)) {
        error(r, e->loc, "both ends of a range must be the same kind of period");
        return TY_ERR;
    }
    if (b->u.period <= a->u.period) {
        error(r, e->loc, "a range goes from an earlier period to a later one");
        return TY_ERR;
    }
    return TY_RANGE;
}

static void resolve_selectors(Resolver *r, Expr *e)
{
    if (!e->u.ref.sel.n) {
        e->u.ref.s = &ast_no_selection;
        return;
    }
    /* start afresh: a node is resolved more than once when `partly <= 30`
     * shares the target's left side, and again after a REPL declaration */
    Selection *s = e->u.ref.s == &ast_unresolved_selection ? arena_alloc(r->prog->arena, sizeof *s)
                                                           : (Selection *)e->u.ref.s;
    e->u.ref.s = s;
    *s = (Selection){0};
    s->group = -1;
    for (int i = 0; i < e->u.ref.sel.n; i++) {
        Expr *x = e->u.ref.sel.items[i];
        number_to_period(x);
        int back = ast_period_back(x);
        Type t = back >= 0 ? TY_REL : x->kind == E_RANGE ? resolve_range(r, x) : resolve_expr(r, x, PL_SELECTOR);
        bool dup = false;
        switch (t) {
        case TY_PERIOD:
            dup = s->period || s->range_from || s->range_rel;
            s->period = x->u.period;
            break;
        case TY_RANGE:
            dup = s->period || s->range_from || s->range_rel;
            s->range_rel = ast_period_back(x->u.range.l) >= 0;
            if (s->range_rel) {
                s->rel_from = ast_period_back(x->u.range.l);
                s->rel_to = ast_period_back(x->u.range.r);
            } else {
                s->range_from = x->u.range.l->u.period;
                s->range_to = x->u.range.r->u.period;
            }
            break;
        case TY_GROUP:
            dup = s->group >= 0;
            s->group = x->u.ref.group;
            break;
        case TY_UNIT:
            dup = s->unit_decl || s->unit_text || s->unitset_kind;
            if (x->kind == E_STR) s->unit_text = x->u.str;
            else s->unit_decl = x->u.ref.decl;
            break;
        case TY_SET:
            dup = s->unit_decl || s->unit_text || s->unitset_kind;
            s->unitset_kind = x->u.ref.unitset_kind;
            break;
        case TY_REL:
            if (back >= 0) s->back += back; /* period - 2 is previous, previous */
            else if (x->u.ref.rk == R_PREVIOUS) s->back++;
            else s->latest = true;
            break;
        case TY_ERR: break;
        default:
            error(r, x->loc, "a selector is a period (2018, 2018/19, ht2020, period - 1), a range "
                             "(2014..2018, period-3..period), a group (totalt, flickor, pojkar) or "
                             "rater (personal, rektor), a unit, a set of units (skolor, kommuner), "
                             "previous or latest; this is %s",
                  type_names[t]);
        }
        if (dup) error(r, x->loc, "this selector repeats what an earlier one already chose");
    }
    if (s->latest && (s->period || s->range_from || s->range_rel))
        error(r, e->loc, "'latest' cannot be combined with an explicit period");
    /* one value per unit and period has no shape a function reduces: the
     * series functions go per unit by themselves in a set */
    if ((s->range_from || s->range_rel) && s->unitset_kind)
        error(r, e->loc, "a range and a set of units cannot be combined; for each unit's own series "
                         "write the function inside the set function or rule, such as "
                         "count(trend(x, 2016..2020) < 0, skolor)");
}

static Type resolve_ref(Resolver *r, Expr *e, Place place)
{
    const char *name = e->u.ref.name;
    NameEntry *ne = strmap_get(&r->names, name);
    if (ne) {
        e->u.ref.rk = ne->kind;
        e->u.ref.decl = ne->decl;
        if (ne->kind == R_UNITSET) {
            if (e->u.ref.sel.n) error(r, e->loc, "a set of units takes no selectors");
            if (place == PL_VALUE) {
                error(r, e->loc, "'%s' is a set of units; use it inside [ ] or as a function "
                      "argument, such as mean(meritvärde, %s)", name, name);
                return TY_ERR;
            }
            e->u.ref.unitset_kind = ((const SetDecl *)ne->decl)->key;
            return TY_SET;
        }
        if (ne->kind == R_UNIT) {
            if (e->u.ref.sel.n) error(r, e->loc, "a unit takes no selectors");
            if (place == PL_VALUE) {
                error(r, e->loc, "'%s' is a unit; use it in a selector, such as meritvärde[%s]", name, name);
                return TY_ERR;
            }
            return TY_UNIT;
        }
        resolve_selectors(r, e);
        const Selection *s = e->u.ref.s;
        double before = r->steps, times = s->range_from ? period_steps(s->range_from, s->range_to) + 1
                                        : s->range_rel ? s->rel_from - s->rel_to + 1
                                        : s->latest ? LATEST_TRIES : 1;
        Type t = ne->kind == R_INDICATOR ? resolve_indicator(r, ne->decl) : resolve_let(r, ne->decl);
        repeat_steps(r, before, times);
        if (ne->kind == R_INDICATOR) return t;
        if (e->u.ref.sel.n && t != TY_NUM && t != TY_BOOL && t != TY_ERR)
            error(r, e->loc, "only numbers and conditions take selectors");
        return t;
    }
    const Word *w = fixed_word(name);
    if (w) {
        e->u.ref.rk = w->kind;
        if (e->u.ref.sel.n) error(r, e->loc, "'%s' takes no selectors", name);
        if (w->kind == R_UNIT) {
            if (place != PL_SELECTOR) {
                error(r, e->loc, "'%s' is a unit; use it in a selector, such as meritvärde[%s]", name, name);
                return TY_ERR;
            }
            e->u.ref.decl = &nation_unit;
            return TY_UNIT;
        }
        if (place == PL_VALUE) {
            error(r, e->loc, "'%s' can only be used inside [ ] or as a function argument", name);
            return TY_ERR;
        }
        if (w->kind == R_GROUP) { e->u.ref.group = w->value; return TY_GROUP; }
        if (w->kind == R_UNITSET) { e->u.ref.unitset_kind = set_kinds[w->value]; return TY_SET; }
        if (place != PL_SELECTOR) {
            error(r, e->loc, "'%s' can only be used inside [ ]", name);
            return TY_ERR;
        }
        return TY_REL;
    }
    if (ast_period_back(e) == 0) {
        error(r, e->loc, "'period' (the period under review) is written alone or as period - N inside "
                         "[ ], or at the ends of a range, such as x[period - 1] or trend(x, period-4..period)");
        return TY_ERR;
    }
    unknown(r, e->loc, "name", name, &r->names, place != PL_VALUE);
    return TY_ERR;
}

static bool is_value_type(Type t) { return t == TY_NUM || t == TY_BOOL || t == TY_ERR; }

/* Whether an expression reads each unit's own value, so that it can differ
 * between the units of a set: mean(meritvärde[danderyd], kommuner) would be
 * Danderyd's value called a mean, and rank(5, kommuner) a rank of nothing.
 * Remembered per let and derived indicator (a chain of `let b = a + a`
 * would otherwise be walked 2^n times); one in progress counts as varying,
 * so a cycle (reported elsewhere) ends here. */
enum { PU_VARIES = 1, PU_FIXED = 2 };
static bool per_unit(Resolver *r, const Expr *e);

static bool body_per_unit(Resolver *r, const char *name, const Expr *body)
{
    int *known = strmap_get(&r->per_unit, name);
    if (known) return *known == PU_VARIES;
    known = arena_alloc(r->prog->arena, sizeof *known);
    *known = PU_VARIES;
    strmap_put(&r->per_unit, name, known);
    bool v = per_unit(r, body);
    *known = v ? PU_VARIES : PU_FIXED;
    return v;
}

/* Whether a reference, its own unit selector aside, reads each unit's value. */
static bool ref_per_unit(Resolver *r, const Expr *e)
{
    if (e->u.ref.rk == R_INDICATOR) {
        const Indicator *ind = e->u.ref.decl;
        return !ind->formula || body_per_unit(r, ind->name, ind->formula);
    }
    if (e->u.ref.rk == R_LET) {
        const LetDecl *l = e->u.ref.decl;
        return body_per_unit(r, l->name, l->expr);
    }
    return false;
}

static bool selects_unit(const Expr *e)
{
    return e->kind == E_REF && (e->u.ref.s->unit_decl || e->u.ref.s->unit_text);
}

static bool per_unit(Resolver *r, const Expr *e)
{
    switch (e->kind) {
    case E_REF: return !selects_unit(e) && ref_per_unit(r, e);
    case E_CALL: {
        const Expr *x = e->u.call.args.n ? e->u.call.args.items[0] : NULL;
        int fn = e->u.call.fn;
        /* mean(x, kommuner) is one number whatever the unit; rank(x,
         * kommuner) is each unit's place */
        if (fn < 0 || !x) return true;
        if (e->u.call.args.n == 2 && fn != FN_RANK &&
            (fn == FN_MEAN || fn == FN_MIN || fn == FN_MAX || fn == FN_SPREAD || fn == FN_COUNT))
            return false;
        return per_unit(r, x);
    }
    case E_BIN: return per_unit(r, e->u.bin.l) || per_unit(r, e->u.bin.r);
    case E_NEG:
    case E_NOT: return per_unit(r, e->u.sub);
    case E_ERROR: return true; /* already reported */
    default: return false;
    }
}

/* mean(x, kommuner) and the like need x to be each unit's own value. A unit
 * selector on the whole of rank's argument asks for that unit's place:
 * rank(meritvärde[danderyd], kommuner). */
static void check_per_unit(Resolver *r, const Expr *call, const Expr *x, const Expr *set)
{
    const char *fn = call->u.call.name, *over = set->u.ref.name;
    if (selects_unit(x)) {
        if (!ref_per_unit(r, x))
            error(r, x->loc, "%s over %s needs each unit's own value, and '%s' is the same for every unit",
                  fn, over, x->u.ref.name);
        else if (call->u.call.fn != FN_RANK)
            error(r, x->loc, "%s over %s needs each unit's own value, and this is one unit's (write "
                  "%s(%s, %s) for the whole set; rank(…[unit], %s) gives a unit's place in it)",
                  fn, over, fn, x->u.ref.name, over, over);
        return;
    }
    if (!per_unit(r, x))
        error(r, x->loc, "%s over %s needs each unit's own value, and this is the same for every unit "
              "(such as %s(meritvärde, %s))", fn, over, fn, over);
}

static Type resolve_call(Resolver *r, Expr *e)
{
    int fn = builtin_lookup(e->u.call.name);
    List *args = &e->u.call.args;
    if (fn < 0) {
        const char *best = NULL;
        int best_d = 3;
        for (int i = 0; i < FN_COUNT_; i++) {
            int d = utf8_distance(e->u.call.name, builtins[i].name);
            if (d < best_d) best = builtins[i].name, best_d = d;
        }
        if (best) {
            error(r, e->loc, "unknown function '%s' (did you mean '%s'?)", e->u.call.name, best);
        } else {
            /* nothing close (medel, förändring …): the list is short */
            StrBuf all = {0};
            for (int i = 0; i < FN_COUNT_; i++) sb_printf(&all, "%s%s", i ? ", " : "", builtins[i].name);
            error(r, e->loc, "unknown function '%s' (the functions are %s)", e->u.call.name, sb_str(&all));
            sb_free(&all);
        }
        return TY_ERR;
    }
    e->u.call.fn = fn;
    const Builtin *b = &builtins[fn];
    if (args->n < b->min_args || args->n > b->max_args) {
        if (b->min_args == b->max_args)
            error(r, e->loc, "%s takes %d argument%s, not %d (%s)", b->name, b->min_args,
                  b->min_args == 1 ? "" : "s", args->n, b->help);
        else
            error(r, e->loc, "%s takes %d %s %d arguments, not %d (%s)", b->name, b->min_args,
                  b->max_args == b->min_args + 1 ? "or" : "to",
                  b->max_args, args->n, b->help);
        return TY_ERR;
    }
    Type t[3] = {TY_ERR, TY_ERR, TY_ERR};
    double before = r->steps;
    for (int i = 0; i < args->n; i++) {
        Expr *a = args->items[i];
        t[i] = a->kind == E_RANGE ? resolve_range(r, a) : resolve_expr(r, a, PL_ARG);
    }
    Expr **av = (Expr **)args->items;
    /* how often the evaluator goes through the first argument */
    if ((fn == FN_CHANGE || fn == FN_TREND) && args->n == 2 && t[1] == TY_RANGE)
        repeat_steps(r, before, ast_period_back(av[1]->u.range.l) >= 0
                                    ? ast_period_back(av[1]->u.range.l) - ast_period_back(av[1]->u.range.r) + 1
                                    : period_steps(av[1]->u.range.l->u.period, av[1]->u.range.r->u.period) + 1);
    else if (fn == FN_CHANGE || fn == FN_GAP || fn == FN_RANK)
        repeat_steps(r, before, 2);
    else if (fn == FN_LATEST)
        repeat_steps(r, before, LATEST_TRIES);
    if (!is_value_type(t[0])) {
        error(r, av[0]->loc, "the first argument of %s is a number, this is %s", b->name, type_names[t[0]]);
        return TY_ERR;
    }
    if (t[0] == TY_BOOL && fn != FN_COUNT) {
        error(r, av[0]->loc, "%s needs a number, this is a condition", b->name);
        return TY_ERR;
    }
    switch (fn) {
    case FN_CHANGE:
    case FN_TREND:
        if (args->n == 2 && t[1] != TY_RANGE && t[1] != TY_ERR)
            error(r, av[1]->loc, "the second argument of %s is a period range, such as 2014..2018", b->name);
        if (fn == FN_TREND && args->n == 1 &&
            !(av[0]->kind == E_REF && (av[0]->u.ref.s->range_from || av[0]->u.ref.s->range_rel)))
            error(r, e->loc, "trend needs periods: trend(x, 2014..2018) or trend(x[2014..2018])");
        break;
    case FN_GAP:
        for (int i = 1; i < args->n; i++)
            if (t[i] != TY_GROUP && t[i] != TY_ERR)
                error(r, av[i]->loc, "gap compares two groups (totalt, flickor, pojkar); this is %s", type_names[t[i]]);
        if (args->n == 2) error(r, e->loc, "gap takes either no groups or two (gap(x, flickor, pojkar))");
        break;
    case FN_MEAN: case FN_MIN: case FN_MAX: case FN_SPREAD: case FN_COUNT: case FN_RANK:
        if (args->n == 2 && t[1] != TY_SET && t[1] != TY_ERR)
            error(r, av[1]->loc, "the second argument of %s is a set of units (skolor, kommuner); this is %s",
                  b->name, type_names[t[1]]);
        if (fn == FN_RANK && av[0]->kind == E_REF && (av[0]->u.ref.s->range_from || av[0]->u.ref.s->range_rel))
            error(r, av[0]->loc, "rank compares units, one value each: not a series of periods such as x[2014..2018]");
        else if (args->n == 2 && t[1] == TY_SET && t[0] != TY_ERR)
            check_per_unit(r, e, av[0], av[1]);
        break;
    default:
        break;
    }
    return TY_NUM;
}

static Type resolve_node(Resolver *r, Expr *e, Place place)
{
    switch (e->kind) {
    case E_ERROR: return TY_ERR;
    case E_NUM: return TY_NUM;
    case E_STR:
        if (place == PL_SELECTOR) return TY_UNIT;
        error(r, e->loc, "a text is not a value here (a unit code in quotes goes inside [ ])");
        return TY_ERR;
    case E_PERIOD:
        if (place == PL_VALUE) {
            error(r, e->loc, "a period is not a value here (periods go inside [ ])");
            return TY_ERR;
        }
        return TY_PERIOD;
    case E_RANGE:
        error(r, e->loc, "a range can only be used inside [ ] or as a function argument");
        return TY_ERR;
    case E_REF: return resolve_ref(r, e, place);
    case E_CALL: return resolve_call(r, e);
    /* after an error the result is TY_ERR, so nothing is reported twice */
    case E_NEG: {
        Type t = resolve_expr(r, e->u.sub, PL_VALUE);
        if (t == TY_BOOL) error(r, e->loc, "'-' needs a number, this is a condition");
        return t == TY_NUM ? TY_NUM : TY_ERR;
    }
    case E_NOT: {
        Type t = resolve_expr(r, e->u.sub, PL_VALUE);
        if (t == TY_NUM) error(r, e->loc, "'not' needs a condition, this is a number");
        return t == TY_BOOL ? TY_BOOL : TY_ERR;
    }
    case E_BIN: {
        Type a = resolve_expr(r, e->u.bin.l, PL_VALUE), b = resolve_expr(r, e->u.bin.r, PL_VALUE);
        if (a == TY_ERR || b == TY_ERR) return TY_ERR;
        BinOp op = e->u.bin.op;
        Type want = (op == OP_AND || op == OP_OR) ? TY_BOOL : TY_NUM;
        if (a != want || b != want) {
            Expr *bad = a != want ? e->u.bin.l : e->u.bin.r;
            error(r, bad->loc, "'%s' needs %s on both sides, this is %s", binop_text[op],
                  type_names[want], type_names[a != want ? a : b]);
            return TY_ERR;
        }
        return binop_is_comparison(op) || want == TY_BOOL ? TY_BOOL : TY_NUM;
    }
    }
    return TY_ERR;
}

/* A number written in the plan, possibly negated: it is shown in the unit
 * of what it is compared with or added to. */
static bool is_literal(const Expr *e)
{
    return e->kind == E_NUM || (e->kind == E_NEG && e->u.sub->kind == E_NUM);
}

/* A difference of two percentages is in percentage points. */
static ValueUnit difference_unit(ValueUnit u) { return u == VU_PERCENT ? VU_PP : u; }

/* The unit of a resolved expression, from those of its parts (see ValueUnit). */
static ValueUnit expr_unit(const Expr *e)
{
    switch (e->kind) {
    case E_NUM: return e->u.num.percent ? VU_PERCENT : VU_NONE;
    case E_NEG: return e->u.sub->unit;
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR) return ast_indicator_unit(e->u.ref.decl);
        if (e->u.ref.rk == R_LET) return ((const LetDecl *)e->u.ref.decl)->expr->unit;
        return VU_NONE;
    case E_CALL: {
        if (!e->u.call.args.n) return VU_NONE;
        ValueUnit arg = ((const Expr *)e->u.call.args.items[0])->unit;
        switch (e->u.call.fn) {
        case FN_CHANGE: case FN_GAP: case FN_SPREAD: case FN_TREND: return difference_unit(arg);
        case FN_RANK: case FN_COUNT: return VU_NONE;
        default: return arg;
        }
    }
    case E_BIN: {
        const Expr *l = e->u.bin.l, *r = e->u.bin.r;
        switch (e->u.bin.op) {
        case OP_ADD: case OP_SUB:
            /* x - 2 is in x's unit; 100 % - x is a share again */
            if (is_literal(l) || is_literal(r)) return is_literal(l) ? r->unit : l->unit;
            /* x - y two shares apart; a share moved by percentage points is a share */
            if (l->unit == VU_PERCENT && r->unit == VU_PERCENT) return e->u.bin.op == OP_SUB ? VU_PP : VU_PERCENT;
            if (l->unit == r->unit) return l->unit;
            if ((l->unit == VU_PERCENT && r->unit == VU_PP) || (l->unit == VU_PP && r->unit == VU_PERCENT))
                return VU_PERCENT;
            return VU_NONE; /* points plus a share: no unit says what that is */
        default: return VU_NONE; /* a product or ratio (x / 100 is no longer in %), a condition */
        }
    }
    default: return VU_NONE;
    }
}

/* One level further down: the node's own and those of whatever it uses. */
static Type resolve_expr(Resolver *r, Expr *e, Place place)
{
    if (++r->level > r->deepest) r->deepest = r->level;
    r->steps++;
    Type t = resolve_node(r, e, place);
    e->unit = t == TY_NUM ? expr_unit(e) : VU_NONE;
    r->level--;
    return t;
}

/* A target, condition or typed expression: refused when its evaluation,
 * through the definitions it uses, would go deeper than AST_MAX_EVAL_DEPTH. */
static Type resolve_top(Resolver *r, Expr *e)
{
    r->level = r->deepest = 0;
    r->steps = 0;
    r->too_deep = false;
    Type t = resolve_expr(r, e, PL_VALUE);
    if (r->too_deep) return TY_ERR;
    if (r->deepest > AST_MAX_EVAL_DEPTH) {
        error(r, first_char(e->loc), "this expression, with the lets and derived indicators it "
              "uses, nests deeper than %d levels", AST_MAX_EVAL_DEPTH);
        return TY_ERR;
    }
    if (r->steps > AST_MAX_STEPS) {
        error(r, first_char(e->loc), "this expression would take more than %.0f steps to "
              "evaluate (it uses the same lets or derived indicators over and over)", AST_MAX_STEPS);
        return TY_ERR;
    }
    return t;
}

static void resolve_condition(Resolver *r, Expr *e, const char *what, const char *example)
{
    Type t = resolve_top(r, e);
    if (t == TY_NUM)
        error(r, e->loc, "%s must be a condition, such as %s; this is a number", what, example);
}

static void define_all(Resolver *r)
{
    Program *p = r->prog;
    for (int i = 0; i < p->indicators.n; i++) {
        Indicator *d = p->indicators.items[i];
        define(r, &r->names, "indicator", d->name, d->loc, R_INDICATOR, d);
    }
    for (int i = 0; i < p->lets.n; i++) {
        LetDecl *d = p->lets.items[i];
        define(r, &r->names, "name", d->name, d->loc, R_LET, d);
    }
    for (int i = 0; i < p->units.n; i++) {
        UnitDecl *d = p->units.items[i];
        define(r, &r->names, "unit", d->name, d->loc, R_UNIT, d);
        if (!d->code) error(r, d->loc, "unit '%s' needs a code (its code in the store)", d->name);
    }
    for (int i = 0; i < p->sets.n; i++) {
        SetDecl *d = p->sets.items[i];
        define(r, &r->names, "set", d->name, d->loc, R_UNITSET, d);
    }
    for (int i = 0; i < p->goals.n; i++) {
        Goal *g = p->goals.items[i];
        define_id(r, &r->goals, "goal", g->id, g->loc, g, offsetof(Goal, loc));
    }
    for (int i = 0; i < p->measures.n; i++) {
        Measure *m = p->measures.items[i];
        define_id(r, &r->measures, "measure", m->id, m->loc, m, offsetof(Measure, loc));
    }
    for (int i = 0; i < p->rules.n; i++) {
        Rule *u = p->rules.items[i];
        define_id(r, &r->rules, "rule", u->id, u->loc, u, offsetof(Rule, loc));
    }
}

/* `statuses NAME` in the plan header names a declared scale with all four labels. */
static void resolve_scales(Resolver *r)
{
    Program *p = r->prog;
    StrMap scales = {0};
    static const char *const words[] = {"uppnått", "delvis", "ej_uppnått", "ingen_data"};
    for (int i = 0; i < p->scales.n; i++) {
        StatusScale *s = p->scales.items[i];
        const StatusScale *first = strmap_put(&scales, s->name, s);
        if (first != s) already_defined(r, s->loc, "status scale", s->name, first->loc);
        for (int k = 0; k < 4; k++)
            if (!s->labels[k])
                error(r, s->loc, "status scale '%s' gives no label for %s", s->name, words[k]);
    }
    if (p->plan.scale_name) {
        p->plan.scale = strmap_get(&scales, p->plan.scale_name);
        if (!p->plan.scale) unknown(r, p->plan.scale_loc, "status scale", p->plan.scale_name, &scales, false);
    }
    strmap_free(&scales);
}

static void resolver_free(Resolver *r)
{
    strmap_free(&r->names);
    strmap_free(&r->goals);
    strmap_free(&r->measures);
    strmap_free(&r->rules);
    strmap_free(&r->per_unit);
}

bool resolve_expression(Program *p, Expr *e, bool *is_condition)
{
    Resolver r = {.prog = p};
    int before = p->diags.errors;
    define_all(&r);
    /* the program itself was resolved before: only definition clashes of
     * new declarations matter, and define_all reports those */
    Type t = resolve_top(&r, e);
    *is_condition = t == TY_BOOL;
    resolver_free(&r);
    return p->diags.errors == before;
}

bool resolve_program(Program *p)
{
    Resolver r = {.prog = p};
    int before = p->diags.errors;
    define_all(&r);
    resolve_scales(&r);
    source_check_all(p);
    for (int i = 0; i < p->sets.n; i++) {
        SetDecl *d = p->sets.items[i];
        if (!d->members.n) error(&r, d->loc, "set '%s' has no units", d->name);
        for (int j = 0; j < d->members.n; j++) {
            Expr *m = d->members.items[j];
            Type t = resolve_expr(&r, m, PL_SELECTOR);
            if (t != TY_UNIT && t != TY_ERR)
                error(&r, m->loc, "a set holds units (a code or name in quotes, or a declared "
                      "unit); this is %s", type_names[t]);
        }
    }
    for (int i = 0; i < p->indicators.n; i++) resolve_indicator(&r, p->indicators.items[i]);
    for (int i = 0; i < p->lets.n; i++) resolve_let(&r, p->lets.items[i]);
    double coverage = p->plan.coverage.given ? p->plan.coverage.share : EVAL_COVERAGE_DEFAULT;
    for (int i = 0; i < p->goals.n; i++) {
        Goal *g = p->goals.items[i];
        for (int j = 0; j < g->targets.n; j++) {
            Target *t = g->targets.items[j];
            t->coverage = g->coverage.given ? g->coverage.share : coverage;
            resolve_condition(&r, t->expr, "a target", "meritvärde >= 220");
            if (t->partly) resolve_condition(&r, t->partly, "'partly'", "meritvärde >= 210");
        }
    }
    for (int i = 0; i < p->measures.n; i++) {
        Measure *m = p->measures.items[i];
        for (int j = 0; j < m->goals.n; j++) {
            NameRef *n = m->goals.items[j];
            Goal *g = strmap_get(&r.goals, n->name);
            if (g) n->decl = g;
            else unknown(&r, n->loc, "goal", n->name, &r.goals, false);
        }
        if (m->expect) resolve_condition(&r, m->expect, "an expected effect", "meritvärde > 220");
    }
    for (int i = 0; i < p->rules.n; i++) {
        Rule *u = p->rules.items[i];
        if (!u->coverage.given) u->coverage.share = coverage;
        if (u->scope_name) {
            NameEntry *ne = strmap_get(&r.names, u->scope_name);
            if (ne && ne->kind == R_UNITSET)
                u->scope_kind = ((const SetDecl *)ne->decl)->key;
            else
                error(&r, u->scope_loc, "unknown unit kind '%s' (expected one of: %s; or a set "
                      "declared with 'set')", u->scope_name, UNIT_SET_WORDS);
        }
        if (!u->scope_kind) error(&r, u->loc, "rule '%s' needs 'for each school' (or kommun)", u->id);
        if (u->when) resolve_condition(&r, u->when, "'when'", "frånvaro_20 > 10 %");
        if (u->require) resolve_condition(&r, u->require, "'require'", "utredd_andel >= 100 %");
        else error(&r, u->loc, "rule '%s' needs 'require' with the condition every unit must meet", u->id);
    }
    resolver_free(&r);
    return p->diags.errors == before;
}
