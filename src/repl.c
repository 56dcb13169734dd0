/* repl.c — the `ska repl` session: what was loaded and defined, and the
 * answer to each input.
 *
 * An input is, in this order of recognition:
 *   - a dot-command (.help, .load FILE, .db FILE …: the `dot_commands`
 *     table, whose rows also make the help text);
 *   - a plan question (goals, status G1, explain G1, measures for G1,
 *     rules, flagged, or their Swedish words: the `questions` table);
 *   - declarations (let, indicator, goal, measure, rule, unit, plan, use),
 *     continued over several lines while a brace is open;
 *   - one expression, evaluated for the plan's organiser and printed by
 *     render_value.c.
 *
 * The resolved program is never changed in place. A definition typed at
 * the prompt builds a new program from the plan files, the definitions
 * accepted so far and the new one; only if that program resolves (and
 * the store knows its unit) does it replace the old one, so a mistake
 * leaves the session as it was. A let, goal, measure or rule typed at the
 * prompt replaces an earlier one of the same name (with a note), which is
 * how "what if the target were 80" is asked. Every indicator key in the store that no plan names is made
 * available under its key, so a store can be questioned without a plan. */
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "parse.h"
#include "render_history.h"
#include "render_value.h"
#include "repl.h"

struct Repl {
    ReplOptions opt;
    char **files;           /* plan files in load order (owned) */
    size_t nfiles, capfiles;
    char **inputs;          /* definitions accepted at the prompt (owned) */
    size_t ninputs, capinputs;
    int *input_lines;       /* the line each of them began on */
    size_t capinput_lines;
    int lines_read;         /* lines read so far, for messages about them */
    int input_line;         /* the line the input being answered began on */
    Program *prog;          /* the current resolved program */
    Store *st;              /* NULL until a store is opened */
    Eval *ev;               /* evaluation session over prog and st */
    bool json;              /* .format json */
    bool failed;            /* an input had an error */
    bool quit;
    const char *input_name; /* how inputs are named in messages */
    ReplLine *line;
};

/* ---- small helpers ---- */

void repl_words_add(ReplWords *w, const char *s) { VEC_PUSH(w->items, w->n, w->cap, xstrdup(s)); }

void repl_words_free(ReplWords *w)
{
    for (size_t i = 0; i < w->n; i++) free(w->items[i]);
    free(w->items);
    memset(w, 0, sizeof *w);
}

