/* cmd_report.c — `ska report PLAN.ska --db DB --format html|md [-o FILE]`:
 * judges the plan like `ska check`, gathers what the follow-up report shows
 * (report.h: charts per goal, measures and costs per area, the sentences
 * in the plan's language) and writes it. Markdown written to a file gets
 * its charts as SVG files beside it. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "builtins.h"
#include "cli.h"
#include "cmd.h"
#include "parse.h"
#include "render.h"
#include "render_history.h"
#include "report.h"

static const ReportWords words_sv = {
    .summary = "Sammanfattning", .concerns = "Att uppmärksamma",
    .no_concerns = "Inga mål är ej uppnådda eller saknar data, och inga regler flaggar enheter.",
    .goal_one = "mål", .goal_many = "mål",
    .area = "Område", .no_area = "Övriga mål", .goals_col = "Mål", .cost = "Kostnad",
    .total = "Totalt", .measures_in_area = "Insatser i området",
    .owner = "Ansvarig", .level = "Nivå", .levels = {NULL, "huvudman", "förvaltning", "enhet"},
    .target = "Målvärde", .outcome = "Utfall", .evidence = "Underlag", .status = "Status",
    .no_target = "Inget målvärde: målet kan inte bedömas med data.",
    .assessed = "Bedömning",
    .measures = "Insatser", .measure = "Insats", .span = "Period", .expected = "Förväntad effekt",
    .followup = "Uppföljning", .other_measures = "Övriga insatser", .goals_served = "Mål",
    .final = "sista uppföljningen", .next = "nästa",
    .rules = "Regler", .rule = "Regel", .rule_when = "när", .rule_require = "krav", .unit = "Enhet", .code = "Kod",
    .flagged = "flaggad",
    .flagged_of = "flaggade", .without_data = "utan data", .for_each = "För varje",
    .followups_due = "Uppföljningar att göra per", .no_followups = "Inga uppföljningar har infallit.",
    .date = "Datum",
    .charts_omitted = "Diagrammen finns inte med när rapporten skrivs till standard ut; "
                      "skriv den med -o FIL.md så sparas de som SVG-filer bredvid.",
    .produced_by = "Framställd med ska", .plan_word = "plan", .results_word = "resultat",
    .period_word = "period",
    .over_units = "över", .over_periods = "perioder", .with_value = "med värde",
};

static const ReportWords words_en = {
    .summary = "Summary", .concerns = "Principal concerns",
    .no_concerns = "No goal is unmet or without data, and no rule flags a unit.",
    .goal_one = "goal", .goal_many = "goals",
    .area = "Area", .no_area = "Other goals", .goals_col = "Goals", .cost = "Cost",
    .total = "Total", .measures_in_area = "Measures in this area",
    .owner = "Owner", .level = "Level", .levels = {NULL, "organiser", "administration", "unit"},
    .target = "Target", .outcome = "Result", .evidence = "Evidence", .status = "Status",
    .no_target = "No target: the goal cannot be judged from data.",
    .assessed = "Assessment",
    .measures = "Measures", .measure = "Measure", .span = "Period", .expected = "Expected effect",
    .followup = "Follow-up", .other_measures = "Other measures", .goals_served = "Goals",
    .final = "final follow-up", .next = "next",
    .rules = "Rules", .rule = "Rule", .rule_when = "when", .rule_require = "require", .unit = "Unit", .code = "Code",
    .flagged = "flagged",
    .flagged_of = "flagged", .without_data = "without data", .for_each = "For each",
    .followups_due = "Follow-ups due by", .no_followups = "No follow-up has fallen due.",
    .date = "Date",
    .charts_omitted = "Charts are left out when the report goes to standard output; "
                      "write it with -o FILE.md to get them as SVG files beside it.",
    .produced_by = "Produced by ska", .plan_word = "plan", .results_word = "results",
    .period_word = "period",
    .over_units = "over", .over_periods = "periods", .with_value = "with a value",
};

const char *report_missing(const Report *rep, Missing m)
{
    return missing_word(m, rep->prog->plan.lang);
}

/* ---- sentences ---- */

void report_subtitle(const Report *rep, StrBuf *sb)
{
    const PlanHeader *ph = &rep->prog->plan;
    char p[PERIOD_TEXT_MAX];
    if (ph->organiser) sb_puts(sb, ph->organiser);
    else if (rep->r->unit_name) sb_puts(sb, rep->r->unit_name);
    if (rep->r->period)
        sb_printf(sb, "%s%s %s", sb->len ? " · " : "", rep->w->period_word, period_format(rep->r->period, p));
}

