/* fmt.c — fuzzes `ska fmt`: a plan that parses is laid out, and the layout
 * must parse, hold the same tokens and comments (layout_same) and be its
 * own layout (formatting it again changes nothing). A broken promise
 * aborts, which libFuzzer reports as a crash. */
#include <stdlib.h>
#include <string.h>
#include "layout.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (memchr(data, 0, size)) return 0; /* no plan holds a NUL byte */
    Program *prog = program_new();
    int32_t src = parse_text(prog, "plan.ska", xstrndup((const char *)data, size), size);
    if (!prog->diags.errors) {
        StrBuf out = {0}, again = {0};
        layout_source(prog, src, &out);
        Program *back = program_new();
        int32_t b = parse_text(back, "plan.ska", xstrndup(sb_str(&out), out.len), out.len);
        if (back->diags.errors || !layout_same(prog, src, back, b)) abort();
        layout_source(back, b, &again);
        if (again.len != out.len || memcmp(sb_str(&again), sb_str(&out), out.len) != 0) abort();
        sb_free(&out);
        sb_free(&again);
        program_free(back);
    }
    program_free(prog);
    return 0;
}
