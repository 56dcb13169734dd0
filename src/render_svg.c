/* render_svg.c — a trend chart as SVG (see chart.h).
 *
 * Layout, in SVG units (the chart scales to its container):
 *   title (up to three lines), legend (the lines, then the targets with
 *   their values: no text is written on the plot, so none covers a point
 *   or another label), plot area with y grid lines and tick labels on the
 *   left, period labels below (thinned so none touch), the last value of
 *   each line written at its end on the right.
 * The chart is W units wide and its smallest text 12 units high: where a
 * phone gives it 320 px, text is still 10 px (the report's CSS keeps
 * charts at least that wide).
 * Periods sit on a time axis where they belong: a year over its calendar
 * year, a school year from July to June, a term over its half year, so
 * 2019 and 2019/20 in one chart are half a year apart and 2020 then 2025
 * leave four years empty. The line breaks where time passes with no value
 * (a gap, never a zero); a value known only as an interval (a "~100") is
 * drawn as a bar over the interval, not as a point the line passes through. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "render.h"

#define W 380.0
#define TITLE_MAX_CHARS 40 /* about what fits in W at the title's size */
#define TITLE_LINES 3
#define CHAR_W 7.4         /* the width of a character at 12 units, about */

static const char *const line_color[GRP_COUNT] = {"#1f4e79", "#c2410c", "#0f766e", "#7c3aed", "#a16207"};
static const char *const line_dash[GRP_COUNT] = {NULL, "8 4", "2 4", "6 2 2 2", "12 4"};

void xml_escape(StrBuf *sb, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '&': sb_puts(sb, "&amp;"); break;
        case '<': sb_puts(sb, "&lt;"); break;
        case '>': sb_puts(sb, "&gt;"); break;
        case '"': sb_puts(sb, "&quot;"); break;
        case '\'': sb_puts(sb, "&#39;"); break;
        default:
            if (*p >= 0x20 || *p == '\n' || *p == '\t') sb_putc(sb, (char)*p);
        }
    }
}

const char *group_word(Group g, Lang lang)
{
    static const char *const en[GRP_COUNT] = {"total", "girls", "boys", "staff", "head"};
    return lang == LANG_EN ? en[g] : group_names[g];
}

const char *op_symbol(BinOp op)
{
    switch (op) {
    case OP_LT: return "<";
    case OP_LE: return "≤";
    case OP_GT: return ">";
    case OP_GE: return "≥";
    case OP_EQ: return "=";
    case OP_NE: return "≠";
    default: return binop_text[op];
    }
}


typedef struct Plot {
    double left, right, top, bottom; /* the plot area */
    double ymin, ymax, step;         /* the y axis and its tick step */
    double tmin, tmax;               /* the time axis, in months */
    int n;                           /* periods */
    const Period *periods;
    int *order;                      /* their indexes by middle in time */
} Plot;

/* A period's span in months since year 0: from the start of its first
 * month to the end of its last (period_start_date, period_end_date). */
static double t_start(Period p)
{
    int32_t d = period_start_date(p);
    return d / 10000 * 12.0 + d / 100 % 100 - 1;
}
static double t_end(Period p)
{
    int32_t d = period_end_date(p);
    return d / 10000 * 12.0 + d / 100 % 100;
}

static double px_t(const Plot *p, double t)
{
    return p->left + (p->right - p->left) * (t - p->tmin) / (p->tmax - p->tmin);
}
static double t_mid(Period p) { return (t_start(p) + t_end(p)) / 2; }
static double px(const Plot *p, int i) { return px_t(p, t_mid(p->periods[i])); }

/* Whether time passes between periods a and b (the next in time) with no
 * period stored: 2018 then 2020, or 2018/19 then 2020. */
static bool gap_between(const Plot *p, int a, int b) { return t_start(p->periods[b]) > t_end(p->periods[a]); }

/* Periods are stored in order of their start; a school year starts before
 * the autumn term in it but its middle is later: lines and labels go in
 * order of the middle. */
static const Plot *sort_plot;
static int cmp_mid(const void *a, const void *b)
{
    double x = t_mid(sort_plot->periods[*(const int *)a]), y = t_mid(sort_plot->periods[*(const int *)b]);
    return x < y ? -1 : x > y ? 1 : *(const int *)a - *(const int *)b;
}

