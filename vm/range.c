/* range.c — range objects and their iterators. Arithmetic on the bounds
 * goes through the int protocol so huge ranges work; ranges whose values
 * all fit in small ints get the allocation-free iterator FORITER reads
 * directly (range.h).
 */
#include "range.h"

#include "exc.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define R(v) ((sk_range *)sk_as_obj(v))

static void range_trace(sk_vm *vm, sk_obj *o) {
    sk_range *r = (sk_range *)o;
    sk_gc_mark(vm, r->start);
    sk_gc_mark(vm, r->stop);
    sk_gc_mark(vm, r->step);
    sk_gc_mark(vm, r->length);
}

/* len(range(start, stop, step)) with ints of any size */
static sk_value compute_length(sk_vm *vm, sk_value start, sk_value stop, sk_value step) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_int(start) && sk_is_int(stop) && sk_is_int(step)) {
        int64_t a = sk_as_int(start), b = sk_as_int(stop), s = sk_as_int(step);
        int64_t n;
        if (s > 0) n = a < b ? (b - a - 1) / s + 1 : 0;
        else n = a > b ? (a - b - 1) / (-s) + 1 : 0;
        return sk_from_int(n);
    }
    size_t mark = sk_gc_roots_save(vm);
    bool pos = sk_int_sign(step) > 0;
    sk_value lo = pos ? start : stop, hi = pos ? stop : start;
    if (sk_int_cmp(vm, lo, hi) >= 0) return sk_from_int(0);
    sk_value diff = sk_int_binop(vm, SK_NB_SUB, hi, lo);
    if (!diff) return SK_NULL;
    SK_ROOT(vm, diff);
    diff = sk_int_binop(vm, SK_NB_SUB, diff, sk_from_int(1));
    if (!diff) return SK_NULL;
    sk_value s = pos ? step : sk_int_binop(vm, SK_NB_SUB, sk_from_int(0), step);
    if (!s) return SK_NULL;
    SK_ROOT(vm, s);
    sk_value q = sk_int_binop(vm, SK_NB_FLOORDIV, diff, s);
    if (!q) return SK_NULL;
    sk_value r = sk_int_binop(vm, SK_NB_ADD, q, sk_from_int(1));
    sk_gc_roots_restore(vm, mark);
    return r;
}

sk_value sk_range_new(sk_vm *vm, sk_value start, sk_value stop, sk_value step) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, start);
    SK_ROOT(vm, stop);
    SK_ROOT(vm, step);
    sk_value len = compute_length(vm, start, stop, step);
    if (!len) return SK_NULL;
    SK_ROOT(vm, len);
    sk_range *r = (sk_range *)sk_gc_new(vm, SK_TYPE(vm, RANGE), sizeof(sk_range));
    sk_gc_roots_restore(vm, mark);
    if (!r) return SK_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return sk_from_obj(r);
}

static sk_value to_index(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) return v;
    sk_value i = sk_index(vm, v);
    if (!i) return SK_NULL;
    if (sk_is_bool(i)) return sk_from_int(i == SK_TRUE);
    return i;
}

static sk_value range_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "range() takes no keyword arguments");
    sk_value start = sk_from_int(0), stop, step = sk_from_int(1);
    if (nargs == 1) {
        stop = to_index(vm, args[0]);
        if (!stop) return SK_NULL;
    } else if (nargs == 2 || nargs == 3) {
        if (!(start = to_index(vm, args[0]))) return SK_NULL;
        SK_ROOT(vm, start);
        if (!(stop = to_index(vm, args[1]))) return SK_NULL;
        SK_ROOT(vm, stop);
        if (nargs == 3) {
            if (!(step = to_index(vm, args[2]))) return SK_NULL;
            if (sk_int_sign(step) == 0) return sk_exc_msg(vm, SK_EXC_VALUE, "range() arg 3 must not be zero");
        }
    } else if (nargs == 0) {
        return sk_exc_msg(vm, SK_EXC_TYPE, "range expected at least 1 argument, got 0");
    } else {
        return sk_exc_fmt(vm, SK_EXC_TYPE, "range expected at most 3 arguments, got %zu", nargs);
    }
    return sk_range_new(vm, start, stop, step);
}

