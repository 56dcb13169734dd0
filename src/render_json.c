/* render_json.c — `ska check --format json`: the stable machine-readable
 * shape documented in docs/json.md. Numbers are plain JSON numbers; a
 * missing value is null with its reason beside it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "history.h"
#include "render.h"

void json_quote(StrBuf *sb, const char *s)
{
    sb_putc(sb, '"');
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (;;) {
        /* the text between characters JSON escapes goes out in one piece */
        const unsigned char *run = p;
        while (*p >= 0x20 && *p != '"' && *p != '\\') p++;
        if (p > run) sb_putn(sb, (const char *)run, (size_t)(p - run));
        if (!*p) break;
        switch (*p) {
        case '"': sb_puts(sb, "\\\""); break;
        case '\\': sb_puts(sb, "\\\\"); break;
        case '\n': sb_puts(sb, "\\n"); break;
        case '\t': sb_puts(sb, "\\t"); break;
        case '\r': sb_puts(sb, "\\r"); break;
        default: sb_printf(sb, "\\u%04x", *p);
        }
        p++;
    }
    sb_putc(sb, '"');
}

/* "k": after a comma unless first. Keys are this file's own words, which
 * need no escaping: written as they are. */
static void key(StrBuf *sb, const char *k, bool *first)
{
    if (!*first) sb_putc(sb, ',');
    *first = false;
    sb_putc(sb, '"');
    sb_puts(sb, k);
    sb_putc(sb, '"');
    sb_putc(sb, ':');
}

static void key_str(StrBuf *sb, const char *k, const char *v, bool *first)
{
    key(sb, k, first);
    if (v) json_quote(sb, v);
    else sb_puts(sb, "null");
}

/* Most numbers have a few decimals (221.3, 85.7): v written as the decimal
 * r / 10^d of at most 6 places and 15 digits that reads back as v, without
 * printf. It is also what num's "%.15g" prints: v lies within half an ulp
 * of that decimal, less than half a unit of its 15th digit, so rounding v
 * to 15 digits gives it. False for anything else (0, exponents, more
 * digits), which printf writes. */
static bool short_decimal(StrBuf *sb, double v)
{
    static const double scale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    double a = fabs(v);
    if (!(a >= 1e-4 && a < 1e15)) return false; /* %g writes an exponent outside */
    for (int d = 0; d < (int)(sizeof scale / sizeof *scale); d++) {
        double r = nearbyint(a * scale[d]);
        if (r >= 1e15 || r / scale[d] != a) continue;
        uint64_t n = (uint64_t)r;
        for (; d > 0 && n % 10 == 0; d--) n /= 10;
        char buf[24], *p = buf + sizeof buf;
        for (int i = 0; i < d; i++, n /= 10) *--p = (char)('0' + n % 10);
        if (d) *--p = '.';
        do *--p = (char)('0' + n % 10); while (n /= 10);
        if (v < 0) *--p = '-';
        sb_putn(sb, p, (size_t)(buf + sizeof buf - p));
        return true;
    }
    return false;
}

/* An integer as printf's "%lld" writes it, without printf: the evidence of
 * a large plan has tens of thousands (units, with a value, needed). */
static void integer(StrBuf *sb, long long v)
{
    char buf[24], *p = buf + sizeof buf;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do *--p = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) *--p = '-';
    sb_putn(sb, p, (size_t)(buf + sizeof buf - p));
}

/* A number as the shortest text that reads back as the same double, so
 * JSON carries exactly what was stored (1.8e308 too). The evaluator makes
 * no infinities (an overflow is a missing value), but null stays the
 * answer for one rather than invalid JSON. The texts printf made are
 * remembered by the number's bits: finding one takes up to three printfs
 * and strtods, and a plan's results repeat the same few hundred computed
 * values (a mean, a difference of two stored values) thousands of times.
 * 512 texts of 32 bytes: 16 KiB, as each page of it is a page fault the
 * shortest check pays for. */