static void push_string(char ***items, size_t *n, size_t *cap, const char *s)
{
    grow_array((void **)items, cap, *n + 1, sizeof **items);
    (*items)[(*n)++] = xstrdup(s);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Prints and clears a program's diagnostics; notes the failure. */
static void report(Repl *r, Program *p)
{
    fflush(stdout);
    diag_print(&p->diags, &p->sources, stderr);
    if (p->diags.errors) r->failed = true;
    diag_free(&p->diags);
}

/* An error about the input as typed, with a caret under bytes
 * [start, end) of it. */
static void input_error(Repl *r, const char *text, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void input_error(Repl *r, const char *text, size_t start, size_t end, const char *fmt, ...)
{
    int32_t src = srcset_add(&r->prog->sources, r->input_name, xstrdup(text), strlen(text));
    r->prog->sources.items[src].first_line = r->input_line;
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(&r->prog->diags, DIAG_ERROR, (SrcLoc){src, (uint32_t)start, (uint32_t)end}, fmt, ap);
    va_end(ap);
    report(r, r->prog);
}

/* An error that is about the session, not about a place in the input. */
static void session_error(Repl *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void session_error(Repl *r, const char *fmt, ...)
{
    fflush(stdout);
    va_list ap;
    va_start(ap, fmt);
    fputs("ska: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    r->failed = true;
}

/* ---- building the program ---- */

/* A store key usable as a name: an identifier of the language that is
 * not a keyword. */
static bool name_shaped(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9')))
            return false;
    }
    return keyword_lookup(s, n) == 0;
}

typedef struct StoreDecls {
    StrMap *taken;        /* names and keys the program already has */
    const StrMap *skip;   /* keys that failed to resolve as names */
    StrBuf text;          /* the declarations being written */
} StoreDecls;

static void quoted(StrBuf *sb, const char *s)
{
    sb_putc(sb, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') sb_putc(sb, '\\');
        if (*s == '\n') sb_puts(sb, "\\n");
        else sb_putc(sb, *s);
    }
    sb_putc(sb, '"');
}

static bool add_store_key(void *ctx, const char *key, const char *title)
{
    StoreDecls *d = ctx;
    if (!name_shaped(key) || strmap_get(d->taken, key) || strmap_get(d->skip, key)) return true;
    sb_printf(&d->text, "indicator %s ", key);
    quoted(&d->text, *title ? title : key);
    sb_putc(&d->text, '\n');
    return true;
}

/* Declares every store key no name or source of the program covers, as a
 * source named "<store>". Returns its index, or -1 if there was none. */
static int32_t declare_store_keys(Program *p, Store *st, const StrMap *skip)
{
    StrMap taken = {0};
    for (int i = 0; i < p->indicators.n; i++) {
        const Indicator *ind = p->indicators.items[i];
        strmap_put(&taken, ind->name, (void *)ind);
        if (ind->source) strmap_put(&taken, ind->source, (void *)ind);
    }
    for (int i = 0; i < p->lets.n; i++) strmap_put(&taken, ((LetDecl *)p->lets.items[i])->name, p);
    for (int i = 0; i < p->units.n; i++) strmap_put(&taken, ((UnitDecl *)p->units.items[i])->name, p);
    StoreDecls d = {&taken, skip, {0}};
    int rc = store_list_indicators(st, add_store_key, &d);
    int32_t src = -1;
    if (rc < 0) {
        diag_add(&p->diags, DIAG_ERROR, (SrcLoc){-1, 0, 0}, "store %s: %s", store_path(st),
                 store_errmsg(st));
    } else if (d.text.len) {
        Expr *e;
        bool incomplete;
        src = (int32_t)p->sources.n;
        parse_repl_input(p, "<store>", 1, sb_str(&d.text), &e, &incomplete);
    }
    sb_free(&d.text);
    strmap_free(&taken);
    return src;
}

/* The declarations a definition typed at the prompt replaces when it has
 * the name of an earlier one: where each kind is kept in a Program, and
 * where its name and place are kept in each. */
static const struct Replaceable {
    const char *what;
    size_t list, name, loc;
    void (*free)(void *decl); /* what it holds outside the arena, if anything */
} replaceable[] = {
    {"let", offsetof(Program, lets), offsetof(LetDecl, name), offsetof(LetDecl, loc), NULL},
    {"goal", offsetof(Program, goals), offsetof(Goal, id), offsetof(Goal, loc), NULL},
    {"measure", offsetof(Program, measures), offsetof(Measure, id), offsetof(Measure, loc), ast_measure_free},
    {"rule", offsetof(Program, rules), offsetof(Rule, id), offsetof(Rule, loc), NULL},
};
#define NREPLACEABLE (sizeof replaceable / sizeof replaceable[0])
#define FIELD(decl, off, type) (*(type *)((char *)(decl) + (off)))

/* Each declaration typed at the prompt (index >= first_typed[kind]) takes
 * the place of an earlier one of its kind and name (which is freed), which
 * is how "what if the target were 85 %" is asked. One typed in source
 * `typed` (the input being answered) says so in a note. */
static void replace_typed(Program *p, const int *first_typed, int32_t typed)
{
    for (size_t k = 0; k < NREPLACEABLE; k++) {
        const struct Replaceable *rk = &replaceable[k];
        List *l = &FIELD(p, rk->list, List);
        int kept = first_typed[k];
        for (int j = first_typed[k]; j < l->n; j++) {
            void *d = l->items[j];
            const char *name = FIELD(d, rk->name, const char *);
            int i = 0;
            while (i < kept && strcmp(FIELD(l->items[i], rk->name, const char *), name) != 0) i++;
            if (i == kept) {
                l->items[kept++] = d;
                continue;
            }
            SrcLoc old = FIELD(l->items[i], rk->loc, SrcLoc), now = FIELD(d, rk->loc, SrcLoc);
            if (now.src == typed) {
                int line, col;
                src_linecol(&p->sources.items[old.src], old.start, &line, &col);
                diag_add(&p->diags, DIAG_NOTE, now, "%s %s replaces the one at %s:%d:%d", rk->what, name,
                         p->sources.items[old.src].path, line, col);
            }
            if (rk->free) rk->free(l->items[i]);
            l->items[i] = d;
        }
        l->n = kept;
    }
}

/* The store keys whose declarations drew an error (a key that is a
 * reserved word of the language, say): left out on a second try. */
static bool bad_store_keys(const Program *p, int32_t src, StrMap *skip)
{
    bool any = false;
    for (size_t i = 0; i < p->diags.n; i++) {
        const Diag *d = &p->diags.items[i];
        if (d->loc.src != src || src < 0) continue;
        const Source *s = &p->sources.items[src];
        char *key = xstrndup(s->text + d->loc.start, d->loc.end - d->loc.start);
        if (!strmap_get(skip, key)) {
            strmap_put(skip, key, key);
            any = true;
        } else {
            free(key);
        }
    }
    return any;
}

static Program *build_once(Repl *r, const char *typed, Store *st, const StrMap *skip, int32_t *store_src)
{
    Program *p = program_new();
    for (size_t i = 0; i < r->nfiles; i++) parse_file(p, r->files[i]);
    int first_typed[NREPLACEABLE];
    for (size_t k = 0; k < NREPLACEABLE; k++) first_typed[k] = FIELD(p, replaceable[k].list, List).n;
    Expr *e;
    bool incomplete;
    for (size_t i = 0; i < r->ninputs; i++)
        parse_repl_input(p, r->input_name, r->input_lines[i], r->inputs[i], &e, &incomplete);
    int32_t typed_src = typed ? (int32_t)p->sources.n : -1;
    if (typed) parse_repl_input(p, r->input_name, r->input_line, typed, &e, &incomplete);
    *store_src = st && !p->diags.errors ? declare_store_keys(p, st, skip) : -1;
    replace_typed(p, first_typed, typed_src);
    if (!p->diags.errors) resolve_program(p);
    return p;
}

/* A new program from the session's plan files, the definitions accepted
 * so far and `typed` (NULL for none), and the keys of store st. Check
 * p->diags.errors. */
static Program *build(Repl *r, const char *typed, Store *st)
{
    StrMap skip = {0};
    int32_t store_src;
    Program *p = build_once(r, typed, st, &skip, &store_src);
    if (p->diags.errors && bad_store_keys(p, store_src, &skip)) {
        program_free(p);
        p = build_once(r, typed, st, &skip, &store_src);
    }
    for (size_t i = 0; i < skip.cap; i++)
        if (skip.keys && skip.keys[i]) free(skip.vals[i]);
    strmap_free(&skip);
    return p;
}

/* Removes the notes from d: those of replace_typed say what a definition
 * replaces, and one with an error replaces nothing. */
static void drop_notes(Diags *d)
{
    size_t kept = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (d->items[i].level == DIAG_NOTE) free(d->items[i].msg);
        else d->items[kept++] = d->items[i];
    }
    d->n = kept;
}

/* Makes p (and st) the session's program and store if p is valid and the
 * store knows the plan's unit; otherwise reports why, frees p and keeps
 * the session as it was. */
static bool adopt(Repl *r, Program *p, Store *st)
{
    Eval *ev = NULL;
    if (!p->diags.errors && st) ev = eval_open(p, st, r->opt.period);
    if (p->diags.errors || (st && !ev)) {
        drop_notes(&p->diags);
        report(r, p);
        program_free(p);
        return false;
    }
    report(r, p); /* its warnings, if any */
    eval_close(r->ev);
    program_free(r->prog);
    if (st != r->st) store_close(r->st);
    r->prog = p;
    r->st = st;
    r->ev = ev;
    return true;
}

/* ---- expressions ---- */

/* Whether the session knows which unit it is about. */
static bool has_unit(const Program *p) { return p->plan.unit_code || p->plan.organiser; }

static bool evaluate(Repl *r, const Expr *e, Value *out)
{
    return eval_value(r->ev, e, out, NULL);
}

static void answer_expression(Repl *r, Expr *e, bool condition)
{
    ValueShow s = {.expr = e, .condition = condition};
    repl_line_interrupted(); /* a Ctrl-C from before this answer does not count */
    repl_line_interrupts(r->st);
    bool ok = evaluate(r, e, &s.value);
    if (ok && e->kind == E_BIN && binop_is_comparison(e->u.bin.op)) {
        s.has_sides = true;
        ok = evaluate(r, e->u.bin.l, &s.left) && evaluate(r, e->u.bin.r, &s.right);
    }
    if (ok && !condition && s.value.kind == VK_SERIES && e->kind == E_REF && e->u.ref.s->group < 0) {
        /* a series of one reference without a group: every group beside it */
        s.by_group = true;
        for (int g = 0; g < GRP_COUNT && ok; g++) {
            Selection one = *e->u.ref.s;
            one.group = g;
            Expr copy = *e;
            copy.u.ref.s = &one;
            ok = evaluate(r, &copy, &s.groups[g]);
        }
    }
    repl_line_interrupts(NULL);
    if (!ok) {
        /* a store error ends an evaluation session: report it, start anew */
        report(r, r->prog);
        eval_close(r->ev);
        r->ev = eval_open(r->prog, r->st, r->opt.period);
        if (!r->ev) report(r, r->prog);
    } else if (repl_line_interrupted()) {
        fputs("interrupted\n", stderr);
    } else {
        if (r->json) render_value_json(stdout, &s, r->st);
        else render_value_text(stdout, &s, r->prog, r->st);
        if (s.value.kind == VK_SCALAR && s.value.scalar.miss == M_NO_UNIT && !has_unit(r->prog)) {
            fflush(stdout);
            fputs("note: the session has no unit of its own: name one, as in x[\"0181\"], or load a "
                  "plan whose header says `unit \"0181\"`\n", stderr);
        }
    }
    value_show_free(&s);
}

/* An expression: parsed again into the session's program so its names
 * resolve there, then answered. */
static void run_expression(Repl *r, const char *text)
{
    if (!r->st) {
        session_error(r, "no store is open to take values from (start with --db FILE, or type .db FILE)");
        return;
    }
    if (!r->ev && !(r->ev = eval_open(r->prog, r->st, r->opt.period))) {
        report(r, r->prog);
        return;
    }
    Expr *e = NULL;
    bool incomplete, condition = false;
    if (!parse_repl_input(r->prog, r->input_name, r->input_line, text, &e, &incomplete) || !e ||
        !resolve_expression(r->prog, e, &condition)) {
        report(r, r->prog);
        return;
    }
    answer_expression(r, e, condition);
}

/* ---- plan questions ---- */

typedef enum QuestionArg { Q_NONE, Q_GOAL, Q_FOR_GOAL } QuestionArg;
typedef struct Question {
    const char *en, *sv;
    QuestionArg arg;
    void (*ask)(Repl *r, const Goal *g);
    const char *usage, *help;
} Question;

/* The plan judged (only one goal, when given); NULL after an error or
 * when Ctrl-C was pressed meanwhile. */
static PlanResult *judge(Repl *r, const Goal *only)
{
    EvalOptions eo = {.period = r->opt.period, .only = only ? only->id : NULL};
    repl_line_interrupted();
    repl_line_interrupts(r->st);
    PlanResult *res = eval_plan(r->prog, r->st, &eo);
    repl_line_interrupts(NULL);
    if (!res) {
        report(r, r->prog);
    } else if (repl_line_interrupted()) {
        fputs("interrupted\n", stderr);
        plan_result_free(res);
        res = NULL;
    }
    return res;
}

/* The plan judged for a question answered in text; in JSON mode the whole
 * judgement is printed as `ska check --format json` would, and NULL returned. */
static PlanResult *judge_for_text(Repl *r, const Goal *only)
{
    PlanResult *res = judge(r, only);
    if (res && r->json) {
        render_json(res, stdout);
        plan_result_free(res);
        return NULL;
    }
    return res;
}

/* The words of the answers to questions, in the plan's language (as
 * `ska check` speaks it); the session's own messages stay in English. */
typedef struct AnswerWords {
    const char *goal, *goals, *assessed, *why, *no_target, *target, *targets, *every, *none_is, *not_every,
        *whatever, *depends, *depends_many;
    const char *goals_col, *owner, *period, *cost, *resources, *about, *expect, *followup, *at,
        *no_measure_serves, *no_measures, *for_each, *when, *require, *flagged, *flagged_of, *without_data,
        *no_rules, *no_unit_flagged, *unit, *code;
} AnswerWords;

static const AnswerWords answers_sv = {
    "mål", "mål", "bedömning", "varför", "målet har inget målvärde att bedömas efter", "målvärde",
    "målvärden", "; alla målvärden är %s\n", "; inget är %s eller %s\n",
    "; inte alla målvärden är %s, men ett eller flera är %s eller %s",
    ", vad saknade data än skulle visa", "; statusen beror på målvärdet utan data\n",
    "; statusen beror på målvärdena utan data\n",
    "mål", "ansvarig", "period", "kostnad", "resurser", "om", "förväntad effekt", "uppföljning",
    ", den ", "ingen insats är kopplad till %s\n", "planen har inga insatser\n",
    "för varje", "när", "krav", "flaggade", "%d av %d %s", "utan data",
    "planen har inga regler", "ingen enhet flaggad (av %d %s)", "enhet", "kod"};
static const AnswerWords answers_en = {
    "goal", "goals", "assessed", "why", "the goal has no target to judge it by", "target", "targets",
    "; every target is %s\n", "; none is %s or %s\n",
    "; not every target is %s, but one or more is %s or %s", ", whatever the missing data would show",
    "; the status depends on the target without data\n",
    "; the status depends on the targets without data\n",
    "goals", "owner", "period", "cost", "resources", "about", "expect", "followup", ", at ",
    "no measure serves %s\n", "the plan has no measures\n", "for each", "when", "require", "flagged",
    "%d of %d %s", "without data", "the plan has no rules", "no unit flagged (of %d %s)",
    "unit", "code"};

static const AnswerWords *answers(const Program *p) { return p->plan.lang == LANG_EN ? &answers_en : &answers_sv; }

static void status_counts(const PlanResult *res, FILE *out)
{
    static const Status order[] = {ST_ACHIEVED, ST_PARTLY, ST_FAILED, ST_NODATA};
    const AnswerWords *w = answers(res->prog);
    fprintf(out, "%d %s: ", res->ngoals, res->ngoals == 1 ? w->goal : w->goals);
    for (int i = 0; i < ST_COUNT; i++)
        fprintf(out, "%s%d %s", i ? ", " : "", res->counts[order[i]],
                plan_status_word(res->prog, order[i]));
    fputc('\n', out);
}

static void ask_goals(Repl *r, const Goal *g)
{
    (void)g;
    PlanResult *res = judge(r, NULL);
    if (!res) return;
    if (r->json) {
        render_json(res, stdout);
    } else {
        RenderTable t = {.ncols = 3};
        for (int i = 0; i < res->ngoals; i++) {
            const Goal *goal = res->goals[i].goal;
            render_table_cell(&t, goal->id);
            render_table_cell(&t, plan_status_word(r->prog, res->goals[i].status));
            render_table_cell(&t, goal->title ? goal->title : "");
        }
        render_table_print(&t, stdout);
        status_counts(res, stdout);
    }
    plan_result_free(res);
}

/* A target as written, its `partly` and label included. */
static void target_text(const Program *p, const Target *t, StrBuf *sb)
{
    SrcLoc span = t->expr->loc;
    if (t->partly) span.end = t->partly->loc.end;
    src_text(p, span, sb);
    if (t->label) sb_printf(sb, "  \"%s\"", t->label);
}

static void ask_status(Repl *r, const Goal *g)
{
    PlanResult *res = judge_for_text(r, g);
    if (!res) return;
    const GoalResult *gr = &res->goals[0];
    printf("%s  %s%s%s\n", g->id, plan_status_word(r->prog, gr->status), g->title ? "  " : "",
           g->title ? g->title : "");
    /* an empty first column indents the targets under the goal */
    RenderTable t = {.ncols = 3};
    StrBuf sb = {0};
    for (int i = 0; i < gr->ntargets; i++) {
        sb_clear(&sb);
        target_text(r->prog, gr->targets[i].target, &sb);
        render_table_cell(&t, "");
        render_table_cell(&t, plan_status_word(r->prog, gr->targets[i].status));
        render_table_cell(&t, sb_str(&sb));
    }
    if (g->assessed) {
        sb_clear(&sb);
        sb_printf(&sb, "%s%s%s", answers(r->prog)->assessed, g->assessed_note ? ": " : "",
                  g->assessed_note ? g->assessed_note : "");
        render_table_cell(&t, "");
        render_table_cell(&t, plan_status_word(r->prog, assessment_status(g->assessed)));
        render_table_cell(&t, sb_str(&sb));
    }
    render_table_print(&t, stdout);
    sb_free(&sb);
    plan_result_free(res);
}

/* Why a goal has its status, by the rule that combines its targets:
 * uppnått when every target is, ej uppnått when none is uppnått or delvis,
 * delvis in between; a target without data counts only when the status
 * would be the same whether it were met or not. A written assessment
 * counts as one more target. */
static void why_line(const Program *p, const GoalResult *gr)
{
    static const Status order[] = {ST_ACHIEVED, ST_PARTLY, ST_FAILED, ST_NODATA};
    int count[ST_COUNT] = {0};
    for (int i = 0; i < gr->ntargets; i++) count[gr->targets[i].status]++;
    if (gr->goal->assessed) count[assessment_status(gr->goal->assessed)]++;
    int total = gr->ntargets + (gr->goal->assessed != AS_NONE);
    const AnswerWords *w = answers(p);
    printf("%s: %s — ", w->why, plan_status_word(p, gr->status));
    if (total == 0) {
        puts(w->no_target);
        return;
    }
    printf("%d %s:", total, total == 1 ? w->target : w->targets);
    for (int i = 0, first = 1; i < ST_COUNT; i++)
        if (count[order[i]]) {
            printf("%s %d %s", first ? "" : ",", count[order[i]], plan_status_word(p, order[i]));
            first = 0;
        }
    const char *yes = plan_status_word(p, ST_ACHIEVED), *part = plan_status_word(p, ST_PARTLY);
    switch (gr->status) {
    case ST_ACHIEVED: printf(w->every, yes); break;
    case ST_FAILED: printf(w->none_is, yes, part); break;
    case ST_PARTLY:
        printf(w->not_every, yes, yes, part);
        if (count[ST_NODATA]) fputs(w->whatever, stdout);
        fputc('\n', stdout);
        break;
    default:
        fputs(count[ST_NODATA] == 1 ? w->depends : w->depends_many, stdout);
        break;
    }
}

static void ask_explain(Repl *r, const Goal *g)
{
    PlanResult *res = judge(r, g);
    if (!res) return;
    if (r->json) {
        render_json(res, stdout);
    } else {
        render_text_goal(res, &res->goals[0], stdout, r->opt.color);
        why_line(r->prog, &res->goals[0]);
    }
    plan_result_free(res);
}

/* "ht2018–vt2019", "2021-01-15–2021-06-30": when a measure runs. */
static void span_text(const Measure *m, StrBuf *sb)
{
    char d[NUM_TEXT_MAX], p[PERIOD_TEXT_MAX];
    if (m->from) sb_puts(sb, period_format(m->from, p));
    else if (m->from_date) sb_puts(sb, fmt_date(m->from_date, d));
    if (m->to || m->to_date) sb_puts(sb, "–");
    if (m->to) sb_puts(sb, period_format(m->to, p));
    else if (m->to_date) sb_puts(sb, fmt_date(m->to_date, d));
}

/* One row of a card: an empty first cell indents it under the heading. */
static void card_row(RenderTable *t, const char *label, const char *value)
{
    render_table_cell(t, "");
    render_table_cell(t, label);
    render_table_cell(t, value);
}

static void measure_card(const Program *p, const MeasureResult *mr)
{
    const AnswerWords *w = answers(p);
    const Measure *m = mr->measure;
    RenderTable t = {.ncols = 3};
    StrBuf sb = {0};
    char num[NUM_TEXT_MAX];
    printf("%s%s%s\n", m->id, m->title ? "  " : "", m->title ? m->title : "");
    for (int i = 0; i < m->goals.n; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", ((const NameRef *)m->goals.items[i])->name);
    if (sb.len) card_row(&t, w->goals_col, sb_str(&sb));
    if (m->owner) card_row(&t, w->owner, m->owner);
    sb_clear(&sb);
    span_text(m, &sb);
    if (sb.len) card_row(&t, w->period, sb_str(&sb));
    if (m->has_cost) {
        sb_clear(&sb);
        sb_printf(&sb, "%s tkr", fmt_number(m->cost_tkr, num));
        card_row(&t, w->cost, sb_str(&sb));
    }
    if (m->resources) card_row(&t, w->resources, m->resources);
    if (m->description) card_row(&t, w->about, m->description);
    if (m->expect_text) card_row(&t, w->expect, m->expect_text);
    if (mr->has_expect) {
        sb_clear(&sb);
        src_text(p, m->expect->loc, &sb);
        sb_printf(&sb, ": %s", plan_status_word(p, mr->expect.status));
        card_row(&t, w->expect, sb_str(&sb));
    }
    for (int i = 0; i < m->followups.n; i++) {
        const Followup *f = m->followups.items[i];
        sb_clear(&sb);
        sb_puts(&sb, f->method);
        if (f->every) sb_printf(&sb, ", %s", cadence_word(f->every, p->plan.lang));
        for (int k = 0; k < f->ndates; k++) sb_printf(&sb, "%s%s", k ? ", " : w->at, fmt_date(f->dates[k], num));
        card_row(&t, w->followup, sb_str(&sb));
    }
    render_table_print(&t, stdout);
    sb_free(&sb);
}

static void ask_measures(Repl *r, const Goal *g)
{
    PlanResult *res = judge_for_text(r, g);
    if (!res) return;
    int shown = 0;
    for (int i = 0; i < res->nmeasures; i++) {
        if (g && !measure_serves(res->measures[i].measure, g)) continue;
        if (shown++) fputc('\n', stdout);
        measure_card(r->prog, &res->measures[i]);
    }
    if (!shown) printf(g ? answers(r->prog)->no_measure_serves : answers(r->prog)->no_measures, g ? g->id : "");
    plan_result_free(res);
}

static void ask_rules(Repl *r, const Goal *g)
{
    (void)g;
    PlanResult *res = judge_for_text(r, NULL);
    if (!res) return;
    const AnswerWords *w = answers(r->prog);
    Lang lang = r->prog->plan.lang;
    StrBuf sb = {0};
    for (int i = 0; i < res->nrules; i++) {
        const RuleResult *rr = &res->rules[i];
        const Rule *rule = rr->rule;
        RenderTable t = {.ncols = 3};
        if (i) fputc('\n', stdout);
        printf("%s%s%s\n", rule->id, rule->title ? "  " : "", rule->title ? rule->title : "");
        card_row(&t, w->for_each, unit_kind_word(rule->scope_kind ? rule->scope_kind : "school", lang, false));
        if (rule->when) {
            sb_clear(&sb);
            src_text(r->prog, rule->when->loc, &sb);
            card_row(&t, w->when, sb_str(&sb));
        }
        sb_clear(&sb);
        src_text(r->prog, rule->require->loc, &sb);
        card_row(&t, w->require, sb_str(&sb));
        sb_clear(&sb);
        sb_printf(&sb, w->flagged_of, rr->nflagged - rr->nnodata, rr->nunits,
                  unit_kind_word(rule->scope_kind ? rule->scope_kind : "school", lang, true));
        if (rr->nnodata) sb_printf(&sb, ", %d %s", rr->nnodata, w->without_data);
        card_row(&t, w->flagged, sb_str(&sb));
        render_table_print(&t, stdout);
    }
    if (!res->nrules) puts(w->no_rules);
    sb_free(&sb);
    plan_result_free(res);
}

static void ask_flagged(Repl *r, const Goal *g)
{
    (void)g;
    PlanResult *res = judge_for_text(r, NULL);
    if (!res) return;
    char num[NUM_TEXT_MAX];
    const AnswerWords *w = answers(r->prog);
    for (int i = 0; i < res->nrules; i++) {
        const RuleResult *rr = &res->rules[i];
        if (i) fputc('\n', stdout);
        printf("%s%s%s\n", rr->rule->id, rr->rule->title ? "  " : "", rr->rule->title ? rr->rule->title : "");
        if (!rr->nflagged) {
            fputs("  ", stdout);
            printf(w->no_unit_flagged, rr->nunits, unit_kind_word(rr->rule->scope_kind ? rr->rule->scope_kind : "school", r->prog->plan.lang, true));
            fputc('\n', stdout);
            continue;
        }
        /* columns: indent, unit, code, one per value the rule reads, why */
        RenderTable t = {.ncols = 4 + (int)rr->leaves.n};
        for (size_t k = 0; k < rr->leaves.n; k++) t.right |= 1u << (3 + k);
        render_table_cell(&t, ""), render_table_cell(&t, w->unit), render_table_cell(&t, w->code);
        for (size_t k = 0; k < rr->leaves.n; k++) {
            const Evidence *leaf = &rr->leaves.items[k];
            render_table_cell(&t, leaf->what ? leaf->what : leaf->ind ? leaf->ind->name : "value");
        }
        render_table_cell(&t, "");
        for (int j = 0; j < rr->nflagged; j++) {
            const FlaggedUnit *f = &rr->flagged[j];
            render_table_cell(&t, ""), render_table_cell(&t, f->name), render_table_cell(&t, f->code);
            for (size_t k = 0; k < rr->leaves.n; k++) {
                const Evidence *leaf = &rr->leaves.items[k];
                render_table_cell(&t, fmt_value(f->leaf_values[k], leaf->value_unit, r->prog->plan.lang, num));
            }
            render_table_cell(&t, f->nodata ? plan_status_word(r->prog, ST_NODATA) : "");
        }
        render_table_print(&t, stdout);
    }
    if (!res->nrules) puts(w->no_rules);
    plan_result_free(res);
}

static const Question questions[] = {
    {"goals", "mål", Q_NONE, ask_goals, "goals", "every goal and its status"},
    {"status", "status", Q_GOAL, ask_status, "status GOAL", "a goal's status and each of its targets'"},
    {"explain", "förklara", Q_GOAL, ask_explain, "explain GOAL",
     "every target of a goal: the values and periods used, and why"},
    {"measures", "insatser", Q_FOR_GOAL, ask_measures, "measures [for GOAL]",
     "the measures (for one goal): owner, period, cost, expected effect, follow-up"},
    {"rules", "regler", Q_NONE, ask_rules, "rules", "every rule: what it requires, how many units it flags"},
    {"flagged", "flaggade", Q_NONE, ask_flagged, "flagged", "the units the rules flag, with their values"},
};
#define NQUESTIONS (sizeof questions / sizeof questions[0])

/* Splits text into white-space separated words; returns how many there
 * are (up to max are stored). */
typedef struct Span { size_t start, end; } Span;
static int split_words(const char *text, Span *w, int max)
{
    int n = 0;
    for (size_t i = 0; text[i];) {
        while (text[i] && is_space(text[i])) i++;
        if (!text[i]) break;
        size_t start = i;
        while (text[i] && !is_space(text[i])) i++;
        if (n < max) w[n] = (Span){start, i};
        n++;
    }
    return n;
}

static bool word_is(const char *text, Span w, const char *word)
{
    return strlen(word) == w.end - w.start && strncmp(text + w.start, word, w.end - w.start) == 0;
}

static const Goal *find_goal(const Program *p, const char *id)
{
    for (int i = 0; i < p->goals.n; i++)
        if (strcmp(((const Goal *)p->goals.items[i])->id, id) == 0) return p->goals.items[i];
    return NULL;
}

/* A suggestion for a mistyped name, by the resolver's measure: at most a
 * third of the name's letters (and three) wrong. Call with each candidate;
 * *best starts NULL and *best_d at -1. */
static void consider(const char *name, const char *candidate, const char **best, int *best_d)
{
    if (*best_d < 0) {
        *best_d = 1 + (int)utf8_width(name, strlen(name)) / 3;
        if (*best_d > 3) *best_d = 3;
    }
    int d = utf8_distance(name, candidate);
    if (d <= *best_d && (!*best || d < *best_d)) *best = candidate, *best_d = d;
}

static void unknown_goal(Repl *r, const char *text, Span w)
{
    char *id = xstrndup(text + w.start, w.end - w.start);
    const char *best = NULL;
    int best_d = -1;
    for (int i = 0; i < r->prog->goals.n; i++)
        consider(id, ((const Goal *)r->prog->goals.items[i])->id, &best, &best_d);
    if (best) input_error(r, text, w.start, w.end, "unknown goal '%s' (did you mean '%s'?)", id, best);
    else if (r->prog->goals.n) input_error(r, text, w.start, w.end, "unknown goal '%s' (`goals` lists them)", id);
    else input_error(r, text, w.start, w.end, "unknown goal '%s': the session has no goals (.load a plan)", id);
    free(id);
}

/* Answers text if it is a plan question. Returns false if it is not one
 * (`mål G1 { … }` is a goal being declared, not the question `mål`). */
static bool try_question(Repl *r, const char *text)
{
    Span w[4];
    int n = split_words(text, w, 4);
    if (n == 0) return false;
    for (size_t i = 0; i < NQUESTIONS; i++) {
        const Question *q = &questions[i];
        if (!word_is(text, w[0], q->en) && !word_is(text, w[0], q->sv)) continue;
        bool for_word = n == 3 && (word_is(text, w[1], "for") || word_is(text, w[1], "för"));
        bool shape = q->arg == Q_NONE ? n == 1
                   : q->arg == Q_GOAL ? n == 2
                                      : n == 1 || for_word;
        if (!shape) {
            /* a keyword (goals, mål) may begin a declaration instead */
            if (keyword_lookup(text + w[0].start, w[0].end - w[0].start)) return false;
            input_error(r, text, w[0].start, w[n < 4 ? n - 1 : 3].end, "expected `%s`", q->usage);
            return true;
        }
        if (!r->st) {
            session_error(r, "no store is open to judge the plan against (start with --db FILE, or type .db FILE)");
            return true;
        }
        const Goal *g = NULL;
        if (n > 1) {
            Span id = w[n - 1];
            char *name = xstrndup(text + id.start, id.end - id.start);
            g = find_goal(r->prog, name);
            free(name);
            if (!g) {
                unknown_goal(r, text, id);
                return true;
            }
        }
        q->ask(r, g);
        return true;
    }
    return false;
}

/* ---- dot-commands ---- */

typedef struct DotCommand DotCommand;
struct DotCommand {
    const char *name, *args, *help;
    /* arg is the argument's span in text (empty when none was given) */
    void (*run)(Repl *r, const DotCommand *d, const char *text, Span arg);
};

static void print_help(Repl *r);

static void dot_help(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)r, (void)d, (void)text, (void)arg;
    print_help(r);
}

static char *arg_text(const char *text, Span arg) { return xstrndup(text + arg.start, arg.end - arg.start); }

static bool need_arg(Repl *r, const char *text, Span arg, const DotCommand *d)
{
    if (arg.end > arg.start) return true;
    input_error(r, text, 0, strlen(text), "expected `%s %s`", d->name, d->args);
    return false;
}

static void dot_load(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    if (!need_arg(r, text, arg, d)) return;
    char *file = arg_text(text, arg);
    push_string(&r->files, &r->nfiles, &r->capfiles, file);
    if (!adopt(r, build(r, NULL, r->st), r->st)) free(r->files[--r->nfiles]);
    free(file);
}

static void dot_db(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    if (!need_arg(r, text, arg, d)) return;
    char *path = arg_text(text, arg), *err = NULL;
    Store *st = store_open(path, STORE_READ, &err);
    if (!st) {
        session_error(r, "%s", err);
        free(err);
    } else if (!adopt(r, build(r, NULL, st), st)) {
        store_close(st);
    }
    free(path);
}

/* "2013..2018", "2017, 2018", "ht2019..vt2021": periods, runs collapsed. */
static void periods_text(const Period *ps, size_t n, StrBuf *sb)
{
    char a[PERIOD_TEXT_MAX], b[PERIOD_TEXT_MAX];
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && period_next(ps[j]) == ps[j + 1]) j++;
        if (sb->len) sb_puts(sb, ", ");
        if (j - i >= 2) sb_printf(sb, "%s..%s", period_format(ps[i], a), period_format(ps[j], b));
        else if (j > i) sb_printf(sb, "%s, %s", period_format(ps[i], a), period_format(ps[j], b));
        else sb_puts(sb, period_format(ps[i], a));
        i = j + 1;
    }
}

