/* render_md.c — the follow-up report as Markdown (GitHub-flavoured tables),
 * for pasting into other documents. It says what the HTML report says, in
 * the same sentences (report.h); charts are images of the SVG files written
 * beside the .md, or left out with a note when there are no files. */
#include <stdlib.h>
#include <string.h>
#include "render.h"
#include "render_history.h"
#include "report.h"

typedef struct Md { const Report *rep; const ReportWords *w; StrBuf *sb; } Md;

/* Text with Markdown's active characters escaped; new lines become spaces
 * so a value never breaks a table row. */
static void esc(Md *m, const char *s)
{
    for (; s && *s; s++) {
        /* '<' only where it could open an HTML tag, '&' an entity */
        char next = (char)(s[1] | 0x20);
        bool word = (next >= 'a' && next <= 'z') || s[1] == '#';
        bool tag = *s == '<' && (word || s[1] == '/' || s[1] == '!' || s[1] == '?');
        if (tag || (*s == '&' && word) || strchr("\\`*_[]|", *s)) sb_putc(m->sb, '\\');
        sb_putc(m->sb, *s == '\n' ? ' ' : *s);
    }
}

static void code(Md *m, const char *s)
{
    bool tick = strchr(s, '`') != NULL;
    sb_puts(m->sb, tick ? "`` " : "`");
    for (; *s; s++) {
        if (*s == '|') sb_putc(m->sb, '\\');
        sb_putc(m->sb, *s == '\n' ? ' ' : *s);
    }
    sb_puts(m->sb, tick ? " ``" : "`");
}

static void para(Md *m, const char *s)
{
    esc(m, s);
    sb_puts(m->sb, "\n\n");
}

static void heading(Md *m, int level, const char *id, const char *title)
{
    for (int i = 0; i < level; i++) sb_putc(m->sb, '#');
    sb_putc(m->sb, ' ');
    if (id) {
        esc(m, id);
        if (title) sb_putc(m->sb, ' ');
    }
    esc(m, title);
    sb_puts(m->sb, "\n\n");
}

/* A table's heading row; align has an 'l' or 'r' per column. */
static void thead(Md *m, const char *const *cols, int n, const char *align)
{
    for (int i = 0; i < n; i++) {
        sb_puts(m->sb, "| ");
        esc(m, cols[i]);
        sb_putc(m->sb, ' ');
    }
    sb_puts(m->sb, "|\n");
    for (int i = 0; i < n; i++) sb_puts(m->sb, align[i] == 'r' ? "|--:" : "|---");
    sb_puts(m->sb, "|\n");
}

static void cell(Md *m, const char *s)
{
    sb_puts(m->sb, "| ");
    esc(m, s && *s ? s : "–");
    sb_putc(m->sb, ' ');
}

static const char *status(Md *m, Status s) { return plan_status_word(m->rep->prog, s); }

static void header(Md *m)
{
    const PlanHeader *ph = &m->rep->prog->plan;
    StrBuf s = {0};
    heading(m, 1, NULL, ph->title ? ph->title : m->rep->plan_path);
    report_subtitle(m->rep, &s);
    if (s.len) para(m, sb_str(&s));
    if (ph->description) para(m, ph->description);
    sb_free(&s);
}

/* The values that moved under a goal, one after the other in its cell. */
typedef struct ValueCell { Md *m; bool any; } ValueCell;

static void value_line(void *ctx, const char *line)
{
    ValueCell *vc = ctx;
    sb_puts(vc->m->sb, vc->any ? "; " : "| ");
    vc->any = true;
    esc(vc->m, line);
}

