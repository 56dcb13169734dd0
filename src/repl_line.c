/* repl_line.c — reading the REPL's input lines; the only file that
 * includes readline.
 *
 * On a terminal: GNU readline with line editing, a history file
 * ($SKA_HISTORY, else ~/.ska_history; the last REPL_HISTORY_MAX entries,
 * written with timestamps so an entry of several lines is read back whole),
 * and Tab completion whose candidates come from repl.c. Ctrl-C cancels the
 * line being typed; pressed while an answer is computed, it is remembered
 * for repl.c to drop that answer. Ctrl-D on an empty line ends input.
 *
 * Otherwise (a pipe or a file): plain lines from stdin, no prompt, no
 * history, and Ctrl-C keeps its default meaning of stopping the program. */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <readline/history.h>
#include <readline/readline.h>
#include "repl.h"
#include "util.h"

struct ReplLine {
    bool interactive;
    char *history_path;  /* NULL: no history file */
    bool history_failed; /* saving it failed (and we said so) */
    ReplCompleteFn complete;
    void *ctx;
};

/* readline's hooks take no context: the one open line reader. */
static ReplLine *active;
static volatile sig_atomic_t interrupted, resized;
static Store *volatile interruptible;

static void on_signal(int sig)
{
    if (sig == SIGINT) {
        interrupted = 1;
        if (interruptible) store_interrupt(interruptible); /* stop a long query */
    } else {
        resized = 1;
    }
}

void repl_line_interrupts(Store *st) { interruptible = st; }

/* The callback interface hands over a finished line here. */
static char *got_line;
static bool got_any;

static void on_line(char *line)
{
    got_line = line;
    got_any = true;
    /* removed before readline would show the prompt again */
    rl_callback_handler_remove();
}

/* ---- completion ---- */

static ReplWords matches;
static size_t next_match;

static char *match_generator(const char *text, int state)
{
    (void)text; /* the candidates were already chosen for this word */
    if (state == 0) next_match = 0;
    return next_match < matches.n ? xstrdup(matches.items[next_match++]) : NULL;
}

static char **attempt_completion(const char *text, int start, int end)
{
    rl_attempted_completion_over = 1; /* never fall back to file names */
    /* no blank after a name: `meritvärde` is usually followed by `[` */
    rl_completion_append_character = '\0';
    repl_words_free(&matches);
    bool files = active->complete(active->ctx, rl_line_buffer, (size_t)start, (size_t)end, &matches);
    rl_filename_completion_desired = files;
    if (matches.n == 0) return NULL;
    return rl_completion_matches(text, match_generator);
}

static char *word_breaks(void) { return (char *)repl_word_breaks(rl_line_buffer); }

void repl_line_files(const char *prefix, ReplWords *out)
{
    char *name;
    for (int state = 0; (name = rl_filename_completion_function(prefix, state)); state++) {
        repl_words_add(out, name);
        free(name);
    }
}

/* ---- history ---- */

static char *history_file(void)
{
    const char *env = getenv("SKA_HISTORY");
    if (env && *env) return xstrdup(env);
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    StrBuf sb = {0};
    sb_printf(&sb, "%s/.ska_history", home);
    return sb.data;
}

ReplLine *repl_line_open(bool interactive, ReplCompleteFn complete, void *ctx)
{
    ReplLine *l = xcalloc(1, sizeof *l);
    l->interactive = interactive;
    l->complete = complete;
    l->ctx = ctx;
    if (!interactive) return l;
    active = l;
    /* Characters only: numbers keep their C form for the formatters. */
    setlocale(LC_CTYPE, "");
    rl_readline_name = "ska";
    rl_attempted_completion_function = attempt_completion;
    rl_completion_word_break_hook = word_breaks;
    rl_completer_quote_characters = REPL_QUOTES;
    /* readline's own handlers are only in place while it reads a key;
     * these see Ctrl-C and resizing while we wait and while we compute.
     * No SA_RESTART: Ctrl-C must interrupt the wait for a key. */
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGWINCH, &sa, NULL);
    using_history();
    stifle_history(REPL_HISTORY_MAX);
    history_comment_char = '#'; /* timestamps mark where an entry starts */
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    l->history_path = history_file();
    if (l->history_path) read_history(l->history_path);
    return l;
}

ReplRead repl_line_read(ReplLine *l, const char *prompt, char **line)
{
    *line = NULL;
    if (!l->interactive) {
        size_t cap = 0;
        ssize_t n = getline(line, &cap, stdin);
        if (n < 0) {
            free(*line);
            *line = NULL;
            return REPL_READ_EOF;
        }
        while (n > 0 && ((*line)[n - 1] == '\n' || (*line)[n - 1] == '\r')) (*line)[--n] = 0;
        return REPL_READ_LINE;
    }
    /* readline's callback interface, so that this loop, not readline,
     * waits for keys and can stop at once when Ctrl-C is pressed */
    interrupted = 0;
    got_any = false;
    got_line = NULL;
    rl_callback_handler_install(prompt, on_line);
    int fd = fileno(rl_instream ? rl_instream : stdin);
    while (!got_any) {
        fd_set keys;
        FD_ZERO(&keys);
        FD_SET(fd, &keys);
        if (select(fd + 1, &keys, NULL, NULL, NULL) < 0) {
            if (errno != EINTR) {
                rl_callback_handler_remove();
                return REPL_READ_EOF;
            }
            if (resized) {
                resized = 0;
                rl_resize_terminal();
            }
            if (interrupted) {
                interrupted = 0;
                rl_echo_signal_char(SIGINT);
                rl_free_line_state();
                rl_callback_sigcleanup();
                rl_callback_handler_remove();
                fputc('\n', rl_outstream);
                return REPL_READ_CANCEL;
            }
            continue;
        }
        rl_callback_read_char();
    }
    if (!got_line) {
        fputc('\n', rl_outstream); /* Ctrl-D: leave the shell's prompt on a line of its own */
        return REPL_READ_EOF;
    }
    *line = got_line;
    return REPL_READ_LINE;
}

void repl_line_remember(ReplLine *l, const char *entry)
{
    if (!l->interactive || !*entry) return;
    HIST_ENTRY *last = history_length ? history_get(history_base + history_length - 1) : NULL;
    if (last && strcmp(last->line, entry) == 0) return;
    add_history(entry);
    /* written after every entry, so a session that is killed keeps it */
    int err = l->history_path ? write_history(l->history_path) : 0;
    if (err && !l->history_failed) {
        fprintf(stderr, "ska repl: cannot save the history in %s: %s\n", l->history_path, strerror(err));
        l->history_failed = true; /* said once; the session goes on */
    }
}

bool repl_line_interrupted(void)
{
    bool was = interrupted;
    interrupted = 0;
    return was;
}

void repl_line_close(ReplLine *l)
{
    if (!l) return;
    if (l->interactive) {
        repl_words_free(&matches);
        rl_clear_history();
        signal(SIGINT, SIG_DFL);
        signal(SIGWINCH, SIG_DFL);
        active = NULL;
    }
    free(l->history_path);
    free(l);
}
