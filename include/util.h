/* util.h — memory helpers, a growable string buffer and UTF-8 helpers.
 * Out-of-memory is the one error that aborts (through xmalloc); everything
 * else in ska is returned to the caller. */
#ifndef SKA_UTIL_H
#define SKA_UTIL_H
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* n bytes (rounded up to 2 MiB) aligned on 2 MiB and asked to be backed by
 * huge pages, freed with free(): on this kind of VM a fault costs 10-30 µs,
 * and a buffer of megabytes faulted in 4 KiB pages costs more than the
 * work done in it. For buffers known to be big; zeroed when zero. */
void *xmalloc_huge(size_t n, bool zero);
char *xstrndup(const char *s, size_t n);

/* Grows the array *items (of *cap elements of size elem) to hold at least
 * need elements. */
void grow_array(void **items, size_t *cap, size_t need, size_t elem);
#define VEC_PUSH(items, n, cap, value)                                         \
    do {                                                                       \
        if ((n) >= (cap)) /* the call only when full: pushes are hot */     \
            grow_array((void **)&(items), &(cap), (n) + 1, sizeof *(items));   \
        (items)[(n)++] = (value);                                              \
    } while (0)

/* A growable, always NUL-terminated string. Zero-initialise to start. */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;
/* Inline: readers append a byte at a time (json.c keeps each line). */
static inline void sb_putc(StrBuf *sb, char c)
{
    if (sb->len + 2 > sb->cap) grow_array((void **)&sb->data, &sb->cap, sb->len + 2, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = 0;
}
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
const char *sb_str(const StrBuf *sb); /* never NULL */
void sb_clear(StrBuf *sb);
void sb_free(StrBuf *sb);

/* Number of UTF-8 characters in s[0..n). Continuation bytes are not counted. */
size_t utf8_width(const char *s, size_t n);
/* Edit distance between two UTF-8 strings, in characters (for suggestions). */
int utf8_distance(const char *a, const char *b);
/* c lower-cased if it is an ASCII capital; other bytes as they are. */
static inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }
/* FNV-1a (32 bits) of s[0..n), for hash tables. */
uint32_t hash_bytes(const char *s, size_t n);
/* Case-insensitive ASCII comparison, exact on other bytes. */
bool str_ieq(const char *a, const char *b);

/* Creates a new file ".NAME.tmp.XXXXXX" in the directory of path (so it can
 * be renamed or linked onto path), with the permissions a new file gets
 * (0666 less the umask); returns its descriptor and the malloc'ed name in
 * *tmp, or -1 with errno set and *tmp NULL. */
int tmpfile_beside(const char *path, char **tmp);



/* A map from borrowed NUL-terminated keys to pointers (open addressing). */
typedef struct StrMap {
    const char **keys;
    void **vals;
    size_t cap, n;
} StrMap;
void *strmap_get(const StrMap *m, const char *key);
/* Inserts key -> val (not NULL); if key is present, leaves it and returns its value. */
void *strmap_put(StrMap *m, const char *key, void *val);
/* The value of key, to be read or written: a new key's is NULL. */
void **strmap_slot(StrMap *m, const char *key);
void strmap_free(StrMap *m);
#endif
