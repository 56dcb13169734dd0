/* render_text.c — the report `ska check` prints on a terminal: goals by
 * area with their status, each target as written with the values that
 * decided it, flagged units per rule, follow-ups due, and a summary line.
 * Colour only when asked (a terminal without NO_COLOR). */
#include <string.h>
#include "builtins.h"
#include "render_history.h"

/* The words of the text output, in the plan's language. */
typedef struct TextWords {
    const char *ie, *of, *over, *units, *with_value, *periods_with_value;
    const char *measure, *expected, *measures_heading, *measures;
    const char *total_cost, *with_cost, *owner, *assessed, *no_target, *rules, *no_units;
    const char *flagged, *without_data, *due_by, *none, *final, *goal, *goals, *period;
    const char *the_organiser;
} TextWords;

static const TextWords words_sv = {
    "dvs.", "av", "över", "enheter", "med värde", "perioder med värde", "insats", "förväntad effekt", "Insatser", "insatser",
    "total kostnad", "med kostnad", "ansvarig", "bedömning",
    "inget målvärde: målet kan inte bedömas med data", "Regler",
    "ingen %s under %s i databasen: inget att pröva", "flaggade", "utan data",
    "Uppföljningar att göra per", "inga", "sista uppföljningen", "mål", "mål", "period", "huvudmannen",
};

static const TextWords words_en = {
    "i.e.", "of", "over", "units", "with a value", "periods with a value", "measure", "expected",
    "Measures", "measures", "total cost", "with a cost", "owner", "assessed",
    "no target: the goal cannot be judged from data", "Rules",
    "no %s units in the store under %s: nothing to check", "flagged", "without data",
    "Follow-ups due by", "none", "final follow-up", "goal", "goals", "period", "the organiser",
};

typedef struct Out {
    FILE *f;
    bool color;
    Lang lang;
    const TextWords *w;
    const PlanResult *r;
    int width; /* of the status column: the longest status word + 2 */
} Out;
/* lang picks the English or Swedish headings; status words come from the plan */

static const char *const status_color[] = {"\033[32m", "\033[33m", "\033[31m", "\033[90m"};

static void put_status(Out *o, Status s, int width)
{
    const char *w = plan_status_word(o->r->prog, s);
    int pad = width - (int)utf8_width(w, strlen(w));
    if (o->color) fprintf(o->f, "%s%s\033[0m", status_color[s], w);
    else fputs(w, o->f);
    for (int i = 0; i < pad; i++) fputc(' ', o->f);
}

static void unit_label(const PlanResult *r, int64_t id, StrBuf *sb)
{
    if (id == r->unit && r->unit_name) {
        sb_puts(sb, r->unit_name);
        return;
    }
    const UnitInfo *u = plan_unit(r, id);
    sb_puts(sb, u ? u->name : "?");
}

static void evidence_text(const Out *o, const Evidence *e, StrBuf *sb)
{
    const PlanResult *r = o->r;
    const TextWords *w = o->w;
    char p1[PERIOD_TEXT_MAX], p2[PERIOD_TEXT_MAX], v[NUM_TEXT_MAX];
    const char *name = e->ind ? e->ind->name : "value";
    if (e->kind == EV_VALUE) {
        sb_printf(sb, "%s %s %s, ", name, period_format(e->period, p1), group_names[e->group]);
        unit_label(r, e->unit, sb);
        if (e->stored == VS_NEAR100) /* the published mark, then what it can mean */
            sb_printf(sb, ": ~100, %s %s", w->ie, fmt_value(e->value, e->value_unit, o->lang, v));
        else
            sb_printf(sb, ": %s", fmt_value(e->value, e->value_unit, o->lang, v));
        change_revision_text(r, e, sb);
        return;
    }
    if (e->of) sb_printf(sb, "%s(%s(%s))", e->what, e->of, name);
    else sb_printf(sb, "%s(%s)", e->what, name);
    if (e->unit) {
        sb_puts(sb, " ");
        unit_label(r, e->unit, sb);
    }
    if (e->unitset_kind) {
        sb_printf(sb, " %s %d %s", w->over, e->nunits, unit_kind_word(e->unitset_kind, o->lang, true));
        if (e->period) sb_printf(sb, ", %s, %s", period_format(e->period, p1), group_names[e->group]);
        sb_printf(sb, " (%d %s)", e->npresent, w->with_value);
    } else if (e->period) {
        sb_printf(sb, " %s %s..%s (%d %s %d %s)", w->over, period_format(e->period, p1),
                  period_format(e->period_to, p2), e->npresent, w->of, e->nunits, w->periods_with_value);
    }
    sb_puts(sb, ": ");
    if (strcmp(e->what, "rank") == 0) fmt_rank(e->value, e->ties, o->lang, sb);
    else sb_puts(sb, fmt_value(e->value, e->value_unit, o->lang, v));
}

