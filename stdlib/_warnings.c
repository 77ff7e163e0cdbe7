/* _warnings.c — the _warnings module: the filter list, the "once"
 * registry and the default action warnings.py shares with C code, and
 * warn() / warn_explicit() (implemented in vm/warn.c).
 */
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "warn.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* Sorts a call's arguments into out[] by parameter name, with argument
 * clinic's messages for what does not fit. The first npos names may be
 * given by position; a NULL in out[] means "not given". */
static bool bind(sk_vm *vm, const char *fn, const char *const *names, size_t nnames, size_t npos,
                 size_t nrequired, const sk_value *args, size_t nargs, sk_value kwnames, sk_value *out) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t given = nargs - nkw;
    for (size_t i = 0; i < nnames; i++) out[i] = SK_NULL;
    if (given > npos) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at most %zu positional argument%s (%zu given)", fn, npos,
                   npos == 1 ? "" : "s", given);
        return false;
    }
    for (size_t i = 0; i < given; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        size_t i = 0;
        while (i < nnames && !sk_str_eq_cstr(name, names[i])) i++;
        if (i == nnames) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got an unexpected keyword argument '%V'", fn, name);
            return false;
        }
        if (out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "argument for %s() given by name ('%s') and position (%zu)", fn, names[i],
                       i + 1);
            return false;
        }
        out[i] = args[given + k];
    }
    for (size_t i = 0; i < nrequired; i++)
        if (!out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required argument '%s' (pos %zu)", fn, names[i], i + 1);
            return false;
        }
    return true;
}

/* warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()) */
NATIVE(w_warn) {
    static const char *const names[] = {"message", "category", "stacklevel", "source", "skip_file_prefixes"};
    sk_value a[5];
    if (!bind(vm, "warn", names, 5, 4, 1, args, nargs, kwnames, a)) return SK_NULL;
    int64_t stacklevel = 1;
    if (a[2] && !sk_index_i64(vm, a[2], &stacklevel, NULL)) return SK_NULL;
    sk_value prefixes = a[4];
    if (prefixes && !sk_is_tuple(vm, prefixes))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "warn() argument 'skip_file_prefixes' must be tuple, not %T", prefixes);
    return sk_warn_value(vm, a[0], a[1] ? a[1] : SK_NONE, stacklevel, a[3] ? a[3] : SK_NONE, prefixes);
}

/* The source line `lineno` of the module whose globals are given, as its
 * loader's get_source() has it; SK_NULL (maybe with an exception) if none. */
static sk_value loader_source_line(sk_vm *vm, sk_value globals, int64_t lineno) {
    SK_ROOT_SCOPE(vm);
    sk_value loader = sk_dict_get_cstr(vm, globals, "__loader__");
    sk_value name = sk_dict_get_cstr(vm, globals, "__name__");
    if (!loader || !name) return SK_NULL;
    SK_ROOT(vm, loader);
    SK_ROOT(vm, name);
    sk_value get_source = sk_getattr_opt(vm, loader, sk_str_intern_cstr(vm, "get_source"));
    if (!get_source) return SK_NULL;
    SK_ROOT(vm, get_source);
    sk_value source = sk_call1(vm, get_source, name);
    if (!source || source == SK_NONE) return SK_NULL;
    SK_ROOT(vm, source);
    sk_value lines = sk_call_method(vm, source, sk_str_intern_cstr(vm, "splitlines"), NULL, 0);
    if (!lines) return SK_NULL;
    SK_ROOT(vm, lines);
    int64_t n = sk_len(vm, lines);
    if (n < 0) return SK_NULL;
    if (lineno < 1 || lineno > n) return SK_NULL;
    return sk_getitem(vm, lines, sk_from_int(lineno - 1));
}

/* warn_explicit(message, category, filename, lineno, module=<from filename>,
 *               registry=None, module_globals=None, source=None) */
NATIVE(w_warn_explicit) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"message", "category", "filename", "lineno",
                                        "module", "registry", "module_globals", "source"};
    sk_value a[8];
    if (!bind(vm, "warn_explicit", names, 8, 8, 4, args, nargs, kwnames, a)) return SK_NULL;
    if (!sk_is_str(vm, a[2]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "warn_explicit() argument 'filename' must be str, not %T", a[2]);
    int64_t lineno;
    if (!sk_index_i64(vm, a[3], &lineno, NULL)) return SK_NULL;
    if (lineno > INT32_MAX || lineno < INT32_MIN)
        return sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
    sk_value sourceline = SK_NULL;
    SK_ROOT(vm, sourceline);
    sk_value globals = a[6];
    if (globals && globals != SK_NONE) {
        if (!sk_is_dict(vm, globals))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "module_globals must be a dict, not '%T'", globals);
        sourceline = loader_source_line(vm, globals, lineno);
        if (!sourceline && vm->exc) return SK_NULL;
    }
    return sk_warn_explicit(vm, a[1], a[0], a[2], lineno, a[4], a[5] ? a[5] : SK_NONE, sourceline,
                            a[7] ? a[7] : SK_NONE);
}

NATIVE(w_filters_mutated) {
    sk_warn_filters_mutated(vm);
    return SK_NONE;
}

static const sk_method_def warnings_functions[] = {
    {"warn", w_warn, 0, -1, SK_METH_KEYWORDS, NULL},
    {"warn_explicit", w_warn_explicit, 0, -1, SK_METH_KEYWORDS, NULL},
    {"_filters_mutated", w_filters_mutated, 0, 0, 0, NULL},
    {NULL},
};

bool sk_warnings_module_init(sk_vm *vm, sk_value module) {
    sk_value filters, once, action;
    return sk_warn_module_state(vm, &filters, &once, &action) && sk_module_add(vm, module, "filters", filters) &&
           sk_module_add(vm, module, "_onceregistry", once) && sk_module_add(vm, module, "_defaultaction", action) &&
           sk_module_add_functions(vm, module, warnings_functions);
}
