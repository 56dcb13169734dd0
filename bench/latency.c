/* latency.c — what the REPL costs per question: each query is parsed as a
 * REPL line (parse_repl_input), resolved against the plan
 * (resolve_expression) and evaluated in one open session (eval_value),
 * exactly the path `ska repl` takes, linked from the project's own objects.
 *
 *   latency STORE.db repl.ska YEAR N
 *
 * Two kinds of question, each asked about a different indicator and unit
 * every time so no answer comes from the session's caches:
 *   point   x[YEAR, "CODE", flickor]        one stored value
 *   rank    rank(x[skolor], skolor)         every school's rank (Riket is the
 *                                           plan's unit, so skolor = all schools)
 * prints:  point MEDIAN_MS P95_MS QUERIES WITH_VALUE
 *          rank MEDIAN_MS P95_MS QUERIES UNITS */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "eval.h"
#include "parse.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct Codes { char **code; size_t n, cap; } Codes;

static bool add_code(void *ctx, const char *code, const char *name)
{
    (void)name;
    Codes *c = ctx;
    VEC_PUSH(c->code, c->n, c->cap, xstrdup(code));
    return true;
}

static void fail(Program *prog, const char *what)
{
    fprintf(stderr, "latency: %s\n", what);
    diag_print(&prog->diags, &prog->sources, stderr);
    exit(2);
}

/* Asks one question the REPL way; returns the milliseconds it took. */
static double ask(Program *prog, Eval *ev, const char *text, Value *out)
{
    double t0 = now_ms();
    Expr *e = NULL;
    bool incomplete, cond;
    if (!parse_repl_input(prog, "<repl>", 1, text, &e, &incomplete) || !e) fail(prog, text);
    if (!resolve_expression(prog, e, &cond)) fail(prog, text);
    if (!eval_value(ev, e, out, NULL)) fail(prog, text);
    return now_ms() - t0;
}

static void report(const char *kind, double *ms, int n, long extra)
{
    qsort(ms, (size_t)n, sizeof *ms, cmp_double);
    printf("%s %.3f %.3f %d %ld\n", kind, ms[n / 2], ms[(n * 95) / 100 < n ? (n * 95) / 100 : n - 1], n, extra);
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: latency STORE.db repl.ska YEAR N\n");
        return 2;
    }
    int year = atoi(argv[3]), n = atoi(argv[4]);
    Program *prog = program_new();
    if (!parse_file(prog, argv[2]) || !resolve_program(prog) || prog->diags.errors) fail(prog, argv[2]);
    char *err = NULL;
    Store *st = store_open(argv[1], STORE_READ, &err);
    if (!st) {
        fprintf(stderr, "latency: %s\n", err);
        return 2;
    }
    Eval *ev = eval_open(prog, st, 0);
    if (!ev) fail(prog, "eval_open");
    Codes units = {0};
    if (store_list_units(st, add_code, &units) < 0 || units.n == 0) fail(prog, "no units");
    int nind = prog->indicators.n;
    double *ms = xmalloc(sizeof *ms * (size_t)(n > nind ? n : nind));
    char text[256];
    Value v;

    /* one of each first: the session prepares its statements and reads the
     * set of schools once, as a REPL does at its first such question */
    const char *first = ((Indicator *)prog->indicators.items[0])->name;
    snprintf(text, sizeof text, "%s", first);
    ask(prog, ev, text, &v);
    value_free(&v);
    snprintf(text, sizeof text, "rank(%s[skolor], skolor)", first);
    ask(prog, ev, text, &v);
    value_free(&v);

    long with_value = 0;
    for (int i = 0; i < n; i++) {
        const Indicator *ind = prog->indicators.items[(size_t)(i * 7919) % (size_t)nind];
        const char *code = units.code[(size_t)(i * 104729) % units.n];
        snprintf(text, sizeof text, "%s[%d, \"%s\", flickor]", ind->name, year, code);
        ms[i] = ask(prog, ev, text, &v);
        if (v.kind != VK_SCALAR) fail(prog, "a point query gave more than one value");
        with_value += !v.scalar.miss;
        value_free(&v);
    }
    report("point", ms, n, with_value);

    /* every indicator once: each ranking reads its values afresh */
    long nunits = 0;
    int nrank = nind < n ? nind : n;
    for (int i = 0; i < nrank; i++) {
        const Indicator *ind = prog->indicators.items[(i + 1) % nind];
        snprintf(text, sizeof text, "rank(%s[skolor], skolor)", ind->name);
        ms[i] = ask(prog, ev, text, &v);
        if (v.kind != VK_UNITS || v.n == 0) fail(prog, "a ranking gave no units");
        nunits = (long)v.n;
        value_free(&v);
    }
    report("rank", ms, nrank, nunits);

    for (size_t i = 0; i < units.n; i++) free(units.code[i]);
    free(units.code);
    free(ms);
    eval_close(ev);
    store_close(st);
    program_free(prog);
    return 0;
}
