/* cmd_import.c — the `ska import` command line: options, the order of the
 * work (check every file exists, open the store, one transaction for all
 * files, commit) and what is printed. The per-file summaries are printed only
 * after the commit: until then nothing has been stored, and a later file's
 * error rolls everything back (a new store is only put in place by the
 * commit, see store.h). Reading files is import_csv.c's, import_source.c's
 * and import_kolada.c's job; this file only picks which one. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cmd.h"
#include "diag.h"
#include "import.h"
#include "parse.h"
#include "source.h"
#include "store.h"
#include "util.h"

static const char usage_line[] =
    "usage: ska import DB FILE [FILE...] [--format csv|kolada] [--source NAME] [--use MODULE]\n"
    "                  [--indicator KEY] [--period P] [--unit CODE]\n"
    "       ska import --list-sources [--use MODULE]\n";

static const char help_text[] =
    "Loads results (or units) from CSV or Kolada JSON files into the store DB,\n"
    "creating it if needed. All files go in one transaction: if any row of any\n"
    "file is wrong, nothing is written and the error is shown. Checks, reports\n"
    "and REPLs go on reading the store meanwhile; another import into it waits\n"
    "for this one, 30 s at most ($SKA_BUSY_TIMEOUT seconds if set). A directory\n"
    "stands for the Kolada JSON files (*.json, *.txt) in it, in name order.\n"
    "\n"
    "  --format csv|kolada  how to read the files (default: .json, or a file that\n"
    "                       starts with '{', is Kolada JSON; anything else is CSV)\n"
    "  --source NAME        read the files with this source description\n"
    "  --use MODULE         also know the source descriptions of this plan module\n"
    "  --list-sources       list the source descriptions ska knows, and stop\n"
    "  --indicator KEY      the indicator of every row, for files without that column\n"
    "  --period P           the period of every row: 2018, 2018/19, ht2020, vt2021\n"
    "  --unit CODE          the unit of every row (Kolada's riket.txt is 0000's)\n"
    "  --help               show this help\n"
    "\n"
    "CSV: a header row naming columns (indikator;enhet;år;kön;värde;antal, or in\n"
    "English indicator,unit,period,group,value,count), separated by ';', ',' or tab.\n"
    "Values: numbers (83,2 or 83.2), or .. (too few pupils), . (no data),\n"
    "~100 (close to 100 %), empty: stored as missing, never as 0.\n"
    "A file with columns kod;namn;typ;förälder (code, name, kind, parent) and no\n"
    "value column loads units.\n"
    "A published table in wide layout (Skolverket's exports) is read through a\n"
    "source description (stdlib/skolverket.ska, or one of your own with --use),\n"
    "recognised by its title lines and header.\n";

typedef struct Args {
    const char *db;
    const char **files;
    size_t nfiles, cap;
    char **owned; /* the paths of files found in directories */
    size_t nowned, cap_owned;
    const char **uses;
    size_t nuses, cap_uses;
    const char *source;
    ImportOptions opt;
    bool help, list_sources;
} Args;

enum { OPT_FORMAT, OPT_INDICATOR, OPT_PERIOD, OPT_UNIT, OPT_SOURCE, OPT_USE, OPT_COUNT };
static const char *const option_names[OPT_COUNT] = {"--format", "--indicator", "--period", "--unit",
                                                    "--source", "--use"};

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("ska import: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fputs(usage_line, stderr);
    return 2;
}

