/* int.c — int and bool: small ints inline, big ones as libtommath integers
 * through bigint.c; arithmetic with Python's semantics, conversions,
 * formatting and the int/bool methods.
 */
#include "int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "bytes.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "format.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- representation ---------------------------------------------------------- */

static void bigint_finalize(sk_vm *vm, sk_obj *o) {
    sk_bigint *b = (sk_bigint *)o;
    if (b->n.dp) {
        size_t bytes = sk_bi_size_bytes(&b->n);
        vm->bytes_in_use = vm->bytes_in_use > bytes ? vm->bytes_in_use - bytes : 0;
        mp_clear(&b->n);
    }
}

bool sk_is_int_like(sk_vm *vm, sk_value v) {
    return sk_is_int(v) || sk_is_bool(v) || (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_INT_SUB));
}

/* A heap int of type t taking ownership of *n (cleared afterwards). The
 * digit memory libtommath allocated is counted against the VM's budget. */
static sk_value wrap_mp(sk_vm *vm, sk_type *t, mp_int *n) {
    size_t bytes = sk_bi_size_bytes(n);
    if (vm->config.max_memory && vm->bytes_in_use + bytes > vm->config.max_memory) {
        mp_clear(n);
        return sk_exc_no_memory(vm);
    }
    sk_bigint *b = (sk_bigint *)sk_gc_new(vm, t, t->size);
    if (!b) {
        mp_clear(n);
        return SK_NULL;
    }
    b->n = *n;
    memset(n, 0, sizeof *n);
    vm->bytes_in_use += bytes;
    return sk_from_obj(b);
}

sk_value sk_int_from_mp(sk_vm *vm, mp_int *n) {
    int64_t small;
    if (sk_bi_fits_small(n, &small)) {
        mp_clear(n);
        return sk_from_int(small);
    }
    return wrap_mp(vm, SK_TYPE(vm, INT), n);
}

sk_value sk_int_from_i64(sk_vm *vm, int64_t n) {
    if (sk_int_fits_small(n)) return sk_from_int(n);
    mp_int m;
    if (sk_bi_init_i64(&m, n) != SK_BI_OK) return sk_exc_no_memory(vm);
    return wrap_mp(vm, SK_TYPE(vm, INT), &m);
}

sk_value sk_int_from_u64(sk_vm *vm, uint64_t n) {
    if (n <= (uint64_t)SK_SMALL_MAX) return sk_from_int((int64_t)n);
    mp_int m;
    if (sk_bi_init(&m) != SK_BI_OK) return sk_exc_no_memory(vm);
    mp_set_u64(&m, n);
    return wrap_mp(vm, SK_TYPE(vm, INT), &m);
}

/* A view of any int-like as an mp_int, without allocating for small ones. */
typedef struct int_view {
    sk_bi_small small;
    const mp_int *p;
} int_view;

static const mp_int *view(sk_value v, int_view *iv) {
    if (sk_is_int(v)) return iv->p = sk_bi_view_i64(&iv->small, sk_as_int(v));
    if (sk_is_bool(v)) return iv->p = sk_bi_view_i64(&iv->small, v == SK_TRUE);
    return iv->p = sk_bigint_mp(v);
}

bool sk_int_to_i64(sk_vm *vm, sk_value v, int64_t *out) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    if (sk_is_bool(v)) {
        *out = v == SK_TRUE;
        return true;
    }
    if (sk_bi_to_i64(sk_bigint_mp(v), out)) return true;
    sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C long");
    return false;
}

bool sk_int_to_mp(sk_vm *vm, sk_value v, mp_int *out) {
    int_view iv;
    if (sk_bi_copy(out, view(v, &iv)) != SK_BI_OK) {
        sk_exc_no_memory(vm);
        return false;
    }
    return true;
}

int sk_int_sign(sk_value v) {
    if (sk_is_int(v)) return sk_as_int(v) < 0 ? -1 : sk_as_int(v) > 0;
    if (sk_is_bool(v)) return v == SK_TRUE;
    return sk_bi_sign(sk_bigint_mp(v));
}

int64_t sk_int_hash(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) return sk_hash(vm, v);
    if (sk_is_bool(v)) return v == SK_TRUE;
    return sk_bi_hash(sk_bigint_mp(v));
}

