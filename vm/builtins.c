/* builtins.c — the builtins module: every built-in function of CPython
 * 3.12 that does not need the operating system beyond stdio, the built-in
 * types and exceptions bound by name, and __build_class__.
 */
#include "builtins.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "compile.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "set.h"
#include "slots.h"
#include "str.h"
#include "textio.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* Keyword arguments of a native function: finds `name` among kwnames. */
static sk_value kwarg(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames, const char *name) {
    if (!kwnames) return SK_NULL;
    size_t nkw = sk_tuple_len(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (sk_str_eq_cstr(sk_tuple_get(kwnames, i), name)) return args[nargs - nkw + i];
    return SK_NULL;
}

static bool only_kwargs(sk_vm *vm, const char *fname, sk_value kwnames, const char *const *allowed) {
    if (!kwnames) return true;
    for (size_t i = 0; i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        bool ok = false;
        for (const char *const *a = allowed; *a; a++)
            if (sk_str_eq_cstr(k, *a)) ok = true;
        if (!ok) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for %s()", k, fname);
            return false;
        }
    }
    return true;
}

static size_t npos_of(size_t nargs, sk_value kwnames) { return nargs - (kwnames ? sk_tuple_len(kwnames) : 0); }

/* ---- output --------------------------------------------------------------------------- */

void sk_write_stderr(sk_vm *vm, const char *s, size_t n) {
    SK_ROOT_SCOPE(vm);
    sk_value saved = vm->exc;
    SK_ROOT(vm, saved);  /* only reachable from here while vm->exc is clear */
    vm->exc = SK_NULL;
    sk_value err = vm->sys_module ? sk_dict_get_str(vm, sk_module_dict(vm->sys_module), SK_NAME(vm, stderr)) : SK_NULL;
    bool done = false;
    if (err && err != SK_NONE && !sk_is_native_stream(vm, err, 2)) {
        SK_ROOT_SCOPE(vm);
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, err);
        sk_value str = sk_str_from_utf8_lossy(vm, s, n);
        if (str) {
            SK_ROOT(vm, str);
            sk_value r = sk_call_method(vm, err, SK_NAME(vm, write), &str, 1);
            done = r != SK_NULL;
        }
        if (vm->exc) sk_exc_take(vm);
        sk_gc_roots_restore(vm, mark);
    }
    if (!done) {
        sk_stdio_flush(vm);
        vm->config.write_err(vm->config.write_ud, s, n);
    }
    vm->exc = saved;
}

bool sk_write_stdout(sk_vm *vm, const char *s, size_t n) {
    SK_ROOT_SCOPE(vm);
    sk_value out = vm->sys_module ? sk_dict_get_str(vm, sk_module_dict(vm->sys_module), SK_NAME(vm, stdout)) : SK_NULL;
    if (!out || sk_is_native_stream(vm, out, 1)) return sk_stdio_write(vm, 1, s, n);
    if (out == SK_NONE) return true;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, out);
    sk_value str = sk_str_from_utf8_lossy(vm, s, n);
    if (!str) return false;
    SK_ROOT(vm, str);
    sk_value r = sk_call_method(vm, out, SK_NAME(vm, write), &str, 1);
    sk_gc_roots_restore(vm, mark);
    return r != SK_NULL;
}

/* print(*values, sep=' ', end='\n', file=None, flush=False) */
NATIVE(b_print) {
    SK_ROOT_SCOPE(vm);
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
    if (!only_kwargs(vm, "print", kwnames, allowed)) return SK_NULL;
    sk_value sep = kwarg(vm, args, nargs, kwnames, "sep");
    sk_value end = kwarg(vm, args, nargs, kwnames, "end");
    sk_value file = kwarg(vm, args, nargs, kwnames, "file");
    sk_value flush = kwarg(vm, args, nargs, kwnames, "flush");
    if (sep && sep != SK_NONE && !sk_is_str(vm, sep))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "sep must be None or a string, not %T", sep);
    if (end && end != SK_NONE && !sk_is_str(vm, end))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "end must be None or a string, not %T", end);
    if (!file || file == SK_NONE) {
        file = sk_dict_get_str(vm, sk_module_dict(vm->sys_module), SK_NAME(vm, stdout));
        if (!file) return sk_exc_msg(vm, SK_EXC_RUNTIME, "lost sys.stdout");
        if (file == SK_NONE) return SK_NONE;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, file);
    bool native = sk_is_native_stream(vm, file, 0);
    sk_value write = SK_NULL;
    if (!native) {
        write = sk_getattr(vm, file, SK_NAME(vm, write));
        if (!write) return SK_NULL;
        SK_ROOT(vm, write);
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    for (size_t i = 0; i < npos; i++) {
        if (i) {
            if (sep && sep != SK_NONE) sk_buf_append(&b, sk_str_data(sep), sk_str_size(sep));
            else sk_buf_putc(&b, ' ');
            /* the separator is a write() of its own, as in CPython */
            if (!native) {
                sk_value piece = sk_str_from_buf(vm, &b);
                if (!piece || !sk_call1(vm, write, piece)) goto fail_nobuf;
                sk_buf_init_vm(vm, &b);
            }
        }
        sk_value s = sk_str(vm, args[i]);
        if (!s) goto fail;
        if (!native) {
            if (!sk_call1(vm, write, s)) goto fail;
            continue;
        }
        sk_buf_append(&b, sk_str_data(s), sk_str_size(s));
    }
    if (end && end != SK_NONE) sk_buf_append(&b, sk_str_data(end), sk_str_size(end));
    else sk_buf_putc(&b, '\n');
    if (b.failed) goto nomem;
    if (native) {
        if (!sk_native_stream_write(vm, file, b.data, b.len)) goto fail;
        sk_buf_free(&b);
    } else {
        sk_value piece = sk_str_from_buf(vm, &b);
        if (!piece || !sk_call1(vm, write, piece)) goto fail_nobuf;
    }
    if (flush) {
        int t = sk_truth(vm, flush);
        if (t < 0) return SK_NULL;
        if (t && !sk_call_method(vm, file, SK_NAME(vm, flush), NULL, 0)) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return SK_NONE;
nomem:
    sk_buf_free(&b);
    return sk_exc_no_memory(vm);
fail:
    sk_buf_free(&b);
fail_nobuf:
    return SK_NULL;
}

bool sk_print_values(sk_vm *vm, const sk_value *args, size_t n) { return b_print(vm, args, n, SK_NULL) != SK_NULL; }

bool sk_displayhook(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    sk_value hook = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "displayhook");
    if (hook && !SK_IS(vm, hook, BUILTIN)) return sk_call1(vm, hook, v) != SK_NULL;
    if (v == SK_NONE) return true;
    /* builtins._ = None first, so printing can refer to the old value */
    if (!sk_dict_set_cstr(vm, vm->builtins, "_", SK_NONE)) return false;
    sk_value r = sk_repr(vm, v);
    if (!r) return false;
    SK_ROOT(vm, r);
    if (!sk_write_stdout(vm, sk_str_data(r), sk_str_size(r)) || !sk_write_stdout(vm, "\n", 1)) return false;
    return sk_dict_set_cstr(vm, vm->builtins, "_", v);
}

