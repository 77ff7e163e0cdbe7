/* ops.c — the generic object protocol (see ops.h): dispatch through type
 * slots with CPython's fallbacks and messages; plus the two iterator types
 * the protocol itself creates (the __getitem__ sequence iterator and
 * iter(callable, sentinel)).
 */
#include "ops.h"

#include <math.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- text ---------------------------------------------------------------- */

sk_value sk_repr(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    if (t == SK_TYPE(vm, STR) && sk_str_ptr(v)->ascii && sk_str_size(v) < 64) {
        /* fast path for short ASCII strings without quotes/escapes */
        const char *p = sk_str_data(v);
        size_t n = sk_str_size(v);
        bool plain = true;
        for (size_t i = 0; i < n && plain; i++)
            plain = p[i] >= 0x20 && p[i] < 0x7F && p[i] != '\'' && p[i] != '\\';
        if (plain) {
            sk_value r = sk_str_alloc(vm, n + 2);
            if (!r) return SK_NULL;
            sk_string *s = sk_str_ptr(r);
            s->data[0] = '\'';
            memcpy(s->data + 1, p, n);
            s->data[n + 1] = '\'';
            s->len = n + 2;
            s->ascii = 1;
            return r;
        }
    }
    if (!t->repr) return sk_str_fmt(vm, "<%s object>", sk_type_name(t));
    if (!sk_enter_recursion(vm, " while getting the repr of an object")) return SK_NULL;
    sk_value r = t->repr(vm, v);
    sk_leave_recursion(vm);
    if (r && !sk_is_str(vm, r)) return sk_exc_fmt(vm, SK_EXC_TYPE, "__repr__ returned non-string (type %T)", r);
    return r;
}

int sk_repr_enter(sk_vm *vm, sk_value obj) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, obj);
    if (!vm->repr_running) {
        sk_value l = sk_list_new(vm, 0);
        if (!l) return -1;
        vm->repr_running = l;
    }
    sk_value l = vm->repr_running;
    for (size_t i = 0; i < sk_list_len(l); i++)
        if (sk_list_items(l)[i] == obj) return 1;
    return sk_list_append(vm, l, obj) ? 0 : -1;
}

void sk_repr_leave(sk_vm *vm, sk_value obj) {
    sk_value l = vm->repr_running;
    if (!l) return;
    sk_list *lp = sk_list_ptr(l);
    for (size_t i = lp->len; i-- > 0;) {
        if (lp->items[i] != obj) continue;
        memmove(lp->items + i, lp->items + i + 1, (lp->len - i - 1) * sizeof(sk_value));
        lp->len--;
        return;
    }
}

sk_value sk_str(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    if (t == SK_TYPE(vm, STR)) return v;
    sk_unary_fn f = t->str ? t->str : t->repr;
    if (!f) return sk_repr(vm, v);
    if (!sk_enter_recursion(vm, " while getting the str of an object")) return SK_NULL;
    sk_value r = f(vm, v);
    sk_leave_recursion(vm);
    if (r && !sk_is_str(vm, r)) return sk_exc_fmt(vm, SK_EXC_TYPE, "__str__ returned non-string (type %T)", r);
    return r;
}

sk_value sk_ascii(sk_vm *vm, sk_value v) {
    sk_value r = sk_repr(vm, v);
    if (!r || sk_str_ptr(r)->ascii) return r;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    const char *p = sk_str_data(r), *end = p + sk_str_size(r);
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (c < 0x80) sk_buf_putc(&b, (char)c);
        else if (c <= 0xFF) sk_buf_printf(&b, "\\x%02x", c);
        else if (c <= 0xFFFF) sk_buf_printf(&b, "\\u%04x", c);
        else sk_buf_printf(&b, "\\U%08x", c);
    }
    return sk_str_from_buf(vm, &b);
}