int sk_int_cmp(sk_vm *vm, sk_value a, sk_value b) {
    if (sk_is_int(a) && sk_is_int(b)) return sk_as_int(a) < sk_as_int(b) ? -1 : sk_as_int(a) > sk_as_int(b);
    int_view x, y;
    return sk_bi_cmp(view(a, &x), view(b, &y));
}

bool sk_int_to_double(sk_vm *vm, sk_value v, double *out) {
    if (sk_is_int(v)) {
        *out = (double)sk_as_int(v);
        return true;
    }
    if (sk_is_bool(v)) {
        *out = v == SK_TRUE;
        return true;
    }
    sk_bi_err err;
    if (sk_bi_to_double(sk_bigint_mp(v), out, &err) != SK_BI_OK) {
        sk_exc_msg(vm, SK_EXC_OVERFLOW, err.msg);
        return false;
    }
    return true;
}

sk_value sk_int_from_double(sk_vm *vm, double d) {
    if (d > -4.6e18 && d < 4.6e18) return sk_from_int((int64_t)d);
    mp_int m;
    if (sk_bi_init(&m) != SK_BI_OK || sk_bi_from_double(&m, d) != SK_BI_OK) {
        mp_clear(&m);
        return sk_exc_no_memory(vm);
    }
    return sk_int_from_mp(vm, &m);
}

sk_value sk_int_raise_bi(sk_vm *vm, sk_bi_status st, const sk_bi_err *err) {
    switch (st) {
    case SK_BI_ZERODIV: return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, err->msg);
    case SK_BI_OVERFLOW: return sk_exc_msg(vm, SK_EXC_OVERFLOW, err->msg);
    case SK_BI_VALUE: return sk_exc_msg(vm, SK_EXC_VALUE, err->msg);
    default: return sk_exc_no_memory(vm);
    }
}

/* ---- arithmetic ------------------------------------------------------------------ */

sk_value sk_int_big_binop(sk_vm *vm, sk_bi_binary_fn f, sk_value a, sk_value b) {
    int_view x, y;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = f(&r, view(a, &x), view(b, &y), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}

static int64_t as_small(sk_value v) { return sk_is_int(v) ? sk_as_int(v) : (v == SK_TRUE); }
static bool is_small(sk_value v) { return sk_is_int(v) || sk_is_bool(v); }

static sk_value int_pow(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (sk_int_sign(b) < 0) {
        SK_ROOT_SCOPE(vm);
        /* a negative exponent makes a float result */
        double x, y;
        if (!sk_int_to_double(vm, a, &x) || !sk_int_to_double(vm, b, &y)) return SK_NULL;
        sk_value fa = sk_float_new(vm, x);
        if (!fa) return SK_NULL;
        SK_ROOT(vm, fa);
        sk_value fb = sk_float_new(vm, y);
        if (!fb) return SK_NULL;
        return sk_float_binop(vm, SK_NB_POW, fa, fb);
    }
    if (is_small(a) && is_small(b)) {
        int64_t base = as_small(a), e = as_small(b), r = 1;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if (e & 1) overflow |= __builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e) overflow |= __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow && sk_int_fits_small(r)) return sk_from_int(r);
    }
    int_view x, y;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_pow(&r, view(a, &x), view(b, &y), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}

sk_value sk_int_pow_mod(sk_vm *vm, sk_value a, sk_value b, sk_value m) {
    int_view x, y, z;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_powmod(&r, view(a, &x), view(b, &y), view(m, &z), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}

static sk_value int_truediv(sk_vm *vm, sk_value a, sk_value b) {
    if (is_small(a) && is_small(b)) {
        int64_t x = as_small(a), y = as_small(b);
        if (y == 0) return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, "division by zero");
        if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
            return sk_float_new(vm, (double)x / (double)y);
    }
    int_view x, y;
    double d;
    sk_bi_err err;
    sk_bi_status st = sk_bi_truediv(view(a, &x), view(b, &y), &d, &err);
    if (st != SK_BI_OK) return sk_int_raise_bi(vm, st, &err);
    return sk_float_new(vm, d);
}

