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

/* Flushes stdout, keeping the reason of a failure for cli_close_stdout. */
void cli_flush_stdout(void);
/* main's last step: flushes and closes stdout. A write to it that failed at
 * any time makes the run fail: prints why and returns 2; else returns rc. */
int cli_close_stdout(int rc);

/* A file written in full beside its name, then renamed into place: a
 * failed run (a full disk) never leaves half a file, nor loses the file an
 * earlier run wrote there. */
typedef struct CliFile {
    char *path;       /* its name (a copy) */
    char *tmp;        /* the temporary file until committed or discarded */
    FILE *f;          /* open between cli_file_open and cli_file_close */
} CliFile;
/* Creates the temporary file (.NAME.tmp.XXXXXX in path's directory, with
 * the permissions of the file it replaces) for writing; false after
 * printing "ska CMD: cannot write PATH: why". What is there and is not a
 * regular file (/dev/stdout, a pipe, a symbolic link) is written in place. */
bool cli_file_open(CliFile *cf, const char *cmd, const char *path);
/* Flushes, syncs and closes it; false (printed) if any write to it
 * failed. It is not in place yet. */
bool cli_file_close(CliFile *cf, const char *cmd);
/* Renames the closed file onto its path; false printed. */
bool cli_file_commit(CliFile *cf, const char *cmd);
/* Removes the temporary file if it is still there (a failed run) and frees
 * cf; cf may be zeroed. Every opened CliFile ends here. */
void cli_file_free(CliFile *cf);

#endif
