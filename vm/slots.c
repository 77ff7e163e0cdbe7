/* slots.c — the slot table and both directions of the C-slot / dunder
 * bridge (see slots.h).
 */
#include "slots.h"

#include <stddef.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- calling dunders ---------------------------------------------------- */

sk_value sk_call_special(sk_vm *vm, sk_value self, sk_value name, const sk_value *args, size_t nargs) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, self);
    sk_value f = sk_type_lookup(vm, t, name);
    if (!f) return SK_NULL;
    SK_ROOT(vm, f);
    sk_type *ft = sk_typeof(vm, f);
    if (ft == SK_TYPE(vm, FUNCTION) || ft == SK_TYPE(vm, METHOD_DESCR) || ft == SK_TYPE(vm, SLOT_WRAPPER)) {
        SK_ROOT_SCOPE(vm);
        sk_value buf[8];
        if (nargs < 8) {
            buf[0] = self;
            for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
            return sk_call(vm, f, buf, nargs + 1, SK_NULL);
        }
        sk_value tup = sk_tuple_new(vm, nargs + 1);
        if (!tup) return SK_NULL;
        sk_tuple_items(tup)[0] = self;
        memcpy(sk_tuple_items(tup) + 1, args, nargs * sizeof(sk_value));
        SK_ROOT(vm, tup);
        return sk_call(vm, f, sk_tuple_items(tup), nargs + 1, SK_NULL);
    }
    if (ft->descr_get) {
        SK_ROOT_SCOPE(vm);
        size_t mark = sk_gc_roots_save(vm);
        sk_value bound = ft->descr_get(vm, f, self, sk_from_obj(t));
        if (!bound) return SK_NULL;
        SK_ROOT(vm, bound);
        sk_value r = sk_call(vm, bound, args, nargs, SK_NULL);
        sk_gc_roots_restore(vm, mark);
        return r;
    }
    return sk_call(vm, f, args, nargs, SK_NULL);
}

/* Calls the dunder, or returns NotImplemented if the type has none. */
static sk_value call_maybe(sk_vm *vm, sk_value self, const char *name, const sk_value *args, size_t nargs) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) return SK_NULL;
    sk_value r = sk_call_special(vm, self, n, args, nargs);
    if (!r && !vm->exc) return SK_NOTIMPL;
    return r;
}

/* Calls a dunder that must exist (its slot was set because it does). */
static sk_value call_required(sk_vm *vm, sk_value self, const char *name, const sk_value *args, size_t nargs) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) return SK_NULL;
    sk_value r = sk_call_special(vm, self, n, args, nargs);
    /* CPython's message is the bare method name ("AttributeError: __set__"
     * for a descriptor that has only __delete__) */
    if (!r && !vm->exc) return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, ATTRIBUTE), &n, 1);
    return r;
}

/* ---- generic slots: Python dunders behind C slots ----------------------- */

static sk_value slot_repr(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__repr__", NULL, 0);
    if (r && !sk_is_str(vm, r)) return sk_exc_fmt(vm, SK_EXC_TYPE, "__repr__ returned non-string (type %T)", r);
    return r;
}

static sk_value slot_str(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__str__", NULL, 0);
    if (r && !sk_is_str(vm, r)) return sk_exc_fmt(vm, SK_EXC_TYPE, "__str__ returned non-string (type %T)", r);
    return r;
}

static int64_t slot_hash(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!sk_is_int_like(vm, r)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "__hash__ method should return an integer");
        return -1;
    }
    /* a huge int is reduced the way int's own hash reduces it */
    int64_t h = sk_int_hash(vm, r);
    return h == -1 ? -2 : h;
}

static sk_value slot_call(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __call__));
    if (!f) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not callable", self);
    return sk_call_bound(vm, f, self, args, nargs, kwnames);
}

