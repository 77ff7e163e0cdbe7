/* tuple.h — the tuple object: an immutable array of values stored inline.
 * The empty tuple is a per-VM singleton (vm->empty_tuple). */
#ifndef SK_TUPLE_H
#define SK_TUPLE_H

#include "vm.h"

typedef struct sk_tuple {
    sk_obj hdr;
    size_t len;
    int64_t hash;        /* -1: not computed (tuples of immutables cache it) */
    sk_value items[];
} sk_tuple;

static inline sk_tuple *sk_tuple_ptr(sk_value v) { return (sk_tuple *)sk_as_obj(v); }
static inline size_t sk_tuple_len(sk_value v) { return sk_tuple_ptr(v)->len; }
static inline sk_value *sk_tuple_items(sk_value v) { return sk_tuple_ptr(v)->items; }
static inline sk_value sk_tuple_get(sk_value v, size_t i) { return sk_tuple_ptr(v)->items[i]; }
#define sk_is_tuple(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_TUPLE_SUB))

/* A tuple of n items, all SK_NULL, for the caller to fill before anything
 * else sees it (n == 0 gives the shared empty tuple). */
SK_INTERNAL sk_value sk_tuple_new(sk_vm *vm, size_t n) SK_MUST_CHECK;
/* The same for a tuple subclass implemented in C (struct sequences). */
SK_INTERNAL sk_value sk_tuple_new_typed(sk_vm *vm, sk_type *type, size_t n) SK_MUST_CHECK;
/* A tuple copying items[0..n). items must be rooted. */
SK_INTERNAL sk_value sk_tuple_from(sk_vm *vm, const sk_value *items, size_t n) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_tuple_pack2(sk_vm *vm, sk_value a, sk_value b) SK_MUST_CHECK;
/* tuple(iterable). */
SK_INTERNAL sk_value sk_tuple_from_iterable(sk_vm *vm, sk_value iterable) SK_MUST_CHECK;
SK_INTERNAL void sk_tuple_init_type(sk_vm *vm);

#endif