sk_value sk_format(sk_vm *vm, sk_value v, sk_value spec) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    if (!spec) spec = vm->empty_str;
    if (sk_str_size(spec) == 0 && SK_IS(vm, v, STR)) return v;
    SK_ROOT(vm, v);
    SK_ROOT(vm, spec);
    sk_value r;
    sk_type *t = sk_typeof(vm, v);
    sk_value f = SK_NULL;
    if (t == SK_TYPE(vm, INT) || t == SK_TYPE(vm, FLOAT) || t == SK_TYPE(vm, STR))
        f = sk_type_lookup(vm, t, SK_NAME(vm, __format__));
    if (f && SK_IS(vm, f, METHOD_DESCR) && SK_IS(vm, spec, STR)) {
        /* the built-in __format__ itself, without a call's machinery */
        sk_value args[2] = {v, spec};
        r = ((sk_method_descr *)sk_as_obj(f))->def->fn(vm, args, 2, SK_NULL);
    } else {
        r = sk_call_special(vm, v, SK_NAME(vm, __format__), &spec, 1);
    }
    if (!r && !vm->exc)
        r = sk_exc_fmt(vm, SK_EXC_TYPE, "Type %s doesn't define __format__", sk_type_name_of(vm, v));
    if (r && !sk_is_str(vm, r))
        r = sk_exc_fmt(vm, SK_EXC_TYPE, "__format__ must return a str, not %T", r);
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- hashing --------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

uint64_t sk_id_of(sk_vm *vm, sk_value v) {
    (void)vm;
    /* heap objects: their address; small ints and immediates: the value's
     * own bits, which are never 8-aligned and so never an address */
    return (uint64_t)v;
}

