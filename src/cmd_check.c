/* cmd_check.c — `ska check PLAN.ska --db DB`: parse, resolve, judge,
 * render, and turn the verdict into an exit code. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "cmd.h"
#include "eval.h"
#include "lint.h"
#include "parse.h"
#include "render.h"
#include "report.h"

static const char check_usage[] =
    "usage: ska check PLAN.ska [--db DB] [options]\n\n"
    "Judges every goal of the plan against the results in DB and prints each goal's\n"
    "status with the values that decided it, flagged units of each rule, and a summary.\n\n"
    "options:\n"
    "  --db DB            the results store (default: $SKA_DB)\n"
    "  --period P         the period under review (2019, 2018/19, ht2020); default:\n"
    "                     the plan's period, else the latest period with data\n"
    "  --format F         text (default), json, junit (JUnit XML for CI servers),\n"
    "                     csv, or csv-sv (semicolons and decimal commas, for\n"
    "                     Swedish Excel)\n"
    "  --only G1,G2       judge only these goals\n"
    "  --area NAME        judge only the goals of this area\n"
    "  --as-of DATE       also list follow-ups of measures due by DATE (YYYY-MM-DD)\n"
    "  --record[=LABEL]   record this judgement in DB (label: the period and date\n"
    "                     unless given; `ska history` lists recorded judgements)\n"
    "  --since WHICH      show what changed since a recorded judgement: its label,\n"
    "                     latest (the plan's last recorded), or #N\n"
    "  --fail-on LIST     statuses that make the exit code 1: any of delvis, ej,\n"
    "                     ingen-data (default: all three), or none; and\n"
    "                     warnings, for a plan with warnings\n"
    "  --syntax-only      only parse and check the plan; no store is read; with\n"
    "                     --format json, its errors and warnings as JSON\n"
    "  --list goals|areas print the plan's goal names or areas, one a line, and\n"
    "                     stop (for shell completion); no store is read\n"
    "  --color, --no-color  force colour on or off (default: on a terminal,\n"
    "                     unless NO_COLOR is set)\n\n"
    "exit status: 0 every selected goal achieved, 1 a goal delvis, ej uppnått or\n"
    "ingen data (narrowed by --fail-on), 2 an error in the plan, data or arguments.\n";

/* --fail-on: a bit per status that makes the run fail, and one for warnings. */
#define FAIL_ON_WARNINGS (1u << ST_COUNT)
static bool parse_fail_on(const char *s, unsigned *mask)
{
    static const struct { const char *w; unsigned bits; } words[] = {
        {"delvis", 1u << ST_PARTLY}, {"partly", 1u << ST_PARTLY},
        {"ej", 1u << ST_FAILED}, {"ej-uppnått", 1u << ST_FAILED}, {"failed", 1u << ST_FAILED},
        {"ingen-data", 1u << ST_NODATA}, {"nodata", 1u << ST_NODATA}, {"none", 0},
        {"warnings", FAIL_ON_WARNINGS}, {"varningar", FAIL_ON_WARNINGS},
    };
    *mask = 0;
    while (*s) {
        const char *end = strchr(s, ',');
        size_t len = end ? (size_t)(end - s) : strlen(s);
        bool ok = false;
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            if (strlen(words[i].w) == len && strncmp(words[i].w, s, len) == 0) {
                *mask |= words[i].bits;
                ok = true;
            }
        if (!ok) return false;
        s += len + (end ? 1 : 0);
    }
    return true;
}

/* --list goals|areas: the names a shell completes after --only and --area. */
static void print_list(const Program *p, const char *what)
{
    const List *l = strcmp(what, "goals") == 0 ? &p->goals : &p->areas;
    for (int i = 0; i < l->n; i++)
        puts(l == &p->goals ? ((const Goal *)l->items[i])->id : (const char *)l->items[i]);
}

