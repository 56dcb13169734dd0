/* import_kolada.c — Kolada JSON files for `ska import`, read as a stream of
 * events from json.c (so a file is never held whole). Two shapes, told apart
 * by the first key of the top-level object:
 *   Kolada API v2 answer  {"count": n, "values": [{"kpi": "N15428",
 *       "municipality": "0138" (or "ou": school unit), "period": 2023,
 *       "values": [{"gender": "T", "value": 74.1, ...}, ...]}, ...], ...}
 *   KommunAnalys data     {NAME: {KPI: {YEAR: {GENDER: value}}}}, where NAME
 *       is a stored unit's name (import examples/data/kommuner.csv first), and
 *       with --unit CODE the same without the NAME level (riket.txt).
 * A null value is stored as missing (VS_NULL), never as 0. Kolada's per-value
 * "count" (how many values were aggregated) and "status" are not pupil counts
 * and are not stored. Keys this importer does not know are skipped. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
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
    if (id == 0)
        return fail_here(k, "no stored unit is called \"%.*s\" (import the units first, e.g. examples/data/kommuner.csv)",
                         import_clip(s, n), s);
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

/* ---- Kolada API v2 ---- */

typedef struct RowValue {
    Group g;
    ImportValue v;
} RowValue;

/* One element of a row's "values": {"gender": "T", "value": 74.1, ...}. */
static int api_value(Kolada *k, RowValue *out)
{
    bool has_gender = false, has_value = false;
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
        } else if (!json_skip(k->r, JSON_KEY)) {
            return syntax_error(k);
        }
    }
    if (ev != JSON_OBJECT_END) return syntax_error(k);
    if (!has_gender || !has_value)
        return fail_here(k, "this value has no \"%s\" (expected {\"gender\": \"T\", \"value\": 74.1})",
                         has_gender ? "value" : "gender");
    return 0;
}

typedef struct ApiRow {
    bool has_kpi, has_unit, has_period;
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

/* Reads the string value of the current key into a unit reference. */
static int api_unit(Kolada *k, ApiRow *row)
{
    JsonEvent ev = json_next(k->r);
    if (ev != JSON_STRING) return unexpected(k, ev, "a unit code in quotes such as \"0138\"");
    size_t n;
    const char *s = text(k, &n);
    if (n == 0) return fail_here(k, "empty unit code (expected one such as \"0138\")");
    ImportUnit u = {s, NULL, NULL, NULL, {0, 0, NULL, 0}};
    return (row->key.unit = import_unit_ref(k->im, &u, k->c)) < 0 ? -1 : 0;
}

/* One member of a row object; *seen guards against a key given twice. */
static int api_member(Kolada *k, ApiRow *row, const char *key)
{
    JsonEvent ev;
    bool *seen = strcmp(key, "kpi") == 0 ? &row->has_kpi
               : strcmp(key, "municipality") == 0 || strcmp(key, "ou") == 0 ? &row->has_unit
               : strcmp(key, "period") == 0 ? &row->has_period : NULL;
    if (!seen) {
        if (strcmp(key, "values") == 0) return api_values(k, row);
        return json_skip(k->r, JSON_KEY) ? 0 : syntax_error(k);
    }
    if (*seen) return fail_here(k, "a second \"%s\" in this row (a row has one kpi, one municipality or ou, one period)", key);
    *seen = true;
    if (seen == &row->has_unit) return api_unit(k, row);
    ev = json_next(k->r);
    if (seen == &row->has_kpi) {
        if (ev != JSON_STRING) return unexpected(k, ev, "a KPI id in quotes such as \"N15428\"");
        return read_indicator(k, &row->key.ind);
    }
    if (ev != JSON_NUMBER && ev != JSON_STRING) return unexpected(k, ev, "a period such as 2023");
    return read_period(k, &row->key.period);
}

/* One element of the top-level "values": a row object whose '{' is read.
 * Its values are kept until the row's '}' because JSON does not order keys. */
static int api_row(Kolada *k, ApiRow *row)
{
    JsonEvent ev;
    row->has_kpi = row->has_unit = row->has_period = false;
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
    const char *missing = !row->has_kpi ? "kpi" : !row->has_unit ? "municipality (or ou)" : !row->has_period ? "period" : NULL;
    if (missing)
        return fail_here(k, "this row has no %s (expected kpi, municipality or ou, period and values)", missing);
    for (size_t i = 0; i < row->n; i++) {
        row->key.grp = row->vals[i].g;
        if (store_value(k, &row->key, &row->vals[i].v) < 0) return -1;
    }
    return 0;
}

static int api_rows(Kolada *k)
{
    JsonEvent ev = json_next(k->r);
    if (ev != JSON_ARRAY) return unexpected(k, ev, "an array of rows [{\"kpi\": ...}]");
    ApiRow row = {0};
    int rc = 0;
    while (rc == 0 && (ev = json_next(k->r)) == JSON_OBJECT) rc = api_row(k, &row);
    free(row.vals);
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
    static const char *const keys[] = {"values", "count", "next_page", "previous_page"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0) return true;
    return false;
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
    if (is_api_key(text(k, NULL))) {
        if (k->opt->unit)
            return fail_here(k, "--unit does not apply: this Kolada API answer names its units");
        return api_top(k);
    }
    Walk w = {master, 4, {0, 0, GRP_TOTAL, 0}};
    if (k->opt->unit) {
        ImportUnit u = {k->opt->unit, NULL, NULL, NULL, {0, 0, NULL, 0}};
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
    json_reader_free(k.r);
    return rc;
}
