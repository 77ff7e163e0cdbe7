/* call.c — calling: binding arguments to a new frame's parameters (with
 * CPython's TypeError messages for bad calls), the generic sk_call
 * dispatcher, and calls from C into Python.
 */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gen.h"
#include "interp.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- bad-call messages ------------------------------------------------- */

static sk_value func_qualname(sk_vm *vm, sk_value func) {
    sk_function *fn = sk_function_ptr(func);
    return fn->qualname ? fn->qualname : sk_code_ptr(fn->code)->qualname;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static bool join_names(sk_vm *vm, sk_buf *b, sk_value *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) sk_buf_puts(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        if (!sk_buf_fmt(vm, b, "'%V'", names[i])) return false;
    }
    return true;
}

static void missing_error(sk_vm *vm, sk_value func, sk_frame *f, uint32_t from, uint32_t to, bool kwonly) {
    sk_code *code = f->code;
    sk_value names[64];
    size_t n = 0;
    for (uint32_t j = from; j < to && n < 64; j++)
        if (!f->regs[j]) names[n++] = sk_tuple_get(code->varnames, j);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (sk_buf_fmt(vm, &b, "%V() missing %zu required %s argument%s: ", func_qualname(vm, func), n,
                   kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s") &&
        join_names(vm, &b, names, n)) {
        sk_value msg = sk_str_from_buf(vm, &b);
        if (msg) sk_exc_raise_type(vm, SK_EXC_TYPE(vm, TYPE), &msg, 1);
        return;
    }
    sk_buf_free(&b);
}

static void too_many_positional(sk_vm *vm, sk_value func, sk_frame *f, size_t given, size_t kwonly_given) {
    sk_code *code = f->code;
    sk_function *fn = sk_function_ptr(func);
    size_t ndefaults = fn->defaults ? sk_tuple_len(fn->defaults) : 0;
    size_t argcount = code->argcount;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    char takes[96];
    if (ndefaults) {
        snprintf(takes, sizeof takes, "from %zu to %zu positional arguments", argcount - ndefaults, argcount);
    } else {
        snprintf(takes, sizeof takes, "%zu positional argument%s", argcount, argcount == 1 ? "" : "s");
    }
    char kwpart[96] = "";
    if (kwonly_given)
        snprintf(kwpart, sizeof kwpart, " positional argument%s (and %zu keyword-only argument%s)",
                 given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    if (!sk_buf_fmt(vm, &b, "%V() takes %s but %zu%s %s given", func_qualname(vm, func), takes, given, kwpart,
                    given == 1 && !kwonly_given ? "was" : "were")) {
        sk_buf_free(&b);
        return;
    }
    sk_value msg = sk_str_from_buf(vm, &b);
    if (msg) sk_exc_raise_type(vm, SK_EXC_TYPE(vm, TYPE), &msg, 1);
}

/* Index of the parameter named `name` in [lo, hi), or -1. */
static int64_t find_param(sk_code *code, sk_value name, uint32_t lo, uint32_t hi) {
    sk_value *vn = sk_tuple_items(code->varnames);
    for (uint32_t j = lo; j < hi; j++)
        if (vn[j] == name) return j;
    for (uint32_t j = lo; j < hi; j++)
        if (sk_str_eq(vn[j], name)) return j;
    return -1;
}

/* When keywords name positional-only parameters, raises the TypeError
 * that lists all of them (in parameter order) and returns true. */
static bool posonly_passed_as_keyword(sk_vm *vm, sk_value func, sk_code *code, sk_value kwnames) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t found = 0;
    for (uint32_t j = 0; j < code->posonlyargcount; j++) {
        sk_value pname = sk_tuple_items(code->varnames)[j];
        for (size_t k = 0; k < sk_tuple_len(kwnames); k++) {
            if (!sk_str_eq(sk_tuple_get(kwnames, k), pname)) continue;
            if (found++) sk_buf_puts(&b, ", ");
            sk_buf_append(&b, sk_str_data(pname), sk_str_size(pname));
            break;
        }
    }
    if (!found) {
        sk_buf_free(&b);
        return false;
    }
    sk_value names = sk_str_from_buf(vm, &b);
    if (names)
        sk_exc_fmt(vm, SK_EXC_TYPE, "%V() got some positional-only arguments passed as keyword arguments: '%V'",
                   func_qualname(vm, func), names);
    return true;
}

/* ---- binding ------------------------------------------------------------ */

bool sk_frame_setup(sk_vm *vm, sk_frame *f, sk_value func, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_function *fn = sk_function_ptr(func);
    sk_code *code = f->code;
    sk_value *regs = f->regs;
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    uint32_t argcount = code->argcount, kwonly = code->kwonlyargcount;
    uint32_t named = argcount + kwonly;
    bool varargs = code->flags & SK_CO_VARARGS, varkw = code->flags & SK_CO_VARKEYWORDS;

    size_t ncopy = npos < argcount ? npos : argcount;
    if (ncopy) memcpy(regs, args, ncopy * sizeof(sk_value));

    uint32_t slot = named;
    if (varargs) {
        sk_value rest = npos > argcount ? sk_tuple_from(vm, args + argcount, npos - argcount) : vm->empty_tuple;
        if (!rest) return false;
        regs[slot++] = rest;
    } else if (npos > argcount) {
        /* count keyword-only arguments passed by keyword, for the message */
        size_t kwonly_given = 0;
        for (size_t k = 0; k < nkw; k++)
            if (find_param(code, sk_tuple_get(kwnames, k), argcount, named) >= 0) kwonly_given++;
        too_many_positional(vm, func, f, npos, kwonly_given);
        return false;
    }
    sk_value kwdict = SK_NULL;
    if (varkw) {
        kwdict = sk_dict_new(vm);
        if (!kwdict) return false;
        regs[slot] = kwdict;
    }
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k), value = args[npos + k];
        int64_t j = find_param(code, name, code->posonlyargcount, named);
        if (j >= 0) {
            if (regs[j]) {
                sk_exc_fmt(vm, SK_EXC_TYPE, "%V() got multiple values for argument '%V'", func_qualname(vm, func),
                           name);
                return false;
            }
            regs[j] = value;
            continue;
        }
        if (varkw) {
            if (!sk_dict_set(vm, kwdict, name, value)) return false;
            continue;
        }
        if (code->posonlyargcount && posonly_passed_as_keyword(vm, func, code, kwnames)) return false;
        sk_exc_fmt(vm, SK_EXC_TYPE, "%V() got an unexpected keyword argument '%V'", func_qualname(vm, func), name);
        return false;
    }
    /* defaults for the positional parameters not given */
    if (npos < argcount) {
        size_t ndef = fn->defaults ? sk_tuple_len(fn->defaults) : 0;
        size_t first_default = argcount - ndef;
        bool missing = false;
        for (size_t j = npos; j < argcount; j++) {
            if (regs[j]) continue;
            if (j >= first_default) regs[j] = sk_tuple_get(fn->defaults, j - first_default);
            else missing = true;
        }
        if (missing) {
            missing_error(vm, func, f, (uint32_t)npos, argcount, false);
            return false;
        }
    }
    if (kwonly) {
        bool missing = false;
        for (uint32_t j = argcount; j < named; j++) {
            if (regs[j]) continue;
            sk_value d = fn->kwdefaults ? sk_dict_get_str(vm, fn->kwdefaults, sk_tuple_get(code->varnames, j)) : SK_NULL;
            if (d) regs[j] = d;
            else missing = true;
        }
        if (missing) {
            missing_error(vm, func, f, argcount, named, true);
            return false;
        }
    }
    for (uint32_t i = 0; i < code->ncells; i++) {
        int16_t p = code->cell_param[i];
        sk_value cell = sk_cell_new(vm, p >= 0 ? regs[p] : SK_NULL);
        if (!cell) return false;
        regs[code->cell_regs[i]] = cell;
    }
    if (code->nfree) {
        sk_value closure = fn->closure;
        for (uint32_t i = 0; i < code->nfree; i++) regs[code->free_base + i] = sk_tuple_get(closure, i);
    }
    return true;
}

