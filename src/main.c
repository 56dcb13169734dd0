/* main.c — the `ska` command: a table of subcommands, --help, --version.
 * Only main chooses the process exit code (from what a command returns),
 * and it checks that standard output was written: a full disk or a closed
 * pipe is an error, not a silent success. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "cmd.h"

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} Command;

static const Command commands[] = {
    {"check", cmd_check, "judge every goal of a plan against the results store"},
    {"fmt", cmd_fmt, "write plans in the one canonical layout, or check that they are"},
    {"history", cmd_history, "list recorded judgements and revised values"},
    {"import", cmd_import, "load results (CSV, Kolada JSON) into the store, all or nothing"},
    {"repl", cmd_repl, "ask the plan and the results questions interactively"},
    {"report", cmd_report, "write the follow-up report (HTML or Markdown)"},
    {"test", cmd_test, "run a plan's tests: inline results and the statuses expected"},
};

static void usage(FILE *out)
{
    fputs("usage: ska COMMAND [ARGS]\n\n"
          "ska judges a school organiser's quality plan (goals, indicators, measures,\n"
          "follow-up rules, written in the ska language) against stored results.\n\n"
          "commands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fputs("\n`ska COMMAND --help` describes a command; `ska --version` prints the version.\n"
          "Exit codes: 0 success (every goal achieved), 1 a goal not achieved, 2 an error.\n", out);
}

/* Runs the command argv[1] (or --help, --version); its exit code. */
static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("ska %s\n", SKA_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "ska: unknown command '%s' (try `ska --help`)\n", name);
    return 2;
}

int main(int argc, char **argv)
{
    return cli_close_stdout(run(argc, argv));
}
