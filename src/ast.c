/* ast.c — the arena, the Program, and the constructors the grammar calls.
 * Field setters also check that a field is written in a block it belongs to
 * and only once, so the grammar can share one field list between all blocks
 * and still give precise messages. */
#include "parse.h"
#include "source.h"
#include "parser.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena: bump allocation in chunks, freed all at once ----
 * Chunks are 64 KiB until the arena holds 2 MiB (or is expected to hold
 * 256 KiB), then 2 MiB each, aligned and marked for a transparent huge
 * page where the kernel has them: a large plan's tree then costs a page
 * fault per 2 MiB rather than one per 4 KiB page. On a VM a fault costs
 * 10-30 µs and a huge page's about as much as 20 small ones, so an arena
 * known to grow past 256 KiB is better off huge from its first byte.
 * Under ASan every allocation is followed by a poisoned gap, so reading
 * past a node (one sized by its kind) is caught as on the heap. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
enum { REDZONE = 8 };
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
enum { REDZONE = 0 };
#endif
enum { ARENA_CHUNK = 64 << 10, ARENA_HUGE = 2 << 20, ARENA_EXPECT_HUGE = 256 << 10 };
typedef struct Chunk { struct Chunk *next; size_t used, size; char data[]; } Chunk;
struct Arena {
    Chunk *head;
    size_t total, expect;
    const char **interned; /* open addressing, at most half full */
    size_t ninterned, cap;
};

static void chunk_new(Arena *a, size_t n)
{
    size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
    Chunk *c;
    if ((a->total >= ARENA_HUGE || a->expect >= ARENA_EXPECT_HUGE) && size + sizeof *c <= ARENA_HUGE) {
        size = ARENA_HUGE - sizeof *c;
        c = xmalloc_huge(ARENA_HUGE, false);
    } else {
        c = xmalloc(sizeof *c + size);
    }
    c->next = a->head;
    c->used = 0;
    c->size = size;
    a->head = c;
    a->total += size;
    ASAN_POISON_MEMORY_REGION(c->data, size);
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7; /* what a pointer or a double needs */
    if (!a->head || a->head->used + n + REDZONE > a->head->size) chunk_new(a, n + REDZONE);
    void *p = a->head->data + a->head->used;
    a->head->used += n + REDZONE;
    ASAN_UNPOISON_MEMORY_REGION(p, n);
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* The slot of s[0..n) in the table: where it is, or the empty one where
 * it belongs. */
static const char **intern_slot(const char **tab, size_t cap, const char *s, size_t n)
{
    size_t i = hash_bytes(s, n) & (cap - 1);
    while (tab[i] && !(strncmp(tab[i], s, n) == 0 && tab[i][n] == 0)) i = (i + 1) & (cap - 1);
    return &tab[i];
}

const char *arena_intern(Arena *a, const char *s, size_t n)
{
    if (2 * (a->ninterned + 1) > a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 1024;
        const char **tab = xcalloc(cap, sizeof *tab);
        for (size_t i = 0; i < a->cap; i++)
            if (a->interned[i]) *intern_slot(tab, cap, a->interned[i], strlen(a->interned[i])) = a->interned[i];
        free(a->interned);
        a->interned = tab, a->cap = cap;
    }
    const char **slot = intern_slot(a->interned, a->cap, s, n);
    if (!*slot) {
        *slot = arena_strndup(a, s, n);
        a->ninterned++;
    }
    return *slot;
}

Arena *arena_new(size_t expect)
{
    Arena *a = xcalloc(1, sizeof *a);
    a->expect = expect;
    return a;
}

void arena_free(Arena *a)
{
    free(a->interned);
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        ASAN_UNPOISON_MEMORY_REGION(c->data, c->size);
        free(c);
    }
    free(a);
}

void list_push(List *l, void *item)
{
    size_t cap = (size_t)l->cap;
    grow_array((void **)&l->items, &cap, (size_t)l->n + 1, sizeof *l->items);
    l->cap = (int)cap;
    l->items[l->n++] = item;
}

Program *program_new(void)
{
    Program *p = xcalloc(1, sizeof *p);
    p->arena = arena_new(0);
    return p;
}

/* The declaration lists and a few per-declaration lists have malloc'ed item
 * arrays (expression lists are moved into the arena by ast_keep_list, a
 * goal's targets are kept there by ast_target). */
static void free_list(List *l) { free(l->items); }

void ast_measure_free(void *measure)
{
    Measure *m = measure;
    free_list(&m->goals);
    for (int j = 0; j < m->followups.n; j++) free(((Followup *)m->followups.items[j])->dates);
    free_list(&m->followups);
}

