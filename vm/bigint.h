/* bigint.h — Python 3.12 `int` semantics on libtommath's mp_int.
 *
 * This module owns the arithmetic, bitwise, conversion and text rules of
 * Python's unbounded integers for values that do not fit the VM's inline
 * small-int range [SK_BI_SMALL_MIN, SK_BI_SMALL_MAX]. It knows nothing about
 * the VM's objects or allocator: every function works on plain mp_int values
 * and reports failure as an sk_bi_status, so the VM can turn it into the
 * exception CPython would raise.
 *
 * Conventions, which hold for every function below unless it says otherwise:
 *
 * - Results go to an out parameter `r` that the caller has initialised
 *   (sk_bi_init or mp_init). `r` may be the same object as any operand.
 *   Operands are never modified. On failure `r` holds some valid value (it
 *   can still be cleared) but not a meaningful one.
 * - Functions that can fail return sk_bi_status and take `sk_bi_err *err`
 *   last. On any status other than SK_BI_OK, err->msg holds CPython 3.12's
 *   message for that error, verbatim and NUL-terminated (empty for
 *   SK_BI_NOMEM, as CPython's MemoryError has none). `err` may be NULL when
 *   the caller does not want the message.
 * - Nothing here keeps global or static mutable state; functions may run on
 *   several threads at once for different VMs. Memory comes from libtommath,
 *   i.e. malloc; running out is reported as SK_BI_NOMEM, never aborts.
 * - Results larger than SK_BI_MAX_BITS bits are refused with SK_BI_NOMEM
 *   before any work is done (CPython would try and fail with MemoryError,
 *   often after a long time). The bound also keeps libtommath's `int` bit
 *   counts from overflowing.
 * - A result is never left as "-0": zero always has libtommath's MP_ZPOS.
 *
 * The canonical-form rule is the VM's: when sk_bi_fits_small says a result
 * fits inline, the VM stores it inline and frees the mp_int.
 */
#ifndef SK_BIGINT_H
#define SK_BIGINT_H

#ifndef SK_BUILDING_LIB
#error "vm/bigint.h is internal to skein; embedders use <skein.h>"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tommath.h>

#include "buf.h"

#if defined(__GNUC__)
#define SK_BI_WUR __attribute__((warn_unused_result))
#else
#define SK_BI_WUR
#endif

/* The VM's inline small-int range: 63-bit two's complement. */
#define SK_BI_SMALL_MIN (-(INT64_C(1) << 62))
#define SK_BI_SMALL_MAX ((INT64_C(1) << 62) - 1)

/* Largest result, in bits of magnitude, that any function will produce
 * (about 2^31 bits: 256 MiB, 640 million decimal digits). */
#define SK_BI_MAX_BITS ((INT64_C(1) << 31) - (INT64_C(1) << 24))

typedef enum sk_bi_status {
    SK_BI_OK = 0,
    SK_BI_NOMEM,    /* MemoryError (message empty) */
    SK_BI_ZERODIV,  /* ZeroDivisionError */
    SK_BI_OVERFLOW, /* OverflowError */
    SK_BI_VALUE,    /* ValueError */
} sk_bi_status;

/* Room for the longest message: "invalid literal ..." quotes up to 200 code
 * points of the caller's repr, at most 4 UTF-8 bytes each. */
#define SK_BI_MSG_SIZE 1024
typedef struct sk_bi_err {
    char msg[SK_BI_MSG_SIZE];
} sk_bi_err;

/* ---- lifetime and memory ------------------------------------------------ */

/* Initialises `a` to zero with the smallest allocation libtommath allows
 * (mp_init reserves 32 digits; this reserves 2). Release with mp_clear. */
sk_bi_status sk_bi_init(mp_int *a) SK_BI_WUR;
/* Initialises `a` to v. */
sk_bi_status sk_bi_init_i64(mp_int *a, int64_t v) SK_BI_WUR;
/* Initialises `a` to a copy of b. */
sk_bi_status sk_bi_init_copy(mp_int *a, const mp_int *b) SK_BI_WUR;
/* r = b. */
sk_bi_status sk_bi_copy(mp_int *r, const mp_int *b) SK_BI_WUR;

/* Bytes of heap memory `a` holds (its digit array), for the VM's memory
 * accounting. Changes when an operation stores into `a`. */
size_t sk_bi_size_bytes(const mp_int *a);

/* A read-only mp_int for an int64 that needs no heap memory, so a small int
 * can be an operand of any function here without allocating:
 *     sk_bi_small t;  sk_bi_add(r, sk_bi_view_i64(&t, 5), big, &err);
 * The returned pointer points into `s` and is valid while `s` is; never use
 * it as a result, never mp_clear it, never copy `s` by value. */
#define SK_BI_SMALL_DIGITS ((64 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT)
typedef struct sk_bi_small {
    mp_int v;
    mp_digit d[SK_BI_SMALL_DIGITS];
} sk_bi_small;
const mp_int *sk_bi_view_i64(sk_bi_small *s, int64_t v);

/* ---- conversions --------------------------------------------------------- */

