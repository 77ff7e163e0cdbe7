/* skein.h — the public C API of skein, an interpreter with CPython 3.12
 * semantics for the async part of Python.
 *
 * A host creates a VM from a config, runs code in it and reads results
 * and errors back. Everything hangs off the sk_vm handle passed to every
 * call: there is no global state, so a process may run several VMs, each
 * used by one thread at a time.
 *
 * Conventions:
 *  - Functions that can fail return an sk_status; SK_OK is 0.
 *  - Strings passed in are UTF-8 and are copied; the host keeps ownership.
 *  - Strings returned are owned by the VM and stay valid until the next
 *    call into the same VM, unless documented otherwise.
 */
#ifndef SKEIN_H
#define SKEIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(SK_BUILDING_LIB)
#define SK_API __attribute__((visibility("default")))
#else
#define SK_API
#endif

#define SKEIN_VERSION "0.1.0"
#define SKEIN_PYTHON_VERSION "3.12.1"

typedef struct sk_vm sk_vm;

typedef enum sk_status {
    SK_OK = 0,        /* success */
    SK_ERROR = 1,     /* Python code raised an exception that was not caught;
                         sk_print_error / sk_error_message describe it */
    SK_EXIT = 2,      /* Python code raised SystemExit; sk_exit_code tells
                         the status the program asked for */
    SK_EBADARG = 3,   /* a bad argument to an API function (NULL handle,
                         NULL string…); sk_error_message says which */
    SK_ENOMEM = 4,    /* memory ran out outside Python code */
    SK_INCOMPLETE = 5, /* sk_run_interactive: the input is not a whole
                          statement yet; nothing ran */
} sk_status;

/* The allocator hook: realloc-like. Called with new_size == 0 to free
 * (returning NULL), with ptr == NULL to allocate. old_size is the size
 * previously requested for ptr (0 for a new block). Returning NULL for a
 * non-zero new_size refuses the request: skein then raises MemoryError in
 * the running code, it never aborts. */
typedef void *(*sk_alloc_fn)(void *ud, void *ptr, size_t old_size, size_t new_size);

/* An output hook: receives bytes the program writes to sys.stdout or
 * sys.stderr (and tracebacks skein prints). */
typedef void (*sk_write_fn)(void *ud, const char *data, size_t len);

typedef struct sk_config {
    sk_alloc_fn alloc;        /* default: the C library's realloc/free */
    void *alloc_ud;
    sk_write_fn write_out;    /* default: fwrite to the C stdout */
    sk_write_fn write_err;    /* default: fwrite to the C stderr */
    void *write_ud;
    size_t max_memory;        /* bytes; 0 = no limit beyond the allocator's */
    int recursion_limit;      /* sys.getrecursionlimit(); default 1000 */
    int argc;                 /* sys.argv; default: [''] */
    const char *const *argv;
    bool virtual_time;        /* the clocks stand still but for jumps: the
                                 event loop's to the next timer when nothing
                                 is ready, time.sleep's by its length */
    const char *executable;   /* sys.executable, read while the VM is
                                 created; default: "" (as an embedded
                                 CPython with none) */
} sk_config;

/* Fills *cfg with the defaults listed above. Always call it before setting
 * fields, so fields added in later versions get their defaults. */
SK_API void sk_config_init(sk_config *cfg);

/* Creates a VM. The config is copied. Returns NULL if memory runs out. */
SK_API sk_vm *sk_vm_new(const sk_config *cfg);

/* Frees a VM and everything it allocated. vm may be NULL. */
SK_API void sk_vm_free(sk_vm *vm);

/* Runs `source` as the __main__ module's code; `filename` appears in
 * tracebacks ("<string>" when NULL). Output goes to the write hooks. */
SK_API sk_status sk_run_string(sk_vm *vm, const char *source, const char *filename);

/* Reads the file at `path` and runs it as __main__, with sys.path[0] set
 * to its folder and, as in CPython, __file__ (and the file name tracebacks
 * show) the absolute path: the working folder joined to a relative `path`.
 * A file that cannot be read gives SK_ERROR with the message CPython prints
 * ("can't open file ..."), and sk_exit_code 2. */
