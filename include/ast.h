/* ast.h — the syntax tree of a ska plan, every node located.
 * The parser builds it through the constructors below (one call per grammar
 * action); the resolver (resolve.c) then fills the `resolved` fields in place
 * and the tree is read-only from then on. All nodes live in the Program's
 * arena and are freed with it. */
#ifndef SKA_AST_H
#define SKA_AST_H
#include <stdbool.h>
#include "diag.h"
#include "period.h"
#include "store.h"

typedef struct Arena Arena;
/* An empty arena; a Program has one, a judgement (PlanResult) another.
 * expect: about how many bytes it will hold, 0 when unknown: an arena
 * expected to hold 256 KiB or more takes huge-page chunks from the start. */
Arena *arena_new(size_t expect);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
/* The arena's one copy of s[0..n) (NUL-terminated): a plan repeats its
 * names, areas and owners thousands of times. Never to be written to. */
const char *arena_intern(Arena *a, const char *s, size_t n);

/* A growable list of pointers, allocated in the arena's owner (malloc'ed). */
typedef struct List {
    void **items;
    int n, cap;
} List;

typedef enum ExprKind {
    E_NUM,    /* 85, 213,4, 85 % */
    E_STR,    /* "0181": a unit code or name, or text where text is allowed */
    E_PERIOD, /* 2018/19, ht2020 (a bare 2018 is an E_NUM until resolved) */
    E_REF,    /* name or name[selectors]: indicator, let, group, unit set … */
    E_CALL,   /* f(args) */
    E_BIN,    /* l op r */
    E_NEG,    /* -x */
    E_NOT,    /* not x */
    E_RANGE,  /* a..b, only as a selector or argument */
    E_ERROR   /* what the parser refused (nested too deep): already reported */
} ExprKind;

/* Evaluation recurses once per level of an expression and once more per
 * let or derived indicator it reads, so depth is bounded where the plan is
 * read: the parser refuses an expression deeper than AST_MAX_DEPTH and the
 * resolver a definition whose expressions, through the definitions they
 * use, nest deeper than AST_MAX_EVAL_DEPTH. Both lie far above any real
 * plan and far below what an 8 MB stack holds, sanitizers included. */
enum { AST_MAX_DEPTH = 200, AST_MAX_EVAL_DEPTH = 1000 };
/* Evaluation does not share the value of a definition used twice, so
 * `let b = a + a` chained thirty times would take 2^30 steps: the resolver
 * counts the steps of each definition and expression (a node, times the
 * periods a series or latest() goes through) and refuses more than this. */
#define AST_MAX_STEPS 1e6

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV,
    OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE,
    OP_AND, OP_OR
} BinOp;
extern const char *const binop_text[];
bool binop_is_comparison(BinOp op);

/* What a name resolved to. */
typedef enum RefKind {
    R_UNRESOLVED, R_INDICATOR, R_LET, R_GROUP, R_UNITSET, R_UNIT,
    R_PREVIOUS, R_LATEST
} RefKind;

/* A resolved selector list: every field 0/-1 means "from the context". */
typedef struct Selection {
    struct UnitDecl *unit_decl; /* a unit declared in the plan, or NULL */
    const char *unit_text;      /* a unit code/name as written, or NULL */
    const char *unitset_kind;   /* "school"/"kommun": all such units */
    Period period;       /* explicit period, 0 if none */
    Period range_from, range_to; /* a period range, 0 if none */
    int rel_from, rel_to; /* period-3..period is steps back 3 and 0 */
    int back;            /* `previous`: steps back from the context period */
    int group;           /* Group, or -1 */
    bool range_rel;      /* a range relative to the period under review (rel_from, rel_to) */
    bool latest;         /* `latest`: the latest period with data */
} Selection;

/* A reference's selection before it is resolved (nothing chosen), and of
 * one resolved without selectors (all from the context): most references
 * share these; the resolver gives one with selectors its own. */
extern const Selection ast_unresolved_selection, ast_no_selection;

/* What a number is measured in, as shown to readers: an indicator's scale,
 * or percentage points (procentenheter) for a difference of two
 * percentages: change, gap, spread and trend of a percent indicator, x - y
 * of two of them. The resolver gives every expression its unit. */
typedef enum ValueUnit { VU_NONE, VU_PERCENT, VU_PP, VU_KRONOR } ValueUnit;

typedef struct Expr Expr;
/* A node is allocated with room for its kind's part of `u` only (ast.c):
 * copy a whole Expr by value only when it is an E_REF, the largest. The
 * header is packed, as plans of 100 000 goals hold millions of nodes. */
