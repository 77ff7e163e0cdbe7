/* set.c — set and frozenset. The table, probing, resizing and the order in
 * which the set operations visit elements follow CPython's setobject.c
 * exactly, because a program that prints a set shows that order: the same
 * hashes and the same history of operations must give the same output.
 */
#include "set.h"

#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
/* a deleted entry: an immediate no value ever is */
#define DUMMY SK_IMMEDIATE(15)

#define S(v) sk_set_ptr(v)

bool sk_is_anyset(sk_vm *vm, sk_value v) {
    if (!sk_is_ptr(v)) return false;
    sk_type *t = sk_as_obj(v)->type;
    return sk_type_is_subtype(t, SK_TYPE(vm, SET)) || sk_type_is_subtype(t, SK_TYPE(vm, FROZENSET));
}

static void set_trace(sk_vm *vm, sk_obj *o) {
    sk_set *s = (sk_set *)o;
    for (size_t i = 0; s->table && i <= s->mask; i++) sk_gc_mark(vm, s->table[i].key);
}

static void set_finalize(sk_vm *vm, sk_obj *o) {
    sk_set *s = (sk_set *)o;
    if (s->table) sk_mem_free(vm, s->table, (s->mask + 1) * sizeof(sk_set_entry));
    s->table = NULL;
}

static bool init_table(sk_vm *vm, sk_set *s) {
    s->table = sk_mem_alloc(vm, MINSIZE * sizeof(sk_set_entry));
    if (!s->table) return false;
    memset(s->table, 0, MINSIZE * sizeof(sk_set_entry));
    s->mask = MINSIZE - 1;
    return true;
}

sk_value sk_set_new(sk_vm *vm, sk_type *type) {
    SK_ROOT_SCOPE(vm);
    sk_set *s = (sk_set *)sk_gc_new(vm, type, type->size);
    if (!s) return SK_NULL;
    s->hash = -1;
    sk_value v = sk_from_obj(s);
    SK_ROOT(vm, v);
    if (!init_table(vm, s)) return SK_NULL;
    return v;
}

/* Places key in a table known to hold no equal key and no dummies. */
static void insert_clean(sk_set_entry *table, size_t mask, sk_value key, int64_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    sk_set_entry *e;
    for (;;) {
        e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

static bool resize(sk_vm *vm, sk_set *s, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    sk_set_entry *old = s->table;
    size_t oldmask = s->mask;
    sk_set_entry *table = sk_mem_alloc(vm, newsize * sizeof(sk_set_entry));
    if (!table) return false;
    memset(table, 0, newsize * sizeof(sk_set_entry));
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    sk_mem_free(vm, old, (oldmask + 1) * sizeof(sk_set_entry));
    return true;
}

static bool keys_equal(sk_vm *vm, sk_value a, sk_value b, int *out) {
    if (SK_IS(vm, a, STR) && SK_IS(vm, b, STR)) {
        *out = sk_str_eq(a, b);
        return true;
    }
    int r = sk_eq(vm, a, b);
    if (r < 0) return false;
    *out = r;
    return true;
}

/* Adds key (whose hash is known): 1 added, 0 present, -1 error. */
static int add_entry(sk_vm *vm, sk_value sv, sk_value key, int64_t hash) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, key);  /* comparing keys runs Python code */
    sk_set *s = S(sv);
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    sk_set_entry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
            if (e->hash == hash) {
                SK_ROOT_SCOPE(vm);
                sk_value start = e->key;
                if (start == key) return 0;
                if (start != DUMMY) {
                    sk_set_entry *table = s->table;
                    size_t mark = sk_gc_roots_save(vm);
                    SK_ROOT(vm, start);
                    int eq;
                    bool ok = keys_equal(vm, start, key, &eq);
                    sk_gc_roots_restore(vm, mark);
                    if (!ok) return -1;
                    if (table != s->table || e->key != start) goto restart;
                    if (eq) return 0;
                    mask = s->mask;
                }
            } else if (e->hash == -1 && e->key == DUMMY) {
                if (!freeslot) freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 1;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < mask * 3) return 1;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, sv);
    bool ok = resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
    sk_gc_roots_restore(vm, mark);
    return ok ? 1 : -1;
}

