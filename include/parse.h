/* parse.h — turning plan text into a Program: the parse state the grammar
 * actions see, the keyword table shared by the lexer and the REPL's
 * completion, and the driver that parses a file and the modules it `use`s. */
#ifndef SKA_PARSE_H
#define SKA_PARSE_H
#include "ast.h"

typedef enum DeclKind { D_NONE, D_PLAN, D_INDICATOR, D_GOAL, D_MEASURE, D_RULE, D_UNIT, D_SOURCE } DeclKind;

/* A period or a calendar date, as written after from/to/at. */
typedef struct When { Period period; int32_t date; } When;

struct ParseState {
    Program *prog;
    int32_t src;          /* index of the source being parsed */
    DeclKind cur_kind;    /* the declaration whose block is open */
    void *cur;
    const char *area;     /* enclosing `area "…" { }` block, or NULL */
    bool repl;            /* parsing one REPL input: expression or declaration */
    Expr *repl_expr;      /* the expression typed at the prompt, if any */
    int start_token;      /* first token handed to the parser (see lexer.l) */
    /* lexer state */
    uint32_t offset;      /* byte offset of the next token */
    StrBuf str;           /* the string literal being read */
    uint32_t str_start;   /* offset of its opening quote */
    size_t read; /* bytes of the text handed to the scanner (lex_input) */
};

/* Lexer helpers (parse.c): each reports bad input as a diagnostic and
 * returns a usable value so scanning goes on. */
double lex_number(ParseState *ps, SrcLoc loc, const char *text, size_t len);
Period lex_year(ParseState *ps, SrcLoc loc, double v);
Period lex_period(ParseState *ps, SrcLoc loc, const char *text, size_t len);
int32_t lex_date(ParseState *ps, SrcLoc loc, const char *text);
void lex_string_begin(ParseState *ps);
void lex_string_add(ParseState *ps, const char *s, size_t n);
const char *lex_string_end(ParseState *ps, SrcLoc *loc);
const char *lex_string_unterminated(ParseState *ps, SrcLoc *loc);
void lex_string_bad_escape(ParseState *ps, SrcLoc loc);
void lex_bad_char(ParseState *ps, SrcLoc loc, const char *text);
/* Fills the scanner's buffer (YY_INPUT) with up to max bytes of the source. */
size_t lex_input(ParseState *ps, char *buf, size_t max);

/* Keywords: several spellings (English and Swedish) map to one token. */
typedef struct Keyword { const char *word; int token; } Keyword;
extern const Keyword keywords[];
extern const int keyword_count;
int keyword_lookup(const char *s, size_t n); /* token, or 0 if none */

/* Parses the file at path (and, transitively, the modules it uses) into prog.
 * Errors go to prog->diags. Returns false if the file could not be read. */
bool parse_file(Program *prog, const char *path);
/* Reads a plan or module: a regular file (opened without blocking, so a
 * FIFO or a device is refused, not waited on or read for ever), or
 * standard input when path is NULL, of at most 64 MiB, read to its end
 * whatever size it claims (/proc files claim 0), without NUL bytes.
 * Returns the text, NUL-terminated, or NULL with a reason in *why (static
 * text, or strerror); the caller frees the text. */
char *parse_read_plan(const char *path, size_t *len, const char **why);
/* Parses text (malloc'ed, len bytes, taken over) named `name` as a plan on
 * its own: its syntax, not the modules it uses (`ska fmt`). Errors go to
 * prog->diags; returns the index of its source. */
int32_t parse_text(Program *prog, const char *name, char *text, size_t len);
/* Parses the module `name` found as `use "name"` would find it from the
 * current directory (the stdlib's modules, for `ska import`). */
bool parse_module(Program *prog, const char *name);
/* Parses text (NUL-terminated, copied) named `name`, whose first line is
 * line first_line of what the user typed, as one REPL input:
 * declarations, or a single expression returned in *expr (NULL if the input
 * held declarations). Returns false on syntax errors; *incomplete is set when
 * the input ended inside an open construct. */
bool parse_repl_input(Program *prog, const char *name, int first_line, const char *text,
                      Expr **expr, bool *incomplete);

/* Grammar-side helpers (ast.c). */
void ast_begin(ParseState *ps, DeclKind k, SrcLoc loc, const char *name, const char *title);
void ast_end(ParseState *ps);
void ast_area_begin(ParseState *ps, SrcLoc loc, const char *name);
void ast_area_end(ParseState *ps, const char *outer);
void ast_text(ParseState *ps, SrcLoc loc, int key_token, const char *text);
void ast_period_field(ParseState *ps, SrcLoc loc, When w);
void ast_scale(ParseState *ps, SrcLoc loc, const char *word, SrcLoc wloc, Expr *lo, Expr *hi);
void ast_direction(ParseState *ps, SrcLoc loc, Direction d);
void ast_level(ParseState *ps, SrcLoc loc, const char *word);
void ast_scale_begin(ParseState *ps, SrcLoc loc, const char *name, const char *title);
void ast_scale_label(ParseState *ps, SrcLoc loc, const char *word, const char *label);
void ast_assessed(ParseState *ps, SrcLoc loc, const char *word, const char *note);
void ast_formula(ParseState *ps, SrcLoc loc, Expr *e);
void ast_target(ParseState *ps, SrcLoc loc, Expr *e, int partly_op, Expr *partly, const char *label);
void ast_goal_refs(ParseState *ps, SrcLoc loc, List *names);
NameRef *ast_name(ParseState *ps, SrcLoc loc, const char *name);
void ast_span(ParseState *ps, SrcLoc loc, When from, When to);
void ast_cost(ParseState *ps, SrcLoc loc, double amount, const char *unit, SrcLoc uloc);
void ast_expect(ParseState *ps, SrcLoc loc, Expr *e);
void ast_followup(ParseState *ps, SrcLoc loc, const char *method, const char *every,
                  SrcLoc eloc, List *dates);
void ast_scope(ParseState *ps, SrcLoc loc, const char *kind_word);
void ast_condition(ParseState *ps, SrcLoc loc, int key_token, Expr *e);
void ast_let(ParseState *ps, SrcLoc loc, const char *name, Expr *e);
void ast_set(ParseState *ps, SrcLoc loc, const char *name, const char *title, List *members);
void ast_use(ParseState *ps, SrcLoc loc, const char *path);
void ast_language(ParseState *ps, SrcLoc loc, const char *word);
void ast_coverage(ParseState *ps, SrcLoc loc, double percent);
When *ast_when(ParseState *ps, When w);
void parse_error(ParseState *ps, SrcLoc loc, bool incomplete, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
