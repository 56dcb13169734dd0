/* parser.y — the grammar of ska. Only grammar lives here: every action is a
 * call to a constructor in ast.c, which also checks that a field belongs to
 * the block it is written in. Newlines are plain white space; `;` may
 * separate fields and declarations but is never required. */
%require "3.8"
%define api.pure full
%define api.prefix {ska_yy}
%define api.location.type {SrcLoc}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {void *scanner}
%parse-param {ParseState *ps}

%code requires {
#include "parse.h"
#include "source.h"
#include "testcase.h"
}
%code top {
#include <stdlib.h>
#include <string.h>
}
%code provides {
#define YYSTYPE SKA_YYSTYPE
#define YYLTYPE SKA_YYLTYPE
int ska_yylex(SKA_YYSTYPE *lval, SKA_YYLTYPE *lloc, void *scanner);
}
%code {
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                      \
    do {                                                                 \
        if (N) {                                                         \
            (Cur).src = YYRHSLOC(Rhs, 1).src;                            \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                        \
            (Cur).end = YYRHSLOC(Rhs, N).end;                            \
        } else {                                                         \
            (Cur).src = YYRHSLOC(Rhs, 0).src;                            \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;              \
        }                                                                \
    } while (0)
#define YYLOCATION_PRINT(File, Loc) 0
/* From the start of one symbol to the end of another: a field's keyword and
 * value, so "does not belong" and "given twice" point at the keyword too. */
#define SPAN(a, b) ((SrcLoc){(a).src, (a).start, (b).end})
static void ska_yyerror(SrcLoc *loc, void *scanner, ParseState *ps, const char *msg);
}

%union {
    double num;
    const char *str;
    Period period;
    int32_t date;
    When when;
    Expr *expr;
    List list;
    NameRef *name;
    SrcArg *sarg;
    SrcPair *spair;
    int op;
    TestData *tdata;
    TestExpect *texpect;
    TestValue *tvalue;
    TestUnit *tunit;
}

%token START_PLAN START_REPL
%token <num> NUMBER "number"
%token <str> STRING "string" IDENT "name"
%token <period> PERIODLIT "period"
%token <date> DATE "date"
%token DOTDOT "'..'" LE "'<='" GE "'>='" NE "'!='" EQ "'=='"
%token PLAN "'plan'" ORGANISER "'organiser'" PERIOD "'period'" UNIT "'unit'"
%token INDICATOR "'indicator'" SCALE "'scale'" HIGHER "'higher'" LOWER "'lower'"
%token IS "'is'" BETTER "'better'" SOURCE "'source'" GOAL "'goal'" AREA "'area'"
%token OWNER "'owner'" LEVEL "'level'" TARGET "'target'" PARTLY "'partly'"
%token MEASURE "'measure'" FROM "'from'" TO "'to'" COST "'cost'" RESOURCES "'resources'"
%token EXPECT "'expect'" FOLLOWUP "'followup'" EVERY "'every'" AT "'at'" RULE "'rule'"
%token FOR "'for'" WHEN "'when'" REQUIRE "'require'" USE "'use'" LET "'let'"
%token AND "'and'" OR "'or'" NOT "'not'" DESCRIPTION "'description'" CODE "'code'"
%token KIND "'kind'" PARENT "'parent'" LANGUAGE "'language'" ASSESSED "'assessed'"
%token STATUSES "'statuses'" COVERAGE "'coverage'" SET "'set'" TEST "'test'" DATA "'data'"

%type <expr> expr primary plain arg opt_formula signed member
%type <list> opt_args args sels opt_dates dates names sargs spairs members
%type <sarg> sarg
%type <spair> spair
%type <str> opt_title word opt_every opt_label shead skey
%type <when> when
%type <name> name
%type <op> cmp
%type <num> number opt_count
%type <list> tfields tunits opt_tsels tvalues
%type <tdata> tdata
%type <texpect> texpect
%type <tvalue> tentry tval
%type <tunit> tunit
%type <str> tstatus tword

%destructor { free($$.items); } <list>

