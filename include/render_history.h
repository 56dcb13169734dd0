/* render_history.h — the words every renderer uses for what changed since
 * a recorded judgement (history.h): one wording for text, Markdown and
 * HTML, in the plan's language. */
#ifndef SKA_RENDER_HISTORY_H
#define SKA_RENDER_HISTORY_H
#include "history.h"
#include "render.h"

typedef struct ChangeWords {
    const char *heading;        /* the report's section: "Förändringar sedan förra uppföljningen" */
    const char *since;          /* "Förändringar sedan" "LABEL" (#N, date) */
    const char *compared_with;  /* "Jämfört med" */
    const char *revised, *plan_changed, *was, *flagged, *revised_values, *import;
    const char *then, *now, *item, *values, *added, *removed, *no_changes;
} ChangeWords;
const ChangeWords *change_words(Lang lang);

/* "\"Uppföljning vt2025\" (#3, 2026-06-30)" */
void change_run_text(const RecordedRun *run, StrBuf *sb);
/* A stored value as shown: "84,6 %", or its mark ("..", "."). */
void change_stored_text(StoredValue v, const Indicator *ind, StrBuf *sb);
/* " (reviderat: 84,1 → 84,6)" when an import revised the value e rests on
 * since the recorded run; nothing otherwise. */
void change_revision_text(const PlanResult *r, const Evidence *e, StrBuf *sb);
/* "meritvärde 2019 totalt, Södertälje: 84,1 → 84,6 (import 2019-10-20)"
 * for a revision. */
void change_revised_value_text(const PlanResult *r, const Revision *rv, StrBuf *sb);
/* "(var 2019: 221,3)" after today's value when the recorded run saw
 * another; nothing when a revision says it already. */
void change_before_text(const PlanResult *r, const ValueChange *vc, StrBuf *sb);

/* Each value that moved under the goal c->items[i] (in its targets), as
 * the report words evidence, with what it was: fn is called per line. */
struct Report;
typedef void (*ChangeLineFn)(void *ctx, const char *line);
void change_goal_values(const struct Report *rep, size_t i, ChangeLineFn fn, void *ctx);

#endif
