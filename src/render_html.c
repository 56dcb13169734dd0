/* render_html.c — the follow-up report as one self-contained HTML file:
 * inline CSS and inline SVG charts, no scripts, nothing fetched. It reads
 * on a phone (tables fold into cards on narrow screens) and prints on A4
 * (goals are not split across pages, status colours are printed). Every
 * status is shown by a word and a symbol as well as a colour.
 * The markup is also well-formed XML, so any XML parser can check it. */
#include "render.h"
#include "render_history.h"
#include "report.h"

static const char css[] =
    ":root{--ok:#1e7b34;--partly:#b45309;--fail:#b91c1c;--nodata:#6b7280;--ink:#1f2937;"
    "--muted:#4b5563;--line:#d9dee5;--accent:#1f4e79}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#eef1f4;color:var(--ink);"
    "font:16px/1.5 'DejaVu Sans','Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}\n"
    "main{max-width:62rem;margin:0 auto;background:#fff;padding:2rem 2.5rem 1.5rem}\n"
    "h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .4rem;color:var(--accent)}\n"
    "h2{font-size:1.4rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--accent);"
    "color:var(--accent)}\n"
    "h3{font-size:1.15rem;margin:0;line-height:1.3}\n"
    "h4{font-size:.95rem;margin:1.1rem 0 .4rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}\n"
    ".doc{border-bottom:4px solid var(--accent);padding-bottom:1rem}\n"
    ".kicker{margin:0;color:var(--muted);font-weight:600}\n"
    ".meta{color:var(--muted);margin:.3rem 0}\n"
    ".lead{font-size:1.2rem;font-weight:600;margin:.4rem 0 .8rem}\n"
    ".bar{display:flex;height:.9rem;border-radius:.45rem;overflow:hidden;margin:0 0 1rem}\n"
    ".bar span{display:block}\n"
    ".badge{display:inline-block;padding:.15em .7em;border-radius:1em;color:#fff;font-weight:700;"
    "font-size:.85rem;white-space:nowrap;vertical-align:middle}\n"
    ".badge.sm{font-size:.75rem;padding:.1em .55em}\n"
    "th .badge{white-space:normal;text-transform:none;letter-spacing:0}\n"
    ".st0{background:var(--ok)}.st1{background:var(--partly)}.st2{background:var(--fail)}"
    ".st3{background:var(--nodata)}.flag{background:#7c2d12}\n"
    ".goal{border:1px solid var(--line);border-left:8px solid var(--nodata);border-radius:6px;"
    "padding:1rem 1.2rem;margin:1.2rem 0;break-inside:avoid}\n"
    ".goal.g0{border-left-color:var(--ok)}.goal.g1{border-left-color:var(--partly)}"
    ".goal.g2{border-left-color:var(--fail)}\n"
    ".goal header{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap}\n"
    ".gid{color:var(--muted);font-weight:600;margin-right:.35rem}\n"
    "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0}\n"
    "th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}\n"
    "th{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;"
    "border-bottom:2px solid var(--line)}\n"
    "th{overflow-wrap:break-word}\n"
    "td.num{text-align:right;white-space:nowrap}th.num{text-align:right}\n"
    "code{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:.85em;background:#f3f4f6;"
    "padding:.05em .3em;border-radius:3px;overflow-wrap:break-word}\n"
    "ul.ev{margin:0;padding-left:1rem;color:var(--muted);font-size:.85rem}\n"
    ".outcome{font-weight:600}\n"
    ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(24rem,100%),1fr));gap:.8rem;margin:.8rem 0}\n"
    "figure{margin:0;max-width:36rem;border:1px solid var(--line);border-radius:4px;padding:.3rem;"
    "break-inside:avoid}\n"
    "figure svg{display:block;width:100%;height:auto}\n"
    ".scroll{overflow-x:auto}\n"
    "#summary h3{margin-top:1.4rem}.rule{margin-top:1.6rem}\n"
    ".concerns{padding-left:0;list-style:none}.concerns li{margin:.35rem 0}\n"
    ".note{color:var(--muted);font-size:.9rem}\n"
    ".total{font-weight:600}\n"
    "a{color:var(--accent)}\n"
    "footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);color:var(--muted);"
    "font-size:.8rem}\n"
    /* a phone: every table a stack of cards, each cell under its heading's
     * words; a compact table's cards set their cells side by side; a chart
     * keeps at least 320 px (its smallest text 10 px, see render_svg.c) */
    "@media (max-width:40rem){main{padding:1rem .75rem}h1{font-size:1.5rem}"
    ".goal{padding:.6rem;border-left-width:6px}figure{padding:0}"
    "table.cards,table.cards tbody,table.cards tr,table.cards td{display:block}"
    "table.cards thead{display:none}table.cards tr{border-bottom:2px solid var(--line);padding:.3rem 0}"
    "table.cards td{border:0;padding:.15rem 0;text-align:left;white-space:normal;overflow-wrap:anywhere}"
    "table.cards td:first-child{font-weight:600}"
    "table.cards td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:var(--muted)}"
    "table.compact tr{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:0 1rem}"
    "table.compact td:first-child{grid-column:1/-1}}\n"
    /* paper: each area from a new page, no chart or card split, two charts
     * a row; the symbols ✓ ◐ ✗ ? carry the status where colour is lost */
    "@page{size:A4;margin:16mm 14mm}\n"
    "@media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}"
    "section[id^=area-],#rules{break-before:page}.scroll{overflow:visible}"
    ".charts{grid-template-columns:1fr 1fr}thead{display:table-header-group}"
    "figure,tr,.goal header{break-inside:avoid}a{color:inherit;text-decoration:none}}\n";

