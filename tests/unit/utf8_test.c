/* utf8_test.c — prints what the UTF-8 helpers of util.c and the caret
 * columns of diag.c make of Swedish text; tests/unit/utf8.t compares. */
#include <stdio.h>
#include <string.h>
#include "diag.h"
#include "util.h"

int main(void)
{
    const char *w[] = {"merit", "åäö", "Ålder", "€", "", "a\xff" "b"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        printf("width \"%s\" = %zu\n", w[i], utf8_width(w[i], strlen(w[i])));
    const char *d[][2] = {{"meritvarde", "meritvärde"}, {"flikor", "flickor"}, {"skolr", "skolor"},
                          {"åäö", "aao"}, {"", "abc"}, {"mål", "mål"}, {"behörig", "ej_behörig"}};
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
        printf("distance %s %s = %d\n", d[i][0], d[i][1], utf8_distance(d[i][0], d[i][1]));
    printf("ieq Totalt totalt %d, ÅR år %d, sv SV %d\n", str_ieq("Totalt", "totalt"),
           str_ieq("ÅR", "år"), str_ieq("sv", "SV"));

    /* columns count characters: the x after "åäö " is in column 5 */
    char text[] = "plan \"Ö\" {\n  åäö x\n";
    Source s = {"t.ska", text, strlen(text), 1, 0};
    int line, col;
    const char *x = strchr(text, 'x');
    src_linecol(&s, (uint32_t)(x - text), &line, &col);
    printf("x at line %d, column %d\n", line, col);
    src_linecol(&s, (uint32_t)strlen(text), &line, &col);
    printf("end at line %d, column %d\n", line, col);

    StrBuf sb = {0};
    for (int i = 0; i < 1000; i++) sb_printf(&sb, "%d,", i % 10);
    printf("strbuf %zu bytes, ends \"%s\"\n", sb.len, sb_str(&sb) + sb.len - 4);
    sb_free(&sb);
    printf("empty strbuf \"%s\"\n", sb_str(&sb));
    return 0;
}
