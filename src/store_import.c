/* store_import.c — the import session behind `ska import`: one SQLite
 * transaction for all files, in-memory caches from indicator keys and unit
 * codes/names to ids, and the writes with their added/changed/unchanged
 * counts. It knows nothing about file formats; readers hand it keys and
 * values and it records the one error the import stops at.
 *
 * Speed: a fresh result costs one INSERT ... ON CONFLICT DO NOTHING; only on
 * a conflict does a second, conditional UPDATE run, and sqlite3_changes()
 * tells the three outcomes apart without reading the old row. Results are
 * held back and inserted in key order (see import_result). Key -> id
 * lookups hit a hash map after the first row that names a key. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "diag.h"
#include "import.h"
#include "store_history.h"
#include "store_internal.h"
#include "unit_names.h"
#include "util.h"

enum {
    SI_IND_INSERT = STORE_IMPORT_SLOT0, SI_UNIT_GET, SI_UNIT_INSERT, SI_UNIT_UPDATE,
    SI_UNIT_SET_PARENT, SI_UNIT_BY_NAME, SI_RESULT_INSERT, SI_RESULT_UPDATE, SI_RESULT_GET,
    SI_RUN_INSERT, SI_UNIT_ORGANISER, SI_IND_TITLE, SI_REVISION, SI_RESULT_ADD, SI_RESULT_ADD_MANY,
    SI_RESULT_ADD_FEW
};


/* Open-addressing hash map from a string to an id (0 = absent). */
typedef struct IdEntry {
    char *key;
    uint32_t hash;
    int64_t id;
} IdEntry;
typedef struct IdMap {
    IdEntry *slots;
    size_t cap, n; /* cap is 0 or a power of two */
} IdMap;

/* A set of ids (open addressing, 0 empty). */
typedef struct IdSet {
    int64_t *ids;
    size_t cap, n; /* cap is 0 or a power of two */
} IdSet;

/* How a units-file row compares with the stored unit, parent aside. */
typedef enum RowClass { ROW_NONE, ROW_ADDED, ROW_CHANGED, ROW_SAME } RowClass;

/* A parent named by code before any unit with that code was seen. */
typedef struct Pending {
    int64_t unit;
    char *parent;
    RowClass cls;       /* ROW_NONE for units created by result rows */
    int64_t old_parent; /* for cls == ROW_SAME: whether the parent changed */
    long line;
    int col;
    char *text;
    size_t len;
} Pending;

typedef struct ImportError {
    bool set, whole_run; /* whole_run: not about the current file */
    char *path, *msg, *text;
    long line;
    int col;
    size_t len;
} ImportError;

/* A result row held back to be inserted in key order. */
typedef struct Held {
    ImportKey k;
    ImportValue v;
    int64_t src;
} Held;

/* At most HOLD_ROWS rows are held (4 MiB): memory stays bounded whatever
 * the file size; a file in Kolada's order holds one indicator's rows
 * (2 000 units x 10 years x 3 groups) at a time. */
#define HOLD_ROWS 65536
#define HOLD_SLOTS (2 * HOLD_ROWS) /* a power of two */
/* The inserted keys' filter: 2 bits a key in 1 MiB. A row of an indicator
 * this run has inserted rows of reads the store (is it a second value for
 * one key?) only when the filter has both its bits; far more keys than
 * bits fill it, and then every such row reads the store, as without it. */
#define SEEN_BITS ((size_t)1 << 23)

/* A held row's key packed into one integer, and where the row is. */
typedef struct Ranked {
    uint64_t key;
    uint32_t at;
} Ranked;

struct Importer {
    Store *st;
    Held *held;               /* rows not inserted yet, in file order */
    size_t nheld;
    Ranked *ranks;            /* 2 * HOLD_ROWS: the radix sort's keys */
    uint32_t *held_slots;     /* key hash -> index + 1 into held, 0 empty */
    ImportCounts *held_counts;/* the file they count in */
    IdSet held_inds;          /* the indicators of the held rows */
    IdSet flushed;            /* indicators with rows inserted by this run */
    IdSet fresh;              /* indicators this run created */
    uint64_t *seen;           /* a Bloom filter of the keys inserted by this run */
    IdMap inds, units, names;
    IdMap aliases; /* this file's codes read as another unit's (127, a name) */
    Pending *pending;
    size_t npending, cap_pending;
    const char *path;
    StrBuf name_buf, kind_buf; /* the last unit read by unit_get */
    ImportError err;
    int64_t run;               /* this run's import_run id, 0 until a result is stored */
    const char **paths;        /* the run's files so far, for "first on line …" */
    size_t npaths, cap_paths;
    ImportWhere where;
    void *where_ctx;
};

static uint32_t hash_str(const char *s) { return hash_bytes(s, strlen(s)); }

/* The slot holding key, or the empty slot where it would go. */
static IdEntry *idmap_slot(const IdMap *m, const char *key, uint32_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        IdEntry *e = &m->slots[i];
        if (!e->key || (e->hash == h && strcmp(e->key, key) == 0)) return e;
    }
}

static int64_t idmap_get(const IdMap *m, const char *key)
{
    if (m->n == 0) return 0;
    IdEntry *e = idmap_slot(m, key, hash_str(key));
    return e->key ? e->id : 0;
}

static void idmap_put(IdMap *m, const char *key, int64_t id)
{
    if ((m->n + 1) * 2 > m->cap) { /* keep the load under one half */
        IdMap bigger = {xcalloc(m->cap ? m->cap * 2 : 64, sizeof(IdEntry)), m->cap ? m->cap * 2 : 64, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) *idmap_slot(&bigger, m->slots[i].key, m->slots[i].hash) = m->slots[i];
        free(m->slots);
        *m = bigger;
    }
    uint32_t h = hash_str(key);
    IdEntry *e = idmap_slot(m, key, h);
    if (!e->key) {
        e->key = xstrdup(key);
        e->hash = h;
        m->n++;
    }
    e->id = id;
}

