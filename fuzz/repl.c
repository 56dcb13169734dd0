/* repl.c — fuzzes `ska repl` reading lines from a pipe: a session on
 * tests/repl/data/plan.ska and a small store answers the input's lines
 * (questions, dot-commands, definitions, expressions). Inputs naming
 * .load or .db are skipped: those read any file the input names. */
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"
#include "repl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char plan[] = FUZZ_TOP "/tests/repl/data/plan.ska";
    static char *plans[] = {plan};
    if (memmem(data, size, ".load", 5) || memmem(data, size, ".db", 3)) return 0;
    ReplOptions opt = {.plans = plans, .nplans = 1, .db = fuzz_store_path()};
    FILE *in = size ? fmemopen((void *)data, size, "r") : fopen("/dev/null", "r");
    if (!in) abort();
    /* the session reads stdin and prints to stdout and stderr: swap the
     * streams (libFuzzer and the sanitizers report on descriptor 2) */
    FILE *saved_in = stdin, *saved_out = stdout, *saved_err = stderr;
    stdin = in;
    stdout = stderr = fuzz_null();
    Repl *r = repl_open(&opt);
    if (r) {
        repl_run(r);
        repl_close(r);
    }
    stdin = saved_in;
    stdout = saved_out;
    stderr = saved_err;
    fclose(in);
    return 0;
}