/* input([prompt]) */
NATIVE(b_input) {
    SK_ROOT_SCOPE(vm);
    if (nargs > 0) {
        sk_value s = sk_str(vm, args[0]);
        if (!s || !sk_write_stdout(vm, sk_str_data(s), sk_str_size(s))) return SK_NULL;
    }
    sk_stdio_flush(vm);
    sk_value in = sk_dict_get_str(vm, sk_module_dict(vm->sys_module), SK_NAME(vm, stdin));
    if (!in || in == SK_NONE) return sk_exc_msg(vm, SK_EXC_RUNTIME, "input(): lost sys.stdin");
    sk_value line = sk_call_method(vm, in, SK_NAME(vm, readline), NULL, 0);
    if (!line) return SK_NULL;
    SK_ROOT(vm, line);
    if (!sk_is_str(vm, line)) return sk_exc_msg(vm, SK_EXC_TYPE, "object.readline() returned non-string");
    SK_ROOT(vm, line); /* the substring is allocated before the text is copied from it */
    size_t n = sk_str_size(line);
    if (n == 0) return sk_exc_msg(vm, SK_EXC_EOF, "EOF when reading a line");
    if (sk_str_data(line)[n - 1] == '\n') return sk_str_substr(vm, line, 0, sk_str_len(line) - 1);
    return line;
}

/* ---- numbers ------------------------------------------------------------------------------ */

NATIVE(b_abs) { return sk_abs(vm, args[0]); }

NATIVE(b_divmod) { return sk_binop(vm, SK_NB_DIVMOD, args[0], args[1]); }

NATIVE(b_pow) {
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"base", "exp", "mod", NULL};
    if (!only_kwargs(vm, "pow", kwnames, allowed)) return SK_NULL;
    sk_value base = npos > 0 ? args[0] : kwarg(vm, args, nargs, kwnames, "base");
    sk_value exp = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "exp");
    sk_value mod = npos > 2 ? args[2] : kwarg(vm, args, nargs, kwnames, "mod");
    if (!base || !exp) return sk_exc_fmt(vm, SK_EXC_TYPE, "pow() missing required argument '%s' (pos %d)",
                                         base ? "exp" : "base", base ? 2 : 1);
    if (mod && mod != SK_NONE) return sk_pow3(vm, base, exp, mod);
    return sk_binop(vm, SK_NB_POW, base, exp);
}

NATIVE(b_round) {
    SK_ROOT_SCOPE(vm);
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"number", "ndigits", NULL};
    if (!only_kwargs(vm, "round", kwnames, allowed)) return SK_NULL;
    sk_value number = npos > 0 ? args[0] : kwarg(vm, args, nargs, kwnames, "number");
    sk_value nd = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "ndigits");
    if (!number) return sk_exc_msg(vm, SK_EXC_TYPE, "round() missing required argument 'number' (pos 1)");
    sk_value f = sk_lookup_special(vm, number, SK_NAME(vm, __round__));
    if (!f) {
        if (vm->exc) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type %s doesn't define __round__ method", sk_type_name_of(vm, number));
    }
    SK_ROOT(vm, f);
    if (!nd || nd == SK_NONE) return sk_call0(vm, f);
    return sk_call1(vm, f, nd);
}

static sk_value int_to_base(sk_vm *vm, sk_value v, int base, const char *prefix) {
    SK_ROOT_SCOPE(vm);
    sk_value i = sk_index(vm, v);
    if (!i) return SK_NULL;
    SK_ROOT(vm, i);
    sk_value digits = sk_int_to_str(vm, i, base);
    if (!digits) return SK_NULL;
    const char *d = sk_str_data(digits);
    if (d[0] == '-') return sk_str_fmt(vm, "-%s%s", prefix, d + 1);
    return sk_str_fmt(vm, "%s%s", prefix, d);
}

NATIVE(b_bin) { return int_to_base(vm, args[0], 2, "0b"); }
NATIVE(b_oct) { return int_to_base(vm, args[0], 8, "0o"); }
NATIVE(b_hex) { return int_to_base(vm, args[0], 16, "0x"); }

NATIVE(b_chr) {
    sk_value i = sk_index(vm, args[0]);
    if (!i) return SK_NULL;
    int64_t cp;
    /* the argument is a C int */
    if (!sk_int_to_i64(vm, i, &cp) || cp > INT32_MAX || cp < INT32_MIN) {
        if (vm->exc) sk_exc_take(vm);
        return sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
    }
    if (cp < 0 || cp > 0x10FFFF) return sk_exc_msg(vm, SK_EXC_VALUE, "chr() arg not in range(0x110000)");
    return sk_str_from_cp(vm, (uint32_t)cp);
}