static void num(StrBuf *sb, double v)
{
    if (!isfinite(v)) { sb_puts(sb, "null"); return; }
    if (short_decimal(sb, v)) return;
    enum { MEMO_BITS = 9 };
    static struct { uint64_t bits; char text[23]; uint8_t len; } memo[1 << MEMO_BITS];
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    size_t at = (size_t)((bits * 0x9E3779B97F4A7C15u) >> (64 - MEMO_BITS)); /* Fibonacci hashing */
    if (memo[at].len && memo[at].bits == bits) {
        sb_putn(sb, memo[at].text, memo[at].len);
        return;
    }
    char buf[32];
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (strtod(buf, NULL) == v) break;
    }
    size_t len = strlen(buf);
    if (len < sizeof memo[at].text) {
        memo[at].bits = bits;
        memo[at].len = (uint8_t)len;
        memcpy(memo[at].text, buf, len);
    }
    sb_putn(sb, buf, len);
}

/* {"value": x, "low": lo, "high": hi, "missing": reason}; shared with the
 * REPL's JSON answers (render_value.c) */
void json_cell(StrBuf *sb, Cell c)
{
    bool f = true;
    sb_putc(sb, '{');
    key(sb, "value", &f);
    if (c.miss) sb_puts(sb, "null");
    else num(sb, c.lo == c.hi ? c.lo : c.lo / 2 + c.hi / 2); /* no overflow near 1.8e308 */
    if (!c.miss && c.lo != c.hi) {
        key(sb, "low", &f), num(sb, c.lo);
        key(sb, "high", &f), num(sb, c.hi);
    }
    key_str(sb, "missing", c.miss ? missing_text(c.miss) : NULL, &f);
    sb_putc(sb, '}');
}

static void cell(StrBuf *sb, const char *k, Cell c, bool *first)
{
    key(sb, k, first);
    json_cell(sb, c);
}

static const char *const status_keys[] = {"uppnått", "delvis", "ej_uppnått", "ingen_data"};

/* A stored value as JSON: its number, or the mark it was published as. */
static void stored(StrBuf *sb, StoredValue v)
{
    if (v.status == VS_OK) num(sb, v.value);
    else json_quote(sb, value_status_mark(v.status));
}

/* "revised": the replaced values of a stored value, since the recorded
 * run compared with (or the latest), oldest first; absent when none. */
static void revisions(StrBuf *sb, const PlanResult *r, const Evidence *e, bool *f)
{
    size_t n;
    const Revision *rv = changes_revisions_of(r->changes, e, &n);
    if (!rv) return;
    key(sb, "revised", f);
    sb_putc(sb, '[');
    for (size_t i = 0; i < n; i++) {
        bool g = true;
        sb_puts(sb, i ? ",{" : "{");
        key(sb, "before", &g), stored(sb, rv[i].before);
        key(sb, "after", &g), stored(sb, rv[i].after);
        key(sb, "import", &g), integer(sb, rv[i].import_run);
        key_str(sb, "imported", rv[i].when, &g);
        sb_putc(sb, '}');
    }
    sb_putc(sb, ']');
}

/* "previous_status" and "trend" of an item compared with a recorded run
 * (--since); absent otherwise. */
static void change_keys(StrBuf *sb, const ItemChange *ic, bool *f)
{
    static const char *const trends[] = {"same", "up", "down", "data", "added", "removed"};
    if (!ic) return;
    key_str(sb, "previous_status", ic->before >= 0 ? status_keys[ic->before] : NULL, f);
    key_str(sb, "trend", trends[ic->trend], f);
}

