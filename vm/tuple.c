/* tuple.c — the tuple object and its iterator. */
#include "tuple.h"

#include <string.h>

#include "exc.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "type.h"

/* type->size covers the fixed part and, for subclasses, the __dict__ slot
 * that follows the items (a negative dict_offset). */
static size_t tuple_size_of(const sk_obj *o) {
    return o->type->size + ((const sk_tuple *)o)->len * sizeof(sk_value);
}

static void tuple_trace(sk_vm *vm, sk_obj *o) {
    sk_tuple *t = (sk_tuple *)o;
    sk_gc_mark_array(vm, t->items, t->len);
}

static sk_value tuple_alloc(sk_vm *vm, sk_type *type, size_t n) {
    if (n > (SIZE_MAX - sizeof(sk_tuple)) / sizeof(sk_value)) return sk_exc_no_memory(vm);
    sk_tuple *t = (sk_tuple *)sk_gc_new(vm, type, type->size + n * sizeof(sk_value));
    if (!t) return SK_NULL;
    t->len = n;
    t->hash = -1;
    return sk_from_obj(t);
}

sk_value sk_tuple_new_typed(sk_vm *vm, sk_type *type, size_t n) { return tuple_alloc(vm, type, n); }

sk_value sk_tuple_new(sk_vm *vm, size_t n) {
    if (n == 0 && vm->empty_tuple) return vm->empty_tuple;
    return tuple_alloc(vm, SK_TYPE(vm, TUPLE), n);
}

sk_value sk_tuple_from(sk_vm *vm, const sk_value *items, size_t n) {
    sk_value t = sk_tuple_new(vm, n);
    if (t && n) memcpy(sk_tuple_items(t), items, n * sizeof(sk_value));
    return t;
}

sk_value sk_tuple_pack2(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, a);
    SK_ROOT(vm, b);
    sk_value t = sk_tuple_new(vm, 2);
    sk_gc_roots_restore(vm, mark);
    if (!t) return SK_NULL;
    sk_tuple_items(t)[0] = a;
    sk_tuple_items(t)[1] = b;
    return t;
}

sk_value sk_tuple_from_iterable(sk_vm *vm, sk_value iterable) {
    SK_ROOT_SCOPE(vm);
    if (SK_IS(vm, iterable, TUPLE)) return iterable;
    if (SK_IS(vm, iterable, LIST))
        return sk_tuple_from(vm, sk_list_items(iterable), sk_list_len(iterable));
    sk_value l = sk_list_from_iterable(vm, iterable);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    return sk_tuple_from(vm, sk_list_items(l), sk_list_len(l));
}

/* ---- protocol ---------------------------------------------------------- */

static sk_value tuple_repr(sk_vm *vm, sk_value self) {
    size_t n = sk_tuple_len(self);
    if (n == 0) return sk_str_from_cstr(vm, "()");
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) return SK_NULL;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) sk_buf_puts(&b, ", ");
        if (!sk_buf_fmt(vm, &b, "%R", sk_tuple_get(self, i))) {
            sk_buf_free(&b);
            sk_leave_recursion(vm);
            return SK_NULL;
        }
    }
    if (n == 1) sk_buf_putc(&b, ',');
    sk_buf_putc(&b, ')');
    sk_leave_recursion(vm);
    return sk_str_from_buf(vm, &b);
}

/* CPython's tuple hash (an xxHash variant), so hashes — and therefore the
 * order of sets of tuples — agree. */
static int64_t tuple_hash(sk_vm *vm, sk_value self) {
    sk_tuple *t = sk_tuple_ptr(self);
    if (t->hash != -1) return t->hash;
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t lane = sk_hash(vm, t->items[i]);
        if (lane == -1 && vm->exc) return -1;
        acc += (uint64_t)lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)t->len ^ (P5 ^ 3527539ULL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = h;
    return h;
}

static int64_t tuple_len(sk_vm *vm, sk_value self) { return (int64_t)sk_tuple_len(self); }

static sk_value tuple_getitem(sk_vm *vm, sk_value self, sk_value key) {
    int64_t n = (int64_t)sk_tuple_len(self);
    if (SK_IS(vm, key, SLICE)) {
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, n, &start, &stop, &step, &count)) return SK_NULL;
        if (step == 1 && count == n && SK_IS(vm, self, TUPLE)) return self;
        sk_value r = sk_tuple_new(vm, (size_t)count);
        if (!r) return SK_NULL;
        for (int64_t i = 0, j = start; i < count; i++, j += step)
            sk_tuple_items(r)[i] = sk_tuple_get(self, (size_t)j);
        return r;
    }
    int64_t i;
    if (!sk_seq_index(vm, key, n, &i, "tuple", "tuple index out of range")) return SK_NULL;
    return sk_tuple_get(self, (size_t)i);
}

