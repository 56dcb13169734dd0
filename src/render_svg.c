/* render_svg.c — a trend chart as SVG (see chart.h).
 *
 * Layout, in SVG units (the chart scales to its container):
 *   title (one or two lines), legend, plot area with y grid lines and tick
 *   labels on the left, period labels below, the last value of each line
 *   written at its end on the right.
 * Periods are evenly spaced categories: a chart of 2013..2018 and one of
 * ht2019..vt2021 read alike. A missing value breaks its line (a gap, never
 * a zero); a value known only as an interval (a "~100") is drawn as a bar
 * over the interval, not as a point the line passes through. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "chart.h"
#include "render.h"

#define W 640.0
#define TITLE_MAX_CHARS 64 /* about what fits in W at the title's size */

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
    int n;                           /* periods */
    const Period *periods;
    int slots;                       /* places on the x axis: see time_slots */
} Plot;

static bool same_family(PeriodKind a, PeriodKind b)
{
    bool a_term = a == PK_SPRING || a == PK_AUTUMN, b_term = b == PK_SPRING || b == PK_AUTUMN;
    return a == b || (a_term && b_term);
}

/* Periods sit at their distance in time from the first, so a gap in the
 * data (2018, then 2025) shows as a gap; periods of different kinds, or
 * spread too thin, sit side by side. */
static int time_slots(const Chart *c)
{
    if (c->nperiods < 2) return c->nperiods;
    for (int i = 1; i < c->nperiods; i++)
        if (!same_family(period_kind(c->periods[i]), period_kind(c->periods[0]))) return c->nperiods;
    int span = period_steps(c->periods[0], c->periods[c->nperiods - 1]) + 1;
    return span >= c->nperiods && span <= 3 * c->nperiods ? span : c->nperiods;
}

static int slot(const Plot *p, int i)
{
    return p->slots == p->n ? i : period_steps(p->periods[0], p->periods[i]);
}

/* Whether time passes between period i - 1 and i with no period stored. */
static bool gap_before(const Plot *p, int i) { return slot(p, i) - slot(p, i - 1) > 1; }

static double px(const Plot *p, int i) { return p->left + (p->right - p->left) * (slot(p, i) + 0.5) / p->slots; }
static double py(const Plot *p, double v)
{
    return p->bottom - (p->bottom - p->top) * (v - p->ymin) / (p->ymax - p->ymin);
}

/* 1, 2, 2.5 or 5 times a power of ten: steps people count in. */
static double nice_step(double raw)
{
    double e = pow(10, floor(log10(raw)));
    double f = raw / e;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * e;
}

/* The y axis: every value and bound inside, on round ticks, within the
 * indicator's scale (0–100 for percent). */
