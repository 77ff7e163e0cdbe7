/* _collections.c — the storage of collections.deque: a ring buffer of
 * values with the end operations (append, appendleft, pop, popleft),
 * remove, clear, len and indexed access in C. asyncio's queues, locks and
 * events keep their waiters in deques, so these run on every task switch
 * that goes through them. The rest of deque's interface (iteration,
 * comparisons, repr, rotate...) is written in Python on top of these, in
 * stdlib/collections/__init__.py, whose deque subclasses this type.
 */
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

typedef struct deque_obj {
    sk_obj hdr;
    sk_value *buf;             /* raw memory, cap slots; cap is 0 or a power of two */
    size_t cap, head, size;
    int64_t maxlen;            /* -1: unbounded */
    uint64_t state;            /* bumped by every mutation: iteration checks it */
} deque_obj;

#define DQ(v) ((deque_obj *)sk_as_obj(v))

static inline sk_value *at(deque_obj *d, size_t i) { return &d->buf[(d->head + i) & (d->cap - 1)]; }

static void deque_trace(sk_vm *vm, sk_obj *o) {
    deque_obj *d = (deque_obj *)o;
    for (size_t i = 0; i < d->size; i++) sk_gc_mark(vm, *at(d, i));
}

static void deque_finalize(sk_vm *vm, sk_obj *o) {
    deque_obj *d = (deque_obj *)o;
    if (d->buf) sk_mem_free(vm, d->buf, d->cap * sizeof(sk_value));
    d->buf = NULL;
    d->cap = d->size = d->head = 0;
}

static sk_value deque_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value self = sk_type_alloc_instance(vm, sk_as_type(cls));
    if (!self) return SK_NULL;
    DQ(self)->maxlen = -1;
    return self;
}

/* Room for one more item; false with MemoryError. */
static bool reserve(sk_vm *vm, deque_obj *d) {
    if (d->size < d->cap) return true;
    size_t cap = d->cap ? d->cap * 2 : 8;
    sk_value *n = sk_mem_alloc(vm, cap * sizeof(sk_value));
    if (!n) return false;
    for (size_t i = 0; i < d->size; i++) n[i] = *at(d, i);
    if (d->buf) sk_mem_free(vm, d->buf, d->cap * sizeof(sk_value));
    d->buf = n;
    d->cap = cap;
    d->head = 0;
    return true;
}

static sk_value pop_left(deque_obj *d) {
    sk_value x = d->buf[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    return x;
}

static sk_value pop_right(deque_obj *d) {
    d->size--;
    d->state++;
    return *at(d, d->size);
}

static bool push_right(sk_vm *vm, sk_value self, sk_value x) {
    deque_obj *d = DQ(self);
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && (int64_t)d->size == d->maxlen) (void)pop_left(d);
    if (d->size == d->cap && !reserve(vm, d)) return false; /* raw memory: no collection */
    *at(d, d->size) = x;
    d->size++;
    d->state++;
    return true;
}

static bool push_left(sk_vm *vm, sk_value self, sk_value x) {
    deque_obj *d = DQ(self);
    if (d->maxlen == 0) return true;
    if (d->maxlen > 0 && (int64_t)d->size == d->maxlen) (void)pop_right(d);
    if (d->size == d->cap && !reserve(vm, d)) return false; /* raw memory: no collection */
    d->head = (d->head - 1) & (d->cap - 1);
    d->buf[d->head] = x;
    d->size++;
    d->state++;
    return true;
}

NATIVE(dq_append) { return push_right(vm, args[0], args[1]) ? SK_NONE : SK_NULL; }
NATIVE(dq_appendleft) { return push_left(vm, args[0], args[1]) ? SK_NONE : SK_NULL; }

NATIVE(dq_pop) {
    deque_obj *d = DQ(args[0]);
    if (!d->size) return sk_exc_msg(vm, SK_EXC_INDEX, "pop from an empty deque");
    return pop_right(d);
}

NATIVE(dq_popleft) {
    deque_obj *d = DQ(args[0]);
    if (!d->size) return sk_exc_msg(vm, SK_EXC_INDEX, "pop from an empty deque");
    return pop_left(d);
}

static void clear_items(sk_vm *vm, deque_obj *d) {
    if (d->buf) sk_mem_free(vm, d->buf, d->cap * sizeof(sk_value));
    d->buf = NULL;
    d->cap = d->size = d->head = 0;
    d->state++;
}

NATIVE(dq_clear) {
    clear_items(vm, DQ(args[0]));
    return SK_NONE;
}

/* Removes the item at logical index i, moving whichever side is shorter. */
static void delete_at(deque_obj *d, size_t i) {
    if (i < d->size / 2) {
        for (size_t k = i; k > 0; k--) *at(d, k) = *at(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (size_t k = i; k + 1 < d->size; k++) *at(d, k) = *at(d, k + 1);
    }
    d->size--;
    d->state++;
}

/* remove(value): the first item equal to value (compared as item == value);
 * a comparison that mutates the deque is an IndexError, as in CPython. */
NATIVE(dq_remove) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], value = args[1];
    SK_ROOT(vm, self);
    SK_ROOT(vm, value);
    size_t n = DQ(self)->size;
    uint64_t state = DQ(self)->state;
    for (size_t i = 0; i < n; i++) {
        deque_obj *d = DQ(self);
        sk_value item = *at(d, i);
        int eq = item == value ? 1 : sk_richcmp_bool(vm, item, value, SK_EQ);
        if (eq < 0) return SK_NULL;
        d = DQ(self);
        if (d->state != state || d->size != n)
            return sk_exc_msg(vm, SK_EXC_INDEX, "deque mutated during iteration");
        if (eq) {
            delete_at(d, i);
            return SK_NONE;
        }
    }
    return sk_exc_fmt(vm, SK_EXC_VALUE, "%R is not in deque", value);
}

