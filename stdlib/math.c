/* math.c — the math module, as CPython 3.12's: the libm functions with
 * CPython's special-value and error rules ("math domain error" for an
 * invalid argument or a singularity, "math range error" for overflow),
 * exact integer functions on ints of any size (gcd, lcm, isqrt, factorial,
 * comb, perm), logarithms of huge ints, and the functions whose results
 * CPython computes with its own algorithms rather than libm's (gamma and
 * lgamma by Lanczos' approximation, hypot and dist as a compensated vector
 * norm, fsum exactly, sumprod in triple length). Those are written to do
 * the same floating-point operations in the same order, so that results
 * agree to the last bit.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "bigint.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* ---- errors ------------------------------------------------------------------ */

static sk_value domain_error(sk_vm *vm) { return sk_exc_msg(vm, SK_EXC_VALUE, "math domain error"); }
static sk_value range_error(sk_vm *vm) { return sk_exc_msg(vm, SK_EXC_OVERFLOW, "math range error"); }

/* What errno `err` after computing r means (CPython's is_error): true with
 * an exception set, or false when it is to be ignored (an underflow). */
static bool errno_error(sk_vm *vm, double r, int err) {
    if (err == EDOM) {
        domain_error(vm);
        return true;
    }
    if (err == ERANGE) {
        /* libm may report underflow too; a result near zero (or near -1
         * for expm1) is an underflow, not an overflow. */
        if (fabs(r) < 1.5) return false;
        range_error(vm);
        return true;
    }
    sk_exc_fmt(vm, SK_EXC_VALUE, "[Errno %d] %s", err, strerror(err));
    return true;
}

/* ---- argument conversion ---------------------------------------------------------- */

/* float(v) for arguments: floats, ints, __float__, __index__. */
static bool as_double(sk_vm *vm, sk_value v, double *out) { return sk_number_to_double(vm, v, out); }

/* operator.index(v) */
static sk_value as_index(sk_vm *vm, sk_value v) { return sk_index(vm, v); }

/* A view of an int value as an mp_int without allocating for small ones. */
typedef struct int_view {
    sk_bi_small small;
} int_view;

static const mp_int *view(sk_value v, int_view *iv) {
    if (sk_is_int(v)) return sk_bi_view_i64(&iv->small, sk_as_int(v));
    if (sk_is_bool(v)) return sk_bi_view_i64(&iv->small, v == SK_TRUE);
    return sk_bigint_mp(v);
}

/* int(d) for floor/ceil/trunc results, with int()'s messages. */
static sk_value int_of_double(sk_vm *vm, double d) {
    if (isinf(d)) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "cannot convert float infinity to integer");
    if (isnan(d)) return sk_exc_msg(vm, SK_EXC_VALUE, "cannot convert float NaN to integer");
    return sk_int_from_double(vm, d);
}

/* ---- one- and two-argument functions on floats -------------------------------------- */

/* A libm function of one argument whose failures show as special values:
 * nan from non-nan input is a domain error, inf from finite input an
 * overflow (or, for functions that cannot overflow, a singularity). */
static sk_value math_1(sk_vm *vm, sk_value arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!as_double(vm, arg, &x)) return SK_NULL;
    errno = 0;
    double r = f(x);
    int err = errno;
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && err && errno_error(vm, r, err)) return SK_NULL;
    return sk_float_new(vm, r);
}

/* A function that reports failure through errno alone. */
static sk_value math_1_errno(sk_vm *vm, sk_value arg, double (*f)(double)) {
    double x;
    if (!as_double(vm, arg, &x)) return SK_NULL;
    errno = 0;
    double r = f(x);
    int err = errno;
    if (err && errno_error(vm, r, err)) return SK_NULL;
    return sk_float_new(vm, r);
}

/* A libm function of two arguments: nan from non-nan inputs is a domain
 * error, inf from finite inputs an overflow. */
static sk_value math_2(sk_vm *vm, const sk_value *args, double (*f)(double, double)) {
    double x, y;
    if (!as_double(vm, args[0], &x) || !as_double(vm, args[1], &y)) return SK_NULL;
    double r = f(x, y);
    int err = 0;
    if (isnan(r)) err = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (err && errno_error(vm, r, err)) return SK_NULL;
    return sk_float_new(vm, r);
}

/* Logarithms with the special cases spelled out (some libms differ):
 * `f` only ever sees a finite positive x. */