static void y_axis(const Chart *c, Plot *p)
{
    double lo = INFINITY, hi = -INFINITY;
    for (int g = 0; g < GRP_COUNT; g++)
        for (int i = 0; c->cells[g] && i < c->nperiods; i++)
            if (!c->cells[g][i].miss) lo = fmin(lo, c->cells[g][i].lo), hi = fmax(hi, c->cells[g][i].hi);
    for (int b = 0; b < c->nbounds; b++) lo = fmin(lo, c->bounds[b].value), hi = fmax(hi, c->bounds[b].value);
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

/* The marker of a group at (x, y): circle, triangle or square. */
static void marker(StrBuf *sb, Group g, double x, double y)
{
    const char *col = line_color[g];
    if (g == GRP_TOTAL)
        sb_printf(sb, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", x, y, col);
    else if (g == GRP_GIRLS)
        sb_printf(sb, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>\n", x, y - 5, x + 5,
                  y + 4, x - 5, y + 4, col);
    else
        sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>\n", x - 4,
                  y - 4, col);
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

/* "mål ≥ 90 %", "mål flickor ≤ 15 %", "delvis ≥ 85 %" */
static void bound_label(const Chart *c, const ChartBound *b, StrBuf *sb)
{
    char v[NUM_TEXT_MAX];
    bool en = c->lang == LANG_EN;
    sb_puts(sb, b->partly ? (en ? "partly" : "delvis") : (en ? "target" : "mål"));
    if (b->group != GRP_TOTAL) sb_printf(sb, " %s", group_word(b->group, c->lang));
    sb_printf(sb, " %s %s%s", op_symbol(b->op), fmt_number(b->value, v),
              c->ind->scale == SC_PERCENT ? " %" : "");
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

/* The title on one line, or two; what does not fit on two ends in "…". */
static void draw_title(const Chart *c, StrBuf *sb, double *y)
{
    const char *attrs = "font-size=\"15\" font-weight=\"bold\" fill=\"#111827\"";
    const char *t = c->ind->title ? c->ind->title : c->ind->name;
    StrBuf line = {0};
    for (int k = 0; k < 2 && *t; k++) {
        size_t n = strlen(t), cut = title_cut(t, n);
        if (!cut) cut = n; /* one long word: let it run */
        sb_clear(&line);
        sb_putn(&line, t, cut);
        t += cut;
        while (*t == ' ') t++;
        if (k == 1 && *t) sb_puts(&line, "…");
        if (k) *y += 19;
        text(sb, 8, *y, attrs, sb_str(&line));
    }
    sb_free(&line);
}

/* Legend: a sample of each line drawn (dash and marker), then the bounds. */
static void draw_legend(const Chart *c, StrBuf *sb, double y)
{
    double x = 8;
    for (int g = 0; g < GRP_COUNT; g++) {
        if (!c->cells[g]) continue;
        const char *name = group_word((Group)g, c->lang);
        sb_printf(sb, "<path d=\"M%.1f %.1fh28\"", x, y - 4);
        stroke(sb, line_color[g], 2.5, line_dash[g]);
        sb_puts(sb, "/>\n");
        marker(sb, (Group)g, x + 14, y - 4);
        text(sb, x + 34, y, "font-size=\"13\" fill=\"#374151\"", name);
        x += 34 + 7.5 * utf8_width(name, strlen(name)) + 18;
    }
    bool kinds[2] = {false, false};
    for (int b = 0; b < c->nbounds; b++) kinds[c->bounds[b].partly] = true;
    for (int k = 0; k < 2; k++) {
        if (!kinds[k]) continue;
        ChartBound sample = {0, OP_GE, k == 1, GRP_TOTAL};
        const char *word = k ? (c->lang == LANG_EN ? "partly" : "delvis")
                             : (c->lang == LANG_EN ? "target" : "mål");
        sb_printf(sb, "<path d=\"M%.1f %.1fh28\"", x, y - 4);
        stroke(sb, bound_color(&sample), 2, BOUND_DASH);
        sb_puts(sb, "/>\n");
        text(sb, x + 34, y, "font-size=\"13\" fill=\"#374151\"", word);
        x += 34 + 7.5 * utf8_width(word, strlen(word)) + 18;
    }
}

static void draw_axes(const Chart *c, const Plot *p, StrBuf *sb)
{
    char v[NUM_TEXT_MAX], buf[NUM_TEXT_MAX + 4], per[PERIOD_TEXT_MAX];
    for (int i = 0; i < p->n; i++)
        if (c->periods[i] == c->review)
            sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#e8eef5\"/>\n",
                      px(p, i) - (p->right - p->left) / p->slots / 2, p->top,
                      (p->right - p->left) / p->slots, p->bottom - p->top);
    for (double t = p->ymin; t <= p->ymax + p->step / 1000; t += p->step) {
        double y = py(p, t);
        sb_printf(sb, "<path d=\"M%.1f %.1fH%.1f\" stroke=\"%s\" stroke-width=\"1\"/>\n", p->left, y,
                  p->right, t == p->ymin ? "#6b7280" : "#e5e7eb");
        snprintf(buf, sizeof buf, "%s%s", fmt_number(t, v), c->ind->scale == SC_PERCENT ? " %" : "");
        text(sb, p->left - 6, y + 4, "font-size=\"12\" text-anchor=\"end\" fill=\"#4b5563\"", buf);
    }
    /* at most about ten period labels; the last period is always labelled */
    int every = (p->n + 9) / 10;
    for (int i = 0; i < p->n; i++) {
        if ((p->n - 1 - i) % every) continue;
        bool rev = c->periods[i] == c->review;
        text(sb, px(p, i), p->bottom + 18,
             rev ? "font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#111827\""
                 : "font-size=\"12\" text-anchor=\"middle\" fill=\"#4b5563\"",
             period_format(c->periods[i], per));
    }
}

/* The bounds: the side where the target is met lightly shaded, the line
 * across the plot, its value written at the right end. */
static void draw_bounds(const Chart *c, const Plot *p, StrBuf *sb)
{
    StrBuf label = {0};
    for (int b = 0; b < c->nbounds; b++) {
        const ChartBound *cb = &c->bounds[b];
        if (cb->value < p->ymin || cb->value > p->ymax) continue;
        double y = py(p, cb->value);
        bool above = cb->op == OP_GT || cb->op == OP_GE;
        if (!cb->partly && (above || cb->op == OP_LT || cb->op == OP_LE))
            sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#16a34a\" fill-opacity=\"0.07\"/>\n",
                      p->left, above ? p->top : y, p->right - p->left, above ? y - p->top : p->bottom - y);
        sb_printf(sb, "<path d=\"M%.1f %.1fH%.1f\"", p->left, y, p->right);
        stroke(sb, bound_color(cb), 2, BOUND_DASH);
        sb_puts(sb, "/>\n");
        sb_clear(&label);
        bound_label(c, cb, &label);
        /* at the left end, above the line (below it at the top edge) */
        double ly = y - 5 < p->top + 12 ? y + 15 : y - 5;
        text(sb, p->left + 6, ly, "font-size=\"12\" fill=\"#374151\"" HALO, sb_str(&label));
    }
    sb_free(&label);
}

static void end_line(StrBuf *sb, Group g)
{
    sb_putc(sb, '"');
    stroke(sb, line_color[g], 2.5, line_dash[g]);
    sb_puts(sb, " stroke-linejoin=\"round\"/>\n");
}

typedef struct EndLabel { double y; Group g; Cell v; } EndLabel;

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
    sb_printf(sb, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fh10M%.1f %.1fh10\"", x, lo, hi, x - 5, lo, x - 5, hi);
    stroke(sb, line_color[g], 2.5, NULL);
    sb_puts(sb, "/>\n");
}