/* The stored periods of an indicator (NULL with n 0 if none). -1 on a
 * store error. */
static int64_t indicator_periods(Repl *r, const Indicator *ind, Period **ps)
{
    *ps = NULL;
    int64_t id = store_indicator_id(r->st, ast_indicator_key(ind));
    if (id <= 0) return id;
    return store_periods(r->st, id, ps);
}

static bool need_store(Repl *r)
{
    if (r->st) return true;
    session_error(r, "no store is open (start with --db FILE, or type .db FILE)");
    return false;
}

static void dot_indicators(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d, (void)text, (void)arg;
    RenderTable t = {.ncols = 3};
    render_table_cell(&t, "name"), render_table_cell(&t, "periods"), render_table_cell(&t, "title");
    StrBuf sb = {0};
    for (int i = 0; i < r->prog->indicators.n; i++) {
        const Indicator *ind = r->prog->indicators.items[i];
        sb_clear(&sb);
        if (ind->formula) {
            sb_puts(&sb, "= ");
            src_text(r->prog, ind->formula->loc, &sb);
        } else if (r->st) {
            Period *ps;
            int64_t n = indicator_periods(r, ind, &ps);
            if (n < 0) {
                session_error(r, "store %s: %s", store_path(r->st), store_errmsg(r->st));
                break;
            }
            if (n == 0) sb_puts(&sb, "no data");
            periods_text(ps, (size_t)n, &sb);
            free(ps);
        }
        render_table_cell(&t, ind->name);
        render_table_cell(&t, sb_str(&sb));
        render_table_cell(&t, ind->title ? ind->title : "");
    }
    sb_free(&sb);
    render_table_print(&t, stdout);
}

