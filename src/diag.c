/* diag.c — collecting diagnostics and printing them with the source line and
 * a caret. Columns count characters, not bytes, so a caret under a word after
 * "å" lands right; tabs in the shown line are kept so the caret line can
 * reproduce them and stay aligned. */
#include "diag.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t srcset_add(SourceSet *ss, const char *path, char *text, size_t len)
{
    Source s = {xstrdup(path), text, len, 1};
    VEC_PUSH(ss->items, ss->n, ss->cap, s);
    return (int32_t)(ss->n - 1);
}

void srcset_free(SourceSet *ss)
{
    for (size_t i = 0; i < ss->n; i++) {
        free(ss->items[i].path);
        free(ss->items[i].text);
    }
    free(ss->items);
    memset(ss, 0, sizeof *ss);
}

/* The same message at the same place is reported once: a shared
 * expression (the left side `partly <= 30` reuses) is checked twice. */
static bool already_reported(const Diags *d, SrcLoc loc, const char *msg)
{
    for (size_t i = 0; i < d->n; i++) {
        const Diag *g = &d->items[i];
        if (g->loc.src == loc.src && g->loc.start == loc.start && g->loc.end == loc.end &&
            strcmp(g->msg, msg) == 0)
            return true;
    }
    return false;
}

/* A message quotes names and tokens from the input, which can be megabytes
 * long: it is cut between characters after DIAG_MSG_MAX bytes. */
enum { DIAG_MSG_MAX = 1000 };
static void clip_message(StrBuf *sb)
{
    if (sb->len <= DIAG_MSG_MAX) return;
    size_t n = DIAG_MSG_MAX;
    while (n && ((unsigned char)sb->data[n] & 0xC0) == 0x80) n--;
    sb->len = n;
    sb->data[n] = 0;
    sb_puts(sb, "…");
}

Diag *diag_vadd(Diags *d, DiagLevel level, SrcLoc loc, const char *fmt, va_list ap)
{
    StrBuf sb = {0};
    sb_vprintf(&sb, fmt, ap);
    clip_message(&sb);
    if (already_reported(d, loc, sb_str(&sb))) {
        sb_free(&sb);
        return NULL;
    }
    if (level == DIAG_ERROR) {
        if (d->errors >= DIAG_MAX_ERRORS) {
            d->errors++;
            sb_free(&sb);
            return NULL;
        }
        d->errors++;
    }
    Diag item = {level, loc, sb.data ? sb.data : xstrdup(""), false};
    VEC_PUSH(d->items, d->n, d->cap, item);
    return &d->items[d->n - 1];
}

void diag_add(Diags *d, DiagLevel level, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(d, level, loc, fmt, ap);
    va_end(ap);
}

void diag_free(Diags *d)
{
    for (size_t i = 0; i < d->n; i++) free(d->items[i].msg);
    free(d->items);
    memset(d, 0, sizeof *d);
}

/* Where the text of the first line starts: after a byte-order mark, which
 * is invisible and must neither be shown nor counted as a column. */
