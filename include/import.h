/* import.h — `ska import`: loading result files (long-format CSV, Kolada
 * JSON) and unit lists into the store, every file of one run in one
 * transaction, stopping at the first bad row with nothing written.
 *   store_import.c   the import session: transaction, key -> id caches,
 *                    inserts/updates with added/changed/unchanged counts,
 *                    the one error the import stops at
 *   import_csv.c     CSV files, and the value/number text rules both use
 *   import_kolada.c  Kolada API (v2, v3) answers and KommunAnalys JSON
 *   import_source.c  files a source description maps (Skolverket's exports)
 *   csv.c            delimited records, shared by the two CSV readers
 *   cmd_import.c     the command line
 * Readers never print: they record one error (import_fail) and return -1;
 * cmd_import prints it and chooses the exit code. */
#ifndef SKA_IMPORT_H
#define SKA_IMPORT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "period.h"
#include "store.h"

/* IMPORT_TITLES: KPI titles, a line "N15505¤title" each (KommunAnalys's
 * Nyckeltal.txt); recognised by its first line, never chosen by --format. */
typedef enum ImportFormat { IMPORT_AUTO, IMPORT_CSV, IMPORT_KOLADA, IMPORT_TITLES } ImportFormat;

/* What the command line supplies for columns a file lacks. A file that has
 * the column as well is an error: one of the two would be silently ignored. */
typedef struct ImportOptions {
    ImportFormat format;
    const char *indicator; /* --indicator KEY, or NULL */
    const char *unit;      /* --unit CODE, or NULL */
    Period period;         /* --period P, or 0 */
} ImportOptions;

/* What one file did. For a units-only file (units_file) rows, added,
 * changed and unchanged count units; otherwise result rows, and units_added
 * counts units created because rows named unknown codes. */
enum { IMPORT_FIX_PAD4, IMPORT_FIX_PAD8, IMPORT_FIX_NAME, IMPORT_FIXES };

typedef struct ImportCounts {
    bool units_file;
    bool titles_file; /* rows, added, … count indicator titles */
    int64_t rows, added, changed, unchanged;
    int64_t units_added;
    /* the first codes of units created by result rows, so that a mistyped
     * unit code shows in the summary instead of passing silently */
    char new_units[64];
    /* unit codes read as another code (unit_names.h): lost leading zeros
     * padded to 4 or 8 digits, or a stored unit's name where its code
     * belongs; how many distinct texts, and the first ("127 → 0127") */
    int64_t fixed[IMPORT_FIXES];
    char fixed_first[IMPORT_FIXES][96];
    /* rows left out on purpose, and what they were and why ("regions (…)") */
    int64_t skipped;
    const char *skipped_what;
    const char *source; /* the source description the file was read with */
    int64_t values;     /* for a described file: values stored (rows counts rows) */
} ImportCounts;

/* A place in the file being imported, for an error message. */
typedef struct ImportSite {
    long line;        /* 1-based */
    int col;          /* 1-based, in characters; 0 for no caret */
    const char *text; /* the whole line (borrowed), or NULL not to show it */
    size_t len;
} ImportSite;

typedef struct ImportValue {
    double value;       /* meaningful for VS_OK only */
    ValueStatus status; /* anything but VS_OK is stored with a NULL value */
    int64_t count;      /* number of pupils, -1 if not given */
    long line;          /* the line of the file it was read on */
} ImportValue;

typedef struct ImportKey {
    int64_t ind, unit;
    Group grp;
    Period period;
} ImportKey;

/* A unit as a file describes it (strings borrowed). name, kind and parent
 * are NULL when the file has no such column; an empty parent means none.
 * code is the text as written: the store reads it as unit_names.h says
 * (127 is 0127, a name is the unit of that name) or refuses it at site. */
typedef struct ImportUnit {
    const char *code, *name, *kind, *parent;
    ImportSite parent_site; /* where parent is written, for "no such unit" */
    ImportSite site;        /* where code is written (line 0: unknown) */
} ImportUnit;

typedef struct Importer Importer;

/* Opens the store at db_path and begins the one transaction; a new store is
 * built in a temporary file beside it (store.h, STORE_NEW). NULL on
 * failure, with *err a malloc'ed message. */
Importer *import_begin(const char *db_path, char **err);
/* The same for a store in memory only (STORE_MEMORY), named name in
 * messages: how `ska test` gives a plan its test's results. */
Importer *import_begin_memory(const char *name, char **err);
/* The store being written: after import_commit, the evaluator reads it
 * until import_end. */
Store *import_store(Importer *im);
/* Commits everything. 0; 1 when the store was new and another run created
 * it meanwhile (nothing stored: run the import again, into that one); or
 * -1 with the error recorded. */
int import_commit(Importer *im);
/* Rolls back unless committed, closes the store and frees im. */
void import_end(Importer *im);

/* Brackets one file. path is borrowed until import_file_end, which sets the
 * parents that were named before their own unit appeared (or records an
 * error at the first that names no unit at all). */
void import_file_begin(Importer *im, const char *path);
int import_file_end(Importer *im, ImportCounts *c);