typedef struct UnitList { const Program *prog; RenderTable *t; } UnitList;

static bool list_unit(void *ctx, const char *code, const char *name)
{
    UnitList *l = ctx;
    const char *declared = "";
    for (int i = 0; i < l->prog->units.n; i++) {
        const UnitDecl *u = l->prog->units.items[i];
        if (u->code && strcmp(u->code, code) == 0) declared = u->name;
    }
    render_table_cell(l->t, code), render_table_cell(l->t, name), render_table_cell(l->t, declared);
    return true;
}

static void dot_units(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d, (void)text, (void)arg;
    if (!need_store(r)) return;
    RenderTable t = {.ncols = 3};
    render_table_cell(&t, "code"), render_table_cell(&t, "name"), render_table_cell(&t, "in the plan");
    UnitList l = {r->prog, &t};
    if (store_list_units(r->st, list_unit, &l) < 0) {
        render_table_free(&t);
        session_error(r, "store %s: %s", store_path(r->st), store_errmsg(r->st));
        return;
    }
    render_table_print(&t, stdout);
}

static int cmp_period(const void *a, const void *b)
{
    Period x = *(const Period *)a, y = *(const Period *)b;
    return (x > y) - (x < y);
}

static void dot_periods(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d;
    if (!need_store(r)) return;
    char *name = arg.end > arg.start ? arg_text(text, arg) : NULL;
    Period *all = NULL;
    size_t n = 0, cap = 0;
    bool found = false;
    for (int i = 0; i < r->prog->indicators.n; i++) {
        const Indicator *ind = r->prog->indicators.items[i];
        if (name && strcmp(ind->name, name) != 0) continue;
        found = true;
        Period *ps;
        int64_t k = ind->formula ? 0 : indicator_periods(r, ind, &ps);
        if (k < 0) {
            session_error(r, "store %s: %s", store_path(r->st), store_errmsg(r->st));
            free(all);
            free(name);
            return;
        }
        for (int64_t j = 0; j < k; j++) VEC_PUSH(all, n, cap, ps[j]);
        if (k > 0) free(ps);
    }
    if (name && !found) {
        input_error(r, text, arg.start, arg.end, "unknown indicator '%s' (.indicators lists them)", name);
    } else {
        if (n) qsort(all, n, sizeof *all, cmp_period); /* all is NULL when there is none */
        size_t u = 0;
        for (size_t i = 0; i < n; i++)
            if (u == 0 || all[u - 1] != all[i]) all[u++] = all[i];
        StrBuf sb = {0};
        periods_text(all, u, &sb);
        puts(u ? sb_str(&sb) : "no periods: there is no data for it in the store");
        sb_free(&sb);
    }
    free(all);
    free(name);
}

