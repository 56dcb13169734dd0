/* import_source.c — files read through a source description (source.h):
 * Skolverket's exports, and any wide table a description maps.
 *
 * A described file is a title block, a header of one or two rows, the data
 * rows, and after the first blank line a footer of notes. The header is
 * the first line with the description's unit column among its cells; the
 * title block is every line above it. Every column of the header must be
 * named by the description (a value, the unit, a split, or `ignore`): a
 * column nobody described means the export has changed, and the file is
 * refused rather than half read. A row that looks like data below the
 * footer's start is refused too: a blank line inside the table would
 * otherwise cut it short. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "csv.h"
#include "import.h"
#include "source.h"
#include "util.h"

#define SRC_MAX_PREAMBLE 100 /* lines searched for the header */

/* The title block and header of a file, as read before its data. */
typedef struct Preamble {
    StrBuf titles;       /* the title lines' texts, each ending in \n */
    char **top, **low;   /* header cells (top[] all "" for one row) */
    size_t ncols;
    long header_line;
    bool found;
} Preamble;

static void preamble_free(Preamble *p)
{
    for (size_t i = 0; i < p->ncols; i++) {
        free(p->top[i]);
        free(p->low[i]);
    }
    free(p->top);
    free(p->low);
    sb_free(&p->titles);
    memset(p, 0, sizeof *p);
}

static bool has_cell(const Csv *c, const char *text)
{
    for (size_t i = 0; i < c->nfields; i++) {
        size_t n;
        const char *s = csv_cell(c, i, &n);
        if (strlen(text) == n && memcmp(s, text, n) == 0) return true;
    }
    return false;
}

/* A record's non-empty cells joined by spaces: how a title line reads. */
static void record_text(const Csv *c, StrBuf *out)
{
    bool first = true;
    for (size_t i = 0; i < c->nfields; i++) {
        size_t n;
        const char *s = csv_cell(c, i, &n);
        if (!n) continue;
        if (!first) sb_putc(out, ' ');
        sb_putn(out, s, n);
        first = false;
    }
}

static char **copy_cells(const Csv *c, size_t ncols)
{
    char **cells = xcalloc(ncols ? ncols : 1, sizeof *cells);
    for (size_t i = 0; i < ncols; i++) {
        size_t n = 0;
        const char *s = i < c->nfields ? csv_cell(c, i, &n) : "";
        cells[i] = xstrndup(s, n);
    }
    return cells;
}

/* Reads records up to and including the header. A read error is recorded
 * and returns -1; a file without the header returns 0 with p->found false. */
static int read_preamble(Csv *c, Importer *im, const SourceSpec *s, Preamble *p)
{
    char **prev_cells = NULL; /* the record above, kept as cells: a header's upper row */
    size_t prev_n = 0;
    int rc = 0;
    for (int lines = 0; lines < SRC_MAX_PREAMBLE; lines++) {
        int got = csv_next_record(c, im);
        if (got <= 0) {
            rc = got;
            break;
        }
        if (has_cell(c, s->unit_col.name)) {
            p->found = true;
            p->header_line = c->line;
            p->ncols = c->nfields;
            while (p->ncols > 0 && c->fields[p->ncols - 1].len == 0) p->ncols--;
            p->low = copy_cells(c, p->ncols);
            p->top = xcalloc(p->ncols ? p->ncols : 1, sizeof *p->top);
            for (size_t i = 0; i < p->ncols; i++)
                p->top[i] = xstrdup(s->header_rows == 2 && prev_cells && i < prev_n ? prev_cells[i] : "");
            break;
        }
        for (size_t i = 0; i < prev_n; i++) free(prev_cells[i]);
        free(prev_cells);
        prev_cells = NULL, prev_n = 0;
        if (csv_blank_record(c)) continue;
        prev_n = c->nfields;
        prev_cells = copy_cells(c, prev_n);
        record_text(c, &p->titles);
        sb_putc(&p->titles, '\n');
    }
    for (size_t i = 0; i < prev_n; i++) free(prev_cells[i]);
    free(prev_cells);
    return rc;
}