int64_t sk_hash_pointer(const void *p) {
    /* rotate away the alignment bits, as CPython does */
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

/* The hash of a float equals the hash of the rational it represents
 * reduced modulo 2**61 - 1, so that equal numbers of different types hash
 * alike (CPython's definition). NaNs hash by identity. */
int64_t sk_hash_double(sk_vm *vm, sk_value owner, double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return sk_hash_pointer((void *)(uintptr_t)owner);
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

int64_t sk_unhashable(sk_vm *vm, sk_value v) {
    sk_exc_fmt(vm, SK_EXC_TYPE, "unhashable type: '%s'", sk_type_name_of(vm, v));
    return -1;
}

int64_t sk_hash(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) {
        int64_t n = sk_as_int(v);
        /* |n| < 2**62 < modulus * 2: one correction suffices */
        int64_t h = n >= 0 ? (int64_t)((uint64_t)n % HASH_MODULUS) : -(int64_t)((uint64_t)(-n) % HASH_MODULUS);
        return h == -1 ? -2 : h;
    }
    if (sk_is_imm(v)) {
        switch (sk_imm_kind(v)) {
        case SK_IMM_TRUE: return 1;
        case SK_IMM_FALSE: return 0;
        case SK_IMM_NONE: return 4238894112LL; /* CPython 3.12's constant */
        default: return sk_hash_pointer((void *)(uintptr_t)v);
        }
    }
    sk_type *t = sk_as_obj(v)->type;
    if (t == SK_TYPE(vm, STR)) return sk_str_hash(vm, v);
    if (!t->hash) return sk_unhashable(vm, v);
    return t->hash(vm, v);
}

/* ---- truth ----------------------------------------------------------------- */

int sk_truth(sk_vm *vm, sk_value v) {
    if (v == SK_TRUE) return 1;
    if (v == SK_FALSE || v == SK_NONE) return 0;
    if (sk_is_int(v)) return sk_as_int(v) != 0;
    if (sk_is_imm(v)) return 1;
    sk_type *t = sk_as_obj(v)->type;
    if (t->truth) return t->truth(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ------------------------------------------------------------ */

static const sk_cmpop swapped[] = {SK_GT, SK_GE, SK_EQ, SK_NE, SK_LT, SK_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

sk_value sk_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    sk_type *ta = sk_typeof(vm, a), *tb = sk_typeof(vm, b);
    bool checked_reverse = false;
    sk_value r;
    if (!sk_enter_recursion(vm, " in comparison")) return SK_NULL;
    if (ta != tb && tb->richcmp && sk_type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcmp(vm, b, a, swapped[op]);
        if (r != SK_NOTIMPL) goto done;
    }
    if (ta->richcmp) {
        r = ta->richcmp(vm, a, b, op);
        if (r != SK_NOTIMPL) goto done;
    }
    if (!checked_reverse && tb->richcmp) {
        r = tb->richcmp(vm, b, a, swapped[op]);
        if (r != SK_NOTIMPL) goto done;
    }
    if (op == SK_EQ) r = sk_from_bool(a == b);
    else if (op == SK_NE) r = sk_from_bool(a != b);
    else
        r = sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                       sk_type_name(ta), sk_type_name(tb));
done:
    sk_leave_recursion(vm);
    return r;
}

int sk_richcmp_bool(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    if (a == b) {
        if (op == SK_EQ) return 1;
        if (op == SK_NE) return 0;
    }
    if (sk_is_int(a) && sk_is_int(b)) {
        int64_t x = sk_as_int(a), y = sk_as_int(b);
        switch (op) {
        case SK_LT: return x < y;
        case SK_LE: return x <= y;
        case SK_EQ: return x == y;
        case SK_NE: return x != y;
        case SK_GT: return x > y;
        default: return x >= y;
        }
    }
    if (op == SK_EQ && SK_IS(vm, a, STR) && SK_IS(vm, b, STR)) return sk_str_eq(a, b);
    if ((op == SK_EQ || op == SK_NE) && sk_is_ptr(a) && sk_is_ptr(b)) {
        /* two objects of one type that keeps object's ==: both __eq__ calls
         * would return NotImplemented and == falls back to identity (the
         * common case of list.index/remove over futures and tasks) */
        sk_type *t = sk_as_obj(a)->type;
        if (t == sk_as_obj(b)->type && sk_type_eq_is_identity(t)) return op == SK_NE;
    }
    sk_value r = sk_richcmp(vm, a, b, op);
    if (!r) return -1;
    if (sk_is_bool(r)) return r == SK_TRUE;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, r);
    int t = sk_truth(vm, r);
    sk_gc_roots_restore(vm, mark);
    return t;
}

int sk_compare_truth(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    sk_value r = sk_richcmp(vm, a, b, op);
    if (!r) return -1;
    if (sk_is_bool(r)) return r == SK_TRUE;
    SK_ROOT(vm, r);
    return sk_truth(vm, r);
}

int sk_eq(sk_vm *vm, sk_value a, sk_value b) { return sk_richcmp_bool(vm, a, b, SK_EQ); }

/* ---- arithmetic ------------------------------------------------------------ */

static const char *const binop_symbols[] = {
#define X(id, d, r, i, s) s,
    SK_BINOPS(X)
#undef X
};

static sk_value binop1(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    sk_type *ta = sk_typeof(vm, a), *tb = sk_typeof(vm, b);
    sk_binary_fn fa = ta->nb[op], fb = NULL;
    if (tb != ta) {
        fb = tb->nb[op];
        if (fb == fa) fb = NULL;
    }
    if (fa) {
        if (fb && sk_type_is_subtype(tb, ta)) {
            sk_value r = fb(vm, a, b);
            if (r != SK_NOTIMPL) return r;
            fb = NULL;
        }
        sk_value r = fa(vm, a, b);
        if (r != SK_NOTIMPL) return r;
    }
    if (fb) return fb(vm, a, b);
    return SK_NOTIMPL;
}

static sk_value binop_type_error(sk_vm *vm, sk_nbop op, sk_value a, sk_value b, bool inplace) {
    const char *sym = binop_symbols[op];
    if (op == SK_NB_POW) sym = inplace ? "**=" : "** or pow()";
    if (op == SK_NB_DIVMOD) sym = "divmod()";
    return sk_exc_fmt(vm, SK_EXC_TYPE, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                      inplace && op != SK_NB_POW ? "=" : "", sk_type_name_of(vm, a), sk_type_name_of(vm, b));
}

/* Whether v is one of the built-in sequences that CPython concatenates and
 * repeats through its sequence slots rather than its number slots. */
static bool is_concat_sequence(sk_vm *vm, sk_value v) {
    if (sk_is_str(vm, v) || sk_is_list(vm, v) || sk_is_tuple(vm, v)) return true;
    sk_type *t = sk_typeof(vm, v);
    return sk_type_is_subtype(t, SK_TYPE(vm, BYTES)) || sk_type_is_subtype(t, SK_TYPE(vm, BYTEARRAY));
}

/* The error for a + b or a * b that no number slot answered. CPython then
 * tries a's sequence concatenation (for +), or either operand's sequence
 * repetition (for *), which fail with their own messages. */
static sk_value binop_failed(sk_vm *vm, sk_nbop op, sk_value a, sk_value b, bool inplace) {
    if (op == SK_NB_ADD && is_concat_sequence(vm, a)) {
        if (sk_is_str(vm, a))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "can only concatenate str (not \"%s\") to str", sk_type_name_of(vm, b));
        if (sk_is_list(vm, a))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "can only concatenate list (not \"%s\") to list", sk_type_name_of(vm, b));
        if (sk_is_tuple(vm, a))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "can only concatenate tuple (not \"%s\") to tuple",
                              sk_type_name_of(vm, b));
        return sk_exc_fmt(vm, SK_EXC_TYPE, "can't concat %s to %s", sk_type_name_of(vm, b), sk_type_name_of(vm, a));
    }
    if (op == SK_NB_MUL && (is_concat_sequence(vm, a) || is_concat_sequence(vm, b)))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "can't multiply sequence by non-int of type '%s'",
                          sk_type_name_of(vm, is_concat_sequence(vm, a) ? b : a));
    return binop_type_error(vm, op, a, b, inplace);
}

