/* modules.c — the table of native modules and the helpers native modules
 * share for filling in their namespaces. */
#include "modules.h"

#include <string.h>

#include "descr.h"
#include "dict.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "str.h"

const sk_native_module sk_native_modules[] = {
#define X(name, fn) {name, fn},
    SK_NATIVE_MODULES(X)
#undef X
    {NULL, NULL},
};

bool sk_module_add(sk_vm *vm, sk_value module, const char *name, sk_value v) {
    if (!v) return false;
    return sk_dict_set_cstr(vm, sk_module_dict(module), name, v);
}

bool sk_module_add_functions(sk_vm *vm, sk_value module, const sk_method_def *defs) {
    size_t mark = sk_gc_roots_save(vm);
    sk_value modname = sk_dict_get_str(vm, sk_module_dict(module), SK_NAME(vm, __name__));
    bool ok = true;
    for (const sk_method_def *d = defs; ok && d->name; d++) {
        sk_value f = sk_builtin_new(vm, d, module, modname);
        ok = f && sk_dict_set_cstr(vm, sk_module_dict(module), d->name, f);
    }
    sk_gc_roots_restore(vm, mark);
    return ok;
}

bool sk_module_add_int(sk_vm *vm, sk_value module, const char *name, int64_t v) {
    return sk_module_add(vm, module, name, sk_int_from_i64(vm, v));
}

bool sk_module_add_float(sk_vm *vm, sk_value module, const char *name, double v) {
    return sk_module_add(vm, module, name, sk_float_new(vm, v));
}

bool sk_module_add_str(sk_vm *vm, sk_value module, const char *name, const char *v) {
    return sk_module_add(vm, module, name, sk_str_from_cstr(vm, v));
}

sk_value sk_native_kwarg(const sk_value *args, size_t nargs, sk_value kwnames, const char *name) {
    if (!kwnames) return SK_NULL;
    size_t nkw = sk_tuple_len(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (sk_str_eq_cstr(sk_tuple_get(kwnames, i), name)) return args[nargs - nkw + i];
    return SK_NULL;
}

bool sk_native_parse(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                     const char *const *names, int nparams, int npos_only, int kw_only, int required, sk_value *out) {
    size_t npos = sk_native_npos(nargs, kwnames);
    int maxpos = kw_only, minpos = required < kw_only ? required : kw_only;
    for (int i = 0; i < nparams; i++) out[i] = SK_NULL;
    if ((int)npos > maxpos) {
        if (maxpos == 0) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no positional arguments", fname);
        } else {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes %s %d positional argument%s (%zu given)", fname,
                       minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", npos);
        }
        return false;
    }
    int min_posonly = npos_only < minpos ? npos_only : minpos;
    if ((int)npos < min_posonly) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes %s %d positional argument%s (%zu given)", fname,
                   min_posonly < maxpos ? "at least" : "exactly", min_posonly, min_posonly == 1 ? "" : "s", npos);
        return false;
    }
    for (size_t i = 0; i < npos; i++) out[i] = args[i];
    /* Keywords are bound first; as in Clinic, a missing required argument
     * is reported before an unknown or repeated keyword. */
    size_t nkw = nargs - npos;
    sk_value bad_kw = SK_NULL;
    int bad_index = -1, bad_posonly = -1;
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        int found = -1;
        for (int i = npos_only; i < nparams; i++)
            if (sk_str_eq_cstr(name, names[i])) found = i;
        if (found < 0 || out[found]) {
            if (!bad_kw) {
                bad_kw = name;
                bad_index = found;
                for (int i = 0; i < npos_only && found < 0; i++)
                    if (sk_str_eq_cstr(name, names[i])) bad_posonly = i;
            }
            continue;
        }
        out[found] = args[npos + k];
    }
    for (int i = 0; i < required; i++) {
        if (out[i]) continue;
        if (i < kw_only)
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
        else
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required keyword-only argument '%s'", fname, names[i]);
        return false;
    }
    if (bad_kw) {
        if (bad_index >= 0)
            sk_exc_fmt(vm, SK_EXC_TYPE, "argument for %s() given by name ('%s') and position (%d)", fname,
                       names[bad_index], bad_index + 1);
        else if (bad_posonly >= 0)
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                       fname, names[bad_posonly]);
        else
            sk_exc_fmt(vm, SK_EXC_TYPE, "%R is an invalid keyword argument for %s()", bad_kw, fname);
        return false;
    }
    return true;
}

bool sk_modules_init(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    sk_value sys = sk_module_new(vm, SK_NAME(vm, sys));
    if (!sys) goto done;
    SK_ROOT(vm, sys);
    vm->sys_module = sys;
    if (!sk_dict_set(vm, vm->modules, SK_NAME(vm, builtins), vm->builtins_module) ||
        !sk_dict_set(vm, vm->modules, SK_NAME(vm, sys), sys) || !sk_sys_module_init(vm, sys) ||
        !sk_sitebuiltins_install(vm))
        goto done;
    ok = true;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}

void sk_modules_mark(sk_vm *vm) { sk_gc_mark(vm, vm->native_state); }

bool sk_native_state_set(sk_vm *vm, const char *key, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (!v) return false;
    SK_ROOT(vm, v);
    if (!vm->native_state && !(vm->native_state = sk_dict_new(vm))) return false;
    return sk_dict_set_cstr(vm, vm->native_state, key, v);
}

sk_value sk_native_state_get(sk_vm *vm, const char *key) {
    return vm->native_state ? sk_dict_get_cstr(vm, vm->native_state, key) : SK_NULL;
}