NATIVE(b_ord) {
    sk_value c = args[0];
    if (sk_is_str(vm, c)) {
        if (sk_str_len(c) != 1)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "ord() expected a character, but string of length %zu found",
                              sk_str_len(c));
        return sk_from_int(sk_str_cp_at(c, 0));
    }
    if (sk_is_bytes_like(vm, c)) {
        if (sk_bytes_len(c) != 1)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "ord() expected a character, but string of length %zu found",
                              sk_bytes_len(c));
        return sk_from_int((unsigned char)sk_bytes_data(c)[0]);
    }
    return sk_exc_fmt(vm, SK_EXC_TYPE, "ord() expected string of length 1, but %T found", c);
}

/* sum(iterable, /, start=0) */
static bool exact_int(sk_vm *vm, sk_value v) { return sk_is_int(v) || SK_IS(vm, v, INT); }

/* Whether the int-like v fits an int64 (no exception left either way). */
static bool small_i64(sk_vm *vm, sk_value v, int64_t *out) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    if (sk_int_to_i64(vm, v, out)) return true;
    sk_exc_take(vm);
    return false;
}

NATIVE(b_sum) {
    SK_ROOT_SCOPE(vm);
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"start", NULL};
    if (!only_kwargs(vm, "sum", kwnames, allowed)) return SK_NULL;
    if (npos < 1) return sk_exc_msg(vm, SK_EXC_TYPE, "sum() takes at least 1 positional argument (0 given)");
    if (npos > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "sum() takes at most 2 arguments (%zu given)", npos);
    sk_value start = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "start");
    if (!start) start = sk_from_int(0);
    if (sk_is_str(vm, start))
        return sk_exc_msg(vm, SK_EXC_TYPE, "sum() can't sum strings [use ''.join(seq) instead]");
    if (SK_IS(vm, start, BYTES)) return sk_exc_msg(vm, SK_EXC_TYPE, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (SK_IS(vm, start, BYTEARRAY))
        return sk_exc_msg(vm, SK_EXC_TYPE, "sum() can't sum bytearray [use b''.join(seq) instead]");
    sk_value it = sk_iter(vm, args[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value acc = start, x = SK_NULL;
    SK_ROOT(vm, acc);
    SK_ROOT(vm, x);
    /* CPython's three loops, whose results programs can see: exact ints add
     * in a machine word while they fit; exact floats add with Neumaier's
     * compensation (so sum([0.1] * 10) == 1.0), ints joining in as doubles;
     * anything else goes through +. A loop hands over to the next one
     * through one ordinary addition. */
    int r = 1;
    int64_t i_acc;
    if (exact_int(vm, acc) && small_i64(vm, acc, &i_acc)) {
        for (;;) {
            r = sk_next(vm, it, &x);
            if (r < 0) return SK_NULL;
            if (r == 0) return sk_int_from_i64(vm, i_acc);
            int64_t b, t;
            if ((exact_int(vm, x) || sk_is_bool(x)) && small_i64(vm, x, &b) && !__builtin_add_overflow(i_acc, b, &t)) {
                i_acc = t;
                continue;
            }
            acc = sk_int_from_i64(vm, i_acc);
            if (!acc) return SK_NULL;
            acc = sk_binop(vm, SK_NB_ADD, acc, x);
            if (!acc) return SK_NULL;
            break;
        }
    }
    if (SK_IS(vm, acc, FLOAT)) {
        double f = sk_float_value(acc), c = 0.0;
        for (;;) {
            r = sk_next(vm, it, &x);
            if (r < 0) return SK_NULL;
            if (r == 0) {
                /* keeps an infinite or overflowed sum from becoming nan */
                if (c != 0.0 && isfinite(c)) f += c;
                return sk_float_new(vm, f);
            }
            if (SK_IS(vm, x, FLOAT)) {
                double v = sk_float_value(x), t = f + v;
                if (fabs(f) >= fabs(v)) c += (f - t) + v;
                else c += (v - t) + f;
                f = t;
                continue;
            }
            int64_t n;
            if (sk_is_int_like(vm, x) && small_i64(vm, x, &n)) {
                f += (double)n;
                continue;
            }
            if (c != 0.0 && isfinite(c)) f += c;
            acc = sk_float_new(vm, f);
            if (!acc) return SK_NULL;
            acc = sk_binop(vm, SK_NB_ADD, acc, x);
            if (!acc) return SK_NULL;
            break;
        }
    }
    while ((r = sk_next(vm, it, &x)) == 1) {
        acc = sk_binop(vm, SK_NB_ADD, acc, x);
        if (!acc) return SK_NULL;
    }
    return r < 0 ? SK_NULL : acc;
}

/* min/max(iterable, *, key=None, default=...) / min/max(a, b, *args, key=None) */
static sk_value minmax(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames, bool is_max) {
    SK_ROOT_SCOPE(vm);
    const char *name = is_max ? "max" : "min";
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"key", "default", NULL};
    if (!only_kwargs(vm, name, kwnames, allowed)) return SK_NULL;
    sk_value key = kwarg(vm, args, nargs, kwnames, "key");
    sk_value dflt = kwarg(vm, args, nargs, kwnames, "default");
    if (key == SK_NONE) key = SK_NULL;
    if (npos == 0) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected at least 1 argument, got 0", name);
    if (npos > 1 && dflt)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "Cannot specify a default for %s() with multiple positional arguments", name);
    size_t mark = sk_gc_roots_save(vm);
    sk_value src = npos == 1 ? args[0] : sk_tuple_from(vm, args, npos);
    if (!src) return SK_NULL;
    SK_ROOT(vm, src);
    sk_value it = sk_iter(vm, src);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value best = SK_NULL, best_key = SK_NULL, x = SK_NULL, k = SK_NULL;
    SK_ROOT(vm, best);
    SK_ROOT(vm, best_key);
    SK_ROOT(vm, x);
    SK_ROOT(vm, k);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        k = key ? sk_call1(vm, key, x) : x;
        if (!k) return SK_NULL;
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        int c = sk_richcmp_bool(vm, k, best_key, is_max ? SK_GT : SK_LT);
        if (c < 0) return SK_NULL;
        if (c) {
            best = x;
            best_key = k;
        }
    }
    if (r < 0) return SK_NULL;
    if (!best) {
        if (dflt) return dflt;
        return sk_exc_fmt(vm, SK_EXC_VALUE, "%s() iterable argument is empty", name);
    }
    sk_gc_roots_restore(vm, mark);
    return best;
}