/* Readable without colour: each status has a symbol too. */
static const char *const status_symbol[ST_COUNT] = {"✓", "◐", "✗", "?"};

typedef struct Html { const Report *rep; const ReportWords *w; StrBuf *sb; } Html;

static void esc(Html *h, const char *s) { xml_escape(h->sb, s); }

static void badge(Html *h, Status s, bool small)
{
    sb_printf(h->sb, "<span class=\"badge%s st%d\">%s ", small ? " sm" : "", (int)s, status_symbol[s]);
    esc(h, plan_status_word(h->rep->prog, s));
    sb_puts(h->sb, "</span>");
}

/* An element with escaped text: <tag attrs>text</tag> */
static void el(Html *h, const char *tag, const char *attrs, const char *text)
{
    sb_printf(h->sb, "<%s%s%s>", tag, attrs ? " " : "", attrs ? attrs : "");
    esc(h, text);
    sb_printf(h->sb, "</%s>", tag);
}

/* A table cell whose heading is repeated before it on narrow screens. */
static void td_open(Html *h, const char *label, const char *cls)
{
    sb_puts(h->sb, "<td");
    if (cls) sb_printf(h->sb, " class=\"%s\"", cls);
    if (label) {
        sb_puts(h->sb, " data-label=\"");
        esc(h, label);
        sb_putc(h->sb, '"');
    }
    sb_putc(h->sb, '>');
}

static void td(Html *h, const char *label, const char *cls, const char *text)
{
    td_open(h, label, cls);
    esc(h, text);
    sb_puts(h->sb, "</td>");
}

/* A table's heading row; align has an 'l' or 'r' (numbers) per column. */
static void thead(Html *h, const char *const *cols, int n, const char *align)
{
    sb_puts(h->sb, "<thead><tr>");
    for (int i = 0; i < n; i++) el(h, "th", align[i] == 'r' ? "class=\"num\"" : NULL, cols[i]);
    sb_puts(h->sb, "</tr></thead>\n<tbody>\n");
}

static void id_attr(Html *h, const char *prefix, const char *id)
{
    sb_printf(h->sb, " id=\"%s", prefix);
    esc(h, id);
    sb_putc(h->sb, '"');
}

static void goal_link(Html *h, const Goal *g)
{
    sb_puts(h->sb, "<a href=\"#goal-");
    esc(h, g->id);
    sb_puts(h->sb, "\">");
    el(h, "span", "class=\"gid\"", g->id);
    esc(h, g->title ? g->title : "");
    sb_puts(h->sb, "</a>");
}