static void idmap_free(IdMap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
    free(m->slots);
    memset(m, 0, sizeof *m);
}

static size_t idset_home(const IdSet *set, int64_t id)
{
    return (size_t)id * 0x9E3779B97F4A7C15u >> 40 & (set->cap - 1);
}

static bool idset_has(const IdSet *set, int64_t id)
{
    if (!set->cap) return false;
    for (size_t i = idset_home(set, id); set->ids[i]; i = (i + 1) & (set->cap - 1))
        if (set->ids[i] == id) return true;
    return false;
}

static void idset_add(IdSet *set, int64_t id)
{
    if (idset_has(set, id)) return;
    if (2 * (set->n + 1) > set->cap) {
        IdSet old = *set;
        set->cap = old.cap ? 2 * old.cap : 64;
        set->ids = xcalloc(set->cap, sizeof *set->ids);
        set->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.ids[i]) idset_add(set, old.ids[i]);
        free(old.ids);
    }
    size_t i = idset_home(set, id);
    while (set->ids[i]) i = (i + 1) & (set->cap - 1);
    set->ids[i] = id;
    set->n++;
}

static void idset_clear(IdSet *set)
{
    if (set->n) memset(set->ids, 0, set->cap * sizeof *set->ids);
    set->n = 0;
}

/* ---- errors ---- */

static void error_clear(ImportError *e)
{
    free(e->path);
    free(e->msg);
    free(e->text);
    memset(e, 0, sizeof *e);
}

static void error_set(Importer *im, const ImportSite *site, bool whole_run, char *msg)
{
    ImportError *e = &im->err;
    error_clear(e);
    e->set = true;
    e->whole_run = whole_run || !im->path;
    e->path = im->path ? xstrdup(im->path) : NULL;
    e->msg = msg;
    if (site) {
        e->line = site->line;
        e->col = site->col;
        if (site->text) {
            e->text = xstrndup(site->text, site->len);
            e->len = site->len;
        }
    }
}

int import_fail(Importer *im, const ImportSite *site, const char *fmt, ...)
{
    StrBuf sb = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    error_set(im, site, false, sb.data ? sb.data : xstrdup(""));
    return -1;
}

/* A database failure is about the store, not a line of the file: records
 * the store's last error as the run's. */
static int store_error(Importer *im)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s: %s", store_path(im->st), store_errmsg(im->st));
    error_set(im, NULL, true, sb.data);
    return -1;
}

static int db_fail(Importer *im, const char *what)
{
    store_fail(im->st, what);
    return store_error(im);
}

void import_print_error(const Importer *im, FILE *out)
{
    const ImportError *e = &im->err;
    if (!e->set) return;
    if (e->whole_run)
        fprintf(out, "ska import: %s\n", e->msg);
    else if (e->line > 0)
        diag_print_line(out, e->path, e->line, e->col, e->text, e->len, e->msg);
    else
        fprintf(out, "%s: error: %s\n", e->path, e->msg);
}

const char *import_error_message(const Importer *im) { return im->err.set ? im->err.msg : NULL; }

/* ---- the session ---- */

static Importer *import_open(const char *db_path, StoreMode mode, char **err)
{
    Store *st = store_open(db_path, mode, err);
    if (!st) return NULL;
    /* An import touches each page a few times only: a page cache smaller
     * than a reader's keeps its peak memory bounded whatever the file size. */
    sqlite3_exec(store_db(st), "PRAGMA cache_size=-24576", NULL, NULL, NULL);
    Importer *im = xcalloc(1, sizeof *im);
    im->st = st;
    return im;
}

Importer *import_begin(const char *db_path, char **err)
{
    /* Whether the store exists only picks how to open it: a new one is
     * built aside and linked into place, and if another run creates it
     * first, import_commit says so and the caller imports into that one. */
    return import_open(db_path, access(db_path, F_OK) == 0 ? STORE_WRITE : STORE_NEW, err);
}

Importer *import_begin_memory(const char *name, char **err) { return import_open(name, STORE_MEMORY, err); }

Store *import_store(Importer *im) { return im->st; }

int import_commit(Importer *im)
{
    int rc = store_commit(im->st);
    return rc < 0 ? store_error(im) : rc;
}

static void pending_clear(Importer *im)
{
    for (size_t i = 0; i < im->npending; i++) {
        free(im->pending[i].parent);
        free(im->pending[i].text);
    }
    im->npending = 0;
}

void import_end(Importer *im)
{
    if (!im) return;
    store_close(im->st); /* which rolls back what was not committed */
    free(im->held);
    free(im->ranks);
    free(im->held_slots);
    free(im->held_inds.ids);
    free(im->flushed.ids);
    free(im->fresh.ids);
    free(im->seen);
    idmap_free(&im->inds);
    idmap_free(&im->units);
    idmap_free(&im->names);
    idmap_free(&im->aliases);
    pending_clear(im);
    free(im->pending);
    free(im->paths);
    error_clear(&im->err);
    sb_free(&im->name_buf);
    sb_free(&im->kind_buf);
    free(im);
}

void import_file_begin(Importer *im, const char *path)
{
    im->path = path;
    im->where = NULL;
    VEC_PUSH(im->paths, im->npaths, im->cap_paths, path);
    pending_clear(im);
    idmap_free(&im->aliases); /* each file's summary counts its own */
}

void import_set_where(Importer *im, ImportWhere fn, void *ctx)
{
    im->where = fn;
    im->where_ctx = ctx;
}

/* Runs a statement that returns no row. bound is the OR of the codes its
 * sqlite3_bind_* calls returned (SQLITE_OK is 0, so any failure shows). */
static int exec_stmt(Importer *im, sqlite3_stmt *s, int bound, const char *what)
{
    if (!s || bound != SQLITE_OK) return db_fail(im, what);
    return sqlite3_step(s) == SQLITE_DONE ? 0 : db_fail(im, what);
}

