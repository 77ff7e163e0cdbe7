/* api.c — the public API of skein.h that is not about creating a VM:
 * running code as __main__, reporting what an uncaught exception or
 * SystemExit left behind, disassembly and interrupts.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api.h"
#include "builtins.h"
#include "code.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gen.h"
#include "gc.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "textio.h"
#include "traceback.h"

/* ---- errors the API itself reports -------------------------------------------------- */

static void set_error_text(sk_vm *vm, const char *text) {
    sk_buf_free(&vm->error_text);
    sk_buf_puts(&vm->error_text, text);
}

sk_status sk_api_bad_arg(sk_vm *vm, const char *fn, const char *what) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s", fn, what);
    set_error_text(vm, msg);
    vm->exit_code = 1;
    return SK_EBADARG;
}

/* The last line of the exception's traceback ("ValueError: boom"). */
static void describe_exception(sk_vm *vm, sk_value exc) {
    sk_buf all;
    sk_buf_init_vm(vm, &all);
    sk_traceback_format(vm, exc, &all);
    size_t end = all.len;
    while (end > 0 && all.data[end - 1] == '\n') end--;
    size_t start = end;
    while (start > 0 && all.data[start - 1] != '\n') start--;
    sk_buf_free(&vm->error_text);
    if (!all.failed) sk_buf_append(&vm->error_text, all.data + start, end - start);
    sk_buf_free(&all);
}

/* ---- ending a run -------------------------------------------------------------------- */

/* SystemExit's code as a process status, CPython's way: None is 0, an int
 * is itself, anything else is printed by sk_print_error and gives 1. */
static int exit_status_of(sk_vm *vm, sk_value exc) {
    sk_value code = ((sk_exc_sysexit *)sk_as_obj(exc))->code;
    if (!code || code == SK_NONE) return 0;
    if (sk_is_int(code)) return (int)sk_as_int(code);
    if (sk_is_bool(code)) return code == SK_TRUE; /* bool is an int */
    if (sk_is_ptr(code) && (sk_as_obj(code)->type->flags & SK_TF_INT_SUB)) {
        int64_t n;
        if (sk_int_to_i64(vm, code, &n) && n >= INT_MIN && n <= INT_MAX) return (int)n;
        if (vm->exc) sk_exc_take(vm);
        return -1;
    }
    return 1;
}

/* Turns the result of running code into a status and leaves the details
 * for sk_print_error / sk_error_message / sk_exit_code. */
sk_status sk_api_finish(sk_vm *vm, bool ok) {
    vm->api_error = SK_NULL;
    /* the preallocated MemoryError must not keep the last run's frames
     * (and everything they held) alive */
    if (vm->memory_error && (ok || vm->exc != vm->memory_error)) {
        sk_exception *me = (sk_exception *)sk_as_obj(vm->memory_error);
        me->traceback = me->context = me->cause = SK_NULL;
    }
    if (ok) {
        sk_stdio_flush(vm);
        sk_buf_free(&vm->error_text);
        vm->exit_code = 0;
        return SK_OK;
    }
    sk_value exc = sk_exc_take(vm);
    vm->api_error = exc;
    if (sk_exc_is(vm, exc, SK_EXC_SYSTEM_EXIT)) {
        vm->exit_code = exit_status_of(vm, exc);
        sk_buf_free(&vm->error_text);
        sk_stdio_flush(vm);
        return SK_EXIT;
    }
    describe_exception(vm, exc);
    /* a KeyboardInterrupt that ends the program is reported as death by
     * SIGINT (128 + 2), which the command line turns into the signal */
    vm->exit_code = sk_exc_is(vm, exc, SK_EXC_KEYBOARD_INTERRUPT) ? 130 : 1;
    sk_stdio_flush(vm);
    return SK_ERROR;
}

/* ---- running ------------------------------------------------------------------------- */

sk_value sk_api_main_module(sk_vm *vm, sk_value file) {
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_dict_get_str(vm, vm->modules, SK_NAME(vm, __main__));
    if (m) return m;
    size_t mark = sk_gc_roots_save(vm);
    m = sk_module_new(vm, SK_NAME(vm, __main__));
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    sk_value d = sk_module_dict(m);
    if (!sk_dict_set(vm, d, SK_NAME(vm, __builtins__), vm->builtins_module) ||
        !sk_dict_set(vm, d, SK_NAME(vm, __package__), SK_NONE) ||
        !sk_dict_set(vm, d, SK_NAME(vm, __spec__), SK_NONE) ||
        !sk_dict_set(vm, d, SK_NAME(vm, __loader__), SK_NONE) ||
        (file && !sk_dict_set(vm, d, SK_NAME(vm, __file__), file)) ||
        !sk_dict_set(vm, vm->modules, SK_NAME(vm, __main__), m))
        return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return m;
}