/* A target as written, its `partly` included. */
static void target_source(const Program *p, const Target *t, StrBuf *sb)
{
    SrcLoc span = t->expr->loc;
    if (t->partly) span.end = t->partly->loc.end;
    src_text(p, span, sb);
}

static void render_target(Out *o, const TargetResult *t)
{
    const Program *p = o->r->prog;
    StrBuf sb = {0};
    fputs("    ", o->f);
    put_status(o, t->status, o->width);
    target_source(p, t->target, &sb);
    if (t->target->label) sb_printf(&sb, "  \"%s\"", t->target->label);
    fprintf(o->f, "%s\n", sb_str(&sb));
    sb_clear(&sb);
    fmt_outcome(t, o->lang, false, &sb);
    if (sb.len) fprintf(o->f, "%*s%s\n", o->width + 4, "", sb_str(&sb));
    for (size_t i = 0; i < t->evidence.n; i++) {
        sb_clear(&sb);
        evidence_text(o, &t->evidence.items[i], &sb);
        fprintf(o->f, "%*s%s\n", o->width + 4, "", sb_str(&sb));
    }
    sb_free(&sb);
}

static void heading(Out *o, const char *text)
{
    if (o->color) fprintf(o->f, "\n\033[1m%s\033[0m\n", text);
    else fprintf(o->f, "\n%s\n", text);
}

/* Whether a measure belongs in this output: every measure when the whole
 * plan is judged, else those serving a judged goal (--only, --area). */
static bool measure_shown(const PlanResult *r, const Measure *m)
{
    if (r->ngoals == r->prog->goals.n) return true;
    for (int i = 0; i < r->ngoals; i++)
        if (measure_serves(m, r->goals[i].goal)) return true;
    return false;
}

/* One measure, once: a line with its title, owner, span, cost and the
 * goals it serves, then its expected effect, judged when it is written as
 * a condition. */
static void render_measure(Out *o, const MeasureResult *mr)
{
    char c[NUM_TEXT_MAX];
    StrBuf sb = {0};
    const Measure *m = mr->measure;
    sb_puts(&sb, m->id);
    if (m->title) sb_printf(&sb, " %s", m->title);
    size_t before = sb.len;
    if (m->owner) sb_printf(&sb, " — %s", m->owner);
    if (m->from || m->from_date || m->to || m->to_date) {
        sb_puts(&sb, sb.len > before ? ", " : " — ");
        measure_span(m, &sb);
    }
    if (m->has_cost) sb_printf(&sb, "%s%s tkr", sb.len > before ? ", " : " — ", fmt_number(m->cost_tkr, c));
    for (int i = 0; i < m->goals.n; i++) {
        if (i) sb_puts(&sb, ", ");
        else sb_printf(&sb, "%s%s ", sb.len > before ? "; " : " — ", m->goals.n == 1 ? o->w->goal : o->w->goals);
        sb_puts(&sb, ((const NameRef *)m->goals.items[i])->name);
    }
    fprintf(o->f, "  %s\n", sb_str(&sb));
    if (m->expect_text) fprintf(o->f, "    %s: %s\n", o->w->expected, m->expect_text);
    if (mr->has_expect) {
        sb_clear(&sb);
        src_text(o->r->prog, m->expect->loc, &sb);
        fprintf(o->f, "    %s: %s — ", o->w->expected, sb_str(&sb));
        put_status(o, mr->expect.status, 0);
        fputc('\n', o->f);
    }
    sb_free(&sb);
}