static int bind_id_or_null(sqlite3_stmt *s, int i, int64_t id)
{
    return id > 0 ? sqlite3_bind_int64(s, i, id) : sqlite3_bind_null(s, i);
}

/* ---- indicators ---- */

/* The indicator's id, created if new (*created says so); -1 on error. */
static int64_t indicator_id(Importer *im, const char *key, bool *created)
{
    *created = false;
    int64_t id = idmap_get(&im->inds, key);
    if (id) return id;
    id = store_indicator_id(im->st, key);
    if (id < 0) return db_fail(im, "looking up an indicator");
    if (id == 0) {
        sqlite3_stmt *s = store_stmt(im->st, SI_IND_INSERT, "INSERT INTO indicator(key) VALUES(?1)");
        int bound = s ? sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC) : SQLITE_OK;
        if (exec_stmt(im, s, bound, "adding an indicator") < 0) return -1;
        id = sqlite3_last_insert_rowid(store_db(im->st));
        *created = true;
        idset_add(&im->fresh, id);
    }
    idmap_put(&im->inds, key, id);
    return id;
}

int64_t import_indicator(Importer *im, const char *key)
{
    bool created;
    return indicator_id(im, key, &created);
}

int import_indicator_title(Importer *im, const char *key, const char *title, ImportCounts *c)
{
    bool created;
    int64_t id = indicator_id(im, key, &created);
    if (id < 0) return -1;
    sqlite3_stmt *s = store_stmt(im->st, SI_IND_TITLE,
                                 "UPDATE indicator SET title=?2 WHERE id=?1 AND title IS NOT ?2");
    int bound = s ? sqlite3_bind_int64(s, 1, id) | sqlite3_bind_text(s, 2, title, -1, SQLITE_STATIC) : SQLITE_OK;
    if (exec_stmt(im, s, bound, "setting an indicator's title") < 0) return -1;
    if (created) c->added++;
    else if (sqlite3_changes(store_db(im->st)) == 1) c->changed++;
    else c->unchanged++;
    return 0;
}

/* ---- units ---- */

/* A stored unit's fields; name and kind point into the importer's buffers
 * and stay valid until the next unit_get. */
typedef struct UnitRow {
    int64_t id, parent;
    const char *name, *kind;
} UnitRow;

/* 1 found (row filled), 0 not found, -1 error. */
static int unit_get(Importer *im, const char *code, UnitRow *row)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_GET,
                                 "SELECT id, name, kind, coalesce(parent, 0) FROM unit WHERE code=?1");
    if (!s || sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC) != SQLITE_OK)
        return db_fail(im, "looking up a unit");
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return db_fail(im, "looking up a unit");
    row->id = sqlite3_column_int64(s, 0);
    row->parent = sqlite3_column_int64(s, 3);
    /* Copy out and reset, so no read stays open across later writes. */
    sb_clear(&im->name_buf);
    sb_clear(&im->kind_buf);
    const char *t = (const char *)sqlite3_column_text(s, 1);
    sb_puts(&im->name_buf, t ? t : "");
    t = (const char *)sqlite3_column_text(s, 2);
    sb_puts(&im->kind_buf, t ? t : "");
    sqlite3_reset(s);
    row->name = sb_str(&im->name_buf);
    row->kind = sb_str(&im->kind_buf);
    return 1;
}

/* Id of the unit with this code: 0 if there is none, -1 on error. */
static int64_t unit_id(Importer *im, const char *code)
{
    int64_t id = idmap_get(&im->units, code);
    if (id) return id;
    UnitRow row;
    int found = unit_get(im, code, &row);
    if (found <= 0) return found;
    idmap_put(&im->units, code, row.id);
    return row.id;
}

/* A code as written, and what the store reads it as. */
typedef struct CodeRef {
    const char *code; /* the code to store: text, or pad */
    int64_t id;       /* the stored unit, 0 if there is none yet */
    char pad[9];      /* text with its lost leading zeros */
} CodeRef;

static void note_fix(ImportCounts *c, int fix, const char *text, const char *code)
{
    if (c->fixed[fix]++ == 0)
        snprintf(c->fixed_first[fix], sizeof c->fixed_first[fix], "%.40s → %.40s", text, code);
}

/* Stored code of the unit with this id, into im->name_buf. 0 or -1. */
static int code_of(Importer *im, int64_t id)
{
    UnitInfo u;
    if (store_unit_get(im->st, id, &u) != 1) return db_fail(im, "reading a unit");
    sb_clear(&im->name_buf);
    sb_puts(&im->name_buf, u.code);
    unit_info_free(&u);
    return 0;
}

/* Reads text, written where a unit code belongs, as unit_names.h says: the
 * stored code itself; a stored unit's name; or the code padded with the
 * leading zeros a spreadsheet dropped, to the one width that fits (kind, if
 * known, decides; else a stored unit of that width). name is the name the
 * row gives the unit, if any: a units file may define a code without
 * digits ("A;Ankeby"), but not one that is the unit's name. 0 with *r
 * filled, or -1 with the error recorded at site. */