void report_colophon(const Report *rep, StrBuf *sb)
{
    sb_printf(sb, "%s %s · %s %s · %s %s", rep->w->produced_by, SKA_VERSION, rep->w->plan_word,
              rep->plan_path, rep->w->results_word, rep->db_path);
}

void report_counts(const Report *rep, const int counts[ST_COUNT], int ngoals, StrBuf *sb)
{
    sb_printf(sb, "%d %s", ngoals, ngoals == 1 ? rep->w->goal_one : rep->w->goal_many);
    bool first = true;
    for (int s = 0; s < ST_COUNT; s++) {
        if (!counts[s]) continue;
        sb_printf(sb, "%s%d %s", first ? ": " : ", ", counts[s], plan_status_word(rep->prog, (Status)s));
        first = false;
    }
}

void report_outcome(const Report *rep, const TargetResult *t, StrBuf *sb)
{
    fmt_outcome(t, rep->prog->plan.lang, true, sb);
}

void report_target_text(const Report *rep, const TargetResult *t, bool label, StrBuf *sb)
{
    SrcLoc span = t->target->expr->loc;
    if (t->target->partly) span.end = t->target->partly->loc.end;
    src_text(rep->prog, span, sb);
    if (label && t->target->label) sb_printf(sb, " “%s”", t->target->label);
}

static const char *fn_word(const char *fn, Lang lang)
{
    static const char *const sv[][2] = {
        {"mean", "medelvärde"}, {"min", "lägsta värde"}, {"max", "högsta värde"},
        {"spread", "spridning"}, {"count", "antal"}, {"rank", "placering"}, {"change", "förändring"},
        {"gap", "skillnad"}, {"latest", "senaste värde"}, {"abs", "belopp"}, {"trend", "trend"}};
    if (lang == LANG_EN) return fn;
    for (size_t i = 0; i < sizeof sv / sizeof sv[0]; i++)
        if (strcmp(sv[i][0], fn) == 0) return sv[i][1];
    return fn;
}

static const char *ind_label(const Indicator *ind) { return ind->title ? ind->title : ind->name; }

void report_evidence(const Report *rep, const Evidence *e, StrBuf *sb)
{
    char p1[PERIOD_TEXT_MAX], p2[PERIOD_TEXT_MAX], v[NUM_TEXT_MAX];
    Lang lang = rep->prog->plan.lang;
    const PlanResult *r = rep->r;
    if (e->kind == EV_VALUE) {
        sb_printf(sb, "%s, %s, %s", e->ind ? ind_label(e->ind) : "?", period_format(e->period, p1),
                  group_word(e->group, lang));
        if (e->unit != r->unit) {
            const UnitInfo *u = plan_unit(r, e->unit);
            if (u) sb_printf(sb, ", %s", u->name);
        }
        sb_printf(sb, ": %s", fmt_value(e->value, e->value_unit, lang, v));
        change_revision_text(r, e, sb);
        return;
    }
    sb_puts(sb, fn_word(e->what, lang));
    if (e->of) sb_printf(sb, " %s %s", lang == LANG_EN ? "of the" : "av", fn_word(e->of, lang));
    if (e->ind) sb_printf(sb, " %s %s", lang == LANG_EN ? "of" : "av", ind_label(e->ind));
    if (e->unit) {
        const UnitInfo *u = plan_unit(r, e->unit);
        if (u) sb_printf(sb, " %s %s", lang == LANG_EN ? "for" : "för", u->name);
    }
    if (e->unitset_kind) {
        sb_printf(sb, " %s %d %s", rep->w->over_units, e->nunits, unit_kind_word(e->unitset_kind, lang, true));
        if (e->period) sb_printf(sb, ", %s, %s", period_format(e->period, p1), group_word(e->group, lang));
        sb_printf(sb, " (%d %s)", e->npresent, rep->w->with_value);
    } else if (e->period)
        sb_printf(sb, " %s %s..%s (%d %s %d %s %s)", rep->w->over_units, period_format(e->period, p1),
                  period_format(e->period_to, p2), e->npresent, lang == LANG_EN ? "of" : "av",
                  e->nunits, rep->w->over_periods, rep->w->with_value);
    sb_puts(sb, ": ");
    if (strcmp(e->what, "rank") == 0) fmt_rank(e->value, e->ties, lang, sb);
    else sb_puts(sb, fmt_value(e->value, e->value_unit, lang, v));
}