/* One piece of evidence; ic is its target's change since a recorded run. */
static void evidence(StrBuf *sb, const PlanResult *r, const Evidence *e, const ItemChange *ic)
{
    char p[PERIOD_TEXT_MAX];
    bool f = true;
    sb_putc(sb, '{');
    key_str(sb, "kind", e->kind == EV_VALUE ? "value" : e->what, &f);
    key_str(sb, "indicator", e->ind ? e->ind->name : NULL, &f);
    if (e->kind == EV_VALUE) {
        const UnitInfo *u = plan_unit(r, e->unit);
        key_str(sb, "unit", u ? u->code : NULL, &f);
        key_str(sb, "unit_name", u ? u->name : NULL, &f);
        key_str(sb, "period", period_format(e->period, p), &f);
        key_str(sb, "group", group_names[e->group], &f);
        key_str(sb, "published_as", e->stored == VS_OK ? NULL : value_status_mark(e->stored), &f);
    } else {
        key_str(sb, "over", set_kind(e->unitset_kind), &f);
        if (e->of) key_str(sb, "of", e->of, &f); /* only for values of a series function */
        key(sb, "units", &f), integer(sb, e->nunits);
        key(sb, "with_value", &f), integer(sb, e->npresent);
        key(sb, "needed", &f), integer(sb, e->nneeded);
        key(sb, "ties", &f);
        if (strcmp(e->what, "rank") == 0 && !e->value.miss) integer(sb, e->ties);
        else sb_puts(sb, "null");
        const UnitInfo *u = e->unit ? plan_unit(r, e->unit) : NULL;
        key_str(sb, "unit", u ? u->code : NULL, &f);
    }
    cell(sb, "result", e->value, &f);
    const ValueChange *vc = changes_value_of(ic, e);
    if (vc) {
        cell(sb, "previous", vc->before, &f);
        key_str(sb, "previous_period", period_format(vc->before_period, p), &f);
    }
    revisions(sb, r, e, &f);
    sb_putc(sb, '}');
}

static void target(StrBuf *sb, const PlanResult *r, const TargetResult *t)
{
    bool f = true;
    StrBuf src = {0};
    sb_putc(sb, '{');
    src_text(r->prog, t->target->expr->loc, &src);
    key_str(sb, "target", sb_str(&src), &f);
    sb_clear(&src);
    const Expr *partly = t->target->partly;
    const Expr *whole = t->target->expr;
    if (partly && partly->kind == E_BIN && whole->kind == E_BIN && partly->u.bin.l == whole->u.bin.l) {
        /* `partly <= 30` shares the target's left side and has no source
         * span of its own: spell out the whole condition */
        src_text(r->prog, partly->u.bin.l->loc, &src);
        sb_printf(&src, " %s ", binop_text[partly->u.bin.op]);
        src_text(r->prog, partly->u.bin.r->loc, &src);
    } else if (partly) {
        src_text(r->prog, partly->loc, &src);
    }
    key_str(sb, "partly", partly ? sb_str(&src) : NULL, &f);
    sb_free(&src);
    key_str(sb, "label", t->target->label, &f);
    key_str(sb, "status", status_keys[t->status], &f);
    const ItemChange *ic = changes_item(r->changes, NULL, t);
    change_keys(sb, ic, &f);
    if (t->is_comparison) {
        cell(sb, "left", t->lhs, &f);
        cell(sb, "right", t->rhs, &f);
    }
    key_str(sb, "missing", t->status == ST_NODATA ? missing_text(t->why_missing) : NULL, &f);
    key(sb, "near100_decided", &f), sb_puts(sb, t->near_decided ? "true" : "false");
    key(sb, "evidence", &f);
    sb_putc(sb, '[');
    for (size_t i = 0; i < t->evidence.n; i++) {
        if (i) sb_putc(sb, ',');
        evidence(sb, r, &t->evidence.items[i], ic);
    }
    sb_puts(sb, "]}");
}

/* Writes out what sb holds once it is large: a plan's JSON goes out in
 * pieces instead of growing (and copying) one buffer of its whole size.
 * 32 KiB keeps the buffer near 64 KiB: each page it grows by is a page
 * fault, a cost a short check notices. */
static void drain(StrBuf *sb, FILE *out)
{
    if (sb->len < 32768) return;
    fwrite(sb->data, 1, sb->len, out);
    sb_clear(sb);
}

