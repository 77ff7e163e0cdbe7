/* floatobj.c — float and complex: arithmetic with Python's rules (floor
 * division and modulo signs, pow's errors), exact comparisons with ints,
 * CPython's repr and hash, formatting, and the constructors.
 */
#include "floatobj.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "bigint.h"
#include "bytes.h"
#include "dtoa.h"
#include "exc.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

sk_value sk_float_new(sk_vm *vm, double d) {
    sk_float *f = (sk_float *)sk_gc_new(vm, SK_TYPE(vm, FLOAT), sizeof(sk_float));
    if (!f) return SK_NULL;
    f->value = d;
    return sk_from_obj(f);
}

bool sk_is_float_like(sk_vm *vm, sk_value v) { return sk_is_float(vm, v); }

bool sk_float_from_number(sk_vm *vm, sk_value v, double *out, bool *ok) {
    *ok = true;
    if (sk_is_float(vm, v)) {
        *out = sk_float_value(v);
        return true;
    }
    if (sk_is_int_like(vm, v)) return sk_int_to_double(vm, v, out);
    *ok = false;
    return true;
}

bool sk_number_to_double(sk_vm *vm, sk_value v, double *out) {
    bool ok;
    if (!sk_float_from_number(vm, v, out, &ok)) return false;
    if (ok) return true;
    sk_type *t = sk_typeof(vm, v);
    if (t->to_float) {
        sk_value f = t->to_float(vm, v);
        if (!f) return false;
        *out = sk_float_value(f);
        return true;
    }
    if (t->index) {
        sk_value i = t->index(vm, v);
        if (!i) return false;
        return sk_int_to_double(vm, i, out);
    }
    sk_exc_fmt(vm, SK_EXC_TYPE, "must be real number, not %s", sk_type_name(t));
    return false;
}

/* ---- repr and hash ------------------------------------------------------------ */

sk_value sk_float_repr_value(sk_vm *vm, double d) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_dtoa_repr(&b, d);
    return sk_str_from_buf(vm, &b);
}

static sk_value float_repr(sk_vm *vm, sk_value v) { return sk_float_repr_value(vm, sk_float_value(v)); }
static int64_t float_hash(sk_vm *vm, sk_value v) { return sk_hash_double(vm, v, sk_float_value(v)); }

/* ---- arithmetic ----------------------------------------------------------------- */

static sk_value overflow_34(sk_vm *vm) {
    /* CPython reports math range errors from pow with errno's text */
    sk_value args[2] = {sk_from_int(34), SK_NULL};
    args[1] = sk_str_from_cstr(vm, "Numerical result out of range");
    if (!args[1]) return SK_NULL;
    sk_value t = sk_tuple_from(vm, args, 2);
    if (!t) return SK_NULL;
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, OVERFLOW), sk_tuple_items(t), 2);
}

static sk_value float_pow(sk_vm *vm, double x, double y) {
    if (y == 0) return sk_float_new(vm, 1.0);
    if (isnan(x)) return sk_float_new(vm, y == 0 ? 1.0 : x);
    if (isnan(y)) return sk_float_new(vm, x == 1.0 ? 1.0 : y);
    if (x == 0.0 && y < 0 && !isinf(y))
        return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
    if (x < 0 && !isinf(x) && !isinf(y) && floor(y) != y) {
        /* a negative base to a fractional power is complex */
        double r = pow(-x, y);
        double ang = y * M_PI;
        return sk_complex_new(vm, r * cos(ang), r * sin(ang));
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y)) return overflow_34(vm);
    return sk_float_new(vm, r);
}

