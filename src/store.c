/* store.c — opening the SQLite store (readers beside one writer in WAL
 * mode; a new store built aside and linked into place), its schema, and
 * the lookups the evaluator makes. Every statement is prepared once per
 * connection (see store_stmt) and reused with bound parameters; all return
 * codes are checked and turned into an error message the caller can show.
 * Import lives in store_import.c. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "store_history.h"
#include "store_internal.h"
#include "util.h"

struct Store {
    sqlite3 *db;
    char *path;
    char *tmp;  /* a new store: the file it is built in, until store_commit */
    int tmp_fd; /* that file's descriptor (mkstemp), for fsync; else -1 */
    char *err;
    sqlite3_stmt *stmts[STORE_STMT_SLOTS];
    int read_depth;       /* nested store_read_begin calls */
    int64_t data_version; /* at the last read transaction's start; 0 none yet */
    int64_t nunits;       /* units in the store, -1 until counted (store_scan_set) */
    struct PointEntry *points; /* see store_point: npoints slots, points_used filled */
    size_t npoints, points_used;
};

const char *const group_names[GRP_COUNT] = {"totalt", "flickor", "pojkar", "personal", "rektor"};

bool group_parse(const char *s, size_t n, Group *out)
{
#define W(word, g) {word, sizeof word - 1, g}
    static const struct { const char *word; size_t len; Group g; } words[] = {
        W("t", GRP_TOTAL), W("k", GRP_GIRLS), W("m", GRP_BOYS), /* Kolada's, first */
        W("totalt", GRP_TOTAL), W("total", GRP_TOTAL),
        W("samtliga", GRP_TOTAL), W("alla", GRP_TOTAL), W("all", GRP_TOTAL),
        W("flickor", GRP_GIRLS), W("girls", GRP_GIRLS),
        W("kvinnor", GRP_GIRLS), W("female", GRP_GIRLS),
        W("pojkar", GRP_BOYS), W("boys", GRP_BOYS),
        W("män", GRP_BOYS), W("male", GRP_BOYS),
        W("personal", GRP_STAFF), W("staff", GRP_STAFF), W("rektor", GRP_HEAD), W("head", GRP_HEAD),
    };
#undef W
    /* an import asks once a row: words of another length are passed over
     * without comparing them, and s is compared where it is */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (words[i].len != n) continue;
        size_t k = 0;
        while (k < n && ascii_lower(s[k]) == words[i].word[k]) k++;
        if (k == n) {
            *out = words[i].g;
            return true;
        }
    }
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

const char *unit_set_kind(const char *word)
{
    static const struct { const char *word, *kind; } words[] = {
        {"alla_skolor", "school_all"}, {"all_schools", "school_all"},
        {"fristående_skolor", "school_independent"}, {"fristående_skola", "school_independent"},
        {"independent_schools", "school_independent"}, {"independent_school", "school_independent"},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_ieq(word, words[i].word)) return words[i].kind;
    const char *kind = unit_kind_canonical(word);
    return kind && strcmp(kind, "riket") != 0 ? kind : NULL;
}

