/* json.c — the streaming JSON reader declared in json.h.
 * One byte of lookahead over a 64 KiB buffer and a small state machine that
 * knows what may come next (a key, a value, a comma, a closing bracket), so
 * every mistake is reported at the byte where it happens. Deliberately no
 * extensions (comments, trailing commas, NaN, single quotes) and no value
 * tree: Kolada and KommunAnalys files are plain JSON, the importer consumes
 * events as they come, and memory stays bounded whatever the file size. */
#include "json.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

#define NO_CHAR (-1)
#define MAX_NUMBER 256

typedef enum Expect {
    EXP_VALUE,        /* at the top, after ':', after ',' in an array */
    EXP_VALUE_OR_END, /* just after '[' */
    EXP_KEY,          /* after ',' in an object */
    EXP_KEY_OR_END,   /* just after '{' */
    EXP_COMMA_OR_END, /* after a value inside a container */
    EXP_EOF,          /* after the top-level value */
    EXP_DONE          /* JSON_EOF or JSON_ERROR was returned */
} Expect;

struct JsonReader {
    FILE *f;
    size_t pos, end;
    bool eof;
    long line;                  /* position of the next byte */
    int col;
    long tok_line;              /* start of the last token, or the error */
    int tok_col;
    int depth;
    char stack[JSON_MAX_DEPTH]; /* 'o' or 'a' for each open container */
    Expect expect;
    JsonEvent done;             /* returned again once EXP_DONE */
    StrBuf text;                /* last key, string or number */
    StrBuf linebuf;             /* the current line so far, for messages */
    bool line_long;
    char *err;
    unsigned char buf[65536];
};

JsonReader *json_reader_new(FILE *f)
{
    JsonReader *r = xcalloc(1, sizeof *r);
    r->f = f;
    r->line = 1;
    r->col = 1;
    r->expect = EXP_VALUE;
    static const unsigned char bom[3] = {0xEF, 0xBB, 0xBF};
    r->end = fread(r->buf, 1, sizeof r->buf, f);
    if (r->end >= 3 && memcmp(r->buf, bom, 3) == 0) r->pos = 3;
    return r;
}

void json_reader_free(JsonReader *r)
{
    if (!r) return;
    sb_free(&r->text);
    sb_free(&r->linebuf);
    free(r->err);
    free(r);
}

static inline int peek(JsonReader *r)
{
    if (r->pos == r->end) {
        if (r->eof) return NO_CHAR;
        r->pos = 0;
        r->end = fread(r->buf, 1, sizeof r->buf, r->f);
        if (r->end == 0) {
            r->eof = true;
            return NO_CHAR;
        }
    }
    return r->buf[r->pos];
}

/* Consumes the byte peek() returned, keeping line, column and line text. */
static inline void advance(JsonReader *r)
{
    unsigned char c = r->buf[r->pos++];
    if (c == '\n') {
        r->line++;
        r->col = 1;
        sb_clear(&r->linebuf);
        r->line_long = false;
        return;
    }
    if ((c & 0xC0) != 0x80) r->col++;
    if (r->linebuf.len < JSON_MAX_LINE) sb_putc(&r->linebuf, (char)c);
    else r->line_long = true;
}

static void mark(JsonReader *r)
{
    r->tok_line = r->line;
    r->tok_col = r->col;
}

static JsonEvent finish(JsonReader *r, JsonEvent ev)
{
    r->expect = EXP_DONE;
    r->done = ev;
    return ev;
}

/* Records an error at line:col; a read error overrides the syntax message
 * because it is the real cause. */