void report_followups(const Report *rep, const Measure *m, StrBuf *sb)
{
    char d[NUM_TEXT_MAX];
    for (int i = 0; i < m->followups.n; i++) {
        const Followup *f = m->followups.items[i];
        sb_printf(sb, "%s%s", i ? "; " : "", f->method);
        if (f->every) sb_printf(sb, " %s", cadence_word(f->every, rep->prog->plan.lang));
        for (int k = 0; k < f->ndates; k++) sb_printf(sb, "%s%s", k ? ", " : " ", fmt_date(f->dates[k], d));
        /* when it next falls due, seen from the report's date */
        int32_t next = rep->r->as_of ? followup_next(m, f, rep->r->as_of) : 0;
        if (next) sb_printf(sb, " (%s %s)", rep->w->next, fmt_date(next, d));
    }
}

void report_expected(const Report *rep, const MeasureResult *mr, StrBuf *sb)
{
    const Measure *m = mr->measure;
    if (m->expect_text) sb_puts(sb, m->expect_text);
    if (m->expect) {
        if (m->expect_text) sb_puts(sb, "; ");
        src_text(rep->prog, m->expect->loc, sb);
    }
}

void report_rule_counts(const Report *rep, const RuleResult *rr, StrBuf *sb)
{
    const char *kind = rr->rule->scope_kind ? rr->rule->scope_kind : "school";
    sb_printf(sb, "%d %s %d %s %s", rr->nflagged - rr->nnodata,
              rep->prog->plan.lang == LANG_EN ? "of" : "av", rr->nunits, unit_kind_word(kind, rep->prog->plan.lang, true),
              rep->w->flagged_of);
    if (rr->nnodata) sb_printf(sb, ", %d %s", rr->nnodata, rep->w->without_data);
}

const char *report_leaf_label(const Evidence *leaf)
{
    if (leaf->what) return leaf->what;
    return leaf->ind ? ind_label(leaf->ind) : "?";
}

const char *report_leaf_value(const Report *rep, const Evidence *leaf, Cell c, char buf[NUM_TEXT_MAX])
{
    return fmt_value(c, leaf->value_unit, rep->prog->plan.lang, buf);
}

bool report_lists_measure(const Report *rep, int i, int area)
{
    return rep->measure_area[i] == area;
}

bool report_shows_goal(const Report *rep, const Goal *g)
{
    for (int i = 0; i < rep->r->ngoals; i++)
        if (rep->r->goals[i].goal == g) return true;
    return false;
}

void report_due_text(const Report *rep, const FollowupDue *f, StrBuf *sb)
{
    sb_puts(sb, f->followup->method);
    if (f->followup->every) sb_printf(sb, " %s", cadence_word(f->followup->every, rep->prog->plan.lang));
    if (f->last) sb_printf(sb, " (%s)", rep->w->final);
}

void report_cost(double tkr, StrBuf *sb)
{
    char v[NUM_TEXT_MAX];
    sb_printf(sb, "%s tkr", fmt_number(tkr, v));
}

const char *report_area_title(const Report *rep, const ReportArea *ar)
{
    if (ar->name) return ar->name;
    if (!ar->ngoals) return rep->w->other_measures;
    return rep->nareas > 1 ? rep->w->no_area : rep->w->goals_col;
}

/* ---- building the report ---- */

static int area_index(const Report *rep, const char *area)
{
    if (!area) return 0;
    for (int i = 1; i < rep->nareas; i++)
        if (strcmp(rep->areas[i].name, area) == 0) return i;
    return 0;
}

/* The indicators an expression reads, each once, in order. */
static void collect_indicators(const Expr *e, const Indicator **out, int *n, int max)
{
    if (!e) return;
    switch (e->kind) {
    case E_REF:
        if (e->u.ref.rk == R_INDICATOR) {
            for (int i = 0; i < *n; i++)
                if (out[i] == e->u.ref.decl) return;
            if (*n < max) out[(*n)++] = e->u.ref.decl;
        }
        return;
    case E_CALL:
        for (int i = 0; i < e->u.call.args.n; i++) collect_indicators(e->u.call.args.items[i], out, n, max);
        return;
    case E_BIN: collect_indicators(e->u.bin.l, out, n, max); collect_indicators(e->u.bin.r, out, n, max); return;
    case E_NEG:
    case E_NOT: collect_indicators(e->u.sub, out, n, max); return;
    default: return;
    }
}

