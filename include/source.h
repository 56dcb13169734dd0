/* source.h — source descriptions: how one family of published files (a
 * Skolverket export, say) maps to results. A plan or module declares them:
 *
 *   source behörighet "Skolverket: Behörighet till gymnasieskolan" {
 *     title  "Grundskola - Behörighet till gymnasieskolan"
 *     period "Valt läsår" kind år
 *     unit   "Kommun-kod" kind kommun
 *     name   "Kommun"
 *     ...
 *   }
 *
 * Every field is a word followed by arguments (strings, numbers, periods,
 * `kind WORD`, `= KEY` or a `{ "text" = "suffix" … }` table); the grammar
 * takes them as they come and source_compile() checks each field's shape,
 * so the grammar stays small and no field name becomes a reserved word.
 *
 *   source.c         the AST constructors the grammar calls, and the
 *                    compiler from a SourceDesc to a SourceSpec
 *   import_source.c  reading a file with a SourceSpec (import.h) */
#ifndef SKA_SOURCE_H
#define SKA_SOURCE_H
#include "ast.h"

typedef enum SrcArgKind { SA_STRING, SA_NUMBER, SA_PERIOD, SA_KIND, SA_KEY, SA_TABLE } SrcArgKind;

/* One row of a `{ "Kommunal" = "" ; "Enskild" = "_enskild" }` table. */
typedef struct SrcPair {
    const char *from, *to;
    SrcLoc loc;
} SrcPair;

typedef struct SrcArg {
    SrcArgKind kind;
    SrcLoc loc;
    const char *text; /* SA_STRING, SA_KIND (the word), SA_KEY (word or string) */
    double num;       /* SA_NUMBER */
    Period period;    /* SA_PERIOD */
    List pairs;       /* SA_TABLE: SrcPair* */
} SrcArg;

typedef struct SrcField {
    const char *name; /* the field's word as written */
    SrcLoc loc, name_loc;
    List args;        /* SrcArg* */
} SrcField;

typedef struct SourceDesc {
    const char *name, *title;
    SrcLoc loc;
    List fields;      /* SrcField* */
} SourceDesc;

/* ---- constructors called from the grammar ---- */
typedef struct ParseState ParseState;
void ast_source_begin(ParseState *ps, SrcLoc loc, const char *name, const char *title);
void ast_source_field(ParseState *ps, SrcLoc loc, SrcLoc name_loc, const char *name, List *args);
SrcArg *ast_sarg_string(ParseState *ps, SrcLoc loc, const char *s);
SrcArg *ast_sarg_number(ParseState *ps, SrcLoc loc, double v);
SrcArg *ast_sarg_period(ParseState *ps, SrcLoc loc, Period p);
SrcArg *ast_sarg_kind(ParseState *ps, SrcLoc loc, const char *word);
SrcArg *ast_sarg_key(ParseState *ps, SrcLoc loc, const char *key);
SrcArg *ast_sarg_table(ParseState *ps, SrcLoc loc, List *pairs);
SrcPair *ast_spair(ParseState *ps, SrcLoc loc, const char *from, const char *to);
void source_desc_free(SourceDesc *d);

/* ---- the compiled description ---- */

/* A header cell as a description names it: in a one-row header `top` is
 * NULL; in a two-row header a column under "#Heltidstjänster" is named by
 * both rows, and a column with an empty upper cell by its lower one. */
typedef struct SpecCol {
    const char *top, *name;
    SrcLoc loc;
} SpecCol;

/* A column whose values are split into indicators: each value of the
 * column adds its suffix to the keys of the row's values. */
typedef struct SpecSplit {
    SpecCol col;
    SrcPair **pairs;
    int npairs;
} SpecSplit;

typedef struct SpecValue {
    SpecCol col;
    const char *key;  /* the key, before the splits' suffixes */
} SpecValue;

typedef enum SpecPeriodFrom { SP_NONE, SP_TITLE, SP_FIXED } SpecPeriodFrom;

typedef struct SourceSpec {
    const char *name, *title;
    SrcLoc loc;
    const char **titles;  /* lines the file's title block must contain */
    int ntitles;
    int header_rows;      /* 1 or 2 */
    SpecPeriodFrom period_from;
    const char *period_label; /* SP_TITLE: "Valt läsår" in "Valt läsår: 2024/25" */
    Period period;            /* SP_FIXED */
    PeriodKind period_kind;   /* PK_NONE: as written; else stored in this kind */
    SpecCol unit_col;         /* the code column */
    const char *unit_kind;    /* canonical kind: "kommun", "school" */
    SpecCol name_col, parent_col, parent_name_col, organiser_col, organiser_kind_col, group_col, count_col;
    bool has_name, has_parent, has_parent_name, has_organiser, has_organiser_kind, has_count;
    int group_from;           /* 0 none, 1 a column, 2 the header's lower row */
    SpecSplit *splits;
    int nsplits;
    SpecValue *values;
    int nvalues;
    SpecCol *ignored;
    int nignored;
} SourceSpec;

/* Checks a description and compiles it; errors go to prog's diagnostics
 * at the field they are about. false when it has errors. The spec borrows
 * the description's strings (the Program's arena): free it with
 * source_spec_free before the Program. */
bool source_compile(Program *prog, const SourceDesc *d, SourceSpec *out);
void source_spec_free(SourceSpec *s);
/* Compiles every description of prog for its errors (the resolver's part:
 * `ska check` reports a broken description like any other error) and
 * checks that no two share a name. false on errors. */
bool source_check_all(Program *prog);

#endif
