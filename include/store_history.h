/* store_history.h — what the store keeps of the past: judgements recorded by
 * `ska check --record` and `ska report --record`, and stored values that a
 * later import replaced (revisions). The SQL lives in store_history.c; what
 * the records mean (comparing a run with today's judgement) in history.c.
 *
 * Tables (schema version 4, see store.c):
 *   judgement_run(id, recorded, label, plan, plan_title, plan_hash, period,
 *                 last_import, achieved, partly, failed, nodata, items)
 *   revision(ind, grp, period, unit, src, value, status, n, old_src)
 * An item is a goal ("G1"), a target ("G1 › meritvärde >= 225": its goal and
 * its text as written) or a rule ("R1"). last_import is the newest import
 * run when the judgement was recorded: a revision made by a later import is
 * one the recorded run did not see.
 *
 * items holds the run's items and the values that decided them, packed in
 * one blob: one INSERT records a judgement of thousands of items (a row per
 * item and value made recording cost a quarter of the check). The blob is
 * a sequence of records, strings UTF-8 ending in a 0 byte, integers varints
 * (7 bits a byte, lowest first, the top bit set on all but the last; signed
 * ones zigzagged: 0, -1, 1, -2… as 0, 1, 2, 3…), doubles IEEE 754 in 8
 * bytes, little-endian; each record opens with a tag byte:
 *   tag & 3 = 0 goal, 1 target, 2 rule: an item, then
 *     status (1 byte, a Status of eval.h), flagged (units a rule flagged,
 *     -1 otherwise), key, title (only if tag & 4)
 *   tag & 3 = 3: a value that decided the item before it, then
 *     missing (1 byte, a Missing; 0 = a value), unit (a unit id, 0 for an
 *     aggregate), period, period_to (only if tag & 16; else 0), group, lo
 *     (only if not missing; else 0), hi (only if tag & 32; else lo), ind
 *     (only if tag & 4), what (only if tag & 8)
 * An item's seq is its place among the items, a value's item the seq of the
 * item before it. `ska history --since` and the JSON's `since` read it back.
 * A version 3 store kept them as rows (tables judgement(run, seq, item,
 * kind, title, status, flagged) and judgement_value(run, item, seq, ind,
 * what, unit, period, period_to, grp, lo, hi, missing)); the runs recorded
 * then are read from those rows (items NULL), in a store brought up to
 * version 4 too. */
#ifndef SKA_STORE_HISTORY_H
#define SKA_STORE_HISTORY_H
#include <stddef.h>
#include "store.h"
#include "util.h"

/* The time now, UTC, as 2026-12-07T10:15:00Z in buf (returned): the time
 * of SOURCE_DATE_EPOCH when it is set (reproducible output for tests and
 * documentation, as reproducible builds use it), else the clock's. */
#define STORE_TIME_MAX 24
const char *store_time(char buf[STORE_TIME_MAX]);

typedef enum RecordedKind { RK_GOAL, RK_TARGET, RK_RULE } RecordedKind;

typedef struct RecordedRun {
    int64_t id;
    char *recorded;           /* UTC, 2026-12-07T10:15:00Z */
    char *label, *plan, *plan_title, *plan_hash;
    Period period;            /* the period under review, 0 if none */
    int64_t last_import;      /* newest import_run.id then, 0 if none */
    int counts[4];            /* goals uppnått, delvis, ej, ingen data */
} RecordedRun;
void recorded_run_free(RecordedRun *r);

/* An item or value read back points into its judgement's pack; written,
 * into the caller's strings (seq and item are implied by the order). */
typedef struct RecordedItem {
    size_t seq;               /* its place among the run's items */
    const char *key, *title;
    RecordedKind kind;
    int status;               /* a Status (eval.h) */
    int flagged;              /* rules: units flagged, -1 otherwise */
} RecordedItem;

/* A value that decided an item: a stored value (ind and unit set) or an
 * aggregate (what set: "mean", "rank"…; ind the indicator it reads, if
 * any). lo == hi unless "~100" left an interval; missing is a Missing. */
typedef struct RecordedValue {
    size_t item;              /* the seq of the item it decided */
    const char *ind, *what;
    int64_t unit;
    Period period, period_to;
    int grp;
    double lo, hi;
    int missing;
} RecordedValue;

/* Appends an item, or a value of the item appended last, to pack (the
 * items column's format above). */
void judgement_pack_item(StrBuf *pack, const RecordedItem *it);
void judgement_pack_value(StrBuf *pack, const RecordedValue *v);

typedef struct RecordedJudgement {
    RecordedRun run;
    char *pack;               /* the items column read: what strings point into */
    RecordedItem *items;
    size_t nitems;
    RecordedValue *values;
    size_t nvalues;
} RecordedJudgement;
void recorded_judgement_free(RecordedJudgement *j);

/* A stored value that an import replaced: the old value and status, and
 * the value that replaced it (the next revision's old value, or the stored
 * one now). */
typedef struct Revision {
    char *ind;                /* the indicator's key */
    int64_t unit;
    char *unit_code;
    Period period;
    int grp;
    StoredValue before, after;
    int64_t import_run;       /* the import that replaced it */
    char *when;               /* that import's start, UTC */
} Revision;
void revisions_free(Revision *r, size_t n);

/* Writes run with its items and values packed in pack (its id and recorded
 * time are set here) in the write transaction of st (opened STORE_WRITE for
 * it) and commits. 0 or -1. */
int store_record_judgement(Store *st, RecordedRun *run, const StrBuf *pack);
/* The newest import run's id, 0 if none; -1 on error. */
int64_t store_last_import(Store *st);
/* Every recorded run, oldest first; *out is the caller's (free each with
 * recorded_run_free, then the array). Count, or -1. A store without
 * history (schema version 2) has none. */
long store_recorded_runs(Store *st, RecordedRun **out);
/* The items (ordered by key) and values (by item seq, then as they were
 * met) of run id into j (j->run is left as it is). 0 or -1. */
int store_load_judgement(Store *st, int64_t id, RecordedJudgement *j);
/* Revisions made by imports after import run `after`, of the indicator with
 * key ind_key (every indicator when NULL), ordered by indicator, unit,
 * group, period and time. Count, or -1. */
long store_revisions(Store *st, int64_t after, const char *ind_key, Revision **out);

#endif