SK_API sk_status sk_run_file(sk_vm *vm, const char *path);

/* Puts `folder` first on sys.path, where imports look first ("" is the
 * current folder, as `python -c` has it). */
SK_API sk_status sk_prepend_path(sk_vm *vm, const char *folder);

/* Runs module `name` (dotted names allowed) as __main__, as `python -m`
 * does: sys.path[0] becomes the current folder, the module's parent
 * packages are imported, its source file (a package's __main__.py) runs
 * in the __main__ module with sys.argv[0] set to that file. A module that
 * cannot be found ends with SK_EXIT, status 1 and CPython's message
 * ("<sys.executable>: No module named NAME") for sk_print_error. */
SK_API sk_status sk_run_module(sk_vm *vm, const char *name);

/* After SK_ERROR: prints the traceback of the uncaught exception to the
 * error hook exactly as CPython would, and clears it. After SK_EXIT with
 * a non-integer code: prints that code as CPython does. After an error of
 * the API itself (SK_EBADARG, a file that could not be opened): prints
 * "skein: " and sk_error_message's text. Otherwise does nothing. vm may
 * be NULL. */
SK_API void sk_print_error(sk_vm *vm);

/* The last error as text (the traceback's final line for an uncaught
 * exception, or the reason for SK_EBADARG / SK_ENOMEM). Owned by the VM.
 * Never NULL: "" when there was no error. */
SK_API const char *sk_error_message(sk_vm *vm);

/* The process exit status the last run asks for: 0 after SK_OK, the
 * SystemExit code after SK_EXIT (1 for a non-integer code), 1 after
 * SK_ERROR, 2 when the file could not be opened, and 130 (128 + SIGINT)
 * when an uncaught KeyboardInterrupt ended it (a command-line host should
 * then kill itself with SIGINT, as CPython does, so its parent sees it). */
SK_API int sk_exit_code(sk_vm *vm);

/* Prints the disassembly of every code object compiled from the file at
 * `path` to the output hook (skein --dis). */
SK_API sk_status sk_disassemble_file(sk_vm *vm, const char *path);

/* ---- interactive use (a REPL) ---- */

/* Prepares the VM for reading statements from a user, as CPython's
 * interactive mode does: sets sys.ps1 and sys.ps2 to ">>> " and "... ",
 * puts '' (the current folder) first on sys.path and creates __main__.
 * Call it once, before the first sk_run_interactive. */
SK_API sk_status sk_interactive_begin(sk_vm *vm);

/* The prompt to show before reading a line: str(sys.ps1) before a new
 * statement, str(sys.ps2) when `continuation` (sk_run_interactive said
 * SK_INCOMPLETE). "" when the attribute is missing or its str() raises.
 * Owned by the VM, valid until the next call of this function. */
SK_API const char *sk_interactive_prompt(sk_vm *vm, bool continuation);

/* Compiles and runs one interactive input in __main__, the way CPython's
 * REPL runs what it read: `source` is every line typed for this input so
 * far, each ending in "\n"; `filename` appears in tracebacks ("<stdin>"
 * when NULL), where line numbers count from the input's first line.
 * `ended` says no more lines will come (the user pressed Ctrl-D at a
 * continuation prompt): the input then runs or fails as it stands.
 * Returns:
 *  - SK_INCOMPLETE when more lines could still complete it: an open
 *    bracket or triple-quoted string, a '\' continuation, a ':' waiting
 *    for its block, or a compound statement (if, def, class…) that no
 *    empty line has ended yet. Nothing ran; append the next line and call
 *    again.
 *  - SK_OK when it ran. The value of an expression statement went to
 *    sys.displayhook, which prints its repr and binds it to builtins._.
 *  - SK_ERROR for a syntax error or an uncaught exception: print it with
 *    sk_print_error and read the next input. sys.last_exc (and
 *    last_type, last_value, last_traceback) hold the exception.
 *  - SK_EXIT when it raised SystemExit: sk_exit_code has the status.
 * An input that uses await, async for or async with at top level runs as
 * a coroutine on an asyncio event loop that stays the same between inputs,
 * so tasks it created keep running while later inputs await; an interrupt
 * (sk_interrupt) cancels the input's task. */