void program_free(Program *p)
{
    if (!p) return;
    for (int i = 0; i < p->measures.n; i++) ast_measure_free(p->measures.items[i]);
    for (int i = 0; i < p->source_descs.n; i++) source_desc_free(p->source_descs.items[i]);
    for (int i = 0; i < p->loaded.n; i++) free(p->loaded.items[i]);
    List *lists[] = {&p->indicators, &p->goals, &p->measures, &p->rules, &p->units,
                     &p->lets, &p->areas, &p->uses, &p->loaded, &p->scales, &p->source_descs,
                     &p->sets, &p->tests};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) free_list(lists[i]);
    srcset_free(&p->sources);
    diag_free(&p->diags);
    arena_free(p->arena);
    free(p);
}

const char *const binop_text[] = {"+", "-", "*", "/", "<", "<=", ">", ">=", "=", "!=",
                                  "and", "or"};

bool binop_is_comparison(BinOp op) { return op >= OP_LT && op <= OP_NE; }

/* ---- expressions ---- */

/* A node is allocated with room for its kind's part of the union only: a
 * number is a quarter of a reference, and generated plans hold millions. */
static Expr *new_expr(ParseState *ps, ExprKind k, SrcLoc loc)
{
    static const size_t parts[] = {
        [E_NUM] = sizeof ((Expr *)0)->u.num, [E_STR] = sizeof ((Expr *)0)->u.str,
        [E_PERIOD] = sizeof ((Expr *)0)->u.period, [E_REF] = sizeof ((Expr *)0)->u.ref,
        [E_CALL] = sizeof ((Expr *)0)->u.call, [E_BIN] = sizeof ((Expr *)0)->u.bin,
        [E_NEG] = sizeof ((Expr *)0)->u.sub, [E_NOT] = sizeof ((Expr *)0)->u.sub,
        [E_RANGE] = sizeof ((Expr *)0)->u.range, [E_ERROR] = 0};
    size_t part = parts[k];
    Expr *e = arena_alloc(ps->prog->arena, offsetof(Expr, u) + part);
    e->kind = k;
    e->loc = loc;
    e->depth = 1;
    return e;
}

/* The deepest of a list of expressions. */
static Expr *deepest(const List *l)
{
    Expr *d = NULL;
    for (int i = 0; l && i < l->n; i++)
        if (!d || ((Expr *)l->items[i])->depth > d->depth) d = l->items[i];
    return d;
}

static Expr *deeper(Expr *a, Expr *b) { return a->depth >= b->depth ? a : b; }

/* An expression nested deeper than AST_MAX_DEPTH is reported once, where
 * it crosses the limit, and becomes an E_ERROR leaf that its parents
 * return in their place: the tree stays shallow whatever the input, as the
 * later stages walk it recursively, and a megabyte of `1+1+…` past the
 * error costs no memory. NULL when `child` (the deepest) is not too deep. */
static Expr *refused(ParseState *ps, SrcLoc loc, Expr *child)
{
    if (!child || child->depth < AST_MAX_DEPTH) return NULL;
    if (child->kind == E_ERROR) return child;
    SrcLoc at = {loc.src, loc.start, loc.start + 1};
    parse_error(ps, at, false, "expression nests deeper than %d levels (split it with let)",
                AST_MAX_DEPTH);
    Expr *e = new_expr(ps, E_ERROR, loc);
    e->depth = AST_MAX_DEPTH + 1;
    return e;
}

/* Expression lists are copied into the arena so the tree owns no malloc'ed
 * arrays; the parser's temporary array is freed here. */
List ast_keep_list(ParseState *ps, List *l)
{
    List out = {0};
    if (!l || l->n == 0) {
        if (l) free(l->items);
        return out;
    }
    out.items = arena_alloc(ps->prog->arena, sizeof(void *) * (size_t)l->n);
    memcpy(out.items, l->items, sizeof(void *) * (size_t)l->n);
    out.n = out.cap = l->n;
    free(l->items);
    return out;
}

Expr *ast_num(ParseState *ps, SrcLoc loc, double v, bool percent)
{
    Expr *e = new_expr(ps, E_NUM, loc);
    e->u.num.v = v;
    e->u.num.percent = percent;
    return e;
}

Expr *ast_str(ParseState *ps, SrcLoc loc, const char *s)
{
    Expr *e = new_expr(ps, E_STR, loc);
    e->u.str = s;
    return e;
}

Expr *ast_period(ParseState *ps, SrcLoc loc, Period p)
{
    Expr *e = new_expr(ps, E_PERIOD, loc);
    e->u.period = p;
    return e;
}