/* The entry holding key, NULL when absent; *err on failure. */
static sk_set_entry *lookup(sk_vm *vm, sk_set *s, sk_value key, int64_t hash, bool *err) {
    SK_ROOT_SCOPE(vm);
    *err = false;
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        sk_set_entry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return NULL;
            if (e->hash == hash && e->key != DUMMY) {
                SK_ROOT_SCOPE(vm);
                sk_value start = e->key;
                if (start == key) return e;
                sk_set_entry *table = s->table;
                size_t mark = sk_gc_roots_save(vm);
                SK_ROOT(vm, start);
                SK_ROOT(vm, key);
                int eq;
                bool ok = keys_equal(vm, start, key, &eq);
                sk_gc_roots_restore(vm, mark);
                if (!ok) {
                    *err = true;
                    return NULL;
                }
                if (table != s->table || e->key != start) goto restart;
                if (eq) return e;
                mask = s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int64_t key_hash(sk_vm *vm, sk_value key) {
    if (SK_IS(vm, key, STR)) return sk_str_hash(vm, key);
    return sk_hash(vm, key);
}

bool sk_set_add(sk_vm *vm, sk_value s, sk_value key) {
    int64_t h = key_hash(vm, key);
    if (h == -1 && vm->exc) return false;
    return add_entry(vm, s, key, h) >= 0;
}

int sk_set_contains(sk_vm *vm, sk_value sv, sk_value key) {
    SK_ROOT_SCOPE(vm);
    int64_t h = key_hash(vm, key);
    if (h == -1 && vm->exc) {
        /* a set that is unhashable is looked up as a frozenset */
        if (sk_exc_pending(vm, SK_EXC_TYPE) && sk_is_anyset(vm, key)) {
            SK_ROOT_SCOPE(vm);
            sk_exc_take(vm);
            sk_value fs = sk_frozenset_from(vm, key);
            if (!fs) return -1;
            SK_ROOT(vm, fs);
            return sk_set_contains(vm, sv, fs);
        }
        return -1;
    }
    bool err;
    sk_set_entry *e = lookup(vm, S(sv), key, h, &err);
    if (err) return -1;
    return e != NULL;
}

/* 1 discarded, 0 absent, -1 error */
static int discard(sk_vm *vm, sk_value sv, sk_value key) {
    SK_ROOT_SCOPE(vm);
    int64_t h = key_hash(vm, key);
    if (h == -1 && vm->exc) {
        if (sk_exc_pending(vm, SK_EXC_TYPE) && sk_is_anyset(vm, key)) {
            SK_ROOT_SCOPE(vm);
            sk_exc_take(vm);
            sk_value fs = sk_frozenset_from(vm, key);
            if (!fs) return -1;
            SK_ROOT(vm, fs);
            return discard(vm, sv, fs);
        }
        return -1;
    }
    bool err;
    sk_set_entry *e = lookup(vm, S(sv), key, h, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = DUMMY;
    e->hash = -1;
    S(sv)->used--;
    return 1;
}

int sk_set_discard(sk_vm *vm, sk_value s, sk_value key) { return discard(vm, s, key); }

bool sk_set_next(sk_value sv, size_t *pos, sk_value *key) {
    sk_set *s = S(sv);
    while (*pos <= s->mask) {
        sk_set_entry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

/* Merges another set into s (CPython's set_merge). */
static bool merge_set(sk_vm *vm, sk_value sv, sk_value ov) {
    sk_set *s = S(sv), *o = S(ov);
    if (o == s || o->used == 0) return true;
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (!resize(vm, s, (s->used + o->used) * 2)) return false;
    }
    sk_set_entry *ot = o->table;
    /* empty target with the same table size and no dummies: copy as is */
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (size_t i = 0; i <= o->mask; i++) {
            if (ot[i].key && ot[i].key != DUMMY) {
                s->table[i] = ot[i];
            }
        }
        s->fill = o->fill;
        s->used = o->used;
        return true;
    }
    if (s->fill == 0) {
        /* empty target: clean insertion, no comparisons needed */
        for (size_t i = 0; i <= o->mask; i++) {
            if (ot[i].key && ot[i].key != DUMMY) insert_clean(s->table, s->mask, ot[i].key, ot[i].hash);
        }
        s->fill = o->used;
        s->used = o->used;
        return true;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        sk_set_entry e = o->table[i];
        if (e.key && e.key != DUMMY && add_entry(vm, sv, e.key, e.hash) < 0) return false;
    }
    return true;
}

bool sk_set_update(sk_vm *vm, sk_value sv, sk_value iterable) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_anyset(vm, iterable)) return merge_set(vm, sv, iterable);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, sv);
    if (SK_IS(vm, iterable, DICT)) {
        sk_dict *d = sk_dict_ptr(iterable);
        if ((S(sv)->fill + d->len) * 5 >= S(sv)->mask * 3) {
            if (!resize(vm, S(sv), (S(sv)->used + d->len) * 2)) return false;
        }
        for (size_t i = 0; i < d->nentries; i++) {
            sk_dict_entry e = d->entries[i];
            if (e.key && add_entry(vm, sv, e.key, e.hash) < 0) return false;
        }
        sk_gc_roots_restore(vm, mark);
        return true;
    }
    sk_value it = sk_iter(vm, iterable);
    if (!it) return false;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1)
        if (!sk_set_add(vm, sv, x)) return false;
    sk_gc_roots_restore(vm, mark);
    return r == 0;
}