static int tuple_contains(sk_vm *vm, sk_value self, sk_value x) {
    for (size_t i = 0; i < sk_tuple_len(self); i++) {
        int r = sk_richcmp_bool(vm, sk_tuple_get(self, i), x, SK_EQ);
        if (r) return r;
    }
    return 0;
}

/* Lexicographic comparison shared with list: compares items[0..na) with
 * items[0..nb). The arrays are re-read after each comparison (a list may
 * change under us), so they are passed as the containers. */
sk_value sk_seq_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op, bool is_list);

sk_value sk_seq_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op, bool is_list) {
    SK_ROOT_SCOPE(vm);
#define LEN(v) (is_list ? sk_list_len(v) : sk_tuple_len(v))
#define ITEM(v, i) (is_list ? sk_list_items(v)[i] : sk_tuple_get(v, i))
    if (LEN(a) != LEN(b) && (op == SK_EQ || op == SK_NE)) return sk_from_bool(op == SK_NE);
    size_t i = 0;
    for (; i < LEN(a) && i < LEN(b); i++) {
        SK_ROOT_SCOPE(vm);
        sk_value x = ITEM(a, i), y = ITEM(b, i);
        if (x == y) continue;
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, x);
        SK_ROOT(vm, y);
        int eq = sk_richcmp_bool(vm, x, y, SK_EQ);
        sk_gc_roots_restore(vm, mark);
        if (eq < 0) return SK_NULL;
        if (!eq) break;
    }
    size_t na = LEN(a), nb = LEN(b);
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case SK_LT: r = na < nb; break;
        case SK_LE: r = na <= nb; break;
        case SK_EQ: r = na == nb; break;
        case SK_NE: r = na != nb; break;
        case SK_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return sk_from_bool(r);
    }
    if (op == SK_EQ) return SK_FALSE;
    if (op == SK_NE) return SK_TRUE;
    return sk_richcmp(vm, ITEM(a, i), ITEM(b, i), op);
#undef LEN
#undef ITEM
}

static sk_value tuple_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_tuple(vm, a) || !sk_is_tuple(vm, b)) return SK_NOTIMPL;
    return sk_seq_richcmp(vm, a, b, op, false);
}

static sk_value tuple_add(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_tuple(vm, a) || !sk_is_tuple(vm, b)) {
        if (sk_is_tuple(vm, a))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "can only concatenate tuple (not \"%T\") to tuple", b);
        return SK_NOTIMPL;
    }
    size_t na = sk_tuple_len(a), nb = sk_tuple_len(b);
    if (nb == 0 && SK_IS(vm, a, TUPLE)) return a;
    if (na == 0 && SK_IS(vm, b, TUPLE)) return b;
    sk_value r = sk_tuple_new(vm, na + nb);
    if (!r) return SK_NULL;
    memcpy(sk_tuple_items(r), sk_tuple_items(a), na * sizeof(sk_value));
    memcpy(sk_tuple_items(r) + na, sk_tuple_items(b), nb * sizeof(sk_value));
    return r;
}

static sk_value tuple_mul(sk_vm *vm, sk_value a, sk_value b) {
    sk_value seq = a, count = b;
    if (!sk_is_tuple(vm, seq)) { seq = b; count = a; }
    if (!sk_is_int(count) && !(sk_is_ptr(count) && sk_typeof(vm, count)->index)) return SK_NOTIMPL;
    int64_t n;
    if (!sk_index_i64(vm, count, &n, "cannot fit 'int' into an index-sized integer")) return SK_NULL;
    if (n < 0) n = 0;
    size_t len = sk_tuple_len(seq);
    if (n == 1 && SK_IS(vm, seq, TUPLE)) return seq;
    if (len && (uint64_t)n > SIZE_MAX / sizeof(sk_value) / len) return sk_exc_no_memory(vm);
    sk_value r = sk_tuple_new(vm, len * (size_t)n);
    if (!r) return SK_NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(sk_tuple_items(r) + (size_t)i * len, sk_tuple_items(seq), len * sizeof(sk_value));
    return r;
}

