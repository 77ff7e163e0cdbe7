/* dict.c — the insertion-ordered hash table behind dict, namespaces,
 * keyword arguments and the intern table; plus dict's Python methods and
 * its views (keys/values/items) and their iterators.
 */
#include "dict.h"

#include <string.h>

#include "exc.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_LOG2 3
#define PERTURB_SHIFT 5

/* ---- the index table: slot width follows the table size ----------------- */

static inline size_t index_width(uint32_t log2) {
    return log2 <= 7 ? 1 : log2 <= 15 ? 2 : log2 <= 31 ? 4 : 8;
}

static inline int64_t ix_get(const sk_dict *d, size_t i) {
    switch (index_width(d->log2_index)) {
    case 1: return ((const int8_t *)d->index)[i];
    case 2: return ((const int16_t *)d->index)[i];
    case 4: return ((const int32_t *)d->index)[i];
    default: return ((const int64_t *)d->index)[i];
    }
}

static inline void ix_set(sk_dict *d, size_t i, int64_t ix) {
    switch (index_width(d->log2_index)) {
    case 1: ((int8_t *)d->index)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)d->index)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)d->index)[i] = (int32_t)ix; break;
    default: ((int64_t *)d->index)[i] = ix; break;
    }
}

static inline size_t usable_for(uint32_t log2) { return ((size_t)1 << log2) * 2 / 3; }

static size_t index_bytes(uint32_t log2) { return index_width(log2) << log2; }

/* ---- object ----------------------------------------------------------- */

static void dict_trace(sk_vm *vm, sk_obj *o) {
    sk_dict *d = (sk_dict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        sk_gc_mark(vm, d->entries[i].key);
        sk_gc_mark(vm, d->entries[i].value);
    }
}

/* The index table and the entries share one block (index first: its
 * size is a multiple of 8), so a small dict costs one allocation. */
static size_t table_bytes(uint32_t log2, size_t cap) { return index_bytes(log2) + cap * sizeof(sk_dict_entry); }

static void dict_finalize(sk_vm *vm, sk_obj *o) {
    sk_dict *d = (sk_dict *)o;
    if (d->log2_index) sk_mem_free(vm, d->index, table_bytes(d->log2_index, d->entries_cap));
    d->index = NULL;
    d->entries = NULL;
}

/* Rebuilds the table with room for `need` live entries, compacting. */
static bool resize(sk_vm *vm, sk_dict *d, size_t need) {
    uint32_t log2 = MIN_LOG2;
    while (usable_for(log2) < need) log2++;
    size_t cap = usable_for(log2);
    _Static_assert(((size_t)1 << MIN_LOG2) % 8 == 0, "the entries after the index stay aligned");
    char *block = sk_mem_alloc(vm, table_bytes(log2, cap));
    if (!block) return false;
    void *index = block;
    sk_dict_entry *entries = (sk_dict_entry *)(block + index_bytes(log2));
    memset(index, 0xFF, index_bytes(log2)); /* all IX_EMPTY */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) entries[n++] = d->entries[i];
    if (d->log2_index) sk_mem_free(vm, d->index, table_bytes(d->log2_index, d->entries_cap));
    d->index = index;
    d->entries = entries;
    d->entries_cap = cap;
    d->log2_index = log2;
    d->nentries = n;
    size_t mask = ((size_t)1 << log2) - 1;
    for (size_t e = 0; e < n; e++) {
        uint64_t perturb = (uint64_t)entries[e].hash;
        size_t i = (size_t)perturb & mask;
        while (ix_get(d, i) != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + (size_t)perturb + 1) & mask;
        }
        ix_set(d, i, (int64_t)e);
    }
    return true;
}

sk_value sk_dict_new_sized(sk_vm *vm, size_t n) {
    SK_ROOT_SCOPE(vm);
    sk_dict *d = (sk_dict *)sk_gc_new(vm, SK_TYPE(vm, DICT), sizeof(sk_dict));
    if (!d) return SK_NULL;
    d->version = ++vm->dict_version;
    sk_value v = sk_from_obj(d);
    if (n) {
        SK_ROOT(vm, v);
        if (!resize(vm, d, n)) return SK_NULL;
    }
    return v;
}

sk_value sk_dict_new(sk_vm *vm) { return sk_dict_new_sized(vm, 0); }

/* ---- lookup ------------------------------------------------------------ */

/* Finds key: returns the entry index or -1 when absent, -2 on error. Sets
 * *slot to the index-table slot where the key is or would go. */
