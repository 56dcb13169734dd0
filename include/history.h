/* history.h — a follow-up set beside an earlier one: what a recorded
 * judgement holds (history_record), and what changed since it (the status of
 * every goal, target and rule then and now, goals added to or removed from
 * the plan, the values that differ) and which stored values imports have
 * revised since. This is the model; renderers show it, commands wire it. */
#ifndef SKA_HISTORY_H
#define SKA_HISTORY_H
#include "eval.h"
#include "store_history.h"

/* How an item's status moved: better (↑), worse (↓), the same (→), to or
 * from ingen data (which is neither better nor worse: ?), or the item is
 * new in the plan or gone from it. */
typedef enum Trend { TR_SAME, TR_UP, TR_DOWN, TR_DATA, TR_ADDED, TR_REMOVED } Trend;
/* "→", "↑", "↓", "?", "+", "−". */
const char *trend_arrow(Trend t);

/* A value that decided an item then and now and is not the same: the
 * value the recorded run saw (before, with its period) and today's. */
typedef struct ValueChange {
    const Evidence *now;
    Cell before;
    Period before_period;
} ValueChange;

typedef struct ItemChange {
    RecordedKind kind;
    char *key;                  /* see store_history.h */
    char *title;                /* the recorded title of a removed item */
    const GoalResult *goal;     /* today's (a target's goal); NULL if removed */
    const TargetResult *target; /* RK_TARGET, today's; NULL if removed */
    const RuleResult *rule;     /* RK_RULE, today's; NULL if removed */
    int before, after;          /* Status then and now; -1 when absent */
    int flagged_before, flagged_after; /* rules: units flagged, -1 absent */
    Trend trend;
    ValueChange *values;
    size_t nvalues;
} ItemChange;

typedef struct Changes {
    bool compared;              /* a run was named (--since): items are set */
    RecordedRun since;          /* that run (or, for revisions alone, the latest) */
    bool plan_changed;          /* compared: the plan's text differs from that run's */
    ItemChange *items;          /* goals in plan order, each followed by its
                                   targets, then rules, then removed items */
    size_t nitems;
    Revision *revisions;        /* values revised by imports after that run */
    size_t nrevisions;
} Changes;

/* The plan's text (every file it was read from, without comments, white
 * space collapsed) as a 16-digit hex hash. */
void history_plan_hash(const Program *p, char out[17]);

/* Records the judgement r in st (opened STORE_WRITE for it, committed here),
 * labelled label (or, when NULL, "<period> <date>"), plan_path as given on
 * the command line. Sets *run to what was recorded. 0 or -1 (store error). */
int history_record(Store *st, const PlanResult *r, int64_t last_import, const char *label, const char *plan_path,
                   RecordedRun *run);

/* Compares r with a recorded run of the same plan (title): which is a
 * label, "latest" / "senaste", or "#N" (a run's number from `ska history`);
 * with which NULL only the revisions since the latest run of the plan are
 * read (none when there is none). false with *err (malloc'ed) when no run
 * fits or the store fails. */
bool history_changes(Store *st, const PlanResult *r, const char *which, Changes *out, char **err);
/* The revisions of the stored value e rests on (EV_VALUE), oldest first:
 * *n of them from the returned one; NULL when it was not revised. */
const Revision *changes_revisions_of(const Changes *c, const Evidence *e, size_t *n);
/* The change of a goal (target NULL) or of a target; NULL if none is known. */
const ItemChange *changes_item(const Changes *c, const GoalResult *g, const TargetResult *t);
/* What the recorded run saw where today's evidence e of the target whose
 * change is ic (changes_item) differs; NULL if the same or ic is NULL. */
const ValueChange *changes_value_of(const ItemChange *ic, const Evidence *e);
/* The plan's indicator stored under key (a revision's), NULL if none. */
const Indicator *history_indicator(const Program *p, const char *key);
void changes_free(Changes *c);

#endif