struct Expr {
    ExprKind kind : 8;
    ValueUnit unit : 8; /* set by the resolver */
    unsigned depth : 16; /* levels of nesting, 1 for a leaf (set by the constructors) */
    SrcLoc loc;
    union {
        struct { double v; bool percent; } num;
        const char *str;
        Period period;
        struct { /* (the fields in an order without padding) */
            const char *name;
            List sel;              /* Expr* */
            union {                /* one by rk, set by the resolver */
                void *decl;        /* Indicator* / LetDecl* / UnitDecl* */
                const char *unitset_kind; /* R_UNITSET */
                int group;         /* R_GROUP */
            };
            const Selection *s;    /* resolved selectors (shared when there are none) */
            RefKind rk;            /* set by the resolver */
        } ref;
        struct {
            const char *name;
            List args;             /* Expr* */
            int fn;                /* index into the builtin table */
        } call;
        struct { BinOp op; Expr *l, *r; } bin;
        struct { Expr *l, *r; } range;
        Expr *sub;
    } u;
};

typedef enum ScaleKind { SC_NONE, SC_PERCENT, SC_POINTS, SC_GRADE, SC_COUNT, SC_KRONOR } ScaleKind;
typedef enum Direction { DIR_NONE, DIR_HIGHER, DIR_LOWER } Direction;

typedef struct Indicator {
    const char *name, *title;
    SrcLoc loc;
    ScaleKind scale;
    double scale_min, scale_max; bool has_range;
    Direction dir;
    const char *source;      /* store key, as written after an optional "kolada:" */
    const char *description;
    Expr *formula;           /* derived indicator, or NULL */
    int visiting;            /* resolver: 0 new, 1 in progress, 2 done */
    int depth;               /* resolver: evaluation depth of formula, see AST_MAX_EVAL_DEPTH */
    double steps;            /* resolver: evaluation steps of formula, see AST_MAX_STEPS */
} Indicator;

/* The share of a set's units that must have a value for a mean, rank, min,
 * max, spread or count over the set to count (`coverage 80 %` in the plan
 * header, a goal or a rule): a figure over fewer is ingen data. */
typedef struct Coverage {
    double share;             /* 0..1 */
    bool given;
    SrcLoc loc;
} Coverage;

/* The unit an indicator's values are shown in: its scale, else (a derived
 * indicator without one) its formula's. */
ValueUnit ast_indicator_unit(const Indicator *ind);
/* The key an indicator's values are stored under: its source, else its name. */
const char *ast_indicator_key(const Indicator *ind);

typedef struct Target {
    Expr *expr;
    Expr *partly;     /* the weaker condition (full expression), or NULL */
    const char *label;
    double coverage;  /* resolver: the goal's, else the plan's, else the default */
    SrcLoc loc;
} Target;

typedef enum Level { LV_NONE, LV_HUVUDMAN, LV_FORVALTNING, LV_ENHET } Level;

/* A judgement written into the plan by people, for goals no figure shows
 * (`assessed delvis "Arbetet pågår"`). */
typedef enum Assessment { AS_NONE, AS_ACHIEVED, AS_PARTLY, AS_FAILED } Assessment;

typedef struct Goal {
    const char *id, *title, *area, *owner, *description;
    Level level;
    Assessment assessed;
    const char *assessed_note;
    SrcLoc loc;
    Coverage coverage;
    List targets; /* Target* */
} Goal;

typedef enum Cadence { CAD_NONE, CAD_WEEK, CAD_MONTH, CAD_QUARTER, CAD_TERM, CAD_YEAR } Cadence;

typedef struct Followup {
    const char *method;
    Cadence every;
    int32_t *dates; int ndates; /* explicit yyyymmdd dates */
    SrcLoc loc;
} Followup;

typedef struct NameRef { const char *name; SrcLoc loc; void *decl; } NameRef;

typedef struct Measure {
    const char *id, *title, *area, *owner, *resources, *description;
    SrcLoc loc;
    List goals;      /* NameRef* */
    Period from, to; /* 0 if not given */
    int32_t from_date, to_date; /* from/to given as dates, else 0 */
    double cost_tkr; bool has_cost;
    const char *expect_text;
    Expr *expect;    /* an expected effect written as an expression */
    List followups;  /* Followup* */
} Measure;

typedef struct Rule {
    const char *id, *title, *area, *owner;
    SrcLoc loc;
    const char *scope_kind; /* unit kind: "school", "kommun", or a SetDecl's key */
    const char *scope_name; /* `for each NAME` that is no kind: a set, resolved later */
    SrcLoc scope_loc;
    Expr *when, *require;
    Coverage coverage;       /* the resolver fills in the plan's or the default */
} Rule;