/* Under a goal, the measures taken for it by id ("insatser: FG1, UO1"):
 * each is described once, in the measures section. */
static void render_measure_refs(Out *o, const Goal *g)
{
    StrBuf sb = {0};
    for (int i = 0; i < o->r->nmeasures; i++) {
        const Measure *m = o->r->measures[i].measure;
        if (measure_serves(m, g)) sb_printf(&sb, "%s%s", sb.len ? ", " : "", m->id);
    }
    if (sb.len) fprintf(o->f, "%*s%s: %s\n", o->width + 2, "", o->w->measures, sb_str(&sb));
    sb_free(&sb);
}

/* Every measure shown, once, and what they cost together. */
static void render_all_measures(Out *o)
{
    const PlanResult *r = o->r;
    double total = 0;
    int costed = 0, shown = 0;
    for (int i = 0; i < r->nmeasures; i++) {
        const Measure *m = r->measures[i].measure;
        if (!measure_shown(r, m)) continue;
        if (!shown++) heading(o, o->w->measures_heading);
        if (m->has_cost) total += m->cost_tkr, costed++;
        render_measure(o, &r->measures[i]);
    }
    if (costed) {
        char c[NUM_TEXT_MAX];
        fprintf(o->f, "\n%d %s, %s %s tkr (%d %s)\n", shown, shown == 1 ? o->w->measure : o->w->measures,
                o->w->total_cost,
                fmt_number(total, c), costed, o->w->with_cost);
    }
}

static void render_goal(Out *o, const GoalResult *g)
{
    fputs("  ", o->f);
    put_status(o, g->status, o->width);
    fprintf(o->f, "%s", g->goal->id);
    if (g->goal->title) fprintf(o->f, "  %s", g->goal->title);
    fputc('\n', o->f);
    if (g->goal->owner) fprintf(o->f, "%*s%s: %s\n", o->width + 2, "", o->w->owner, g->goal->owner);
    if (g->goal->assessed) {
        fputs("    ", o->f);
        put_status(o, assessment_status(g->goal->assessed), o->width);
        fprintf(o->f, "%s%s%s\n", o->w->assessed, g->goal->assessed_note ? ": " : "",
                g->goal->assessed_note ? g->goal->assessed_note : "");
    } else if (g->ntargets == 0) {
        fprintf(o->f, "%*s%s\n", o->width + 4, "", o->w->no_target);
    }
    for (int i = 0; i < g->ntargets; i++) render_target(o, &g->targets[i]);
    render_measure_refs(o, g->goal);
}


static void render_goals(Out *o)
{
    const PlanResult *r = o->r;
    const Program *p = r->prog;
    /* goals without an area first, then area by area in order of appearance */
    for (int a = -1; a < p->areas.n; a++) {
        const char *area = a < 0 ? NULL : p->areas.items[a];
        bool any = false;
        for (int i = 0; i < r->ngoals; i++) {
            const char *ga = r->goals[i].goal->area;
            if ((area == NULL) != (ga == NULL) || (area && strcmp(area, ga) != 0)) continue;
            if (!any && area) heading(o, area);
            else if (!any) fputc('\n', o->f);
            any = true;
            render_goal(o, &r->goals[i]);
        }
    }
}

