/* format.c — numbers, cells, dates and status words as shown to people;
 * shared by every renderer and the REPL so all show the same figures. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "chart.h"
#include "render.h"

const char *fmt_number(double v, char buf[NUM_TEXT_MAX])
{
    char raw[NUM_TEXT_MAX];
    if (!isfinite(v)) return strcpy(buf, "?");
    /* beyond anything counted, a mantissa and an exponent (2,26e+86): the
     * grouped digits would not fit in buf */
    if (fabs(v) >= 1e15) {
        snprintf(buf, NUM_TEXT_MAX, "%.3g", v);
        char *point = strchr(buf, '.');
        if (point) *point = ',';
        return buf;
    }
    double r = round(v * 100) / 100;
    if (r == 0) r = 0; /* no "-0" */
    snprintf(raw, sizeof raw, "%.2f", r);
    char *dot = strchr(raw, '.');
    char *end = raw + strlen(raw);
    while (end > dot + 1 && end[-1] == '0') end--;
    if (end == dot + 1) end = dot;
    *end = 0;
    /* group thousands of the integer part with a space */
    const char *digits = raw[0] == '-' ? raw + 1 : raw;
    size_t intlen = (size_t)((dot && dot < end ? dot : end) - digits);
    char *o = buf;
    if (raw[0] == '-') *o++ = '-';
    for (size_t i = 0; i < intlen; i++) {
        if (i && (intlen - i) % 3 == 0 && intlen >= 4) *o++ = ' ';
        *o++ = digits[i];
    }
    if (dot && dot < end) {
        *o++ = ',';
        for (const char *p = dot + 1; p < end; p++) *o++ = *p;
    }
    *o = 0;
    return buf;
}

static const char *unit_suffix(ValueUnit u, Lang lang)
{
    switch (u) {
    case VU_PERCENT: return " %";
    case VU_PP: return lang == LANG_EN ? " percentage points" : " p.e.";
    case VU_KRONOR: return " kr";
    default: return "";
    }
}

const char *fmt_value(Cell c, ValueUnit u, Lang lang, char buf[NUM_TEXT_MAX])
{
    char a[NUM_TEXT_MAX], b[NUM_TEXT_MAX];
    if (c.miss == M_TOO_FEW) return strcpy(buf, "..");
    if (c.miss == M_NO_DATA) return strcpy(buf, ".");
    if (c.miss) return strcpy(buf, "–");
    if (c.lo == c.hi)
        snprintf(buf, NUM_TEXT_MAX, "%s%s", fmt_number(c.lo, a), unit_suffix(u, lang));
    else
        snprintf(buf, NUM_TEXT_MAX, "%s–%s%s", fmt_number(c.lo, a), fmt_number(c.hi, b), unit_suffix(u, lang));
    return buf;
}

const char *fmt_cell(Cell c, const Indicator *ind, char buf[NUM_TEXT_MAX])
{
    /* an indicator's own unit is a percent, kronor or none: the same words in every language */
    return fmt_value(c, ast_indicator_unit(ind), LANG_SV, buf);
}

/* A number written in the plan takes the unit of what it is compared with:
 * in gap(x) <= 3 the 3 is percentage points when x is a percentage. */
static ValueUnit side_unit(const Expr *side, const Expr *other)
{
    bool literal = side->kind == E_NUM || (side->kind == E_NEG && side->u.sub->kind == E_NUM);
    return literal && other->unit != VU_NONE ? other->unit : side->unit;
}

/* Whether a cell is still an interval: only a "~100" makes one. */
static bool inexact(Cell c) { return !c.miss && c.lo < c.hi; }

void fmt_comparison(const Expr *cmp, Cell l, Cell r, CmpVerdict v, Lang lang, bool symbols, StrBuf *sb)
{
    char a[NUM_TEXT_MAX], b[NUM_TEXT_MAX];
    const Expr *le = cmp->u.bin.l, *re = cmp->u.bin.r;
    BinOp op = cmp->u.bin.op;
    sb_printf(sb, "%s %s %s", fmt_value(l, side_unit(le, re), lang, a), symbols ? op_symbol(op) : binop_text[op],
              fmt_value(r, side_unit(re, le), lang, b));
    if (v == VD_NONE || l.miss || r.miss) return;
    if (v == VD_HOLDS) sb_puts(sb, lang == LANG_EN ? " holds" : " gäller");
    else sb_puts(sb, lang == LANG_EN ? " does not hold" : " gäller inte");
    if (inexact(l) || inexact(r)) sb_printf(sb, " (%s)", near_note(lang));
}

const char *near_note(Lang lang) { return lang == LANG_EN ? "settled by ~100" : "~100 avgör"; }