const char *organiser_kind_canonical(const char *word)
{
    static const struct { const char *word, *kind; } words[] = {
        {"kommunal", "kommunal"}, {"municipal", "kommunal"},
        {"enskild", "enskild"}, {"fristående", "enskild"}, {"independent", "enskild"},
        {"statlig", "statlig"}, {"state", "statlig"},
        {"region", "region"}, {"regional", "region"},
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

/* Added in version 3: values an import replaced (revision: the old value,
 * src the import that replaced it) and recorded judgements (store_history.c).
 * A version 2 store gets them from its next writer; readers read it as it is
 * (it has no history yet). Version 4 packs a judgement's items and values in
 * judgement_run.items; a version 3 store (rows in judgement and
 * judgement_value) gets the column from its next writer and keeps its rows
 * for the runs recorded before. */
#define HISTORY_SQL \
    "CREATE TABLE IF NOT EXISTS revision(" \
    " ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL, unit INTEGER NOT NULL," \
    " src INTEGER NOT NULL, value REAL, status INTEGER NOT NULL, n INTEGER, old_src INTEGER," \
    " PRIMARY KEY(ind, grp, period, unit, src)) WITHOUT ROWID;" \
    "CREATE TABLE IF NOT EXISTS judgement_run(" \
    " id INTEGER PRIMARY KEY, recorded TEXT NOT NULL, label TEXT NOT NULL, plan TEXT NOT NULL," \
    " plan_title TEXT NOT NULL, plan_hash TEXT NOT NULL, period INTEGER, last_import INTEGER NOT NULL," \
    " achieved INTEGER NOT NULL, partly INTEGER NOT NULL, failed INTEGER NOT NULL, nodata INTEGER NOT NULL," \
    " items BLOB);"

static const char *const schema_sql =
    "CREATE TABLE IF NOT EXISTS unit("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " kind TEXT NOT NULL DEFAULT '', parent INTEGER REFERENCES unit(id),"
    " organiser TEXT, organiser_kind TEXT);"
    "CREATE INDEX IF NOT EXISTS unit_by_kind ON unit(kind, parent);"
    "CREATE INDEX IF NOT EXISTS unit_by_name ON unit(name);"
    "CREATE TABLE IF NOT EXISTS indicator("
    " id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT);"
    "CREATE TABLE IF NOT EXISTS result("
    " ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL,"
    " unit INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0,"
    " n INTEGER, src INTEGER, PRIMARY KEY(ind, grp, period, unit)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS import_run(id INTEGER PRIMARY KEY, started TEXT NOT NULL);"
    HISTORY_SQL;

/* Version 1 stores lack where each value came from (result.src) and the
 * runs it points to, who runs each unit, and the history; a writer adds them
 * in place. */
static const char *const upgrade_from_3_sql = "ALTER TABLE judgement_run ADD COLUMN items BLOB;";
static const char *const upgrade_from_2_sql = HISTORY_SQL;
static const char *const upgrade_from_1_sql =
    "ALTER TABLE result ADD COLUMN src INTEGER;"
    "ALTER TABLE unit ADD COLUMN organiser TEXT;"
    "ALTER TABLE unit ADD COLUMN organiser_kind TEXT;"
    "CREATE TABLE IF NOT EXISTS import_run(id INTEGER PRIMARY KEY, started TEXT NOT NULL);"
    HISTORY_SQL;

static char *fmt_err(const char *what, const char *detail)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s: %s", what, detail);
    return sb.data;
}

/* "what: SQLite's message", with the system's reason where SQLite's says
 * little ("disk I/O error (No space left on device)"). */
static char *db_err(sqlite3 *db, const char *what)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s: %s", what, sqlite3_errmsg(db));
    int rc = sqlite3_errcode(db), e = sqlite3_system_errno(db);
    if (e && (rc == SQLITE_IOERR || rc == SQLITE_FULL || rc == SQLITE_CANTOPEN))
        sb_printf(&sb, " (%s)", strerror(e));
    return sb.data;
}

char *store_name_problem(const char *path)
{
    StrBuf sb = {0};
    /* SQLite would open a private, temporary database for these: an
     * import would succeed and store nothing. */
    if (!*path) sb_puts(&sb, "the store name is empty");
    else if (strcmp(path, ":memory:") == 0)
        sb_puts(&sb, "\":memory:\" is not a file: a store is a file (write ./:memory: for a file so named)");
    else if (strncmp(path, "file:", 5) == 0)
        sb_printf(&sb, "\"%s\" is an SQLite URI: a store is named by its file (write ./%s for a file so named)",
                  path, path);
    return sb.data;
}

/* How long a writer waits for another (and a reader for a recovery). */
#define STORE_BUSY_DEFAULT 30
static int store_busy_seconds(void)
{
    const char *s = getenv("SKA_BUSY_TIMEOUT");
    char *end = NULL;
    long v = s && *s ? strtol(s, &end, 10) : -1;
    return v >= 0 && v <= 86400 && end && !*end ? (int)v : STORE_BUSY_DEFAULT;
}

static int exec(Store *s, const char *sql) { return sqlite3_exec(s->db, sql, NULL, NULL, NULL); }

/* Opens file into s->db with flags; false with *err set (from errno: SQLite's
 * own message for a missing file is "unable to open database file"). */
static bool open_db(Store *s, const char *file, int flags, char **err)
{
    /* ska uses SQLite from one thread only: without its mutexes every call
     * is cheaper. sqlite3_config works only before SQLite initialises
     * itself (the first open); a program that initialised it already (a
     * fuzzer harness) gets SQLITE_MISUSE and keeps the serialized mode,
     * which is as correct, only slower. */
    static bool configured;
    if (!configured) {
        configured = true;
        (void)sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
    }
    if (sqlite3_open_v2(file, &s->db, flags, NULL) == SQLITE_OK) {
        sqlite3_busy_timeout(s->db, store_busy_seconds() * 1000);
        return true;
    }
    int e = s->db ? sqlite3_system_errno(s->db) : 0;
    if (e == ENOENT && !(flags & SQLITE_OPEN_CREATE))
        *err = fmt_err(s->path, "cannot open the store (does it exist? `ska import` creates it)");
    else if (e)
        *err = fmt_err(s->path, strerror(e));
    else
        *err = fmt_err(s->path, s->db ? sqlite3_errmsg(s->db) : "cannot open the store");
    sqlite3_close(s->db);
    s->db = NULL;
    return false;
}

