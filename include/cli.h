/* cli.h — what the subcommands share: the shape of a usage error, option
 * values, and the path from a plan file and a store to a judged result. */
#ifndef SKA_CLI_H
#define SKA_CLI_H
#include <stdbool.h>
#include "eval.h"

#define CLI_PERIOD_EXPECTED "expected 2019, 2018/19, ht2020 or vt2021"

/* Prints "ska CMD: <fmt with arg>" and a pointer to `ska CMD --help` on
 * stderr; returns 2, the exit code for bad arguments. */
int cli_usage_error(const char *cmd, const char *fmt, const char *arg);
/* The store named by $SKA_DB, or NULL when it is unset or empty. */
const char *cli_default_db(void);
/* A calendar date written YYYY-MM-DD, as yyyymmdd; false if it is not one. */
bool cli_date(const char *s, int32_t *out);

/* A plan read, checked and judged against a store. */
typedef struct Judged {
    Program *prog;
    Store *st;
    PlanResult *res;
} Judged;

/* Reads and resolves the plan, then (unless syntax_only) opens the store at
 * db and judges the plan with eo. Returns false on any error; the plan's
 * diagnostics are printed by cli_finish, a store that cannot be opened is
 * reported at once as "ska CMD: …". */
bool cli_judge(Judged *j, const char *cmd, const char *plan, const char *db,
               const EvalOptions *eo, bool syntax_only);
/* Flushes stdout, prints the plan's diagnostics on stderr, frees it all. */
void cli_finish(Judged *j);

#endif
