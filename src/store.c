/* store.c — opening the SQLite store, its schema, and the lookups the
 * evaluator makes. Every statement is prepared once per connection (see
 * store_stmt) and reused with bound parameters; all return codes are checked
 * and turned into an error message the caller can show. Import lives in
 * store_import.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store_internal.h"
#include "util.h"

struct Store {
    sqlite3 *db;
    char *path;
    char *err;
    sqlite3_stmt *stmts[STORE_STMT_SLOTS];
};

const char *const group_names[GRP_COUNT] = {"totalt", "flickor", "pojkar"};

bool group_parse(const char *s, size_t n, Group *out)
{
    static const struct { const char *word; Group g; } words[] = {
        {"totalt", GRP_TOTAL}, {"total", GRP_TOTAL}, {"t", GRP_TOTAL},
        {"samtliga", GRP_TOTAL}, {"alla", GRP_TOTAL}, {"all", GRP_TOTAL},
        {"flickor", GRP_GIRLS}, {"girls", GRP_GIRLS}, {"k", GRP_GIRLS},
        {"kvinnor", GRP_GIRLS}, {"female", GRP_GIRLS},
        {"pojkar", GRP_BOYS}, {"boys", GRP_BOYS}, {"m", GRP_BOYS},
        {"män", GRP_BOYS}, {"male", GRP_BOYS},
    };
    char buf[32];
    if (n == 0 || n >= sizeof buf) return false;
    memcpy(buf, s, n);
    buf[n] = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_ieq(buf, words[i].word)) { *out = words[i].g; return true; }
    return false;
}

const char *unit_kind_canonical(const char *word)
{
    static const struct { const char *word, *kind; } words[] = {
        {"school", "school"}, {"schools", "school"}, {"skola", "school"}, {"skolor", "school"},
        {"skolenhet", "school"}, {"municipality", "kommun"}, {"municipalities", "kommun"},
        {"kommun", "kommun"}, {"kommuner", "kommun"}, {"riket", "riket"}, {"nation", "riket"},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_ieq(word, words[i].word)) return words[i].kind;
    return NULL;
}

const char *value_status_mark(ValueStatus vs)
{
    switch (vs) {
    case VS_OK: return "";
    case VS_TOO_FEW: return "..";
    case VS_NO_DATA: return ".";
    case VS_NEAR100: return "~100";
    case VS_NULL: return "–";
    }
    return "?";
}

void unit_info_free(UnitInfo *u)
{
    free(u->code);
    free(u->name);
    free(u->kind);
    u->code = u->name = u->kind = NULL;
}

static const char *const schema_sql =
    "CREATE TABLE IF NOT EXISTS unit("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " kind TEXT NOT NULL DEFAULT '', parent INTEGER REFERENCES unit(id));"
    "CREATE INDEX IF NOT EXISTS unit_by_kind ON unit(kind, parent);"
    "CREATE INDEX IF NOT EXISTS unit_by_name ON unit(name);"
    "CREATE TABLE IF NOT EXISTS indicator("
    " id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT);"
    "CREATE TABLE IF NOT EXISTS result("
    " ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL,"
    " unit INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0,"
    " n INTEGER, src INTEGER, PRIMARY KEY(ind, grp, period, unit)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS import_run(id INTEGER PRIMARY KEY, started TEXT NOT NULL);";

/* Version 1 stores lack where each value came from (result.src) and the
 * runs it points to; a writer adds both, in place. */
static const char *const upgrade_from_1_sql =
    "ALTER TABLE result ADD COLUMN src INTEGER;"
    "CREATE TABLE IF NOT EXISTS import_run(id INTEGER PRIMARY KEY, started TEXT NOT NULL);";

static char *fmt_err(const char *what, const char *detail)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s: %s", what, detail);
    return sb.data;
}