/* ---- matching columns ---- */

/* Which header cell a SpecCol names. A one-string name matches a column
 * whose upper cell is empty, or — for values and counts, when the lower
 * row holds the groups — every column under that upper cell. */
static bool col_matches(const SpecCol *sc, const char *top, const char *low, bool by_group)
{
    if (sc->top) return strcmp(sc->top, top) == 0 && strcmp(sc->name, low) == 0;
    if (!*top) return strcmp(sc->name, low) == 0;
    return by_group && strcmp(sc->name, top) == 0;
}

typedef enum Role {
    RO_NONE, RO_UNIT, RO_NAME, RO_PARENT, RO_PARENT_NAME, RO_ORGANISER, RO_ORGANISER_KIND,
    RO_GROUP, RO_PERIOD, RO_SPLIT, RO_VALUE, RO_COUNT, RO_IGNORED
} Role;

/* What one column of the file is. A count column may also be a value. */
typedef struct ColInfo {
    Role role;
    int index;        /* which split or value */
    Group group;      /* from the lower header row, or GRP_TOTAL */
    int count_col;    /* RO_VALUE: the column with its number of pupils, or -1 */
} ColInfo;

typedef struct SourceImport {
    Importer *im;
    const SourceSpec *s;
    const ImportOptions *opt;
    ImportCounts *counts;
    Csv csv;
    Preamble pre;
    ColInfo *cols;
    int unit_at, name_at, parent_at, parent_name_at, group_at, organiser_at, organiser_kind_at;
    int period_at;    /* a column of periods, or -1 */
    int *split_at;    /* the column of each split */
    Period period;
    StrBuf key;
    StrBuf suffix, ind_suffix; /* this row's splits' suffixes; those ind_of is for */
    int64_t *ind_of;  /* each value's indicator id under ind_suffix, 0 not looked up yet */
    int64_t values;
    int value_at;     /* the column of the value being stored */
} SourceImport;

