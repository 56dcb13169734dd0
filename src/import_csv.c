/* import_csv.c — long-format CSV files for `ska import`, and the text rules
 * (numbers with decimal commas, the codes .. . ~100) that Kolada files share.
 *
 * The file is streamed: a 64 KiB read buffer, one record in memory at a
 * time (a record is one line, or several when a quoted field holds line
 * breaks). Lines before the header are skipped: the header is the first line
 * that, split by ';', tab or ',', names a value column and one more known
 * column (a results file), or a code and a name column and no columns but
 * unit ones (a units file). Columns are matched by name in Swedish or English,
 * any case, ignoring spaces, '-' and '_' ("Kommun-kod" is kommunkod); other
 * columns are ignored.
 *
 * It does not read wide layouts (one column per indicator) or two-row
 * headers: those need a mapping the file itself does not give. */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "csv.h"
#include "import.h"
#include "json.h"
#include "util.h"

#define CSV_MAX_PREAMBLE 100      /* lines searched for the header */

/* ---- shared text rules ---- */

int import_clip(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n); /* a quoted field may hold line breaks */
    if (nl) n = (size_t)(nl - s);
    size_t k = n < 60 ? n : 60;
    while (k > 0 && k < n && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    return (int)k;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Bytes of a blank at s: space, tab, or the no-break spaces U+00A0 and
 * U+202F that spreadsheets put between digit groups. */
static size_t blank_at(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || s[0] == '\t')) return 1;
    if (n >= 2 && memcmp(s, "\xC2\xA0", 2) == 0) return 2;
    if (n >= 3 && memcmp(s, "\xE2\x80\xAF", 3) == 0) return 3;
    return 0;
}

/* The same at the end of s[0..n). */
static size_t blank_before(const char *s, size_t n)
{
    if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t')) return 1;
    if (n >= 2 && memcmp(s + n - 2, "\xC2\xA0", 2) == 0) return 2;
    if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xAF", 3) == 0) return 3;
    return 0;
}

static void trim(const char **s, size_t *n)
{
    /* most fields have no blank at either end: a blank starts with one
     * of four bytes and ends with one of four */
    if (*n) {
        unsigned char a = (unsigned char)(*s)[0], z = (unsigned char)(*s)[*n - 1];
        if (a != ' ' && a != '\t' && a != 0xC2 && a != 0xE2 && z != ' ' && z != '\t' && z != 0xA0 && z != 0xAF)
            return;
    }
    size_t k;
    while ((k = blank_at(*s, *n)) > 0) *s += k, *n -= k;
    while ((k = blank_before(*s, *n)) > 0) *n -= k;
}

