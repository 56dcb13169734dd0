/* json.h — a small, strict, streaming (pull) JSON reader.
 * Reads RFC 8259 JSON from a FILE through a fixed buffer, one event at a time,
 * so memory stays bounded by the longest string, never by the file. It checks
 * everything as it goes — structure, commas and colons, escapes, UTF-8, the
 * number grammar, nothing after the top-level value — and stops at the first
 * error with its line and column. It builds no tree and converts no numbers:
 * callers get a number's text as written and convert it themselves. */
#ifndef SKA_JSON_H
#define SKA_JSON_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Nesting deeper than this is an error (it bounds the reader's stack). */
#define JSON_MAX_DEPTH 64
/* Strings (and keys) longer than this many bytes are an error. */
#define JSON_MAX_STRING (1u << 20)
/* Lines longer than this are not echoed in error messages. */
#define JSON_MAX_LINE 512

typedef enum JsonEvent {
    JSON_ERROR, JSON_EOF,
    JSON_OBJECT, JSON_OBJECT_END, JSON_ARRAY, JSON_ARRAY_END,
    JSON_KEY, JSON_STRING, JSON_NUMBER, JSON_TRUE, JSON_FALSE, JSON_NULL
} JsonEvent;

typedef struct JsonReader JsonReader;

/* Starts reading f (borrowed; the caller closes it). A UTF-8 byte-order mark
 * at the start is skipped. */
JsonReader *json_reader_new(FILE *f);
void json_reader_free(JsonReader *r);

/* The next event. After JSON_ERROR or JSON_EOF every call returns the same. */
JsonEvent json_next(JsonReader *r);

/* Text of the last JSON_KEY or JSON_STRING (unescaped UTF-8, never containing
 * a NUL byte) or JSON_NUMBER (as written). NUL-terminated, owned by the
 * reader, valid until the next call. *len may be NULL. */
const char *json_text(const JsonReader *r, size_t *len);

/* Where the last event's token starts, or after JSON_ERROR where the error is:
 * line 1-based, column 1-based and counted in characters. */
long json_line(const JsonReader *r);
int json_col(const JsonReader *r);

/* After JSON_ERROR: what is wrong and what was expected. */
const char *json_error(const JsonReader *r);

/* Skips the value that began with ev (the event just returned): for
 * JSON_OBJECT / JSON_ARRAY reads through the matching end. Returns false on a
 * syntax error. */
bool json_skip(JsonReader *r, JsonEvent ev);

/* The text of the line holding the last token, to show under an error
 * message: reads on to that line's end (so call it only when stopping).
 * NULL when the line is longer than JSON_MAX_LINE or input has moved past it. */
const char *json_line_text(JsonReader *r, size_t *len);

/* "an object", "a number", ... for messages. */
const char *json_event_name(JsonEvent ev);

/* The UTF-8 rules (RFC 3629) strings are checked against, shared with the
 * CSV reader: for a lead byte c, the number of continuation bytes (1-3) and
 * the range the first of them must fall in (later ones are 0x80-0xBF), which
 * excludes overlong forms, surrogates and code points past U+10FFFF.
 * Returns 0 when c cannot start a multi-byte character. */
int json_utf8_lead(unsigned char c, unsigned char *lo, unsigned char *hi);

#endif