static sk_value shift(sk_vm *vm, sk_value a, sk_value b, bool left) {
    if (sk_int_sign(b) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "negative shift count");
    if (is_small(a) && is_small(b)) {
        int64_t x = as_small(a), n = as_small(b);
        if (!left) return sk_from_int(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        if (x == 0) return sk_from_int(0);
        if (n < 62 && x >= -(1LL << (61 - n)) && x < (1LL << (61 - n))) return sk_from_int((int64_t)((uint64_t)x << n));
    }
    return sk_int_big_binop(vm, left ? sk_bi_lshift : sk_bi_rshift, a, b);
}

sk_value sk_int_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_int_like(vm, a) || !sk_is_int_like(vm, b)) return SK_NOTIMPL;
    bool small = is_small(a) && is_small(b);
    int64_t x = small ? as_small(a) : 0, y = small ? as_small(b) : 0, z;
    switch (op) {
    case SK_NB_ADD:
        if (small && !__builtin_add_overflow(x, y, &z) && sk_int_fits_small(z)) return sk_from_int(z);
        return sk_int_big_binop(vm, sk_bi_add, a, b);
    case SK_NB_SUB:
        if (small && !__builtin_sub_overflow(x, y, &z) && sk_int_fits_small(z)) return sk_from_int(z);
        return sk_int_big_binop(vm, sk_bi_sub, a, b);
    case SK_NB_MUL:
        if (small && !__builtin_mul_overflow(x, y, &z) && sk_int_fits_small(z)) return sk_from_int(z);
        return sk_int_big_binop(vm, sk_bi_mul, a, b);
    case SK_NB_FLOORDIV:
        if (small && y != 0) {
            z = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
            if (sk_int_fits_small(z)) return sk_from_int(z);
        }
        return sk_int_big_binop(vm, sk_bi_floordiv, a, b);
    case SK_NB_MOD:
        if (small && y != 0) {
            z = x % y;
            if (z != 0 && ((z < 0) != (y < 0))) z += y;
            return sk_from_int(z);
        }
        return sk_int_big_binop(vm, sk_bi_mod, a, b);
    case SK_NB_DIVMOD: {
        SK_ROOT_SCOPE(vm);
        sk_value q = sk_int_binop(vm, SK_NB_FLOORDIV, a, b);
        if (!q) return SK_NULL;
        SK_ROOT(vm, q);
        sk_value m = sk_int_binop(vm, SK_NB_MOD, a, b);
        if (!m) return SK_NULL;
        return sk_tuple_pack2(vm, q, m);
    }
    case SK_NB_TRUEDIV: return int_truediv(vm, a, b);
    case SK_NB_POW: return int_pow(vm, a, b);
    case SK_NB_LSHIFT: return shift(vm, a, b, true);
    case SK_NB_RSHIFT: return shift(vm, a, b, false);
    case SK_NB_AND:
        if (small) return sk_from_int(x & y);
        return sk_int_big_binop(vm, sk_bi_and, a, b);
    case SK_NB_OR:
        if (small) return sk_from_int(x | y);
        return sk_int_big_binop(vm, sk_bi_or, a, b);
    case SK_NB_XOR:
        if (small) return sk_from_int(x ^ y);
        return sk_int_big_binop(vm, sk_bi_xor, a, b);
    default: return SK_NOTIMPL;
    }
}

#define X(id, d, r, i, s) \
    static sk_value int_nb_##id(sk_vm *vm, sk_value a, sk_value b) { return sk_int_binop(vm, SK_NB_##id, a, b); }
SK_BINOPS(X)
#undef X

