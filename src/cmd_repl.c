/* cmd_repl.c — `ska repl [PLAN.ska ...] [--db DB] [--period P]`: reads the
 * command line and runs a REPL session (repl.c). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "cmd.h"
#include "repl.h"

static const char repl_usage[] =
    "usage: ska repl [PLAN.ska ...] [--db DB] [--period P]\n\n"
    "Asks the plan and the results questions. Type an expression to see its value\n"
    "for the plan's organiser (meritvärde[2018], behörig[skolor] < 85 %), a\n"
    "definition to add it to the session (let mål = 80 %), a question about the plan\n"
    "(goals, status G1, explain G1, measures for G1, rules, flagged) or a command\n"
    "(.help lists them all).\n\n"
    "On a terminal lines can be edited, Tab completes, and the history is kept in\n"
    "$SKA_HISTORY (default ~/.ska_history). From a pipe or a file only the answers are\n"
    "printed, so `ska repl plan.ska --db x.db < questions.txt` scripts well.\n\n"
    "options:\n"
    "  --db DB       the results store (default: $SKA_DB); .db FILE changes it\n"
    "  --period P    the period under review (2019, 2018/19, ht2020); default: the\n"
    "                plan's period, else the latest period with data\n\n"
    "exit status: 0; 2 when the plan or store cannot be opened, or when an input\n"
    "read from a pipe or file had an error.\n";

int cmd_repl(int argc, char **argv)
{
    enum { O_DB = 1, O_PERIOD, O_HELP };
    static const struct option opts[] = {
        {"db", required_argument, NULL, O_DB}, {"period", required_argument, NULL, O_PERIOD},
        {"help", no_argument, NULL, O_HELP}, {0, 0, 0, 0}};
    ReplOptions ro = {.db = cli_default_db()};
    if (ro.db && !*ro.db) ro.db = NULL;
    opterr = 0;
    optind = 1;
    int c;
    /* the leading ':' tells a missing value (':') from an unknown option ('?') */
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case O_DB: ro.db = optarg; break;
        case O_PERIOD:
            if (!period_parse(optarg, strlen(optarg), &ro.period))
                return cli_usage_error("repl", "--period '%s' is not a period (" CLI_PERIOD_EXPECTED ")", optarg);
            break;
        case 'h':
        case O_HELP: fputs(repl_usage, stdout); return 0;
        case ':': return cli_usage_error("repl", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("repl", "unknown option '%s'", argv[optind - 1]);
        }
    }
    ro.plans = argv + optind;
    ro.nplans = argc - optind;
    /* the sqlite3 shell's rule: a terminal on stdin means a person typing */
    ro.interactive = isatty(STDIN_FILENO);
    ro.color = ro.interactive && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    Repl *r = repl_open(&ro);
    if (!r) return 2;
    int rc = repl_run(r);
    repl_close(r);
    return rc;
}