static void goals(StrBuf *sb, const PlanResult *r, FILE *out)
{
    static const char *const levels[] = {NULL, "huvudman", "förvaltning", "enhet"};
    sb_putc(sb, '[');
    for (int i = 0; i < r->ngoals; i++) {
        const GoalResult *g = &r->goals[i];
        bool f = true;
        sb_puts(sb, i ? ",{" : "{");
        key_str(sb, "id", g->goal->id, &f);
        key_str(sb, "title", g->goal->title, &f);
        key_str(sb, "area", g->goal->area, &f);
        key_str(sb, "owner", g->goal->owner, &f);
        key_str(sb, "level", levels[g->goal->level], &f);
        key_str(sb, "status", status_keys[g->status], &f);
        change_keys(sb, changes_item(r->changes, g, NULL), &f);
        static const char *const assessed[] = {NULL, "uppnått", "delvis", "ej_uppnått"};
        key_str(sb, "assessed", assessed[g->goal->assessed], &f);
        key_str(sb, "assessed_note", g->goal->assessed_note, &f);
        key(sb, "targets", &f);
        sb_putc(sb, '[');
        for (int j = 0; j < g->ntargets; j++) {
            if (j) sb_putc(sb, ',');
            target(sb, r, &g->targets[j]);
        }
        sb_puts(sb, "]}");
        drain(sb, out);
    }
    sb_putc(sb, ']');
}

static void rules(StrBuf *sb, const PlanResult *r)
{
    sb_putc(sb, '[');
    for (int i = 0; i < r->nrules; i++) {
        const RuleResult *rr = &r->rules[i];
        bool f = true;
        sb_puts(sb, i ? ",{" : "{");
        key_str(sb, "id", rr->rule->id, &f);
        key_str(sb, "title", rr->rule->title, &f);
        key_str(sb, "for_each", set_kind(rr->rule->scope_kind), &f);
        key(sb, "units", &f), integer(sb, rr->nunits);
        key(sb, "flagged", &f);
        sb_putc(sb, '[');
        for (int j = 0; j < rr->nflagged; j++) {
            const FlaggedUnit *u = &rr->flagged[j];
            bool g = true;
            sb_puts(sb, j ? ",{" : "{");
            key_str(sb, "unit", u->code, &g);
            key_str(sb, "name", u->name, &g);
            key(sb, "no_data", &g), sb_puts(sb, u->nodata ? "true" : "false");
            key(sb, "values", &g);
            sb_putc(sb, '{');
            bool h = true;
            for (size_t k = 0; k < rr->leaves.n; k++) {
                const Evidence *leaf = &rr->leaves.items[k];
                cell(sb, leaf->what ? leaf->what : leaf->ind ? leaf->ind->name : "value",
                     u->leaf_values[k], &h);
            }
            sb_puts(sb, "}}");
        }
        sb_puts(sb, "]}");
    }
    sb_putc(sb, ']');
}

static void measures(StrBuf *sb, const PlanResult *r)
{
    char p[PERIOD_TEXT_MAX], d[NUM_TEXT_MAX];
    sb_putc(sb, '[');
    for (int i = 0; i < r->nmeasures; i++) {
        const MeasureResult *mr = &r->measures[i];
        const Measure *m = mr->measure;
        bool f = true;
        sb_puts(sb, i ? ",{" : "{");
        key_str(sb, "id", m->id, &f);
        key_str(sb, "title", m->title, &f);
        key_str(sb, "area", m->area, &f);
        key(sb, "goals", &f);
        sb_putc(sb, '[');
        for (int j = 0; j < m->goals.n; j++) {
            if (j) sb_putc(sb, ',');
            json_quote(sb, ((const NameRef *)m->goals.items[j])->name);
        }
        sb_putc(sb, ']');
        key_str(sb, "owner", m->owner, &f);
        key_str(sb, "from", m->from ? period_format(m->from, p) : m->from_date ? fmt_date(m->from_date, d) : NULL, &f);
        key_str(sb, "to", m->to ? period_format(m->to, p) : m->to_date ? fmt_date(m->to_date, d) : NULL, &f);
        key(sb, "cost_tkr", &f);
        if (m->has_cost) num(sb, m->cost_tkr);
        else sb_puts(sb, "null");
        key_str(sb, "resources", m->resources, &f);
        key_str(sb, "expect", m->expect_text, &f);
        key(sb, "expect_judged", &f);
        if (mr->has_expect) target(sb, r, &mr->expect);
        else sb_puts(sb, "null");
        sb_putc(sb, '}');
    }
    sb_putc(sb, ']');
}

