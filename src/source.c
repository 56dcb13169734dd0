/* source.c — source descriptions: the constructors the grammar calls for
 * `source NAME "title" { … }`, and the compiler that checks each field's
 * shape and turns the description into a SourceSpec for the importer.
 * Field words are plain names (checked here, in Swedish or English), so a
 * description adds no reserved word to the language. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "parse.h"
#include "source.h"
#include "util.h"

/* ---- constructors ---- */

void ast_source_begin(ParseState *ps, SrcLoc loc, const char *name, const char *title)
{
    SourceDesc *d = xcalloc(1, sizeof *d);
    d->name = name, d->title = title, d->loc = loc;
    list_push(&ps->prog->source_descs, d);
    ps->cur_kind = D_SOURCE;
    ps->cur = d;
}

void ast_source_field(ParseState *ps, SrcLoc loc, SrcLoc name_loc, const char *name, List *args)
{
    SourceDesc *d = ps->cur;
    if (ps->cur_kind != D_SOURCE || !d) { /* error recovery closed the block */
        free(args->items);
        return;
    }
    SrcField *f = arena_alloc(ps->prog->arena, sizeof *f);
    f->name = name, f->loc = loc, f->name_loc = name_loc, f->args = *args;
    list_push(&d->fields, f);
}

static SrcArg *new_arg(ParseState *ps, SrcLoc loc, SrcArgKind k)
{
    SrcArg *a = arena_alloc(ps->prog->arena, sizeof *a);
    a->kind = k, a->loc = loc;
    return a;
}

SrcArg *ast_sarg_string(ParseState *ps, SrcLoc loc, const char *s)
{
    SrcArg *a = new_arg(ps, loc, SA_STRING);
    a->text = s;
    return a;
}

SrcArg *ast_sarg_number(ParseState *ps, SrcLoc loc, double v)
{
    SrcArg *a = new_arg(ps, loc, SA_NUMBER);
    a->num = v;
    return a;
}

SrcArg *ast_sarg_period(ParseState *ps, SrcLoc loc, Period p)
{
    SrcArg *a = new_arg(ps, loc, SA_PERIOD);
    a->period = p;
    return a;
}

SrcArg *ast_sarg_kind(ParseState *ps, SrcLoc loc, const char *word)
{
    SrcArg *a = new_arg(ps, loc, SA_KIND);
    a->text = word;
    return a;
}

SrcArg *ast_sarg_key(ParseState *ps, SrcLoc loc, const char *key)
{
    SrcArg *a = new_arg(ps, loc, SA_KEY);
    /* "kolada:N15505" names where the key comes from, as in an indicator */
    a->text = strncmp(key, "kolada:", 7) == 0 ? key + 7 : key;
    return a;
}

SrcArg *ast_sarg_table(ParseState *ps, SrcLoc loc, List *pairs)
{
    SrcArg *a = new_arg(ps, loc, SA_TABLE);
    /* Into the arena: an argument the parser discards (a syntax error
     * later in the field) then owns nothing to free. */
    if (pairs->n) {
        a->pairs.items = arena_alloc(ps->prog->arena, sizeof(void *) * (size_t)pairs->n);
        memcpy(a->pairs.items, pairs->items, sizeof(void *) * (size_t)pairs->n);
        a->pairs.n = a->pairs.cap = pairs->n;
    }
    free(pairs->items);
    return a;
}

SrcPair *ast_spair(ParseState *ps, SrcLoc loc, const char *from, const char *to)
{
    SrcPair *p = arena_alloc(ps->prog->arena, sizeof *p);
    p->from = from, p->to = to, p->loc = loc;
    return p;
}

void source_desc_free(SourceDesc *d)
{
    for (int i = 0; i < d->fields.n; i++) free(((SrcField *)d->fields.items[i])->args.items);
    free(d->fields.items);
    free(d);
}

/* ---- the compiler ---- */

typedef enum FieldKind {
    F_TITLE, F_HEADER, F_PERIOD, F_UNIT, F_NAME, F_PARENT, F_ORGANISER, F_GROUP, F_COUNT,
    F_SPLIT, F_VALUE, F_IGNORE, F_COUNT_KINDS
} FieldKind;