/* What changed since the recorded run --since named (see render_html.c). */
static void changes(Md *m)
{
    const Changes *c = m->rep->r->changes;
    if (!c || !c->compared) return;
    const ChangeWords *cw = change_words(m->rep->prog->plan.lang);
    StrBuf s = {0};
    heading(m, 2, NULL, cw->heading);
    sb_printf(&s, "%s ", cw->compared_with);
    change_run_text(&c->since, &s);
    sb_puts(&s, ".");
    if (c->plan_changed) sb_printf(&s, " %s", cw->plan_changed);
    para(m, sb_str(&s));
    const char *cols[] = {"", cw->item, cw->then, cw->now, cw->values};
    thead(m, cols, 5, "lllll");
    for (size_t i = 0; i < c->nitems; i++) {
        const ItemChange *ic = &c->items[i];
        if (ic->kind != RK_GOAL) continue;
        cell(m, trend_arrow(ic->trend));
        sb_clear(&s);
        sb_printf(&s, "%s %s", ic->key, ic->goal ? (ic->goal->goal->title ? ic->goal->goal->title : "")
                                                 : ic->title ? ic->title : "");
        cell(m, sb_str(&s));
        cell(m, ic->before >= 0 ? status(m, (Status)ic->before) : cw->added);
        cell(m, ic->after >= 0 ? status(m, (Status)ic->after) : cw->removed);
        ValueCell vc = {m, false};
        change_goal_values(m->rep, i, value_line, &vc);
        sb_puts(m->sb, vc.any ? " |\n" : "| – |\n");
    }
    sb_putc(m->sb, '\n');
    if (c->nrevisions) {
        heading(m, 3, NULL, cw->revised_values);
        for (size_t i = 0; i < c->nrevisions; i++) {
            sb_clear(&s);
            change_revised_value_text(m->rep->r, &c->revisions[i], &s);
            sb_puts(m->sb, "- ");
            esc(m, sb_str(&s));
            sb_putc(m->sb, '\n');
        }
        sb_putc(m->sb, '\n');
    }
    sb_free(&s);
}

/* One row of the table of areas (see overview); the totals in bold. */
static void overview_row(Md *m, const char *name, bool total, int ngoals, const int counts[ST_COUNT],
                         int nmeasures, bool has_cost, double cost)
{
    char n[16];
    StrBuf c = {0};
    const char *bold = total ? "**" : "";
    sb_printf(m->sb, "| %s", bold);
    esc(m, name);
    sb_printf(m->sb, "%s ", bold);
    snprintf(n, sizeof n, "%d", ngoals);
    cell(m, ngoals ? n : NULL);
    for (int s = 0; s < ST_COUNT; s++) {
        snprintf(n, sizeof n, "%d", counts[s]);
        cell(m, counts[s] ? n : NULL);
    }
    snprintf(n, sizeof n, "%d", nmeasures);
    cell(m, nmeasures ? n : NULL);
    if (has_cost) report_cost(cost, &c);
    cell(m, sb_str(&c));
    sb_puts(m->sb, "|\n");
    sb_free(&c);
}

/* A table of areas: their goals per status, their measures and the cost
 * of them, and the totals. */
static void overview(Md *m)
{
    const Report *rep = m->rep;
    const char *cols[4 + ST_COUNT];
    if (!rep->r->ngoals && !rep->nmeasures) return;
    cols[0] = m->w->area;
    cols[1] = m->w->goals_col;
    for (int s = 0; s < ST_COUNT; s++) cols[2 + s] = status(m, (Status)s);
    cols[2 + ST_COUNT] = m->w->measures;
    cols[3 + ST_COUNT] = m->w->cost;
    thead(m, cols, 4 + ST_COUNT, "lrrrrrrr");
    for (int i = 1; i <= rep->nareas; i++) {
        const ReportArea *ar = &rep->areas[i % rep->nareas]; /* goals outside any area last */
        if (ar->ngoals || ar->nmeasures)
            overview_row(m, report_area_title(rep, ar), false, ar->ngoals, ar->counts, ar->nmeasures,
                         ar->has_cost, ar->cost_tkr);
    }
    overview_row(m, m->w->total, true, rep->r->ngoals, rep->r->counts, rep->nmeasures, rep->has_cost,
                 rep->cost_tkr);
    sb_putc(m->sb, '\n');
}

static void concerns(Md *m)
{
    const PlanResult *r = m->rep->r;
    StrBuf t = {0};
    heading(m, 3, NULL, m->w->concerns);
    bool any = false;
    for (int pass = 0; pass < 2; pass++) {
        Status want = pass == 0 ? ST_FAILED : ST_NODATA;
        for (int i = 0; i < r->ngoals; i++) {
            const Goal *g = r->goals[i].goal;
            if (r->goals[i].status != want) continue;
            any = true;
            sb_puts(m->sb, "- **");
            esc(m, status(m, want));
            sb_puts(m->sb, ":** ");
            esc(m, g->id);
            sb_putc(m->sb, ' ');
            esc(m, g->title);
            sb_putc(m->sb, '\n');
        }
    }
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        if (!rr->nflagged) continue;
        any = true;
        sb_puts(m->sb, "- **");
        esc(m, m->w->rule);
        sb_puts(m->sb, ":** ");
        esc(m, rr->rule->title ? rr->rule->title : rr->rule->id);
        sb_puts(m->sb, ": ");
        sb_clear(&t);
        report_rule_counts(m->rep, rr, &t);
        esc(m, sb_str(&t));
        sb_putc(m->sb, '\n');
    }
    if (any) sb_putc(m->sb, '\n');
    else para(m, m->w->no_concerns);
    sb_free(&t);
}