%left OR
%left AND
%precedence NOT
%nonassoc '<' '>' LE GE EQ NE '='
%left '+' '-'
%left '*' '/'
%precedence UMINUS
/* `expect G1 uppnått` followed by `data …`: the word ends the status and
 * `data` starts the next field, unless it makes "ingen data" (see tfields) */
%precedence STATUS_WORD
%precedence DATA

%start start
%%
start
    : START_PLAN decls
    | START_REPL repl_input
    ;

repl_input
    : decls
    | expr opt_semi              { ps->repl_expr = $1; }
    ;

opt_semi: %empty | ';' ;

decls
    : %empty
    | decls decl
    | decls ';'
    ;

decl
    : PLAN opt_title             { ast_begin(ps, D_PLAN, @1, NULL, $2); }
      block                      { ast_end(ps); }
    | INDICATOR IDENT opt_title  { ast_begin(ps, D_INDICATOR, @2, $2, $3); }
      opt_formula opt_block      { ast_end(ps); }
    | GOAL IDENT opt_title       { ast_begin(ps, D_GOAL, @2, $2, $3); }
      block                      { ast_end(ps); }
    | MEASURE IDENT opt_title    { ast_begin(ps, D_MEASURE, @2, $2, $3); }
      block                      { ast_end(ps); }
    | RULE IDENT opt_title       { ast_begin(ps, D_RULE, @2, $2, $3); }
      block                      { ast_end(ps); }
    | UNIT IDENT opt_title       { ast_begin(ps, D_UNIT, @2, $2, $3); }
      block                      { ast_end(ps); }
    | LET IDENT '=' expr         { ast_let(ps, @2, $2, $4); }
    | SET IDENT opt_title '{' members '}'
                                 { ast_set(ps, @2, $2, $3, &$5); }
    | USE STRING                 { ast_use(ps, @2, $2); }
    | STATUSES IDENT opt_title   { ast_scale_begin(ps, @2, $2, $3); }
      '{' labels '}'              { ast_end(ps); }
    | SOURCE IDENT opt_title     { ast_source_begin(ps, @2, $2, $3); }
      '{' sfields '}'            { ast_end(ps); }
    | AREA STRING '{'            { $<str>$ = ps->area; ast_area_begin(ps, @2, $2); }
      decls '}'                  { ast_area_end(ps, $<str>4); }
    | TEST STRING '{' tfields '}' { ast_test(ps, @2, $2, &$4); }
    | error '}'                  { ast_end(ps); }
    ;

/* A test block (testcase.h): the results it gives and what it expects.
 * `expect G1 uppnått data x { … }` is a status and a data field; a status
 * may be two words, and "ingen data" / "no data" end in the keyword data. */
tfields
    : %empty                     { $$ = (List){0}; }
    | tfields ';'                { $$ = $1; }
    | tfields PERIOD when        { $$ = $1; list_push(&$$, ast_test_period(ps, SPAN(@2, @3), $3)); }
    | tfields ORGANISER STRING   { $$ = $1; list_push(&$$, ast_test_organiser(ps, SPAN(@2, @3), $3)); }
    | tfields DATA tdata         { $$ = $1; list_push(&$$, $3); }
    | tfields EXPECT texpect tstatus
                                 { $$ = $1; list_push(&$$, ast_test_status(ps, SPAN(@2, @4), $3, $4, @4)); }
    | tfields EXPECT texpect tword DATA tdata
                                 { $$ = $1; list_push(&$$, ast_test_status(ps, SPAN(@2, @4), $3, $4, @4));
                                   list_push(&$$, $6); }
    | tfields EXPECT RULE IDENT IDENT tunits
                                 { $$ = $1; list_push(&$$, ast_test_rule(ps, SPAN(@2, @6), @4, $4, @5, $5, &$6)); }
    ;
texpect
    : IDENT                      { $$ = ast_test_expect(ps, @1, $1, TX_GOAL, 0, NULL, @1); }
    | IDENT TARGET NUMBER        { $$ = ast_test_expect(ps, @1, $1, TX_TARGET, $3, NULL, @3); }
    | IDENT TARGET STRING        { $$ = ast_test_expect(ps, @1, $1, TX_TARGET, 0, $3, @3); }
    | MEASURE IDENT              { $$ = ast_test_expect(ps, @2, $2, TX_MEASURE, 0, NULL, @2); }
    ;