/* Id of the indicator with this key, created if new; -1 on error. */
int64_t import_indicator(Importer *im, const char *key);
/* Sets the title of the indicator with this key (created if new), counting
 * it in c->added / changed / unchanged. 0 or -1. */
int import_indicator_title(Importer *im, const char *key, const char *title, ImportCounts *c);
/* Id of the unit with u->code, created from u if new (counted in
 * c->units_added); an existing unit is left as it is. -1 on error. */
int64_t import_unit_ref(Importer *im, const ImportUnit *u, ImportCounts *c);
/* Records who runs unit id: the organiser's name and its type (a word
 * organiser_kind_canonical accepts; the caller has checked it). Either may
 * be NULL to leave it as stored. 0 or -1. */
int import_unit_organiser(Importer *im, int64_t id, const char *organiser, const char *kind);
/* A row of a units-only file: inserts or updates the unit, counting it in
 * c->added / changed / unchanged. 0 or -1. */
int import_unit_row(Importer *im, const ImportUnit *u, ImportCounts *c);
/* Id of the stored unit called name (or one of its unit_name_forms),
 * preferring kind "kommun" when several share it: 0 none, -2 several
 * equally good, -1 error (recorded). */
int64_t import_unit_by_name(Importer *im, const char *name);
/* Records "no stored unit is called NAME" at site, with the closest stored
 * names and then advice (what to do). Returns -1. */
int import_unknown_name(Importer *im, const ImportSite *site, const char *name, const char *advice);
/* Stores one result, counting it in c->added / changed / unchanged. A key
 * this run has already stored with another value (two rows of one import
 * for the same indicator, unit, period and group) is an error that names
 * both lines; with the same value it counts as unchanged. The row may be
 * held back and stored later (in key order), so c is counted in until
 * import_file_end: it must live that long. 0 or -1. */
int import_result(Importer *im, const ImportKey *k, const ImportValue *v, ImportCounts *c);
/* How a reader tells the importer where in the file it is, for an error
 * found while storing (a duplicate key): fn(ctx) gives the site of the
 * value just handed to import_result. Set per file, after import_file_begin. */
typedef ImportSite (*ImportWhere)(void *ctx);
void import_set_where(Importer *im, ImportWhere fn, void *ctx);

/* Records the error the import stops at: at site in the current file, or
 * for the file as a whole when site is NULL. Returns -1. */
int import_fail(Importer *im, const ImportSite *site, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prints the recorded error: `file:line:col: error: msg`, the line, a caret. */
void import_print_error(const Importer *im, FILE *out);
/* The recorded error's message alone, or NULL if there is none. */
const char *import_error_message(const Importer *im);

/* Read all of f (opened and closed by the caller) into the store. 0 or -1. */
int import_csv(Importer *im, FILE *f, const ImportOptions *opt, ImportCounts *c);
int import_kolada(Importer *im, FILE *f, const ImportOptions *opt, ImportCounts *c);
/* KPI titles, "ID¤title" a line (import_kolada.c). */
int import_kolada_titles(Importer *im, FILE *f, ImportCounts *c);
/* Whether text (a file's first bytes) starts as such a file does. */
bool import_is_titles(const char *text, size_t n);
/* Whether f has a long results or units header in its first lines (then
 * rewound). */
bool import_csv_has_header(Importer *im, FILE *f);

/* A file read through a source description (source.h). */
typedef struct SourceSpec SourceSpec;
int import_source(Importer *im, FILE *f, const SourceSpec *spec, const ImportOptions *opt, ImportCounts *c);
/* How a file fits a description: how many of its title lines the file's
 * title block holds, whether a header with its unit column was found and
 * how many of its value columns that header names. */
typedef struct SourceFit {
    int titles, titles_found;
    bool header;
    int values, values_found; /* value columns the header holds */
    int columns_missing;      /* other columns it names that the header lacks */
} SourceFit;
/* Reads the file's title block and header (then rewinds f). A file that
 * cannot be read that way fits nothing. */
void import_source_probe(FILE *f, const SourceSpec *spec, SourceFit *fit);

/* Text rules both formats share (import_csv.c). */
/* A number as Swedish tables write it: decimal comma or point, spaces or
 * no-break spaces between digit groups, a leading - or U+2212. */
bool import_number(const char *s, size_t n, double *out);
/* A value cell: a number, or ".." / "." / "~100" / empty for a missing
 * value with that reason. false if it is none of these. */
bool import_value_text(const char *s, size_t n, ImportValue *v);
/* How many bytes of s to quote in a message: at most ~60, whole characters. */
int import_clip(const char *s, size_t n);

#define IMPORT_VALUE_EXPECTED "expected a number such as 83,2, or .. . ~100"
#define IMPORT_PERIOD_EXPECTED "expected a year 2018, a school year 2018/19, or a term ht2020, vt2021"
#define IMPORT_GROUP_EXPECTED \
    "expected totalt, flickor or pojkar, or the raters personal or rektor; also T K M, samtliga, " \
    "alla, kvinnor, män, total, girls, boys, staff, head"

#endif