/* Tens to divide by: exact doubles, as is an integer of at most 15 digits. */
static const double tens[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* The usual number (digits, and a decimal comma or point with digits on
 * both sides, 15 digits at most) read straight from s, as import_number
 * below would read it. false: another form, for import_number to read. */
static bool plain_number(const char *s, size_t n, double *out)
{
    uint64_t mant = 0;
    size_t i = 0, point = n;
    if (n == 0) return false;
    for (; i < n && i < 16; i++) {
        if (is_digit(s[i])) mant = mant * 10 + (uint64_t)(s[i] - '0');
        else if ((s[i] == ',' || s[i] == '.') && point == n && i > 0 && i + 1 < n) point = i;
        else return false;
    }
    if (i < n || n - (point < n) > 15) return false;
    *out = (double)mant / tens[point < n ? n - point - 1 : 0];
    return true;
}

/* import_number of a text trimmed already. */
static bool trimmed_number(const char *s, size_t n, double *out)
{
    char buf[96];
    size_t k = 0, i = 0;
    if (plain_number(s, n, out)) return true;
    if (n && (s[0] == '-' || s[0] == '+')) {
        if (s[0] == '-') buf[k++] = '-';
        i = 1;
    } else if (n >= 3 && memcmp(s, "\xE2\x88\x92", 3) == 0) { /* U+2212 minus */
        buf[k++] = '-';
        i = 3;
    }
    /* strtod reads the locale's decimal point, so write that one; read
     * once, not per value: ska sets LC_CTYPE only (repl_line.c), never
     * LC_NUMERIC, so it cannot change during a run */
    static char point;
    if (!point) point = localeconv()->decimal_point[0];
    bool seen_point = false, seen_exp = false, after_digit = false;
    uint64_t mant = 0; /* the digits as an integer, while there are at most 15 */
    int digits = 0, frac = 0;
    while (i < n) {
        if (k >= sizeof buf - 2) return false;
        char ch = s[i];
        if (is_digit(ch)) {
            buf[k++] = ch;
            mant = mant * 10 + (uint64_t)(ch - '0');
            digits++;
            frac += seen_point;
            after_digit = true;
            i++;
            continue;
        }
        size_t gap = ch == '\t' ? 0 : blank_at(s + i, n - i);
        if (gap && after_digit && !seen_point && !seen_exp && i + gap < n && is_digit(s[i + gap])) {
            i += gap;
        } else if ((ch == ',' || ch == '.') && after_digit && !seen_point && !seen_exp) {
            buf[k++] = point;
            seen_point = true;
            after_digit = false;
            i++;
        } else if ((ch == 'e' || ch == 'E') && after_digit && !seen_exp) {
            buf[k++] = 'e';
            seen_exp = true;
            after_digit = false;
            i++;
            if (i < n && (s[i] == '-' || s[i] == '+')) buf[k++] = s[i++];
        } else {
            return false;
        }
    }
    if (!after_digit) return false;
    /* At most 15 digits and no exponent: the integer and the power of ten
     * are exact doubles, so one division is rounded as strtod rounds
     * (Clinger's fast path), at a tenth of its cost. */
    if (!seen_exp && digits <= 15) {
        double v = (double)mant / tens[frac];
        *out = buf[0] == '-' ? -v : v;
        return true;
    }
    buf[k] = 0;
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    /* ERANGE: beyond ±1.8e308, or so small it would be stored as 0 */
    if (end != buf + k || !isfinite(v) || errno == ERANGE) return false;
    *out = v;
    return true;
}

bool import_number(const char *s, size_t n, double *out)
{
    trim(&s, &n);
    return trimmed_number(s, n, out);
}

bool import_value_text(const char *s, size_t n, ImportValue *v)
{
    trim(&s, &n);
    v->value = 0;
    v->count = -1;
    v->status = VS_OK;
    if (n == 0) v->status = VS_NULL;
    else if (n == 2 && memcmp(s, "..", 2) == 0) v->status = VS_TOO_FEW;
    else if (n == 1 && s[0] == '.') v->status = VS_NO_DATA;
    else if (n == 4 && memcmp(s, "~100", 4) == 0) v->status = VS_NEAR100;
    else return trimmed_number(s, n, &v->value);
    return true;
}


/* ---- the import of one file ---- */

typedef enum Col {
    C_IND, C_UNIT, C_NAME, C_KIND, C_PARENT, C_ORGANISER, C_ORGANISER_KIND, C_PERIOD, C_GROUP, C_VALUE,
    C_COUNT, C_NCOLS
} Col;

/* Header names, already in the normalised form of norm_name(). */
static const struct { const char *name; Col col; } col_names[] = {
    {"indicator", C_IND}, {"indikator", C_IND}, {"kpi", C_IND}, {"nyckeltal", C_IND},
    {"unit", C_UNIT}, {"enhet", C_UNIT}, {"unitcode", C_UNIT}, {"enhetskod", C_UNIT},
    {"kod", C_UNIT}, {"code", C_UNIT}, {"kommunkod", C_UNIT}, {"skolenhetskod", C_UNIT},
    {"unitname", C_NAME}, {"enhetsnamn", C_NAME}, {"namn", C_NAME}, {"name", C_NAME},
    {"kommun", C_NAME}, {"skola", C_NAME},
    {"unitkind", C_KIND}, {"kind", C_KIND}, {"typ", C_KIND},
    {"huvudman", C_ORGANISER}, {"organiser", C_ORGANISER}, {"organizer", C_ORGANISER},
    {"huvudmannatyp", C_ORGANISER_KIND}, {"typavhuvudman", C_ORGANISER_KIND},
    {"organiserkind", C_ORGANISER_KIND}, {"organizerkind", C_ORGANISER_KIND},
    {"parent", C_PARENT}, {"förälder", C_PARENT}, {"parentcode", C_PARENT},
    {"period", C_PERIOD}, {"år", C_PERIOD}, {"year", C_PERIOD}, {"läsår", C_PERIOD},
    {"termin", C_PERIOD},
    {"group", C_GROUP}, {"grupp", C_GROUP}, {"kön", C_GROUP}, {"gender", C_GROUP}, {"kon", C_GROUP},
    /* who rated a self-assessment: personal or rektor, stored as a group */
    {"bedömare", C_GROUP}, {"bedomare", C_GROUP}, {"rater", C_GROUP}, {"skattare", C_GROUP},
    {"value", C_VALUE}, {"värde", C_VALUE}, {"varde", C_VALUE},
    {"count", C_COUNT}, {"antal", C_COUNT}, {"n", C_COUNT},
};

/* How messages name a column. */
static const char *const col_label[C_NCOLS] = {
    "indicator", "unit", "unit name", "unit kind", "parent", "organiser", "type of organiser", "period",
    "group", "value", "count",
};

typedef enum FileKind { FK_NONE, FK_RESULTS, FK_UNITS } FileKind;

typedef struct Header {
    int at[C_NCOLS];  /* field index of each column, -1 if absent */
    size_t ncols;     /* fields up to the last named one */
    int dup;          /* a field naming a column already named, or -1 */
    Col dup_col;
} Header;

typedef struct CsvImport {
    Importer *im;
    const ImportOptions *opt;
    ImportCounts *counts;
    Csv csv;
    Header h;
    FileKind kind;
    long header_line;
    int64_t fixed_ind, fixed_unit; /* from --indicator / --unit */
    /* The last row's indicator and unit code and their ids: a file holds
     * one indicator's and one unit's rows together, and the same text in
     * one file reads as the same id once it has (store_import.c). */
    StrBuf last_ind, last_unit;
    int64_t last_ind_id, last_unit_id;
} CsvImport;

/* Lower-cases ASCII and Å Ä Ö and drops ' ', '-', '_', '.'. */
static bool norm_name(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '-' || ch == '_' || ch == '.') continue;
        if (k + 2 >= cap) return false;
        ch = (unsigned char)ascii_lower((char)ch);
        if (ch == 0xC3 && i + 1 < n && (s[i + 1] == '\x85' || s[i + 1] == '\x84' || s[i + 1] == '\x96')) {
            out[k++] = (char)ch;
            out[k++] = (char)((unsigned char)s[++i] + 0x20); /* Å Ä Ö -> å ä ö */
            continue;
        }
        out[k++] = (char)ch;
    }
    out[k] = 0;
    return true;
}

