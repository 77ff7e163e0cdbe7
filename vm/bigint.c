/* bigint.c — Python int semantics on libtommath (see bigint.h).
 *
 * Invariants kept here:
 * - Every result is tidied before it is handed back: zero is never
 *   negative, and a digit array much larger than the value is shrunk, so
 *   sk_bi_size_bytes tells the VM what a long-lived value really costs.
 * - No result may exceed SK_BI_MAX_BITS. Each operation bounds its result
 *   size before calling libtommath, which keeps its `int` sizes far from
 *   overflow and turns absurd requests into an immediate MemoryError.
 * - Bit counts are computed here as uint64_t (bits_of), never with
 *   mp_count_bits, whose `int` arithmetic is the thing being guarded.
 *
 * Text conversion in bases that are not powers of two is divide and
 * conquer on powers B^(2^j) of the largest power B of the base that fits a
 * digit: parsing multiplies halves together (libtommath's Karatsuba and
 * Toom-3 make this subquadratic), printing divides by the powers.
 */
#include "bigint.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(MP_DIGIT_BIT >= 16 && MP_DIGIT_BIT <= 60, "unexpected libtommath digit size");
_Static_assert(SK_BI_MAX_BITS < INT_MAX, "bit counts must fit libtommath's int");

/* CPython's own digit size and size limit, for reproducing exactly when a
 * left shift gives OverflowError rather than MemoryError. */
#define CPY_SHIFT 30
#define CPY_SSIZE_MAX INT64_MAX
#define CPY_MAX_LONG_DIGITS ((CPY_SSIZE_MAX - 24) / 4)

/* ---- small helpers ------------------------------------------------------ */

static sk_bi_status fail(sk_bi_err *err, sk_bi_status st, const char *msg) {
    if (err) snprintf(err->msg, sizeof err->msg, "%s", msg);
    return st;
}

/* Any libtommath failure: MP_MEM is memory, and so is MP_VAL from a size
 * check inside the library (our own bounds should prevent it). */
static sk_bi_status mp_fail(mp_err e, sk_bi_err *err) {
    (void)e;
    return fail(err, SK_BI_NOMEM, "");
}

static sk_bi_status too_big(sk_bi_err *err) { return fail(err, SK_BI_NOMEM, ""); }

static unsigned bitlen64(uint64_t v) { return v ? 64u - (unsigned)__builtin_clzll(v) : 0u; }

/* Bits of |a|. */
static uint64_t bits_of(const mp_int *a) {
    if (a->used == 0) return 0;
    return (uint64_t)(a->used - 1) * MP_DIGIT_BIT + bitlen64((uint64_t)a->dp[a->used - 1]);
}

/* Index of the lowest one bit of |a| (a != 0). */
static uint64_t low_bit(const mp_int *a) {
    uint64_t n = 0;
    for (int i = 0; i < a->used; i++) {
        if (a->dp[i]) return n + (uint64_t)__builtin_ctzll((uint64_t)a->dp[i]);
        n += MP_DIGIT_BIT;
    }
    return n;
}

/* Bits [pos, pos + k) of |a|, k <= 64. */
static uint64_t get_bits(const mp_int *a, uint64_t pos, unsigned k) {
    uint64_t r = 0;
    unsigned got = 0;
    uint64_t di = pos / MP_DIGIT_BIT;
    unsigned off = (unsigned)(pos % MP_DIGIT_BIT);
    while (got < k && di < (uint64_t)a->used) {
        r |= ((uint64_t)a->dp[di] >> off) << got;
        got += MP_DIGIT_BIT - off;
        off = 0;
        di++;
    }
    if (k < 64) r &= ((uint64_t)1 << k) - 1;
    return r;
}

static bool is_neg(const mp_int *a) { return a->sign == MP_NEG && a->used != 0; }

/* Canonical zero, and no large unused tail on the digit array. */
static void tidy(mp_int *a) {
    if (a->used == 0) a->sign = MP_ZPOS;
    if (a->alloc > 8 && a->alloc > 2 * a->used) {
        if (mp_shrink(a) != MP_OKAY) {
            /* Keeping the larger block is harmless. */
        }
    }
}

static sk_bi_status done_ok(mp_int *r) {
    tidy(r);
    return SK_BI_OK;
}

/* A read-only alias of |a| (shares a's digits; never store into it). */
static mp_int mag_view(const mp_int *a) {
    mp_int m = *a;
    m.sign = MP_ZPOS;
    return m;
}

/* ---- lifetime ----------------------------------------------------------- */

sk_bi_status sk_bi_init(mp_int *a) {
    return mp_init_size(a, 2) == MP_OKAY ? SK_BI_OK : SK_BI_NOMEM;
}

sk_bi_status sk_bi_init_i64(mp_int *a, int64_t v) {
    if (mp_init_size(a, 2) != MP_OKAY) return SK_BI_NOMEM;
    mp_set_i64(a, v);
    return SK_BI_OK;
}

sk_bi_status sk_bi_init_copy(mp_int *a, const mp_int *b) {
    if (mp_init_size(a, b->used) != MP_OKAY) return SK_BI_NOMEM;
    if (mp_copy(b, a) != MP_OKAY) {
        mp_clear(a);
        return SK_BI_NOMEM;
    }
    return SK_BI_OK;
}

sk_bi_status sk_bi_copy(mp_int *r, const mp_int *b) {
    if (r == b) return SK_BI_OK;
    if (mp_copy(b, r) != MP_OKAY) return SK_BI_NOMEM;
    return done_ok(r);
}

size_t sk_bi_size_bytes(const mp_int *a) { return (size_t)a->alloc * sizeof(mp_digit); }

const mp_int *sk_bi_view_i64(sk_bi_small *s, int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int n = 0;
    memset(s->d, 0, sizeof s->d);
    while (m) {
        s->d[n++] = (mp_digit)(m & MP_MASK);
        m >>= MP_DIGIT_BIT;
    }
    s->v.dp = s->d;
    s->v.alloc = SK_BI_SMALL_DIGITS;
    s->v.used = n;
    s->v.sign = (v < 0) ? MP_NEG : MP_ZPOS;
    return &s->v;
}

/* ---- conversions -------------------------------------------------------- */

sk_bi_status sk_bi_set_i64(mp_int *r, int64_t v) {
    if (mp_grow(r, 2) != MP_OKAY) return SK_BI_NOMEM;
    mp_set_i64(r, v);
    return done_ok(r);
}

static bool to_i64_bounded(const mp_int *a, uint64_t neg_max, uint64_t pos_max, int64_t *out) {
    if (bits_of(a) > 64) return false;
    uint64_t m = mp_get_mag_u64(a);
    int64_t v;
    if (is_neg(a)) {
        if (m > neg_max) return false;
        v = (m == (UINT64_C(1) << 63)) ? INT64_MIN : -(int64_t)m;
    } else {
        if (m > pos_max) return false;
        v = (int64_t)m;
    }
    if (out) *out = v;
    return true;
}