typedef sk_bi_status (*bi_unary)(mp_int *, const mp_int *, sk_bi_err *);
static sk_value big_unary(sk_vm *vm, bi_unary f, sk_value a) {
    int_view x;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = f(&r, view(a, &x), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}

/* exact int of any int-like (bools and subclass instances become ints) */
static sk_value exact_int(sk_vm *vm, sk_value v) {
    if (sk_is_int(v)) return v;
    if (sk_is_bool(v)) return sk_from_int(v == SK_TRUE);
    if (SK_IS(vm, v, INT)) return v;
    mp_int r;
    if (sk_bi_init_copy(&r, sk_bigint_mp(v)) != SK_BI_OK) return sk_exc_no_memory(vm);
    return sk_int_from_mp(vm, &r);
}

static sk_value int_neg(sk_vm *vm, sk_value a) {
    if (is_small(a) && as_small(a) != SK_SMALL_MIN) return sk_from_int(-as_small(a));
    return big_unary(vm, sk_bi_neg, a);
}
static sk_value int_pos(sk_vm *vm, sk_value a) { return exact_int(vm, a); }
static sk_value int_abs(sk_vm *vm, sk_value a) {
    if (is_small(a) && as_small(a) != SK_SMALL_MIN) return sk_from_int(llabs(as_small(a)));
    return big_unary(vm, sk_bi_abs, a);
}
static sk_value int_invert(sk_vm *vm, sk_value a) {
    if (is_small(a)) return sk_from_int(~as_small(a));
    return big_unary(vm, sk_bi_invert, a);
}
static int int_truth(sk_vm *vm, sk_value a) { return sk_int_sign(a) != 0; }
static int64_t int_hash_slot(sk_vm *vm, sk_value a) { return sk_int_hash(vm, a); }
static sk_value int_to_float_slot(sk_vm *vm, sk_value a) {
    double d;
    if (!sk_int_to_double(vm, a, &d)) return SK_NULL;
    return sk_float_new(vm, d);
}

static sk_value int_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_int_like(vm, b)) return SK_NOTIMPL;
    int c = sk_int_cmp(vm, a, b);
    bool r;
    switch (op) {
    case SK_LT: r = c < 0; break;
    case SK_LE: r = c <= 0; break;
    case SK_EQ: r = c == 0; break;
    case SK_NE: r = c != 0; break;
    case SK_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return sk_from_bool(r);
}

/* ---- text ---------------------------------------------------------------------------- */

/* Writes n in decimal so that it ends at `end`; returns where it starts. */
static char *small_decimal(int64_t n, char *end) {
    uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0) *--p = '-';
    return p;
}

sk_value sk_int_to_str(sk_vm *vm, sk_value v, int base) {
    if (is_small(v) && base == 10) {
        char tmp[32];
        char *p = small_decimal(as_small(v), tmp + sizeof tmp);
        return sk_str_new(vm, p, (size_t)(tmp + sizeof tmp - p));
    }
    int_view x;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_bi_err err;
    sk_bi_status st = sk_bi_to_str(view(v, &x), base, 0, vm->int_max_str_digits, &b, &err);
    if (st != SK_BI_OK) {
        sk_buf_free(&b);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_str_from_buf(vm, &b);
}

static sk_value int_repr(sk_vm *vm, sk_value v) { return sk_int_to_str(vm, v, 10); }

sk_value sk_int_parse(sk_vm *vm, const char *s, size_t len, int base, sk_value orig) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, orig);
    sk_value r = sk_repr(vm, orig);
    if (!r) return SK_NULL;
    SK_ROOT(vm, r);
    mp_int m;
    sk_bi_err err;
    if (sk_bi_init(&m) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_from_str(&m, s, len, base, vm->int_max_str_digits, sk_str_data(r), sk_str_size(r), &err);
    sk_gc_roots_restore(vm, mark);
    if (st != SK_BI_OK) {
        mp_clear(&m);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &m);
}