NATIVE(b_min) { return minmax(vm, args, nargs, kwnames, false); }
NATIVE(b_max) { return minmax(vm, args, nargs, kwnames, true); }

/* ---- iteration ------------------------------------------------------------------------ */

NATIVE(b_iter) {
    if (nargs == 1) return sk_iter(vm, args[0]);
    if (!sk_callable(vm, args[0])) return sk_exc_msg(vm, SK_EXC_TYPE, "iter(object, sentinel): object must be callable");
    return sk_call_iter_new(vm, args[0], args[1]);
}

NATIVE(b_next) {
    sk_value out = SK_NULL;
    sk_type *t = sk_typeof(vm, args[0]);
    if (!t->next) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not an iterator", sk_type_name(t));
    int r = t->next(vm, args[0], &out);
    if (r == 1) return out;
    if (r < 0) return SK_NULL;
    if (nargs > 1) return args[1];
    /* generators (and a coroutine's __await__ iterator) finish with their
     * return value */
    if (sk_iter_returns_value(vm, args[0]) && out && out != SK_NONE) return sk_exc_stop_iteration(vm, out);
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ITERATION), NULL, 0);
}

/* aiter() has its own messages (PyObject_GetAIter), not those of async for */
NATIVE(b_aiter) {
    sk_type *t = sk_typeof(vm, args[0]);
    if (!t->aiter) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not an async iterable", sk_type_name(t));
    sk_value it = t->aiter(vm, args[0]);
    if (!it) return SK_NULL;
    if (!sk_typeof(vm, it)->anext)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "aiter() returned not an async iterator of type '%s'",
                          sk_type_name_of(vm, it));
    return it;
}

NATIVE(b_anext) {
    sk_type *t = sk_typeof(vm, args[0]);
    if (!t->anext) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not an async iterator", sk_type_name(t));
    if (nargs == 1) return t->anext(vm, args[0]);
    return sk_anext_with_default(vm, args[0], args[1]);
}

NATIVE(b_len) {
    int64_t n = sk_len(vm, args[0]);
    if (n < 0) return SK_NULL;
    return sk_int_from_i64(vm, n);
}

NATIVE(b_all) {
    SK_ROOT_SCOPE(vm);
    sk_value it = sk_iter(vm, args[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        int t = sk_truth(vm, x);
        if (t < 0) return SK_NULL;
        if (!t) return SK_FALSE;
    }
    return r < 0 ? SK_NULL : SK_TRUE;
}

NATIVE(b_any) {
    SK_ROOT_SCOPE(vm);
    sk_value it = sk_iter(vm, args[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        int t = sk_truth(vm, x);
        if (t < 0) return SK_NULL;
        if (t) return SK_TRUE;
    }
    return r < 0 ? SK_NULL : SK_FALSE;
}

/* sorted(iterable, /, *, key=None, reverse=False) */
NATIVE(b_sorted) {
    SK_ROOT_SCOPE(vm);
    size_t npos = npos_of(nargs, kwnames);
    if (npos != 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "sorted expected 1 argument, got %zu", npos);
    sk_value l = sk_list_from_iterable(vm, args[0]);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    /* the keywords are list.sort's, as in CPython (and so are its errors) */
    if (!sk_list_sort_kw(vm, l, args + npos, kwnames)) return SK_NULL;
    return l;
}

/* ---- objects ---------------------------------------------------------------------------- */

NATIVE(b_repr) { return sk_repr(vm, args[0]); }
NATIVE(b_ascii) { return sk_ascii(vm, args[0]); }

NATIVE(b_format) {
    sk_value spec = nargs > 1 ? args[1] : vm->empty_str;
    if (!sk_is_str(vm, spec)) return sk_exc_fmt(vm, SK_EXC_TYPE, "format() argument 2 must be str, not %T", spec);
    return sk_format(vm, args[0], spec);
}

NATIVE(b_hash) {
    int64_t h = sk_hash(vm, args[0]);
    if (h == -1 && vm->exc) return SK_NULL;
    return sk_int_from_i64(vm, h);
}

NATIVE(b_id) { return sk_int_from_u64(vm, (uint64_t)sk_id_of(vm, args[0])); }

NATIVE(b_callable) { return sk_from_bool(sk_callable(vm, args[0])); }

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws). */
NATIVE(b_breakpoint) {
    sk_value hook = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "breakpointhook");
    if (!hook) return sk_exc_msg(vm, SK_EXC_RUNTIME, "lost sys.breakpointhook");
    return sk_call(vm, hook, args, nargs, kwnames);
}

NATIVE(b_isinstance) {
    int r = sk_isinstance(vm, args[0], args[1]);
    return r < 0 ? SK_NULL : sk_from_bool(r);
}

NATIVE(b_issubclass) {
    int r = sk_issubclass(vm, args[0], args[1]);
    return r < 0 ? SK_NULL : sk_from_bool(r);
}

static bool attr_name(sk_vm *vm, sk_value v, sk_value *out) {
    if (!sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "attribute name must be string, not '%T'", v);
        return false;
    }
    *out = sk_str_intern_value(vm, v);
    return *out != SK_NULL;
}