const Selection ast_unresolved_selection, ast_no_selection = {.group = -1};

Expr *ast_ref(ParseState *ps, SrcLoc loc, const char *name, List *sel)
{
    Expr *deep = deepest(sel), *bad = refused(ps, loc, deep);
    if (bad) {
        free(sel->items);
        return bad;
    }
    Expr *e = new_expr(ps, E_REF, loc);
    e->u.ref.name = name;
    e->u.ref.sel = ast_keep_list(ps, sel);
    e->u.ref.s = &ast_unresolved_selection;
    if (deep) e->depth = deep->depth + 1;
    return e;
}

Expr *ast_call(ParseState *ps, SrcLoc loc, const char *name, List *args)
{
    Expr *deep = deepest(args), *bad = refused(ps, loc, deep);
    if (bad) {
        free(args->items);
        return bad;
    }
    Expr *e = new_expr(ps, E_CALL, loc);
    e->u.call.name = name;
    e->u.call.args = ast_keep_list(ps, args);
    e->u.call.fn = -1;
    if (deep) e->depth = deep->depth + 1;
    return e;
}

Expr *ast_bin(ParseState *ps, SrcLoc loc, BinOp op, Expr *l, Expr *r)
{
    Expr *bad = refused(ps, loc, deeper(l, r));
    if (bad) return bad;
    Expr *e = new_expr(ps, E_BIN, loc);
    e->u.bin.op = op;
    e->u.bin.l = l;
    e->u.bin.r = r;
    e->depth = deeper(l, r)->depth + 1;
    return e;
}

Expr *ast_unary(ParseState *ps, SrcLoc loc, ExprKind k, Expr *sub)
{
    Expr *bad = refused(ps, loc, sub);
    if (bad) return bad;
    Expr *e = new_expr(ps, k, loc);
    e->u.sub = sub;
    e->depth = sub->depth + 1;
    return e;
}

Expr *ast_range(ParseState *ps, SrcLoc loc, Expr *l, Expr *r)
{
    Expr *bad = refused(ps, loc, deeper(l, r));
    if (bad) return bad;
    Expr *e = new_expr(ps, E_RANGE, loc);
    e->u.range.l = l;
    e->u.range.r = r;
    e->depth = deeper(l, r)->depth + 1;
    return e;
}

/* `period` is a keyword, so no declared name can be called so: the name
 * marks the period under review. */
Expr *ast_review(ParseState *ps, SrcLoc loc) { return ast_ref(ps, loc, "period", NULL); }

int ast_period_back(const Expr *e)
{
    if (e->kind == E_REF) return strcmp(e->u.ref.name, "period") == 0 && e->u.ref.sel.n == 0 ? 0 : -1;
    if (e->kind != E_BIN || e->u.bin.op != OP_SUB || ast_period_back(e->u.bin.l) != 0) return -1;
    const Expr *n = e->u.bin.r;
    /* the range before the cast: casting a huge double to int is undefined */
    if (n->kind != E_NUM || n->u.num.percent || n->u.num.v < 0 || n->u.num.v > 1000 ||
        n->u.num.v != (int)n->u.num.v)
        return -1;
    return (int)n->u.num.v;
}

/* ---- declarations ---- */

static const char *const decl_names[] = {"the top level", "the plan header", "an indicator",
                                         "a goal", "a measure", "a rule", "a unit",
                                         "a source description"};

static void push_area(Program *p, const char *area)
{
    if (!area) return;
    for (int i = 0; i < p->areas.n; i++)
        if (strcmp(p->areas.items[i], area) == 0) return;
    list_push(&p->areas, (void *)area);
}

