/* modules.h — the registry of modules built into skein: native modules
 * written in C (sys, math, time, _io…) and the bundled standard library,
 * Python sources under stdlib/ built into the binary (scripts/bundle-stdlib
 * writes the table of sources, stdlib/freeze.c the table of their code
 * objects, compiled at build time).
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

/* The bundled modules' code, compiled at build time by stdlib/freeze.c in
 * vm/codefile.c's format: entry i is sk_bundled_modules[i]'s (the name is
 * repeated as a check). The freezer itself links an empty table
 * (stdlib/frozen_none.c) and compiles the sources. */
typedef struct sk_frozen_module {
    const char *name;
    const unsigned char *code;
    size_t len;
} sk_frozen_module;

SK_INTERNAL extern const sk_frozen_module sk_frozen_modules[];
SK_INTERNAL extern const size_t sk_frozen_count;

/* At VM creation: creates sys (and registers builtins and sys in
 * sys.modules). */
SK_INTERNAL bool sk_modules_init(sk_vm *vm) SK_MUST_CHECK;
/* Marks what native modules keep outside their module objects. */
SK_INTERNAL void sk_modules_mark(sk_vm *vm);
/* What a native module keeps for its own use (its types, caches), by a key
 * it chooses ("time.struct_time"): kept alive for the VM's lifetime, so a
 * program deleting the module's attribute does not break the module.
 * sk_native_state_get returns SK_NULL when the key was never set. */
SK_INTERNAL bool sk_native_state_set(sk_vm *vm, const char *key, sk_value v) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_native_state_get(sk_vm *vm, const char *key);

/* Helpers for writing native modules. */
SK_INTERNAL bool sk_module_add_functions(sk_vm *vm, sk_value module, const sk_method_def *defs) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add(sk_vm *vm, sk_value module, const char *name, sk_value v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_int(sk_vm *vm, sk_value module, const char *name, int64_t v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_float(sk_vm *vm, sk_value module, const char *name, double v) SK_MUST_CHECK;
SK_INTERNAL bool sk_module_add_str(sk_vm *vm, sk_value module, const char *name, const char *v) SK_MUST_CHECK;
/* The keyword argument `name` of a native call, SK_NULL when absent. */
SK_INTERNAL sk_value sk_native_kwarg(const sk_value *args, size_t nargs, sk_value kwnames, const char *name);
/* Binds a native call's arguments to parameters the way CPython's
 * Argument Clinic does, with its messages. `names` lists the nparams
 * parameters in order: the first npos_only are positional-only, those from
 * kw_only on are keyword-only, and the first `required` must be given.
 * out[i] receives each argument, SK_NULL for an omitted optional one.
 * `fname` names the function in messages ("isclose"). */
SK_INTERNAL bool sk_native_parse(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs,
                                 sk_value kwnames, const char *const *names, int nparams, int npos_only,
                                 int kw_only, int required, sk_value *out) SK_MUST_CHECK;
/* How many of nargs are positional. */
static inline size_t sk_native_npos(size_t nargs, sk_value kwnames) {
    return nargs - (kwnames ? sk_tuple_len(kwnames) : 0);
}

/* sys is made at VM creation (sk_modules_init), the others on import.
 * Each native module's entry point lives in stdlib/NAME.c. */
SK_INTERNAL bool sk_sys_module_init(sk_vm *vm, sk_value module) SK_MUST_CHECK;
/* At VM creation: exit, quit, help, copyright, credits and license, which
 * CPython's site module adds to builtins (stdlib/_sitebuiltins.c). */
SK_INTERNAL bool sk_sitebuiltins_install(sk_vm *vm) SK_MUST_CHECK;
#define SK_NATIVE_MODULES(X)                                          \
    X("_asyncio", sk_asyncio_module_init)                             \
    X("_collections", sk_collections_module_init)                     \
    X("_contextvars", sk_contextvars_module_init)                     \
    X("_io", sk_io_module_init)                                       \
    X("_traceback", sk_traceback_module_init)                         \
    X("_warnings", sk_warnings_module_init)                           \
    X("_weakref", sk_weakref_module_init)                             \
    X("errno", sk_errno_module_init)                                  \
    X("ffi", sk_ffi_module_init)                                      \
    X("gc", sk_gc_module_init)                                        \
    X("math", sk_math_module_init)                                    \
    X("posix", sk_posix_module_init)                                  \
    X("time", sk_time_module_init)

#define X(name, fn) SK_INTERNAL bool fn(sk_vm *vm, sk_value module) SK_MUST_CHECK;
SK_NATIVE_MODULES(X)
#undef X

#endif
