/* store_history.c — recorded judgements and revised values in the store
 * (see store_history.h for the tables). These statements run a few times
 * per command, so each is prepared where it is used and finalized after. */
#include <stdlib.h>
#include <string.h>
#include "eval.h"
#include "store_history.h"
#include "store_internal.h"
#include "util.h"

void recorded_run_free(RecordedRun *r)
{
    free(r->recorded);
    free(r->label);
    free(r->plan);
    free(r->plan_title);
    free(r->plan_hash);
    memset(r, 0, sizeof *r);
}

void recorded_judgement_free(RecordedJudgement *j)
{
    recorded_run_free(&j->run);
    free(j->pack);
    free(j->items);
    free(j->values);
    memset(j, 0, sizeof *j);
}

void revisions_free(Revision *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(r[i].ind);
        free(r[i].unit_code);
        free(r[i].when);
    }
    free(r);
}

static char *column_text(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? xstrdup((const char *)t) : NULL;
}

static int bind_text_or_null(sqlite3_stmt *s, int i, const char *t)
{
    return t ? sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC) : sqlite3_bind_null(s, i);
}

/* Prepares sql; NULL with the store's error set on failure. */
static sqlite3_stmt *prepare(Store *st, const char *sql, const char *what)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK) {
        store_fail(st, what);
        sqlite3_finalize(s);
        return NULL;
    }
    return s;
}

/* Sets the store's error from s and finalizes it; returns -1. */
static int fail(Store *st, sqlite3_stmt *s, const char *what)
{
    store_fail(st, what);
    sqlite3_finalize(s);
    return -1;
}

/* 1 when the store has the history tables (a version 2 store read as it is
 * has not), 0 when not, -1 on error. */
static int has_history(Store *st)
{
    sqlite3_stmt *s = prepare(st, "SELECT count(*) FROM sqlite_master WHERE name='judgement_run'",
                              "reading the schema");
    if (!s) return -1;
    int rc = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) > 0 : store_fail(st, "reading the schema");
    sqlite3_finalize(s);
    return rc;
}

int64_t store_last_import(Store *st)
{
    sqlite3_stmt *s = prepare(st, "SELECT coalesce(max(id), 0) FROM import_run", "reading the imports");
    if (!s) return -1;
    int64_t id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : store_fail(st, "reading the imports");
    sqlite3_finalize(s);
    return id;
}

/* ---- the items column (store_history.h) ---- */

enum { TAG_VALUE = 3, TAG_KIND = 3, TAG_FIRST = 4, TAG_SECOND = 8, TAG_TO = 16, TAG_HI = 32 };

/* A varint: 7 bits a byte, lowest first, the top bit set on all but the
 * last; a signed integer zigzagged first (0, -1, 1, -2… as 0, 1, 2, 3…), so
 * that -1 and small numbers take one byte. */
static unsigned char *put_varint(unsigned char *at, int64_t v)
{
    uint64_t u = (uint64_t)v << 1 ^ (v < 0 ? ~(uint64_t)0 : 0);
    for (; u >= 0x80; u >>= 7) *at++ = (unsigned char)(u | 0x80);
    *at++ = (unsigned char)u;
    return at;
}

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static unsigned char *put_double(unsigned char *at, uint64_t bits)
{
    for (int i = 0; i < 8; i++) at[i] = (unsigned char)(bits >> 8 * i);
    return at + 8;
}

/* The record's fixed part (rec[0, len)) in one piece, then its strings. */
static void put_record(StrBuf *pack, const unsigned char *rec, size_t len, const char *first, const char *second)
{
    sb_putn(pack, (const char *)rec, len);
    if (first) sb_putn(pack, first, strlen(first) + 1);
    if (second) sb_putn(pack, second, strlen(second) + 1);
}

/* the longest varint of 64 bits */
#define VARINT_MAX 10

void judgement_pack_item(StrBuf *pack, const RecordedItem *it)
{
    unsigned char rec[2 + VARINT_MAX], *at = rec;
    *at++ = (unsigned char)(it->kind | (it->title ? TAG_FIRST : 0));
    *at++ = (unsigned char)it->status;
    at = put_varint(at, it->flagged);
    put_record(pack, rec, (size_t)(at - rec), it->key, it->title);
}