static double checked_log(double (*f)(double), double x) {
    if (isfinite(x)) {
        if (x > 0.0) return f(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double c_log(double x) { return checked_log(log, x); }
static double c_log2(double x) { return checked_log(log2, x); }
static double c_log10(double x) { return checked_log(log10, x); }

static double c_log1p(double x) {
    /* log1p(-0.0) must keep the sign, which some libms lose */
    if (x == 0.0) return x;
    return log1p(x);
}

/* sin(pi * x), exact at integers and half-integers, for finite x. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break; /* not -sin(pi*(y-1)): keeps +0.0 at y == 1 */
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* ---- gamma and lgamma --------------------------------------------------------------
 * Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375
 * (parameters Boost uses), the sum written as a rational function;
 * negative arguments by the reflection formula. The error in computing
 * x + g - 0.5 is corrected to first order. */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator x(x+1)...(x+11) expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        /* as a rational function of 1/x, which cannot overflow */
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double c_gamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) {
            /* exact factorials, (x-1)! */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sin_pi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    double z;
    /* z: the rounding error of y, computed exactly */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double c_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = 1.144729885849400174143427351353058711647 /* log(pi) */ - log(fabs(sin_pi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* ---- the table-driven float functions ---------------------------------------------- */

#define FUNC1(name, fn, ovf) \
    NATIVE(m_##name) { return math_1(vm, args[0], fn, ovf); }
#define FUNC1E(name, fn) \
    NATIVE(m_##name) { return math_1_errno(vm, args[0], fn); }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, c_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1E(erf, erf)
FUNC1E(erfc, erfc)
FUNC1E(gamma, c_gamma)
FUNC1E(lgamma, c_lgamma)

NATIVE(m_atan2) { return math_2(vm, args, atan2); }
NATIVE(m_copysign) { return math_2(vm, args, copysign); }
NATIVE(m_remainder) { return math_2(vm, args, remainder); }

NATIVE(m_fmod) {
    double x, y;
    if (!as_double(vm, args[0], &x) || !as_double(vm, args[1], &y)) return SK_NULL;
    if (isinf(y) && isfinite(x)) return sk_float_new(vm, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return sk_float_new(vm, r);
}

NATIVE(m_pow) {
    double x, y, r;
    if (!as_double(vm, args[0], &x) || !as_double(vm, args[1], &y)) return SK_NULL;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* the IEEE special cases, spelled out */
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) err = EDOM;           /* negative ** non-integer */
        else if (isinf(r)) err = x == 0.0 ? EDOM : ERANGE; /* 0 ** negative, or overflow */
    }
    if (err && errno_error(vm, r, err)) return SK_NULL;
    return sk_float_new(vm, r);
}

NATIVE(m_degrees) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    return sk_float_new(vm, x * (180.0 / M_PI));
}

NATIVE(m_radians) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    return sk_float_new(vm, x * (M_PI / 180.0));
}

NATIVE(m_isfinite) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    return sk_from_bool(isfinite(x));
}

NATIVE(m_isinf) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    return sk_from_bool(isinf(x));
}

NATIVE(m_isnan) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    return sk_from_bool(isnan(x));
}

NATIVE(m_isclose) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    sk_value a[4];
    if (!sk_native_parse(vm, "isclose", args, nargs, kwnames, names, 4, 0, 2, 2, a)) return SK_NULL;
    double x, y, rel_tol = 1e-9, abs_tol = 0.0;
    if (!as_double(vm, a[0], &x) || !as_double(vm, a[1], &y)) return SK_NULL;
    if (a[2] && !as_double(vm, a[2], &rel_tol)) return SK_NULL;
    if (a[3] && !as_double(vm, a[3], &abs_tol)) return SK_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) return sk_exc_msg(vm, SK_EXC_VALUE, "tolerances must be non-negative");
    if (x == y) return SK_TRUE; /* also two infinities of the same sign */
    if (isinf(x) || isinf(y)) return SK_FALSE;
    double diff = fabs(y - x);
    return sk_from_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

NATIVE(m_frexp) {
    SK_ROOT_SCOPE(vm);
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    sk_value m = sk_float_new(vm, x);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    return sk_tuple_pack2(vm, m, sk_from_int(e));
}

NATIVE(m_ldexp) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    if (!sk_is_int_like(vm, args[1]))
        return sk_exc_msg(vm, SK_EXC_TYPE, "Expected an int as second argument to ldexp.");
    int64_t exp;
    if (!sk_is_int(args[1]) && !sk_is_bool(args[1])) {
        /* beyond int64 the answer is an overflow or an underflow anyway */
        int_view iv;
        const mp_int *m = view(args[1], &iv);
        if (!sk_bi_to_i64(m, &exp)) exp = sk_bi_sign(m) < 0 ? INT64_MIN : INT64_MAX;
    } else {
        exp = sk_is_int(args[1]) ? sk_as_int(args[1]) : args[1] == SK_TRUE;
    }
    double r;
    if (x == 0.0 || !isfinite(x)) r = x;
    else if (exp > INT_MAX) return range_error(vm);
    else if (exp < INT_MIN) r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)exp);
        if (isinf(r)) return range_error(vm);
    }
    return sk_float_new(vm, r);
}

NATIVE(m_modf) {
    SK_ROOT_SCOPE(vm);
    double x, ip;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    double frac;
    if (isinf(x)) {
        frac = copysign(0.0, x);
        ip = x;
    } else if (isnan(x)) {
        frac = ip = x;
    } else {
        frac = modf(x, &ip);
    }
    sk_value a = sk_float_new(vm, frac);
    if (!a) return SK_NULL;
    SK_ROOT(vm, a);
    sk_value b = sk_float_new(vm, ip);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    return sk_tuple_pack2(vm, a, b);
}