bool sk_bi_fits_small(const mp_int *a, int64_t *out) {
    return to_i64_bounded(a, UINT64_C(1) << 62, (UINT64_C(1) << 62) - 1, out);
}

bool sk_bi_to_i64(const mp_int *a, int64_t *out) {
    return to_i64_bounded(a, UINT64_C(1) << 63, (UINT64_C(1) << 63) - 1, out);
}

/* |a| as a double, correctly rounded; may be +inf. */
static double mag_to_double(const mp_int *a) {
    uint64_t n = bits_of(a);
    if (n <= 64) return (double)mp_get_mag_u64(a);
    if (n > DBL_MAX_EXP + 1) return HUGE_VAL;
    /* Keep 55 bits: 53 for the mantissa, a rounding bit, and a sticky bit
     * that also records whether anything below was non-zero. */
    uint64_t top = get_bits(a, n - 55, 55);
    if (low_bit(a) < n - 55) top |= 1;
    return ldexp((double)top, (int)(n - 55));
}

sk_bi_status sk_bi_to_double(const mp_int *a, double *out, sk_bi_err *err) {
    double d = mag_to_double(a);
    if (isinf(d)) return fail(err, SK_BI_OVERFLOW, "int too large to convert to float");
    *out = is_neg(a) ? -d : d;
    return SK_BI_OK;
}

sk_bi_status sk_bi_from_double(mp_int *r, double d) {
    int e;
    double m = frexp(fabs(d), &e); /* |d| = m * 2^e, m in [0.5, 1) */
    if (d == 0 || e <= 0 || !isfinite(d)) {
        mp_zero(r);
        return done_ok(r);
    }
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int shift = e - 53;
    if (shift < 0) mant >>= -shift;
    if (mp_grow(r, 2) != MP_OKAY) return SK_BI_NOMEM;
    mp_set_u64(r, mant);
    if (shift > 0 && mp_mul_2d(r, shift, r) != MP_OKAY) return SK_BI_NOMEM;
    if (d < 0 && mp_neg(r, r) != MP_OKAY) return SK_BI_NOMEM;
    return done_ok(r);
}

int sk_bi_cmp_double(const mp_int *a, double d) {
    if (isnan(d)) return 2;
    int sa = sk_bi_sign(a);
    int sd = (d > 0) - (d < 0);
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (sa != sd) return sa < sd ? -1 : 1;
    if (sa == 0) return 0;
    /* Same sign, both non-zero: compare magnitudes, then flip for negatives. */
    int mag;
    int e;
    double m = frexp(fabs(d), &e); /* |d| in [2^(e-1), 2^e) */
    uint64_t n = bits_of(a);       /* |a| in [2^(n-1), 2^n) */
    if (e <= 0) mag = 1;           /* |d| < 1 <= |a| */
    else if (n != (uint64_t)e) mag = n > (uint64_t)e ? 1 : -1;
    else if (n <= 53) {
        double da = (double)mp_get_mag_u64(a); /* exact */
        mag = (da > fabs(d)) - (da < fabs(d));
    } else {
        uint64_t mant = (uint64_t)ldexp(m, 53); /* |d| = mant * 2^(n-53) */
        uint64_t top = get_bits(a, n - 53, 53);
        if (top != mant) mag = top > mant ? 1 : -1;
        else mag = low_bit(a) < n - 53 ? 1 : 0;
    }
    return sa < 0 ? -mag : mag;
}

