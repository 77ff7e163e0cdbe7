/* iterobj.c — the built-in iterator types: enumerate, zip, map, filter,
 * reversed. */
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

SK_INTERNAL void sk_iterobj_init_types(sk_vm *vm);

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

/* ---- enumerate ------------------------------------------------------------------ */

typedef struct enum_obj {
    sk_obj hdr;
    sk_value it;
    sk_value index;      /* an int; small in practice */
} enum_obj;

static void enum_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((enum_obj *)o)->it);
    sk_gc_mark(vm, ((enum_obj *)o)->index);
}

static sk_value enum_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value iterable = npos > 0 ? args[0] : SK_NULL, start = npos > 1 ? args[1] : SK_NULL;
    if (npos > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "enumerate() takes at most 2 arguments (%zu given)", npos);
    for (size_t k = 0; k < nkw; k++) {
        sk_value n = sk_tuple_get(kwnames, k);
        if (sk_str_eq_cstr(n, "iterable") && !iterable) iterable = args[npos + k];
        else if (sk_str_eq_cstr(n, "start") && !start) start = args[npos + k];
        else return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for enumerate()", n);
    }
    if (!iterable) return sk_exc_msg(vm, SK_EXC_TYPE, "enumerate() missing required argument 'iterable' (pos 1)");
    if (start) {
        if (!sk_is_int_like(vm, start)) {
            sk_value i = sk_index(vm, start);
            if (!i) return SK_NULL;
            start = i;
        } else if (sk_is_bool(start)) {
            start = sk_from_int(start == SK_TRUE);
        }
    } else {
        start = sk_from_int(0);
    }
    SK_ROOT(vm, start);
    sk_value it = sk_iter(vm, iterable);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    enum_obj *e = (enum_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!e) return SK_NULL;
    e->it = it;
    e->index = start;
    return sk_from_obj(e);
}

static int enum_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    enum_obj *e = (enum_obj *)sk_as_obj(self);
    sk_value v = SK_NULL;
    int r = sk_next(vm, e->it, &v);
    if (r != 1) return r;
    SK_ROOT(vm, v);
    sk_value idx = e->index;
    sk_value nx = sk_int_binop(vm, SK_NB_ADD, idx, sk_from_int(1));
    if (!nx) return -1;
    e->index = nx;
    sk_value pair = sk_tuple_pack2(vm, idx, v);
    if (!pair) return -1;
    *out = pair;
    return 1;
}

/* ---- zip ------------------------------------------------------------------------- */

typedef struct zip_obj {
    sk_obj hdr;
    sk_value iters;      /* tuple of iterators */
    bool strict;
    bool done;
} zip_obj;

static void zip_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((zip_obj *)o)->iters); }

static sk_value zip_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    bool strict = false;
    for (size_t k = 0; k < nkw; k++) {
        sk_value n = sk_tuple_get(kwnames, k);
        if (!sk_str_eq_cstr(n, "strict"))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "zip() got an unexpected keyword argument '%V'", n);
        int t = sk_truth(vm, args[npos + k]);
        if (t < 0) return SK_NULL;
        strict = t;
    }
    sk_value iters = sk_tuple_new(vm, npos);
    if (!iters) return SK_NULL;
    SK_ROOT(vm, iters);
    for (size_t i = 0; i < npos; i++) {
        sk_value it = sk_iter(vm, args[i]);
        if (!it) {
            if (sk_exc_pending(vm, SK_EXC_TYPE) && !sk_typeof(vm, args[i])->iter && !sk_typeof(vm, args[i])->getitem) {
                sk_exc_take(vm);
                return sk_exc_fmt(vm, SK_EXC_TYPE, "zip argument #%zu must support iteration", i + 1);
            }
            return SK_NULL;
        }
        sk_tuple_items(iters)[i] = it;
    }
    zip_obj *z = (zip_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!z) return SK_NULL;
    z->iters = iters;
    z->strict = strict;
    return sk_from_obj(z);
}