NATIVE(m_ulp) {
    double x;
    if (!as_double(vm, args[0], &x)) return SK_NULL;
    if (isnan(x)) return sk_float_new(vm, x);
    x = fabs(x);
    if (isinf(x)) return sk_float_new(vm, x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return sk_float_new(vm, x - nextafter(x, -INFINITY)); /* x is the largest float */
    return sk_float_new(vm, next - x);
}

NATIVE(m_nextafter) {
    static const char *const names[] = {"x", "y", "steps"};
    sk_value a[3];
    if (!sk_native_parse(vm, "nextafter", args, nargs, kwnames, names, 3, 2, 2, 2, a)) return SK_NULL;
    double x, y;
    if (!as_double(vm, a[0], &x) || !as_double(vm, a[1], &y)) return SK_NULL;
    if (!a[2] || a[2] == SK_NONE) return sk_float_new(vm, nextafter(x, y));
    sk_value steps = as_index(vm, a[2]);
    if (!steps) return SK_NULL;
    if (sk_int_sign(steps) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "steps must be a non-negative integer");
    uint64_t n;
    if (sk_is_int(steps) || sk_is_bool(steps)) {
        n = sk_is_int(steps) ? (uint64_t)sk_as_int(steps) : (uint64_t)(steps == SK_TRUE);
    } else {
        const mp_int *m = sk_bigint_mp(steps);
        n = sk_bi_bit_length(m) > 64 ? UINT64_MAX : mp_get_u64(m);
    }
    if (n == 0 || isnan(x)) return sk_float_new(vm, x);
    if (isnan(y)) return sk_float_new(vm, y);
    /* Walk the ordered bit patterns: consecutive floats of one sign have
     * consecutive patterns. */
    union { double f; uint64_t i; } ux = {x}, uy = {y};
    if (ux.i == uy.i) return sk_float_new(vm, x);
    const uint64_t sign = 1ull << 63;
    uint64_t ax = ux.i & ~sign, ay = uy.i & ~sign;
    if ((ux.i ^ uy.i) & sign) {
        if (ax + ay <= n) return sk_float_new(vm, y);
        if (ax < n) {
            union { uint64_t i; double f; } r = {(uy.i & sign) | (n - ax)};
            return sk_float_new(vm, r.f);
        }
        ux.i -= n;
        return sk_float_new(vm, ux.f);
    }
    if (ax > ay) {
        if (ax - ay >= n) {
            ux.i -= n;
            return sk_float_new(vm, ux.f);
        }
        return sk_float_new(vm, y);
    }
    if (ay - ax >= n) {
        ux.i += n;
        return sk_float_new(vm, ux.f);
    }
    return sk_float_new(vm, y);
}

/* ---- rounding ------------------------------------------------------------------------ */

/* floor/ceil: a float's own value, else the type's __floor__/__ceil__,
 * else float(x). */
static sk_value round_special(sk_vm *vm, sk_value x, sk_value dunder, double (*f)(double)) {
    SK_ROOT_SCOPE(vm);
    double d;
    if (SK_IS(vm, x, FLOAT)) {
        d = sk_float_value(x);
    } else {
        SK_ROOT_SCOPE(vm);
        if (sk_is_int(x)) return x;
        sk_value m = sk_lookup_special(vm, x, dunder);
        if (m) {
            SK_ROOT(vm, m);
            return sk_call0(vm, m);
        }
        if (vm->exc || !as_double(vm, x, &d)) return SK_NULL;
    }
    return int_of_double(vm, f(d));
}

NATIVE(m_floor) { return round_special(vm, args[0], SK_NAME(vm, __floor__), floor); }
NATIVE(m_ceil) { return round_special(vm, args[0], SK_NAME(vm, __ceil__), ceil); }

NATIVE(m_trunc) {
    SK_ROOT_SCOPE(vm);
    sk_value x = args[0];
    if (SK_IS(vm, x, FLOAT)) return int_of_double(vm, trunc(sk_float_value(x)));
    if (sk_is_int(x)) return x;
    sk_value m = sk_lookup_special(vm, x, SK_NAME(vm, __trunc__));
    if (!m) {
        if (vm->exc) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "type %s doesn't define __trunc__ method", sk_type_name_of(vm, x));
    }
    SK_ROOT(vm, m);
    return sk_call0(vm, m);
}

/* ---- logarithms -------------------------------------------------------------------- */

/* An int too large for a double as m * 2**e with 0.5 <= m < 1, m
 * correctly rounded to 53 bits. */
static bool big_frexp(sk_vm *vm, const mp_int *a, double *m, int64_t *e) {
    uint64_t bits = sk_bi_bit_length(a);
    mp_int q, r;
    if (mp_init_multi(&q, &r, NULL) != MP_OKAY) {
        sk_exc_no_memory(vm);
        return false;
    }
    /* keep 55 bits and fold everything below into a sticky bit, so that
     * converting the 55 bits to a double rounds exactly as the whole
     * number would */
    uint64_t shift = bits - 55;
    bool ok = mp_abs(a, &q) == MP_OKAY && mp_div_2d(&q, (int)shift, &q, &r) == MP_OKAY;
    uint64_t top = ok ? mp_get_u64(&q) : 0;
    if (ok && !mp_iszero(&r)) top |= 1;
    mp_clear_multi(&q, &r, NULL);
    if (!ok) {
        sk_exc_no_memory(vm);
        return false;
    }
    double d = ldexp((double)top, -55);
    int64_t ex = (int64_t)bits;
    if (d == 1.0) {
        d = 0.5;
        ex++;
    }
    *m = d;
    *e = ex;
    return true;
}