/* Applies --NAME VALUE; returns 0 or an exit code after printing why. */
static int set_option(Args *a, int opt, const char *value, bool seen[OPT_COUNT])
{
    if (opt == OPT_USE) { /* any number of modules */
        VEC_PUSH(a->uses, a->nuses, a->cap_uses, value);
        return 0;
    }
    if (seen[opt]) return usage_error("%s is given twice", option_names[opt]);
    seen[opt] = true;
    switch (opt) {
    case OPT_FORMAT:
        if (strcmp(value, "csv") == 0) a->opt.format = IMPORT_CSV;
        else if (strcmp(value, "kolada") == 0) a->opt.format = IMPORT_KOLADA;
        else return usage_error("--format must be csv or kolada, not \"%s\"", value);
        return 0;
    case OPT_PERIOD:
        if (!period_parse(value, strlen(value), &a->opt.period))
            return usage_error("--period \"%s\" is not a period (" IMPORT_PERIOD_EXPECTED ")", value);
        return 0;
    default:
        if (!*value) return usage_error("%s needs a non-empty value", option_names[opt]);
        if (opt == OPT_INDICATOR) a->opt.indicator = value;
        else if (opt == OPT_SOURCE) a->source = value;
        else a->opt.unit = value;
        return 0;
    }
}

/* Options may come anywhere, as --name value or --name=value; "--" ends them. */
static int parse_args(int argc, char **argv, Args *a)
{
    bool seen[OPT_COUNT] = {false}, only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (only_files || arg[0] != '-' || arg[1] == 0) {
            if (!a->db) a->db = arg;
            else VEC_PUSH(a->files, a->nfiles, a->cap, arg);
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_files = true;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            a->help = true;
            continue;
        }
        if (strcmp(arg, "--list-sources") == 0) {
            a->list_sources = true;
            continue;
        }
        int opt = -1;
        size_t len = 0;
        for (int k = 0; k < OPT_COUNT && opt < 0; k++) {
            len = strlen(option_names[k]);
            if (strncmp(arg, option_names[k], len) == 0 && (arg[len] == 0 || arg[len] == '=')) opt = k;
        }
        if (opt < 0) return usage_error("unknown option %s", arg);
        const char *value = arg[len] == '=' ? arg + len + 1 : NULL;
        if (!value) {
            if (i + 1 >= argc) return usage_error("%s needs a value", arg);
            value = argv[++i];
        }
        int rc = set_option(a, opt, value, seen);
        if (rc) return rc;
    }
    if (a->help) return 0;
    if (a->list_sources) {
        if (a->db) return usage_error("--list-sources takes no DB or FILE");
        return 0;
    }
    if (a->source && a->opt.format == IMPORT_KOLADA) return usage_error("--source reads CSV files: drop --format kolada");
    if (!a->db) return usage_error("missing DB (the store to import into) and FILE");
    char *bad = store_name_problem(a->db);
    if (bad) {
        usage_error("%s", bad);
        free(bad);
        return 2;
    }
    if (a->nfiles == 0) return usage_error("missing FILE (the files to import)");
    return 0;
}

/* Each file must be a readable file before the store is even created
 * (directories are expanded by then). */
static int check_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "ska import: cannot read %s: %s\n", path, strerror(errno));
        return 2;
    }
    fclose(f);
    return 0;
}

static bool has_ext(const char *path, const char *ext)
{
    const char *dot = strrchr(path, '.');
    return dot && str_ieq(dot, ext);
}

static ImportFormat file_format(const char *path, FILE *f, ImportFormat forced);

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The files a directory stands for: its *.json and *.txt files that hold
 * JSON (Kolada answers saved page by page, KommunAnalys's data folder), in
 * name order, appended to files; other .txt files (KommunAnalys's
 * Nyckeltal.txt) are named in notes as skipped. 0, or 2 after printing why. */
static int dir_files(Args *a, const char *dir, const char ***files, size_t *n, size_t *cap, StrBuf *notes)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "ska import: cannot read %s: %s\n", dir, strerror(errno));
        return 2;
    }
    size_t first = a->nowned, before = *n;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.' || !(has_ext(e->d_name, ".json") || has_ext(e->d_name, ".txt"))) continue;
        StrBuf path = {0};
        sb_printf(&path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        VEC_PUSH(a->owned, a->nowned, a->cap_owned, path.data);
    }
    closedir(d);
    if (a->nowned > first) qsort(a->owned + first, a->nowned - first, sizeof *a->owned, cmp_str);
    for (size_t i = first; i < a->nowned; i++) {
        FILE *f = fopen(a->owned[i], "rb");
        ImportFormat fmt = f ? file_format(a->owned[i], f, a->opt.format) : IMPORT_CSV;
        if (f) fclose(f);
        if (fmt == IMPORT_KOLADA || fmt == IMPORT_TITLES) VEC_PUSH(*files, *n, *cap, a->owned[i]);
        else sb_printf(notes, "%s: skipped: not JSON\n", a->owned[i]);
    }
    if (*n == before) {
        fprintf(stderr, "ska import: %s holds no Kolada JSON file (*.json, *.txt) to import\n", dir);
        return 2;
    }
    return 0;
}