static int zip_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    zip_obj *z = (zip_obj *)sk_as_obj(self);
    size_t n = sk_tuple_len(z->iters);
    if (z->done || n == 0) return 0;
    sk_value t = sk_tuple_new(vm, n);
    if (!t) return -1;
    SK_ROOT(vm, t);
    for (size_t i = 0; i < n; i++) {
        sk_value v = SK_NULL;
        int r = sk_next(vm, sk_tuple_get(z->iters, i), &v);
        if (r < 0) return -1;
        if (r == 0) {
            z->done = true;
            if (!z->strict) return 0;
            if (i > 0) {
                return sk_exc_fmt(vm, SK_EXC_VALUE, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                  i == 1 ? " " : "s 1-", i),
                       -1;
            }
            /* the first ran out: the others must too */
            for (size_t j = 1; j < n; j++) {
                sk_value w = SK_NULL;
                int r2 = sk_next(vm, sk_tuple_get(z->iters, j), &w);
                if (r2 < 0) return -1;
                if (r2 == 1)
                    return sk_exc_fmt(vm, SK_EXC_VALUE, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                      j == 1 ? " " : "s 1-", j),
                           -1;
            }
            return 0;
        }
        sk_tuple_items(t)[i] = v;
    }
    *out = t;
    return 1;
}

/* ---- map ---------------------------------------------------------------------------- */

typedef struct map_obj {
    sk_obj hdr;
    sk_value func;
    sk_value iters;
} map_obj;

static void map_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((map_obj *)o)->func);
    sk_gc_mark(vm, ((map_obj *)o)->iters);
}

static sk_value map_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "map() takes no keyword arguments");
    if (nargs < 2) return sk_exc_msg(vm, SK_EXC_TYPE, "map() must have at least two arguments.");
    sk_value iters = sk_tuple_new(vm, nargs - 1);
    if (!iters) return SK_NULL;
    SK_ROOT(vm, iters);
    for (size_t i = 1; i < nargs; i++) {
        sk_value it = sk_iter(vm, args[i]);
        if (!it) return SK_NULL;
        sk_tuple_items(iters)[i - 1] = it;
    }
    map_obj *m = (map_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!m) return SK_NULL;
    m->func = args[0];
    m->iters = iters;
    return sk_from_obj(m);
}

static int map_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    map_obj *m = (map_obj *)sk_as_obj(self);
    size_t n = sk_tuple_len(m->iters);
    size_t mark = sk_gc_roots_save(vm);
    sk_value one = SK_NULL, argt = SK_NULL;
    SK_ROOT(vm, one);
    SK_ROOT(vm, argt);
    sk_value *argv = &one;
    if (n > 1) {
        if (!(argt = sk_tuple_new(vm, n))) return -1;
        argv = sk_tuple_items(argt);
    }
    for (size_t i = 0; i < n; i++) {
        int r = sk_next(vm, sk_tuple_get(m->iters, i), &argv[i]);
        if (r != 1) {
            sk_gc_roots_restore(vm, mark);
            return r;
        }
    }
    sk_value v = sk_call(vm, m->func, argv, n, SK_NULL);
    sk_gc_roots_restore(vm, mark);
    if (!v) return -1;
    *out = v;
    return 1;
}

/* ---- filter -------------------------------------------------------------------------- */

typedef struct filter_obj {
    sk_obj hdr;
    sk_value func;
    sk_value it;
} filter_obj;

static void filter_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((filter_obj *)o)->func);
    sk_gc_mark(vm, ((filter_obj *)o)->it);
}

static sk_value filter_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "filter() takes no keyword arguments");
    if (nargs != 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "filter expected 2 arguments, got %zu", nargs);
    sk_value it = sk_iter(vm, args[1]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    filter_obj *f = (filter_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!f) return SK_NULL;
    f->func = args[0];
    f->it = it;
    return sk_from_obj(f);
}