/* _get(i) and _set(i, v) for 0 <= i < len (the Python layer normalises
 * and checks indexes and gives the messages). */
static bool index_arg(sk_vm *vm, sk_value self, sk_value v, size_t *out) {
    int64_t i;
    if (!sk_index_i64(vm, v, &i, NULL)) return false;
    if (i < 0 || (uint64_t)i >= DQ(self)->size) {
        sk_exc_msg(vm, SK_EXC_INDEX, "deque index out of range");
        return false;
    }
    *out = (size_t)i;
    return true;
}

NATIVE(dq_get) {
    size_t i;
    if (!index_arg(vm, args[0], args[1], &i)) return SK_NULL;
    return *at(DQ(args[0]), i);
}

NATIVE(dq_set) {
    size_t i;
    if (!index_arg(vm, args[0], args[1], &i)) return SK_NULL;
    *at(DQ(args[0]), i) = args[2];
    return SK_NONE;
}

NATIVE(dq_del) {
    size_t i;
    if (!index_arg(vm, args[0], args[1], &i)) return SK_NULL;
    delete_at(DQ(args[0]), i);
    return SK_NONE;
}

/* _items(): the items as a new list, left to right. */
NATIVE(dq_items) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    SK_ROOT(vm, self);
    sk_value l = sk_list_new(vm, DQ(self)->size);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    for (size_t i = 0; i < DQ(self)->size; i++)
        if (!sk_list_append(vm, l, *at(DQ(self), i))) return SK_NULL;
    return l;
}

/* _store(list): the deque's items become the list's (maxlen is not
 * applied: callers pass what fits). */
NATIVE(dq_store) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], items = args[1];
    if (!SK_IS(vm, items, LIST)) return sk_exc_fmt(vm, SK_EXC_TYPE, "_store() needs a list, not %T", items);
    SK_ROOT(vm, self);
    SK_ROOT(vm, items);
    size_t n = sk_list_len(items), cap = 8;
    while (cap < n) cap *= 2;
    sk_value *buf = sk_mem_alloc(vm, cap * sizeof(sk_value));
    if (!buf) return SK_NULL;
    n = sk_list_len(items);
    if (n > cap) n = cap;
    memcpy(buf, sk_list_items(items), n * sizeof(sk_value));
    deque_obj *d = DQ(self);
    if (d->buf) sk_mem_free(vm, d->buf, d->cap * sizeof(sk_value));
    d->buf = buf;
    d->cap = cap;
    d->head = 0;
    d->size = n;
    d->state++;
    return SK_NONE;
}

static int64_t dq_len(sk_vm *vm, sk_value self) { return (int64_t)DQ(self)->size; }

static sk_value g_maxlen(sk_vm *vm, sk_value self) {
    return DQ(self)->maxlen < 0 ? SK_NONE : sk_int_from_i64(vm, DQ(self)->maxlen);
}
static int s_maxlen(sk_vm *vm, sk_value self, sk_value v) {
    int64_t n = -1;
    if (v && v != SK_NONE) {
        if (!sk_index_i64(vm, v, &n, NULL)) return -1;
        if (n < 0) {
            sk_exc_msg(vm, SK_EXC_VALUE, "maxlen must be non-negative");
            return -1;
        }
    }
    DQ(self)->maxlen = n;
    return 0;
}
static sk_value g_state(sk_vm *vm, sk_value self) { return sk_int_from_i64(vm, (int64_t)(DQ(self)->state & INT64_MAX)); }

static const sk_method_def deque_methods[] = {
    {"append", dq_append, 2, 2, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 2, 2, 0, "Add an element to the left side of the deque."},
    {"pop", dq_pop, 1, 1, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 1, 1, 0, "Remove and return the leftmost element."},
    {"clear", dq_clear, 1, 1, 0, "Remove all elements from the deque."},
    {"remove", dq_remove, 2, 2, 0, "Remove first occurrence of value."},
    {"_get", dq_get, 2, 2, 0, NULL},
    {"_set", dq_set, 3, 3, 0, NULL},
    {"_del", dq_del, 2, 2, 0, NULL},
    {"_items", dq_items, 1, 1, 0, NULL},
    {"_store", dq_store, 2, 2, 0, NULL},
    {NULL},
};

static const sk_getset_def deque_getsets[] = {
    {"_maxlen", g_maxlen, s_maxlen, NULL},
    {"_state", g_state, NULL, NULL},
    {NULL},
};

bool sk_collections_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, module);
    sk_value tv = SK_NULL;
    sk_value existing = sk_native_state_get(vm, "_collections.deque");
    sk_type *t;
    if (existing) {
        t = sk_as_type(existing);
    } else {
        t = sk_type_new_builtin(vm, "_deque", "_collections", SK_TYPE(vm, OBJECT), sizeof(deque_obj),
                                SK_TF_BASETYPE);
        if (!t) return false;
        /* nothing else holds the new type until the module state does */
        tv = sk_from_obj(t);
        SK_ROOT(vm, tv);
        t->trace = deque_trace;
        t->finalize = deque_finalize;
        t->tp_new = deque_tp_new;
        t->len = dq_len;
        if (!sk_type_add_methods(vm, t, deque_methods) || !sk_type_add_getsets(vm, t, deque_getsets) ||
            !sk_type_ready(vm, t) || !sk_native_state_set(vm, "_collections.deque", sk_from_obj(t)))
            return false;
    }
    return sk_module_add(vm, module, "_deque", sk_from_obj(t));
}
