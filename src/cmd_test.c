/* cmd_test.c — `ska test FILE…`: read each file (a plan with test blocks,
 * or a test file that `use`s its plan), check every test, run each against
 * its own in-memory store, and report. Nothing is run unless every file
 * is valid: a mistake in a test is an error (exit 2), not a failed test. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "cmd.h"
#include "parse.h"
#include "testcase.h"

static const char test_usage[] =
    "usage: ska test FILE... [--format text|junit] [--coverage]\n\n"
    "Runs the test blocks of each file: test \"name\" { data …; expect … } gives\n"
    "results inline and the status the plan must give its goals, targets, measures\n"
    "and rules. Each test is judged against its own data only; no store is read.\n\n"
    "options:\n"
    "  --format F         text (default: a line per test, failures with expected and\n"
    "                     got) or junit (JUnit XML for CI servers)\n"
    "  --coverage         also list the goals, targets and rules no expectation names\n\n"
    "exit status: 0 every test passed, 1 a test failed, 2 an error in a file or the\n"
    "arguments.\n";

/* Reads, resolves and checks one file; false when it has errors. */
static bool load(Program *p, const char *path)
{
    if (parse_file(p, path)) resolve_program(p);
    if (!p->diags.errors) testcase_check(p);
    if (!p->diags.errors && p->tests.n == 0)
        diag_add(&p->diags, DIAG_ERROR, (SrcLoc){-1, 0, 0},
                 "%s has no tests (write test \"name\" { data …; expect … } blocks)", path);
    return !p->diags.errors;
}

int cmd_test(int argc, char **argv)
{
    enum { O_FORMAT = 1, O_COVERAGE, O_HELP };
    static const struct option opts[] = {
        {"format", required_argument, NULL, O_FORMAT}, {"coverage", no_argument, NULL, O_COVERAGE},
        {"help", no_argument, NULL, O_HELP}, {0, 0, 0, 0}};
    bool junit = false, coverage = false;
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case O_FORMAT:
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "junit") != 0)
                return cli_usage_error("test", "--format '%s' is not a format (expected text or junit)", optarg);
            junit = strcmp(optarg, "junit") == 0;
            break;
        case O_COVERAGE: coverage = true; break;
        case 'h':
        case O_HELP: fputs(test_usage, stdout); return 0;
        case ':': return cli_usage_error("test", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("test", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("test", "%s", "expected a test file");
    int nfiles = argc - optind;
    Program **progs = xcalloc((size_t)nfiles, sizeof *progs);
    bool valid = true;
    for (int i = 0; i < nfiles; i++) {
        progs[i] = program_new();
        valid &= load(progs[i], argv[optind + i]);
    }
    int tests = 0, failed = 0, errors = 0;
    StrBuf suites = {0}, cases = {0}, text = {0};
    for (int i = 0; valid && i < nfiles; i++) {
        Program *p = progs[i];
        int file_failed = 0, file_errors = 0;
        sb_clear(&cases);
        if (nfiles > 1 && !junit) printf("%s\n", argv[optind + i]);
        for (int k = 0; k < p->tests.n; k++) {
            TestRun run;
            bool ran = testcase_run(p, p->tests.items[k], &run);
            file_failed += ran && run.nfailed;
            file_errors += !ran;
            if (junit) render_junit_test(p, &run, ran, &cases);
            else render_test_text(p, &run, ran, stdout);
            testcase_run_free(&run);
        }
        sb_clear(&text);
        if (coverage) render_test_coverage(p, &text);
        if (junit)
            render_junit_test_suite(argv[optind + i], p->tests.n, file_failed, file_errors, sb_str(&cases),
                                    sb_str(&text), &suites);
        else
            fputs(sb_str(&text), stdout);
        tests += p->tests.n, failed += file_failed, errors += file_errors;
    }
    if (valid && junit) render_junit_test_doc(tests, failed, errors, sb_str(&suites), stdout);
    else if (valid)
        printf("%d test%s: %d passed, %d failed%s\n", tests, tests == 1 ? "" : "s", tests - failed - errors, failed,
               errors ? ", some could not be run" : "");
    cli_flush_stdout();
    for (int i = 0; i < nfiles; i++) {
        diag_print(&progs[i]->diags, &progs[i]->sources, stderr);
        program_free(progs[i]);
    }
    free(progs);
    sb_free(&suites);
    sb_free(&cases);
    sb_free(&text);
    return !valid || errors ? 2 : failed ? 1 : 0;
}
