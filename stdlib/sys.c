/* sys.c — the sys module: interpreter state a program can see and set
 * (argv, path, modules, the standard streams, recursion and int-digit
 * limits), the exception being handled, exit(), and the fixed facts about
 * this implementation (version, maxsize, float_info…).
 */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "import.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "structseq.h"
#include "suggest.h"
#include "textio.h"
#include "traceback.h"
#include "tuple.h"
#include "warn.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* sys.exit(status): SystemExit made as CPython's PyErr_SetObject makes it:
 * no arguments for None, a tuple's items as the arguments, else status */
NATIVE(sys_exit) {
    sk_value code = nargs ? args[0] : SK_NONE;
    if (code == SK_NONE) return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, SYSTEM_EXIT), NULL, 0);
    if (SK_IS(vm, code, TUPLE))
        return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, SYSTEM_EXIT), sk_tuple_items(code), sk_tuple_len(code));
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, SYSTEM_EXIT), &code, 1);
}

NATIVE(sys_exception) {
    sk_value e = sk_exc_handled(vm);
    return e ? e : SK_NONE;
}

NATIVE(sys_exc_info) {
    sk_value e = sk_exc_handled(vm);
    if (!e) {
        sk_value none3[3] = {SK_NONE, SK_NONE, SK_NONE};
        return sk_tuple_from(vm, none3, 3);
    }
    sk_value tb = sk_getattr(vm, e, SK_NAME(vm, __traceback__));
    if (!tb) return SK_NULL;
    sk_value items[3] = {sk_from_obj(sk_typeof(vm, e)), e, tb};
    return sk_tuple_from(vm, items, 3);
}

NATIVE(sys_getrecursionlimit) { return sk_from_int(vm->recursion_limit); }

NATIVE(sys_setrecursionlimit) {
    if (!sk_is_int(args[0]) && !(sk_is_ptr(args[0]) && (sk_as_obj(args[0])->type->flags & SK_TF_INT_SUB))) {
        if (sk_is_float_like(vm, args[0]))
            return sk_exc_msg(vm, SK_EXC_TYPE, "'float' object cannot be interpreted as an integer");
    }
    int64_t n;
    if (!sk_index_i64(vm, args[0], &n, NULL)) return SK_NULL;
    if (n < 1) return sk_exc_msg(vm, SK_EXC_VALUE, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
    if (n <= vm->depth)
        return sk_exc_fmt(vm, SK_EXC_RECURSION,
                          "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                          (long long)n, vm->depth);
    vm->recursion_limit = (int)n;
    return SK_NONE;
}

NATIVE(sys_get_int_max_str_digits) { return sk_int_from_i64(vm, vm->int_max_str_digits); }

NATIVE(sys_set_int_max_str_digits) {
    sk_value v = nargs > 0 ? args[0] : SK_NULL;
    if (kwnames) {
        if (sk_tuple_len(kwnames) != 1 || !sk_str_eq_cstr(sk_tuple_get(kwnames, 0), "maxdigits") || nargs != 1)
            return sk_exc_msg(vm, SK_EXC_TYPE, "set_int_max_str_digits() takes exactly one argument");
    }
    if (!v) return sk_exc_msg(vm, SK_EXC_TYPE, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    int64_t n;
    if (!sk_index_i64(vm, v, &n, NULL)) return SK_NULL;
    if (n != 0 && n < 640) return sk_exc_msg(vm, SK_EXC_VALUE, "maxdigits must be 0 or larger than 640");
    vm->int_max_str_digits = n;
    return SK_NONE;
}

NATIVE(sys_intern) {
    if (!SK_IS(vm, args[0], STR))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "intern() argument must be str, not %T", args[0]);
    return sk_str_intern_value(vm, args[0]);
}

NATIVE(sys_getframe) {
    int64_t depth = 0;
    if (nargs && !sk_index_i64(vm, args[0], &depth, NULL)) return SK_NULL;
    sk_frame *f = vm->frame;
    for (; f && depth > 0; depth--) f = f->prev;
    if (!f || depth < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "call stack is not deep enough");
    return sk_frame_snapshot(vm, f);
}

NATIVE(sys_excepthook) {
    (void)nargs;
    sk_traceback_display(vm, args[1], args[2]);
    return SK_NONE;
}

NATIVE(sys_unraisablehook) {
    (void)nargs;
    return sk_warn_default_unraisablehook(vm, args[0]);
}

NATIVE(sys_displayhook) { return sk_displayhook(vm, args[0]) ? SK_NONE : SK_NULL; }

NATIVE(sys_getdefaultencoding) { return sk_str_from_cstr(vm, "utf-8"); }

NATIVE(sys_is_finalizing) { return SK_FALSE; }

/* set_asyncgen_hooks(firstiter=..., finalizer=...): an argument left out
 * keeps its hook; None removes it. */
NATIVE(sys_set_asyncgen_hooks) {
    static const char *const names[2] = {"firstiter", "finalizer"};
    sk_value given[2] = {SK_NULL, SK_NULL};
    size_t npos = sk_native_npos(nargs, kwnames);
    if (npos > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "set_asyncgen_hooks() takes at most 2 arguments (%zu given)", npos);
    for (size_t i = 0; i < npos; i++) given[i] = args[i];
    for (size_t k = 0; kwnames && k < sk_tuple_len(kwnames); k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        int which = sk_str_eq_cstr(name, names[0]) ? 0 : sk_str_eq_cstr(name, names[1]) ? 1 : -1;
        if (which < 0)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "set_asyncgen_hooks() got an unexpected keyword argument '%V'", name);
        given[which] = args[npos + k];
    }
    for (int i = 0; i < 2; i++)
        if (given[i] && given[i] != SK_NONE && !sk_callable(vm, given[i]))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "callable %s expected, got %T", names[i], given[i]);
    if (given[1]) vm->asyncgen_finalizer = given[1] == SK_NONE ? SK_NULL : given[1];
    if (given[0]) vm->asyncgen_firstiter = given[0] == SK_NONE ? SK_NULL : given[0];
    return SK_NONE;
}

