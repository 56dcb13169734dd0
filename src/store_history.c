/* store_history.c — recorded judgements and revised values in the store
 * (see store_history.h for the tables). These statements run a few times
 * per command, so each is prepared where it is used and finalized after. */
#include <stdlib.h>
#include <string.h>
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
    for (size_t i = 0; i < j->nitems; i++) {
        free(j->items[i].key);
        free(j->items[i].title);
    }
    for (size_t i = 0; i < j->nvalues; i++) {
        free(j->values[i].ind);
        free(j->values[i].what);
    }
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

static int record_run(Store *st, RecordedRun *r)
{
    sqlite3_stmt *s = prepare(st,
        "INSERT INTO judgement_run(recorded, label, plan, plan_title, plan_hash, period, last_import,"
        " achieved, partly, failed, nodata) VALUES(?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        " RETURNING id, recorded", "recording a judgement");
    if (!s) return -1;
    char now[STORE_TIME_MAX];
    int bound = sqlite3_bind_text(s, 11, store_time(now), -1, SQLITE_TRANSIENT) | sqlite3_bind_text(s, 1, r->label, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 2, r->plan, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 3, r->plan_title, -1, SQLITE_STATIC) |
                sqlite3_bind_text(s, 4, r->plan_hash, -1, SQLITE_STATIC) |
                (r->period ? sqlite3_bind_int(s, 5, r->period) : sqlite3_bind_null(s, 5)) |
                sqlite3_bind_int64(s, 6, r->last_import);
    for (int i = 0; i < 4; i++) bound |= sqlite3_bind_int(s, 7 + i, r->counts[i]);
    if (bound != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) return fail(st, s, "recording a judgement");
    r->id = sqlite3_column_int64(s, 0);
    free(r->recorded);
    r->recorded = column_text(s, 1);
    if (sqlite3_step(s) != SQLITE_DONE) return fail(st, s, "recording a judgement");
    sqlite3_finalize(s);
    return 0;
}

int store_record_judgement(Store *st, RecordedJudgement *j)
{
    if (record_run(st, &j->run) < 0) return -1;
    sqlite3_stmt *s = prepare(st, "INSERT INTO judgement(run, seq, item, kind, title, status, flagged)"
                                  " VALUES(?1, ?7, ?2, ?3, ?4, ?5, ?6)", "recording a judgement");
    if (!s) return -1;
    for (size_t i = 0; i < j->nitems; i++) {
        const RecordedItem *it = &j->items[i];
        sqlite3_reset(s);
        int bound = sqlite3_bind_int64(s, 1, j->run.id) | sqlite3_bind_text(s, 2, it->key, -1, SQLITE_STATIC) |
                    sqlite3_bind_int(s, 3, (int)it->kind) | bind_text_or_null(s, 4, it->title) |
                    sqlite3_bind_int(s, 5, it->status) |
                    (it->flagged >= 0 ? sqlite3_bind_int(s, 6, it->flagged) : sqlite3_bind_null(s, 6)) |
                    sqlite3_bind_int64(s, 7, (int64_t)it->seq);
        if (bound != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) return fail(st, s, "recording a judgement");
    }
    sqlite3_finalize(s);
    s = prepare(st, "INSERT INTO judgement_value(run, item, seq, ind, what, unit, period, period_to, grp,"
                    " lo, hi, missing) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                "recording a judgement");
    if (!s) return -1;
    for (size_t i = 0; i < j->nvalues; i++) {
        const RecordedValue *v = &j->values[i];
        sqlite3_reset(s);
        int bound = sqlite3_bind_int64(s, 1, j->run.id) | sqlite3_bind_int64(s, 2, (int64_t)v->item) |
                    sqlite3_bind_int64(s, 3, (int64_t)i) | bind_text_or_null(s, 4, v->ind) |
                    bind_text_or_null(s, 5, v->what) |
                    (v->unit ? sqlite3_bind_int64(s, 6, v->unit) : sqlite3_bind_null(s, 6)) |
                    sqlite3_bind_int(s, 7, v->period) | sqlite3_bind_int(s, 8, v->period_to) |
                    sqlite3_bind_int(s, 9, v->grp) |
                    (v->missing ? sqlite3_bind_null(s, 10) | sqlite3_bind_null(s, 11)
                                : sqlite3_bind_double(s, 10, v->lo) | sqlite3_bind_double(s, 11, v->hi)) |
                    sqlite3_bind_int(s, 12, v->missing);
        if (bound != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) return fail(st, s, "recording a judgement");
    }
    sqlite3_finalize(s);
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

int store_load_judgement(Store *st, int64_t id, RecordedJudgement *j)
{
    sqlite3_stmt *s = prepare(st, "SELECT item, kind, title, status, coalesce(flagged, -1), seq FROM judgement"
                                  " WHERE run=?1 ORDER BY item", "reading a recorded judgement");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (j->nitems == cap) j->items = xrealloc(j->items, (cap = cap ? 2 * cap : 16) * sizeof *j->items);
        RecordedItem *it = &j->items[j->nitems++];
        it->key = column_text(s, 0);
        it->kind = (RecordedKind)sqlite3_column_int(s, 1);
        it->title = column_text(s, 2);
        it->status = sqlite3_column_int(s, 3);
        it->flagged = sqlite3_column_int(s, 4);
        it->seq = (size_t)sqlite3_column_int64(s, 5);
    }
    if (rc != SQLITE_DONE) return fail(st, s, "reading a recorded judgement");
    sqlite3_finalize(s);
    s = prepare(st, "SELECT item, ind, what, coalesce(unit, 0), period, period_to, grp, lo, hi, missing"
                    " FROM judgement_value WHERE run=?1 ORDER BY item, seq", "reading a recorded judgement");
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, id);
    cap = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (j->nvalues == cap) j->values = xrealloc(j->values, (cap = cap ? 2 * cap : 16) * sizeof *j->values);
        RecordedValue *v = &j->values[j->nvalues++];
        v->item = (size_t)sqlite3_column_int64(s, 0);
        v->ind = column_text(s, 1);
        v->what = column_text(s, 2);
        v->unit = sqlite3_column_int64(s, 3);
        v->period = sqlite3_column_int(s, 4);
        v->period_to = sqlite3_column_int(s, 5);
        v->grp = sqlite3_column_int(s, 6);
        v->lo = sqlite3_column_double(s, 7);
        v->hi = sqlite3_column_double(s, 8);
        v->missing = sqlite3_column_int(s, 9);
    }
    if (rc != SQLITE_DONE) return fail(st, s, "reading a recorded judgement");
    sqlite3_finalize(s);
    return 0;
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