static int code_read(Importer *im, const char *text, const char *kind, const char *name,
                     const ImportSite *site, ImportCounts *c, CodeRef *r)
{
    r->code = text;
    r->id = idmap_get(&im->aliases, text);
    if (r->id) return 0;
    if ((r->id = unit_id(im, text)) != 0) return r->id < 0 ? -1 : 0;
    int n = (int)import_clip(text, strlen(text));
    if (unit_code_is_name(text) && !(name && *name && strcmp(name, text) != 0)) {
        r->id = import_unit_by_name(im, text);
        if (r->id == -1) return -1;
        if (r->id == -2)
            return import_fail(im, site, "several stored units are called \"%.*s\" (write the unit's code instead)", n, text);
        if (r->id == 0)
            return import_unknown_name(im, site, text, "write the unit's code, such as 0181, or import the unit first");
        if (code_of(im, r->id) < 0) return -1;
        note_fix(c, IMPORT_FIX_NAME, text, sb_str(&im->name_buf));
        idmap_put(&im->aliases, text, r->id);
        return 0;
    }
    int pads = unit_code_pads(text, kind);
    if (!pads) return 0;
    char p4[5], p8[9];
    snprintf(p4, sizeof p4, "%04d", atoi(text));
    snprintf(p8, sizeof p8, "%08ld", atol(text));
    int64_t id4 = pads & UNIT_PAD4 ? unit_id(im, p4) : 0, id8 = pads & UNIT_PAD8 ? unit_id(im, p8) : 0;
    if (id4 < 0 || id8 < 0) return -1;
    if (id4 && id8)
        return import_fail(im, site, "code %.*s lost its leading zeros, and both %s and %s are stored units"
                           " (write the code in full; in a spreadsheet, format the column as text)", n, text, p4, p8);
    bool eight = id8 || !(pads & UNIT_PAD4);
    snprintf(r->pad, sizeof r->pad, "%s", eight ? p8 : p4);
    r->code = r->pad;
    r->id = eight ? id8 : id4;
    note_fix(c, eight ? IMPORT_FIX_PAD8 : IMPORT_FIX_PAD4, text, r->code);
    if (r->id) idmap_put(&im->aliases, text, r->id);
    return 0;
}

/* Where the parent will come from: its id now, 0 for "none", or -2 when it
 * must wait for the end of the file (its code, as read, then in r). -1 on
 * error. */
static int64_t parent_now(Importer *im, const ImportUnit *u, ImportCounts *c, CodeRef *r)
{
    if (!u->parent || !*u->parent) return 0;
    if (strcmp(u->parent, u->code) == 0)
        return import_fail(im, &u->parent_site, "unit %.*s cannot be its own parent",
                           import_clip(u->code, strlen(u->code)), u->code);
    if (code_read(im, u->parent, NULL, NULL, &u->parent_site, c, r) < 0) return -1;
    return r->id == 0 ? -2 : r->id;
}

static void defer_parent(Importer *im, int64_t unit, const ImportUnit *u, const char *parent, RowClass cls,
                         int64_t old_parent)
{
    Pending p = {unit, xstrdup(parent), cls, old_parent, u->parent_site.line,
                 u->parent_site.col, NULL, u->parent_site.len};
    if (u->parent_site.text) p.text = xstrndup(u->parent_site.text, u->parent_site.len);
    VEC_PUSH(im->pending, im->npending, im->cap_pending, p);
}

/* A kind as the store keeps it: "skola" and "School" are both "school". */
static const char *stored_kind(const char *kind)
{
    const char *canonical = kind ? unit_kind_canonical(kind) : NULL;
    return canonical ? canonical : kind;
}

static int64_t unit_insert(Importer *im, const char *code, const char *name, const char *kind,
                           int64_t parent)
{
    kind = stored_kind(kind);
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_INSERT,
                                 "INSERT INTO unit(code, name, kind, parent) VALUES(?1, ?2, ?3, ?4)");
    int bound = SQLITE_OK;
    if (s)
        bound = sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 2, name && *name ? name : code, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 3, kind ? kind : "", -1, SQLITE_STATIC) | bind_id_or_null(s, 4, parent);
    if (exec_stmt(im, s, bound, "adding a unit") < 0) return -1;
    int64_t id = sqlite3_last_insert_rowid(store_db(im->st));
    idmap_put(&im->units, code, id);
    return id;
}

int64_t import_unit_ref(Importer *im, const ImportUnit *u, ImportCounts *c)
{
    CodeRef r, pr;
    if (code_read(im, u->code, stored_kind(u->kind), NULL, &u->site, c, &r) < 0) return -1;
    if (r.id != 0) return r.id;
    int64_t parent = parent_now(im, u, c, &pr);
    if (parent == -1) return -1;
    int64_t id = unit_insert(im, r.code, u->name, u->kind, parent > 0 ? parent : 0);
    if (id < 0) return -1;
    if (r.code != u->code) idmap_put(&im->aliases, u->code, id);
    c->units_added++;
    size_t used = strlen(c->new_units), n = strlen(r.code);
    if (used + n + 3 < sizeof c->new_units)
        snprintf(c->new_units + used, sizeof c->new_units - used, "%s%s", used ? ", " : "", r.code);
    if (parent == -2) defer_parent(im, id, u, pr.code, ROW_NONE, 0);
    return id;
}

int import_unit_organiser(Importer *im, int64_t id, const char *organiser, const char *kind)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_ORGANISER,
        "UPDATE unit SET organiser=coalesce(?2, organiser), organiser_kind=coalesce(?3, organiser_kind)"
        " WHERE id=?1 AND (organiser IS NOT coalesce(?2, organiser)"
        " OR organiser_kind IS NOT coalesce(?3, organiser_kind))");
    int bound = SQLITE_OK;
    if (s)
        bound = sqlite3_bind_int64(s, 1, id) |
                (organiser ? sqlite3_bind_text(s, 2, organiser, -1, SQLITE_STATIC) : sqlite3_bind_null(s, 2)) |
                (kind ? sqlite3_bind_text(s, 3, kind, -1, SQLITE_STATIC) : sqlite3_bind_null(s, 3));
    return exec_stmt(im, s, bound, "setting a unit's organiser");
}

static void count_row(ImportCounts *c, RowClass cls)
{
    if (cls == ROW_ADDED) c->added++;
    else if (cls == ROW_CHANGED) c->changed++;
    else if (cls == ROW_SAME) c->unchanged++;
}

/* Updates a stored unit from a units-file row; columns the file lacks keep
 * their stored values, and a parent still to be resolved (parent == -2) is
 * left for import_file_end. Returns how the row compared, ROW_NONE on error. */