static void header(Html *h)
{
    const PlanHeader *ph = &h->rep->prog->plan;
    StrBuf line = {0};
    sb_puts(h->sb, "<header class=\"doc\">\n");
    report_subtitle(h->rep, &line);
    if (line.len) el(h, "p", "class=\"kicker\"", sb_str(&line));
    el(h, "h1", NULL, ph->title ? ph->title : h->rep->plan_path);
    if (ph->description) el(h, "p", "class=\"meta\"", ph->description);
    sb_puts(h->sb, "\n</header>\n");
    sb_free(&line);
}

static void summary_bar(Html *h)
{
    const PlanResult *r = h->rep->r;
    if (!r->ngoals) return;
    sb_puts(h->sb, "<div class=\"bar\">");
    for (int s = 0; s < ST_COUNT; s++) {
        if (!r->counts[s]) continue;
        sb_printf(h->sb, "<span class=\"st%d\" style=\"width:%.2f%%\" title=\"%d ", s,
                  100.0 * r->counts[s] / r->ngoals, r->counts[s]);
        esc(h, plan_status_word(h->rep->prog, (Status)s));
        sb_puts(h->sb, "\"></span>");
    }
    sb_puts(h->sb, "</div>\n");
}

/* One row of the table of areas: name, goals, goals per status, measures,
 * cost; counts of zero as "–". */
static void overview_row(Html *h, const char *name, int area, int ngoals, const int counts[ST_COUNT],
                         int nmeasures, bool has_cost, double cost)
{
    char n[16];
    StrBuf c = {0};
    if (area >= 0) {
        sb_printf(h->sb, "<tr><td><a href=\"#area-%d\">", area);
        esc(h, name);
        sb_puts(h->sb, "</a></td>");
    } else {
        sb_puts(h->sb, "<tr class=\"total\">");
        td(h, NULL, NULL, name);
    }
    snprintf(n, sizeof n, "%d", ngoals);
    td(h, h->w->goals_col, "num", ngoals ? n : "–");
    for (int s = 0; s < ST_COUNT; s++) {
        snprintf(n, sizeof n, "%d", counts[s]);
        sb_clear(&c);
        sb_printf(&c, "%s %s", status_symbol[s], plan_status_word(h->rep->prog, (Status)s));
        td(h, sb_str(&c), "num", counts[s] ? n : "–");
    }
    snprintf(n, sizeof n, "%d", nmeasures);
    td(h, h->w->measures, "num", nmeasures ? n : "–");
    sb_clear(&c);
    if (has_cost) report_cost(cost, &c);
    td(h, h->w->cost, "num", has_cost ? sb_str(&c) : "–");
    sb_puts(h->sb, "</tr>\n");
    sb_free(&c);
}

/* A table of areas: their goals per status, their measures and the cost
 * of them, and the totals. */
static void overview(Html *h)
{
    const Report *rep = h->rep;
    if (!rep->r->ngoals && !rep->nmeasures) return;
    sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards compact\">\n<thead><tr>");
    el(h, "th", NULL, h->w->area);
    el(h, "th", "class=\"num\"", h->w->goals_col);
    for (int s = 0; s < ST_COUNT; s++) {
        sb_puts(h->sb, "<th class=\"num\">");
        badge(h, (Status)s, true);
        sb_puts(h->sb, "</th>");
    }
    el(h, "th", "class=\"num\"", h->w->measures);
    el(h, "th", "class=\"num\"", h->w->cost);
    sb_puts(h->sb, "</tr></thead>\n<tbody>\n");
    for (int i = 1; i <= rep->nareas; i++) {
        int a = i % rep->nareas; /* goals outside any area last */
        const ReportArea *ar = &rep->areas[a];
        if (ar->ngoals || ar->nmeasures)
            overview_row(h, report_area_title(rep, ar), a, ar->ngoals, ar->counts, ar->nmeasures,
                         ar->has_cost, ar->cost_tkr);
    }
    overview_row(h, h->w->total, -1, rep->r->ngoals, rep->r->counts, rep->nmeasures, rep->has_cost,
                 rep->cost_tkr);
    sb_puts(h->sb, "</tbody></table></div>\n");
}

