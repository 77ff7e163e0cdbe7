/* dtoa.h — conversions between doubles and decimal or hexadecimal text,
 * giving exactly the results CPython 3.12 gives.
 *
 * This module owns: the shortest round-trip digits of a double (repr),
 * correctly rounded digits at a given precision, the text layout of the
 * 'e' 'f' 'g' 'r' styles (PyOS_double_to_string), parsing text the way
 * float(str) and source literals do, round(x, ndigits), float.hex() and
 * float.fromhex().
 *
 * Invariants: no mutable static state (several VMs run at once on different
 * threads); no allocation except by appending to the sk_buf passed in, so
 * memory comes from the caller's allocator and an out-of-memory condition
 * shows up as `buf->failed` (the caller raises MemoryError); nothing here
 * aborts or depends on the C locale.
 *
 * Digit strings produced here are ASCII '0'..'9', not NUL-terminated, with
 * no leading zeros and no trailing zeros. A digit string d[0..n) together
 * with `decpt` means the value 0.d[0]d[1]...d[n-1] × 10^decpt; for example
 * 1.5 is "15" with decpt 1, and 0.001 is "1" with decpt -2.
 */
#ifndef SK_DTOA_H
#define SK_DTOA_H

#ifndef SK_BUILDING_LIB
#error "vm/dtoa.h is internal to skein; embedders use <skein.h>"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Room for the shortest round-trip digits of any double. */
#define SK_DTOA_SHORTEST_MAX 17
/* Room for the exact decimal expansion of any double: the longest needs 767
 * significant digits (an odd significand times 2^-1074). */
#define SK_DTOA_MAX_DIGITS 770

/* Shortest digits that read back as `v`: among all the shortest digit
 * strings whose value rounds (to nearest, ties to even) to v, the one
 * nearest to v, ties going to the even last digit. This is what repr()
 * prints. The sign of v is ignored; v must be finite. Zero gives "0" with
 * decpt 1. Writes the digits to d and the decimal point position to *decpt,
 * and returns the number of digits (1..17). Cannot fail. */
int sk_dtoa_shortest(double v, char d[SK_DTOA_SHORTEST_MAX], int *decpt);

/* How sk_dtoa_digits counts its `ndigits`. */
typedef enum sk_dtoa_mode {
    SK_DTOA_SIGNIFICANT, /* ndigits significant digits (ndigits >= 1) */
    SK_DTOA_FIXED        /* digits up to 10^-ndigits (ndigits may be <= 0) */
} sk_dtoa_mode;

/* The value of |v| (finite) correctly rounded to `ndigits` digits counted
 * as `mode` says, rounding half to even on the exact binary value, as
 * CPython's '%.*e' and '%.*f' do. Trailing zeros are dropped, so fewer than
 * ndigits digits may come back. Zero gives "0" with decpt 1. In FIXED mode
 * a value that rounds to zero gives no digits at all, with decpt = -ndigits
 * (ndigits is first clamped to [-100000, 100000], which changes no digits).
 * Returns the number of digits written to d (at most 767). Cannot fail. */
int sk_dtoa_digits(double v, sk_dtoa_mode mode, int64_t ndigits,
                   char d[SK_DTOA_MAX_DIGITS], int *decpt);

/* Flags for sk_dtoa_format (the same as CPython's Py_DTSF_*). */
enum {
    SK_DTOA_SIGN = 1,      /* always write a sign: '+' for non-negatives */
    SK_DTOA_ADD_DOT_0 = 2, /* integral results get ".0"; with 'g', switch to
                            * an exponent one digit earlier (format type '') */
    SK_DTOA_ALT = 4,       /* alternate form ('#'): keep the decimal point,
                            * and for 'g' keep trailing zeros */
    SK_DTOA_NO_NEG_0 = 8   /* 'z': a result that rounds to zero is unsigned */
};