static int64_t lookup(sk_vm *vm, sk_dict *d, sk_value key, int64_t hash, size_t *slot) {
    SK_ROOT_SCOPE(vm);
    if (!d->log2_index) {
        if (slot) *slot = 0;
        return -1;
    }
restart:;
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    size_t first_free = SIZE_MAX;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            if (slot) *slot = first_free != SIZE_MAX ? first_free : i;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (first_free == SIZE_MAX) first_free = i;
        } else {
            sk_dict_entry *e = &d->entries[ix];
            if (e->key == key) {
                if (slot) *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                SK_ROOT_SCOPE(vm);
                sk_value ekey = e->key;
                if (sk_is_ptr(ekey) && sk_is_ptr(key) && sk_as_obj(ekey)->type == SK_TYPE(vm, STR) &&
                    sk_as_obj(key)->type == SK_TYPE(vm, STR)) {
                    if (sk_str_eq(ekey, key)) {
                        if (slot) *slot = i;
                        return ix;
                    }
                } else {
                    uint64_t version = d->version;
                    sk_dict_entry *entries = d->entries;
                    size_t mark = sk_gc_roots_save(vm);
                    SK_ROOT(vm, ekey);
                    int eq = sk_eq(vm, ekey, key);
                    sk_gc_roots_restore(vm, mark);
                    if (eq < 0) return -2;
                    if (d->version != version || d->entries != entries) goto restart;
                    if (eq) {
                        if (slot) *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

sk_value sk_dict_get_hashed(sk_vm *vm, sk_value dv, sk_value key, int64_t hash) {
    sk_dict *d = sk_dict_ptr(dv);
    int64_t ix = lookup(vm, d, key, hash, NULL);
    return ix >= 0 ? d->entries[ix].value : SK_NULL;
}

sk_value sk_dict_get(sk_vm *vm, sk_value d, sk_value key) {
    int64_t h = sk_hash(vm, key);
    if (h == -1 && vm->exc) return SK_NULL;
    return sk_dict_get_hashed(vm, d, key, h);
}

/* lookup() for an exact str key, while every key met with the same hash
 * is an exact str too (then no __eq__ can run): the entry index, -1 when
 * absent, -3 when a key needs the general lookup. */
#define LOOKUP_GENERAL (-3)

static inline int64_t lookup_exact_str(sk_vm *vm, const sk_dict *d, sk_value key, int64_t hash) {
    if (!d->log2_index) return -1;
    size_t mask = ((size_t)1 << d->log2_index) - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix != IX_DUMMY) {
            const sk_dict_entry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                if (!sk_is_ptr(e->key) || sk_as_obj(e->key)->type != SK_TYPE(vm, STR)) return LOOKUP_GENERAL;
                if (sk_str_eq(e->key, key)) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

sk_value sk_dict_get_str(sk_vm *vm, sk_value dv, sk_value key) {
    int64_t hash = sk_str_hash(vm, key);
    if (sk_as_obj(key)->type == SK_TYPE(vm, STR)) {
        sk_dict *d = sk_dict_ptr(dv);
        int64_t ix = lookup_exact_str(vm, d, key, hash);
        if (ix != LOOKUP_GENERAL) return ix >= 0 ? d->entries[ix].value : SK_NULL;
    }
    return sk_dict_get_hashed(vm, dv, key, hash);
}

sk_value sk_dict_get_cstr(sk_vm *vm, sk_value d, const char *key) {
    sk_value k = sk_str_intern_cstr(vm, key);
    if (!k) return SK_NULL;
    return sk_dict_get_str(vm, d, k);
}

int64_t sk_dict_find_str_index(sk_vm *vm, sk_value dv, sk_value key) {
    int64_t ix = lookup(vm, sk_dict_ptr(dv), key, sk_str_hash(vm, key), NULL);
    return ix >= 0 ? ix : -1;
}

/* ---- mutation ---------------------------------------------------------- */

bool sk_dict_set_hashed(sk_vm *vm, sk_value dv, sk_value key, int64_t hash, sk_value value) {
    SK_ROOT_SCOPE(vm);
    sk_dict *d = sk_dict_ptr(dv);
    size_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2) return false;
    d->version = ++vm->dict_version;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return true;
    }
    if (d->nentries == d->entries_cap) {
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, key);
        SK_ROOT(vm, value);
        bool ok = resize(vm, d, (d->len + 1) * 3 / 2 > 5 ? (d->len + 1) * 3 / 2 : 5);
        sk_gc_roots_restore(vm, mark);
        if (!ok) return false;
        lookup(vm, d, key, hash, &slot);  /* cannot fail: key is absent */
    }
    sk_dict_entry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    ix_set(d, slot, (int64_t)d->nentries);
    d->nentries++;
    d->len++;
    return true;
}

bool sk_dict_set(sk_vm *vm, sk_value d, sk_value key, sk_value value) {
    int64_t h = sk_hash(vm, key);
    if (h == -1 && vm->exc) return false;
    return sk_dict_set_hashed(vm, d, key, h, value);
}

bool sk_dict_set_cstr(sk_vm *vm, sk_value d, const char *key, sk_value value) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, value);
    sk_value k = sk_str_intern_cstr(vm, key);
    bool ok = k && sk_dict_set(vm, d, k, value);
    sk_gc_roots_restore(vm, mark);
    return ok;
}