/* Goals not achieved or without data, and rules that flag units. */
static void concerns(Html *h)
{
    const PlanResult *r = h->rep->r;
    StrBuf t = {0};
    el(h, "h3", NULL, h->w->concerns);
    bool any = false;
    for (int pass = 0; pass < 2; pass++) {
        Status want = pass == 0 ? ST_FAILED : ST_NODATA;
        for (int i = 0; i < r->ngoals; i++) {
            if (r->goals[i].status != want) continue;
            if (!any) sb_puts(h->sb, "<ul class=\"concerns\">\n");
            any = true;
            sb_puts(h->sb, "<li>");
            badge(h, want, true);
            sb_putc(h->sb, ' ');
            goal_link(h, r->goals[i].goal);
            sb_puts(h->sb, "</li>\n");
        }
    }
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        if (!rr->nflagged) continue;
        if (!any) sb_puts(h->sb, "<ul class=\"concerns\">\n");
        any = true;
        sb_puts(h->sb, "<li><span class=\"badge sm flag\">⚑ ");
        esc(h, h->w->rule);
        sb_puts(h->sb, "</span> <a href=\"#rule-");
        esc(h, rr->rule->id);
        sb_puts(h->sb, "\">");
        esc(h, rr->rule->title ? rr->rule->title : rr->rule->id);
        sb_puts(h->sb, "</a>: ");
        sb_clear(&t);
        report_rule_counts(h->rep, rr, &t);
        esc(h, sb_str(&t));
        sb_puts(h->sb, "</li>\n");
    }
    if (any) sb_puts(h->sb, "</ul>\n");
    else el(h, "p", NULL, h->w->no_concerns);
    sb_free(&t);
}

static void summary(Html *h)
{
    StrBuf t = {0};
    sb_puts(h->sb, "<section id=\"summary\">\n");
    el(h, "h2", NULL, h->w->summary);
    report_counts(h->rep, h->rep->r->counts, h->rep->r->ngoals, &t);
    el(h, "p", "class=\"lead\"", sb_str(&t));
    summary_bar(h);
    overview(h);
    concerns(h);
    sb_puts(h->sb, "</section>\n");
    sb_free(&t);
}

/* The status of an item then or now: a badge, or "nytt i planen" /
 * "borttaget ur planen" where it did not exist. */
static void change_status_cell(Html *h, const char *label, int status, const char *absent)
{
    td_open(h, label, NULL);
    if (status >= 0) badge(h, (Status)status, true);
    else esc(h, absent);
    sb_puts(h->sb, "</td>");
}

/* The values that moved under a goal, as a list in its cell. */
typedef struct ValueList { Html *h; bool any; } ValueList;

static void value_item(void *ctx, const char *line)
{
    ValueList *vl = ctx;
    if (!vl->any) sb_puts(vl->h->sb, "<ul class=\"ev\">");
    vl->any = true;
    el(vl->h, "li", NULL, line);
}

/* "Förändringar sedan förra uppföljningen": every goal then and now with
 * an arrow, the values that moved, goals gone from the plan, and the
 * stored values revised since (--since). */
