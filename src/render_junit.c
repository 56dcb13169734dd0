/* render_junit.c — `ska check --format junit`: the judged plan as a JUnit
 * XML report, so a CI server shows each goal as a test case.
 *
 * One <testsuite> per area (and one for goals outside any area), one
 * <testcase> per goal. A goal whose status is in --fail-on fails: ej
 * uppnått and delvis as <failure>, ingen data as <error> (it could not be
 * judged); a status left out of --fail-on passes, or for ingen data is
 * <skipped>. Each test case's <system-out> holds its targets with the
 * values that decided them. Rules are a last suite: a rule that flags
 * units fails, listing them (they do not change ska's exit status). */
#include <string.h>
#include "render.h"
#include "report.h"
#include "testcase.h"

typedef struct Junit { const Report *rep; unsigned fail_mask; StrBuf *sb; } Junit;

static void esc(Junit *j, const char *s) { xml_escape(j->sb, s); }

static void attr(Junit *j, const char *name, const char *value)
{
    sb_printf(j->sb, " %s=\"", name);
    esc(j, value);
    sb_putc(j->sb, '"');
}

/* The goal's targets, one a line: status, target as written, outcome. */
static void goal_details(Junit *j, const GoalResult *g, StrBuf *out)
{
    StrBuf outcome = {0};
    for (int i = 0; i < g->ntargets; i++) {
        const TargetResult *t = &g->targets[i];
        sb_printf(out, "%s: ", plan_status_word(j->rep->prog, t->status));
        report_target_text(j->rep, t, true, out);
        sb_clear(&outcome);
        report_outcome(j->rep, t, &outcome);
        if (outcome.len) sb_printf(out, " — %s", sb_str(&outcome));
        sb_putc(out, '\n');
        for (size_t k = 0; k < t->evidence.n; k++) {
            sb_puts(out, "    ");
            report_evidence(j->rep, &t->evidence.items[k], out);
            sb_putc(out, '\n');
        }
    }
    if (g->goal->assessed)
        sb_printf(out, "%s%s%s\n", j->rep->w->assessed, g->goal->assessed_note ? ": " : "",
                  g->goal->assessed_note ? g->goal->assessed_note : "");
    else if (g->ntargets == 0)
        sb_printf(out, "%s\n", j->rep->w->no_target);
    sb_free(&outcome);
}

/* Whether a goal's test case passes, fails or errs. */
typedef enum Verdict { V_PASS, V_FAIL, V_ERROR, V_SKIP } Verdict;

static Verdict verdict(const Junit *j, Status s)
{
    if (s == ST_ACHIEVED) return V_PASS;
    bool fails = j->fail_mask & (1u << s);
    if (s == ST_NODATA) return fails ? V_ERROR : V_SKIP;
    return fails ? V_FAIL : V_PASS;
}

static void testcase(Junit *j, const char *suite, const GoalResult *g)
{
    StrBuf name = {0}, out = {0};
    sb_puts(&name, g->goal->id);
    if (g->goal->title) sb_printf(&name, " %s", g->goal->title);
    sb_puts(j->sb, "    <testcase");
    attr(j, "classname", suite);
    attr(j, "name", sb_str(&name));
    sb_puts(j->sb, ">\n");
    const char *word = plan_status_word(j->rep->prog, g->status);
    goal_details(j, g, &out);
    static const char *const tags[] = {NULL, "failure", "error", "skipped"};
    Verdict v = verdict(j, g->status);
    if (v != V_PASS) {
        sb_printf(j->sb, "      <%s", tags[v]);
        attr(j, "message", word);
        if (v != V_SKIP) attr(j, "type", word);
        sb_puts(j->sb, "/>\n");
    }
    sb_puts(j->sb, "      <system-out>");
    sb_printf(j->sb, "%s: ", j->rep->w->status);
    esc(j, word);
    sb_putc(j->sb, '\n');
    esc(j, sb_str(&out));
    sb_puts(j->sb, "</system-out>\n    </testcase>\n");
    sb_free(&name);
    sb_free(&out);
}

static void suite_open(Junit *j, const char *name, int tests, const int v[4])
{
    sb_puts(j->sb, "  <testsuite");
    attr(j, "name", name);
    sb_printf(j->sb, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n", tests,
              v[V_FAIL], v[V_ERROR], v[V_SKIP]);
}