tstatus
    : tword %prec STATUS_WORD
    | tword tword                { $$ = ast_test_words(ps, $1, $2); }
    | tword DATA                 { $$ = ast_test_words(ps, $1, "data"); }
    | STRING
    ;
tword: IDENT | PARTLY { $$ = "delvis"; } ;
tdata: IDENT opt_tsels '{' tvalues '}' { $$ = ast_test_data(ps, @1, $1, &$2, &$4); } ;
opt_tsels: %empty { $$ = (List){0}; } | '[' tunits ']' { $$ = $2; } ;
tunits
    : tunit                      { $$ = (List){0}; list_push(&$$, $1); }
    | tunits ',' tunit           { $$ = $1; list_push(&$$, $3); }
    ;
tunit
    : IDENT                      { $$ = ast_test_unit(ps, @1, $1, false); }
    | STRING                     { $$ = ast_test_unit(ps, @1, $1, true); }
    ;
tvalues
    : %empty                     { $$ = (List){0}; }
    | tvalues tentry             { $$ = $1; list_push(&$$, $2); }
    | tvalues ';'                { $$ = $1; }
    ;
tentry: when ':' tval            { $$ = $3; ast_test_when(ps, @1, $1, $3); } ;
tval
    : number opt_count           { $$ = ast_test_value(ps, @$, VS_OK, $1, $2); }
    | number '%' opt_count       { $$ = ast_test_value(ps, @$, VS_OK, $1, $3); }
    | DOTDOT                     { $$ = ast_test_value(ps, @$, VS_TOO_FEW, 0, -1); }
    | '.'                        { $$ = ast_test_value(ps, @$, VS_NO_DATA, 0, -1); }
    | '~' NUMBER opt_count       { $$ = ast_test_near(ps, @$, $2, $3); }
    | IDENT                      { $$ = ast_test_empty(ps, @$, $1); }
    ;
opt_count: %empty { $$ = -1; } | '(' NUMBER ')' { $$ = $2; } ;

opt_title: %empty { $$ = NULL; } | STRING ;

/* the labels of a status scale: `uppnått "grönt – uppnått"` */
labels
    : %empty
    | labels word STRING         { ast_scale_label(ps, @2, $2, $3); }
    | labels PARTLY STRING       { ast_scale_label(ps, @2, "delvis", $3); }
    | labels ';'
    ;
/* A source description's fields: a word and its arguments, the shapes
 * checked in source.c. An argument is never a bare name, so the next
 * name starts the next field. */
sfields
    : %empty
    | sfields shead sargs        { ast_source_field(ps, @$, @2, $2, &$3); }
    | sfields ';'
    ;
shead
    : IDENT
    | PERIOD                     { $$ = "period"; }
    | UNIT                       { $$ = "unit"; }
    | ORGANISER                  { $$ = "organiser"; }
    | PARENT                     { $$ = "parent"; }
    ;
sargs
    : %empty                     { $$ = (List){0}; }
    | sargs sarg                 { $$ = $1; list_push(&$$, $2); }
    | sargs ','                  { $$ = $1; }
    ;
sarg
    : STRING                     { $$ = ast_sarg_string(ps, @1, $1); }
    | NUMBER                     { $$ = ast_sarg_number(ps, @1, $1); }
    | PERIODLIT                  { $$ = ast_sarg_period(ps, @1, $1); }
    | KIND word                  { $$ = ast_sarg_kind(ps, @2, $2); }
    | KIND STRING                { $$ = ast_sarg_kind(ps, @2, $2); }
    | '=' skey                   { $$ = ast_sarg_key(ps, @2, $2); }
    | '{' spairs '}'             { $$ = ast_sarg_table(ps, @$, &$2); }
    ;
skey: IDENT | STRING ;
spairs
    : %empty                     { $$ = (List){0}; }
    | spairs spair               { $$ = $1; list_push(&$$, $2); }
    | spairs ';'                 { $$ = $1; }
    | spairs ','                 { $$ = $1; }
    ;