/* Replaces each directory among the files by the files it stands for. */
static int expand_dirs(Args *a, StrBuf *notes)
{
    const char **files = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < a->nfiles; i++) {
        struct stat sb;
        if (stat(a->files[i], &sb) == 0 && S_ISDIR(sb.st_mode))
            rc = dir_files(a, a->files[i], &files, &n, &cap, notes);
        else
            VEC_PUSH(files, n, cap, a->files[i]);
    }
    free(a->files);
    a->files = files;
    a->nfiles = n;
    return rc;
}

/* --format, else .json, else a first character '{' or '[' (after a BOM and
 * blanks) means Kolada; anything else is CSV. Sniffing needs a seekable file. */
static ImportFormat file_format(const char *path, FILE *f, ImportFormat forced)
{
    if (forced != IMPORT_AUTO) return forced;
    if (has_ext(path, ".json")) return IMPORT_KOLADA;
    if (has_ext(path, ".csv") || has_ext(path, ".tsv") || fseek(f, 0, SEEK_SET) != 0) return IMPORT_CSV;
    unsigned char head[256];
    size_t n = fread(head, 1, sizeof head, f), i = 0;
    if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
    bool json = i < n && (head[i] == '{' || head[i] == '[');
    bool titles = import_is_titles((const char *)head, n);
    if (fseek(f, 0, SEEK_SET) != 0) clearerr(f);
    return json ? IMPORT_KOLADA : titles ? IMPORT_TITLES : IMPORT_CSV;
}

static void summarize(StrBuf *out, const char *path, const ImportCounts *c)
{
    const char *what = c->units_file    ? (c->rows == 1 ? "unit" : "units")
                       : c->titles_file ? (c->rows == 1 ? "indicator title" : "indicator titles")
                                        : (c->rows == 1 ? "row" : "rows");
    if (c->source) /* a wide table: its rows hold several values each */
        sb_printf(out, "%s: read as source %s: %lld %s, %lld value%s: %lld added, %lld changed, %lld unchanged\n",
                  path, c->source, (long long)c->rows, what, (long long)c->values, c->values == 1 ? "" : "s",
                  (long long)c->added, (long long)c->changed, (long long)c->unchanged);
    else
        sb_printf(out, "%s: %lld %s: %lld added, %lld changed, %lld unchanged\n", path, (long long)c->rows,
                  what, (long long)c->added, (long long)c->changed, (long long)c->unchanged);
    if (c->units_added) {
        /* units named only by result rows: list their codes, a typo shows */
        size_t listed = 1;
        for (const char *p = c->new_units; *p; p++) listed += *p == ',';
        sb_printf(out, "%s: %lld unit%s added: %s%s\n", path, (long long)c->units_added,
                  c->units_added == 1 ? "" : "s", c->new_units,
                  (int64_t)listed < c->units_added ? ", …" : "");
    }
    static const char *const fixed[IMPORT_FIXES][2] = {
        {"code padded to 4 digits, its leading zeros lost", "codes padded to 4 digits, their leading zeros lost"},
        {"code padded to 8 digits, its leading zeros lost", "codes padded to 8 digits, their leading zeros lost"},
        {"unit name read as its code", "unit names read as their codes"},
    };
    for (int i = 0; i < IMPORT_FIXES; i++)
        if (c->fixed[i])
            sb_printf(out, "%s: %lld %s (%s%s)\n", path, (long long)c->fixed[i], fixed[i][c->fixed[i] > 1],
                      c->fixed_first[i], c->fixed[i] > 1 ? ", …" : "");
    if (c->skipped) sb_printf(out, "%s: %lld skipped: %s\n", path, (long long)c->skipped, c->skipped_what);
}