static void summary(Md *m)
{
    StrBuf t = {0};
    heading(m, 2, NULL, m->w->summary);
    report_counts(m->rep, m->rep->r->counts, m->rep->r->ngoals, &t);
    sb_puts(m->sb, "**");
    esc(m, sb_str(&t));
    sb_puts(m->sb, "**\n\n");
    overview(m);
    concerns(m);
    sb_free(&t);
}

static void target_row(Md *m, const TargetResult *t)
{
    StrBuf s = {0};
    cell(m, status(m, t->status));
    report_target_text(m->rep, t, true, &s);
    sb_puts(m->sb, "| ");
    code(m, sb_str(&s));
    sb_putc(m->sb, ' ');
    sb_clear(&s);
    report_outcome(m->rep, t, &s);
    cell(m, sb_str(&s));
    sb_puts(m->sb, "| ");
    for (size_t i = 0; i < t->evidence.n; i++) {
        sb_clear(&s);
        report_evidence(m->rep, &t->evidence.items[i], &s);
        if (i) sb_puts(m->sb, "<br>");
        esc(m, sb_str(&s));
    }
    if (!t->evidence.n) sb_puts(m->sb, "–");
    sb_puts(m->sb, " |\n");
    sb_free(&s);
}

/* An anchor to link to: <a id="measure-FG1"></a> (ids are letters,
 * digits, '_' and '-', so they need no escaping; anything else becomes '-'). */
static void anchor_id(Md *m, const char *prefix, const char *id)
{
    sb_puts(m->sb, prefix);
    for (const char *p = id; *p; p++) {
        unsigned char c = (unsigned char)*p;
        bool keep = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-';
        sb_putc(m->sb, keep ? (char)c : '-');
    }
}

/* A link to a measure's or goal's anchor: [FG1](#measure-FG1). */
static void id_link(Md *m, const char *prefix, const char *id)
{
    sb_putc(m->sb, '[');
    esc(m, id);
    sb_puts(m->sb, "](#");
    anchor_id(m, prefix, id);
    sb_putc(m->sb, ')');
}

/* Under a goal, the measures that serve it, each a link to where it is
 * described (once, in its area's list). */
static void measure_refs(Md *m, const Goal *g)
{
    const Report *rep = m->rep;
    bool any = false;
    for (int i = 0; i < rep->r->nmeasures; i++) {
        const Measure *me = rep->r->measures[i].measure;
        if (rep->measure_area[i] < 0 || !measure_serves(me, g)) continue;
        if (!any) {
            sb_puts(m->sb, "**");
            esc(m, m->w->measures);
            sb_puts(m->sb, ":** ");
        } else {
            sb_puts(m->sb, ", ");
        }
        any = true;
        id_link(m, "measure-", me->id);
    }
    if (any) sb_puts(m->sb, "\n\n");
}

/* The measures listed at the end of an area, each once, with the goals
 * it serves. */
static void measures(Md *m, int area)
{
    const Report *rep = m->rep;
    const ReportWords *w = m->w;
    StrBuf s = {0};
    bool any = false;
    for (int i = 0; i < rep->r->nmeasures; i++) {
        const MeasureResult *mr = &rep->r->measures[i];
        const Measure *me = mr->measure;
        if (!report_lists_measure(rep, i, area)) continue;
        if (!any) {
            if (rep->areas[area].ngoals) heading(m, 3, NULL, w->measures);
            const char *cols[] = {w->measure, w->owner, w->span, w->cost, w->expected, w->followup};
            thead(m, cols, 6, "lllrll");
            any = true;
        }
        sb_puts(m->sb, "| <a id=\"");
        anchor_id(m, "measure-", me->id);
        sb_puts(m->sb, "\"></a>");
        sb_clear(&s);
        sb_printf(&s, "%s %s", me->id, me->title ? me->title : "");
        esc(m, sb_str(&s));
        int linked = 0;
        for (int k = 0; k < me->goals.n; k++) {
            const Goal *g = ((const NameRef *)me->goals.items[k])->decl;
            if (!report_shows_goal(rep, g)) continue;
            if (linked++ == 0) {
                sb_puts(m->sb, " (");
                esc(m, w->goals_served);
                sb_puts(m->sb, ": ");
            } else {
                sb_puts(m->sb, ", ");
            }
            id_link(m, "goal-", g->id);
        }
        if (linked) sb_putc(m->sb, ')');
        sb_putc(m->sb, ' ');
        cell(m, me->owner);
        sb_clear(&s);
        measure_span(me, &s);
        cell(m, sb_str(&s));
        sb_clear(&s);
        if (me->has_cost) report_cost(me->cost_tkr, &s);
        cell(m, sb_str(&s));
        sb_clear(&s);
        report_expected(rep, mr, &s);
        if (mr->has_expect) sb_printf(&s, " (%s)", status(m, mr->expect.status));
        cell(m, sb_str(&s));
        sb_clear(&s);
        report_followups(rep, me, &s);
        cell(m, sb_str(&s));
        sb_puts(m->sb, "|\n");
    }
    if (any) sb_putc(m->sb, '\n');
    sb_free(&s);
}