spair: STRING '=' STRING         { $$ = ast_spair(ps, @$, $1, $3); } ;

/* the units of a set: codes or names in quotes, or declared units */
members
    : %empty                     { $$ = (List){0}; }
    | members member             { $$ = $1; list_push(&$$, $2); }
    | members ','                { $$ = $1; }
    | members ';'                { $$ = $1; }
    ;
member
    : STRING                     { $$ = ast_str(ps, @1, $1); }
    | IDENT                      { $$ = ast_ref(ps, @1, $1, NULL); }
    ;

opt_formula: %empty { $$ = NULL; } | '=' expr { ast_formula(ps, @2, $2); $$ = $2; } ;
opt_block: %empty | block ;
block: '{' fields '}' ;

fields
    : %empty
    | fields field
    | fields ';'
    ;

field
    : ORGANISER STRING           { ast_text(ps, @1, ORGANISER, $2); }
    | SOURCE STRING              { ast_text(ps, @1, SOURCE, $2); }
    | DESCRIPTION STRING         { ast_text(ps, @1, DESCRIPTION, $2); }
    | AREA STRING                { ast_text(ps, @1, AREA, $2); }
    | OWNER STRING               { ast_text(ps, @1, OWNER, $2); }
    | RESOURCES STRING           { ast_text(ps, @1, RESOURCES, $2); }
    | CODE STRING                { ast_text(ps, @1, CODE, $2); }
    | PARENT STRING              { ast_text(ps, @1, PARENT, $2); }
    | UNIT STRING                { ast_text(ps, @1, UNIT, $2); }
    | KIND word                  { ast_text(ps, @1, KIND, $2); }
    | LANGUAGE word              { ast_language(ps, @$, $2); }
    | COVERAGE NUMBER '%'        { ast_coverage(ps, @$, $2); }
    | STATUSES IDENT             { ast_text(ps, @$, STATUSES, $2); }
    | PERIOD when                { ast_period_field(ps, @$, $2); }
    | SCALE word                 { ast_scale(ps, @1, $2, @2, NULL, NULL); }
    | SCALE word signed DOTDOT signed
                                 { ast_scale(ps, @1, $2, @2, $3, $5); }
    | HIGHER IS BETTER           { ast_direction(ps, @$, DIR_HIGHER); }
    | LOWER IS BETTER            { ast_direction(ps, @$, DIR_LOWER); }
    | LEVEL word                 { ast_level(ps, @$, $2); }
    | ASSESSED word opt_label    { ast_assessed(ps, SPAN(@1, @2), $2, $3); }
    | ASSESSED PARTLY opt_label  { ast_assessed(ps, SPAN(@1, @2), "delvis", $3); }
    | TARGET expr opt_label      { ast_target(ps, @$, $2, -1, NULL, $3); }
    | TARGET expr PARTLY cmp expr opt_label
                                 { ast_target(ps, @$, $2, $4, $5, $6); }
    | TARGET expr PARTLY expr opt_label
                                 { ast_target(ps, @$, $2, -1, $4, $5); }
    | GOAL names                 { ast_goal_refs(ps, @1, &$2); }
    | FROM when TO when          { ast_span(ps, @$, $2, $4); }
    | COST number word           { ast_cost(ps, @$, $2, $3, @3); }
    | EXPECT expr                { ast_expect(ps, @$, $2); }
    | FOLLOWUP STRING opt_every opt_dates
                                 { ast_followup(ps, @$, $2, $3, @3, &$4); }
    | FOR EVERY word             { ast_scope(ps, @$, $3); }
    | WHEN expr                  { ast_condition(ps, @$, WHEN, $2); }
    | REQUIRE expr               { ast_condition(ps, @$, REQUIRE, $2); }
    ;

/* A free word after scale/level/kind/every: checked in C with a clear list
 * of what is accepted. Two of the level words are also keywords. */
word
    : IDENT
    | ORGANISER                  { $$ = "huvudman"; }
    | UNIT                       { $$ = "enhet"; }
    ;