sk_value sk_float_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    double x, y;
    bool ok;
    if (!sk_float_from_number(vm, a, &x, &ok)) return SK_NULL;
    if (!ok) return SK_NOTIMPL;
    if (!sk_float_from_number(vm, b, &y, &ok)) return SK_NULL;
    if (!ok) return SK_NOTIMPL;
    switch (op) {
    case SK_NB_ADD: return sk_float_new(vm, x + y);
    case SK_NB_SUB: return sk_float_new(vm, x - y);
    case SK_NB_MUL: return sk_float_new(vm, x * y);
    case SK_NB_TRUEDIV:
        if (y == 0) return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, "float division by zero");
        return sk_float_new(vm, x / y);
    case SK_NB_FLOORDIV:
    case SK_NB_MOD:
    case SK_NB_DIVMOD: {
        SK_ROOT_SCOPE(vm);
        if (y == 0) {
            const char *msg = op == SK_NB_MOD ? "float modulo" : op == SK_NB_FLOORDIV ? "float floor division by zero"
                                                                                      : "float divmod()";
            return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, msg);
        }
        double mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = copysign(0.0, y);
        }
        double floordiv;
        if (div) {
            floordiv = floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = copysign(0.0, x / y);
        }
        if (op == SK_NB_MOD) return sk_float_new(vm, mod);
        if (op == SK_NB_FLOORDIV) return sk_float_new(vm, floordiv);
        sk_value q = sk_float_new(vm, floordiv);
        if (!q) return SK_NULL;
        SK_ROOT(vm, q);
        sk_value m = sk_float_new(vm, mod);
        if (!m) return SK_NULL;
        return sk_tuple_pack2(vm, q, m);
    }
    case SK_NB_POW: return float_pow(vm, x, y);
    default: return SK_NOTIMPL;
    }
}

#define X(id, d, r, i, s) \
    static sk_value float_nb_##id(sk_vm *vm, sk_value a, sk_value b) { return sk_float_binop(vm, SK_NB_##id, a, b); }
SK_BINOPS(X)
#undef X

static sk_value float_neg(sk_vm *vm, sk_value a) { return sk_float_new(vm, -sk_float_value(a)); }
static sk_value float_pos(sk_vm *vm, sk_value a) {
    return SK_IS(vm, a, FLOAT) ? a : sk_float_new(vm, sk_float_value(a));
}
static sk_value float_abs(sk_vm *vm, sk_value a) { return sk_float_new(vm, fabs(sk_float_value(a))); }
static int float_truth(sk_vm *vm, sk_value a) { return sk_float_value(a) != 0.0; }