/* The source descriptions this run knows: the stdlib's and --use modules'. */
#define SOURCES_MODULE "stdlib/skolverket.ska"
typedef struct Sources {
    Program *prog;
    SourceSpec *specs;
    int n;
} Sources;

static void sources_free(Sources *ss)
{
    for (int i = 0; i < ss->n; i++) source_spec_free(&ss->specs[i]);
    free(ss->specs);
    program_free(ss->prog);
}

/* Parses the modules and compiles their descriptions; 0, or 2 after
 * printing the errors. */
static int sources_load(Sources *ss, const Args *a)
{
    Program *p = ss->prog = program_new();
    parse_module(p, SOURCES_MODULE);
    for (size_t i = 0; i < a->nuses; i++) parse_file(p, a->uses[i]);
    if (p->diags.errors == 0) source_check_all(p);
    if (p->diags.errors == 0) {
        ss->specs = xcalloc((size_t)p->source_descs.n + 1, sizeof *ss->specs);
        for (; ss->n < p->source_descs.n; ss->n++) source_compile(p, p->source_descs.items[ss->n], &ss->specs[ss->n]);
    }
    if (p->diags.errors == 0) return 0;
    diag_print(&p->diags, &p->sources, stderr);
    return 2;
}

static const SourceSpec *source_named(const Sources *ss, const char *name)
{
    for (int i = 0; i < ss->n; i++)
        if (strcmp(ss->specs[i].name, name) == 0) return &ss->specs[i];
    return NULL;
}

static void list_names(StrBuf *sb, const Sources *ss, const bool *pick)
{
    for (int i = 0, k = 0; i < ss->n; i++)
        if (!pick || pick[i]) sb_printf(sb, "%s%s", k++ ? ", " : "", ss->specs[i].name);
}

static int list_sources(const Sources *ss)
{
    for (int i = 0; i < ss->n; i++) {
        const SourceSpec *s = &ss->specs[i];
        const Source *src = &ss->prog->sources.items[s->loc.src];
        int line, col;
        src_linecol(src, s->loc.start, &line, &col);
        printf("%s\t%s\t(%s:%d)\n", s->name, s->title ? s->title : "", src->path, line);
    }
    return 0;
}

/* The description a CSV file is read with, or NULL for a long results or
 * units file. In order: a description whose unit column, value columns and
 * title lines the file has; one whose unit and value columns it has (the
 * titles cut off), if only one; a long results or units header; a
 * description whose titles and unit column it has but not every value
 * column (an export that changed: its import says which column is gone).
 * 0 or -1. */
static int choose_source(Importer *im, FILE *f, const Sources *ss, const char *forced, const SourceSpec **out)
{
    *out = NULL;
    if (forced) {
        if ((*out = source_named(ss, forced))) return 0;
        StrBuf names = {0};
        list_names(&names, ss, NULL);
        int rc = import_fail(im, NULL, "no source description named %s (ska knows: %s)", forced, sb_str(&names));
        sb_free(&names);
        return rc;
    }
    enum { FULL, BY_HEADER, BY_TITLE, NFITS };
    bool *fits[NFITS];
    int count[NFITS] = {0}, pick[NFITS] = {-1, -1, -1};
    for (int k = 0; k < NFITS; k++) fits[k] = xcalloc((size_t)ss->n + 1, sizeof **fits);
    for (int i = 0; i < ss->n; i++) {
        SourceFit fit;
        import_source_probe(f, &ss->specs[i], &fit);
        bool titles = fit.titles > 0 && fit.titles_found == fit.titles, values = fit.values_found == fit.values;
        bool is[NFITS] = {fit.header && titles && values, fit.header && values && !fit.columns_missing,
                          fit.header && titles};
        for (int k = 0; k < NFITS; k++)
            if (is[k]) fits[k][i] = true, count[k]++, pick[k] = i;
    }
    int rc = 0, use = -1;
    if (count[FULL] == 1) use = pick[FULL];
    else if (count[FULL] == 0 && count[BY_HEADER] == 1) use = pick[BY_HEADER];
    else if (count[FULL] > 1 || count[BY_HEADER] > 1) {
        StrBuf names = {0};
        list_names(&names, ss, count[FULL] ? fits[FULL] : fits[BY_HEADER]);
        rc = import_fail(im, NULL, "the file fits several source descriptions (%s): choose one with --source",
                         sb_str(&names));
        sb_free(&names);
    } else if (count[BY_TITLE] == 1 && !import_csv_has_header(im, f)) {
        use = pick[BY_TITLE];
    }
    if (use >= 0) *out = &ss->specs[use];
    for (int k = 0; k < NFITS; k++) free(fits[k]);
    return rc;
}

