/* eval.h — resolving a parsed Program and judging it against the store.
 * The evaluator computes; it never prints. What it produces (PlanResult) is
 * everything a renderer needs: each goal's status, each target's values and
 * the stored values that decided them, each rule's flagged units, the
 * follow-ups due. */
#ifndef SKA_EVAL_H
#define SKA_EVAL_H
#include "ast.h"
#include "store.h"

/* Why a value is missing. M_NONE means present. */
typedef enum Missing {
    M_NONE = 0,
    M_NO_ROW,      /* no stored row */
    M_TOO_FEW,     /* ".." too few pupils */
    M_NO_DATA,     /* "."  no data */
    M_NULL,        /* empty in the source */
    M_NEAR100,     /* "~100" that does not settle the comparison */
    M_NO_INDICATOR,/* the indicator has no data at all in the store */
    M_NO_UNIT,     /* the unit is not in the store */
    M_DIV_ZERO,    /* division by zero */
    M_TOO_SHORT,   /* too few values for a trend / change */
    M_EMPTY_SET,   /* no units in the set */
    M_OVERFLOW,    /* the result is beyond the largest number (±1.8e308) */
    M_FEW_UNITS    /* too few of a set's units have a value (see Coverage) */
} Missing;
const char *missing_text(Missing m);

/* Without `coverage` in the plan, a figure over a set needs values for at
 * least half of its units: below that it describes the units that happen
 * to have published data (small schools are suppressed as "..") more than
 * the set, and a rank "1 of the 1 with a value" would pass. */
#define EVAL_COVERAGE_DEFAULT 0.5

/* A number known to lie in [lo, hi] (lo == hi when exact: only "~100"
 * values are inexact), or a truth value (lo == hi == 0 or 1), or missing. */
typedef struct Cell {
    double lo, hi;
    Missing miss;
    bool near;  /* a "~100" value took part */
} Cell;

typedef enum Status { ST_ACHIEVED, ST_PARTLY, ST_FAILED, ST_NODATA, ST_COUNT } Status;

/* One stored value (or aggregate) the evaluator looked at. */
typedef enum EvKind { EV_VALUE, EV_AGGREGATE } EvKind;
typedef struct Evidence {
    EvKind kind;
    const Indicator *ind;     /* NULL for a let/derived aggregate */
    const char *what;         /* EV_AGGREGATE: function name */
    int64_t unit;             /* EV_VALUE: the unit; 0 for none; rank: the unit ranked
                                 when its argument names one (rank(x[danderyd], …)) */
    const char *unitset_kind; /* EV_AGGREGATE: over which units */
    int nunits, npresent;     /* EV_AGGREGATE: units in the set / with a value */
    int nneeded;              /* EV_AGGREGATE over a set: units needed with a value */
    int ties;                 /* rank: other units with exactly the same value */
    Period period, period_to; /* period_to != 0 for a range; an aggregate over
                               * a set: the period (and group) it read */
    Group group;
    Cell value;
    ValueStatus stored;       /* EV_VALUE: the stored status */
    ValueUnit value_unit;     /* what value is shown in (the expression's unit) */
    const char *of;           /* EV_AGGREGATE over units of a series function's values
                               * (min(trend(x, 2016..2020), skolor): "trend"), or NULL */
} Evidence;

typedef struct EvidenceList { Evidence *items; size_t n, cap; } EvidenceList;

typedef struct TargetResult {
    const Target *target;
    Status status;
    Cell lhs, rhs;            /* sides of the main comparison, if it is one */
    bool is_comparison;
    Cell partly_lhs, partly_rhs;
    bool partly_checked;
    bool near_decided;        /* "~100" settled it */
    Missing why_missing;
    const Evidence *too_few;  /* why_missing M_FEW_UNITS: the figure short of units */
    EvidenceList evidence;    /* in the result's arena: never grown or freed alone */
} TargetResult;

/* The status a goal's written assessment (`assessed delvis`) counts as. */
Status assessment_status(Assessment a);

typedef struct GoalResult {
    const Goal *goal;
    Status status;
    TargetResult *targets;
    int ntargets;
} GoalResult;

typedef struct FlaggedUnit {
    int64_t unit;
    char *code, *name;
    bool nodata;              /* flagged because data are missing */
    Cell *leaf_values;        /* one per RuleResult.leaves */
} FlaggedUnit;

typedef struct RuleResult {
    const Rule *rule;
    int nunits;               /* units in scope */
    int nchecked;             /* units for which `when` held */
    FlaggedUnit *flagged;
    int nflagged, nnodata;
    EvidenceList leaves;      /* the indicator references, for columns */
} RuleResult;

