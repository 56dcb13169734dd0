/* import_kolada.c — Kolada JSON files for `ska import`, read as a stream of
 * events from json.c (so a file is never held whole). The shape is told by
 * the top-level object's first key (and the kind of its value):
 *   Kolada API answer (v2 and v3)  {"count": n, "values": [ROW, ...],
 *       "next_url" (v3) or "next_page" (v2): ...}; the ROWs of one answer
 *       are all of one sort:
 *         data     {"kpi": "N15428", "municipality": "0138" or "ou":
 *                  "V15E013800101", "period": 2023, "values": [{"gender":
 *                  "T", "value": 74.1, "isdeleted": false, ...}, ...]}
 *         units    /ou: {"id": "V15E068400701", "title": "Vallsjöskolan",
 *                  "municipality": "0684"} (a school in its municipality);
 *                  /municipality: {"id": "0684", "title": "Sävsjö", "type":
 *                  "K"} (K a municipality, L a region or 0000 Riket)
 *   KommunAnalys Kommuner.txt  {"0181": "Södertälje", ...}: units
 *   KommunAnalys data  {NAME: {KPI: {YEAR: {GENDER: value}}}}, where NAME is
 *       a stored unit's name (import Kommuner.txt first); riket.txt is the
 *       same without the NAME level (its first key is a KPI id) and holds
 *       Riket's (0000) values, or --unit CODE's.
 * Kolada's regions (00 + county code) are left out, and counted: ska
 * follows municipalities and their schools. A null value, or one marked
 * "isdeleted" (withdrawn), is stored as missing (VS_NULL), never as 0.
 * Kolada's per-value "count" (how many values were aggregated) and
 * "status" are not pupil counts and are not stored. Keys this importer does
 * not know are skipped; the KPI catalogue and groups are refused. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "csv.h"
#include "import.h"
#include "json.h"
#include "util.h"

/* A row of the API shape holds only T, K and M; this bounds its buffer. */
#define MAX_ROW_VALUES 10000

typedef struct Kolada {
    Importer *im;
    JsonReader *r;
    const ImportOptions *opt;
    ImportCounts *c;
} Kolada;

/* The last token (or where json.c found an error). */
static ImportSite here(void *ctx)
{
    Kolada *k = ctx;
    ImportSite site = {json_line(k->r), json_col(k->r), NULL, 0};
    site.text = json_line_text(k->r, &site.len);
    if (site.len == 0) site.text = NULL; /* an empty line shows nothing */
    return site;
}