static double py(const Plot *p, double v)
{
    return p->bottom - (p->bottom - p->top) * (v - p->ymin) / (p->ymax - p->ymin);
}

/* The width of a text at 12 units, about (bold a little wider). */
static double text_w(const char *s, bool bold) { return CHAR_W * utf8_width(s, strlen(s)) * (bold ? 1.08 : 1); }

/* 1, 2, 2.5 or 5 times a power of ten: steps people count in. */
static double nice_step(double raw)
{
    double e = pow(10, floor(log10(raw)));
    double f = raw / e;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * e;
}

static bool exact(Cell v) { return !v.miss && v.lo == v.hi; }

/* The y axis: every value, level and compared series inside, on round
 * ticks, within the indicator's scale (0–100 for percent). */
static void y_axis(const Chart *c, Plot *p)
{
    double lo = INFINITY, hi = -INFINITY;
    for (int g = 0; g < GRP_COUNT; g++)
        for (int i = 0; c->cells[g] && i < c->nperiods; i++)
            if (!c->cells[g][i].miss) lo = fmin(lo, c->cells[g][i].lo), hi = fmax(hi, c->cells[g][i].hi);
    for (int b = 0; b < c->nbounds; b++) {
        const ChartBound *cb = &c->bounds[b];
        if (cb->series) {
            for (int i = 0; i < c->nperiods; i++)
                if (exact(cb->series[i])) lo = fmin(lo, cb->series[i].lo), hi = fmax(hi, cb->series[i].lo);
        } else if (!cb->previous) {
            lo = fmin(lo, cb->value), hi = fmax(hi, cb->value);
        }
    }
    if (lo > hi) lo = 0, hi = 1;
    double span = hi - lo;
    if (span < 1e-9) span = fmax(fabs(hi) * 0.1, 1);
    lo -= span * 0.08, hi += span * 0.08;
    p->step = nice_step((hi - lo) / 4);
    p->ymin = floor(lo / p->step) * p->step;
    p->ymax = ceil(hi / p->step) * p->step;
    double smin = -INFINITY, smax = INFINITY;
    if (c->ind->has_range) smin = c->ind->scale_min, smax = c->ind->scale_max;
    else if (c->ind->scale == SC_PERCENT) smin = 0, smax = 100;
    if (p->ymin < smin) p->ymin = smin;
    if (p->ymax > smax) p->ymax = smax;
    if (p->ymax <= p->ymin) p->ymax = p->ymin + p->step;
}

static void text(StrBuf *sb, double x, double y, const char *attrs, const char *s)
{
    sb_printf(sb, "<text x=\"%.1f\" y=\"%.1f\"%s%s>", x, y, attrs[0] ? " " : "", attrs);
    xml_escape(sb, s);
    sb_puts(sb, "</text>\n");
}

/* The marker of a group at (x, y): circle, triangle or square; class "pt"
 * marks a data point (tests check that no text covers one). */
