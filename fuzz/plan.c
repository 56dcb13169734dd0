/* plan.c — fuzzes the plan front end the way `ska check` runs it: parse
 * the input as a plan file (and the modules it uses), resolve it, and
 * when it is valid look for warnings, judge it against a small store, print
 * the result as text and JSON, and run its tests (`ska test`); the
 * diagnostics are printed either way, as text and JSON (their quoted lines,
 * carets and positions read the source). */
#include "diag.h"
#include "eval.h"
#include "fuzz.h"
#include "lint.h"
#include "parse.h"
#include "render.h"
#include "testcase.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Store *st = fuzz_store();
    Program *prog = program_new();
    if (parse_file(prog, fuzz_file("plan.ska", data, size))) resolve_program(prog);
    if (!prog->diags.errors) {
        lint_program(prog);
        EvalOptions eo = {0};
        PlanResult *r = eval_plan(prog, st, &eo);
        if (r) {
            render_text(r, fuzz_null(), false);
            render_json(r, fuzz_null());
        }
        plan_result_free(r);
        bool tests_valid = testcase_check(prog);
        for (int i = 0; tests_valid && i < prog->tests.n; i++) {
            TestRun run;
            bool ran = testcase_run(prog, prog->tests.items[i], &run);
            render_test_text(prog, &run, ran, fuzz_null());
            testcase_run_free(&run);
        }
    }
    diag_print(&prog->diags, &prog->sources, fuzz_null());
    render_json_diagnostics(prog, fuzz_null());
    program_free(prog);
    return 0;
}