/* start + i * step */
static sk_value item_at(sk_vm *vm, sk_range *r, sk_value i) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_int(r->start) && sk_is_int(r->step) && sk_is_int(i)) {
        int64_t v;
        if (!__builtin_mul_overflow(sk_as_int(i), sk_as_int(r->step), &v) &&
            !__builtin_add_overflow(v, sk_as_int(r->start), &v))
            return sk_int_from_i64(vm, v);
    }
    sk_value p = sk_int_binop(vm, SK_NB_MUL, i, r->step);
    if (!p) return SK_NULL;
    SK_ROOT(vm, p);
    return sk_int_binop(vm, SK_NB_ADD, r->start, p);
}

static int64_t range_len(sk_vm *vm, sk_value self) {
    int64_t n;
    if (!sk_int_to_i64(vm, R(self)->length, &n)) return -1;
    return n;
}

static sk_value range_getitem(sk_vm *vm, sk_value self, sk_value key) {
    SK_ROOT_SCOPE(vm);
    sk_range *r = R(self);
    if (SK_IS(vm, key, SLICE)) {
        SK_ROOT_SCOPE(vm);
        int64_t len, start, stop, step, count;
        if (!sk_int_to_i64(vm, r->length, &len)) return SK_NULL;
        if (!sk_slice_resolve(vm, key, len, &start, &stop, &step, &count)) return SK_NULL;
        sk_value ns = item_at(vm, r, sk_from_int(start));
        if (!ns) return SK_NULL;
        SK_ROOT(vm, ns);
        sk_value ne = item_at(vm, r, sk_from_int(stop));
        if (!ne) return SK_NULL;
        SK_ROOT(vm, ne);
        sk_value nstep = sk_int_binop(vm, SK_NB_MUL, r->step, sk_from_int(step));
        if (!nstep) return SK_NULL;
        return sk_range_new(vm, ns, ne, nstep);
    }
    sk_type *kt = sk_typeof(vm, key);
    if (!sk_is_int(key) && !kt->index)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "range indices must be integers or slices, not %s", sk_type_name(kt));
    sk_value i = to_index(vm, key);
    if (!i) return SK_NULL;
    SK_ROOT(vm, i);
    if (sk_int_sign(i) < 0) {
        i = sk_int_binop(vm, SK_NB_ADD, i, r->length);
        if (!i) return SK_NULL;
    }
    if (sk_int_sign(i) < 0 || sk_int_cmp(vm, i, r->length) >= 0)
        return sk_exc_msg(vm, SK_EXC_INDEX, "range object index out of range");
    return item_at(vm, r, i);
}

static int range_contains(sk_vm *vm, sk_value self, sk_value x) {
    SK_ROOT_SCOPE(vm);
    sk_range *r = R(self);
    if (!sk_is_int_like(vm, x)) {
        SK_ROOT_SCOPE(vm);
        /* anything else: compare with each element */
        sk_value it = sk_iter(vm, self);
        if (!it) return -1;
        SK_ROOT(vm, it);
        sk_value v = SK_NULL;
        SK_ROOT(vm, v);
        int n;
        while ((n = sk_next(vm, it, &v)) == 1) {
            int eq = sk_eq(vm, v, x);
            if (eq) return eq;
        }
        return n;
    }
    bool pos = sk_int_sign(r->step) > 0;
    if (pos) {
        if (sk_int_cmp(vm, x, r->start) < 0 || sk_int_cmp(vm, x, r->stop) >= 0) return 0;
    } else {
        if (sk_int_cmp(vm, x, r->start) > 0 || sk_int_cmp(vm, x, r->stop) <= 0) return 0;
    }
    sk_value d = sk_int_binop(vm, SK_NB_SUB, x, r->start);
    if (!d) return -1;
    SK_ROOT(vm, d);
    sk_value m = sk_int_binop(vm, SK_NB_MOD, d, r->step);
    if (!m) return -1;
    return sk_int_sign(m) == 0;
}

