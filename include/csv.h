/* csv.h — delimited text records (csv.c), shared by the long-format CSV
 * importer and the source-description importer. */
#ifndef SKA_CSV_H
#define SKA_CSV_H
#include <stdio.h>
#include "import.h"
#include "util.h"

typedef struct CsvField {
    size_t cell, len; /* unescaped text at cells.data + cell, NUL-terminated */
    size_t raw;       /* where the field starts in the record, for carets */
} CsvField;

typedef enum SplitState { S_START, S_QUOTED, S_QUOTE_SEEN, S_AFTER_QUOTE } SplitState;
typedef enum SplitResult { SPLIT_DONE, SPLIT_MORE, SPLIT_BAD } SplitResult;

typedef struct Csv {
    FILE *f;
    size_t pos, end;
    bool eof;
    long next_line; /* number of the next physical line */
    long line;      /* first physical line of the current record */
    StrBuf rec;     /* the record as written, its lines joined by \n */
    StrBuf cells;   /* the fields' unescaped texts */
    CsvField *fields;
    size_t nfields, cap;
    char sep;
    /* The splitter's state survives between the lines of one record. */
    SplitState state;
    size_t scan;             /* next byte of rec to split */
    size_t cur_cell, cur_raw; /* the field being split */
    size_t bad;              /* where SPLIT_BAD or read_line found a bad byte */
    char buf[65536];
} Csv;

void csv_init(Csv *c, FILE *f);
void csv_free(Csv *c);
/* Appends the next physical line (without its \n or \r\n) to c->rec.
 * 1 a line, 0 end of file, -1 the record grew past 1 MiB,
 * -2 a NUL byte or bad UTF-8 at c->bad. */
int csv_read_line(Csv *c);
/* Splits c->rec from c->scan by c->sep: quoted fields with "" for a quote,
 * blanks around fields dropped. SPLIT_MORE when the line ends inside quotes. */
void csv_split_reset(Csv *c);
SplitResult csv_split(Csv *c);
/* Field i of the split record, NUL-terminated; its length in *len.
 * Inline: an importer asks for every field of every row. */
static inline const char *csv_cell(const Csv *c, size_t i, size_t *len)
{
    *len = c->fields[i].len;
    return c->cells.data + c->fields[i].cell;
}
/* The physical line of the record holding byte raw, and raw's column. */
ImportSite csv_site(const Csv *c, size_t raw);
/* Records (with import_fail) why csv_read_line returned got < 0; -1.
 * With im NULL (a probe) nothing is recorded. */
int csv_line_failed(Csv *c, Importer *im, int got);
/* Reads and splits the next record by c->sep. 1 read, 0 end of file,
 * -1 error (recorded, unless im is NULL). */
int csv_next_record(Csv *c, Importer *im);
/* Whether every field of the split record is empty. */
bool csv_blank_record(const Csv *c);

#endif