opt_label: %empty { $$ = NULL; } | STRING ;
opt_every: %empty { $$ = NULL; } | EVERY word { $$ = $2; } ;
opt_dates: %empty { $$ = (List){0}; } | AT dates { $$ = $2; } ;
dates
    : when                       { $$ = (List){0}; list_push(&$$, ast_when(ps, $1)); }
    | dates ',' when             { $$ = $1; list_push(&$$, ast_when(ps, $3)); }
    ;

names
    : name                       { $$ = (List){0}; list_push(&$$, $1); }
    | names ',' name             { $$ = $1; list_push(&$$, $3); }
    ;
name: IDENT                      { $$ = ast_name(ps, @1, $1); } ;

when
    : NUMBER                     { $$ = (When){lex_year(ps, @1, $1), 0}; }
    | PERIODLIT                  { $$ = (When){$1, 0}; }
    | DATE                       { $$ = (When){0, $1}; }
    ;

/* a scale bound: -100..100 */
signed
    : plain
    | '-' plain                  { $$ = ast_unary(ps, @$, E_NEG, $2); }
    ;

number
    : NUMBER
    | '-' NUMBER                 { $$ = -$2; }
    ;

cmp
    : '<' { $$ = OP_LT; } | LE { $$ = OP_LE; } | '>' { $$ = OP_GT; }
    | GE { $$ = OP_GE; } | EQ { $$ = OP_EQ; } | '=' { $$ = OP_EQ; } | NE { $$ = OP_NE; }
    ;

expr
    : primary
    | '-' expr %prec UMINUS      { $$ = ast_unary(ps, @$, E_NEG, $2); }
    | NOT expr                   { $$ = ast_unary(ps, @$, E_NOT, $2); }
    | expr '+' expr              { $$ = ast_bin(ps, @$, OP_ADD, $1, $3); }
    | expr '-' expr              { $$ = ast_bin(ps, @$, OP_SUB, $1, $3); }
    | expr '*' expr              { $$ = ast_bin(ps, @$, OP_MUL, $1, $3); }
    | expr '/' expr              { $$ = ast_bin(ps, @$, OP_DIV, $1, $3); }
    | expr '<' expr              { $$ = ast_bin(ps, @$, OP_LT, $1, $3); }
    | expr LE expr               { $$ = ast_bin(ps, @$, OP_LE, $1, $3); }
    | expr '>' expr              { $$ = ast_bin(ps, @$, OP_GT, $1, $3); }
    | expr GE expr               { $$ = ast_bin(ps, @$, OP_GE, $1, $3); }
    | expr EQ expr               { $$ = ast_bin(ps, @$, OP_EQ, $1, $3); }
    | expr '=' expr              { $$ = ast_bin(ps, @$, OP_EQ, $1, $3); }
    | expr NE expr               { $$ = ast_bin(ps, @$, OP_NE, $1, $3); }
    | expr AND expr              { $$ = ast_bin(ps, @$, OP_AND, $1, $3); }
    | expr OR expr               { $$ = ast_bin(ps, @$, OP_OR, $1, $3); }
    ;

/* `period` (the period under review) is a primary of expressions, not of
 * a scale's bounds, where it would start the next field */
primary
    : plain
    | PERIOD                     { $$ = ast_review(ps, @$); }
    ;
plain
    : NUMBER                     { $$ = ast_num(ps, @$, $1, false); }
    | NUMBER '%'                 { $$ = ast_num(ps, @$, $1, true); }
    | STRING                     { $$ = ast_str(ps, @$, $1); }
    | PERIODLIT                  { $$ = ast_period(ps, @$, $1); }
    | IDENT                      { $$ = ast_ref(ps, @$, $1, NULL); }
    | IDENT '[' sels ']'         { $$ = ast_ref(ps, @$, $1, &$3); }
    | IDENT '(' opt_args ')'     { $$ = ast_call(ps, @$, $1, &$3); }
    | '(' expr ')'               { $$ = $2; }
    ;

opt_args: %empty { $$ = (List){0}; } | args ;
args
    : arg                        { $$ = (List){0}; list_push(&$$, $1); }
    | args ',' arg               { $$ = $1; list_push(&$$, $3); }
    ;