static void render_rules(Out *o)
{
    const PlanResult *r = o->r;
    if (r->nrules == 0) return;
    heading(o, o->w->rules);
    char v[NUM_TEXT_MAX];
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        fprintf(o->f, "  %s", rr->rule->id);
        if (rr->rule->title) fprintf(o->f, "  %s", rr->rule->title);
        if (rr->nunits == 0) {
            fprintf(o->f, "\n%4s", "");
            fprintf(o->f, o->w->no_units, unit_kind_word(rr->rule->scope_kind, o->lang, false),
                    r->unit_name ? r->unit_name : o->w->the_organiser);
            fputc('\n', o->f);
            continue;
        }
        fprintf(o->f, "\n%4s%d %s %d %s %s", "", rr->nflagged - rr->nnodata, o->w->of, rr->nunits,
                unit_kind_word(rr->rule->scope_kind, o->lang, true), o->w->flagged);
        if (rr->nnodata) fprintf(o->f, ", %d %s", rr->nnodata, o->w->without_data);
        fputc('\n', o->f);
        for (int j = 0; j < rr->nflagged; j++) {
            const FlaggedUnit *f = &rr->flagged[j];
            if (f->nodata) fprintf(o->f, "%6s%s: %s (%s)", "", plan_status_word(r->prog, ST_NODATA), f->name, f->code);
            else fprintf(o->f, "%6s%s (%s)", "", f->name, f->code);
            for (size_t k = 0; k < rr->leaves.n; k++) {
                const Evidence *leaf = &rr->leaves.items[k];
                const char *label = leaf->what ? leaf->what : leaf->ind ? leaf->ind->name : "value";
                fprintf(o->f, "%s%s %s", k ? ", " : ": ", label,
                        fmt_value(f->leaf_values[k], leaf->value_unit, o->lang, v));
            }
            fputc('\n', o->f);
        }
    }
}

static void render_due(Out *o)
{
    const PlanResult *r = o->r;
    if (!r->as_of) return;
    char d[NUM_TEXT_MAX];
    StrBuf sb = {0};
    sb_printf(&sb, "%s %s", o->w->due_by, fmt_date(r->as_of, d));
    heading(o, sb_str(&sb));
    sb_free(&sb);
    if (r->ndue == 0) fprintf(o->f, "  %s\n", o->w->none);
    for (int i = 0; i < r->ndue; i++) {
        const FollowupDue *f = &r->due[i];
        fprintf(o->f, "  %s  %s", fmt_date(f->date, d), f->measure->id);
        if (f->measure->title) fprintf(o->f, " %s", f->measure->title);
        fprintf(o->f, ": %s", f->followup->method);
        if (f->followup->every) fprintf(o->f, " (%s)", cadence_word(f->followup->every, o->lang));
        if (f->measure->owner) fprintf(o->f, ", %s %s", o->w->owner, f->measure->owner);
        if (f->last) fprintf(o->f, ", %s", o->w->final);
        fputc('\n', o->f);
    }
}

static Out out_open(const PlanResult *r, FILE *out, bool color)
{
    Lang lang = r->prog->plan.lang;
    Out o = {out, color, lang, lang == LANG_EN ? &words_en : &words_sv, r, 0};
    for (int s = 0; s < ST_COUNT; s++) {
        const char *w = plan_status_word(r->prog, (Status)s);
        int len = (int)utf8_width(w, strlen(w)) + 2;
        if (len > o.width) o.width = len;
    }
    return o;
}

/* "delvis uppnått → uppnått"; for a rule the units flagged then and now. */
static void change_statuses(Out *o, const ItemChange *ic)
{
    const ChangeWords *cw = change_words(o->lang);
    if (ic->kind == RK_RULE && ic->flagged_before >= 0 && ic->flagged_after >= 0) {
        fprintf(o->f, "%d → %d %s", ic->flagged_before, ic->flagged_after, cw->flagged);
        return;
    }
    if (ic->before >= 0 && ic->after >= 0 && ic->before != ic->after) {
        put_status(o, (Status)ic->before, 0);
        fputs(" → ", o->f);
    } else if (ic->after < 0) {
        fprintf(o->f, "(%s ", cw->was);
    }
    put_status(o, (Status)(ic->after >= 0 ? ic->after : ic->before), 0);
    if (ic->after < 0) fputc(')', o->f);
}

