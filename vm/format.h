/* format.h — the format-spec mini-language and printf-style '%' numbers.
 *
 * This module owns the one implementation of
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * behind format(), f-strings and str.format: parsing a spec (with CPython
 * 3.12's error messages) and applying it to a float, a complex, an int
 * (given as sign and digits), a character and a UTF-8 string. It also owns
 * the numeric conversions of printf-style formatting (str % args and
 * bytes % args): %d %i %u %o %x %X %e %E %f %F %g %G with their flags, and
 * the padding of %s %r %a %c.
 *
 * The VM does the parts that need objects: it calls __format__, picks the
 * function for the value's type, produces an int's digits in the base that
 * sk_fmt_int_base asks for, converts an int to float for the float types
 * (e E f F g G %), turns an int into a code point for 'c', and matches
 * '%' conversions with their arguments.
 *
 * Conventions: text is UTF-8 (specs and strings must be valid UTF-8);
 * widths and precisions count code points; numbers use the C locale ('n'
 * behaves as 'd' for ints and 'g' for floats, with no grouping), as CPython
 * does until a program calls locale.setlocale. Output is appended to `out`;
 * on failure `out` is left as it was (apart from spare capacity) and a
 * message is appended to `err` for the caller to raise. No mutable static
 * state; memory only through the sk_bufs passed in.
 */
#ifndef SK_FORMAT_H
#define SK_FORMAT_H