static void followups(StrBuf *sb, const PlanResult *r)
{
    char d[NUM_TEXT_MAX];
    sb_putc(sb, '[');
    for (int i = 0; i < r->ndue; i++) {
        const FollowupDue *fd = &r->due[i];
        bool f = true;
        sb_puts(sb, i ? ",{" : "{");
        key_str(sb, "measure", fd->measure->id, &f);
        key_str(sb, "title", fd->measure->title, &f);
        key_str(sb, "method", fd->followup->method, &f);
        key_str(sb, "owner", fd->measure->owner, &f);
        key_str(sb, "due", fmt_date(fd->date, d), &f);
        key(sb, "final", &f), sb_puts(sb, fd->last ? "true" : "false");
        sb_putc(sb, '}');
    }
    sb_putc(sb, ']');
}

/* The recorded run compared with: what it was, the goals and rules gone
 * from the plan since, and every value revised since. */
static void since(StrBuf *sb, const PlanResult *r)
{
    const Changes *c = r->changes;
    char p[PERIOD_TEXT_MAX];
    bool f = true, g = true;
    sb_putc(sb, '{');
    key(sb, "run", &f), integer(sb, c->since.id);
    key_str(sb, "label", c->since.label, &f);
    key_str(sb, "recorded", c->since.recorded, &f);
    key_str(sb, "period", c->since.period ? period_format(c->since.period, p) : NULL, &f);
    key(sb, "plan_changed", &f), sb_puts(sb, c->plan_changed ? "true" : "false");
    key(sb, "summary", &f);
    sb_putc(sb, '{');
    for (int s = 0; s < ST_COUNT; s++) key(sb, status_keys[s], &g), integer(sb, c->since.counts[s]);
    sb_putc(sb, '}');
    key(sb, "removed", &f);
    sb_putc(sb, '[');
    g = true;
    for (size_t i = 0; i < c->nitems; i++) {
        const ItemChange *ic = &c->items[i];
        if (ic->trend != TR_REMOVED) continue;
        bool h = true;
        sb_puts(sb, g ? "{" : ",{");
        g = false;
        key_str(sb, "kind", ic->kind == RK_GOAL ? "goal" : "rule", &h);
        key_str(sb, "id", ic->key, &h);
        key_str(sb, "title", ic->title, &h);
        key_str(sb, "previous_status", status_keys[ic->before], &h);
        sb_putc(sb, '}');
    }
    sb_puts(sb, "],");
    json_quote(sb, "rules");
    sb_puts(sb, ":[");
    g = true;
    for (size_t i = 0; i < c->nitems; i++) {
        const ItemChange *ic = &c->items[i];
        if (ic->kind != RK_RULE || ic->trend == TR_REMOVED) continue;
        bool h = true;
        sb_puts(sb, g ? "{" : ",{");
        g = false;
        key_str(sb, "id", ic->key, &h);
        key(sb, "flagged_before", &h);
        if (ic->flagged_before >= 0) integer(sb, ic->flagged_before);
        else sb_puts(sb, "null");
        key(sb, "flagged", &h), integer(sb, ic->flagged_after);
        sb_putc(sb, '}');
    }
    sb_puts(sb, "],");
    json_quote(sb, "revised_values");
    sb_puts(sb, ":[");
    for (size_t i = 0; i < c->nrevisions; i++) {
        const Revision *rv = &c->revisions[i];
        const Indicator *ind = history_indicator(r->prog, rv->ind);
        bool h = true;
        sb_puts(sb, i ? ",{" : "{");
        key_str(sb, "indicator", ind ? ind->name : NULL, &h);
        key_str(sb, "key", rv->ind, &h);
        key_str(sb, "unit", rv->unit_code, &h);
        key_str(sb, "period", period_format(rv->period, p), &h);
        key_str(sb, "group", group_names[rv->grp], &h);
        key(sb, "before", &h), stored(sb, rv->before);
        key(sb, "after", &h), stored(sb, rv->after);
        key(sb, "import", &h), integer(sb, rv->import_run);
        key_str(sb, "imported", rv->when, &h);
        sb_putc(sb, '}');
    }
    sb_puts(sb, "]}");
}

