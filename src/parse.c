/* parse.c — the keyword table, the lexer's helpers and the parse driver:
 * reading a plan file, running the grammar over it, then the modules it
 * `use`s (each file once). Module paths are searched next to the file that
 * uses them and in the directories above it, then in $SKA_PATH
 * (colon-separated), then next to the ska binary and its parent directory,
 * then the installed stdlib, found from the binary too (BIN/../share/ska):
 * no install prefix is compiled in, so `make install PREFIX=… DESTDIR=…`
 * after a plain `make` gives a ska that finds its stdlib wherever it lands. */
#include "parse.h"
#include "parser.h"
#include "lexer.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const Keyword keywords[] = {
    {"plan", PLAN},
    {"organiser", ORGANISER}, {"organizer", ORGANISER}, {"huvudman", ORGANISER},
    {"period", PERIOD},
    {"unit", UNIT}, {"enhet", UNIT},
    {"indicator", INDICATOR}, {"indikator", INDICATOR},
    {"scale", SCALE}, {"skala", SCALE},
    {"higher", HIGHER}, {"högre", HIGHER},
    {"lower", LOWER}, {"lägre", LOWER},
    {"is", IS}, {"är", IS},
    {"better", BETTER}, {"bättre", BETTER},
    {"source", SOURCE}, {"källa", SOURCE},
    {"goal", GOAL}, {"goals", GOAL}, {"mål", GOAL},
    {"area", AREA}, {"område", AREA},
    {"owner", OWNER}, {"ansvarig", OWNER},
    {"level", LEVEL}, {"nivå", LEVEL},
    {"target", TARGET}, {"målvärde", TARGET},
    {"partly", PARTLY}, {"delvis", PARTLY},
    {"measure", MEASURE}, {"insats", MEASURE}, {"åtgärd", MEASURE},
    {"from", FROM}, {"från", FROM},
    {"to", TO}, {"till", TO},
    {"cost", COST}, {"kostnad", COST},
    {"resources", RESOURCES}, {"resurser", RESOURCES},
    {"expect", EXPECT}, {"effekt", EXPECT}, {"förvänta", EXPECT},
    {"followup", FOLLOWUP}, {"uppföljning", FOLLOWUP},
    {"every", EVERY}, {"each", EVERY}, {"varje", EVERY},
    {"at", AT}, {"vid", AT},
    {"rule", RULE}, {"regel", RULE},
    {"for", FOR}, {"för", FOR},
    {"when", WHEN}, {"när", WHEN},
    {"require", REQUIRE}, {"krav", REQUIRE},
    {"use", USE}, {"använd", USE},
    {"let", LET}, {"låt", LET},
    {"and", AND}, {"och", AND},
    {"or", OR}, {"eller", OR},
    {"not", NOT}, {"inte", NOT},
    {"description", DESCRIPTION}, {"beskrivning", DESCRIPTION},
    {"code", CODE}, {"kod", CODE},
    {"kind", KIND}, {"typ", KIND},
    {"parent", PARENT}, {"tillhör", PARENT},
    {"language", LANGUAGE}, {"språk", LANGUAGE},
    {"assessed", ASSESSED}, {"bedömning", ASSESSED},
    {"statuses", STATUSES}, {"statusskala", STATUSES},
    {"coverage", COVERAGE}, {"täckning", COVERAGE},
    {"set", SET}, {"mängd", SET},
    {"test", TEST}, {"data", DATA},
};
const int keyword_count = (int)(sizeof keywords / sizeof keywords[0]);

/* Every identifier the lexer reads is looked up here, so the table is
 * hashed once (plans of 100 000 goals are parsed in the benchmark). */
int keyword_lookup(const char *s, size_t n)
{
    static StrMap map;
    static int tokens[sizeof keywords / sizeof keywords[0]];
    if (!map.n)
        for (int i = 0; i < keyword_count; i++) {
            tokens[i] = keywords[i].token;
            strmap_put(&map, keywords[i].word, &tokens[i]);
        }
    char word[32];
    if (n >= sizeof word) return 0; /* longer than any keyword */
    memcpy(word, s, n);
    word[n] = 0;
    const int *tok = strmap_get(&map, word);
    return tok ? *tok : 0;
}

