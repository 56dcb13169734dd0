/* period_test.c — prints how periods parse, print, step and convert, and
 * which calendar dates are valid; tests/unit/period.t compares the output
 * with what it should be. Built from src/period.c alone. */
#include <stdio.h>
#include <string.h>
#include "period.h"

static const char *show(Period p)
{
    static char buf[4][PERIOD_TEXT_MAX];
    static int k;
    k = (k + 1) % 4;
    return p ? period_format(p, buf[k]) : "-";
}

static void parse(const char *s)
{
    Period p = 0;
    bool ok = period_parse(s, strlen(s), &p);
    printf("parse %-12s -> %s\n", s, ok ? show(p) : "not a period");
}

int main(void)
{
    const char *texts[] = {"2018", "2018/19", "2018/2019", "ht2020", "HT 2020", "vt2021", " 2018 ",
                           "1999/00", "2018/20", "2018/2020", "vt21", "1899", "2200", "2018/", "ht",
                           "", "20188", "ht2020x"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) parse(texts[i]);

    Period ps[] = {period_year(2018), period_schoolyear(2018), period_term(false, 2019),
                   period_term(true, 2018)};
    const char *kinds[] = {"year", "school year", "vt", "ht"};
    PeriodKind ks[] = {PK_YEAR, PK_SCHOOLYEAR, PK_SPRING, PK_AUTUMN};
    for (size_t i = 0; i < 4; i++) {
        Period p = ps[i];
        printf("%-8s prev %-8s next %-8s dates %d..%d", show(p), show(period_prev(p)),
               show(period_next(p)), period_start_date(p), period_end_date(p));
        for (size_t k = 0; k < 4; k++) printf("  %s: %s", kinds[k], show(period_convert(p, ks[k])));
        printf("\n");
    }
    printf("steps 2014..2018 = %d, 2014/15..2017/18 = %d, ht2019..vt2021 = %d, vt2019..vt2021 = %d\n",
           period_steps(period_year(2014), period_year(2018)),
           period_steps(period_schoolyear(2014), period_schoolyear(2017)),
           period_steps(period_term(true, 2019), period_term(false, 2021)),
           period_steps(period_term(false, 2019), period_term(false, 2021)));
    printf("chronological: vt2018 < 2018/19 < ht2018 < 2019: %s\n",
           period_term(false, 2018) < period_schoolyear(2018) &&
           period_schoolyear(2018) < period_term(true, 2018) &&
           period_term(true, 2018) < period_year(2019) ? "yes" : "no");

    int dates[][3] = {{2024, 2, 29}, {2023, 2, 29}, {2000, 2, 29}, {2100, 2, 29}, {2021, 4, 31},
                      {2021, 12, 31}, {2021, 13, 1}, {2021, 0, 10}, {2021, 1, 0}, {1899, 12, 31},
                      {2199, 12, 31}};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
        printf("date %04d-%02d-%02d %s\n", dates[i][0], dates[i][1], dates[i][2],
               period_date_valid(dates[i][0], dates[i][1], dates[i][2]) ? "valid" : "not valid");
    return 0;
}