/* Appends `v` formatted as CPython's PyOS_double_to_string(v, code,
 * precision, flags) formats it. `code` is one of:
 *   'e' 'E'  precision digits after the point, exponent always;
 *   'f' 'F'  precision digits after the point, no exponent;
 *   'g' 'G'  precision significant digits (0 means 1), exponent when the
 *            decimal exponent is < -4 or >= precision, trailing zeros
 *            removed unless SK_DTOA_ALT;
 *   'r'      shortest round-trip digits (precision is ignored), exponent
 *            when the value is < 1e-4 or >= 1e16.
 * Upper-case codes write 'E', "INF" and "NAN". Infinities are "inf"/"-inf";
 * a NaN is "nan" whatever its sign bit. The exponent has a sign and at least
 * two digits ("1e+16", "1.5e-07"). Any other code is treated as 'r'.
 * repr(float) is sk_dtoa_format(out, v, 'r', 0, SK_DTOA_ADD_DOT_0).
 * precision must be >= 0. Failure: only out->failed. */
void sk_dtoa_format(sk_buf *out, double v, char code, int precision,
                    unsigned flags);

/* Appends repr(v) — '0.1', '1e+16', '1.5e-07', '123456789012345.0', 'inf',
 * '-inf', 'nan', '-0.0'. Failure: only out->failed. */
void sk_dtoa_repr(sk_buf *out, double v);

/* Parses s[0..len) the way float(str) does and stores the correctly rounded
 * result in *out. Accepted: leading and trailing ASCII whitespace, an
 * optional sign, then either "inf", "infinity" or "nan" in any case, or
 * digits with an optional '.' and fraction (at least one digit in all) and
 * an optional exponent ('e' or 'E', optional sign, digits); single
 * underscores are allowed between two digits. Overflow gives ±inf and
 * underflow ±0.0, as in CPython. The caller strips non-ASCII whitespace and
 * maps non-ASCII decimal digits first (float() does both).
 * Returns false, leaving *out alone, when the text is not a float; the
 * caller raises ValueError("could not convert string to float: %R"). */
bool sk_dtoa_parse(const char *s, size_t len, double *out);

/* Parses a float literal from source code: the decimal part of the grammar
 * above without whitespace, sign, inf or nan ("1_000.5e-3", "1.", ".5",
 * "1e10"); an imaginary 'j' suffix must already be removed. Overflow gives
 * inf, as in CPython. Returns false when s is not such a literal. */
bool sk_dtoa_parse_literal(const char *s, size_t len, double *out);

/* round(x, ndigits) for a float: x rounded to a multiple of 10^-ndigits,
 * half to even on the exact value of x, then read back correctly rounded.
 * Infinities and NaNs come back unchanged; ndigits > 323 returns x and
 * ndigits < -308 returns 0.0 with the sign of x (callers clip a huge Python
 * int to the int64_t range first, as CPython clips to Py_ssize_t).
 * Returns false when the rounded value overflows; the caller raises
 * OverflowError("rounded value too large to represent"). */
bool sk_dtoa_round(double x, int64_t ndigits, double *out);

/* round(x) with no ndigits: the nearest integral double, halves going to
 * the even neighbour. Infinities and NaNs come back unchanged; the caller
 * converts the result to an int (and raises for inf and nan). */
double sk_dtoa_round_half_even(double x);

/* Appends float.hex(v): '0x1.8000000000000p+0', '-0x0.0p+0',
 * '0x0.0000000000001p-1022'; infinities and NaNs as repr() writes them.
 * Failure: only out->failed. */
void sk_dtoa_hex(sk_buf *out, double v);

/* Outcome of sk_dtoa_fromhex. */
typedef enum sk_dtoa_status {
    SK_DTOA_OK = 0,
    SK_DTOA_INVALID, /* ValueError */
    SK_DTOA_OVERFLOW /* OverflowError */
} sk_dtoa_status;

/* float.fromhex(s): parses s[0..len) ('0x1.8p1', '-1p-1074', 'inf',
 * '  0X.8P0 '), rounding half to even. On success stores the value in *out.
 * On failure leaves *out alone and points *msg (when msg is not NULL) at
 * the static message CPython uses: "invalid hexadecimal floating-point
 * string" (SK_DTOA_INVALID) or "hexadecimal value too large to represent as
 * a float" (SK_DTOA_OVERFLOW). */
sk_dtoa_status sk_dtoa_fromhex(const char *s, size_t len, double *out,
                               const char **msg);

#endif