sk_value sk_int_from_literal(sk_vm *vm, const char *s, size_t len) {
    mp_int m;
    sk_bi_err err;
    if (sk_bi_init(&m) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_from_literal(&m, s, len, vm->int_max_str_digits, &err);
    if (st != SK_BI_OK) {
        mp_clear(&m);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &m);
}

/* format(int, spec) */
static sk_value int_format_spec(sk_vm *vm, sk_value self, sk_value specv) {
    const char *tname = sk_type_name_of(vm, self);
    if (sk_str_size(specv) == 0) return sk_str(vm, self);
    sk_fmt_spec spec;
    sk_buf out, err;
    sk_buf_init_vm(vm, &out);
    sk_buf_init_vm(vm, &err);
    sk_fmt_status st = sk_fmt_parse(&spec, sk_str_data(specv), sk_str_size(specv), SK_FMT_INT, tname, &err);
    if (st == SK_FMT_OK) {
        int base = sk_fmt_int_base(&spec);
        if (base == SK_FMT_AS_FLOAT) {
            double d;
            if (!sk_int_to_double(vm, self, &d)) goto fail_raised;
            st = sk_fmt_float(&out, &spec, d, &err);
        } else if (base == SK_FMT_AS_CHAR) {
            int64_t cp;
            if (!sk_int_to_i64(vm, self, &cp)) goto fail_raised;
            st = sk_fmt_char(&out, &spec, cp, &err);
        } else if (base == 10 && is_small(self)) {
            char tmp[32];
            int64_t n = as_small(self);
            char *p = small_decimal(n, tmp + sizeof tmp);
            bool neg = n < 0;
            st = sk_fmt_int(&out, &spec, neg, p + neg, (size_t)(tmp + sizeof tmp - p) - neg, &err);
        } else {
            int_view x;
            sk_buf digits;
            sk_buf_init_vm(vm, &digits);
            sk_bi_err berr;
            const mp_int *mp = view(self, &x);
            sk_bi_status bst = sk_bi_to_str(mp, base, 0, base == 10 ? vm->int_max_str_digits : 0, &digits, &berr);
            if (bst != SK_BI_OK) {
                sk_buf_free(&digits);
                sk_buf_free(&out);
                sk_buf_free(&err);
                return sk_int_raise_bi(vm, bst, &berr);
            }
            bool neg = digits.len && digits.data[0] == '-';
            st = sk_fmt_int(&out, &spec, neg, digits.data + neg, digits.len - neg, &err);
            sk_buf_free(&digits);
        }
    }
    if (st == SK_FMT_OK) {
        sk_buf_free(&err);
        return sk_str_from_buf(vm, &out);
    }
    sk_buf_free(&out);
    {
        sk_exc_id id = st == SK_FMT_OVERFLOW_ERROR ? SK_EXC_OVERFLOW : SK_EXC_VALUE;
        if (st == SK_FMT_NO_MEMORY) {
            sk_buf_free(&err);
            return sk_exc_no_memory(vm);
        }
        sk_value msg = sk_str_from_buf(vm, &err);
        if (!msg) return SK_NULL;
        return sk_exc_raise_type(vm, vm->exc_types[id], &msg, 1);
    }
fail_raised:
    sk_buf_free(&out);
    sk_buf_free(&err);
    return SK_NULL;
}

static sk_value m_format(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!sk_is_str(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__format__() argument must be str, not %T", args[1]);
    return int_format_spec(vm, args[0], args[1]);
}

/* ---- construction ---------------------------------------------------------------------- */

/* Maps Unicode digits and spaces to ASCII, as int() accepts them. */
static bool ascii_digits(sk_vm *vm, sk_value s, sk_buf *out);

static sk_value int_from_object(sk_vm *vm, sk_value x) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_int_like(vm, x)) return exact_int(vm, x);
    if (sk_is_float(vm, x)) {
        double d = sk_float_value(x);
        if (isinf(d)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot convert float infinity to integer");
        if (isnan(d)) return sk_exc_msg(vm, SK_EXC_VALUE, "cannot convert float NaN to integer");
        return sk_int_from_double(vm, trunc(d));
    }
    sk_type *t = sk_typeof(vm, x);
    if (t->to_int) {
        sk_value r = t->to_int(vm, x);
        if (r && !SK_IS(vm, r, INT) && !sk_is_int(r) && sk_is_int_like(vm, r)) return exact_int(vm, r);
        return r;
    }
    if (t->index) {
        sk_value r = t->index(vm, x);
        return r ? exact_int(vm, r) : SK_NULL;
    }
    sk_value trunc_m = sk_lookup_special(vm, x, SK_NAME(vm, __trunc__));
    if (trunc_m) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, trunc_m);
        sk_value r = sk_call0(vm, trunc_m);
        if (!r) return SK_NULL;
        if (!sk_is_int_like(vm, r)) {
            SK_ROOT(vm, r);
            return sk_exc_fmt(vm, SK_EXC_TYPE, "__trunc__ returned non-Integral (type %T)", r);
        }
        return exact_int(vm, r);
    }
    if (vm->exc) return SK_NULL;
    if (sk_is_str(vm, x)) {
        sk_buf b;
        sk_buf_init_vm(vm, &b);
        if (!ascii_digits(vm, x, &b)) {
            sk_buf_free(&b);
            return SK_NULL;
        }
        sk_value r = sk_int_parse(vm, b.data ? b.data : "", b.len, 10, x);
        sk_buf_free(&b);
        return r;
    }
    if (SK_IS(vm, x, BYTES) || SK_IS(vm, x, BYTEARRAY))
        return sk_int_parse(vm, sk_bytes_data(x), sk_bytes_len(x), 10, x);
    return sk_exc_fmt(vm, SK_EXC_TYPE, "int() argument must be a string, a bytes-like object or a real number, not '%T'",
                      x);
}

