/* int.h — Python ints: small ints are tagged values (value.h); larger ones
 * are heap objects holding a libtommath integer. Every result is
 * normalised, so a heap int never holds a value that fits inline.
 *
 * The arithmetic with Python's semantics on big values (floor division,
 * two's-complement bit operations, conversions) is in bigint.c; this
 * module is the glue between those and values.
 */
#ifndef SK_INT_H
#define SK_INT_H

#include <tommath.h>

#include "bigint.h"
#include "vm.h"

typedef struct sk_bigint {
    sk_obj hdr;
    mp_int n;
} sk_bigint;

static inline mp_int *sk_bigint_mp(sk_value v) { return &((sk_bigint *)sk_as_obj(v))->n; }

/* Is v an int (bool and subclasses included)? */
SK_INTERNAL bool sk_is_int_like(sk_vm *vm, sk_value v);
/* Is v a heap int object (big, or an int subclass instance)? */
#define sk_is_heap_int(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_INT_SUB))

SK_INTERNAL sk_value sk_int_from_i64(sk_vm *vm, int64_t n) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_int_from_u64(sk_vm *vm, uint64_t n) SK_MUST_CHECK;
/* Takes ownership of *n (cleared afterwards), normalising. */
SK_INTERNAL sk_value sk_int_from_mp(sk_vm *vm, mp_int *n) SK_MUST_CHECK;
/* The int value of an int-like v (bool → 0/1) as int64; OverflowError
 * "Python int too large to convert to C long" when it does not fit. */
SK_INTERNAL bool sk_int_to_i64(sk_vm *vm, sk_value v, int64_t *out) SK_MUST_CHECK;
/* Copies any int-like into an initialised mp_int. */
SK_INTERNAL bool sk_int_to_mp(sk_vm *vm, sk_value v, mp_int *out) SK_MUST_CHECK;
/* -1, 0, 1 */
SK_INTERNAL int sk_int_sign(sk_value v);
SK_INTERNAL int64_t sk_int_hash(sk_vm *vm, sk_value v);
/* Compares two int-likes: -1, 0, 1. */
SK_INTERNAL int sk_int_cmp(sk_vm *vm, sk_value a, sk_value b);
/* a OP b for two int-likes (NotImplemented for anything else). */
SK_INTERNAL sk_value sk_int_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) SK_MUST_CHECK;
/* pow(a, b, m) for three ints. */
SK_INTERNAL sk_value sk_int_pow_mod(sk_vm *vm, sk_value a, sk_value b, sk_value m) SK_MUST_CHECK;
/* The exception a failed sk_bi_* operation reports (ZeroDivisionError,
 * OverflowError, ValueError with its message; MemoryError). */
SK_INTERNAL sk_value sk_int_raise_bi(sk_vm *vm, sk_bi_status st, const sk_bi_err *err);
/* f(a, b) on two int-likes through libtommath, as a new int. */
typedef sk_bi_status (*sk_bi_binary_fn)(mp_int *, const mp_int *, const mp_int *, sk_bi_err *);
SK_INTERNAL sk_value sk_int_big_binop(sk_vm *vm, sk_bi_binary_fn f, sk_value a, sk_value b) SK_MUST_CHECK;
SK_INTERNAL bool sk_int_to_double(sk_vm *vm, sk_value v, double *out) SK_MUST_CHECK;
/* int(d) for a finite double. */
SK_INTERNAL sk_value sk_int_from_double(sk_vm *vm, double d) SK_MUST_CHECK;
/* str(v) / format in base 2, 8, 10 or 16 (no prefix); honours the digit
 * limit for base 10. */
SK_INTERNAL sk_value sk_int_to_str(sk_vm *vm, sk_value v, int base) SK_MUST_CHECK;
/* Parses text as int(text, base) does; `orig` (the original object) is
 * used in the error message. */
SK_INTERNAL sk_value sk_int_parse(sk_vm *vm, const char *s, size_t len, int base, sk_value orig) SK_MUST_CHECK;
/* A source literal (as the lexer keeps it: underscores removed). */
SK_INTERNAL sk_value sk_int_from_literal(sk_vm *vm, const char *s, size_t len) SK_MUST_CHECK;
SK_INTERNAL void sk_int_init_type(sk_vm *vm);

#endif