sk_bi_status sk_bi_truediv(const mp_int *a, const mp_int *b, double *out, sk_bi_err *err) {
    if (b->used == 0) return fail(err, SK_BI_ZERODIV, "division by zero");
    bool negate = is_neg(a) != is_neg(b);
    if (a->used == 0) {
        *out = negate ? -0.0 : 0.0;
        return SK_BI_OK;
    }
    uint64_t na = bits_of(a), nb = bits_of(b);
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        /* Both exact as doubles: one correctly rounded division. */
        double q = (double)mp_get_mag_u64(a) / (double)mp_get_mag_u64(b);
        *out = negate ? -q : q;
        return SK_BI_OK;
    }
    int64_t diff = (int64_t)na - (int64_t)nb; /* a/b in [2^(diff-1), 2^(diff+1)) */
    if (diff > DBL_MAX_EXP)
        return fail(err, SK_BI_OVERFLOW, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = negate ? -0.0 : 0.0;
        return SK_BI_OK;
    }
    /* Scale so that the integer quotient has DBL_MANT_DIG + 2 or + 3 bits
     * (fewer for subnormal results), then round it once, half to even, with
     * the discarded remainder as a sticky bit. */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mp_int x, rem;
    mp_int bm = mag_view(b);
    sk_bi_status st = SK_BI_OK;
    bool inexact = false;
    mp_err e;
    if ((e = mp_init_multi(&x, &rem, NULL)) != MP_OKAY) return mp_fail(e, err);
    if (shift <= 0) {
        if ((e = mp_abs(a, &x)) != MP_OKAY || (e = mp_mul_2d(&x, (int)-shift, &x)) != MP_OKAY)
            goto mperr;
    } else {
        if ((e = mp_div_2d(a, (int)shift, &x, NULL)) != MP_OKAY || (e = mp_abs(&x, &x)) != MP_OKAY)
            goto mperr;
        inexact = low_bit(a) < (uint64_t)shift;
    }
    if ((e = mp_div(&x, &bm, &x, &rem)) != MP_OKAY) goto mperr;
    inexact = inexact || rem.used != 0;
    {
        uint64_t q = mp_get_mag_u64(&x);
        int qbits = (int)bitlen64(q);
        int extra = (qbits > DBL_MIN_EXP - shift ? qbits : (int)(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
        uint64_t mask = UINT64_C(1) << (extra - 1);
        uint64_t low = q | (inexact ? 1u : 0u);
        if ((low & mask) && (low & (3 * mask - 1))) q += mask;
        q &= ~(2 * mask - 1);
        double d = ldexp((double)q, (int)shift);
        if (isinf(d)) {
            st = fail(err, SK_BI_OVERFLOW, "integer division result too large for a float");
        } else {
            *out = negate ? -d : d;
        }
    }
    goto done;
mperr:
    st = mp_fail(e, err);
done:
    mp_clear_multi(&x, &rem, NULL);
    return st;
}

/* ---- hashing ------------------------------------------------------------ */

#define HASH_BITS 61
#define HASH_MOD ((UINT64_C(1) << HASH_BITS) - 1)

static int64_t finish_hash(uint64_t h, bool neg) {
    int64_t v = neg ? -(int64_t)h : (int64_t)h;
    return v == -1 ? -2 : v;
}

int64_t sk_bi_hash(const mp_int *a) {
    /* Horner over the digits, modulo 2^61 - 1 where 2^61 == 1. */
    uint64_t h = 0;
    for (int i = a->used - 1; i >= 0; i--) {
        h = ((h << MP_DIGIT_BIT) & HASH_MOD) | (h >> (HASH_BITS - MP_DIGIT_BIT));
        h += (uint64_t)a->dp[i];
        if (h >= HASH_MOD) h -= HASH_MOD;
    }
    return finish_hash(h, is_neg(a));
}

int64_t sk_bi_hash_i64(int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return finish_hash(m % HASH_MOD, v < 0);
}

/* ---- arithmetic --------------------------------------------------------- */

int sk_bi_cmp(const mp_int *a, const mp_int *b) { return mp_cmp(a, b); }

int sk_bi_sign(const mp_int *a) { return a->used == 0 ? 0 : (a->sign == MP_NEG ? -1 : 1); }

static uint64_t max_u64(uint64_t x, uint64_t y) { return x > y ? x : y; }

sk_bi_status sk_bi_add(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (max_u64(bits_of(a), bits_of(b)) + 1 > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = mp_add(a, b, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

sk_bi_status sk_bi_sub(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (max_u64(bits_of(a), bits_of(b)) + 1 > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = mp_sub(a, b, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

sk_bi_status sk_bi_mul(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (bits_of(a) + bits_of(b) > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = mp_mul(a, b, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

/* Floor division; q and/or m may be NULL. The divisor is non-zero. */
static sk_bi_status divmod_floor(mp_int *q, mp_int *m, const mp_int *a, const mp_int *b,
                                 sk_bi_err *err) {
    mp_int tq, tr;
    mp_err e;
    if ((e = mp_init_multi(&tq, &tr, NULL)) != MP_OKAY) return mp_fail(e, err);
    if ((e = mp_div(a, b, &tq, &tr)) != MP_OKAY) goto fail;
    if (tr.used != 0 && is_neg(&tr) != is_neg(b)) {
        /* Truncation rounded toward zero; step down to the floor. */
        if ((e = mp_sub_d(&tq, 1, &tq)) != MP_OKAY) goto fail;
        if ((e = mp_add(&tr, b, &tr)) != MP_OKAY) goto fail;
    }
    if (q) {
        mp_exch(q, &tq);
        tidy(q);
    }
    if (m) {
        mp_exch(m, &tr);
        tidy(m);
    }
    mp_clear_multi(&tq, &tr, NULL);
    return SK_BI_OK;
fail:
    mp_clear_multi(&tq, &tr, NULL);
    return mp_fail(e, err);
}

sk_bi_status sk_bi_floordiv(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (b->used == 0) return fail(err, SK_BI_ZERODIV, "integer division or modulo by zero");
    return divmod_floor(r, NULL, a, b, err);
}

sk_bi_status sk_bi_mod(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (b->used == 0) return fail(err, SK_BI_ZERODIV, "integer modulo by zero");
    return divmod_floor(NULL, r, a, b, err);
}

sk_bi_status sk_bi_divmod(mp_int *q, mp_int *m, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    if (b->used == 0) return fail(err, SK_BI_ZERODIV, "integer division or modulo by zero");
    return divmod_floor(q, m, a, b, err);
}

/* log2(|a|) for a != 0, good to about 1e-15 relative. */
static double log2_mag(const mp_int *a) {
    uint64_t n = bits_of(a);
    if (n <= 64) return log2((double)mp_get_mag_u64(a));
    return log2((double)get_bits(a, n - 64, 64)) + (double)(n - 64);
}

sk_bi_status sk_bi_pow(mp_int *r, const mp_int *a, const mp_int *e, sk_bi_err *err) {
    mp_err me;
    if (is_neg(e)) return fail(err, SK_BI_VALUE, "negative exponent");
    if (e->used == 0 || mp_cmp_d(a, 1) == MP_EQ) {
        mp_set(r, 1);
        return done_ok(r);
    }
    if (a->used == 0) {
        mp_zero(r);
        return done_ok(r);
    }
    uint64_t na = bits_of(a);
    bool odd = (e->dp[0] & 1) != 0;
    if (na == 1) { /* a == -1 */
        mp_set(r, 1);
        if (odd && (me = mp_neg(r, r)) != MP_OKAY) return mp_fail(me, err);
        return done_ok(r);
    }
    if (bits_of(e) > 40) return too_big(err); /* at least 2^(2^40) */
    uint64_t ev = mp_get_mag_u64(e);
    bool neg = is_neg(a) && odd;
    if (low_bit(a) == na - 1) {
        /* |a| = 2^k: shift instead of multiplying. */
        uint64_t k = na - 1;
        if (ev > SK_BI_MAX_BITS / k) return too_big(err);
        if ((me = mp_2expt(r, (int)(k * ev))) != MP_OKAY) return mp_fail(me, err);
    } else {
        if ((double)ev * log2_mag(a) > (double)(SK_BI_MAX_BITS - 64)) return too_big(err);
        if ((me = mp_expt_u32(a, (uint32_t)ev, r)) != MP_OKAY) return mp_fail(me, err);
        return done_ok(r); /* the sign is already right */
    }
    if (neg && (me = mp_neg(r, r)) != MP_OKAY) return mp_fail(me, err);
    return done_ok(r);
}

sk_bi_status sk_bi_powmod(mp_int *r, const mp_int *a, const mp_int *e, const mp_int *m,
                          sk_bi_err *err) {
    if (m->used == 0) return fail(err, SK_BI_VALUE, "pow() 3rd argument cannot be 0");
    mp_int mm = mag_view(m);
    bool neg_out = is_neg(m);
    if (mp_cmp_d(&mm, 1) == MP_EQ) {
        mp_zero(r);
        return done_ok(r);
    }
    mp_int base, res;
    mp_err me;
    sk_bi_status st = SK_BI_OK;
    if ((me = mp_init_multi(&base, &res, NULL)) != MP_OKAY) return mp_fail(me, err);
    if ((me = mp_mod(a, &mm, &base)) != MP_OKAY) goto mperr;
    if (is_neg(e)) {
        me = mp_invmod(&base, &mm, &base);
        if (me == MP_VAL) {
            st = fail(err, SK_BI_VALUE, "base is not invertible for the given modulus");
            goto done;
        }
        if (me != MP_OKAY) goto mperr;
        mp_int ee = mag_view(e);
        if ((me = mp_exptmod(&base, &ee, &mm, &res)) != MP_OKAY) goto mperr;
    } else if (e->used == 0) {
        mp_set(&res, 1);
    } else {
        if ((me = mp_exptmod(&base, e, &mm, &res)) != MP_OKAY) goto mperr;
    }
    if (neg_out && res.used != 0 && (me = mp_sub(&res, &mm, &res)) != MP_OKAY) goto mperr;
    mp_exch(r, &res);
    tidy(r);
    goto done;
mperr:
    st = mp_fail(me, err);
done:
    mp_clear_multi(&base, &res, NULL);
    return st;
}

sk_bi_status sk_bi_neg(mp_int *r, const mp_int *a, sk_bi_err *err) {
    mp_err e = mp_neg(a, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

sk_bi_status sk_bi_abs(mp_int *r, const mp_int *a, sk_bi_err *err) {
    mp_err e = mp_abs(a, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

/* ---- bitwise ------------------------------------------------------------ */

sk_bi_status sk_bi_invert(mp_int *r, const mp_int *a, sk_bi_err *err) {
    if (bits_of(a) + 1 > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = mp_complement(a, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

typedef mp_err (*mp_binop)(const mp_int *, const mp_int *, mp_int *);

static sk_bi_status bitop(mp_binop op, mp_int *r, const mp_int *a, const mp_int *b,
                          sk_bi_err *err) {
    if (max_u64(bits_of(a), bits_of(b)) + 1 > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = op(a, b, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

sk_bi_status sk_bi_and(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    return bitop(mp_and, r, a, b, err);
}

sk_bi_status sk_bi_or(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    return bitop(mp_or, r, a, b, err);
}

sk_bi_status sk_bi_xor(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    return bitop(mp_xor, r, a, b, err);
}

sk_bi_status sk_bi_lshift(mp_int *r, const mp_int *a, const mp_int *n, sk_bi_err *err) {
    if (is_neg(n)) return fail(err, SK_BI_VALUE, "negative shift count");
    if (a->used == 0) {
        mp_zero(r);
        return done_ok(r);
    }
    /* CPython splits the count into 30-bit digits and a remainder, clipping
     * absurd counts, and raises OverflowError only when its digit count
     * overflows; everything else that is too big is a MemoryError. */
    int64_t count;
    bool small = sk_bi_to_i64(n, &count);
    uint64_t wordshift, remshift;
    if (small) {
        wordshift = (uint64_t)count / CPY_SHIFT;
        remshift = (uint64_t)count % CPY_SHIFT;
    } else {
        mp_int w;
        mp_digit rd;
        int64_t wv;
        mp_err e;
        if ((e = mp_init(&w)) != MP_OKAY) return mp_fail(e, err);
        if ((e = mp_div_d(n, CPY_SHIFT, &w, &rd)) != MP_OKAY) {
            mp_clear(&w);
            return mp_fail(e, err);
        }
        bool fits = sk_bi_to_i64(&w, &wv);
        mp_clear(&w);
        if (fits && wv < CPY_SSIZE_MAX / 4) {
            wordshift = (uint64_t)wv;
            remshift = rd;
        } else {
            wordshift = CPY_SSIZE_MAX / 4;
            remshift = 0;
        }
    }
    uint64_t oldsize = (bits_of(a) + CPY_SHIFT - 1) / CPY_SHIFT;
    if (oldsize + wordshift + (remshift != 0) > (uint64_t)CPY_MAX_LONG_DIGITS)
        return fail(err, SK_BI_OVERFLOW, "too many digits in integer");
    if (!small || bits_of(a) + (uint64_t)count > SK_BI_MAX_BITS) return too_big(err);
    mp_err e = mp_mul_2d(a, (int)count, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

sk_bi_status sk_bi_rshift(mp_int *r, const mp_int *a, const mp_int *n, sk_bi_err *err) {
    if (is_neg(n)) return fail(err, SK_BI_VALUE, "negative shift count");
    int64_t count;
    if (!sk_bi_to_i64(n, &count) || (uint64_t)count >= bits_of(a)) {
        bool neg = is_neg(a);
        mp_zero(r);
        if (neg) mp_set_i64(r, -1);
        return done_ok(r);
    }
    mp_err e = mp_signed_rsh(a, (int)count, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}

/* ---- text: shared pieces ---------------------------------------------- */

static const char digits_lower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char digits_upper[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/* The largest power of `base` that fits one digit: *chunk = base^*width. */
static void chunk_of(int base, mp_digit *chunk, int *width) {
    mp_digit c = (mp_digit)base;
    int w = 1;
    while (c <= MP_MASK / (mp_digit)base) {
        c *= (mp_digit)base;
        w++;
    }
    *chunk = c;
    *width = w;
}

static void clear_powers(mp_int *pw, int count) {
    for (int j = 0; j < count; j++) mp_clear(&pw[j]);
}

/* Powers pw[j] = B^(2^j) for j < count; pw must hold `count` entries, all
 * initialised here. On failure everything initialised is cleared. */
static mp_err make_powers(mp_int *pw, int count, mp_digit chunk) {
    mp_err e = MP_OKAY;
    int made = 0;
    for (; made < count; made++) {
        if ((e = mp_init(&pw[made])) != MP_OKAY) break;
        if (made == 0) {
            mp_set(&pw[0], chunk);
        } else if ((e = mp_sqr(&pw[made - 1], &pw[made])) != MP_OKAY) {
            made++;
            break;
        }
    }
    if (e != MP_OKAY) clear_powers(pw, made);
    return e;
}

/* ---- text: int -> str ---------------------------------------------------- */

/* Chunks at or below this many digits are printed by repeated division by
 * one digit; above it the number is split by a power. */
#define PRINT_BASECASE_LIMBS 48
/* Powers of at least this many digits divide by Barrett reduction with a
 * Newton reciprocal (two multiplications) instead of mp_div, whose
 * schoolbook cost would make printing quadratic. */
#define BARRETT_MIN_LIMBS 40
/* Reciprocals of divisors up to this many bits come from one mp_div. */
#define RECIP_BASECASE_BITS 4000

/* r = floor(2^(2n) / d), where d has exactly n bits. Newton's iteration
 * from a reciprocal of d's top half, then an exact correction. */
static mp_err reciprocal(mp_int *r, const mp_int *d, uint64_t n) {
    mp_int t, u, r0;
    mp_err e;
    if ((e = mp_init_multi(&t, &u, &r0, NULL)) != MP_OKAY) return e;
    if ((e = mp_2expt(&u, (int)(2 * n))) != MP_OKAY) goto done;
    if (n <= RECIP_BASECASE_BITS) {
        e = mp_div(&u, d, r, NULL);
        goto done;
    }
    uint64_t h = n / 2 + 16; /* r0 good to about h - 2 bits; one step doubles that */
    if ((e = mp_div_2d(d, (int)(n - h), &t, NULL)) != MP_OKAY) goto done;
    if ((e = reciprocal(&r0, &t, h)) != MP_OKAY) goto done;
    if ((e = mp_mul_2d(&r0, (int)(n - h), &r0)) != MP_OKAY) goto done;
    /* r = r0 + r0 * (2^(2n) - d*r0) / 2^(2n) */
    if ((e = mp_mul(d, &r0, &t)) != MP_OKAY) goto done;
    if ((e = mp_sub(&u, &t, &t)) != MP_OKAY) goto done;
    if ((e = mp_mul(&r0, &t, &t)) != MP_OKAY) goto done;
    if ((e = mp_div_2d(&t, (int)(2 * n), &t, NULL)) != MP_OKAY) goto done;
    if ((e = mp_add(&r0, &t, r)) != MP_OKAY) goto done;
    /* Exact: t = 2^(2n) - d*r must land in [0, d). */
    if ((e = mp_mul(d, r, &t)) != MP_OKAY) goto done;
    if ((e = mp_sub(&u, &t, &t)) != MP_OKAY) goto done;
    for (int i = 0; i < 16 && is_neg(&t); i++) {
        if ((e = mp_sub_d(r, 1, r)) != MP_OKAY || (e = mp_add(&t, d, &t)) != MP_OKAY) goto done;
    }
    for (int i = 0; i < 16 && !is_neg(&t) && mp_cmp(&t, d) != MP_LT; i++) {
        if ((e = mp_add_d(r, 1, r)) != MP_OKAY || (e = mp_sub(&t, d, &t)) != MP_OKAY) goto done;
    }
    if (is_neg(&t) || mp_cmp(&t, d) != MP_LT) e = mp_div(&u, d, r, NULL); /* never expected */
done:
    mp_clear_multi(&t, &u, &r0, NULL);
    return e;
}

/* q, r = divmod(x, d) for 0 <= x < d^2, given inv = floor(2^(2n) / d) with
 * n = bits(d) (Barrett: the estimate is at most 2 below the quotient). */
static mp_err barrett_divmod(const mp_int *x, const mp_int *d, const mp_int *inv, uint64_t n,
                             mp_int *q, mp_int *r) {
    mp_err e;
    if ((e = mp_div_2d(x, (int)(n - 1), q, NULL)) != MP_OKAY) return e;
    if ((e = mp_mul(q, inv, q)) != MP_OKAY) return e;
    if ((e = mp_div_2d(q, (int)(n + 1), q, NULL)) != MP_OKAY) return e;
    if ((e = mp_mul(q, d, r)) != MP_OKAY) return e;
    if ((e = mp_sub(x, r, r)) != MP_OKAY) return e;
    while (is_neg(r)) {
        if ((e = mp_sub_d(q, 1, q)) != MP_OKAY || (e = mp_add(r, d, r)) != MP_OKAY) return e;
    }
    while (mp_cmp(r, d) != MP_LT) {
        if ((e = mp_add_d(q, 1, q)) != MP_OKAY || (e = mp_sub(r, d, r)) != MP_OKAY) return e;
    }
    return MP_OKAY;
}

typedef struct printer {
    sk_buf *out;
    const char *digits;
    int base, width;
    mp_digit chunk;
    mp_int *pw;     /* pw[j] = chunk^(2^j) */
    mp_int *inv;    /* inv[j] = floor(2^(2 bits(pw[j])) / pw[j]), once made */
    bool *has_inv;
} printer;

/* Writes v in `width` digits, or without leading zeros when !pad. */
static void put_chunk(printer *p, uint64_t v, bool pad) {
    char tmp[64];
    int n = 0;
    do {
        tmp[n++] = p->digits[v % (uint64_t)p->base];
        v /= (uint64_t)p->base;
    } while (v);
    if (pad)
        while (n < p->width) tmp[n++] = '0';
    if (!sk_buf_reserve(p->out, (size_t)n)) return;
    char *d = p->out->data + p->out->len;
    for (int i = 0; i < n; i++) d[i] = tmp[n - 1 - i];
    p->out->len += (size_t)n;
    p->out->data[p->out->len] = '\0';
}

/* Prints x (destroying it), which is below pw[j]^2; with `pad`, as exactly
 * 2^(j+1) chunks. j = -1 means x < pw[0], one chunk. */
static mp_err print_rec(printer *p, mp_int *x, int j, bool pad) {
    mp_err e;
    if (x->used <= PRINT_BASECASE_LIMBS || j < 0) {
        /* chunk * base > MP_MASK, so every chunk exceeds 2^(MP_DIGIT_BIT - 6). */
        uint64_t ch[PRINT_BASECASE_LIMBS * MP_DIGIT_BIT / (MP_DIGIT_BIT - 6) + 2];
        size_t n = 0;
        while (x->used != 0) {
            mp_digit rem;
            if ((e = mp_div_d(x, p->chunk, x, &rem)) != MP_OKAY) return e;
            ch[n++] = (uint64_t)rem;
        }
        if (pad) {
            size_t want = (size_t)1 << (j + 1);
            sk_buf_repeat(p->out, "0", 1, (want - n) * (size_t)p->width);
        }
        if (n == 0) return MP_OKAY; /* only when !pad: the caller wrote "0" */
        put_chunk(p, ch[n - 1], pad);
        for (size_t i = n - 1; i-- > 0;) put_chunk(p, ch[i], true);
        return MP_OKAY;
    }
    mp_int q, r;
    if ((e = mp_init_multi(&q, &r, NULL)) != MP_OKAY) return e;
    if (p->pw[j].used < BARRETT_MIN_LIMBS) {
        if ((e = mp_div(x, &p->pw[j], &q, &r)) != MP_OKAY) goto done;
    } else {
        uint64_t n = bits_of(&p->pw[j]);
        if (!p->has_inv[j]) {
            if ((e = mp_init(&p->inv[j])) != MP_OKAY) goto done;
            p->has_inv[j] = true;
            if ((e = reciprocal(&p->inv[j], &p->pw[j], n)) != MP_OKAY) goto done;
        }
        if ((e = barrett_divmod(x, &p->pw[j], &p->inv[j], n, &q, &r)) != MP_OKAY) goto done;
    }
    mp_zero(x); /* release early: the halves are all we need */
    if ((e = mp_shrink(x)) != MP_OKAY) goto done;
    if (!pad && q.used == 0) {
        e = print_rec(p, &r, j - 1, false);
    } else {
        if ((e = print_rec(p, &q, j - 1, pad)) != MP_OKAY) goto done;
        e = print_rec(p, &r, j - 1, true);
    }
done:
    mp_clear_multi(&q, &r, NULL);
    return e;
}

/* Digits of |a| in a base that is not a power of two; |a| > 0. */
static mp_err print_general(const mp_int *a, int base, const char *digits, sk_buf *out) {
    mp_int pw[64], inv[64];
    bool has_inv[64] = {false};
    printer p = {.out = out, .digits = digits, .base = base, .pw = pw, .inv = inv,
                 .has_inv = has_inv};
    chunk_of(base, &p.chunk, &p.width);
    mp_int x;
    mp_err e;
    int count = 0;
    if ((e = mp_init_copy(&x, a)) != MP_OKAY) return e;
    x.sign = MP_ZPOS;
    /* Powers until pw[count-1]^2 surely exceeds x (2^(2 bits - 2) > x). */
    if ((e = mp_init_set(&pw[0], p.chunk)) != MP_OKAY) goto done;
    count = 1;
    while (2 * bits_of(&pw[count - 1]) - 2 < bits_of(&x)) {
        if ((e = mp_init(&pw[count])) != MP_OKAY) goto done;
        count++;
        if ((e = mp_sqr(&pw[count - 2], &pw[count - 1])) != MP_OKAY) goto done;
    }
    e = print_rec(&p, &x, count - 1, false);
done:
    mp_clear(&x);
    for (int j = 0; j < 64; j++)
        if (has_inv[j]) mp_clear(&inv[j]);
    clear_powers(pw, count);
    return e;
}

sk_bi_status sk_bi_to_str(const mp_int *a, int base, unsigned flags, int64_t max_str_digits,
                          sk_buf *out, sk_bi_err *err) {
    if (base < 2 || base > 36) return fail(err, SK_BI_VALUE, "base must be >= 2 and <= 36");
    bool pow2 = (base & (base - 1)) == 0;
    bool limited = !pow2 && max_str_digits > 0;
    uint64_t n = bits_of(a);
    char msg[160];
    snprintf(msg, sizeof msg,
             "Exceeds the limit (%lld digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit",
             (long long)max_str_digits);
    if (limited && n > 0) {
        /* |a| >= 2^(n-1) has at least (n-1)*log_base(2) + 1 digits; refuse
         * without converting when that alone is over the limit. */
        double least = floor((double)(n - 1) * (log(2.0) / log((double)base))) + 1;
        if (least > (double)max_str_digits + 1) return fail(err, SK_BI_VALUE, msg);
    }
    const char *digits = (flags & SK_BI_FMT_UPPER) ? digits_upper : digits_lower;
    size_t start = out->len;
    if (is_neg(a)) sk_buf_putc(out, '-');
    if (flags & SK_BI_FMT_PREFIX) {
        char letter = base == 2 ? 'b' : base == 8 ? 'o' : base == 16 ? 'x' : 0;
        if (letter) {
            sk_buf_putc(out, '0');
            sk_buf_putc(out, (flags & SK_BI_FMT_UPPER) ? (char)(letter - 'a' + 'A') : letter);
        }
    }
    size_t digits_start = out->len;
    if (a->used == 0) {
        sk_buf_putc(out, '0');
    } else if (pow2) {
        unsigned k = (unsigned)bitlen64((uint64_t)base) - 1;
        uint64_t nd = (n + k - 1) / k;
        if (nd > SIZE_MAX / 2 || !sk_buf_reserve(out, (size_t)nd)) return fail(err, SK_BI_NOMEM, "");
        char *d = out->data + out->len;
        for (uint64_t i = 0; i < nd; i++) d[i] = digits[get_bits(a, (nd - 1 - i) * k, k)];
        out->len += (size_t)nd;
        out->data[out->len] = '\0';
    } else {
        mp_err e = print_general(a, base, digits, out);
        if (e != MP_OKAY) {
            if (!out->failed && out->data) {
                out->len = start;
                out->data[start] = '\0';
            }
            return mp_fail(e, err);
        }
    }
    if (out->failed) return fail(err, SK_BI_NOMEM, "");
    if (limited && out->len - digits_start > (uint64_t)max_str_digits) {
        out->len = start;
        out->data[start] = '\0';
        return fail(err, SK_BI_VALUE, msg);
    }
    return SK_BI_OK;
}

/* ---- text: str -> int ---------------------------------------------------- */

/* Chunks combined by plain Horner steps below this count. */
#define PARSE_BASECASE_CHUNKS 32

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Python's bytes-level whitespace (Py_ISSPACE): space, \t \n \v \f \r. */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* r = the value of the chunk sequence ch[0..n), most significant first. */
static mp_err combine(mp_int *r, const mp_digit *ch, size_t n, mp_digit chunk, const mp_int *pw) {
    mp_err e;
    if (n <= PARSE_BASECASE_CHUNKS) {
        mp_zero(r);
        for (size_t i = 0; i < n; i++) {
            if ((e = mp_mul_d(r, chunk, r)) != MP_OKAY) return e;
            if ((e = mp_add_d(r, ch[i], r)) != MP_OKAY) return e;
        }
        return MP_OKAY;
    }
    int j = (int)bitlen64((uint64_t)(n - 1)) - 1; /* 2^j < n <= 2^(j+1) */
    size_t right = (size_t)1 << j;
    mp_int lo;
    if ((e = mp_init(&lo)) != MP_OKAY) return e;
    if ((e = combine(r, ch, n - right, chunk, pw)) != MP_OKAY) goto done;
    if ((e = combine(&lo, ch + n - right, right, chunk, pw)) != MP_OKAY) goto done;
    if ((e = mp_mul(r, &pw[j], r)) != MP_OKAY) goto done;
    e = mp_add(r, &lo, r);
done:
    mp_clear(&lo);
    return e;
}

/* r = the digits in s[0..len) (digits and single underscores, already
 * validated), `ndigits` of them, in `base`. */
static mp_err convert_digits(mp_int *r, const char *s, size_t len, size_t ndigits, int base) {
    mp_err e;
    if ((base & (base - 1)) == 0) {
        unsigned k = bitlen64((uint64_t)base) - 1;
        uint64_t nbits = (uint64_t)ndigits * k;
        if ((e = mp_grow(r, (int)(nbits / MP_DIGIT_BIT + 1))) != MP_OKAY) return e;
        mp_zero(r);
        int di = 0;
        unsigned off = 0;
        mp_digit cur = 0;
        for (size_t i = len; i-- > 0;) {
            if (s[i] == '_') continue;
            mp_digit v = (mp_digit)digit_value((unsigned char)s[i]);
            cur |= (v << off) & MP_MASK;
            if (off + k >= MP_DIGIT_BIT) {
                r->dp[di++] = cur;
                cur = (off + k > MP_DIGIT_BIT) ? v >> (MP_DIGIT_BIT - off) : 0;
                off = off + k - MP_DIGIT_BIT;
            } else {
                off += k;
            }
        }
        if (cur) r->dp[di++] = cur;
        r->used = di;
        mp_clamp(r);
        return MP_OKAY;
    }
    mp_digit chunk;
    int width;
    chunk_of(base, &chunk, &width);
    size_t nch = (ndigits + (size_t)width - 1) / (size_t)width;
    mp_digit *ch = malloc(nch * sizeof *ch);
    if (!ch) return MP_MEM;
    /* The first chunk takes the remainder so the others are full. */
    size_t first = ndigits - (nch - 1) * (size_t)width;
    size_t ci = 0, in_chunk = 0, chunk_len = first;
    mp_digit acc = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') continue;
        acc = acc * (mp_digit)base + (mp_digit)digit_value((unsigned char)s[i]);
        if (++in_chunk == chunk_len) {
            ch[ci++] = acc;
            acc = 0;
            in_chunk = 0;
            chunk_len = (size_t)width;
        }
    }
    int levels = 0;
    while (((size_t)1 << levels) < nch) levels++;
    mp_int pw[64] = {{0}};
    if ((e = make_powers(pw, levels, chunk)) != MP_OKAY) {
        free(ch);
        return e;
    }
    e = combine(r, ch, nch, chunk, pw);
    clear_powers(pw, levels);
    free(ch);
    return e;
}

/* The scanned shape of an int() argument. */
typedef struct scan {
    bool neg;
    int base;              /* resolved base */
    const char *digits;    /* first digit */
    size_t len;            /* bytes of digits and underscores */
    size_t ndigits;        /* digits alone */
    bool error_if_nonzero; /* base 0 and a leading 0: only zeros allowed */
} scan;

/* Validates s[0..len) as CPython's PyLong_FromString does, up to but not
 * including the digit limit; false when the literal is invalid. */
static bool scan_int(const char *s, size_t len, int base, bool literal, scan *sc) {
    const char *p = s, *end = s + len;
    memset(sc, 0, sizeof *sc);
    if (!literal) {
        while (p < end && is_space(*p)) p++;
        if (p < end && (*p == '+' || *p == '-')) sc->neg = *p++ == '-';
    }
    char c1 = (end - p >= 2) ? (char)(p[1] | 0x20) : 0; /* lower-cased */
    if (base == 0) {
        if (p >= end || p[0] != '0') base = 10;
        else if (c1 == 'x') base = 16;
        else if (c1 == 'o') base = 8;
        else if (c1 == 'b') base = 2;
        else {
            sc->error_if_nonzero = true;
            base = 10;
        }
    }
    if (p < end && p[0] == '0' &&
        ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < end && *p == '_') p++; /* one underscore may follow a prefix */
    }
    if (p < end && *p == '_') return false;
    sc->base = base;
    sc->digits = p;
    char prev = 0;
    while (p < end && (*p == '_' || digit_value((unsigned char)*p) < base)) {
        if (*p == '_') {
            if (prev == '_') return false;
        } else {
            sc->ndigits++;
        }
        prev = *p++;
    }
    if (prev == '_' || sc->ndigits == 0) return false;
    sc->len = (size_t)(p - sc->digits);
    if (!literal)
        while (p < end && is_space(*p)) p++;
    return p == end;
}

/* Appends at most 200 code points of the UTF-8 text s[0..len). */
static void put_repr200(char *dst, size_t cap, const char *s, size_t len) {
    size_t n = 0, cps = 0, used = strlen(dst);
    while (n < len) {
        unsigned char c = (unsigned char)s[n];
        size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (cps == 200 || n + k > len || used + n + k >= cap) break;
        n += k;
        cps++;
    }
    memcpy(dst + used, s, n);
    dst[used + n] = '\0';
}

static sk_bi_status invalid_literal(sk_bi_err *err, int base, const char *repr, size_t repr_len) {
    if (err) {
        snprintf(err->msg, sizeof err->msg, "invalid literal for int() with base %d: ", base);
        put_repr200(err->msg, sizeof err->msg, repr, repr_len);
    }
    return SK_BI_VALUE;
}

static sk_bi_status limit_error(sk_bi_err *err, int64_t limit, size_t ndigits) {
    if (err)
        snprintf(err->msg, sizeof err->msg,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (long long)limit, ndigits);
    return SK_BI_VALUE;
}

/* Converts a scanned literal into r (sign included). */
static sk_bi_status convert_scan(mp_int *r, const scan *sc, sk_bi_err *err) {
    double bits = (double)sc->ndigits * log2((double)sc->base);
    if (bits > (double)SK_BI_MAX_BITS + 64) return too_big(err);
    mp_int t;
    mp_err e;
    if ((e = mp_init(&t)) != MP_OKAY) return mp_fail(e, err);
    if ((e = convert_digits(&t, sc->digits, sc->len, sc->ndigits, sc->base)) != MP_OKAY) {
        mp_clear(&t);
        return mp_fail(e, err);
    }
    if (sc->neg && t.used != 0) t.sign = MP_NEG;
    mp_exch(r, &t);
    mp_clear(&t);
    tidy(r);
    return SK_BI_OK;
}

sk_bi_status sk_bi_from_str(mp_int *r, const char *s, size_t len, int base,
                            int64_t max_str_digits, const char *repr, size_t repr_len,
                            sk_bi_err *err) {
    if (base != 0 && (base < 2 || base > 36))
        return fail(err, SK_BI_VALUE, "int() base must be >= 2 and <= 36, or 0");
    /* CPython parses a NUL-terminated copy: a NUL ends the number there,
     * and the caller then finds the text was not all consumed. */
    const char *nul = len ? memchr(s, '\0', len) : NULL;
    size_t eff = nul ? (size_t)(nul - s) : len;
    scan sc;
    if (!scan_int(s, eff, base, false, &sc)) return invalid_literal(err, base, repr, repr_len);
    if ((sc.base & (sc.base - 1)) != 0 && max_str_digits > 0 &&
        sc.ndigits > (uint64_t)max_str_digits)
        return limit_error(err, max_str_digits, sc.ndigits);
    sk_bi_status st = convert_scan(r, &sc, err);
    if (st != SK_BI_OK) return st;
    if ((sc.error_if_nonzero && r->used != 0) || nul)
        return invalid_literal(err, base, repr, repr_len);
    return SK_BI_OK;
}

sk_bi_status sk_bi_from_literal(mp_int *r, const char *s, size_t len, int64_t max_str_digits,
                                sk_bi_err *err) {
    char repr[SK_BI_MSG_SIZE];
    size_t rl = len < sizeof repr - 3 ? len : sizeof repr - 3;
    repr[0] = '\'';
    if (rl) memcpy(repr + 1, s, rl);
    repr[rl + 1] = '\'';
    scan sc;
    if ((len && memchr(s, '\0', len)) || !scan_int(s, len, 0, true, &sc))
        return invalid_literal(err, 0, repr, rl + 2);
    sk_bi_status st = convert_scan(r, &sc, err);
    if (st != SK_BI_OK) return st;
    if (sc.error_if_nonzero && r->used != 0) return invalid_literal(err, 0, repr, rl + 2);
    /* CPython's compiler reads literals up to 2^63 - 1 with strtol and
     * only longer ones with the limited conversion. */
    if ((sc.base & (sc.base - 1)) != 0 && max_str_digits > 0 &&
        sc.ndigits > (uint64_t)max_str_digits && !sk_bi_to_i64(r, NULL))
        return limit_error(err, max_str_digits, sc.ndigits);
    return SK_BI_OK;
}

/* ---- methods ------------------------------------------------------------ */

uint64_t sk_bi_bit_length(const mp_int *a) { return bits_of(a); }

uint64_t sk_bi_bit_count(const mp_int *a) {
    uint64_t n = 0;
    for (int i = 0; i < a->used; i++) n += (uint64_t)__builtin_popcountll((uint64_t)a->dp[i]);
    return n;
}

sk_bi_status sk_bi_to_bytes(const mp_int *a, unsigned char *out, size_t length, bool little,
                            bool is_signed, sk_bi_err *err) {
    bool neg = is_neg(a);
    if (neg && !is_signed)
        return fail(err, SK_BI_OVERFLOW, "can't convert negative int to unsigned");
    uint64_t need_bits = bits_of(a);
    if (length == 0) {
        /* CPython stores no sign bit in an empty result: 0 fits, and so
         * does -1 when signed. */
        if (a->used == 0 || (neg && need_bits == 1)) return SK_BI_OK;
        return fail(err, SK_BI_OVERFLOW, "int too big to convert");
    }
    if (is_signed) {
        /* Room for the sign bit: a >= 0 needs bits + 1; a < 0 needs
         * bitlen(|a| - 1) + 1, as -2^k fits in k + 1 bits. */
        if (neg && low_bit(a) == need_bits - 1) need_bits -= 1; /* |a| = 2^k */
        need_bits += 1;
    }
    if ((need_bits + 7) / 8 > length) return fail(err, SK_BI_OVERFLOW, "int too big to convert");
    /* Little-endian magnitude, then two's complement for negatives. */
    unsigned carry = 1;
    for (size_t i = 0; i < length; i++) {
        unsigned byte = (unsigned)get_bits(a, (uint64_t)i * 8, 8);
        if (neg) {
            byte = (~byte & 0xFFu) + carry;
            carry = byte >> 8;
            byte &= 0xFFu;
        }
        out[little ? i : length - 1 - i] = (unsigned char)byte;
    }
    return SK_BI_OK;
}

sk_bi_status sk_bi_from_bytes(mp_int *r, const unsigned char *in, size_t len, bool little,
                              bool is_signed, sk_bi_err *err) {
    if (len > SK_BI_MAX_BITS / 8) return too_big(err);
    mp_err e;
    if (len == 0) {
        mp_zero(r);
        return done_ok(r);
    }
    if ((e = mp_unpack(r, len, little ? MP_LSB_FIRST : MP_MSB_FIRST, 1, MP_BIG_ENDIAN, 0, in)) !=
        MP_OKAY)
        return mp_fail(e, err);
    unsigned char top = little ? in[len - 1] : in[0];
    if (is_signed && (top & 0x80)) {
        /* r -= 2^(8 len) */
        mp_int p;
        if ((e = mp_init(&p)) != MP_OKAY) return mp_fail(e, err);
        if ((e = mp_2expt(&p, (int)(len * 8))) == MP_OKAY) e = mp_sub(r, &p, r);
        mp_clear(&p);
        if (e != MP_OKAY) return mp_fail(e, err);
    }
    return done_ok(r);
}

sk_bi_status sk_bi_round(mp_int *r, const mp_int *a, const mp_int *ndigits, sk_bi_err *err) {
    if (!is_neg(ndigits)) return sk_bi_copy(r, a) == SK_BI_OK ? SK_BI_OK : too_big(err);
    mp_int nd = mag_view(ndigits);
    int64_t n;
    /* 10^n > 2|a| means every candidate multiple but 0 is farther away. */
    if (!sk_bi_to_i64(&nd, &n) || (double)n * log2(10.0) > (double)bits_of(a) + 2) {
        mp_zero(r);
        return done_ok(r);
    }
    mp_int p, q, m, twice;
    mp_err e;
    sk_bi_status st = SK_BI_OK;
    if ((e = mp_init_multi(&p, &q, &m, &twice, NULL)) != MP_OKAY) return mp_fail(e, err);
    mp_set(&twice, 10);
    if ((e = mp_expt_u32(&twice, (uint32_t)n, &p)) != MP_OKAY) goto mperr;
    if ((st = divmod_floor(&q, &m, a, &p, err)) != SK_BI_OK) goto done;
    /* Round half to even: compare 2m with p. */
    if ((e = mp_mul_2(&m, &twice)) != MP_OKAY) goto mperr;
    {
        int c = mp_cmp(&twice, &p);
        if (c == MP_GT || (c == MP_EQ && mp_isodd(&q))) {
            if ((e = mp_add_d(&q, 1, &q)) != MP_OKAY) goto mperr;
        }
    }
    if ((e = mp_mul(&q, &p, &q)) != MP_OKAY) goto mperr;
    mp_exch(r, &q);
    tidy(r);
    goto done;
mperr:
    st = mp_fail(e, err);
done:
    mp_clear_multi(&p, &q, &m, &twice, NULL);
    return st;
}

/* Euclid's algorithm on our own temporaries: libtommath 1.2's mp_gcd leaks
 * a temporary when an allocation fails midway. */
sk_bi_status sk_bi_gcd(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) {
    mp_int x, y, t;
    mp_err e;
    if ((e = mp_init_multi(&x, &y, &t, NULL)) != MP_OKAY) return mp_fail(e, err);
    if ((e = mp_abs(a, &x)) != MP_OKAY || (e = mp_abs(b, &y)) != MP_OKAY) goto done;
    while (y.used != 0) {
        if ((e = mp_mod(&x, &y, &t)) != MP_OKAY) goto done;
        mp_exch(&x, &y);
        mp_exch(&y, &t);
    }
    mp_exch(r, &x);
    tidy(r);
done:
    mp_clear_multi(&x, &y, &t, NULL);
    return e == MP_OKAY ? SK_BI_OK : mp_fail(e, err);
}

sk_bi_status sk_bi_isqrt(mp_int *r, const mp_int *a, sk_bi_err *err) {
    if (is_neg(a)) return fail(err, SK_BI_VALUE, "isqrt() argument must be nonnegative");
    if (a->used == 0) {
        mp_zero(r);
        return done_ok(r);
    }
    mp_err e = mp_sqrt(a, r);
    return e == MP_OKAY ? done_ok(r) : mp_fail(e, err);
}