/* ---- calling ------------------------------------------------------------ */

static bool enter_c_level(sk_vm *vm, const char *what, int max_depth) {
    /* making the RecursionError calls code that checks the depth too: it
     * gets some headroom, or making it would fail the same way, forever */
    int limit = vm->raising_recursion_error ? SK_MAX_C_DEPTH + 50 : max_depth;
    if (vm->c_depth >= limit) {
        if (vm->raising_recursion_error) {
            vm->exc = vm->memory_error;  /* out of headroom too: no allocation */
            return false;
        }
        vm->raising_recursion_error = true;
        sk_exc_fmt(vm, SK_EXC_RECURSION, "maximum recursion depth exceeded%s", what ? what : "");
        vm->raising_recursion_error = false;
        return false;
    }
    vm->c_depth++;
    return true;
}

bool sk_enter_recursion(sk_vm *vm, const char *what) { return enter_c_level(vm, what, SK_MAX_C_DEPTH); }

/* Entering a Python frame from C. Its check fails a few levels before the
 * others, so that in a recursion through C and Python (a __repr__ calling
 * repr(self)) it is this one that fails, with CPython's plain message:
 * 3.12 fails there at its frame-entry check, whose message has no
 * suffix. Pure C recursion (a deeply nested list's repr) still fails with
 * its own suffix. */