static JsonEvent fail_at(JsonReader *r, long line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static JsonEvent fail_at(JsonReader *r, long line, int col, const char *fmt, ...)
{
    StrBuf sb = {0};
    if (ferror(r->f)) {
        sb_puts(&sb, "the file could not be read to the end");
    } else {
        va_list ap;
        va_start(ap, fmt);
        sb_vprintf(&sb, fmt, ap);
        va_end(ap);
    }
    free(r->err);
    r->err = sb.data;
    r->tok_line = line;
    r->tok_col = col;
    return finish(r, JSON_ERROR);
}
#define fail(r, ...) fail_at((r), (r)->line, (r)->col, __VA_ARGS__)

static void skip_ws(JsonReader *r)
{
    for (int c = peek(r); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek(r)) advance(r);
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static void take(JsonReader *r, int c)
{
    sb_putc(&r->text, (char)c);
    advance(r);
}

static void after_value(JsonReader *r)
{
    r->expect = r->depth > 0 ? EXP_COMMA_OR_END : EXP_EOF;
}

int json_utf8_lead(unsigned char c, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) return 1;
    if (c >= 0xE0 && c <= 0xEF) {
        if (c == 0xE0) *lo = 0xA0;
        if (c == 0xED) *hi = 0x9F;
        return 2;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (c == 0xF0) *lo = 0x90;
        if (c == 0xF4) *hi = 0x8F;
        return 3;
    }
    return 0;
}

/* Copies one multi-byte UTF-8 character into r->text. */
static bool read_utf8(JsonReader *r)
{
    int c = peek(r);
    unsigned char lo, hi;
    int need = json_utf8_lead((unsigned char)c, &lo, &hi);
    if (need == 0) {
        fail(r, "invalid UTF-8 byte 0x%02X in a string (JSON files must be UTF-8)", c);
        return false;
    }
    take(r, c);
    for (int i = 0; i < need; i++, lo = 0x80, hi = 0xBF) {
        c = peek(r);
        if (c < lo || c > hi) {
            fail(r, "invalid UTF-8 sequence in a string (JSON files must be UTF-8)");
            return false;
        }
        take(r, c);
    }
    return true;
}

static bool read_hex4(JsonReader *r, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int c = peek(r);
        int d = is_digit(c) ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
            fail(r, "expected 4 hex digits after \\u");
            return false;
        }
        v = v * 16 + (unsigned)d;
        advance(r);
    }
    *out = v;
    return true;
}