static sk_value range_repr(sk_vm *vm, sk_value self) {
    sk_range *r = R(self);
    if (sk_is_int(r->step) && sk_as_int(r->step) == 1) return sk_str_fmt(vm, "range(%R, %R)", r->start, r->stop);
    return sk_str_fmt(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static sk_value range_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !SK_IS(vm, b, RANGE)) return SK_NOTIMPL;
    sk_range *x = R(a), *y = R(b);
    bool eq;
    if (sk_int_cmp(vm, x->length, y->length) != 0) eq = false;
    else if (sk_int_sign(x->length) == 0) eq = true;
    else if (sk_int_cmp(vm, x->start, y->start) != 0) eq = false;
    else if (sk_int_cmp(vm, x->length, sk_from_int(1)) == 0) eq = true;
    else eq = sk_int_cmp(vm, x->step, y->step) == 0;
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static int64_t range_hash(sk_vm *vm, sk_value self) {
    sk_range *r = R(self);
    sk_value items[3] = {r->length, SK_NONE, SK_NONE};
    if (sk_int_sign(r->length) != 0) {
        items[1] = r->start;
        if (sk_int_cmp(vm, r->length, sk_from_int(1)) != 0) items[2] = r->step;
    }
    sk_value t = sk_tuple_from(vm, items, 3);
    if (!t) return -1;
    return sk_hash(vm, t);
}

static int range_truth(sk_vm *vm, sk_value self) { return sk_int_sign(R(self)->length) != 0; }

/* ---- iterators ------------------------------------------------------------- */

typedef struct long_range_iter {
    sk_obj hdr;
    sk_value next, step, remaining;
} long_range_iter;

static void long_iter_trace(sk_vm *vm, sk_obj *o) {
    long_range_iter *it = (long_range_iter *)o;
    sk_gc_mark(vm, it->next);
    sk_gc_mark(vm, it->step);
    sk_gc_mark(vm, it->remaining);
}

static sk_value make_iter(sk_vm *vm, sk_value start, sk_value step, sk_value length) {
    SK_ROOT_SCOPE(vm);
    /* every value fits in a small int when start and the last value do */
    if (sk_is_int(start) && sk_is_int(step) && sk_is_int(length)) {
        int64_t last;
        int64_t n = sk_as_int(length);
        if (n == 0 || (!__builtin_mul_overflow(n - 1, sk_as_int(step), &last) &&
                       !__builtin_add_overflow(last, sk_as_int(start), &last) && sk_int_fits_small(last))) {
            sk_range_iter *it = (sk_range_iter *)sk_gc_new(vm, SK_TYPE(vm, RANGE_ITER), sizeof(sk_range_iter));
            if (!it) return SK_NULL;
            it->next = sk_as_int(start);
            it->step = sk_as_int(step);
            it->remaining = n;
            return sk_from_obj(it);
        }
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, start);
    SK_ROOT(vm, step);
    SK_ROOT(vm, length);
    long_range_iter *it = (long_range_iter *)sk_gc_new(vm, vm->long_range_iter_type, sizeof(long_range_iter));
    sk_gc_roots_restore(vm, mark);
    if (!it) return SK_NULL;
    it->next = start;
    it->step = step;
    it->remaining = length;
    return sk_from_obj(it);
}

static sk_value range_iter(sk_vm *vm, sk_value self) {
    sk_range *r = R(self);
    return make_iter(vm, r->start, r->step, r->length);
}

static sk_value m_reversed(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_range *r = R(a[0]);
    size_t mark = sk_gc_roots_save(vm);
    sk_value last = sk_int_binop(vm, SK_NB_SUB, r->length, sk_from_int(1));
    if (!last) return SK_NULL;
    SK_ROOT(vm, last);
    sk_value start = item_at(vm, r, last);
    if (!start) return SK_NULL;
    SK_ROOT(vm, start);
    sk_value step = sk_int_binop(vm, SK_NB_SUB, sk_from_int(0), r->step);
    if (!step) return SK_NULL;
    sk_value it = make_iter(vm, start, step, r->length);
    sk_gc_roots_restore(vm, mark);
    return it;
}

static int range_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_range_iter *it = (sk_range_iter *)sk_as_obj(self);
    if (it->remaining <= 0) return 0;
    *out = sk_from_int(it->next);
    it->next += it->step;
    it->remaining--;
    return 1;
}

