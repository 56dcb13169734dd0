/* render_history.c — the sentences of what changed since a recorded
 * judgement, shared by the text, Markdown and HTML renderers. */
#include <string.h>
#include "render_history.h"
#include "report.h"

static const ChangeWords words_sv = {
    "Förändringar sedan förra uppföljningen", "Förändringar sedan", "Jämfört med", "reviderat",
    "Planen har ändrats sedan dess.", "var", "flaggade", "Reviderade värden sedan dess", "import",
    "Då", "Nu", "Mål", "Värden", "nytt i planen", "borttaget ur planen", "Inga förändringar.",
};
static const ChangeWords words_en = {
    "Changes since the last follow-up", "Changes since", "Compared with", "revised",
    "The plan has changed since then.", "was", "flagged", "Values revised since then", "import",
    "Then", "Now", "Goal", "Values", "new in the plan", "removed from the plan", "No changes.",
};

const ChangeWords *change_words(Lang lang) { return lang == LANG_EN ? &words_en : &words_sv; }

void change_run_text(const RecordedRun *run, StrBuf *sb)
{
    sb_printf(sb, "\"%s\" (#%lld, %.10s)", run->label, (long long)run->id, run->recorded ? run->recorded : "?");
}

void change_stored_text(StoredValue v, const Indicator *ind, StrBuf *sb)
{
    char b[NUM_TEXT_MAX];
    if (v.status == VS_OK) sb_puts(sb, fmt_cell((Cell){v.value, v.value, M_NONE, false}, ind, b));
    else sb_puts(sb, value_status_mark(v.status));
}

void change_revision_text(const PlanResult *r, const Evidence *e, StrBuf *sb)
{
    size_t n;
    const Revision *rv = changes_revisions_of(r->changes, e, &n);
    if (!rv) return;
    sb_printf(sb, " (%s: ", change_words(r->prog->plan.lang)->revised);
    change_stored_text(rv[0].before, e->ind, sb);
    for (size_t i = 0; i < n; i++) {
        sb_puts(sb, " → ");
        change_stored_text(rv[i].after, e->ind, sb);
    }
    sb_putc(sb, ')');
}

void change_revised_value_text(const PlanResult *r, const Revision *rv, StrBuf *sb)
{
    char p[PERIOD_TEXT_MAX];
    const Indicator *ind = history_indicator(r->prog, rv->ind);
    sb_printf(sb, "%s %s %s, ", ind ? ind->name : rv->ind, period_format(rv->period, p), group_names[rv->grp]);
    const UnitInfo *u = rv->unit == r->unit && r->unit_name ? NULL : plan_unit(r, rv->unit);
    sb_puts(sb, u ? u->name : rv->unit == r->unit && r->unit_name ? r->unit_name : rv->unit_code);
    sb_puts(sb, ": ");
    change_stored_text(rv->before, ind, sb);
    sb_puts(sb, " → ");
    change_stored_text(rv->after, ind, sb);
    sb_printf(sb, " (%s %.10s)", change_words(r->prog->plan.lang)->import, rv->when ? rv->when : "?");
}

void change_before_text(const PlanResult *r, const ValueChange *vc, StrBuf *sb)
{
    size_t n;
    if (changes_revisions_of(r->changes, vc->now, &n) && vc->before_period == vc->now->period) return;
    char a[NUM_TEXT_MAX], p[PERIOD_TEXT_MAX];
    sb_printf(sb, " (%s", change_words(r->prog->plan.lang)->was);
    if (vc->before_period != vc->now->period) sb_printf(sb, " %s", period_format(vc->before_period, p));
    if (vc->before.miss) sb_printf(sb, ": %s)", missing_word(vc->before.miss, r->prog->plan.lang));
    else sb_printf(sb, " %s)", fmt_cell(vc->before, vc->now->what ? NULL : vc->now->ind, a));
}

void change_goal_values(const Report *rep, size_t i, ChangeLineFn fn, void *ctx)
{
    const Changes *c = rep->r->changes;
    StrBuf s = {0};
    for (size_t k = i + 1; k < c->nitems && c->items[k].kind == RK_TARGET; k++)
        for (size_t v = 0; v < c->items[k].nvalues; v++) {
            const ValueChange *vc = &c->items[k].values[v];
            sb_clear(&s);
            report_evidence(rep, vc->now, &s);
            change_before_text(rep->r, vc, &s);
            fn(ctx, sb_str(&s));
        }
    sb_free(&s);
}
