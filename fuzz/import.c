/* import.c — fuzzes one importer (built twice: FUZZ_KOLADA 0 reads the
 * input as CSV, 1 as Kolada JSON) through the same calls `ska import`
 * makes, into an empty store, rolled back after each: the input is one file, imported,
 * its error printed when it was refused. */
#include <stdlib.h>
#include "fuzz.h"
#include "import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *err = NULL;
    Importer *im = import_begin(fuzz_scratch_path(), &err);
    if (!im) {
        fprintf(stderr, "fuzz: cannot open the scratch store: %s\n", err);
        abort();
    }
    /* fmemopen refuses an empty buffer */
    FILE *f = size ? fmemopen((void *)data, size, "rb") : fopen("/dev/null", "rb");
    if (!f) abort();
    ImportOptions opt = {.format = FUZZ_KOLADA ? IMPORT_KOLADA : IMPORT_CSV};
    ImportCounts c = {0};
    import_file_begin(im, FUZZ_KOLADA ? "fuzz.json" : "fuzz.csv");
    int rc = FUZZ_KOLADA ? import_kolada(im, f, &opt, &c) : import_csv(im, f, &opt, &c);
    fclose(f);
    if (rc == 0) rc = import_file_end(im, &c);
    /* rolled back by import_end, accepted or not: the next input starts
     * from the same empty store */
    if (rc != 0) import_print_error(im, fuzz_null());
    import_end(im);
    return 0;
}
