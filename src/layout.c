/* layout.c — the canonical layout of a plan, made from its tokens rather
 * than its AST. The lexer gives every token with its byte span, and what
 * lies between two tokens is white space and comments only; so each token
 * and each comment is copied exactly as written (keywords stay in the
 * language they were written in, numbers keep their decimal comma, strings
 * their escapes) and only the white space between them is chosen here. The
 * AST keeps neither comments nor spellings, and the little of the grammar
 * the layout needs (where a declaration, a field or a pair begins, which
 * brace opens which kind of block) reads off the tokens of a plan that
 * parsed.
 *
 * The rules: two spaces of indentation per block; one declaration, field,
 * status label or table pair per line (`;` separators become line breaks,
 * and so do the `,` between pairs); one space between tokens except none
 * inside brackets, before `,`, around `..`, after a unary minus and
 * between a name and its `(` or `[`; the cells of consecutive lines
 * aligned in columns: a target's expression, its `partly` bound and its
 * label; a status word and its label; a source field's name and its
 * arguments; a table's text and its `= "suffix"`; trailing comments of
 * consecutive lines; the `{` of a test's consecutive `data` lines, whose
 * series stays on its line (`{ 2019: 250,8; 2020: 253,2 }`) unless it is
 * long or holds a comment. Blank lines between declarations, fields and comments
 * are kept (one for any run of them), none at the start or end of a block.
 * A comment inside a field ends its line: the field goes on, indented two
 * steps more, on the next. */
#include "layout.h"
#include "parse.h"
#include "parser.h"
#include "lexer.h"
#include <stdlib.h>
#include <string.h>

/* A token (tok > 0) or a comment (tok == 0): its bytes in the source, and
 * the newlines between it and the element before. */
typedef struct Elem {
    int tok;
    uint32_t start, end;
    int nl;
} Elem;

typedef struct Elems {
    Elem *items;
    size_t n, cap;
} Elems;

/* Comments and newlines in the white space between two tokens; a `;` is
 * only a separator, so it is left out with its newlines kept. */
