/* modules.h — the registry of modules built into skein: native modules
 * written in C (sys, math, time, _io…) and the bundled standard library,
 * Python sources under stdlib/ compiled into the binary at build time
 * (scripts/bundle-stdlib writes the table).
 *
 * Import (vm/import.c) looks a name up here before searching sys.path, in
 * the order CPython's meta path would: built-in modules, then frozen ones.
 */
#ifndef SK_MODULES_H
#define SK_MODULES_H

#include "vm.h"
#include "tuple.h"
#include "type.h"

typedef struct sk_native_module {
    const char *name;
    /* Fills in the fresh module object, already in sys.modules. Returns
     * false with an exception set on failure. */
    bool (*init)(sk_vm *vm, sk_value module);
} sk_native_module;

/* Terminated by an entry whose name is NULL. */
SK_INTERNAL extern const sk_native_module sk_native_modules[];

typedef struct sk_bundled_module {
    const char *name;          /* dotted: "asyncio.tasks" */
    const char *source;        /* UTF-8 Python source */
    size_t len;
    bool is_package;           /* an __init__.py: the module is a package */
} sk_bundled_module;

SK_INTERNAL extern const sk_bundled_module sk_bundled_modules[];
SK_INTERNAL extern const size_t sk_bundled_count;

/* At VM creation: creates sys (and registers builtins and sys in
 * sys.modules). */
SK_INTERNAL bool sk_modules_init(sk_vm *vm) SK_MUST_CHECK;
/* Marks what native modules keep outside their module objects. */
SK_INTERNAL void sk_modules_mark(sk_vm *vm);

/* Helpers for writing native modules. */
SK_INTERNAL bool sk_module_add_functions(sk_vm *vm, sk_value module, const sk_method_def *defs) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add(sk_vm *vm, sk_value module, const char *name, sk_value v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_int(sk_vm *vm, sk_value module, const char *name, int64_t v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_float(sk_vm *vm, sk_value module, const char *name, double v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_str(sk_vm *vm, sk_value module, const char *name, const char *v) SK_MUST_CHECK;
/* The keyword argument `name` of a native call, SK_NULL when absent. */
SK_INTERNAL sk_value sk_native_kwarg(const sk_value *args, size_t nargs, sk_value kwnames, const char *name);
/* How many of nargs are positional. */
static inline size_t sk_native_npos(size_t nargs, sk_value kwnames) {
    return nargs - (kwnames ? sk_tuple_len(kwnames) : 0);
}

/* sys is made at VM creation (sk_modules_init), the others on import.
 * Each native module's entry point lives in stdlib/NAME.c. */
SK_INTERNAL bool sk_sys_module_init(sk_vm *vm, sk_value module) SK_MUST_CHECK;
#define SK_NATIVE_MODULES(X)                                          \
    X("_io", sk_io_module_init)                                       \
    X("_traceback", sk_traceback_module_init)                         \
    X("_warnings", sk_warnings_module_init)                           \
    X("time", sk_time_module_init)

#define X(name, fn) SK_INTERNAL bool fn(sk_vm *vm, sk_value module) SK_MUST_CHECK;
SK_NATIVE_MODULES(X)
#undef X

#endif