int cmd_check(int argc, char **argv)
{
    enum { O_DB = 1, O_PERIOD, O_FORMAT, O_ONLY, O_AREA, O_ASOF, O_FAILON, O_SYNTAX, O_LIST, O_COLOR, O_NOCOLOR,
           O_RECORD, O_SINCE, O_HELP };
    static const struct option opts[] = {
        {"db", required_argument, NULL, O_DB}, {"period", required_argument, NULL, O_PERIOD},
        {"format", required_argument, NULL, O_FORMAT}, {"only", required_argument, NULL, O_ONLY},
        {"area", required_argument, NULL, O_AREA}, {"as-of", required_argument, NULL, O_ASOF},
        {"fail-on", required_argument, NULL, O_FAILON}, {"syntax-only", no_argument, NULL, O_SYNTAX},
        {"list", required_argument, NULL, O_LIST},
        {"color", no_argument, NULL, O_COLOR}, {"no-color", no_argument, NULL, O_NOCOLOR},
        {"record", optional_argument, NULL, O_RECORD}, {"since", required_argument, NULL, O_SINCE},
        {"help", no_argument, NULL, O_HELP}, {0, 0, 0, 0}};
    const char *db = cli_default_db(), *format = "text";
    CliHistory hist = {0};
    EvalOptions eo = {0};
    unsigned fail_mask = (1u << ST_PARTLY) | (1u << ST_FAILED) | (1u << ST_NODATA);
    bool syntax_only = false;
    const char *list = NULL;
    int color = -1;
    opterr = 0;
    optind = 1;
    int c;
    /* the leading ':' tells a missing value (':') from an unknown option ('?') */
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case O_DB: db = optarg; break;
        case O_PERIOD:
            if (!period_parse(optarg, strlen(optarg), &eo.period))
                return cli_usage_error("check", "--period '%s' is not a period (" CLI_PERIOD_EXPECTED ")", optarg);
            break;
        case O_FORMAT:
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "json") != 0 && strcmp(optarg, "junit") != 0 &&
                strcmp(optarg, "csv") != 0 && strcmp(optarg, "csv-sv") != 0)
                return cli_usage_error("check", "--format '%s' is not a format (expected text, json, junit, csv or csv-sv)", optarg);
            format = optarg;
            break;
        case O_ONLY: eo.only = optarg; break;
        case O_AREA: eo.area = optarg; break;
        case O_ASOF:
            if (!cli_date(optarg, &eo.as_of))
                return cli_usage_error("check", "--as-of '%s' is not a date (expected YYYY-MM-DD)", optarg);
            break;
        case O_FAILON:
            if (!parse_fail_on(optarg, &fail_mask))
                return cli_usage_error("check", "--fail-on '%s': expected a list of delvis, ej, ingen-data, warnings, or none", optarg);
            break;
        case O_SYNTAX: syntax_only = true; break;
        case O_RECORD:
            hist.record = true;
            hist.label = cli_record_label(argc, argv, optarg);
            break;
        case O_SINCE: hist.since = optarg; break;
        case O_LIST:
            if (strcmp(optarg, "goals") != 0 && strcmp(optarg, "areas") != 0)
                return cli_usage_error("check", "--list '%s': expected goals or areas", optarg);
            list = optarg;
            syntax_only = true;
            break;
        case O_COLOR: color = 1; break;
        case O_NOCOLOR: color = 0; break;
        case 'h':
        case O_HELP: fputs(check_usage, stdout); return 0;
        case ':': return cli_usage_error("check", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("check", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("check", "%s", optind >= argc ? "expected one plan file" : "expected only one plan file");
    if (!syntax_only && !db) return cli_usage_error("check", "%s", "no store given (use --db DB or set SKA_DB)");
    const char *plan_path = argv[optind];

    Judged j;
    int rc;
    bool judged = cli_judge(&j, "check", plan_path, db, &eo, syntax_only);
    /* warnings come with check only: a report or a REPL session is no review of the plan */
    if (judged && !list) lint_program(j.prog);
    bool warned = false;
    for (size_t i = 0; i < j.prog->diags.n; i++) warned |= j.prog->diags.items[i].level == DIAG_WARNING;
    rc = !judged ? 2 : warned && (fail_mask & FAIL_ON_WARNINGS) ? 1 : 0;
    if (syntax_only && !list && strcmp(format, "json") == 0) {
        /* the diagnostics are the output, for editors and CI annotations */
        render_json_diagnostics(j.prog, stdout);
        diag_free(&j.prog->diags);
        goto done;
    }
    if (!judged) goto done;
    if (list) print_list(j.prog, list);
    if (syntax_only) goto done;
    if (!cli_history_read(&hist, &j, "check")) {
        rc = 2;
        goto done;
    }
    if (strcmp(format, "json") == 0) {
        render_json(j.res, stdout);
    } else if (strcmp(format, "text") != 0) {
        Report rep;
        report_build(&rep, j.res, NULL, plan_path, db);
        if (strcmp(format, "junit") == 0) render_junit(&rep, fail_mask, stdout);
        else render_csv(&rep, strcmp(format, "csv") == 0 ? ',' : ';', stdout);
        report_free(&rep);
    } else {
        if (color < 0) color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
        render_text(j.res, stdout, color);
    }
    for (int s = ST_PARTLY; s < ST_COUNT; s++)
        if (j.res->counts[s] && (fail_mask & (1u << s))) rc = 1;
    cli_flush_stdout();
    if (!cli_history_record(&hist, &j, "check", db, plan_path)) rc = 2;
done:
    cli_finish(&j);
    cli_history_free(&hist);
    return rc;
}