static RowClass unit_update(Importer *im, const ImportUnit *u, const UnitRow *old, int64_t parent)
{
    const char *name = u->name && *u->name ? u->name : old->name;
    const char *kind = u->kind ? stored_kind(u->kind) : old->kind;
    int64_t new_parent = parent >= 0 && u->parent ? parent : old->parent;
    if (strcmp(name, old->name) == 0 && strcmp(kind, old->kind) == 0 && new_parent == old->parent)
        return ROW_SAME;
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_UPDATE,
                                 "UPDATE unit SET name=?2, kind=?3, parent=?4 WHERE id=?1");
    int bound = SQLITE_OK;
    if (s)
        bound = sqlite3_bind_int64(s, 1, old->id) | sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 3, kind, -1, SQLITE_STATIC) | bind_id_or_null(s, 4, new_parent);
    return exec_stmt(im, s, bound, "updating a unit") < 0 ? ROW_NONE : ROW_CHANGED;
}

int import_unit_row(Importer *im, const ImportUnit *u, ImportCounts *c)
{
    CodeRef r, pr;
    if (code_read(im, u->code, stored_kind(u->kind), u->name, &u->site, c, &r) < 0) return -1;
    int64_t parent = parent_now(im, u, c, &pr);
    if (parent == -1) return -1;
    UnitRow old;
    int found = 0;
    if (r.id) {
        if (code_of(im, r.id) < 0) return -1;
        char *code = xstrdup(sb_str(&im->name_buf));
        found = unit_get(im, code, &old);
        free(code);
        if (found < 0) return -1;
    }
    int64_t id;
    RowClass cls;
    if (!found) {
        id = unit_insert(im, r.code, u->name, u->kind, parent > 0 ? parent : 0);
        if (id < 0) return -1;
        if (r.code != u->code) idmap_put(&im->aliases, u->code, id);
        cls = ROW_ADDED;
    } else {
        id = old.id;
        cls = unit_update(im, u, &old, parent);
        if (cls == ROW_NONE) return -1;
    }
    if (parent == -2) defer_parent(im, id, u, pr.code, cls, found ? old.parent : 0);
    else count_row(c, cls);
    return 0;
}

static int set_parent(Importer *im, int64_t unit, int64_t parent)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_SET_PARENT, "UPDATE unit SET parent=?2 WHERE id=?1");
    int bound = s ? sqlite3_bind_int64(s, 1, unit) | sqlite3_bind_int64(s, 2, parent) : SQLITE_OK;
    return exec_stmt(im, s, bound, "setting a unit's parent");
}

static int flush_held(Importer *im);

int import_file_end(Importer *im, ImportCounts *c)
{
    if (flush_held(im) < 0) return -1;
    for (size_t i = 0; i < im->npending; i++) {
        const Pending *p = &im->pending[i];
        int64_t parent = unit_id(im, p->parent);
        if (parent < 0) return -1;
        if (parent == 0) {
            ImportSite site = {p->line, p->col, p->text, p->len};
            return import_fail(im, &site, "parent \"%.*s\" is not a unit in this file or in the store",
                               import_clip(p->parent, strlen(p->parent)), p->parent);
        }
        if (set_parent(im, p->unit, parent) < 0) return -1;
        RowClass cls = p->cls;
        if (cls == ROW_SAME && parent != p->old_parent) cls = ROW_CHANGED;
        count_row(c, cls);
    }
    pending_clear(im);
    return 0;
}

/* One exact name: as import_unit_by_name. */
static int64_t unit_by_exact_name(Importer *im, const char *name)
{
    int64_t id;
    /* Names are not unique (a school may share a kommun's name): the
     * municipality wins, and two equally good matches are an error. */
    sqlite3_stmt *s = store_stmt(im->st, SI_UNIT_BY_NAME,
                                 "SELECT id, kind='kommun' FROM unit WHERE name=?1"
                                 " ORDER BY 2 DESC, id LIMIT 2");
    if (!s || sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC) != SQLITE_OK)
        return db_fail(im, "looking up a unit by name");
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return db_fail(im, "looking up a unit by name");
    id = sqlite3_column_int64(s, 0);
    int best = sqlite3_column_int(s, 1);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW && sqlite3_column_int(s, 1) == best) id = -2;
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(im, "looking up a unit by name");
    sqlite3_reset(s);
    return id;
}

int64_t import_unit_by_name(Importer *im, const char *name)
{
    int64_t id = idmap_get(&im->names, name);
    if (id) return id;
    char *forms[UNIT_NAME_FORMS];
    int n = unit_name_forms(name, forms);
    for (int i = 0; i < n; i++) {
        if (id == 0) id = unit_by_exact_name(im, forms[i]);
        free(forms[i]);
    }
    if (id > 0) idmap_put(&im->names, name, id);
    return id;
}

int import_unknown_name(Importer *im, const ImportSite *site, const char *name, const char *advice)
{
    StrBuf near = {0};
    if (unit_names_closest(im->st, name, &near) < 0) return db_fail(im, "listing the units");
    int n = import_clip(name, strlen(name));
    int rc = near.len ? import_fail(im, site, "no stored unit is called \"%.*s\" (closest: %s; %s)", n, name,
                                    sb_str(&near), advice)
                      : import_fail(im, site, "no stored unit is called \"%.*s\" (%s)", n, name, advice);
    sb_free(&near);
    return rc;
}

/* ---- results ---- */

/* ?1..?4 the key, ?5..?8 value, status, n, src (each after the first at
 * parameters: a multi-row statement's row), the same numbers in every
 * statement, so one binder serves them. */