static void rules(Junit *j, int *failures)
{
    const Report *rep = j->rep;
    const PlanResult *r = rep->r;
    char v[NUM_TEXT_MAX];
    int counts[4] = {0};
    for (int i = 0; i < r->nrules; i++) counts[r->rules[i].nflagged ? V_FAIL : V_PASS]++;
    *failures += counts[V_FAIL];
    suite_open(j, rep->w->rules, r->nrules, counts);
    StrBuf name = {0}, out = {0};
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        sb_clear(&name);
        sb_puts(&name, rr->rule->id);
        if (rr->rule->title) sb_printf(&name, " %s", rr->rule->title);
        sb_puts(j->sb, "    <testcase");
        attr(j, "classname", rep->w->rules);
        attr(j, "name", sb_str(&name));
        sb_puts(j->sb, ">\n");
        sb_clear(&out);
        report_rule_counts(rep, rr, &out);
        if (rr->nflagged) {
            sb_puts(j->sb, "      <failure");
            attr(j, "message", sb_str(&out));
            attr(j, "type", rep->w->flagged);
            sb_puts(j->sb, "/>\n");
        }
        sb_putc(&out, '\n');
        for (int k = 0; k < rr->nflagged; k++) {
            const FlaggedUnit *f = &rr->flagged[k];
            sb_printf(&out, "%s (%s): %s", f->name, f->code,
                      f->nodata ? plan_status_word(rep->prog, ST_NODATA) : rep->w->flagged);
            for (size_t l = 0; l < rr->leaves.n; l++)
                sb_printf(&out, "%s%s: %s", l ? ", " : "; ", report_leaf_label(&rr->leaves.items[l]),
                          report_leaf_value(j->rep, &rr->leaves.items[l], f->leaf_values[l], v));
            sb_putc(&out, '\n');
        }
        sb_puts(j->sb, "      <system-out>");
        esc(j, sb_str(&out));
        sb_puts(j->sb, "</system-out>\n    </testcase>\n");
    }
    sb_puts(j->sb, "  </testsuite>\n");
    sb_free(&name);
    sb_free(&out);
}

void render_junit(const Report *rep, unsigned fail_mask, FILE *out)
{
    StrBuf sb = {0}, body = {0};
    Junit j = {rep, fail_mask, &body};
    const PlanResult *r = rep->r;
    int total[4] = {0}, tests = r->ngoals + r->nrules;
    for (int i = 1; i <= rep->nareas; i++) {
        int a = i % rep->nareas; /* goals outside any area last */
        const ReportArea *ar = &rep->areas[a];
        if (!ar->ngoals) continue;
        int counts[4] = {0};
        for (int k = 0; k < r->ngoals; k++)
            if (rep->goals[k].area == a) counts[verdict(&j, r->goals[k].status)]++;
        for (int v = 0; v < 4; v++) total[v] += counts[v];
        const char *name = report_area_title(rep, ar);
        suite_open(&j, name, ar->ngoals, counts);
        for (int k = 0; k < r->ngoals; k++)
            if (rep->goals[k].area == a) testcase(&j, name, &r->goals[k]);
        sb_puts(&body, "  </testsuite>\n");
    }
    if (r->nrules) rules(&j, &total[V_FAIL]);
    const PlanHeader *ph = &rep->prog->plan;
    j.sb = &sb;
    sb_puts(&sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
    attr(&j, "name", ph->title ? ph->title : rep->plan_path);
    sb_printf(&sb, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n", tests, total[V_FAIL],
              total[V_ERROR], total[V_SKIP]);
    sb_puts(&sb, sb_str(&body));
    sb_puts(&sb, "</testsuites>\n");
    fputs(sb_str(&sb), out);
    sb_free(&sb);
    sb_free(&body);
}

/* ---- `ska test --format junit` ---- */

void render_junit_test(const Program *p, const TestRun *run, bool ran, StrBuf *cases)
{
    Junit j = {NULL, 0, cases};
    const char *path = p->sources.items[run->test->loc.src].path;
    sb_puts(cases, "    <testcase");
    attr(&j, "classname", path);
    attr(&j, "name", run->test->name);
    sb_puts(cases, ">\n");
    StrBuf msg = {0}, out = {0};
    if (!ran) {
        sb_puts(cases, "      <error");
        attr(&j, "message", "the test could not be run (see the errors ska test printed)");
        sb_puts(cases, "/>\n");
    }
    for (int i = 0; ran && i < run->nchecks; i++) {
        const TestCheck *c = &run->checks[i];
        if (c->ok) continue;
        if (msg.len) sb_puts(&msg, "; ");
        size_t at = out.len;
        render_test_check(p, run, c, &out);
        sb_puts(&msg, out.data + at);
        sb_putc(&out, '\n');
        render_test_details(p, run, c, "    ", &out);
    }
    if (msg.len) {
        sb_puts(cases, "      <failure");
        attr(&j, "message", sb_str(&msg));
        attr(&j, "type", "expectation");
        sb_puts(cases, "/>\n");
        sb_puts(cases, "      <system-out>");
        esc(&j, sb_str(&out));
        sb_puts(cases, "</system-out>\n");
    }
    sb_puts(cases, "    </testcase>\n");
    sb_free(&msg);
    sb_free(&out);
}

void render_junit_test_suite(const char *name, int tests, int failures, int errors, const char *cases,
                             const char *out_text, StrBuf *suites)
{
    Junit j = {NULL, 0, suites};
    int v[4] = {0};
    v[V_FAIL] = failures, v[V_ERROR] = errors;
    suite_open(&j, name, tests, v);
    sb_puts(suites, cases);
    if (out_text && *out_text) {
        sb_puts(suites, "    <system-out>");
        esc(&j, out_text);
        sb_puts(suites, "</system-out>\n");
    }
    sb_puts(suites, "  </testsuite>\n");
}

void render_junit_test_doc(int tests, int failures, int errors, const char *suites, FILE *out)
{
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ska test\""
                 " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\">\n%s</testsuites>\n",
            tests, failures, errors, suites);
}