sk_value sk_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    sk_value r = binop1(vm, op, a, b);
    if (r == SK_NOTIMPL) return binop_failed(vm, op, a, b, false);
    return r;
}

sk_value sk_inplace_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    sk_binary_fn f = sk_typeof(vm, a)->nb_inplace[op];
    if (f) {
        sk_value r = f(vm, a, b);
        if (r != SK_NOTIMPL) return r;
    }
    sk_value r = binop1(vm, op, a, b);
    if (r == SK_NOTIMPL) return binop_failed(vm, op, a, b, true);
    return r;
}

/* Each built-in with a power slot decides for itself; a class's __pow__
 * is called only when it is a's own (three-argument power never calls
 * __rpow__). */
sk_value sk_pow3_slot(sk_vm *vm, sk_binary_fn slot, sk_value a, sk_value b, sk_value m) {
    if (slot == SK_TYPE(vm, INT)->nb[SK_NB_POW]) {
        if (sk_is_int_like(vm, a) && sk_is_int_like(vm, b) && sk_is_int_like(vm, m))
            return sk_int_pow_mod(vm, a, b, m);
        return SK_NOTIMPL;
    }
    bool a_real = sk_is_float(vm, a) || sk_is_int_like(vm, a), b_real = sk_is_float(vm, b) || sk_is_int_like(vm, b);
    if (slot == SK_TYPE(vm, FLOAT)->nb[SK_NB_POW]) {
        if (!a_real || !b_real) return SK_NOTIMPL;
        return sk_exc_msg(vm, SK_EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (slot == SK_TYPE(vm, COMPLEX)->nb[SK_NB_POW]) {
        sk_type *c = SK_TYPE(vm, COMPLEX);
        if (!(a_real || sk_isinstance_type(vm, a, c)) || !(b_real || sk_isinstance_type(vm, b, c)))
            return SK_NOTIMPL;
        return sk_exc_msg(vm, SK_EXC_VALUE, "complex modulo");
    }
    if (sk_typeof(vm, a)->nb[SK_NB_POW] != slot || !(sk_typeof(vm, a)->flags & SK_TF_HEAP)) return SK_NOTIMPL;
    SK_ROOT_SCOPE(vm);
    sk_value args[2] = {b, m};
    sk_value r = sk_call_special(vm, a, sk_str_intern_cstr(vm, "__pow__"), args, 2);
    if (!r && !vm->exc) return SK_NOTIMPL;
    return r;
}

sk_value sk_pow3(sk_vm *vm, sk_value a, sk_value b, sk_value m) {
    if (sk_is_int(a) && sk_is_int(b) && sk_is_int(m)) return sk_int_pow_mod(vm, a, b, m);
    sk_type *ta = sk_typeof(vm, a), *tb = sk_typeof(vm, b), *tm = sk_typeof(vm, m);
    sk_binary_fn fa = ta->nb[SK_NB_POW], fb = NULL, fm = tm->nb[SK_NB_POW];
    if (tb != ta) {
        fb = tb->nb[SK_NB_POW];
        if (fb == fa) fb = NULL;
    }
    sk_value r;
    if (fa) {
        if (fb && sk_type_is_subtype(tb, ta)) {
            r = sk_pow3_slot(vm, fb, a, b, m);
            if (r != SK_NOTIMPL) return r;
            fb = NULL;
        }
        r = sk_pow3_slot(vm, fa, a, b, m);
        if (r != SK_NOTIMPL) return r;
    }
    if (fb) {
        r = sk_pow3_slot(vm, fb, a, b, m);
        if (r != SK_NOTIMPL) return r;
    }
    if (fm && fm != fa && fm != fb) {
        r = sk_pow3_slot(vm, fm, a, b, m);
        if (r != SK_NOTIMPL) return r;
    }
    return sk_exc_fmt(vm, SK_EXC_TYPE, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      sk_type_name(ta), sk_type_name(tb), sk_type_name(tm));
}

static sk_value unary(sk_vm *vm, sk_value v, size_t offset, const char *sym) {
    sk_type *t = sk_typeof(vm, v);
    sk_unary_fn f = *(sk_unary_fn *)((char *)t + offset);
    if (!f) return sk_exc_fmt(vm, SK_EXC_TYPE, "bad operand type for %s: '%s'", sym, sk_type_name(t));
    return f(vm, v);
}

sk_value sk_neg(sk_vm *vm, sk_value v) { return unary(vm, v, offsetof(sk_type, neg), "unary -"); }
sk_value sk_pos(sk_vm *vm, sk_value v) { return unary(vm, v, offsetof(sk_type, pos), "unary +"); }
sk_value sk_invert(sk_vm *vm, sk_value v) { return unary(vm, v, offsetof(sk_type, invert), "unary ~"); }
sk_value sk_abs(sk_vm *vm, sk_value v) { return unary(vm, v, offsetof(sk_type, abs), "abs()"); }

sk_value sk_index(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) return v;
    if (sk_is_bool(v)) return sk_from_int(v == SK_TRUE);
    sk_type *t = sk_typeof(vm, v);
    if (t == SK_TYPE(vm, INT)) return v;
    if (!t->index)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object cannot be interpreted as an integer", sk_type_name(t));
    return t->index(vm, v);
}

bool sk_index_i64(sk_vm *vm, sk_value v, int64_t *out, const char *what) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    sk_value i = sk_index(vm, v);
    if (!i) return false;
    if (!sk_int_to_i64(vm, i, out)) {
        if (sk_exc_pending(vm, SK_EXC_OVERFLOW)) {
            sk_exc_take(vm);
            sk_exc_fmt(vm, SK_EXC_INDEX, "%s", what ? what : "cannot fit 'int' into an index-sized integer");
            /* CPython raises IndexError for sequence indexes and
             * OverflowError elsewhere; callers pick by `what` */
            if (what && strstr(what, "index-sized")) {
                sk_exc_take(vm);
                sk_exc_fmt(vm, SK_EXC_OVERFLOW, "%s", what);
            }
        }
        return false;
    }
    return true;
}