static sk_value float_to_int(sk_vm *vm, sk_value a) {
    double d = sk_float_value(a);
    if (isinf(d)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot convert float infinity to integer");
    if (isnan(d)) return sk_exc_msg(vm, SK_EXC_VALUE, "cannot convert float NaN to integer");
    return sk_int_from_double(vm, trunc(d));
}

/* Compares a float with an int exactly, even when the int has more bits
 * than a double's mantissa. */
static int cmp_float_int(sk_vm *vm, double x, sk_value i) {
    if (sk_is_int(i) && sk_as_int(i) > -(1LL << 53) && sk_as_int(i) < (1LL << 53)) {
        double y = (double)sk_as_int(i);
        return x < y ? -1 : x > y;
    }
    if (sk_is_bool(i)) {
        double y = i == SK_TRUE;
        return x < y ? -1 : x > y;
    }
    mp_int m;
    if (sk_bi_init(&m) != SK_BI_OK) return 0;
    if (!sk_int_to_mp(vm, i, &m)) {
        mp_clear(&m);
        return 0;
    }
    int c = -sk_bi_cmp_double(&m, x);
    mp_clear(&m);
    return c;
}

static sk_value float_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    double x = sk_float_value(a);
    int c;
    if (sk_is_float(vm, b)) {
        double y = sk_float_value(b);
        if (isnan(x) || isnan(y)) return sk_from_bool(op == SK_NE);
        c = x < y ? -1 : x > y;
    } else if (sk_is_int_like(vm, b)) {
        if (isnan(x)) return sk_from_bool(op == SK_NE);
        c = cmp_float_int(vm, x, b);
    } else {
        return SK_NOTIMPL;
    }
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


/* ---- construction ----------------------------------------------------------------- */

static sk_value float_from_string(sk_vm *vm, sk_value s, const char *p, size_t n) {
    /* strip Unicode whitespace; map Unicode digits to ASCII */
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    const char *q = p, *end = p + n;
    while (q < end) {
        const char *start = q;
        uint32_t c = sk_utf8_next(&q);
        int d = c >= 0x80 ? sk_unicode_decimal(c) : -1;
        if (d >= 0) sk_buf_putc(&b, (char)('0' + d));
        else if (c >= 0x80 && sk_unicode_isspace(c)) sk_buf_putc(&b, ' ');
        else sk_buf_append(&b, start, (size_t)(q - start));
    }
    double d;
    bool ok = !b.failed && sk_dtoa_parse(b.data ? b.data : "", b.len, &d);
    sk_buf_free(&b);
    if (!ok) return sk_exc_fmt(vm, SK_EXC_VALUE, "could not convert string to float: %R", s);
    return sk_float_new(vm, d);
}

static sk_value float_from_object(sk_vm *vm, sk_value x) {
    if (SK_IS(vm, x, FLOAT)) return x;
    if (sk_is_str(vm, x)) return float_from_string(vm, x, sk_str_data(x), sk_str_size(x));
    if (sk_is_bytes_like(vm, x)) {
        sk_value s = sk_str_from_utf8_lossy(vm, sk_bytes_data(x), sk_bytes_len(x));
        if (!s) return SK_NULL;
        double d;
        if (!sk_dtoa_parse(sk_bytes_data(x), sk_bytes_len(x), &d))
            return sk_exc_fmt(vm, SK_EXC_VALUE, "could not convert string to float: %R", x);
        return sk_float_new(vm, d);
    }
    if (sk_is_float(vm, x)) return sk_float_new(vm, sk_float_value(x));
    sk_type *t = sk_typeof(vm, x);
    if (t->to_float) {
        sk_value r = t->to_float(vm, x);
        if (r && !SK_IS(vm, r, FLOAT)) {
            if (!sk_is_float(vm, r))
                return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__float__ returned non-float (type %T)", sk_type_name(t), r);
            return sk_float_new(vm, sk_float_value(r));
        }
        return r;
    }
    if (t->index) {
        sk_value i = t->index(vm, x);
        if (!i) return SK_NULL;
        double d;
        if (!sk_int_to_double(vm, i, &d)) return SK_NULL;
        return sk_float_new(vm, d);
    }
    return sk_exc_fmt(vm, SK_EXC_TYPE, "float() argument must be a string or a real number, not '%s'",
                      sk_type_name(t));
}

static sk_value float_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames && sk_tuple_len(kwnames)) return sk_exc_msg(vm, SK_EXC_TYPE, "float() takes no keyword arguments");
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "float expected at most 1 argument, got %zu", nargs);
    sk_value f = nargs ? float_from_object(vm, args[0]) : sk_float_new(vm, 0.0);
    if (!f || sk_as_type(cls) == SK_TYPE(vm, FLOAT)) return f;
    double d = sk_float_value(f);
    sk_float *o = (sk_float *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!o) return SK_NULL;
    o->value = d;
    return sk_from_obj(o);
}

/* ---- methods ----------------------------------------------------------------------- */

#define FV(v) sk_float_value(v)

static sk_value m_is_integer(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    double d = FV(a[0]);
    return sk_from_bool(isfinite(d) && floor(d) == d);
}

