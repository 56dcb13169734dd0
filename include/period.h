/* period.h — periods as schools write them: year 2018, school year 2018/19,
 * term ht2020 / vt2021.
 * A period is one int32 whose numeric order is chronological order of start:
 *   year Y        -> Y*10 + 0
 *   vt Y (spring) -> Y*10 + 2
 *   school year Y/Y+1 -> Y*10 + 5
 *   ht Y (autumn) -> Y*10 + 7
 * so the kind is the last digit and the store can sort and range-scan periods
 * as integers. 0 means "no period". */
#ifndef SKA_PERIOD_H
#define SKA_PERIOD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t Period;
typedef enum PeriodKind {
    PK_NONE = -1, PK_YEAR = 0, PK_SPRING = 2, PK_SCHOOLYEAR = 5, PK_AUTUMN = 7
} PeriodKind;

#define PERIOD_MIN_YEAR 1900
#define PERIOD_MAX_YEAR 2199
#define PERIOD_TEXT_MAX 16

Period period_year(int year);
Period period_schoolyear(int first_year); /* 2018 -> 2018/19 */
Period period_term(bool autumn, int year);
PeriodKind period_kind(Period p);
int period_first_year(Period p);
/* Calendar year in which the period ends (2018/19 -> 2019). */
int period_end_year(Period p);
/* The period of the same kind just before / after p. */
Period period_prev(Period p);
Period period_next(Period p);
/* Number of steps of p's kind from a to b (b - a); both must share a kind. */
int period_steps(Period a, Period b);
/* The period of kind k that ends in the calendar year p ends in (but an
 * autumn term belongs to the school year it opens: ht2018 -> 2018/19); for
 * terms, the last term ending by p's end (vt for school years, ht for years). */
Period period_convert(Period p, PeriodKind k);
/* Parses "2018", "2018/19", "2018/2019", "ht2020", "HT 2020", "vt21" is NOT
 * accepted (two-digit terms are ambiguous). Leading/trailing spaces allowed.
 * Returns false on anything else. */
bool period_parse(const char *s, size_t n, Period *out);
/* Writes the canonical text ("2018", "2018/19", "ht2020") into buf. */
const char *period_format(Period p, char buf[PERIOD_TEXT_MAX]);
/* First and last calendar day of the period as yyyymmdd integers:
 * years Jan 1–Dec 31, vt Jan 1–Jun 30, ht Jul 1–Dec 31, school year Jul 1–Jun 30. */
int32_t period_start_date(Period p);
int32_t period_end_date(Period p);
/* Calendar dates: days in month m (1-12) of year y, leap years included,
 * and whether y-m-d is a real date within the supported years. */
int period_days_in_month(int y, int m);
bool period_date_valid(int y, int m, int d);

#endif
