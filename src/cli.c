/* cli.c — the pieces every subcommand needs in the same way (see cli.h),
 * so that check, report and repl word their errors alike. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
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
    j->prog->drop_text = syntax_only;
    /* resolve even after syntax errors: one run reports as much as it can */
    if (parse_file(j->prog, plan)) resolve_program(j->prog);
    if (j->prog->diags.errors) return false;
    if (syntax_only) return true;
    char *err = NULL;
    j->st = store_open(db, STORE_READ, &err);
    if (!j->st) {
        fprintf(stderr, "ska %s: %s\n", cmd, err);
        free(err);
        return false;
    }
    /* one read transaction until cli_finish: the plan and its renderers
     * read one commit, and the store is not locked again per lookup */
    if (store_read_begin(j->st) < 0) {
        fprintf(stderr, "ska %s: %s: %s\n", cmd, store_path(j->st), store_errmsg(j->st));
        return false;
    }
    j->res = eval_plan(j->prog, j->st, eo);
    return j->res != NULL;
}

const char *cli_record_label(int argc, char **argv, const char *optarg_value)
{
    if (optarg_value) return optarg_value;
    if (optind >= argc || argv[optind][0] == '-') return NULL;
    size_t n = strlen(argv[optind]);
    if (n >= 4 && strcmp(argv[optind] + n - 4, ".ska") == 0) return NULL;
    return argv[optind++];
}

bool cli_history_read(CliHistory *h, Judged *j, const char *cmd)
{
    char *err = NULL;
    if (!history_changes(j->st, j->res, h->since, &h->changes, &err)) {
        fprintf(stderr, "ska %s: %s\n", cmd, err);
        free(err);
        return false;
    }
    j->res->changes = &h->changes;
    return true;
}

bool cli_history_record(CliHistory *h, const Judged *j, const char *cmd, const char *db, const char *plan_path)
{
    if (!h->record) return true;
    char *err = NULL;
    Store *w = store_open(db, STORE_WRITE, &err);
    RecordedRun run = {0};
    /* the newest import the judgement saw: read in its own snapshot, as an
     * import may have committed since */
    int64_t seen = store_last_import(j->st);
    bool ok = w && seen >= 0 && history_record(w, j->res, seen, h->label, plan_path, &run) == 0;
    if (ok)
        fprintf(stderr, "ska %s: recorded as judgement #%lld \"%s\"\n", cmd, (long long)run.id, run.label);
    else
        fprintf(stderr, "ska %s: cannot record the judgement: %s\n", cmd,
                !w ? err : seen < 0 ? store_errmsg(j->st) : store_errmsg(w));
    recorded_run_free(&run);
    free(err);
    if (w) store_close(w);
    return ok;
}

void cli_history_free(CliHistory *h) { changes_free(&h->changes); }

/* Why a flush of stdout failed: errno is not kept by stdio, and a later
 * flush of a stream in error may well succeed with nothing left to write. */
static int stdout_errno;

void cli_flush_stdout(void)
{
    /* A write that failed while a renderer wrote set ferror, and errno
     * still tells why: formatting text sets no errno, and each later
     * write to the failing stream fails the same way. */
    if ((fflush(stdout) != 0 || ferror(stdout)) && !stdout_errno) stdout_errno = errno;
}

int cli_close_stdout(int rc)
{
    cli_flush_stdout();
    bool failed = ferror(stdout);
    /* a closed stdout with nothing written is no failure (gnulib's rule) */
    if (fclose(stdout) != 0 && !failed && errno != EBADF) failed = true, stdout_errno = errno;
    if (!failed) return rc;
    if (stdout_errno) fprintf(stderr, "ska: cannot write standard output: %s\n", strerror(stdout_errno));
    else fputs("ska: cannot write standard output\n", stderr);
    return 2;
}

void cli_finish(Judged *j)
{
    cli_flush_stdout();
    diag_print(&j->prog->diags, &j->prog->sources, stderr);
    plan_result_free(j->res);
    if (j->st) store_read_end(j->st);
    store_close(j->st);
    program_free(j->prog);
}

static bool file_error(CliFile *cf, const char *cmd, int e)
{
    fprintf(stderr, "ska %s: cannot write %s: %s\n", cmd, cf->path, strerror(e));
    return false;
}

bool cli_file_open(CliFile *cf, const char *cmd, const char *path)
{
    cf->path = xstrdup(path);
    cf->tmp = NULL;
    cf->f = NULL;
    struct stat old;
    bool exists = lstat(path, &old) == 0;
    if (exists && !S_ISREG(old.st_mode)) {
        /* /dev/stdout, a pipe, a symbolic link: written where it points */
        cf->f = fopen(path, "w");
        return cf->f || file_error(cf, cmd, errno);
    }
    int fd = tmpfile_beside(path, &cf->tmp);
    /* a file written again keeps its permissions */
    if (fd >= 0 && exists) fchmod(fd, old.st_mode & 07777);
    if (fd < 0 || !(cf->f = fdopen(fd, "w"))) {
        int e = errno;
        if (fd >= 0) close(fd);
        return file_error(cf, cmd, e);
    }
    return true;
}

bool cli_file_close(CliFile *cf, const char *cmd)
{
    /* a write that failed earlier left its reason in errno, unless
     * something changed it since: the best reason there is */
    int e = errno;
    bool ok = !ferror(cf->f);
    if (fflush(cf->f) != 0 || (ok && cf->tmp && fsync(fileno(cf->f)) != 0)) ok = false, e = errno;
    if (fclose(cf->f) != 0 && ok) ok = false, e = errno;
    cf->f = NULL;
    return ok || file_error(cf, cmd, e ? e : EIO);
}

bool cli_file_commit(CliFile *cf, const char *cmd)
{
    if (!cf->tmp) return true; /* written in place */
    if (rename(cf->tmp, cf->path) != 0) return file_error(cf, cmd, errno);
    free(cf->tmp);
    cf->tmp = NULL;
    return true;
}

void cli_file_free(CliFile *cf)
{
    if (cf->f) fclose(cf->f);
    cf->f = NULL;
    if (cf->tmp) unlink(cf->tmp);
    free(cf->tmp);
    free(cf->path);
    memset(cf, 0, sizeof *cf);
}