int sk_dict_del(sk_vm *vm, sk_value dv, sk_value key) {
    int64_t h = sk_hash(vm, key);
    if (h == -1 && vm->exc) return -1;
    sk_dict *d = sk_dict_ptr(dv);
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = SK_NULL;
    d->entries[ix].value = SK_NULL;
    d->len--;
    d->version = ++vm->dict_version;
    return 1;
}

bool sk_dict_next(sk_value dv, size_t *pos, sk_value *key, sk_value *value) {
    sk_dict *d = sk_dict_ptr(dv);
    while (*pos < d->nentries) {
        sk_dict_entry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

void sk_dict_clear(sk_vm *vm, sk_value dv) {
    sk_dict *d = sk_dict_ptr(dv);
    dict_finalize(vm, &d->hdr);
    d->len = d->nentries = d->entries_cap = 0;
    d->log2_index = 0;
    d->version = ++vm->dict_version;
}

sk_value sk_dict_copy(sk_vm *vm, sk_value dv) {
    SK_ROOT_SCOPE(vm);
    sk_value r = sk_dict_new_sized(vm, sk_dict_len(dv));
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    sk_dict *d = sk_dict_ptr(dv);
    for (size_t i = 0; i < d->nentries; i++) {
        sk_dict_entry e = d->entries[i];
        if (e.key && !sk_dict_set_hashed(vm, r, e.key, e.hash, e.value)) return SK_NULL;
    }
    return r;
}

sk_value sk_dict_keys_list(sk_vm *vm, sk_value dv) {
    SK_ROOT_SCOPE(vm);
    sk_value l = sk_list_new(vm, sk_dict_len(dv));
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    size_t pos = 0;
    sk_value k;
    while (sk_dict_next(dv, &pos, &k, NULL))
        if (!sk_list_append(vm, l, k)) return SK_NULL;
    return l;
}

/* Merges `other` into d. A dict is copied entry by entry; an object with
 * keys() is read through keys() and []; anything else must iterate pairs. */
static bool merge(sk_vm *vm, sk_value d, sk_value other, bool unique, sk_value *dup) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = false;
    if (sk_is_dict(vm, other) && sk_typeof(vm, other)->iter == SK_TYPE(vm, DICT)->iter) {
        sk_dict *o = sk_dict_ptr(other);
        for (size_t i = 0; i < o->nentries; i++) {
            sk_dict_entry e = o->entries[i];
            if (!e.key) continue;
            if (unique) {
                sk_value have = sk_dict_get_hashed(vm, d, e.key, e.hash);
                if (vm->exc) goto done;
                if (have) {
                    *dup = e.key;
                    goto done;
                }
            }
            if (!sk_dict_set_hashed(vm, d, e.key, e.hash, e.value)) goto done;
            if (i >= o->nentries) break;
        }
        ok = true;
        goto done;
    }
    sk_value keys_fn = sk_getattr_opt(vm, other, SK_NAME(vm, keys));
    if (vm->exc) goto done;
    if (keys_fn) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, keys_fn);
        sk_value keys = sk_call0(vm, keys_fn);
        if (!keys) goto done;
        SK_ROOT(vm, keys);
        sk_value it = sk_iter(vm, keys);
        if (!it) goto done;
        SK_ROOT(vm, it);
        sk_value k = SK_NULL, v = SK_NULL;
        SK_ROOT(vm, k);
        SK_ROOT(vm, v);
        int r;
        while ((r = sk_next(vm, it, &k)) == 1) {
            v = sk_getitem(vm, other, k);
            if (!v) goto done;
            if (unique) {
                sk_value have = sk_dict_get(vm, d, k);
                if (vm->exc) goto done;
                if (have) {
                    *dup = k;
                    goto done;
                }
            }
            if (!sk_dict_set(vm, d, k, v)) goto done;
        }
        ok = r == 0;
        goto done;
    }
    if (unique) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not a mapping", other);
        goto done;
    }
    /* an iterable of key/value pairs */
    sk_value it = sk_iter(vm, other);
    if (!it) goto done;
    SK_ROOT(vm, it);
    sk_value item = SK_NULL, pair = SK_NULL;
    SK_ROOT(vm, item);
    SK_ROOT(vm, pair);
    int r;
    size_t n = 0;
    while ((r = sk_next(vm, it, &item)) == 1) {
        pair = sk_tuple_from_iterable(vm, item);
        if (!pair) {
            if (sk_exc_pending(vm, SK_EXC_TYPE)) {
                sk_exc_take(vm);
                sk_exc_fmt(vm, SK_EXC_TYPE,
                           "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            goto done;
        }
        if (sk_tuple_len(pair) != 2) {
            sk_exc_fmt(vm, SK_EXC_VALUE,
                       "dictionary update sequence element #%zu has length %zu; 2 is required", n,
                       sk_tuple_len(pair));
            goto done;
        }
        if (!sk_dict_set(vm, d, sk_tuple_get(pair, 0), sk_tuple_get(pair, 1))) goto done;
        n++;
    }
    ok = r == 0;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}

bool sk_dict_update(sk_vm *vm, sk_value d, sk_value other) { return merge(vm, d, other, false, NULL); }

bool sk_dict_merge_unique(sk_vm *vm, sk_value d, sk_value other, sk_value *dup) {
    *dup = SK_NULL;
    return merge(vm, d, other, true, dup);
}

/* ---- Python-visible methods ------------------------------------------- */

#define SELF(args) ((args)[0])

static sk_value dict_getitem(sk_vm *vm, sk_value self, sk_value key) {
    int64_t h = sk_hash(vm, key);
    if (h == -1 && vm->exc) return SK_NULL;
    sk_value v = sk_dict_get_hashed(vm, self, key, h);
    if (v || vm->exc) return v;
    if (!SK_IS(vm, self, DICT)) {
        sk_value missing = sk_lookup_special(vm, self, SK_NAME(vm, __missing__));
        if (missing) return sk_call1(vm, missing, key);
        if (vm->exc) return SK_NULL;
    }
    return sk_exc_key_error(vm, key);
}

static int dict_setitem(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    if (v) return sk_dict_set(vm, self, key, v) ? 0 : -1;
    int r = sk_dict_del(vm, self, key);
    if (r == 0) {
        sk_exc_key_error(vm, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(sk_vm *vm, sk_value self, sk_value key) {
    sk_value v = sk_dict_get(vm, self, key);
    if (vm->exc) return -1;
    return v != SK_NULL;
}

static int64_t dict_len(sk_vm *vm, sk_value self) { return (int64_t)sk_dict_len(self); }

static sk_value dict_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    if (sk_dict_len(self) == 0) return sk_str_from_cstr(vm, "{}");
    int seen = sk_repr_enter(vm, self);
    if (seen) return seen < 0 ? SK_NULL : sk_str_from_cstr(vm, "{...}");
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) {
        sk_repr_leave(vm, self);
        return SK_NULL;
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_putc(&b, '{');
    sk_dict *d = sk_dict_ptr(self);
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value k = d->entries[i].key, v = d->entries[i].value;
        if (!k) continue;
        if (!first) sk_buf_puts(&b, ", ");
        first = false;
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, v);
        bool ok = sk_buf_fmt(vm, &b, "%R: ", k) && sk_buf_fmt(vm, &b, "%R", v);
        sk_gc_roots_restore(vm, mark);
        if (!ok) {
            sk_buf_free(&b);
            sk_leave_recursion(vm);
            sk_repr_leave(vm, self);
            return SK_NULL;
        }
    }
    sk_buf_putc(&b, '}');
    sk_leave_recursion(vm);
    sk_repr_leave(vm, self);
    return sk_str_from_buf(vm, &b);
}

static sk_value dict_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    if ((op != SK_EQ && op != SK_NE) || !sk_is_dict(vm, b)) return SK_NOTIMPL;
    bool eq = true;
    if (sk_dict_len(a) != sk_dict_len(b)) {
        eq = false;
    } else {
        sk_dict *d = sk_dict_ptr(a);
        for (size_t i = 0; i < d->nentries && eq; i++) {
            SK_ROOT_SCOPE(vm);
            sk_value k = d->entries[i].key, v = d->entries[i].value;
            if (!k) continue;
            size_t mark = sk_gc_roots_save(vm);
            SK_ROOT(vm, k);
            SK_ROOT(vm, v);
            sk_value w = sk_dict_get_hashed(vm, b, k, d->entries[i].hash);
            if (!w) {
                sk_gc_roots_restore(vm, mark);
                if (vm->exc) return SK_NULL;
                eq = false;
                break;
            }
            int r = sk_eq(vm, v, w);
            sk_gc_roots_restore(vm, mark);
            if (r < 0) return SK_NULL;
            eq = r;
        }
    }
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

/* dict(...) and dict.__init__ */
static int dict_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    if (npos > 1) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "dict expected at most 1 argument, got %zu", npos);
        return -1;
    }
    if (npos == 1 && !sk_dict_update(vm, self, args[0])) return -1;
    for (size_t i = 0; i < nkw; i++)
        if (!sk_dict_set(vm, self, sk_tuple_get(kwnames, i), args[npos + i])) return -1;
    return 0;
}