SK_API sk_status sk_run_interactive(sk_vm *vm, const char *source, const char *filename, bool ended);

/* Asks the running code to stop with KeyboardInterrupt at the next
 * instruction boundary. Safe to call from a signal handler or another
 * thread: a host that wants Ctrl-C to interrupt Python code installs a
 * SIGINT handler that calls it. */
SK_API void sk_interrupt(sk_vm *vm);

/* Withdraws an interrupt that sk_interrupt asked for and the code has not
 * noticed yet (it ended first); returns whether there was one. A host
 * calls it after a run so that a late Ctrl-C does not stop the next run
 * at its first instruction; an interactive host then reports it as
 * "KeyboardInterrupt", as CPython's prompt does. Call it from the thread
 * that runs the VM, once the signal handler no longer calls sk_interrupt. */
SK_API bool sk_interrupt_cancel(sk_vm *vm);

/* ---- values held by the host ---- */

/* A reference to a Python value, held by the host until sk_release. The
 * value stays alive while referenced; references are small integers that
 * stay valid across collections, never pointers into the heap. 0 means
 * no value: the call that returned it failed, and sk_error_message,
 * sk_print_error and sk_exit_code describe why, as after a failed run.
 * Every function below takes and returns references on the VM's thread
 * unless it says otherwise. */
typedef uint32_t sk_ref;

/* New values: an int, a float, a str from UTF-8 text (`len` bytes, or up
 * to the NUL when len is (size_t)-1), None. */
SK_API sk_ref sk_new_int(sk_vm *vm, int64_t value);
SK_API sk_ref sk_new_float(sk_vm *vm, double value);
SK_API sk_ref sk_new_str(sk_vm *vm, const char *utf8, size_t len);
SK_API sk_ref sk_new_none(sk_vm *vm);

/* Reading values back. sk_read_int accepts an int (or an object with
 * __index__) that fits in int64_t; sk_read_float a float or an int;
 * sk_read_str a str, returning its UTF-8 text (and its size in bytes in
 * *len when len is not NULL), owned by the value and valid while the
 * reference is held. A value of the wrong type fails with the TypeError
 * Python would raise, returned as SK_ERROR (NULL for sk_read_str). */
SK_API sk_status sk_read_int(sk_vm *vm, sk_ref ref, int64_t *out);
SK_API sk_status sk_read_float(sk_vm *vm, sk_ref ref, double *out);
SK_API const char *sk_read_str(sk_vm *vm, sk_ref ref, size_t *len);

/* Gives a reference back; the value may then be collected. 0 is ignored. */
SK_API void sk_release(sk_vm *vm, sk_ref ref);
/* Another reference to the same value, released on its own. */
SK_API sk_ref sk_dup(sk_vm *vm, sk_ref ref);

/* The value of a dotted name: its first part is a global of __main__, a
 * builtin, or else a module to import ("json" or "asyncio.sleep"); each
 * further part is an attribute. */
SK_API sk_ref sk_lookup(sk_vm *vm, const char *name);
/* The value of a Python expression, evaluated in __main__'s namespace. */
SK_API sk_ref sk_eval(sk_vm *vm, const char *expression);
/* Binds a global of __main__ to a value. */
SK_API sk_status sk_set_global(sk_vm *vm, const char *name, sk_ref value);
/* callable(*args): `nargs` references in `args`. */
SK_API sk_ref sk_invoke(sk_vm *vm, sk_ref callable, size_t nargs, const sk_ref *args);

/* ---- C functions callable from Python ---- */