static sk_value m_as_integer_ratio(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    SK_ROOT_SCOPE(vm);
    double d = FV(a[0]);
    if (isinf(d)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return sk_exc_msg(vm, SK_EXC_VALUE, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    sk_value num = sk_int_from_double(vm, m);
    if (!num) return SK_NULL;
    SK_ROOT(vm, num);
    sk_value den = sk_from_int(1);
    sk_value sh = sk_from_int(e >= 0 ? e : -e);
    if (e >= 0) {
        num = sk_int_binop(vm, SK_NB_LSHIFT, num, sh);
        if (!num) return SK_NULL;
    } else {
        den = sk_int_binop(vm, SK_NB_LSHIFT, den, sh);
        if (!den) return SK_NULL;
    }
    SK_ROOT(vm, den);
    return sk_tuple_pack2(vm, num, den);
}

static sk_value m_hex(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_dtoa_hex(&b, FV(a[0]));
    return sk_str_from_buf(vm, &b);
}

static sk_value m_fromhex(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    if (!sk_is_str(vm, a[1])) return sk_exc_fmt(vm, SK_EXC_TYPE, "fromhex() argument must be str, not %T", a[1]);
    double d;
    const char *msg = NULL;
    sk_dtoa_status st = sk_dtoa_fromhex(sk_str_data(a[1]), sk_str_size(a[1]), &d, &msg);
    if (st != SK_DTOA_OK)
        return sk_exc_msg(vm, st == SK_DTOA_OVERFLOW ? SK_EXC_OVERFLOW : SK_EXC_VALUE, msg ? msg : "invalid");
    sk_value f = sk_float_new(vm, d);
    if (!f || sk_as_type(a[0]) == SK_TYPE(vm, FLOAT)) return f;
    return sk_call1(vm, a[0], f);
}

static sk_value m_conjugate(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return float_pos(vm, a[0]); }
static sk_value m_trunc(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return float_to_int(vm, a[0]); }

static sk_value int_of_double(sk_vm *vm, double d) {
    if (isinf(d)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot convert float infinity to integer");
    if (isnan(d)) return sk_exc_msg(vm, SK_EXC_VALUE, "cannot convert float NaN to integer");
    return sk_int_from_double(vm, d);
}
static sk_value m_floor(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return int_of_double(vm, floor(FV(a[0]))); }
static sk_value m_ceil(sk_vm *vm, const sk_value *a, size_t n, sk_value k) { return int_of_double(vm, ceil(FV(a[0]))); }

static sk_value m_round(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    double d = FV(a[0]);
    if (n < 2 || a[1] == SK_NONE) return int_of_double(vm, sk_dtoa_round_half_even(d));
    int64_t nd;
    if (!sk_index_i64(vm, a[1], &nd, NULL)) {
        if (!sk_exc_pending(vm, SK_EXC_OVERFLOW) && !sk_exc_pending(vm, SK_EXC_INDEX)) return SK_NULL;
        sk_exc_take(vm);
        nd = sk_int_sign(a[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    double r;
    if (!sk_dtoa_round(d, nd, &r)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "rounded value too large to represent");
    return sk_float_new(vm, r);
}

static sk_value m_getnewargs(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    sk_value f = sk_float_new(vm, FV(a[0]));
    if (!f) return SK_NULL;
    return sk_tuple_from(vm, &f, 1);
}

static sk_value fmt_error(sk_vm *vm, sk_fmt_status st, sk_buf *err) {
    if (st == SK_FMT_NO_MEMORY) {
        sk_buf_free(err);
        return sk_exc_no_memory(vm);
    }
    sk_value msg = sk_str_from_buf(vm, err);
    if (!msg) return SK_NULL;
    return sk_exc_raise_type(vm, st == SK_FMT_OVERFLOW_ERROR ? SK_EXC_TYPE(vm, OVERFLOW) : SK_EXC_TYPE(vm, VALUE),
                             &msg, 1);
}

static sk_value m_format(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    if (!sk_is_str(vm, a[1])) return sk_exc_fmt(vm, SK_EXC_TYPE, "__format__() argument must be str, not %T", a[1]);
    if (sk_str_size(a[1]) == 0) return sk_str(vm, a[0]);
    sk_fmt_spec spec;
    sk_buf out, err;
    sk_buf_init_vm(vm, &out);
    sk_buf_init_vm(vm, &err);
    sk_fmt_status st = sk_fmt_parse(&spec, sk_str_data(a[1]), sk_str_size(a[1]), SK_FMT_FLOAT,
                                    sk_type_name_of(vm, a[0]), &err);
    if (st == SK_FMT_OK) st = sk_fmt_float(&out, &spec, FV(a[0]), &err);
    if (st != SK_FMT_OK) {
        sk_buf_free(&out);
        return fmt_error(vm, st, &err);
    }
    sk_buf_free(&err);
    return sk_str_from_buf(vm, &out);
}

static sk_value g_real(sk_vm *vm, sk_value s) { return float_pos(vm, s); }
static sk_value g_imag(sk_vm *vm, sk_value s) { return sk_float_new(vm, 0.0); }

static const sk_method_def float_methods[] = {
    {"is_integer", m_is_integer, 1, 1, 0, NULL},
    {"as_integer_ratio", m_as_integer_ratio, 1, 1, 0, NULL},
    {"hex", m_hex, 1, 1, 0, NULL},
    {"fromhex", m_fromhex, 2, 2, SK_METH_CLASS, NULL},
    {"conjugate", m_conjugate, 1, 1, 0, NULL},
    {"__trunc__", m_trunc, 1, 1, 0, NULL},
    {"__floor__", m_floor, 1, 1, 0, NULL},
    {"__ceil__", m_ceil, 1, 1, 0, NULL},
    {"__round__", m_round, 1, 2, 0, NULL},
    {"__getnewargs__", m_getnewargs, 1, 1, 0, NULL},
    {"__format__", m_format, 2, 2, 0, NULL},
    {NULL},
};

static const sk_getset_def float_getsets[] = {
    {"real", g_real, NULL, NULL},
    {"imag", g_imag, NULL, NULL},
    {NULL},
};

void sk_float_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_FLOAT, SK_TYPE(vm, OBJECT), sizeof(sk_float),
                                      SK_TF_BASETYPE | SK_TF_FLOAT_SUB);
    t->tp_new = float_new;
    t->repr = float_repr;
    t->hash = float_hash;
    t->richcmp = float_richcmp;
    t->truth = float_truth;
    t->neg = float_neg;
    t->pos = float_pos;
    t->abs = float_abs;
    t->to_int = float_to_int;
    t->to_float = float_pos;
#define X(id, d, r, i, s) t->nb[SK_NB_##id] = float_nb_##id;
    SK_BINOPS(X)
#undef X
    t->nb[SK_NB_LSHIFT] = t->nb[SK_NB_RSHIFT] = t->nb[SK_NB_AND] = t->nb[SK_NB_OR] = t->nb[SK_NB_XOR] = NULL;
    t->nb[SK_NB_MATMUL] = NULL;
    (void)sk_type_add_methods(vm, t, float_methods);
    (void)sk_type_add_getsets(vm, t, float_getsets);
}

/* ---- complex --------------------------------------------------------------------------- */

#define CX(v) ((sk_complex *)sk_as_obj(v))

sk_value sk_complex_new(sk_vm *vm, double real, double imag) {
    sk_complex *c = (sk_complex *)sk_gc_new(vm, SK_TYPE(vm, COMPLEX), sizeof(sk_complex));
    if (!c) return SK_NULL;
    c->real = real;
    c->imag = imag;
    return sk_from_obj(c);
}

static bool as_complex(sk_vm *vm, sk_value v, double *re, double *im, bool *ok) {
    *ok = true;
    if (sk_is_ptr(v) && sk_isinstance_type(vm, v, SK_TYPE(vm, COMPLEX))) {
        *re = CX(v)->real;
        *im = CX(v)->imag;
        return true;
    }
    *im = 0;
    return sk_float_from_number(vm, v, re, ok);
}

/* repr style, but an integral value has no ".0" */
static void repr_part(sk_buf *b, double d) { sk_dtoa_format(b, d, 'r', 0, 0); }

static sk_value complex_repr(sk_vm *vm, sk_value v) {
    double re = CX(v)->real, im = CX(v)->imag;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (re == 0 && copysign(1.0, re) == 1.0) {
        repr_part(&b, im);
        sk_buf_putc(&b, 'j');
    } else {
        sk_buf_putc(&b, '(');
        repr_part(&b, re);
        if (isnan(im) || !signbit(im)) sk_buf_putc(&b, '+');
        repr_part(&b, im);
        sk_buf_puts(&b, "j)");
    }
    return sk_str_from_buf(vm, &b);
}

static int64_t complex_hash(sk_vm *vm, sk_value v) {
    uint64_t hr = (uint64_t)sk_hash_double(vm, v, CX(v)->real);
    uint64_t hi = (uint64_t)sk_hash_double(vm, v, CX(v)->imag);
    uint64_t h = hr + 1000003ULL * hi;
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

static sk_value complex_binop(sk_vm *vm, sk_nbop op, sk_value a, sk_value b) {
    double ar, ai, br, bi;
    bool ok;
    if (!as_complex(vm, a, &ar, &ai, &ok)) return SK_NULL;
    if (!ok) return SK_NOTIMPL;
    if (!as_complex(vm, b, &br, &bi, &ok)) return SK_NULL;
    if (!ok) return SK_NOTIMPL;
    switch (op) {
    case SK_NB_ADD: return sk_complex_new(vm, ar + br, ai + bi);
    case SK_NB_SUB: return sk_complex_new(vm, ar - br, ai - bi);
    case SK_NB_MUL: return sk_complex_new(vm, ar * br - ai * bi, ar * bi + ai * br);
    case SK_NB_TRUEDIV: {
        if (br == 0 && bi == 0) return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, "complex division by zero");
        /* Smith's algorithm, as CPython */
        double abs_br = fabs(br), abs_bi = fabs(bi), r, d, rr, ri;
        if (abs_br >= abs_bi) {
            r = bi / br;
            d = br + bi * r;
            rr = (ar + ai * r) / d;
            ri = (ai - ar * r) / d;
        } else {
            r = br / bi;
            d = br * r + bi;
            rr = (ar * r + ai) / d;
            ri = (ai * r - ar) / d;
        }
        return sk_complex_new(vm, rr, ri);
    }
    case SK_NB_POW: {
        if (br == 0 && bi == 0) return sk_complex_new(vm, 1, 0);
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) return sk_exc_msg(vm, SK_EXC_ZERO_DIVISION, "0.0 to a negative or complex power");
            return sk_complex_new(vm, 0, 0);
        }
        if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
            /* integer powers by repeated multiplication, as CPython */
            long n = (long)br;
            double pr = 1, pi = 0, xr = ar, xi = ai;
            long e = n < 0 ? -n : n;
            while (e) {
                if (e & 1) {
                    double t = pr * xr - pi * xi;
                    pi = pr * xi + pi * xr;
                    pr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                e >>= 1;
            }
            if (n < 0) {
                double d = pr * pr + pi * pi;
                return sk_complex_new(vm, pr / d, -pi / d);
            }
            return sk_complex_new(vm, pr, pi);
        }
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        return sk_complex_new(vm, len * cos(phase), len * sin(phase));
    }
    case SK_NB_FLOORDIV:
    case SK_NB_MOD:
    case SK_NB_DIVMOD:
        return sk_exc_fmt(vm, SK_EXC_TYPE, "unsupported operand type(s) for %s: '%T' and '%T'",
                          op == SK_NB_MOD ? "%" : op == SK_NB_FLOORDIV ? "//" : "divmod()", a, b);
    default: return SK_NOTIMPL;
    }
}

#define X(id, d, r, i, s) \
    static sk_value complex_nb_##id(sk_vm *vm, sk_value a, sk_value b) { return complex_binop(vm, SK_NB_##id, a, b); }
SK_BINOPS(X)
#undef X

static sk_value complex_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (op != SK_EQ && op != SK_NE) return SK_NOTIMPL;
    double ar = CX(a)->real, ai = CX(a)->imag, br, bi;
    bool ok;
    if (!as_complex(vm, b, &br, &bi, &ok)) return SK_NULL;
    if (!ok) return SK_NOTIMPL;
    bool eq = ar == br && ai == bi;
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static sk_value complex_neg(sk_vm *vm, sk_value a) { return sk_complex_new(vm, -CX(a)->real, -CX(a)->imag); }
static sk_value complex_pos(sk_vm *vm, sk_value a) { return sk_complex_new(vm, CX(a)->real, CX(a)->imag); }
static sk_value complex_abs(sk_vm *vm, sk_value a) {
    double r = hypot(CX(a)->real, CX(a)->imag);
    if (isinf(r) && isfinite(CX(a)->real) && isfinite(CX(a)->imag))
        return sk_exc_msg(vm, SK_EXC_OVERFLOW, "absolute value too large");
    return sk_float_new(vm, r);
}
static int complex_truth(sk_vm *vm, sk_value a) { return CX(a)->real != 0 || CX(a)->imag != 0; }

static sk_value complex_new_py(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value rv = npos > 0 ? args[0] : SK_NULL, iv = npos > 1 ? args[1] : SK_NULL;
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        if (sk_str_eq_cstr(name, "real")) rv = args[npos + k];
        else if (sk_str_eq_cstr(name, "imag")) iv = args[npos + k];
        else return sk_exc_fmt(vm, SK_EXC_TYPE, "complex() got an unexpected keyword argument '%V'", name);
    }
    double re = 0, im = 0, r2, i2;
    bool ok;
    if (rv) {
        if (sk_is_str(vm, rv)) {
            if (iv) return sk_exc_msg(vm, SK_EXC_TYPE, "complex() can't take second arg if first is a string");
            /* "1+2j", "3j", "(1-1j)", " 4 " */
            const char *s = sk_str_data(rv), *e = s + sk_str_size(rv);
            while (s < e && (*s == ' ' || *s == '\t' || *s == '\n')) s++;
            while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n')) e--;
            if (s < e && *s == '(' && e[-1] == ')') {
                s++;
                e--;
            }
            size_t n = (size_t)(e - s);
            bool parsed = false;
            if (n && (e[-1] == 'j' || e[-1] == 'J')) {
                /* find the split between real and imaginary parts */
                for (size_t k = n - 1; k-- > 0;) {
                    if ((s[k] == '+' || s[k] == '-') && k > 0 && s[k - 1] != 'e' && s[k - 1] != 'E') {
                        if (sk_dtoa_parse(s, k, &re)) {
                            size_t il = n - 1 - k;
                            if (il == 1) {
                                im = s[k] == '-' ? -1 : 1;
                                parsed = true;
                            } else {
                                parsed = sk_dtoa_parse(s + k, il, &im);
                            }
                        }
                        break;
                    }
                }
                if (!parsed) {
                    re = 0;
                    if (n == 1) {
                        im = 1;
                        parsed = true;
                    } else if (n == 2 && (s[0] == '+' || s[0] == '-')) {
                        im = s[0] == '-' ? -1 : 1;
                        parsed = true;
                    } else {
                        parsed = sk_dtoa_parse(s, n - 1, &im);
                    }
                }
            } else {
                parsed = sk_dtoa_parse(s, n, &re);
            }
            if (!parsed) return sk_exc_msg(vm, SK_EXC_VALUE, "complex() arg is a malformed string");
        } else {
            if (!as_complex(vm, rv, &re, &im, &ok)) return SK_NULL;
            if (!ok) {
                SK_ROOT_SCOPE(vm);
                sk_value c = sk_lookup_special(vm, rv, SK_NAME(vm, __complex__));
                if (c) {
                    SK_ROOT(vm, c);
                    sk_value r = sk_call0(vm, c);
                    if (!r) return SK_NULL;
                    if (!sk_isinstance_type(vm, r, SK_TYPE(vm, COMPLEX)))
                        return sk_exc_fmt(vm, SK_EXC_TYPE, "__complex__ returned non-complex (type %T)", r);
                    re = CX(r)->real;
                    im = CX(r)->imag;
                } else if (vm->exc || !sk_number_to_double(vm, rv, &re)) {
                    if (sk_exc_pending(vm, SK_EXC_TYPE)) {
                        sk_exc_take(vm);
                        return sk_exc_fmt(vm, SK_EXC_TYPE,
                                          "complex() first argument must be a string or a number, not '%T'", rv);
                    }
                    return SK_NULL;
                }
            }
        }
    }
    if (iv) {
        if (sk_is_str(vm, iv)) return sk_exc_msg(vm, SK_EXC_TYPE, "complex() second arg can't be a string");
        if (!as_complex(vm, iv, &r2, &i2, &ok)) return SK_NULL;
        if (!ok) return sk_exc_fmt(vm, SK_EXC_TYPE, "complex() second argument must be a number, not '%T'", iv);
        re -= i2;
        im += r2;
    }
    sk_complex *c = (sk_complex *)sk_gc_new(vm, sk_as_type(cls), sk_as_type(cls)->size);
    if (!c) return SK_NULL;
    c->real = re;
    c->imag = im;
    return sk_from_obj(c);
}

static sk_value cg_real(sk_vm *vm, sk_value s) { return sk_float_new(vm, CX(s)->real); }
static sk_value cg_imag(sk_vm *vm, sk_value s) { return sk_float_new(vm, CX(s)->imag); }
static sk_value cm_conjugate(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    return sk_complex_new(vm, CX(a[0])->real, -CX(a[0])->imag);
}
static sk_value cm_format(sk_vm *vm, const sk_value *a, size_t n, sk_value k) {
    if (!sk_is_str(vm, a[1])) return sk_exc_fmt(vm, SK_EXC_TYPE, "__format__() argument must be str, not %T", a[1]);
    if (sk_str_size(a[1]) == 0) return sk_str(vm, a[0]);
    sk_fmt_spec spec;
    sk_buf out, err;
    sk_buf_init_vm(vm, &out);
    sk_buf_init_vm(vm, &err);
    sk_fmt_status st = sk_fmt_parse(&spec, sk_str_data(a[1]), sk_str_size(a[1]), SK_FMT_COMPLEX,
                                    sk_type_name_of(vm, a[0]), &err);
    if (st == SK_FMT_OK) st = sk_fmt_complex(&out, &spec, CX(a[0])->real, CX(a[0])->imag, &err);
    if (st != SK_FMT_OK) {
        sk_buf_free(&out);
        return fmt_error(vm, st, &err);
    }
    sk_buf_free(&err);
    return sk_str_from_buf(vm, &out);
}
static const sk_method_def complex_methods[] = {
    {"conjugate", cm_conjugate, 1, 1, 0, NULL},
    {"__format__", cm_format, 2, 2, 0, NULL},
    {NULL},
};
static const sk_getset_def complex_getsets[] = {
    {"real", cg_real, NULL, NULL},
    {"imag", cg_imag, NULL, NULL},
    {NULL},
};

void sk_complex_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_COMPLEX, SK_TYPE(vm, OBJECT), sizeof(sk_complex), SK_TF_BASETYPE);
    t->tp_new = complex_new_py;
    t->repr = complex_repr;
    t->hash = complex_hash;
    t->richcmp = complex_richcmp;
    t->truth = complex_truth;
    t->neg = complex_neg;
    t->pos = complex_pos;
    t->abs = complex_abs;
#define X(id, d, r, i, s) t->nb[SK_NB_##id] = complex_nb_##id;
    SK_BINOPS(X)
#undef X
    t->nb[SK_NB_LSHIFT] = t->nb[SK_NB_RSHIFT] = t->nb[SK_NB_AND] = t->nb[SK_NB_OR] = t->nb[SK_NB_XOR] = NULL;
    t->nb[SK_NB_MATMUL] = NULL;
    (void)sk_type_add_methods(vm, t, complex_methods);
    (void)sk_type_add_getsets(vm, t, complex_getsets);
}
