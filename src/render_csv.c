/* render_csv.c — `ska check --format csv` (and csv-sv): the judged plan as
 * one table for spreadsheets. A header row, then one row per goal, one per
 * target after its goal, and one per unit a rule flags:
 *
 *   record   goal | target | flagged
 *   id       goal id (goal, target) or rule id (flagged)
 *   title, area, owner    of the goal or rule
 *   status   the plan's status word; for flagged units "flaggad"/"flagged"
 *            or the no-data word
 *   target, label         a target as written and its label
 *   value, compared_to    the two sides of a target's comparison
 *   periods  the periods of the stored values that decided the target
 *   unit     the flagged unit's code and name
 *   detail   why a value is missing, an assessment's note, or a flagged
 *            unit's values (indicator=value; …)
 *   previous_status  with --since: the goal's or target's status in the
 *            recorded run compared with (empty: not in it)
 *   revised  a target's stored values revised by imports since that run
 *            (or the latest recorded): "indicator period group unit:
 *            before -> after; …"
 *
 * Numbers are plain (no grouping, no unit); an inexact "~100" value is
 * written as its interval "99.5..100"; a missing one is empty with the
 * reason in detail. With sep ';' (csv-sv) decimals take a comma and the
 * file starts with a UTF-8 byte-order mark, as Swedish Excel expects. */
#include <string.h>
#include "history.h"
#include "render.h"
#include "report.h"

typedef struct Csv { const Report *rep; char sep; StrBuf *sb; bool first; } Csv;

static void field(Csv *c, const char *s)
{
    if (!c->first) sb_putc(c->sb, c->sep);
    c->first = false;
    s = s ? s : "";
    if (!strpbrk(s, "\"\r\n") && !strchr(s, c->sep)) {
        sb_puts(c->sb, s);
        return;
    }
    sb_putc(c->sb, '"');
    for (; *s; s++) {
        if (*s == '"') sb_putc(c->sb, '"');
        sb_putc(c->sb, *s);
    }
    sb_putc(c->sb, '"');
}

static void end_row(Csv *c)
{
    sb_putc(c->sb, '\n');
    c->first = true;
}

static void number(Csv *c, double v, StrBuf *out)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.10g", v);
    if (c->sep == ';')
        for (char *p = buf; *p; p++)
            if (*p == '.') *p = ',';
    sb_puts(out, buf);
}

/* A present value: "85.7", or an interval "99.5..100". */
static void value(Csv *c, Cell v, StrBuf *out)
{
    number(c, v.lo, out);
    if (v.hi != v.lo) {
        sb_puts(out, "..");
        number(c, v.hi, out);
    }
}

static void cell(Csv *c, Cell v, bool present)
{
    StrBuf s = {0};
    if (present && !v.miss) value(c, v, &s);
    field(c, sb_str(&s));
    sb_free(&s);
}

static void previous_status(Csv *c, const GoalResult *g, const TargetResult *t)
{
    const ItemChange *ic = changes_item(c->rep->r->changes, g, t);
    field(c, ic && ic->before >= 0 ? plan_status_word(c->rep->prog, (Status)ic->before) : NULL);
}

static void stored_value(Csv *c, StoredValue v, StrBuf *out)
{
    if (v.status == VS_OK) number(c, v.value, out);
    else sb_puts(out, value_status_mark(v.status));
}

/* The revisions of the stored values a target rests on. */
static void revised(Csv *c, const TargetResult *t)
{
    StrBuf s = {0};
    char p[PERIOD_TEXT_MAX];
    for (size_t i = 0; i < t->evidence.n; i++) {
        const Evidence *e = &t->evidence.items[i];
        size_t n;
        const Revision *rv = changes_revisions_of(c->rep->r->changes, e, &n);
        if (!rv) continue;
        sb_printf(&s, "%s%s %s %s %s: ", s.len ? "; " : "", e->ind->name, period_format(e->period, p),
                  group_names[e->group], rv->unit_code);
        stored_value(c, rv[0].before, &s);
        for (size_t k = 0; k < n; k++) {
            sb_puts(&s, " -> ");
            stored_value(c, rv[k].after, &s);
        }
    }
    field(c, sb_str(&s));
    sb_free(&s);
}