static void changes(Html *h)
{
    const PlanResult *r = h->rep->r;
    const Changes *c = r->changes;
    if (!c || !c->compared) return;
    const ChangeWords *cw = change_words(h->rep->prog->plan.lang);
    StrBuf s = {0};
    sb_puts(h->sb, "<section id=\"changes\">\n");
    el(h, "h2", NULL, cw->heading);
    sb_printf(&s, "%s ", cw->compared_with);
    change_run_text(&c->since, &s);
    sb_puts(&s, ".");
    if (c->plan_changed) sb_printf(&s, " %s", cw->plan_changed);
    el(h, "p", "class=\"meta\"", sb_str(&s));
    const char *cols[] = {"", cw->item, cw->then, cw->now, cw->values};
    sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards\">");
    thead(h, cols, 5, "lllll");
    for (size_t i = 0; i < c->nitems; i++) {
        const ItemChange *ic = &c->items[i];
        if (ic->kind != RK_GOAL) continue;
        sb_puts(h->sb, "<tr>");
        td(h, NULL, "num", trend_arrow(ic->trend));
        td_open(h, cw->item, NULL);
        if (ic->goal) goal_link(h, ic->goal->goal);
        else {
            el(h, "span", "class=\"gid\"", ic->key);
            esc(h, ic->title ? ic->title : "");
        }
        sb_puts(h->sb, "</td>");
        change_status_cell(h, cw->then, ic->before, cw->added);
        change_status_cell(h, cw->now, ic->after, cw->removed);
        td_open(h, cw->values, NULL);
        ValueList vl = {h, false};
        change_goal_values(h->rep, i, value_item, &vl);
        sb_puts(h->sb, vl.any ? "</ul></td></tr>\n" : "–</td></tr>\n");
    }
    sb_puts(h->sb, "</tbody></table></div>\n");
    if (c->nrevisions) {
        el(h, "h3", NULL, cw->revised_values);
        sb_puts(h->sb, "<ul class=\"ev\">");
        for (size_t i = 0; i < c->nrevisions; i++) {
            sb_clear(&s);
            change_revised_value_text(r, &c->revisions[i], &s);
            el(h, "li", NULL, sb_str(&s));
        }
        sb_puts(h->sb, "</ul>\n");
    }
    sb_puts(h->sb, "</section>\n");
    sb_free(&s);
}

static void target_row(Html *h, const TargetResult *t)
{
    const ReportWords *w = h->w;
    StrBuf s = {0};
    sb_puts(h->sb, "<tr>");
    td_open(h, NULL, NULL);
    badge(h, t->status, true);
    sb_puts(h->sb, "</td>");
    td_open(h, w->target, NULL);
    report_target_text(h->rep, t, true, &s);
    el(h, "code", NULL, sb_str(&s));
    sb_puts(h->sb, "</td>");
    sb_clear(&s);
    report_outcome(h->rep, t, &s);
    td(h, w->outcome, "outcome", s.len ? sb_str(&s) : "–");
    td_open(h, w->evidence, NULL);
    if (t->evidence.n) {
        sb_puts(h->sb, "<ul class=\"ev\">");
        for (size_t i = 0; i < t->evidence.n; i++) {
            sb_clear(&s);
            report_evidence(h->rep, &t->evidence.items[i], &s);
            el(h, "li", NULL, sb_str(&s));
        }
        sb_puts(h->sb, "</ul>");
    }
    sb_puts(h->sb, "</td></tr>\n");
    sb_free(&s);
}

/* A link to a goal or measure by its id: <a href="#goal-M1">M1</a>. */
static void id_link(Html *h, const char *prefix, const char *id)
{
    sb_printf(h->sb, "<a href=\"#%s", prefix);
    esc(h, id);
    sb_puts(h->sb, "\">");
    esc(h, id);
    sb_puts(h->sb, "</a>");
}

/* Under a goal, the measures that serve it, by id, each a link to where
 * it is described (once, in its area's list). */
static void measure_refs(Html *h, const Goal *g)
{
    const Report *rep = h->rep;
    bool any = false;
    for (int i = 0; i < rep->r->nmeasures; i++) {
        const Measure *m = rep->r->measures[i].measure;
        if (rep->measure_area[i] < 0 || !measure_serves(m, g)) continue;
        if (!any) {
            sb_puts(h->sb, "<p class=\"refs\">");
            el(h, "strong", NULL, h->w->measures);
            sb_puts(h->sb, ": ");
        } else {
            sb_puts(h->sb, ", ");
        }
        any = true;
        id_link(h, "measure-", m->id);
    }
    if (any) sb_puts(h->sb, "</p>\n");
}

/* The measures listed at the end of an area, each once, with the goals
 * it serves. */
