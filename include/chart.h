/* chart.h — trend charts drawn by ska itself, as SVG: one line per group of
 * pupils (totalt, flickor, pojkar) over the stored periods, with axes,
 * labels, a legend and the target drawn in. Each group has its own marker
 * and dash pattern as well as its own colour, so a chart printed in black
 * and white still reads. Also the XML escaping every XML/HTML writer of ska
 * shares. */
#ifndef SKA_CHART_H
#define SKA_CHART_H
#include "eval.h"

#define CHART_MAX_BOUNDS 6

/* A target's bound on the indicator. `behörig >= 90 %` is a level,
 * {90, OP_GE}; a relative target is drawn as what it compares against:
 * `meritvärde >= meritvärde["0000"]` as the Riket series, `x > mean(x,
 * kommuner)` as the set's mean per period (a right side that is the same
 * in every period, `x >= x[2020]`, is a level); `x > x[previous]` as no
 * line (the previous value is on the chart), named in the legend. */
typedef struct ChartBound {
    double value;       /* a level; for the others the value under review */
    BinOp op;
    bool partly;        /* the weaker bound after `partly`: drawn lighter */
    Group group;        /* the group the target is about */
    const Cell *series; /* what it compares against, per period; NULL: none */
    bool previous;      /* against the indicator's own previous value */
    char against[48];   /* what it compares against, in the legend: "riket",
                           "medelvärde kommuner", "värdet 2020"; "" for a number */
} ChartBound;

typedef struct Chart {
    const Indicator *ind;          /* title, scale (axis range and unit) */
    const Period *periods;         /* the x axis, oldest first */
    int nperiods;
    const Cell *cells[GRP_COUNT];  /* one value per period; NULL: no line */
    ChartBound bounds[CHART_MAX_BOUNDS];
    int nbounds;
    Period review;                 /* the period under review, marked; 0 none */
    Lang lang;                     /* legend words */
} Chart;

/* Appends the chart as one <svg> element. A standalone chart (a file of its
 * own) starts with the XML declaration and carries the SVG namespace. */
void chart_svg(const Chart *c, bool standalone, StrBuf *out);

/* Appends s with & < > " ' escaped, and characters XML forbids dropped. */
void xml_escape(StrBuf *sb, const char *s);
/* A group's word in a language: totalt/flickor/pojkar, total/girls/boys. */
const char *group_word(Group g, Lang lang);
/* A comparison as typeset for readers: "≥" for >=, "≠" for !=. */
const char *op_symbol(BinOp op);

#endif
