/* set.h — set and frozenset: open-addressed hash tables probing as
 * CPython's do (linear runs, then perturbation), so that iteration order —
 * visible whenever a program prints a set — matches CPython's for the same
 * hashes and the same history of insertions. */
#ifndef SK_SET_H
#define SK_SET_H

#include "vm.h"

typedef struct sk_set_entry {
    sk_value key;        /* SK_NULL: empty; vm dummy marker: deleted */
    int64_t hash;
} sk_set_entry;

typedef struct sk_set {
    sk_obj hdr;
    size_t fill;         /* active + dummy */
    size_t used;         /* active */
    size_t mask;         /* table size - 1 */
    size_t finger;       /* pop() search start */
    int64_t hash;        /* frozenset: -1 until computed */
    sk_set_entry *table;
} sk_set;

static inline sk_set *sk_set_ptr(sk_value v) { return (sk_set *)sk_as_obj(v); }
SK_INTERNAL bool sk_is_anyset(sk_vm *vm, sk_value v);

SK_INTERNAL sk_value sk_set_new(sk_vm *vm, sk_type *type) SK_MUST_CHECK;
SK_INTERNAL bool sk_set_add(sk_vm *vm, sk_value s, sk_value key) SK_MUST_CHECK;
/* 1, 0, -1 */
SK_INTERNAL int sk_set_contains(sk_vm *vm, sk_value s, sk_value key) SK_MUST_CHECK;
/* s.discard(key): 1 removed, 0 absent, -1 error. */
SK_INTERNAL int sk_set_discard(sk_vm *vm, sk_value s, sk_value key) SK_MUST_CHECK;
SK_INTERNAL bool sk_set_update(sk_vm *vm, sk_value s, sk_value iterable) SK_MUST_CHECK;
SK_INTERNAL bool sk_set_next(sk_value s, size_t *pos, sk_value *key);
/* frozenset(iterable) */
SK_INTERNAL sk_value sk_frozenset_from(sk_vm *vm, sk_value iterable) SK_MUST_CHECK;
SK_INTERNAL void sk_set_init_type(sk_vm *vm);

#endif