/* What the right side of a relative target compares against, as a
 * chart's legend names it: "riket", "riket 2020", "värdet 2020",
 * "medelvärde kommuner", "riket − 5"; its source text where it is none of
 * these. */
static void against_text(const Program *prog, const Indicator *ind, const Expr *e, StrBuf *sb)
{
    char v[NUM_TEXT_MAX], per[PERIOD_TEXT_MAX];
    Lang lang = prog->plan.lang;
    if (e->kind == E_NUM) {
        sb_puts(sb, fmt_number(e->u.num.v, v));
        return;
    }
    if (e->kind == E_REF && e->u.ref.rk == R_INDICATOR && !e->u.ref.s->back && !e->u.ref.s->unitset_kind) {
        const Selection *s = e->u.ref.s;
        const char *unit = s->unit_decl ? s->unit_decl->name : s->unit_text;
        if (unit && strcmp(unit, "0000") == 0) unit = lang == LANG_EN ? "national" : "riket";
        if (e->u.ref.decl != ind) sb_puts(sb, e->u.ref.name);
        else if (!unit) sb_puts(sb, lang == LANG_EN ? "the value in" : "värdet");
        if (unit) sb_printf(sb, "%s%s", sb->len ? " " : "", unit);
        if (s->period) sb_printf(sb, "%s%s", sb->len ? " " : "", period_format(s->period, per));
        if (sb->len) return;
    }
    if (e->kind == E_CALL && e->u.call.args.n == 2) {
        sb_printf(sb, "%s ", fn_word(e->u.call.name, lang));
        src_text(prog, ((const Expr *)e->u.call.args.items[1])->loc, sb);
        return;
    }
    const Expr *r = e->kind == E_BIN ? e->u.bin.r : NULL;
    if (r && (e->u.bin.op == OP_ADD || e->u.bin.op == OP_SUB) && r->kind == E_NUM) {
        against_text(prog, ind, e->u.bin.l, sb);
        sb_printf(sb, " %s %s", e->u.bin.op == OP_ADD ? "+" : "−", fmt_number(r->u.num.v, v));
        return;
    }
    src_text(prog, e->loc, sb);
}

/* A target's comparison `ind[sel] op right` drawn into ind's chart: only
 * when its left side is the organiser's value of ind (any group, at most
 * one named period). A right side that reads no indicator is a level; the
 * indicator's own previous value is named only; any other is drawn as its
 * value in each period (at the left side's period only, when it names
 * one). False on a store error. */
static bool add_bound(Eval *ev, const Program *prog, ReportChart *rc, const Expr *e, bool partly)
{
    Chart *c = &rc->chart;
    if (!e || e->kind != E_BIN || !binop_is_comparison(e->u.bin.op) || c->nbounds == CHART_MAX_BOUNDS)
        return true;
    const Expr *l = e->u.bin.l, *right = e->u.bin.r;
    if (l->kind != E_REF || l->u.ref.rk != R_INDICATOR || l->u.ref.decl != c->ind) return true;
    const Selection *s = l->u.ref.s;
    if (s->range_from || s->back || s->latest || s->unit_decl || s->unit_text || s->unitset_kind) return true;
    Value v;
    bool ok = eval_value(ev, right, &v, NULL);
    if (ok && v.kind == VK_SCALAR && !v.boolean && !v.scalar.miss) {
        ChartBound *b = &c->bounds[c->nbounds++];
        *b = (ChartBound){(v.scalar.lo + v.scalar.hi) / 2, e->u.bin.op, partly,
                          s->group >= 0 ? (Group)s->group : GRP_TOTAL, NULL, false, ""};
        const Indicator *reads[1];
        int nreads = 0;
        collect_indicators(right, reads, &nreads, 1);
        const Selection *rs = right->kind == E_REF ? right->u.ref.s : NULL;
        if (rs && right->u.ref.decl == c->ind && rs->back && !rs->period && !rs->unit_decl && !rs->unit_text &&
            !rs->unitset_kind) {
            b->previous = true;
        } else if (nreads) {
            Cell *cells = xcalloc((size_t)c->nperiods + 1, sizeof *cells);
            for (int i = 0; i < c->nperiods && ok; i++) {
                Value at;
                cells[i].miss = M_NO_ROW;
                if (s->period && s->period != c->periods[i]) continue;
                ok = eval_value_at(ev, right, c->periods[i], &at);
                if (ok && at.kind == VK_SCALAR && !at.boolean) cells[i] = at.scalar;
                value_free(&at);
            }
            /* the same value in every period (`x[2020]`): a level after all */
            bool level = !s->period;
            for (int i = 0; i < c->nperiods; i++)
                level &= !cells[i].miss && cells[i].lo == cells[0].lo && cells[i].hi == cells[0].lo;
            if (level) free(cells);
            else b->series = rc->bound_cells[c->nbounds - 1] = cells;
            StrBuf t = {0};
            against_text(prog, c->ind, right, &t);
            size_t n = t.len < sizeof b->against ? t.len : sizeof b->against - 1;
            while (n < t.len && ((unsigned char)t.data[n] & 0xC0) == 0x80) n--; /* whole characters */
            memcpy(b->against, t.data, n);
            sb_free(&t);
        }
    }
    value_free(&v);
    return ok;
}