static sk_status run_main(sk_vm *vm, const char *src, size_t len, sk_value filename, sk_value file) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, filename);
    SK_ROOT(vm, file);
    bool ok = false;
    /* after memory ran out, the garbage of the last run (held until its
     * end) is freed before compiling, whose raw allocations cannot collect */
    if (vm->memory_refused || vm->bytes_in_use >= vm->gc_threshold) {
        vm->memory_refused = false;
        sk_gc_collect(vm);
    }
    sk_value m = sk_api_main_module(vm, file);
    if (!m) goto done;
    SK_ROOT(vm, m);
    sk_value code = sk_compile_source(vm, src, len, filename, AST_MODE_EXEC, file ? SK_COMPILE_BYTE_OFFSETS : 0);
    if (!code) goto done;
    SK_ROOT(vm, code);
    sk_value d = sk_module_dict(m);
    ok = sk_interp_run_code(vm, code, d, d) != SK_NULL;
done:
    sk_gc_roots_restore(vm, mark);
    return sk_api_finish(vm, ok);
}

sk_status sk_run_string(sk_vm *vm, const char *source, const char *filename) {
    if (!vm) return SK_EBADARG;
    if (!source) return sk_api_bad_arg(vm, "sk_run_string", "source is NULL");
    sk_value fn = sk_str_from_cstr(vm, filename ? filename : "<string>");
    if (!fn) return sk_api_finish(vm, false);
    return run_main(vm, source, strlen(source), fn, SK_NULL);
}

/* Reads a whole file into *b; false with errno set. */
static bool read_whole_file(sk_vm *vm, const char *path, sk_buf *b) {
    sk_buf_init_vm(vm, b);
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sk_buf_append(b, chunk, n);
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (err || b->failed) {
        sk_buf_free(b);
        errno = err ? err : ENOMEM;
        return false;
    }
    return true;
}

/* The folder of `path`, absolute, for sys.path[0]. */
static sk_value script_folder(sk_vm *vm, const char *path) {
    char *real = realpath(path, NULL);
    if (!real) return sk_str_from_cstr(vm, "");
    char *slash = strrchr(real, '/');
    sk_value r = sk_str_new(vm, real, slash ? (size_t)(slash - real) + (slash == real) : strlen(real));
    free(real);
    return r;
}

/* `path` made absolute as CPython makes a script's path for __file__ and
 * tracebacks: joined to the current folder, not normalised ("./a.py" is
 * "/cwd/./a.py"). */
static void absolute_path(const char *path, char *abs, size_t size) {
    if (path[0] == '/' || !getcwd(abs, size)) {
        snprintf(abs, size, "%s", path);
    } else {
        size_t n = strlen(abs);
        snprintf(abs + n, size - n, "/%s", path);
    }
}

sk_status sk_run_file(sk_vm *vm, const char *path) {
    if (!vm) return SK_EBADARG;
    if (!path) return sk_api_bad_arg(vm, "sk_run_file", "path is NULL");
    sk_buf src;
    if (!read_whole_file(vm, path, &src)) {
        int err = errno;
        char abs[PATH_MAX + 1];
        absolute_path(path, abs, sizeof abs);
        char msg[PATH_MAX + 256];
        snprintf(msg, sizeof msg, "can't open file '%s': [Errno %d] %s", abs, err, strerror(err));
        set_error_text(vm, msg);
        vm->api_error = SK_NULL;
        vm->exit_code = 2;
        return SK_ERROR;
    }
    SK_ROOT_SCOPE(vm);
    sk_status st;
    size_t mark = sk_gc_roots_save(vm);
    sk_value folder = script_folder(vm, path);
    SK_ROOT(vm, folder);
    char abs[PATH_MAX + 1];
    absolute_path(path, abs, sizeof abs);
    sk_value file = folder ? sk_str_from_cstr(vm, abs) : SK_NULL;
    SK_ROOT(vm, file);
    if (!file || !sk_list_insert(vm, vm->path, 0, folder)) {
        st = sk_api_finish(vm, false);
    } else {
        st = run_main(vm, src.data ? src.data : "", src.len, file, file);
    }
    sk_gc_roots_restore(vm, mark);
    sk_buf_free(&src);
    return st;
}

