/* testcase.h — `test` blocks and running them (`ska test`).
 *
 * A test gives results inline and says what the plan must make of them:
 *
 *   test "meritvärdet stiger" {
 *     data meritvärde { 2017: 217,9; 2018: 221,3 }
 *     data behörig_yrke[skola_a] { 2018: ..; 2019: ~100 (12) }
 *     expect M1 uppnått
 *     expect M1 target 2 ej uppnått
 *     expect rule R1 flags skola_a
 *   }
 *
 * The grammar builds each block with the constructors below (every node in
 * the program's arena); testcase_check resolves the names it uses after
 * resolve_program; testcase_run fills an in-memory store through the
 * import API (import.h), judges the plan against it (eval_plan) and
 * compares. Nothing here prints: the renderers (render_test.c,
 * render_junit.c) and cmd_test.c do. */
#ifndef SKA_TESTCASE_H
#define SKA_TESTCASE_H
#include "ast.h"
#include "eval.h"

typedef struct ParseState ParseState;
typedef struct When When;

/* A unit as a test names it: a bare name (a declared unit, a group word,
 * or a school of the organiser made for the test) or a quoted code. */
typedef struct TestUnit {
    const char *text;
    bool quoted;
    SrcLoc loc;
} TestUnit;

/* One value of a series: `2018: 221,3`, `..`, `.`, `~100 (12)`, `_`. */
typedef struct TestValue {
    Period period;
    ValueStatus status;
    double value;
    int64_t count; /* pupils, -1 if not given */
    SrcLoc loc;
} TestValue;

/* What a field of a test block is; each item struct starts with it. */
typedef enum TestItemKind { TI_PERIOD, TI_ORGANISER, TI_DATA, TI_EXPECT } TestItemKind;

/* `data IND[unit, group] { period: value; … }` */
typedef struct TestData {
    TestItemKind item;
    const char *name;
    SrcLoc loc;
    List sels;   /* TestUnit* */
    List values; /* TestValue* */
    /* testcase_check */
    const Indicator *ind;
    const TestUnit *unit; /* NULL: the organiser */
    Group group;
} TestData;

typedef enum TestExpectKind { TX_GOAL, TX_TARGET, TX_MEASURE, TX_RULE } TestExpectKind;

/* `expect G1 uppnått`, `expect G1 target 2 …`, `expect measure M1 …`,
 * `expect rule R1 flags a, b` */
typedef struct TestExpect {
    TestItemKind item;
    TestExpectKind kind;
    const char *name;
    SrcLoc loc, name_loc;
    int target_no;            /* TX_TARGET by number (1-based), else 0 */
    const char *target_label; /* TX_TARGET by label */
    SrcLoc target_loc;
    const char *status_text;  /* as written ("ej uppnått") */
    SrcLoc status_loc;
    List units;               /* TX_RULE: TestUnit*, none for `flags none` */
    /* testcase_check */
    Status status;
    const void *decl;         /* Goal*, Measure* or Rule* */
    int target;               /* TX_TARGET: index into the goal's targets */
} TestExpect;

/* `period 2019`, `organiser "Exempelkommun"` */
typedef struct TestField { TestItemKind item; Period period; const char *text; SrcLoc loc; } TestField;

typedef struct TestCase {
    const char *name;
    SrcLoc loc;
    Period period;  /* 0: the plan's */
    const char *organiser; /* for a plan that names none (a template), or NULL */
    SrcLoc organiser_loc;
    TestData **data;
    int ndata;
    TestExpect **expects;
    int nexpects;
} TestCase;

/* ---- constructors called from the grammar ---- */
void ast_test(ParseState *ps, SrcLoc loc, const char *name, List *items);
void *ast_test_period(ParseState *ps, SrcLoc loc, When w);
void *ast_test_organiser(ParseState *ps, SrcLoc loc, const char *name);
TestData *ast_test_data(ParseState *ps, SrcLoc loc, const char *name, List *sels, List *values);
TestExpect *ast_test_expect(ParseState *ps, SrcLoc loc, const char *name, TestExpectKind kind,
                            double target_no, const char *label, SrcLoc tloc);
