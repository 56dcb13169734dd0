/* store.h — the results store: one SQLite file holding units, indicators and
 * result rows. Every statement is prepared once with bound parameters and
 * reused; nothing from a plan or data file is pasted into SQL text. This is
 * the only module (with store_import.c) that includes sqlite3.h.
 *
 * Schema (PRAGMA user_version = STORE_SCHEMA_VERSION), always in WAL mode:
 *   unit(id, code UNIQUE, name, kind, parent -> unit.id, organiser, organiser_kind)
 *   indicator(id, key UNIQUE, title)
 *   result(ind, grp, period, unit, value, status, n, src)
 *     WITHOUT ROWID, PRIMARY KEY (ind, grp, period, unit)
 *   import_run(id, started)
 *   revision, judgement_run: the history (store_history.h), added in
 *     version 3; version 4 packs a judgement in one judgement_run row
 * src says where a value was last imported from: the import run, the
 * file's place among that run's files and the line (store_import.c). A
 * version 1 store (no src) is brought up to date by the next import.
 * The key order makes "one indicator, one group, one period, all units" a
 * single range scan (rules, ranks, means over units) while a point lookup
 * stays one b-tree descent. */
#ifndef SKA_STORE_H
#define SKA_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "period.h"

#define STORE_SCHEMA_VERSION 4

typedef struct Store Store;

/* Groups a value is reported for: the pupils (totalt, flickor, pojkar), or
 * who rated a self-assessment (självskattning) of a unit: its staff
 * (personal) or its head (rektor), each rating the same criteria. */
typedef enum Group {
    GRP_TOTAL = 0, GRP_GIRLS = 1, GRP_BOYS = 2, GRP_STAFF = 3, GRP_HEAD = 4, GRP_COUNT = 5
} Group;
/* "totalt", "flickor", "pojkar", "personal", "rektor" */
extern const char *const group_names[GRP_COUNT];
/* Accepts totalt/flickor/pojkar, total/girls/boys, T/K/M, samtliga/alla, kvinnor/män,
 * personal/staff, rektor/head (any case). Returns false if s names no group. */
bool group_parse(const char *s, size_t n, Group *out);

/* Why a stored value is what it is. Missing values are never zero. */
typedef enum ValueStatus {
    VS_OK = 0,       /* value present */
    VS_TOO_FEW = 1,  /* published as ".." : too few pupils */
    VS_NO_DATA = 2,  /* published as "."  : no data */
    VS_NEAR100 = 3,  /* published as "~100": close to 100 %, withheld */
    VS_NULL = 4      /* empty / null in the source file */
} ValueStatus;
/* Text shown where the value would have been: "..", ".", "~100", "–". */
const char *value_status_mark(ValueStatus vs);
/* Skolverket publishes a share as "~100" when 1–4 pupils are NOT counted
 * in it; groups under 10 pupils are not published at all. So "~100" of n
 * pupils lies in [100(n-4)/n, 100(n-1)/n], and without n in [60, 100). */
#define NEAR100_MIN_PUPILS 10

typedef struct StoredValue {
    double value;        /* meaningful for VS_OK */
    ValueStatus status;
    int64_t count;       /* number of pupils, -1 if not given */
} StoredValue;

/* The kind of unit a word names, in Swedish or English, any case:
 * school/schools/skola/skolor/skolenhet -> "school",
 * municipality/municipalities/kommun/kommuner -> "kommun",
 * riket/nation -> "riket"; NULL for any other word. The importer stores
 * these spellings as the canonical kind; rules name them after `for each`. */
const char *unit_kind_canonical(const char *word);
#define UNIT_KIND_WORDS "school, schools, skola, skolor, skolenhet, municipality, " \
                        "municipalities, kommun, kommuner"

/* A set of units a rule goes over (`for each WORD`) or a plan names:
 * "school" (the organiser's own schools: of type kommunal, or of no known
 * type), "school_all" (alla_skolor, all_schools: every school in the
 * municipality), "school_independent" (fristående_skolor,
 * independent_schools), "kommun"; NULL for any other word. The scans below
 * take these kinds. */
const char *unit_set_kind(const char *word);
#define UNIT_SET_WORDS "skola, skolor, school, schools, alla_skolor, all_schools, " \
                       "fristående_skolor, independent_schools, kommun, kommuner, municipality, municipalities"

/* The type of a unit's organiser (huvudman), as Skolverket's "Typ av
 * huvudman" names it: kommunal, enskild (fristående), statlig, region; any
 * case, Swedish or English. NULL for any other word. */
const char *organiser_kind_canonical(const char *word);
#define ORGANISER_KIND_WORDS "Kommunal, Enskild, Statlig or Region"