void fmt_outcome(const TargetResult *t, Lang lang, bool symbols, StrBuf *sb)
{
    size_t start = sb->len;
    /* the main comparison is decided unless its own data are missing */
    bool decided = t->status != ST_NODATA || t->partly_checked;
    if (t->is_comparison)
        fmt_comparison(t->target->expr, t->lhs, t->rhs,
                       !decided ? VD_NONE : t->status == ST_ACHIEVED ? VD_HOLDS : VD_FAILS, lang, symbols, sb);
    const Expr *p = t->target->partly;
    if (t->partly_checked && p->kind == E_BIN && binop_is_comparison(p->u.bin.op)) {
        sb_printf(sb, "%s%s: ", sb->len > start ? "; " : "", lang == LANG_EN ? "partly" : "delvis");
        fmt_comparison(p, t->partly_lhs, t->partly_rhs,
                       t->status == ST_NODATA ? VD_NONE : t->status == ST_PARTLY ? VD_HOLDS : VD_FAILS,
                       lang, symbols, sb);
    }
    if (t->status == ST_NODATA) {
        if (sb->len > start) sb_puts(sb, " — ");
        target_missing(t, lang, sb);
    } else if (t->near_decided && !t->is_comparison)
        /* a comparison says it beside its verdict; an and/or, a count here */
        sb_puts(sb, near_note(lang));
}

const char *fmt_date(int32_t d, char buf[NUM_TEXT_MAX])
{
    snprintf(buf, NUM_TEXT_MAX, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    return buf;
}

const char *status_word(Status s, Lang lang)
{
    static const char *const sv[] = {"uppnått", "delvis uppnått", "ej uppnått", "ingen data"};
    static const char *const en[] = {"achieved", "partly achieved", "not achieved", "no data"};
    return (lang == LANG_EN ? en : sv)[s];
}

const char *missing_word(Missing m, Lang lang)
{
    static const char *const sv[] = {
        "", "inget värde i databasen", "för få elever (..)", "uppgift saknas (.)", "tomt värde",
        "~100 avgör inte jämförelsen", "indikatorn saknas i databasen", "enheten saknas i databasen",
        "division med noll", "för få värden", "inga enheter i mängden", "resultatet blir för stort",
        "för få enheter med värde"};
    if (lang == LANG_SV && (size_t)m < sizeof sv / sizeof sv[0]) return sv[m];
    return missing_text(m);
}

const char *set_kind(const char *kind)
{
    size_t prefix = strlen(AST_SET_PREFIX);
    return kind && strncmp(kind, AST_SET_PREFIX, prefix) == 0 ? kind + prefix : kind;
}

void target_missing(const TargetResult *t, Lang lang, StrBuf *sb)
{
    sb_puts(sb, missing_word(t->why_missing, lang));
    const Evidence *e = t->too_few;
    if (t->why_missing == M_FEW_UNITS && e)
        sb_printf(sb, lang == LANG_EN ? ": %d of %d (at least %d needed)" : ": %d av %d (minst %d behövs)",
                  e->npresent, e->nunits, e->nneeded);
}

/* 1:a 2:a 3:e … 21:a, 11:e 12:e; 1st 2nd 3rd 4th … 11th 12th 13th 21st */
static const char *ordinal_suffix(long n, Lang lang)
{
    bool teen = n % 100 >= 11 && n % 100 <= 13;
    if (lang != LANG_EN) return (n % 10 == 1 || n % 10 == 2) && !teen ? ":a" : ":e";
    if (teen) return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

void fmt_rank(Cell c, int ties, Lang lang, StrBuf *sb)
{
    char buf[NUM_TEXT_MAX];
    if (c.miss || c.lo < 1 || c.hi > 1e15) {
        sb_puts(sb, fmt_cell(c, NULL, buf));
        return;
    }
    long best = (long)c.lo, worst = (long)c.hi;
    if (best != worst) { /* "~100" leaves the place open */
        if (lang == LANG_EN)
            sb_printf(sb, "%ld%s–%ld%s place", best, ordinal_suffix(best, lang), worst,
                      ordinal_suffix(worst, lang));
        else
            sb_printf(sb, "plats %ld–%ld", best, worst);
        return;
    }
    sb_printf(sb, lang == LANG_EN ? "%ld%s" : "%ld%s plats", best, ordinal_suffix(best, lang));
    if (ties) sb_printf(sb, lang == LANG_EN ? ", shared with %d" : ", delad med %d", ties);
}

const char *unit_kind_word(const char *kind, Lang lang, bool plural)
{
    static const char *const words[][5] = {
        /* kind, sv one, sv many, en one, en many */
        {"school", "skola", "skolor", "school", "schools"},
        {"kommun", "kommun", "kommuner", "municipality", "municipalities"},
        {"school_all", "skola i kommunen", "skolor i kommunen", "school in the municipality",
         "schools in the municipality"},
        {"school_independent", "fristående skola", "fristående skolor", "independent school",
         "independent schools"},
    };
    int col = (lang == LANG_EN ? 3 : 1) + plural;
    if (set_kind(kind) != kind) return set_kind(kind); /* a declared set: its name */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(words[i][0], kind) == 0) return words[i][col];
    return kind;
}

const char *cadence_word(Cadence c, Lang lang)
{
    static const char *const sv[] = {"", "varje vecka", "varje månad", "varje kvartal",
                                     "varje termin", "varje år"};
    static const char *const en[] = {"", "every week", "every month", "every quarter",
                                     "every term", "every year"};
    return (unsigned)c <= CAD_YEAR ? (lang == LANG_EN ? en : sv)[c] : "";
}

const char *plan_status_word(const Program *p, Status s)
{
    if (p->plan.scale) return p->plan.scale->labels[s];
    return status_word(s, p->plan.lang);
}

/* Length of the no-break space, narrow no-break space or byte-order mark at
 * s (white space to the lexer too), else 0. */
static size_t unicode_space(const char *s, size_t n)
{
    static const char *const spaces[] = {"\xc2\xa0", "\xe2\x80\xaf", "\xef\xbb\xbf"};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
        size_t len = strlen(spaces[i]);
        if (n >= len && memcmp(s, spaces[i], len) == 0) return len;
    }
    return 0;
}