/* Makes the C function `fn` callable from Python as `name`: a global of
 * __main__, or, for a dotted name "mod.fn", an attribute of module `mod`
 * (made, and importable, when it does not exist yet). `signature` gives
 * its C type in C's own words, "double (double, int64_t)": the return
 * type, then the parameter types in parentheses. The types:
 *  - void (return only; Python sees None), bool, int, unsigned, long,
 *    unsigned long, int32_t, uint32_t, int64_t, uint64_t, size_t, double,
 *    float;
 *  - const char *: a str argument's UTF-8 text, valid during the call; a
 *    returned one is copied into a str, NULL giving None;
 *  - void *: a writable buffer (a bytearray), an address as an int, or
 *    None; const void *: any bytes-like object, an int or None;
 *  - sk_ref: any Python value; as a parameter, a reference lent for the
 *    call; as the result, a reference the call takes over, 0 raising the
 *    error of the API call that failed to make it;
 *  - sk_vm *, as a parameter Python does not pass: the calling VM, for a
 *    C function that calls back into it.
 * Python callers get CPython's TypeError for a wrong number of arguments,
 * TypeError for a wrong type and OverflowError for an int that does not
 * fit. A bad signature fails with SK_EBADARG and a message saying what is
 * wrong; a function-pointer type, with NotImplementedError. */
SK_API sk_status sk_define_function(sk_vm *vm, const char *name, const char *signature, void (*fn)(void));

/* ---- futures and the event loop ---- */

/* A new asyncio future on the VM's event loop (the running one when
 * called from code the loop runs, otherwise the loop sk_await uses),
 * for Python code to await and the host to complete. */
SK_API sk_ref sk_future_new(sk_vm *vm);

/* Completing a future made by sk_future_new, with a result or with an
 * exception (`exc_type` a built-in exception's name such as "ValueError";
 * an unknown name gives RuntimeError). These may be called from any
 * thread, once per future: the completion is queued and wakes the loop,
 * which sets the future's result on the VM's thread (doing nothing if
 * Python code cancelled it meanwhile). The host still releases the
 * reference, on the VM's thread, when done with it. Called from another
 * thread they allocate through the allocator hook, which must then be
 * thread-safe (the default is). SK_EBADARG for a reference that is not
 * a pending host future. */
SK_API sk_status sk_future_set_int(sk_vm *vm, sk_ref future, int64_t value);
SK_API sk_status sk_future_set_float(sk_vm *vm, sk_ref future, double value);
SK_API sk_status sk_future_set_str(sk_vm *vm, sk_ref future, const char *utf8);
SK_API sk_status sk_future_set_none(sk_vm *vm, sk_ref future);
SK_API sk_status sk_future_set_error(sk_vm *vm, sk_ref future, const char *exc_type, const char *message);

/* Driving the loop from the host's own event loop, instead of sk_await:
 * sk_spawn starts an awaitable as a task on the VM's event loop (it runs
 * as the loop turns) and returns the task; sk_loop_step runs one turn
 * that does not wait (due timers, ready callbacks, completed futures);
 * sk_loop_next_wakeup tells how long the host may sleep before the next
 * step is due (0: at once; -1: until sk_loop_fd is readable); sk_loop_fd
 * is a file descriptor that becomes readable when a thread completes a
 * future, for the host's poll() or epoll. A task's outcome is read with
 * sk_invoke of its result method, as in Python. */
SK_API sk_ref sk_spawn(sk_vm *vm, sk_ref awaitable);
SK_API sk_status sk_loop_step(sk_vm *vm);
SK_API sk_status sk_loop_next_wakeup(sk_vm *vm, double *seconds);
SK_API int sk_loop_fd(sk_vm *vm);

/* Runs an awaitable (a coroutine, task or future) to its end on the VM's
 * event loop, which persists between calls (tasks started by one call go
 * on running in the next), and returns its result. Fails if a loop is
 * already running (call it from the host, not from Python code). */
SK_API sk_ref sk_await(sk_vm *vm, sk_ref awaitable);

#ifdef __cplusplus
}
#endif

#endif