NATIVE(b_getattr) {
    sk_value name;
    if (!attr_name(vm, args[1], &name)) return SK_NULL;
    if (nargs > 2) {
        sk_value v = sk_getattr(vm, args[0], name);
        if (v) return v;
        if (!sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return SK_NULL;
        sk_exc_take(vm);
        return args[2];
    }
    return sk_getattr(vm, args[0], name);
}

NATIVE(b_hasattr) {
    sk_value name;
    if (!attr_name(vm, args[1], &name)) return SK_NULL;
    sk_value v = sk_getattr(vm, args[0], name);
    if (v) return SK_TRUE;
    if (sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) {
        sk_exc_take(vm);
        return SK_FALSE;
    }
    return SK_NULL;
}

NATIVE(b_setattr) {
    sk_value name;
    if (!attr_name(vm, args[1], &name)) return SK_NULL;
    return sk_setattr(vm, args[0], name, args[2]) < 0 ? SK_NULL : SK_NONE;
}

NATIVE(b_delattr) {
    sk_value name;
    if (!attr_name(vm, args[1], &name)) return SK_NULL;
    return sk_delattr(vm, args[0], name) < 0 ? SK_NULL : SK_NONE;
}

/* the frame running the code that called a builtin */
static sk_frame *caller_frame(sk_vm *vm) { return vm->frame; }

NATIVE(b_globals) {
    sk_frame *f = caller_frame(vm);
    return f ? f->globals : sk_dict_new(vm);
}

/* A snapshot dict of a function frame's locals (for locals() and vars()). */
/* d[name] = v, or no `name` in d when v is unbound (SK_NULL). */
static bool sync_local(sk_vm *vm, sk_value d, sk_value name, sk_value v) {
    if (v) return sk_dict_set(vm, d, name, v);
    return sk_dict_del(vm, d, name) >= 0;
}

SK_INTERNAL sk_value sk_frame_locals(sk_vm *vm, sk_frame *f);
sk_value sk_frame_locals(sk_vm *vm, sk_frame *f) {
    SK_ROOT_SCOPE(vm);
    if (!f) return sk_dict_new(vm);
    if (sk_code_has_namespace(f->code)) return f->locals ? f->locals : f->globals;
    sk_code *c = f->code;
    /* one dict per frame, brought up to date with the variables: names
     * stored into it by exec() stay, unbound variables leave it */
    sk_value d = f->locals;
    if (!d) {
        d = sk_dict_new(vm);
        if (!d) return SK_NULL;
        f->locals = d;
    }
    SK_ROOT(vm, d);
    for (uint32_t i = 0; i < c->nlocals; i++) {
        sk_value v = f->regs[i];
        sk_str_untip(vm, v);
        /* a captured parameter lives in its cell */
        for (uint32_t k = 0; k < c->ncells; k++)
            if (c->cell_regs[k] == i && v && SK_IS(vm, v, CELL)) v = sk_cell_get(v);
        if (!sync_local(vm, d, sk_tuple_get(c->varnames, i), v)) return SK_NULL;
    }
    for (uint32_t k = 0; k < c->ncells; k++) {
        if (c->cell_regs[k] < c->nlocals) continue;
        sk_value cell = f->regs[c->cell_regs[k]];
        sk_value v = cell ? sk_cell_get(cell) : SK_NULL;
        if (!sync_local(vm, d, sk_tuple_get(c->cellvars, k), v)) return SK_NULL;
    }
    for (uint32_t k = 0; k < c->nfree; k++) {
        sk_value cell = f->regs[c->free_base + k];
        sk_value v = cell ? sk_cell_get(cell) : SK_NULL;
        if (!sync_local(vm, d, sk_tuple_get(c->freevars, k), v)) return SK_NULL;
    }
    return d;
}

NATIVE(b_locals) { return sk_frame_locals(vm, caller_frame(vm)); }

NATIVE(b_vars) {
    if (nargs == 0) return sk_frame_locals(vm, caller_frame(vm));
    sk_value d = sk_getattr_opt(vm, args[0], SK_NAME(vm, __dict__));
    if (!d) {
        if (vm->exc) return SK_NULL;
        return sk_exc_msg(vm, SK_EXC_TYPE, "vars() argument must have __dict__ attribute");
    }
    return d;
}

NATIVE(b_dir) {
    SK_ROOT_SCOPE(vm);
    if (nargs == 0) {
        SK_ROOT_SCOPE(vm);
        sk_value d = sk_frame_locals(vm, caller_frame(vm));
        if (!d) return SK_NULL;
        SK_ROOT(vm, d);
        sk_value l = sk_is_dict(vm, d) ? sk_dict_keys_list(vm, d) : sk_list_from_iterable(vm, d);
        if (!l) return SK_NULL;
        SK_ROOT(vm, l);
        return sk_list_sort(vm, l, SK_NONE, false) ? l : SK_NULL;
    }
    sk_value r = sk_call_special(vm, args[0], SK_NAME(vm, __dir__), NULL, 0);
    if (!r) {
        if (!vm->exc) sk_exc_msg(vm, SK_EXC_TYPE, "object does not provide __dir__");
        return SK_NULL;
    }
    SK_ROOT(vm, r);
    sk_value l = sk_list_from_iterable(vm, r);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    return sk_list_sort(vm, l, SK_NONE, false) ? l : SK_NULL;
}

/* ---- code ------------------------------------------------------------------------------- */

static bool source_text(sk_vm *vm, sk_value src, const char **s, size_t *n, const char *fname) {
    if (sk_is_str(vm, src)) {
        *s = sk_str_data(src);
        *n = sk_str_size(src);
        return true;
    }
    if (sk_is_bytes_like(vm, src)) {
        *s = sk_bytes_data(src);
        *n = sk_bytes_len(src);
        return true;
    }
    /* compile() takes an AST where exec() and eval() take a code object */
    sk_exc_fmt(vm, SK_EXC_TYPE, "%s() arg 1 must be a string, bytes or %s object", fname,
               strcmp(fname, "compile") == 0 ? "AST" : "code");
    return false;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
NATIVE(b_compile) {
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                          "_feature_version", NULL};
    if (!only_kwargs(vm, "compile", kwnames, allowed)) return SK_NULL;
    sk_value src = npos > 0 ? args[0] : kwarg(vm, args, nargs, kwnames, "source");
    sk_value filename = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "filename");
    sk_value mode = npos > 2 ? args[2] : kwarg(vm, args, nargs, kwnames, "mode");
    if (!src || !filename || !mode) return sk_exc_msg(vm, SK_EXC_TYPE, "compile() missing required argument");
    if (SK_IS(vm, src, CODE)) return src;
    if (!sk_is_str(vm, mode)) return sk_exc_fmt(vm, SK_EXC_TYPE, "compile() argument 'mode' must be str, not %T", mode);
    ast_mode m;
    if (sk_str_eq_cstr(mode, "exec")) m = AST_MODE_EXEC;
    else if (sk_str_eq_cstr(mode, "eval")) m = AST_MODE_EVAL;
    else if (sk_str_eq_cstr(mode, "single")) m = AST_MODE_SINGLE;
    else return sk_exc_msg(vm, SK_EXC_VALUE, "compile() mode must be 'exec', 'eval' or 'single'");
    if (!sk_is_str(vm, filename)) {
        filename = sk_str(vm, filename);
        if (!filename) return SK_NULL;
    }
    const char *s;
    size_t n;
    if (!source_text(vm, src, &s, &n, "compile")) return SK_NULL;
    if (memchr(s, 0, n)) return sk_exc_msg(vm, SK_EXC_SYNTAX, "source code string cannot contain null bytes");
    int flags = (m == AST_MODE_SINGLE ? SK_COMPILE_REPL : 0) | (sk_is_str(vm, src) ? 0 : SK_COMPILE_BYTE_OFFSETS);
    /* of CPython's compiler flags, only ast.PyCF_ALLOW_TOP_LEVEL_AWAIT changes what is compiled */
    sk_value cflags = npos > 3 ? args[3] : kwarg(vm, args, nargs, kwnames, "flags");
    if (cflags && sk_is_int(cflags) && (sk_as_int(cflags) & 0x2000)) flags |= SK_COMPILE_TOP_LEVEL_AWAIT;
    return sk_compile_source(vm, s, n, filename, m, flags);
}