/* A named set of units, such as a municipality's peers:
 * `set jämförbara "Liknande kommuner" { "0162", "0186", danderyd }`.
 * `key` ("set:jämförbara") is what stands for it where a set's kind does
 * (`unitset_kind`, a rule's `scope_kind`); see AST_SET_PREFIX. */
#define AST_SET_PREFIX "set:"
typedef struct SetDecl {
    const char *name, *title, *key;
    SrcLoc loc;
    List members;            /* Expr*: E_STR (a code or name) or E_REF (a unit) */
} SetDecl;

typedef struct UnitDecl {
    const char *name, *title, *code, *kind, *parent;
    SrcLoc loc;
} UnitDecl;

typedef struct LetDecl {
    const char *name;
    Expr *expr;
    SrcLoc loc;
    int visiting;            /* resolver: 0 new, 1 in progress, 2+type done */
    int depth;               /* resolver: evaluation depth of expr, see AST_MAX_EVAL_DEPTH */
    double steps;            /* resolver: evaluation steps of expr, see AST_MAX_STEPS */
} LetDecl;

typedef enum Lang { LANG_SV, LANG_EN } Lang;

/* The words a plan uses for the four statuses (`statuses norberg { … }`),
 * e.g. Norberg's "grönt – uppnått", "gult – på god väg", "rött – påbörjat". */
typedef struct StatusScale {
    const char *name, *title;
    const char *labels[4];   /* achieved, partly, failed, no data */
    SrcLoc loc;
} StatusScale;

typedef struct PlanHeader {
    const char *title, *organiser, *unit_code, *description;
    SrcLoc organiser_loc, unit_loc; /* where they are written, for errors */
    Period period;
    Lang lang;
    bool lang_set;
    const char *scale_name;  /* `statuses NAME` in the header, or NULL */
    SrcLoc scale_loc;
    const StatusScale *scale; /* resolved */
    Coverage coverage;
    bool present;
    SrcLoc loc;
} PlanHeader;

/* The whole program: every declaration of the main file and its `use`d
 * modules, in source order. */
typedef struct Program {
    Arena *arena;
    SourceSet sources;
    Diags diags;
    PlanHeader plan;
    List indicators, goals, measures, rules, units, lets; /* of the decl types */
    List scales;   /* StatusScale* */
    List sets;     /* SetDecl* */
    List source_descs; /* SourceDesc* (source.h): how published files map to results */
    List tests;    /* TestCase* (testcase.h): `test` blocks, run by `ska test` */
    List areas;    /* const char*: area names in order of first appearance */
    List uses;     /* NameRef*: pending `use` paths of the file being parsed */
    List loaded;   /* char*: real paths of files already parsed */
    /* The plan is only checked, so the text of its files is not kept
     * (see Source): no target's text is shown */
    bool drop_text;
} Program;

Program *program_new(void);
void program_free(Program *p);
/* Frees what a measure holds outside the arena (its lists), for one taken
 * out of a Program's lists (the REPL's replaced definitions). */
void ast_measure_free(void *measure);

/* ---- constructors called from the grammar ---- */
typedef struct ParseState ParseState;
void list_push(List *l, void *item);
/* A list the parser built, moved into the arena (the tree owns no malloc'ed
 * arrays); the parser's array is freed. */
List ast_keep_list(ParseState *ps, List *l);
Expr *ast_num(ParseState *ps, SrcLoc loc, double v, bool percent);
Expr *ast_str(ParseState *ps, SrcLoc loc, const char *s);
Expr *ast_period(ParseState *ps, SrcLoc loc, Period p);
Expr *ast_ref(ParseState *ps, SrcLoc loc, const char *name, List *sel);
Expr *ast_call(ParseState *ps, SrcLoc loc, const char *name, List *args);
Expr *ast_bin(ParseState *ps, SrcLoc loc, BinOp op, Expr *l, Expr *r);
Expr *ast_unary(ParseState *ps, SrcLoc loc, ExprKind k, Expr *sub);
Expr *ast_range(ParseState *ps, SrcLoc loc, Expr *l, Expr *r);
/* The word `period` in an expression: the period under review, only in a
 * selector (x[period - 2]) or at the ends of a range (period-3..period). */
Expr *ast_review(ParseState *ps, SrcLoc loc);
/* How many periods `period` or `period - N` (N a whole number) steps back
 * from the period under review; -1 when e is neither. */
int ast_period_back(const Expr *e);

#endif
