/* plan.c — fuzzes the plan front end the way `ska check` runs it: parse
 * the input as a plan file (and the modules it uses), resolve it, and
 * when it is valid look for warnings and judge it against a small store
 * and print the result as text and JSON; the diagnostics are printed
 * either way, as text and JSON (their quoted lines, carets and positions
 * read the source). */
#include "diag.h"
#include "eval.h"
#include "fuzz.h"
#include "lint.h"
#include "parse.h"
#include "render.h"

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
    }
    diag_print(&prog->diags, &prog->sources, fuzz_null());
    render_json_diagnostics(prog, fuzz_null());
    program_free(prog);
    return 0;
}