NATIVE(sys_get_asyncgen_hooks) {
    sk_value v[2] = {vm->asyncgen_firstiter ? vm->asyncgen_firstiter : SK_NONE,
                     vm->asyncgen_finalizer ? vm->asyncgen_finalizer : SK_NONE};
    sk_value t = sk_dict_get_cstr(vm, sk_module_dict(vm->sys_module), "_asyncgen_hooks_type");
    if (!t) return sk_exc_msg(vm, SK_EXC_RUNTIME, "lost sys._asyncgen_hooks_type");
    return sk_structseq_new(vm, sk_as_type(t), v);
}

/* sys.breakpointhook(*args, **kws): what $PYTHONBREAKPOINT names ("0":
 * nothing; "mod.func" or a builtin's name: that callable, with the
 * arguments), as CPython's; its default, pdb.set_trace, needs a debugger
 * skein does not have. */
NATIVE(sys_breakpointhook) {
    SK_ROOT_SCOPE(vm);
    const char *spec = getenv("PYTHONBREAKPOINT");
    if (spec && strcmp(spec, "0") == 0) return SK_NONE;
    if (!spec || !*spec)
        return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED,
                          "breakpoint(): skein has no pdb debugger (set PYTHONBREAKPOINT to a callable's name)");
    const char *dot = strrchr(spec, '.');
    sk_value hook = SK_NULL;
    SK_ROOT(vm, hook);
    sk_value modname = dot ? sk_str_new(vm, spec, (size_t)(dot - spec)) : sk_str_from_cstr(vm, "builtins");
    if (!modname) return SK_NULL;
    SK_ROOT(vm, modname);
    sk_value m = sk_import_name(vm, modname, SK_NULL, SK_NULL, SK_NULL, 0);
    if (m) m = sk_dict_get_str(vm, vm->modules, modname);  /* the module itself, not its top package */
    if (m) hook = sk_getattr_cstr(vm, m, dot ? dot + 1 : spec);
    if (!hook) {
        if (!sk_exc_pending(vm, SK_EXC_IMPORT) && !sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return SK_NULL;
        sk_exc_take(vm);
        sk_value msg = sk_str_fmt(vm, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", spec);
        if (!msg || !sk_warn(vm, SK_EXC_TYPE(vm, RUNTIME_WARNING), msg, 1)) return SK_NULL;
        return SK_NONE;
    }
    return sk_call(vm, hook, args, nargs, kwnames);
}

NATIVE(sys_getsizeof) {
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "sys.getsizeof() is not implemented");
}