static int fail_field(SourceImport *si, int field, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail_field(SourceImport *si, int field, const char *fmt, ...)
{
    StrBuf sb = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    Csv *c = &si->csv;
    ImportSite site = csv_site(c, field >= 0 && (size_t)field < c->nfields ? c->fields[field].raw : c->rec.len);
    int rc = import_fail(si->im, &site, "%s", sb_str(&sb));
    sb_free(&sb);
    return rc;
}

/* The one column a SpecCol names (identity columns); -1 with the error
 * recorded when there is none. */
static int find_column(SourceImport *si, const SpecCol *sc, Role role)
{
    for (size_t i = 0; i < si->pre.ncols; i++)
        if (col_matches(sc, si->pre.top[i], si->pre.low[i], false)) {
            if (si->cols[i].role == RO_NONE) si->cols[i].role = role;
            return (int)i;
        }
    return fail_field(si, -1, "the header has no column \"%s\", which source %s reads", sc->name, si->s->name);
}

/* Marks every column of a value (several when the lower header row holds
 * groups). Returns how many it marked. */
static int mark_columns(SourceImport *si, const SpecCol *sc, Role role, int index)
{
    int found = 0;
    bool by_group = si->s->group_from == 2;
    for (size_t i = 0; i < si->pre.ncols; i++) {
        if (!col_matches(sc, si->pre.top[i], si->pre.low[i], by_group)) continue;
        ColInfo *ci = &si->cols[i];
        const char *low = si->pre.low[i];
        Group g = GRP_TOTAL;
        if (by_group && *si->pre.top[i] && !sc->top && !group_parse(low, strlen(low), &g))
            return fail_field(si, (int)i, "\"%s\" under \"%s\" is not a group (" IMPORT_GROUP_EXPECTED ")", low, sc->name);
        if (role == RO_COUNT) {
            if (ci->role == RO_NONE) ci->role = RO_COUNT;
            for (size_t k = 0; k < si->pre.ncols; k++) /* the values of the same group */
                if (si->cols[k].role == RO_VALUE && si->cols[k].group == g) si->cols[k].count_col = (int)i;
        } else {
            ci->role = role, ci->index = index, ci->group = g, ci->count_col = -1;
        }
        found++;
    }
    return found;
}

static int map_columns(SourceImport *si)
{
    const SourceSpec *s = si->s;
    bool upper = false;
    for (size_t i = 0; i < si->pre.ncols; i++) upper |= *si->pre.top[i] != 0;
    if (s->header_rows == 2 && !upper)
        return fail_field(si, 0, "source %s reads two header rows, and the line above this one is not the "
                          "upper row (such as \"%s\"): is it missing?", s->name,
                          s->nvalues && s->values[0].col.top ? s->values[0].col.top : s->values[0].col.name);
    si->cols = xcalloc(si->pre.ncols ? si->pre.ncols : 1, sizeof *si->cols);
    si->name_at = si->parent_at = si->parent_name_at = si->group_at = si->period_at = -1;
    si->organiser_at = si->organiser_kind_at = -1;
    if ((si->unit_at = find_column(si, &s->unit_col, RO_UNIT)) < 0) return -1;
    if (s->has_name && (si->name_at = find_column(si, &s->name_col, RO_NAME)) < 0) return -1;
    if (s->has_parent && (si->parent_at = find_column(si, &s->parent_col, RO_PARENT)) < 0) return -1;
    if (s->has_parent_name && (si->parent_name_at = find_column(si, &s->parent_name_col, RO_PARENT_NAME)) < 0)
        return -1;
    if (s->has_organiser && (si->organiser_at = find_column(si, &s->organiser_col, RO_ORGANISER)) < 0) return -1;
    if (s->has_organiser_kind &&
        (si->organiser_kind_at = find_column(si, &s->organiser_kind_col, RO_ORGANISER_KIND)) < 0)
        return -1;
    if (s->group_from == 1 && (si->group_at = find_column(si, &s->group_col, RO_GROUP)) < 0) return -1;
    /* `period "År"` names a column when the header has one of that name,
     * else the title line "År: 2024" */
    for (size_t i = 0; s->period_from == SP_TITLE && i < si->pre.ncols && si->period_at < 0; i++)
        if (!*si->pre.top[i] && strcmp(si->pre.low[i], s->period_label) == 0 && si->cols[i].role == RO_NONE) {
            si->cols[i].role = RO_PERIOD;
            si->period_at = (int)i;
        }
    si->split_at = xcalloc((size_t)s->nsplits + 1, sizeof *si->split_at);
    for (int k = 0; k < s->nsplits; k++)
        if ((si->split_at[k] = find_column(si, &s->splits[k].col, RO_SPLIT)) < 0) return -1;
    for (int k = 0; k < s->nvalues; k++) {
        int n = mark_columns(si, &s->values[k].col, RO_VALUE, k);
        if (n < 0) return -1;
        if (n == 0) return find_column(si, &s->values[k].col, RO_VALUE); /* the error */
    }
    if (s->has_count) {
        int n = mark_columns(si, &s->count_col, RO_COUNT, 0);
        if (n < 0) return -1;
        if (n == 0) return find_column(si, &s->count_col, RO_COUNT);
    }
    for (int k = 0; k < s->nignored; k++)
        for (size_t i = 0; i < si->pre.ncols; i++)
            if (si->cols[i].role == RO_NONE &&
                (strcmp(si->pre.low[i], s->ignored[k].name) == 0 || strcmp(si->pre.top[i], s->ignored[k].name) == 0))
                si->cols[i].role = RO_IGNORED;
    for (size_t i = 0; i < si->pre.ncols; i++) {
        if (si->cols[i].role != RO_NONE) continue;
        const char *top = si->pre.top[i], *low = si->pre.low[i];
        if (!*top && !*low) continue; /* an unnamed column must stay empty: check_width */
        return fail_field(si, (int)i,
                          "column \"%s%s%s\" is not in source %s (has the export changed? describe it "
                          "with value … = KEY, or ignore \"%s\")",
                          top, *top ? " / " : "", low, s->name, *low ? low : top);
    }
    return 0;
}

/* ---- the period ---- */

static int find_period(SourceImport *si)
{
    const SourceSpec *s = si->s;
    Period given = si->opt->period, p = 0;
    if (si->period_at >= 0) {
        if (given)
            return import_fail(si->im, NULL, "the file gives the period in its column \"%s\"; drop --period",
                               s->period_label);
        return 0; /* read row by row */
    }
    if (s->period_from == SP_FIXED) p = s->period;
    if (s->period_from == SP_TITLE) {
        size_t n = strlen(s->period_label);
        const char *t = sb_str(&si->pre.titles);
        for (const char *line = t; *line && !p; line = strchr(line, '\n') + 1) {
            const char *end = strchr(line, '\n');
            if ((size_t)(end - line) > n && memcmp(line, s->period_label, n) == 0 && line[n] == ':' &&
                !period_parse(line + n + 1, (size_t)(end - line) - n - 1, &p))
                return import_fail(si->im, NULL, "the title line \"%.*s\" gives no period (" IMPORT_PERIOD_EXPECTED ")",
                                   import_clip(line, (size_t)(end - line)), line);
        }
        /* --period stands in for a title line that has been cut off */
        if (!p && !given)
            return import_fail(si->im, NULL, "no title line \"%s: …\" above the header on line %ld and no "
                               "column \"%s\", where source %s reads the period (give it with --period if "
                               "the title lines were removed)", s->period_label, si->pre.header_line,
                               s->period_label, s->name);
    }
    if (p && given)
        return import_fail(si->im, NULL, "the file gives the period itself (source %s); drop --period", s->name);
    if (!p) p = given;
    if (!p)
        return import_fail(si->im, NULL, "source %s gives no period: give one with --period", s->name);
    if (s->period_kind != PK_NONE) p = period_convert(p, s->period_kind);
    si->period = p;
    return 0;
}

/* ---- rows ---- */

static const char *field_text(const SourceImport *si, int at, size_t *n)
{
    if (at < 0 || (size_t)at >= si->csv.nfields) {
        *n = 0;
        return "";
    }
    return csv_cell(&si->csv, (size_t)at, n);
}

static int row_unit_id(SourceImport *si, int64_t *id)
{
    size_t n, nn, pn, pnn;
    const char *code = field_text(si, si->unit_at, &n);
    if (!n) return fail_field(si, si->unit_at, "empty unit code (expected a code such as 0181)");
    const char *name = field_text(si, si->name_at, &nn);
    const char *parent = field_text(si, si->parent_at, &pn);
    const char *parent_name = field_text(si, si->parent_name_at, &pnn);
    ImportUnit u = {.code = code, .name = nn ? name : NULL, .kind = si->s->unit_kind,
                    .site = csv_site(&si->csv, si->csv.fields[si->unit_at].raw)};
    if (pn) {
        /* the parent (a school's municipality) first, so the school can name it */
        ImportUnit pu = {.code = parent, .name = pnn ? parent_name : NULL, .kind = "kommun",
                         .site = csv_site(&si->csv, si->csv.fields[si->parent_at].raw)};
        if (import_unit_ref(si->im, &pu, si->counts) < 0) return -1;
        u.parent = parent;
        u.parent_site = csv_site(&si->csv, si->csv.fields[si->parent_at].raw);
    }
    if ((*id = import_unit_ref(si->im, &u, si->counts)) < 0) return -1;
    if (si->organiser_at < 0 && si->organiser_kind_at < 0) return 0;
    /* who runs it: the file is the authority, so a stored unit is updated */
    size_t on, kn;
    const char *org = field_text(si, si->organiser_at, &on), *kind_text = field_text(si, si->organiser_kind_at, &kn);
    char *org_copy = on ? xstrndup(org, on) : NULL, *kind_copy = kn ? xstrndup(kind_text, kn) : NULL;
    const char *kind = kind_copy ? organiser_kind_canonical(kind_copy) : NULL;
    int rc = 0;
    if (kind_copy && !kind)
        rc = fail_field(si, si->organiser_kind_at, "\"%s\" is not a type of organiser (expected " ORGANISER_KIND_WORDS ")",
                        kind_copy);
    else
        rc = import_unit_organiser(si->im, *id, org_copy, kind);
    free(org_copy);
    free(kind_copy);
    return rc;
}

/* The splits' suffixes for this row, after the key's stem in si->key. */
static int row_suffixes(SourceImport *si, StrBuf *suffix)
{
    for (int k = 0; k < si->s->nsplits; k++) {
        const SpecSplit *sp = &si->s->splits[k];
        size_t n;
        const char *v = field_text(si, si->split_at[k], &n);
        int hit = -1;
        for (int j = 0; j < sp->npairs && hit < 0; j++)
            if (strlen(sp->pairs[j]->from) == n && memcmp(sp->pairs[j]->from, v, n) == 0) hit = j;
        if (hit < 0) {
            StrBuf known = {0};
            for (int j = 0; j < sp->npairs; j++) sb_printf(&known, "%s\"%s\"", j ? ", " : "", sp->pairs[j]->from);
            int rc = fail_field(si, si->split_at[k], "\"%.*s\" is not a value source %s knows in \"%s\" (expected %s)",
                                import_clip(v, n), v, si->s->name, sp->col.name, sb_str(&known));
            sb_free(&known);
            return rc;
        }
        sb_puts(suffix, sp->pairs[hit]->to);
    }
    return 0;
}

static int row_count(SourceImport *si, int at, ImportValue *v)
{
    size_t n;
    const char *s = field_text(si, at, &n);
    ImportValue cv;
    if (at < 0 || !import_value_text(s, n, &cv) || cv.status != VS_OK) return 0; /* no count */
    if (cv.value < 0 || cv.value > 1e15 || cv.value != (double)(int64_t)cv.value)
        return fail_field(si, at, "\"%.*s\" is not a whole number of pupils", import_clip(s, n), s);
    v->count = (int64_t)cv.value;
    return 0;
}

/* A line with no unit code and no values: the notes below a table whose
 * blank line has gone (a spreadsheet's "remove empty rows"). */
static bool looks_like_notes(const SourceImport *si)
{
    size_t n;
    const char *code = field_text(si, si->unit_at, &n);
    for (size_t i = 0; i < n; i++)
        if (code[i] >= '0' && code[i] <= '9') return false;
    for (size_t i = 0; i < si->pre.ncols; i++)
        if (si->cols[i].role == RO_VALUE && (field_text(si, (int)i, &n), n > 0)) return false;
    return true;
}

static int data_row(SourceImport *si)
{
    Csv *c = &si->csv;
    if (looks_like_notes(si))
        return fail_field(si, 0, "this line has no unit code and no values: the notes below the table? "
                          "Put a blank line above them, or delete them");
    if (c->nfields < si->pre.ncols)
        return fail_field(si, -1, "%zu fields, expected %zu as in the header on line %ld", c->nfields,
                          si->pre.ncols, si->pre.header_line);
    for (size_t i = 0; i < c->nfields; i++)
        if (c->fields[i].len && (i >= si->pre.ncols || (!*si->pre.top[i] && !*si->pre.low[i])))
            return fail_field(si, (int)i, "a value in a column the header on line %ld does not name",
                              si->pre.header_line);
    ImportKey k = {0, 0, GRP_TOTAL, si->period};
    if (si->period_at >= 0) {
        size_t n;
        const char *text = field_text(si, si->period_at, &n);
        if (!period_parse(text, n, &k.period))
            return fail_field(si, si->period_at, "\"%.*s\" is not a period (" IMPORT_PERIOD_EXPECTED ")",
                              import_clip(text, n), text);
        if (si->s->period_kind != PK_NONE) k.period = period_convert(k.period, si->s->period_kind);
    }
    if (row_unit_id(si, &k.unit) < 0) return -1;
    if (si->group_at >= 0) {
        size_t n;
        const char *g = field_text(si, si->group_at, &n);
        Group grp;
        if (!group_parse(g, n, &grp))
            return fail_field(si, si->group_at, "group \"%.*s\" is not a group (" IMPORT_GROUP_EXPECTED ")",
                              import_clip(g, n), g);
        k.grp = grp;
    }
    sb_clear(&si->suffix);
    int rc = row_suffixes(si, &si->suffix);
    /* a value's key is looked up once per run of rows with the same splits,
     * not once per value */
    if (strcmp(sb_str(&si->suffix), sb_str(&si->ind_suffix)) != 0) {
        sb_clear(&si->ind_suffix);
        sb_puts(&si->ind_suffix, sb_str(&si->suffix));
        memset(si->ind_of, 0, (size_t)si->s->nvalues * sizeof *si->ind_of);
    }
    for (size_t i = 0; rc == 0 && i < si->pre.ncols; i++) {
        const ColInfo *ci = &si->cols[i];
        if (ci->role != RO_VALUE) continue;
        size_t n;
        const char *text = field_text(si, (int)i, &n);
        ImportValue v;
        if (!import_value_text(text, n, &v)) {
            rc = fail_field(si, (int)i, "\"%.*s\" is not a number (" IMPORT_VALUE_EXPECTED ")", import_clip(text, n), text);
            break;
        }
        if ((rc = row_count(si, ci->count_col, &v)) < 0) break;
        v.line = si->csv.line;
        si->value_at = (int)i;
        if (si->s->group_from == 2) k.grp = ci->group;
        int64_t *ind = &si->ind_of[ci->index];
        if (!*ind) {
            sb_clear(&si->key);
            sb_puts(&si->key, si->s->values[ci->index].key);
            sb_puts(&si->key, sb_str(&si->suffix));
            *ind = import_indicator(si->im, sb_str(&si->key));
        }
        k.ind = *ind;
        if (k.ind < 0 || import_result(si->im, &k, &v, si->counts) < 0) rc = -1;
        si->values++;
    }
    return rc;
}

/* Below the first blank line only notes may follow: a line whose unit
 * cell holds a code is a table cut in two. */
static int check_footer(SourceImport *si, long blank_line)
{
    int got;
    while ((got = csv_next_record(&si->csv, si->im)) > 0) {
        size_t n;
        const char *code = field_text(si, si->unit_at, &n);
        bool digits = n >= 4;
        for (size_t i = 0; i < n && digits; i++) digits = code[i] >= '0' && code[i] <= '9';
        if (digits)
            return fail_field(si, si->unit_at, "a data row after the blank line %ld that ends the table "
                              "(remove the blank line, or the rows below it)", blank_line);
    }
    return got;
}

/* The separator the file's header is written with: ';' as Skolverket
 * publishes, or ',' or tab as a spreadsheet saves a copy; ';' when no
 * header is found with any. Rewinds f. */
static char header_sep(FILE *f, const SourceSpec *spec, Preamble *pre)
{
    static const char seps[] = {';', ',', '\t'};
    for (size_t k = 0; k < sizeof seps; k++) {
        Csv c;
        csv_init(&c, f);
        c.sep = seps[k];
        preamble_free(pre);
        bool found = read_preamble(&c, NULL, spec, pre) == 0 && pre->found;
        csv_free(&c);
        if (fseek(f, 0, SEEK_SET) != 0) clearerr(f);
        if (found) return seps[k];
    }
    return ';';
}

static ImportSite value_site(void *ctx)
{
    SourceImport *si = ctx;
    return csv_site(&si->csv, si->csv.fields[si->value_at].raw);
}

int import_source(Importer *im, FILE *f, const SourceSpec *spec, const ImportOptions *opt, ImportCounts *counts)
{
    SourceImport si = {.im = im, .s = spec, .opt = opt, .counts = counts};
    char sep = header_sep(f, spec, &si.pre);
    preamble_free(&si.pre);
    csv_init(&si.csv, f);
    import_set_where(im, value_site, &si);
    si.csv.sep = sep;
    counts->source = spec->name;
    si.ind_of = xcalloc((size_t)spec->nvalues + 1, sizeof *si.ind_of);
    int rc = read_preamble(&si.csv, im, spec, &si.pre);
    if (rc == 0 && !si.pre.found)
        rc = import_fail(im, NULL, "no header line with a column \"%s\" (source %s) in the first %d lines",
                         spec->unit_col.name, spec->name, SRC_MAX_PREAMBLE);
    if (rc == 0) rc = map_columns(&si);
    if (rc == 0) rc = find_period(&si);
    int got = 0;
    while (rc == 0 && (got = csv_next_record(&si.csv, im)) > 0) {
        if (csv_blank_record(&si.csv)) {
            rc = check_footer(&si, si.csv.line);
            break;
        }
        counts->rows++;
        rc = data_row(&si);
    }
    if (got < 0) rc = -1;
    if (rc == 0 && ferror(f)) rc = import_fail(im, NULL, "the file could not be read to the end");
    if (rc == 0 && si.values == 0)
        rc = import_fail(im, NULL, "source %s found no values below the header on line %ld",
                         spec->name, si.pre.header_line);
    counts->values = si.values;
    preamble_free(&si.pre);
    free(si.cols);
    free(si.split_at);
    sb_free(&si.key);
    sb_free(&si.suffix);
    sb_free(&si.ind_suffix);
    free(si.ind_of);
    csv_free(&si.csv);
    return rc;
}

/* ---- recognising a file ---- */

/* Whether the header names the column sc (any row of it). */
static bool header_has(const Preamble *pre, const SpecCol *sc, bool by_group)
{
    for (size_t i = 0; i < pre->ncols; i++)
        if (col_matches(sc, pre->top[i], pre->low[i], by_group) ||
            (!sc->top && strcmp(sc->name, pre->low[i]) == 0))
            return true;
    return false;
}

void import_source_probe(FILE *f, const SourceSpec *spec, SourceFit *fit)
{
    /* The probe's own importer-less reading: a file that is not text fits
     * no description, and the reader that takes it says why. */
    Preamble pre = {0};
    memset(fit, 0, sizeof *fit);
    header_sep(f, spec, &pre);
    fit->titles = spec->ntitles;
    fit->values = spec->nvalues;
    if (pre.found) {
        for (int i = 0; i < spec->ntitles; i++)
            fit->titles_found += strstr(sb_str(&pre.titles), spec->titles[i]) != NULL;
        fit->header = true;
        bool by_group = spec->group_from == 2;
        for (int k = 0; k < spec->nvalues; k++) fit->values_found += header_has(&pre, &spec->values[k].col, by_group);
        /* every other column it names, for a file whose titles are gone */
        const SpecCol *cols[] = {&spec->name_col, &spec->parent_col, &spec->parent_name_col, &spec->organiser_col,
                                 &spec->organiser_kind_col, &spec->group_col, &spec->count_col};
        bool named[] = {spec->has_name, spec->has_parent, spec->has_parent_name, spec->has_organiser,
                        spec->has_organiser_kind, spec->group_from == 1, spec->has_count};
        fit->columns_missing = 0;
        for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++)
            fit->columns_missing += named[k] && !header_has(&pre, cols[k], by_group);
        for (int k = 0; k < spec->nsplits; k++) fit->columns_missing += !header_has(&pre, &spec->splits[k].col, false);
    }
    preamble_free(&pre);
}
