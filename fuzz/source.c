/* source.c — fuzzes the importer of files that source descriptions map
 * (stdlib/skolverket.ska: Skolverket's exports). Each input is probed
 * with every description, as `ska import` does to choose one, and then
 * imported, with each description whose header it has, into an empty
 * store that is rolled back after each import (with one picked by the input's size when it has none, so that the
 * errors of a file that fits nothing are read too). */
#include <stdlib.h>
#include "fuzz.h"
#include "import.h"
#include "parse.h"
#include "source.h"

static Program *prog; /* kept: the specs borrow its strings */
static SourceSpec *specs;
static int nspecs;

/* The stdlib's descriptions, compiled once. */
static void load_specs(void)
{
    setenv("SKA_PATH", FUZZ_TOP, 1);
    Program *p = prog = program_new();
    parse_module(p, "stdlib/skolverket.ska");
    if (p->diags.errors == 0) source_check_all(p);
    specs = calloc((size_t)p->source_descs.n + 1, sizeof *specs);
    for (; specs && nspecs < p->source_descs.n; nspecs++) source_compile(p, p->source_descs.items[nspecs], &specs[nspecs]);
    if (p->diags.errors || nspecs == 0) {
        diag_print(&p->diags, &p->sources, stderr);
        fprintf(stderr, "fuzz: no source descriptions in stdlib/skolverket.ska\n");
        abort();
    }
}

static FILE *input(const uint8_t *data, size_t size)
{
    /* fmemopen refuses an empty buffer */
    FILE *f = size ? fmemopen((void *)data, size, "rb") : fopen("/dev/null", "rb");
    if (!f) abort();
    return f;
}

static void import_with(const uint8_t *data, size_t size, const SourceSpec *spec)
{
    char *err = NULL;
    Importer *im = import_begin(fuzz_scratch_path(), &err);
    if (!im) {
        fprintf(stderr, "fuzz: cannot open the scratch store: %s\n", err);
        abort();
    }
    FILE *f = input(data, size);
    ImportOptions opt = {.format = IMPORT_CSV};
    ImportCounts c = {0};
    import_file_begin(im, "fuzz.csv");
    int rc = import_source(im, f, spec, &opt, &c);
    fclose(f);
    if (rc == 0) rc = import_file_end(im, &c);
    /* rolled back by import_end, accepted or not: the next input starts
     * from the same empty store */
    if (rc != 0) import_print_error(im, fuzz_null());
    import_end(im);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!specs) load_specs();
    bool any = false;
    for (int i = 0; i < nspecs; i++) {
        SourceFit fit;
        FILE *f = input(data, size);
        import_source_probe(f, &specs[i], &fit);
        fclose(f);
        if (fit.header) {
            import_with(data, size, &specs[i]);
            any = true;
        }
    }
    if (!any) import_with(data, size, &specs[size % (size_t)nspecs]);
    return 0;
}