#ifndef SK_BUILDING_LIB
#error "vm/format.h is internal to skein; embedders use <skein.h>"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* What a formatting call returns. For the two errors, `err` holds the
 * message (CPython's exact text). */
typedef enum sk_fmt_status {
    SK_FMT_OK = 0,
    SK_FMT_VALUE_ERROR,    /* raise ValueError(err) */
    SK_FMT_OVERFLOW_ERROR, /* raise OverflowError(err) */
    SK_FMT_NO_MEMORY       /* an sk_buf failed: raise MemoryError */
} sk_fmt_status;

/* Which __format__ a spec is parsed for. It decides the defaults (str: type
 * 's' and align '<'; int: type 'd'; float and complex: no type; numbers
 * align '>'), and which type codes are known. */
typedef enum sk_fmt_kind {
    SK_FMT_STR,
    SK_FMT_INT,
    SK_FMT_FLOAT,
    SK_FMT_COMPLEX
} sk_fmt_kind;

/* A parsed spec. Fields hold what CPython's InternalFormatSpec holds after
 * parsing, defaults applied. */
typedef struct sk_fmt_spec {
    sk_fmt_kind kind;
    uint32_t fill;      /* fill code point: ' ', or '0' after a '0' flag */
    char align;         /* '<' '>' '^' '=' */
    char sign;          /* '+' '-' ' ', or 0 when not given */
    bool no_neg_0;      /* 'z' */
    bool alternate;     /* '#' */
    char grouping;      /* ',' '_', or 0 */
    int64_t width;      /* -1 when not given */
    int64_t precision;  /* -1 when not given */
    uint32_t type;      /* type code point; 0 = none (float, complex) */
} sk_fmt_spec;

/* Parses spec[0..len) for a value of the given kind. `type_name` is the
 * value's type name as the messages show it ('float', 'MyInt'). On success
 * fills *out. On error appends the message to err and returns
 * SK_FMT_VALUE_ERROR; the messages are CPython's:
 *   "Invalid format specifier '<spec>' for object of type '<type>'"
 *   "Format specifier missing precision"
 *   "Too many decimal digits in format string"
 *   "Cannot specify both ',' and '_'."
 *   "Cannot specify ',' with 's'."   (grouping with a type that refuses it)
 *   "Unknown format code 'd' for object of type 'float'"
 * Widths and precisions may be written with any Unicode decimal digits, as
 * CPython allows. An empty spec is valid and means str(value) for the
 * built-in types. */
sk_fmt_status sk_fmt_parse(sk_fmt_spec *out, const char *spec, size_t len,
                           sk_fmt_kind kind, const char *type_name,
                           sk_buf *err);

/* For an int spec: SK_FMT_AS_FLOAT (types e E f F g G %: convert the int
 * to float, raising OverflowError if it is too large, then call
 * sk_fmt_float), SK_FMT_AS_CHAR (type 'c': call sk_fmt_char), or the base
 * (2, 8, 10 or 16) in which to produce the digits for sk_fmt_int. */
enum { SK_FMT_AS_FLOAT = 0, SK_FMT_AS_CHAR = 1 };
int sk_fmt_int_base(const sk_fmt_spec *spec);

/* Appends format(v, spec) for a float (types e E f F g G n % and none).
 * Errors: "precision too big" (precision > INT_MAX). */
sk_fmt_status sk_fmt_float(sk_buf *out, const sk_fmt_spec *spec, double v,
                           sk_buf *err);

/* Appends format(complex(re, im), spec) (types e E f F g G n and none).
 * Errors: "precision too big", "Zero padding is not allowed in complex
 * format specifier", "'=' alignment flag is not allowed in complex format
 * specifier". */
sk_fmt_status sk_fmt_complex(sk_buf *out, const sk_fmt_spec *spec,
                             double re, double im, sk_buf *err);

/* Appends format(n, spec) for an int whose magnitude is written in
 * digits[0..ndigits) (ASCII, either letter case, no prefix, no sign, at
 * least one digit) in the base sk_fmt_int_base(spec) returned, and whose
 * sign is `negative`. Handles b o d x X n and none: the '#' prefixes 0b 0o
 * 0x 0X, ',' grouping (d and none; the parser refuses it elsewhere) and '_'
 * grouping (every 3 digits for d and none, every 4 for b o x X), zero
 * padding through the grouping, sign, fill and align. 'n' formats as 'd'
 * (C locale).
 * Errors: "Precision not allowed in integer format specifier",
 * "Negative zero coercion (z) not allowed in integer format specifier", and
 * for a 'c' spec the messages of sk_fmt_char. */
sk_fmt_status sk_fmt_int(sk_buf *out, const sk_fmt_spec *spec, bool negative,
                         const char *digits, size_t ndigits, sk_buf *err);

/* Appends format(n, spec) for type 'c' with code point cp = n. Errors, in
 * CPython's order: precision, 'z' (as sk_fmt_int), "Sign not allowed with
 * integer format specifier 'c'", "Alternate form (#) not allowed with
 * integer format specifier 'c'", then OverflowError "%c arg not in
 * range(0x110000)". The caller clips a huge int to the int64_t range
 * (CPython raises OverflowError "Python int too large to convert to C long"
 * first for those). */
sk_fmt_status sk_fmt_char(sk_buf *out, const sk_fmt_spec *spec, int64_t cp,
                          sk_buf *err);

/* Appends format(s, spec) for a str given as UTF-8 s[0..len). Precision
 * truncates to that many code points, width pads to that many. Errors:
 * "Sign not allowed in string format specifier" ("Space not allowed ..."
 * for ' '), "Negative zero coercion (z) not allowed in string format
 * specifier", "Alternate form (#) not allowed in string format specifier",
 * "'=' alignment not allowed in string format specifier". */
sk_fmt_status sk_fmt_str(sk_buf *out, const sk_fmt_spec *spec, const char *s,
                         size_t len, sk_buf *err);

/* ---- printf-style '%' ------------------------------------------------- */

/* Flags of one '%' conversion. */
enum {
    SK_FMT_F_LJUST = 1, /* '-' */
    SK_FMT_F_SIGN = 2,  /* '+' */
    SK_FMT_F_BLANK = 4, /* ' ' */
    SK_FMT_F_ALT = 8,   /* '#' */
    SK_FMT_F_ZERO = 16  /* '0' */
};
/* A width or precision given as '*': the caller takes it from the
 * arguments (a negative '*' width means SK_FMT_F_LJUST and its absolute
 * value, as in CPython). */
#define SK_FMT_STAR (-2)

typedef struct sk_fmt_pct {
    unsigned flags;  /* SK_FMT_F_* */
    int64_t width;   /* -1 when absent, SK_FMT_STAR for '*' */
    int64_t prec;    /* -1 when absent, SK_FMT_STAR for '*' */
    uint32_t conv;   /* the conversion character, e.g. 'd' */
} sk_fmt_pct;

/* Parses the part of a '%' conversion after the '%' and after any
 * "(key)": flags, width, '.' precision, an ignored h/l/L, and the
 * conversion character, starting at fmt[*pos] and leaving *pos after the
 * conversion character. Errors (ValueError): "width too big", "precision
 * too big", "incomplete format". The caller checks that conv is one it
 * supports ("unsupported format character ..." needs the index, which it
 * knows) and handles '%%'. */
sk_fmt_status sk_fmt_pct_parse(sk_fmt_pct *out, const char *fmt, size_t len,
                               size_t *pos, sk_buf *err);

/* Appends a float converted by arg (conv e E f F g G), as '%' does:
 * '%5.2f', '%+e', '%#g', '%05f' of inf gives '00inf'. Failure: only
 * SK_FMT_NO_MEMORY. */
sk_fmt_status sk_fmt_pct_float(sk_buf *out, const sk_fmt_pct *arg, double v);

/* Appends an int converted by arg (conv d i u o x X), with its magnitude in
 * digits[0..ndigits) in the base sk_fmt_pct_base(conv) gives and its sign
 * in `negative`: '%+d', '%#x' (0x), '%#o' (0o), '%.5d' (precision is a
 * minimum digit count), '%08X'. Errors: OverflowError "precision too
 * large" (precision > INT_MAX - 3). */
sk_fmt_status sk_fmt_pct_int(sk_buf *out, const sk_fmt_pct *arg,
                             bool negative, const char *digits,
                             size_t ndigits, sk_buf *err);

/* The base for an int conversion: 8 for 'o', 16 for 'x' 'X', else 10. */
int sk_fmt_pct_base(uint32_t conv);

/* Appends the already converted text s[0..len) (UTF-8) of a %s %r %a or %c
 * conversion, truncated to arg->prec code points for s r a and padded to
 * arg->width with spaces (on the right with '-'). Failure: only
 * SK_FMT_NO_MEMORY. */
sk_fmt_status sk_fmt_pct_str(sk_buf *out, const sk_fmt_pct *arg,
                             const char *s, size_t len);

#endif