static int column_of(const char *s, size_t n)
{
    char name[64];
    if (!norm_name(s, n, name, sizeof name)) return -1;
    for (size_t i = 0; i < sizeof col_names / sizeof col_names[0]; i++)
        if (strcmp(name, col_names[i].name) == 0) return (int)col_names[i].col;
    return -1;
}

static FileKind read_header(const Csv *c, Header *h)
{
    for (int k = 0; k < C_NCOLS; k++) h->at[k] = -1;
    h->dup = -1;
    h->ncols = 0;
    for (size_t i = 0; i < c->nfields; i++) {
        size_t n;
        const char *s = csv_cell(c, i, &n);
        if (n) h->ncols = i + 1;
        int col = column_of(s, n);
        if (col < 0) continue;
        if (h->at[col] < 0) {
            h->at[col] = (int)i;
        } else if (h->dup < 0) {
            h->dup = (int)i;
            h->dup_col = (Col)col;
        }
    }
    /* One known name could be a title word ("Värde"); two are a header. */
    int known = 0;
    for (int k = 0; k < C_NCOLS; k++) known += h->at[k] >= 0;
    if (h->at[C_VALUE] >= 0 && known >= 2) return FK_RESULTS;
    /* A units file has only unit columns: a table of results in wide layout
     * (Kommun;Kommun-kod;Kön;Andel ...) must not pass for one. */
    int unit_cols = (h->at[C_UNIT] >= 0) + (h->at[C_NAME] >= 0) + (h->at[C_KIND] >= 0) + (h->at[C_PARENT] >= 0) +
                    (h->at[C_ORGANISER] >= 0) + (h->at[C_ORGANISER_KIND] >= 0);
    /* and few others: a note such as the organiser's name, not a table of
     * figures with a code and a name column in front */
    int unknown = 0;
    for (size_t i = 0; i < c->nfields; i++) {
        size_t n;
        const char *s = csv_cell(c, i, &n);
        unknown += n > 0 && column_of(s, n) < 0;
    }
    if (h->at[C_UNIT] >= 0 && h->at[C_NAME] >= 0 && unit_cols == known && unknown <= 2) return FK_UNITS;
    return FK_NONE;
}