/* Every stored value of an indicator that an import replaced: what it was,
 * what replaced it, and when (history.h). */
static void dot_revisions(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d;
    if (!need_store(r)) return;
    if (arg.end <= arg.start) {
        input_error(r, text, arg.start, arg.end, "expected an indicator's name: .revisions NAME");
        return;
    }
    char *name = arg_text(text, arg);
    const Indicator *ind = NULL;
    for (int i = 0; i < r->prog->indicators.n && !ind; i++) {
        const Indicator *it = r->prog->indicators.items[i];
        if (strcmp(it->name, name) == 0) ind = it;
    }
    if (!ind || ind->formula) {
        input_error(r, text, arg.start, arg.end,
                    ind ? "'%s' is derived: its own values are never stored (.revisions of what it reads)"
                        : "unknown indicator '%s' (.indicators lists them)", name);
        free(name);
        return;
    }
    Revision *rv;
    long n = store_revisions(r->st, 0, ast_indicator_key(ind), &rv);
    if (n < 0) session_error(r, "store %s: %s", store_path(r->st), store_errmsg(r->st));
    else if (n == 0) printf("no revisions: no import has changed a stored value of %s\n", name);
    StrBuf sb = {0};
    for (long i = 0; i < n; i++) {
        char p[PERIOD_TEXT_MAX];
        UnitInfo u = {0};
        sb_clear(&sb);
        sb_printf(&sb, "%s %s %s", period_format(rv[i].period, p), group_names[rv[i].grp], rv[i].unit_code);
        if (store_unit_get(r->st, rv[i].unit, &u) == 1) sb_printf(&sb, " %s", u.name);
        unit_info_free(&u);
        sb_puts(&sb, ": ");
        change_stored_text(rv[i].before, ind, &sb);
        sb_puts(&sb, " → ");
        change_stored_text(rv[i].after, ind, &sb);
        printf("%s (import %lld, %s)\n", sb_str(&sb), (long long)rv[i].import_run, rv[i].when ? rv[i].when : "?");
    }
    sb_free(&sb);
    if (n > 0) revisions_free(rv, (size_t)n);
    free(name);
}