/* 1 where src_text copies byte u as it is, whatever follows: not white
 * space, a comment's start, a quote or the first byte of a character that
 * may be a no-break space or byte-order mark (å, ä, ö are copied). A byte
 * each, one load a lookup: every byte of a plan is looked up when a
 * judgement is recorded (its text is hashed). */
static const unsigned char written[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0x70 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x80 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x90 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xa0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xb0 */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xc0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xd0 */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0xe0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xf0 */
};

static inline bool as_written(char c) { return written[(unsigned char)c]; }

void measure_span(const Measure *m, StrBuf *sb)
{
    char d[NUM_TEXT_MAX], p[PERIOD_TEXT_MAX];
    if (m->from) sb_puts(sb, period_format(m->from, p));
    else if (m->from_date) sb_puts(sb, fmt_date(m->from_date, d));
    if (m->from == m->to && m->from_date == m->to_date) return; /* "from 2021 to 2021" */
    if (m->to || m->to_date) sb_puts(sb, "–");
    if (m->to) sb_puts(sb, period_format(m->to, p));
    else if (m->to_date) sb_puts(sb, fmt_date(m->to_date, d));
}

bool measure_serves(const Measure *m, const Goal *g)
{
    for (int i = 0; i < m->goals.n; i++)
        if (((const NameRef *)m->goals.items[i])->decl == g) return true;
    return false;
}

/* src_text_each over the span's bytes t[0..end). */
static void text_each(const char *t, uint32_t end, bool spaced, TextPut put, void *ctx)
{
    /* collapse runs of white space (targets may span lines) and drop
     * comments, which are white space too; strings are copied as written */
    bool space = false, in_string = false;
    for (uint32_t i = 0; i < end; i++) {
        /* a run of bytes copied as they are goes in one piece, with the
         * single spaces between its words: a plan's text is hashed whole
         * when a judgement is recorded */
        uint32_t run = i;
        if (in_string)
            while (run < end && t[run] != '"' && t[run] != '\\') run++;
        else
            while (run < end && (as_written(t[run]) || (t[run] == ' ' && run > i && run + 1 < end &&
                                                         as_written(t[run + 1]))))
                run++;
        if (run > i) {
            if (space && spaced) put(ctx, " ", 1);
            space = false;
            put(ctx, t + i, run - i);
            spaced = true;
            i = run - 1;
            continue;
        }
        char c = t[i];
        if (!in_string && (c == '#' || (c == '/' && i + 1 < end && t[i + 1] == '/'))) {
            while (i + 1 < end && t[i + 1] != '\n') i++;
            space = true;
            continue;
        }
        size_t wide = in_string || (unsigned char)c < 0x80 ? 0 : unicode_space(t + i, end - i);
        if (wide || (!in_string && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))) {
            if (wide) i += (uint32_t)wide - 1;
            while (!wide && i + 1 < end && (t[i + 1] == ' ' || t[i + 1] == '\n')) i++;
            space = true;
            continue;
        }
        if (space && spaced) put(ctx, " ", 1);
        space = false;
        spaced = true;
        put(ctx, &t[i], 1);
        if (in_string && c == '\\' && i + 1 < end) put(ctx, &t[++i], 1);
        else if (c == '"') in_string = !in_string;
    }
}

void src_text_each(const Program *p, SrcLoc loc, bool spaced, TextPut put, void *ctx)
{
    if (loc.src < 0 || (size_t)loc.src >= p->sources.n) return;
    const Source *s = &p->sources.items[loc.src];
    uint32_t end = loc.end > s->len ? (uint32_t)s->len : loc.end;
    if (loc.start >= end) return;
    if (s->text) {
        text_each(s->text + loc.start, end - loc.start, spaced, put, ctx);
        return;
    }
    /* a text not kept (no command that shows targets drops it) */
    StrBuf span = {0};
    if (src_read(s, loc.start, end, &span)) text_each(span.data, (uint32_t)span.len, spaced, put, ctx);
    sb_free(&span);
}

static void put_sb(void *sb, const char *s, size_t n) { sb_putn(sb, s, n); }

void src_text(const Program *p, SrcLoc loc, StrBuf *out) { src_text_each(p, loc, out->len > 0, put_sb, out); }
