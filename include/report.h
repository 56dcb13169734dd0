/* report.h — the follow-up report (`ska report`, HTML and Markdown) and the
 * machine-readable results of `ska check` (JUnit XML, CSV).
 *
 * cmd_report.c gathers what a report shows into a Report: the judged plan,
 * the trend charts of each goal's indicators, the measures and their costs
 * per area, and the report's sentences in the plan's language. The
 * renderers only lay that out; the sentence builders below are shared so
 * HTML and Markdown say the same thing in the same words. */
#ifndef SKA_REPORT_H
#define SKA_REPORT_H
#include <stdio.h>
#include "chart.h"
#include "eval.h"
#include "render.h"

/* The fixed words of a report, per language (status words come from the
 * plan: its `statuses` scale or its language). */
typedef struct ReportWords {
    const char *summary, *concerns, *no_concerns, *goal_one, *goal_many;
    const char *area, *no_area, *goals_col, *cost, *total, *measures_in_area;
    const char *owner, *level, *levels[LV_ENHET + 1];
    const char *target, *outcome, *evidence, *status;
    const char *no_target, *assessed;
    const char *measures, *measure, *span, *expected, *followup, *other_measures, *goals_served;
    const char *final, *next;
    const char *rules, *rule, *rule_when, *rule_require, *unit, *code, *flagged;
    const char *flagged_of, *without_data, *for_each;
    const char *followups_due, *no_followups, *date;
    const char *charts_omitted, *produced_by, *plan_word, *results_word, *period_word;
    const char *over_units, *over_periods, *with_value;
} ReportWords;

/* The trend of one indicator in a goal's report, with the goal's bounds. */
typedef struct ReportChart {
    Chart chart;
    Period *periods;
    Cell *cells[GRP_COUNT];
    Cell *bound_cells[CHART_MAX_BOUNDS]; /* the chart's compared series */
    char *file;                       /* Markdown with -o: the SVG beside it */
} ReportChart;

typedef struct ReportGoal {
    const GoalResult *res;
    int area;                         /* index into Report.areas */
    ReportChart *charts;
    int ncharts;
} ReportGoal;

/* An area of the plan: its goals' statuses and the cost of its measures. */
typedef struct ReportArea {
    const char *name;                 /* NULL: goals and measures outside any area */
    int ngoals, counts[ST_COUNT];
    int nmeasures;                    /* measures listed in it */
    double cost_tkr;
    bool has_cost;
} ReportArea;

typedef struct Report {
    const PlanResult *r;
    const Program *prog;
    const ReportWords *w;
    ReportGoal *goals;                /* parallel to r->goals */
    ReportArea *areas;                /* [0] no area, then the plan's areas */
    int nareas;
    int *measure_area;                /* per r->measures: the area listing it, or -1 if not shown */
    int nmeasures;                    /* measures shown */
    double cost_tkr;
    bool has_cost;
    const FollowupDue **due;          /* r->due of the measures shown, oldest first */
    int ndue;
    const char *plan_path, *db_path;
} Report;

/* Builds the report of a judged plan. With ev != NULL each goal gets the
 * trend charts of the indicators its targets read (NULL: no charts, for the
 * machine formats). Returns false on a store error (message in the
 * program's diagnostics). */
bool report_build(Report *rep, const PlanResult *r, Eval *ev, const char *plan_path,
                  const char *db_path);
void report_free(Report *rep);

/* Sentences shared by the renderers, as plain text (escape for the format). */
/* Under the title: "Södertälje kommun · period 2018" */
void report_subtitle(const Report *rep, StrBuf *sb);
/* At the end: "Framställd med ska 0.1.0 · plan PLAN · resultat DB" */
void report_colophon(const Report *rep, StrBuf *sb);
/* "17 mål: 7 uppnått, 6 delvis uppnått, 4 ej uppnått" (zero counts left out) */
void report_counts(const Report *rep, const int counts[ST_COUNT], int ngoals, StrBuf *sb);
/* The values that decided a target and whether each comparison holds
 * (fmt_outcome with ≥ ≤ ≠): "221,3 > 217,9 gäller", "30,8 ≤ 20 gäller
 * inte; delvis: 30,8 ≤ 30 gäller", or why there is no data. */
void report_outcome(const Report *rep, const TargetResult *t, StrBuf *sb);
/* The target as written in the plan, with its label if asked. */
void report_target_text(const Report *rep, const TargetResult *t, bool label, StrBuf *sb);
/* One stored value or aggregate: "Meritvärde åk 9, 2018, flickor: 237,2". */
void report_evidence(const Report *rep, const Evidence *e, StrBuf *sb);
/* A measure's follow-ups "dialogsamtal varje termin", its expected effect
 * as written (its span: measure_span in render.h). */
void report_followups(const Report *rep, const Measure *m, StrBuf *sb);
void report_expected(const Report *rep, const MeasureResult *mr, StrBuf *sb);
/* "1 av 3 skolor flaggade, 1 utan data" */
void report_rule_counts(const Report *rep, const RuleResult *rr, StrBuf *sb);
/* The column heading of a rule's value column, and a unit's value in it. */
const char *report_leaf_label(const Evidence *leaf);
const char *report_leaf_value(const Report *rep, const Evidence *leaf, Cell c, char buf[NUM_TEXT_MAX]);
/* Whether r->measures[i] is listed at the end of area `area` (each measure
 * shown is listed once; the goals it serves refer to it by id). */
bool report_lists_measure(const Report *rep, int i, int area);
/* Whether goal g is in the report (--only and --area leave goals out):
 * a measure links only to those. */
bool report_shows_goal(const Report *rep, const Goal *g);
/* A follow-up that has fallen due: "dialogsamtal varje termin (sista
 * uppföljningen)". */
void report_due_text(const Report *rep, const FollowupDue *f, StrBuf *sb);
/* "1 550 tkr" */
void report_cost(double tkr, StrBuf *sb);
/* An area's heading: its name; goals outside any area are "Övriga mål",
 * just "Mål" in a plan without areas, "Övriga insatser" if only measures. */
const char *report_area_title(const Report *rep, const ReportArea *ar);
/* Why a value is missing, in the report's language. */
const char *report_missing(const Report *rep, Missing m);

/* The renderers. Markdown refers to each chart's file (or notes that charts
 * are left out when they have none). */
void render_html(const Report *rep, FILE *out);
void render_md(const Report *rep, FILE *out);
/* `ska check --format junit`: each goal a test case, failing when its status
 * is in fail_mask (bit per Status); each rule a test case failing when it
 * flags units. */
void render_junit(const Report *rep, unsigned fail_mask, FILE *out);
/* `ska check --format csv`: a row per goal, per target and per flagged
 * unit. sep ',' writes decimal points; ';' decimal commas and a byte-order
 * mark, as Swedish Excel expects. */
void render_csv(const Report *rep, char sep, FILE *out);

#endif
