/* util.c — allocation that aborts on out-of-memory, string buffers, UTF-8. */
#include "util.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>

static void out_of_memory(void)
{
    fputs("ska: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

enum { HUGE_PAGE = 2 << 20 };

void *xmalloc_huge(size_t n, bool zero)
{
    n = n ? (n + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE : HUGE_PAGE;
    void *p = aligned_alloc(HUGE_PAGE, n);
    if (!p) out_of_memory();
#ifdef MADV_HUGEPAGE
    (void)madvise(p, n, MADV_HUGEPAGE);
#endif
    if (zero) memset(p, 0, n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) out_of_memory();
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void grow_array(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return;
    size_t c = *cap ? *cap : 8;
    while (c < need) c *= 2;
    *items = xrealloc(*items, c * elem);
    *cap = c;
}

void sb_putn(StrBuf *sb, const char *s, size_t n)
{
    if (sb->len + n + 1 > sb->cap) grow_array((void **)&sb->data, &sb->cap, sb->len + n + 1, 1);
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = 0;
}

void sb_puts(StrBuf *sb, const char *s) { sb_putn(sb, s, strlen(s)); }

/* Formats into the room the buffer has, and again only when the text did
 * not fit: most texts are short, and formatting is the cost. */
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = sb->cap - sb->len; /* 0 before the first byte, else > 0: the NUL's place */
    int n = vsnprintf(room ? sb->data + sb->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (room) sb->data[sb->len] = 0;
        return;
    }
    if ((size_t)n >= room) {
        grow_array((void **)&sb->data, &sb->cap, sb->len + (size_t)n + 1, 1);
        vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    }
    sb->len += (size_t)n;
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

const char *sb_str(const StrBuf *sb) { return sb->data ? sb->data : ""; }
void sb_clear(StrBuf *sb)
{
    sb->len = 0;
    if (sb->data) sb->data[0] = 0;
}
void sb_free(StrBuf *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

size_t utf8_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) w++;
    return w;
}

/* Decodes s into code points (invalid bytes stand for themselves). */
static size_t utf8_decode(const char *s, uint32_t *out, size_t max)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && n < max) {
        uint32_t c = *p++;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (extra) c &= 0x3F >> extra;
        while (extra-- > 0 && (*p & 0xC0) == 0x80) c = (c << 6) | (*p++ & 0x3F);
        out[n++] = c;
    }
    return n;
}

int utf8_distance(const char *a, const char *b)
{
    enum { MAX = 64 };
    uint32_t ca[MAX], cb[MAX];
    size_t na = utf8_decode(a, ca, MAX), nb = utf8_decode(b, cb, MAX);
    int row[MAX + 1];
    for (size_t j = 0; j <= nb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= na; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= nb; j++) {
            int up = row[j];
            int best = diag + (ca[i - 1] != cb[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[nb];
}

bool str_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        if (ascii_lower(*a) != ascii_lower(*b)) return false;
    }
    return *a == *b;
}

uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void *strmap_get(const StrMap *m, const char *key)
{
    if (!m->cap) return NULL;
    for (size_t i = str_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return NULL;
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
    }
}

static void strmap_grow(StrMap *m)
{
    StrMap bigger = {xcalloc(m->cap ? m->cap * 2 : 64, sizeof(char *)),
                     xcalloc(m->cap ? m->cap * 2 : 64, sizeof(void *)),
                     m->cap ? m->cap * 2 : 64, 0};
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) strmap_put(&bigger, m->keys[i], m->vals[i]);
    strmap_free(m);
    *m = bigger;
}

void **strmap_slot(StrMap *m, const char *key)
{
    if ((m->n + 1) * 2 > m->cap) strmap_grow(m);
    size_t i = str_hash(key) & (m->cap - 1);
    for (; m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (strcmp(m->keys[i], key) == 0) return &m->vals[i];
    m->keys[i] = key;
    m->vals[i] = NULL;
    m->n++;
    return &m->vals[i];
}

void *strmap_put(StrMap *m, const char *key, void *val)
{
    void **slot = strmap_slot(m, key);
    if (!*slot) *slot = val;
    return *slot;
}

void strmap_free(StrMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

int tmpfile_beside(const char *path, char **tmp)
{
    const char *slash = strrchr(path, '/');
    StrBuf sb = {0};
    if (slash) sb_putn(&sb, path, (size_t)(slash - path + 1));
    sb_printf(&sb, ".%s.tmp.XXXXXX", slash ? slash + 1 : path);
    int fd = mkstemp(sb.data);
    /* mkstemp makes the file private (0600); this one is made like any file */
    mode_t mask = umask(0);
    umask(mask);
    if (fd >= 0 && fchmod(fd, 0666 & ~mask) != 0) {
        int e = errno;
        close(fd);
        unlink(sb.data);
        errno = e;
        fd = -1;
    }
    if (fd < 0) {
        int e = errno;
        sb_free(&sb);
        errno = e;
    }
    *tmp = sb.data;
    return fd;
}