void judgement_pack_value(StrBuf *pack, const RecordedValue *v)
{
    unsigned char rec[2 + 4 * VARINT_MAX + 16], *at = rec;
    uint64_t lo = double_bits(v->lo), hi = double_bits(v->hi);
    bool has_hi = !v->missing && hi != lo;
    *at++ = (unsigned char)(TAG_VALUE | (v->ind ? TAG_FIRST : 0) | (v->what ? TAG_SECOND : 0) |
                            (v->period_to ? TAG_TO : 0) | (has_hi ? TAG_HI : 0));
    *at++ = (unsigned char)v->missing;
    at = put_varint(at, v->unit);
    at = put_varint(at, v->period);
    if (v->period_to) at = put_varint(at, v->period_to);
    at = put_varint(at, v->grp);
    if (!v->missing) at = put_double(at, lo);
    if (has_hi) at = put_double(at, hi);
    put_record(pack, rec, (size_t)(at - rec), v->ind, v->what);
}

/* Reads the pack, checking every length: a damaged blob is an error, never
 * a read past its end. */
typedef struct Unpack { const unsigned char *at, *end; bool bad; } Unpack;

static unsigned get_byte(Unpack *u)
{
    if (u->at == u->end) {
        u->bad = true;
        return 0;
    }
    return *u->at++;
}

/* A varint between min and max (else the pack is damaged). */
static int64_t get_varint(Unpack *u, int64_t min, int64_t max)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 7 * VARINT_MAX; shift += 7) {
        unsigned b = get_byte(u);
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            int64_t s = (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
            if (s >= min && s <= max) return s;
            break;
        }
    }
    u->bad = true;
    return 0;
}

static int32_t get_int32(Unpack *u) { return (int32_t)get_varint(u, INT32_MIN, INT32_MAX); }

static double get_double(Unpack *u)
{
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++) bits |= (uint64_t)get_byte(u) << 8 * i;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static const char *get_str(Unpack *u, bool present)
{
    if (!present || u->bad) return NULL;
    const unsigned char *nul = memchr(u->at, 0, (size_t)(u->end - u->at));
    if (!nul) {
        u->bad = true;
        return NULL;
    }
    const char *s = (const char *)u->at;
    u->at = nul + 1;
    return s;
}