/* A new set of the given type holding iterable's elements. */
static sk_value make_set(sk_vm *vm, sk_type *t, sk_value iterable) {
    SK_ROOT_SCOPE(vm);
    sk_value s = sk_set_new(vm, t);
    if (!s) return SK_NULL;
    if (iterable) {
        SK_ROOT(vm, s);
        if (!sk_set_update(vm, s, iterable)) return SK_NULL;
    }
    return s;
}

/* the result type of an operation: set or frozenset (subclasses give the
 * base type, as in CPython) */
static sk_type *base_type(sk_vm *vm, sk_value v) {
    return sk_type_is_subtype(sk_typeof(vm, v), SK_TYPE(vm, FROZENSET)) ? SK_TYPE(vm, FROZENSET) : SK_TYPE(vm, SET);
}

sk_value sk_frozenset_from(sk_vm *vm, sk_value v) { return make_set(vm, SK_TYPE(vm, FROZENSET), v); }

/* ---- protocol ---------------------------------------------------------------------- */

static int64_t set_len(sk_vm *vm, sk_value s) { return (int64_t)S(s)->used; }
static int set_contains(sk_vm *vm, sk_value s, sk_value k) { return sk_set_contains(vm, s, k); }

static sk_value set_repr(sk_vm *vm, sk_value sv) {
    SK_ROOT_SCOPE(vm);
    sk_set *s = S(sv);
    sk_type *t = sk_typeof(vm, sv);
    bool frozen = sk_type_is_subtype(t, SK_TYPE(vm, FROZENSET));
    if (s->used == 0) return sk_str_fmt(vm, "%s()", sk_type_name(t));
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) return SK_NULL;
    /* repr of a set that contains itself */
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    bool plain = t == SK_TYPE(vm, SET);
    if (!plain) sk_buf_fmt(vm, &b, "%s(", sk_type_name(t)) || (sk_exc_take(vm), true);
    sk_buf_putc(&b, '{');
    /* snapshot the keys: repr may run code that changes the set */
    sk_value keys = sk_list_new(vm, s->used);
    if (!keys) goto fail;
    SK_ROOT(vm, keys);
    size_t pos = 0;
    sk_value k;
    while (sk_set_next(sv, &pos, &k))
        if (!sk_list_append(vm, keys, k)) goto fail;
    for (size_t i = 0; i < sk_list_len(keys); i++) {
        if (i) sk_buf_puts(&b, ", ");
        if (!sk_buf_fmt(vm, &b, "%R", sk_list_items(keys)[i])) goto fail;
    }
    sk_buf_putc(&b, '}');
    if (!plain) sk_buf_putc(&b, ')');
    (void)frozen;
    sk_leave_recursion(vm);
    return sk_str_from_buf(vm, &b);