/* ---- attributes -------------------------------------------------------------- */

/* (name SK_NULL: making the name str failed, and its MemoryError is set;
 * callers may pass sk_str_intern_cstr's result straight in) */
sk_value sk_getattr(sk_vm *vm, sk_value obj, sk_value name) {
    if (SK_UNLIKELY(!name)) return SK_NULL;
    sk_type *t = sk_typeof(vm, obj);
    if (!t->getattr) return sk_exc_attribute_error(vm, obj, name);
    return t->getattr(vm, obj, name);
}

sk_value sk_getattr_cstr(sk_vm *vm, sk_value obj, const char *name) {
    sk_value n = sk_str_intern_cstr(vm, name);
    if (!n) return SK_NULL;
    return sk_getattr(vm, obj, n);
}

sk_value sk_getattr_opt(sk_vm *vm, sk_value obj, sk_value name) {
    if (SK_UNLIKELY(!name)) return SK_NULL;
    sk_type *t = sk_typeof(vm, obj);
    if (t->getattr == sk_generic_getattr) return sk_generic_getattr_opt(vm, obj, name);
    sk_value v = sk_getattr(vm, obj, name);
    if (!v && sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) sk_exc_take(vm);
    return v;
}

int sk_setattr(sk_vm *vm, sk_value obj, sk_value name, sk_value v) {
    sk_type *t = sk_typeof(vm, obj);
    /* immediates (small ints, None, bools) have no instance dict: the
     * generic rules give their descriptors' own messages */
    if (!t->setattr || !sk_is_ptr(obj)) return sk_generic_setattr(vm, obj, name, v);
    return t->setattr(vm, obj, name, v);
}

