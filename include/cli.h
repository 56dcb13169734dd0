/* cli.h — what the subcommands share: the shape of a usage error, option
 * values, and the path from a plan file and a store to a judged result. */
#ifndef SKA_CLI_H
#define SKA_CLI_H
#include <stdbool.h>
#include "eval.h"
#include "history.h"

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
/* What check and report do with recorded judgements: --record[=LABEL]
 * (a label may also follow as the next word) and --since WHICH. */
typedef struct CliHistory {
    bool record;
    const char *label;        /* NULL: a label made of the period and date */
    const char *since;        /* NULL: revisions since the latest run only */
    Changes changes;
} CliHistory;
/* --record's label: its =VALUE, else the next argument when it is neither
 * an option nor a plan file (*.ska), which getopt then skips. */
const char *cli_record_label(int argc, char **argv, const char *optarg_value);
/* Reads what changed since h->since (or the revisions since the plan's
 * latest recorded run) and hands it to j->res for the renderers. false
 * after printing "ska CMD: why". */
bool cli_history_read(CliHistory *h, Judged *j, const char *cmd);
/* Records j's judgement in db when --record asked, saying so on stderr.
 * false after printing why not. */
bool cli_history_record(CliHistory *h, const Judged *j, const char *cmd, const char *db, const char *plan_path);
void cli_history_free(CliHistory *h);

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