fail:
    sk_leave_recursion(vm);
    sk_buf_free(&b);
    return SK_NULL;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(sk_vm *vm, sk_value sv) {
    sk_set *s = S(sv);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        sk_set_entry *e = &s->table[i];
        if (e->key && e->key != DUMMY) hash ^= shuffle_bits((uint64_t)e->hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static bool is_subset(sk_vm *vm, sk_value a, sk_value b, int *out) {
    if (S(a)->used > S(b)->used) {
        *out = 0;
        return true;
    }
    size_t pos = 0;
    sk_value k;
    while (sk_set_next(a, &pos, &k)) {
        int r = sk_set_contains(vm, b, k);
        if (r < 0) return false;
        if (!r) {
            *out = 0;
            return true;
        }
    }
    *out = 1;
    return true;
}

static sk_value set_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_anyset(vm, b)) return SK_NOTIMPL;
    size_t na = S(a)->used, nb = S(b)->used;
    int r;
    switch (op) {
    case SK_EQ:
    case SK_NE:
        if (na != nb) return sk_from_bool(op == SK_NE);
        if (sk_typeof(vm, a) == SK_TYPE(vm, FROZENSET) && sk_typeof(vm, b) == SK_TYPE(vm, FROZENSET) &&
            frozenset_hash(vm, a) != frozenset_hash(vm, b))
            return sk_from_bool(op == SK_NE);
        if (!is_subset(vm, a, b, &r)) return SK_NULL;
        return sk_from_bool(op == SK_EQ ? r : !r);
    case SK_LE:
        if (!is_subset(vm, a, b, &r)) return SK_NULL;
        return sk_from_bool(r);
    case SK_GE:
        if (!is_subset(vm, b, a, &r)) return SK_NULL;
        return sk_from_bool(r);
    case SK_LT:
        if (na >= nb) return SK_FALSE;
        if (!is_subset(vm, a, b, &r)) return SK_NULL;
        return sk_from_bool(r);
    default:
        if (na <= nb) return SK_FALSE;
        if (!is_subset(vm, b, a, &r)) return SK_NULL;
        return sk_from_bool(r);
    }
}

/* ---- the set algebra, in CPython's visiting order ---------------------------------------- */

static sk_value copy_set(sk_vm *vm, sk_type *t, sk_value s) { return make_set(vm, t, s); }