static void marker(StrBuf *sb, Group g, double x, double y)
{
    const char *col = line_color[g];
    if (g == GRP_TOTAL)
        sb_printf(sb, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", x, y, col);
    else if (g == GRP_GIRLS)
        sb_printf(sb, "<path class=\"pt\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>\n", x, y - 5,
                  x + 5, y + 4, x - 5, y + 4, col);
    else
        sb_printf(sb, "<rect class=\"pt\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>\n",
                  x - 4, y - 4, col);
}

static void stroke(StrBuf *sb, const char *color, double width, const char *dash)
{
    sb_printf(sb, " fill=\"none\" stroke=\"%s\" stroke-width=\"%g\"", color, width);
    if (dash) sb_printf(sb, " stroke-dasharray=\"%s\"", dash);
}

#define BOUND_DASH "12 4 3 4"
/* a white outline behind a label keeps it readable over lines and bands */
#define HALO " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
static const char *bound_color(const ChartBound *b) { return b->partly ? "#9ca3af" : "#374151"; }

/* "mål ≥ 90 %", "mål flickor ≤ 15 %", "delvis ≥ riket − 5", "mål ≥ värdet 2020
 * (85,5 %)", "mål > föregående värde (217,9)" */
static void bound_label(const Chart *c, const ChartBound *b, StrBuf *sb)
{
    char v[NUM_TEXT_MAX];
    bool en = c->lang == LANG_EN;
    const char *unit = c->ind->scale == SC_PERCENT ? " %" : "";
    sb_puts(sb, b->partly ? (en ? "partly" : "delvis") : (en ? "target" : "mål"));
    if (b->group != GRP_TOTAL) sb_printf(sb, " %s", group_word(b->group, c->lang));
    sb_printf(sb, " %s ", op_symbol(b->op));
    if (b->previous)
        sb_printf(sb, "%s (%s%s)", en ? "the previous value" : "föregående värde", fmt_number(b->value, v), unit);
    else if (b->series)
        sb_puts(sb, b->against);
    else if (b->against[0])
        sb_printf(sb, "%s (%s%s)", b->against, fmt_number(b->value, v), unit);
    else
        sb_printf(sb, "%s%s", fmt_number(b->value, v), unit);
}

/* The length of the longest head of t (at most n bytes) that ends before a
 * space and fits in TITLE_MAX_CHARS; all of it if it fits. */
static size_t title_cut(const char *t, size_t n)
{
    if (utf8_width(t, n) <= TITLE_MAX_CHARS) return n;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (t[i] == ' ' && utf8_width(t, i) <= TITLE_MAX_CHARS - 1) best = i;
    return best;
}

/* The title on up to TITLE_LINES lines; what does not fit ends in "…". */
static void draw_title(const Chart *c, StrBuf *sb, double *y)
{
    const char *attrs = "font-size=\"14\" font-weight=\"bold\" fill=\"#111827\"";
    const char *t = c->ind->title ? c->ind->title : c->ind->name;
    StrBuf line = {0};
    for (int k = 0; k < TITLE_LINES && *t; k++) {
        size_t n = strlen(t), cut = title_cut(t, n);
        if (!cut) cut = n; /* one long word: let it run */
        sb_clear(&line);
        sb_putn(&line, t, cut);
        t += cut;
        while (*t == ' ') t++;
        if (k == TITLE_LINES - 1 && *t) sb_puts(&line, "…");
        if (k) *y += 18;
        text(sb, 8, *y, attrs, sb_str(&line));
    }
    sb_free(&line);
}

/* Legend: a sample of each line drawn (dash and marker), then each target
 * with its value or what it compares against; entries flow onto more rows
 * as the width needs. Returns the baseline of the last row. */
static double draw_legend(const Chart *c, StrBuf *sb, double y)
{
    double x = 8;
    StrBuf label = {0};
    for (int e = 0; e < GRP_COUNT + c->nbounds; e++) {
        const ChartBound *cb = e < GRP_COUNT ? NULL : &c->bounds[e - GRP_COUNT];
        if (!cb && !c->cells[e]) continue;
        sb_clear(&label);
        if (cb) bound_label(c, cb, &label);
        else sb_puts(&label, group_word((Group)e, c->lang));
        bool sample = !cb || !cb->previous; /* a target with no line has none */
        double w = (sample ? 34 : 0) + text_w(sb_str(&label), false);
        if (x > 8 && x + w > W - 8) x = 8, y += 18;
        if (sample) {
            sb_printf(sb, "<path d=\"M%.1f %.1fh28\"", x, y - 4);
            if (cb) stroke(sb, bound_color(cb), 2, BOUND_DASH);
            else stroke(sb, line_color[e], 2.5, line_dash[e]);
            sb_puts(sb, "/>\n");
            if (!cb) marker(sb, (Group)e, x + 14, y - 4);
            x += 34;
        }
        text(sb, x, y, "font-size=\"12\" fill=\"#374151\"", sb_str(&label));
        x += w - (sample ? 34 : 0) + 14;
    }
    sb_free(&label);
    return y;
}

static void draw_axes(const Chart *c, const Plot *p, StrBuf *sb)
{
    char v[NUM_TEXT_MAX], buf[NUM_TEXT_MAX + 4], per[PERIOD_TEXT_MAX];
    if (c->review) {
        double a = fmax(px_t(p, t_start(c->review)), p->left), b = fmin(px_t(p, t_end(c->review)), p->right);
        if (b > a)
            sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#e8eef5\"/>\n", a,
                      p->top, b - a, p->bottom - p->top);
    }
    for (double t = p->ymin; t <= p->ymax + p->step / 1000; t += p->step) {
        double y = py(p, t);
        sb_printf(sb, "<path d=\"M%.1f %.1fH%.1f\" stroke=\"%s\" stroke-width=\"1\"/>\n", p->left, y,
                  p->right, t == p->ymin ? "#6b7280" : "#e5e7eb");
        snprintf(buf, sizeof buf, "%s%s", fmt_number(t, v), c->ind->scale == SC_PERCENT ? " %" : "");
        text(sb, p->left - 6, y + 4, "font-size=\"12\" text-anchor=\"end\" fill=\"#4b5563\"", buf);
    }
    /* period labels from the last one back, each where it does not touch
     * the one after it */
    double room = INFINITY;
    for (int k = p->n - 1; k >= 0; k--) {
        int i = p->order[k];
        bool rev = c->periods[i] == c->review;
        period_format(c->periods[i], per);
        double x = px(p, i), half = text_w(per, rev) / 2;
        if (x + half + 6 > room) continue;
        room = x - half;
        text(sb, x, p->bottom + 18,
             rev ? "font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#111827\""
                 : "font-size=\"12\" text-anchor=\"middle\" fill=\"#4b5563\"",
             per);
    }
}