sk_status sk_prepend_path(sk_vm *vm, const char *folder) {
    if (!vm) return SK_EBADARG;
    if (!folder) return sk_api_bad_arg(vm, "sk_prepend_path", "folder is NULL");
    SK_ROOT_SCOPE(vm);
    sk_value f = sk_str_from_cstr(vm, folder);
    SK_ROOT(vm, f);
    return sk_api_finish(vm, f && sk_list_insert(vm, vm->path, 0, f));
}

sk_status sk_run_module(sk_vm *vm, const char *name) {
    if (!vm) return SK_EBADARG;
    if (!name) return sk_api_bad_arg(vm, "sk_run_module", "name is NULL");
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    char cwd[PATH_MAX + 1];
    sk_value here = sk_str_from_cstr(vm, getcwd(cwd, sizeof cwd) ? cwd : "");
    if (!here) goto done;
    SK_ROOT(vm, here);
    sk_value mod_name = sk_str_from_cstr(vm, name);
    if (!mod_name) goto done;
    SK_ROOT(vm, mod_name);
    if (!sk_list_insert(vm, vm->path, 0, here) || !sk_api_main_module(vm, SK_NULL)) goto done;
    /* the finding and running is Python (stdlib/runpy.py), whose frames
     * then read in tracebacks as CPython's "<frozen runpy>" ones do */
    sk_value run = sk_import_attr_cstr(vm, "runpy", "_run_module_as_main");
    if (!run) goto done;
    ok = sk_call1(vm, run, mod_name) != SK_NULL;
done:
    sk_gc_roots_restore(vm, mark);
    return sk_api_finish(vm, ok);
}

/* ---- interactive use ------------------------------------------------------------------ */

static bool set_sys_default(sk_vm *vm, const char *name, const char *value) {
    SK_ROOT_SCOPE(vm);
    sk_value d = sk_module_dict(vm->sys_module);
    if (sk_dict_get_cstr(vm, d, name)) return true;
    sk_value s = sk_str_from_cstr(vm, value);
    if (!s) return false;
    SK_ROOT(vm, s);
    return sk_dict_set_cstr(vm, d, name, s);
}

sk_status sk_interactive_begin(sk_vm *vm) {
    if (!vm) return SK_EBADARG;
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    if (!set_sys_default(vm, "ps1", ">>> ") || !set_sys_default(vm, "ps2", "... ")) goto done;
    sk_value here = sk_str_from_cstr(vm, "");
    if (!here) goto done;
    SK_ROOT(vm, here);
    ok = sk_list_insert(vm, vm->path, 0, here) && sk_api_main_module(vm, SK_NULL);
done:
    sk_gc_roots_restore(vm, mark);
    return sk_api_finish(vm, ok);
}

const char *sk_interactive_prompt(sk_vm *vm, bool continuation) {
    if (!vm) return "";
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_buf_free(&vm->prompt_text);
    sk_value v = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), continuation ? "ps2" : "ps1");
    sk_value s = v ? sk_str(vm, v) : SK_NULL;
    if (s) sk_buf_append(&vm->prompt_text, sk_str_data(s), sk_str_size(s));
    else if (vm->exc) sk_exc_take(vm);   /* CPython shows no prompt then, and no error */
    sk_gc_roots_restore(vm, mark);
    if (vm->prompt_text.failed) sk_buf_free(&vm->prompt_text);
    return vm->prompt_text.data ? vm->prompt_text.data : "";
}

/* Entries for a suspended coroutine and those it awaits, outermost first:
 * where an input was waiting when Ctrl-C came. */
static sk_value suspended_traceback(sk_vm *vm, sk_value coro) {
    SK_ROOT_SCOPE(vm);
    sk_frame *frames[64];
    int n = 0;
    for (sk_value g = coro; n < 64 && g && sk_is_gen(vm, g) && sk_gen_ptr(g)->state == SK_GEN_SUSPENDED;
         g = sk_gen_yieldfrom(sk_gen_ptr(g)))
        frames[n++] = sk_gen_frame(sk_gen_ptr(g));
    sk_value tb = SK_NULL;
    SK_ROOT(vm, tb);
    while (n > 0 && (tb = sk_traceback_new(vm, tb, frames[--n]))) {}
    return tb;
}

