/* repl.c — skein's interactive prompt, an ordinary client of skein.h that
 * main.c starts when there is no program and standard input is a terminal.
 *
 * It behaves as CPython 3.12's REPL: a banner on stderr, the prompts
 * sys.ps1 and sys.ps2, lines gathered until sk_run_interactive stops
 * saying SK_INCOMPLETE (a compound statement ends at an empty line),
 * every error printed and survived, Ctrl-C abandoning the line being typed
 * or interrupting the running code, Ctrl-D (at an empty prompt) ending the
 * session with status 0 and exit()/quit() with theirs.
 *
 * Lines are read through libedit (editing, and history kept in
 * ~/.skein_history) when stdout is a terminal too; otherwise, as CPython
 * does, prompts go to stderr and lines are read plainly. libedit is used
 * in its callback mode, with our own poll() on stdin, so that a SIGINT
 * arriving while the user types interrupts the wait (the signal handler
 * only sets a flag; everything else happens here).
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "repl.h"
#include "skein.h"

#define HISTORY_FILE ".skein_history"
#define HISTORY_LENGTH 1000

/* ---- signals ---------------------------------------------------------------------- */

/* The handler's view of the session: while code runs, Ctrl-C interrupts
 * it; at the prompt it abandons the line. */
static sk_vm *session_vm;
static volatile sig_atomic_t running_code;
static volatile sig_atomic_t interrupted_at_prompt;

static void on_sigint(int sig) {
    (void)sig;
    if (running_code) sk_interrupt(session_vm);
    else interrupted_at_prompt = 1;
}

/* No SA_RESTART: poll() and read() must return EINTR so the prompt sees
 * the interrupt. */
static void catch_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ---- the input being gathered ----------------------------------------------------- */

typedef struct input {
    char *text;
    size_t len, cap;
} input;

static bool input_append(input *in, const char *line) {
    size_t n = strlen(line);
    if (in->len + n + 2 > in->cap) {
        size_t cap = in->cap ? in->cap : 256;
        while (in->len + n + 2 > cap) cap *= 2;
        char *t = realloc(in->text, cap);
        if (!t) return false;
        in->text = t;
        in->cap = cap;
    }
    memcpy(in->text + in->len, line, n);
    in->len += n;
    in->text[in->len++] = '\n';
    in->text[in->len] = '\0';
    return true;
}

static void input_clear(input *in) {
    in->len = 0;
    if (in->text) in->text[0] = '\0';
}

/* ---- reading a line --------------------------------------------------------------- */

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT, READ_ERROR } read_result;

/* libedit hands the finished line to this callback. */
static char *edited_line;
static bool edited_done;
static bool eof_on_empty_line;
static bool line_is_empty;   /* nothing typed on the line being edited */

static int read_byte(FILE *f) {
    unsigned char c;
    for (;;) {
        ssize_t n = read(fileno(f), &c, 1);
        if (n == 1) return c;
        if (n < 0 && errno == EINTR && !interrupted_at_prompt) continue;
        return EOF;
    }
}

/* How libedit reads a key: it wants a character, not a byte, so UTF-8 is
 * decoded here (a malformed sequence gives U+FFFD). Ctrl-D on an empty
 * line ends the session; given to libedit it would echo as "^D", so it
 * becomes an Enter here and the line's end is reported as EOF, which
 * leaves the terminal exactly as CPython's prompt does. */
static int read_key(FILE *f) {
    int c = read_byte(f);
    if (c == 4 && line_is_empty) {
        eof_on_empty_line = true;
        return '\n';
    }
    if (c < 0x80) return c;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (more < 0 || c > 0xF4) return 0xFFFD;
    int cp = c & (0x3F >> more);
    while (more--) {
        int b = read_byte(f);
        if (b == EOF) return EOF;
        if ((b & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (b & 0x3F);
    }
    return cp;
}

static void take_line(char *line) {
    edited_line = line;
    edited_done = true;
    rl_callback_handler_remove();
}

/* A line through libedit; *line is malloc'd and has no newline. */
static read_result read_edited(const char *prompt, char **line) {
    edited_line = NULL;
    edited_done = false;
    eof_on_empty_line = false;
    line_is_empty = true;
    interrupted_at_prompt = 0;
    rl_callback_handler_install(prompt, take_line);
    /* SIGINT stays blocked except inside ppoll(), so a Ctrl-C that lands
     * while a key is being handled is seen at the next check instead of
     * being lost before a poll() that would then wait for ever. */
    sigset_t sigint, unblocked;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    sigprocmask(SIG_BLOCK, &sigint, &unblocked);
    sigdelset(&unblocked, SIGINT);
    read_result r = READ_LINE;
    while (!edited_done && !interrupted_at_prompt) {
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        int n = ppoll(&p, 1, NULL, &unblocked);
        if (interrupted_at_prompt) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            r = READ_ERROR;
            break;
        }
        /* libedit updates rl_end after each key, except when the line is
         * left empty: it returns early then */
        rl_end = -1;
        rl_callback_read_char();
        line_is_empty = rl_end <= 0;
    }
    sigprocmask(SIG_UNBLOCK, &sigint, NULL);
    if (interrupted_at_prompt) {
        /* forget the half-typed line and give the terminal back */
        rl_replace_line("", 0);
        r = READ_INTERRUPT;
    }
    if (r != READ_LINE) {
        if (!edited_done) rl_callback_handler_remove();
        free(edited_line);
        return r;
    }
    if (eof_on_empty_line || !edited_line) {
        free(edited_line);
        return READ_EOF;
    }
    *line = edited_line;
    return READ_LINE;
}

/* A line read plainly (stdout is not a terminal): the prompt goes to
 * stderr, as CPython's does. */
static read_result read_plain(const char *prompt, char **line) {
    fputs(prompt, stderr);
    fflush(stderr);
    interrupted_at_prompt = 0;
    size_t cap = 256, len = 0;
    char *buf = malloc(cap);
    if (!buf) return READ_ERROR;
    for (;;) {
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (interrupted_at_prompt) {
            free(buf);
            return READ_INTERRUPT;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (len == 0) {
                free(buf);
                return n < 0 ? READ_ERROR : READ_EOF;
            }
            break;
        }
        if (c == '\n') break;
        if (len + 2 > cap) {
            char *t = realloc(buf, cap *= 2);
            if (!t) {
                free(buf);
                return READ_ERROR;
            }
            buf = t;
        }
        buf[len++] = c;
    }
    buf[len] = '\0';
    *line = buf;
    return READ_LINE;
}

/* ---- history ---------------------------------------------------------------------- */

static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof HISTORY_FILE + 1;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", home, HISTORY_FILE);
    return p;
}

