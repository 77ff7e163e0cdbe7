/* singletons.c — the types of None, NotImplemented and Ellipsis (values
 * that are immediates, see value.h). */
#include "exc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

SK_INTERNAL void sk_singletons_init_types(sk_vm *vm);

static sk_value none_repr(sk_vm *vm, sk_value v) { return SK_NAME(vm, None); }
static int none_truth(sk_vm *vm, sk_value v) { return 0; }
/* CPython 3.12 gives None a fixed hash */
static int64_t none_hash(sk_vm *vm, sk_value v) { return 4238894112LL; }

static sk_value no_args_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (nargs) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s takes no arguments", sk_type_name(sk_as_type(cls)));
    sk_type *t = sk_as_type(cls);
    if (t == SK_TYPE(vm, NONE)) return SK_NONE;
    if (t == SK_TYPE(vm, NOTIMPL)) return SK_NOTIMPL;
    return SK_ELLIPSIS;
}

static sk_value notimpl_repr(sk_vm *vm, sk_value v) { return sk_str_from_cstr(vm, "NotImplemented"); }
static sk_value ellipsis_repr(sk_vm *vm, sk_value v) { return sk_str_from_cstr(vm, "Ellipsis"); }
static int64_t imm_hash(sk_vm *vm, sk_value v) { return sk_hash_pointer((void *)(uintptr_t)(v * 2654435761u)); }

static sk_value m_reduce(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return sk_repr(vm, a[0]); }
static const sk_method_def reduce_methods[] = {
    {"__reduce__", m_reduce, 1, 1, 0, NULL},
    {NULL},
};

void sk_singletons_init_types(sk_vm *vm) {
    sk_type *obj = SK_TYPE(vm, OBJECT);
    sk_type *t = sk_type_init_builtin(vm, SK_T_NONE, obj, sizeof(sk_obj), 0);
    t->tp_new = no_args_new;
    t->repr = none_repr;
    t->truth = none_truth;
    t->hash = none_hash;
    t = sk_type_init_builtin(vm, SK_T_NOTIMPL, obj, sizeof(sk_obj), 0);
    t->tp_new = no_args_new;
    t->repr = notimpl_repr;
    t->hash = imm_hash;
    (void)sk_type_add_methods(vm, t, reduce_methods);
    t = sk_type_init_builtin(vm, SK_T_ELLIPSIS, obj, sizeof(sk_obj), 0);
    t->tp_new = no_args_new;
    t->repr = ellipsis_repr;
    t->hash = imm_hash;
    (void)sk_type_add_methods(vm, t, reduce_methods);
}