static void measures(Html *h, int area)
{
    const Report *rep = h->rep;
    const ReportWords *w = h->w;
    StrBuf s = {0};
    bool any = false;
    for (int i = 0; i < rep->r->nmeasures; i++) {
        const MeasureResult *mr = &rep->r->measures[i];
        const Measure *m = mr->measure;
        if (!report_lists_measure(rep, i, area)) continue;
        if (!any) {
            if (rep->areas[area].ngoals) el(h, "h3", NULL, w->measures);
            const char *cols[] = {w->measure, w->owner, w->span, w->cost, w->expected, w->followup};
            sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards\">\n");
            thead(h, cols, 6, "lllrll");
            any = true;
        }
        sb_puts(h->sb, "<tr");
        id_attr(h, "measure-", m->id);
        sb_putc(h->sb, '>');
        td_open(h, NULL, NULL);
        el(h, "span", "class=\"gid\"", m->id);
        esc(h, m->title ? m->title : "");
        int linked = 0;
        for (int k = 0; k < m->goals.n; k++) {
            const Goal *g = ((const NameRef *)m->goals.items[k])->decl;
            if (!report_shows_goal(rep, g)) continue;
            if (linked++ == 0) {
                sb_puts(h->sb, "<div class=\"note\">");
                esc(h, w->goals_served);
                sb_puts(h->sb, ": ");
            } else {
                sb_puts(h->sb, ", ");
            }
            id_link(h, "goal-", g->id);
        }
        if (linked) sb_puts(h->sb, "</div>");
        sb_puts(h->sb, "</td>");
        td(h, w->owner, NULL, m->owner ? m->owner : "–");
        sb_clear(&s);
        measure_span(m, &s);
        td(h, w->span, NULL, s.len ? sb_str(&s) : "–");
        sb_clear(&s);
        if (m->has_cost) report_cost(m->cost_tkr, &s);
        td(h, w->cost, "num", s.len ? sb_str(&s) : "–");
        sb_clear(&s);
        report_expected(rep, mr, &s);
        td_open(h, w->expected, NULL);
        esc(h, s.len ? sb_str(&s) : "–");
        if (mr->has_expect) {
            sb_putc(h->sb, ' ');
            badge(h, mr->expect.status, true);
        }
        sb_puts(h->sb, "</td>");
        sb_clear(&s);
        report_followups(rep, m, &s);
        td(h, w->followup, NULL, s.len ? sb_str(&s) : "–");
        sb_puts(h->sb, "</tr>\n");
    }
    if (any) sb_puts(h->sb, "</tbody></table></div>\n");
    sb_free(&s);
}

static void goal(Html *h, const ReportGoal *rg)
{
    const GoalResult *g = rg->res;
    const Goal *d = g->goal;
    const ReportWords *w = h->w;
    StrBuf s = {0};
    sb_printf(h->sb, "<article class=\"goal g%d\"", (int)g->status);
    id_attr(h, "goal-", d->id);
    sb_puts(h->sb, ">\n<header>");
    badge(h, g->status, false);
    sb_puts(h->sb, "<h3>");
    el(h, "span", "class=\"gid\"", d->id);
    esc(h, d->title ? d->title : "");
    sb_puts(h->sb, "</h3></header>\n");
    if (d->owner) sb_printf(&s, "%s: %s", w->owner, d->owner);
    if (d->level) sb_printf(&s, "%s%s: %s", s.len ? " · " : "", w->level, w->levels[d->level]);
    if (s.len) el(h, "p", "class=\"meta\"", sb_str(&s));
    if (d->description) el(h, "p", NULL, d->description);
    if (d->assessed) {
        sb_puts(h->sb, "<p>");
        el(h, "strong", NULL, w->assessed);
        sb_puts(h->sb, ": ");
        badge(h, assessment_status(d->assessed), true);
        if (d->assessed_note) {
            sb_puts(h->sb, " ");
            esc(h, d->assessed_note);
        }
        sb_puts(h->sb, "</p>\n");
    } else if (g->ntargets == 0) {
        el(h, "p", "class=\"note\"", w->no_target);
    }
    if (g->ntargets) {
        const char *cols[] = {w->status, w->target, w->outcome, w->evidence};
        sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards\">\n");
        thead(h, cols, 4, "llll");
        for (int i = 0; i < g->ntargets; i++) target_row(h, &g->targets[i]);
        sb_puts(h->sb, "</tbody></table></div>\n");
    }
    if (rg->ncharts) {
        sb_puts(h->sb, "<div class=\"charts\">\n");
        for (int i = 0; i < rg->ncharts; i++) {
            sb_puts(h->sb, "<figure>\n");
            chart_svg(&rg->charts[i].chart, false, h->sb);
            sb_puts(h->sb, "</figure>\n");
        }
        sb_puts(h->sb, "</div>\n");
    }
    measure_refs(h, d);
    sb_puts(h->sb, "</article>\n");
    sb_free(&s);
}