static void dot_format(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d;
    if (arg.end == arg.start) {
        puts(r->json ? "json" : "text");
        return;
    }
    if (word_is(text, arg, "text")) r->json = false;
    else if (word_is(text, arg, "json")) r->json = true;
    else input_error(r, text, arg.start, arg.end, "unknown format (expected text or json)");
}

/* Lists what Tab would offer at the end of the text after ".complete ":
 * the completion a person gets, for tests and the curious. */
static void dot_complete(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d;
    const char *line = text + arg.start;
    size_t end = strlen(line);
    ReplWords w = {0};
    repl_complete(r, line, repl_word_start(line, end), end, &w);
    for (size_t i = 0; i < w.n; i++) puts(w.items[i]);
    repl_words_free(&w);
}

static void dot_quit(Repl *r, const DotCommand *d, const char *text, Span arg)
{
    (void)d, (void)text, (void)arg;
    r->quit = true;
}

static const DotCommand dot_commands[] = {
    {".help", "", "show this help", dot_help},
    {".load", "FILE", "add the plan (or module) FILE to the session", dot_load},
    {".db", "FILE", "take values from the results store FILE", dot_db},
    {".indicators", "", "every indicator: name, periods with data, title", dot_indicators},
    {".units", "", "the units in the store: code, name, name in the plan", dot_units},
    {".periods", "[NAME]", "the periods with data (for indicator NAME)", dot_periods},
    {".revisions", "NAME", "stored values of indicator NAME that imports revised", dot_revisions},
    {".format", "text|json", "how answers print (no argument: show it)", dot_format},
    {".complete", "TEXT", "list what Tab offers at the end of TEXT", dot_complete},
    {".quit", "", "leave (Ctrl-D does too)", dot_quit},
};
#define NDOT_COMMANDS (sizeof dot_commands / sizeof dot_commands[0])

/* The indicator the examples of .help use: the first with data in the
 * store (derived ones have none of their own), else the first there is;
 * *last is the latest period it has data for, 0 when unknown. */
static const Indicator *example_indicator(Repl *r, Period *last)
{
    const Indicator *first = NULL;
    *last = 0;
    for (int i = 0; i < r->prog->indicators.n; i++) {
        const Indicator *ind = r->prog->indicators.items[i];
        if (!first) first = ind;
        Period *ps;
        int64_t n = r->st && !ind->formula ? indicator_periods(r, ind, &ps) : 0;
        for (int64_t k = 0; k < n; k++)
            if (ps[k] > *last) *last = ps[k];
        if (n > 0) free(ps);
        if (*last) return ind;
    }
    return first;
}

/* The examples of .help, made from the session's plan and store so that
 * each of them can be typed as it is: an expression for the period under
 * review, a series, a comparison per school, a `let` and a goal using it
 * (named so that it adds a goal, not replaces one). Without any indicator,
 * the words of a school plan. */
