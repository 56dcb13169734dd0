/* fuzz.h — what the libFuzzer harnesses in fuzz/ share (fuzz/common.c).
 * Each harness is one LLVMFuzzerTestOneInput linked with every object of
 * ska but main.o, built with clang's fuzzer, address and undefined-behaviour
 * sanitizers in build-fuzz/ (`make fuzz`; fuzz/run.sh runs them). */
#ifndef SKA_FUZZ_H
#define SKA_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "store.h"

/* A stream to /dev/null for what ska prints: printing runs (and is
 * checked by the sanitizers) without filling the fuzzer's log. */
FILE *fuzz_null(void);
/* Writes data into the file NAME of a private temporary directory and
 * returns its path: parse_file reads plans from files. */
const char *fuzz_file(const char *name, const uint8_t *data, size_t size);
/* A small store (tests/repl/data: units and results of a municipality
 * and four schools), built once per process; returns its path. */
const char *fuzz_store_path(void);
/* An empty store that imports write into and roll back (import_end
 * without import_commit), so every input starts from the same store. */
const char *fuzz_scratch_path(void);
/* That store, opened for reading once per process. */
Store *fuzz_store(void);

#endif