sels
    : arg                        { $$ = (List){0}; list_push(&$$, $1); }
    | sels ',' arg               { $$ = $1; list_push(&$$, $3); }
    ;
arg
    : expr
    | expr DOTDOT expr           { $$ = ast_range(ps, @$, $1, $3); }
    ;
%%

static void ska_yyerror(SrcLoc *loc, void *scanner, ParseState *ps, const char *msg)
{
    (void)scanner;
    /* the parser's stack is full: brackets or prefix operators opened
     * by the thousand, which the depth limit of ast.c cannot see yet */
    if (strcmp(msg, "memory exhausted") == 0)
        parse_error(ps, *loc, false, "expression nests deeper than %d levels (split it with let)",
                    AST_MAX_DEPTH);
    else
        parse_error(ps, *loc, false, "%s", msg);
}

/* Bison spells string aliases with their double quotes; drop them. */
static const char *unquote(const char *name)
{
    static char buf[64];
    size_t n = strlen(name);
    if (n >= 2 && name[0] == '"' && name[n - 1] == '"' && n - 2 < sizeof buf) {
        memcpy(buf, name + 1, n - 2);
        buf[n - 2] = 0;
        return buf;
    }
    return name;
}

/* The unexpected token: a keyword or operator as written (`mål`, not the
 * name of its token, 'goal'), anything else by its kind (name, number). */
static void got_text(StrBuf *sb, ParseState *ps, yysymbol_kind_t got, SrcLoc loc)
{
    const char *name = yysymbol_name(got);
    const Source *s = &ps->prog->sources.items[loc.src];
    bool spelled = loc.start < loc.end && loc.end <= s->len;
    StrBuf word = {0};
    /* a name: the name itself says most (unless its file changed meanwhile) */
    if ((name[0] == '\'' || got == YYSYMBOL_IDENT) && spelled && src_read(s, loc.start, loc.end, &word))
        sb_printf(sb, "%s%s'", name[0] == '\'' ? "'" : "name '", sb_str(&word));
    else
        sb_puts(sb, unquote(name));
    sb_free(&word);
}

/* " (did you mean 'ansvarig'?)" when a name is a keyword misspelt. */
static bool near_keyword(StrBuf *sb, ParseState *ps, SrcLoc loc)
{
    StrBuf text = {0};
    src_read(&ps->prog->sources.items[loc.src], loc.start, loc.end, &text);
    const char *word = sb_str(&text);
    const char *best = NULL;
    int best_d = utf8_width(word, strlen(word)) > 4 ? 2 : 1;
    for (int i = 0; i < keyword_count; i++) {
        int d = utf8_distance(word, keywords[i].word);
        if (d <= best_d && (!best || d < best_d)) best = keywords[i].word, best_d = d;
    }
    sb_free(&text);
    if (best) sb_printf(sb, " (did you mean '%s'?)", best);
    return best != NULL;
}

/* ", expected a field of a goal: …" where too many tokens fit to list. */
static void block_fields(StrBuf *sb, ParseState *ps)
{
    static const char *const fields[] = {
        [D_NONE] = "a declaration: plan, indicator, goal, measure, rule, unit, set, let, use, area, statuses, source or test",
        [D_PLAN] = "a field of the plan header: organiser, unit, period, language, statuses, coverage or description",
        [D_INDICATOR] = "a field of an indicator: scale, higher is better, lower is better, source or description",
        [D_GOAL] = "a field of a goal: target, owner, area, level, assessed, coverage or description",
        [D_MEASURE] = "a field of a measure: goals, owner, from … to, cost, resources, expect, followup, area or description",
        [D_RULE] = "a field of a rule: for each, when, require, owner, area or coverage",
        [D_UNIT] = "a field of a unit: code, kind or parent",
        [D_SOURCE] = "a field of a source description: title, header, period, unit, name, parent, "
                     "organiser, group, count, split, value or ignore",
    };
    sb_printf(sb, ", expected %s", fields[ps->cur_kind]);
}