static void help_examples(Repl *r, StrBuf *exprs, StrBuf *defs)
{
    Period last;
    const Indicator *ind = example_indicator(r, &last);
    if (!ind) {
        sb_puts(exprs, "  meritvärde[2018]   meritvärde[pojkar, 2014..2018]   behörig[skolor] < 85 %");
        sb_puts(defs, "  let mål_behörig = 80 %     goal G9 \"…\" { target behörig >= mål_behörig }");
        return;
    }
    Period p = r->opt.period ? r->opt.period : r->prog->plan.period ? r->prog->plan.period : last;
    char pt[PERIOD_TEXT_MAX], ft[PERIOD_TEXT_MAX];
    const char *n = ind->name;
    if (p) {
        Period from = p;
        for (int i = 0; i < 4; i++) from = period_prev(from);
        sb_printf(exprs, "  %s[%s]   %s[pojkar, %s..%s]", n, period_format(p, pt), n, period_format(from, ft),
                  pt);
    } else {
        sb_printf(exprs, "  %s[latest]   %s[pojkar]", n, n);
    }
    const char *op = ind->dir == DIR_LOWER ? "<=" : ">=";
    sb_printf(exprs, "   %s[skolor] %s %s", n, op, n);
    StrBuf id = {0};
    for (int k = 9; !id.len || find_goal(r->prog, sb_str(&id)); k++) {
        sb_free(&id);
        sb_printf(&id, "G%d", k);
    }
    sb_printf(defs, "  let mål_%s = %s[previous]     goal %s \"…\" { target %s %s mål_%s }", n, n, sb_str(&id),
              n, op, n);
    sb_free(&id);
}

/* Generated from the session and the tables of questions and commands. */
static void print_help(Repl *r)
{
    StrBuf exprs = {0}, defs = {0};
    help_examples(r, &exprs, &defs);
    printf("Type an expression to see its value for the plan's organiser:\n%s\n"
           "a definition to add it to the session (one of the same name is replaced):\n%s\n"
           "or a question about the plan, or a command:\n", sb_str(&exprs), sb_str(&defs));
    sb_free(&exprs);
    sb_free(&defs);
    RenderTable t = {.ncols = 3};
    for (size_t i = 0; i < NQUESTIONS; i++)
        card_row(&t, questions[i].usage, questions[i].help);
    for (size_t i = 0; i < NDOT_COMMANDS; i++) {
        StrBuf sb = {0};
        sb_printf(&sb, "%s%s%s", dot_commands[i].name, *dot_commands[i].args ? " " : "", dot_commands[i].args);
        card_row(&t, sb_str(&sb), dot_commands[i].help);
        sb_free(&sb);
    }
    render_table_print(&t, stdout);
    fputs("The questions in Swedish:", stdout);
    for (size_t i = 0; i < NQUESTIONS; i++) printf("%s %s", i ? "," : "", questions[i].sv);
    if (r->prog->goals.n) printf(" (insatser för %s).\n", ((const Goal *)r->prog->goals.items[0])->id);
    else puts(".");
    puts("A definition continues over several lines while a brace is open. Tab completes\n"
         "names, keywords and commands; Ctrl-C cancels the line; Ctrl-D leaves.");
}


static void run_dot_command(Repl *r, const char *text)
{
    size_t start = 0;
    while (is_space(text[start])) start++;
    size_t end = start;
    while (text[end] && !is_space(text[end])) end++;
    /* the argument: after one run of blanks; trailing blanks dropped,
     * except for .complete, where they say a new word starts */
    Span arg = {end, end};
    while (text[arg.start] == ' ' || text[arg.start] == '\t') arg.start++;
    arg.end = strlen(text);
    const DotCommand *d = NULL;
    for (size_t i = 0; i < NDOT_COMMANDS; i++)
        if (strlen(dot_commands[i].name) == end - start &&
            strncmp(dot_commands[i].name, text + start, end - start) == 0)
            d = &dot_commands[i];
    if (!d) {
        char *name = xstrndup(text + start, end - start);
        const char *best = NULL;
        int best_d = -1;
        for (size_t i = 0; i < NDOT_COMMANDS; i++) consider(name, dot_commands[i].name, &best, &best_d);
        if (best) input_error(r, text, start, end, "unknown command '%s' (did you mean '%s'?)", name, best);
        else input_error(r, text, start, end, "unknown command '%s' (.help lists the commands)", name);
        free(name);
        return;
    }
    if (d->run != dot_complete)
        while (arg.end > arg.start && is_space(text[arg.end - 1])) arg.end--;
    d->run(r, d, text, arg);
}

/* ---- completion ---- */

static const char expr_breaks[] = " \t\n\"()[],;+-*/<>=!{}%";
static const char file_breaks[] = " \t\n";

/* The first word of line, with leading blanks skipped. */
static Span first_word(const char *line)
{
    Span w;
    int n = split_words(line, &w, 1);
    return n ? w : (Span){0, 0};
}

const char *repl_word_breaks(const char *line)
{
    Span w = first_word(line);
    return word_is(line, w, ".load") || word_is(line, w, ".db") ? file_breaks : expr_breaks;
}