void ast_begin(ParseState *ps, DeclKind k, SrcLoc loc, const char *name, const char *title)
{
    Program *p = ps->prog;
    Arena *a = p->arena;
    ps->cur_kind = k;
    switch (k) {
    case D_PLAN:
        if (p->plan.present) {
            /* its fields go to a header nobody reads: the first one stands */
            parse_error(ps, loc, false, "a second plan header (a program has one plan)");
            ps->cur = arena_alloc(a, sizeof p->plan);
            break;
        }
        p->plan.present = true;
        p->plan.title = title;
        p->plan.loc = loc;
        ps->cur = &p->plan;
        break;
    case D_INDICATOR: {
        Indicator *d = arena_alloc(a, sizeof *d);
        d->name = name, d->title = title, d->loc = loc;
        list_push(&p->indicators, d);
        ps->cur = d;
        break;
    }
    case D_GOAL: {
        Goal *d = arena_alloc(a, sizeof *d);
        d->id = name, d->title = title, d->loc = loc, d->area = ps->area;
        list_push(&p->goals, d);
        ps->cur = d;
        break;
    }
    case D_MEASURE: {
        Measure *d = arena_alloc(a, sizeof *d);
        d->id = name, d->title = title, d->loc = loc, d->area = ps->area;
        list_push(&p->measures, d);
        ps->cur = d;
        break;
    }
    case D_RULE: {
        Rule *d = arena_alloc(a, sizeof *d);
        d->id = name, d->title = title, d->loc = loc, d->area = ps->area;
        list_push(&p->rules, d);
        ps->cur = d;
        break;
    }
    case D_UNIT: {
        UnitDecl *d = arena_alloc(a, sizeof *d);
        d->name = name, d->title = title, d->loc = loc;
        list_push(&p->units, d);
        ps->cur = d;
        break;
    }
    case D_NONE:
    case D_SOURCE: break; /* ast_source_begin opens a source description */
    }
}

void ast_end(ParseState *ps)
{
    if (ps->cur_kind == D_GOAL) push_area(ps->prog, ((Goal *)ps->cur)->area);
    ps->cur_kind = D_NONE;
    ps->cur = NULL;
}

void ast_area_begin(ParseState *ps, SrcLoc loc, const char *name)
{
    (void)loc;
    ps->area = name;
    push_area(ps->prog, name);
}

void ast_area_end(ParseState *ps, const char *outer) { ps->area = outer; }

#define IN(k) (1u << (k))

/* Returns the open declaration if `field` may be written in it; otherwise
 * reports where the field belongs and returns NULL. */
static void *field_owner(ParseState *ps, SrcLoc loc, const char *field, unsigned allowed)
{
    if (ps->cur && (allowed & IN(ps->cur_kind))) return ps->cur;
    /* "a goal, a measure or a rule" */
    StrBuf where = {0};
    int total = 0, count = 0;
    for (int k = D_PLAN; k <= D_UNIT; k++) total += (allowed & IN(k)) != 0;
    for (int k = D_PLAN; k <= D_UNIT; k++)
        if (allowed & IN(k)) {
            if (count++) sb_puts(&where, count == total ? " or " : ", ");
            sb_puts(&where, decl_names[k]);
        }
    parse_error(ps, loc, false, "'%s' does not belong in %s (it belongs in %s)", field,
                decl_names[ps->cur_kind], sb_str(&where));
    sb_free(&where);
    return NULL;
}

/* A field may be given once: a second one is an error and is dropped, so
 * it causes no further errors. Returns whether this is the first. */
static bool first_time(ParseState *ps, SrcLoc loc, const char *field, bool given)
{
    if (given) parse_error(ps, loc, false, "'%s' is given twice", field);
    return !given;
}

/* Sets a text field once. Returns whether the value was set. */
static bool set_once(ParseState *ps, SrcLoc loc, const char *field, const char **slot,
                     const char *text)
{
    if (!first_time(ps, loc, field, *slot != NULL)) return false;
    *slot = text;
    return true;
}