static sk_value intersection(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = base_type(vm, sv);
    size_t mark = sk_gc_roots_save(vm);
    sk_value result = sk_set_new(vm, t);
    if (!result) return SK_NULL;
    SK_ROOT(vm, result);
    if (sk_is_anyset(vm, other)) {
        sk_value a = sv, b = other;
        if (S(b)->used > S(a)->used) {
            sk_value tmp = a;
            a = b;
            b = tmp;
        }
        /* iterate b (the smaller), test membership in a */
        for (size_t i = 0; i <= S(b)->mask; i++) {
            sk_set_entry e = S(b)->table[i];
            if (!e.key || e.key == DUMMY) continue;
            bool err;
            sk_set_entry *f = lookup(vm, S(a), e.key, e.hash, &err);
            if (err) return SK_NULL;
            if (f && add_entry(vm, result, e.key, e.hash) < 0) return SK_NULL;
        }
    } else {
        SK_ROOT_SCOPE(vm);
        sk_value it = sk_iter(vm, other);
        if (!it) return SK_NULL;
        SK_ROOT(vm, it);
        sk_value x = SK_NULL;
        SK_ROOT(vm, x);
        int r;
        while ((r = sk_next(vm, it, &x)) == 1) {
            int64_t h = key_hash(vm, x);
            if (h == -1 && vm->exc) return SK_NULL;
            bool err;
            sk_set_entry *f = lookup(vm, S(sv), x, h, &err);
            if (err) return SK_NULL;
            if (f && add_entry(vm, result, x, h) < 0) return SK_NULL;
        }
        if (r < 0) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return result;
}

static sk_value difference(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = base_type(vm, sv);
    size_t mark = sk_gc_roots_save(vm);
    if (!sk_is_anyset(vm, other) && !SK_IS(vm, other, DICT)) {
        SK_ROOT_SCOPE(vm);
        /* copy, then remove what other yields */
        sk_value result = copy_set(vm, t, sv);
        if (!result) return SK_NULL;
        SK_ROOT(vm, result);
        sk_value it = sk_iter(vm, other);
        if (!it) return SK_NULL;
        SK_ROOT(vm, it);
        sk_value x = SK_NULL;
        SK_ROOT(vm, x);
        int r;
        while ((r = sk_next(vm, it, &x)) == 1)
            if (discard(vm, result, x) < 0) return SK_NULL;
        sk_gc_roots_restore(vm, mark);
        return r < 0 ? SK_NULL : result;
    }
    size_t other_size = sk_is_anyset(vm, other) ? S(other)->used : sk_dict_len(other);
    if ((S(sv)->used >> 2) > other_size) {
        SK_ROOT_SCOPE(vm);
        sk_value result = copy_set(vm, t, sv);
        if (!result) return SK_NULL;
        SK_ROOT(vm, result);
        if (sk_is_anyset(vm, other)) {
            for (size_t i = 0; i <= S(other)->mask; i++) {
                sk_set_entry e = S(other)->table[i];
                if (!e.key || e.key == DUMMY) continue;
                bool err;
                sk_set_entry *f = lookup(vm, S(result), e.key, e.hash, &err);
                if (err) return SK_NULL;
                if (f) {
                    f->key = DUMMY;
                    f->hash = -1;
                    S(result)->used--;
                }
            }
        } else {
            size_t pos = 0;
            sk_value k;
            while (sk_dict_next(other, &pos, &k, NULL))
                if (discard(vm, result, k) < 0) return SK_NULL;
        }
        sk_gc_roots_restore(vm, mark);
        return result;
    }
    sk_value result = sk_set_new(vm, t);
    if (!result) return SK_NULL;
    SK_ROOT(vm, result);
    for (size_t i = 0; i <= S(sv)->mask; i++) {
        sk_set_entry e = S(sv)->table[i];
        if (!e.key || e.key == DUMMY) continue;
        int present;
        if (sk_is_anyset(vm, other)) {
            bool err;
            sk_set_entry *f = lookup(vm, S(other), e.key, e.hash, &err);
            if (err) return SK_NULL;
            present = f != NULL;
        } else {
            sk_value v = sk_dict_get_hashed(vm, other, e.key, e.hash);
            if (vm->exc) return SK_NULL;
            present = v != SK_NULL;
        }
        if (!present && add_entry(vm, result, e.key, e.hash) < 0) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return result;
}

static bool symmetric_difference_update(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, sv);
    sk_value o = other;
    if (!sk_is_anyset(vm, other)) {
        o = make_set(vm, SK_TYPE(vm, SET), other);
        if (!o) return false;
        SK_ROOT(vm, o);
    }
    if (o == sv) {
        for (size_t i = 0; i <= S(sv)->mask; i++) S(sv)->table[i].key = SK_NULL, S(sv)->table[i].hash = 0;
        S(sv)->used = S(sv)->fill = 0;
        return true;
    }
    for (size_t i = 0; i <= S(o)->mask; i++) {
        sk_set_entry e = S(o)->table[i];
        if (!e.key || e.key == DUMMY) continue;
        bool err;
        sk_set_entry *f = lookup(vm, S(sv), e.key, e.hash, &err);
        if (err) return false;
        if (f) {
            f->key = DUMMY;
            f->hash = -1;
            S(sv)->used--;
        } else if (add_entry(vm, sv, e.key, e.hash) < 0) {
            return false;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

static sk_value symmetric_difference(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    sk_value result = make_set(vm, base_type(vm, sv), other);
    if (!result) return SK_NULL;
    SK_ROOT(vm, result);
    if (!symmetric_difference_update(vm, result, sv)) return SK_NULL;
    return result;
}

static sk_value union_(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    sk_value result = copy_set(vm, base_type(vm, sv), sv);
    if (!result) return SK_NULL;
    SK_ROOT(vm, result);
    if (!sk_set_update(vm, result, other)) return SK_NULL;
    return result;
}

/* operators: both operands must be sets */
#define SETOP(name, fn)                                                                 \
    static sk_value name(sk_vm *vm, sk_value a, sk_value b) {                           \
        if (!sk_is_anyset(vm, a) || !sk_is_anyset(vm, b)) return SK_NOTIMPL;            \
        return fn(vm, a, b);                                                            \
    }
SETOP(set_or, union_)
SETOP(set_and, intersection)
SETOP(set_sub, difference)
SETOP(set_xor, symmetric_difference)
#undef SETOP

static sk_value set_ior(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_anyset(vm, b)) return SK_NOTIMPL;
    return sk_set_update(vm, a, b) ? a : SK_NULL;
}

/* replaces a's contents with those of b */
static void take_contents(sk_vm *vm, sk_value a, sk_value b) {
    sk_set *x = S(a), *y = S(b);
    sk_set_entry *t = x->table;
    size_t m = x->mask;
    x->table = y->table;
    x->mask = y->mask;
    x->fill = y->fill;
    x->used = y->used;
    y->table = t;
    y->mask = m;
    y->fill = y->used = 0;
    memset(t, 0, (m + 1) * sizeof(sk_set_entry));
}

static sk_value set_iand(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_anyset(vm, b)) return SK_NOTIMPL;
    sk_value r = intersection(vm, a, b);
    if (!r) return SK_NULL;
    take_contents(vm, a, r);
    return a;
}

static bool difference_update(sk_vm *vm, sk_value sv, sk_value other) {
    SK_ROOT_SCOPE(vm);
    if (sv == other) {
        for (size_t i = 0; i <= S(sv)->mask; i++) S(sv)->table[i].key = SK_NULL, S(sv)->table[i].hash = 0;
        S(sv)->used = S(sv)->fill = 0;
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, sv);
    if (sk_is_anyset(vm, other)) {
        for (size_t i = 0; i <= S(other)->mask; i++) {
            sk_set_entry e = S(other)->table[i];
            if (!e.key || e.key == DUMMY) continue;
            bool err;
            sk_set_entry *f = lookup(vm, S(sv), e.key, e.hash, &err);
            if (err) return false;
            if (f) {
                f->key = DUMMY;
                f->hash = -1;
                S(sv)->used--;
            }
        }
    } else {
        SK_ROOT_SCOPE(vm);
        sk_value it = sk_iter(vm, other);
        if (!it) return false;
        SK_ROOT(vm, it);
        sk_value x = SK_NULL;
        SK_ROOT(vm, x);
        int r;
        while ((r = sk_next(vm, it, &x)) == 1)
            if (discard(vm, sv, x) < 0) return false;
        if (r < 0) return false;
    }
    /* many dummies: compact (CPython resizes when fill*5 >= mask*3) */
    if ((S(sv)->fill - S(sv)->used) * 5 >= S(sv)->mask * 3 && !resize(vm, S(sv), S(sv)->used)) return false;
    sk_gc_roots_restore(vm, mark);
    return true;
}

static sk_value set_isub(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_anyset(vm, b)) return SK_NOTIMPL;
    return difference_update(vm, a, b) ? a : SK_NULL;
}

static sk_value set_ixor(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_anyset(vm, b)) return SK_NOTIMPL;
    return symmetric_difference_update(vm, a, b) ? a : SK_NULL;
}

