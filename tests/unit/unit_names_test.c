/* unit_names_test.c — prints what src/unit_names.c makes of names and codes
 * as documents write them; tests/unit/unit_names.t compares. */
#include <stdio.h>
#include <stdlib.h>
#include "unit_names.h"

int main(void)
{
    const char *names[] = {"Norbergs kommun", "Norberg", "Borås Stad", "Stockholms stad", "Falu kommun",
                           "Region Gotland", "Ale kommun", "Kommun", "Upplands Väsby kommun", "Malmö municipality"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *forms[UNIT_NAME_FORMS];
        int n = unit_name_forms(names[i], forms);
        printf("%s:", names[i]);
        for (int j = 0; j < n; j++) {
            printf(" [%s]", forms[j]);
            free(forms[j]);
        }
        printf("\n");
    }
    const char *codes[][2] = {{"127", NULL}, {"127", "kommun"}, {"127", "school"}, {"1250001", NULL},
                              {"12345", "kommun"}, {"0127", NULL}, {"12345678", NULL}, {"123456789", NULL},
                              {"V15E068400701", NULL}, {"", NULL}, {"12a", NULL}};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        int p = unit_code_pads(codes[i][0], codes[i][1]);
        printf("pads \"%s\" (%s): %s%s%s\n", codes[i][0], codes[i][1] ? codes[i][1] : "-",
               p & UNIT_PAD4 ? "4 " : "", p & UNIT_PAD8 ? "8 " : "", p ? "" : "none");
    }
    const char *texts[] = {"Södertälje", "0181", "S1", "Upplands Väsby", "Fredriksborgskolan F-9", ""};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        printf("name \"%s\": %d\n", texts[i], unit_code_is_name(texts[i]));
    return 0;
}