static int long_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    long_range_iter *it = (long_range_iter *)sk_as_obj(self);
    if (sk_int_sign(it->remaining) <= 0) return 0;
    sk_value v = it->next;
    sk_value nx = sk_int_binop(vm, SK_NB_ADD, v, it->step);
    if (!nx) return -1;
    it->next = nx;
    sk_value rem = sk_int_binop(vm, SK_NB_SUB, it->remaining, sk_from_int(1));
    if (!rem) return -1;
    it->remaining = rem;
    *out = v;
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value m_count(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_int_like(vm, a[1])) {
        int r = range_contains(vm, a[0], a[1]);
        return r < 0 ? SK_NULL : sk_from_int(r);
    }
    int64_t count = 0;
    sk_value it = sk_iter(vm, a[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value v = SK_NULL;
    SK_ROOT(vm, v);
    int r;
    while ((r = sk_next(vm, it, &v)) == 1) {
        int eq = sk_eq(vm, v, a[1]);
        if (eq < 0) return SK_NULL;
        count += eq;
    }
    return r < 0 ? SK_NULL : sk_from_int(count);
}

static sk_value m_index(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    sk_range *r = R(a[0]);
    int c = range_contains(vm, a[0], a[1]);
    if (c < 0) return SK_NULL;
    if (!c) return sk_exc_fmt(vm, SK_EXC_VALUE, "%R is not in range", a[1]);
    sk_value d = sk_int_binop(vm, SK_NB_SUB, a[1], r->start);
    if (!d) return SK_NULL;
    SK_ROOT(vm, d);
    return sk_int_binop(vm, SK_NB_FLOORDIV, d, r->step);
}

static sk_value iter_hint(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return sk_from_int(((sk_range_iter *)sk_as_obj(a[0]))->remaining);
}

static sk_value g_start(sk_vm *vm, sk_value s) { return R(s)->start; }
static sk_value g_stop(sk_vm *vm, sk_value s) { return R(s)->stop; }
static sk_value g_step(sk_vm *vm, sk_value s) { return R(s)->step; }

static const sk_method_def range_methods[] = {
    {"count", m_count, 2, 2, 0, NULL},
    {"index", m_index, 2, 2, 0, NULL},
    {"__reversed__", m_reversed, 1, 1, 0, NULL},
    {NULL},
};
static const sk_getset_def range_getsets[] = {
    {"start", g_start, NULL, NULL},
    {"stop", g_stop, NULL, NULL},
    {"step", g_step, NULL, NULL},
    {NULL},
};
static const sk_method_def iter_methods[] = {
    {"__length_hint__", iter_hint, 1, 1, 0, NULL},
    {NULL},
};

void sk_range_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_RANGE, SK_TYPE(vm, OBJECT), sizeof(sk_range), 0);
    t->trace = range_trace;
    t->tp_new = range_new_py;
    t->repr = range_repr;
    t->richcmp = range_richcmp;
    t->hash = range_hash;
    t->truth = range_truth;
    t->len = range_len;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->iter = range_iter;
    (void)sk_type_add_methods(vm, t, range_methods);
    (void)sk_type_add_getsets(vm, t, range_getsets);

    sk_type *it = sk_type_init_builtin(vm, SK_T_RANGE_ITER, SK_TYPE(vm, OBJECT), sizeof(sk_range_iter), 0);
    it->iter = iter_self;
    it->next = range_iter_next;
    (void)sk_type_add_methods(vm, it, iter_methods);

    sk_type *lt = sk_type_new_builtin(vm, "longrange_iterator", "builtins", SK_TYPE(vm, OBJECT),
                                      sizeof(long_range_iter), 0);
    if (lt) {
        lt->trace = long_iter_trace;
        lt->iter = iter_self;
        lt->next = long_iter_next;
        vm->long_range_iter_type = lt;
    }
}