/* r = v. */
sk_bi_status sk_bi_set_i64(mp_int *r, int64_t v) SK_BI_WUR;
/* True, with *out = a, when a lies in [SK_BI_SMALL_MIN, SK_BI_SMALL_MAX]:
 * then the VM must store it inline. `out` may be NULL. */
bool sk_bi_fits_small(const mp_int *a, int64_t *out);
/* True, with *out = a, when a fits int64_t. `out` may be NULL. The caller
 * picks the OverflowError message, which differs by use in CPython. */
bool sk_bi_to_i64(const mp_int *a, int64_t *out);

/* *out = float(a), correctly rounded (half to even). SK_BI_OVERFLOW "int
 * too large to convert to float" when the rounded value is not finite.
 * This is also int.__float__. */
sk_bi_status sk_bi_to_double(const mp_int *a, double *out, sk_bi_err *err) SK_BI_WUR;
/* r = int(d), truncating toward zero. d must be finite (the caller raises
 * for inf and nan, whose messages depend on the context). */
sk_bi_status sk_bi_from_double(mp_int *r, double d) SK_BI_WUR;
/* Exact comparison of an int with a float, as CPython's int/float rich
 * comparison: -1, 0 or 1 for a < d, a == d, a > d, and 2 when d is nan
 * (every comparison but != is then False). Infinities compare as such. */
int sk_bi_cmp_double(const mp_int *a, double d);
/* *out = a / b, the true quotient correctly rounded, as CPython computes
 * it. SK_BI_ZERODIV "division by zero"; SK_BI_OVERFLOW "integer division
 * result too large for a float". A zero quotient keeps the sign (0/-5 is
 * -0.0). */
sk_bi_status sk_bi_truediv(const mp_int *a, const mp_int *b, double *out,
                           sk_bi_err *err) SK_BI_WUR;

/* hash(a) as CPython computes it for ints: the magnitude reduced modulo
 * 2^61 - 1, the sign of a, and -1 replaced by -2. */
int64_t sk_bi_hash(const mp_int *a);
/* The same hash for a small int (so the VM and this module agree). */
int64_t sk_bi_hash_i64(int64_t v);

/* ---- arithmetic ------------------------------------------------------------ */

/* -1, 0 or 1 as a <, ==, > b. */
int sk_bi_cmp(const mp_int *a, const mp_int *b);
/* -1, 0 or 1 as a is negative, zero or positive. */
int sk_bi_sign(const mp_int *a);

