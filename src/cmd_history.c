/* cmd_history.c — `ska history --db DB`: the judgements recorded in a store
 * (`check --record`, `report --record`), oldest first, and with
 * --revisions the stored values imports have replaced. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "cmd.h"
#include "store_history.h"

static const char history_usage[] =
    "usage: ska history [--db DB] [--revisions [INDICATOR]]\n\n"
    "Lists the judgements recorded in DB by `ska check --record` and `ska report\n"
    "--record`: number, time (UTC), period under review, goals achieved / partly /\n"
    "not achieved / without data, label and plan. `--since LABEL`, `--since latest`\n"
    "or `--since #N` of check and report compares with one of them.\n\n"
    "options:\n"
    "  --db DB            the results store (default: $SKA_DB)\n"
    "  --revisions [KEY]  list instead every stored value an import replaced (of the\n"
    "                     indicator stored under KEY, e.g. N15505, or of all): the\n"
    "                     value before and after and the import that changed it\n";

static void print_stored(StoredValue v)
{
    if (v.status == VS_OK) printf("%.10g", v.value);
    else fputs(value_status_mark(v.status), stdout);
}

static int list_revisions(Store *st, const char *key)
{
    Revision *rv;
    long n = store_revisions(st, 0, key, &rv);
    if (n < 0) {
        fprintf(stderr, "ska history: %s\n", store_errmsg(st));
        return 2;
    }
    if (n == 0) printf("no revised values%s%s\n", key ? " of " : "", key ? key : "");
    char p[PERIOD_TEXT_MAX];
    for (long i = 0; i < n; i++) {
        printf("%s  %s  %s  %s  ", rv[i].ind, rv[i].unit_code, period_format(rv[i].period, p), group_names[rv[i].grp]);
        print_stored(rv[i].before);
        fputs(" -> ", stdout);
        print_stored(rv[i].after);
        printf("  (import %lld, %s)\n", (long long)rv[i].import_run, rv[i].when ? rv[i].when : "?");
    }
    revisions_free(rv, (size_t)n);
    return 0;
}

static int list_runs(Store *st)
{
    RecordedRun *runs;
    long n = store_recorded_runs(st, &runs);
    if (n < 0) {
        fprintf(stderr, "ska history: %s\n", store_errmsg(st));
        return 2;
    }
    if (n == 0) printf("no judgement is recorded in %s (`ska check PLAN --record` records one)\n", store_path(st));
    else printf("%-4s %-20s %-8s %4s %4s %4s %4s  %s\n", "#", "recorded", "period", "ach", "part", "not", "none",
                "label (plan)");
    char p[PERIOD_TEXT_MAX];
    for (long i = 0; i < n; i++) {
        const RecordedRun *r = &runs[i];
        printf("%-4lld %-20s %-8s %4d %4d %4d %4d  %s (%s)\n", (long long)r->id, r->recorded,
               r->period ? period_format(r->period, p) : "-", r->counts[0], r->counts[1], r->counts[2],
               r->counts[3], r->label, r->plan);
        recorded_run_free(&runs[i]);
    }
    free(runs);
    return 0;
}

int cmd_history(int argc, char **argv)
{
    enum { O_DB = 1, O_REVISIONS, O_HELP };
    static const struct option opts[] = {
        {"db", required_argument, NULL, O_DB}, {"revisions", optional_argument, NULL, O_REVISIONS},
        {"help", no_argument, NULL, O_HELP}, {0, 0, 0, 0}};
    const char *db = cli_default_db();
    bool revisions = false;
    const char *key = NULL;
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case O_DB: db = optarg; break;
        case O_REVISIONS:
            revisions = true;
            key = optarg ? optarg : optind < argc && argv[optind][0] != '-' ? argv[optind++] : NULL;
            break;
        case 'h':
        case O_HELP: fputs(history_usage, stdout); return 0;
        case ':': return cli_usage_error("history", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("history", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage_error("history", "unexpected argument '%s'", argv[optind]);
    if (!db) return cli_usage_error("history", "%s", "no store given (use --db DB or set SKA_DB)");
    char *err = NULL;
    Store *st = store_open(db, STORE_READ, &err);
    if (!st) {
        fprintf(stderr, "ska history: %s\n", err);
        free(err);
        return 2;
    }
    int rc = revisions ? list_revisions(st, key) : list_runs(st);
    store_close(st);
    return rc;
}