static int bind_result(sqlite3_stmt *s, int at, const ImportKey *k, const ImportValue *v, int64_t src)
{
    if (!s) return SQLITE_OK; /* exec_stmt reports the failed prepare */
    return sqlite3_bind_int64(s, at + 1, k->ind) | sqlite3_bind_int(s, at + 2, (int)k->grp) |
           sqlite3_bind_int(s, at + 3, k->period) | sqlite3_bind_int64(s, at + 4, k->unit) |
           (v->status == VS_OK ? sqlite3_bind_double(s, at + 5, v->value) : sqlite3_bind_null(s, at + 5)) |
           sqlite3_bind_int(s, at + 6, (int)v->status) |
           (v->count >= 0 ? sqlite3_bind_int64(s, at + 7, v->count) : sqlite3_bind_null(s, at + 7)) |
           sqlite3_bind_int64(s, at + 8, src);
}

/* The import_run row of this run, made when its first result is stored. */
static int begin_run(Importer *im)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_RUN_INSERT, "INSERT INTO import_run(started) VALUES(?1)");
    char now[STORE_TIME_MAX];
    if (exec_stmt(im, s, s ? sqlite3_bind_text(s, 1, store_time(now), -1, SQLITE_TRANSIENT) : SQLITE_OK,
                  "recording the import") < 0)
        return -1;
    im->run = sqlite3_last_insert_rowid(store_db(im->st));
    return 0;
}

/* The stored row of key k. 1 found, 0 none, -1 error. */
static int result_get(Importer *im, const ImportKey *k, StoredValue *old, int64_t *src)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_RESULT_GET,
        "SELECT value, status, n, coalesce(src, 0) FROM result"
        " WHERE ind=?1 AND grp=?2 AND period=?3 AND unit=?4");
    if (!s || (sqlite3_bind_int64(s, 1, k->ind) | sqlite3_bind_int(s, 2, (int)k->grp) |
               sqlite3_bind_int(s, 3, k->period) | sqlite3_bind_int64(s, 4, k->unit)) != SQLITE_OK)
        return db_fail(im, "reading a stored result");
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return db_fail(im, "reading a stored result");
    old->status = (ValueStatus)sqlite3_column_int(s, 1);
    old->value = sqlite3_column_double(s, 0);
    old->count = sqlite3_column_type(s, 2) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 2);
    *src = sqlite3_column_int64(s, 3);
    sqlite3_reset(s);
    return 1;
}

static bool same_value(const StoredValue *old, const ImportValue *v)
{
    return old->status == v->status && old->count == v->count &&
           (v->status != VS_OK || old->value == v->value);
}

/* Two rows of this run for one key, with different values. */
static int duplicate(Importer *im, int64_t src)
{
    size_t file = (size_t)(src / SRC_LINES % SRC_FILES);
    long line = (long)(src % SRC_LINES);
    ImportSite at = im->where ? im->where(im->where_ctx) : (ImportSite){0, 0, NULL, 0};
    StrBuf first = {0};
    if (file + 1 == im->npaths) sb_printf(&first, "line %ld", line);
    else if (file < im->npaths) sb_printf(&first, "%s:%ld", im->paths[file], line);
    else sb_printf(&first, "an earlier file, line %ld", line);
    int rc = import_fail(im, at.line ? &at : NULL,
                         "a second value for the same indicator, unit, period and group (the first is on %s): "
                         "keep one of the two rows", sb_str(&first));
    sb_free(&first);
    return rc;
}

/* A value an import replaces is kept, with the import that replaced it
 * (src), so that a follow-up can show what was revised since it was judged
 * (store_history.c). Only changed values are kept twice. */
