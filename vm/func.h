/* func.h — Python functions, cells, bound methods, module objects and
 * weak references: the small objects around calling and namespaces.
 */
#ifndef SK_FUNC_H
#define SK_FUNC_H

#include "code.h"
#include "gc.h"

typedef struct sk_function {
    sk_obj hdr;
    sk_value code;         /* sk_code */
    sk_value globals;      /* dict */
    sk_value builtins;     /* dict: globals['__builtins__'] at creation */
    sk_value name, qualname, module, doc;
    sk_value defaults;     /* tuple or SK_NULL */
    sk_value kwdefaults;   /* dict or SK_NULL */
    sk_value closure;      /* tuple of cells or SK_NULL */
    sk_value annotations;  /* dict or SK_NULL */
    sk_value dict;         /* __dict__ or SK_NULL */
    sk_value type_params;  /* tuple set through __type_params__, or SK_NULL: () */
} sk_function;

typedef struct sk_cell {
    sk_obj hdr;
    sk_value value;        /* SK_NULL: empty */
} sk_cell;

typedef struct sk_method {
    sk_obj hdr;
    sk_value func;
    sk_value self;
} sk_method;

typedef struct sk_module {
    sk_obj hdr;
    sk_value dict;
    bool from_import;   /* made by the import system (native, bundled or
                           __main__), not by ModuleType(): shown as
                           "(built-in)" when it has no __file__ */
} sk_module;

static inline sk_function *sk_function_ptr(sk_value v) { return (sk_function *)sk_as_obj(v); }

SK_INTERNAL sk_value sk_function_new(sk_vm *vm, sk_value code, sk_value globals, sk_value qualname) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_cell_new(sk_vm *vm, sk_value value) SK_MUST_CHECK;
static inline sk_value sk_cell_get(sk_value cell) { return ((sk_cell *)sk_as_obj(cell))->value; }
static inline void sk_cell_set(sk_value cell, sk_value v) { ((sk_cell *)sk_as_obj(cell))->value = v; }
SK_INTERNAL sk_value sk_method_new(sk_vm *vm, sk_value func, sk_value self) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_module_new(sk_vm *vm, sk_value name) SK_MUST_CHECK;
/* module.__getattribute__: the module's namespace (after the module type's
 * data descriptors), then its __getattr__ (PEP 562). */
SK_INTERNAL sk_value sk_module_getattr(sk_vm *vm, sk_value m, sk_value name);
static inline sk_value sk_module_dict(sk_value m) { return ((sk_module *)sk_as_obj(m))->dict; }
SK_INTERNAL sk_value sk_weakref_new(sk_vm *vm, sk_value target, sk_value callback) SK_MUST_CHECK;
/* A read-only view of a dict (type.__dict__). */
SK_INTERNAL sk_value sk_mappingproxy_new(sk_vm *vm, sk_value dict) SK_MUST_CHECK;

/* Calls `f` with `self` prepended to args (for dunders found on a type):
 * functions get self as their first argument, other descriptors are bound
 * first. */
SK_INTERNAL sk_value sk_call_bound(sk_vm *vm, sk_value f, sk_value self, const sk_value *args, size_t nargs,
                                   sk_value kwnames) SK_MUST_CHECK;

SK_INTERNAL void sk_func_init_types(sk_vm *vm);

#endif