int sk_delattr(sk_vm *vm, sk_value obj, sk_value name) { return sk_setattr(vm, obj, name, SK_NULL); }

sk_value sk_lookup_special(sk_vm *vm, sk_value obj, sk_value name) {
    sk_type *t = sk_typeof(vm, obj);
    sk_value f = sk_type_lookup(vm, t, name);
    if (!f) return SK_NULL;
    sk_type *ft = sk_typeof(vm, f);
    if (ft->descr_get) return ft->descr_get(vm, f, obj, sk_from_obj(t));
    return f;
}

/* ---- containers ---------------------------------------------------------------- */

sk_value sk_getitem(sk_vm *vm, sk_value o, sk_value key) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, o);
    if (t->getitem) return t->getitem(vm, o, key);
    if (sk_is_type(vm, o)) {
        SK_ROOT_SCOPE(vm);
        if (sk_as_type(o) == SK_TYPE(vm, TYPE)) return sk_generic_alias(vm, o, key);
        sk_value cgi = sk_getattr_opt(vm, o, SK_NAME(vm, __class_getitem__));
        if (cgi) {
            SK_ROOT(vm, cgi);
            return sk_call1(vm, cgi, key);
        }
        if (vm->exc) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type '%s' is not subscriptable", sk_type_name(sk_as_type(o)));
    }
    return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not subscriptable", sk_type_name(t));
}

int sk_setitem(sk_vm *vm, sk_value o, sk_value key, sk_value v) {
    sk_type *t = sk_typeof(vm, o);
    if (!t->setitem) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object does not support item assignment", sk_type_name(t));
        return -1;
    }
    return t->setitem(vm, o, key, v);
}

int sk_delitem(sk_vm *vm, sk_value o, sk_value key) {
    sk_type *t = sk_typeof(vm, o);
    if (!t->setitem) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object doesn't support item deletion", sk_type_name(t));
        return -1;
    }
    return t->setitem(vm, o, key, SK_NULL);
}

int sk_contains(sk_vm *vm, sk_value o, sk_value key) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, o);
    if (t->contains) return t->contains(vm, o, key);
    if (!t->iter && !t->getitem) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "argument of type '%s' is not iterable", sk_type_name(t));
        return -1;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, o);
    if (!it) return -1;
    SK_ROOT(vm, it);
    sk_value x = SK_NULL;
    SK_ROOT(vm, x);
    int r;
    while ((r = sk_next(vm, it, &x)) == 1) {
        int eq = sk_richcmp_bool(vm, x, key, SK_EQ);
        if (eq != 0) {
            r = eq;
            break;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return r;
}

int64_t sk_len(sk_vm *vm, sk_value o) {
    sk_type *t = sk_typeof(vm, o);
    if (!t->len) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "object of type '%s' has no len()", sk_type_name(t));
        return -1;
    }
    return t->len(vm, o);
}

/* ---- iteration ------------------------------------------------------------------ */

typedef struct seq_iter {
    sk_obj hdr;
    sk_value seq;       /* SK_NULL when exhausted */
    int64_t index;
} seq_iter;