static void scan_gap(const char *t, uint32_t i, uint32_t end, Elems *v, int *nl)
{
    while (i < end) {
        if (t[i] == '\n') {
            (*nl)++;
            i++;
        } else if (t[i] == '#' || (t[i] == '/' && i + 1 < end && t[i + 1] == '/')) {
            uint32_t j = i;
            while (j < end && t[j] != '\n') j++;
            uint32_t k = j; /* trailing blanks and a CR are no part of it */
            while (k > i && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\r')) k--;
            VEC_PUSH(v->items, v->n, v->cap, ((Elem){0, i, k, *nl}));
            *nl = 0;
            i = j;
        } else {
            i++;
        }
    }
}

static Elems lex_elems(Program *prog, int32_t src)
{
    Elems v = {0};
    ParseState ps = {0};
    ps.prog = prog;
    ps.src = src;
    yyscan_t scanner;
    if (ska_yylex_init_extra(&ps, &scanner) != 0) return v;
    const Source *s = &prog->sources.items[src];
    YY_BUFFER_STATE buf = ska_yy_scan_bytes(s->text, (int)s->len, scanner);
    uint32_t pos = 0;
    int nl = 0;
    for (;;) {
        SKA_YYSTYPE val;
        SKA_YYLTYPE loc;
        int tok = ska_yylex(&val, &loc, scanner);
        scan_gap(s->text, pos, tok ? loc.start : (uint32_t)s->len, &v, &nl);
        if (!tok) break;
        pos = loc.end;
        if (tok == ';') continue;
        VEC_PUSH(v.items, v.n, v.cap, ((Elem){tok, loc.start, loc.end, nl}));
        nl = 0;
    }
    ska_yy_delete_buffer(buf, scanner);
    ska_yylex_destroy(scanner);
    sb_free(&ps.str);
    return v;
}

/* ---- lines ---- */

/* How a line lines up with its neighbours of the same kind and depth. */
typedef enum Align { AL_NONE, AL_TARGET, AL_LABEL, AL_FIELD, AL_PAIR, AL_DATA } Align;
enum { CELLS = 3 };

typedef struct Line {
    int indent;            /* in steps of two spaces */
    Align align;
    StrBuf cell[CELLS];    /* the code, in columns */
    int cur;               /* the cell being written */
    const char *comment;   /* a comment at its end, or the whole line's */
    uint32_t comment_len;
    bool blank, code;      /* an empty line; a line with code on it */
    StrBuf text;           /* the cells laid out */
} Line;

typedef enum Ctx { C_DECLS, C_FIELDS, C_LABELS, C_SFIELDS, C_TABLE, C_TEST } Ctx;

typedef struct Fmt {
    const char *src;
    Elems e;
    size_t i;              /* the next element */
    Line *lines;
    size_t n, cap;
    int prev[3];           /* the item's last tokens, latest first */
    bool line_start;       /* no token on the current line yet */
} Fmt;

static Line *add_line(Fmt *F, int indent, Align align)
{
    VEC_PUSH(F->lines, F->n, F->cap, ((Line){0}));
    Line *l = &F->lines[F->n - 1];
    l->indent = indent;
    l->align = align;
    F->line_start = true;
    return l;
}

static Line *last_line(Fmt *F) { return F->n ? &F->lines[F->n - 1] : NULL; }

static void blank_line(Fmt *F)
{
    Line *l = add_line(F, 0, AL_NONE);
    l->blank = true;
}

static void comment_line(Fmt *F, const Elem *c, int indent)
{
    Line *l = add_line(F, indent, AL_NONE);
    l->comment = F->src + c->start;
    l->comment_len = c->end - c->start;
}

/* A comment on the same line as the token before it stays at the end of
 * that token's line; any other comment gets a line of its own. */
static void put_comment(Fmt *F, const Elem *c, int own_indent)
{
    Line *l = last_line(F);
    if (c->nl == 0 && l && l->code && !l->comment) {
        l->comment = F->src + c->start;
        l->comment_len = c->end - c->start;
    } else {
        comment_line(F, c, own_indent);
    }
}

static bool operand_end(int t)
{
    return t == IDENT || t == NUMBER || t == STRING || t == PERIODLIT || t == DATE || t == ')' ||
           t == ']' || t == '%';
}

/* A minus that starts an operand: after an operator, a keyword, an opening
 * bracket, or the word of `scale points -10..10`. */
static bool unary_minus(const int prev[3])
{
    return prev[0] == '-' && (!operand_end(prev[1]) || prev[2] == SCALE);
}

static bool space_before(const int prev[3], int t)
{
    int p = prev[0];
    if (p == ':' || (p == DOTDOT && prev[1] == ':')) return true; /* `2020: ..` in a test */
    if (t == ')' || t == ']' || t == ',' || t == ':' || t == DOTDOT || p == DOTDOT || p == '(' ||
        p == '[' || p == '~')
        return false;
    if ((t == '(' || t == '[') && p == IDENT) return false;
    if (p == '{' && t == '}') return false;
    return !unary_minus(prev);
}

/* Token e after the tokens prev (latest first), with a space before it
 * where one goes and sep allows. */
static void join_tok(StrBuf *c, int prev[3], bool sep, const char *src, const Elem *e)
{
    if (sep && space_before(prev, e->tok)) sb_putc(c, ' ');
    sb_putn(c, src + e->start, e->end - e->start);
    prev[2] = prev[1];
    prev[1] = prev[0];
    prev[0] = e->tok;
}

static void put_tok(Fmt *F, const Elem *e)
{
    Line *l = last_line(F);
    StrBuf *c = &l->cell[l->cur];
    join_tok(c, F->prev, !F->line_start && c->len, F->src, e);
    l->code = true;
    F->line_start = false;
}

static void next_cell(Fmt *F, int cell)
{
    Line *l = last_line(F);
    if (l->align != AL_NONE && cell > l->cur) l->cur = cell;
}

/* ---- the walk over the elements ---- */

static Elem *peek(Fmt *F) { return F->i < F->e.n ? &F->e.items[F->i] : NULL; }

/* The next token at or after element i, skipping comments. */
static Elem *next_token(const Fmt *F, size_t i)
{
    while (i < F->e.n && F->e.items[i].tok == 0) i++;
    return i < F->e.n ? &F->e.items[i] : NULL;
}

/* The keywords that only ever stand inside a field or an expression. Any
 * other keyword begins a declaration or a field: so does one the language
 * gains later, and a new kind of block still gets one field per line. */
static bool inner_keyword(int t)
{
    return t == IS || t == BETTER || t == PARTLY || t == TO || t == EVERY || t == AT ||
           t == AND || t == OR || t == NOT;
}

/* Whether element e (after the token prev) begins the next item of a
 * block of kind ctx, or closes the block. A keyword right after `level`,
 * `scale`, `kind`, `every` or `language` is that field's word (`level
 * huvudman`); a source field's arguments are neither bare names nor
 * keywords, but for `kind WORD` and `= KEY`; a table's pair begins with a
 * string not after `=`; a test's field with `expect`, `period`,
 * `organiser` or `data NAME`. */
static bool starts_item(const Fmt *F, Ctx ctx, int prev, const Elem *e)
{
    int t = e->tok;
    if (t == '}') return true;
    bool keyword = keyword_lookup(F->src + e->start, e->end - e->start) != 0 && !inner_keyword(t);
    switch (ctx) {
    case C_DECLS:
        return keyword;
    case C_FIELDS:
        return keyword && prev != LEVEL && prev != SCALE && prev != KIND && prev != EVERY &&
               prev != LANGUAGE;
    case C_LABELS:
        return t != STRING;
    case C_SFIELDS:
        return (t == IDENT || (keyword && t != KIND)) && prev != KIND && prev != '=';
    case C_TABLE:
        return t == ',' || (t == STRING && prev != '=');
    case C_TEST: { /* `data` ends the status "ingen data" unless a name follows */
        const Elem *n = next_token(F, (size_t)(e - F->e.items) + 1);
        return t == EXPECT || t == PERIOD || t == ORGANISER || (t == DATA && n && n->tok == IDENT);
    }
    }
    return false;
}

static Align align_of(Ctx ctx, int first)
{
    switch (ctx) {
    case C_FIELDS: return first == TARGET ? AL_TARGET : AL_NONE;
    case C_LABELS: return AL_LABEL;
    case C_SFIELDS: return AL_FIELD;
    case C_TABLE: return AL_PAIR;
    case C_TEST: return first == DATA ? AL_DATA : AL_NONE;
    default: return AL_NONE;
    }
}

static Ctx block_of(Ctx ctx, int head)
{
    if (ctx == C_SFIELDS) return C_TABLE;
    switch (head) {
    case AREA: return C_DECLS;
    case STATUSES: return C_LABELS;
    case SOURCE: return C_SFIELDS;
    case TEST: return C_TEST;
    default: return C_FIELDS;
    }
}

static void body(Fmt *F, Ctx ctx, int indent);

/* `{`, the block's items one step in, `}`. Comments written between the
 * header and its `{` come right after the brace. */
static void block(Fmt *F, Ctx ctx, int indent, size_t comments_from)
{
    size_t brace = F->i;
    put_tok(F, &F->e.items[brace]);
    size_t lines_before = F->n;
    for (size_t k = comments_from; k < brace; k++) put_comment(F, &F->e.items[k], indent + 1);
    F->i = brace + 1;
    body(F, ctx, indent + 1);
    Elem *close = peek(F);
    if (!close) return;
    /* a table's `}` takes no part in its field's alignment but does not
     * break it either */
    if (F->n > lines_before || last_line(F)->comment) add_line(F, indent, ctx == C_TABLE ? AL_FIELD : AL_NONE);
    put_tok(F, close);
    F->i++;
}

static size_t width(const StrBuf *sb) { return utf8_width(sb->data ? sb->data : "", sb->len); }

/* A test's data series, from its `{` to its `}`: on the line of its
 * `data` as `{ 2019: 250,8; 2020: 253,2 }` (the entries apart by `; `) if
 * that fits in SERIES_WIDTH columns and no comment is inside, else one
 * entry per line. An entry begins with the token before its `:`. Comments
 * written between the name and the `{` come right after the brace. */
enum { SERIES_WIDTH = 100 };
static void series(Fmt *F, int indent, size_t comments_from)
{
    size_t brace = F->i, close = brace + 1;
    bool comments = comments_from < brace;
    for (; close < F->e.n && F->e.items[close].tok != '}'; close++) comments |= F->e.items[close].tok == 0;
    if (close == F->e.n) close--; /* unreachable in a plan that parsed */
    Line *l = last_line(F);
    StrBuf one = {0};
    int prev[3] = {0};
    for (size_t k = brace; k <= close; k++) {
        if (k > brace + 1 && k + 1 < close && F->e.items[k + 1].tok == ':') sb_putc(&one, ';');
        join_tok(&one, prev, k > brace, F->src, &F->e.items[k]);
    }
    if (!comments && 2 * (size_t)indent + width(&l->cell[0]) + 1 + width(&one) <= SERIES_WIDTH) {
        next_cell(F, 1);
        if (l->cell[l->cur].len) sb_putc(&l->cell[l->cur], ' ');
        sb_putn(&l->cell[l->cur], one.data, one.len);
        memcpy(F->prev, prev, sizeof prev);
    } else {
        l->align = AL_NONE;
        put_tok(F, &F->e.items[brace]);
        for (size_t k = comments_from; k < brace; k++) put_comment(F, &F->e.items[k], indent + 1);
        for (size_t k = brace + 1; k < close; k++) {
            const Elem *e = &F->e.items[k];
            if (e->tok == 0) {
                put_comment(F, e, indent + 1);
                continue;
            }
            if (k + 1 < close && F->e.items[k + 1].tok == ':') add_line(F, indent + 1, AL_NONE);
            put_tok(F, e);
        }
        add_line(F, indent, AL_NONE);
        put_tok(F, &F->e.items[close]);
    }
    sb_free(&one);
    F->i = close + 1;
}

/* A block or, in a test, a data series, opened by the `{` at F->i. */
static void open_block(Fmt *F, Ctx ctx, int head, int indent, size_t comments_from)
{
    if (ctx == C_TEST) series(F, indent, comments_from);
    else block(F, block_of(ctx, head), indent, comments_from);
}

/* One declaration, field, label or pair: its tokens on one line, unless a
 * comment inside it ends the line. */
static void item(Fmt *F, Ctx ctx, int indent)
{
    Elem *first = &F->e.items[F->i++];
    add_line(F, indent, align_of(ctx, first->tok));
    size_t first_line = F->n - 1;
    F->prev[0] = F->prev[1] = F->prev[2] = 0;
    put_tok(F, first);
    if (ctx == C_LABELS || ctx == C_SFIELDS) next_cell(F, 1);
    bool cont = false;
    int depth = 0;
    for (Elem *e; (e = peek(F));) {
        if (e->tok == 0) {
            size_t from = F->i;
            Elem *t = next_token(F, from);
            if (!t || starts_item(F, ctx, F->prev[0], t)) return;
            if (t->tok == '{') { /* comments before a block's brace */
                F->i = (size_t)(t - F->e.items);
                open_block(F, ctx, first->tok, indent, from);
                if (ctx == C_DECLS) return;
                continue;
            }
            put_comment(F, e, indent + 2);
            F->i++;
            cont = true;
            continue;
        }
        if (starts_item(F, ctx, F->prev[0], e)) return;
        if (e->tok == '{') {
            open_block(F, ctx, first->tok, indent, F->i);
            if (ctx == C_DECLS) return;
            continue;
        }
        if (cont) { /* a comment broke the item: it goes on below */
            F->lines[first_line].align = AL_NONE;
            add_line(F, indent + 2, AL_NONE);
            cont = false;
        }
        if (e->tok == '(' || e->tok == '[') depth++;
        if (e->tok == ')' || e->tok == ']') depth--;
        if (depth == 0 && ctx == C_FIELDS && e->tok == PARTLY) next_cell(F, 1);
        if (depth == 0 && ctx == C_FIELDS && e->tok == STRING && operand_end(F->prev[0])) next_cell(F, 2);
        if (ctx == C_TABLE && e->tok == '=') next_cell(F, 1);
        put_tok(F, e);
        F->i++;
    }
}

/* The items of a block (or of the file) up to its `}`, which is left for
 * the caller; blank lines kept between items, none before the first. */
static void body(Fmt *F, Ctx ctx, int indent)
{
    bool first = true;
    int carry = 0; /* newlines before a dropped `,` */
    for (Elem *e; (e = peek(F)) && e->tok != '}';) {
        e->nl += carry;
        carry = 0;
        if (ctx == C_TABLE && e->tok == ',') {
            carry = e->nl;
            F->i++;
            continue;
        }
        bool own_line = e->tok != 0 || e->nl > 0 || !last_line(F) || !last_line(F)->code;
        if (own_line && !first && e->nl >= 2) blank_line(F);
        if (e->tok == 0) {
            put_comment(F, e, indent);
            F->i++;
        } else {
            item(F, ctx, indent);
        }
        if (own_line) first = false;
    }
}

/* ---- alignment ---- */

static void pad(StrBuf *sb, size_t from, size_t to)
{
    for (; from < to; from++) sb_putc(sb, ' ');
}

/* Whether cell c of line l has something after it, so that it is padded. */
static bool padded(const Line *l, int c)
{
    for (int d = c + 1; d < CELLS; d++)
        if (l->cell[d].len) return true;
    return false;
}

/* Lays out the cells of the lines run[0..n), which align together: a
 * column as wide as its widest cell that has something after it; a column
 * empty in every line takes no room. */
static void lay_out(Fmt *F, const size_t *run, size_t n, const size_t w[CELLS])
{
    bool used[CELLS] = {false};
    for (size_t r = 0; r < n; r++)
        for (int c = 0; c < CELLS; c++) used[c] |= F->lines[run[r]].cell[c].len > 0;
    for (size_t r = 0; r < n; r++) {
        Line *l = &F->lines[run[r]];
        for (int c = 0; c < CELLS; c++) {
            if (!used[c] || (!l->cell[c].len && !padded(l, c))) continue;
            if (l->text.len) sb_putc(&l->text, ' ');
            sb_putn(&l->text, l->cell[c].data ? l->cell[c].data : "", l->cell[c].len);
            if (padded(l, c)) pad(&l->text, width(&l->cell[c]), w[c]);
        }
    }
}

/* Splits a run into groups aligned together, in order: a line that could
 * leave more than MAX_PAD spaces of padding in a line of the group (a short
 * target beside a long one) starts a new group. The bound is the sum over
 * the columns of the widest cell less the narrowest. */
enum { MAX_PAD = 20 };
static void align_run(Fmt *F, const size_t *run, size_t n)
{
    for (size_t start = 0, end; start < n; start = end) {
        size_t w[CELLS] = {0}, lo[CELLS];
        for (int c = 0; c < CELLS; c++) lo[c] = SIZE_MAX;
        for (end = start; end < n; end++) {
            const Line *l = &F->lines[run[end]];
            size_t w2[CELLS], lo2[CELLS];
            size_t spread = 0;
            for (int c = 0; c < CELLS; c++) {
                w2[c] = w[c], lo2[c] = lo[c];
                if (padded(l, c)) {
                    size_t cw = width(&l->cell[c]);
                    if (cw > w2[c]) w2[c] = cw;
                    if (cw < lo2[c]) lo2[c] = cw;
                }
                if (lo2[c] != SIZE_MAX) spread += w2[c] - lo2[c];
            }
            if (spread > MAX_PAD && end > start) break;
            memcpy(w, w2, sizeof w);
            memcpy(lo, lo2, sizeof lo);
        }
        lay_out(F, run + start, end - start, w);
    }
}

/* Runs of lines of one kind at one depth, with nothing but deeper lines (a
 * source field's table) between them, are aligned together. */
static void align_all(Fmt *F)
{
    size_t *run = xmalloc((F->n + 1) * sizeof *run);
    bool *done = xcalloc(F->n + 1, sizeof *done);
    for (size_t i = 0; i < F->n; i++) {
        Line *l = &F->lines[i];
        if (done[i] || !l->code) continue;
        size_t n = 0;
        run[n++] = i;
        done[i] = true;
        if (l->align != AL_NONE)
            for (size_t k = i + 1; k < F->n; k++) {
                Line *m = &F->lines[k];
                if (m->blank) break;
                if (m->indent > l->indent) continue;
                if (m->indent < l->indent || m->align != l->align || !m->code) break;
                run[n++] = k;
                done[k] = true;
            }
        align_run(F, run, n);
    }
    free(done);
    free(run);
}

/* A line that opens a block or closes one: its comment lines up with
 * no other. */
static bool brace_line(const Line *l)
{
    return l->text.len && (l->text.data[l->text.len - 1] == '{' || l->text.data[0] == '}');
}

/* Writes the lines; trailing comments of consecutive lines of code at one
 * depth start in one column. */
static void emit(Fmt *F, StrBuf *out)
{
    for (size_t i = 0; i < F->n;) {
        size_t j = i + 1, col = 0;
        Line *l = &F->lines[i];
        if (l->code && l->comment) {
            col = width(&l->text);
            for (; j < F->n && !brace_line(l); j++) {
                Line *m = &F->lines[j];
                if (!m->code || !m->comment || m->indent != l->indent || brace_line(m)) break;
                if (width(&m->text) > col) col = width(&m->text);
            }
        }
        for (size_t k = i; k < j; k++) {
            Line *m = &F->lines[k];
            if (!m->blank) pad(out, 0, 2 * (size_t)m->indent);
            sb_putn(out, m->text.data ? m->text.data : "", m->text.len);
            if (m->comment) {
                if (m->code) pad(out, width(&m->text), col), sb_putc(out, ' ');
                sb_putn(out, m->comment, m->comment_len);
            }
            sb_putc(out, '\n');
        }
        i = j;
    }
}

void layout_source(Program *prog, int32_t src, StrBuf *out)
{
    Fmt F = {0};
    F.src = prog->sources.items[src].text;
    F.e = lex_elems(prog, src);
    body(&F, C_DECLS, 0);
    align_all(&F);
    emit(&F, out);
    for (size_t i = 0; i < F.n; i++) {
        for (int c = 0; c < CELLS; c++) sb_free(&F.lines[i].cell[c]);
        sb_free(&F.lines[i].text);
    }
    free(F.lines);
    free(F.e.items);
}

/* The next element at or after i of one kind, tokens or comments, that
 * the layout must keep: any but `,`. */
static size_t kept(const Elems *v, size_t i, bool comments)
{
    while (i < v->n && (v->items[i].tok == ',' || (v->items[i].tok == 0) != comments)) i++;
    return i;
}

/* Tokens and comments are compared apart: a comment between a header and
 * its `{` moves after the brace. */
static bool same_kind(const Elems *x, const char *tx, const Elems *y, const char *ty, bool comments)
{
    size_t i = kept(x, 0, comments), j = kept(y, 0, comments);
    for (; i < x->n && j < y->n; i = kept(x, i + 1, comments), j = kept(y, j + 1, comments)) {
        const Elem *p = &x->items[i], *q = &y->items[j];
        if (p->tok != q->tok || p->end - p->start != q->end - q->start ||
            memcmp(tx + p->start, ty + q->start, p->end - p->start) != 0)
            return false;
    }
    return i == x->n && j == y->n;
}

bool layout_same(Program *a, int32_t sa, Program *b, int32_t sb)
{
    Elems x = lex_elems(a, sa), y = lex_elems(b, sb);
    const char *tx = a->sources.items[sa].text, *ty = b->sources.items[sb].text;
    bool same = same_kind(&x, tx, &y, ty, false) && same_kind(&x, tx, &y, ty, true);
    free(x.items);
    free(y.items);
    return same;
}