#define PY_ENTRY_MARGIN 8
static bool enter_python_from_c(sk_vm *vm) { return enter_c_level(vm, NULL, SK_MAX_C_DEPTH - PY_ENTRY_MARGIN); }

/* Runs a linked entry frame to completion, counting it in the Python
 * recursion depth. Balances the sk_enter_recursion of its caller. */
static sk_value run_entry_frame(sk_vm *vm, sk_frame *f) {
    if (++vm->depth > vm->recursion_limit) {
        vm->depth--;
        vm->frame = f->prev;
        sk_frame_release(vm, f);
        sk_leave_recursion(vm);
        return sk_exc_msg(vm, SK_EXC_RECURSION, "maximum recursion depth exceeded");
    }
    sk_value result = SK_NULL;
    sk_exit e = sk_interp_run(vm, f, &result);
    sk_leave_recursion(vm);
    return e == SK_EXIT_RETURN ? result : SK_NULL;
}

sk_value sk_interp_call(sk_vm *vm, sk_value func, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_function *fn = sk_function_ptr(func);
    sk_code *code = sk_code_ptr(fn->code);
    if (code->flags & (SK_CO_GENERATOR | SK_CO_COROUTINE | SK_CO_ASYNC_GENERATOR))
        return sk_gen_create(vm, func, args, nargs, kwnames);
    if (!enter_python_from_c(vm)) return SK_NULL;
    sk_frame *f = sk_frame_alloc(vm, code);
    if (!f) {
        sk_leave_recursion(vm);
        return SK_NULL;
    }
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->flags = SK_FRAME_ENTRY;
    /* link before binding: the frame's registers must be roots while the
     * binding allocates (the *args tuple, cells) */
    f->prev = vm->frame;
    vm->frame = f;
    f->pc = NULL;
    if (!sk_frame_setup(vm, f, func, args, nargs, kwnames)) {
        vm->frame = f->prev;
        sk_frame_release(vm, f);
        sk_leave_recursion(vm);
        return SK_NULL;
    }
    f->pc = code->insns;
    return run_entry_frame(vm, f);
}

sk_value sk_run_class_body(sk_vm *vm, sk_value func, sk_value ns) {
    sk_function *fn = sk_function_ptr(func);
    sk_code *code = sk_code_ptr(fn->code);
    if (!enter_python_from_c(vm)) return SK_NULL;
    sk_frame *f = sk_frame_alloc(vm, code);
    if (!f) {
        sk_leave_recursion(vm);
        return SK_NULL;
    }
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = ns;
    f->flags = SK_FRAME_ENTRY;
    f->prev = vm->frame;
    vm->frame = f;
    f->pc = NULL;
    if (!sk_frame_setup(vm, f, func, NULL, 0, SK_NULL)) {
        vm->frame = f->prev;
        sk_frame_release(vm, f);
        sk_leave_recursion(vm);
        return SK_NULL;
    }
    f->pc = code->insns;
    return run_entry_frame(vm, f);
}

