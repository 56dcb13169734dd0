/* layout.h — the canonical layout of a plan (`ska fmt`): the same tokens
 * and comments, in the order written, with white space chosen by one set
 * of rules (see layout.c and the "ska fmt" section of docs/language.md). */
#ifndef SKA_LAYOUT_H
#define SKA_LAYOUT_H
#include "ast.h"

/* Writes source src of prog, which parsed without errors, in the canonical
 * layout into out (appended). */
void layout_source(Program *prog, int32_t src, StrBuf *out);
/* Whether two parsed sources hold the same tokens, spelt the same, in the
 * same order, and the same comments in the same order, apart from the separators `;` and `,`
 * that the layout may drop (one declaration, field or pair per line
 * separates them). Checks that the layout lost nothing. */
bool layout_same(Program *a, int32_t sa, Program *b, int32_t sb);

#endif