static const sk_method_def sys_functions[] = {
    {"exit", sys_exit, 0, 1, 0, NULL},
    {"exception", sys_exception, 0, 0, 0, NULL},
    {"exc_info", sys_exc_info, 0, 0, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, 1, SK_METH_KEYWORDS, NULL},
    {"intern", sys_intern, 1, 1, 0, NULL},
    {"_getframe", sys_getframe, 0, 1, 0, NULL},
    {"excepthook", sys_excepthook, 3, 3, 0, NULL},
    {"__excepthook__", sys_excepthook, 3, 3, 0, NULL},
    {"unraisablehook", sys_unraisablehook, 1, 1, 0, NULL},
    {"__unraisablehook__", sys_unraisablehook, 1, 1, 0, NULL},
    {"displayhook", sys_displayhook, 1, 1, 0, NULL},
    {"__displayhook__", sys_displayhook, 1, 1, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, 0, 0, NULL},
    {"is_finalizing", sys_is_finalizing, 0, 0, 0, NULL},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, -1, SK_METH_KEYWORDS, NULL},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, 0, 0, NULL},
    {"getsizeof", sys_getsizeof, 1, 2, 0, NULL},
    {"breakpointhook", sys_breakpointhook, 0, -1, SK_METH_KEYWORDS, NULL},
    {"__breakpointhook__", sys_breakpointhook, 0, -1, SK_METH_KEYWORDS, NULL},
    {NULL},
};

/* ---- the fixed facts --------------------------------------------------------- */

static sk_value make_structseq(sk_vm *vm, const char *name, const char *const *fields, const sk_value *values) {
    sk_type *t = sk_structseq_new_type(vm, "sys", name, fields);
    return t ? sk_structseq_new(vm, t, values) : SK_NULL;
}

static bool add_info(sk_vm *vm, sk_value m) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    sk_value v[11] = {0};
    for (int i = 0; i < 11; i++) SK_ROOT(vm, v[i]);

    static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    v[0] = sk_from_int(3), v[1] = sk_from_int(12), v[2] = sk_from_int(1), v[4] = sk_from_int(0);
    if (!(v[3] = sk_str_from_cstr(vm, "final"))) goto done;
    if (!sk_module_add(vm, m, "version_info", make_structseq(vm, "version_info", version_fields, v))) goto done;

    static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                               "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                               "rounds", NULL};
    memset(v, 0, sizeof v);
    if (!(v[0] = sk_float_new(vm, DBL_MAX)) || !(v[3] = sk_float_new(vm, DBL_MIN)) ||
        !(v[8] = sk_float_new(vm, DBL_EPSILON)))
        goto done;
    v[1] = sk_from_int(DBL_MAX_EXP), v[2] = sk_from_int(DBL_MAX_10_EXP), v[4] = sk_from_int(DBL_MIN_EXP);
    v[5] = sk_from_int(DBL_MIN_10_EXP), v[6] = sk_from_int(DBL_DIG), v[7] = sk_from_int(DBL_MANT_DIG);
    v[9] = sk_from_int(FLT_RADIX), v[10] = sk_from_int(1);
    if (!sk_module_add(vm, m, "float_info", make_structseq(vm, "float_info", float_fields, v))) goto done;

    static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                             "str_digits_check_threshold", NULL};
    memset(v, 0, sizeof v);
    v[0] = sk_from_int(30), v[1] = sk_from_int(4), v[2] = sk_from_int(4300), v[3] = sk_from_int(640);
    if (!sk_module_add(vm, m, "int_info", make_structseq(vm, "int_info", int_fields, v))) goto done;

    static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                              "hash_bits", "seed_bits", "cutoff", NULL};
    memset(v, 0, sizeof v);
    v[0] = sk_from_int(64), v[2] = sk_from_int(314159), v[3] = sk_from_int(0), v[4] = sk_from_int(1000003);
    v[6] = sk_from_int(64), v[7] = sk_from_int(128), v[8] = sk_from_int(0);
    if (!(v[1] = sk_int_from_i64(vm, ((int64_t)1 << 61) - 1)) || !(v[5] = sk_str_from_cstr(vm, "siphash13")))
        goto done;
    if (!sk_module_add(vm, m, "hash_info", make_structseq(vm, "hash_info", hash_fields, v))) goto done;

    static const char *const flag_fields[] = {"debug", "inspect", "interactive", "optimize",
                                              "dont_write_bytecode", "no_user_site", "no_site",
                                              "ignore_environment", "verbose", "bytes_warning", "quiet", NULL};
    memset(v, 0, sizeof v);
    for (int i = 0; i < 11; i++) v[i] = sk_from_int(0);
    if (!sk_module_add(vm, m, "flags", make_structseq(vm, "flags", flag_fields, v))) goto done;

    static const char *const impl_fields[] = {"name", "version", "cache_tag", NULL};
    memset(v, 0, sizeof v);
    if (!(v[0] = sk_str_from_cstr(vm, "skein")) || !(v[1] = sk_getattr_cstr(vm, m, "version_info"))) goto done;
    v[2] = SK_NONE;
    if (!sk_module_add(vm, m, "implementation", make_structseq(vm, "implementation", impl_fields, v))) goto done;
    static const char *const hooks_fields[] = {"firstiter", "finalizer", NULL};
    sk_type *hooks = sk_structseq_new_type(vm, "builtins", "asyncgen_hooks", hooks_fields);
    if (!hooks || !sk_module_add(vm, m, "_asyncgen_hooks_type", sk_from_obj(hooks))) goto done;
    ok = true;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}

