/* limit_import.c — the physical limit for `ska import`: the least a C
 * program must do to load the same CSV files into the same schema. It reads
 * units.csv and results.csv as gen.c writes them (no quoting, no header
 * search, no error messages beyond "bad line"), maps keys to ids with hash
 * tables, and inserts every row in one transaction into the WITHOUT ROWID
 * table keyed (ind, grp, period, unit), with the page cache ska import
 * uses and SQLite's default journal. The same schema means the same
 * columns: each row keeps where it was read (src: the run, the file's place
 * in it and the line, packed as ska packs them), which ska's store needs for
 * provenance, duplicate-row errors and the history, and which is an eighth
 * of the row's bytes. What ska does to load fast, it does
 * too: each indicator's rows (the file holds them together, ordered by
 * unit) are sorted by the key before they go in, so the b-tree grows at
 * its end instead of being searched and split in the middle; they go in
 * BATCH to a statement; SQLite runs in single-thread mode (no mutexes).
 *
 *   limit_import STORE.db units.csv results.csv     prints the rows inserted
 *   limit_import --plain STORE.db units.csv results.csv
 *
 * --plain loads the rows into a table without a key (rows appended, no
 * b-tree kept in key order): the floor of any load into SQLite, which a
 * store that looks values up by key cannot reach. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sqlite3 *db;

enum { BATCH = 64, COLS = 8 }; /* rows of one INSERT; the result's columns */

/* src of line L of the run's second file (units.csv is its first), as
 * store_internal.h packs it: (run * 256 + file) * 2^32 + line. */
#define SRC_OF_LINE(line) (((int64_t)1 * 256 + 1) * ((int64_t)1 << 32) + (line))

static void die(const char *what)
{
    fprintf(stderr, "limit_import: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    exit(2);
}

static void exec(const char *sql)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) die(sql);
}

/* ---- a string -> id hash table (open addressing, FNV-1a) ---- */

typedef struct Map { char **keys; int64_t *ids; size_t cap, n; } Map;

