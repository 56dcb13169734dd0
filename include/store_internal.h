/* store_internal.h — what the store's own files share (store.c and
 * store_import.c). Nothing else includes sqlite3.h. */
#ifndef SKA_STORE_INTERNAL_H
#define SKA_STORE_INTERNAL_H
#include <sqlite3.h>
#include "store.h"

sqlite3 *store_db(Store *st);
/* Records "what: sqlite's message" as the store's last error; returns -1. */
int store_fail(Store *st, const char *what);
/* Records "store: msg", an error SQLite did not see; returns -1. */
int store_fail_msg(Store *st, const char *msg);
/* Returns a prepared statement cached under slot (0..STORE_STMT_SLOTS-1),
 * reset and with bindings cleared; NULL on error (message recorded). */
sqlite3_stmt *store_stmt(Store *st, int slot, const char *sql);
/* The same, bindings kept: for a statement whose caller binds every
 * parameter each time (clearing a 64-row INSERT's 512 costs as much as
 * binding them). */
sqlite3_stmt *store_stmt_rebound(Store *st, int slot, const char *sql);
#define STORE_STMT_SLOTS 32
/* Commits the write transaction of a STORE_WRITE or STORE_NEW store; a new
 * store is then synced and linked into place (and st is closed for SQL).
 * 0 done, 1 a store of that name appeared meanwhile (nothing was stored:
 * import into that one instead), -1 error (message recorded). */
int store_commit(Store *st);
/* result.src: where a value was last imported from, as one integer:
 * (run * SRC_FILES + the file's place in the run) * SRC_LINES + line. */
#define SRC_FILES 256
#define SRC_LINES ((int64_t)1 << 32)
#define SRC_RUN(src) ((src) / SRC_LINES / SRC_FILES)

/* Slots 0..15 belong to store.c, 16..31 to store_import.c. */
#define STORE_IMPORT_SLOT0 16

#endif