/* Records an error at the last token. */
static int fail_here(Kolada *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail_here(Kolada *k, const char *fmt, ...)
{
    StrBuf sb = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    ImportSite site = here(k);
    int rc = import_fail(k->im, &site, "%s", sb_str(&sb));
    sb_free(&sb);
    return rc;
}

static int syntax_error(Kolada *k) { return fail_here(k, "%s", json_error(k->r)); }

/* The file is valid JSON so far but ev is not what this shape has here. */
static int unexpected(Kolada *k, JsonEvent ev, const char *what)
{
    if (ev == JSON_ERROR) return syntax_error(k);
    return fail_here(k, "expected %s here, found %s", what, json_event_name(ev));
}

static const char *text(Kolada *k, size_t *n) { return json_text(k->r, n); }

/* A value at the innermost level: a number, null, or a string holding a
 * number or one of the codes .. . ~100. */
static int read_leaf(Kolada *k, JsonEvent ev, ImportValue *v)
{
    size_t n;
    const char *s = text(k, &n);
    v->count = -1;
    v->value = 0;
    v->line = json_line(k->r);
    switch (ev) {
    case JSON_NULL:
        v->status = VS_NULL;
        return 0;
    case JSON_NUMBER:
        v->status = VS_OK;
        if (import_number(s, n, &v->value)) return 0;
        return fail_here(k, "number %.*s is out of range", import_clip(s, n), s);
    case JSON_STRING:
        if (import_value_text(s, n, v)) return 0;
        return fail_here(k, "value \"%.*s\" is not a number (" IMPORT_VALUE_EXPECTED ")", import_clip(s, n), s);
    default:
        return unexpected(k, ev, "a value (a number, null, or a string such as \"..\")");
    }
}

static int read_period(Kolada *k, Period *p)
{
    size_t n;
    const char *s = text(k, &n);
    if (period_parse(s, n, p)) return 0;
    return fail_here(k, "period \"%.*s\" is not a period (" IMPORT_PERIOD_EXPECTED ")", import_clip(s, n), s);
}

static int read_group(Kolada *k, Group *g)
{
    size_t n;
    const char *s = text(k, &n);
    if (group_parse(s, n, g)) return 0;
    return fail_here(k, "gender \"%.*s\" is not a group (" IMPORT_GROUP_EXPECTED ")", import_clip(s, n), s);
}

static int read_indicator(Kolada *k, int64_t *ind)
{
    size_t n;
    const char *s = text(k, &n);
    if (n == 0) return fail_here(k, "empty KPI id (expected one such as N15505)");
    return (*ind = import_indicator(k->im, s)) < 0 ? -1 : 0;
}

static int store_value(Kolada *k, const ImportKey *key, ImportValue *v)
{
    k->c->rows++;
    return import_result(k->im, key, v, k->c);
}

/* ---- KommunAnalys: nested objects, one level per key part ---- */

typedef enum Level { L_UNIT_NAME, L_KPI, L_YEAR, L_GENDER } Level;

static const char *const level_what[] = {
    "an object of municipalities {\"Ale\": {...}}",
    "an object of KPIs {\"N15505\": {...}}",
    "an object of years {\"2020\": {...}}",
    "an object of genders {\"T\": 74.1}",
};

typedef struct Walk {
    const Level *levels;
    int nlevels;
    ImportKey key;
} Walk;

static int unit_named(Kolada *k, int64_t *unit)
{
    size_t n;
    const char *s = text(k, &n);
    int64_t id = import_unit_by_name(k->im, s);
    if (id == 0) {
        ImportSite site = {json_line(k->r), json_col(k->r), NULL, 0};
        char *name = xstrdup(s); /* json_line_text reads on */
        site.text = json_line_text(k->r, &site.len);
        if (site.len == 0) site.text = NULL;
        int rc = import_unknown_name(k->im, &site, name, "import the units first, e.g. Kommuner.txt");
        free(name);
        return rc;
    }
    if (id == -2)
        return fail_here(k, "several stored units are called \"%.*s\" (give each a distinct name)", import_clip(s, n), s);
    return (*unit = id) < 0 ? -1 : 0;
}

/* Sets the part of the key the current KEY event names at level. */
static int level_key(Kolada *k, Walk *w, Level level)
{
    switch (level) {
    case L_UNIT_NAME: return unit_named(k, &w->key.unit);
    case L_KPI: return read_indicator(k, &w->key.ind);
    case L_YEAR: return read_period(k, &w->key.period);
    case L_GENDER: return read_group(k, &w->key.grp);
    }
    return -1;
}

static int walk_object(Kolada *k, Walk *w, int depth, bool first_key_read);

/* The value under a key at depth: an object of the next level, or a leaf. */
static int walk_value(Kolada *k, Walk *w, int depth)
{
    JsonEvent ev = json_next(k->r);
    if (depth + 1 < w->nlevels) {
        if (ev != JSON_OBJECT) return unexpected(k, ev, level_what[w->levels[depth + 1]]);
        return walk_object(k, w, depth + 1, false);
    }
    ImportValue v;
    if (read_leaf(k, ev, &v) < 0) return -1;
    return store_value(k, &w->key, &v);
}

/* The members of an object whose '{' (and, if first_key_read, first key)
 * has been read, through its '}'. */
static int walk_object(Kolada *k, Walk *w, int depth, bool first_key_read)
{
    JsonEvent ev = first_key_read ? JSON_KEY : json_next(k->r);
    for (; ev == JSON_KEY; ev = json_next(k->r))
        if (level_key(k, w, w->levels[depth]) < 0 || walk_value(k, w, depth) < 0) return -1;
    return ev == JSON_OBJECT_END ? 0 : syntax_error(k);
}

/* ---- Kolada API (v2 and v3) ---- */

typedef struct RowValue {
    Group g;
    ImportValue v;
} RowValue;

/* One element of a row's "values": {"gender": "T", "value": 74.1, ...};
 * "isdeleted": true (v3; v2 sent is_deleted 1) withdraws the value. */
static int api_value(Kolada *k, RowValue *out)
{
    bool has_gender = false, has_value = false, deleted = false;
    JsonEvent ev;
    while ((ev = json_next(k->r)) == JSON_KEY) {
        size_t n;
        const char *key = text(k, &n);
        if (strcmp(key, "gender") == 0) {
            if ((ev = json_next(k->r)) != JSON_STRING) return unexpected(k, ev, "a gender \"T\", \"K\" or \"M\"");
            if (read_group(k, &out->g) < 0) return -1;
            has_gender = true;
        } else if (strcmp(key, "value") == 0) {
            if (read_leaf(k, json_next(k->r), &out->v) < 0) return -1;
            has_value = true;
        } else if (strcmp(key, "isdeleted") == 0 || strcmp(key, "is_deleted") == 0) {
            ev = json_next(k->r);
            deleted = ev == JSON_TRUE || (ev == JSON_NUMBER && strcmp(text(k, NULL), "0") != 0);
            if (ev != JSON_TRUE && ev != JSON_FALSE && ev != JSON_NUMBER && ev != JSON_NULL)
                return unexpected(k, ev, "true or false");
        } else if (!json_skip(k->r, JSON_KEY)) {
            return syntax_error(k);
        }
    }
    if (ev != JSON_OBJECT_END) return syntax_error(k);
    if (!has_gender || !has_value)
        return fail_here(k, "this value has no \"%s\" (expected {\"gender\": \"T\", \"value\": 74.1})",
                         has_gender ? "value" : "gender");
    if (deleted) out->v.status = VS_NULL;
    return 0;
}

/* The string members of a row, kept to its '}' (JSON does not order keys,
 * and what "municipality" means depends on the others), with where each
 * was written. */
typedef enum RowField { F_MUNICIPALITY, F_OU, F_ID, F_TITLE, F_TYPE, F_COUNT } RowField;
static const char *const field_key[F_COUNT] = {"municipality", "ou", "id", "title", "type"};

typedef struct ApiRow {
    bool has_kpi, has_period, has[F_COUNT];
    StrBuf field[F_COUNT];
    ImportSite at[F_COUNT];
    ImportKey key;
    RowValue *vals;
    size_t n, cap;
} ApiRow;

static int api_values(Kolada *k, ApiRow *row)
{
    JsonEvent ev = json_next(k->r);
    if (ev != JSON_ARRAY) return unexpected(k, ev, "an array of values [{\"gender\": \"T\", \"value\": 74.1}]");
    while ((ev = json_next(k->r)) == JSON_OBJECT) {
        if (row->n == MAX_ROW_VALUES) return fail_here(k, "more than %d values in one row", MAX_ROW_VALUES);
        RowValue rv;
        if (api_value(k, &rv) < 0) return -1;
        VEC_PUSH(row->vals, row->n, row->cap, rv);
    }
    return ev == JSON_ARRAY_END ? 0 : unexpected(k, ev, "an object {\"gender\": \"T\", \"value\": 74.1}");
}

/* A string member f (null counts as absent). Codes must not be empty. */
static int api_field(Kolada *k, ApiRow *row, RowField f)
{
    JsonEvent ev = json_next(k->r);
    if (ev == JSON_NULL) return 0;
    if (ev != JSON_STRING) return unexpected(k, ev, f == F_TITLE ? "a name in quotes" : "a code in quotes such as \"0138\"");
    size_t n;
    const char *s = text(k, &n);
    if (n == 0 && f != F_TITLE && f != F_TYPE) return fail_here(k, "empty unit code (expected one such as \"0138\")");
    row->has[f] = true;
    sb_clear(&row->field[f]);
    sb_putn(&row->field[f], s, n);
    row->at[f] = (ImportSite){json_line(k->r), json_col(k->r), NULL, 0};
    return 0;
}

/* One member of a row object; a key given twice is an error. */
static int api_member(Kolada *k, ApiRow *row, const char *key)
{
    int f = 0;
    while (f < F_COUNT && strcmp(key, field_key[f]) != 0) f++;
    bool *seen = strcmp(key, "kpi") == 0 ? &row->has_kpi
               : strcmp(key, "period") == 0 ? &row->has_period
               : f < F_COUNT ? &row->has[f] : NULL;
    if (!seen) {
        if (strcmp(key, "values") == 0) return api_values(k, row);
        return json_skip(k->r, JSON_KEY) ? 0 : syntax_error(k);
    }
    if (*seen)
        return fail_here(k, "a second \"%s\" in this row (a row has one kpi, one municipality or ou, one period)", key);
    if (f < F_COUNT) return api_field(k, row, (RowField)f);
    *seen = true;
    JsonEvent ev = json_next(k->r);
    if (seen == &row->has_kpi) {
        if (ev != JSON_STRING) return unexpected(k, ev, "a KPI id in quotes such as \"N15428\"");
        return read_indicator(k, &row->key.ind);
    }
    if (ev != JSON_NUMBER && ev != JSON_STRING) return unexpected(k, ev, "a period such as 2023");
    return read_period(k, &row->key.period);
}

static const char *field(const ApiRow *row, RowField f) { return row->has[f] ? sb_str(&row->field[f]) : NULL; }

/* A data row: its values under the OU (a school, in its municipality) or
 * the municipality. */
static int api_data_row(Kolada *k, ApiRow *row)
{
    const char *missing = !row->has_period ? "period"
                        : !row->has[F_OU] && !row->has[F_MUNICIPALITY] ? "municipality (or ou)" : NULL;
    if (missing)
        return fail_here(k, "this row has no %s (expected kpi, municipality or ou, period and values)", missing);
    bool ou = row->has[F_OU];
    ImportUnit u = {.code = field(row, ou ? F_OU : F_MUNICIPALITY), .kind = ou ? "school" : NULL,
                    .parent = ou ? field(row, F_MUNICIPALITY) : NULL,
                    .parent_site = row->at[F_MUNICIPALITY], .site = row->at[ou ? F_OU : F_MUNICIPALITY]};
    if ((row->key.unit = import_unit_ref(k->im, &u, k->c)) < 0) return -1;
    for (size_t i = 0; i < row->n; i++) {
        row->key.grp = row->vals[i].g;
        if (store_value(k, &row->key, &row->vals[i].v) < 0) return -1;
    }
    return 0;
}

#define REGIONS_SKIPPED "regions (codes 00 + county code: ska follows municipalities and their schools)"

/* A units row: an OU (a school in its municipality) or a municipality,
 * region or Riket. */
static int api_unit_row(Kolada *k, ApiRow *row)
{
    if (!row->has[F_MUNICIPALITY] && !row->has[F_TYPE])
        return fail_here(k, "this row has an id but no municipality (an OU) or type (a municipality): ska imports "
                            "Kolada's data, oudata, ou and municipality answers, not its KPI catalogue or groups");
    const char *type = field(row, F_TYPE), *id = field(row, F_ID);
    ImportUnit u = {.code = id, .name = field(row, F_TITLE), .site = row->at[F_ID]};
    if (row->has[F_MUNICIPALITY]) {
        u.kind = "school";
        u.parent = field(row, F_MUNICIPALITY);
        u.parent_site = row->at[F_MUNICIPALITY];
    } else if (strcmp(id, "0000") == 0) {
        u.kind = "riket";
    } else if (strcmp(type, "L") == 0) {
        k->c->skipped++;
        k->c->skipped_what = REGIONS_SKIPPED;
        return 0;
    } else {
        u.kind = "kommun";
    }
    k->c->rows++;
    return import_unit_row(k->im, &u, k->c);
}

/* One element of the top-level "values": a row object whose '{' is read. */
static int api_row(Kolada *k, ApiRow *row)
{
    JsonEvent ev;
    row->has_kpi = row->has_period = false;
    memset(row->has, 0, sizeof row->has);
    row->key.grp = GRP_TOTAL;
    row->n = 0;
    while ((ev = json_next(k->r)) == JSON_KEY) {
        char key[16];
        size_t n;
        const char *s = text(k, &n);
        snprintf(key, sizeof key, "%s", n < sizeof key ? s : "");
        if (api_member(k, row, key) < 0) return -1;
    }
    if (ev != JSON_OBJECT_END) return syntax_error(k);
    bool units = !row->has_kpi && row->has[F_ID];
    if (k->c->rows + k->c->skipped > 0 && units != k->c->units_file)
        return fail_here(k, "a %s row in an answer of %s rows (import each answer as its own file)",
                         units ? "unit" : "data", units ? "data" : "unit");
    k->c->units_file = units;
    if (units) return api_unit_row(k, row);
    if (!row->has_kpi)
        return fail_here(k, "this row has no kpi (expected kpi, municipality or ou, period and values)");
    return api_data_row(k, row);
}

static int api_rows(Kolada *k)
{
    JsonEvent ev = json_next(k->r);
    if (ev != JSON_ARRAY) return unexpected(k, ev, "an array of rows [{\"kpi\": ...}]");
    ApiRow row = {0};
    int rc = 0;
    while (rc == 0 && (ev = json_next(k->r)) == JSON_OBJECT) rc = api_row(k, &row);
    free(row.vals);
    for (int f = 0; f < F_COUNT; f++) sb_free(&row.field[f]);
    if (rc < 0) return -1;
    return ev == JSON_ARRAY_END ? 0 : unexpected(k, ev, "a row object {\"kpi\": ...}");
}

/* The top-level object of an API answer, its first key already read. */
static int api_top(Kolada *k)
{
    JsonEvent ev = JSON_KEY;
    for (; ev == JSON_KEY; ev = json_next(k->r)) {
        int rc = strcmp(text(k, NULL), "values") == 0 ? api_rows(k)
               : json_skip(k->r, JSON_KEY) ? 0 : syntax_error(k);
        if (rc < 0) return -1;
    }
    return ev == JSON_OBJECT_END ? 0 : syntax_error(k);
}

static bool is_api_key(const char *key)
{
    static const char *const keys[] = {"values", "count", "next_page", "previous_page", "next_url", "previous_url"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0) return true;
    return false;
}

/* ---- KommunAnalys Kommuner.txt: {"0181": "Södertälje", ...} ---- */

/* The members of the top-level object, its first key read: each a code
 * and a name. 0000 is Riket, and every municipality's parent. */
static int kommuner_top(Kolada *k)
{
    k->c->units_file = true;
    StrBuf code = {0};
    JsonEvent ev = JSON_KEY;
    int rc = 0;
    for (; rc == 0 && ev == JSON_KEY; ev = json_next(k->r)) {
        sb_clear(&code);
        sb_puts(&code, text(k, NULL));
        ImportSite at = {json_line(k->r), json_col(k->r), NULL, 0};
        if ((ev = json_next(k->r)) != JSON_STRING) {
            rc = unexpected(k, ev, "a municipality's name in quotes (\"Södertälje\")");
            break;
        }
        const char *c = sb_str(&code);
        bool riket = strcmp(c, "0000") == 0;
        if (!riket && strlen(c) == 4 && strncmp(c, "00", 2) == 0) {
            k->c->skipped++;
            k->c->skipped_what = REGIONS_SKIPPED;
            continue;
        }
        ImportUnit u = {.code = c, .name = text(k, NULL), .kind = riket ? "riket" : "kommun",
                        .parent = riket ? "" : "0000", .parent_site = at, .site = at};
        k->c->rows++;
        rc = import_unit_row(k->im, &u, k->c);
    }
    sb_free(&code);
    if (rc < 0) return -1;
    return ev == JSON_OBJECT_END ? 0 : syntax_error(k);
}

/* A KPI id: a capital letter and digits (N15505, U15461). No municipality
 * is named so, which is how riket.txt is told from MasterData.txt. */
static bool is_kpi_id(const char *s)
{
    return *s >= 'A' && *s <= 'Z' && s[1] && strspn(s + 1, "0123456789") == strlen(s + 1);
}

/* Picks the shape from the first key of the top-level object. */
static int read_top(Kolada *k)
{
    static const Level master[] = {L_UNIT_NAME, L_KPI, L_YEAR, L_GENDER};
    static const Level riket[] = {L_KPI, L_YEAR, L_GENDER};
    JsonEvent ev = json_next(k->r);
    if (ev != JSON_OBJECT)
        return unexpected(k, ev, "a JSON object (a Kolada API answer or KommunAnalys data)");
    ev = json_next(k->r);
    if (ev == JSON_OBJECT_END) return 0;
    if (ev != JSON_KEY) return syntax_error(k);
    const char *first = text(k, NULL);
    bool units = *first && strspn(first, "0123456789") == strlen(first);
    if (k->opt->unit && (units || is_api_key(first)))
        return fail_here(k, "--unit does not apply: this file names its units");
    if (is_api_key(first)) return api_top(k);
    if (units) return kommuner_top(k);
    Walk w = {master, 4, {0, 0, GRP_TOTAL, 0}};
    if (k->opt->unit || is_kpi_id(first)) {
        /* riket.txt: Kolada's national series, unless --unit says whose */
        ImportUnit u = k->opt->unit ? (ImportUnit){.code = k->opt->unit}
                                    : (ImportUnit){.code = "0000", .name = "Riket", .kind = "riket"};
        if ((w.key.unit = import_unit_ref(k->im, &u, k->c)) < 0) return -1;
        w.levels = riket;
        w.nlevels = 3;
    }
    return walk_object(k, &w, 0, true);
}

int import_kolada(Importer *im, FILE *f, const ImportOptions *opt, ImportCounts *c)
{
    if (opt->indicator || opt->period)
        return import_fail(im, NULL, "--indicator and --period do not apply to Kolada files (they name KPIs and periods)");
    Kolada k = {im, json_reader_new(f), opt, c};
    import_set_where(im, here, &k);
    int rc = read_top(&k);
    if (rc == 0) {
        JsonEvent ev = json_next(k.r);
        if (ev != JSON_EOF) rc = syntax_error(&k);
    }
    /* units skipped (Kommuner.txt's regions) are still something the file said */
    if (rc == 0 && c->rows == 0 && c->units_added == 0 && !c->skipped)
        rc = import_fail(im, NULL, "the file holds no values and no units: it stores nothing");
    json_reader_free(k.r);
    return rc;
}

/* ---- KPI titles: KommunAnalys's Nyckeltal.txt ---- */

#define TITLE_SEP "\xC2\xA4" /* ¤ */

bool import_is_titles(const char *text, size_t n)
{
    size_t i = n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0, start = i;
    while (i < n && ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= '0' && text[i] <= '9'))) i++;
    return i > start && i + 2 <= n && memcmp(text + i, TITLE_SEP, 2) == 0;
}