static int filter_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    filter_obj *f = (filter_obj *)sk_as_obj(self);
    for (;;) {
        SK_ROOT_SCOPE(vm);
        sk_value v = SK_NULL;
        int r = sk_next(vm, f->it, &v);
        if (r != 1) return r;
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, v);
        int t;
        if (f->func == SK_NONE || f->func == sk_from_obj(SK_TYPE(vm, BOOL))) {
            t = sk_truth(vm, v);
        } else {
            sk_value res = sk_call1(vm, f->func, v);
            if (!res) return -1;
            t = sk_truth(vm, res);
        }
        sk_gc_roots_restore(vm, mark);
        if (t < 0) return -1;
        if (t) {
            *out = v;
            return 1;
        }
    }
}

/* ---- reversed ------------------------------------------------------------------------- */

typedef struct reversed_obj {
    sk_obj hdr;
    sk_value seq;        /* SK_NULL when exhausted */
    int64_t index;
} reversed_obj;

static void reversed_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((reversed_obj *)o)->seq); }

static sk_value reversed_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "reversed() takes no keyword arguments");
    if (nargs != 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "reversed expected 1 argument, got %zu", nargs);
    sk_value seq = args[0];
    sk_value rev = sk_type_lookup(vm, sk_typeof(vm, seq), SK_NAME(vm, __reversed__));
    if (rev == SK_NONE)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not reversible", sk_type_name_of(vm, seq));
    if (rev) return sk_call_bound(vm, rev, seq, NULL, 0, SK_NULL);
    sk_type *t = sk_typeof(vm, seq);
    if (!t->getitem || !t->len || sk_is_dict(vm, seq))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not reversible", sk_type_name(t));
    int64_t n = sk_len(vm, seq);
    if (n < 0) return SK_NULL;
    reversed_obj *r = (reversed_obj *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!r) return SK_NULL;
    r->seq = seq;
    r->index = n - 1;
    return sk_from_obj(r);
}

static int reversed_next(sk_vm *vm, sk_value self, sk_value *out) {
    reversed_obj *r = (reversed_obj *)sk_as_obj(self);
    if (!r->seq || r->index < 0) {
        r->seq = SK_NULL;
        return 0;
    }
    sk_value v = sk_getitem(vm, r->seq, sk_from_int(r->index));
    if (!v) {
        if (sk_exc_pending(vm, SK_EXC_INDEX) || sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
            sk_exc_take(vm);
            r->seq = SK_NULL;
            return 0;
        }
        return -1;
    }
    r->index--;
    *out = v;
    return 1;
}

static sk_value reversed_hint(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    reversed_obj *r = (reversed_obj *)sk_as_obj(a[0]);
    return sk_from_int(r->seq ? r->index + 1 : 0);
}
static const sk_method_def reversed_methods[] = {
    {"__length_hint__", reversed_hint, 1, 1, 0, NULL},
    {NULL},
};

static const sk_method_def enumerate_methods[] = {
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static void init_iter_type(sk_vm *vm, sk_type_id id, size_t size, sk_trace_fn trace, sk_call_fn tp_new, sk_next_fn next) {
    sk_type *t = sk_type_init_builtin(vm, id, SK_TYPE(vm, OBJECT), size, SK_TF_BASETYPE);
    t->trace = trace;
    t->tp_new = tp_new;
    t->iter = iter_self;
    t->next = next;
}

void sk_iterobj_init_types(sk_vm *vm) {
    init_iter_type(vm, SK_T_ENUMERATE, sizeof(enum_obj), enum_trace, enum_new, enum_next);
    init_iter_type(vm, SK_T_ZIP, sizeof(zip_obj), zip_trace, zip_new, zip_next);
    init_iter_type(vm, SK_T_MAP, sizeof(map_obj), map_trace, map_new, map_next);
    init_iter_type(vm, SK_T_FILTER, sizeof(filter_obj), filter_trace, filter_new, filter_next);
    init_iter_type(vm, SK_T_REVERSED, sizeof(reversed_obj), reversed_trace, reversed_new, reversed_next);
    (void)sk_type_add_methods(vm, SK_TYPE(vm, REVERSED), reversed_methods);
    (void)sk_type_add_methods(vm, SK_TYPE(vm, ENUMERATE), enumerate_methods);
}
