/* render_value.h — how the answer to an expression typed at the REPL
 * prints: a single value with its unit ("72,4 %"), a series as a table of
 * periods (one column per group when the expression names no group), a
 * per-unit result as a table of units sorted best first by the indicator's
 * direction. A yes/no answer shows the values it compared; a yes/no answer
 * per unit or per period lists where it holds and says which had no data.
 * Numbers are formatted as `ska check` formats them (fmt_cell).
 *
 * The REPL evaluates (repl.c fills a ValueShow); this module only formats. */
#ifndef SKA_RENDER_VALUE_H
#define SKA_RENDER_VALUE_H
#include <stdio.h>
#include "render.h"

/* One answer and the values that make it readable. Every Value is owned by
 * the ValueShow (value_show_free frees them). */
typedef struct ValueShow {
    const Expr *expr;        /* the expression as typed (headings, rank order) */
    Value value;             /* the answer */
    bool condition;          /* a yes/no answer */
    /* A comparison at the top: its two sides evaluated on their own. A
     * single answer shows both ("221,3 > 217,9 holds"); a table shows the
     * side that has the answer's shape beside each row. */
    bool has_sides;
    Value left, right;
    /* A series of a reference without a group selector: that series for
     * totalt, flickor and pojkar (groups[GRP_TOTAL] is the answer's twin). */
    bool by_group;
    Value groups[GRP_COUNT];
} ValueShow;

void value_show_free(ValueShow *s);

/* A text table: cells row by row (row 0 the heading), columns two spaces
 * apart, bit c of `right` aligning column c right (numbers); no blanks at
 * the ends of lines. Widths count characters, so "Södertälje" lines up. */
typedef struct RenderTable {
    int ncols;          /* at most 32 */
    uint32_t right;
    char **cells;       /* malloc'ed */
    size_t n, cap;
} RenderTable;
void render_table_cell(RenderTable *t, const char *text);
/* Prints the table and frees its cells. */
void render_table_print(RenderTable *t, FILE *out);
void render_table_free(RenderTable *t);

/* Prints the answer as text. The program gives the status words and the
 * source text of headings; the store gives unit names and codes (borrowed). */
void render_value_text(FILE *out, const ValueShow *s, const Program *p, Store *st);
/* Prints the answer as one line of JSON:
 *   {"type":"number","indicator":NAME|null,"result":CELL}
 *   {"type":"condition","holds":true|false|null,"missing":REASON|null[,"left":CELL,"right":CELL]}
 *   {"type":"series","indicator":…,"rows":[{"period":"2018","totalt":CELL,…}]}
 *   {"type":"units","indicator":…,"rows":[{"unit":CODE,"name":NAME,"result":CELL}]}
 * where CELL is {"value":x,"missing":null} as in `ska check --format json`;
 * a condition's rows carry "holds" (and "value": the compared side). Rows
 * are in the order the text table shows them. */
void render_value_json(FILE *out, const ValueShow *s, Store *st);

#endif
