/* repl.h — `ska repl`: asking a plan and its results questions.
 *
 * repl.c is the session: the plan files and the definitions typed so far,
 * the store and an evaluation session over them. It reads dot-commands
 * (.help, .load, .db …), plan questions (goals, status G1, explain G1,
 * measures for G1, rules, flagged), definitions and expressions, and
 * answers each. repl_line.c is the only file that knows readline: line
 * editing, history and completion on a terminal, plain line reading
 * otherwise. cmd_repl.c turns the command line into ReplOptions. */
#ifndef SKA_REPL_H
#define SKA_REPL_H
#include <stdbool.h>
#include <stddef.h>
#include "period.h"
#include "store.h"

typedef struct ReplOptions {
    char **plans;       /* plan files to load, in order (borrowed) */
    int nplans;
    const char *db;     /* the results store, or NULL for none yet */
    Period period;      /* --period, or 0 for the plan's */
    bool interactive;   /* prompts, history, completion (stdin is a terminal) */
    bool color;         /* colour in `explain` */
} ReplOptions;

typedef struct Repl Repl;

/* Opens a session: loads the plans (and the modules they use), opens the
 * store. On an error prints it to stderr and returns NULL. */
Repl *repl_open(const ReplOptions *opt);
/* Reads and answers inputs until the end of input or .quit. Answers go to
 * stdout, errors to stderr. Returns the exit code: 0, or 2 when reading
 * non-interactively and an input had an error (so scripts notice). */
int repl_run(Repl *r);
void repl_close(Repl *r);

/* ---- completion (repl.c decides, repl_line.c asks) ---- */

/* A list of malloc'ed strings. */
typedef struct ReplWords { char **items; size_t n, cap; } ReplWords;
void repl_words_add(ReplWords *w, const char *s);
void repl_words_free(ReplWords *w);

/* The characters that end the word being completed on this line: file
 * names after .load and .db may hold '/', expressions break at operators. */
const char *repl_word_breaks(const char *line);
/* Text inside double quotes is one word (a unit's name may hold spaces). */
#define REPL_QUOTES "\""
/* Where the word that ends at `end` starts, by the two rules above: the
 * same place readline finds, for `.complete` to show what Tab would do. */
size_t repl_word_start(const char *line, size_t end);
/* The words that complete line[start..end), sorted and unique, appended to
 * out. Returns true when they are file names (readline then marks
 * directories with '/'). */
bool repl_complete(Repl *r, const char *line, size_t start, size_t end, ReplWords *out);

/* ---- line input (repl_line.c) ---- */

typedef struct ReplLine ReplLine;
typedef bool (*ReplCompleteFn)(void *ctx, const char *line, size_t start, size_t end, ReplWords *out);

/* Interactive: readline with history in $SKA_HISTORY or ~/.ska_history
 * (the last REPL_HISTORY_MAX entries, multi-line entries kept whole), Tab
 * completion through complete(ctx, …), and Ctrl-C cancelling the line.
 * Otherwise lines are read from stdin with no prompt and no history. */
#define REPL_HISTORY_MAX 1000
ReplLine *repl_line_open(bool interactive, ReplCompleteFn complete, void *ctx);
typedef enum ReplRead { REPL_READ_LINE, REPL_READ_EOF, REPL_READ_CANCEL } ReplRead;
/* Reads one line (without its newline) into *line (malloc'ed; caller
 * frees). prompt is shown only interactively. */
ReplRead repl_line_read(ReplLine *l, const char *prompt, char **line);
/* Adds one whole input (possibly several lines) to the history and saves
 * the history file. Does nothing non-interactively. */
void repl_line_remember(ReplLine *l, const char *entry);
/* True once after Ctrl-C was pressed while an answer was being computed. */
bool repl_line_interrupted(void);
/* The store a Ctrl-C should interrupt while an answer is computed (NULL
 * again after): its running query then fails and the answer is abandoned. */
void repl_line_interrupts(Store *st);
/* File names completing prefix (readline's own file completion). */
void repl_line_files(const char *prefix, ReplWords *out);
void repl_line_close(ReplLine *l);

#endif
