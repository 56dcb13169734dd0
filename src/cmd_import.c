/* cmd_import.c — the `ska import` command line: options, the order of the
 * work (check every file exists, open the store, one transaction for all
 * files, commit) and what is printed. The per-file summaries are printed only
 * after the commit: until then nothing has been stored, and a later file's
 * error rolls everything back (and removes the store if this run created it). Reading files is import_csv.c's and
 * import_kolada.c's job; this file only picks which one. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cmd.h"
#include "import.h"
#include "util.h"

static const char usage_line[] =
    "usage: ska import DB FILE [FILE...] [--format csv|kolada] [--indicator KEY] [--period P] [--unit CODE]\n";

static const char help_text[] =
    "Loads results (or units) from CSV or Kolada JSON files into the store DB,\n"
    "creating it if needed. All files go in one transaction: if any row of any\n"
    "file is wrong, nothing is written and the error is shown. A directory\n"
    "stands for the Kolada JSON files (*.json, *.txt) in it, in name order.\n"
    "\n"
    "  --format csv|kolada  how to read the files (default: .json, or a file that\n"
    "                       starts with '{', is Kolada JSON; anything else is CSV)\n"
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
    "value column loads units.\n";

typedef struct Args {
    const char *db;
    const char **files;
    size_t nfiles, cap;
    char **owned; /* the paths of files found in directories */
    size_t nowned, cap_owned;
    ImportOptions opt;
    bool help;
} Args;

enum { OPT_FORMAT, OPT_INDICATOR, OPT_PERIOD, OPT_UNIT, OPT_COUNT };
static const char *const option_names[OPT_COUNT] = {"--format", "--indicator", "--period", "--unit"};

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
    if (!a->db) return usage_error("missing DB (the store to import into) and FILE");
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
        bool json = f && file_format(a->owned[i], f, a->opt.format) == IMPORT_KOLADA;
        if (f) fclose(f);
        if (json) VEC_PUSH(*files, *n, *cap, a->owned[i]);
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
    if (fseek(f, 0, SEEK_SET) != 0) clearerr(f);
    return json ? IMPORT_KOLADA : IMPORT_CSV;
}

/* A failed run into a store it created itself leaves no empty store behind. */
static void remove_new_store(const char *db)
{
    static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
    StrBuf path = {0};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        sb_clear(&path);
        sb_printf(&path, "%s%s", db, suffixes[i]);
        remove(sb_str(&path));
    }
    sb_free(&path);
}

static void summarize(StrBuf *out, const char *path, const ImportCounts *c)
{
    const char *what = c->units_file ? (c->rows == 1 ? "unit" : "units") : (c->rows == 1 ? "row" : "rows");
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

static int import_file(Importer *im, const char *path, const ImportOptions *opt, StrBuf *out)
{
    FILE *f = fopen(path, "rb");
    import_file_begin(im, path);
    if (!f) return import_fail(im, NULL, "cannot read: %s", strerror(errno));
    ImportCounts c = {0};
    int rc = file_format(path, f, opt->format) == IMPORT_KOLADA ? import_kolada(im, f, opt, &c)
                                                              : import_csv(im, f, opt, &c);
    if (rc == 0) rc = import_file_end(im, &c);
    fclose(f);
    if (rc == 0) summarize(out, path, &c);
    return rc;
}

static void args_free(Args *a)
{
    for (size_t i = 0; i < a->nowned; i++) free(a->owned[i]);
    free(a->owned);
    free(a->files);
}

int cmd_import(int argc, char **argv)
{
    Args a = {0};
    StrBuf out = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc == 0 && a.help) printf("%s\n%s", usage_line, help_text);
    if (rc == 0 && !a.help) rc = expand_dirs(&a, &out);
    for (size_t i = 0; rc == 0 && !a.help && i < a.nfiles; i++) rc = check_file(a.files[i]);
    if (rc || a.help) {
        args_free(&a);
        sb_free(&out);
        return rc;
    }
    struct stat st;
    bool new_store = stat(a.db, &st) != 0;
    char *err = NULL;
    Importer *im = import_begin(a.db, &err);
    if (!im) {
        fprintf(stderr, "ska import: %s\n", err);
        if (new_store) remove_new_store(a.db);
        free(err);
        args_free(&a);
        sb_free(&out);
        return 2;
    }
    for (size_t i = 0; rc == 0 && i < a.nfiles; i++) rc = import_file(im, a.files[i], &a.opt, &out);
    if (rc == 0) rc = import_commit(im);
    if (rc < 0) import_print_error(im, stderr);
    else fputs(sb_str(&out), stdout);
    import_end(im);
    if (rc < 0 && new_store) remove_new_store(a.db);
    sb_free(&out);
    args_free(&a);
    return rc < 0 ? 2 : 0;
}