static uint32_t fnv(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static size_t slot(const Map *m, const char *s, size_t n)
{
    size_t i = fnv(s, n) & (m->cap - 1);
    while (m->keys[i] && (strncmp(m->keys[i], s, n) != 0 || m->keys[i][n])) i = (i + 1) & (m->cap - 1);
    return i;
}

static int64_t map_get(const Map *m, const char *s, size_t n)
{
    if (!m->cap) return 0;
    size_t i = slot(m, s, n);
    return m->keys[i] ? m->ids[i] : 0;
}

static void map_put(Map *m, const char *s, size_t n, int64_t id)
{
    if (2 * (m->n + 1) > m->cap) {
        Map b = {calloc(m->cap ? 2 * m->cap : 1024, sizeof(char *)), calloc(m->cap ? 2 * m->cap : 1024, sizeof(int64_t)),
                 m->cap ? 2 * m->cap : 1024, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = slot(&b, m->keys[i], strlen(m->keys[i]));
                b.keys[j] = m->keys[i], b.ids[j] = m->ids[i];
            }
        free(m->keys);
        free(m->ids);
        *m = b;
    }
    size_t i = slot(m, s, n);
    m->keys[i] = strndup(s, n);
    m->ids[i] = id;
    m->n++;
}

/* ---- result rows, inserted BATCH at a time ---- */

typedef struct Row { int64_t ind, unit, n, src; int grp, period, status; double value; } Row;

static int cmp_row(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    if (x->grp != y->grp) return x->grp - y->grp;
    if (x->period != y->period) return x->period - y->period;
    return (x->unit > y->unit) - (x->unit < y->unit);
}

/* Inserts rows[0..n) through ins, BATCH rows a statement (or one, for the
 * single-row statement). */
static void insert_rows(sqlite3_stmt *ins, const Row *rows, size_t n)
{
    int per = sqlite3_bind_parameter_count(ins) / COLS;
    for (size_t i = 0; i < n; i++) {
        const Row *w = &rows[i];
        int at = (int)(i % (size_t)per) * COLS;
        sqlite3_bind_int64(ins, at + 1, w->ind);
        sqlite3_bind_int(ins, at + 2, w->grp);
        sqlite3_bind_int(ins, at + 3, w->period);
        sqlite3_bind_int64(ins, at + 4, w->unit);
        if (w->status) sqlite3_bind_null(ins, at + 5);
        else sqlite3_bind_double(ins, at + 5, w->value);
        sqlite3_bind_int(ins, at + 6, w->status);
        if (w->n >= 0) sqlite3_bind_int64(ins, at + 7, w->n);
        else sqlite3_bind_null(ins, at + 7);
        sqlite3_bind_int64(ins, at + 8, w->src);
        if (at + COLS == per * COLS) {
            if (sqlite3_step(ins) != SQLITE_DONE) die("inserting results");
            sqlite3_reset(ins);
        }
    }
}

/* Sorts one indicator's rows by the key and inserts them: BATCH at a
 * time through batch, the rest through one. */
static void insert_indicator(sqlite3_stmt *batch, sqlite3_stmt *one, Row *rows, size_t n)
{
    qsort(rows, n, sizeof *rows, cmp_row);
    size_t whole = n / BATCH * BATCH;
    insert_rows(batch, rows, whole);
    insert_rows(one, rows + whole, n - whole);
}

/* ---- reading lines through a large buffer ---- */

typedef struct Reader { FILE *f; char buf[1 << 16]; size_t pos, end; char line[4096]; } Reader;

static char *next_line(Reader *r, size_t *len)
{
    size_t n = 0;
    for (;;) {
        if (r->pos == r->end) {
            r->end = fread(r->buf, 1, sizeof r->buf, r->f);
            r->pos = 0;
            if (!r->end) return n ? (*len = n, r->line[n] = 0, r->line) : NULL;
        }
        char *p = r->buf + r->pos, *nl = memchr(p, '\n', r->end - r->pos);
        size_t k = nl ? (size_t)(nl - p) : r->end - r->pos;
        if (n + k >= sizeof r->line) die("line too long");
        memcpy(r->line + n, p, k);
        n += k;
        r->pos += k + (nl ? 1 : 0);
        if (nl) break;
    }
    r->line[n] = 0;
    *len = n;
    return r->line;
}

/* Splits line at ';' into at most max fields; returns how many. */
static int split(char *line, char **f, size_t *len, int max)
{
    int k = 0;
    for (char *p = line;; p++) {
        char *semi = strchr(p, ';');
        f[k] = p;
        len[k] = semi ? (size_t)(semi - p) : strlen(p);
        k++;
        if (!semi || k == max) return k;
        *semi = 0;
        p = semi;
    }
}

static FILE *open_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    return f;
}