/* Each field's spellings and the shape of its arguments, for messages. */
static const struct {
    const char *en, *sv;
    FieldKind kind;
    bool repeats;
    const char *shape;
} field_words[] = {
    {"title", "titel", F_TITLE, true, "title \"a line of the file's title block\""},
    {"header", "rubrik", F_HEADER, false, "header 2 (the number of header rows: 1 or 2)"},
    {"period", "period", F_PERIOD, false,
     "period \"Valt läsår\" (from the title line \"Valt läsår: 2024/25\") or period 2024/25, "
     "optionally followed by kind år or kind läsår"},
    {"unit", "enhet", F_UNIT, false, "unit \"Kommun-kod\" kind kommun (or kind skola)"},
    {"name", "namn", F_NAME, false, "name \"Kommun\""},
    {"parent", "tillhör", F_PARENT, false, "parent \"Kommun-kod\" (the code column), optionally followed by \"Kommun\" (the name column)"},
    {"organiser", "huvudman", F_ORGANISER, false,
     "organiser \"Huvudman\" kind \"Typ av huvudman\" (either part may be left out)"},
    {"group", "grupp", F_GROUP, false,
     "group \"Kön\" (a column of Flickor/Pojkar/Samtliga), or group alone when the "
     "lower header row names the groups"},
    {"count", "antal", F_COUNT, false, "count \"Antal elever\""},
    {"split", "dela", F_SPLIT, true,
     "split \"Typ av huvudman\" { \"Samtliga\" = \"_alla\"; \"Kommunal\" = \"\" }"},
    {"value", "värde", F_VALUE, true, "value \"Andel (%) behöriga\" = KEY"},
    {"ignore", "ignorera", F_IGNORE, true, "ignore \"Län\", \"Läns-kod\""},
};
#define NFIELD_WORDS ((int)(sizeof field_words / sizeof field_words[0]))

typedef struct Compiler {
    Program *prog;
    const SourceDesc *d;
    SourceSpec *s;
    const SrcField *seen[F_COUNT_KINDS];
    bool ok;
} Compiler;

