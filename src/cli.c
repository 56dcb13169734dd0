/* cli.c — the pieces every subcommand needs in the same way (see cli.h),
 * so that check, report and repl word their errors alike. */
#include <stdio.h>
#include <stdlib.h>
#include "cli.h"
#include "parse.h"

int cli_usage_error(const char *cmd, const char *fmt, const char *arg)
{
    fprintf(stderr, "ska %s: ", cmd);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(see `ska %s --help`)\n", cmd);
    return 2;
}

const char *cli_default_db(void)
{
    const char *db = getenv("SKA_DB");
    return db && *db ? db : NULL;
}

bool cli_date(const char *s, int32_t *out)
{
    int y, m, d;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !period_date_valid(y, m, d))
        return false;
    *out = y * 10000 + m * 100 + d;
    return true;
}

bool cli_judge(Judged *j, const char *cmd, const char *plan, const char *db,
               const EvalOptions *eo, bool syntax_only)
{
    j->prog = program_new();
    j->st = NULL;
    j->res = NULL;
    /* resolve even after syntax errors: one run reports as much as it can */
    if (parse_file(j->prog, plan)) resolve_program(j->prog);
    if (j->prog->diags.errors) return false;
    if (syntax_only) return true;
    if (!*db) {
        /* SQLite would open a private temporary database for "" */
        fprintf(stderr, "ska %s: the store name is empty (--db DB)\n", cmd);
        return false;
    }
    char *err = NULL;
    j->st = store_open(db, STORE_READ, &err);
    if (!j->st) {
        fprintf(stderr, "ska %s: %s\n", cmd, err);
        free(err);
        return false;
    }
    j->res = eval_plan(j->prog, j->st, eo);
    return j->res != NULL;
}

void cli_finish(Judged *j)
{
    fflush(stdout);
    diag_print(&j->prog->diags, &j->prog->sources, stderr);
    plan_result_free(j->res);
    store_close(j->st);
    program_free(j->prog);
}
