/* unit_names.c — how a unit written in a document or spreadsheet is found
 * in the store: name forms ("Norbergs kommun" is Norberg), the closest
 * stored names for an error message, and codes that lost their leading
 * zeros. It only computes; the importer and the evaluator decide what to
 * do with the answer (see unit_names.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "unit_names.h"

/* s without the ASCII-case-insensitive suffix, if it ends with it. */
static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m && strncasecmp(s + n - m, suffix, m) == 0;
}

int unit_name_forms(const char *name, char *forms[UNIT_NAME_FORMS])
{
    static const char *const suffixes[] = {" kommun", " stad", " municipality"};
    int n = 0;
    forms[n++] = xstrdup(name);
    const char *start = name;
    size_t len = strlen(name);
    bool suffix = false;
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0] && !suffix; i++)
        if (ends_with(name, len, suffixes[i])) {
            len -= strlen(suffixes[i]);
            suffix = true;
        }
    if (!suffix && len > 7 && strncasecmp(name, "Region ", 7) == 0) {
        start += 7;
        len -= 7;
    }
    if (start == name && !suffix) return n;
    forms[n++] = xstrndup(start, len);
    /* "Norbergs kommun", "Stockholms stad": the genitive before the word */
    if (suffix && len > 2 && start[len - 1] == 's') forms[n++] = xstrndup(start, len - 1);
    return n;
}

typedef struct Closest {
    const char *name; /* the most stripped form of the name looked for */
    int limit;        /* farther than this is not "close" */
    char *best[3];
    int dist[3];
} Closest;

static bool closest_visit(void *ctx, const char *code, const char *stored)
{
    (void)code;
    Closest *c = ctx;
    int d = utf8_distance(c->name, stored);
    if (d > c->limit) return true;
    int at = 3;
    for (int i = 0; i < 3; i++) {
        if (c->best[i] && strcmp(c->best[i], stored) == 0) return true;
        if (at == 3 && (!c->best[i] || d < c->dist[i])) at = i;
    }
    if (at == 3) return true;
    free(c->best[2]);
    memmove(&c->best[at + 1], &c->best[at], (size_t)(2 - at) * sizeof c->best[0]);
    memmove(&c->dist[at + 1], &c->dist[at], (size_t)(2 - at) * sizeof c->dist[0]);
    c->best[at] = xstrdup(stored);
    c->dist[at] = d;
    return true;
}

int unit_names_closest(Store *st, const char *name, StrBuf *out)
{
    char *forms[UNIT_NAME_FORMS];
    int nforms = unit_name_forms(name, forms);
    Closest c = {forms[nforms - 1], 1 + (int)utf8_width(forms[nforms - 1], strlen(forms[nforms - 1])) / 3,
                 {NULL, NULL, NULL}, {0, 0, 0}};
    int rc = store_list_units(st, closest_visit, &c);
    for (int i = 0; i < 3 && c.best[i]; i++) {
        if (rc == 0) sb_printf(out, "%s\"%s\"", i ? ", " : "", c.best[i]);
        free(c.best[i]);
    }
    for (int i = 0; i < nforms; i++) free(forms[i]);
    return rc < 0 ? -1 : 0;
}

int unit_code_pads(const char *code, const char *kind)
{
    size_t n = strspn(code, "0123456789");
    if (n == 0 || code[n] || n == 4 || n >= 8) return 0;
    int pads = n < 4 ? UNIT_PAD4 | UNIT_PAD8 : UNIT_PAD8;
    if (kind && strcmp(kind, "school") == 0) return pads & UNIT_PAD8;
    if (kind && (strcmp(kind, "kommun") == 0 || strcmp(kind, "riket") == 0)) return pads & UNIT_PAD4;
    return pads;
}

bool unit_code_is_name(const char *text)
{
    return *text && !strpbrk(text, "0123456789");
}