/* Module code that awaits at top level (the REPL's): a coroutine over a
 * frame that has the module's namespaces. */
static sk_value module_coroutine(sk_vm *vm, sk_value codev, sk_value globals, sk_value locals) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, locals);
    sk_value fn = sk_function_new(vm, codev, globals, SK_NULL);
    if (!fn) return SK_NULL;
    SK_ROOT(vm, fn);
    sk_value coro = sk_gen_create(vm, fn, NULL, 0, SK_NULL);
    if (coro && locals != globals && sk_code_has_namespace(sk_code_ptr(codev)))
        sk_gen_frame(sk_gen_ptr(coro))->locals = locals;
    return coro;
}

sk_value sk_interp_run_code(sk_vm *vm, sk_value codev, sk_value globals, sk_value locals) {
    sk_code *code = sk_code_ptr(codev);
    if (code->flags & SK_CO_COROUTINE) return module_coroutine(vm, codev, globals, locals);
    if (!enter_python_from_c(vm)) return SK_NULL;
    sk_frame *f = sk_frame_alloc(vm, code);
    if (!f) {
        sk_leave_recursion(vm);
        return SK_NULL;
    }
    f->globals = globals;
    sk_value b = sk_dict_get_str(vm, globals, SK_NAME(vm, __builtins__));
    if (b && SK_IS(vm, b, MODULE)) b = sk_module_dict(b);
    f->builtins = b && sk_is_dict(vm, b) ? b : vm->builtins;
    /* (function code run by exec() keeps its variables in registers) */
    f->locals = locals == globals || !sk_code_has_namespace(code) ? SK_NULL : locals;
    f->flags = SK_FRAME_ENTRY;
    f->prev = vm->frame;
    vm->frame = f;
    for (uint32_t i = 0; i < code->ncells; i++) {
        sk_value cell = sk_cell_new(vm, SK_NULL);
        if (!cell) {
            vm->frame = f->prev;
            sk_frame_release(vm, f);
            sk_leave_recursion(vm);
            return SK_NULL;
        }
        f->regs[code->cell_regs[i]] = cell;
    }
    f->pc = code->insns;
    return run_entry_frame(vm, f);
}

sk_value sk_call(sk_vm *vm, sk_value callable, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    /* C callers often pass values they just made: the call roots its
     * callable and arguments itself, for its whole duration */
    SK_ROOT(vm, callable);
    SK_ROOT(vm, kwnames);
    for (size_t i = 0; i < nargs; i++) sk_gc_root(vm, (sk_value *)&args[i]);
    if (kwnames && sk_tuple_len(kwnames) == 0) kwnames = SK_NULL;
    sk_type *t = sk_typeof(vm, callable);
    if (t == SK_TYPE(vm, FUNCTION)) return sk_interp_call(vm, callable, args, nargs, kwnames);
    if (!t->call) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not callable", sk_type_name(t));
    if (!sk_enter_recursion(vm, " while calling a Python object")) return SK_NULL;
    sk_value r = t->call(vm, callable, args, nargs, kwnames);
    sk_leave_recursion(vm);
    return r;
}

sk_value sk_call0(sk_vm *vm, sk_value callable) { return sk_call(vm, callable, NULL, 0, SK_NULL); }
sk_value sk_call1(sk_vm *vm, sk_value callable, sk_value a) { return sk_call(vm, callable, &a, 1, SK_NULL); }
sk_value sk_call2(sk_vm *vm, sk_value callable, sk_value a, sk_value b) {
    sk_value args[2] = {a, b};
    return sk_call(vm, callable, args, 2, SK_NULL);
}