static sk_value slot_getattr_hook(sk_vm *vm, sk_value self, sk_value name) {
    sk_type *t = sk_typeof(vm, self);
    sk_value getattribute = sk_type_lookup(vm, t, SK_NAME(vm, __getattribute__));
    sk_value getattr = sk_type_lookup(vm, t, SK_NAME(vm, __getattr__));
    sk_value r;
    sk_value object_ga = sk_dict_get_str(vm, SK_TYPE(vm, OBJECT)->dict, SK_NAME(vm, __getattribute__));
    if (!getattribute || getattribute == object_ga) {
        r = sk_generic_getattr_opt(vm, self, name);
        if (r || vm->exc || !getattr) {
            if (!r && !vm->exc) return sk_exc_attribute_error(vm, self, name);
            if (!r && getattr && sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) goto fallback;
            return r;
        }
        goto call_getattr;
    }
    r = sk_call_bound(vm, getattribute, self, &name, 1, SK_NULL);
    if (r || !getattr || !sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return r;
fallback:
    sk_exc_take(vm);
call_getattr:
    return sk_call_bound(vm, getattr, self, &name, 1, SK_NULL);
}

static int slot_setattr(sk_vm *vm, sk_value self, sk_value name, sk_value v) {
    sk_value r;
    if (v) {
        sk_value args[2] = {name, v};
        r = call_required(vm, self, "__setattr__", args, 2);
    } else {
        r = call_required(vm, self, "__delattr__", &name, 1);
    }
    return r ? 0 : -1;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static sk_value slot_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    sk_value n = sk_str_intern_cstr(vm, cmp_names[op]);
    if (!n) return SK_NULL;
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, a), n);
    if (!f || f == SK_NONE) return SK_NOTIMPL;
    return sk_call_bound(vm, f, a, &b, 1, SK_NULL);
}

static sk_value slot_iter(sk_vm *vm, sk_value self) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __iter__));
    if (f == SK_NONE || !f) return sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not iterable", self);
    sk_value it = sk_call_bound(vm, f, self, NULL, 0, SK_NULL);
    if (it && !sk_typeof(vm, it)->next)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "iter() returned non-iterator of type '%T'", it);
    return it;
}

static int slot_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_value r = call_required(vm, self, "__next__", NULL, 0);
    if (r) {
        *out = r;
        return 1;
    }
    if (sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
        sk_exc_take(vm);
        return 0;
    }
    return -1;
}

static sk_value slot_descr_get(sk_vm *vm, sk_value self, sk_value obj, sk_value type) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __get__));
    if (!f) return self;
    sk_value args[2] = {obj ? obj : SK_NONE, type ? type : SK_NONE};
    return sk_call_bound(vm, f, self, args, 2, SK_NULL);
}

static int slot_descr_set(sk_vm *vm, sk_value self, sk_value obj, sk_value v) {
    sk_value r;
    if (v) {
        sk_value args[2] = {obj, v};
        r = call_required(vm, self, "__set__", args, 2);
    } else {
        r = call_required(vm, self, "__delete__", &obj, 1);
    }
    return r ? 0 : -1;
}

static int slot_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __init__));
    if (!f) return 0;
    sk_value r = sk_call_bound(vm, f, self, args, nargs, kwnames);
    if (!r) return -1;
    if (r != SK_NONE) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__init__() should return None, not '%T'", r);
        return -1;
    }
    return 0;
}

bool sk_slots_init_is_python(const sk_type *t) { return t->tp_init == slot_init; }

static sk_value slot_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value f = sk_type_lookup(vm, sk_as_type(cls), SK_NAME(vm, __new__));
    if (!f) return sk_exc_msg(vm, SK_EXC_TYPE, "cannot create instances");
    /* __new__ is a staticmethod: unwrap and call with cls first */
    if (SK_IS(vm, f, STATICMETHOD)) f = ((sk_classmethod *)sk_as_obj(f))->func;
    return sk_call_bound(vm, f, cls, args, nargs, kwnames);
}