Store *store_open(const char *path, StoreMode mode, char **err)
{
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | (mode == STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
    *err = NULL;
    if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
        *err = fmt_err(path, mode == STORE_READ
                                 ? "cannot open the store (does it exist? `ska import` creates it)"
                                 : db ? sqlite3_errmsg(db) : "cannot open database");
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 5000);
    int version = -1;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        *err = fmt_err(path, sqlite3_errmsg(db));
        sqlite3_finalize(st);
        sqlite3_close(db);
        return NULL;
    }
    version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version == 0) {
        /* A new file, or a foreign database: only initialise if it is empty. */
        int tables = 0;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            tables = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        if (tables > 0) {
            *err = fmt_err(path, "not a ska store (it has tables but no ska schema version)");
            sqlite3_close(db);
            return NULL;
        }
        char *msg = NULL;
        if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, schema_sql, NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA user_version=2; COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            *err = fmt_err(path, msg ? msg : sqlite3_errmsg(db));
            sqlite3_free(msg);
            sqlite3_close(db);
            return NULL;
        }
    } else if (version == 1 && mode == STORE_CREATE) {
        char *msg = NULL;
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, upgrade_from_1_sql, NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA user_version=2; COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            *err = fmt_err(path, msg ? msg : sqlite3_errmsg(db));
            sqlite3_free(msg);
            sqlite3_close(db);
            return NULL;
        }
    } else if (version == 1) {
        *err = fmt_err(path, "a store of an older ska (schema version 1): an import into it "
                             "(`ska import` of any file) brings it up to date");
        sqlite3_close(db);
        return NULL;
    } else if (version != STORE_SCHEMA_VERSION) {
        StrBuf sb = {0};
        sb_printf(&sb, "%s: store schema version %d, this ska reads version %d",
                  path, version, STORE_SCHEMA_VERSION);
        *err = sb.data;
        sqlite3_close(db);
        return NULL;
    }
    /* A large page cache pays off for whole-plan checks on big stores. */
    sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY", NULL, NULL, NULL);
    Store *s = xcalloc(1, sizeof *s);
    s->db = db;
    s->path = xstrdup(path);
    return s;
}

void store_close(Store *st)
{
    if (!st) return;
    for (int i = 0; i < STORE_STMT_SLOTS; i++) sqlite3_finalize(st->stmts[i]);
    sqlite3_close(st->db);
    free(st->path);
    free(st->err);
    free(st);
}

const char *store_path(const Store *st) { return st->path; }
void store_interrupt(Store *st) { sqlite3_interrupt(st->db); }
const char *store_errmsg(const Store *st) { return st->err ? st->err : "no error"; }
sqlite3 *store_db(Store *st) { return st->db; }

int store_fail(Store *st, const char *what)
{
    free(st->err);
    st->err = fmt_err(what, sqlite3_errmsg(st->db));
    return -1;
}

sqlite3_stmt *store_stmt(Store *st, int slot, const char *sql)
{
    sqlite3_stmt *s = st->stmts[slot];
    if (s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return s;
    }
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
        store_fail(st, "preparing a query");
        return NULL;
    }
    st->stmts[slot] = s;
    return s;
}

enum {
    S_IND_ID, S_UNIT_BY_CODE, S_UNIT_BY_NAME, S_UNIT_GET, S_POINT, S_LATEST,
    S_SCAN_KIND, S_SCAN_KIND_PARENT, S_UNITS_KIND, S_UNITS_KIND_PARENT,
    S_PERIODS, S_LIST_IND, S_LIST_UNITS, S_HAS_PERIOD
};

/* Runs a one-row, one-integer lookup; 0 when there is no row. */
static int64_t lookup_int(Store *st, sqlite3_stmt *s)
{
    if (!s) return -1;
    int rc = sqlite3_step(s);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    /* reset at once: a statement left stepping holds a read transaction */
    sqlite3_reset(s);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) return v;
    return store_fail(st, "looking up");
}

int64_t store_indicator_id(Store *st, const char *key)
{
    sqlite3_stmt *s = store_stmt(st, S_IND_ID, "SELECT id FROM indicator WHERE key=?1");
    if (s) sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    return lookup_int(st, s);
}

int64_t store_unit_lookup(Store *st, const char *code_or_name)
{
    sqlite3_stmt *s = store_stmt(st, S_UNIT_BY_CODE, "SELECT id FROM unit WHERE code=?1");
    if (s) sqlite3_bind_text(s, 1, code_or_name, -1, SQLITE_STATIC);
    int64_t id = lookup_int(st, s);
    if (id != 0) return id;
    s = store_stmt(st, S_UNIT_BY_NAME, "SELECT id FROM unit WHERE name=?1 ORDER BY id LIMIT 1");
    if (s) sqlite3_bind_text(s, 1, code_or_name, -1, SQLITE_STATIC);
    return lookup_int(st, s);
}

static char *col_text(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return xstrdup(t ? (const char *)t : "");
}

int store_unit_get(Store *st, int64_t id, UnitInfo *out)
{
    sqlite3_stmt *s = store_stmt(st, S_UNIT_GET,
                                 "SELECT code, name, kind, parent FROM unit WHERE id=?1");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return store_fail(st, "reading a unit");
    out->id = id;
    out->code = col_text(s, 0);
    out->name = col_text(s, 1);
    out->kind = col_text(s, 2);
    out->parent = sqlite3_column_int64(s, 3);
    sqlite3_reset(s);
    return 1;
}

static void read_value(sqlite3_stmt *s, int col, StoredValue *v)
{
    v->status = (ValueStatus)sqlite3_column_int(s, col + 1);
    v->value = sqlite3_column_type(s, col) == SQLITE_NULL ? 0 : sqlite3_column_double(s, col);
    v->count = sqlite3_column_type(s, col + 2) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, col + 2);
}

