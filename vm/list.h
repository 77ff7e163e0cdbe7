/* list.h — the list object: a growable array of values. */
#ifndef SK_LIST_H
#define SK_LIST_H

#include "vm.h"

typedef struct sk_list {
    sk_obj hdr;
    size_t len, cap;
    sk_value *items;     /* raw memory from sk_mem_*, cap slots */
} sk_list;

static inline sk_list *sk_list_ptr(sk_value v) { return (sk_list *)sk_as_obj(v); }
static inline size_t sk_list_len(sk_value v) { return sk_list_ptr(v)->len; }
static inline sk_value *sk_list_items(sk_value v) { return sk_list_ptr(v)->items; }
#define sk_is_list(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_LIST_SUB))

/* An empty list with room for `cap` items. */
SK_INTERNAL sk_value sk_list_new(sk_vm *vm, size_t cap) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_list_from(sk_vm *vm, const sk_value *items, size_t n) SK_MUST_CHECK;
SK_INTERNAL bool sk_list_append(sk_vm *vm, sk_value list, sk_value v) SK_MUST_CHECK;
/* list.extend(iterable). */
SK_INTERNAL bool sk_list_extend(sk_vm *vm, sk_value list, sk_value iterable) SK_MUST_CHECK;
/* list(iterable). */
SK_INTERNAL sk_value sk_list_from_iterable(sk_vm *vm, sk_value iterable) SK_MUST_CHECK;
/* Sorts in place, stably, as list.sort(key=key, reverse=reverse). */
SK_INTERNAL bool sk_list_sort(sk_vm *vm, sk_value list, sk_value key, bool reverse) SK_MUST_CHECK;
/* list.sort(*, key=None, reverse=False) given its keyword arguments (the
 * values and their names), with list.sort's argument errors. */
SK_INTERNAL bool sk_list_sort_kw(sk_vm *vm, sk_value list, const sk_value *kwvalues, sk_value kwnames) SK_MUST_CHECK;
SK_INTERNAL bool sk_list_insert(sk_vm *vm, sk_value list, size_t index, sk_value v) SK_MUST_CHECK;
SK_INTERNAL void sk_list_init_type(sk_vm *vm);

#endif
