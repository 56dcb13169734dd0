/* diag.h — source files, locations and diagnostics.
 * A location is a byte span in one loaded source; line and column are only
 * computed when a message is printed, with the column counted in characters
 * so the caret sits under the right letter of a UTF-8 line. Diagnostics are
 * collected, never printed from deep inside the compiler or evaluator. */
#ifndef SKA_DIAG_H
#define SKA_DIAG_H
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "util.h"

/* A source's text is kept in memory, or (a plan parsed only to be
 * checked: `ska check --syntax-only`) streamed from its file and not kept.
 * Then the file stays open, and the few lines a message shows are read
 * again from it, provided it still has the size and modification time it
 * had when it was read; the line starts are found then too. */
typedef struct Source {
    char *path;  /* as given by the user, or "<repl>" */
    char *text;  /* owned, NUL-terminated; NULL when not kept */
    size_t len;
    int first_line; /* the number of its first line: 1, or where a REPL input began */
    int fd;         /* text not kept: the file, open; else -1 */
    int64_t mtime_ns; /* text not kept: the file's modification time when read */
    uint32_t *lines;  /* text not kept: offsets of the line starts, found on first need */
    size_t nlines;
} Source;

typedef struct SrcLoc {
    int32_t src;          /* index into the SourceSet, -1 for none */
    uint32_t start, end;  /* byte offsets, end exclusive */
} SrcLoc;

typedef struct SourceSet {
    Source *items;
    size_t n, cap;
} SourceSet;

/* Adds a source; takes ownership of text (malloc'ed). Returns its index. */
int32_t srcset_add(SourceSet *ss, const char *path, char *text, size_t len);
/* Adds a source whose text is not kept: the open file fd (taken over) of
 * len bytes, modified at mtime_ns. Returns its index. */
int32_t srcset_add_file(SourceSet *ss, const char *path, int fd, size_t len, int64_t mtime_ns);
/* Appends the bytes [start, end) of s (end clipped to its length) to out:
 * from its text, or read again from its file. False, with nothing
 * appended, when the file has changed since it was read. */
bool src_read(const Source *s, uint32_t start, uint32_t end, StrBuf *out);
/* The modification time of an open file, in nanoseconds. */
int64_t file_mtime_ns(int fd, size_t *size);
void srcset_free(SourceSet *ss);

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct Diag {
    DiagLevel level;
    SrcLoc loc;
    char *msg;
    bool incomplete; /* input ended early: the REPL may ask for more */
} Diag;

typedef struct Diags {
    Diag *items;
    size_t n, cap;
    int errors;
} Diags;

#define DIAG_MAX_ERRORS 20

/* Adds a diagnostic unless the same message was already reported at the
 * same place; past DIAG_MAX_ERRORS errors are only counted. Returns the new
 * diagnostic, or NULL when none was added. */
Diag *diag_vadd(Diags *d, DiagLevel level, SrcLoc loc, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
void diag_add(Diags *d, DiagLevel level, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Prints every diagnostic as `file:line:col: error: msg`, the source line and
 * a caret under the span. */
void diag_print(const Diags *d, const SourceSet *ss, FILE *out);
void diag_free(Diags *d);
/* The diagnostics in the order diag_print prints them (by file, then
 * place; ties in the order reported): a malloc'ed array of d->n. */
const Diag **diag_sorted(const Diags *d);
/* "error", "warning" or "note". */
const char *diag_level_word(DiagLevel l);

/* Line (1-based) and column (1-based, in characters) of a byte offset.
 * false, with both 0, when s is a file whose text is not kept and that has
 * changed since it was read: no place in it is known. */
bool src_linecol(const Source *s, uint32_t off, int *line, int *col);

/* Prints one message about a line of a file that is not a loaded Source (a
 * data file being imported): `path:line:col: error: msg`, the line, a caret.
 * col is 1-based in characters; 0 means no caret. */
void diag_print_line(FILE *out, const char *path, long line, int col,
                     const char *line_text, size_t line_len, const char *msg);

#endif