/* log-like function f of any number, ints of any size included. */
static sk_value log_helper(sk_vm *vm, sk_value arg, double (*f)(double)) {
    if (!sk_is_int_like(vm, arg)) return math_1(vm, arg, f, false);
    if (sk_int_sign(arg) <= 0) return domain_error(vm);
    if (sk_is_int(arg) || sk_is_bool(arg)) return sk_float_new(vm, f(sk_is_int(arg) ? (double)sk_as_int(arg) : 1.0));
    const mp_int *a = sk_bigint_mp(arg);
    double x;
    sk_bi_err err;
    if (sk_bi_to_double(a, &x, &err) == SK_BI_OK) return sk_float_new(vm, f(x));
    int64_t e;
    if (!big_frexp(vm, a, &x, &e)) return SK_NULL;
    return sk_float_new(vm, f(x) + f(2.0) * (double)e);
}

NATIVE(m_log) {
    SK_ROOT_SCOPE(vm);
    sk_value num = log_helper(vm, args[0], c_log);
    if (!num || nargs == 1) return num;
    SK_ROOT(vm, num);
    sk_value den = log_helper(vm, args[1], c_log);
    if (!den) return SK_NULL;
    SK_ROOT(vm, den);
    return sk_binop(vm, SK_NB_TRUEDIV, num, den);
}

NATIVE(m_log2) { return log_helper(vm, args[0], c_log2); }
NATIVE(m_log10) { return log_helper(vm, args[0], c_log10); }

/* ---- hypot and dist ------------------------------------------------------------------
 * The Euclidean norm of a vector of absolute values with `max` the largest
 * (inf if any is infinite): scaled by a power of two so the largest is in
 * [0.5, 1), squared exactly with fma, summed with compensation, and the
 * square root corrected by one differential step. */

typedef struct { double hi, lo; } dbl2;

static inline dbl2 fast_two_sum(double a, double b) {
    /* |a| >= |b| */
    double x = a + b;
    return (dbl2){x, (a - x) + b};
}

static inline dbl2 two_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    return (dbl2){x, (a - (x - z)) + (b - z)};
}

static inline dbl2 two_prod(double x, double y) {
    double z = x * y;
    return (dbl2){z, fma(x, y, -z)};
}

static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* subnormal maximum: 2**-max_e would overflow; lift to normals */
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        dbl2 pr = two_prod(x, x);
        dbl2 sm = fast_two_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dbl2 pr = two_prod(-h, h);
    dbl2 sm = fast_two_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* Coordinates in a scratch array: on the stack when few. */
typedef struct coords {
    double small[16];
    double *v;
    size_t n;
} coords;

static bool coords_init(sk_vm *vm, coords *c, size_t n) {
    c->n = n;
    c->v = c->small;
    if (n > 16) {
        c->v = sk_mem_alloc(vm, n * sizeof(double));
        if (!c->v) return false;
    }
    return true;
}

static void coords_free(sk_vm *vm, coords *c) {
    if (c->v != c->small) sk_mem_free(vm, c->v, c->n * sizeof(double));
}

NATIVE(m_hypot) {
    coords c;
    if (!coords_init(vm, &c, nargs)) return SK_NULL;
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!as_double(vm, args[i], &x)) {
            coords_free(vm, &c);
            return SK_NULL;
        }
        x = fabs(x);
        c.v[i] = x;
        nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, c.v, max, nan);
    coords_free(vm, &c);
    return sk_float_new(vm, r);
}

NATIVE(m_dist) {
    SK_ROOT_SCOPE(vm);
    sk_value p = args[0], q = args[1];
    SK_ROOT(vm, p);
    SK_ROOT(vm, q);
    if (!sk_is_tuple(vm, p) && !(p = sk_tuple_from_iterable(vm, p))) return SK_NULL;
    if (!sk_is_tuple(vm, q) && !(q = sk_tuple_from_iterable(vm, q))) return SK_NULL;
    size_t n = sk_tuple_len(p);
    if (n != sk_tuple_len(q))
        return sk_exc_msg(vm, SK_EXC_VALUE, "both points must have the same number of dimensions");
    coords c;
    if (!coords_init(vm, &c, n)) return SK_NULL;
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (!as_double(vm, sk_tuple_get(p, i), &px) || !as_double(vm, sk_tuple_get(q, i), &qx)) {
            coords_free(vm, &c);
            return SK_NULL;
        }
        double x = fabs(px - qx);
        c.v[i] = x;
        nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(n, c.v, max, nan);
    coords_free(vm, &c);
    return sk_float_new(vm, r);
}

/* ---- fsum: Shewchuk's exact partial sums, correctly rounded ------------------------ */