static void put_utf8(StrBuf *sb, unsigned cp)
{
    if (cp < 0x80) {
        sb_putc(sb, (char)cp);
    } else if (cp < 0x800) {
        sb_putc(sb, (char)(0xC0 | (cp >> 6)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        sb_putc(sb, (char)(0xE0 | (cp >> 12)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3F)));
    } else {
        sb_putc(sb, (char)(0xF0 | (cp >> 18)));
        sb_putc(sb, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(sb, (char)(0x80 | (cp & 0x3F)));
    }
}

/* \uXXXX, joining a surrogate pair; the reader is just past the 'u'. */
static bool read_unicode_escape(JsonReader *r, long line, int col)
{
    unsigned cp, lo;
    if (!read_hex4(r, &cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
        fail_at(r, line, col, "\\u%04X is half of a surrogate pair with no first half", cp);
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (peek(r) != '\\') goto lone;
        advance(r);
        if (peek(r) != 'u') goto lone;
        advance(r);
        if (!read_hex4(r, &lo)) return false;
        if (lo < 0xDC00 || lo > 0xDFFF) goto lone;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    if (cp == 0) {
        fail_at(r, line, col, "\\u0000 is not allowed (ska's text cannot hold NUL)");
        return false;
    }
    put_utf8(&r->text, cp);
    return true;
lone:
    fail_at(r, line, col, "\\u%04X must be followed by a second \\uXXXX half (a surrogate pair)", cp);
    return false;
}

static bool read_escape(JsonReader *r)
{
    long line = r->line;
    int col = r->col;
    advance(r); /* the backslash */
    int c = peek(r);
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *hit = c > 0 ? strchr(from, c) : NULL;
    if (hit && *hit) {
        sb_putc(&r->text, to[hit - from]);
        advance(r);
        return true;
    }
    if (c == 'u') {
        advance(r);
        return read_unicode_escape(r, line, col);
    }
    fail_at(r, line, col, "unknown escape (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)");
    return false;
}

/* A string at the reader's position (on its opening quote) into r->text. */
static bool read_string(JsonReader *r)
{
    long line = r->line;
    int col = r->col;
    sb_clear(&r->text);
    advance(r);
    for (;;) {
        int c = peek(r);
        if (c == '"') {
            advance(r);
            return true;
        }
        if (r->text.len > JSON_MAX_STRING) {
            fail_at(r, line, col, "string longer than %u bytes", JSON_MAX_STRING);
            return false;
        }
        if (c == NO_CHAR) {
            fail_at(r, line, col, "string is not closed (no \" before the end of the file)");
            return false;
        }
        if (c == '\\') {
            if (!read_escape(r)) return false;
        } else if (c < 0x20) {
            fail(r, "control character in a string (write it as \\n, \\t or \\u00XX)");
            return false;
        } else if (c < 0x80) {
            take(r, c);
        } else if (!read_utf8(r)) {
            return false;
        }
    }
}

/* What may follow a number or literal: whitespace, a comma, a bracket, EOF. */
static bool at_delimiter(JsonReader *r)
{
    int c = peek(r);
    return c == NO_CHAR || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' ||
           c == ']' || c == '}';
}

static bool read_digits(JsonReader *r, const char *after)
{
    if (!is_digit(peek(r))) {
        fail(r, "expected a digit after %s", after);
        return false;
    }
    while (is_digit(peek(r)) && r->text.len <= MAX_NUMBER) take(r, peek(r));
    return true;
}

/* RFC 8259: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)? */
static JsonEvent read_number(JsonReader *r)
{
    sb_clear(&r->text);
    if (peek(r) == '-') take(r, '-');
    if (peek(r) == '0') {
        take(r, '0');
        if (is_digit(peek(r))) return fail(r, "leading zeros are not allowed in JSON numbers");
    } else if (!read_digits(r, "-")) {
        return JSON_ERROR;
    }
    if (peek(r) == '.') {
        take(r, '.');
        if (!read_digits(r, "the decimal point")) return JSON_ERROR;
    }
    if (peek(r) == 'e' || peek(r) == 'E') {
        take(r, peek(r));
        if (peek(r) == '+' || peek(r) == '-') take(r, peek(r));
        if (!read_digits(r, "the exponent")) return JSON_ERROR;
    }
    if (r->text.len > MAX_NUMBER)
        return fail_at(r, r->tok_line, r->tok_col, "number longer than %d characters", MAX_NUMBER);
    if (!at_delimiter(r)) return fail(r, "unexpected character after a number");
    after_value(r);
    return JSON_NUMBER;
}

static JsonEvent read_literal(JsonReader *r, const char *word, JsonEvent ev)
{
    for (const char *p = word; *p; p++) {
        if (peek(r) != *p)
            return fail_at(r, r->tok_line, r->tok_col,
                           "expected a value (an object, array, string, number, true, false or null)");
        advance(r);
    }
    if (!at_delimiter(r)) return fail(r, "unexpected character after %s", word);
    after_value(r);
    return ev;
}

static JsonEvent open_container(JsonReader *r, char kind)
{
    if (r->depth == JSON_MAX_DEPTH) return fail(r, "nesting deeper than %d levels", JSON_MAX_DEPTH);
    r->stack[r->depth++] = kind;
    advance(r);
    r->expect = kind == 'o' ? EXP_KEY_OR_END : EXP_VALUE_OR_END;
    return kind == 'o' ? JSON_OBJECT : JSON_ARRAY;
}

static JsonEvent read_value(JsonReader *r)
{
    int c = peek(r);
    switch (c) {
    case '{': return open_container(r, 'o');
    case '[': return open_container(r, 'a');
    case '"':
        if (!read_string(r)) return JSON_ERROR;
        after_value(r);
        return JSON_STRING;
    case 't': return read_literal(r, "true", JSON_TRUE);
    case 'f': return read_literal(r, "false", JSON_FALSE);
    case 'n': return read_literal(r, "null", JSON_NULL);
    case NO_CHAR:
        if (r->depth == 0) return fail(r, "the file is empty (expected a JSON value)");
        return fail(r, "unexpected end of the file (expected a value)");
    default:
        if (c == '-' || is_digit(c)) return read_number(r);
        if (c == ']' || c == '}') return fail(r, "expected a value before %c (JSON allows no trailing comma)", c);
        return fail(r, "expected a value (an object, array, string, number, true, false or null)");
    }
}

static JsonEvent read_key(JsonReader *r)
{
    int c = peek(r);
    if (c != '"') {
        if (c == '}') return fail(r, "expected a key before } (JSON allows no trailing comma)");
        if (c == NO_CHAR) return fail(r, "unexpected end of the file (expected a key in double quotes)");
        return fail(r, "expected a key in double quotes");
    }
    if (!read_string(r)) return JSON_ERROR;
    skip_ws(r);
    if (peek(r) != ':') return fail(r, "expected : after the key");
    advance(r);
    r->expect = EXP_VALUE;
    return JSON_KEY;
}

/* After a value inside a container: ',' or the matching bracket. */
static JsonEvent comma_or_end(JsonReader *r)
{
    int c = peek(r);
    char kind = r->stack[r->depth - 1];
    if (c == ',') {
        advance(r);
        skip_ws(r);
        mark(r);
        if (kind == 'o') return read_key(r);
        r->expect = EXP_VALUE;
        return read_value(r);
    }
    if ((c == '}' && kind == 'o') || (c == ']' && kind == 'a')) {
        advance(r);
        r->depth--;
        after_value(r);
        return kind == 'o' ? JSON_OBJECT_END : JSON_ARRAY_END;
    }
    if (c == NO_CHAR) return fail(r, "unexpected end of the file (expected , or %c)", kind == 'o' ? '}' : ']');
    return fail(r, "expected , or %c after a value", kind == 'o' ? '}' : ']');
}

JsonEvent json_next(JsonReader *r)
{
    if (r->expect == EXP_DONE) return r->done;
    skip_ws(r);
    mark(r);
    int c = peek(r);
    switch (r->expect) {
    case EXP_EOF:
        if (c != NO_CHAR) return fail(r, "unexpected text after the end of the JSON value");
        return ferror(r->f) ? fail(r, "read error") : finish(r, JSON_EOF);
    case EXP_COMMA_OR_END: return comma_or_end(r);
    case EXP_KEY_OR_END:
    case EXP_VALUE_OR_END:
        /* An empty container closes just as after its last value. */
        if (c == (r->expect == EXP_KEY_OR_END ? '}' : ']')) return comma_or_end(r);
        return r->expect == EXP_KEY_OR_END ? read_key(r) : read_value(r);
    case EXP_KEY: return read_key(r);
    case EXP_VALUE: return read_value(r);
    case EXP_DONE: break;
    }
    return r->done;
}

const char *json_text(const JsonReader *r, size_t *len)
{
    if (len) *len = r->text.len;
    return sb_str(&r->text);
}

long json_line(const JsonReader *r) { return r->tok_line; }
int json_col(const JsonReader *r) { return r->tok_col; }
const char *json_error(const JsonReader *r) { return r->err ? r->err : "no error"; }

bool json_skip(JsonReader *r, JsonEvent ev)
{
    if (ev == JSON_KEY) ev = json_next(r);
    if (ev == JSON_ERROR) return false;
    if (ev != JSON_OBJECT && ev != JSON_ARRAY) return true;
    int depth = r->depth - 1;
    while (r->depth > depth) {
        if (json_next(r) == JSON_ERROR) return false;
    }
    return true;
}

const char *json_line_text(JsonReader *r, size_t *len)
{
    if (r->tok_line != r->line) return NULL;
    for (int c = peek(r); c != NO_CHAR && c != '\n' && !r->line_long; c = peek(r)) advance(r);
    if (r->line_long) return NULL;
    *len = r->linebuf.len;
    return sb_str(&r->linebuf);
}

const char *json_event_name(JsonEvent ev)
{
    switch (ev) {
    case JSON_ERROR: return "an error";
    case JSON_EOF: return "the end of the file";
    case JSON_OBJECT: return "an object";
    case JSON_OBJECT_END: return "}";
    case JSON_ARRAY: return "an array";
    case JSON_ARRAY_END: return "]";
    case JSON_KEY: return "a key";
    case JSON_STRING: return "a string";
    case JSON_NUMBER: return "a number";
    case JSON_TRUE: return "true";
    case JSON_FALSE: return "false";
    case JSON_NULL: return "null";
    }
    return "?";
}