static sk_value run_source(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames, bool is_eval) {
    SK_ROOT_SCOPE(vm);
    const char *fname = is_eval ? "eval" : "exec";
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"globals", "locals", "closure", NULL};
    /* eval's parameters are all positional-only */
    if (is_eval && kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "eval() takes no keyword arguments");
    if (!only_kwargs(vm, fname, kwnames, allowed)) return SK_NULL;
    if (npos < 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s expected at least 1 argument, got 0", fname);
    sk_value src = args[0];
    sk_value globals = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "globals");
    sk_value locals = npos > 2 ? args[2] : kwarg(vm, args, nargs, kwnames, "locals");
    if (globals == SK_NONE) globals = SK_NULL;
    if (locals == SK_NONE) locals = SK_NULL;
    sk_frame *f = caller_frame(vm);
    if (globals && !sk_is_dict(vm, globals))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() globals must be a dict, not %T", fname, globals);
    if (locals && !sk_typeof(vm, locals)->getitem)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "locals must be a mapping");
    if (!globals) {
        globals = f ? f->globals : vm->builtins;
        if (!locals) locals = f ? sk_frame_locals(vm, f) : globals;
    } else if (!locals) {
        locals = globals;
    }
    if (!locals) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, globals);
    SK_ROOT(vm, locals);
    if (!sk_dict_get_str(vm, globals, SK_NAME(vm, __builtins__)) &&
        !sk_dict_set(vm, globals, SK_NAME(vm, __builtins__), vm->builtins_module))
        return SK_NULL;
    sk_value code = src;
    if (!SK_IS(vm, src, CODE)) {
        SK_ROOT_SCOPE(vm);
        const char *s;
        size_t n;
        if (!sk_is_str(vm, src) && !sk_is_bytes_like(vm, src))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() arg 1 must be a string, bytes or code object", fname);
        if (!source_text(vm, src, &s, &n, fname)) return SK_NULL;
        /* eval() ignores leading spaces and tabs */
        if (is_eval)
            while (n && (*s == ' ' || *s == '\t')) s++, n--;
        sk_value fn = sk_str_from_cstr(vm, "<string>");
        if (!fn) return SK_NULL;
        SK_ROOT(vm, fn);
        code = sk_compile_source(vm, s, n, fn, is_eval ? AST_MODE_EVAL : AST_MODE_EXEC,
                                 sk_is_str(vm, src) ? 0 : SK_COMPILE_BYTE_OFFSETS);
        if (!code) return SK_NULL;
    }
    SK_ROOT(vm, code);
    sk_value r = sk_interp_run_code(vm, code, globals, locals);
    sk_gc_roots_restore(vm, mark);
    if (!r) return SK_NULL;
    return is_eval ? r : SK_NONE;
}

