/* diff.h — a unified diff of two texts (`ska fmt --check`), as `diff -u`
 * writes it: three lines of context, `\ No newline at end of file`. */
#ifndef SKA_DIFF_H
#define SKA_DIFF_H
#include "util.h"

/* Appends to out the diff from a (named name_a) to b (named name_b);
 * nothing when they are equal. */
void diff_unified(const char *a, size_t alen, const char *b, size_t blen, const char *name_a,
                  const char *name_b, StrBuf *out);

#endif