static bool exact(Cell v) { return !v.miss && v.lo == v.hi; }

/* Each group's line: segments through consecutive exact values (a missing
 * value or an interval breaks it), markers, interval bars, and the last
 * value written beside its point (labels pushed apart). */
static void draw_lines(const Chart *c, const Plot *p, StrBuf *sb)
{
    EndLabel ends[GRP_COUNT];
    int nends = 0;
    double endx = 0;
    for (int g = 0; g < GRP_COUNT; g++) {
        const Cell *v = c->cells[g];
        if (!v) continue;
        int run = 0; /* exact values in a row so far, ending at i - 1 */
        for (int i = 0; i <= p->n; i++) {
            bool value = i < p->n && exact(v[i]);
            if (value && (run == 0 || !gap_before(p, i))) {
                run++;
                continue;
            }
            if (run >= 2) {
                for (int k = i - run; k < i; k++)
                    sb_printf(sb, "%s%.1f %.1f", k == i - run ? "<path d=\"M" : "L", px(p, k), py(p, v[k].lo));
                end_line(sb, (Group)g);
            }
            run = value ? 1 : 0; /* a value after a gap in time starts a new line */
        }
        int last = -1;
        for (int i = 0; i < p->n; i++) {
            if (v[i].miss) continue;
            if (exact(v[i])) marker(sb, (Group)g, px(p, i), py(p, v[i].lo));
            else interval_bar(sb, p, (Group)g, i, v[i]);
            last = i;
        }
        if (last >= 0) {
            ends[nends++] = (EndLabel){py(p, (v[last].lo + v[last].hi) / 2), (Group)g, v[last]};
            if (px(p, last) > endx) endx = px(p, last);
        }
    }
    qsort(ends, (size_t)nends, sizeof *ends, cmp_label);
    for (int i = 1; i < nends; i++)
        if (ends[i].y - ends[i - 1].y < 14) ends[i].y = ends[i - 1].y + 14;
    char v[NUM_TEXT_MAX], attrs[160];
    for (int i = 0; i < nends; i++) {
        snprintf(attrs, sizeof attrs, "font-size=\"12\" font-weight=\"bold\" fill=\"%s\"" HALO,
                 line_color[ends[i].g]);
        text(sb, endx + 9, ends[i].y + 4, attrs, fmt_cell(ends[i].v, c->ind, v));
    }
}

void chart_svg(const Chart *c, bool standalone, StrBuf *sb)
{
    StrBuf body = {0};
    double y = 22;
    draw_title(c, &body, &y);
    y += 24;
    draw_legend(c, &body, y);
    Plot p = {56, W - 64, y + 18, 0, 0, 0, 0, c->nperiods, c->periods, time_slots(c)};
    p.bottom = p.top + 190;
    double height = p.bottom + 30;
    bool any = false;
    for (int g = 0; g < GRP_COUNT; g++)
        for (int i = 0; c->cells[g] && i < c->nperiods; i++) any |= !c->cells[g][i].miss;
    if (!any) {
        sb_printf(&body, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f3f4f6\"/>\n",
                  p.left, p.top, p.right - p.left, p.bottom - p.top);
        text(&body, (p.left + p.right) / 2, (p.top + p.bottom) / 2 + 5,
             "font-size=\"14\" text-anchor=\"middle\" fill=\"#4b5563\"",
             c->lang == LANG_EN ? "no data" : "ingen data");
    } else {
        y_axis(c, &p);
        draw_axes(c, &p, &body);
        draw_bounds(c, &p, &body);
        draw_lines(c, &p, &body);
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