/* The trend of one indicator for a goal; false when the store has no value
 * of it at all (no chart), or on a store error (*failed). */
static bool build_chart(Eval *ev, const PlanResult *r, const GoalResult *g, const Indicator *ind,
                        ReportChart *rc, bool *failed)
{
    memset(rc, 0, sizeof *rc);
    long n = -1;
    bool any = false;
    for (int grp = 0; grp < GRP_COUNT; grp++) {
        Period *ps;
        long k = eval_indicator_series(ev, ind, (Group)grp, &ps, &rc->cells[grp]);
        if (k < 0) *failed = true;
        bool present = false;
        for (long i = 0; i < k; i++) present |= !rc->cells[grp][i].miss;
        /* every group's series covers the same stored periods */
        if (present && (n < 0 || k == n)) {
            if (n < 0) rc->periods = ps, n = k;
            else free(ps);
            any = true;
        } else {
            free(ps);
            free(rc->cells[grp]);
            rc->cells[grp] = NULL;
        }
    }
    if (!any) return false;
    /* the chart spans the organiser's own values: periods that only other
     * units have (schools' 2025 in a municipality's chart) are left out
     * at either end */
    long first = n, last = -1;
    for (int grp = 0; grp < GRP_COUNT; grp++)
        for (long i = 0; rc->cells[grp] && i < n; i++)
            if (!rc->cells[grp][i].miss) first = i < first ? i : first, last = i > last ? i : last;
    n = last - first + 1;
    memmove(rc->periods, rc->periods + first, sizeof *rc->periods * (size_t)n);
    for (int grp = 0; grp < GRP_COUNT; grp++)
        if (rc->cells[grp]) memmove(rc->cells[grp], rc->cells[grp] + first, sizeof *rc->cells[grp] * (size_t)n);
    Chart *c = &rc->chart;
    c->ind = ind;
    c->periods = rc->periods;
    c->nperiods = (int)n;
    for (int grp = 0; grp < GRP_COUNT; grp++) c->cells[grp] = rc->cells[grp];
    c->lang = r->prog->plan.lang;
    if (r->period) c->review = period_convert(r->period, period_kind(rc->periods[0]));
    for (int t = 0; t < g->ntargets; t++)
        if (!add_bound(ev, r->prog, rc, g->targets[t].target->expr, false) ||
            !add_bound(ev, r->prog, rc, g->targets[t].target->partly, true))
            *failed = true;
    return true;
}

/* A goal whose targets read more indicators than this shows the first ones. */
#define GOAL_MAX_CHARTS 8

static bool build_charts(Report *rep, Eval *ev)
{
    bool failed = false;
    for (int i = 0; i < rep->r->ngoals && !failed; i++) {
        ReportGoal *rg = &rep->goals[i];
        const Indicator *inds[GOAL_MAX_CHARTS];
        int n = 0;
        for (int t = 0; t < rg->res->ntargets; t++) {
            collect_indicators(rg->res->targets[t].target->expr, inds, &n, GOAL_MAX_CHARTS);
            collect_indicators(rg->res->targets[t].target->partly, inds, &n, GOAL_MAX_CHARTS);
        }
        rg->charts = xcalloc((size_t)n + 1, sizeof *rg->charts);
        for (int k = 0; k < n && !failed; k++)
            if (build_chart(ev, rep->r, rg->res, inds[k], &rg->charts[rg->ncharts], &failed))
                rg->ncharts++;
    }
    return !failed;
}