/* The traceback of an input that awaited, as if its code had run alone:
 * without the entries of the machinery that ran it on the event loop
 * (those before `code`'s). An interrupt that came while the loop waited
 * has no entry for `code`: it gets the entries of where the input was
 * suspended. */
static void input_traceback(sk_vm *vm, sk_value exc, sk_value code, sk_value coro) {
    SK_ROOT_SCOPE(vm);
    if (!exc || !sk_is_exception(vm, exc)) return;
    SK_ROOT(vm, exc);
    sk_exception *e = (sk_exception *)sk_as_obj(exc);
    sk_value tb = e->traceback;
    while (tb && tb != SK_NONE && ((sk_traceback *)sk_as_obj(tb))->code != code) tb = ((sk_traceback *)sk_as_obj(tb))->next;
    if (!tb || tb == SK_NONE) {
        SK_ROOT_SCOPE(vm);
        sk_value held = sk_exc_take(vm);   /* making entries may raise MemoryError */
        SK_ROOT(vm, held);
        tb = suspended_traceback(vm, coro);
        if (!tb) sk_exc_take(vm);
        vm->exc = held;   /* back as it was: not raised anew */
    }
    e->traceback = tb;
}

/* Runs the coroutine of an input that awaits at top level to its end, on
 * the session's event loop (stdlib/_session.py). */
static sk_value run_on_loop(sk_vm *vm, sk_value coro, sk_value code) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, coro);
    SK_ROOT(vm, code);
    sk_value r = SK_NULL;
    sk_value helper = sk_import_cstr(vm, "_session");
    if (helper) {
        SK_ROOT(vm, helper);
        sk_value run = sk_getattr_cstr(vm, helper, "run");
        if (run) r = sk_call1(vm, run, coro);
    }
    if (!r) input_traceback(vm, vm->exc, code, coro);
    return r;
}

/* What CPython's REPL keeps of the last uncaught exception: sys.last_exc,
 * last_type, last_value, last_traceback. */
static void remember_last_exception(sk_vm *vm, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, exc);
    sk_value d = sk_module_dict(vm->sys_module);
    sk_value tb = ((sk_exception *)sk_as_obj(exc))->traceback;
    if (!sk_dict_set_cstr(vm, d, "last_exc", exc) || !sk_dict_set_cstr(vm, d, "last_value", exc) ||
        !sk_dict_set_cstr(vm, d, "last_type", sk_from_obj(sk_typeof(vm, exc))) ||
        !sk_dict_set_cstr(vm, d, "last_traceback", tb ? tb : SK_NONE))
        sk_exc_take(vm);
}

sk_status sk_run_interactive(sk_vm *vm, const char *source, const char *filename, bool ended) {
    if (!vm) return SK_EBADARG;
    if (!source) return sk_api_bad_arg(vm, "sk_run_interactive", "source is NULL");
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    sk_value fn = sk_str_from_cstr(vm, filename ? filename : "<stdin>");
    if (!fn) goto done;
    SK_ROOT(vm, fn);
    sk_value m = sk_api_main_module(vm, SK_NULL);
    if (!m) goto done;
    SK_ROOT(vm, m);
    bool incomplete = false;
    sk_value code = sk_compile_interactive(vm, source, strlen(source), fn, SK_COMPILE_TOP_LEVEL_AWAIT,
                                           ended ? NULL : &incomplete);
    if (incomplete) {
        sk_gc_roots_restore(vm, mark);
        vm->api_error = SK_NULL;
        vm->exit_code = 0;
        sk_buf_free(&vm->error_text);
        return SK_INCOMPLETE;
    }
    if (!code) goto done;
    SK_ROOT(vm, code);
    sk_value d = sk_module_dict(m);
    sk_value r = sk_interp_run_code(vm, code, d, d);
    if (r && (sk_code_ptr(code)->flags & SK_CO_COROUTINE)) r = run_on_loop(vm, r, code);
    ok = r != SK_NULL;
done:
    sk_gc_roots_restore(vm, mark);
    sk_status st = sk_api_finish(vm, ok);
    if (st == SK_ERROR && vm->api_error) remember_last_exception(vm, vm->api_error);
    return st;
}

/* ---- reporting ------------------------------------------------------------------------ */