static sk_value dict_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kw) {
    sk_type *t = sk_as_type(cls);
    if (t == SK_TYPE(vm, DICT)) return sk_dict_new(vm);
    return sk_type_alloc_instance(vm, t);
}

static sk_value m_get(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value v = sk_dict_get(vm, SELF(args), args[1]);
    if (v) return v;
    if (vm->exc) return SK_NULL;
    return nargs > 2 ? args[2] : SK_NONE;
}

static sk_value m_setdefault(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value v = sk_dict_get(vm, SELF(args), args[1]);
    if (v) return v;
    if (vm->exc) return SK_NULL;
    sk_value dflt = nargs > 2 ? args[2] : SK_NONE;
    if (!sk_dict_set(vm, SELF(args), args[1], dflt)) return SK_NULL;
    return dflt;
}

static sk_value m_pop(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value v = sk_dict_get(vm, SELF(args), args[1]);
    if (!v) {
        if (vm->exc) return SK_NULL;
        if (nargs > 2) return args[2];
        return sk_exc_key_error(vm, args[1]);
    }
    SK_ROOT(vm, v);
    if (sk_dict_del(vm, SELF(args), args[1]) < 0) return SK_NULL;
    return v;
}

static sk_value m_popitem(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_dict *d = sk_dict_ptr(SELF(args));
    if (d->len == 0) return sk_exc_msg(vm, SK_EXC_KEY, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key) i--;
    sk_dict_entry e = d->entries[i - 1];
    sk_value pair = sk_tuple_pack2(vm, e.key, e.value);
    if (!pair) return SK_NULL;
    SK_ROOT(vm, pair);
    if (sk_dict_del(vm, SELF(args), e.key) < 0) return SK_NULL;
    return pair;
}