static int by_key(const void *a, const void *b)
{
    const RecordedItem *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* j's items (ordered by key) and values (by item, as met) from j->pack, n
 * bytes. false when it is damaged. */
static bool unpack(RecordedJudgement *j, size_t n)
{
    Unpack u = {(const unsigned char *)j->pack, (const unsigned char *)j->pack + n, false};
    size_t icap = 0, vcap = 0;
    while (u.at < u.end && !u.bad) {
        unsigned tag = *u.at++;
        if ((tag & TAG_KIND) == TAG_VALUE) {
            if (!j->nitems) return false; /* a value before any item */
            if (j->nvalues == vcap) j->values = xrealloc(j->values, (vcap = vcap ? 2 * vcap : 32) * sizeof *j->values);
            RecordedValue *v = &j->values[j->nvalues++];
            v->item = j->nitems - 1;
            v->missing = (int)get_byte(&u);
            v->unit = get_varint(&u, INT64_MIN, INT64_MAX);
            v->period = get_int32(&u);
            v->period_to = tag & TAG_TO ? get_int32(&u) : 0;
            v->grp = get_int32(&u);
            v->lo = v->missing ? 0 : get_double(&u);
            v->hi = tag & TAG_HI ? get_double(&u) : v->lo;
            v->ind = get_str(&u, tag & TAG_FIRST);
            v->what = get_str(&u, tag & TAG_SECOND);
            if (v->missing > M_FEW_UNITS) return false; /* read as an index by the renderers */
        } else {
            if (j->nitems == icap) j->items = xrealloc(j->items, (icap = icap ? 2 * icap : 16) * sizeof *j->items);
            RecordedItem *it = &j->items[j->nitems];
            it->seq = j->nitems++;
            it->kind = (RecordedKind)(tag & TAG_KIND);
            it->status = (int)get_byte(&u);
            it->flagged = get_int32(&u);
            it->key = get_str(&u, true);
            it->title = get_str(&u, tag & TAG_FIRST);
            if (it->status >= ST_COUNT) return false;
        }
    }
    if (u.bad) return false;
    if (j->nitems) qsort(j->items, j->nitems, sizeof *j->items, by_key);
    return true;
}

int store_record_judgement(Store *st, RecordedRun *r, const StrBuf *pack)
{
    sqlite3_stmt *s = prepare(st,
        "INSERT INTO judgement_run(recorded, label, plan, plan_title, plan_hash, period, last_import,"
        " achieved, partly, failed, nodata, items) VALUES(?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12)"
        " RETURNING id, recorded", "recording a judgement");
    if (!s) return -1;
    char now[STORE_TIME_MAX];
    int bound = sqlite3_bind_text(s, 11, store_time(now), -1, SQLITE_TRANSIENT) | sqlite3_bind_text(s, 1, r->label, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 2, r->plan, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 3, r->plan_title, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 4, r->plan_hash, -1, SQLITE_STATIC) |
                (r->period ? sqlite3_bind_int(s, 5, r->period) : sqlite3_bind_null(s, 5)) |
                sqlite3_bind_int64(s, 6, r->last_import) | sqlite3_bind_zeroblob64(s, 12, pack->len);
    for (int i = 0; i < 4; i++) bound |= sqlite3_bind_int(s, 7 + i, r->counts[i]);
    if (bound != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) return fail(st, s, "recording a judgement");
    r->id = sqlite3_column_int64(s, 0);
    free(r->recorded);
    r->recorded = column_text(s, 1);
    if (sqlite3_step(s) != SQLITE_DONE) return fail(st, s, "recording a judgement");
    sqlite3_finalize(s);
    /* the pack goes straight into the row's pages: bound to the INSERT,
     * SQLite would copy it into a record first (a blob of 400 kB for 1 000
     * goals) */
    sqlite3_blob *b = NULL;
    if (pack->len && (sqlite3_blob_open(store_db(st), "main", "judgement_run", "items", r->id, 1, &b) != SQLITE_OK ||
                      sqlite3_blob_write(b, pack->data, (int)pack->len, 0) != SQLITE_OK)) {
        store_fail(st, "recording a judgement");
        sqlite3_blob_close(b);
        return -1;
    }
    if (sqlite3_blob_close(b) != SQLITE_OK) return store_fail(st, "recording a judgement");
    return store_commit(st) == 0 ? 0 : -1;
}

long store_recorded_runs(Store *st, RecordedRun **out)
{
    *out = NULL;
    int have = has_history(st);
    if (have <= 0) return have;
    sqlite3_stmt *s = prepare(st,
        "SELECT id, recorded, label, plan, plan_title, plan_hash, coalesce(period, 0), last_import,"
        " achieved, partly, failed, nodata FROM judgement_run ORDER BY id", "reading recorded judgements");
    if (!s) return -1;
    long n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (n == cap) *out = xrealloc(*out, (size_t)(cap = cap ? 2 * cap : 8) * sizeof **out);
        RecordedRun *r = &(*out)[n++];
        r->id = sqlite3_column_int64(s, 0);
        r->recorded = column_text(s, 1);
        r->label = column_text(s, 2);
        r->plan = column_text(s, 3);
        r->plan_title = column_text(s, 4);
        r->plan_hash = column_text(s, 5);
        r->period = sqlite3_column_int(s, 6);
        r->last_import = sqlite3_column_int64(s, 7);
        for (int i = 0; i < 4; i++) r->counts[i] = sqlite3_column_int(s, 8 + i);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        for (long i = 0; i < n; i++) recorded_run_free(&(*out)[i]);
        free(*out);
        *out = NULL;
        return store_fail(st, "reading recorded judgements");
    }
    return n;
}

/* The rows a version 3 store kept of run id, packed as version 4 packs them
 * into *pack: one reader for both. 0 or -1. */
static int pack_rows(Store *st, int64_t id, StrBuf *pack)
{
    /* each item (by seq), then its values (as met) */
    sqlite3_stmt *s = prepare(st, "SELECT kind, item, title, status, coalesce(flagged, -1), seq, 0, 0, 0, 0, 0, 0, 0, 0"
                                  " FROM judgement WHERE run=?1"
                                  " UNION ALL SELECT 3, ind, what, missing, 0, item, 1, seq, coalesce(unit, 0), period,"
                                  " period_to, grp, coalesce(lo, 0), coalesce(hi, 0) FROM judgement_value"
                                  " WHERE run=?1 ORDER BY 6, 7, 8", "reading a recorded judgement");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *a = (const char *)sqlite3_column_text(s, 1), *b = (const char *)sqlite3_column_text(s, 2);
        int kind = sqlite3_column_int(s, 0);
        if (kind == TAG_VALUE)
            judgement_pack_value(pack, &(RecordedValue){0, a, b, sqlite3_column_int64(s, 8), sqlite3_column_int(s, 9),
                                                        sqlite3_column_int(s, 10), sqlite3_column_int(s, 11),
                                                        sqlite3_column_double(s, 12), sqlite3_column_double(s, 13),
                                                        sqlite3_column_int(s, 3)});
        else
            judgement_pack_item(pack, &(RecordedItem){0, a ? a : "", b, (RecordedKind)(kind & TAG_KIND),
                                                      sqlite3_column_int(s, 3), sqlite3_column_int(s, 4)});
    }
    if (rc != SQLITE_DONE) return fail(st, s, "reading a recorded judgement");
    sqlite3_finalize(s);
    return 0;
}