sk_bi_status sk_bi_add(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_sub(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_mul(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
/* r = a // b, rounded toward minus infinity. SK_BI_ZERODIV "integer
 * division or modulo by zero". */
sk_bi_status sk_bi_floordiv(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
/* r = a % b, with the sign of b (or zero). SK_BI_ZERODIV "integer modulo by
 * zero". */
sk_bi_status sk_bi_mod(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
/* q, m = divmod(a, b). q and m must be distinct objects; either may be an
 * operand. SK_BI_ZERODIV "integer division or modulo by zero". */
sk_bi_status sk_bi_divmod(mp_int *q, mp_int *m, const mp_int *a, const mp_int *b,
                          sk_bi_err *err) SK_BI_WUR;
/* r = a ** e for e >= 0 (a negative e is the caller's float path; here it
 * gives SK_BI_VALUE). Results that would exceed SK_BI_MAX_BITS, including
 * any |a| >= 2 with a huge e, fail at once with SK_BI_NOMEM. */
sk_bi_status sk_bi_pow(mp_int *r, const mp_int *a, const mp_int *e, sk_bi_err *err) SK_BI_WUR;
/* r = pow(a, e, m), with the sign of m. A negative e uses the inverse of a
 * modulo m. SK_BI_VALUE "pow() 3rd argument cannot be 0" and "base is not
 * invertible for the given modulus". */
sk_bi_status sk_bi_powmod(mp_int *r, const mp_int *a, const mp_int *e, const mp_int *m,
                          sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_neg(mp_int *r, const mp_int *a, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_abs(mp_int *r, const mp_int *a, sk_bi_err *err) SK_BI_WUR;

/* ---- bitwise (two's complement on negative values, as Python) --------------- */

/* r = ~a = -a - 1. */
sk_bi_status sk_bi_invert(mp_int *r, const mp_int *a, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_and(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_or(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
sk_bi_status sk_bi_xor(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
/* r = a << n. SK_BI_VALUE "negative shift count". 0 << n is 0 for any n.
 * Counts so large that CPython's digit count overflows give SK_BI_OVERFLOW
 * "too many digits in integer", as CPython; other results beyond
 * SK_BI_MAX_BITS give SK_BI_NOMEM. */
sk_bi_status sk_bi_lshift(mp_int *r, const mp_int *a, const mp_int *n, sk_bi_err *err) SK_BI_WUR;
/* r = a >> n, rounding toward minus infinity (so -1 >> n is -1).
 * SK_BI_VALUE "negative shift count". */
sk_bi_status sk_bi_rshift(mp_int *r, const mp_int *a, const mp_int *n, sk_bi_err *err) SK_BI_WUR;

/* ---- text ----------------------------------------------------------------- */

/* Flags for sk_bi_to_str. */
#define SK_BI_FMT_PREFIX 1u /* "0b", "0o", "0x" for bases 2, 8, 16 (after any '-') */
#define SK_BI_FMT_UPPER 2u  /* digits and prefix letter in upper case */

/* Appends a in `base` (2..36) to `out`: '-' for negatives, then the prefix
 * if asked, then digits without leading zeros ("0" for zero). For bases
 * that are not powers of two, a result with more than max_str_digits digits
 * (sys.get_int_max_str_digits(); 0 means no limit) is refused with
 * SK_BI_VALUE "Exceeds the limit (4300 digits) for integer string
 * conversion; use sys.set_int_max_str_digits() to increase the limit", and
 * nothing is appended. SK_BI_NOMEM when `out` fails. Decimal conversion of
 * large values is divide and conquer (see bigint.c). */
sk_bi_status sk_bi_to_str(const mp_int *a, int base, unsigned flags, int64_t max_str_digits,
                          sk_buf *out, sk_bi_err *err) SK_BI_WUR;

/* r = int(s, base), parsing s[0..len) exactly as CPython's int() parses an
 * ASCII string: surrounding whitespace (" \t\n\v\f\r"), one sign, for base 0
 * a 0x/0o/0b prefix or decimal where a leading zero allows only zeros, for
 * bases 2, 8, 16 the optional matching prefix, single underscores between
 * digits or after a prefix. The caller maps Unicode whitespace and decimal
 * digits to ASCII beforehand and passes `repr` (repr_len bytes of UTF-8):
 * the repr of the original argument, which the message quotes. Errors:
 * SK_BI_VALUE "int() base must be >= 2 and <= 36, or 0", "invalid literal
 * for int() with base 10: 'x'" (repr cut to 200 code points as CPython
 * does), and for bases that are not powers of two with more than
 * max_str_digits digits (0: no limit) "Exceeds the limit (4300 digits) for
 * integer string conversion: value has 5000 digits; use
 * sys.set_int_max_str_digits() to increase the limit". Checks happen in
 * CPython's order (a malformed string reports the invalid literal even when
 * it is also too long). A NUL byte in s ends the number as in CPython, and
 * then makes the literal invalid. */
sk_bi_status sk_bi_from_str(mp_int *r, const char *s, size_t len, int base,
                            int64_t max_str_digits, const char *repr, size_t repr_len,
                            sk_bi_err *err) SK_BI_WUR;

/* r = the value of an integer literal token from source code: "123",
 * "1_000", "0x_ff", "0o17", "0b101", "000" (no sign, no spaces; the lexer
 * has already rejected "0777"). As in CPython's compiler, the digit limit
 * applies only to literals whose value exceeds 2^63 - 1, and the message is
 * the one of sk_bi_from_str; the compiler adds " - Consider hexadecimal for
 * huge integer literals to avoid decimal conversion limits." and raises
 * SyntaxError. SK_BI_VALUE "invalid literal for int() with base 0: ..." if
 * the token is malformed. */
sk_bi_status sk_bi_from_literal(mp_int *r, const char *s, size_t len, int64_t max_str_digits,
                                sk_bi_err *err) SK_BI_WUR;

/* ---- int methods and math helpers ----------------------------------------- */

/* int.bit_length(): bits of |a|, 0 for 0. */
uint64_t sk_bi_bit_length(const mp_int *a);
/* int.bit_count(): one bits in |a|. */
uint64_t sk_bi_bit_count(const mp_int *a);

/* int.to_bytes(length, byteorder, signed=is_signed): writes exactly `length`
 * bytes to out. SK_BI_OVERFLOW "can't convert negative int to unsigned" and
 * "int too big to convert". */
sk_bi_status sk_bi_to_bytes(const mp_int *a, unsigned char *out, size_t length, bool little,
                            bool is_signed, sk_bi_err *err) SK_BI_WUR;
/* int.from_bytes(bytes, byteorder, signed=is_signed). */
sk_bi_status sk_bi_from_bytes(mp_int *r, const unsigned char *in, size_t len, bool little,
                              bool is_signed, sk_bi_err *err) SK_BI_WUR;

/* round(a, ndigits): a itself for ndigits >= 0, otherwise a rounded to a
 * multiple of 10**-ndigits, ties to even. When 10**-ndigits exceeds 2|a|
 * the answer is 0 without computing the power (CPython computes it and may
 * run out of memory). */
sk_bi_status sk_bi_round(mp_int *r, const mp_int *a, const mp_int *ndigits,
                         sk_bi_err *err) SK_BI_WUR;
/* math.gcd(a, b): non-negative; gcd(0, 0) is 0. */
sk_bi_status sk_bi_gcd(mp_int *r, const mp_int *a, const mp_int *b, sk_bi_err *err) SK_BI_WUR;
/* math.isqrt(a). SK_BI_VALUE "isqrt() argument must be nonnegative". */
sk_bi_status sk_bi_isqrt(mp_int *r, const mp_int *a, sk_bi_err *err) SK_BI_WUR;

#endif
