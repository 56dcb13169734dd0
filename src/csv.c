/* csv.c — reading delimited text records for the importers: a streamed
 * 64 KiB buffer, one record in memory at a time (a record is one line, or
 * several when a quoted field holds line breaks), a UTF-8 check of every
 * line, and sites (line, column, the line's text) for error messages. */
#include <stdlib.h>
#include <string.h>
#include "csv.h"
#include "json.h"
#include "util.h"

/* A NULL importer is a probe's: it wants to know that a read failed, not why. */
#define CSV_FAIL(im, ...) ((im) ? import_fail((im), __VA_ARGS__) : -1)
#define CSV_MAX_RECORD (1u << 20) /* bytes; longer records are an error */
#define CSV_SHOW_LINE_MAX 1000    /* longer lines are not echoed in errors */

void csv_init(Csv *c, FILE *f)
{
    memset(c, 0, sizeof *c);
    c->f = f;
    c->next_line = 1;
}

void csv_free(Csv *c)
{
    sb_free(&c->rec);
    sb_free(&c->cells);
    free(c->fields);
}

/* Offset of the first byte of s[0..n) that is NUL or not UTF-8, else n.
 * A NUL is how a UTF-16 file shows; bad UTF-8 is how Windows-1252 does. */
static size_t bad_byte(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* eight ASCII bytes at a time: no high bit, and no NUL (one makes
         * a borrow that sets its byte's high bit) */
        uint64_t w;
        if (i + 8 <= n && (memcpy(&w, s + i, 8), ((w | (w - 0x0101010101010101u)) & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        if (s[i] >= 0x01 && s[i] < 0x80) {
            i++;
            continue;
        }
        unsigned char lo, hi;
        int need = s[i] ? json_utf8_lead(s[i], &lo, &hi) : 0;
        if (need == 0) return i;
        for (int k = 1; k <= need; k++, lo = 0x80, hi = 0xBF)
            if (i + (size_t)k >= n || s[i + k] < lo || s[i + k] > hi) return i;
        i += (size_t)need + 1;
    }
    return n;
}

/* Appends the next physical line (without its \n or \r\n) to rec.
 * 1 a line, 0 end of file, -1 the record grew past CSV_MAX_RECORD,
 * -2 a NUL byte or bad UTF-8 at c->bad. */
int csv_read_line(Csv *c)
{
    size_t start = c->rec.len;
    bool any = false;
    for (;;) {
        if (c->pos == c->end) {
            if (c->eof) break;
            c->pos = 0;
            c->end = fread(c->buf, 1, sizeof c->buf, c->f);
            if (c->end == 0) {
                c->eof = true;
                break;
            }
        }
        any = true;
        const char *p = c->buf + c->pos;
        const char *nl = memchr(p, '\n', c->end - c->pos);
        size_t n = nl ? (size_t)(nl - p) : c->end - c->pos;
        if (c->rec.len + n > CSV_MAX_RECORD) return -1;
        sb_putn(&c->rec, p, n);
        c->pos += n + (nl ? 1 : 0);
        if (nl) break;
    }
    if (!any) return 0;
    if (c->rec.len && c->rec.data[c->rec.len - 1] == '\r') c->rec.data[--c->rec.len] = 0;
    if (c->next_line == 1 && c->rec.len >= 3 && memcmp(c->rec.data, "\xEF\xBB\xBF", 3) == 0) {
        memmove(c->rec.data, c->rec.data + 3, c->rec.len - 2); /* drop the BOM, keep the NUL */
        c->rec.len -= 3;
    }
    c->next_line++;
    c->bad = start + bad_byte((const unsigned char *)c->rec.data + start, c->rec.len - start);
    return c->bad < c->rec.len ? -2 : 1;
}

void csv_split_reset(Csv *c)
{
    c->cells.len = 0;
    c->nfields = 0;
    c->state = S_START;
    c->scan = c->cur_cell = c->cur_raw = 0;
}

static inline void close_field(Csv *c, size_t next_raw)
{
    CsvField fld = {c->cur_cell, c->cells.len - c->cur_cell, c->cur_raw};
    VEC_PUSH(c->fields, c->nfields, c->cap, fld);
    c->cells.data[c->cells.len++] = 0;
    c->cur_cell = c->cells.len;
    c->cur_raw = next_raw;
    c->state = S_START;
}

/* Splits rec from c->scan by c->sep: quoted fields with "" for a quote,
 * blanks around fields dropped. SPLIT_MORE when the line ends inside quotes. */
SplitResult csv_split(Csv *c)
{
    /* Each byte yields at most one cell byte or one NUL: reserve once. */
    grow_array((void **)&c->cells.data, &c->cells.cap, c->cells.len + 2 * (c->rec.len - c->scan) + 2, 1);
    char *out = c->cells.data;
    const char *r = sb_str(&c->rec);
    char sep = c->sep;
    for (size_t i = c->scan; i < c->rec.len; i++) {
        char ch = r[i];
        bool blank = ch == ' ' || (ch == '\t' && sep != '\t');
        switch (c->state) {
        case S_START:
            if (ch == sep) close_field(c, i + 1);
            else if (blank) c->cur_raw = i + 1;
            else if (ch == '"') c->state = S_QUOTED;
            else {
                /* unquoted: the text up to the separator, at once, less
                 * its trailing blanks; the last field ends with the line.
                 * Fields are short: a loop here beats memchr and memcpy. */
                const char *p = r + i, *stop = r + c->rec.len; /* locals: *o may alias c */
                char *first = out + c->cells.len, *o = first;
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* eight bytes at a time (the cells have room: see above):
                 * the separator is the lowest zero byte of w ^ seps */
                const uint64_t ones = 0x0101010101010101u, seps = ones * (unsigned char)sep;
                while (stop - p >= 8) {
                    uint64_t w, x;
                    memcpy(&w, p, 8);
                    memcpy(o, &w, 8);
                    x = w ^ seps;
                    x = (x - ones) & ~x & ones << 7;
                    if (x) {
                        size_t k = (size_t)__builtin_ctzll(x) / 8;
                        p += k, o += k;
                        break;
                    }
                    p += 8, o += 8;
                }
#endif
                while (p < stop && *p != sep) *o++ = *p++;
                while (o > first + 1 && (o[-1] == ' ' || (o[-1] == '\t' && sep != '\t'))) o--;
                c->cells.len = (size_t)(o - out);
                i = (size_t)(p - r);
                if (p < stop) close_field(c, i + 1);
            }
            break;
        case S_QUOTED:
            if (ch == '"') c->state = S_QUOTE_SEEN;
            else out[c->cells.len++] = ch;
            break;
        case S_QUOTE_SEEN:
            if (ch == '"') {
                out[c->cells.len++] = '"';
                c->state = S_QUOTED;
                break;
            }
            /* The quoted field is closed: only blanks or a separator may follow. */
            /* fallthrough */
        case S_AFTER_QUOTE:
            if (ch == sep) close_field(c, i + 1);
            else if (blank) c->state = S_AFTER_QUOTE;
            else {
                c->bad = i;
                return SPLIT_BAD;
            }
            break;
        }
    }
    c->scan = c->rec.len;
    if (c->state == S_QUOTED) return SPLIT_MORE;
    close_field(c, c->rec.len);
    return SPLIT_DONE;
}

/* The physical line of the record holding byte raw, and raw's column. */
ImportSite csv_site(const Csv *c, size_t raw)
{
    const char *r = sb_str(&c->rec);
    if (raw > c->rec.len) raw = c->rec.len;
    size_t bol = raw, eol = raw;
    while (bol > 0 && r[bol - 1] != '\n') bol--;
    while (eol < c->rec.len && r[eol] != '\n') eol++;
    long line = c->line;
    for (size_t i = 0; i < bol; i++) line += r[i] == '\n';
    ImportSite s = {line, (int)utf8_width(r + bol, raw - bol) + 1, r + bol, eol - bol};
    if (s.len > CSV_SHOW_LINE_MAX) s.text = NULL;
    return s;
}

/* Records why read_line failed (got < 0). The line is not echoed when its
 * bytes are not UTF-8: the terminal could not show them either. */
int csv_line_failed(Csv *c, Importer *im, int got)
{
    if (got == -1) return CSV_FAIL(im, NULL, "the record on line %ld is longer than 1 MiB", c->line);
    ImportSite site = csv_site(c, c->bad);
    site.text = NULL;
    unsigned char b = (unsigned char)c->rec.data[c->bad];
    if ((b == 0xFF || b == 0xFE) && c->bad == 0 && c->line == 1) /* its byte-order mark */
        return CSV_FAIL(im, &site, "the file is UTF-16; save it as UTF-8 (in Excel: CSV UTF-8)");
    if (b == 0)
        return CSV_FAIL(im, &site, "a NUL byte: this is not UTF-8 text (save the file as UTF-8)");
    return CSV_FAIL(im, &site,
                       "byte 0x%02X is not UTF-8 (Windows-1252?); save the file as UTF-8 (in Excel: CSV UTF-8)", b);
}

/* Reads the next data record. 1 read, 0 end of file, -1 error. */
int csv_next_record(Csv *c, Importer *im)
{
    sb_clear(&c->rec);
    csv_split_reset(c);
    c->line = c->next_line;
    int got = csv_read_line(c);
    for (;;) {
        if (got < 0) return csv_line_failed(c, im, got);
        if (got == 0 && c->rec.len == 0) return 0;
        if (got == 0) {
            ImportSite site = csv_site(c, c->cur_raw);
            return CSV_FAIL(im, &site, "quoted field is not closed (no \" before the end of the file)");
        }
        SplitResult r = csv_split(c);
        if (r == SPLIT_DONE) return 1;
        if (r == SPLIT_BAD) {
            ImportSite site = csv_site(c, c->bad);
            return CSV_FAIL(im, &site,
                               "unexpected text after a closing quote (write a \" inside quotes as \"\")");
        }
        sb_putc(&c->rec, '\n'); /* the line break belongs to the quoted field */
        got = csv_read_line(c);
    }
}

bool csv_blank_record(const Csv *c)
{
    for (size_t i = 0; i < c->nfields; i++)
        if (c->fields[i].len) return false;
    return true;
}