void render_json(const PlanResult *r, FILE *out)
{
    StrBuf sb = {0};
    char p[PERIOD_TEXT_MAX];
    const PlanHeader *h = &r->prog->plan;
    bool f = true, g = true;
    sb_putc(&sb, '{');
    key(&sb, "plan", &f);
    sb_putc(&sb, '{');
    key_str(&sb, "title", h->title, &g);
    key_str(&sb, "organiser", h->organiser, &g);
    key_str(&sb, "unit", r->unit_name, &g);
    key_str(&sb, "period", r->period ? period_format(r->period, p) : NULL, &g);
    sb_putc(&sb, '}');
    key(&sb, "summary", &f);
    g = true;
    sb_putc(&sb, '{');
    key(&sb, "goals", &g), integer(&sb, r->ngoals);
    for (int s = 0; s < ST_COUNT; s++) key(&sb, status_keys[s], &g), integer(&sb, r->counts[s]);
    sb_putc(&sb, '}');
    if (r->changes && r->changes->compared) key(&sb, "since", &f), since(&sb, r);
    key(&sb, "goals", &f), goals(&sb, r, out);
    key(&sb, "rules", &f), rules(&sb, r);
    key(&sb, "measures", &f), measures(&sb, r);
    key(&sb, "followups_due", &f), followups(&sb, r);
    sb_puts(&sb, "}\n");
    fputs(sb_str(&sb), out);
    sb_free(&sb);
}

/* One place of a diagnostic as "line" and "column" keys (null for none). */
static void place(StrBuf *sb, const char *line_key, const char *col_key, const Source *s, uint32_t off,
                  bool *first)
{
    key(sb, line_key, first);
    if (!s) {
        sb_puts(sb, "null");
        key(sb, col_key, first), sb_puts(sb, "null");
        return;
    }
    int line, col;
    if (!src_linecol(s, off, &line, &col)) { /* its file changed: no place known */
        sb_puts(sb, "null");
        key(sb, col_key, first), sb_puts(sb, "null");
        return;
    }
    integer(sb, line);
    key(sb, col_key, first), integer(sb, col);
}

void render_json_diagnostics(const Program *p, FILE *out)
{
    StrBuf sb = {0};
    const Diag **order = diag_sorted(&p->diags);
    int warnings = 0;
    bool f = true;
    sb_putc(&sb, '{');
    key(&sb, "diagnostics", &f);
    sb_putc(&sb, '[');
    for (size_t i = 0; i < p->diags.n; i++) {
        const Diag *d = order[i];
        const Source *s = d->loc.src >= 0 && (size_t)d->loc.src < p->sources.n ? &p->sources.items[d->loc.src] : NULL;
        bool g = true;
        warnings += d->level == DIAG_WARNING;
        sb_puts(&sb, i ? ",{" : "{");
        key_str(&sb, "file", s ? s->path : NULL, &g);
        place(&sb, "line", "column", s, d->loc.start, &g);
        /* the end of the span, after its last character; none for an empty span */
        place(&sb, "end_line", "end_column", d->loc.end > d->loc.start ? s : NULL, d->loc.end, &g);
        key_str(&sb, "severity", diag_level_word(d->level), &g);
        key_str(&sb, "message", d->msg, &g);
        sb_putc(&sb, '}');
    }
    sb_putc(&sb, ']');
    key(&sb, "errors", &f), integer(&sb, p->diags.errors);
    key(&sb, "warnings", &f), integer(&sb, warnings);
    sb_puts(&sb, "}\n");
    fputs(sb_str(&sb), out);
    sb_free(&sb);
    free(order);
}
