/* dict.h — the dict object: an insertion-ordered hash table.
 *
 * Layout (compact, as CPython's): an index table of 2^k slots holding
 * positions into a dense entry array (hash, key, value) kept in insertion
 * order. Deleted entries leave a hole (key SK_NULL) until the next resize.
 * Lookups with interned-str keys compare pointers first.
 *
 * `version` changes on every mutation, and versions are unique across all
 * dicts of a VM, so a cached lookup (a global read, an attribute) can be
 * revalidated by comparing one integer.
 */
#ifndef SK_DICT_H
#define SK_DICT_H

#include "vm.h"

typedef struct sk_dict_entry {
    int64_t hash;
    sk_value key;        /* SK_NULL: a deleted entry */
    sk_value value;
} sk_dict_entry;

typedef struct sk_dict {
    sk_obj hdr;
    size_t len;          /* live entries */
    size_t nentries;     /* used entries, live or deleted */
    size_t entries_cap;
    uint32_t log2_index; /* index table has 1 << log2_index slots; 0: none */
    uint64_t version;
    sk_dict_entry *entries;
    void *index;         /* int8/int16/int32/int64 slots by table size */
} sk_dict;

static inline sk_dict *sk_dict_ptr(sk_value v) { return (sk_dict *)sk_as_obj(v); }
static inline size_t sk_dict_len(sk_value v) { return sk_dict_ptr(v)->len; }
#define sk_is_dict(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_DICT_SUB))

SK_INTERNAL sk_value sk_dict_new(sk_vm *vm) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_dict_new_sized(sk_vm *vm, size_t n) SK_MUST_CHECK;
/* d[key]: the value, or SK_NULL when missing (no exception) — or SK_NULL
 * with an exception if hashing or comparing raised: check vm->exc. */
SK_INTERNAL sk_value sk_dict_get(sk_vm *vm, sk_value d, sk_value key);
/* Same, with the hash already known. */
SK_INTERNAL sk_value sk_dict_get_hashed(sk_vm *vm, sk_value d, sk_value key, int64_t hash);
/* Lookup by str key without raising (str keys cannot fail to compare). */
SK_INTERNAL sk_value sk_dict_get_str(sk_vm *vm, sk_value d, sk_value key);
SK_INTERNAL sk_value sk_dict_get_cstr(sk_vm *vm, sk_value d, const char *key);
SK_INTERNAL bool sk_dict_set(sk_vm *vm, sk_value d, sk_value key, sk_value value) SK_MUST_CHECK;
SK_INTERNAL bool sk_dict_set_hashed(sk_vm *vm, sk_value d, sk_value key, int64_t hash, sk_value value) SK_MUST_CHECK;
SK_INTERNAL bool sk_dict_set_cstr(sk_vm *vm, sk_value d, const char *key, sk_value value) SK_MUST_CHECK;
/* Removes key: 1 removed, 0 missing (no exception), -1 error. */
SK_INTERNAL int sk_dict_del(sk_vm *vm, sk_value d, sk_value key) SK_MUST_CHECK;
/* Iterates: start with *pos = 0; returns false at the end. */
SK_INTERNAL bool sk_dict_next(sk_value d, size_t *pos, sk_value *key, sk_value *value);
/* The entry index where key lives, for inline caches: -1 when missing. */
SK_INTERNAL int64_t sk_dict_find_str_index(sk_vm *vm, sk_value d, sk_value key);
SK_INTERNAL void sk_dict_clear(sk_vm *vm, sk_value d);
SK_INTERNAL sk_value sk_dict_copy(sk_vm *vm, sk_value d) SK_MUST_CHECK;
/* d.update(other) for a dict or a mapping / iterable of pairs. */
SK_INTERNAL bool sk_dict_update(sk_vm *vm, sk_value d, sk_value other) SK_MUST_CHECK;
/* d.update(other) where a key already present is an error (a call's
 * **kwargs): returns the duplicate key in *dup (and false) if one is found. */
SK_INTERNAL bool sk_dict_merge_unique(sk_vm *vm, sk_value d, sk_value other, sk_value *dup) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_dict_keys_list(sk_vm *vm, sk_value d) SK_MUST_CHECK;
SK_INTERNAL void sk_dict_init_type(sk_vm *vm);

#endif