int main(int argc, char **argv)
{
    int plain = argc == 5 && !strcmp(argv[1], "--plain");
    if (argc != 4 + plain) {
        fprintf(stderr, "usage: limit_import [--plain] STORE.db units.csv results.csv\n");
        return 2;
    }
    argv += plain;
    sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) die(argv[1]);
    exec("PRAGMA cache_size=-24576;"
         "CREATE TABLE unit(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
         " kind TEXT NOT NULL DEFAULT '', parent INTEGER REFERENCES unit(id));"
         "CREATE TABLE indicator(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT);");
    exec(plain ? "CREATE TABLE result(ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL,"
                 " unit INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0, n INTEGER, src INTEGER)"
               : "CREATE TABLE result(ind INTEGER NOT NULL, grp INTEGER NOT NULL, period INTEGER NOT NULL,"
                 " unit INTEGER NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0, n INTEGER, src INTEGER,"
                 " PRIMARY KEY(ind, grp, period, unit)) WITHOUT ROWID");
    exec("BEGIN");
    static Reader r;
    char *f[6];
    size_t len[6], n;
    Map units = {0}, inds = {0};

    sqlite3_stmt *ins;
    if (sqlite3_prepare_v2(db, "INSERT INTO unit(code, name, kind, parent) VALUES(?1, ?2, ?3, ?4)", -1, &ins, NULL))
        die("prepare");
    r.f = open_file(argv[2]);
    next_line(&r, &n); /* header */
    char *line;
    while ((line = next_line(&r, &n))) {
        if (split(line, f, len, 4) != 4) die("bad units line");
        for (int i = 0; i < 3; i++) sqlite3_bind_text(ins, i + 1, f[i], (int)len[i], SQLITE_STATIC);
        int64_t parent = len[3] ? map_get(&units, f[3], len[3]) : 0;
        if (parent) sqlite3_bind_int64(ins, 4, parent);
        else sqlite3_bind_null(ins, 4);
        if (sqlite3_step(ins) != SQLITE_DONE) die("inserting a unit");
        sqlite3_reset(ins);
        map_put(&units, f[0], len[0], sqlite3_last_insert_rowid(db));
    }
    fclose(r.f);
    sqlite3_finalize(ins);

    sqlite3_stmt *ind_ins, *row_ins, *batch_ins;
    char sql[BATCH * 32 + 100] = "INSERT INTO result(ind, grp, period, unit, value, status, n, src) VALUES(?,?,?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(db, "INSERT INTO indicator(key) VALUES(?1)", -1, &ind_ins, NULL) ||
        sqlite3_prepare_v2(db, sql, -1, &row_ins, NULL))
        die("prepare");
    for (int i = 1; i < BATCH; i++) strcat(sql, ",(?,?,?,?,?,?,?,?)");
    if (sqlite3_prepare_v2(db, sql, -1, &batch_ins, NULL)) die("prepare");
    Row *held = NULL; /* the current indicator's rows */
    size_t nheld = 0, cap = 0;
    r.f = open_file(argv[3]);
    r.pos = r.end = 0;
    next_line(&r, &n); /* header */
    long rows = 0;
    while ((line = next_line(&r, &n))) {
        if (split(line, f, len, 6) != 6) die("bad results line");
        int64_t ind = map_get(&inds, f[0], len[0]);
        if (nheld && ind != held[0].ind) {
            insert_indicator(batch_ins, row_ins, held, nheld);
            nheld = 0;
        }
        if (!ind) {
            sqlite3_bind_text(ind_ins, 1, f[0], (int)len[0], SQLITE_STATIC);
            if (sqlite3_step(ind_ins) != SQLITE_DONE) die("inserting an indicator");
            sqlite3_reset(ind_ins);
            map_put(&inds, f[0], len[0], ind = sqlite3_last_insert_rowid(db));
        }
        int64_t unit = map_get(&units, f[1], len[1]);
        if (!unit) die("unknown unit");
        if (nheld == cap && !(held = realloc(held, (cap = cap ? 2 * cap : 4096) * sizeof *held))) die("out of memory");
        Row *w = &held[nheld++];
        w->ind = ind, w->unit = unit;
        w->grp = f[3][0] == 'K' ? 1 : f[3][0] == 'M' ? 2 : 0;
        w->period = atoi(f[2]) * 10;
        w->status = !strcmp(f[4], "..") ? 1 : !strcmp(f[4], ".") ? 2 : !strcmp(f[4], "~100") ? 3 : 0;
        if (!w->status) {
            char *comma = strchr(f[4], ',');
            if (comma) *comma = '.';
            w->value = strtod(f[4], NULL);
        }
        w->n = len[5] ? atoll(f[5]) : -1;
        rows++;
        w->src = SRC_OF_LINE(rows + 1); /* the header is line 1 */
    }
    insert_indicator(batch_ins, row_ins, held, nheld);
    free(held);
    fclose(r.f);
    sqlite3_finalize(ind_ins);
    sqlite3_finalize(row_ins);
    sqlite3_finalize(batch_ins);
    exec("COMMIT");
    sqlite3_close(db);
    printf("%ld\n", rows);
    return 0;
}
