/* render_test.c — `ska test` as text: a line per test, and under a failed
 * one each expectation that failed, where it is written, what it expected
 * and what the plan made of the test's data (a goal's targets with the
 * values that decided them); then the count, and with --coverage what no
 * expectation names. The sentences are shared with the JUnit renderer. */
#include <string.h>
#include "render.h"
#include "report.h"
#include "testcase.h"

/* "file:line:col" of a location, the file as the user named it. */
static void where(const Program *p, SrcLoc loc, StrBuf *sb)
{
    const Source *s = &p->sources.items[loc.src];
    int line, col;
    src_linecol(s, loc.start, &line, &col);
    sb_printf(sb, "%s:%d:%d", s->path, line, col);
}

/* The units of a list, by the names the store has for them: "skola_a,
 * skola_b" or "none". */
static void unit_list(const PlanResult *r, const int64_t *ids, StrBuf *sb)
{
    if (!ids[0]) sb_puts(sb, "none");
    for (int i = 0; ids[i]; i++) {
        const UnitInfo *u = plan_unit(r, ids[i]);
        sb_printf(sb, "%s%s", i ? ", " : "", u ? u->name : "?");
    }
}

/* The units a rule flagged, those flagged for want of data marked so. */
static void flagged_list(const Program *p, const RuleResult *rr, StrBuf *sb)
{
    if (!rr->nflagged) sb_puts(sb, "none");
    for (int i = 0; i < rr->nflagged; i++)
        sb_printf(sb, "%s%s%s%s%s", i ? ", " : "", rr->flagged[i].name, rr->flagged[i].nodata ? " (" : "",
                  rr->flagged[i].nodata ? plan_status_word(p, ST_NODATA) : "", rr->flagged[i].nodata ? ")" : "");
}

void render_test_check(const Program *p, const TestRun *run, const TestCheck *c, StrBuf *sb)
{
    const TestExpect *e = c->ex;
    where(p, e->loc, sb);
    sb_puts(sb, ": ");
    switch (e->kind) {
    case TX_GOAL: sb_printf(sb, "goal %s", e->name); break;
    case TX_TARGET:
        sb_printf(sb, "goal %s target %d", e->name, e->target + 1);
        if (c->target->target->label) sb_printf(sb, " \"%s\"", c->target->target->label);
        break;
    case TX_MEASURE: sb_printf(sb, "measure %s", e->name); break;
    case TX_RULE: sb_printf(sb, "rule %s", e->name); break;
    }
    if (e->kind != TX_RULE) {
        sb_printf(sb, ": expected %s, got %s", plan_status_word(p, e->status), plan_status_word(p, c->got));
        return;
    }
    sb_puts(sb, ": expected flags ");
    unit_list(run->res, run->want[c - run->checks], sb);
    sb_puts(sb, ", got flags ");
    flagged_list(p, c->rule, sb);
}

/* One target's status, as written, and the values that decided it. */
static void target_line(const Report *rep, const TargetResult *t, const char *indent, StrBuf *sb)
{
    sb_printf(sb, "%s%s: ", indent, plan_status_word(rep->prog, t->status));
    report_target_text(rep, t, true, sb);
    StrBuf outcome = {0};
    report_outcome(rep, t, &outcome);
    if (outcome.len) sb_printf(sb, " — %s", sb_str(&outcome));
    sb_putc(sb, '\n');
    sb_free(&outcome);
}

void render_test_details(const Program *p, const TestRun *run, const TestCheck *c, const char *indent,
                         StrBuf *sb)
{
    Report rep;
    if (!report_build(&rep, run->res, NULL, p->sources.items[0].path, NULL)) return;
    if (c->ex->kind == TX_GOAL)
        for (int i = 0; i < c->goal->ntargets; i++) target_line(&rep, &c->goal->targets[i], indent, sb);
    else if (c->ex->kind != TX_RULE)
        target_line(&rep, c->target, indent, sb);
    for (int i = 0; c->rule && i < c->rule->nflagged; i++) {
        const FlaggedUnit *f = &c->rule->flagged[i];
        sb_printf(sb, "%s%s: %s", indent, f->name, f->nodata ? plan_status_word(p, ST_NODATA) : rep.w->flagged);
        char v[NUM_TEXT_MAX];
        for (size_t l = 0; l < c->rule->leaves.n; l++)
            sb_printf(sb, "%s%s: %s", l ? ", " : "; ", report_leaf_label(&c->rule->leaves.items[l]),
                      report_leaf_value(&rep, &c->rule->leaves.items[l], f->leaf_values[l], v));
        sb_putc(sb, '\n');
    }
    report_free(&rep);
}

void render_test_text(const Program *p, const TestRun *run, bool ran, FILE *out)
{
    if (!ran) {
        fprintf(out, "ERROR \"%s\"\n", run->test->name);
        return;
    }
    fprintf(out, "%-5s \"%s\"\n", run->nfailed ? "FAIL" : "ok", run->test->name);
    StrBuf sb = {0};
    for (int i = 0; i < run->nchecks; i++) {
        const TestCheck *c = &run->checks[i];
        if (c->ok) continue;
        sb_clear(&sb);
        sb_puts(&sb, "      ");
        render_test_check(p, run, c, &sb);
        sb_putc(&sb, '\n');
        render_test_details(p, run, c, "        ", &sb);
        fputs(sb_str(&sb), out);
    }
    sb_free(&sb);
}

void render_test_coverage(const Program *p, StrBuf *sb)
{
    TestCoverage cov;
    testcase_coverage(p, &cov);
    int goals = 0, targets = 0, ntargets = 0, rules = 0;
    StrBuf missed = {0};
    for (int g = 0; g < p->goals.n; g++) {
        const Goal *goal = p->goals.items[g];
        goals += cov.goals[g];
        if (!cov.goals[g]) {
            sb_printf(&missed, "  goal %s", goal->id);
            if (goal->title) sb_printf(&missed, " \"%s\"", goal->title);
            sb_puts(&missed, " (");
            where(p, goal->loc, &missed);
            sb_puts(&missed, ")\n");
        }
        for (int t = 0; t < goal->targets.n; t++) {
            const Target *target = goal->targets.items[t];
            ntargets++;
            targets += cov.targets[g][t];
            if (cov.targets[g][t]) continue;
            sb_printf(&missed, "  goal %s target %d: ", goal->id, t + 1);
            src_text(p, target->loc, &missed);
            sb_puts(&missed, " (");
            where(p, target->loc, &missed);
            sb_puts(&missed, ")\n");
        }
    }
    for (int r = 0; r < p->rules.n; r++) {
        const Rule *rule = p->rules.items[r];
        rules += cov.rules[r];
        if (cov.rules[r]) continue;
        sb_printf(&missed, "  rule %s", rule->id);
        if (rule->title) sb_printf(&missed, " \"%s\"", rule->title);
        sb_puts(&missed, " (");
        where(p, rule->loc, &missed);
        sb_puts(&missed, ")\n");
    }
    sb_printf(sb, "coverage: %d of %d goals, %d of %d targets, %d of %d rules\n", goals, p->goals.n, targets,
              ntargets, rules, p->rules.n);
    if (missed.len) sb_printf(sb, "not exercised by any expectation:\n%s", sb_str(&missed));
    sb_free(&missed);
    testcase_coverage_free(p, &cov);
}