static void goal(Md *m, const ReportGoal *rg)
{
    const GoalResult *g = rg->res;
    const Goal *d = g->goal;
    const ReportWords *w = m->w;
    StrBuf s = {0};
    sb_puts(m->sb, "<a id=\"");
    anchor_id(m, "goal-", d->id);
    sb_puts(m->sb, "\"></a>\n\n");
    heading(m, 3, d->id, d->title);
    sb_puts(m->sb, "**");
    esc(m, w->status);
    sb_puts(m->sb, ": ");
    esc(m, status(m, g->status));
    sb_puts(m->sb, "**");
    if (d->owner) sb_printf(&s, " · %s: %s", w->owner, d->owner);
    if (d->level) sb_printf(&s, " · %s: %s", w->level, w->levels[d->level]);
    esc(m, sb_str(&s));
    sb_puts(m->sb, "\n\n");
    if (d->description) para(m, d->description);
    if (d->assessed) {
        sb_clear(&s);
        sb_printf(&s, "%s: %s", w->assessed, status(m, assessment_status(d->assessed)));
        if (d->assessed_note) sb_printf(&s, " — %s", d->assessed_note);
        para(m, sb_str(&s));
    } else if (g->ntargets == 0) {
        sb_puts(m->sb, "_");
        esc(m, w->no_target);
        sb_puts(m->sb, "_\n\n");
    }
    if (g->ntargets) {
        const char *cols[] = {w->status, w->target, w->outcome, w->evidence};
        thead(m, cols, 4, "llll");
        for (int i = 0; i < g->ntargets; i++) target_row(m, &g->targets[i]);
        sb_putc(m->sb, '\n');
    }
    for (int i = 0; i < rg->ncharts; i++) {
        const ReportChart *rc = &rg->charts[i];
        if (!rc->file) continue;
        const Indicator *ind = rc->chart.ind;
        sb_puts(m->sb, "![");
        esc(m, ind->title ? ind->title : ind->name);
        /* a destination with spaces or parentheses goes in <…> */
        bool plain = !strpbrk(rc->file, " ()<>");
        sb_printf(m->sb, plain ? "](%s)\n\n" : "](<%s>)\n\n", rc->file);
    }
    measure_refs(m, d);
    sb_free(&s);
}

static void areas(Md *m)
{
    const Report *rep = m->rep;
    StrBuf s = {0};
    for (int i = 1; i <= rep->nareas; i++) {
        int a = i % rep->nareas; /* goals outside any area last */
        const ReportArea *ar = &rep->areas[a];
        if (!ar->ngoals && !ar->nmeasures) continue;
        heading(m, 2, NULL, report_area_title(rep, ar));
        for (int k = 0; k < rep->r->ngoals; k++)
            if (rep->goals[k].area == a) goal(m, &rep->goals[k]);
        measures(m, a);
        if (ar->nmeasures) {
            sb_clear(&s);
            sb_printf(&s, "%s: %d", m->w->measures_in_area, ar->nmeasures);
            if (ar->has_cost) {
                sb_printf(&s, " · %s: ", m->w->cost);
                report_cost(ar->cost_tkr, &s);
            }
            para(m, sb_str(&s));
        }
    }
    sb_free(&s);
}