static sk_value m_keys(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw);
static sk_value m_values(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw);
static sk_value m_items(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw);

static sk_value m_update(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    if (npos > 2)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "update expected at most 1 argument, got %zu", npos - 1);
    if (npos == 2 && !sk_dict_update(vm, SELF(args), args[1])) return SK_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (!sk_dict_set(vm, SELF(args), sk_tuple_get(kwnames, i), args[npos + i])) return SK_NULL;
    return SK_NONE;
}

static sk_value m_clear(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_dict_clear(vm, SELF(args));
    return SK_NONE;
}

static sk_value m_copy(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_dict_copy(vm, SELF(args));
}

static sk_value m_fromkeys(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value d = sk_call0(vm, args[0]);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    sk_value value = nargs > 2 ? args[2] : SK_NONE;
    sk_value it = sk_iter(vm, args[1]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value k = SK_NULL;
    SK_ROOT(vm, k);
    int r;
    while ((r = sk_next(vm, it, &k)) == 1)
        if (sk_setitem(vm, d, k, value) < 0) return SK_NULL;
    return r < 0 ? SK_NULL : d;
}

static sk_value m_or(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_dict(vm, a) || !sk_is_dict(vm, b)) return SK_NOTIMPL;
    sk_value r = sk_dict_copy(vm, a);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    if (!sk_dict_update(vm, r, b)) return SK_NULL;
    return r;
}

static sk_value m_ior(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_dict_update(vm, a, b)) return SK_NULL;
    return a;
}

