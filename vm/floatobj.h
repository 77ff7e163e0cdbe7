/* floatobj.h — Python floats (boxed doubles) and complex numbers. */
#ifndef SK_FLOATOBJ_H
#define SK_FLOATOBJ_H

#include "vm.h"

typedef struct sk_float {
    sk_obj hdr;
    double value;
} sk_float;

typedef struct sk_complex {
    sk_obj hdr;
    double real, imag;
} sk_complex;

static inline double sk_float_value(sk_value v) { return ((sk_float *)sk_as_obj(v))->value; }
#define sk_is_float(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_FLOAT_SUB))
SK_INTERNAL bool sk_is_float_like(sk_vm *vm, sk_value v);

SK_INTERNAL sk_value sk_float_new(sk_vm *vm, double d) SK_MUST_CHECK;
/* A float, int or bool as a double (OverflowError for huge ints); false
 * with no exception for other types. Use sk_number_to_double to also
 * accept __float__ / __index__ objects. */
SK_INTERNAL bool sk_float_from_number(sk_vm *vm, sk_value v, double *out, bool *ok) SK_MUST_CHECK;
/* float(v) semantics for arguments of math functions: float, int, or an
 * object with __float__ / __index__; TypeError "must be real number, not X". */
SK_INTERNAL bool sk_number_to_double(sk_vm *vm, sk_value v, double *out) SK_MUST_CHECK;
/* a OP b where at least one is a float and the other a float or int. */
SK_INTERNAL sk_value sk_float_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_float_repr_value(sk_vm *vm, double d) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_complex_new(sk_vm *vm, double real, double imag) SK_MUST_CHECK;
SK_INTERNAL void sk_float_init_type(sk_vm *vm);
SK_INTERNAL void sk_complex_init_type(sk_vm *vm);

#endif