static void areas(Html *h)
{
    const Report *rep = h->rep;
    StrBuf s = {0};
    for (int i = 1; i <= rep->nareas; i++) {
        int a = i % rep->nareas; /* goals outside any area last */
        const ReportArea *ar = &rep->areas[a];
        if (!ar->ngoals && !ar->nmeasures) continue;
        sb_printf(h->sb, "<section id=\"area-%d\">\n", a);
        el(h, "h2", NULL, report_area_title(h->rep, ar));
        for (int k = 0; k < rep->r->ngoals; k++)
            if (rep->goals[k].area == a) goal(h, &rep->goals[k]);
        measures(h, a);
        if (ar->nmeasures) {
            sb_clear(&s);
            sb_printf(&s, "%s: %d", h->w->measures_in_area, ar->nmeasures);
            if (ar->has_cost) {
                sb_printf(&s, " · %s: ", h->w->cost);
                report_cost(ar->cost_tkr, &s);
            }
            el(h, "p", "class=\"total\"", sb_str(&s));
        }
        sb_puts(h->sb, "</section>\n");
    }
    sb_free(&s);
}

static void rule(Html *h, const RuleResult *rr)
{
    const ReportWords *w = h->w;
    const Rule *ru = rr->rule;
    StrBuf s = {0};
    char v[NUM_TEXT_MAX];
    sb_puts(h->sb, "<article class=\"rule\"");
    id_attr(h, "rule-", ru->id);
    sb_puts(h->sb, ">\n<h3>");
    el(h, "span", "class=\"gid\"", ru->id);
    esc(h, ru->title ? ru->title : "");
    sb_puts(h->sb, "</h3>\n<p class=\"meta\">");
    sb_printf(&s, "%s %s: ", w->for_each, unit_kind_word(ru->scope_kind ? ru->scope_kind : "school", h->rep->prog->plan.lang, false));
    esc(h, sb_str(&s));
    sb_clear(&s);
    if (ru->when) {
        esc(h, w->rule_when);
        sb_putc(h->sb, ' ');
        src_text(h->rep->prog, ru->when->loc, &s);
        el(h, "code", NULL, sb_str(&s));
        sb_puts(h->sb, ", ");
    }
    esc(h, w->rule_require);
    sb_putc(h->sb, ' ');
    sb_clear(&s);
    src_text(h->rep->prog, ru->require->loc, &s);
    el(h, "code", NULL, sb_str(&s));
    sb_puts(h->sb, "</p>\n");
    sb_clear(&s);
    report_rule_counts(h->rep, rr, &s);
    el(h, "p", "class=\"total\"", sb_str(&s));
    if (rr->nflagged) {
        sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards\">\n<thead><tr>");
        el(h, "th", NULL, w->unit);
        el(h, "th", NULL, w->code);
        for (size_t k = 0; k < rr->leaves.n; k++)
            el(h, "th", "class=\"num\"", report_leaf_label(&rr->leaves.items[k]));
        el(h, "th", NULL, w->status);
        sb_puts(h->sb, "</tr></thead>\n<tbody>\n");
        for (int j = 0; j < rr->nflagged; j++) {
            const FlaggedUnit *f = &rr->flagged[j];
            sb_puts(h->sb, "<tr>");
            td(h, NULL, NULL, f->name);
            td(h, w->code, NULL, f->code);
            for (size_t k = 0; k < rr->leaves.n; k++)
                td(h, report_leaf_label(&rr->leaves.items[k]), "num",
                   report_leaf_value(h->rep, &rr->leaves.items[k], f->leaf_values[k], v));
            td_open(h, w->status, NULL);
            if (f->nodata) badge(h, ST_NODATA, true);
            else el(h, "span", "class=\"badge sm flag\"", w->flagged);
            sb_puts(h->sb, "</td></tr>\n");
        }
        sb_puts(h->sb, "</tbody></table></div>\n");
    }
    sb_puts(h->sb, "</article>\n");
    sb_free(&s);
}