/* " (goal G2, opened at line 30)": the block an unexpected end left open. */
static void open_block(StrBuf *sb, ParseState *ps)
{
    const char *what = NULL, *name = NULL;
    SrcLoc at = {-1, 0, 0};
    switch (ps->cur_kind) {
    case D_GOAL: what = "goal", name = ((Goal *)ps->cur)->id, at = ((Goal *)ps->cur)->loc; break;
    case D_MEASURE: what = "measure", name = ((Measure *)ps->cur)->id, at = ((Measure *)ps->cur)->loc; break;
    case D_RULE: what = "rule", name = ((Rule *)ps->cur)->id, at = ((Rule *)ps->cur)->loc; break;
    case D_INDICATOR: what = "indicator", name = ((Indicator *)ps->cur)->name, at = ((Indicator *)ps->cur)->loc; break;
    case D_UNIT: what = "unit", name = ((UnitDecl *)ps->cur)->name, at = ((UnitDecl *)ps->cur)->loc; break;
    case D_PLAN: what = "plan header", name = "", at = ps->prog->plan.loc; break;
    case D_SOURCE: what = "source", name = ((SourceDesc *)ps->cur)->name, at = ((SourceDesc *)ps->cur)->loc; break;
    default: break;
    }
    if (!what || at.src < 0) return;
    int line, col;
    src_linecol(&ps->prog->sources.items[at.src], at.start, &line, &col);
    sb_printf(sb, " (the %s%s%s opened at line %d)", what, *name ? " " : "", name, line);
}

/* "unexpected X, expected A, B or C": with LAC the expected list is exact.
 * A long list helps nobody; at the end of input the one thing worth saying
 * is that a block is still open. A keyword where a name was expected is
 * said to be one (`let mål = …`: mål is the Swedish `goal`); a name where a
 * keyword was expected gets the nearest keyword, or the block's fields. */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, ParseState *ps)
{
    (void)scanner;
    enum { MAX_LISTED = 8 };
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS), kept = 0;
    /* where a period literal fits, so does the word `period` (the period
     * under review): one "period" in the list says both */
    bool literal = false;
    for (int i = 0; i < n; i++) literal |= expected[i] == YYSYMBOL_PERIODLIT;
    for (int i = 0; i < n; i++)
        if (!(literal && expected[i] == YYSYMBOL_PERIOD)) expected[kept++] = expected[i];
    n = kept;
    yysymbol_kind_t got = yypcontext_token(ctx);
    SrcLoc loc = *yypcontext_location(ctx);
    StrBuf sb = {0};
    bool at_end = got == YYSYMBOL_YYEOF, want_name = false, want_close = false;
    for (int i = 0; i < n; i++) {
        want_name |= expected[i] == YYSYMBOL_IDENT;
        want_close |= strcmp(yysymbol_name(expected[i]), "'}'") == 0;
    }
    sb_puts(&sb, "unexpected ");
    if (at_end) sb_puts(&sb, "end of input");
    else got_text(&sb, ps, got, loc);
    if (n > 0 && n <= MAX_LISTED) {
        sb_puts(&sb, ", expected ");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb_puts(&sb, i == n - 1 ? " or " : ", ");
            sb_puts(&sb, unquote(yysymbol_name(expected[i])));
        }
    } else if (at_end && want_close) {
        sb_puts(&sb, ": a block is not closed with '}'");
        open_block(&sb, ps);
    } else if (got == YYSYMBOL_IDENT && !near_keyword(&sb, ps, loc)) {
        block_fields(&sb, ps);
    }
    StrBuf token = {0};
    src_read(&ps->prog->sources.items[loc.src], loc.start, loc.end, &token);
    const char *text = sb_str(&token);
    bool keyword = !at_end && yysymbol_name(got)[0] == '\'' &&
                   ((*text >= 'a' && *text <= 'z') || (unsigned char)*text >= 0x80);
    if (keyword && want_name)
        sb_printf(&sb, " ('%s' is a keyword: choose another name)", text);
    sb_free(&token);
    parse_error(ps, loc, at_end, "%s", sb_str(&sb));
    sb_free(&sb);
    return 0;
}