/* A polyline through the exact values of v, broken where a value is
 * missing or time passes with none. */
static void draw_runs(StrBuf *sb, const Plot *p, const Cell *v, const char *color, double width, const char *dash)
{
    int run = 0; /* exact values in a row so far (in time), ending at j - 1 */
    for (int j = 0; j <= p->n; j++) {
        bool value = j < p->n && exact(v[p->order[j]]);
        if (value && (run == 0 || !gap_between(p, p->order[j - 1], p->order[j]))) {
            run++;
            continue;
        }
        if (run >= 2) {
            for (int k = j - run; k < j; k++)
                sb_printf(sb, "%s%.1f %.1f", k == j - run ? "<path d=\"M" : "L", px(p, p->order[k]),
                          py(p, v[p->order[k]].lo));
            sb_putc(sb, '"');
            stroke(sb, color, width, dash);
            sb_puts(sb, " stroke-linejoin=\"round\"/>\n");
        }
        run = value ? 1 : 0; /* a value after a gap in time starts a new line */
    }
}

/* The bounds: a level as a line across the plot, the side where it is met
 * lightly shaded; a compared series as a line with a short tick at each
 * value (so a single period's shows too); a target against the previous
 * value as nothing (the legend names it). */
static void draw_bounds(const Chart *c, const Plot *p, StrBuf *sb)
{
    for (int b = 0; b < c->nbounds; b++) {
        const ChartBound *cb = &c->bounds[b];
        if (cb->previous) continue;
        if (cb->series) {
            draw_runs(sb, p, cb->series, bound_color(cb), 2, BOUND_DASH);
            for (int i = 0; i < p->n; i++)
                if (exact(cb->series[i])) {
                    sb_printf(sb, "<path d=\"M%.1f %.1fh14\"", px(p, i) - 7, py(p, cb->series[i].lo));
                    stroke(sb, bound_color(cb), 2.5, NULL);
                    sb_puts(sb, "/>\n");
                }
            continue;
        }
        if (cb->value < p->ymin || cb->value > p->ymax) continue;
        double y = py(p, cb->value);
        bool above = cb->op == OP_GT || cb->op == OP_GE;
        if (!cb->partly && (above || cb->op == OP_LT || cb->op == OP_LE))
            sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#16a34a\" fill-opacity=\"0.07\"/>\n",
                      p->left, above ? p->top : y, p->right - p->left, above ? y - p->top : p->bottom - y);
        sb_printf(sb, "<path d=\"M%.1f %.1fH%.1f\"", p->left, y, p->right);
        stroke(sb, bound_color(cb), 2, BOUND_DASH);
        sb_puts(sb, "/>\n");
    }
}