typedef struct call_iter {
    sk_obj hdr;
    sk_value callable;  /* SK_NULL when exhausted */
    sk_value sentinel;
} call_iter;

static void seq_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((seq_iter *)o)->seq); }
static void call_iter_trace(sk_vm *vm, sk_obj *o) {
    sk_gc_mark(vm, ((call_iter *)o)->callable);
    sk_gc_mark(vm, ((call_iter *)o)->sentinel);
}

sk_value sk_iter(sk_vm *vm, sk_value o) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, o);
    if (t->iter) {
        sk_value it = t->iter(vm, o);
        if (it && !sk_typeof(vm, it)->next)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem && !sk_is_dict(vm, o)) {
        SK_ROOT(vm, o);
        seq_iter *it = (seq_iter *)sk_gc_new(vm, SK_TYPE(vm, SEQ_ITER), sizeof(seq_iter));
        if (!it) return SK_NULL;
        it->seq = o;
        return sk_from_obj(it);
    }
    return sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not iterable", sk_type_name(t));
}

sk_value sk_call_iter_new(sk_vm *vm, sk_value callable, sk_value sentinel) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, callable);
    SK_ROOT(vm, sentinel);
    call_iter *it = (call_iter *)sk_gc_new(vm, SK_TYPE(vm, CALL_ITER), sizeof(call_iter));
    sk_gc_roots_restore(vm, mark);
    if (!it) return SK_NULL;
    it->callable = callable;
    it->sentinel = sentinel;
    return sk_from_obj(it);
}

int sk_next(sk_vm *vm, sk_value it, sk_value *out) {
    sk_type *t = sk_typeof(vm, it);
    if (!t->next) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object is not an iterator", sk_type_name(t));
        return -1;
    }
    return t->next(vm, it, out);
}

static int seq_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    seq_iter *it = (seq_iter *)sk_as_obj(self);
    if (!it->seq) return 0;
    sk_value v = sk_getitem(vm, it->seq, sk_from_int(it->index));
    if (!v) {
        if (sk_exc_pending(vm, SK_EXC_INDEX) || sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
            sk_exc_take(vm);
            it->seq = SK_NULL;
            return 0;
        }
        return -1;
    }
    it->index++;
    *out = v;
    return 1;
}

static int call_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    call_iter *it = (call_iter *)sk_as_obj(self);
    if (!it->callable) return 0;
    sk_value v = sk_call0(vm, it->callable);
    if (!v) {
        if (sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
            sk_exc_take(vm);
            it->callable = SK_NULL;
            return 0;
        }
        return -1;
    }
    SK_ROOT(vm, v);
    int eq = sk_eq(vm, v, it->sentinel);
    if (eq < 0) return -1;
    if (eq) {
        it->callable = SK_NULL;
        return 0;
    }
    *out = v;
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

/* ---- isinstance / issubclass ------------------------------------------------- */

static int recursive_isinstance(sk_vm *vm, sk_value obj, sk_value cls);