/* By date, then in the plan's order (the entries point into one array). */
static int cmp_due(const void *a, const void *b)
{
    const FollowupDue *x = *(const FollowupDue *const *)a, *y = *(const FollowupDue *const *)b;
    if (x->date != y->date) return (x->date > y->date) - (x->date < y->date);
    return (x > y) - (x < y);
}

static bool measure_shown(const Report *rep, const Measure *m)
{
    for (int i = 0; i < rep->r->nmeasures; i++)
        if (rep->r->measures[i].measure == m) return rep->measure_area[i] >= 0;
    return false;
}

bool report_build(Report *rep, const PlanResult *r, Eval *ev, const char *plan_path, const char *db_path)
{
    const Program *p = r->prog;
    memset(rep, 0, sizeof *rep);
    rep->r = r;
    rep->prog = p;
    rep->w = p->plan.lang == LANG_EN ? &words_en : &words_sv;
    rep->plan_path = plan_path;
    rep->db_path = db_path;
    rep->nareas = p->areas.n + 1;
    rep->areas = xcalloc((size_t)rep->nareas, sizeof *rep->areas);
    for (int i = 1; i < rep->nareas; i++) rep->areas[i].name = p->areas.items[i - 1];
    rep->goals = xcalloc((size_t)r->ngoals + 1, sizeof *rep->goals);
    for (int i = 0; i < r->ngoals; i++) {
        rep->goals[i].res = &r->goals[i];
        rep->goals[i].area = area_index(rep, r->goals[i].goal->area);
        ReportArea *a = &rep->areas[rep->goals[i].area];
        a->ngoals++;
        a->counts[r->goals[i].status]++;
    }
    /* A measure is shown when a selected goal is served by it; one serving
     * no goal only when the whole plan is reported. It is listed once, at
     * the end of its own area's section, else its first goal's (its cost
     * counts there); the goals it serves refer to it there. */
    bool whole = r->ngoals == p->goals.n;
    rep->measure_area = xcalloc((size_t)r->nmeasures + 1, sizeof *rep->measure_area);
    for (int i = 0; i < r->nmeasures; i++) {
        const Measure *m = r->measures[i].measure;
        const Goal *first = m->goals.n ? ((const NameRef *)m->goals.items[0])->decl : NULL;
        int a = area_index(rep, m->area ? m->area : first ? first->area : NULL);
        bool shown = whole && m->goals.n == 0;
        for (int g = 0; g < r->ngoals; g++) shown |= measure_serves(m, r->goals[g].goal);
        rep->measure_area[i] = shown ? a : -1;
        if (!shown) continue;
        ReportArea *ar = &rep->areas[a];
        ar->nmeasures++;
        rep->nmeasures++;
        if (m->has_cost) {
            ar->cost_tkr += m->cost_tkr;
            ar->has_cost = true;
            rep->cost_tkr += m->cost_tkr;
            rep->has_cost = true;
        }
    }
    /* the follow-ups due of the measures shown, by date */
    rep->due = xmalloc(sizeof *rep->due * ((size_t)r->ndue + 1));
    for (int i = 0; i < r->ndue; i++)
        if (measure_shown(rep, r->due[i].measure)) rep->due[rep->ndue++] = &r->due[i];
    qsort(rep->due, (size_t)rep->ndue, sizeof *rep->due, cmp_due);
    return !ev || build_charts(rep, ev);
}

void report_free(Report *rep)
{
    for (int i = 0; rep->goals && i < rep->r->ngoals; i++) {
        for (int k = 0; k < rep->goals[i].ncharts; k++) {
            ReportChart *rc = &rep->goals[i].charts[k];
            free(rc->periods);
            for (int g = 0; g < GRP_COUNT; g++) free(rc->cells[g]);
            for (int b = 0; b < rc->chart.nbounds; b++) free(rc->bound_cells[b]);
            free(rc->file);
        }
        free(rep->goals[i].charts);
    }
    free(rep->goals);
    free(rep->areas);
    free(rep->measure_area);
    free(rep->due);
}

/* ---- the command ---- */

