/* main.c — the skein command: runs a script, a -c string or a module, or
 * prints a file's bytecode; an ordinary client of skein.h. With no program
 * it starts the interactive prompt (repl.c) when standard input is a
 * terminal, and otherwise reads the whole program from standard input.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repl.h"
#include "skein.h"

static const char usage[] =
    "usage: skein [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   program passed in as string (terminates option list)\n"
    "  -m mod   run library module as a script (terminates option list)\n"
    "  -h       print this help message and exit (also --help)\n"
    "  -V       print the version number and exit (also --version)\n"
    "  --dis    print the bytecode of file instead of running it\n"
    "  --virtual-time  the event loop's clock jumps to the next timer when\n"
    "           nothing is ready: programs that sleep finish at once\n"
    "  --max-memory=BYTES  cap the memory the program may use (suffixes k, M, G:\n"
    "           powers of 1024); going over it raises MemoryError\n"
    "file       program read from script file\n"
    "-          program read from stdin (default; interactive mode if a tty)\n"
    "arg ...    arguments passed to program in sys.argv[1:]\n";

/* The one VM the signal handler interrupts. */
static sk_vm *running_vm;

static void on_sigint(int sig) {
    (void)sig;
    if (running_vm) sk_interrupt(running_vm);
}

static int finish(sk_vm *vm, sk_status st) {
    if (st != SK_OK) sk_print_error(vm);
    int code = sk_exit_code(vm);
    running_vm = NULL;
    sk_vm_free(vm);
    if (code == 130 && st == SK_ERROR) {
        /* an uncaught KeyboardInterrupt: die of SIGINT, as CPython does */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return code & 0xff;
}

/* "--max-memory=BYTES": a positive count, optionally followed by k, M or
 * G (powers of 1024). False when the text is not such a count. */
static bool parse_size(const char *text, size_t *out) {
    if (*text < '0' || *text > '9') return false;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno || n == 0) return false;
    unsigned shift = 0;
    if (*end == 'k' || *end == 'K') shift = 10, end++;
    else if (*end == 'M') shift = 20, end++;
    else if (*end == 'G') shift = 30, end++;
    if (*end != '\0' || n > (SIZE_MAX >> shift)) return false;
    *out = (size_t)n << shift;
    return true;
}

static char *read_stdin(size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, stdin)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int i = 1;
    bool dis = false, virtual_time = false;
    size_t max_memory = 0;
    const char *command = NULL, *module = NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("skein %s (Python %s)\n", SKEIN_VERSION, SKEIN_PYTHON_VERSION);
            return 0;
        } else if (strcmp(a, "--dis") == 0) {
            dis = true;
        } else if (strcmp(a, "--virtual-time") == 0) {
            virtual_time = true;
        } else if (strncmp(a, "--max-memory=", 13) == 0) {
            if (!parse_size(a + 13, &max_memory)) {
                fprintf(stderr, "skein: --max-memory wants a number of bytes (like 100000000 or 512M), not '%s'\n",
                        a + 13);
                return 2;
            }
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n%s", a, usage);
                return 2;
            }
            if (a[1] == 'c') command = argv[i + 1];
            else module = argv[i + 1];
            i++;
            break;
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        } else {
            break;
        }
    }

    /* sys.argv: the script (or "-c"/"-m") and what follows it */
    const char **args = malloc(sizeof(char *) * (size_t)(argc + 1));
    if (!args) return 1;
    int nargs = 0;
    if (command) args[nargs++] = "-c";
    else if (module) args[nargs++] = "-m";
    else if (i >= argc) args[nargs++] = "";
    for (int k = command || module ? i + 1 : i; k < argc; k++) args[nargs++] = argv[k];

    sk_config cfg;
    sk_config_init(&cfg);
    cfg.argc = nargs;
    cfg.argv = args;
    cfg.virtual_time = virtual_time;
    cfg.max_memory = max_memory;
    /* sys.executable: this binary's absolute path, as CPython gives its own */
    char *self_path = realpath("/proc/self/exe", NULL);
    cfg.executable = self_path;
    sk_vm *vm = sk_vm_new(&cfg);
    free(self_path);
    if (!vm) {
        fputs("skein: out of memory while starting\n", stderr);
        free(args);
        return 1;
    }
    running_vm = vm;
    /* no SA_RESTART: a blocking read (input()) returns EINTR, so Ctrl-C
     * interrupts it at once */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    sk_status st;
    if (module) {
        st = sk_run_module(vm, module);
    } else if (command) {
        st = sk_prepend_path(vm, "");
        if (st == SK_OK) st = sk_run_string(vm, command, "<string>");
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        st = dis ? sk_disassemble_file(vm, argv[i]) : sk_run_file(vm, argv[i]);
    } else if (isatty(STDIN_FILENO)) {
        free(args);
        running_vm = NULL;   /* the prompt handles SIGINT itself */
        int code = skein_repl(vm);
        sk_vm_free(vm);
        return code;
    } else {
        size_t len;
        char *src = read_stdin(&len);
        if (!src) {
            fputs("skein: out of memory reading standard input\n", stderr);
            free(args);
            sk_vm_free(vm);
            return 1;
        }
        st = sk_prepend_path(vm, "");
        if (st == SK_OK) st = sk_run_string(vm, src, "<stdin>");
        free(src);
    }
    free(args);
    return finish(vm, st);
}