NATIVE(b_eval) { return run_source(vm, args, nargs, kwnames, true); }
NATIVE(b_exec) { return run_source(vm, args, nargs, kwnames, false); }

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
NATIVE(b_import) {
    size_t npos = npos_of(nargs, kwnames);
    static const char *const allowed[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    if (!only_kwargs(vm, "__import__", kwnames, allowed)) return SK_NULL;
    sk_value name = npos > 0 ? args[0] : kwarg(vm, args, nargs, kwnames, "name");
    if (!name) return sk_exc_msg(vm, SK_EXC_TYPE, "__import__() missing required argument 'name' (pos 1)");
    if (!sk_is_str(vm, name)) return sk_exc_msg(vm, SK_EXC_TYPE, "module name must be a string");
    sk_value globals = npos > 1 ? args[1] : kwarg(vm, args, nargs, kwnames, "globals");
    sk_value fromlist = npos > 3 ? args[3] : kwarg(vm, args, nargs, kwnames, "fromlist");
    sk_value level = npos > 4 ? args[4] : kwarg(vm, args, nargs, kwnames, "level");
    if (!globals || globals == SK_NONE) globals = vm->builtins;
    if (fromlist && fromlist != SK_NONE && !sk_is_tuple(vm, fromlist)) {
        fromlist = sk_tuple_from_iterable(vm, fromlist);
        if (!fromlist) return SK_NULL;
    }
    int64_t lv = 0;
    if (level && !sk_index_i64(vm, level, &lv, NULL)) return SK_NULL;
    return sk_import_name(vm, name, globals, globals, fromlist ? fromlist : SK_NONE, (int)lv);
}

/* ---- classes -------------------------------------------------------------------------------- */

/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
NATIVE(b_build_class) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (npos < 2) return sk_exc_msg(vm, SK_EXC_TYPE, "__build_class__: not enough arguments");
    sk_value func = args[0], name = args[1];
    if (!SK_IS(vm, func, FUNCTION)) return sk_exc_msg(vm, SK_EXC_TYPE, "__build_class__: func must be a function");
    if (!sk_is_str(vm, name)) return sk_exc_msg(vm, SK_EXC_TYPE, "__build_class__: name is not a string");
    size_t mark = sk_gc_roots_save(vm);
    sk_value orig_bases = sk_tuple_from(vm, args + 2, npos - 2);
    if (!orig_bases) return SK_NULL;
    SK_ROOT(vm, orig_bases);
    /* PEP 560: bases that are not classes may supply __mro_entries__ */
    sk_value bases = orig_bases;
    SK_ROOT(vm, bases);
    bool changed = false;
    for (size_t i = 0; i < sk_tuple_len(orig_bases); i++) {
        SK_ROOT_SCOPE(vm);
        sk_value b = sk_tuple_get(orig_bases, i);
        if (sk_is_type(vm, b)) continue;
        sk_value me = sk_getattr_opt(vm, b, SK_NAME(vm, __mro_entries__));
        if (vm->exc) return SK_NULL;
        if (!me) continue;
        SK_ROOT(vm, me);
        if (!changed) {
            bases = sk_list_new(vm, 0);
            if (!bases) return SK_NULL;
            for (size_t j = 0; j < i; j++)
                if (!sk_list_append(vm, bases, sk_tuple_get(orig_bases, j))) return SK_NULL;
            changed = true;
        }
        sk_value entries = sk_call1(vm, me, orig_bases);
        if (!entries) return SK_NULL;
        if (!sk_is_tuple(vm, entries)) return sk_exc_msg(vm, SK_EXC_TYPE, "__mro_entries__ must return a tuple");
        if (!sk_list_extend(vm, bases, entries)) return SK_NULL;
    }
    if (changed) {
        /* the remaining bases */
        sk_value nb = sk_tuple_from(vm, sk_list_items(bases), sk_list_len(bases));
        if (!nb) return SK_NULL;
        bases = nb;
    }
    /* the metaclass and the remaining keywords */
    sk_value meta = SK_NULL;
    sk_value kwds = sk_dict_new(vm);
    if (!kwds) return SK_NULL;
    SK_ROOT(vm, kwds);
    for (size_t i = 0; i < nkw; i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (sk_str_eq_cstr(k, "metaclass")) meta = args[npos + i];
        else if (!sk_dict_set(vm, kwds, k, args[npos + i])) return SK_NULL;
    }
    SK_ROOT(vm, meta);
    bool is_class = false;
    if (!meta) {
        meta = sk_tuple_len(bases) ? sk_from_obj(sk_typeof(vm, sk_tuple_get(bases, 0))) : sk_from_obj(SK_TYPE(vm, TYPE));
        is_class = true;
    } else {
        is_class = sk_is_type(vm, meta);
    }
    if (is_class) {
        /* the most derived metaclass */
        sk_type *winner = sk_as_type(meta);
        for (size_t i = 0; i < sk_tuple_len(bases); i++) {
            sk_type *bt = sk_typeof(vm, sk_tuple_get(bases, i));
            if (sk_type_is_subtype(winner, bt)) continue;
            if (sk_type_is_subtype(bt, winner)) {
                winner = bt;
                continue;
            }
            return sk_exc_msg(vm, SK_EXC_TYPE,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                              "of the metaclasses of all its bases");
        }
        meta = sk_from_obj(winner);
    }
    /* ns = meta.__prepare__(name, bases, **kwds) */
    sk_value ns;
    sk_value prep = sk_getattr_opt(vm, meta, SK_NAME(vm, __prepare__));
    if (vm->exc) return SK_NULL;
    if (prep) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, prep);
        sk_value pa[2] = {name, bases};
        sk_value pt = sk_tuple_from(vm, pa, 2);
        if (!pt) return SK_NULL;
        SK_ROOT(vm, pt);
        ns = sk_call_tuple_dict(vm, prep, pt, kwds);
        if (!ns) return SK_NULL;
    } else {
        ns = sk_dict_new(vm);
        if (!ns) return SK_NULL;
    }
    SK_ROOT(vm, ns);
    if (!sk_typeof(vm, ns)->getitem)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__prepare__() must return a mapping, not %T",
                          is_class ? sk_type_name(sk_as_type(meta)) : "<metaclass>", ns);
    /* run the body with ns as its locals */
    sk_value cell = sk_run_class_body(vm, func, ns);
    if (!cell) return SK_NULL;
    SK_ROOT(vm, cell);
    if (changed && !sk_dict_set_cstr(vm, ns, "__orig_bases__", orig_bases)) return SK_NULL;
    sk_value ma[3] = {name, bases, ns};
    sk_value mt = sk_tuple_from(vm, ma, 3);
    if (!mt) return SK_NULL;
    SK_ROOT(vm, mt);
    sk_value cls = sk_call_tuple_dict(vm, meta, mt, kwds);
    if (!cls) return SK_NULL;
    /* the class body's __class__ cell must now hold the class */
    if (SK_IS(vm, cell, CELL) && sk_is_type(vm, cls) && sk_cell_get(cell) != cls) {
        if (!sk_cell_get(cell))
            return sk_exc_fmt(vm, SK_EXC_RUNTIME, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                              name, cls);
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__class__ set to %R defining %R as %R", sk_cell_get(cell), name, cls);
    }
    sk_gc_roots_restore(vm, mark);
    return cls;
}

/* ---- the table ------------------------------------------------------------------------------ */

