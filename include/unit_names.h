/* unit_names.h — the unit a person means by a name or code as documents and
 * spreadsheets write it: "Norbergs kommun" for the stored "Norberg", 127 for
 * 0127 after Excel dropped the leading zero. Shared by the importer (codes
 * and names in files) and the evaluator (the plan's organiser), so the rules
 * live in one place. */
#ifndef SKA_UNIT_NAMES_H
#define SKA_UNIT_NAMES_H
#include <stdbool.h>
#include "store.h"
#include "util.h"

#define UNIT_NAME_FORMS 3
/* The names under which the unit called name may be stored, best first: the
 * name itself; without a trailing " kommun", " stad" or " municipality" (any
 * case) or a leading "Region "; and that without a genitive -s ("Norbergs
 * kommun" -> "Norberg"). Fills forms with malloc'ed strings (the caller
 * frees them) and returns how many, 1..UNIT_NAME_FORMS. */
int unit_name_forms(const char *name, char *forms[UNIT_NAME_FORMS]);

/* Appends to out the stored unit names closest to name (at most three, in
 * quotes, closest first, separated by ", "), or nothing when none is close.
 * Returns -1 on a database error (message in the store), else 0. */
int unit_names_closest(Store *st, const char *name, StrBuf *out);

/* Swedish unit codes have fixed widths: a municipality (and Kolada's Riket
 * and regions) 4 digits, a school unit 8. A code of digits only that is
 * shorter than its width lost its leading zeros (Excel drops them). Returns
 * the width(s) it may be padded to as a bit set: UNIT_PAD4 and/or UNIT_PAD8,
 * or 0 when the code is not a shortened one. kind, if known (a stored kind
 * such as "kommun" or "school"), decides between the two, and a code too
 * long for its kind's width is not padded at all. */
enum { UNIT_PAD4 = 1, UNIT_PAD8 = 2 };
int unit_code_pads(const char *code, const char *kind);

/* Whether text written where a unit code belongs is a name instead: it has
 * no digit (codes such as 0181, 12345678, S1 or V15E068400701 all have). */
bool unit_code_is_name(const char *text);

#endif