static int64_t slot_len(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    sk_value r = call_required(vm, self, "__len__", NULL, 0);
    if (!r) return -1;
    SK_ROOT(vm, r); /* a big int, read again after an OverflowError is made */
    if (!sk_is_int_like(vm, r)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    int64_t n;
    if (!sk_int_to_i64(vm, r, &n)) {
        if (sk_exc_pending(vm, SK_EXC_OVERFLOW)) {
            sk_exc_take(vm);
            if (sk_int_sign(r) < 0) goto negative;
            sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
    negative:
        sk_exc_msg(vm, SK_EXC_VALUE, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static sk_value slot_getitem(sk_vm *vm, sk_value self, sk_value key) {
    return call_required(vm, self, "__getitem__", &key, 1);
}

static int slot_setitem(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    sk_value r;
    if (v) {
        sk_value args[2] = {key, v};
        r = call_required(vm, self, "__setitem__", args, 2);
    } else {
        r = call_required(vm, self, "__delitem__", &key, 1);
    }
    return r ? 0 : -1;
}

static int slot_contains(sk_vm *vm, sk_value self, sk_value key) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __contains__));
    if (f == SK_NONE) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not a container", self);
        return -1;
    }
    sk_value r = sk_call_bound(vm, f, self, &key, 1, SK_NULL);
    if (!r) return -1;
    return sk_truth(vm, r);
}

static int slot_truth(sk_vm *vm, sk_value self) {
    sk_value f = sk_type_lookup(vm, sk_typeof(vm, self), SK_NAME(vm, __bool__));
    if (!f) {
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n > 0;
    }
    sk_value r = sk_call_bound(vm, f, self, NULL, 0, SK_NULL);
    if (!r) return -1;
    if (!sk_is_bool(r)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__bool__ should return bool, returned %T", r);
        return -1;
    }
    return r == SK_TRUE;
}

#define UNARY_SLOT(fn, dunder)                                                 \
    static sk_value fn(sk_vm *vm, sk_value self) { return call_required(vm, self, dunder, NULL, 0); }
UNARY_SLOT(slot_neg, "__neg__")
UNARY_SLOT(slot_pos, "__pos__")
UNARY_SLOT(slot_abs, "__abs__")
UNARY_SLOT(slot_invert, "__invert__")
UNARY_SLOT(slot_await, "__await__")
UNARY_SLOT(slot_aiter, "__aiter__")
UNARY_SLOT(slot_anext, "__anext__")
#undef UNARY_SLOT

static sk_value slot_index(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__index__", NULL, 0);
    if (r && !sk_is_int_like(vm, r))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__index__ returned non-int (type %T)", r);
    return r;
}

static sk_value slot_int(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__int__", NULL, 0);
    if (r && !sk_is_int_like(vm, r))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__int__ returned non-int (type %T)", r);
    return r;
}

static sk_value slot_float(sk_vm *vm, sk_value self) {
    sk_value r = call_required(vm, self, "__float__", NULL, 0);
    if (r && !sk_is_float_like(vm, r))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%T.__float__ returned non-float (type %T)", self, r);
    return r;
}

/* Binary operators: CPython's rules for which of the two operands' dunders
 * runs first (the reflected one first when the right operand's type is a
 * subclass of the left's that overrides it). */
static const char *const binop_names[][3] = {
#define X(id, d, r, i, s) {d, r, i},
    SK_BINOPS(X)
#undef X
};

static bool overrides(sk_vm *vm, sk_type *sub, sk_type *base, const char *rname) {
    sk_value n = sk_str_intern_cstr(vm, rname);
    if (!n) {
        sk_exc_take(vm);
        return true;
    }
    return sk_type_lookup(vm, sub, n) != sk_type_lookup(vm, base, n);
}

static sk_value slot_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b, sk_binary_fn self_fn) {
    sk_type *ta = sk_typeof(vm, a), *tb = sk_typeof(vm, b);
    const char *name = binop_names[op][0], *rname = binop_names[op][1];
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    if (ta->nb[op] == self_fn) {
        if (do_other && sk_type_is_subtype(tb, ta) && overrides(vm, tb, ta, rname)) {
            sk_value r = call_maybe(vm, b, rname, &a, 1);
            if (r != SK_NOTIMPL) return r;
            do_other = false;
        }
        sk_value r = call_maybe(vm, a, name, &b, 1);
        if (r != SK_NOTIMPL || ta == tb) return r;
    }
    if (do_other) return call_maybe(vm, b, rname, &a, 1);
    return SK_NOTIMPL;
}