void ast_text(ParseState *ps, SrcLoc loc, int key, const char *text)
{
    void *d;
    switch (key) {
    case ORGANISER:
        if ((d = field_owner(ps, loc, "organiser", IN(D_PLAN)))) {
            if (set_once(ps, loc, "organiser", &((PlanHeader *)d)->organiser, text))
                ((PlanHeader *)d)->organiser_loc = loc;
        }
        break;
    case STATUSES:
        if ((d = field_owner(ps, loc, "statuses", IN(D_PLAN)))) {
            if (set_once(ps, loc, "statuses", &((PlanHeader *)d)->scale_name, text))
                ((PlanHeader *)d)->scale_loc = loc;
        }
        break;
    case UNIT:
        if ((d = field_owner(ps, loc, "unit", IN(D_PLAN)))) {
            if (set_once(ps, loc, "unit", &((PlanHeader *)d)->unit_code, text))
                ((PlanHeader *)d)->unit_loc = loc;
        }
        break;
    case SOURCE:
        if ((d = field_owner(ps, loc, "source", IN(D_INDICATOR)))) {
            /* "kolada:N15505" names where the key comes from; the key is N15505. */
            const char *key_text = strncmp(text, "kolada:", 7) == 0 ? text + 7 : text;
            set_once(ps, loc, "source", &((Indicator *)d)->source, key_text);
        }
        break;
    case DESCRIPTION:
        if ((d = field_owner(ps, loc, "description",
                             IN(D_PLAN) | IN(D_INDICATOR) | IN(D_GOAL) | IN(D_MEASURE)))) {
            const char **slot = ps->cur_kind == D_PLAN ? &((PlanHeader *)d)->description
                              : ps->cur_kind == D_INDICATOR ? &((Indicator *)d)->description
                              : ps->cur_kind == D_GOAL ? &((Goal *)d)->description
                                                       : &((Measure *)d)->description;
            set_once(ps, loc, "description", slot, text);
        }
        break;
    case AREA:
        if ((d = field_owner(ps, loc, "area", IN(D_GOAL) | IN(D_MEASURE) | IN(D_RULE)))) {
            const char **slot = ps->cur_kind == D_GOAL ? &((Goal *)d)->area
                              : ps->cur_kind == D_MEASURE ? &((Measure *)d)->area
                                                          : &((Rule *)d)->area;
            *slot = text; /* overrides an enclosing area block */
            push_area(ps->prog, text);
        }
        break;
    case OWNER:
        if ((d = field_owner(ps, loc, "owner", IN(D_GOAL) | IN(D_MEASURE) | IN(D_RULE)))) {
            const char **slot = ps->cur_kind == D_GOAL ? &((Goal *)d)->owner
                              : ps->cur_kind == D_MEASURE ? &((Measure *)d)->owner
                                                          : &((Rule *)d)->owner;
            set_once(ps, loc, "owner", slot, text);
        }
        break;
    case RESOURCES:
        if ((d = field_owner(ps, loc, "resources", IN(D_MEASURE))))
            set_once(ps, loc, "resources", &((Measure *)d)->resources, text);
        break;
    case CODE:
        if ((d = field_owner(ps, loc, "code", IN(D_UNIT))))
            set_once(ps, loc, "code", &((UnitDecl *)d)->code, text);
        break;
    case KIND:
        if ((d = field_owner(ps, loc, "kind", IN(D_UNIT))))
            set_once(ps, loc, "kind", &((UnitDecl *)d)->kind, text);
        break;
    case PARENT:
        if ((d = field_owner(ps, loc, "parent", IN(D_UNIT))))
            set_once(ps, loc, "parent", &((UnitDecl *)d)->parent, text);
        break;
    default: break;
    }
}

void ast_period_field(ParseState *ps, SrcLoc loc, When w)
{
    PlanHeader *d = field_owner(ps, loc, "period", IN(D_PLAN));
    if (!d || !first_time(ps, loc, "period", d->period != 0)) return;
    if (!w.period) {
        if (w.date) parse_error(ps, loc, false, "the plan's period is a year, school year or term, not a date");
        return;
    }
    d->period = w.period;
}

void ast_language(ParseState *ps, SrcLoc loc, const char *word)
{
    PlanHeader *d = field_owner(ps, loc, "language", IN(D_PLAN));
    if (!d) return;
    if (d->lang_set) parse_error(ps, loc, false, "'language' is given twice");
    d->lang_set = true;
    if (str_ieq(word, "sv") || str_ieq(word, "svenska") || str_ieq(word, "swedish"))
        d->lang = LANG_SV;
    else if (str_ieq(word, "en") || str_ieq(word, "engelska") || str_ieq(word, "english"))
        d->lang = LANG_EN;
    else
        parse_error(ps, loc, false, "unknown language '%s' (expected sv or en)", word);
}

void ast_coverage(ParseState *ps, SrcLoc loc, double percent)
{
    void *d = field_owner(ps, loc, "coverage", IN(D_PLAN) | IN(D_GOAL) | IN(D_RULE));
    if (!d) return;
    Coverage *c = ps->cur_kind == D_PLAN ? &((PlanHeader *)d)->coverage
                : ps->cur_kind == D_GOAL ? &((Goal *)d)->coverage
                                         : &((Rule *)d)->coverage;
    if (!first_time(ps, loc, "coverage", c->given)) return;
    if (percent > 100) {
        parse_error(ps, loc, false, "coverage is a share of the set's units, at most 100 %%");
        return;
    }
    *c = (Coverage){percent / 100, true, loc};
}

/* A word from a fixed vocabulary, in English or Swedish. */
typedef struct WordValue { const char *word; int value; } WordValue;

static bool lookup_word(const WordValue *table, size_t n, const char *word, int *out)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(table[i].word, word) == 0) { *out = table[i].value; return true; }
    return false;
}

static void list_words(StrBuf *sb, const WordValue *table, size_t n)
{
    for (size_t i = 0; i < n; i++) sb_printf(sb, "%s%s", i ? ", " : "", table[i].word);
}