/* The last value of a line (a group's, or a compared series), written at
 * the right of the plot. */
typedef struct EndLabel { double y; const char *color; Cell v; } EndLabel;

static int cmp_label(const void *a, const void *b)
{
    double x = ((const EndLabel *)a)->y, y = ((const EndLabel *)b)->y;
    return (x > y) - (x < y);
}

/* A value known only to lie in an interval (a "~100"): a bar from its low
 * to its high end, with caps, instead of a point on the line. */
static void interval_bar(StrBuf *sb, const Plot *p, Group g, int i, Cell v)
{
    double x = px(p, i), lo = py(p, v.lo), hi = py(p, v.hi);
    sb_printf(sb, "<path class=\"pt\" d=\"M%.1f %.1fV%.1fM%.1f %.1fh10M%.1f %.1fh10\"", x, lo, hi, x - 5, lo,
              x - 5, hi);
    stroke(sb, line_color[g], 2.5, NULL);
    sb_puts(sb, "/>\n");
}

/* The index of the last value of v in time, -1 when none; exact ones
 * only if so. */
static int last_value(const Plot *p, const Cell *v, bool exact_only)
{
    for (int k = p->n - 1; k >= 0; k--)
        if (exact_only ? exact(v[p->order[k]]) : !v[p->order[k]].miss) return p->order[k];
    return -1;
}

/* The labels at the end of the lines: each group's last value and each
 * compared series' last value. */
static int end_labels(const Chart *c, const Plot *p, EndLabel ends[GRP_COUNT + CHART_MAX_BOUNDS], int *lastx)
{
    int n = 0;
    *lastx = -1;
    for (int g = 0; g < GRP_COUNT; g++) {
        int last = c->cells[g] ? last_value(p, c->cells[g], false) : -1;
        if (last < 0) continue;
        ends[n++] = (EndLabel){0, line_color[g], c->cells[g][last]};
        if (*lastx < 0 || t_mid(c->periods[last]) > t_mid(c->periods[*lastx])) *lastx = last;
    }
    for (int b = 0; b < c->nbounds; b++) {
        const ChartBound *cb = &c->bounds[b];
        int last = cb->series ? last_value(p, cb->series, true) : -1;
        if (last < 0) continue;
        ends[n++] = (EndLabel){0, bound_color(cb), cb->series[last]};
        if (*lastx < 0 || t_mid(c->periods[last]) > t_mid(c->periods[*lastx])) *lastx = last;
    }
    return n;
}

/* Each group's line (see draw_runs), markers, interval bars, then the end
 * labels right of the last period, pushed apart and kept in the plot's
 * height. */
static void draw_lines(const Chart *c, const Plot *p, StrBuf *sb)
{
    for (int g = 0; g < GRP_COUNT; g++) {
        const Cell *v = c->cells[g];
        if (!v) continue;
        draw_runs(sb, p, v, line_color[g], 2.5, line_dash[g]);
        for (int i = 0; i < p->n; i++) {
            if (v[i].miss) continue;
            if (exact(v[i])) marker(sb, (Group)g, px(p, i), py(p, v[i].lo));
            else interval_bar(sb, p, (Group)g, i, v[i]);
        }
    }
    EndLabel ends[GRP_COUNT + CHART_MAX_BOUNDS];
    int lastx, n = end_labels(c, p, ends, &lastx);
    for (int i = 0; i < n; i++) ends[i].y = py(p, (ends[i].v.lo + ends[i].v.hi) / 2);
    qsort(ends, (size_t)n, sizeof *ends, cmp_label);
    for (int i = 1; i < n; i++)
        if (ends[i].y - ends[i - 1].y < 14) ends[i].y = ends[i - 1].y + 14;
    /* pushed below the plot: move them up together, 14 apart */
    for (int i = n - 1; i >= 0 && ends[i].y > p->bottom - 4 - 14 * (n - 1 - i); i--)
        ends[i].y = p->bottom - 4 - 14 * (n - 1 - i);
    char v[NUM_TEXT_MAX], attrs[160];
    for (int i = 0; i < n; i++) {
        snprintf(attrs, sizeof attrs, "font-size=\"12\" font-weight=\"bold\" fill=\"%s\"" HALO, ends[i].color);
        text(sb, px(p, lastx) + 9, ends[i].y + 4, attrs, fmt_cell(ends[i].v, c->ind, v));
    }
}