int store_point(Store *st, int64_t ind, Group g, Period p, int64_t unit, StoredValue *out)
{
    sqlite3_stmt *s = store_stmt(st, S_POINT,
        "SELECT value, status, n FROM result WHERE ind=?1 AND grp=?2 AND period=?3 AND unit=?4");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    sqlite3_bind_int(s, 3, p);
    sqlite3_bind_int64(s, 4, unit);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return store_fail(st, "reading a value");
    read_value(s, 0, out);
    sqlite3_reset(s);
    return 1;
}

int store_has_period(Store *st, int64_t ind, Group g, Period p)
{
    sqlite3_stmt *s = store_stmt(st, S_HAS_PERIOD,
        "SELECT 1 FROM result WHERE ind=?1 AND grp=?2 AND period=?3 LIMIT 1");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    sqlite3_bind_int(s, 3, p);
    return (int)lookup_int(st, s);
}

Period store_latest_period(Store *st, int64_t ind, Group g)
{
    sqlite3_stmt *s = store_stmt(st, S_LATEST,
        "SELECT max(period) FROM result WHERE ind=?1 AND grp=?2");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    return (Period)lookup_int(st, s);
}

int store_scan_units(Store *st, int64_t ind, Group g, Period p, const char *kind,
                     int64_t parent, StoreRowFn fn, void *ctx)
{
    sqlite3_stmt *s = parent
        ? store_stmt(st, S_SCAN_KIND_PARENT,
                     "SELECT r.unit, r.value, r.status, r.n FROM result r JOIN unit u ON u.id=r.unit"
                     " WHERE r.ind=?1 AND r.grp=?2 AND r.period=?3 AND u.kind=?4 AND u.parent=?5")
        : store_stmt(st, S_SCAN_KIND,
                     "SELECT r.unit, r.value, r.status, r.n FROM result r JOIN unit u ON u.id=r.unit"
                     " WHERE r.ind=?1 AND r.grp=?2 AND r.period=?3 AND u.kind=?4");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    sqlite3_bind_int(s, 3, p);
    sqlite3_bind_text(s, 4, kind, -1, SQLITE_STATIC);
    if (parent) sqlite3_bind_int64(s, 5, parent);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        StoredValue v;
        read_value(s, 1, &v);
        if (!fn(ctx, sqlite3_column_int64(s, 0), p, &v)) {
            sqlite3_reset(s);
            return 0;
        }
    }
    if (rc != SQLITE_DONE) return store_fail(st, "scanning values");
    return 0;
}

int64_t store_units_of(Store *st, const char *kind, int64_t parent, int64_t **ids)
{
    sqlite3_stmt *s = parent
        ? store_stmt(st, S_UNITS_KIND_PARENT,
                     "SELECT id FROM unit WHERE kind=?1 AND parent=?2 ORDER BY name")
        : store_stmt(st, S_UNITS_KIND, "SELECT id FROM unit WHERE kind=?1 ORDER BY name");
    *ids = NULL;
    if (!s) return -1;
    sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
    if (parent) sqlite3_bind_int64(s, 2, parent);
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) VEC_PUSH(*ids, n, cap, sqlite3_column_int64(s, 0));
    if (rc != SQLITE_DONE) {
        free(*ids);
        *ids = NULL;
        return store_fail(st, "listing units");
    }
    return (int64_t)n;
}

int64_t store_periods(Store *st, int64_t ind, Period **out)
{
    /* The primary key starts (ind, grp, period): reading distinct periods of
     * the total group is an index-only range scan. */
    sqlite3_stmt *s = store_stmt(st, S_PERIODS,
        "SELECT DISTINCT period FROM result WHERE ind=?1 ORDER BY period");
    *out = NULL;
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) VEC_PUSH(*out, n, cap, (Period)sqlite3_column_int(s, 0));
    if (rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        return store_fail(st, "listing periods");
    }
    return (int64_t)n;
}

static int list_pairs(Store *st, sqlite3_stmt *s, StoreTextFn fn, void *ctx)
{
    if (!s) return -1;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *a = (const char *)sqlite3_column_text(s, 0);
        const char *b = (const char *)sqlite3_column_text(s, 1);
        if (!fn(ctx, a ? a : "", b ? b : "")) {
            sqlite3_reset(s);
            return 0;
        }
    }
    return rc == SQLITE_DONE ? 0 : store_fail(st, "listing");
}

int store_list_indicators(Store *st, StoreTextFn fn, void *ctx)
{
    return list_pairs(st, store_stmt(st, S_LIST_IND,
                                     "SELECT key, coalesce(title,'') FROM indicator ORDER BY key"),
                      fn, ctx);
}

int store_list_units(Store *st, StoreTextFn fn, void *ctx)
{
    return list_pairs(st, store_stmt(st, S_LIST_UNITS,
                                     "SELECT code, name FROM unit ORDER BY kind, name"),
                      fn, ctx);
}