typedef struct UnitInfo {
    int64_t id;
    char *code, *name, *kind; /* owned by the caller: free with unit_info_free */
    int64_t parent;           /* 0 if none */
} UnitInfo;
void unit_info_free(UnitInfo *u);

/* STORE_READ: an existing store, read only (never written: an empty or
 * foreign file is refused); any number of readers read the last commit,
 * also while an import writes (WAL). STORE_WRITE: an existing store (or an
 * empty file), opened inside its one write transaction (BEGIN IMMEDIATE);
 * a second writer waits SKA_BUSY_TIMEOUT seconds (30) and then fails
 * naming the other writer. STORE_NEW: a new store, built in a temporary
 * file beside path and inside one write transaction; only a successful
 * store_commit (store_internal.h) gives it its name. STORE_MEMORY: a new
 * store in memory only, inside its write transaction (`ska test`'s data);
 * path is only the name messages give it. */
typedef enum StoreMode { STORE_READ, STORE_WRITE, STORE_NEW, STORE_MEMORY } StoreMode;

/* Opens the store at path. On failure returns NULL and sets *err to a
 * malloc'ed message. */
Store *store_open(const char *path, StoreMode mode, char **err);
/* Why path cannot name a store ("", ":memory:", a file: URI: SQLite would
 * open something else than a file), as a malloc'ed message; NULL if it can. */
char *store_name_problem(const char *path);
void store_close(Store *st);
const char *store_path(const Store *st);
/* Asks a query running on st to stop: it then fails with "interrupted".
 * Safe to call from a signal handler (Ctrl-C in the REPL). */
void store_interrupt(Store *st);
/* Message of the last failed call (owned by the store). */
const char *store_errmsg(const Store *st);

/* Each lookup returns 0 when not found and -1 on a database error. */
int64_t store_indicator_id(Store *st, const char *key);
int64_t store_unit_lookup(Store *st, const char *code_or_name);
/* 1 found, 0 not found, -1 error. */
int store_unit_get(Store *st, int64_t id, UnitInfo *out);
/* 1 found, 0 no row, -1 error. */
int store_point(Store *st, int64_t ind, Group g, Period p, int64_t unit, StoredValue *out);
/* 1 if any unit has a row for (ind, g, p), 0 if none, -1 on error. */
int store_has_period(Store *st, int64_t ind, Group g, Period p);
/* Latest period with a row for (ind, g); 0 if none, -1 on error. */
Period store_latest_period(Store *st, int64_t ind, Group g);

/* One read transaction for many lookups: every read until store_read_end
 * sees the same commit, and the store's file is locked and checked once
 * instead of once per lookup (a 10 000-goal check makes ~50 000 of them).
 * Calls nest; only the outermost begins and ends. A REPL reads in one per
 * command, so the next command sees what an import committed meanwhile.
 * store_read_begin returns 1 when the store may have changed since the
 * previous outermost read transaction of this connection (always for the
 * first: reads before it saw no fixed commit), 0 when it has not, -1 on
 * error. */
int store_read_begin(Store *st);
void store_read_end(Store *st);

/* Called once per row of a scan; return false to stop. */
typedef bool (*StoreRowFn)(void *ctx, int64_t unit, Period p, const StoredValue *v);
/* The rows of (ind, g, p) of the units in units[0..n) (ids ascending), in
 * that order: a few units of many are read by their keys, a larger share
 * by one range scan of (ind, g, p) that passes over the others; units
 * NULL: every row of (ind, g, p), by unit. 0, or -1 on error. */
int store_scan_set(Store *st, int64_t ind, Group g, Period p, const int64_t *units, size_t n,
                   StoreRowFn fn, void *ctx);
/* How a set of n units is best read: by its members' keys (a few units of
 * many), by a range scan that passes over the others, or, when the set
 * holds at least half the store's units, by reading every row of the range
 * (little more work, and one such read serves every other set of it). */
typedef enum ScanWay { SCAN_BY_KEYS, SCAN_SKIPPING, SCAN_EVERY_ROW } ScanWay;
/* The ScanWay for a set of n units, or -1 on error. */
int store_scan_way(Store *st, size_t n);
/* Ids of units of a kind (and parent when != 0), ordered by name. Caller frees
 * *ids. Returns count or -1. */
int64_t store_units_of(Store *st, const char *kind, int64_t parent, int64_t **ids);
/* Distinct periods stored for an indicator, ascending; caller frees. -1 on error. */
int64_t store_periods(Store *st, int64_t ind, Period **out);

/* Listing for the REPL and reports: name/title pairs, code/name of units. */
typedef bool (*StoreTextFn)(void *ctx, const char *a, const char *b);
int store_list_indicators(Store *st, StoreTextFn fn, void *ctx);
int store_list_units(Store *st, StoreTextFn fn, void *ctx);

#endif