/* Records an error at a field of the current record, or just past its end
 * when field is -1. */
static int fail_at(CsvImport *ci, int field, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail_at(CsvImport *ci, int field, const char *fmt, ...)
{
    StrBuf sb = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    ImportSite site = csv_site(&ci->csv, field >= 0 ? ci->csv.fields[field].raw : ci->csv.rec.len);
    int rc = import_fail(ci->im, &site, "%s", sb_str(&sb));
    sb_free(&sb);
    return rc;
}

/* Reads the header: the first line that names the columns this importer
 * needs, under up to CSV_MAX_PREAMBLE lines of titles and notes. */
static int find_header(CsvImport *ci)
{
    static const char seps[] = {';', '\t', ','};
    Csv *c = &ci->csv;
    long wide_line = 0; /* the first line that looks like a wide table's header */
    size_t wide_cols = 0;
    StrBuf wide = {0};
    for (int lines = 0; lines < CSV_MAX_PREAMBLE; lines++) {
        sb_clear(&c->rec);
        c->line = c->next_line;
        int got = csv_read_line(c);
        if (got < 0) {
            sb_free(&wide);
            return csv_line_failed(&ci->csv, ci->im, got);
        }
        if (got == 0) break;
        for (size_t k = 0; k < sizeof seps; k++) {
            c->sep = seps[k];
            csv_split_reset(c);
            if (csv_split(c) != SPLIT_DONE) continue;
            ci->kind = read_header(c, &ci->h);
            if (ci->kind != FK_NONE) {
                ci->header_line = c->line;
                sb_free(&wide);
                return 0;
            }
            size_t named = 0;
            for (size_t i = 0; i < c->nfields; i++) named += c->fields[i].len > 0;
            if (!wide_line && named >= 4) {
                wide_line = c->line, wide_cols = named;
                sb_putn(&wide, c->rec.data, (size_t)import_clip(c->rec.data, c->rec.len));
            }
        }
    }
    int rc;
    if (c->next_line == 1)
        rc = import_fail(ci->im, NULL, "the file is empty (expected a header line such as indikator;enhet;år;värde)");
    else if (wide_line)
        rc = import_fail(ci->im, NULL,
                         "line %ld looks like the header of a wide table (%zu columns: %s…), and no source "
                         "description fits it: `ska import --list-sources` lists those ska knows; write one "
                         "for this export (docs/language.md, \"Source descriptions\") and give it with --use",
                         wide_line, wide_cols, sb_str(&wide));
    else
        rc = import_fail(ci->im, NULL,
                         "no header line found (expected a line naming columns, such as "
                         "indikator;enhet;år;värde, or kod;namn for a units file)");
    sb_free(&wide);
    return rc;
}

bool import_csv_has_header(Importer *im, FILE *f)
{
    CsvImport ci = {.im = im};
    csv_init(&ci.csv, f);
    bool found = find_header(&ci) == 0;
    csv_free(&ci.csv);
    return fseek(f, 0, SEEK_SET) == 0 && found;
}

/* Checks a required column against its command-line stand-in: exactly one
 * of the two must be there. names lists the header names it may have. */
static int check_column(CsvImport *ci, Col col, bool option_given, const char *option, const char *names)
{
    int at = ci->h.at[col];
    if (at >= 0 && option_given)
        return fail_at(ci, at, "the file has a %s column and %s was given (drop one)", col_label[col], option);
    if (at < 0 && !option_given)
        return fail_at(ci, -1, "no %s column (name one %s) and no %s given", col_label[col], names, option);
    return 0;
}

static int check_header(CsvImport *ci)
{
    const ImportOptions *o = ci->opt;
    if (ci->h.dup >= 0) {
        size_t n;
        const char *s = csv_cell(&ci->csv, (size_t)ci->h.dup, &n);
        return fail_at(ci, ci->h.dup, "\"%.*s\" is a second %s column (keep one)", import_clip(s, n), s,
                       col_label[ci->h.dup_col]);
    }
    if (ci->kind == FK_UNITS) {
        if (o->indicator || o->unit || o->period)
            return fail_at(ci, -1, "a units file (code, name, kind, parent) takes no --indicator, --unit or --period");
        return 0;
    }
    if (check_column(ci, C_IND, o->indicator, "--indicator", "indicator, indikator, kpi or nyckeltal") < 0 ||
        check_column(ci, C_UNIT, o->unit, "--unit", "unit, enhet, kod, kommunkod or skolenhetskod") < 0 ||
        check_column(ci, C_PERIOD, o->period != 0, "--period", "period, år, year, läsår or termin") < 0)
        return -1;
    if (o->indicator && (ci->fixed_ind = import_indicator(ci->im, o->indicator)) < 0) return -1;
    if (o->unit) {
        ImportUnit u = {.code = o->unit};
        if ((ci->fixed_unit = import_unit_ref(ci->im, &u, ci->counts)) < 0) return -1;
    }
    return 0;
}

/* Every row has the header's fields; an empty one past them is a trailing
 * separator, anything else there is an error. */
static int check_width(CsvImport *ci)
{
    const Csv *c = &ci->csv;
    if (c->nfields < ci->h.ncols)
        return fail_at(ci, -1, "%zu fields, expected %zu as in the header on line %ld", c->nfields,
                       ci->h.ncols, ci->header_line);
    for (size_t i = ci->h.ncols; i < c->nfields; i++)
        if (c->fields[i].len)
            return fail_at(ci, (int)i, "more fields than the %zu of the header on line %ld", ci->h.ncols,
                           ci->header_line);
    return 0;
}

/* The text of column col in the current record, or NULL if there is none. */
static const char *col_text(const CsvImport *ci, Col col, size_t *n)
{
    int at = ci->h.at[col];
    if (at < 0) {
        *n = 0;
        return NULL;
    }
    return csv_cell(&ci->csv, (size_t)at, n);
}

/* An error about the text of column col: fmt has one %.*s for it. */
static int fail_col(CsvImport *ci, Col col, const char *fmt)
{
    size_t n;
    const char *s = col_text(ci, col, &n);
    StrBuf sb = {0};
    sb_printf(&sb, "%s ", col_label[col]);
    sb_printf(&sb, fmt, import_clip(s, n), s);
    int rc = fail_at(ci, ci->h.at[col], "%s", sb_str(&sb));
    sb_free(&sb);
    return rc;
}

/* The unit a row describes, with where its code is written; its parent
 * site is only computed when there is a parent column, since only then can
 * it be needed. */
static bool row_unit(CsvImport *ci, ImportUnit *u)
{
    size_t n;
    u->code = col_text(ci, C_UNIT, &n);
    if (n == 0) return false;
    u->site = csv_site(&ci->csv, ci->csv.fields[ci->h.at[C_UNIT]].raw);
    u->name = col_text(ci, C_NAME, &n);
    u->kind = col_text(ci, C_KIND, &n);
    u->parent = col_text(ci, C_PARENT, &n);
    memset(&u->parent_site, 0, sizeof u->parent_site);
    if (u->parent) u->parent_site = csv_site(&ci->csv, ci->csv.fields[ci->h.at[C_PARENT]].raw);
    return true;
}

static int units_row(CsvImport *ci)
{
    ImportUnit u;
    if (!row_unit(ci, &u)) return fail_at(ci, ci->h.at[C_UNIT], "empty unit code (expected a code such as 0181)");
    if (import_unit_row(ci->im, &u, ci->counts) < 0) return -1;
    size_t on, kn;
    const char *org = col_text(ci, C_ORGANISER, &on), *kind_text = col_text(ci, C_ORGANISER_KIND, &kn);
    if (!on && !kn) return 0;
    const char *kind = kn ? organiser_kind_canonical(kind_text) : NULL;
    if (kn && !kind)
        return fail_col(ci, C_ORGANISER_KIND, "\"%.*s\" is not one (expected " ORGANISER_KIND_WORDS ")");
    int64_t id = import_unit_ref(ci->im, &u, ci->counts); /* the unit just stored */
    return id < 0 ? -1 : import_unit_organiser(ci->im, id, on ? org : NULL, kind);
}

static int row_count(CsvImport *ci, ImportValue *v)
{
    size_t n;
    const char *s = col_text(ci, C_COUNT, &n);
    ImportValue cv;
    if (!s) return 0;
    bool read = import_value_text(s, n, &cv); /* a number, if status is VS_OK */
    if (read && cv.status != VS_OK) return 0; /* no count */
    if (!read || cv.value < 0 || cv.value > 1e15 || cv.value != floor(cv.value))
        return fail_col(ci, C_COUNT, "\"%.*s\" is not a whole number (expected a number of pupils such as 1 234, or .. . or empty)");
    v->count = (int64_t)cv.value;
    return 0;
}

/* Whether s[0..n) is the text last remembered in last (never when empty). */
static bool same_text(const StrBuf *last, const char *s, size_t n)
{
    return n && last->len == n && memcmp(last->data, s, n) == 0;
}

static void remember(StrBuf *last, const char *s, size_t n, int64_t *last_id, int64_t id)
{
    sb_clear(last);
    sb_putn(last, s, n);
    *last_id = id;
}

static int results_row(CsvImport *ci)
{
    ImportKey k = {ci->fixed_ind, ci->fixed_unit, GRP_TOTAL, ci->opt->period};
    ImportValue v;
    size_t n;
    const char *s = col_text(ci, C_IND, &n);
    if (s && same_text(&ci->last_ind, s, n)) {
        k.ind = ci->last_ind_id;
    } else if (s) {
        if (n == 0) return fail_at(ci, ci->h.at[C_IND], "empty indicator (expected a key such as N15505)");
        if ((k.ind = import_indicator(ci->im, s)) < 0) return -1;
        remember(&ci->last_ind, s, n, &ci->last_ind_id, k.ind);
    }
    s = col_text(ci, C_UNIT, &n);
    if (s && same_text(&ci->last_unit, s, n)) {
        k.unit = ci->last_unit_id;
    } else if (s) {
        ImportUnit u;
        if (!row_unit(ci, &u)) return fail_at(ci, ci->h.at[C_UNIT], "empty unit code (expected a code such as 0181)");
        if ((k.unit = import_unit_ref(ci->im, &u, ci->counts)) < 0) return -1;
        remember(&ci->last_unit, s, n, &ci->last_unit_id, k.unit);
    }
    s = col_text(ci, C_PERIOD, &n);
    if (s && !period_parse(s, n, &k.period))
        return fail_col(ci, C_PERIOD, "\"%.*s\" is not a period (" IMPORT_PERIOD_EXPECTED ")");
    s = col_text(ci, C_GROUP, &n);
    if (s && !group_parse(s, n, &k.grp))
        return fail_col(ci, C_GROUP, "\"%.*s\" is not a group (" IMPORT_GROUP_EXPECTED ")");
    s = col_text(ci, C_VALUE, &n);
    if (!import_value_text(s, n, &v))
        return fail_col(ci, C_VALUE, "\"%.*s\" is not a number (" IMPORT_VALUE_EXPECTED ")");
    if (row_count(ci, &v) < 0) return -1;
    v.line = ci->csv.line;
    return import_result(ci->im, &k, &v, ci->counts);
}

/* Where the current row's value is, for an error found while storing it. */
static ImportSite value_site(void *ctx)
{
    CsvImport *ci = ctx;
    int at = ci->h.at[C_VALUE];
    return csv_site(&ci->csv, at >= 0 && (size_t)at < ci->csv.nfields ? ci->csv.fields[at].raw : 0);
}

int import_csv(Importer *im, FILE *f, const ImportOptions *opt, ImportCounts *counts)
{
    CsvImport ci = {.im = im, .opt = opt, .counts = counts};
    csv_init(&ci.csv, f);
    import_set_where(im, value_site, &ci);
    int rc = find_header(&ci);
    if (rc == 0) rc = check_header(&ci);
    counts->units_file = ci.kind == FK_UNITS;
    int got;
    while (rc == 0 && (got = csv_next_record(&ci.csv, im)) != 0) {
        if (got < 0) rc = -1;
        else if (csv_blank_record(&ci.csv)) continue;
        else if ((rc = check_width(&ci)) == 0) rc = ci.kind == FK_UNITS ? units_row(&ci) : results_row(&ci);
        counts->rows++;
    }
    /* A read error looks like an early end of file: it is the real cause. */
    if (ferror(f)) rc = import_fail(im, NULL, "the file could not be read to the end");
    else if (rc == 0 && counts->rows == 0)
        rc = import_fail(im, NULL, "no %s below the header on line %ld: the file stores nothing",
                         ci.kind == FK_UNITS ? "units" : "rows", ci.header_line);
    csv_free(&ci.csv);
    sb_free(&ci.last_ind);
    sb_free(&ci.last_unit);
    return rc;
}