/* "PATH: cannot create PATH-wal beside it: <errno text>": what SQLite's
 * "unable to open database file" means once the store itself is open. */
static char *wal_err(Store *s, int rc)
{
    int e = sqlite3_system_errno(s->db);
    if ((rc & 0xff) != SQLITE_CANTOPEN || !e) return db_err(s->db, s->path);
    StrBuf sb = {0};
    sb_printf(&sb, "%s: cannot create %s-wal and %s-shm beside it (SQLite's log of a store): %s",
              s->path, s->path, s->path, strerror(e));
    return sb.data;
}

enum { SCHEMA_ERROR, SCHEMA_EMPTY, SCHEMA_OLD, SCHEMA_NO_HISTORY, SCHEMA_ROWS, SCHEMA_SKA };

/* Whether s->db is a ska store of this version (SCHEMA_SKA), an empty
 * database (SCHEMA_EMPTY: a new or a 0-byte file), or anything else
 * (SCHEMA_ERROR, *err set, *rc SQLite's code); SCHEMA_OLD, with *err
 * set, for a version 1 store a writer can bring up to date; SCHEMA_NO_HISTORY
 * for a version 2 store, which readers read as it is (without history) and a
 * writer brings up to date; SCHEMA_ROWS the same for a version 3 store
 * (judgements in rows). Reads only. */
static int schema_state(Store *s, char **err, int *rc)
{
    sqlite3_stmt *st = NULL;
    *rc = sqlite3_prepare_v2(s->db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                    " (SELECT count(*) FROM sqlite_master)", -1, &st, NULL);
    if (*rc == SQLITE_OK) *rc = sqlite3_step(st);
    int version = *rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    int tables = *rc == SQLITE_ROW ? sqlite3_column_int(st, 1) : -1;
    sqlite3_finalize(st);
    StrBuf sb = {0};
    if (*rc == SQLITE_NOTADB)
        sb_printf(&sb, "%s: not a ska store (not an SQLite database)", s->path);
    else if (*rc != SQLITE_ROW)
        sb.data = wal_err(s, *rc);
    else if (version == STORE_SCHEMA_VERSION)
        return SCHEMA_SKA;
    else if (version == 2)
        return SCHEMA_NO_HISTORY;
    else if (version == 3)
        return SCHEMA_ROWS;
    else if (version == 0 && tables == 0)
        return SCHEMA_EMPTY;
    else if (version == 0)
        sb_printf(&sb, "%s: not a ska store (it has tables but no ska schema version)", s->path);
    else if (version == 1) {
        *err = fmt_err(s->path, "a store of an older ska (schema version 1): an import into it "
                                "(`ska import` of any file) brings it up to date");
        return SCHEMA_OLD;
    }
    else
        sb_printf(&sb, "%s: store schema version %d, this ska reads version %d", s->path, version,
                  STORE_SCHEMA_VERSION);
    *err = sb.data;
    return SCHEMA_ERROR;
}

/* file:PATH?immutable=1 with PATH percent-encoded. */
static char *immutable_uri(const char *path)
{
    StrBuf sb = {0};
    sb_puts(&sb, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                     strchr("/._-", *p);
        if (plain) sb_putc(&sb, (char)*p);
        else sb_printf(&sb, "%%%02X", *p);
    }
    sb_puts(&sb, "?immutable=1");
    return sb.data;
}

static bool exists(const char *path, const char *suffix)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s%s", path, suffix);
    bool yes = access(sb_str(&sb), F_OK) == 0;
    sb_free(&sb);
    return yes;
}

/* A reader never writes the store: SQLite refuses every change on it
 * (query_only), and an empty or foreign file is refused rather than given a
 * schema. It is opened read-write all the same, as SQLITE_OPEN_READONLY
 * leaves the -wal and -shm files beside the store after every read: a
 * read-only connection cannot checkpoint and remove them when it is the
 * last to close. (A file SQLite cannot write it opens read-only.) */
