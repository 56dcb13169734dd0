/* limit_scan.c — the physical limit for a whole-store plan (whole.ska):
 * one sequential scan of the rows it reads, every column a judgement
 * needs, with the SQLite C API and the page cache ska uses. The values
 * are summed so that nothing is optimised away.
 *
 *   limit_scan STORE.db     prints "rows N bytes B sum S": B is the bytes
 *                           the result table takes in the store (its pages,
 *                           from the dbstat table), what ska's peak memory
 *                           is compared with */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static sqlite3 *db;

static void die(const char *what)
{
    fprintf(stderr, "limit_scan: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    exit(2);
}

static sqlite3_stmt *prep(const char *sql)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) die(sql);
    return s;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: limit_scan STORE.db\n");
        return 2;
    }
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) die(argv[1]);
    if (sqlite3_exec(db, "PRAGMA cache_size=-65536", NULL, NULL, NULL) != SQLITE_OK) die("cache_size");
    sqlite3_stmt *q = prep("SELECT ind, grp, period, unit, value, status, n FROM result");
    long long rows = 0, keys = 0;
    double sum = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        rows++;
        keys += sqlite3_column_int64(q, 0) + sqlite3_column_int64(q, 1) + sqlite3_column_int64(q, 2) +
                sqlite3_column_int64(q, 3) + sqlite3_column_int64(q, 5) + sqlite3_column_int64(q, 6);
        sum += sqlite3_column_double(q, 4);
    }
    if (rc != SQLITE_DONE) die("scan");
    sqlite3_finalize(q);
    q = prep("SELECT sum(pgsize) FROM dbstat WHERE name = 'result'");
    if (sqlite3_step(q) != SQLITE_ROW) die("dbstat");
    long long bytes = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    printf("rows %lld bytes %lld sum %.6g\n", rows, bytes, sum + (double)keys);
    sqlite3_close(db);
    return 0;
}
