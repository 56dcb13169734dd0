/* lint.c — warnings for what resolves but is most likely a mistake (see
 * lint.h). Each is about the plan file given on the command line only. */
#include <stdlib.h>
#include "lint.h"

/* Only the plan file itself is linted: source 0 is the file parse_file read. */
static bool in_plan(SrcLoc loc) { return loc.src == 0; }

/* Marks in `read` (one flag per indicator of p, by index) every indicator
 * that e reads. */
static void mark_reads(const Program *p, const Expr *e, bool *read)
{
    if (!e) return;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR)
            for (int i = 0; i < p->indicators.n; i++)
                if (p->indicators.items[i] == e->u.ref.decl) read[i] = true;
        for (int i = 0; i < e->u.ref.sel.n; i++) mark_reads(p, e->u.ref.sel.items[i], read);
        break;
    case E_CALL:
        for (int i = 0; i < e->u.call.args.n; i++) mark_reads(p, e->u.call.args.items[i], read);
        break;
    case E_BIN: mark_reads(p, e->u.bin.l, read), mark_reads(p, e->u.bin.r, read); break;
    case E_RANGE: mark_reads(p, e->u.range.l, read), mark_reads(p, e->u.range.r, read); break;
    case E_NEG:
    case E_NOT: mark_reads(p, e->u.sub, read); break;
    default: break;
    }
}

static void unread_indicators(Program *p)
{
    bool *read = xcalloc((size_t)p->indicators.n + 1, sizeof *read);
    for (int i = 0; i < p->indicators.n; i++) mark_reads(p, ((Indicator *)p->indicators.items[i])->formula, read);
    for (int i = 0; i < p->lets.n; i++) mark_reads(p, ((LetDecl *)p->lets.items[i])->expr, read);
    for (int i = 0; i < p->goals.n; i++) {
        const Goal *g = p->goals.items[i];
        for (int k = 0; k < g->targets.n; k++) {
            const Target *t = g->targets.items[k];
            mark_reads(p, t->expr, read);
            mark_reads(p, t->partly, read);
        }
    }
    for (int i = 0; i < p->measures.n; i++) mark_reads(p, ((Measure *)p->measures.items[i])->expect, read);
    for (int i = 0; i < p->rules.n; i++) {
        const Rule *r = p->rules.items[i];
        mark_reads(p, r->when, read);
        mark_reads(p, r->require, read);
    }
    for (int i = 0; i < p->indicators.n; i++) {
        const Indicator *ind = p->indicators.items[i];
        if (!read[i] && in_plan(ind->loc))
            diag_add(&p->diags, DIAG_WARNING, ind->loc,
                     "indicator '%s' is not read by any target, rule, measure or definition", ind->name);
    }
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
