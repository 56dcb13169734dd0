/* common.c — the helpers the harnesses share (see fuzz.h). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fuzz.h"
#include "import.h"
#include "util.h"

static char dir[] = "/tmp/ska-fuzz.XXXXXX";

static void fuzz_die(const char *what, const char *why)
{
    fprintf(stderr, "fuzz: %s: %s\n", what, why);
    abort();
}

static void remove_dir(void)
{
    StrBuf cmd = {0};
    sb_printf(&cmd, "rm -rf '%s'", dir);
    if (system(sb_str(&cmd)) != 0) fprintf(stderr, "fuzz: could not remove %s\n", dir);
    sb_free(&cmd);
}

/* The temporary directory, made on first use and removed at exit. */
static const char *fuzz_dir(void)
{
    static bool made;
    if (!made) {
        if (!mkdtemp(dir)) fuzz_die("mkdtemp", "cannot make a temporary directory");
        atexit(remove_dir);
        made = true;
    }
    return dir;
}

FILE *fuzz_null(void)
{
    static FILE *null;
    if (!null && !(null = fopen("/dev/null", "w"))) fuzz_die("/dev/null", "cannot open");
    return null;
}

const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static StrBuf path;
    sb_clear(&path);
    sb_printf(&path, "%s/%s", fuzz_dir(), name);
    FILE *f = fopen(sb_str(&path), "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) fuzz_die(sb_str(&path), "cannot write");
    return sb_str(&path);
}

/* Imports one file of tests/repl/data into the store being built. */
static void import_data(Importer *im, const char *name)
{
    StrBuf path = {0};
    sb_printf(&path, "%s/tests/repl/data/%s", FUZZ_TOP, name);
    FILE *f = fopen(sb_str(&path), "rb");
    if (!f) fuzz_die(sb_str(&path), "cannot read");
    ImportOptions opt = {0};
    ImportCounts c = {0};
    import_file_begin(im, sb_str(&path));
    if (import_csv(im, f, &opt, &c) != 0 || import_file_end(im, &c) != 0) {
        import_print_error(im, stderr);
        fuzz_die(sb_str(&path), "cannot import");
    }
    fclose(f);
    sb_free(&path);
}

const char *fuzz_store_path(void)
{
    static StrBuf path;
    if (path.len) return sb_str(&path);
    sb_printf(&path, "%s/t.db", fuzz_dir());
    char *err = NULL;
    Importer *im = import_begin(sb_str(&path), &err);
    if (!im) fuzz_die(sb_str(&path), err);
    import_data(im, "units.csv");
    import_data(im, "results.csv");
    if (import_commit(im) != 0) fuzz_die(sb_str(&path), "cannot commit");
    import_end(im);
    return sb_str(&path);
}

const char *fuzz_scratch_path(void)
{
    static StrBuf path;
    if (path.len) return sb_str(&path);
    sb_printf(&path, "%s/scratch.db", fuzz_dir());
    char *err = NULL;
    Importer *im = import_begin(sb_str(&path), &err); /* creates it, empty */
    if (!im || import_commit(im) != 0) fuzz_die(sb_str(&path), err ? err : "cannot create");
    import_end(im);
    return sb_str(&path);
}

Store *fuzz_store(void)
{
    static Store *st;
    char *err = NULL;
    if (!st && !(st = store_open(fuzz_store_path(), STORE_READ, &err))) fuzz_die(fuzz_store_path(), err);
    return st;
}