static bool word_value(ParseState *ps, SrcLoc loc, const char *what, const WordValue *table,
                       size_t n, const char *word, int *out)
{
    if (lookup_word(table, n, word, out)) return true;
    StrBuf sb = {0};
    list_words(&sb, table, n);
    parse_error(ps, loc, false, "unknown %s '%s' (expected one of: %s)", what, word, sb_str(&sb));
    sb_free(&sb);
    return false;
}
#define WORDS(t) t, sizeof t / sizeof t[0]

static const WordValue scale_words[] = {
    {"percent", SC_PERCENT}, {"procent", SC_PERCENT}, {"points", SC_POINTS},
    {"poäng", SC_POINTS}, {"grade", SC_GRADE}, {"skattning", SC_GRADE}, {"count", SC_COUNT},
    {"antal", SC_COUNT}, {"kronor", SC_KRONOR}, {"kr", SC_KRONOR},
};

static bool const_number(Expr *e, double *v)
{
    if (e->kind == E_NUM) { *v = e->u.num.v; return true; }
    if (e->kind == E_NEG && e->u.sub->kind == E_NUM) { *v = -e->u.sub->u.num.v; return true; }
    return false;
}

void ast_scale(ParseState *ps, SrcLoc loc, const char *word, SrcLoc wloc, Expr *lo, Expr *hi)
{
    Indicator *d = field_owner(ps, loc, "scale", IN(D_INDICATOR));
    int sc;
    if (!d || !first_time(ps, loc, "scale", d->scale != SC_NONE) ||
        !word_value(ps, wloc, "scale", WORDS(scale_words), word, &sc))
        return;
    d->scale = (ScaleKind)sc;
    if (lo) {
        if (!const_number(lo, &d->scale_min) || !const_number(hi, &d->scale_max)) {
            parse_error(ps, lo->loc, false, "a scale range is two numbers, such as 0..340");
            return;
        }
        if (d->scale_min >= d->scale_max)
            parse_error(ps, lo->loc, false, "the scale range is empty (the lower bound must be below the upper)");
        d->has_range = true;
    } else if (sc == SC_GRADE) {
        d->scale_min = 1, d->scale_max = 5, d->has_range = true;
    } else if (sc == SC_PERCENT) {
        d->scale_min = 0, d->scale_max = 100, d->has_range = true;
    }
}

const char *ast_indicator_key(const Indicator *ind) { return ind->source ? ind->source : ind->name; }

ValueUnit ast_indicator_unit(const Indicator *ind)
{
    if (!ind) return VU_NONE;
    switch (ind->scale) {
    case SC_PERCENT: return VU_PERCENT;
    case SC_KRONOR: return VU_KRONOR;
    case SC_NONE: return ind->formula ? ind->formula->unit : VU_NONE;
    default: return VU_NONE;
    }
}

void ast_direction(ParseState *ps, SrcLoc loc, Direction dir)
{
    const char *field = dir == DIR_HIGHER ? "higher is better" : "lower is better";
    Indicator *d = field_owner(ps, loc, field, IN(D_INDICATOR));
    if (d && d->dir != DIR_NONE)
        parse_error(ps, loc, false, "the direction is given twice ('higher is better' or 'lower is better')");
    else if (d)
        d->dir = dir;
}

static const WordValue level_words[] = {
    {"huvudman", LV_HUVUDMAN}, {"organiser", LV_HUVUDMAN}, {"förvaltning", LV_FORVALTNING},
    {"administration", LV_FORVALTNING}, {"enhet", LV_ENHET}, {"unit", LV_ENHET},
};

void ast_level(ParseState *ps, SrcLoc loc, const char *word)
{
    Goal *g = field_owner(ps, loc, "level", IN(D_GOAL));
    int lv;
    if (g && first_time(ps, loc, "level", g->level != LV_NONE) &&
        word_value(ps, loc, "level", WORDS(level_words), word, &lv))
        g->level = (Level)lv;
}

static const WordValue assessment_words[] = {
    {"uppnått", AS_ACHIEVED}, {"achieved", AS_ACHIEVED}, {"delvis", AS_PARTLY},
    {"partly", AS_PARTLY}, {"ej_uppnått", AS_FAILED}, {"failed", AS_FAILED},
    {"not_achieved", AS_FAILED},
};

void ast_scale_begin(ParseState *ps, SrcLoc loc, const char *name, const char *title)
{
    StatusScale *s = arena_alloc(ps->prog->arena, sizeof *s);
    s->name = name, s->title = title, s->loc = loc;
    list_push(&ps->prog->scales, s);
    ps->cur_kind = D_NONE;
    ps->cur = s;
}