/* ---- methods -------------------------------------------------------------------------------- */

static sk_value m_add(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return sk_set_add(vm, a[0], a[1]) ? SK_NONE : SK_NULL;
}
static sk_value m_discard(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return discard(vm, a[0], a[1]) < 0 ? SK_NULL : SK_NONE;
}
static sk_value m_remove(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    int r = discard(vm, a[0], a[1]);
    if (r < 0) return SK_NULL;
    if (r == 0) return sk_exc_key_error(vm, a[1]);
    return SK_NONE;
}
static sk_value m_pop(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    sk_set *s = S(a[0]);
    if (s->used == 0) return sk_exc_msg(vm, SK_EXC_KEY, "pop from an empty set");
    sk_set_entry *e = s->table + (s->finger & s->mask);
    sk_set_entry *limit = s->table + s->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit) e = s->table;
    }
    sk_value key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return key;
}
static sk_value m_clear(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    sk_set *s = S(a[0]);
    sk_mem_free(vm, s->table, (s->mask + 1) * sizeof(sk_set_entry));
    s->table = NULL;
    s->used = s->fill = 0;
    if (!init_table(vm, s)) return SK_NULL;
    return SK_NONE;
}
static sk_value m_copy(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    if (sk_typeof(vm, a[0]) == SK_TYPE(vm, FROZENSET)) return a[0];
    return copy_set(vm, base_type(vm, a[0]), a[0]);
}

