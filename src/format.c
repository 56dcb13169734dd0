/* format.c — numbers, cells, dates and status words as shown to people;
 * shared by every renderer and the REPL so all show the same figures. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "builtins.h"
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

static const char *unit_suffix(const Indicator *ind)
{
    if (!ind) return "";
    switch (ind->scale) {
    case SC_PERCENT: return " %";
    case SC_KRONOR: return " kr";
    default: return "";
    }
}

const char *fmt_cell(Cell c, const Indicator *ind, char buf[NUM_TEXT_MAX])
{
    char a[NUM_TEXT_MAX], b[NUM_TEXT_MAX];
    if (c.miss == M_TOO_FEW) return strcpy(buf, "..");
    if (c.miss == M_NO_DATA) return strcpy(buf, ".");
    if (c.miss) return strcpy(buf, "–");
    if (c.lo == c.hi)
        snprintf(buf, NUM_TEXT_MAX, "%s%s", fmt_number(c.lo, a), unit_suffix(ind));
    else
        snprintf(buf, NUM_TEXT_MAX, "%s–%s%s", fmt_number(c.lo, a), fmt_number(c.hi, b), unit_suffix(ind));
    return buf;
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

const Indicator *shown_indicator(const Expr *e)
{
    if (e->kind == E_REF && e->u.ref.rk == R_INDICATOR) return e->u.ref.decl;
    if (e->kind == E_REF && e->u.ref.rk == R_LET)
        return shown_indicator(((const LetDecl *)e->u.ref.decl)->expr);
    if (e->kind == E_CALL && e->u.call.args.n && e->u.call.fn != FN_RANK && e->u.call.fn != FN_COUNT)
        return shown_indicator(e->u.call.args.items[0]);
    if (e->kind == E_BIN && !binop_is_comparison(e->u.bin.op)) {
        const Indicator *l = shown_indicator(e->u.bin.l);
        return l ? l : shown_indicator(e->u.bin.r);
    }
    return NULL;
}

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

void src_text(const Program *p, SrcLoc loc, StrBuf *out)
{
    if (loc.src < 0 || (size_t)loc.src >= p->sources.n) return;
    const Source *s = &p->sources.items[loc.src];
    uint32_t end = loc.end > s->len ? (uint32_t)s->len : loc.end;
    /* collapse runs of white space (targets may span lines) and drop
     * comments, which are white space too; strings are copied as written */
    bool space = false, in_string = false;
    for (uint32_t i = loc.start; i < end; i++) {
        char c = s->text[i];
        if (!in_string && (c == '#' || (c == '/' && i + 1 < end && s->text[i + 1] == '/'))) {
            while (i + 1 < end && s->text[i + 1] != '\n') i++;
            space = true;
            continue;
        }
        size_t wide = in_string ? 0 : unicode_space(s->text + i, end - i);
        if (wide || (!in_string && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))) {
            if (wide) i += (uint32_t)wide - 1;
            space = true;
            continue;
        }
        if (space && out->len) sb_putc(out, ' ');
        space = false;
        sb_putc(out, c);
        if (in_string && c == '\\' && i + 1 < end) sb_putc(out, s->text[++i]);
        else if (c == '"') in_string = !in_string;
    }
}
