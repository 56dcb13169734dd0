/* diff.c — a unified diff of two texts by their lines. The lines both
 * texts begin and end with are set aside, and the longest common
 * subsequence of the rest is found by the textbook table; where that table
 * would be large (more than DIFF_MAX_CELLS, far beyond any plan's change)
 * the middle is shown as removed and added whole, still a correct diff. */
#include "diff.h"
#include <stdlib.h>
#include <string.h>

enum { CONTEXT = 3, DIFF_MAX_CELLS = 1 << 22 };

/* A line: its start, and its length with its '\n' (the last may have none). */
typedef struct Span {
    const char *at;
    size_t len;
} Span;

typedef struct Lines {
    Span *items;
    size_t n, cap;
} Lines;

static Lines split_lines(const char *s, size_t len)
{
    Lines l = {0};
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (s + i)) + 1 : len - i;
        VEC_PUSH(l.items, l.n, l.cap, ((Span){s + i, n}));
        i += n;
    }
    return l;
}

static bool same_line(const Lines *a, size_t i, const Lines *b, size_t j)
{
    return a->items[i].len == b->items[j].len &&
           memcmp(a->items[i].at, b->items[j].at, a->items[i].len) == 0;
}

/* One step of the edit script: a line kept, removed from a or added from b. */
typedef struct Op {
    char kind; /* ' ', '-', '+' */
    size_t a, b; /* the line of a and of b it stands at */
} Op;

typedef struct Ops {
    Op *items;
    size_t n, cap;
} Ops;

static void push(Ops *o, char kind, size_t a, size_t b) { VEC_PUSH(o->items, o->n, o->cap, ((Op){kind, a, b})); }

/* The edit script from a[lo_a..hi_a) to b[lo_b..hi_b). */
static void middle(const Lines *a, size_t lo_a, size_t hi_a, const Lines *b, size_t lo_b,
                   size_t hi_b, Ops *ops)
{
    size_t n = hi_a - lo_a, m = hi_b - lo_b;
    if (n && m && (n + 1) > DIFF_MAX_CELLS / (m + 1)) {
        for (size_t i = lo_a; i < hi_a; i++) push(ops, '-', i, lo_b);
        for (size_t j = lo_b; j < hi_b; j++) push(ops, '+', hi_a, j);
        return;
    }
    /* L[i][j]: the longest common subsequence of a[i..] and b[j..] */
    uint32_t *L = xcalloc((n + 1) * (m + 1), sizeof *L);
#define AT(i, j) L[(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            AT(i, j) = same_line(a, lo_a + i, b, lo_b + j) ? AT(i + 1, j + 1) + 1
                     : AT(i + 1, j) >= AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same_line(a, lo_a + i, b, lo_b + j)) push(ops, ' ', lo_a + i++, lo_b + j++);
        else if (i < n && (j == m || AT(i + 1, j) >= AT(i, j + 1))) push(ops, '-', lo_a + i++, lo_b + j);
        else push(ops, '+', lo_a + i, lo_b + j++);
    }
#undef AT
    free(L);
}

/* "-3,2" as diff -u writes a range: one line without its count, none
 * as the line before it. */
static void range(StrBuf *out, char sign, size_t start, size_t len)
{
    if (len == 1) sb_printf(out, "%c%zu", sign, start + 1);
    else sb_printf(out, "%c%zu,%zu", sign, len ? start + 1 : start, len);
}

static void line(StrBuf *out, char kind, const Lines *l, size_t i)
{
    sb_putc(out, kind);
    sb_putn(out, l->items[i].at, l->items[i].len);
    if (l->items[i].at[l->items[i].len - 1] != '\n') sb_puts(out, "\n\\ No newline at end of file\n");
}

void diff_unified(const char *a, size_t alen, const char *b, size_t blen, const char *name_a,
                  const char *name_b, StrBuf *out)
{
    Lines la = split_lines(a, alen), lb = split_lines(b, blen);
    size_t pre = 0, post = 0;
    while (pre < la.n && pre < lb.n && same_line(&la, pre, &lb, pre)) pre++;
    while (post < la.n - pre && post < lb.n - pre && same_line(&la, la.n - 1 - post, &lb, lb.n - 1 - post)) post++;
    Ops ops = {0};
    for (size_t i = 0; i < pre; i++) push(&ops, ' ', i, i);
    middle(&la, pre, la.n - post, &lb, pre, lb.n - post, &ops);
    for (size_t k = post; k > 0; k--) push(&ops, ' ', la.n - k, lb.n - k);
    bool header = false;
    for (size_t k = 0; k < ops.n;) {
        if (ops.items[k].kind == ' ') {
            k++;
            continue;
        }
        /* a hunk: CONTEXT lines each side, joined to the next change when
         * at most twice that many lines lie between */
        size_t from = k > CONTEXT ? k - CONTEXT : 0, last = k;
        for (size_t h = k + 1; h < ops.n && h - last <= 2 * CONTEXT; h++)
            if (ops.items[h].kind != ' ') last = h;
        size_t to = last + 1 + CONTEXT < ops.n ? last + 1 + CONTEXT : ops.n;
        if (!header) sb_printf(out, "--- %s\n+++ %s\n", name_a, name_b), header = true;
        size_t na = 0, nb = 0;
        for (size_t h = from; h < to; h++) {
            na += ops.items[h].kind != '+';
            nb += ops.items[h].kind != '-';
        }
        sb_puts(out, "@@ ");
        range(out, '-', ops.items[from].a, na);
        sb_putc(out, ' ');
        range(out, '+', ops.items[from].b, nb);
        sb_puts(out, " @@\n");
        for (size_t h = from; h < to; h++) {
            const Op *o = &ops.items[h];
            if (o->kind == '+') line(out, '+', &lb, o->b);
            else line(out, o->kind, &la, o->a);
        }
        k = to;
    }
    free(ops.items);
    free(la.items);
    free(lb.items);
}