void *ast_test_status(ParseState *ps, SrcLoc loc, TestExpect *e, const char *status, SrcLoc sloc);
void *ast_test_rule(ParseState *ps, SrcLoc loc, SrcLoc nloc, const char *name, SrcLoc vloc,
                    const char *verb, List *units);
const char *ast_test_words(ParseState *ps, const char *a, const char *b);
TestUnit *ast_test_unit(ParseState *ps, SrcLoc loc, const char *text, bool quoted);
void ast_test_when(ParseState *ps, SrcLoc loc, When w, TestValue *v);
TestValue *ast_test_value(ParseState *ps, SrcLoc loc, ValueStatus st, double v, double count);
TestValue *ast_test_near(ParseState *ps, SrcLoc loc, double v, double count);
TestValue *ast_test_empty(ParseState *ps, SrcLoc loc, const char *word);

/* Resolves the names the program's tests use (goals, targets, rules,
 * measures, indicators, units, statuses); errors go to prog->diags.
 * Call after resolve_program. Returns true when all are valid. */
bool testcase_check(Program *prog);

/* One expectation's outcome. */
typedef struct TestCheck {
    const TestExpect *ex;
    bool ok;
    Status got;           /* goal, target, measure */
    const GoalResult *goal;     /* TX_GOAL, TX_TARGET: the judged goal */
    const TargetResult *target; /* TX_TARGET, TX_MEASURE */
    const RuleResult *rule;     /* TX_RULE */
} TestCheck;

/* A test run: the plan judged against the test's data, and each check. */
typedef struct TestRun {
    const TestCase *test;
    PlanResult *res;      /* NULL when the run failed (message in diags) */
    struct Importer *im;  /* the in-memory store res reads */
    TestCheck *checks;    /* one per expectation */
    int64_t **want;       /* per check of a rule: the expected units' ids, 0-terminated */
    int nchecks, nfailed;
} TestRun;

/* Runs one test of prog. Returns false on an error (in prog->diags): the
 * test could not be run. run is filled either way; free it with
 * testcase_run_free. */
bool testcase_run(Program *prog, const TestCase *t, TestRun *run);
void testcase_run_free(TestRun *run);

/* Which goals, targets and rules an expectation names, over every test
 * of the program (a goal's status covers its only target). Arrays
 * parallel to prog->goals (and their targets) and prog->rules. */
typedef struct TestCoverage {
    bool *goals;
    bool **targets;
    bool *rules;
} TestCoverage;
void testcase_coverage(const Program *prog, TestCoverage *cov);
void testcase_coverage_free(const Program *prog, TestCoverage *cov);

/* ---- renderers (render_test.c; JUnit in render_junit.c) ---- */
/* "plan_test.ska:12:3: goal G1: expected uppnått, got ej uppnått" */
void render_test_check(const Program *p, const TestRun *run, const TestCheck *c, StrBuf *sb);
/* What decided a failed check, a line each: a goal's targets with their
 * values, a target's or measure's values, the units a rule flagged. */
void render_test_details(const Program *p, const TestRun *run, const TestCheck *c, const char *indent,
                         StrBuf *sb);
/* "ok    "name"" or "FAIL  "name"" and its failed checks; ran is false for
 * a test that could not be run (its error is in the diagnostics). */
void render_test_text(const Program *p, const TestRun *run, bool ran, FILE *out);
/* "coverage: 5 of 7 goals, …" and what no expectation names. */
void render_test_coverage(const Program *p, StrBuf *sb);
/* `ska test --format junit`: a <testcase> per test appended to cases; a
 * <testsuite> per file around them; the document around the suites. */
void render_junit_test(const Program *p, const TestRun *run, bool ran, StrBuf *cases);
void render_junit_test_suite(const char *name, int tests, int failures, int errors, const char *cases,
                             const char *out_text, StrBuf *suites);
void render_junit_test_doc(int tests, int failures, int errors, const char *suites, FILE *out);

#endif