static void history_save(const char *path) {
    if (!path) return;
    /* failing to save history is not worth a message at exit */
    if (write_history(path) == 0) history_truncate_file(path, HISTORY_LENGTH);
}

/* libedit edits characters of the C library's locale. skein's text is
 * UTF-8 whatever the environment says, so where the locale is not UTF-8
 * (the "C" locale of a bare environment) the prompt uses C.UTF-8, much as
 * CPython coerces the C locale (PEP 538). Only LC_CTYPE changes: number
 * formatting is untouched. */
static void use_utf8_locale(void) {
    if (setlocale(LC_CTYPE, "") && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "C.utf8");
}

/* ---- the session ------------------------------------------------------------------ */

static void print_banner(void) {
    fprintf(stderr,
            "skein %s (Python %s compatible)\n"
            "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            SKEIN_VERSION, SKEIN_PYTHON_VERSION);
}

/* Has the line anything but spaces? Blank lines stay out of the history. */
static bool is_blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t') return false;
    return true;
}

int skein_repl(sk_vm *vm) {
    bool edit = isatty(STDOUT_FILENO);
    char *hist = NULL;
    session_vm = vm;
    catch_sigint();
    print_banner();
    if (sk_interactive_begin(vm) != SK_OK) {
        sk_print_error(vm);
        return 1;
    }
    if (edit) {
        use_utf8_locale();
        rl_readline_name = "skein";
        rl_getc_function = read_key;   /* read by rl_initialize */
        rl_initialize();
        using_history();
        stifle_history(HISTORY_LENGTH);
        /* Tab indents, as in CPython's REPL when no completer is set */
        rl_bind_key('\t', rl_insert);
        hist = history_path();
        if (hist) read_history(hist);
    }

    input in = {0};
    int status = 0;
    for (;;) {
        fflush(stdout);
        fflush(stderr);
        const char *prompt = sk_interactive_prompt(vm, in.len > 0);
        char *line = NULL;
        read_result r = edit ? read_edited(prompt, &line) : read_plain(prompt, &line);
        if (r == READ_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            input_clear(&in);
            continue;
        }
        bool ended = false;
        if (r == READ_EOF || r == READ_ERROR) {
            /* end the prompt's line where the prompt went */
            if (!edit) fputs("\n", stderr);
            else if (!eof_on_empty_line) fputs("\n", stdout);
            if (in.len == 0) break;
            /* Ctrl-D at a continuation prompt: what was typed runs as it stands */
            ended = true;
        } else {
            if (edit && !is_blank(line)) add_history(line);
            bool ok = input_append(&in, line);
            free(line);
            if (!ok) {
                fputs("skein: out of memory reading input\n", stderr);
                status = 1;
                break;
            }
        }
        running_code = 1;
        sk_status st = sk_run_interactive(vm, in.text, "<stdin>", ended);
        running_code = 0;
        /* a Ctrl-C the code ended before noticing belongs to the prompt */
        bool late_interrupt = sk_interrupt_cancel(vm);
        if (st == SK_INCOMPLETE && !late_interrupt) continue;
        input_clear(&in);
        if (st == SK_EXIT) {
            sk_print_error(vm);
            status = sk_exit_code(vm) & 0xff;
            break;
        }
        if (st != SK_OK && st != SK_INCOMPLETE) sk_print_error(vm);
        if (late_interrupt) fputs("\nKeyboardInterrupt\n", stderr);
    }
    free(in.text);
    if (edit) history_save(hist);
    free(hist);
    return status;
}