void parse_error(ParseState *ps, SrcLoc loc, bool incomplete, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *g = diag_vadd(&ps->prog->diags, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
    if (g && incomplete) g->incomplete = true;
}

/* ---- lexer helpers ---- */

/* Reads a literal of any length exactly (correctly rounded), the decimal
 * comma as a point; one beyond the range of a double is an error, not
 * infinity or a silent 0. */
double lex_number(ParseState *ps, SrcLoc loc, const char *text, size_t len)
{
    char small[64]; /* a plan has millions of numbers: no malloc for the usual ones */
    char *buf = len < sizeof small ? small : xmalloc(len + 1);
    memcpy(buf, text, len);
    buf[len] = 0;
    for (char *c = buf; *c; c++)
        if (*c == ',') *c = '.';
    errno = 0;
    double v = strtod(buf, NULL);
    bool out_of_range = errno == ERANGE; /* beyond 1.8e308, or below 2.2e-308 */
    if (buf != small) free(buf);
    if (!out_of_range) return v;
    parse_error(ps, loc, false, v < 1 ? "number too small to tell from 0 (the smallest is about 2.2e-308)"
                                      : "number too large (the largest is about 1.8e308)");
    return 0;
}

Period lex_year(ParseState *ps, SrcLoc loc, double v)
{
    /* the range first: casting a huge double to int is undefined */
    if (v < PERIOD_MIN_YEAR || v > PERIOD_MAX_YEAR || v != (int)v) {
        StrBuf text = {0};
        /* the number as written; as read when the file changed meanwhile */
        if (!src_read(&ps->prog->sources.items[loc.src], loc.start, loc.end, &text)) sb_printf(&text, "%g", v);
        parse_error(ps, loc, false,
                    "'%s' is not a period (expected a year such as 2018, a school year "
                    "such as 2018/19 or a term such as ht2020)", sb_str(&text));
        sb_free(&text);
        return 0;
    }
    return period_year((int)v);
}

Period lex_period(ParseState *ps, SrcLoc loc, const char *text, size_t len)
{
    Period p = 0;
    if (!period_parse(text, len, &p))
        parse_error(ps, loc, false,
                    "'%.*s' is not a period (a school year is two consecutive years: "
                    "2018/19; terms are ht2020 or vt2021)", (int)len, text);
    return p;
}

int32_t lex_date(ParseState *ps, SrcLoc loc, const char *text)
{
    int y = atoi(text), m = atoi(text + 5), d = atoi(text + 8);
    if (!period_date_valid(y, m, d)) {
        parse_error(ps, loc, false, "'%.10s' is not a valid date (expected YYYY-MM-DD)", text);
        return 0;
    }
    return y * 10000 + m * 100 + d;
}

void lex_string_begin(ParseState *ps)
{
    sb_clear(&ps->str);
    ps->str_start = ps->offset - 1;
}

void lex_string_add(ParseState *ps, const char *s, size_t n) { sb_putn(&ps->str, s, n); }

const char *lex_string_end(ParseState *ps, SrcLoc *loc)
{
    loc->start = ps->str_start;
    return arena_intern(ps->prog->arena, sb_str(&ps->str), ps->str.len);
}

const char *lex_string_unterminated(ParseState *ps, SrcLoc *loc)
{
    SrcLoc at = {ps->src, ps->str_start, ps->str_start + 1};
    parse_error(ps, at, loc->end >= ps->prog->sources.items[ps->src].len,
                "unterminated string (expected a closing \" on the same line)");
    return lex_string_end(ps, loc);
}

void lex_string_bad_escape(ParseState *ps, SrcLoc loc)
{
    parse_error(ps, loc, false, "unknown escape in string (expected \\\" \\\\ \\n or \\t)");
}

/* text is one character: an ASCII one, a whole UTF-8 sequence, or a byte
 * that starts no valid sequence. */
void lex_bad_char(ParseState *ps, SrcLoc loc, const char *text)
{
    unsigned char c = (unsigned char)text[0];
    size_t n = strlen(text);
    if (n > 1 && (strcmp(text, "\u201c") == 0 || strcmp(text, "\u201d") == 0 ||
                  strcmp(text, "\u201e") == 0 || strcmp(text, "\u00ab") == 0 ||
                  strcmp(text, "\u00bb") == 0))
        parse_error(ps, loc, false, "unexpected character '%s' (strings are written in straight "
                                    "quotes: \"…\")", text);
    else if (n > 1 || (c >= 0x20 && c < 0x7f))
        parse_error(ps, loc, false, "unexpected character '%s'", text);
    else if (c >= 0x80)
        parse_error(ps, loc, false, "unexpected byte 0x%02x (a plan is UTF-8 text)", c);
    else
        parse_error(ps, loc, false, "unexpected control character 0x%02x", c);
}

/* ---- driver ---- */

int ska_yyparse(void *scanner, ParseState *ps);

/* Runs the grammar over source `src` starting with `start` (START_PLAN or
 * START_REPL). Returns true when no new errors were reported. */
static bool run_parser(Program *prog, int32_t src, int start, ParseState *ps)
{
    int errors_before = prog->diags.errors;
    ps->prog = prog;
    ps->src = src;
    ps->start_token = start;
    yyscan_t scanner;
    if (ska_yylex_init_extra(ps, &scanner) != 0) return false;
    ska_yyparse(scanner, ps);
    ska_yylex_destroy(scanner);
    sb_free(&ps->str);
    return prog->diags.errors == errors_before;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A module is a readable file; a directory of that name is not one. */
static bool file_exists(const char *path) { return access(path, R_OK) == 0 && !is_dir(path); }

enum { PARSE_MAX_BYTES = 64 << 20 };

/* Opens path (standard input when NULL) and reads it to its end, checking
 * that it may be a plan, into *text unless text is NULL. Returns the open
 * descriptor, or -1 with the reason in *why.
 * The text is read into memory, not mapped: a mapped file that an editor
 * truncates while ska runs (a REPL session is open for hours) kills the
 * process with SIGBUS when a message or a target's text reads a line
 * again, and one rewritten in place would show text that was not judged. */
static int read_plan(const char *path, StrBuf *text, size_t *len, const char **why)
{
    /* standard input (`ska fmt -`) may be a pipe: it is read as it is */
    int fd = path ? open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : dup(STDIN_FILENO);
    if (fd < 0) {
        *why = strerror(errno);
        return -1;
    }
    struct stat st;
    const char *too_large = "it is larger than 64 MiB (no plan is)";
    *why = fstat(fd, &st) != 0 ? strerror(errno)
         : S_ISDIR(st.st_mode) ? "it is a directory"
         : !S_ISREG(st.st_mode) && path ? "it is not a regular file (a plan is a file)"
         : st.st_size > PARSE_MAX_BYTES ? too_large
         : NULL;
    /* sized once by what the file claims, so a large plan is not copied
     * as its buffer grows; a file that grows meanwhile, or a /proc file
     * claiming 0 bytes, is read to its end all the same */
    if (text && !*why && st.st_size > 0) grow_array((void **)&text->data, &text->cap, (size_t)st.st_size + 1, 1);
    char buf[65536];
    size_t total = 0;
    while (!*why) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) *why = strerror(errno);
        else if (n == 0) break;
        else if (total + (size_t)n > PARSE_MAX_BYTES) *why = too_large;
        else if (memchr(buf, 0, (size_t)n)) *why = "it holds NUL bytes, so it is no plan (a plan is UTF-8 text)";
        else if (text) sb_putn(text, buf, (size_t)n);
        total += n > 0 ? (size_t)n : 0;
    }
    if (*why) {
        close(fd);
        if (text) sb_free(text);
        return -1;
    }
    *len = total;
    return fd;
}