static void cerr(Compiler *c, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void cerr(Compiler *c, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(&c->prog->diags, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
    c->ok = false;
}

static int field_word(const char *name)
{
    for (int i = 0; i < NFIELD_WORDS; i++)
        if (strcmp(name, field_words[i].en) == 0 || strcmp(name, field_words[i].sv) == 0) return i;
    return -1;
}

static void unknown_field(Compiler *c, const SrcField *f)
{
    const char *best = NULL;
    int best_d = 3;
    for (int i = 0; i < NFIELD_WORDS; i++) {
        const char *words[2] = {field_words[i].en, field_words[i].sv};
        for (int k = 0; k < 2; k++) {
            int d = utf8_distance(f->name, words[k]);
            if (d < best_d) best = words[k], best_d = d;
        }
    }
    StrBuf sb = {0};
    if (best) sb_printf(&sb, " (did you mean '%s'?)", best);
    cerr(c, f->name_loc,
         "'%s' is not a field of a source description%s; expected title, header, period, unit, "
         "name, parent, organiser, group, count, split, value or ignore",
         f->name, sb_str(&sb));
    sb_free(&sb);
}

/* The shape error: what the field looks like when it is right. */
static void bad_shape(Compiler *c, const SrcField *f, int w)
{
    cerr(c, f->loc, "'%s' is written %s", f->name, field_words[w].shape);
}

static bool arg_is(const SrcField *f, int i, SrcArgKind k)
{
    return i < f->args.n && ((SrcArg *)f->args.items[i])->kind == k;
}

static const SrcArg *arg(const SrcField *f, int i) { return f->args.items[i]; }

/* One or two strings from argument i: a column, named by the lower header
 * row alone or by both rows. Returns the number of arguments used, 0 if
 * there is no string at i. */
static int column_args(const SrcField *f, int i, SpecCol *col)
{
    if (!arg_is(f, i, SA_STRING)) return 0;
    col->loc = arg(f, i)->loc;
    if (arg_is(f, i + 1, SA_STRING)) {
        col->top = arg(f, i)->text;
        col->name = arg(f, i + 1)->text;
        col->loc.end = arg(f, i + 1)->loc.end;
        return 2;
    }
    col->top = NULL;
    col->name = arg(f, i)->text;
    return 1;
}

/* A field that is just one column: name, parent, count. */
static bool one_column(const SrcField *f, SpecCol *col)
{
    int used = column_args(f, 0, col);
    return used > 0 && used == f->args.n;
}

static PeriodKind period_kind_word(const char *w)
{
    if (strcmp(w, "år") == 0 || strcmp(w, "År") == 0 || str_ieq(w, "year")) return PK_YEAR;
    if (strcmp(w, "läsår") == 0 || strcmp(w, "Läsår") == 0 || str_ieq(w, "schoolyear")) return PK_SCHOOLYEAR;
    return PK_NONE;
}

static void compile_period(Compiler *c, const SrcField *f, int w)
{
    SourceSpec *s = c->s;
    int n = f->args.n;
    s->period_kind = PK_NONE;
    if (n >= 1 && arg_is(f, n - 1, SA_KIND)) {
        const SrcArg *k = arg(f, n - 1);
        s->period_kind = period_kind_word(k->text);
        if (s->period_kind == PK_NONE) {
            cerr(c, k->loc, "'%s' is not a kind of period here (expected år or läsår)", k->text);
            return;
        }
        n--;
    }
    if (n != 1) return bad_shape(c, f, w);
    const SrcArg *a = arg(f, 0);
    if (a->kind == SA_STRING) {
        s->period_from = SP_TITLE;
        s->period_label = a->text;
    } else if (a->kind == SA_PERIOD) {
        s->period_from = SP_FIXED;
        s->period = a->period;
    } else if (a->kind == SA_NUMBER && a->num >= PERIOD_MIN_YEAR && a->num <= PERIOD_MAX_YEAR &&
               a->num == (int)a->num) {
        s->period_from = SP_FIXED;
        s->period = period_year((int)a->num);
    } else {
        bad_shape(c, f, w);
    }
}

static void compile_unit(Compiler *c, const SrcField *f, int w)
{
    if (f->args.n != 2 || !column_args(f, 0, &c->s->unit_col) || c->s->unit_col.top || !arg_is(f, 1, SA_KIND))
        return bad_shape(c, f, w);
    const SrcArg *k = arg(f, 1);
    const char *kind = unit_kind_canonical(k->text);
    if (!kind || strcmp(kind, "riket") == 0)
        cerr(c, k->loc, "'%s' is not a kind of unit a file lists (expected kommun or skola)", k->text);
    c->s->unit_kind = kind;
}

static void compile_organiser(Compiler *c, const SrcField *f, int w)
{
    SourceSpec *s = c->s;
    int i = 0;
    if (arg_is(f, 0, SA_STRING)) {
        s->has_organiser = true;
        s->organiser_col = (SpecCol){NULL, arg(f, 0)->text, arg(f, 0)->loc};
        i = 1;
    }
    if (arg_is(f, i, SA_KIND)) {
        s->has_organiser_kind = true;
        s->organiser_kind_col = (SpecCol){NULL, arg(f, i)->text, arg(f, i)->loc};
        i++;
    }
    if (i == 0 || i != f->args.n) bad_shape(c, f, w);
}

static void compile_split(Compiler *c, const SrcField *f, int w)
{
    SpecCol col;
    if (f->args.n != 2 || column_args(f, 0, &col) != 1 || !arg_is(f, 1, SA_TABLE)) return bad_shape(c, f, w);
    const SrcArg *t = arg(f, 1);
    if (t->pairs.n == 0) return cerr(c, t->loc, "the table of '%s' is empty (expected \"value\" = \"suffix\" rows)", f->name);
    for (int i = 0; i < t->pairs.n; i++)
        for (int j = 0; j < i; j++) {
            const SrcPair *a = t->pairs.items[i], *b = t->pairs.items[j];
            if (strcmp(a->from, b->from) == 0)
                cerr(c, a->loc, "\"%s\" is in the table twice", a->from);
        }
    c->s->splits[c->s->nsplits++] = (SpecSplit){col, (SrcPair **)t->pairs.items, t->pairs.n};
}

static void compile_value(Compiler *c, const SrcField *f, int w)
{
    SpecValue v;
    int used = column_args(f, 0, &v.col);
    if (!used || f->args.n != used + 1 || !arg_is(f, used, SA_KEY)) return bad_shape(c, f, w);
    v.key = arg(f, used)->text;
    if (!*v.key) return cerr(c, arg(f, used)->loc, "an empty key (expected a key such as N15436)");
    c->s->values[c->s->nvalues++] = v;
}

static void compile_field(Compiler *c, const SrcField *f)
{
    int w = field_word(f->name);
    if (w < 0) return unknown_field(c, f);
    FieldKind k = field_words[w].kind;
    if (c->seen[k] && !field_words[w].repeats) {
        int line, col;
        if (!src_linecol(&c->prog->sources.items[c->seen[k]->loc.src], c->seen[k]->loc.start, &line, &col))
            return cerr(c, f->name_loc, "'%s' is given twice", f->name); /* its file changed */
        return cerr(c, f->name_loc, "'%s' is given twice (first at line %d)", f->name, line);
    }
    c->seen[k] = f;
    SourceSpec *s = c->s;
    switch (k) {
    case F_TITLE:
        if (f->args.n == 0) return bad_shape(c, f, w);
        for (int i = 0; i < f->args.n; i++) {
            if (!arg_is(f, i, SA_STRING) || !*arg(f, i)->text) return bad_shape(c, f, w);
            s->titles[s->ntitles++] = arg(f, i)->text;
        }
        break;
    case F_HEADER:
        if (f->args.n != 1 || !arg_is(f, 0, SA_NUMBER) || (arg(f, 0)->num != 1 && arg(f, 0)->num != 2))
            return bad_shape(c, f, w);
        s->header_rows = (int)arg(f, 0)->num;
        break;
    case F_PERIOD: compile_period(c, f, w); break;
    case F_UNIT: compile_unit(c, f, w); break;
    case F_NAME:
        if (!(s->has_name = one_column(f, &s->name_col))) bad_shape(c, f, w);
        break;
    case F_PARENT:
        /* the code column, and the name column of the parents it creates */
        if (f->args.n < 1 || f->args.n > 2 || !arg_is(f, 0, SA_STRING) || (f->args.n == 2 && !arg_is(f, 1, SA_STRING)))
            return bad_shape(c, f, w);
        s->has_parent = true;
        s->parent_col = (SpecCol){NULL, arg(f, 0)->text, arg(f, 0)->loc};
        if ((s->has_parent_name = f->args.n == 2))
            s->parent_name_col = (SpecCol){NULL, arg(f, 1)->text, arg(f, 1)->loc};
        break;
    case F_ORGANISER: compile_organiser(c, f, w); break;
    case F_GROUP:
        if (f->args.n == 0) s->group_from = 2;
        else if (one_column(f, &s->group_col)) s->group_from = 1;
        else bad_shape(c, f, w);
        break;
    case F_COUNT:
        if (!(s->has_count = one_column(f, &s->count_col))) bad_shape(c, f, w);
        break;
    case F_SPLIT: compile_split(c, f, w); break;
    case F_VALUE: compile_value(c, f, w); break;
    case F_IGNORE:
        if (f->args.n == 0) return bad_shape(c, f, w);
        for (int i = 0; i < f->args.n; i++) {
            if (!arg_is(f, i, SA_STRING)) return bad_shape(c, f, w);
            s->ignored[s->nignored++] = (SpecCol){NULL, arg(f, i)->text, arg(f, i)->loc};
        }
        break;
    case F_COUNT_KINDS: break;
    }
}

bool source_compile(Program *prog, const SourceDesc *d, SourceSpec *out)
{
    memset(out, 0, sizeof *out);
    out->name = d->name, out->title = d->title, out->loc = d->loc;
    out->header_rows = 1;
    out->period_kind = PK_NONE;
    Compiler c = {prog, d, out, {NULL}, true};
    /* Arrays sized for the most the fields can add: no growing needed. */
    size_t nargs = 0;
    for (int i = 0; i < d->fields.n; i++) nargs += (size_t)((SrcField *)d->fields.items[i])->args.n;
    out->titles = xcalloc(nargs + 1, sizeof *out->titles);
    out->ignored = xcalloc(nargs + 1, sizeof *out->ignored);
    out->splits = xcalloc((size_t)d->fields.n + 1, sizeof *out->splits);
    out->values = xcalloc((size_t)d->fields.n + 1, sizeof *out->values);
    for (int i = 0; i < d->fields.n; i++) compile_field(&c, d->fields.items[i]);
    if (!c.seen[F_UNIT])
        cerr(&c, d->loc, "source %s has no unit column (write unit \"Kommun-kod\" kind kommun)", d->name);
    if (!c.seen[F_VALUE])
        cerr(&c, d->loc, "source %s has no value column (write value \"column\" = KEY)", d->name);
    if (out->group_from == 2 && out->header_rows != 2)
        cerr(&c, c.seen[F_GROUP]->loc, "group alone reads the groups from the lower of two header rows: write header 2, or name the group column");
    for (int i = 0; i < out->nvalues; i++)
        if (out->values[i].col.top && out->header_rows != 2)
            cerr(&c, out->values[i].col.loc, "a column named by two header rows needs header 2");
    return c.ok;
}

void source_spec_free(SourceSpec *s)
{
    free(s->titles);
    free(s->splits);
    free(s->values);
    free(s->ignored);
    memset(s, 0, sizeof *s);
}

bool source_check_all(Program *prog)
{
    bool ok = true;
    for (int i = 0; i < prog->source_descs.n; i++) {
        const SourceDesc *d = prog->source_descs.items[i];
        for (int j = 0; j < i; j++) {
            const SourceDesc *e = prog->source_descs.items[j];
            if (strcmp(d->name, e->name) == 0) {
                const Source *src = &prog->sources.items[e->loc.src];
                int line, col;
                if (src_linecol(src, e->loc.start, &line, &col))
                    diag_add(&prog->diags, DIAG_ERROR, d->loc, "source '%s' is already defined (at %s:%d:%d)",
                             d->name, src->path, line, col);
                else /* its file changed since it was read */
                    diag_add(&prog->diags, DIAG_ERROR, d->loc, "source '%s' is already defined (in %s)",
                             d->name, src->path);
                ok = false;
            }
        }
        SourceSpec s;
        ok &= source_compile(prog, d, &s);
        source_spec_free(&s);
    }
    return ok;
}