/* The plot's side margins: room for the widest y tick label on the left
 * and the widest end label on the right. */
static void margins(const Chart *c, Plot *p)
{
    char v[NUM_TEXT_MAX], buf[NUM_TEXT_MAX + 4];
    double wl = 0, wr = 0;
    for (double t = p->ymin; t <= p->ymax + p->step / 1000; t += p->step) {
        snprintf(buf, sizeof buf, "%s%s", fmt_number(t, v), c->ind->scale == SC_PERCENT ? " %" : "");
        wl = fmax(wl, text_w(buf, false));
    }
    EndLabel ends[GRP_COUNT + CHART_MAX_BOUNDS];
    int lastx, n = end_labels(c, p, ends, &lastx);
    for (int i = 0; i < n; i++) wr = fmax(wr, text_w(fmt_cell(ends[i].v, c->ind, v), true));
    p->left = 8 + wl + 6;
    p->right = W - 6;
    /* the end labels start right of the last value's period middle, which
     * lies a fraction f along the plot: the plot is as wide as leaves them
     * room up to the right edge */
    double room = W - 6 - wr - 9;
    if (lastx < 0) return;
    double f = (t_mid(c->periods[lastx]) - p->tmin) / (p->tmax - p->tmin);
    if (p->left + (p->right - p->left) * f > room) p->right = p->left + (room - p->left) / f;
}

void chart_svg(const Chart *c, bool standalone, StrBuf *sb)
{
    StrBuf body = {0};
    double y = 20;
    draw_title(c, &body, &y);
    y = draw_legend(c, &body, y + 24);
    Plot p = {56, W - 64, y + 16, y + 16 + 170, 0, 0, 0, 0, 1, c->nperiods, c->periods, NULL};
    double height = p.bottom + 28;
    bool any = false;
    for (int g = 0; g < GRP_COUNT; g++)
        for (int i = 0; c->cells[g] && i < c->nperiods; i++) any |= !c->cells[g][i].miss;
    if (!any) {
        sb_printf(&body, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f3f4f6\"/>\n",
                  p.left, p.top, p.right - p.left, p.bottom - p.top);
        text(&body, (p.left + p.right) / 2, (p.top + p.bottom) / 2 + 5,
             "font-size=\"13\" text-anchor=\"middle\" fill=\"#4b5563\"",
             c->lang == LANG_EN ? "no data" : "ingen data");
    } else {
        p.tmin = t_start(c->periods[0]);
        p.tmax = p.tmin + 1;
        for (int i = 0; i < c->nperiods; i++) p.tmax = fmax(p.tmax, t_end(c->periods[i]));
        p.order = xmalloc(sizeof *p.order * (size_t)c->nperiods);
        for (int i = 0; i < c->nperiods; i++) p.order[i] = i;
        sort_plot = &p;
        qsort(p.order, (size_t)c->nperiods, sizeof *p.order, cmp_mid);
        y_axis(c, &p);
        margins(c, &p);
        draw_axes(c, &p, &body);
        draw_bounds(c, &p, &body);
        draw_lines(c, &p, &body);
        free(p.order);
    }
    if (standalone)
        sb_puts(sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    else
        sb_puts(sb, "<svg");
    sb_printf(sb, " viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\""
                  " font-family=\"'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif\">\n",
              W, height, W, height);
    char a[PERIOD_TEXT_MAX], b[PERIOD_TEXT_MAX];
    sb_puts(sb, "<title>");
    xml_escape(sb, c->ind->title ? c->ind->title : c->ind->name);
    if (c->nperiods) sb_printf(sb, ", %s", period_format(c->periods[0], a));
    if (c->nperiods > 1) sb_printf(sb, "–%s", period_format(c->periods[c->nperiods - 1], b));
    sb_puts(sb, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    sb_puts(sb, sb_str(&body));
    sb_puts(sb, "</svg>\n");
    sb_free(&body);
}