static bool open_read(Store *s, char **err)
{
    if (!open_db(s, s->path, SQLITE_OPEN_READWRITE, err)) return false;
    exec(s, "PRAGMA query_only=1");
    int rc, state = schema_state(s, err, &rc);
    if (state == SCHEMA_ERROR && (rc & 0xff) == SQLITE_CANTOPEN && !exists(s->path, "-wal")) {
        /* The directory cannot be written, so SQLite cannot create the
         * -shm a WAL reader shares with writers. Then no writer can work
         * either (it needs the -wal there), and with no -wal left behind
         * the file alone is the whole store: reading it as immutable (no
         * locks, no log) is safe. */
        free(*err);
        sqlite3_close(s->db);
        s->db = NULL;
        char *uri = immutable_uri(s->path);
        bool ok = open_db(s, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
        free(uri);
        if (!ok) return false;
        state = schema_state(s, err, &rc);
    }
    if (state == SCHEMA_EMPTY) *err = fmt_err(s->path, "not a ska store (the file is empty)");
    return state == SCHEMA_SKA || state == SCHEMA_NO_HISTORY || state == SCHEMA_ROWS;
}

/* The message for a write lock not had in time. SQLITE_BUSY in WAL mode
 * means another writer: readers never hold the write lock. */
static char *lock_err(Store *s, int rc)
{
    if ((rc & 0xff) != SQLITE_BUSY) return wal_err(s, rc);
    StrBuf sb = {0};
    sb_printf(&sb, "%s: another `ska import` (or another program) is writing to it; waited %d s"
                   " (SKA_BUSY_TIMEOUT sets how long)", s->path, store_busy_seconds());
    return sb.data;
}

/* Creates the schema; inside the caller's write transaction. */
/* Runs sql (the schema, or the upgrade of a version 1 store) and sets the
 * version, inside the writer's transaction. */
static bool write_schema(Store *s, const char *sql, char **err)
{
    char *msg = NULL, version[40];
    snprintf(version, sizeof version, "PRAGMA user_version=%d", STORE_SCHEMA_VERSION);
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK &&
        sqlite3_exec(s->db, version, NULL, NULL, &msg) == SQLITE_OK)
        return true;
    *err = msg ? fmt_err(s->path, msg) : db_err(s->db, s->path);
    sqlite3_free(msg);
    return false;
}

/* An existing store (or an empty file) for the one writer: WAL, so readers
 * go on reading the last commit while it writes, then the write lock.
 *
 * What WAL costs (bench/gen.c small, 958 343 rows, against the rollback
 * journal imports used before): a bulk load into an existing store writes
 * each page twice, to the log and then to the store (49 MB written instead
 * of 24.5 MB; 2.9 M rows: 301 MB instead of 150 MB), for the same work
 * (callgrind, 300 000 rows: 4.565 G instructions instead of 4.550 G; a
 * re-import of the same rows, writing nothing, 6.687 G instead of 6.676 G).
 * The big load, a new store, is built aside (open_new) without any journal:
 * 24.5 MB written, 4.562 G instructions instead of 4.559 G. (Wall times on
 * this 2-core machine shared with other work varied 2x from run to run.)
 * synchronous stays FULL: one transaction syncs its log once, and an import
 * that says it stored the rows has. */
static bool open_write(Store *s, char **err)
{
    if (!open_db(s, s->path, SQLITE_OPEN_READWRITE, err)) return false;
    if (sqlite3_db_readonly(s->db, "main") == 1) {
        /* SQLite opens a file it cannot write read-only without a word */
        StrBuf sb = {0};
        int e = access(s->path, W_OK) == 0 ? EACCES : errno;
        sb_printf(&sb, "%s is read-only: cannot write to it (%s)", s->path, strerror(e));
        *err = sb.data;
        return false;
    }
    int rc, state = schema_state(s, err, &rc);
    if (state == SCHEMA_ERROR) return false; /* a foreign database is left as it was */
    /* journal_size_limit: a big import's log is cut back when it is reused */
    if ((rc = exec(s, "PRAGMA journal_mode=WAL")) != SQLITE_OK ||
        (rc = exec(s, "PRAGMA journal_size_limit=67108864; BEGIN IMMEDIATE")) != SQLITE_OK) {
        *err = lock_err(s, rc);
        return false;
    }
    /* an empty file may have been given a schema by a writer before us */
    if (state == SCHEMA_EMPTY || state == SCHEMA_OLD || state == SCHEMA_NO_HISTORY || state == SCHEMA_ROWS) {
        free(*err);
        *err = NULL;
        state = schema_state(s, err, &rc);
    }
    if (state == SCHEMA_OLD) {
        free(*err);
        *err = NULL;
    }
    if (state == SCHEMA_EMPTY) return write_schema(s, schema_sql, err);
    if (state == SCHEMA_OLD) return write_schema(s, upgrade_from_1_sql, err);
    if (state == SCHEMA_NO_HISTORY) return write_schema(s, upgrade_from_2_sql, err);
    if (state == SCHEMA_ROWS) return write_schema(s, upgrade_from_3_sql, err);
    return state == SCHEMA_SKA;
}

