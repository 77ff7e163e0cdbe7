/* slice.c — slice objects and the index arithmetic of sequences. */
#include "slice.h"

#include "exc.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static void slice_trace(sk_vm *vm, sk_obj *o) {
    sk_slice *s = (sk_slice *)o;
    sk_gc_mark(vm, s->start);
    sk_gc_mark(vm, s->stop);
    sk_gc_mark(vm, s->step);
}

sk_value sk_slice_new(sk_vm *vm, sk_value start, sk_value stop, sk_value step) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, start);
    SK_ROOT(vm, stop);
    SK_ROOT(vm, step);
    sk_slice *s = (sk_slice *)sk_gc_new(vm, SK_TYPE(vm, SLICE), sizeof(sk_slice));
    sk_gc_roots_restore(vm, mark);
    if (!s) return SK_NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return sk_from_obj(s);
}

/* A slice bound as an int64, clamped (huge values act like infinity). */
static bool bound(sk_vm *vm, sk_value v, int64_t *out) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    sk_value i = sk_index(vm, v);
    if (!i) {
        if (sk_exc_pending(vm, SK_EXC_TYPE)) {
            sk_exc_take(vm);
            sk_exc_msg(vm, SK_EXC_TYPE,
                       "slice indices must be integers or None or have an __index__ method");
        }
        return false;
    }
    if (!sk_int_to_i64(vm, i, out)) {
        sk_exc_take(vm);
        *out = sk_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return true;
}

bool sk_slice_resolve(sk_vm *vm, sk_value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                      int64_t *count) {
    sk_slice *s = sk_slice_ptr(slice);
    *step = 1;
    if (s->step != SK_NONE) {
        if (!bound(vm, s->step, step)) return false;
        if (*step == 0) {
            sk_exc_msg(vm, SK_EXC_VALUE, "slice step cannot be zero");
            return false;
        }
    }
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    if (s->start == SK_NONE) {
        *start = *step < 0 ? hi : lo;
    } else {
        if (!bound(vm, s->start, start)) return false;
        if (*start < 0) {
            *start += len;
            if (*start < lo) *start = lo;
        } else if (*start > hi) {
            *start = hi;
        }
    }
    if (s->stop == SK_NONE) {
        *stop = *step < 0 ? lo : hi;
    } else {
        if (!bound(vm, s->stop, stop)) return false;
        if (*stop < 0) {
            *stop += len;
            if (*stop < lo) *stop = lo;
        } else if (*stop > hi) {
            *stop = hi;
        }
    }
    if (*step < 0) *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

bool sk_seq_index(sk_vm *vm, sk_value index, int64_t len, int64_t *out, const char *what, const char *range_msg) {
    int64_t i;
    if (sk_is_int(index)) {
        i = sk_as_int(index);
    } else {
        sk_type *t = sk_typeof(vm, index);
        if (!t->index && !sk_is_bool(index)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s indices must be integers or slices, not %s", what, sk_type_name(t));
            return false;
        }
        sk_value iv = sk_index(vm, index);
        if (!iv) return false;
        if (!sk_int_to_i64(vm, iv, &i)) {
            sk_exc_take(vm);
            sk_exc_fmt(vm, SK_EXC_INDEX, "cannot fit '%s' into an index-sized integer", sk_type_name_of(vm, index));
            return false;
        }
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        sk_exc_msg(vm, SK_EXC_INDEX, range_msg);
        return false;
    }
    *out = i;
    return true;
}

static sk_value slice_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "slice() takes no keyword arguments");
    if (nargs == 0) return sk_exc_msg(vm, SK_EXC_TYPE, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return sk_exc_fmt(vm, SK_EXC_TYPE, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return sk_slice_new(vm, SK_NONE, args[0], SK_NONE);
    return sk_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : SK_NONE);
}

static sk_value slice_repr(sk_vm *vm, sk_value v) {
    sk_slice *s = sk_slice_ptr(v);
    return sk_str_fmt(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static sk_value slice_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    if (!SK_IS(vm, b, SLICE)) return SK_NOTIMPL;
    sk_slice *x = sk_slice_ptr(a), *y = sk_slice_ptr(b);
    sk_value ta = sk_tuple_from(vm, (sk_value[]){x->start, x->stop, x->step}, 3);
    if (!ta) return SK_NULL;
    SK_ROOT(vm, ta);
    sk_value tb = sk_tuple_from(vm, (sk_value[]){y->start, y->stop, y->step}, 3);
    if (!tb) return SK_NULL;
    return sk_richcmp(vm, ta, tb, op);
}

static int64_t slice_hash(sk_vm *vm, sk_value v) {
    sk_slice *s = sk_slice_ptr(v);
    sk_value t = sk_tuple_from(vm, (sk_value[]){s->start, s->stop, s->step}, 3);
    if (!t) return -1;
    return sk_hash(vm, t);
}

static sk_value m_indices(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    int64_t len;
    if (!sk_index_i64(vm, a[1], &len, NULL)) return SK_NULL;
    if (len < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "length should not be negative");
    int64_t start, stop, step, count;
    if (!sk_slice_resolve(vm, a[0], len, &start, &stop, &step, &count)) return SK_NULL;
    return sk_tuple_from(vm, (sk_value[]){sk_from_int(start), sk_from_int(stop), sk_from_int(step)}, 3);
}

static sk_value g_start(sk_vm *vm, sk_value v) { return sk_slice_ptr(v)->start; }
static sk_value g_stop(sk_vm *vm, sk_value v) { return sk_slice_ptr(v)->stop; }
static sk_value g_step(sk_vm *vm, sk_value v) { return sk_slice_ptr(v)->step; }

static const sk_method_def slice_methods[] = {
    {"indices", m_indices, 2, 2, 0, NULL},
    {NULL},
};
static const sk_getset_def slice_getsets[] = {
    {"start", g_start, NULL, NULL},
    {"stop", g_stop, NULL, NULL},
    {"step", g_step, NULL, NULL},
    {NULL},
};

void sk_slice_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_SLICE, SK_TYPE(vm, OBJECT), sizeof(sk_slice), 0);
    t->trace = slice_trace;
    t->tp_new = slice_new_py;
    t->repr = slice_repr;
    t->richcmp = slice_richcmp;
    t->hash = slice_hash;
    (void)sk_type_add_methods(vm, t, slice_methods);
    (void)sk_type_add_getsets(vm, t, slice_getsets);
}