static bool ascii_digits(sk_vm *vm, sk_value s, sk_buf *out) {
    if (sk_str_ptr(s)->ascii) {
        sk_buf_append(out, sk_str_data(s), sk_str_size(s));
        return !out->failed;
    }
    const char *p = sk_str_data(s), *end = p + sk_str_size(s);
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        int d = sk_unicode_decimal(c);
        if (d >= 0) sk_buf_putc(out, (char)('0' + d));
        else if (sk_unicode_isspace(c)) sk_buf_putc(out, ' ');
        else if (c < 0x80) sk_buf_putc(out, (char)c);
        else sk_buf_putc(out, '?'); /* invalid either way */
    }
    return !out->failed;
}

static sk_value int_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value x = npos > 0 ? args[0] : SK_NULL, basev = npos > 1 ? args[1] : SK_NULL;
    if (npos > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "int() takes at most 2 arguments (%zu given)", npos);
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        if (sk_str_eq_cstr(name, "base")) basev = args[npos + k];
        else return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for int()", name);
    }
    sk_value r;
    if (!basev) {
        r = x ? int_from_object(vm, x) : sk_from_int(0);
    } else {
        if (!x) return sk_exc_msg(vm, SK_EXC_TYPE, "int() missing string argument");
        int64_t base;
        if (!sk_index_i64(vm, basev, &base, NULL)) return SK_NULL;
        if (base != 0 && (base < 2 || base > 36))
            return sk_exc_msg(vm, SK_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        if (sk_is_str(vm, x)) {
            sk_buf b;
            sk_buf_init_vm(vm, &b);
            if (!ascii_digits(vm, x, &b)) {
                sk_buf_free(&b);
                return sk_exc_no_memory(vm);
            }
            r = sk_int_parse(vm, b.data ? b.data : "", b.len, (int)base, x);
            sk_buf_free(&b);
        } else if (SK_IS(vm, x, BYTES) || SK_IS(vm, x, BYTEARRAY)) {
            r = sk_int_parse(vm, sk_bytes_data(x), sk_bytes_len(x), (int)base, x);
        } else {
            return sk_exc_msg(vm, SK_EXC_TYPE, "int() can't convert non-string with explicit base");
        }
    }
    if (!r || sk_as_type(cls) == SK_TYPE(vm, INT)) return r;
    /* a subclass instance always lives on the heap, whatever its value */
    SK_ROOT(vm, r);
    mp_int m;
    if (sk_bi_init(&m) != SK_BI_OK || !sk_int_to_mp(vm, r, &m)) {
        mp_clear(&m);
        return vm->exc ? SK_NULL : sk_exc_no_memory(vm);
    }
    return wrap_mp(vm, sk_as_type(cls), &m);
}

/* ---- methods ------------------------------------------------------------------------------ */