static sk_value m_getitem_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return dict_getitem(vm, args[0], args[1]);
}

/* ---- iterators and views ---------------------------------------------- */

typedef struct dict_iter_obj {
    sk_obj hdr;
    sk_value dict;
    size_t pos;
    size_t len_at_start;
    size_t remaining;
    bool reversed;
} dict_iter_obj;

static void dict_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((dict_iter_obj *)o)->dict); }

static sk_value new_dict_iter(sk_vm *vm, sk_type_id kind, sk_value d, bool reversed) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, d);
    dict_iter_obj *it = (dict_iter_obj *)sk_gc_new(vm, vm->types[kind], sizeof(dict_iter_obj));
    if (!it) return SK_NULL;
    it->dict = d;
    it->len_at_start = sk_dict_len(d);
    it->remaining = it->len_at_start;
    it->reversed = reversed;
    it->pos = reversed ? sk_dict_ptr(d)->nentries : 0;
    return sk_from_obj(it);
}

static int dict_iter_step(sk_vm *vm, dict_iter_obj *it, sk_dict_entry **out) {
    if (!it->dict) return 0;
    sk_dict *d = sk_dict_ptr(it->dict);
    if (d->len != it->len_at_start) {
        it->dict = SK_NULL;
        sk_exc_msg(vm, SK_EXC_RUNTIME, "dictionary changed size during iteration");
        return -1;
    }
    if (it->reversed) {
        while (it->pos > 0) {
            sk_dict_entry *e = &d->entries[--it->pos];
            if (e->key) {
                *out = e;
                it->remaining--;
                return 1;
            }
        }
    } else {
        while (it->pos < d->nentries) {
            sk_dict_entry *e = &d->entries[it->pos++];
            if (e->key) {
                *out = e;
                it->remaining--;
                return 1;
            }
        }
    }
    it->dict = SK_NULL;
    return 0;
}

static int keyiter_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_dict_entry *e;
    int r = dict_iter_step(vm, (dict_iter_obj *)sk_as_obj(self), &e);
    if (r == 1) *out = e->key;
    return r;
}

static int valueiter_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_dict_entry *e;
    int r = dict_iter_step(vm, (dict_iter_obj *)sk_as_obj(self), &e);
    if (r == 1) *out = e->value;
    return r;
}

static int itemiter_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_dict_entry *e;
    int r = dict_iter_step(vm, (dict_iter_obj *)sk_as_obj(self), &e);
    if (r != 1) return r;
    sk_value pair = sk_tuple_pack2(vm, e->key, e->value);
    if (!pair) return -1;
    *out = pair;
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value dict_iter_length_hint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    dict_iter_obj *it = (dict_iter_obj *)sk_as_obj(args[0]);
    return sk_from_int(it->dict ? (int64_t)it->remaining : 0);
}

static sk_value dict_iter(sk_vm *vm, sk_value self) {
    return new_dict_iter(vm, SK_T_DICT_KEYITER, self, false);
}

static sk_value m_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_dict_iter(vm, SK_T_DICT_KEYITER, args[0], true);
}

typedef struct dict_view {
    sk_obj hdr;
    sk_value dict;
} dict_view;

static void dict_view_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((dict_view *)o)->dict); }

static sk_value new_view(sk_vm *vm, sk_type_id kind, sk_value d) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, d);
    dict_view *v = (dict_view *)sk_gc_new(vm, vm->types[kind], sizeof(dict_view));
    if (!v) return SK_NULL;
    v->dict = d;
    return sk_from_obj(v);
}

static sk_value m_keys(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_view(vm, SK_T_DICT_KEYS, args[0]);
}
static sk_value m_values(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_view(vm, SK_T_DICT_VALUES, args[0]);
}
static sk_value m_items(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_view(vm, SK_T_DICT_ITEMS, args[0]);
}

static sk_value view_dict(sk_value v) { return ((dict_view *)sk_as_obj(v))->dict; }

static int64_t view_len(sk_vm *vm, sk_value self) { return (int64_t)sk_dict_len(view_dict(self)); }

static sk_value keys_iter(sk_vm *vm, sk_value self) {
    return new_dict_iter(vm, SK_T_DICT_KEYITER, view_dict(self), false);
}
static sk_value values_iter(sk_vm *vm, sk_value self) {
    return new_dict_iter(vm, SK_T_DICT_VALUEITER, view_dict(self), false);
}
static sk_value items_iter(sk_vm *vm, sk_value self) {
    return new_dict_iter(vm, SK_T_DICT_ITEMITER, view_dict(self), false);
}

