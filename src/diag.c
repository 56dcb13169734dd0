/* diag.c — collecting diagnostics and printing them with the source line and
 * a caret. Columns count characters, not bytes, so a caret under a word after
 * "å" lands right; tabs in the shown line are kept so the caret line can
 * reproduce them and stay aligned. */
#include "diag.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int32_t srcset_add(SourceSet *ss, const char *path, char *text, size_t len)
{
    Source s = {xstrdup(path), text, len, 1, -1, 0, NULL, 0};
    VEC_PUSH(ss->items, ss->n, ss->cap, s);
    return (int32_t)(ss->n - 1);
}

int32_t srcset_add_file(SourceSet *ss, const char *path, int fd, size_t len, int64_t mtime_ns)
{
    Source s = {xstrdup(path), NULL, len, 1, fd, mtime_ns, NULL, 0};
    VEC_PUSH(ss->items, ss->n, ss->cap, s);
    return (int32_t)(ss->n - 1);
}

void srcset_free(SourceSet *ss)
{
    for (size_t i = 0; i < ss->n; i++) {
        free(ss->items[i].path);
        free(ss->items[i].text);
        free(ss->items[i].lines);
        if (ss->items[i].fd >= 0) close(ss->items[i].fd);
    }
    free(ss->items);
    memset(ss, 0, sizeof *ss);
}

int64_t file_mtime_ns(int fd, size_t *size)
{
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    *size = (size_t)st.st_size;
    return (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
}

/* A file is taken to be as it was read while it has the same size and
 * modification time, as compilers check a file before quoting its lines. */
static bool unchanged(const Source *s)
{
    size_t size = 0;
    return file_mtime_ns(s->fd, &size) == s->mtime_ns && size == s->len;
}

bool src_read(const Source *s, uint32_t start, uint32_t end, StrBuf *out)
{
    if (end > s->len) end = (uint32_t)s->len;
    if (start >= end) return true;
    if (s->text) {
        sb_putn(out, s->text + start, end - start);
        return true;
    }
    if (!unchanged(s)) return false;
    size_t had = out->len;
    grow_array((void **)&out->data, &out->cap, had + (end - start) + 1, 1);
    while (start < end) {
        ssize_t n = pread(s->fd, out->data + out->len, end - start, start);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { /* cut short meanwhile */
            out->data[out->len = had] = 0;
            return false;
        }
        out->len += (size_t)n, start += (uint32_t)n;
    }
    out->data[out->len] = 0;
    return true;
}

/* Where a source's lines start, for one whose text is not kept: found once,
 * reading the file a block at a time. False when the file has changed. */
static bool index_lines(const Source *cs)
{
    Source *s = (Source *)cs; /* a cache, filled on first need */
    if (s->lines) return true;
    size_t cap = 0, n = 0;
    uint32_t *lines = NULL;
    VEC_PUSH(lines, n, cap, 0);
    StrBuf block = {0};
    for (uint32_t at = 0; at < s->len; at += (uint32_t)block.len) {
        sb_clear(&block);
        if (!src_read(s, at, at + (1u << 16), &block)) {
            sb_free(&block);
            free(lines);
            return false;
        }
        for (const char *nl = block.data; (nl = memchr(nl, '\n', block.len - (size_t)(nl - block.data))); nl++)
            VEC_PUSH(lines, n, cap, at + (uint32_t)(nl - block.data) + 1);
    }
    sb_free(&block);
    s->lines = lines, s->nlines = n;
    return true;
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
    StrBuf head = {0};
    bool bom = src_read(s, 0, 3, &head) && head.len == 3 && memcmp(head.data, "\xef\xbb\xbf", 3) == 0;
    sb_free(&head);
    return bom ? 3 : 0;
}

/* The line holding byte off (clipped to the text): its number counted from
 * 1 and its bytes [*bol, *eol), without the newline. False when the file
 * of a source whose text is not kept has changed and its lines are not
 * known. */
static bool line_of(const Source *s, uint32_t off, int *line, uint32_t *bol, uint32_t *eol)
{
    if (off > s->len) off = (uint32_t)s->len;
    uint32_t first = text_start(s);
    if (s->text) {
        int ln = 1;
        *bol = off >= first ? first : 0;
        for (uint32_t i = 0; i < off; i++)
            if (s->text[i] == '\n') { ln++; *bol = i + 1; }
        *line = ln;
        for (*eol = off; *eol < s->len && s->text[*eol] != '\n'; ++*eol) {}
        return true;
    }
    if (!index_lines(s)) return false;
    size_t lo = 0, hi = s->nlines; /* the last line start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->lines[mid] <= off) lo = mid;
        else hi = mid;
    }
    *line = (int)lo + 1;
    *bol = lo == 0 && off >= first ? first : s->lines[lo];
    *eol = lo + 1 < s->nlines ? s->lines[lo + 1] - 1 : (uint32_t)s->len;
    return true;
}

bool src_linecol(const Source *s, uint32_t off, int *line, int *col)
{
    if (off > s->len) off = (uint32_t)s->len;
    uint32_t bol, eol;
    StrBuf before = {0};
    if (!line_of(s, off, line, &bol, &eol)) {
        *line = 0, *col = 0;
        return false;
    }
    *line += s->first_line - 1;
    bool read = src_read(s, bol, off, &before);
    /* a file changed since: columns counted in bytes */
    *col = (int)(read ? utf8_width(before.data ? before.data : "", before.len) : off - bol) + 1;
    sb_free(&before);
    return true;
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
        int line;
        uint32_t bol, eol;
        StrBuf line_text = {0};
        if (!line_of(s, g->loc.start, &line, &bol, &eol) || !src_read(s, bol, eol, &line_text)) {
            fprintf(out, "%s: %s: %s\n  (%s has changed since it was read: the line is not shown)\n",
                    s->path, diag_level_word(g->level), g->msg, s->path);
            sb_free(&line_text);
            continue;
        }
        uint32_t start = g->loc.start > eol ? eol : g->loc.start; /* (bol <= start, as start is clipped to the text) */
        int col = (int)utf8_width(line_text.data ? line_text.data : "", start - bol) + 1;
        fprintf(out, "%s:%d:%d: %s: %s\n", s->path, line + s->first_line - 1, col, diag_level_word(g->level), g->msg);
        uint32_t end = g->loc.end > eol ? eol : g->loc.end;
        int width = end > start ? (int)utf8_width(line_text.data + (start - bol), end - start) : 1;
        print_caret(out, line_text.data ? line_text.data : "", line_text.len, col, width);
        sb_free(&line_text);
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