static int keep_revision(Importer *im, const ImportKey *k, const StoredValue *old, int64_t old_src, int64_t src)
{
    sqlite3_stmt *s = store_stmt(im->st, SI_REVISION,
        "INSERT INTO revision(ind, grp, period, unit, value, status, n, src, old_src)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    ImportValue was = {old->value, old->status, old->count, 0};
    int rc = bind_result(s, 0, k, &was, src);
    if (s) rc |= old_src ? sqlite3_bind_int64(s, 9, old_src) : sqlite3_bind_null(s, 9);
    return exec_stmt(im, s, rc, "keeping a revised value");
}

/* Stores one result: added, changed or unchanged. fresh: its indicator
 * is new in this run, so no stored row can have its key (import_result
 * has sent this run's second rows for a key away), and a plain INSERT,
 * one search of the b-tree where an upsert's conflict check makes two,
 * adds it. */
static int store_result(Importer *im, const ImportKey *k, const ImportValue *v, int64_t src, bool fresh,
                        ImportCounts *c)
{
    sqlite3_stmt *s = fresh ? store_stmt_rebound(im->st, SI_RESULT_ADD,
        "INSERT INTO result(ind, grp, period, unit, value, status, n, src)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                            : store_stmt_rebound(im->st, SI_RESULT_INSERT,
        "INSERT INTO result(ind, grp, period, unit, value, status, n, src)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " ON CONFLICT(ind, grp, period, unit) DO NOTHING");
    if (exec_stmt(im, s, bind_result(s, 0, k, v, src), "storing a result") < 0) return -1;
    if (fresh || sqlite3_changes(store_db(im->st)) == 1) {
        c->added++;
        return 0;
    }
    /* The key exists: from an earlier import (then this is a change, or
     * not). A row of this run import_result has decided already. */
    StoredValue old = {0, VS_OK, -1};
    int64_t old_src = 0;
    int got = result_get(im, k, &old, &old_src);
    if (got < 0) return -1;
    if (got == 0) return import_fail(im, NULL, "a stored result could not be read back");
    bool same = same_value(&old, v);
    if (!same && keep_revision(im, k, &old, old_src, src) < 0) return -1;
    s = store_stmt_rebound(im->st, SI_RESULT_UPDATE,
        "UPDATE result SET value=?5, status=?6, n=?7, src=?8"
        " WHERE ind=?1 AND grp=?2 AND period=?3 AND unit=?4");
    if (exec_stmt(im, s, bind_result(s, 0, k, v, src), "updating a result") < 0) return -1;
    if (same) c->unchanged++;
    else c->changed++;
    return 0;
}

/* Rows of a fresh indicator one INSERT adds at a time (VALUES with a row
 * of parameters each): the statement keeps its b-tree cursor from row to
 * row, and a row that goes at the end of the table (rows come in key
 * order) is then placed without a search from the root. An indicator's
 * last rows go ADD_FEW at a time: a statement a row costs as much as ten
 * rows of a statement. */
#define ADD_ROWS 64
#define ADD_FEW 8
#define ADD_ROW "(?,?,?,?,?,?,?,?)"
#define ADD_ROWS_4 ADD_ROW "," ADD_ROW "," ADD_ROW "," ADD_ROW
#define ADD_ROWS_8 ADD_ROWS_4 "," ADD_ROWS_4
#define ADD_ROWS_16 ADD_ROWS_8 "," ADD_ROWS_8
#define ADD_ROWS_64 ADD_ROWS_16 "," ADD_ROWS_16 "," ADD_ROWS_16 "," ADD_ROWS_16
#define ADD_SQL "INSERT INTO result(ind, grp, period, unit, value, status, n, src) VALUES"

/* Adds rows (ADD_ROWS or ADD_FEW) held rows of a fresh indicator (see
 * store_result). */
static int add_rows(Importer *im, const Held *h, size_t rows, ImportCounts *c)
{
    sqlite3_stmt *s = rows == ADD_ROWS ? store_stmt_rebound(im->st, SI_RESULT_ADD_MANY, ADD_SQL ADD_ROWS_64)
                                       : store_stmt_rebound(im->st, SI_RESULT_ADD_FEW, ADD_SQL ADD_ROWS_8);
    int bound = SQLITE_OK;
    for (size_t i = 0; i < rows; i++) bound |= bind_result(s, 8 * (int)i, &h[i].k, &h[i].v, h[i].src);
    if (exec_stmt(im, s, bound, "storing a result") < 0) return -1;
    c->added += (int64_t)rows;
    return 0;
}

static uint64_t key_hash(const ImportKey *k)
{
    uint64_t h = (uint64_t)k->ind * 0x9E3779B97F4A7C15u ^ (uint64_t)k->unit * 0xC2B2AE3D27D4EB4Fu ^
                 (uint64_t)k->period * 0x165667B19E3779F9u ^ (uint64_t)k->grp;
    h = (h ^ h >> 33) * 0xFF51AFD7ED558CCDu; /* MurmurHash3's finaliser: every bit mixed */
    return h ^ h >> 33;
}

/* The filter's two bits for key k. */
static void seen_bits(const ImportKey *k, size_t bit[2])
{
    uint64_t h = key_hash(k);
    bit[0] = (size_t)h & (SEEN_BITS - 1);
    bit[1] = (size_t)(h >> 32) & (SEEN_BITS - 1);
}

static void seen_add(Importer *im, const ImportKey *k)
{
    if (!im->seen) im->seen = xmalloc_huge(SEEN_BITS / 64 * sizeof *im->seen, true);
    size_t bit[2];
    seen_bits(k, bit);
    for (int i = 0; i < 2; i++) im->seen[bit[i] / 64] |= (uint64_t)1 << bit[i] % 64;
}

/* false: this run has surely not inserted key k; true: it may have. */
static bool seen_maybe(const Importer *im, const ImportKey *k)
{
    if (!im->seen) return false;
    size_t bit[2];
    seen_bits(k, bit);
    for (int i = 0; i < 2; i++)
        if (!(im->seen[bit[i] / 64] >> bit[i] % 64 & 1)) return false;
    return true;
}

static bool same_key(const ImportKey *a, const ImportKey *b)
{
    return a->ind == b->ind && a->unit == b->unit && a->grp == b->grp && a->period == b->period;
}

/* The slot of key k among the held rows: empty, or the held row's. */
static uint32_t *held_slot(Importer *im, const ImportKey *k)
{
    if (!im->held) {
        im->held = xmalloc_huge(sizeof *im->held * HOLD_ROWS, false);
        im->held_slots = xmalloc_huge(HOLD_SLOTS * sizeof *im->held_slots, true);
    }
    size_t i = (size_t)key_hash(k) & (HOLD_SLOTS - 1);
    while (im->held_slots[i] && !same_key(&im->held[im->held_slots[i] - 1].k, k)) i = (i + 1) & (HOLD_SLOTS - 1);
    return &im->held_slots[i];
}

static int cmp_held(const void *a, const void *b)
{
    const ImportKey *x = &((const Held *)a)->k, *y = &((const Held *)b)->k;
    if (x->ind != y->ind) return x->ind < y->ind ? -1 : 1;
    if (x->grp != y->grp) return x->grp < y->grp ? -1 : 1;
    if (x->period != y->period) return x->period < y->period ? -1 : 1;
    return (x->unit > y->unit) - (x->unit < y->unit);
}

/* Bits that hold 0..range. */
static unsigned bits_for(uint64_t range)
{
    unsigned b = 0;
    while (b < 64 && range >> b) b++;
    return b;
}

static uint64_t shift_in(uint64_t key, unsigned bits, uint64_t field)
{
    return (bits < 64 ? key << bits : 0) | field;
}

#define RADIX_BITS 11

/* Sorts the held rows as cmp_held does, in a few linear passes: each key
 * field less its least held value, packed into one integer (a file's
 * keys fit: some indicators, groups and periods, some thousand units),
 * radix-sorted. false, sorting nothing, when the packed key needs more
 * than 64 bits. */
static bool sort_packed(Importer *im)
{
    const Held *h = im->held;
    size_t n = im->nheld;
    int64_t lo[4], hi[4];
    for (size_t i = 0; i < n; i++) {
        int64_t f[4] = {h[i].k.ind, h[i].k.grp, h[i].k.period, h[i].k.unit};
        for (int j = 0; j < 4; j++) {
            if (i == 0 || f[j] < lo[j]) lo[j] = f[j];
            if (i == 0 || f[j] > hi[j]) hi[j] = f[j];
        }
    }
    unsigned bits[4], total = 0;
    for (int j = 0; j < 4; j++) total += bits[j] = bits_for((uint64_t)hi[j] - (uint64_t)lo[j]);
    if (total > 64) return false;
    if (!im->ranks) im->ranks = xmalloc_huge(2 * HOLD_ROWS * sizeof *im->ranks, false);
    Ranked *a = im->ranks, *b = im->ranks + HOLD_ROWS;
    for (size_t i = 0; i < n; i++) {
        int64_t f[4] = {h[i].k.ind, h[i].k.grp, h[i].k.period, h[i].k.unit};
        uint64_t key = 0;
        for (int j = 0; j < 4; j++) key = shift_in(key, bits[j], (uint64_t)f[j] - (uint64_t)lo[j]);
        a[i] = (Ranked){key, (uint32_t)i};
    }
    for (unsigned shift = 0; shift < total; shift += RADIX_BITS) {
        static size_t count[1 << RADIX_BITS];
        memset(count, 0, sizeof count);
        for (size_t i = 0; i < n; i++) count[a[i].key >> shift & ((1 << RADIX_BITS) - 1)]++;
        for (size_t d = 0, sum = 0; d < 1 << RADIX_BITS; d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) b[count[a[i].key >> shift & ((1 << RADIX_BITS) - 1)]++] = a[i];
        Ranked *t = a;
        a = b;
        b = t;
    }
    /* row j's place holds row a[j].at: moved in place, a cycle of the
     * permutation at a time (a done place is marked with its own index),
     * rather than copied into a second buffer as large as the held rows */
    Held *rows = im->held;
    for (size_t i = 0; i < n; i++) {
        if (a[i].at == i) continue;
        Held first = rows[i];
        size_t j = i;
        while (a[j].at != i) {
            size_t from = a[j].at;
            rows[j] = rows[from];
            a[j].at = (uint32_t)j;
            j = from;
        }
        rows[j] = first;
        a[j].at = (uint32_t)j;
    }
    return true;
}

/* Inserts the held rows in the store's key order: each lands beside the
 * last in the b-tree, where rows in file order (Kolada's: indicator, unit,
 * year, group) each search their place anew. */
static int flush_held(Importer *im)
{
    if (!im->nheld) return 0;
    if (!sort_packed(im)) qsort(im->held, im->nheld, sizeof *im->held, cmp_held);
    bool fresh = false;
    for (size_t i = 0, n; i < im->nheld; i += n) {
        const Held *h = &im->held[i];
        if (i == 0 || h->k.ind != h[-1].k.ind) {
            idset_add(&im->flushed, h->k.ind);
            fresh = idset_has(&im->fresh, h->k.ind);
        }
        for (n = 0; fresh && n < ADD_ROWS && i + n < im->nheld && h[n].k.ind == h->k.ind;) n++;
        n = n == ADD_ROWS ? ADD_ROWS : n >= ADD_FEW ? ADD_FEW : 1;
        if (n > 1 ? add_rows(im, h, n, im->held_counts) < 0
                  : store_result(im, &h->k, &h->v, h->src, fresh, im->held_counts) < 0)
            return -1;
        for (size_t j = 0; j < n; j++) seen_add(im, &h[j].k);
    }
    im->nheld = 0;
    idset_clear(&im->held_inds);
    memset(im->held_slots, 0, HOLD_SLOTS * sizeof *im->held_slots);
    return 0;
}

static bool held_same(const ImportValue *a, const ImportValue *b)
{
    return a->status == b->status && a->count == b->count && (b->status != VS_OK || a->value == b->value);
}

int import_result(Importer *im, const ImportKey *k, const ImportValue *v, ImportCounts *c)
{
    if (!im->run && begin_run(im) < 0) return -1;
    size_t file = im->npaths ? im->npaths - 1 : 0;
    int64_t src = (im->run * SRC_FILES + (int64_t)(file < SRC_FILES ? file : SRC_FILES - 1)) * SRC_LINES +
                  (v->line > 0 && v->line < SRC_LINES ? v->line : 0);
    if (im->nheld && im->held_counts != c && flush_held(im) < 0) return -1;
    /* A second row of this run for one key is decided here, while the
     * reader is still at it (the error shows its line): against a row
     * held back, or one this run stored already. */
    uint32_t *slot = held_slot(im, k);
    if (*slot) {
        const Held *first = &im->held[*slot - 1];
        if (!held_same(&first->v, v)) return duplicate(im, first->src);
        c->unchanged++;
        return 0;
    }
    if (idset_has(&im->flushed, k->ind) && seen_maybe(im, k)) {
        StoredValue old = {0, VS_OK, -1};
        int64_t old_src = 0;
        int got = result_get(im, k, &old, &old_src);
        if (got < 0) return -1;
        if (got && SRC_RUN(old_src) == im->run) {
            if (!same_value(&old, v)) return duplicate(im, old_src);
            c->unchanged++;
            return 0;
        }
    }
    /* held until full, or once half full until a row names an indicator
     * not held: a file in indicator order then inserts each indicator in
     * one go, and a wide file (several indicators a row) fills the buffer
     * before any of its indicators is flushed (a later row of a flushed
     * indicator costs a read of the store) */
    if (im->nheld == HOLD_ROWS || (im->nheld >= HOLD_ROWS / 2 && !idset_has(&im->held_inds, k->ind))) {
        if (flush_held(im) < 0) return -1;
        slot = held_slot(im, k);
    }
    if (!im->nheld || im->held[im->nheld - 1].k.ind != k->ind) idset_add(&im->held_inds, k->ind);
    im->held[im->nheld] = (Held){*k, *v, src};
    *slot = (uint32_t)++im->nheld;
    im->held_counts = c;
    return 0;
}