size_t repl_word_start(const char *line, size_t end)
{
    /* inside an open quote the word starts after it, as readline finds */
    size_t quote = 0;
    bool open = false;
    for (size_t i = 0; i < end; i++)
        if (strchr(REPL_QUOTES, line[i])) open = !open, quote = i + 1;
    if (open) return quote;
    const char *breaks = repl_word_breaks(line);
    size_t s = end;
    while (s > 0 && !strchr(breaks, line[s - 1])) s--;
    return s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct Candidates { ReplWords *out; const char *prefix; size_t len; } Candidates;

static void offer(Candidates *c, const char *word)
{
    if (word && strncmp(word, c->prefix, c->len) == 0) repl_words_add(c->out, word);
}

static bool offer_unit(void *ctx, const char *code, const char *name)
{
    offer(ctx, code);
    offer(ctx, name);
    return true;
}

static void offer_goals(Candidates *c, const Program *p)
{
    for (int i = 0; i < p->goals.n; i++) offer(c, ((const Goal *)p->goals.items[i])->id);
}

/* Words of the language and names of the session. */
static void offer_names(Candidates *c, const Program *p)
{
    for (int i = 0; i < keyword_count; i++) offer(c, keywords[i].word);
    for (int i = 0; i < FN_COUNT_; i++) offer(c, builtins[i].name);
    for (int i = 0; resolve_reserved_word(i); i++) offer(c, resolve_reserved_word(i));
    for (int g = 0; g < GRP_COUNT; g++) offer(c, group_names[g]);
    for (int i = 0; i < p->indicators.n; i++) offer(c, ((const Indicator *)p->indicators.items[i])->name);
    for (int i = 0; i < p->lets.n; i++) offer(c, ((const LetDecl *)p->lets.items[i])->name);
    for (int i = 0; i < p->units.n; i++) offer(c, ((const UnitDecl *)p->units.items[i])->name);
    offer_goals(c, p);
    for (int i = 0; i < p->measures.n; i++) offer(c, ((const Measure *)p->measures.items[i])->id);
    for (int i = 0; i < p->rules.n; i++) offer(c, ((const Rule *)p->rules.items[i])->id);
}

static const Question *question_named(const char *line, Span w)
{
    for (size_t i = 0; i < NQUESTIONS; i++)
        if (word_is(line, w, questions[i].en) || word_is(line, w, questions[i].sv)) return &questions[i];
    return NULL;
}

bool repl_complete(Repl *r, const char *line, size_t start, size_t end, ReplWords *out)
{
    char *prefix = xstrndup(line + start, end - start);
    Candidates c = {out, prefix, end - start};
    size_t before = out->n;
    Span w[3];
    char *head = xstrndup(line, start);
    int n = split_words(head, w, 3); /* the words before the one completed */
    bool files = false;
    if (n == 0 && prefix[0] == '.') {
        for (size_t i = 0; i < NDOT_COMMANDS; i++) offer(&c, dot_commands[i].name);
    } else if (n > 0 && head[w[0].start] == '.') {
        if (word_is(head, w[0], ".load") || word_is(head, w[0], ".db")) {
            repl_line_files(prefix, out);
            files = true;
        } else if (n == 1 && word_is(head, w[0], ".format")) {
            offer(&c, "text"), offer(&c, "json");
        } else if (n == 1 && word_is(head, w[0], ".periods")) {
            for (int i = 0; i < r->prog->indicators.n; i++)
                offer(&c, ((const Indicator *)r->prog->indicators.items[i])->name);
        }
    } else if (start > 0 && strchr(REPL_QUOTES, line[start - 1])) {
        /* a unit's code or name, in quotes */
        for (int i = 0; i < r->prog->units.n; i++) offer(&c, ((const UnitDecl *)r->prog->units.items[i])->code);
        if (r->st) store_list_units(r->st, offer_unit, &c);
    } else if (n > 0 && question_named(head, w[0]) && question_named(head, w[0])->arg != Q_NONE &&
               !keyword_lookup(head + w[0].start, w[0].end - w[0].start)) {
        const Question *q = question_named(head, w[0]);
        if (q->arg == Q_GOAL && n == 1) offer_goals(&c, r->prog);
        else if (q->arg == Q_FOR_GOAL && n == 1) offer(&c, word_is(head, w[0], q->sv) ? "för" : "for");
        else if (q->arg == Q_FOR_GOAL && n == 2) offer_goals(&c, r->prog);
    } else {
        if (n == 0)
            for (size_t i = 0; i < NQUESTIONS; i++) offer(&c, questions[i].en), offer(&c, questions[i].sv);
        offer_names(&c, r->prog);
    }
    /* sorted, each word once */
    if (out->n > before) qsort(out->items + before, out->n - before, sizeof *out->items, cmp_str);
    size_t kept = before;
    for (size_t i = before; i < out->n; i++) {
        if (kept > before && strcmp(out->items[kept - 1], out->items[i]) == 0) free(out->items[i]);
        else out->items[kept++] = out->items[i];
    }
    out->n = kept;
    free(head);
    free(prefix);
    return files;
}

/* ---- the session ---- */

static bool declares_anything(const Program *p)
{
    return p->plan.present || p->indicators.n || p->goals.n || p->measures.n || p->rules.n ||
           p->units.n || p->lets.n || p->scales.n || p->sources.n > 1;
}

/* Answers one input (a definition or an expression, possibly several
 * lines). Returns false when it needs more lines; at_end says there are
 * none, so an unfinished input is reported as the error it is. */
static bool run_input(Repl *r, const char *text, bool at_end)
{
    /* parsed apart first: a definition must not touch the session's
     * program unless it resolves */
    Program *scratch = program_new();
    Expr *e = NULL;
    bool incomplete = false;
    bool ok = parse_repl_input(scratch, r->input_name, r->input_line, text, &e, &incomplete);
    if (!ok && incomplete && !at_end) {
        program_free(scratch);
        return false;
    }
    bool is_expr = ok && e != NULL, declares = ok && declares_anything(scratch);
    if (!ok) report(r, scratch);
    program_free(scratch);
    if (is_expr) {
        run_expression(r, text);
    } else if (declares && adopt(r, build(r, text, r->st), r->st)) {
        size_t n = r->ninputs;
        VEC_PUSH(r->input_lines, n, r->capinput_lines, r->input_line);
        push_string(&r->inputs, &r->ninputs, &r->capinputs, text);
    }
    return true;
}

static bool complete_cb(void *ctx, const char *line, size_t start, size_t end, ReplWords *out)
{
    return repl_complete(ctx, line, start, end, out);
}

Repl *repl_open(const ReplOptions *opt)
{
    Repl *r = xcalloc(1, sizeof *r);
    r->opt = *opt;
    r->input_name = opt->interactive ? "<repl>" : "<stdin>";
    r->prog = program_new();
    for (int i = 0; i < opt->nplans; i++) push_string(&r->files, &r->nfiles, &r->capfiles, opt->plans[i]);
    Store *st = NULL;
    if (opt->db) {
        char *err = NULL;
        st = store_open(opt->db, STORE_READ, &err);
        if (!st) {
            fprintf(stderr, "ska repl: %s\n", err);
            free(err);
            repl_close(r);
            return NULL;
        }
    }
    if (!adopt(r, build(r, NULL, st), st)) {
        store_close(st);
        repl_close(r);
        return NULL;
    }
    r->line = repl_line_open(opt->interactive, complete_cb, r);
    return r;
}

static void banner(const Repl *r)
{
    const Program *p = r->prog;
    printf("ska %s", SKA_VERSION);
    if (p->plan.title) printf(" — %s", p->plan.title);
    printf("\n%d goal%s, %d indicator%s; ", p->goals.n, p->goals.n == 1 ? "" : "s", p->indicators.n,
           p->indicators.n == 1 ? "" : "s");
    if (r->st) printf("store %s.", store_path(r->st));
    else printf("no store (.db FILE opens one).");
    puts(" Type .help for help, Ctrl-D to leave.");
}

/* Each command reads the store in one read transaction: one commit for
 * the whole answer, and the next command sees what an import committed
 * meanwhile (the session's cached values are then dropped). */
static void command_begin(Repl *r)
{
    if (r->st && store_read_begin(r->st) == 1) {
        eval_close(r->ev);
        r->ev = NULL; /* opened again by the next expression */
    }
}

/* st: the store the command began with; a .db command may have closed it */
static void command_end(Repl *r, const Store *st)
{
    if (r->st && r->st == st) store_read_end(r->st);
}

int repl_run(Repl *r)
{
    if (r->opt.interactive) banner(r);
    StrBuf pending = {0};
    while (!r->quit) {
        char *line;
        ReplRead got = repl_line_read(r->line, pending.len ? "...> " : "ska> ", &line);
        if (got == REPL_READ_LINE) {
            r->lines_read++;
            if (!pending.len) r->input_line = r->lines_read;
        }
        if (got == REPL_READ_CANCEL) {
            sb_clear(&pending);
            continue;
        }
        Store *began = r->st;
        command_begin(r);
        if (got == REPL_READ_EOF) {
            if (pending.len) run_input(r, sb_str(&pending), true);
            command_end(r, began);
            break;
        }
        if (!pending.len) {
            /* commands and questions are one line and recognised before parsing */
            const char *p = line;
            while (is_space(*p)) p++;
            if (!*p) {
                command_end(r, began);
                free(line);
                continue;
            }
            if (*p == '.' || try_question(r, line)) {
                if (*p == '.') run_dot_command(r, line);
                command_end(r, began);
                repl_line_remember(r->line, line);
                free(line);
                fflush(stdout);
                continue;
            }
        }
        sb_puts(&pending, line);
        sb_putc(&pending, '\n');
        free(line);
        bool done = run_input(r, sb_str(&pending), false);
        command_end(r, began);
        if (!done) continue;
        pending.data[--pending.len] = 0; /* the entry without its last newline */
        repl_line_remember(r->line, sb_str(&pending));
        sb_clear(&pending);
        fflush(stdout);
    }
    sb_free(&pending);
    return r->failed && !r->opt.interactive ? 2 : 0;
}

void repl_close(Repl *r)
{
    if (!r) return;
    repl_line_close(r->line);
    eval_close(r->ev);
    program_free(r->prog);
    store_close(r->st);
    for (size_t i = 0; i < r->nfiles; i++) free(r->files[i]);
    free(r->input_lines);
    free(r->files);
    for (size_t i = 0; i < r->ninputs; i++) free(r->inputs[i]);
    free(r->inputs);
    free(r);
}