static sk_value tuple_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (kwnames && sk_tuple_len(kwnames))
        return sk_exc_msg(vm, SK_EXC_TYPE, "tuple() takes no keyword arguments");
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "tuple expected at most 1 argument, got %zu", nargs);
    sk_value t = nargs ? sk_tuple_from_iterable(vm, args[0]) : vm->empty_tuple;
    if (!t || sk_as_type(cls) == SK_TYPE(vm, TUPLE)) return t;
    SK_ROOT(vm, t);
    sk_value r = tuple_alloc(vm, sk_as_type(cls), sk_tuple_len(t));
    if (r) memcpy(sk_tuple_items(r), sk_tuple_items(t), sk_tuple_len(t) * sizeof(sk_value));
    return r;
}

/* ---- methods ----------------------------------------------------------- */

static sk_value m_count(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t n = 0;
    for (size_t i = 0; i < sk_tuple_len(args[0]); i++) {
        int r = sk_richcmp_bool(vm, sk_tuple_get(args[0], i), args[1], SK_EQ);
        if (r < 0) return SK_NULL;
        n += r;
    }
    return sk_from_int(n);
}

static sk_value m_index(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t len = (int64_t)sk_tuple_len(args[0]), start = 0, stop = len;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &start, NULL)) return SK_NULL;
    if (nargs > 3 && !sk_index_i64(vm, args[3], &stop, NULL)) return SK_NULL;
    if (start < 0) { start += len; if (start < 0) start = 0; }
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop && i < len; i++) {
        int r = sk_richcmp_bool(vm, sk_tuple_get(args[0], (size_t)i), args[1], SK_EQ);
        if (r < 0) return SK_NULL;
        if (r) return sk_from_int(i);
    }
    return sk_exc_msg(vm, SK_EXC_VALUE, "tuple.index(x): x not in tuple");
}

static sk_value m_getnewargs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value t = sk_tuple_from(vm, sk_tuple_items(args[0]), sk_tuple_len(args[0]));
    if (!t) return SK_NULL;
    return sk_tuple_from(vm, &t, 1);
}

static const sk_method_def tuple_methods[] = {
    {"count", m_count, 2, 2, 0, "Return number of occurrences of value."},
    {"index", m_index, 2, 4, 0, "Return first index of value."},
    {"__getnewargs__", m_getnewargs, 1, 1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* ---- iterator ---------------------------------------------------------- */

typedef struct tuple_iter_obj {
    sk_obj hdr;
    sk_value tuple;    /* SK_NULL when exhausted */
    size_t index;
} tuple_iter_obj;

static void tuple_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((tuple_iter_obj *)o)->tuple); }

static sk_value tuple_iter(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    tuple_iter_obj *it = (tuple_iter_obj *)sk_gc_new(vm, SK_TYPE(vm, TUPLE_ITER), sizeof(tuple_iter_obj));
    if (!it) return SK_NULL;
    it->tuple = self;
    return sk_from_obj(it);
}

static int tuple_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    tuple_iter_obj *it = (tuple_iter_obj *)sk_as_obj(self);
    if (!it->tuple) return 0;
    if (it->index < sk_tuple_len(it->tuple)) {
        *out = sk_tuple_get(it->tuple, it->index++);
        return 1;
    }
    it->tuple = SK_NULL;
    return 0;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value tuple_iter_length_hint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    tuple_iter_obj *it = (tuple_iter_obj *)sk_as_obj(args[0]);
    return sk_from_int(it->tuple ? (int64_t)(sk_tuple_len(it->tuple) - it->index) : 0);
}

static const sk_method_def tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, 1, 1, 0, NULL},
    {NULL},
};

void sk_tuple_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_TUPLE, SK_TYPE(vm, OBJECT), sizeof(sk_tuple),
                                      SK_TF_BASETYPE | SK_TF_TUPLE_SUB);
    t->size_of = tuple_size_of;
    t->trace = tuple_trace;
    t->tp_new = tuple_new;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcmp = tuple_richcmp;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->iter = tuple_iter;
    t->nb[SK_NB_ADD] = tuple_add;
    t->nb[SK_NB_MUL] = tuple_mul;
    (void)sk_type_add_methods(vm, t, tuple_methods);

    sk_type *it = sk_type_init_builtin(vm, SK_T_TUPLE_ITER, SK_TYPE(vm, OBJECT), sizeof(tuple_iter_obj), 0);
    it->trace = tuple_iter_trace;
    it->iter = iter_self;
    it->next = tuple_iter_next;
    (void)sk_type_add_methods(vm, it, tuple_iter_methods);
}