/* What changed since the recorded run --since named: every goal with its
 * status then and now, the targets and values that moved, goals added and
 * removed, rules' flagged units, and the stored values revised since. */
static void render_changes(Out *o)
{
    const Changes *c = o->r->changes;
    if (!c || !c->compared) return;
    const ChangeWords *cw = change_words(o->lang);
    StrBuf sb = {0};
    sb_printf(&sb, "%s ", cw->since);
    change_run_text(&c->since, &sb);
    heading(o, sb_str(&sb));
    for (size_t i = 0; i < c->nitems; i++) {
        const ItemChange *ic = &c->items[i];
        bool moved = ic->trend != TR_SAME || ic->nvalues;
        /* a goal's only target moved with it: its values go under the goal */
        bool alone = ic->kind == RK_TARGET && ic->goal->ntargets == 1;
        if (ic->kind == RK_TARGET && (!moved || (alone && !ic->nvalues))) continue;
        if (ic->kind == RK_RULE && ic->trend == TR_SAME && ic->flagged_before == ic->flagged_after) continue;
        sb_clear(&sb);
        const char *title = ic->goal && !ic->target ? ic->goal->goal->title
                          : ic->rule ? ic->rule->rule->title : ic->title;
        if (!alone) {
            if (ic->kind == RK_TARGET) {
                target_source(o->r->prog, ic->target->target, &sb);
                fprintf(o->f, "      %s  %s: ", trend_arrow(ic->trend), sb_str(&sb));
            } else {
                fprintf(o->f, "  %s %s", trend_arrow(ic->trend), ic->key);
                if (title) fprintf(o->f, "  %s", title);
                fputs(": ", o->f);
            }
            change_statuses(o, ic);
            fputc('\n', o->f);
        }
        for (size_t k = 0; k < ic->nvalues; k++) {
            const ValueChange *vc = &ic->values[k];
            sb_clear(&sb);
            evidence_text(o, vc->now, &sb);
            change_before_text(o->r, vc, &sb);
            fprintf(o->f, "%*s%s", alone ? 8 : 10, "", sb_str(&sb));
            fputc('\n', o->f);
        }
    }
    if (c->plan_changed) fprintf(o->f, "  %s\n", cw->plan_changed);
    if (c->nrevisions) {
        fprintf(o->f, "  %s: %zu\n", cw->revised_values, c->nrevisions);
        for (size_t i = 0; i < c->nrevisions; i++) {
            const Revision *rv = &c->revisions[i];
            sb_clear(&sb);
            change_revised_value_text(o->r, rv, &sb);
            fprintf(o->f, "    %s\n", sb_str(&sb));
        }
    }
    sb_free(&sb);
}

void render_text_goal(const PlanResult *r, const GoalResult *g, FILE *out, bool color)
{
    Out o = out_open(r, out, color);
    render_goal(&o, g);
}

void render_text(const PlanResult *r, FILE *out, bool color)
{
    Out o = out_open(r, out, color);
    const PlanHeader *h = &r->prog->plan;
    char p[PERIOD_TEXT_MAX];
    if (h->title) fprintf(out, "%s\n", h->title);
    if (h->organiser || r->period) {
        if (h->organiser) fputs(h->organiser, out);
        if (r->period) fprintf(out, "%s%s %s", h->organiser ? ", " : "", o.w->period, period_format(r->period, p));
        fputc('\n', out);
    }
    render_changes(&o);
    render_goals(&o);
    render_all_measures(&o);
    render_rules(&o);
    render_due(&o);
    fprintf(out, "\n%d %s: ", r->ngoals, r->ngoals == 1 ? o.w->goal : o.w->goals);
    static const Status order[] = {ST_ACHIEVED, ST_PARTLY, ST_FAILED, ST_NODATA};
    for (int i = 0; i < 4; i++) {
        fprintf(out, "%s%d ", i ? ", " : "", r->counts[order[i]]);
        put_status(&o, order[i], 0);
    }
    fputc('\n', out);
}