NATIVE(m_fsum) {
    SK_ROOT_SCOPE(vm);
    sk_value it = sk_iter(vm, args[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    size_t cap = 32, n = 0;
    double small[32];
    double *p = small;
    double special_sum = 0.0, inf_sum = 0.0;
    sk_value result = SK_NULL;
    for (;;) {
        SK_ROOT_SCOPE(vm);
        sk_value item;
        int st = sk_next(vm, it, &item);
        if (st < 0) goto done;
        if (st == 0) break;
        double x;
        SK_ROOT(vm, item);
        if (!as_double(vm, item, &x)) goto done;
        double xsave = x;
        /* add x to the partials, keeping them exact and non-overlapping */
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            volatile double hi = x + y;
            volatile double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an inf or nan summand, or an overflow of the partials */
                if (isfinite(xsave)) {
                    sk_exc_msg(vm, SK_EXC_OVERFLOW, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *np = sk_mem_alloc(vm, cap * 2 * sizeof(double));
                    if (!np) goto done;
                    memcpy(np, p, n * sizeof(double));
                    if (p != small) sk_mem_free(vm, p, cap * sizeof(double));
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) sk_exc_msg(vm, SK_EXC_VALUE, "-inf + inf in fsum");
        else result = sk_float_new(vm, special_sum);
        goto done;
    }
    {
        /* add the partials from the top until the sum becomes inexact */
        volatile double hi = 0.0, lo = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi, y = p[--n];
                hi = x + y;
                volatile double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            /* round half-even across partials: a remainder of exactly half
             * an ulp is pushed the way the next partial points */
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                volatile double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        result = sk_float_new(vm, hi);
    }
done:
    if (p != small) sk_mem_free(vm, p, cap * sizeof(double));
    return result;
}

/* ---- sumprod ------------------------------------------------------------------------- */

typedef struct { double hi, lo, tiny; } dbl3;

/* total + x*y in triple length (Ogita, Rump, Oishi: Algorithm 5.10, K=3) */
static dbl3 dbl3_fma(double x, double y, dbl3 total) {
    dbl2 pr = two_prod(x, y);
    dbl2 sm = two_sum(total.hi, pr.hi);
    dbl2 r1 = two_sum(total.lo, pr.lo);
    dbl2 r2 = two_sum(r1.hi, sm.lo);
    return (dbl3){sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
}

static double dbl3_value(dbl3 t) {
    dbl2 last = two_sum(t.lo, t.hi);
    return t.tiny + last.lo + last.hi;
}

static bool mul_overflows(int64_t a, int64_t b, int64_t *out) { return __builtin_mul_overflow(a, b, out); }

/* An exact int (not bool, not a subclass) that fits an int64. */
static bool exact_int_i64(sk_vm *vm, sk_value v, int64_t *out) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    return SK_IS(vm, v, INT) && sk_bi_to_i64(sk_bigint_mp(v), out);
}

static bool is_exact_int(sk_vm *vm, sk_value v) { return sk_is_int(v) || SK_IS(vm, v, INT); }

NATIVE(m_sumprod) {
    SK_ROOT_SCOPE(vm);
    sk_value p_it = sk_iter(vm, args[0]);
    if (!p_it) return SK_NULL;
    SK_ROOT(vm, p_it);
    sk_value q_it = sk_iter(vm, args[1]);
    if (!q_it) return SK_NULL;
    SK_ROOT(vm, q_it);
    sk_value total = sk_from_int(0), pi = SK_NULL, qi = SK_NULL, term = SK_NULL;
    SK_ROOT(vm, total);
    SK_ROOT(vm, pi);
    SK_ROOT(vm, qi);
    SK_ROOT(vm, term);
    /* Runs of int*int and float*float (or float*int) terms accumulate
     * exactly in C; a term of another kind flushes them into `total`, and
     * from then on everything goes through generic arithmetic. */
    bool int_path = true, int_used = false, flt_path = true, flt_used = false;
    int64_t int_total = 0;
    dbl3 flt_total = {0, 0, 0};
    for (;;) {
        int sp = sk_next(vm, p_it, &pi);
        if (sp < 0) return SK_NULL;
        int sq = sk_next(vm, q_it, &qi);
        if (sq < 0) return SK_NULL;
        if (sp != sq) return sk_exc_msg(vm, SK_EXC_VALUE, "Inputs are not the same length");
        bool finished = sp == 0;
        if (int_path) {
            int64_t ip, iq;
            if (!finished && exact_int_i64(vm, pi, &ip) && exact_int_i64(vm, qi, &iq)) {
                int64_t prod, sum;
                if (!mul_overflows(ip, iq, &prod) &&
                    !__builtin_add_overflow(int_total, prod, &sum)) {
                    int_total = sum;
                    int_used = true;
                    continue;
                }
            }
            int_path = false;
            if (int_used) {
                if (!(term = sk_int_from_i64(vm, int_total)) || !(total = sk_binop(vm, SK_NB_ADD, total, term)))
                    return SK_NULL;
                int_used = false;
            }
        }
        if (flt_path) {
            if (!finished) {
                bool pf = SK_IS(vm, pi, FLOAT), qf = SK_IS(vm, qi, FLOAT);
                double fp = 0, fq = 0;
                bool ok = true;
                if (pf && qf) {
                    fp = sk_float_value(pi);
                    fq = sk_float_value(qi);
                } else if (pf && (is_exact_int(vm, qi) || sk_is_bool(qi))) {
                    fp = sk_float_value(pi);
                    ok = sk_int_to_double(vm, qi, &fq);
                } else if (qf && (is_exact_int(vm, pi) || sk_is_bool(pi))) {
                    fq = sk_float_value(qi);
                    ok = sk_int_to_double(vm, pi, &fp);
                } else {
                    ok = false;
                }
                if (!ok && vm->exc) sk_exc_take(vm); /* too big for a float: the generic path decides */
                if (ok) {
                    dbl3 t = dbl3_fma(fp, fq, flt_total);
                    if (isfinite(t.hi)) {
                        flt_total = t;
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if (flt_used) {
                if (!(term = sk_float_new(vm, dbl3_value(flt_total))) ||
                    !(total = sk_binop(vm, SK_NB_ADD, total, term)))
                    return SK_NULL;
                flt_used = false;
            }
        }
        if (finished) return total;
        if (!(term = sk_binop(vm, SK_NB_MUL, pi, qi)) || !(total = sk_binop(vm, SK_NB_ADD, total, term)))
            return SK_NULL;
    }
}

NATIVE(m_prod) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"iterable", "start"};
    sk_value a[2];
    if (!sk_native_parse(vm, "prod", args, nargs, kwnames, names, 2, 1, 1, 1, a)) return SK_NULL;
    sk_value it = sk_iter(vm, a[0]);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value result = a[1] ? a[1] : sk_from_int(1), item = SK_NULL;
    SK_ROOT(vm, result);
    SK_ROOT(vm, item);
    for (;;) {
        int st = sk_next(vm, it, &item);
        if (st < 0) return SK_NULL;
        if (st == 0) return result;
        int64_t r;
        if (sk_is_int(result) && sk_is_int(item) && !mul_overflows(sk_as_int(result), sk_as_int(item), &r) &&
            sk_int_fits_small(r)) {
            result = sk_from_int(r);
            continue;
        }
        if (!(result = sk_binop(vm, SK_NB_MUL, result, item))) return SK_NULL;
    }
}

/* ---- integer functions --------------------------------------------------------------- */

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static sk_value int_gcd(sk_vm *vm, sk_value a, sk_value b) {
    if (sk_is_int(a) && sk_is_int(b) && sk_as_int(a) != SK_SMALL_MIN && sk_as_int(b) != SK_SMALL_MIN) {
        int64_t x = sk_as_int(a), y = sk_as_int(b);
        return sk_from_int((int64_t)gcd_u64((uint64_t)(x < 0 ? -x : x), (uint64_t)(y < 0 ? -y : y)));
    }
    return sk_int_big_binop(vm, sk_bi_gcd, a, b);
}

NATIVE(m_gcd) {
    SK_ROOT_SCOPE(vm);
    if (nargs == 0) return sk_from_int(0);
    sk_value res = as_index(vm, args[0]);
    if (!res) return SK_NULL;
    SK_ROOT(vm, res);
    if (nargs == 1) return sk_abs(vm, res);
    for (size_t i = 1; i < nargs; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value x = as_index(vm, args[i]);
        if (!x) return SK_NULL;
        if (res == sk_from_int(1)) continue; /* only check the rest */
        SK_ROOT(vm, x);
        if (!(res = int_gcd(vm, res, x))) return SK_NULL;
    }
    return res;
}

NATIVE(m_lcm) {
    SK_ROOT_SCOPE(vm);
    if (nargs == 0) return sk_from_int(1);
    sk_value res = as_index(vm, args[0]);
    if (!res) return SK_NULL;
    SK_ROOT(vm, res);
    if (nargs == 1) return sk_abs(vm, res);
    for (size_t i = 1; i < nargs; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value x = as_index(vm, args[i]);
        if (!x) return SK_NULL;
        if (res == sk_from_int(0)) continue;
        SK_ROOT(vm, x);
        if (sk_int_sign(x) == 0) {
            res = sk_from_int(0);
            continue;
        }
        sk_value g = int_gcd(vm, res, x);
        if (!g) return SK_NULL;
        SK_ROOT(vm, g);
        sk_value f = sk_binop(vm, SK_NB_FLOORDIV, res, g);
        if (!f) return SK_NULL;
        SK_ROOT(vm, f);
        sk_value m = sk_binop(vm, SK_NB_MUL, f, x);
        if (!m) return SK_NULL;
        SK_ROOT(vm, m);
        if (!(res = sk_abs(vm, m))) return SK_NULL;
    }
    return res;
}

NATIVE(m_isqrt) {
    SK_ROOT_SCOPE(vm);
    sk_value n = as_index(vm, args[0]);
    if (!n) return SK_NULL;
    if (sk_int_sign(n) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "isqrt() argument must be nonnegative");
    if (sk_is_int(n)) {
        uint64_t v = (uint64_t)sk_as_int(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v) r--;
        while ((r + 1) * (r + 1) <= v) r++;
        return sk_from_int((int64_t)r);
    }
    SK_ROOT(vm, n);
    int_view iv;
    mp_int r;
    sk_bi_err err;
    if (sk_bi_init(&r) != SK_BI_OK) return sk_exc_no_memory(vm);
    sk_bi_status st = sk_bi_isqrt(&r, view(n, &iv), &err);
    if (st != SK_BI_OK) {
        mp_clear(&r);
        return sk_int_raise_bi(vm, st, &err);
    }
    return sk_int_from_mp(vm, &r);
}

/* product(range(lo, hi)) for lo < hi, by halves so that the large
 * multiplications are balanced. */
static sk_value range_product(sk_vm *vm, uint64_t lo, uint64_t hi) {
    SK_ROOT_SCOPE(vm);
    if (hi - lo <= 8) {
        uint64_t acc = 1;
        bool fits = true;
        for (uint64_t i = lo; i < hi && fits; i++) fits = !__builtin_mul_overflow(acc, i, &acc);
        if (fits) return sk_int_from_u64(vm, acc);
    }
    if (hi - lo == 1) return sk_int_from_u64(vm, lo);
    uint64_t mid = lo + (hi - lo) / 2;
    size_t mark = sk_gc_roots_save(vm);
    sk_value a = range_product(vm, lo, mid);
    if (!a) return SK_NULL;
    SK_ROOT(vm, a);
    sk_value b = range_product(vm, mid, hi);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    sk_value r = sk_binop(vm, SK_NB_MUL, a, b);
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value factorial_of(sk_vm *vm, sk_value arg) {
    sk_value n = as_index(vm, arg);
    if (!n) return SK_NULL;
    int64_t x = 0;
    if (sk_is_int(n)) {
        x = sk_as_int(n);
    } else if (sk_is_bool(n)) {
        x = n == SK_TRUE;
    } else if (!sk_bi_to_i64(sk_bigint_mp(n), &x)) {
        if (sk_int_sign(n) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "factorial() not defined for negative values");
        return sk_exc_fmt(vm, SK_EXC_OVERFLOW, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    }
    if (x < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "factorial() not defined for negative values");
    if (x < 2) return sk_from_int(1);
    return range_product(vm, 2, (uint64_t)x + 1);
}

NATIVE(m_factorial) { return factorial_of(vm, args[0]); }

/* P(n, k) or C(n, k) for k >= 0, n an int >= k: split k in halves,
 * P(n, k) = P(n, j) * P(n-j, k-j) and C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j),
 * so that the big multiplications are balanced. */
static sk_value perm_comb(sk_vm *vm, sk_value n, uint64_t k, bool comb) {
    SK_ROOT_SCOPE(vm);
    if (k == 0) return sk_from_int(1);
    if (k == 1) return n;
    size_t mark = sk_gc_roots_save(vm);
    uint64_t j = k / 2;
    sk_value a = perm_comb(vm, n, j, comb);
    if (!a) return SK_NULL;
    SK_ROOT(vm, a);
    sk_value t = sk_int_from_u64(vm, j);
    if (!t) return SK_NULL;
    sk_value nj = sk_binop(vm, SK_NB_SUB, n, t);
    if (!nj) return SK_NULL;
    SK_ROOT(vm, nj);
    sk_value b = perm_comb(vm, nj, k - j, comb);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    a = sk_binop(vm, SK_NB_MUL, a, b);
    if (a && comb) {
        SK_ROOT_SCOPE(vm);
        sk_value kv = sk_int_from_u64(vm, k);
        if (!kv) return SK_NULL;
        SK_ROOT(vm, kv);
        sk_value c = perm_comb(vm, kv, j, true);
        if (!c) return SK_NULL;
        SK_ROOT(vm, c);
        a = sk_binop(vm, SK_NB_FLOORDIV, a, c);
    }
    sk_gc_roots_restore(vm, mark);
    return a;
}

/* k as a uint64 when it fits an int64 (k >= 0). */
static bool small_nonneg(sk_value v, uint64_t *out) {
    if (sk_is_int(v)) {
        *out = (uint64_t)sk_as_int(v);
        return true;
    }
    if (sk_is_bool(v)) {
        *out = v == SK_TRUE;
        return true;
    }
    int64_t x;
    if (!sk_bi_to_i64(sk_bigint_mp(v), &x)) return false;
    *out = (uint64_t)x;
    return true;
}

NATIVE(m_perm) {
    SK_ROOT_SCOPE(vm);
    if (nargs == 1 || args[1] == SK_NONE) return factorial_of(vm, args[0]);
    sk_value n = as_index(vm, args[0]);
    if (!n) return SK_NULL;
    SK_ROOT(vm, n);
    sk_value k = as_index(vm, args[1]);
    if (!k) return SK_NULL;
    SK_ROOT(vm, k);
    if (sk_int_sign(n) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "n must be a non-negative integer");
    if (sk_int_sign(k) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "k must be a non-negative integer");
    if (sk_int_cmp(vm, n, k) < 0) return sk_from_int(0);
    uint64_t ki;
    if (!small_nonneg(k, &ki))
        return sk_exc_fmt(vm, SK_EXC_OVERFLOW, "k must not exceed %lld", (long long)INT64_MAX);
    return perm_comb(vm, n, ki, false);
}

NATIVE(m_comb) {
    SK_ROOT_SCOPE(vm);
    sk_value n = as_index(vm, args[0]);
    if (!n) return SK_NULL;
    SK_ROOT(vm, n);
    sk_value k = as_index(vm, args[1]);
    if (!k) return SK_NULL;
    SK_ROOT(vm, k);
    if (sk_int_sign(n) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "n must be a non-negative integer");
    if (sk_int_sign(k) < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "k must be a non-negative integer");
    uint64_t ni, ki;
    if (small_nonneg(n, &ni)) {
        if (!small_nonneg(k, &ki) || ki > ni) return sk_from_int(0);
        if (ni - ki < ki) ki = ni - ki;
        if (ki <= 1) return ki == 0 ? sk_from_int(1) : n;
        /* C(n-k+i, i) = C(n-k+i-1, i-1) * (n-k+i) / i, exactly, while it
         * fits in 64 bits */
        uint64_t c = 1;
        bool fits = true;
        for (uint64_t i = 1; i <= ki && fits; i++) {
            unsigned __int128 t = (unsigned __int128)c * (ni - ki + i) / i;
            fits = t <= UINT64_MAX;
            c = (uint64_t)t;
        }
        if (fits) return sk_int_from_u64(vm, c);
        return perm_comb(vm, n, ki, true);
    }
    /* k = min(k, n - k) */
    sk_value d = sk_binop(vm, SK_NB_SUB, n, k);
    if (!d) return SK_NULL;
    if (sk_int_sign(d) < 0) return sk_from_int(0);
    if (sk_int_cmp(vm, d, k) < 0) k = d;
    if (!small_nonneg(k, &ki))
        return sk_exc_fmt(vm, SK_EXC_OVERFLOW, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    return perm_comb(vm, n, ki, true);
}

/* ---- the module ----------------------------------------------------------------------- */

static const sk_method_def math_functions[] = {
    {"acos", m_acos, 1, 1, 0, NULL},
    {"acosh", m_acosh, 1, 1, 0, NULL},
    {"asin", m_asin, 1, 1, 0, NULL},
    {"asinh", m_asinh, 1, 1, 0, NULL},
    {"atan", m_atan, 1, 1, 0, NULL},
    {"atan2", m_atan2, 2, 2, 0, NULL},
    {"atanh", m_atanh, 1, 1, 0, NULL},
    {"cbrt", m_cbrt, 1, 1, 0, NULL},
    {"ceil", m_ceil, 1, 1, 0, NULL},
    {"copysign", m_copysign, 2, 2, 0, NULL},
    {"cos", m_cos, 1, 1, 0, NULL},
    {"cosh", m_cosh, 1, 1, 0, NULL},
    {"degrees", m_degrees, 1, 1, 0, NULL},
    {"dist", m_dist, 2, 2, 0, NULL},
    {"erf", m_erf, 1, 1, 0, NULL},
    {"erfc", m_erfc, 1, 1, 0, NULL},
    {"exp", m_exp, 1, 1, 0, NULL},
    {"exp2", m_exp2, 1, 1, 0, NULL},
    {"expm1", m_expm1, 1, 1, 0, NULL},
    {"fabs", m_fabs, 1, 1, 0, NULL},
    {"factorial", m_factorial, 1, 1, 0, NULL},
    {"floor", m_floor, 1, 1, 0, NULL},
    {"fmod", m_fmod, 2, 2, 0, NULL},
    {"frexp", m_frexp, 1, 1, 0, NULL},
    {"fsum", m_fsum, 1, 1, 0, NULL},
    {"gamma", m_gamma, 1, 1, 0, NULL},
    {"gcd", m_gcd, 0, -1, 0, NULL},
    {"hypot", m_hypot, 0, -1, 0, NULL},
    {"isclose", m_isclose, 0, -1, SK_METH_KEYWORDS, NULL},
    {"isfinite", m_isfinite, 1, 1, 0, NULL},
    {"isinf", m_isinf, 1, 1, 0, NULL},
    {"isnan", m_isnan, 1, 1, 0, NULL},
    {"isqrt", m_isqrt, 1, 1, 0, NULL},
    {"lcm", m_lcm, 0, -1, 0, NULL},
    {"ldexp", m_ldexp, 2, 2, 0, NULL},
    {"lgamma", m_lgamma, 1, 1, 0, NULL},
    {"log", m_log, 1, 2, 0, NULL},
    {"log1p", m_log1p, 1, 1, 0, NULL},
    {"log10", m_log10, 1, 1, 0, NULL},
    {"log2", m_log2, 1, 1, 0, NULL},
    {"modf", m_modf, 1, 1, 0, NULL},
    {"pow", m_pow, 2, 2, 0, NULL},
    {"radians", m_radians, 1, 1, 0, NULL},
    {"remainder", m_remainder, 2, 2, 0, NULL},
    {"sin", m_sin, 1, 1, 0, NULL},
    {"sinh", m_sinh, 1, 1, 0, NULL},
    {"sqrt", m_sqrt, 1, 1, 0, NULL},
    {"tan", m_tan, 1, 1, 0, NULL},
    {"tanh", m_tanh, 1, 1, 0, NULL},
    {"sumprod", m_sumprod, 2, 2, 0, NULL},
    {"trunc", m_trunc, 1, 1, 0, NULL},
    {"prod", m_prod, 0, -1, SK_METH_KEYWORDS, NULL},
    {"perm", m_perm, 1, 2, 0, NULL},
    {"comb", m_comb, 2, 2, 0, NULL},
    {"nextafter", m_nextafter, 0, -1, SK_METH_KEYWORDS, NULL},
    {"ulp", m_ulp, 1, 1, 0, NULL},
    {NULL},
};

bool sk_math_module_init(sk_vm *vm, sk_value module) {
    return sk_module_add_functions(vm, module, math_functions) && sk_module_add_float(vm, module, "pi", M_PI) &&
           sk_module_add_float(vm, module, "e", M_E) && sk_module_add_float(vm, module, "tau", 2 * M_PI) &&
           sk_module_add_float(vm, module, "inf", INFINITY) && sk_module_add_float(vm, module, "nan", fabs(NAN));
}
