/* period.c — the period encoding described in period.h: parsing, printing,
 * stepping and converting between kinds. */
#include "period.h"
#include <stdio.h>

#define MAKE(y, k) ((Period)((y) * 10 + (k)))

Period period_year(int year) { return MAKE(year, PK_YEAR); }
Period period_schoolyear(int first_year) { return MAKE(first_year, PK_SCHOOLYEAR); }
Period period_term(bool autumn, int year) { return MAKE(year, autumn ? PK_AUTUMN : PK_SPRING); }

PeriodKind period_kind(Period p)
{
    if (p <= 0) return PK_NONE;
    switch (p % 10) {
    case PK_YEAR: return PK_YEAR;
    case PK_SPRING: return PK_SPRING;
    case PK_SCHOOLYEAR: return PK_SCHOOLYEAR;
    case PK_AUTUMN: return PK_AUTUMN;
    default: return PK_NONE;
    }
}

int period_first_year(Period p) { return p / 10; }

int period_end_year(Period p)
{
    return period_first_year(p) + (period_kind(p) == PK_SCHOOLYEAR ? 1 : 0);
}

Period period_prev(Period p)
{
    switch (period_kind(p)) {
    case PK_SPRING: return period_term(true, period_first_year(p) - 1);
    case PK_AUTUMN: return period_term(false, period_first_year(p));
    case PK_NONE: return 0;
    default: return p - 10;
    }
}

Period period_next(Period p)
{
    switch (period_kind(p)) {
    case PK_SPRING: return period_term(true, period_first_year(p));
    case PK_AUTUMN: return period_term(false, period_first_year(p) + 1);
    case PK_NONE: return 0;
    default: return p + 10;
    }
}

/* Terms are counted as half-years so vt and ht step alike. */
static int term_index(Period p)
{
    return period_first_year(p) * 2 + (period_kind(p) == PK_AUTUMN);
}

int period_steps(Period a, Period b)
{
    PeriodKind k = period_kind(a);
    if (k == PK_SPRING || k == PK_AUTUMN) return term_index(b) - term_index(a);
    return period_first_year(b) - period_first_year(a);
}

Period period_convert(Period p, PeriodKind k)
{
    PeriodKind from = period_kind(p);
    bool from_term = from == PK_SPRING || from == PK_AUTUMN;
    bool to_term = k == PK_SPRING || k == PK_AUTUMN;
    if (from == k || (from_term && to_term)) return p;
    int end = period_end_year(p);
    switch (k) {
    case PK_YEAR: return period_year(end);
    /* an autumn term opens its school year (ht2018 is in 2018/19); anything
     * else maps to the school year ending in its last year */
    case PK_SCHOOLYEAR: return period_schoolyear(from == PK_AUTUMN ? end : end - 1);
    case PK_SPRING:
    case PK_AUTUMN: return period_term(from == PK_YEAR, end);
    default: return 0;
    }
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Reads exactly `count` digits at s[*i]. */
static bool digits(const char *s, size_t n, size_t *i, int count, int *out)
{
    int v = 0;
    for (int k = 0; k < count; k++, (*i)++) {
        if (*i >= n || !is_digit(s[*i])) return false;
        v = v * 10 + (s[*i] - '0');
    }
    *out = v;
    return true;
}

static bool valid_year(int y) { return y >= PERIOD_MIN_YEAR && y <= PERIOD_MAX_YEAR; }

bool period_parse(const char *s, size_t n, Period *out)
{
    int y, y2;
    size_t i = 0;
    /* a year alone, as an import's every row may write it: at once */
    if (n == 4 && digits(s, n, &i, 4, &y) && valid_year(y)) {
        *out = period_year(y);
        return true;
    }
    i = 0;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i + 2 <= n && (s[i] == 'h' || s[i] == 'H' || s[i] == 'v' || s[i] == 'V') &&
        (s[i + 1] == 't' || s[i + 1] == 'T')) {
        bool autumn = s[i] == 'h' || s[i] == 'H';
        i += 2;
        while (i < n && s[i] == ' ') i++;
        if (!digits(s, n, &i, 4, &y) || i != n || !valid_year(y)) return false;
        *out = period_term(autumn, y);
        return true;
    }
    if (!digits(s, n, &i, 4, &y) || !valid_year(y)) return false;
    if (i == n) {
        *out = period_year(y);
        return true;
    }
    if (s[i] != '/') return false;
    i++;
    size_t rest = n - i;
    if (rest == 2 && digits(s, n, &i, 2, &y2) && y2 == (y + 1) % 100) {
        *out = period_schoolyear(y);
        return true;
    }
    if (rest == 4 && digits(s, n, &i, 4, &y2) && y2 == y + 1) {
        *out = period_schoolyear(y);
        return true;
    }
    return false;
}

const char *period_format(Period p, char buf[PERIOD_TEXT_MAX])
{
    int y = period_first_year(p);
    switch (period_kind(p)) {
    case PK_YEAR: snprintf(buf, PERIOD_TEXT_MAX, "%d", y); break;
    case PK_SCHOOLYEAR: snprintf(buf, PERIOD_TEXT_MAX, "%d/%02d", y, (y + 1) % 100); break;
    case PK_SPRING: snprintf(buf, PERIOD_TEXT_MAX, "vt%d", y); break;
    case PK_AUTUMN: snprintf(buf, PERIOD_TEXT_MAX, "ht%d", y); break;
    default: snprintf(buf, PERIOD_TEXT_MAX, "?"); break;
    }
    return buf;
}

int32_t period_start_date(Period p)
{
    int y = period_first_year(p);
    switch (period_kind(p)) {
    case PK_AUTUMN:
    case PK_SCHOOLYEAR: return y * 10000 + 701;
    default: return y * 10000 + 101;
    }
}

int32_t period_end_date(Period p)
{
    int y = period_first_year(p);
    switch (period_kind(p)) {
    case PK_SPRING: return y * 10000 + 630;
    case PK_SCHOOLYEAR: return (y + 1) * 10000 + 630;
    default: return y * 10000 + 1231;
    }
}

int period_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool period_date_valid(int y, int m, int d)
{
    return valid_year(y) && m >= 1 && m <= 12 && d >= 1 && d <= period_days_in_month(y, m);
}