sk_value sk_call_bound(sk_vm *vm, sk_value f, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, f);
    sk_type *ft = sk_typeof(vm, f);
    if (ft == SK_TYPE(vm, FUNCTION) || ft == SK_TYPE(vm, METHOD_DESCR) || ft == SK_TYPE(vm, SLOT_WRAPPER)) {
        SK_ROOT_SCOPE(vm);
        sk_value buf[8];
        const sk_value *argv;
        sk_value tup = SK_NULL;
        if (nargs < 8) {
            buf[0] = self;
            if (nargs) memcpy(buf + 1, args, nargs * sizeof(sk_value));
            argv = buf;
        } else {
            tup = sk_tuple_new(vm, nargs + 1);
            if (!tup) return SK_NULL;
            sk_tuple_items(tup)[0] = self;
            memcpy(sk_tuple_items(tup) + 1, args, nargs * sizeof(sk_value));
            argv = sk_tuple_items(tup);
        }
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, tup);
        sk_value r = sk_call(vm, f, argv, nargs + 1, kwnames);
        sk_gc_roots_restore(vm, mark);
        return r;
    }
    if (ft->descr_get) {
        SK_ROOT_SCOPE(vm);
        size_t mark = sk_gc_roots_save(vm);
        sk_value bound = ft->descr_get(vm, f, self, sk_from_obj(sk_typeof(vm, self)));
        if (!bound) return SK_NULL;
        SK_ROOT(vm, bound);
        sk_value r = sk_call(vm, bound, args, nargs, kwnames);
        sk_gc_roots_restore(vm, mark);
        return r;
    }
    return sk_call(vm, f, args, nargs, kwnames);
}

sk_value sk_call_method(sk_vm *vm, sk_value obj, sk_value name, const sk_value *args, size_t nargs) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, obj);
    if (t->getattr == sk_generic_getattr && nargs < 8) {
        SK_ROOT_SCOPE(vm);
        /* a plain function or C method on the type, not shadowed by the
         * instance: call it with obj first, without a bound method (as the
         * interpreter's LOADMETHOD does) */
        sk_value d = sk_type_lookup(vm, t, name);
        sk_type *dt = d ? sk_typeof(vm, d) : NULL;
        if (dt == SK_TYPE(vm, FUNCTION) || dt == SK_TYPE(vm, METHOD_DESCR)) {
            sk_value *slot = sk_instance_dict_slot(vm, obj);
            if (!slot || !*slot || !sk_dict_len(*slot) || !sk_dict_get_str(vm, *slot, name)) {
                sk_value argv[8];
                argv[0] = obj;
                for (size_t i = 0; i < nargs; i++) argv[i + 1] = args[i];
                for (size_t i = 0; i <= nargs; i++) sk_gc_root(vm, &argv[i]);
                SK_ROOT(vm, d);
                return sk_call(vm, d, argv, nargs + 1, SK_NULL);
            }
        }
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value m = sk_getattr(vm, obj, name);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    sk_value r = sk_call(vm, m, args, nargs, SK_NULL);
    sk_gc_roots_restore(vm, mark);
    return r;
}

sk_value sk_call_tuple_dict(sk_vm *vm, sk_value callable, sk_value tuple, sk_value dict) {
    SK_ROOT_SCOPE(vm);
    size_t npos = tuple ? sk_tuple_len(tuple) : 0;
    size_t nkw = dict ? sk_dict_len(dict) : 0;
    if (nkw == 0) return sk_call(vm, callable, tuple ? sk_tuple_items(tuple) : NULL, npos, SK_NULL);
    size_t mark = sk_gc_roots_save(vm);
    sk_value argv = sk_tuple_new(vm, npos + nkw);
    if (!argv) return SK_NULL;
    SK_ROOT(vm, argv);
    sk_value names = sk_tuple_new(vm, nkw);
    if (!names) return SK_NULL;
    SK_ROOT(vm, names);
    if (npos) memcpy(sk_tuple_items(argv), sk_tuple_items(tuple), npos * sizeof(sk_value));
    size_t pos = 0, i = 0;
    sk_value k, v;
    while (sk_dict_next(dict, &pos, &k, &v)) {
        if (!sk_is_str(vm, k)) {
            sk_gc_roots_restore(vm, mark);
            return sk_exc_msg(vm, SK_EXC_TYPE, "keywords must be strings");
        }
        sk_tuple_items(names)[i] = k;
        sk_tuple_items(argv)[npos + i] = v;
        i++;
    }
    sk_value r = sk_call(vm, callable, sk_tuple_items(argv), npos + nkw, names);
    sk_gc_roots_restore(vm, mark);
    return r;
}

bool sk_callable(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    return t->call != NULL || t == SK_TYPE(vm, FUNCTION);
}