char *parse_read_plan(const char *path, size_t *len, const char **why)
{
    StrBuf sb = {0};
    int fd = read_plan(path, &sb, len, why);
    if (fd < 0) return NULL;
    close(fd);
    if (!sb.data) sb_putn(&sb, "", 0);
    return sb.data;
}

/* The scanner's input: the source's text, copied into flex's buffer as it
 * asks (flex keeps a small buffer, not a second copy of the whole text),
 * or read from its file when the text is not kept. */
size_t lex_input(ParseState *ps, char *buf, size_t max)
{
    const Source *s = &ps->prog->sources.items[ps->src];
    size_t n = s->len - ps->read < max ? s->len - ps->read : max;
    if (s->text) {
        memcpy(buf, s->text + ps->read, n);
    } else {
        ssize_t got;
        while ((got = read(s->fd, buf, n)) < 0 && errno == EINTR) {}
        n = got > 0 ? (size_t)got : 0; /* a file cut short meanwhile ends here */
    }
    ps->read += n;
    return n;
}

/* Whether a module not named *.ska parses as a plan on its own: `use`
 * with any path (or a link named x.ska) must not show the lines of a file
 * that is no plan (/etc/passwd, a key) in its error messages. */
static bool parses_alone(const char *path, const char *text, size_t len)
{
    Program *scratch = program_new();
    int32_t src = srcset_add(&scratch->sources, path, xstrndup(text, len), len);
    ParseState ps = {0};
    bool ok = run_parser(scratch, src, START_PLAN, &ps);
    program_free(scratch);
    return ok;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

/* Finds `name` relative to each search directory; returns a malloc'ed path. */
static char *find_module(const char *name, const char *from_dir)
{
    if (name[0] == '/') return file_exists(name) ? xstrdup(name) : NULL;
    StrBuf dirs = {0};
    sb_printf(&dirs, "%s", from_dir);
    /* then the directories above it, so a plan in examples/x/ finds the
     * project's stdlib/ wherever ska itself is installed */
    char real[PATH_MAX];
    if (realpath(from_dir, real))
        for (char *slash = strrchr(real, '/'); slash && slash > real; slash = strrchr(real, '/')) {
            *slash = 0;
            sb_printf(&dirs, ":%s", real);
        }
    const char *env = getenv("SKA_PATH");
    if (env && *env) sb_printf(&dirs, ":%s", env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *d = dir_of(exe);
        sb_printf(&dirs, ":%s:%s/..:%s/../share/ska", d, d, d);
        free(d);
    }
    char *found = NULL;
    const char *p = sb_str(&dirs);
    while (!found && *p) {
        const char *end = strchr(p, ':');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        StrBuf cand = {0};
        if (len == 1 && *p == '.') sb_puts(&cand, name); /* "lib/x.ska", not "./lib/x.ska" */
        else sb_printf(&cand, "%.*s/%s", (int)len, p, name);
        if (file_exists(sb_str(&cand))) found = xstrdup(sb_str(&cand));
        sb_free(&cand);
        p += len + (end ? 1 : 0);
    }
    sb_free(&dirs);
    return found;
}

static bool already_loaded(Program *prog, const char *path)
{
    char real[PATH_MAX];
    const char *key = realpath(path, real) ? real : path;
    for (int i = 0; i < prog->loaded.n; i++)
        if (strcmp(prog->loaded.items[i], key) == 0) return true;
    list_push(&prog->loaded, xstrdup(key));
    return false;
}

/* Opens the file at path for parse_one and reads it: into text, or, when
 * *stream, only to check it, leaving it open at its start with its
 * modification time in *mtime. A file that holds other than the bytes it
 * claims (a /proc file) or cannot be read again is kept all the same
 * (*stream is then false). */
static int open_plan(const char *path, bool *stream, StrBuf *text, size_t *len, int64_t *mtime,
                     const char **why)
{
    int fd = read_plan(path, *stream ? NULL : text, len, why);
    if (fd < 0 || !*stream) return fd;
    size_t size = 0;
    *mtime = file_mtime_ns(fd, &size);
    if (size == *len && lseek(fd, 0, SEEK_SET) == 0) return fd;
    close(fd);
    *stream = false;
    return read_plan(path, text, len, why);
}

/* Parses one file, then the modules it names, depth first. */
static bool parse_one(Program *prog, const char *path, SrcLoc used_at)
{
    /* the name of the file itself: a symbolic link x.ska may point anywhere */
    char real[PATH_MAX];
    const char *name = realpath(path, real) ? real : path;
    bool alone = used_at.src >= 0 && !ends_with(name, ".ska"); /* to be tried alone first */
    /* a file not kept is read twice: once whole, to check it, then by the
     * scanner a block at a time. Only the plan itself: a streamed file stays
     * open for its messages, and a plan may use more modules than a process
     * may have open files (the plan is the big one) */
    bool stream = prog->drop_text && used_at.src < 0;
    size_t len;
    int64_t mtime = 0;
    const char *why;
    StrBuf text = {0};
    int fd = open_plan(path, &stream, &text, &len, &mtime, &why);
    if (fd < 0) {
        diag_add(&prog->diags, DIAG_ERROR, used_at, "cannot read %s: %s", path, why);
        return false;
    }
    if (!stream) {
        close(fd);
        if (!text.data) sb_putn(&text, "", 0);
    }
    if (already_loaded(prog, path)) {
        if (stream) close(fd);
        sb_free(&text);
        return true;
    }
    if (alone && !parses_alone(path, text.data, len)) {
        diag_add(&prog->diags, DIAG_ERROR, used_at,
                 "%s is not a ska plan module (it does not parse as one; nothing is shown of a "
                 "file whose name does not end in .ska)", path);
        sb_free(&text);
        return false;
    }
    int32_t src = stream ? srcset_add_file(&prog->sources, path, fd, len, mtime)
                         : srcset_add(&prog->sources, path, text.data, len);
    ParseState ps = {0};
    List outer_uses = prog->uses;
    prog->uses = (List){0};
    run_parser(prog, src, START_PLAN, &ps);
    size_t size = 0;
    if (stream && (file_mtime_ns(fd, &size) != mtime || size != len))
        diag_add(&prog->diags, DIAG_ERROR, used_at, "cannot read %s: it changed while it was read", path);
    List uses = prog->uses;
    prog->uses = outer_uses;
    char *dir = dir_of(path);
    for (int i = 0; i < uses.n; i++) {
        NameRef *u = uses.items[i];
        char *found = find_module(u->name, dir);
        if (!found)
            diag_add(&prog->diags, DIAG_ERROR, u->loc,
                     "module \"%s\" not found (looked next to %s and above, in $SKA_PATH and the stdlib)",
                     u->name, path);
        else
            parse_one(prog, found, u->loc);
        free(found);
    }
    free(dir);
    free(uses.items);
    return true;
}

bool parse_file(Program *prog, const char *path)
{
    SrcLoc none = {-1, 0, 0};
    return parse_one(prog, path, none);
}

int32_t parse_text(Program *prog, const char *name, char *text, size_t len)
{
    int32_t src = srcset_add(&prog->sources, name, text, len);
    ParseState ps = {0};
    run_parser(prog, src, START_PLAN, &ps);
    return src;
}

bool parse_module(Program *prog, const char *name)
{
    char *found = find_module(name, ".");
    SrcLoc none = {-1, 0, 0};
    if (!found) {
        diag_add(&prog->diags, DIAG_ERROR, none,
                 "module \"%s\" not found (looked here and above, in $SKA_PATH and the stdlib)", name);
        return false;
    }
    bool ok = parse_one(prog, found, none);
    free(found);
    return ok;
}

bool parse_repl_input(Program *prog, const char *name, int first_line, const char *text,
                      Expr **expr, bool *incomplete)
{
    int32_t src = srcset_add(&prog->sources, name, xstrdup(text), strlen(text));
    prog->sources.items[src].first_line = first_line;
    size_t first_diag = prog->diags.n;
    ParseState ps = {0};
    ps.repl = true;
    bool ok = run_parser(prog, src, START_REPL, &ps);
    *incomplete = false;
    for (size_t i = first_diag; i < prog->diags.n; i++)
        if (prog->diags.items[i].incomplete) *incomplete = true;
    *expr = ok ? ps.repl_expr : NULL;
    /* modules named at the prompt */
    List uses = prog->uses;
    prog->uses = (List){0};
    for (int i = 0; i < uses.n; i++) {
        NameRef *u = uses.items[i];
        char *found = find_module(u->name, ".");
        if (!found)
            diag_add(&prog->diags, DIAG_ERROR, u->loc, "module \"%s\" not found", u->name);
        else
            parse_one(prog, found, u->loc);
        free(found);
    }
    free(uses.items);
    return ok;
}