int sk_isinstance(sk_vm *vm, sk_value obj, sk_value cls) {
    sk_type *ot = sk_typeof(vm, obj);
    if (sk_from_obj(ot) == cls) return 1;
    if (sk_is_type(vm, cls) && sk_typeof(vm, cls) == SK_TYPE(vm, TYPE)) return recursive_isinstance(vm, obj, cls);
    if (sk_is_tuple(vm, cls)) {
        if (!sk_enter_recursion(vm, " in __instancecheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < sk_tuple_len(cls) && r == 0; i++) r = sk_isinstance(vm, obj, sk_tuple_get(cls, i));
        sk_leave_recursion(vm);
        return r;
    }
    if (sk_is_union(vm, cls)) return sk_isinstance(vm, obj, sk_union_args(cls));
    sk_value check = sk_type_lookup(vm, sk_typeof(vm, cls), SK_NAME(vm, __instancecheck__));
    if (check) {
        if (!sk_enter_recursion(vm, " in __instancecheck__")) return -1;
        sk_value r = sk_call_bound(vm, check, cls, &obj, 1, SK_NULL);
        sk_leave_recursion(vm);
        if (!r) return -1;
        return sk_truth(vm, r);
    }
    return recursive_isinstance(vm, obj, cls);
}

static int recursive_isinstance(sk_vm *vm, sk_value obj, sk_value cls) {
    if (!sk_is_type(vm, cls)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    sk_type *ot = sk_typeof(vm, obj);
    if (sk_type_is_subtype(ot, sk_as_type(cls))) return 1;
    /* an object may claim a class through __class__ */
    sk_value c = sk_getattr_opt(vm, obj, SK_NAME(vm, __class__));
    if (!c) return vm->exc ? -1 : 0;
    return c != sk_from_obj(ot) && sk_is_type(vm, c) && sk_type_is_subtype(sk_as_type(c), sk_as_type(cls));
}

int sk_issubclass(sk_vm *vm, sk_value derived, sk_value cls) {
    if (sk_is_type(vm, cls) && sk_typeof(vm, cls) == SK_TYPE(vm, TYPE) && sk_is_type(vm, derived))
        return sk_type_is_subtype(sk_as_type(derived), sk_as_type(cls));
    if (sk_is_tuple(vm, cls)) {
        if (!sk_enter_recursion(vm, " in __subclasscheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < sk_tuple_len(cls) && r == 0; i++) r = sk_issubclass(vm, derived, sk_tuple_get(cls, i));
        sk_leave_recursion(vm);
        return r;
    }
    if (sk_is_union(vm, cls)) return sk_issubclass(vm, derived, sk_union_args(cls));
    sk_value check = sk_type_lookup(vm, sk_typeof(vm, cls), SK_NAME(vm, __subclasscheck__));
    if (check && sk_is_type(vm, cls) && sk_typeof(vm, cls) != SK_TYPE(vm, TYPE)) {
        if (!sk_enter_recursion(vm, " in __subclasscheck__")) return -1;
        sk_value r = sk_call_bound(vm, check, cls, &derived, 1, SK_NULL);
        sk_leave_recursion(vm);
        if (!r) return -1;
        return sk_truth(vm, r);
    }
    if (!sk_is_type(vm, derived)) {
        sk_exc_msg(vm, SK_EXC_TYPE, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!sk_is_type(vm, cls)) {
        if (check) {
            sk_value r = sk_call_bound(vm, check, cls, &derived, 1, SK_NULL);
            if (!r) return -1;
            return sk_truth(vm, r);
        }
        sk_exc_msg(vm, SK_EXC_TYPE, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return sk_type_is_subtype(sk_as_type(derived), sk_as_type(cls));
}

/* ---- names for messages ----------------------------------------------------- */

sk_value sk_callable_name(sk_vm *vm, sk_value f) {
    SK_ROOT_SCOPE(vm);
    sk_value qualname = sk_getattr_opt(vm, f, SK_NAME(vm, __qualname__));
    if (!qualname) return vm->exc ? SK_NULL : sk_str(vm, f);
    SK_ROOT(vm, qualname);
    sk_value module = sk_getattr_opt(vm, f, SK_NAME(vm, __module__));
    if (!module && vm->exc) return SK_NULL;
    if (module && module != SK_NONE) {
        SK_ROOT(vm, module);
        int builtins = sk_eq(vm, module, SK_NAME(vm, builtins));
        if (builtins < 0) return SK_NULL;
        if (!builtins) return sk_str_fmt(vm, "%S.%S()", module, qualname);
    }
    return sk_str_fmt(vm, "%S()", qualname);
}

bool sk_enter_recursion(sk_vm *vm, const char *what);

void sk_ops_init_types(sk_vm *vm) {
    sk_type *si = sk_type_init_builtin(vm, SK_T_SEQ_ITER, SK_TYPE(vm, OBJECT), sizeof(seq_iter), 0);
    si->trace = seq_iter_trace;
    si->iter = iter_self;
    si->next = seq_iter_next;
    sk_type *ci = sk_type_init_builtin(vm, SK_T_CALL_ITER, SK_TYPE(vm, OBJECT), sizeof(call_iter), 0);
    ci->trace = call_iter_trace;
    ci->iter = iter_self;
    ci->next = call_iter_next;
}