int store_load_judgement(Store *st, int64_t id, RecordedJudgement *j)
{
    /* a version 3 store read as it is has no items column */
    sqlite3_stmt *s = prepare(st, "SELECT count(*) FROM pragma_table_info('judgement_run') WHERE name='items'",
                              "reading the schema");
    if (!s) return -1;
    int packed = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
    sqlite3_finalize(s);
    if (packed < 0) return store_fail(st, "reading the schema");
    StrBuf pack = {0};
    bool rows = !packed;
    if (packed) {
        s = prepare(st, "SELECT items FROM judgement_run WHERE id=?1", "reading a recorded judgement");
        if (!s) return -1;
        sqlite3_bind_int64(s, 1, id);
        if (sqlite3_step(s) != SQLITE_ROW) return fail(st, s, "reading a recorded judgement");
        rows = sqlite3_column_type(s, 0) == SQLITE_NULL; /* recorded by version 3 */
        /* a plan without goals or rules packs nothing: SQLite gives NULL for an empty blob */
        if (!rows && sqlite3_column_bytes(s, 0) > 0)
            sb_putn(&pack, sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0));
        sqlite3_finalize(s);
    }
    if (rows && pack_rows(st, id, &pack) < 0) {
        sb_free(&pack);
        return -1;
    }
    j->pack = pack.data;
    if (unpack(j, pack.len)) return 0;
    return store_fail_msg(st, "a recorded judgement is damaged (its items cannot be read)");
}

static StoredValue stored_at(sqlite3_stmt *s, int value, int status, int n)
{
    StoredValue v;
    v.status = (ValueStatus)sqlite3_column_int(s, status);
    v.value = sqlite3_column_double(s, value);
    v.count = sqlite3_column_type(s, n) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, n);
    return v;
}

long store_revisions(Store *st, int64_t after, const char *ind_key, Revision **out)
{
    *out = NULL;
    int have = has_history(st);
    if (have <= 0) return have;
    /* The value that replaced a revised one is the next revision's old
     * value, or the one stored now when there is no later revision. */
    sqlite3_stmt *s = prepare(st,
        "SELECT i.key, r.unit, u.code, r.period, r.grp, r.value, r.status, r.n,"
        " coalesce(nx.value, res.value), coalesce(nx.status, res.status), coalesce(nx.n, res.n),"
        " r.src / ?3, ir.started"
        " FROM revision r JOIN indicator i ON i.id = r.ind JOIN unit u ON u.id = r.unit"
        " JOIN result res ON res.ind = r.ind AND res.grp = r.grp AND res.period = r.period AND res.unit = r.unit"
        " LEFT JOIN import_run ir ON ir.id = r.src / ?3"
        " LEFT JOIN revision nx ON nx.ind = r.ind AND nx.grp = r.grp AND nx.period = r.period"
        "  AND nx.unit = r.unit AND nx.src = (SELECT min(src) FROM revision x WHERE x.ind = r.ind"
        "  AND x.grp = r.grp AND x.period = r.period AND x.unit = r.unit AND x.src > r.src)"
        " WHERE r.src >= (?1 + 1) * ?3 AND (?2 IS NULL OR i.key = ?2)"
        " ORDER BY i.key, u.code, r.grp, r.period, r.src", "reading revised values");
    if (!s) return -1;
    int bound = sqlite3_bind_int64(s, 1, after) | bind_text_or_null(s, 2, ind_key) |
                sqlite3_bind_int64(s, 3, SRC_FILES * SRC_LINES);
    long n = 0, cap = 0;
    int rc = bound == SQLITE_OK ? SQLITE_ROW : SQLITE_ERROR;
    while (rc == SQLITE_ROW && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (n == cap) *out = xrealloc(*out, (size_t)(cap = cap ? 2 * cap : 16) * sizeof **out);
        Revision *r = &(*out)[n++];
        r->ind = column_text(s, 0);
        r->unit = sqlite3_column_int64(s, 1);
        r->unit_code = column_text(s, 2);
        r->period = sqlite3_column_int(s, 3);
        r->grp = sqlite3_column_int(s, 4);
        r->before = stored_at(s, 5, 6, 7);
        r->after = stored_at(s, 8, 9, 10);
        r->import_run = sqlite3_column_int64(s, 11);
        r->when = column_text(s, 12);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        revisions_free(*out, (size_t)n);
        *out = NULL;
        return store_fail(st, "reading revised values");
    }
    return n;
}