static void rules(Html *h)
{
    const PlanResult *r = h->rep->r;
    if (!r->nrules) return;
    sb_puts(h->sb, "<section id=\"rules\">\n");
    el(h, "h2", NULL, h->w->rules);
    for (int i = 0; i < r->nrules; i++) rule(h, &r->rules[i]);
    sb_puts(h->sb, "</section>\n");
}

/* The follow-ups due by the report's date, oldest first: a calendar. */
static void followups(Html *h)
{
    const Report *rep = h->rep;
    const ReportWords *w = h->w;
    char d[NUM_TEXT_MAX];
    StrBuf s = {0};
    if (!rep->r->as_of) return;
    sb_puts(h->sb, "<section id=\"followups\">\n");
    sb_printf(&s, "%s %s", w->followups_due, fmt_date(rep->r->as_of, d));
    el(h, "h2", NULL, sb_str(&s));
    if (!rep->ndue) el(h, "p", "class=\"note\"", w->no_followups);
    if (rep->ndue) {
        const char *cols[] = {w->date, w->measure, w->followup, w->owner};
        sb_puts(h->sb, "<div class=\"scroll\"><table class=\"cards\">\n");
        thead(h, cols, 4, "llll");
        for (int i = 0; i < rep->ndue; i++) {
            const FollowupDue *f = rep->due[i];
            sb_puts(h->sb, "<tr>");
            td(h, w->date, NULL, fmt_date(f->date, d));
            td_open(h, w->measure, NULL);
            el(h, "span", "class=\"gid\"", f->measure->id);
            esc(h, f->measure->title ? f->measure->title : "");
            sb_puts(h->sb, "</td>");
            sb_clear(&s);
            report_due_text(rep, f, &s);
            td(h, w->followup, NULL, sb_str(&s));
            td(h, w->owner, NULL, f->measure->owner ? f->measure->owner : "–");
            sb_puts(h->sb, "</tr>\n");
        }
        sb_puts(h->sb, "</tbody></table></div>\n");
    }
    sb_puts(h->sb, "</section>\n");
    sb_free(&s);
}

static void footer(Html *h)
{
    StrBuf s = {0};
    report_colophon(h->rep, &s);
    sb_puts(h->sb, "<footer>");
    esc(h, sb_str(&s));
    sb_puts(h->sb, "</footer>\n");
    sb_free(&s);
}

void render_html(const Report *rep, FILE *out)
{
    StrBuf sb = {0};
    Html h = {rep, rep->w, &sb};
    const PlanHeader *ph = &rep->prog->plan;
    sb_printf(&sb, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n",
              ph->lang == LANG_EN ? "en" : "sv");
    StrBuf t = {0};
    sb_puts(&t, ph->title ? ph->title : rep->plan_path);
    if (ph->organiser) sb_printf(&t, " — %s", ph->organiser);
    el(&h, "title", NULL, sb_str(&t));
    sb_free(&t);
    sb_printf(&sb, "\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", css);
    header(&h);
    changes(&h);
    summary(&h);
    areas(&h);
    rules(&h);
    followups(&h);
    footer(&h);
    sb_puts(&sb, "</main>\n</body>\n</html>\n");
    fputs(sb_str(&sb), out);
    sb_free(&sb);
}
