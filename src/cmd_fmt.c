/* cmd_fmt.c — `ska fmt [-w | --check] PATH...`: each plan in the canonical
 * layout (layout.c), to standard output, back into its file, or as a diff
 * for CI. A plan that does not parse is refused with its errors, and the
 * layout of each file is checked before it is used: it must parse and hold
 * the same tokens and comments, or nothing of that file is written. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"
#include "cmd.h"
#include "diff.h"
#include "layout.h"
#include "parse.h"

static const char fmt_usage[] =
    "usage: ska fmt [-w | --check] PATH...\n\n"
    "Writes each plan in ska's one layout: two spaces of indentation per block, one\n"
    "declaration or field per line, one space between words, targets' expressions,\n"
    "`partly` bounds and labels aligned in columns, and so are status labels, source\n"
    "fields and trailing comments. Keywords stay in the language they are written in;\n"
    "comments and blank lines between declarations and fields are kept. A PATH is a\n"
    "plan, a directory (each *.ska file under it), or - for standard input.\n\n"
    "options:\n"
    "  -w, --write   write the result back to each file that changes, not to\n"
    "                standard output\n"
    "  --check       write nothing; print a unified diff for each file that is not\n"
    "                in the layout (for CI)\n\n"
    "exit status: 0 done (with --check: every file is in the layout), 1 with --check:\n"
    "a file is not, 2 an error (a plan that does not parse is left as it is).\n";

typedef enum Mode { M_PRINT, M_WRITE, M_CHECK } Mode;

typedef struct Run {
    Mode mode;
    int rc;
} Run;

static void fail(Run *r) { r->rc = 2; }

/* Formats one plan: path, or standard input when path is NULL. */
static void fmt_one(Run *r, const char *path)
{
    const char *name = path ? path : "<stdin>", *why;
    size_t len;
    char *text = parse_read_plan(path, &len, &why);
    if (!text) {
        fprintf(stderr, "ska fmt: cannot read %s: %s\n", name, why);
        return fail(r);
    }
    Program *prog = program_new(), *again = program_new();
    int32_t src = parse_text(prog, name, text, len);
    StrBuf out = {0};
    if (prog->diags.errors) {
        diag_print(&prog->diags, &prog->sources, stderr);
        fail(r);
        goto done;
    }
    layout_source(prog, src, &out);
    /* the layout of a plan that parsed must parse, with nothing lost */
    int32_t back = parse_text(again, name, xstrndup(sb_str(&out), out.len), out.len);
    if (again->diags.errors || !layout_same(prog, src, again, back)) {
        fprintf(stderr, "ska fmt: %s: internal error: the layout would change the plan, so it "
                        "is left as it is (please report this with the plan)\n", name);
        fail(r);
        goto done;
    }
    const Source *s = &prog->sources.items[src];
    bool same = out.len == s->len && memcmp(sb_str(&out), s->text, s->len) == 0;
    if (r->mode == M_PRINT) {
        fwrite(sb_str(&out), 1, out.len, stdout);
    } else if (r->mode == M_CHECK && !same) {
        StrBuf d = {0}, formatted = {0};
        sb_printf(&formatted, "%s (formatted)", name);
        diff_unified(s->text, s->len, sb_str(&out), out.len, name, sb_str(&formatted), &d);
        fwrite(sb_str(&d), 1, d.len, stdout);
        sb_free(&d);
        sb_free(&formatted);
        if (r->rc == 0) r->rc = 1;
    } else if (r->mode == M_WRITE && !same) {
        CliFile cf;
        bool ok = cli_file_open(&cf, "fmt", path) && fwrite(sb_str(&out), 1, out.len, cf.f) == out.len;
        ok = cf.f && cli_file_close(&cf, "fmt") && ok && cli_file_commit(&cf, "fmt");
        cli_file_free(&cf);
        if (!ok) fail(r);
    }
done:
    sb_free(&out);
    program_free(prog);
    program_free(again);
}

/* A directory (a link to one when follow: only paths given on the command
 * line are followed, so a link inside a tree cannot lead round it again). */
static bool is_dir(const char *path, bool follow)
{
    struct stat st;
    return (follow ? stat(path, &st) : lstat(path, &st)) == 0 && S_ISDIR(st.st_mode);
}

/* Every *.ska file under dir, in name order; hidden entries are skipped. */
static void fmt_dir(Run *r, const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) {
        fprintf(stderr, "ska fmt: cannot read directory %s: %s\n", dir, strerror(errno));
        return fail(r);
    }
    for (int i = 0; i < n; i++) {
        const char *base = names[i]->d_name;
        size_t len = strlen(base);
        StrBuf path = {0};
        sb_printf(&path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", base);
        if (base[0] == '.') {
            /* hidden, and . and .. */
        } else if (is_dir(sb_str(&path), false)) {
            fmt_dir(r, sb_str(&path));
        } else if (len > 4 && strcmp(base + len - 4, ".ska") == 0) {
            fmt_one(r, sb_str(&path));
        }
        sb_free(&path);
        free(names[i]);
    }
    free(names);
}

int cmd_fmt(int argc, char **argv)
{
    enum { O_CHECK = 1, O_HELP };
    static const struct option opts[] = {
        {"write", no_argument, NULL, 'w'}, {"check", no_argument, NULL, O_CHECK},
        {"help", no_argument, NULL, O_HELP}, {0, 0, 0, 0}};
    Run r = {M_PRINT, 0};
    bool write = false, check = false;
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+wh", opts, NULL)) != -1) {
        switch (c) {
        case 'w': write = true; break;
        case O_CHECK: check = true; break;
        case 'h': case O_HELP: fputs(fmt_usage, stdout); return 0;
        default: return cli_usage_error("fmt", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (write && check) return cli_usage_error("fmt", "%s", "-w and --check do not go together");
    if (optind >= argc) return cli_usage_error("fmt", "%s", "no plan given (a file, a directory, or - for standard input)");
    r.mode = write ? M_WRITE : check ? M_CHECK : M_PRINT;
    for (int i = optind; i < argc; i++)
        if (write && strcmp(argv[i], "-") == 0)
            return cli_usage_error("fmt", "%s", "-w writes files back: standard input is none");
    for (int i = optind; i < argc; i++) {
        const char *path = argv[i];
        if (strcmp(path, "-") == 0) fmt_one(&r, NULL);
        else if (is_dir(path, true)) fmt_dir(&r, path);
        else fmt_one(&r, path);
    }
    return r.rc;
}