/* methods taking any number of iterables */
static sk_value m_union(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_value r = copy_set(vm, base_type(vm, a[0]), a[0]);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    for (size_t i = 1; i < n; i++)
        if (!sk_set_update(vm, r, a[i])) return SK_NULL;
    return r;
}
static sk_value m_update(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    for (size_t i = 1; i < n; i++)
        if (!sk_set_update(vm, a[0], a[i])) return SK_NULL;
    return SK_NONE;
}
static sk_value m_intersection(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    if (n == 1) return copy_set(vm, base_type(vm, a[0]), a[0]);
    sk_value r = a[0];
    SK_ROOT(vm, r);
    for (size_t i = 1; i < n; i++) {
        r = intersection(vm, r, a[i]);
        if (!r) return SK_NULL;
    }
    return r;
}
static sk_value m_intersection_update(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_value r = m_intersection(vm, a, n, k);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    if (r != a[0]) take_contents(vm, a[0], r);
    return SK_NONE;
}
static sk_value m_difference(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    if (n == 1) return copy_set(vm, base_type(vm, a[0]), a[0]);
    sk_value r = difference(vm, a[0], a[1]);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    for (size_t i = 2; i < n; i++)
        if (!difference_update(vm, r, a[i])) return SK_NULL;
    return r;
}
static sk_value m_difference_update(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    for (size_t i = 1; i < n; i++)
        if (!difference_update(vm, a[0], a[i])) return SK_NULL;
    return SK_NONE;
}
static sk_value m_symmetric_difference(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return symmetric_difference(vm, a[0], a[1]);
}
static sk_value m_symmetric_difference_update(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return symmetric_difference_update(vm, a[0], a[1]) ? SK_NONE : SK_NULL;
}
static sk_value as_set(sk_vm *vm, sk_value v) {
    if (sk_is_anyset(vm, v)) return v;
    return make_set(vm, SK_TYPE(vm, SET), v);
}
static sk_value m_issubset(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_value o = as_set(vm, a[1]);
    if (!o) return SK_NULL;
    SK_ROOT(vm, o);
    int r;
    if (!is_subset(vm, a[0], o, &r)) return SK_NULL;
    return sk_from_bool(r);
}
static sk_value m_issuperset(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_value o = as_set(vm, a[1]);
    if (!o) return SK_NULL;
    SK_ROOT(vm, o);
    int r;
    if (!is_subset(vm, o, a[0], &r)) return SK_NULL;
    return sk_from_bool(r);
}
static sk_value m_isdisjoint(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_value o = as_set(vm, a[1]);
    if (!o) return SK_NULL;
    SK_ROOT(vm, o);
    size_t pos = 0;
    sk_value key;
    while (sk_set_next(a[0], &pos, &key)) {
        int r = sk_set_contains(vm, o, key);
        if (r < 0) return SK_NULL;
        if (r) return SK_FALSE;
    }
    return SK_TRUE;
}
static sk_value m_contains(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    int r = sk_set_contains(vm, a[0], a[1]);
    return r < 0 ? SK_NULL : sk_from_bool(r);
}

static const sk_method_def set_methods[] = {
    {"add", m_add, 2, 2, 0, NULL},
    {"discard", m_discard, 2, 2, 0, NULL},
    {"remove", m_remove, 2, 2, 0, NULL},
    {"pop", m_pop, 1, 1, 0, NULL},
    {"clear", m_clear, 1, 1, 0, NULL},
    {"copy", m_copy, 1, 1, 0, NULL},
    {"union", m_union, 1, -1, 0, NULL},
    {"update", m_update, 1, -1, 0, NULL},
    {"intersection", m_intersection, 1, -1, 0, NULL},
    {"intersection_update", m_intersection_update, 1, -1, 0, NULL},
    {"difference", m_difference, 1, -1, 0, NULL},
    {"difference_update", m_difference_update, 1, -1, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 2, 2, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, 2, 2, 0, NULL},
    {"issubset", m_issubset, 2, 2, 0, NULL},
    {"issuperset", m_issuperset, 2, 2, 0, NULL},
    {"isdisjoint", m_isdisjoint, 2, 2, 0, NULL},
    {"__contains__", m_contains, 2, 2, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static const sk_method_def frozenset_methods[] = {
    {"copy", m_copy, 1, 1, 0, NULL},
    {"union", m_union, 1, -1, 0, NULL},
    {"intersection", m_intersection, 1, -1, 0, NULL},
    {"difference", m_difference, 1, -1, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 2, 2, 0, NULL},
    {"issubset", m_issubset, 2, 2, 0, NULL},
    {"issuperset", m_issuperset, 2, 2, 0, NULL},
    {"isdisjoint", m_isdisjoint, 2, 2, 0, NULL},
    {"__contains__", m_contains, 2, 2, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* ---- construction and iteration ---------------------------------------------------------- */

static sk_value set_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_set_new(vm, sk_as_type(cls));
}

static int set_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", sk_type_name_of(vm, self));
        return -1;
    }
    if (nargs > 1) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (S(self)->used) {
        sk_value a[1] = {self};
        if (!m_clear(vm, a, 1, SK_NULL)) return -1;
    }
    if (nargs && !sk_set_update(vm, self, args[0])) return -1;
    return 0;
}

static sk_value frozenset_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "frozenset() takes no keyword arguments");
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "frozenset expected at most 1 argument, got %zu", nargs);
    sk_type *t = sk_as_type(cls);
    if (nargs && t == SK_TYPE(vm, FROZENSET) && SK_IS(vm, args[0], FROZENSET)) return args[0];
    return make_set(vm, t, nargs ? args[0] : SK_NULL);
}