static const char report_usage[] =
    "usage: ska report PLAN.ska [--db DB] [--format html|md] [-o FILE] [options]\n\n"
    "Writes the follow-up report of the plan: a summary with the status of every goal\n"
    "and the principal concerns, then area by area each goal with its status, the\n"
    "values that decided each target, trend charts of its indicators (totalt, flickor,\n"
    "pojkar) with the target drawn in, and its measures with owners and costs; the\n"
    "units flagged by each rule; the follow-ups due.\n\n"
    "options:\n"
    "  --db DB            the results store (default: $SKA_DB)\n"
    "  --format F         html (one self-contained file) or md (Markdown); default:\n"
    "                     from the extension of -o, else html\n"
    "  -o, --output FILE  write to FILE (default: standard output); Markdown charts\n"
    "                     are written as SVG files beside FILE\n"
    "  --period P         the period under review (2019, 2018/19, ht2020); default:\n"
    "                     the plan's period, else the latest period with data\n"
    "  --only G1,G2       report only these goals\n"
    "  --area NAME        report only the goals of this area\n"
    "  --as-of DATE       list the follow-ups due by DATE (YYYY-MM-DD; default: today)\n"
    "  --since WHICH      begin with what changed since a recorded judgement: its\n"
    "                     label, latest (the plan's last recorded), or #N\n"
    "  --record[=LABEL]   record this judgement in DB, as `ska check --record` does\n\n"
    "exit status: 0 the report is written, 2 an error in the plan, data or arguments.\n";

static int32_t today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && str_ieq(s + n - k, suffix);
}

/* A file-name-safe form of a goal id or indicator name: å ä ö and é become
 * a a o e, other letters and digits stay, anything else becomes '-'. */
static void file_part(StrBuf *sb, const char *s)
{
    static const char *const fold[][2] = {{"å", "a"}, {"ä", "a"}, {"ö", "o"}, {"é", "e"},
                                          {"Å", "A"}, {"Ä", "A"}, {"Ö", "O"}, {"É", "E"}};
    while (*s) {
        size_t i, n = sizeof fold / sizeof fold[0];
        for (i = 0; i < n; i++)
            if (strncmp(s, fold[i][0], strlen(fold[i][0])) == 0) break;
        if (i < n) {
            sb_puts(sb, fold[i][1]);
            s += strlen(fold[i][0]);
            continue;
        }
        unsigned char c = (unsigned char)*s++;
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (keep) sb_putc(sb, (char)c);
        else if (c < 0x80 || (c & 0xC0) == 0xC0) sb_putc(sb, '-');
    }
}

/* Writes each chart of a Markdown report as an SVG file beside out_path,
 * named after the report, the goal and the indicator, into a temporary
 * file each (files[], *nfiles of them) that the caller puts in place. */
static bool write_chart_files(Report *rep, const char *out_path, CliFile **files, size_t *nfiles)
{
    const char *slash = strrchr(out_path, '/');
    const char *dot = strrchr(out_path, '.');
    size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - out_path) : strlen(out_path);
    size_t dir = slash ? (size_t)(slash - out_path + 1) : 0, cap = 0;
    StrBuf path = {0}, svg = {0};
    bool ok = true;
    for (int i = 0; i < rep->r->ngoals && ok; i++) {
        ReportGoal *rg = &rep->goals[i];
        for (int k = 0; k < rg->ncharts && ok; k++) {
            ReportChart *rc = &rg->charts[k];
            sb_clear(&path);
            sb_putn(&path, out_path + dir, stem - dir);
            sb_putc(&path, '-');
            file_part(&path, rg->res->goal->id);
            sb_putc(&path, '-');
            file_part(&path, rc->chart.ind->name);
            sb_puts(&path, ".svg");
            rc->file = xstrdup(sb_str(&path));
            sb_clear(&path);
            sb_putn(&path, out_path, dir);
            sb_puts(&path, rc->file);
            sb_clear(&svg);
            chart_svg(&rc->chart, true, &svg);
            CliFile cf = {0};
            ok = cli_file_open(&cf, "report", sb_str(&path));
            if (ok) {
                fputs(sb_str(&svg), cf.f);
                ok = cli_file_close(&cf, "report");
            }
            VEC_PUSH(*files, *nfiles, cap, cf); /* the caller frees it */
        }
    }
    sb_free(&path);
    sb_free(&svg);
    return ok;
}

