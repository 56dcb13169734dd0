/* builtins.c — the table of functions (see builtins.h). */
#include "builtins.h"
#include <string.h>

const Builtin builtins[FN_COUNT_] = {
#define X(id, name, lo, hi, help) {name, lo, hi, help},
    BUILTIN_LIST(X)
#undef X
};

int builtin_lookup(const char *name)
{
    for (int i = 0; i < FN_COUNT_; i++)
        if (strcmp(builtins[i].name, name) == 0) return i;
    return -1;
}