typedef struct set_iter {
    sk_obj hdr;
    sk_value set;      /* SK_NULL when exhausted */
    size_t pos;
    size_t used_at_start;
    size_t remaining;
} set_iter;

static void set_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((set_iter *)o)->set); }

static sk_value set_iter_new(sk_vm *vm, sk_value s) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, s);
    set_iter *it = (set_iter *)sk_gc_new(vm, SK_TYPE(vm, SET_ITER), sizeof(set_iter));
    if (!it) return SK_NULL;
    it->set = s;
    it->used_at_start = S(s)->used;
    it->remaining = S(s)->used;
    return sk_from_obj(it);
}

static int set_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    set_iter *it = (set_iter *)sk_as_obj(self);
    if (!it->set) return 0;
    if (S(it->set)->used != it->used_at_start) {
        it->set = SK_NULL;
        sk_exc_msg(vm, SK_EXC_RUNTIME, "Set changed size during iteration");
        return -1;
    }
    if (sk_set_next(it->set, &it->pos, out)) {
        it->remaining--;
        return 1;
    }
    it->set = SK_NULL;
    return 0;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }
static sk_value set_iter_hint(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    set_iter *it = (set_iter *)sk_as_obj(a[0]);
    return sk_from_int(it->set ? (int64_t)it->remaining : 0);
}
static const sk_method_def set_iter_methods[] = {
    {"__length_hint__", set_iter_hint, 1, 1, 0, NULL},
    {NULL},
};

void sk_set_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_SET, SK_TYPE(vm, OBJECT), sizeof(sk_set), SK_TF_BASETYPE);
    t->trace = set_trace;
    t->finalize = set_finalize;
    t->tp_new = set_new_py;
    t->tp_init = set_init;
    t->repr = set_repr;
    t->hash = sk_unhashable;
    t->richcmp = set_richcmp;
    t->len = set_len;
    t->contains = set_contains;
    t->iter = set_iter_new;
    t->nb[SK_NB_OR] = set_or;
    t->nb[SK_NB_AND] = set_and;
    t->nb[SK_NB_SUB] = set_sub;
    t->nb[SK_NB_XOR] = set_xor;
    t->nb_inplace[SK_NB_OR] = set_ior;
    t->nb_inplace[SK_NB_AND] = set_iand;
    t->nb_inplace[SK_NB_SUB] = set_isub;
    t->nb_inplace[SK_NB_XOR] = set_ixor;
    (void)sk_type_add_methods(vm, t, set_methods);

    sk_type *f = sk_type_init_builtin(vm, SK_T_FROZENSET, SK_TYPE(vm, OBJECT), sizeof(sk_set), SK_TF_BASETYPE);
    f->trace = set_trace;
    f->finalize = set_finalize;
    f->tp_new = frozenset_new_py;
    f->repr = set_repr;
    f->hash = frozenset_hash;
    f->richcmp = set_richcmp;
    f->len = set_len;
    f->contains = set_contains;
    f->iter = set_iter_new;
    f->nb[SK_NB_OR] = set_or;
    f->nb[SK_NB_AND] = set_and;
    f->nb[SK_NB_SUB] = set_sub;
    f->nb[SK_NB_XOR] = set_xor;
    (void)sk_type_add_methods(vm, f, frozenset_methods);

    sk_type *it = sk_type_init_builtin(vm, SK_T_SET_ITER, SK_TYPE(vm, OBJECT), sizeof(set_iter), 0);
    it->trace = set_iter_trace;
    it->iter = iter_self;
    it->next = set_iter_next;
    (void)sk_type_add_methods(vm, it, set_iter_methods);
}