int import_kolada_titles(Importer *im, FILE *f, ImportCounts *c)
{
    Csv csv;
    csv_init(&csv, f);
    c->titles_file = true;
    int rc = 0, got;
    for (;;) {
        sb_clear(&csv.rec);
        csv.line = csv.next_line;
        if ((got = csv_read_line(&csv)) <= 0) break;
        const char *line = sb_str(&csv.rec), *sep = strstr(line, TITLE_SEP);
        size_t n = csv.rec.len;
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t')) n--;
        if (n == 0) continue;
        if (!sep || sep == line || (size_t)(sep - line) + 2 >= n) {
            ImportSite site = csv_site(&csv, sep ? (size_t)(sep - line) : 0);
            rc = import_fail(im, &site, "expected a KPI id, ¤ and its title (N15505¤Elever i åk. 9, meritvärde …)");
            break;
        }
        char *key = xstrndup(line, (size_t)(sep - line));
        const char *title = sep + 2;
        while (*title == ' ') title++;
        char *text = xstrndup(title, n - (size_t)(title - line));
        rc = import_indicator_title(im, key, text, c);
        free(key);
        free(text);
        if (rc < 0) break;
        c->rows++;
    }
    if (got < 0) rc = csv_line_failed(&csv, im, got);
    if (rc == 0 && c->rows == 0) rc = import_fail(im, NULL, "no KPI titles in the file: it stores nothing");
    csv_free(&csv);
    return rc;
}