static sk_value m_bit_length(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int_view x;
    return sk_int_from_u64(vm, sk_bi_bit_length(view(args[0], &x)));
}
static sk_value m_bit_count(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int_view x;
    return sk_int_from_u64(vm, sk_bi_bit_count(view(args[0], &x)));
}
static sk_value m_conjugate(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return exact_int(vm, args[0]);
}
static sk_value m_as_integer_ratio(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value n = exact_int(vm, args[0]);
    if (!n) return SK_NULL;
    return sk_tuple_pack2(vm, n, sk_from_int(1));
}
static sk_value m_is_integer(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { return SK_TRUE; }
static sk_value m_trunc(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { return exact_int(vm, args[0]); }
static sk_value m_round(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (nargs < 2 || args[1] == SK_NONE) return exact_int(vm, args[0]);
    sk_value nd = sk_index(vm, args[1]);
    if (!nd) return SK_NULL;
    if (sk_int_sign(nd) >= 0) return exact_int(vm, args[0]);
    int_view x, y;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_round(&r, view(args[0], &x), view(nd, &y), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}
static sk_value m_getnewargs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value n = exact_int(vm, args[0]);
    if (!n) return SK_NULL;
    return sk_tuple_from(vm, &n, 1);
}

static bool parse_byteorder(sk_vm *vm, sk_value v, bool *little) {
    if (!sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "to_bytes() argument 'byteorder' must be str, not %T", v);
        return false;
    }
    if (sk_str_eq_cstr(v, "little")) *little = true;
    else if (sk_str_eq_cstr(v, "big")) *little = false;
    else {
        sk_exc_msg(vm, SK_EXC_VALUE, "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

/* to_bytes(length=1, byteorder='big', *, signed=False) */
static sk_value m_to_bytes(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value lengthv = npos > 1 ? args[1] : sk_from_int(1);
    sk_value orderv = npos > 2 ? args[2] : SK_NULL;
    bool is_signed = false;
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k), v = args[npos + k];
        if (sk_str_eq_cstr(name, "length")) lengthv = v;
        else if (sk_str_eq_cstr(name, "byteorder")) orderv = v;
        else if (sk_str_eq_cstr(name, "signed")) {
            int t = sk_truth(vm, v);
            if (t < 0) return SK_NULL;
            is_signed = t;
        } else return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for to_bytes()", name);
    }
    bool little = false;
    if (orderv && !parse_byteorder(vm, orderv, &little)) return SK_NULL;
    int64_t length;
    if (!sk_index_i64(vm, lengthv, &length, NULL)) return SK_NULL;
    if (length < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "length argument must be non-negative");
    sk_value b = sk_bytes_alloc(vm, (size_t)length);
    if (!b) return SK_NULL;
    int_view x;
    sk_bi_err err;
    sk_bi_status st = sk_bi_to_bytes(view(args[0], &x), (unsigned char *)sk_bytes_data(b), (size_t)length, little,
                                     is_signed, &err);
    if (st != SK_BI_OK) return sk_int_raise_bi(vm, st, &err);
    return b;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static sk_value m_from_bytes(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value data = npos > 1 ? args[1] : SK_NULL, orderv = npos > 2 ? args[2] : SK_NULL;
    bool is_signed = false;
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k), v = args[npos + k];
        if (sk_str_eq_cstr(name, "bytes")) data = v;
        else if (sk_str_eq_cstr(name, "byteorder")) orderv = v;
        else if (sk_str_eq_cstr(name, "signed")) {
            int t = sk_truth(vm, v);
            if (t < 0) return SK_NULL;
            is_signed = t;
        } else return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for from_bytes()", name);
    }
    if (!data) return sk_exc_msg(vm, SK_EXC_TYPE, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little = false;
    if (orderv && !parse_byteorder(vm, orderv, &little)) return SK_NULL;
    sk_value b = sk_bytes_of_object(vm, data);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    mp_int m;
    sk_bi_err err;
    if (sk_bi_init(&m) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_from_bytes(&m, (const unsigned char *)sk_bytes_data(b), sk_bytes_len(b), little,
                                       is_signed, &err);
    if (st != SK_BI_OK) {
        mp_clear(&m);
        return sk_int_raise_bi(vm, st, &err);
    }
    sk_value r = sk_int_from_mp(vm, &m);
    if (!r || sk_as_type(args[0]) == SK_TYPE(vm, INT)) return r;
    return sk_call1(vm, args[0], r);
}

static sk_value g_real(sk_vm *vm, sk_value self) { return exact_int(vm, self); }
static sk_value g_imag(sk_vm *vm, sk_value self) { return sk_from_int(0); }
static sk_value g_denominator(sk_vm *vm, sk_value self) { return sk_from_int(1); }

static const sk_method_def int_methods[] = {
    {"bit_length", m_bit_length, 1, 1, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 1, 1, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", m_conjugate, 1, 1, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 1, 1, 0, NULL},
    {"is_integer", m_is_integer, 1, 1, 0, NULL},
    {"to_bytes", m_to_bytes, 1, 3, SK_METH_KEYWORDS, NULL},
    {"from_bytes", m_from_bytes, 2, 3, SK_METH_CLASS | SK_METH_KEYWORDS, NULL},
    {"__trunc__", m_trunc, 1, 1, 0, NULL},
    {"__floor__", m_trunc, 1, 1, 0, NULL},
    {"__ceil__", m_trunc, 1, 1, 0, NULL},
    {"__round__", m_round, 1, 2, 0, NULL},
    {"__getnewargs__", m_getnewargs, 1, 1, 0, NULL},
    {"__format__", m_format, 2, 2, 0, NULL},
    {NULL},
};

static const sk_getset_def int_getsets[] = {
    {"real", g_real, NULL, NULL},
    {"imag", g_imag, NULL, NULL},
    {"numerator", g_real, NULL, NULL},
    {"denominator", g_denominator, NULL, NULL},
    {NULL},
};

/* ---- bool ---------------------------------------------------------------------------------------- */

static sk_value bool_repr(sk_vm *vm, sk_value v) { return v == SK_TRUE ? SK_NAME(vm, True) : SK_NAME(vm, False); }

static sk_value bool_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "bool() takes no keyword arguments");
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return SK_FALSE;
    int t = sk_truth(vm, args[0]);
    return t < 0 ? SK_NULL : sk_from_bool(t);
}

static sk_value bool_and(sk_vm *vm, sk_value a, sk_value b) {
    if (sk_is_bool(a) && sk_is_bool(b)) return sk_from_bool(a == SK_TRUE && b == SK_TRUE);
    return sk_int_binop(vm, SK_NB_AND, a, b);
}
static sk_value bool_or(sk_vm *vm, sk_value a, sk_value b) {
    if (sk_is_bool(a) && sk_is_bool(b)) return sk_from_bool(a == SK_TRUE || b == SK_TRUE);
    return sk_int_binop(vm, SK_NB_OR, a, b);
}
static sk_value bool_xor(sk_vm *vm, sk_value a, sk_value b) {
    if (sk_is_bool(a) && sk_is_bool(b)) return sk_from_bool((a == SK_TRUE) != (b == SK_TRUE));
    return sk_int_binop(vm, SK_NB_XOR, a, b);
}

static sk_value bool_invert(sk_vm *vm, sk_value a) {
    /* 3.12 deprecates ~bool but still returns the int */
    return sk_from_int(a == SK_TRUE ? -2 : -1);
}

void sk_int_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_INT, SK_TYPE(vm, OBJECT), sizeof(sk_bigint),
                                      SK_TF_BASETYPE | SK_TF_INT_SUB);
    t->finalize = bigint_finalize;
    t->tp_new = int_new;
    t->repr = int_repr;
    t->hash = int_hash_slot;
    t->richcmp = int_richcmp;
    t->truth = int_truth;
    t->neg = int_neg;
    t->pos = int_pos;
    t->abs = int_abs;
    t->invert = int_invert;
    t->index = int_pos;
    t->to_int = int_pos;
    t->to_float = int_to_float_slot;
#define X(id, d, r, i, s) t->nb[SK_NB_##id] = int_nb_##id;
    SK_BINOPS(X)
#undef X
    (void)sk_type_add_methods(vm, t, int_methods);
    (void)sk_type_add_getsets(vm, t, int_getsets);

    sk_type *b = sk_type_init_builtin(vm, SK_T_BOOL, t, sizeof(sk_bigint), 0);
    b->tp_new = bool_new;
    b->repr = bool_repr;
    b->nb[SK_NB_AND] = bool_and;
    b->nb[SK_NB_OR] = bool_or;
    b->nb[SK_NB_XOR] = bool_xor;
    b->invert = bool_invert;
}