static sk_value keys_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_dict_iter(vm, SK_T_DICT_KEYITER, view_dict(args[0]), true);
}
static sk_value values_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_dict_iter(vm, SK_T_DICT_VALUEITER, view_dict(args[0]), true);
}
static sk_value items_reversed(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return new_dict_iter(vm, SK_T_DICT_ITEMITER, view_dict(args[0]), true);
}

static int keys_contains(sk_vm *vm, sk_value self, sk_value key) {
    return dict_contains(vm, view_dict(self), key);
}

static int items_contains(sk_vm *vm, sk_value self, sk_value item) {
    if (!sk_is_tuple(vm, item) || sk_tuple_len(item) != 2) return 0;
    sk_value v = sk_dict_get(vm, view_dict(self), sk_tuple_get(item, 0));
    if (!v) return vm->exc ? -1 : 0;
    return sk_eq(vm, v, sk_tuple_get(item, 1));
}

static int values_contains(sk_vm *vm, sk_value self, sk_value x) {
    sk_dict *d = sk_dict_ptr(view_dict(self));
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        int r = sk_eq(vm, d->entries[i].value, x);
        if (r) return r;
    }
    return 0;
}

static sk_value view_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    sk_value l = sk_list_from_iterable(vm, self);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    return sk_str_fmt(vm, "%s(%R)", sk_type_name_of(vm, self), l);
}

/* Set operations on keys and items views produce sets. */
static sk_value view_setop(sk_vm *vm, sk_value a, sk_value b, const char *method) {
    SK_ROOT_SCOPE(vm);
    sk_value s = sk_set_new(vm, SK_TYPE(vm, SET));
    if (!s) return SK_NULL;
    SK_ROOT(vm, s);
    if (!sk_set_update(vm, s, a)) return SK_NULL;
    sk_value name = sk_str_intern_cstr(vm, method);
    if (!name) return SK_NULL;
    return sk_call_method(vm, s, name, &b, 1);
}

static bool is_setlike_view(sk_vm *vm, sk_value v) {
    return SK_IS(vm, v, DICT_KEYS) || SK_IS(vm, v, DICT_ITEMS);
}

static sk_value view_and(sk_vm *vm, sk_value a, sk_value b) {
    if (!is_setlike_view(vm, a)) { sk_value t = a; a = b; b = t; }
    return view_setop(vm, a, b, "intersection");
}
static sk_value view_or(sk_vm *vm, sk_value a, sk_value b) {
    if (!is_setlike_view(vm, a)) { sk_value t = a; a = b; b = t; }
    return view_setop(vm, a, b, "union");
}
static sk_value view_xor(sk_vm *vm, sk_value a, sk_value b) {
    if (!is_setlike_view(vm, a)) { sk_value t = a; a = b; b = t; }
    return view_setop(vm, a, b, "symmetric_difference");
}
static sk_value view_sub(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (!is_setlike_view(vm, a)) {
        SK_ROOT_SCOPE(vm);
        /* other - view */
        sk_value s = sk_set_new(vm, SK_TYPE(vm, SET));
        if (!s) return SK_NULL;
        SK_ROOT(vm, s);
        if (!sk_set_update(vm, s, a)) return SK_NULL;
        sk_value name = sk_str_intern_cstr(vm, "difference");
        if (!name) return SK_NULL;
        return sk_call_method(vm, s, name, &b, 1);
    }
    return view_setop(vm, a, b, "difference");
}

static sk_value view_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    if (!is_setlike_view(vm, b) && !sk_is_anyset(vm, b)) return SK_NOTIMPL;
    sk_value sa = sk_set_new(vm, SK_TYPE(vm, SET));
    if (!sa) return SK_NULL;
    SK_ROOT(vm, sa);
    if (!sk_set_update(vm, sa, a)) return SK_NULL;
    sk_value sb = sk_set_new(vm, SK_TYPE(vm, SET));
    if (!sb) return SK_NULL;
    SK_ROOT(vm, sb);
    if (!sk_set_update(vm, sb, b)) return SK_NULL;
    return sk_richcmp(vm, sa, sb, op);
}

static sk_value view_isdisjoint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value it = sk_iter(vm, args[1]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        int c = sk_contains(vm, args[0], x);
        if (c < 0) return SK_NULL;
        if (c) return SK_FALSE;
    }
    return r < 0 ? SK_NULL : SK_TRUE;
}