static int import_file(Importer *im, const char *path, const Args *a, const Sources *ss, StrBuf *out)
{
    FILE *f = fopen(path, "rb");
    import_file_begin(im, path);
    if (!f) return import_fail(im, NULL, "cannot read: %s", strerror(errno));
    ImportCounts c = {0};
    const SourceSpec *spec = NULL;
    int rc;
    ImportFormat fmt = file_format(path, f, a->opt.format);
    if (fmt == IMPORT_KOLADA) rc = import_kolada(im, f, &a->opt, &c);
    else if (fmt == IMPORT_TITLES) rc = import_kolada_titles(im, f, &c);
    else if ((rc = choose_source(im, f, ss, a->source, &spec)) == 0)
        rc = spec ? import_source(im, f, spec, &a->opt, &c) : import_csv(im, f, &a->opt, &c);
    if (rc == 0) rc = import_file_end(im, &c);
    fclose(f);
    if (rc == 0) summarize(out, path, &c);
    return rc;
}

/* One run of the import; 0, 1 (import_commit: run again), or -1 after
 * printing why. */
static int run(const Args *a, const Sources *ss, StrBuf *out)
{
    char *err = NULL;
    Importer *im = import_begin(a->db, &err);
    if (!im) {
        fprintf(stderr, "ska import: %s\n", err);
        free(err);
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < a->nfiles; i++) rc = import_file(im, a->files[i], a, ss, out);
    if (rc == 0) rc = import_commit(im);
    if (rc < 0) import_print_error(im, stderr);
    import_end(im);
    return rc;
}

static void args_free(Args *a)
{
    for (size_t i = 0; i < a->nowned; i++) free(a->owned[i]);
    free(a->owned);
    free(a->files);
    free(a->uses);
}

int cmd_import(int argc, char **argv)
{
    Args a = {0};
    StrBuf out = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc == 0 && a.help) printf("%s\n%s", usage_line, help_text);
    if (rc == 0 && !a.help) rc = expand_dirs(&a, &out);
    for (size_t i = 0; rc == 0 && !a.help && i < a.nfiles; i++) rc = check_file(a.files[i]);
    Sources ss = {0};
    if (rc == 0 && !a.help) rc = sources_load(&ss, &a);
    if (rc == 0 && a.list_sources) rc = list_sources(&ss);
    if (rc || a.help || a.list_sources) {
        if (ss.prog) sources_free(&ss);
        args_free(&a);
        sb_free(&out);
        return rc;
    }
    /* A new store another run created while this one built its own: this
     * run's is dropped and the files go into that one. Once there a store
     * stays there, so a second try is the last but for a name that is
     * taken and is no store (a dangling symbolic link). What the
     * directories said (files skipped) stays; each try says the rest anew. */
    size_t said = out.len;
    for (int tries = 1; (rc = run(&a, &ss, &out)) == 1 && tries < 3; tries++) {
        out.len = said;
        if (out.data) out.data[said] = 0;
    }
    if (rc == 1) fprintf(stderr, "ska import: %s: the name is taken, but not by a store it can open\n", a.db);
    if (rc == 0) fputs(sb_str(&out), stdout);
    sb_free(&out);
    sources_free(&ss);
    args_free(&a);
    return rc == 0 ? 0 : 2;
}