bool sk_sys_module_init(sk_vm *vm, sk_value m) {
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    if (!sk_module_add_functions(vm, m, sys_functions)) goto done;
    if (!(vm->argv = sk_list_new(vm, 0)) || !(vm->path = sk_list_new(vm, 0))) goto done;
    if (vm->config.argc > 0 && vm->config.argv) {
        for (int i = 0; i < vm->config.argc; i++) {
            sk_value a = sk_str_from_utf8_lossy(vm, vm->config.argv[i], strlen(vm->config.argv[i]));
            if (!a || !sk_list_append(vm, vm->argv, a)) goto done;
        }
    } else if (!sk_list_append(vm, vm->argv, vm->empty_str)) {
        goto done;
    }
    if (!sk_stdio_init(vm)) goto done;
    static const char *const stream_names[3][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (int fd = 0; fd < 3; fd++)
        if (!sk_module_add(vm, m, stream_names[fd][0], vm->stdio[fd]) ||
            !sk_module_add(vm, m, stream_names[fd][1], vm->stdio[fd]))
            goto done;
    sk_value names = sk_tuple_new(vm, 0);
    if (!names) goto done;
    if (!sk_module_add(vm, m, "argv", vm->argv) || !sk_module_add(vm, m, "orig_argv", vm->argv) ||
        !sk_module_add(vm, m, "path", vm->path) || !sk_module_add(vm, m, "modules", vm->modules) ||
        !sk_module_add(vm, m, "warnoptions", sk_list_new(vm, 0)) ||
        !sk_module_add(vm, m, "meta_path", sk_list_new(vm, 0)) ||
        !sk_module_add(vm, m, "path_hooks", sk_list_new(vm, 0)) ||
        !sk_module_add(vm, m, "builtin_module_names", names) ||
        !sk_module_add(vm, m, "stdlib_module_names", sk_stdlib_module_names(vm)) || !sk_warn_init_sys(vm, m) ||
        !sk_module_add_str(vm, m, "version", SKEIN_PYTHON_VERSION " (skein " SKEIN_VERSION ")") ||
        !sk_module_add_int(vm, m, "hexversion", 0x030C01F0) ||
        !sk_module_add_int(vm, m, "maxsize", INT64_MAX) || !sk_module_add_int(vm, m, "maxunicode", 0x10FFFF) ||
        !sk_module_add_str(vm, m, "byteorder", "little") || !sk_module_add_str(vm, m, "platform", "linux") ||
        !sk_module_add_str(vm, m, "executable", vm->config.executable ? vm->config.executable : "") || !sk_module_add_str(vm, m, "prefix", "") ||
        !sk_module_add_str(vm, m, "base_prefix", "") || !sk_module_add_str(vm, m, "exec_prefix", "") ||
        !sk_module_add_str(vm, m, "platlibdir", "lib") || !sk_module_add(vm, m, "pycache_prefix", SK_NONE) ||
        !sk_module_add(vm, m, "dont_write_bytecode", SK_TRUE) || !add_info(vm, m))
        goto done;
    ok = true;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}