void sk_print_error(sk_vm *vm) {
    if (!vm) return;
    SK_ROOT_SCOPE(vm);
    sk_value exc = vm->api_error;
    if (!exc) {
        /* an error of the API itself (a file that could not be opened) */
        if (vm->exit_code != 0 && vm->error_text.len) {
            sk_write_stderr(vm, "skein: ", 7);
            sk_write_stderr(vm, vm->error_text.data, vm->error_text.len);
            sk_write_stderr(vm, "\n", 1);
        }
        return;
    }
    vm->api_error = SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, exc);
    if (sk_exc_is(vm, exc, SK_EXC_SYSTEM_EXIT)) {
        sk_value code = ((sk_exc_sysexit *)sk_as_obj(exc))->code;
        bool int_code = sk_is_ptr(code) ? (sk_as_obj(code)->type->flags & SK_TF_INT_SUB) : sk_is_int(code) || sk_is_bool(code);
        if (code && code != SK_NONE && !int_code) {
            sk_value s = sk_str(vm, code);
            if (s) {
                sk_write_stderr(vm, sk_str_data(s), sk_str_size(s));
                sk_write_stderr(vm, "\n", 1);
            } else {
                sk_exc_take(vm);
            }
        }
        sk_gc_roots_restore(vm, mark);
        sk_stdio_flush(vm);
        return;
    }
    /* a program's own sys.excepthook gets the last word, as in CPython */
    sk_value hook = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "excepthook");
    bool printed = false;
    if (hook && hook != SK_NONE && !SK_IS(vm, hook, BUILTIN)) {
        SK_ROOT(vm, hook);
        sk_value tb = ((sk_exception *)sk_as_obj(exc))->traceback;
        sk_value args[3] = {sk_from_obj(sk_typeof(vm, exc)), exc, tb ? tb : SK_NONE};
        printed = sk_call(vm, hook, args, 3, SK_NULL) != SK_NULL;
        if (!printed) {
            SK_ROOT_SCOPE(vm);
            sk_value hook_exc = sk_exc_take(vm);
            SK_ROOT(vm, hook_exc);
            sk_write_stderr(vm, "Error in sys.excepthook:\n", 25);
            sk_traceback_print(vm, hook_exc);
            sk_write_stderr(vm, "\nOriginal exception was:\n", 25);
        }
    } else if (!hook || hook == SK_NONE) {
        sk_write_stderr(vm, "sys.excepthook is missing\n", 26);
    }
    if (!printed) sk_traceback_print(vm, exc);
    sk_gc_roots_restore(vm, mark);
    sk_stdio_flush(vm);
}

const char *sk_error_message(sk_vm *vm) {
    if (!vm) return "sk_error_message: vm is NULL";
    /* with no memory left to format the error, its type's name still says
     * what happened (a run that ran out of memory ends in MemoryError) */
    if (vm->error_text.failed) return vm->api_error ? sk_type_name_of(vm, vm->api_error) : "out of memory";
    return vm->error_text.data ? vm->error_text.data : "";
}

int sk_exit_code(sk_vm *vm) { return vm ? vm->exit_code : 1; }

sk_status sk_disassemble_file(sk_vm *vm, const char *path) {
    if (!vm) return SK_EBADARG;
    SK_ROOT_SCOPE(vm);
    if (!path) return sk_api_bad_arg(vm, "sk_disassemble_file", "path is NULL");
    sk_buf src;
    if (!read_whole_file(vm, path, &src)) {
        char msg[PATH_MAX + 256];
        snprintf(msg, sizeof msg, "can't open file '%s': [Errno %d] %s", path, errno, strerror(errno));
        set_error_text(vm, msg);
        vm->api_error = SK_NULL;
        vm->exit_code = 2;
        return SK_ERROR;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value fn = sk_str_from_cstr(vm, path);
    sk_value code = fn ? sk_compile_source(vm, src.data ? src.data : "", src.len, fn, AST_MODE_EXEC, 0) : SK_NULL;
    sk_buf_free(&src);
    if (!code) {
        sk_gc_roots_restore(vm, mark);
        return sk_api_finish(vm, false);
    }
    SK_ROOT(vm, code);
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    sk_code_disassemble(vm, code, &out);
    bool ok = !out.failed && sk_write_stdout(vm, out.data, out.len);
    if (out.failed) sk_exc_no_memory(vm);
    sk_buf_free(&out);
    sk_gc_roots_restore(vm, mark);
    return sk_api_finish(vm, ok);
}

void sk_interrupt(sk_vm *vm) {
    if (vm) vm->interrupt = 1;
}

bool sk_interrupt_cancel(sk_vm *vm) {
    if (!vm || !vm->interrupt) return false;
    vm->interrupt = 0;
    return true;
}