static void goal_row(Csv *c, const GoalResult *g)
{
    const Goal *d = g->goal;
    field(c, "goal");
    field(c, d->id);
    field(c, d->title);
    field(c, d->area);
    field(c, d->owner);
    field(c, plan_status_word(c->rep->prog, g->status));
    for (int i = 0; i < 6; i++) field(c, NULL);
    field(c, d->assessed_note);
    previous_status(c, g, NULL);
    field(c, NULL);
    end_row(c);
}

/* The distinct periods of a target's stored values, oldest first. */
static void periods(const TargetResult *t, StrBuf *out)
{
    Period seen[16];
    int n = 0;
    for (size_t i = 0; i < t->evidence.n && n < 16; i++) {
        Period p = t->evidence.items[i].period;
        int k = 0;
        while (k < n && seen[k] < p) k++;
        if (!p || (k < n && seen[k] == p)) continue;
        memmove(seen + k + 1, seen + k, sizeof *seen * (size_t)(n - k));
        seen[k] = p;
        n++;
    }
    char buf[PERIOD_TEXT_MAX];
    for (int i = 0; i < n; i++) sb_printf(out, "%s%s", i ? " " : "", period_format(seen[i], buf));
}

static void target_row(Csv *c, const GoalResult *g, const TargetResult *t)
{
    StrBuf s = {0};
    field(c, "target");
    field(c, g->goal->id);
    field(c, g->goal->title);
    field(c, g->goal->area);
    field(c, g->goal->owner);
    field(c, plan_status_word(c->rep->prog, t->status));
    report_target_text(c->rep, t, false, &s);
    field(c, sb_str(&s));
    field(c, t->target->label);
    cell(c, t->lhs, t->is_comparison);
    cell(c, t->rhs, t->is_comparison);
    sb_clear(&s);
    periods(t, &s);
    field(c, sb_str(&s));
    field(c, NULL);
    sb_clear(&s);
    if (t->status == ST_NODATA) target_missing(t, c->rep->prog->plan.lang, &s);
    field(c, t->status == ST_NODATA ? sb_str(&s) : NULL);
    previous_status(c, g, t);
    revised(c, t);
    end_row(c);
    sb_free(&s);
}

static void flagged_rows(Csv *c, const RuleResult *rr)
{
    StrBuf s = {0};
    for (int i = 0; i < rr->nflagged; i++) {
        const FlaggedUnit *f = &rr->flagged[i];
        field(c, "flagged");
        field(c, rr->rule->id);
        field(c, rr->rule->title);
        field(c, rr->rule->area);
        field(c, rr->rule->owner);
        field(c, f->nodata ? plan_status_word(c->rep->prog, ST_NODATA) : c->rep->w->flagged);
        for (int k = 0; k < 5; k++) field(c, NULL);
        sb_clear(&s);
        sb_printf(&s, "%s %s", f->code, f->name);
        field(c, sb_str(&s));
        sb_clear(&s);
        for (size_t k = 0; k < rr->leaves.n; k++) {
            const Evidence *leaf = &rr->leaves.items[k];
            sb_printf(&s, "%s%s=", k ? "; " : "", leaf->what ? leaf->what : leaf->ind ? leaf->ind->name : "?");
            Cell v = f->leaf_values[k];
            if (v.miss) sb_puts(&s, report_missing(c->rep, v.miss));
            else value(c, v, &s);
        }
        field(c, sb_str(&s));
        field(c, NULL);
        field(c, NULL);
        end_row(c);
    }
    sb_free(&s);
}

void render_csv(const Report *rep, char sep, FILE *out)
{
    static const char *const header[] = {"record", "id", "title", "area", "owner", "status", "target",
                                         "label", "value", "compared_to", "periods", "unit", "detail",
                                         "previous_status", "revised"};
    StrBuf sb = {0};
    Csv c = {rep, sep, &sb, true};
    if (sep == ';') sb_puts(&sb, "\xEF\xBB\xBF");
    for (size_t i = 0; i < sizeof header / sizeof header[0]; i++) field(&c, header[i]);
    end_row(&c);
    for (int i = 0; i < rep->r->ngoals; i++) {
        const GoalResult *g = &rep->r->goals[i];
        goal_row(&c, g);
        for (int k = 0; k < g->ntargets; k++) target_row(&c, g, &g->targets[k]);
    }
    for (int i = 0; i < rep->r->nrules; i++) flagged_rows(&c, &rep->r->rules[i]);
    fputs(sb_str(&sb), out);
    sb_free(&sb);
}