/* A measure and, when its expected effect is written as an expression, how
 * that expectation stands now (judged like a target). */
typedef struct MeasureResult {
    const Measure *measure;
    bool has_expect;
    TargetResult expect;
} MeasureResult;

typedef struct FollowupDue {
    const Measure *measure;
    const Followup *followup;
    int32_t date;             /* yyyymmdd */
    bool last;                /* the measure's final follow-up */
} FollowupDue;

/* The first follow-up occasion after `after` (yyyymmdd): the next explicit
 * date or cadence boundary within the measure's span, its end included;
 * 0 when there is none. */
int32_t followup_next(const Measure *m, const Followup *f, int32_t after);

typedef struct PlanResult {
    const Program *prog;
    Period period;            /* the period under review, 0 if none */
    int64_t unit;             /* the organiser's unit */
    char *unit_name;
    GoalResult *goals;
    int ngoals;
    Arena *arena;             /* the targets' results and their evidence */
    int counts[ST_COUNT];
    RuleResult *rules;
    int nrules;
    MeasureResult *measures;  /* every measure of the plan, in order */
    int nmeasures;
    FollowupDue *due;
    int ndue;
    int32_t as_of;            /* yyyymmdd, 0 if not asked */
    Store *store;             /* for names of units in renderers */
    struct UnitCache *units;  /* see plan_unit */
    const struct Changes *changes; /* set by a command: since a recorded run (history.h) */
} PlanResult;

/* Resolves names, selectors and types in place. Errors go to prog->diags.
 * Returns true when the program is valid. Calling it again after adding
 * declarations (the REPL) re-checks everything. */
bool resolve_program(Program *prog);
/* The i-th word with a fixed meaning in selectors and arguments (flickor,
 * skolor, previous, …), NULL past the last: for completion. */
const char *resolve_reserved_word(int i);
/* Resolves one expression typed at the REPL against an already resolved
 * program; *is_condition tells a condition from a number. */
bool resolve_expression(Program *prog, Expr *e, bool *is_condition);

typedef struct EvalOptions {
    Period period;            /* --period, or 0 for the plan's */
    int32_t as_of;            /* --as-of, or 0 */
    const char *only;         /* --only G1,G2 or NULL */
    const char *area;         /* --area NAME or NULL */
} EvalOptions;

/* Judges every selected goal and rule. Returns NULL on a store error or a
 * plan that cannot be evaluated against this store (message in prog->diags). */
PlanResult *eval_plan(Program *prog, Store *st, const EvalOptions *opt);
void plan_result_free(PlanResult *r);
/* The code and name of a unit the result shows, read from the store once
 * per result (evidence names the same few units over and over); NULL when
 * the store has no such unit. Borrowed until plan_result_free. */
const UnitInfo *plan_unit(const PlanResult *r, int64_t id);

/* Evaluating one expression (the REPL). */
typedef enum ValueKind { VK_SCALAR, VK_UNITS, VK_SERIES } ValueKind;
typedef struct Value {
    ValueKind kind;
    bool boolean;
    Cell scalar;
    size_t n;
    Cell *cells;
    int64_t *units;           /* VK_UNITS */
    Period *periods;          /* VK_SERIES */
    const Indicator *ind;     /* the indicator it shows, for units and formats */
} Value;
void value_free(Value *v);

/* An evaluation session: the store, the plan's context and the caches of one
 * connection, kept across many expressions (the REPL). */
typedef struct Eval Eval;
/* Returns NULL when the plan's unit is not in the store (message in
 * prog->diags). The program must outlive the session. */
Eval *eval_open(Program *prog, Store *st, Period period);
/* Evaluates a resolved expression for the organiser's unit. Values stored
 * in the store are recorded in *trace when trace != NULL. Returns false on a
 * store error (message in prog->diags). Caller frees out with value_free. */
bool eval_value(Eval *ev, const Expr *e, Value *out, EvidenceList *trace);
/* The same with period p (not the one under review) as the context: what a
 * relative target's right side was in each period of a chart. */
bool eval_value_at(Eval *ev, const Expr *e, Period p, Value *out);
void eval_close(Eval *ev);
/* The organiser's values of an indicator (stored or derived) in group g for
 * every period the store has for it, oldest first: the data of a trend
 * chart. *periods and *cells are malloc'ed (caller frees). Returns the
 * count, 0 when there is nothing, -1 on a store error. */
long eval_indicator_series(Eval *ev, const Indicator *ind, Group g, Period **periods, Cell **cells);

#endif