int cmd_report(int argc, char **argv)
{
    enum { O_DB = 1, O_FORMAT, O_OUTPUT, O_PERIOD, O_ONLY, O_AREA, O_ASOF, O_SINCE, O_RECORD, O_HELP };
    static const struct option opts[] = {
        {"db", required_argument, NULL, O_DB}, {"format", required_argument, NULL, O_FORMAT},
        {"output", required_argument, NULL, O_OUTPUT}, {"period", required_argument, NULL, O_PERIOD},
        {"only", required_argument, NULL, O_ONLY}, {"area", required_argument, NULL, O_AREA},
        {"as-of", required_argument, NULL, O_ASOF}, {"since", required_argument, NULL, O_SINCE},
        {"record", optional_argument, NULL, O_RECORD}, {"help", no_argument, NULL, O_HELP},
        {0, 0, 0, 0}};
    CliHistory hist = {0};
    const char *db = cli_default_db(), *format = NULL, *out_path = NULL;
    EvalOptions eo = {0};
    opterr = 0;
    optind = 1;
    int c;
    /* the leading ':' tells a missing value (':') from an unknown option ('?') */
    while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
        switch (c) {
        case O_DB: db = optarg; break;
        case O_FORMAT:
            if (strcmp(optarg, "html") != 0 && strcmp(optarg, "md") != 0)
                return cli_usage_error("report", "--format '%s' is not a report format (expected html or md)", optarg);
            format = optarg;
            break;
        case 'o':
        case O_OUTPUT: out_path = optarg; break;
        case O_PERIOD:
            if (!period_parse(optarg, strlen(optarg), &eo.period))
                return cli_usage_error("report", "--period '%s' is not a period (" CLI_PERIOD_EXPECTED ")", optarg);
            break;
        case O_ONLY: eo.only = optarg; break;
        case O_AREA: eo.area = optarg; break;
        case O_ASOF:
            if (!cli_date(optarg, &eo.as_of))
                return cli_usage_error("report", "--as-of '%s' is not a date (expected YYYY-MM-DD)", optarg);
            break;
        case O_SINCE: hist.since = optarg; break;
        case O_RECORD:
            hist.record = true;
            hist.label = cli_record_label(argc, argv, optarg);
            break;
        case 'h':
        case O_HELP: fputs(report_usage, stdout); return 0;
        case ':': return cli_usage_error("report", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("report", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("report", "%s", optind >= argc ? "expected one plan file" : "expected only one plan file");
    if (!db) return cli_usage_error("report", "%s", "no store given (use --db DB or set SKA_DB)");
    if (!format) format = out_path && ends_with(out_path, ".md") ? "md" : "html";
    if (!eo.as_of) eo.as_of = today();
    const char *plan_path = argv[optind];

    Judged j;
    int rc = 2;
    Eval *ev = NULL;
    Report rep = {0};
    CliFile out = {0}, *charts = NULL;
    size_t ncharts = 0;
    if (!cli_judge(&j, "report", plan_path, db, &eo, false) || !cli_history_read(&hist, &j, "report")) goto done;
    /* the charts read each indicator's series through a session of their own */
    ev = eval_open(j.prog, j.st, eo.period);
    if (!ev || !report_build(&rep, j.res, ev, plan_path, db)) goto done;
    bool md = strcmp(format, "md") == 0;
    if (md && out_path && !write_chart_files(&rep, out_path, &charts, &ncharts)) goto done;
    /* standard output is checked by main; a file is written aside and
     * renamed into place with its charts only when all is written */
    if (out_path && !cli_file_open(&out, "report", out_path)) goto done;
    if (md) render_md(&rep, out_path ? out.f : stdout);
    else render_html(&rep, out_path ? out.f : stdout);
    if (out_path && !cli_file_close(&out, "report")) goto done;
    bool ok = true;
    for (size_t i = 0; i < ncharts && ok; i++) ok = cli_file_commit(&charts[i], "report");
    if (!ok || (out_path && !cli_file_commit(&out, "report"))) goto done;
    cli_flush_stdout();
    if (cli_history_record(&hist, &j, "report", db, plan_path)) rc = 0;
done:
    cli_history_free(&hist);
    cli_file_free(&out);
    for (size_t i = 0; i < ncharts; i++) cli_file_free(&charts[i]);
    free(charts);
    if (rep.r) report_free(&rep);
    eval_close(ev);
    cli_finish(&j);
    return rc;
}