static const WordValue status_label_words[] = {
    {"uppnått", 0}, {"achieved", 0}, {"delvis", 1}, {"partly", 1}, {"ej_uppnått", 2},
    {"not_achieved", 2}, {"failed", 2}, {"ingen_data", 3}, {"no_data", 3},
};

void ast_scale_label(ParseState *ps, SrcLoc loc, const char *word, const char *label)
{
    StatusScale *s = ps->cur;
    int k;
    if (!s || !word_value(ps, loc, "status", WORDS(status_label_words), word, &k)) return;
    if (s->labels[k]) parse_error(ps, loc, false, "the label for '%s' is given twice", word);
    s->labels[k] = label;
}

void ast_assessed(ParseState *ps, SrcLoc loc, const char *word, const char *note)
{
    Goal *g = field_owner(ps, loc, "assessed", IN(D_GOAL));
    int as;
    if (!g || !word_value(ps, loc, "assessment", WORDS(assessment_words), word, &as)) return;
    if (g->assessed) {
        parse_error(ps, loc, false, "'assessed' is given twice");
        return;
    }
    g->assessed = (Assessment)as;
    g->assessed_note = note;
}

void ast_formula(ParseState *ps, SrcLoc loc, Expr *e)
{
    Indicator *d = field_owner(ps, loc, "=", IN(D_INDICATOR));
    if (d) d->formula = e;
}

void ast_target(ParseState *ps, SrcLoc loc, Expr *e, int partly_op, Expr *partly,
                const char *label)
{
    Goal *g = field_owner(ps, loc, "target", IN(D_GOAL));
    if (!g) return;
    Target *t = arena_alloc(ps->prog->arena, sizeof *t);
    t->expr = e, t->label = label, t->loc = loc;
    if (partly && partly_op >= 0) {
        /* `partly <= 30` reuses the left side of the main comparison. */
        if (e->kind != E_BIN || !binop_is_comparison(e->u.bin.op)) {
            if (e->kind != E_ERROR) /* refused already */
                parse_error(ps, partly->loc, false,
                            "'partly %s …' needs the target to be a comparison such as x <= 20",
                            binop_text[partly_op]);
            return;
        }
        partly = ast_bin(ps, partly->loc, (BinOp)partly_op, e->u.bin.l, partly);
    }
    t->partly = partly;
    /* in the arena, doubling: a goal has a few targets, and a malloc'ed
     * array of 8 for each of 100 000 goals is 8 MB */
    if (g->targets.n == g->targets.cap) {
        int cap = g->targets.cap ? 2 * g->targets.cap : 1;
        void **items = arena_alloc(ps->prog->arena, sizeof *items * (size_t)cap);
        if (g->targets.n) memcpy(items, g->targets.items, sizeof *items * (size_t)g->targets.n);
        g->targets.items = items, g->targets.cap = cap;
    }
    g->targets.items[g->targets.n++] = t;
}

NameRef *ast_name(ParseState *ps, SrcLoc loc, const char *name)
{
    NameRef *n = arena_alloc(ps->prog->arena, sizeof *n);
    n->name = name, n->loc = loc;
    return n;
}

void ast_goal_refs(ParseState *ps, SrcLoc loc, List *names)
{
    Measure *m = field_owner(ps, loc, "goals", IN(D_MEASURE));
    if (m)
        for (int i = 0; i < names->n; i++) list_push(&m->goals, names->items[i]);
    free(names->items);
}

void ast_span(ParseState *ps, SrcLoc loc, When from, When to)
{
    Measure *m = field_owner(ps, loc, "from … to", IN(D_MEASURE));
    if (!m || !first_time(ps, loc, "from … to", m->from || m->from_date)) return;
    m->from = from.period, m->from_date = from.date;
    m->to = to.period, m->to_date = to.date;
    int32_t start = from.date ? from.date : from.period ? period_start_date(from.period) : 0;
    int32_t end = to.date ? to.date : to.period ? period_end_date(to.period) : 0;
    if (start && end && end < start)
        parse_error(ps, loc, false, "the measure ends before it starts");
}

static const WordValue money_words[] = {
    {"tkr", 1000}, {"kr", 1}, {"kronor", 1}, {"mkr", 1000000}, {"msek", 1000000},
};