static const sk_method_def builtin_functions[] = {
    {"abs", b_abs, 1, 1, 0, "Return the absolute value of the argument."},
    {"aiter", b_aiter, 1, 1, 0, NULL},
    {"all", b_all, 1, 1, 0, NULL},
    {"anext", b_anext, 1, 2, 0, NULL},
    {"any", b_any, 1, 1, 0, NULL},
    {"ascii", b_ascii, 1, 1, 0, NULL},
    {"bin", b_bin, 1, 1, 0, NULL},
    {"callable", b_callable, 1, 1, 0, NULL},
    {"breakpoint", b_breakpoint, 0, -1, SK_METH_KEYWORDS, NULL},
    {"chr", b_chr, 1, 1, 0, NULL},
    {"compile", b_compile, 0, -1, SK_METH_KEYWORDS, NULL},
    {"delattr", b_delattr, 2, 2, 0, NULL},
    {"dir", b_dir, 0, 1, 0, NULL},
    {"divmod", b_divmod, 2, 2, 0, NULL},
    {"eval", b_eval, 0, -1, SK_METH_KEYWORDS, NULL},
    {"exec", b_exec, 0, -1, SK_METH_KEYWORDS, NULL},
    {"format", b_format, 1, 2, 0, NULL},
    {"getattr", b_getattr, 2, 3, 0, NULL},
    {"globals", b_globals, 0, 0, 0, NULL},
    {"hasattr", b_hasattr, 2, 2, 0, NULL},
    {"hash", b_hash, 1, 1, 0, NULL},
    {"hex", b_hex, 1, 1, 0, NULL},
    {"id", b_id, 1, 1, 0, NULL},
    {"input", b_input, 0, 1, 0, NULL},
    {"isinstance", b_isinstance, 2, 2, 0, NULL},
    {"issubclass", b_issubclass, 2, 2, 0, NULL},
    {"iter", b_iter, 1, 2, 0, NULL},
    {"len", b_len, 1, 1, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, 0, 0, NULL},
    {"max", b_max, 0, -1, SK_METH_KEYWORDS, NULL},
    {"min", b_min, 0, -1, SK_METH_KEYWORDS, NULL},
    {"next", b_next, 1, 2, 0, NULL},
    {"oct", b_oct, 1, 1, 0, NULL},
    {"ord", b_ord, 1, 1, 0, NULL},
    {"pow", b_pow, 0, 3, SK_METH_KEYWORDS, NULL},
    {"print", b_print, 0, -1, SK_METH_KEYWORDS, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, 1, 1, 0, NULL},
    {"round", b_round, 0, 2, SK_METH_KEYWORDS, NULL},
    {"setattr", b_setattr, 3, 3, 0, NULL},
    {"sorted", b_sorted, 0, -1, SK_METH_KEYWORDS, NULL},
    {"sum", b_sum, 0, -1, SK_METH_KEYWORDS, NULL},
    {"vars", b_vars, 0, 1, 0, NULL},
    {"__import__", b_import, 0, -1, SK_METH_KEYWORDS, NULL},
    {"__build_class__", b_build_class, 2, -1, SK_METH_KEYWORDS, NULL},
    {NULL},
};

bool sk_builtins_init(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value name = SK_NAME(vm, builtins);
    sk_value m = sk_module_new(vm, name);
    if (!m) return false;
    SK_ROOT(vm, m);
    sk_value d = sk_module_dict(m);
    vm->builtins_module = m;
    vm->builtins = d;
    for (const sk_method_def *def = builtin_functions; def->name; def++) {
        sk_value f = sk_builtin_new(vm, def, m, name); /* __self__ is the module, as in CPython */
        if (!f || !sk_dict_set_cstr(vm, d, def->name, f)) return false;
    }
    /* the types */
    static const struct { const char *name; sk_type_id id; } types[] = {
        {"object", SK_T_OBJECT}, {"type", SK_T_TYPE}, {"int", SK_T_INT}, {"bool", SK_T_BOOL},
        {"float", SK_T_FLOAT}, {"complex", SK_T_COMPLEX}, {"str", SK_T_STR}, {"bytes", SK_T_BYTES},
        {"bytearray", SK_T_BYTEARRAY}, {"memoryview", SK_T_MEMORYVIEW}, {"tuple", SK_T_TUPLE}, {"list", SK_T_LIST}, {"dict", SK_T_DICT},
        {"set", SK_T_SET}, {"frozenset", SK_T_FROZENSET}, {"range", SK_T_RANGE}, {"slice", SK_T_SLICE},
        {"property", SK_T_PROPERTY}, {"classmethod", SK_T_CLASSMETHOD}, {"staticmethod", SK_T_STATICMETHOD},
        {"super", SK_T_SUPER}, {"enumerate", SK_T_ENUMERATE}, {"zip", SK_T_ZIP}, {"map", SK_T_MAP},
        {"filter", SK_T_FILTER}, {"reversed", SK_T_REVERSED},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!sk_dict_set_cstr(vm, d, types[i].name, sk_from_obj(vm->types[types[i].id]))) return false;
    for (int k = 0; k < SK_EXC_COUNT; k++)
        if (!sk_dict_set(vm, d, vm->exc_types[k]->name, sk_from_obj(vm->exc_types[k]))) return false;
    if (!sk_dict_set_cstr(vm, d, "EnvironmentError", sk_from_obj(SK_EXC_TYPE(vm, OS))) ||
        !sk_dict_set_cstr(vm, d, "IOError", sk_from_obj(SK_EXC_TYPE(vm, OS))) ||
        !sk_dict_set_cstr(vm, d, "None", SK_NONE) || !sk_dict_set_cstr(vm, d, "True", SK_TRUE) ||
        !sk_dict_set_cstr(vm, d, "False", SK_FALSE) || !sk_dict_set_cstr(vm, d, "Ellipsis", SK_ELLIPSIS) ||
        !sk_dict_set_cstr(vm, d, "NotImplemented", SK_NOTIMPL) || !sk_dict_set_cstr(vm, d, "__debug__", SK_TRUE) ||
        !sk_dict_set_cstr(vm, d, "__name__", name))
        return false;
    sk_value open = sk_io_open_function(vm);
    if (!open || !sk_dict_set_cstr(vm, d, "open", open)) return false;
    sk_gc_roots_restore(vm, mark);
    return true;
}