static sk_value view_mapping(sk_vm *vm, sk_value self) {
    /* A read-only proxy would be exact; the dict itself is close enough
     * for reading, which is what programs do with .mapping. */
    return view_dict(self);
}

static const sk_method_def dict_methods[] = {
    {"get", m_get, 2, 3, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 2, 3, 0, NULL},
    {"pop", m_pop, 2, 3, 0, NULL},
    {"popitem", m_popitem, 1, 1, 0, NULL},
    {"keys", m_keys, 1, 1, 0, NULL},
    {"values", m_values, 1, 1, 0, NULL},
    {"items", m_items, 1, 1, 0, NULL},
    {"update", m_update, 1, -1, SK_METH_KEYWORDS, NULL},
    {"clear", m_clear, 1, 1, 0, NULL},
    {"copy", m_copy, 1, 1, 0, NULL},
    {"fromkeys", m_fromkeys, 2, 3, SK_METH_CLASS, NULL},
    {"__reversed__", m_reversed, 1, 1, 0, NULL},
    {"__getitem__", m_getitem_method, 2, 2, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static const sk_method_def iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 1, 1, 0, NULL},
    {NULL},
};

static const sk_method_def keys_methods[] = {
    {"__reversed__", keys_reversed, 1, 1, 0, NULL},
    {"isdisjoint", view_isdisjoint, 2, 2, 0, NULL},
    {NULL},
};
static const sk_method_def values_methods[] = {
    {"__reversed__", values_reversed, 1, 1, 0, NULL},
    {NULL},
};
static const sk_method_def items_methods[] = {
    {"__reversed__", items_reversed, 1, 1, 0, NULL},
    {"isdisjoint", view_isdisjoint, 2, 2, 0, NULL},
    {NULL},
};
static const sk_getset_def view_getsets[] = {
    {"mapping", view_mapping, NULL, NULL},
    {NULL},
};

static void init_view(sk_vm *vm, sk_type_id id, sk_unary_fn iter, int (*contains)(sk_vm *, sk_value, sk_value),
                      const sk_method_def *methods, bool setlike) {
    sk_type *t = sk_type_init_builtin(vm, id, SK_TYPE(vm, OBJECT), sizeof(dict_view), 0);
    t->trace = dict_view_trace;
    t->iter = iter;
    t->len = view_len;
    t->contains = contains;
    t->repr = view_repr;
    if (setlike) {
        t->nb[SK_NB_AND] = view_and;
        t->nb[SK_NB_OR] = view_or;
        t->nb[SK_NB_XOR] = view_xor;
        t->nb[SK_NB_SUB] = view_sub;
        t->richcmp = view_richcmp;
    }
    if (!sk_type_add_methods(vm, t, methods) || !sk_type_add_getsets(vm, t, view_getsets)) return;
}

static void init_iter(sk_vm *vm, sk_type_id id, sk_next_fn next) {
    sk_type *t = sk_type_init_builtin(vm, id, SK_TYPE(vm, OBJECT), sizeof(dict_iter_obj), 0);
    t->trace = dict_iter_trace;
    t->iter = iter_self;
    t->next = next;
    (void)sk_type_add_methods(vm, t, iter_methods);
}

void sk_dict_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_DICT, SK_TYPE(vm, OBJECT), sizeof(sk_dict),
                                      SK_TF_BASETYPE | SK_TF_DICT_SUB);
    t->trace = dict_trace;
    t->finalize = dict_finalize;
    t->tp_new = dict_new;
    t->tp_init = dict_init;
    t->repr = dict_repr;
    t->richcmp = dict_richcmp;
    t->hash = sk_unhashable;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->len = dict_len;
    t->iter = dict_iter;
    t->nb[SK_NB_OR] = m_or;
    t->nb_inplace[SK_NB_OR] = m_ior;
    (void)sk_type_add_methods(vm, t, dict_methods);

    init_view(vm, SK_T_DICT_KEYS, keys_iter, keys_contains, keys_methods, true);
    init_view(vm, SK_T_DICT_VALUES, values_iter, values_contains, values_methods, false);
    init_view(vm, SK_T_DICT_ITEMS, items_iter, items_contains, items_methods, true);
    init_iter(vm, SK_T_DICT_KEYITER, keyiter_next);
    init_iter(vm, SK_T_DICT_VALUEITER, valueiter_next);
    init_iter(vm, SK_T_DICT_ITEMITER, itemiter_next);
}