static void rules(Md *m)
{
    const PlanResult *r = m->rep->r;
    const ReportWords *w = m->w;
    StrBuf s = {0};
    char v[NUM_TEXT_MAX];
    if (!r->nrules) return;
    heading(m, 2, NULL, w->rules);
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        const Rule *ru = rr->rule;
        heading(m, 3, ru->id, ru->title);
        sb_clear(&s);
        sb_printf(&s, "%s %s: ", w->for_each, unit_kind_word(ru->scope_kind ? ru->scope_kind : "school", m->rep->prog->plan.lang, false));
        esc(m, sb_str(&s));
        if (ru->when) {
            esc(m, w->rule_when);
            sb_putc(m->sb, ' ');
            sb_clear(&s);
            src_text(m->rep->prog, ru->when->loc, &s);
            code(m, sb_str(&s));
            sb_puts(m->sb, ", ");
        }
        esc(m, w->rule_require);
        sb_putc(m->sb, ' ');
        sb_clear(&s);
        src_text(m->rep->prog, ru->require->loc, &s);
        code(m, sb_str(&s));
        sb_puts(m->sb, "\n\n");
        sb_clear(&s);
        report_rule_counts(m->rep, rr, &s);
        para(m, sb_str(&s));
        if (!rr->nflagged) continue;
        int ncols = 3 + (int)rr->leaves.n;
        const char **cols = xmalloc(sizeof *cols * (size_t)ncols);
        char *align = xmalloc((size_t)ncols + 1);
        memset(align, 'r', (size_t)ncols);
        align[0] = align[1] = align[ncols - 1] = 'l';
        cols[0] = w->unit;
        cols[1] = w->code;
        for (size_t k = 0; k < rr->leaves.n; k++) cols[2 + k] = report_leaf_label(&rr->leaves.items[k]);
        cols[ncols - 1] = w->status;
        thead(m, cols, ncols, align);
        for (int j = 0; j < rr->nflagged; j++) {
            const FlaggedUnit *f = &rr->flagged[j];
            cell(m, f->name);
            cell(m, f->code);
            for (size_t k = 0; k < rr->leaves.n; k++)
                cell(m, report_leaf_value(m->rep, &rr->leaves.items[k], f->leaf_values[k], v));
            cell(m, f->nodata ? status(m, ST_NODATA) : w->flagged);
            sb_puts(m->sb, "|\n");
        }
        sb_putc(m->sb, '\n');
        free(align);
        free(cols);
    }
    sb_free(&s);
}

static void followups(Md *m)
{
    const Report *rep = m->rep;
    const ReportWords *w = m->w;
    char d[NUM_TEXT_MAX];
    StrBuf s = {0};
    if (!rep->r->as_of) return;
    sb_printf(&s, "%s %s", w->followups_due, fmt_date(rep->r->as_of, d));
    heading(m, 2, NULL, sb_str(&s));
    sb_free(&s);
    if (!rep->ndue) {
        para(m, w->no_followups);
        return;
    }
    const char *cols[] = {w->date, w->measure, w->followup, w->owner};
    thead(m, cols, 4, "llll");
    for (int i = 0; i < rep->ndue; i++) {
        const FollowupDue *f = rep->due[i];
        cell(m, fmt_date(f->date, d));
        sb_clear(&s);
        sb_printf(&s, "%s %s", f->measure->id, f->measure->title ? f->measure->title : "");
        cell(m, sb_str(&s));
        sb_clear(&s);
        report_due_text(rep, f, &s);
        cell(m, sb_str(&s));
        cell(m, f->measure->owner);
        sb_puts(m->sb, "|\n");
    }
    sb_putc(m->sb, '\n');
    sb_free(&s);
}

void render_md(const Report *rep, FILE *out)
{
    StrBuf sb = {0}, s = {0};
    Md m = {rep, rep->w, &sb};
    header(&m);
    bool charts = false, files = false;
    for (int i = 0; i < rep->r->ngoals; i++)
        for (int k = 0; k < rep->goals[i].ncharts; k++) {
            charts = true;
            files |= rep->goals[i].charts[k].file != NULL;
        }
    if (charts && !files) {
        sb_puts(&sb, "_");
        esc(&m, rep->w->charts_omitted);
        sb_puts(&sb, "_\n\n");
    }
    changes(&m);
    summary(&m);
    areas(&m);
    rules(&m);
    followups(&m);
    report_colophon(rep, &s);
    sb_puts(&sb, "---\n\n_");
    esc(&m, sb_str(&s));
    sb_puts(&sb, "_\n");
    fputs(sb_str(&sb), out);
    sb_free(&sb);
    sb_free(&s);
}