#define X(id, d, r, i, s)                                                     \
    static sk_value slot_nb_##id(sk_vm *vm, sk_value a, sk_value b) {          \
        return slot_binop(vm, SK_NB_##id, a, b, slot_nb_##id);                 \
    }                                                                          \
    static sk_value slot_inplace_##id(sk_vm *vm, sk_value a, sk_value b) {     \
        return i ? call_maybe(vm, a, i ? i : "", &b, 1) : SK_NOTIMPL;          \
    }
SK_BINOPS(X)
#undef X

/* ---- wrappers: C slots behind Python dunders ---------------------------- */

#define SLOT(t, off) (*(void **)((char *)(t) + (off)))

static sk_value wrap_unary(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                           size_t nargs, sk_value kw) {
    return ((sk_unary_fn)fn)(vm, self);
}

static sk_value wrap_hash(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                          size_t nargs, sk_value kw) {
    int64_t h = ((int64_t(*)(sk_vm *, sk_value))fn)(vm, self);
    if (h == -1 && vm->exc) return SK_NULL;
    return sk_int_from_i64(vm, h);
}

static sk_value wrap_call(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                          size_t nargs, sk_value kw) {
    return ((sk_call_fn)fn)(vm, self, args, nargs, kw);
}

static sk_value wrap_getattr(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                             size_t nargs, sk_value kw) {
    if (!sk_is_str(vm, args[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "attribute name must be string, not '%T'", args[0]);
    return ((sk_binary_fn)fn)(vm, self, args[0]);
}

static sk_value wrap_setattr(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                             size_t nargs, sk_value kw) {
    if (!sk_is_str(vm, args[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "attribute name must be string, not '%T'", args[0]);
    sk_value name = sk_str_intern_value(vm, args[0]);
    if (!name) return SK_NULL;
    int r = ((int (*)(sk_vm *, sk_value, sk_value, sk_value))fn)(vm, self, name, nargs > 1 ? args[1] : SK_NULL);
    return r < 0 ? SK_NULL : SK_NONE;
}

static sk_value wrap_richcmp(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                             size_t nargs, sk_value kw) {
    return ((sk_value(*)(sk_vm *, sk_value, sk_value, sk_cmpop))fn)(vm, self, args[0], (sk_cmpop)s->arg);
}

static sk_value wrap_next(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                          size_t nargs, sk_value kw) {
    sk_value out = SK_NULL;
    int r = ((sk_next_fn)fn)(vm, self, &out);
    if (r == 1) return out;
    if (r == 0) {
        /* gen.__next__() raises StopIteration(return value), as next() does */
        if (sk_iter_returns_value(vm, self) && out && out != SK_NONE) return sk_exc_stop_iteration(vm, out);
        return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ITERATION), NULL, 0);
    }
    return SK_NULL;
}

static sk_value wrap_descr_get(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                               size_t nargs, sk_value kw) {
    sk_value obj = args[0] == SK_NONE ? SK_NULL : args[0];
    sk_value type = nargs > 1 && args[1] != SK_NONE ? args[1] : SK_NULL;
    if (!obj && !type) return sk_exc_msg(vm, SK_EXC_TYPE, "__get__(None, None) is invalid");
    if (!type) type = sk_from_obj(sk_typeof(vm, obj));
    return ((sk_value(*)(sk_vm *, sk_value, sk_value, sk_value))fn)(vm, self, obj, type);
}

static sk_value wrap_descr_set(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                               size_t nargs, sk_value kw) {
    int r = ((int (*)(sk_vm *, sk_value, sk_value, sk_value))fn)(vm, self, args[0], nargs > 1 ? args[1] : SK_NULL);
    return r < 0 ? SK_NULL : SK_NONE;
}

static sk_value wrap_init(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                          size_t nargs, sk_value kw) {
    int r = ((int (*)(sk_vm *, sk_value, const sk_value *, size_t, sk_value))fn)(vm, self, args, nargs, kw);
    return r < 0 ? SK_NULL : SK_NONE;
}

static sk_value wrap_len(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                         size_t nargs, sk_value kw) {
    int64_t n = ((int64_t(*)(sk_vm *, sk_value))fn)(vm, self);
    return n < 0 ? SK_NULL : sk_int_from_i64(vm, n);
}

static sk_value wrap_binary(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                            size_t nargs, sk_value kw) {
    return ((sk_binary_fn)fn)(vm, self, args[0]);
}

static sk_value wrap_rbinary(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                             size_t nargs, sk_value kw) {
    return ((sk_binary_fn)fn)(vm, args[0], self);
}

static sk_value wrap_pow(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                         size_t nargs, sk_value kw) {
    if (nargs > 1 && args[1] != SK_NONE) return sk_pow3_slot(vm, (sk_binary_fn)fn, self, args[0], args[1]);
    return ((sk_binary_fn)fn)(vm, self, args[0]);
}

static sk_value wrap_setitem(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                             size_t nargs, sk_value kw) {
    int r = ((int (*)(sk_vm *, sk_value, sk_value, sk_value))fn)(vm, self, args[0], nargs > 1 ? args[1] : SK_NULL);
    return r < 0 ? SK_NULL : SK_NONE;
}

static sk_value wrap_contains(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                              size_t nargs, sk_value kw) {
    int r = ((int (*)(sk_vm *, sk_value, sk_value))fn)(vm, self, args[0]);
    return r < 0 ? SK_NULL : sk_from_bool(r);
}

static sk_value wrap_truth(sk_vm *vm, const sk_slotdef *s, void *fn, sk_value self, const sk_value *args,
                           size_t nargs, sk_value kw) {
    int r = ((int (*)(sk_vm *, sk_value))fn)(vm, self);
    return r < 0 ? SK_NULL : sk_from_bool(r);
}

/* ---- the table ---------------------------------------------------------- */

#define OFF(field) offsetof(sk_type, field)

const sk_slotdef sk_slotdefs[] = {
    {"__repr__", OFF(repr), wrap_unary, (void *)slot_repr, 0, 0, 0, "Return repr(self)."},
    {"__str__", OFF(str), wrap_unary, (void *)slot_str, 0, 0, 0, "Return str(self)."},
    {"__hash__", OFF(hash), wrap_hash, (void *)slot_hash, 0, 0, 0, "Return hash(self)."},
    {"__call__", OFF(call), wrap_call, (void *)slot_call, 0, 0, -1, "Call self as a function."},
    {"__getattribute__", OFF(getattr), wrap_getattr, (void *)slot_getattr_hook, 0, 1, 1,
     "Return getattr(self, name)."},
    {"__getattr__", OFF(getattr), NULL, (void *)slot_getattr_hook, 0, 1, 1, NULL},
    {"__setattr__", OFF(setattr), wrap_setattr, (void *)slot_setattr, 0, 2, 2,
     "Implement setattr(self, name, value)."},
    {"__delattr__", OFF(setattr), wrap_setattr, (void *)slot_setattr, 0, 1, 1, "Implement delattr(self, name)."},
    {"__lt__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_LT, 1, 1, "Return self<value."},
    {"__le__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_LE, 1, 1, "Return self<=value."},
    {"__eq__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_EQ, 1, 1, "Return self==value."},
    {"__ne__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_NE, 1, 1, "Return self!=value."},
    {"__gt__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_GT, 1, 1, "Return self>value."},
    {"__ge__", OFF(richcmp), wrap_richcmp, (void *)slot_richcmp, SK_GE, 1, 1, "Return self>=value."},
    {"__iter__", OFF(iter), wrap_unary, (void *)slot_iter, 0, 0, 0, "Implement iter(self)."},
    {"__next__", OFF(next), wrap_next, (void *)slot_next, 0, 0, 0, "Implement next(self)."},
    {"__get__", OFF(descr_get), wrap_descr_get, (void *)slot_descr_get, 0, 1, 2,
     "Return an attribute of instance, which is of type owner."},
    {"__set__", OFF(descr_set), wrap_descr_set, (void *)slot_descr_set, 0, 2, 2,
     "Set an attribute of instance to value."},
    {"__delete__", OFF(descr_set), wrap_descr_set, (void *)slot_descr_set, 0, 1, 1,
     "Delete an attribute of instance."},
    {"__init__", OFF(tp_init), wrap_init, (void *)slot_init, 0, 0, -1,
     "Initialize self.  See help(type(self)) for accurate signature."},
    {"__new__", OFF(tp_new), NULL, (void *)slot_new, 0, 0, -1, NULL},
    {"__len__", OFF(len), wrap_len, (void *)slot_len, 0, 0, 0, "Return len(self)."},
    {"__getitem__", OFF(getitem), wrap_binary, (void *)slot_getitem, 0, 1, 1, "Return self[key]."},
    {"__setitem__", OFF(setitem), wrap_setitem, (void *)slot_setitem, 0, 2, 2, "Set self[key] to value."},
    {"__delitem__", OFF(setitem), wrap_setitem, (void *)slot_setitem, 0, 1, 1, "Delete self[key]."},
    {"__contains__", OFF(contains), wrap_contains, (void *)slot_contains, 0, 1, 1, "Return bool(key in self)."},
    {"__bool__", OFF(truth), wrap_truth, (void *)slot_truth, 0, 0, 0, "True if self else False"},
    {"__neg__", OFF(neg), wrap_unary, (void *)slot_neg, 0, 0, 0, "-self"},
    {"__pos__", OFF(pos), wrap_unary, (void *)slot_pos, 0, 0, 0, "+self"},
    {"__abs__", OFF(abs), wrap_unary, (void *)slot_abs, 0, 0, 0, "abs(self)"},
    {"__invert__", OFF(invert), wrap_unary, (void *)slot_invert, 0, 0, 0, "~self"},
    {"__index__", OFF(index), wrap_unary, (void *)slot_index, 0, 0, 0,
     "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__int__", OFF(to_int), wrap_unary, (void *)slot_int, 0, 0, 0, "int(self)"},
    {"__float__", OFF(to_float), wrap_unary, (void *)slot_float, 0, 0, 0, "float(self)"},
    {"__await__", OFF(await), wrap_unary, (void *)slot_await, 0, 0, 0,
     "Return an iterator to be used in await expression."},
    {"__aiter__", OFF(aiter), wrap_unary, (void *)slot_aiter, 0, 0, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", OFF(anext), wrap_unary, (void *)slot_anext, 0, 0, 0, "Return a value or raise StopAsyncIteration."},
#define X(id, d, r, i, s)                                                                  \
    {d, OFF(nb[SK_NB_##id]), SK_NB_##id == SK_NB_POW ? wrap_pow : wrap_binary,              \
     (void *)slot_nb_##id, SK_NB_##id, 1, SK_NB_##id == SK_NB_POW ? 2 : 1, "Return self" s "value."}, \
    {r, OFF(nb[SK_NB_##id]), wrap_rbinary, (void *)slot_nb_##id, SK_NB_##id, 1, SK_NB_##id == SK_NB_POW ? 2 : 1, \
     "Return value" s "self."},                                                             \
    {i ? i : "__idivmod__", OFF(nb_inplace[SK_NB_##id]), wrap_binary, (void *)slot_inplace_##id, SK_NB_##id, 1, 1, \
     "Return self" s "=value."},
    SK_BINOPS(X)
#undef X
    {NULL, 0, NULL, NULL, 0, 0, 0, NULL},
};

bool sk_slots_is_slot_name(sk_value name) {
    const char *n = sk_str_data(name);
    size_t len = sk_str_size(name);
    if (len < 5 || n[0] != '_' || n[1] != '_' || n[len - 1] != '_' || n[len - 2] != '_') return false;
    for (const sk_slotdef *s = sk_slotdefs; s->name; s++)
        if (strcmp(s->name, n) == 0) return true;
    return false;
}

/* A built-in type's __new__: tp_new exposed as a function whose first
 * argument is the class to create. */
static sk_value tp_new_wrapper(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    /* args[0] is the type the wrapper belongs to (bound self) */
    sk_type *owner = sk_as_type(args[0]);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nargs - nkw < 2)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__new__(): not enough arguments", sk_type_name(owner));
    sk_value cls = args[1];
    if (!sk_is_type(vm, cls))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__new__(X): X is not a type object (%T)", sk_type_name(owner), cls);
    sk_type *t = sk_as_type(cls);
    if (!sk_type_is_subtype(t, owner))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__new__(%s): %s is not a subtype of %s", sk_type_name(owner),
                          sk_type_name(t), sk_type_name(t), sk_type_name(owner));
    return owner->tp_new(vm, cls, args + 2, nargs - 2, kwnames);
}

static const sk_method_def tp_new_def = {"__new__", tp_new_wrapper, 1, -1, SK_METH_KEYWORDS,
                                         "Create and return a new object."};

bool sk_slots_add_wrappers(sk_vm *vm, sk_type *t) {
    sk_type *base = t->base;
    for (const sk_slotdef *s = sk_slotdefs; s->name; s++) {
        void *fn = SLOT(t, s->offset);
        if (!fn) continue;
        if (base && SLOT(base, s->offset) == fn) continue;
        sk_value name = sk_str_intern_cstr(vm, s->name);
        if (!name) return false;
        if (sk_dict_get_str(vm, t->dict, name)) continue;
        sk_value w;
        if (s->offset == OFF(tp_new)) {
            w = sk_builtin_new(vm, &tp_new_def, sk_from_obj(t), SK_NULL);
        } else if (!s->wrap) {
            continue;
        } else {
            w = sk_slot_wrapper_new(vm, s, t, fn);
        }
        if (!w || !sk_dict_set(vm, t->dict, name, w)) return false;
    }
    /* unhashable built-ins show __hash__ = None */
    if (t->hash == sk_unhashable && (!base || base->hash != sk_unhashable)) {
        if (!sk_dict_set(vm, t->dict, SK_NAME(vm, __hash__), SK_NONE)) return false;
    }
    return true;
}

/* What C function should t's slot at `offset` be, given what its MRO says
 * for the dunders that map to it? */
static void fixup_one(sk_vm *vm, sk_type *t, const sk_slotdef *first) {
    void *generic = NULL, *specific = NULL;
    bool use_generic = false;
    for (const sk_slotdef *s = sk_slotdefs; s->name; s++) {
        if (s->offset != first->offset) continue;
        sk_value name = sk_str_intern_cstr(vm, s->name);
        if (!name) {
            sk_exc_take(vm);
            return;
        }
        sk_value d = sk_type_lookup(vm, t, name);
        if (!d) continue;
        sk_type *dt = sk_typeof(vm, d);
        if (dt == SK_TYPE(vm, SLOT_WRAPPER) && ((sk_slot_wrapper *)sk_as_obj(d))->slot->offset == s->offset) {
            void *fn = ((sk_slot_wrapper *)sk_as_obj(d))->fn;
            if (specific && specific != fn) use_generic = true;
            specific = fn;
        } else if (s->offset == OFF(tp_new) && dt == SK_TYPE(vm, BUILTIN) &&
                   ((sk_builtin *)sk_as_obj(d))->def == &tp_new_def) {
            specific = (void *)sk_as_type(((sk_builtin *)sk_as_obj(d))->self)->tp_new;
        } else if (d == SK_NONE && s->offset == OFF(hash)) {
            specific = (void *)sk_unhashable;
        } else {
            use_generic = true;
        }
        generic = s->generic;
    }
    void *result = use_generic ? generic : specific;
    /* __getattr__ alone still needs the hook around the generic lookup */
    if (first->offset == OFF(getattr) && !use_generic && !result) result = NULL;
    SLOT(t, first->offset) = result;
    if (first->offset == OFF(getattr)) {
        if (use_generic) t->flags |= SK_TF_CUSTOM_GETATTR;
        else t->flags &= ~SK_TF_CUSTOM_GETATTR;
        if (!SLOT(t, first->offset)) SLOT(t, first->offset) = (void *)sk_generic_getattr;
    }
}

void sk_slots_fixup(sk_vm *vm, sk_type *t, sk_value name) {
    for (const sk_slotdef *s = sk_slotdefs; s->name; s++) {
        if (name && strcmp(s->name, sk_str_data(name)) != 0) continue;
        /* each slot is decided once, at the first entry naming it */
        const sk_slotdef *first = sk_slotdefs;
        while (first->offset != s->offset) first++;
        if (name || first == s) fixup_one(vm, t, first);
    }
    if (!t->setattr) t->setattr = sk_generic_setattr;
}
