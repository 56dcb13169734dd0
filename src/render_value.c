/* render_value.c — the REPL's answers to expressions, as text tables or as
 * one line of JSON (see render_value.h for the shapes). It formats what
 * repl.c evaluated and decides nothing: a value's status, missing reason
 * and interval come from the evaluator; numbers come from fmt_cell so the
 * REPL shows the same figures as `ska check`. The only store access is
 * reading unit names and codes for the rows of a per-unit table. */
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "render_value.h"

void value_show_free(ValueShow *s)
{
    value_free(&s->value);
    value_free(&s->left);
    value_free(&s->right);
    for (int g = 0; g < GRP_COUNT; g++) value_free(&s->groups[g]);
}

/* ---- what a cell means ---- */

static bool holds(Cell c) { return !c.miss && c.lo != 0; }

/* Midpoint: where an interval ("~100") sits when rows are ordered. */
static double mid(Cell c) { return (c.lo + c.hi) / 2; }

/* Which way a column is better, for ordering rows best first: the
 * indicator's direction for a reference and for functions that keep its
 * meaning; rank is best when lowest; a gap, spread or count has no better
 * side and is shown highest first. */
static Direction expr_direction(const Expr *e, const Value *v)
{
    if (!e) return v->ind ? v->ind->dir : DIR_NONE;
    switch (e->kind) {
    case E_REF: return v->ind ? v->ind->dir : DIR_NONE;
    case E_NEG: {
        Direction d = expr_direction(e->u.sub, v);
        return d == DIR_HIGHER ? DIR_LOWER : d == DIR_LOWER ? DIR_HIGHER : DIR_NONE;
    }
    case E_CALL:
        switch (e->u.call.fn) {
        case FN_RANK: return DIR_LOWER;
        case FN_LATEST: case FN_MEAN: case FN_MIN: case FN_MAX: case FN_CHANGE: case FN_TREND:
            return expr_direction(e->u.call.args.items[0], v);
        default: return DIR_NONE;
        }
    default: return DIR_NONE;
    }
}

/* The side of a top-level comparison that has the answer's shape: shown
 * beside each row of a yes/no table. NULL when there is none. */
static const Value *basis(const ValueShow *s, const Expr **side)
{
    if (!s->has_sides || s->value.kind == VK_SCALAR) return NULL;
    if (s->left.kind == s->value.kind && !s->left.boolean) {
        *side = s->expr->u.bin.l;
        return &s->left;
    }
    if (s->right.kind == s->value.kind && !s->right.boolean) {
        *side = s->expr->u.bin.r;
        return &s->right;
    }
    return NULL;
}

/* ---- rows of a per-unit table ---- */

typedef struct UnitRow {
    size_t i;          /* index into the value's cells */
    char *code, *name;
    int band;          /* 0 holds / has a value, 1 does not hold, 2 missing */
    double key;        /* order within a band, best first */
} UnitRow;

static int cmp_rows(const void *a, const void *b)
{
    const UnitRow *x = a, *y = b;
    if (x->band != y->band) return x->band - y->band;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* The units of a VK_UNITS answer in display order: for a number best
 * first; for a yes/no answer those where it holds first (best first by the
 * compared value), then where it does not, then missing. Caller frees. */
static UnitRow *unit_rows(const ValueShow *s, Store *st)
{
    const Value *v = &s->value;
    const Expr *side = s->expr;
    const Value *by = s->condition ? basis(s, &side) : v;
    Direction dir = by ? expr_direction(side, by) : DIR_NONE;
    UnitRow *rows = xcalloc(v->n + 1, sizeof *rows);
    for (size_t i = 0; i < v->n; i++) {
        UnitRow *r = &rows[i];
        UnitInfo u = {0};
        r->i = i;
        if (store_unit_get(st, v->units[i], &u) == 1) {
            r->code = u.code, r->name = u.name;
            u.code = u.name = NULL;
        } else {
            r->code = xstrdup("?"), r->name = xstrdup("?");
        }
        unit_info_free(&u);
        Cell c = v->cells[i];
        if (s->condition) r->band = c.miss ? 2 : holds(c) ? 0 : 1;
        else r->band = c.miss ? 2 : 0;
        if (by && !by->cells[i].miss) r->key = dir == DIR_LOWER ? mid(by->cells[i]) : -mid(by->cells[i]);
    }
    qsort(rows, v->n, sizeof *rows, cmp_rows);
    return rows;
}

static void unit_rows_free(UnitRow *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].code);
        free(rows[i].name);
    }
    free(rows);
}

/* ---- text tables ---- */

void render_table_cell(RenderTable *t, const char *text)
{
    VEC_PUSH(t->cells, t->n, t->cap, xstrdup(text));
}

