/* render.h — turning results into text people read or data programs read.
 * One renderer per format; renderers only format, they decide nothing. */
#ifndef SKA_RENDER_H
#define SKA_RENDER_H
#include <stdio.h>
#include "eval.h"

#define NUM_TEXT_MAX 80

/* A number as Swedish readers write it: decimal comma, at most two decimals
 * (trailing zeros dropped), thousands grouped with a space: "229,4", "8 464". */
const char *fmt_number(double v, char buf[NUM_TEXT_MAX]);
/* A cell with its unit: "72,4 %", "99,5–100 %", "3,2 p.e.", or the mark of
 * a missing value (".." too few pupils, "." no data, "–" otherwise). */
const char *fmt_value(Cell c, ValueUnit u, Lang lang, char buf[NUM_TEXT_MAX]);
/* fmt_value in the unit of an indicator's own values. */
const char *fmt_cell(Cell c, const Indicator *ind, char buf[NUM_TEXT_MAX]);

/* Whether a comparison holds, as judged by the evaluator; VD_NONE when it
 * could not be judged (a side is missing, or ~100 leaves it open). */
typedef enum CmpVerdict { VD_NONE, VD_HOLDS, VD_FAILS } CmpVerdict;
/* One comparison as a reader checks it, in the plan's language: its sides
 * as evaluated, each in its unit ("p.e." for a difference of percentages;
 * a number written in the plan in the unit of the other side), then the
 * verdict: "82,7 % > 83,4 % gäller inte", "0,8 p.e. <= 3 p.e. holds",
 * and "(~100 avgör)" when a side is a "~100" interval. symbols writes
 * ≥ ≤ ≠ (reports), else the operator as typed (terminal, REPL). */
void fmt_comparison(const Expr *cmp, Cell l, Cell r, CmpVerdict v, Lang lang, bool symbols, StrBuf *sb);
/* "~100 avgör" / "settled by ~100" */
const char *near_note(Lang lang);
/* What decided a target, as every output shows it: its comparison with
 * the verdict, "; delvis: " and the `partly` comparison when that was
 * judged, or why there is no data. Nothing for a target that is no
 * comparison (an and/or), but the ~100 note or the missing reason. */
void fmt_outcome(const TargetResult *t, Lang lang, bool symbols, StrBuf *sb);
/* A date yyyymmdd as 2021-06-30. */
const char *fmt_date(int32_t d, char buf[NUM_TEXT_MAX]);
/* Status words in a language (sv: uppnått, delvis uppnått, ej uppnått,
 * ingen data; en: achieved, partly achieved, not achieved, no data). */
const char *status_word(Status s, Lang lang);
/* Why a value is missing, in a language: the English of missing_text, or
 * its Swedish ("för få elever (..)"). */
const char *missing_word(Missing m, Lang lang);
/* Why a target is ingen data, in a language: missing_word, and for a figure
 * over too few units how many had a value ("1 av 290 (minst 145 behövs)"). */
void target_missing(const TargetResult *t, Lang lang, StrBuf *sb);
/* A rank as a place: "24:e plats, delad med 2" / "24th, shared with 2"
 * (ties: other units with the same value), "plats 3–7" / "3rd–7th place"
 * where "~100" leaves it open. */
void fmt_rank(Cell c, int ties, Lang lang, StrBuf *sb);
/* A kind of units as stored ("school", "kommun"), or a declared set's name
 * for its key ("set:grannar" -> "grannar"). */
const char *set_kind(const char *kind);
/* A unit kind ("school", "kommun") as a word: skola/skolor, school/schools;
 * a declared set by its name. */
const char *unit_kind_word(const char *kind, Lang lang, bool plural);
/* A follow-up cadence: "varje termin" / "every term". */
const char *cadence_word(Cadence c, Lang lang);
/* The plan's own word for a status: its `statuses` scale, else its language. */
const char *plan_status_word(const Program *p, Status s);

/* A measure's span as written: "ht2018–vt2019", "2021-01-15–2021-06-30",
 * "2021" when it starts and ends in the same period. */
void measure_span(const Measure *m, StrBuf *sb);
/* Whether measure m names goal g among its goals. */
bool measure_serves(const Measure *m, const Goal *g);

/* The source text of a span (for showing targets as written): white space
 * collapsed, comments dropped. */
void src_text(const Program *p, SrcLoc loc, StrBuf *out);
/* The same text in pieces, put(ctx, bytes, n) each, with no buffer (the
 * plan hash reads a whole plan); spaced: whether something precedes it (a
 * space is put before the text only then). */
typedef void (*TextPut)(void *ctx, const char *s, size_t n);
void src_text_each(const Program *p, SrcLoc loc, bool spaced, TextPut put, void *ctx);

void render_text(const PlanResult *r, FILE *out, bool color);
void render_json(const PlanResult *r, FILE *out);
/* `ska check --syntax-only --format json`: the plan's diagnostics as one
 * JSON object (docs/json.md, "Diagnostics"). */
void render_json_diagnostics(const Program *p, FILE *out);
/* JSON string literal of s (quotes included) appended to sb. */
void json_quote(StrBuf *sb, const char *s);
/* A cell as JSON: {"value": x, "low": lo, "high": hi, "missing": reason},
 * low/high only for an interval, value null when missing. */
void json_cell(StrBuf *sb, Cell c);
/* One goal as `ska check` shows it (status, owner, every target with the
 * values that decided it, its measures), for the REPL's `explain`. */
void render_text_goal(const PlanResult *r, const GoalResult *g, FILE *out, bool color);

#endif