void ast_cost(ParseState *ps, SrcLoc loc, double amount, const char *unit, SrcLoc uloc)
{
    Measure *m = field_owner(ps, loc, "cost", IN(D_MEASURE));
    int per;
    if (!m || !first_time(ps, loc, "cost", m->has_cost) ||
        !word_value(ps, uloc, "currency unit", WORDS(money_words), unit, &per))
        return;
    if (amount < 0) parse_error(ps, loc, false, "a cost cannot be negative");
    m->cost_tkr = amount * per / 1000.0;
    m->has_cost = true;
}

void ast_expect(ParseState *ps, SrcLoc loc, Expr *e)
{
    Measure *m = field_owner(ps, loc, "expect", IN(D_MEASURE));
    if (!m) return;
    /* one expectation in words and one written as a condition */
    if (e->kind == E_STR)
        set_once(ps, loc, "expect", &m->expect_text, e->u.str);
    else if (m->expect)
        parse_error(ps, loc, false, "'expect' is given twice");
    else
        m->expect = e;
}

static const WordValue cadence_words[] = {
    {"week", CAD_WEEK}, {"vecka", CAD_WEEK}, {"month", CAD_MONTH}, {"månad", CAD_MONTH},
    {"quarter", CAD_QUARTER}, {"kvartal", CAD_QUARTER}, {"term", CAD_TERM},
    {"termin", CAD_TERM}, {"year", CAD_YEAR}, {"år", CAD_YEAR},
};

When *ast_when(ParseState *ps, When w)
{
    When *p = arena_alloc(ps->prog->arena, sizeof *p);
    *p = w;
    return p;
}

void ast_followup(ParseState *ps, SrcLoc loc, const char *method, const char *every,
                  SrcLoc eloc, List *dates)
{
    Measure *m = field_owner(ps, loc, "followup", IN(D_MEASURE));
    int cad = CAD_NONE;
    if (m && (!every || word_value(ps, eloc, "cadence", WORDS(cadence_words), every, &cad))) {
        Followup *f = arena_alloc(ps->prog->arena, sizeof *f);
        f->method = method, f->every = (Cadence)cad, f->loc = loc;
        if (dates->n) f->dates = xmalloc(sizeof *f->dates * (size_t)dates->n);
        for (int i = 0; i < dates->n; i++) {
            When *w = dates->items[i];
            f->dates[f->ndates++] = w->date ? w->date : period_end_date(w->period);
        }
        if (!every && !dates->n)
            parse_error(ps, loc, false, "a followup needs 'every' with a cadence or 'at' with dates");
        list_push(&m->followups, f);
    }
    free(dates->items);
}

void ast_scope(ParseState *ps, SrcLoc loc, const char *word)
{
    Rule *r = field_owner(ps, loc, "for each", IN(D_RULE));
    if (!r || !first_time(ps, loc, "for each", r->scope_kind != NULL)) return;
    r->scope_loc = loc;
    /* the store's words for kinds of units; a rule goes over schools or
     * municipalities, not over the nation. An unknown kind is reported here;
     * the empty kind keeps the resolver from also saying `for each` is missing */
    const char *kind = unit_set_kind(word);
    if (!kind) r->scope_name = word; /* a set declared in the plan, or unknown: resolve.c */
    r->scope_kind = kind ? kind : "";
}

void ast_condition(ParseState *ps, SrcLoc loc, int key, Expr *e)
{
    Rule *r = field_owner(ps, loc, key == WHEN ? "when" : "require", IN(D_RULE));
    if (!r) return;
    Expr **slot = key == WHEN ? &r->when : &r->require;
    if (*slot) parse_error(ps, loc, false, "'%s' is given twice", key == WHEN ? "when" : "require");
    else *slot = e;
}

void ast_let(ParseState *ps, SrcLoc loc, const char *name, Expr *e)
{
    LetDecl *l = arena_alloc(ps->prog->arena, sizeof *l);
    l->name = name, l->expr = e, l->loc = loc;
    list_push(&ps->prog->lets, l);
}

void ast_set(ParseState *ps, SrcLoc loc, const char *name, const char *title, List *members)
{
    SetDecl *d = arena_alloc(ps->prog->arena, sizeof *d);
    d->name = name, d->title = title, d->loc = loc;
    size_t n = strlen(AST_SET_PREFIX) + strlen(name) + 1;
    char *key = arena_alloc(ps->prog->arena, n);
    snprintf(key, n, "%s%s", AST_SET_PREFIX, name);
    d->key = key;
    d->members = ast_keep_list(ps, members);
    list_push(&ps->prog->sets, d);
}

void ast_use(ParseState *ps, SrcLoc loc, const char *path)
{
    list_push(&ps->prog->uses, ast_name(ps, loc, path));
}
