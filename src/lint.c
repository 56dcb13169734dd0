/* lint.c — warnings for what resolves but is most likely a mistake (see
 * lint.h). Each is about the plan file given on the command line only. */
#include <stdint.h>
#include <stdlib.h>
#include "lint.h"

/* Only the plan file itself is linted: source 0 is the file parse_file read. */
static bool in_plan(SrcLoc loc) { return loc.src == 0; }

/* The plan's indicators by address, each with its index: a large plan reads
 * one in nearly every target, and looking it up among hundreds each time
 * was a tenth of checking the plan. */
typedef struct IndexedInd { const void *ind; int index; } IndexedInd;

static int by_address(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const IndexedInd *)a)->ind, y = (uintptr_t)((const IndexedInd *)b)->ind;
    return (x > y) - (x < y);
}

/* Marks in `read` (one flag per indicator, by index) every indicator that
 * e reads; inds are the n indicators sorted by address. */
static void mark_reads(const IndexedInd *inds, int n, const Expr *e, bool *read)
{
    if (!e) return;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR) {
            IndexedInd key = {e->u.ref.decl, 0};
            const IndexedInd *hit = bsearch(&key, inds, (size_t)n, sizeof *inds, by_address);
            if (hit) read[hit->index] = true;
        }
        for (int i = 0; i < e->u.ref.sel.n; i++) mark_reads(inds, n, e->u.ref.sel.items[i], read);
        break;
    case E_CALL:
        for (int i = 0; i < e->u.call.args.n; i++) mark_reads(inds, n, e->u.call.args.items[i], read);
        break;
    case E_BIN: mark_reads(inds, n, e->u.bin.l, read), mark_reads(inds, n, e->u.bin.r, read); break;
    case E_RANGE: mark_reads(inds, n, e->u.range.l, read), mark_reads(inds, n, e->u.range.r, read); break;
    case E_NEG:
    case E_NOT: mark_reads(inds, n, e->u.sub, read); break;
    default: break;
    }
}

static void unread_indicators(Program *p)
{
    int n = p->indicators.n;
    bool *read = xcalloc((size_t)n + 1, sizeof *read);
    IndexedInd *inds = xmalloc(sizeof *inds * ((size_t)n + 1));
    for (int i = 0; i < n; i++) inds[i] = (IndexedInd){p->indicators.items[i], i};
    qsort(inds, (size_t)n, sizeof *inds, by_address);
    for (int i = 0; i < n; i++) mark_reads(inds, n, ((Indicator *)p->indicators.items[i])->formula, read);
    for (int i = 0; i < p->lets.n; i++) mark_reads(inds, n, ((LetDecl *)p->lets.items[i])->expr, read);
    for (int i = 0; i < p->goals.n; i++) {
        const Goal *g = p->goals.items[i];
        for (int k = 0; k < g->targets.n; k++) {
            const Target *t = g->targets.items[k];
            mark_reads(inds, n, t->expr, read);
            mark_reads(inds, n, t->partly, read);
        }
    }
    for (int i = 0; i < p->measures.n; i++) mark_reads(inds, n, ((Measure *)p->measures.items[i])->expect, read);
    for (int i = 0; i < p->rules.n; i++) {
        const Rule *r = p->rules.items[i];
        mark_reads(inds, n, r->when, read);
        mark_reads(inds, n, r->require, read);
    }
    for (int i = 0; i < n; i++) {
        const Indicator *ind = p->indicators.items[i];
        if (!read[i] && in_plan(ind->loc))
            diag_add(&p->diags, DIAG_WARNING, ind->loc,
                     "indicator '%s' is not read by any target, rule, measure or definition", ind->name);
    }
    free(inds);
    free(read);
}

static const char *const scale_names[] = {
    [SC_NONE] = "", [SC_PERCENT] = "percent", [SC_POINTS] = "points", [SC_GRADE] = "grade",
    [SC_COUNT] = "count", [SC_KRONOR] = "kronor"};

/* The indicator e reads when it is one bare reference (merit, merit[2018]). */
static const Indicator *indicator_of(const Expr *e)
{
    return e->kind == E_REF && e->u.ref.rk == R_INDICATOR ? e->u.ref.decl : NULL;
}

/* A comparison of an indicator on a scale of its own (points, a grade, a
 * count, kronor) with a percentage: `meritvärde >= 80 %` was meant for
 * another indicator, or the % is a slip. */
static void percent_comparisons(Program *p, const Expr *e)
{
    if (!e) return;
    if (e->kind == E_BIN && binop_is_comparison(e->u.bin.op)) {
        for (int side = 0; side < 2; side++) {
            const Expr *a = side ? e->u.bin.r : e->u.bin.l, *b = side ? e->u.bin.l : e->u.bin.r;
            const Indicator *ind = indicator_of(a);
            if (ind && ind->scale != SC_NONE && ind->scale != SC_PERCENT && b->kind == E_NUM && b->u.num.percent)
                diag_add(&p->diags, DIAG_WARNING, b->loc,
                         "a percentage compared with '%s', whose scale is %s", ind->name, scale_names[ind->scale]);
        }
    }
    if (e->kind == E_BIN) {
        percent_comparisons(p, e->u.bin.l);
        percent_comparisons(p, e->u.bin.r);
    } else if (e->kind == E_NOT) {
        percent_comparisons(p, e->u.sub);
    }
}

void lint_program(Program *p)
{
    unread_indicators(p);
    for (int i = 0; i < p->goals.n; i++) {
        const Goal *g = p->goals.items[i];
        if (!in_plan(g->loc)) continue;
        if (g->targets.n == 0 && g->assessed == AS_NONE)
            diag_add(&p->diags, DIAG_WARNING, g->loc,
                     "goal '%s' has no target and no assessment: it is always ingen data", g->id);
        for (int k = 0; k < g->targets.n; k++) {
            const Target *t = g->targets.items[k];
            percent_comparisons(p, t->expr);
            percent_comparisons(p, t->partly);
        }
    }
}