static uint32_t text_start(const Source *s)
{
    return s->len >= 3 && memcmp(s->text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}

void src_linecol(const Source *s, uint32_t off, int *line, int *col)
{
    if (off > s->len) off = (uint32_t)s->len;
    int ln = 1;
    uint32_t bol = off >= text_start(s) ? text_start(s) : 0;
    for (uint32_t i = 0; i < off; i++)
        if (s->text[i] == '\n') { ln++; bol = i + 1; }
    *line = ln + s->first_line - 1;
    *col = (int)utf8_width(s->text + bol, off - bol) + 1;
}

/* Byte offset of character i of line (len bytes): characters start at
 * every byte that is not a UTF-8 continuation byte, as columns count them. */
static size_t char_offset(const char *line, size_t len, size_t i)
{
    size_t off = 0;
    for (size_t c = 0; off < len; off++)
        if (((unsigned char)line[off] & 0xC0) != 0x80 && c++ == i) break;
    return off;
}

/* Shows the line (without its newline) and a caret line of `width` carets
 * under character column col. A long line (a generated plan can be one
 * line of megabytes) is shown as DIAG_LINE_SHOWN characters around the
 * caret, cut between characters and marked with "…". */
enum { DIAG_LINE_SHOWN = 240, DIAG_BEFORE_CARET = 80 };
static void print_caret(FILE *out, const char *line, size_t len, int col, int width)
{
    while (len && (line[len - 1] == '\r' || line[len - 1] == '\n')) len--;
    size_t chars = utf8_width(line, len), from = 0, to = chars;
    if (col < 1) col = 1;
    if (chars > DIAG_LINE_SHOWN) {
        if ((size_t)col > DIAG_BEFORE_CARET) from = (size_t)col - DIAG_BEFORE_CARET;
        to = from + DIAG_LINE_SHOWN < chars ? from + DIAG_LINE_SHOWN : chars;
    }
    size_t a = char_offset(line, len, from), b = char_offset(line, len, to);
    fprintf(out, "  %s%.*s%s\n  %s", from ? "…" : "", (int)(b - a), line + a,
            to < chars ? "…" : "", from ? " " : "");
    /* Walk characters so tabs are echoed and multibyte letters count once. */
    size_t c = from + 1;
    for (size_t i = a; i < b && c < (size_t)col; i++) {
        if (((unsigned char)line[i] & 0xC0) == 0x80) continue;
        fputc(line[i] == '\t' ? '\t' : ' ', out);
        c++;
    }
    if (width < 1) width = 1;
    if ((size_t)col + (size_t)width > to + 1 && to + 1 > (size_t)col) width = (int)(to + 1 - (size_t)col);
    for (int i = 0; i < width; i++) fputc('^', out);
    fputc('\n', out);
}

/* Messages are printed in source order (syntax and name errors are found in
 * separate passes); ties keep the order they were reported in. */
static int by_position(const void *a, const void *b)
{
    const Diag *x = *(const Diag *const *)a, *y = *(const Diag *const *)b;
    if (x->loc.src != y->loc.src) return x->loc.src < y->loc.src ? -1 : 1;
    if (x->loc.start != y->loc.start) return x->loc.start < y->loc.start ? -1 : 1;
    return x < y ? -1 : x > y;
}

const Diag **diag_sorted(const Diags *d)
{
    const Diag **order = xmalloc(sizeof *order * (d->n + 1));
    for (size_t i = 0; i < d->n; i++) order[i] = &d->items[i];
    qsort(order, d->n, sizeof *order, by_position);
    return order;
}

const char *diag_level_word(DiagLevel l)
{
    return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}

/* The messages go out in one write: stderr is unbuffered, and a caret
 * line written character by character was a system call per character. */
void diag_print(const Diags *d, const SourceSet *ss, FILE *to)
{
    if (d->n == 0 && d->errors <= DIAG_MAX_ERRORS) return;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) out = to;
    const Diag **order = diag_sorted(d);
    for (size_t i = 0; i < d->n; i++) {
        const Diag *g = order[i];
        if (g->loc.src < 0 || (size_t)g->loc.src >= ss->n) {
            fprintf(out, "ska: %s: %s\n", diag_level_word(g->level), g->msg);
            continue;
        }
        const Source *s = &ss->items[g->loc.src];
        int line, col;
        src_linecol(s, g->loc.start, &line, &col);
        fprintf(out, "%s:%d:%d: %s: %s\n", s->path, line, col, diag_level_word(g->level), g->msg);
        uint32_t bol = g->loc.start > s->len ? (uint32_t)s->len : g->loc.start;
        while (bol > text_start(s) && s->text[bol - 1] != '\n') bol--;
        uint32_t eol = bol;
        while (eol < s->len && s->text[eol] != '\n') eol++;
        uint32_t end = g->loc.end > eol ? eol : g->loc.end;
        int width = end > g->loc.start ? (int)utf8_width(s->text + g->loc.start, end - g->loc.start) : 1;
        print_caret(out, s->text + bol, eol - bol, col, width);
    }
    free(order);
    if (d->errors > DIAG_MAX_ERRORS)
        fprintf(out, "ska: %d more errors not shown\n", d->errors - DIAG_MAX_ERRORS);
    if (out != to && fclose(out) == 0) fwrite(text, 1, len, to);
    free(text);
}

void diag_print_line(FILE *out, const char *path, long line, int col,
                     const char *line_text, size_t line_len, const char *msg)
{
    if (col > 0)
        fprintf(out, "%s:%ld:%d: error: %s\n", path, line, col, msg);
    else
        fprintf(out, "%s:%ld: error: %s\n", path, line, msg);
    if (line_text && col > 0) print_caret(out, line_text, line_len, col, 1);
}