/* The temporary file of the new store being built, for the signal handler:
 * Ctrl-C or a kill during a first import removes it (kill -9 cannot). */
static const char *volatile building;
static const int interrupting[] = {SIGINT, SIGTERM, SIGHUP};

static void drop_building(int sig)
{
    if (building) unlink(building);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Catches the signals that would end the run (not those it was started
 * ignoring, as `cmd &` in a script ignores SIGINT), or with NULL lets go. */
static void watch_building(const char *tmp)
{
    building = tmp;
    for (size_t i = 0; i < sizeof interrupting / sizeof interrupting[0]; i++) {
        struct sigaction now;
        if (sigaction(interrupting[i], NULL, &now) != 0) continue;
        if (tmp ? now.sa_handler == SIG_DFL : now.sa_handler == drop_building)
            signal(interrupting[i], tmp ? drop_building : SIG_DFL);
    }
}

/* A new store is built in a temporary file beside its name (same directory,
 * so it can be linked into place) that no other process knows of: no
 * journal on disk and no syncs while it is written, since a failed or
 * killed run only leaves (or removes) that file. store_commit puts it in
 * place. */
static bool open_new(Store *s, char **err)
{
    /* no signal between making the file and watching for signals */
    sigset_t stop, was;
    sigemptyset(&stop);
    for (size_t i = 0; i < sizeof interrupting / sizeof interrupting[0]; i++) sigaddset(&stop, interrupting[i]);
    sigprocmask(SIG_BLOCK, &stop, &was);
    s->tmp_fd = tmpfile_beside(s->path, &s->tmp);
    if (s->tmp_fd >= 0) watch_building(s->tmp);
    sigprocmask(SIG_SETMASK, &was, NULL);
    if (s->tmp_fd < 0) {
        const char *slash = strrchr(s->path, '/');
        StrBuf sb = {0};
        sb_printf(&sb, "%s: cannot create the store in %.*s: %s", s->path,
                  slash ? (int)(slash - s->path) : 1, slash ? s->path : ".", strerror(errno));
        *err = sb.data;
        return false;
    }
    if (!open_db(s, s->tmp, SQLITE_OPEN_READWRITE, err)) return false;
    int rc = exec(s, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        *err = wal_err(s, rc);
        return false;
    }
    return write_schema(s, schema_sql, err);
}

/* A store nobody else sees, gone when closed: no journal, no syncs. */
static bool open_memory(Store *s, char **err)
{
    if (!open_db(s, ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, err))
        return false;
    if (exec(s, "BEGIN IMMEDIATE") != SQLITE_OK) {
        *err = db_err(s->db, s->path);
        return false;
    }
    return write_schema(s, schema_sql, err);
}

Store *store_open(const char *path, StoreMode mode, char **err)
{
    *err = mode == STORE_MEMORY ? NULL : store_name_problem(path);
    if (*err) return NULL;
    Store *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->tmp_fd = -1;
    s->nunits = -1;
    bool ok = mode == STORE_READ ? open_read(s, err) : mode == STORE_NEW ? open_new(s, err)
            : mode == STORE_MEMORY ? open_memory(s, err) : open_write(s, err);
    if (!ok) {
        store_close(s);
        return NULL;
    }
    /* A large page cache pays off for whole-plan checks on big stores. A
     * reader maps the file (SQLite caps the size at its maximum): pages are
     * read from the kernel's cache in place, not copied by a read(2) each
     * into memory of our own. Writers never map it, and nothing truncates
     * a store in place (a new one is put beside and renamed). */
    if (mode == STORE_READ)
        exec(s, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=4294967296");
    return s;
}

/* Closes the connection; statements first, or sqlite3_close refuses. */
static void close_db(Store *st)
{
    for (int i = 0; i < STORE_STMT_SLOTS; i++) {
        sqlite3_finalize(st->stmts[i]);
        st->stmts[i] = NULL;
    }
    sqlite3_close(st->db);
    st->db = NULL;
}

/* Makes the built store durable, then gives it its name: link(2) fails if
 * the name exists meanwhile, so another run's store is never replaced.
 * 0 in place, 1 the name was taken meanwhile, -1 error. */
static int publish(Store *st)
{
    const char *what = "switching the new store to WAL";
    int rc = 0;
    sqlite3_stmt *q = NULL;
    /* journal_mode answers with the mode it is in: "wal" or the old one */
    if (sqlite3_prepare_v2(st->db, "PRAGMA journal_mode=WAL", -1, &q, NULL) != SQLITE_OK ||
        sqlite3_step(q) != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(q, 0), "wal") != 0)
        rc = -1;
    sqlite3_finalize(q);
    if (rc < 0) return store_fail(st, what);
    close_db(st);
    int e = 0;
    bool linked = false;
    if (fsync(st->tmp_fd) != 0) what = "syncing the new store", e = errno;
    /* where hard links are not supported, a rename that will not replace */
    else if (!(linked = link(st->tmp, st->path) == 0) &&
             (errno == EEXIST || renameat2(AT_FDCWD, st->tmp, AT_FDCWD, st->path, RENAME_NOREPLACE) != 0))
        what = "putting the new store in place", e = errno;
    if (e == EEXIST) return 1;
    if (e) {
        free(st->err);
        st->err = fmt_err(what, strerror(e));
        return -1;
    }
    /* the handler stays until the name is gone: a signal in between would
     * leave the temporary file beside the store */
    if (linked) unlink(st->tmp);
    watch_building(NULL);
    free(st->tmp);
    st->tmp = NULL;
    /* the new name lasts through a crash once its directory is synced */
    const char *slash = strrchr(st->path, '/');
    char *dir = slash ? xstrndup(st->path, (size_t)(slash - st->path + 1)) : xstrdup(".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
    return 0;
}

int store_commit(Store *st)
{
    if (exec(st, "COMMIT") != SQLITE_OK) return store_fail(st, "committing");
    return st->tmp ? publish(st) : 0;
}

void store_close(Store *st)
{
    if (!st) return;
    if (st->db) close_db(st);
    if (st->tmp) { /* a new store not put in place */
        unlink(st->tmp);
        watch_building(NULL);
    }
    if (st->tmp_fd >= 0) close(st->tmp_fd);
    free(st->tmp);
    free(st->path);
    free(st->err);
    free(st->points);
    free(st);
}

const char *store_path(const Store *st) { return st->path; }
void store_interrupt(Store *st) { sqlite3_interrupt(st->db); }
const char *store_errmsg(const Store *st) { return st->err ? st->err : "no error"; }
sqlite3 *store_db(Store *st) { return st->db; }

const char *store_time(char buf[STORE_TIME_MAX])
{
    const char *fixed = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long epoch = fixed && *fixed ? strtoll(fixed, &end, 10) : -1;
    time_t t = end && *end == '\0' && epoch >= 0 ? (time_t)epoch : time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, STORE_TIME_MAX, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

int store_fail(Store *st, const char *what)
{
    free(st->err);
    st->err = db_err(st->db, what);
    return -1;
}

int store_fail_msg(Store *st, const char *msg)
{
    free(st->err);
    st->err = fmt_err(st->path, msg);
    return -1;
}

static sqlite3_stmt *stmt_reset(Store *st, int slot, const char *sql, bool clear)
{
    sqlite3_stmt *s = st->stmts[slot];
    if (s) {
        sqlite3_reset(s);
        if (clear) sqlite3_clear_bindings(s);
        return s;
    }
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
        store_fail(st, "preparing a query");
        return NULL;
    }
    st->stmts[slot] = s;
    return s;
}

sqlite3_stmt *store_stmt(Store *st, int slot, const char *sql) { return stmt_reset(st, slot, sql, true); }

sqlite3_stmt *store_stmt_rebound(Store *st, int slot, const char *sql) { return stmt_reset(st, slot, sql, false); }

enum {
    S_IND_ID, S_UNIT_BY_CODE, S_UNIT_BY_NAME, S_UNIT_GET, S_POINT, S_LATEST,
    S_SCAN_RANGE, S_UNIT_COUNT, S_UNITS_KIND, S_UNITS_KIND_PARENT,
    S_PERIODS, S_LIST_IND, S_LIST_UNITS, S_HAS_PERIOD, S_DATA_VERSION
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

static void points_forget(Store *st);

int store_read_begin(Store *st)
{
    if (st->read_depth++ > 0) return 0;
    if (exec(st, "BEGIN") != SQLITE_OK) return store_fail(st, "starting to read");
    /* data_version starts the read transaction (it reads the file's
     * header), so it is the version of the commit every read below sees */
    int64_t v = lookup_int(st, store_stmt(st, S_DATA_VERSION, "PRAGMA data_version"));
    if (v < 0) return -1;
    int changed = v != st->data_version; /* the first time: read before, outside any */
    st->data_version = v;
    if (changed) {
        st->nunits = -1;
        points_forget(st);
    }
    return changed;
}

void store_read_end(Store *st)
{
    if (st->read_depth == 0 || --st->read_depth > 0) return;
    /* a statement left stepping (a scan stopped early) keeps the read open */
    for (int i = 0; i < STORE_STMT_SLOTS; i++)
        if (st->stmts[i]) sqlite3_reset(st->stmts[i]);
    /* an error or an interrupt may have ended the transaction already */
    if (!sqlite3_get_autocommit(st->db)) exec(st, "COMMIT");
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

/* The columns of VALUE_COLS at col: a missing value reads 0 and a missing
 * pupil count -1, in SQL, which is cheaper than asking each column's type
 * (a scan reads every unit's row). */
#define VALUE_COLS "coalesce(value, 0), status, coalesce(n, -1)"
static void read_value(sqlite3_stmt *s, int col, StoredValue *v)
{
    v->value = sqlite3_column_double(s, col);
    v->status = (ValueStatus)sqlite3_column_int(s, col + 1);
    v->count = sqlite3_column_int64(s, col + 2);
}

/* Plans read the same values over and over (a 10 000-goal plan names each
 * indicator's value for the organiser in hundreds of targets): inside a
 * read transaction, point lookups are remembered in a direct-mapped table
 * (a collision replaces the older entry), kept while the store's data
 * version stays the same. The table starts small and doubles whenever half
 * of it is filled, up to POINT_CACHE_MAX slots: a short plan touches a few
 * pages of memory, not the whole table (each new page is a page fault). */
#define POINT_CACHE_MIN 256
#define POINT_CACHE_MAX 16384
struct PointEntry {
    int64_t ind, unit;
    Period p;
    int g;    /* -1: empty */
    int found;
    StoredValue v;
};

static struct PointEntry *point_slot(const Store *st, int64_t ind, int g, Period p, int64_t unit)
{
    uint64_t h = (uint64_t)ind * 0x9E3779B97F4A7C15u ^ (uint64_t)unit * 0xC2B2AE3D27D4EB4Fu ^
                 (uint64_t)p * 0x165667B19E3779F9u ^ (uint64_t)g;
    return &st->points[(h ^ h >> 29) % st->npoints];
}

/* A table of n empty slots, holding what the old one held. */
static void points_resize(Store *st, size_t n)
{
    struct PointEntry *old = st->points;
    size_t oldn = st->npoints;
    st->points = xmalloc(sizeof *st->points * n);
    st->npoints = n;
    st->points_used = 0;
    for (size_t i = 0; i < n; i++) st->points[i].g = -1;
    for (size_t i = 0; i < oldn; i++) {
        if (old[i].g < 0) continue;
        struct PointEntry *e = point_slot(st, old[i].ind, old[i].g, old[i].p, old[i].unit);
        if (e->g < 0) st->points_used++;
        *e = old[i];
    }
    free(old);
}

static void points_forget(Store *st)
{
    for (size_t i = 0; i < st->npoints; i++) st->points[i].g = -1;
    st->points_used = 0;
}

int store_point(Store *st, int64_t ind, Group g, Period p, int64_t unit, StoredValue *out)
{
    if (st->read_depth && !st->points) points_resize(st, POINT_CACHE_MIN);
    struct PointEntry *e = st->read_depth ? point_slot(st, ind, (int)g, p, unit) : NULL;
    if (e && e->g == (int)g && e->ind == ind && e->unit == unit && e->p == p) {
        if (e->found) *out = e->v;
        return e->found;
    }
    sqlite3_stmt *s = store_stmt(st, S_POINT,
        "SELECT " VALUE_COLS " FROM result WHERE ind=?1 AND grp=?2 AND period=?3 AND unit=?4");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    sqlite3_bind_int(s, 3, p);
    sqlite3_bind_int64(s, 4, unit);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return store_fail(st, "reading a value");
    StoredValue v = {0};
    if (rc == SQLITE_ROW) read_value(s, 0, &v), *out = v;
    sqlite3_reset(s);
    if (e) {
        if (e->g < 0) st->points_used++;
        *e = (struct PointEntry){ind, unit, p, (int)g, rc == SQLITE_ROW, v};
        if (st->points_used * 2 > st->npoints && st->npoints < POINT_CACHE_MAX)
            points_resize(st, st->npoints * 2);
    }
    return rc == SQLITE_ROW;
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

/* A set kind as plans name it (unit_set_kind) is a stored kind and whose
 * units of it count: a municipality's own schools are those of type
 * kommunal, or of no known type (a store whose units came without it). */
typedef enum Owner { OWN_ANY, OWN_MUNICIPAL, OWN_INDEPENDENT } Owner;
static const char *stored_set_kind(const char *set, Owner *owner)
{
    *owner = OWN_ANY;
    if (strcmp(set, "school") == 0) *owner = OWN_MUNICIPAL;
    else if (strcmp(set, "school_independent") == 0) *owner = OWN_INDEPENDENT;
    return strncmp(set, "school", 6) == 0 ? "school" : set;
}
#define OWNER_SQL \
    " AND (?6 = 0 OR (?6 = 1 AND coalesce(u.organiser_kind, 'kommunal') = 'kommunal')" \
    " OR (?6 = 2 AND u.organiser_kind = 'enskild'))"

/* A key lookup costs about as much as stepping over this many rows of a
 * range scan (SQLite 3.40, the result table's key, pages cached): a set
 * with fewer members than the store's units / KEY_READ_ROWS is read by
 * its members' keys. (The rows of (ind, g, p) are at most one per unit.) */
#define KEY_READ_ROWS 8

static int64_t unit_count(Store *st)
{
    if (st->nunits < 0) st->nunits = lookup_int(st, store_stmt(st, S_UNIT_COUNT, "SELECT count(*) FROM unit"));
    return st->nunits;
}

int store_scan_way(Store *st, size_t n)
{
    int64_t total = unit_count(st);
    if (total < 0) return -1;
    if ((int64_t)n * KEY_READ_ROWS < total) return SCAN_BY_KEYS;
    return (int64_t)n * 2 < total ? SCAN_SKIPPING : SCAN_EVERY_ROW;
}

int store_scan_set(Store *st, int64_t ind, Group g, Period p, const int64_t *units, size_t n,
                   StoreRowFn fn, void *ctx)
{
    if (units && n == 0) return 0;
    int way = units ? store_scan_way(st, n) : SCAN_EVERY_ROW;
    if (way < 0) return -1;
    if (way == SCAN_BY_KEYS) {
        for (size_t i = 0; i < n; i++) {
            StoredValue v;
            int found = store_point(st, ind, g, p, units[i], &v);
            if (found < 0) return -1;
            if (found && !fn(ctx, units[i], p, &v)) return 0;
        }
        return 0;
    }
    sqlite3_stmt *s = store_stmt(st, S_SCAN_RANGE,
        "SELECT unit, " VALUE_COLS " FROM result WHERE ind=?1 AND grp=?2 AND period=?3");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, ind);
    sqlite3_bind_int(s, 2, (int)g);
    sqlite3_bind_int(s, 3, p);
    /* both ascend by unit: a merge passes over the units not in the set */
    size_t i = 0;
    int rc = SQLITE_DONE;
    while ((!units || i < n) && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t unit = sqlite3_column_int64(s, 0);
        if (units) {
            while (i < n && units[i] < unit) i++;
            if (i == n || units[i] != unit) continue;
        }
        StoredValue v;
        read_value(s, 1, &v);
        if (!fn(ctx, unit, p, &v)) break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return store_fail(st, "scanning values");
    sqlite3_reset(s);
    return 0;
}

int64_t store_units_of(Store *st, const char *kind, int64_t parent, int64_t **ids)
{
    Owner owner;
    kind = stored_set_kind(kind, &owner);
    sqlite3_stmt *s = parent
        ? store_stmt(st, S_UNITS_KIND_PARENT,
                     "SELECT id FROM unit u WHERE kind=?4 AND parent=?5" OWNER_SQL " ORDER BY name")
        : store_stmt(st, S_UNITS_KIND, "SELECT id FROM unit u WHERE kind=?4" OWNER_SQL " ORDER BY name");
    *ids = NULL;
    if (!s) return -1;
    sqlite3_bind_text(s, 4, kind, -1, SQLITE_STATIC);
    if (parent) sqlite3_bind_int64(s, 5, parent);
    sqlite3_bind_int(s, 6, (int)owner);
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