void render_table_free(RenderTable *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

void render_table_print(RenderTable *t, FILE *out)
{
    size_t ncols = (size_t)t->ncols;
    size_t *width = xcalloc(ncols + 1, sizeof *width);
    for (size_t i = 0; i < t->n; i++) {
        size_t w = utf8_width(t->cells[i], strlen(t->cells[i]));
        if (w > width[i % ncols]) width[i % ncols] = w;
    }
    StrBuf line = {0};
    for (size_t i = 0; i < t->n; i++) {
        size_t c = i % ncols;
        const char *text = t->cells[i];
        int pad = (int)(width[c] - utf8_width(text, strlen(text)));
        if (c) sb_puts(&line, "  ");
        if (t->right & (1u << c)) sb_printf(&line, "%*s%s", pad, "", text);
        else sb_printf(&line, "%s%*s", text, pad, "");
        if (c == ncols - 1) {
            /* an empty or short last cell leaves no blanks at the end */
            while (line.len && line.data[line.len - 1] == ' ') line.data[--line.len] = 0;
            fprintf(out, "%s\n", sb_str(&line));
            sb_clear(&line);
        }
    }
    sb_free(&line);
    free(width);
    render_table_free(t);
}

/* The expression as typed, for a heading. */
static const char *heading(const Program *p, const Expr *e, StrBuf *sb)
{
    sb_clear(sb);
    src_text(p, e->loc, sb);
    return sb_str(sb);
}

/* The words of the answers, in the plan's language. */
typedef struct ValueWords {
    const char *unit, *code, *period, *holds, *fails, *holds_for, *of, *units, *periods, *for_n;
} ValueWords;
static const ValueWords value_sv = {"enhet", "kod", "period", "gäller", "gäller inte", "gäller för", "av",
                                    "enheter", "perioder", "för"};
static const ValueWords value_en = {"unit", "code", "period", "holds", "does not hold", "holds for", "of",
                                    "units", "periods", "for"};
static const ValueWords *words(const Program *p) { return p->plan.lang == LANG_EN ? &value_en : &value_sv; }

/* What a missing answer says: "ingen data: för få elever (..)". */
static void missing_answer(const Program *p, Cell c, StrBuf *sb)
{
    sb_printf(sb, "%s: %s", plan_status_word(p, ST_NODATA), missing_word(c.miss, p->plan.lang));
}

/* The rows of a yes/no table that had no data, by reason. */
typedef struct MissingRows {
    Missing why[16];      /* reasons in order of first appearance */
    StrBuf names[16];     /* "Granskolan, Eneskolan" per reason */
    int nwhy;
    size_t n;
} MissingRows;

static void add_missing(MissingRows *m, const char *name, Cell c)
{
    int k = 0;
    while (k < m->nwhy && m->why[k] != c.miss) k++;
    if (k == m->nwhy) {
        if (m->nwhy == 16) return; /* more reasons than Missing has */
        m->why[m->nwhy++] = c.miss;
    }
    sb_printf(&m->names[k], "%s%s", m->names[k].len ? ", " : "", name);
    m->n++;
}

/* Under a yes/no table: "gäller för 2 av 4 enheter, ingen data för 1",
 * then a line per reason naming the rows without data. Frees m. */
static void count_lines(FILE *out, const Program *p, size_t nholds, size_t n, const char *what,
                        MissingRows *m)
{
    const ValueWords *w = words(p);
    fprintf(out, "%s %zu %s %zu %s", w->holds_for, nholds, w->of, n, what);
    if (m->n) fprintf(out, ", %s %s %zu", plan_status_word(p, ST_NODATA), w->for_n, m->n);
    fputc('\n', out);
    for (int k = 0; k < m->nwhy; k++) {
        fprintf(out, "  %s: %s\n", missing_word(m->why[k], p->plan.lang), sb_str(&m->names[k]));
        sb_free(&m->names[k]);
    }
}

static bool any_missing(const Value *v)
{
    for (size_t i = 0; i < v->n; i++)
        if (v->cells[i].miss) return true;
    return false;
}

static void units_text(FILE *out, const ValueShow *s, const Program *p, Store *st)
{
    const Value *v = &s->value;
    UnitRow *rows = unit_rows(s, st);
    StrBuf head = {0};
    MissingRows missing = {0};
    char num[NUM_TEXT_MAX];
    const Expr *side = s->expr;
    const Value *shown = s->condition ? basis(s, &side) : v;
    bool notes = !s->condition && any_missing(v);
    const ValueWords *w = words(p);
    RenderTable t = {.ncols = 2 + (shown != NULL) + notes, .right = 1u << 2};
    render_table_cell(&t, w->unit), render_table_cell(&t, w->code);
    if (shown) render_table_cell(&t, heading(p, side, &head));
    if (notes) render_table_cell(&t, "");
    size_t nholds = 0;
    for (size_t k = 0; k < v->n; k++) {
        const UnitRow *r = &rows[k];
        Cell c = v->cells[r->i];
        if (s->condition) {
            /* a yes/no table lists where it holds; the rest are counted */
            if (c.miss) add_missing(&missing, r->name, c);
            if (!holds(c)) continue;
            nholds++;
        }
        render_table_cell(&t, r->name), render_table_cell(&t, r->code);
        if (shown) render_table_cell(&t, fmt_value(shown->cells[r->i], side->unit, p->plan.lang, num));
        if (notes) render_table_cell(&t, c.miss ? missing_word(c.miss, p->plan.lang) : "");
    }
    if (s->condition && nholds == 0) render_table_free(&t);
    else render_table_print(&t, out);
    if (s->condition) count_lines(out, p, nholds, v->n, w->units, &missing);
    sb_free(&head);
    unit_rows_free(rows, v->n);
}

static void series_text(FILE *out, const ValueShow *s, const Program *p)
{
    const Value *v = &s->value;
    StrBuf head = {0};
    MissingRows missing = {0};
    char num[NUM_TEXT_MAX], per[PERIOD_TEXT_MAX];
    /* the value columns: a number's groups (those with any value; totalt
     * always), or the number itself, or the values a yes/no compared */
    const Value *col[GRP_COUNT];
    const char *label[GRP_COUNT];
    int ncol = 0;
    const Expr *side = s->expr; /* the expression the columns show, for their unit */
    if (s->condition) {
        const Value *shown = basis(s, &side);
        if (shown) col[ncol] = shown, label[ncol++] = heading(p, side, &head);
    } else if (s->by_group) {
        for (int g = 0; g < GRP_COUNT; g++) {
            bool any = g == GRP_TOTAL;
            for (size_t i = 0; i < s->groups[g].n; i++) any |= !s->groups[g].cells[i].miss;
            if (any) col[ncol] = &s->groups[g], label[ncol++] = group_names[g];
        }
    } else {
        col[ncol] = v, label[ncol++] = heading(p, s->expr, &head);
    }
    const ValueWords *w = words(p);
    /* with one column of numbers, a missing one says why beside it */
    bool notes = !s->condition && ncol == 1 && any_missing(col[0]);
    RenderTable t = {.ncols = 1 + ncol + notes, .right = 0xEu};
    render_table_cell(&t, w->period);
    for (int k = 0; k < ncol; k++) render_table_cell(&t, label[k]);
    if (notes) render_table_cell(&t, "");
    size_t nholds = 0;
    for (size_t i = 0; i < v->n; i++) {
        Cell c = v->cells[i];
        period_format(v->periods[i], per);
        if (s->condition) {
            if (c.miss) add_missing(&missing, per, c);
            if (!holds(c)) continue;
            nholds++;
        }
        render_table_cell(&t, per);
        for (int k = 0; k < ncol; k++)
            render_table_cell(&t, fmt_value(col[k]->cells[i], side->unit, p->plan.lang, num));
        if (notes)
            render_table_cell(&t, col[0]->cells[i].miss ? missing_word(col[0]->cells[i].miss, p->plan.lang) : "");
    }
    if (s->condition && nholds == 0) render_table_free(&t);
    else render_table_print(&t, out);
    if (s->condition) count_lines(out, p, nholds, v->n, w->periods, &missing);
    sb_free(&head);
}

static void scalar_text(FILE *out, const ValueShow *s, const Program *p)
{
    Cell c = s->value.scalar;
    StrBuf sb = {0};
    char num[NUM_TEXT_MAX];
    Lang lang = p->plan.lang;
    bool sides = s->has_sides && s->left.kind == VK_SCALAR && s->right.kind == VK_SCALAR;
    if (c.miss) {
        missing_answer(p, c, &sb);
        if (sides) {
            sb_puts(&sb, " (");
            fmt_comparison(s->expr, s->left.scalar, s->right.scalar, VD_NONE, lang, false, &sb);
            sb_putc(&sb, ')');
        }
    } else if (sides) {
        /* as check shows it: "221,3 > 217,9 gäller" */
        fmt_comparison(s->expr, s->left.scalar, s->right.scalar, holds(c) ? VD_HOLDS : VD_FAILS, lang,
                       false, &sb);
    } else if (s->condition) {
        sb_puts(&sb, holds(c) ? words(p)->holds : words(p)->fails);
        if (c.near) sb_printf(&sb, " (%s)", near_note(lang));
    } else {
        sb_puts(&sb, fmt_value(c, s->expr->unit, lang, num));
    }
    fprintf(out, "%s\n", sb_str(&sb));
    sb_free(&sb);
}

void render_value_text(FILE *out, const ValueShow *s, const Program *p, Store *st)
{
    switch (s->value.kind) {
    case VK_SCALAR: scalar_text(out, s, p); break;
    case VK_SERIES: series_text(out, s, p); break;
    case VK_UNITS: units_text(out, s, p, st); break;
    }
}

/* ---- JSON ---- */

static void json_holds(StrBuf *sb, Cell c)
{
    sb_printf(sb, "\"holds\":%s,\"missing\":", c.miss ? "null" : holds(c) ? "true" : "false");
    if (c.miss) json_quote(sb, missing_text(c.miss));
    else sb_puts(sb, "null");
}

static void json_indicator(StrBuf *sb, const Value *v)
{
    sb_puts(sb, ",\"indicator\":");
    if (v->ind) json_quote(sb, v->ind->name);
    else sb_puts(sb, "null");
}

static void scalar_json(StrBuf *sb, const ValueShow *s)
{
    if (!s->condition) {
        sb_puts(sb, "{\"type\":\"number\"");
        json_indicator(sb, &s->value);
        sb_puts(sb, ",\"result\":");
        json_cell(sb, s->value.scalar);
        sb_putc(sb, '}');
        return;
    }
    sb_puts(sb, "{\"type\":\"condition\",");
    json_holds(sb, s->value.scalar);
    if (s->has_sides && s->left.kind == VK_SCALAR && s->right.kind == VK_SCALAR) {
        sb_puts(sb, ",\"left\":");
        json_cell(sb, s->left.scalar);
        sb_puts(sb, ",\"right\":");
        json_cell(sb, s->right.scalar);
    }
    sb_putc(sb, '}');
}

/* A row's answer: a number's cell, or a condition's verdict with the
 * compared value beside it. */
static void json_row_answer(StrBuf *sb, const ValueShow *s, const Value *shown, size_t i)
{
    if (s->condition) {
        json_holds(sb, s->value.cells[i]);
        if (shown) sb_puts(sb, ",\"value\":"), json_cell(sb, shown->cells[i]);
    } else {
        sb_puts(sb, "\"result\":");
        json_cell(sb, s->value.cells[i]);
    }
}

static void series_json(StrBuf *sb, const ValueShow *s)
{
    const Value *v = &s->value;
    const Expr *side = s->expr;
    const Value *shown = s->condition ? basis(s, &side) : NULL;
    char per[PERIOD_TEXT_MAX];
    sb_puts(sb, "{\"type\":\"series\"");
    json_indicator(sb, v);
    sb_puts(sb, ",\"rows\":[");
    for (size_t i = 0; i < v->n; i++) {
        sb_puts(sb, i ? ",{\"period\":" : "{\"period\":");
        json_quote(sb, period_format(v->periods[i], per));
        sb_putc(sb, ',');
        if (s->by_group) {
            for (int g = 0; g < GRP_COUNT; g++) {
                /* the pupils' groups always; a rater only where one rated */
                bool any = g <= GRP_BOYS;
                for (size_t k = 0; k < s->groups[g].n && !any; k++) any = !s->groups[g].cells[k].miss;
                if (!any) continue;
                sb_printf(sb, "%s\"%s\":", g ? "," : "", group_names[g]);
                json_cell(sb, s->groups[g].cells[i]);
            }
        } else {
            json_row_answer(sb, s, shown, i);
        }
        sb_putc(sb, '}');
    }
    sb_puts(sb, "]}");
}

static void units_json(StrBuf *sb, const ValueShow *s, Store *st)
{
    const Value *v = &s->value;
    const Expr *side = s->expr;
    const Value *shown = s->condition ? basis(s, &side) : NULL;
    UnitRow *rows = unit_rows(s, st);
    sb_puts(sb, "{\"type\":\"units\"");
    json_indicator(sb, v);
    sb_puts(sb, ",\"rows\":[");
    for (size_t k = 0; k < v->n; k++) {
        sb_puts(sb, k ? ",{\"unit\":" : "{\"unit\":");
        json_quote(sb, rows[k].code);
        sb_puts(sb, ",\"name\":");
        json_quote(sb, rows[k].name);
        sb_putc(sb, ',');
        json_row_answer(sb, s, shown, rows[k].i);
        sb_putc(sb, '}');
    }
    sb_puts(sb, "]}");
    unit_rows_free(rows, v->n);
}

void render_value_json(FILE *out, const ValueShow *s, Store *st)
{
    StrBuf sb = {0};
    switch (s->value.kind) {
    case VK_SCALAR: scalar_json(&sb, s); break;
    case VK_SERIES: series_json(&sb, s); break;
    case VK_UNITS: units_json(&sb, s, st); break;
    }
    fprintf(out, "%s\n", sb_str(&sb));
    sb_free(&sb);
}
