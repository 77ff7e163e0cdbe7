/* format.c — the format-spec mini-language and '%' numerics (see format.h).
 *
 * The layout of a number follows CPython's formatter_unicode.c: a number is
 *   <lpad> <sign> <prefix> <spad> <grouped digits> <decimal> <rest> <rpad>
 * where only one of the three paddings is non-empty, the digits are the
 * leading run of decimal digits of the formatted text, and <rest> is
 * whatever follows the decimal point (fraction, exponent) or the digits
 * ("inf", "%"). With fill '0' and align '=', the zero padding goes into the
 * grouped digits, separators included, which is why format(1234, '08,')
 * is '0,001,234' (nine characters: a group never starts with a separator).
 *
 * Floats are first formatted into spare room at the end of `out`, the
 * final text is written after them, and then moved down over them, so no
 * other memory is needed. Every writer reserves its whole length first,
 * which keeps pointers into `out` valid and makes a huge width fail fast.
 */
#include "format.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "dtoa.h"

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decodes the code point at s[*i] (valid UTF-8 expected; a stray byte
 * decodes as itself) and advances *i. */
static uint32_t next_cp(const char *s, size_t len, size_t *i) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[*i];
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (*i + n > len) n = 1;
    if (n == 1) {
        (*i)++;
        return c;
    }
    c &= 0x3F >> (n - 1);
    for (size_t k = 1; k < n; k++) c = c << 6 | (u[*i + k] & 0x3F);
    *i += n;
    return c;
}

static size_t count_cps(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* Byte length of the first `ncp` code points of s[0..len). */
static size_t cp_prefix(const char *s, size_t len, size_t ncp) {
    size_t i = 0;
    while (ncp-- && i < len) next_cp(s, len, &i);
    return i;
}

static size_t utf8_encode(uint32_t cp, char *b) {
    if (cp < 0x80) {
        b[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Code points whose Unicode decimal value is 0 (Unicode 15.0, as in
 * CPython 3.12); each starts a run of ten consecutive digits 0..9. */
static const uint32_t DECIMAL_ZEROS[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
    0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
    0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0};

/* The decimal value of code point c, or -1 (Py_UNICODE_TODECIMAL). */
static int decimal_value(uint32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    size_t lo = 0, hi = sizeof DECIMAL_ZEROS / sizeof DECIMAL_ZEROS[0];
    while (lo < hi) { /* last zero <= c */
        size_t mid = (lo + hi) / 2;
        if (DECIMAL_ZEROS[mid] <= c) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t z = DECIMAL_ZEROS[lo - 1];
    return c - z < 10 ? (int)(c - z) : -1;
}

/* ---- errors and sizes ----------------------------------------------------- */

static sk_fmt_status fail(sk_buf *err, sk_fmt_status st, const char *msg) {
    sk_buf_puts(err, msg);
    return st;
}

/* Appends "'c'" for a type or separator code, or "'\xNN'" as CPython
 * does for codes outside the printable ASCII range. */
static void put_code(sk_buf *err, uint32_t c) {
    if (c > 32 && c < 128) sk_buf_printf(err, "'%c'", (char)c);
    else sk_buf_printf(err, "'\\x%x'", (unsigned)c);
}

static void put_type_name(sk_buf *err, const char *type_name) {
    size_t n = strlen(type_name);
    sk_buf_append(err, type_name, cp_prefix(type_name, n, 200));
}

static sk_fmt_status unknown_code(sk_buf *err, uint32_t type, const char *type_name) {
    sk_buf_puts(err, "Unknown format code ");
    put_code(err, type);
    sk_buf_puts(err, " for object of type '");
    put_type_name(err, type_name);
    sk_buf_putc(err, '\'');
    return SK_FMT_VALUE_ERROR;
}

/* Byte counts that saturate instead of wrapping; SIZE_MAX means "too big",
 * which sk_buf_reserve then refuses. */
static size_t add_sz(size_t a, size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }
static size_t mul_sz(int64_t n, size_t each) {
    if (n <= 0) return 0;
    if ((uint64_t)n > SIZE_MAX / each) return SIZE_MAX;
    return (size_t)n * each;
}

static void put_fill(sk_buf *out, const char *fill, size_t fill_len, int64_t n) {
    if (n > 0) sk_buf_repeat(out, fill, fill_len, (size_t)n);
}

/* ---- parsing a spec ------------------------------------------------------- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits (any Unicode decimal digit) at spec[*pos]; returns
 * how many were read, or -1 on overflow. */
static int64_t get_integer(const char *spec, size_t len, size_t *pos, int64_t *result) {
    int64_t acc = 0, n = 0;
    while (*pos < len) {
        size_t at = *pos;
        int d = decimal_value(next_cp(spec, len, &at));
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) return -1;
        acc = acc * 10 + d;
        *pos = at;
        n++;
    }
    *result = acc;
    return n;
}

sk_fmt_status sk_fmt_parse(sk_fmt_spec *out, const char *spec, size_t len,
                           sk_fmt_kind kind, const char *type_name,
                           sk_buf *err) {
    char default_align = kind == SK_FMT_STR ? '<' : '>';
    out->kind = kind;
    out->fill = ' ';
    out->align = default_align;
    out->sign = 0;
    out->no_neg_0 = false;
    out->alternate = false;
    out->grouping = 0;
    out->width = -1;
    out->precision = -1;
    out->type = kind == SK_FMT_STR ? 's' : kind == SK_FMT_INT ? 'd' : 0;

    size_t pos = 0;
    bool fill_given = false, align_given = false;
    if (len) {
        size_t p1 = 0;
        uint32_t c0 = next_cp(spec, len, &p1);
        size_t p2 = p1;
        uint32_t c1 = p1 < len ? next_cp(spec, len, &p2) : 0;
        if (p1 < len && is_align(c1)) {
            out->fill = c0;
            out->align = (char)c1;
            fill_given = align_given = true;
            pos = p2;
        } else if (is_align(c0)) {
            out->align = (char)c0;
            align_given = true;
            pos = p1;
        }
    }
    if (pos < len && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        out->sign = spec[pos++];
    if (pos < len && spec[pos] == 'z') {
        out->no_neg_0 = true;
        pos++;
    }
    if (pos < len && spec[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    if (!fill_given && pos < len && spec[pos] == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>') out->align = '=';
        pos++;
    }
    int64_t got = get_integer(spec, len, &pos, &out->width);
    if (got < 0) return fail(err, SK_FMT_VALUE_ERROR, "Too many decimal digits in format string");
    if (got == 0) out->width = -1;
    if (pos < len && spec[pos] == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < len && spec[pos] == '_') {
        if (out->grouping)
            return fail(err, SK_FMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        out->grouping = '_';
        pos++;
    }
    if (pos < len && spec[pos] == ',' && out->grouping == '_')
        return fail(err, SK_FMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (pos < len && spec[pos] == '.') {
        pos++;
        got = get_integer(spec, len, &pos, &out->precision);
        if (got < 0) return fail(err, SK_FMT_VALUE_ERROR, "Too many decimal digits in format string");
        if (got == 0) return fail(err, SK_FMT_VALUE_ERROR, "Format specifier missing precision");
    }
    if (pos < len) {
        size_t at = pos;
        uint32_t t = next_cp(spec, len, &at);
        if (at < len) {
            sk_buf_puts(err, "Invalid format specifier '");
            sk_buf_append(err, spec, len);
            sk_buf_puts(err, "' for object of type '");
            put_type_name(err, type_name);
            sk_buf_putc(err, '\'');
            return SK_FMT_VALUE_ERROR;
        }
        out->type = t;
    }

    uint32_t t = out->type;
    if (out->grouping) {
        switch (t) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') break;
            /* fall through */
        default:
            sk_buf_printf(err, "Cannot specify '%c' with ", out->grouping);
            put_code(err, t);
            sk_buf_putc(err, '.');
            return SK_FMT_VALUE_ERROR;
        }
    }

    bool known;
    switch (kind) {
    case SK_FMT_STR:
        known = t == 's';
        break;
    case SK_FMT_INT:
        known = t && t < 128 && strchr("bcdoxXneEfFgG%", (int)t) != NULL;
        break;
    case SK_FMT_FLOAT:
        known = t == 0 || (t < 128 && strchr("eEfFgGn%", (int)t) != NULL);
        break;
    default:
        known = t == 0 || (t < 128 && strchr("eEfFgGn", (int)t) != NULL);
        break;
    }
    if (!known) return unknown_code(err, t, type_name);
    return SK_FMT_OK;
}

int sk_fmt_int_base(const sk_fmt_spec *spec) {
    switch (spec->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'c': return SK_FMT_AS_CHAR;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return SK_FMT_AS_FLOAT;
    default: return 10;
    }
}

/* ---- laying out a number --------------------------------------------------- */

typedef struct number {
    char sign;           /* '-' when the number is negative, else 0 */
    const char *prefix;  /* "0x" and the like (ASCII) */
    size_t nprefix;
    const char *digits;  /* the digits to group (ASCII) */
    size_t ndigits;
    bool decimal;        /* a '.' comes after the digits */
    const char *rest;    /* the text after that (UTF-8) */
    size_t nrest;        /* its bytes */
    size_t rest_cps;     /* its code points */
    int letter_case;     /* 1: upper-case letters, -1: lower, 0: as is */
} number;

typedef struct layout {
    int64_t lpad, spad, rpad;
    char sign;           /* sign character to write, or 0 */
    int64_t ndig;        /* digits written, zero padding included */
    char sep;            /* group separator, or 0 */
    int group;           /* group size when sep != 0 */
    int64_t grouped;     /* ndig plus separators */
} layout;

/* Splits formatted float text (from sk_dtoa_format) into a number. */
static void split_number(const char *s, size_t len, number *n) {
    memset(n, 0, sizeof *n);
    size_t i = 0;
    if (len && s[0] == '-') {
        n->sign = '-';
        i = 1;
    }
    n->digits = s + i;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    n->ndigits = (size_t)(s + i - n->digits);
    if (i < len && s[i] == '.') {
        n->decimal = true;
        i++;
    }
    n->rest = s + i;
    n->nrest = n->rest_cps = len - i;
}

/* How many digit characters (zeros included) the grouped digits take:
 * the least T >= ndigits such that T digits in groups, with separators,
 * are at least min_width wide — CPython's _PyUnicode_InsertThousandsGrouping
 * in closed form. */
static void group_digits(layout *L, int64_t ndigits, int64_t min_width) {
    int64_t t = ndigits > 1 ? ndigits : 1;
    if (!L->sep) {
        if (t < min_width) t = min_width;
        L->ndig = t;
        L->grouped = t;
        return;
    }
    int64_t g = L->group;
    if (min_width > INT64_MAX / 2) min_width = INT64_MAX / 2; /* no memory anyway */
#define WIDTH_OF(T) ((T) + ((T) + g - 1) / g - 1)
    if (WIDTH_OF(t) < min_width) {
        int64_t guess = min_width / (g + 1) * g - 2;
        if (guess > t) t = guess;
        while (WIDTH_OF(t) < min_width) t++;
    }
    L->ndig = t;
    L->grouped = WIDTH_OF(t);
#undef WIDTH_OF
}

/* CPython's calc_number_widths. */
static void calc_number(layout *L, const number *n, char sign_opt, uint32_t fill,
                        char align, int64_t width, char sep, int group) {
    memset(L, 0, sizeof *L);
    if (sign_opt == '+') L->sign = n->sign == '-' ? '-' : '+';
    else if (sign_opt == ' ') L->sign = n->sign == '-' ? '-' : ' ';
    else L->sign = n->sign == '-' ? '-' : 0;
    L->sep = sep;
    L->group = group;
    int64_t other = (L->sign ? 1 : 0) + (int64_t)n->nprefix + (n->decimal ? 1 : 0) +
                    (int64_t)n->rest_cps;
    int64_t min_width = fill == '0' && align == '=' ? width - other : 0;
    if (n->ndigits == 0) {
        L->ndig = L->grouped = 0;
    } else {
        group_digits(L, (int64_t)n->ndigits, min_width);
    }
    int64_t pad = width - (other + L->grouped);
    if (pad > 0) {
        switch (align) {
        case '<': L->rpad = pad; break;
        case '^': L->lpad = pad / 2; L->rpad = pad - L->lpad; break;
        case '=': L->spad = pad; break;
        default: L->lpad = pad; break;
        }
    }
}

static size_t number_bytes(const layout *L, const number *n, size_t fill_len) {
    size_t b = mul_sz(L->lpad + L->spad + L->rpad, fill_len);
    b = add_sz(b, (size_t)(L->sign ? 1 : 0) + n->nprefix + (n->decimal ? 1 : 0) + n->nrest);
    return add_sz(b, L->grouped > 0 ? (size_t)L->grouped : 0);
}

static char with_case(char c, int letter_case) {
    if (letter_case > 0 && c >= 'a' && c <= 'z') return (char)(c - 'a' + 'A');
    if (letter_case < 0 && c >= 'A' && c <= 'Z') return (char)(c - 'A' + 'a');
    return c;
}

/* Writes the number; room must already be reserved. */
static void put_number(sk_buf *out, const layout *L, const number *n,
                       const char *fill, size_t fill_len) {
    put_fill(out, fill, fill_len, L->lpad);
    if (L->sign) sk_buf_putc(out, L->sign);
    for (size_t i = 0; i < n->nprefix; i++) sk_buf_putc(out, with_case(n->prefix[i], n->letter_case));
    put_fill(out, fill, fill_len, L->spad);
    if (L->ndig > 0 && !out->failed) {
        char *p = out->data + out->len;
        int64_t zeros = L->ndig - (int64_t)n->ndigits;
        for (int64_t i = 0; i < L->ndig; i++) {
            if (L->sep && i > 0 && (L->ndig - i) % L->group == 0) *p++ = L->sep;
            *p++ = i < zeros ? '0' : with_case(n->digits[i - zeros], n->letter_case);
        }
        out->len += (size_t)L->grouped;
        out->data[out->len] = '\0';
    }
    if (n->decimal) sk_buf_putc(out, '.');
    sk_buf_append(out, n->rest, n->nrest);
    put_fill(out, fill, fill_len, L->rpad);
}

/* Reserves room and writes; NO_MEMORY when the buffer refuses. */
static sk_fmt_status emit_number(sk_buf *out, const layout *L, const number *n,
                                 uint32_t fill_cp) {
    char fill[4];
    size_t fill_len = utf8_encode(fill_cp, fill);
    if (!sk_buf_reserve(out, number_bytes(L, n, fill_len))) return SK_FMT_NO_MEMORY;
    put_number(out, L, n, fill, fill_len);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

/* The group separator and size a spec asks for. */
static char separator(const sk_fmt_spec *spec, int *group) {
    uint32_t t = spec->type;
    *group = 3;
    if (t == 'n' || !spec->grouping) return 0;
    if (spec->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X')) *group = 4;
    return spec->grouping;
}

/* Moves the final text, written after `scratch` bytes of scratch space at
 * out[base], down to base. */
static void drop_scratch(sk_buf *out, size_t base, size_t scratch) {
    if (out->failed) return;
    size_t fin = out->len - base - scratch;
    memmove(out->data + base, out->data + base + scratch, fin);
    out->len = base + fin;
    out->data[out->len] = '\0';
}

/* ---- floats and complexes ------------------------------------------------ */

/* How a float spec maps onto sk_dtoa_format. */
typedef struct float_style {
    char code;
    int prec;
    unsigned flags;
    bool pct;
} float_style;

static float_style float_style_of(const sk_fmt_spec *spec, bool is_complex) {
    float_style st;
    uint32_t t = spec->type;
    int default_prec = 6;
    st.flags = 0;
    st.pct = false;
    if (spec->alternate) st.flags |= SK_DTOA_ALT;
    if (spec->no_neg_0) st.flags |= SK_DTOA_NO_NEG_0;
    if (t == 0) {
        /* like repr without a precision, else like 'g' but with at least
         * one digit after the point (complex: like repr, no ".0") */
        if (!is_complex) st.flags |= SK_DTOA_ADD_DOT_0;
        st.code = 'r';
        default_prec = 0;
    } else if (t == 'n') {
        st.code = 'g';
    } else if (t == '%') {
        st.code = 'f';
        st.pct = true;
    } else {
        st.code = (char)t;
    }
    st.prec = spec->precision < 0 ? default_prec : (int)spec->precision;
    if (spec->precision >= 0 && st.code == 'r') st.code = 'g';
    return st;
}

static bool float_type_ok(uint32_t t, bool is_complex) {
    if (t == 0) return true;
    if (t >= 128) return false;
    return strchr(is_complex ? "eEfFgGn" : "eEfFgGn%", (int)t) != NULL;
}

sk_fmt_status sk_fmt_float(sk_buf *out, const sk_fmt_spec *spec, double v,
                           sk_buf *err) {
    if (!float_type_ok(spec->type, false)) return unknown_code(err, spec->type, "float");
    if (spec->precision > INT_MAX) return fail(err, SK_FMT_VALUE_ERROR, "precision too big");
    float_style st = float_style_of(spec, false);
    if (st.pct) v *= 100;

    size_t base = out->len;
    sk_dtoa_format(out, v, st.code, st.prec, st.flags);
    if (st.pct) sk_buf_putc(out, '%');
    if (out->failed) return SK_FMT_NO_MEMORY;
    size_t raw = out->len - base;

    number n;
    layout L;
    int group;
    char sep = separator(spec, &group);
    split_number(out->data + base, raw, &n);
    calc_number(&L, &n, spec->sign, spec->fill, spec->align, spec->width, sep, group);
    char fill[4];
    size_t fill_len = utf8_encode(spec->fill, fill);
    if (!sk_buf_reserve(out, number_bytes(&L, &n, fill_len))) return SK_FMT_NO_MEMORY;
    split_number(out->data + base, raw, &n); /* the buffer may have moved */
    put_number(out, &L, &n, fill, fill_len);
    drop_scratch(out, base, raw);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

sk_fmt_status sk_fmt_complex(sk_buf *out, const sk_fmt_spec *spec, double re,
                             double im, sk_buf *err) {
    if (!float_type_ok(spec->type, true)) return unknown_code(err, spec->type, "complex");
    if (spec->precision > INT_MAX) return fail(err, SK_FMT_VALUE_ERROR, "precision too big");
    if (spec->fill == '0')
        return fail(err, SK_FMT_VALUE_ERROR,
                    "Zero padding is not allowed in complex format specifier");
    if (spec->align == '=')
        return fail(err, SK_FMT_VALUE_ERROR,
                    "'=' alignment flag is not allowed in complex format specifier");
    float_style st = float_style_of(spec, true);
    bool skip_re = false, parens = false;
    if (spec->type == 0) {
        /* str(z): a +0.0 real part is left out, otherwise parentheses */
        if (re == 0 && !signbit(re)) skip_re = true;
        else parens = true;
    }

    size_t base = out->len;
    sk_dtoa_format(out, re, st.code, st.prec, st.flags);
    size_t re_len = out->len - base;
    sk_dtoa_format(out, im, st.code, st.prec, st.flags);
    if (out->failed) return SK_FMT_NO_MEMORY;
    size_t raw = out->len - base;

    int group;
    char sep = separator(spec, &group);
    number nr, ni;
    layout lr, li;
    split_number(out->data + base, re_len, &nr);
    split_number(out->data + base + re_len, raw - re_len, &ni);
    calc_number(&lr, &nr, spec->sign, 0, '<', -1, sep, group);
    calc_number(&li, &ni, skip_re ? spec->sign : '+', 0, '<', -1, sep, group);
    int64_t re_total = skip_re ? 0
                               : (lr.sign ? 1 : 0) + lr.grouped + (nr.decimal ? 1 : 0) +
                                     (int64_t)nr.rest_cps;
    int64_t im_total = (li.sign ? 1 : 0) + li.grouped + (ni.decimal ? 1 : 0) + (int64_t)ni.rest_cps;
    int64_t body = re_total + im_total + 1 + (parens ? 2 : 0);
    int64_t pad = spec->width > body ? spec->width - body : 0;
    int64_t lpad = spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0;
    int64_t rpad = pad - lpad;

    char fill[4];
    size_t fill_len = utf8_encode(spec->fill, fill);
    size_t need = add_sz(mul_sz(pad, fill_len), (size_t)body);
    if (!sk_buf_reserve(out, need)) return SK_FMT_NO_MEMORY;
    split_number(out->data + base, re_len, &nr);
    split_number(out->data + base + re_len, raw - re_len, &ni);
    put_fill(out, fill, fill_len, lpad);
    if (parens) sk_buf_putc(out, '(');
    if (!skip_re) put_number(out, &lr, &nr, fill, fill_len);
    put_number(out, &li, &ni, fill, fill_len);
    sk_buf_putc(out, 'j');
    if (parens) sk_buf_putc(out, ')');
    put_fill(out, fill, fill_len, rpad);
    drop_scratch(out, base, raw);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

/* ---- ints, chars, strings ------------------------------------------------ */

static sk_fmt_status int_checks(const sk_fmt_spec *spec, sk_buf *err) {
    if (spec->precision != -1)
        return fail(err, SK_FMT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (spec->no_neg_0)
        return fail(err, SK_FMT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in integer format specifier");
    return SK_FMT_OK;
}

sk_fmt_status sk_fmt_char(sk_buf *out, const sk_fmt_spec *spec, int64_t cp,
                          sk_buf *err) {
    sk_fmt_status st = int_checks(spec, err);
    if (st) return st;
    if (spec->sign)
        return fail(err, SK_FMT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return fail(err, SK_FMT_VALUE_ERROR,
                    "Alternate form (#) not allowed with integer format specifier 'c'");
    if (cp < 0 || cp > 0x10FFFF)
        return fail(err, SK_FMT_OVERFLOW_ERROR, "%c arg not in range(0x110000)");
    char ch[4];
    number n;
    memset(&n, 0, sizeof n);
    n.rest = ch;
    n.nrest = utf8_encode((uint32_t)cp, ch);
    n.rest_cps = 1;
    layout L;
    calc_number(&L, &n, 0, spec->fill, spec->align, spec->width, 0, 3);
    return emit_number(out, &L, &n, spec->fill);
}

sk_fmt_status sk_fmt_int(sk_buf *out, const sk_fmt_spec *spec, bool negative,
                         const char *digits, size_t ndigits, sk_buf *err) {
    sk_fmt_status st = int_checks(spec, err);
    if (st) return st;
    uint32_t t = spec->type;
    if (t == 'c') {
        /* callers normally use sk_fmt_char; accept decimal digits here */
        int64_t cp = 0;
        for (size_t i = 0; i < ndigits; i++)
            if (cp < 0x200000) cp = cp * 10 + (digits[i] - '0');
        return sk_fmt_char(out, spec, negative ? -cp : cp, err);
    }
    number n;
    memset(&n, 0, sizeof n);
    n.sign = negative ? '-' : 0;
    n.digits = digits;
    n.ndigits = ndigits;
    n.letter_case = t == 'X' ? 1 : t == 'x' ? -1 : 0;
    if (spec->alternate && (t == 'b' || t == 'o' || t == 'x' || t == 'X')) {
        n.prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : "0x"; /* 'X' upper-cases it */
        n.nprefix = 2;
    }
    int group;
    char sep = separator(spec, &group);
    layout L;
    calc_number(&L, &n, spec->sign, spec->fill, spec->align, spec->width, sep, group);
    return emit_number(out, &L, &n, spec->fill);
}

sk_fmt_status sk_fmt_str(sk_buf *out, const sk_fmt_spec *spec, const char *s,
                         size_t len, sk_buf *err) {
    if (spec->sign == ' ')
        return fail(err, SK_FMT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (spec->sign)
        return fail(err, SK_FMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (spec->no_neg_0)
        return fail(err, SK_FMT_VALUE_ERROR,
                    "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return fail(err, SK_FMT_VALUE_ERROR,
                    "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return fail(err, SK_FMT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    if (spec->type != 's') return unknown_code(err, spec->type, "str");

    int64_t n = (int64_t)count_cps(s, len);
    if (spec->precision >= 0 && n > spec->precision) {
        n = spec->precision;
        len = cp_prefix(s, len, (size_t)n);
    }
    int64_t pad = spec->width > n ? spec->width - n : 0;
    int64_t lpad = spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0;
    char fill[4];
    size_t fill_len = utf8_encode(spec->fill, fill);
    if (!sk_buf_reserve(out, add_sz(mul_sz(pad, fill_len), len))) return SK_FMT_NO_MEMORY;
    put_fill(out, fill, fill_len, lpad);
    sk_buf_append(out, s, len);
    put_fill(out, fill, fill_len, pad - lpad);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

/* ---- printf-style '%' ------------------------------------------------------ */

sk_fmt_status sk_fmt_pct_parse(sk_fmt_pct *out, const char *fmt, size_t len,
                               size_t *pos, sk_buf *err) {
    size_t i = *pos;
    out->flags = 0;
    out->width = -1;
    out->prec = -1;
    out->conv = 0;
    for (; i < len; i++) {
        char c = fmt[i];
        if (c == '-') out->flags |= SK_FMT_F_LJUST;
        else if (c == '+') out->flags |= SK_FMT_F_SIGN;
        else if (c == ' ') out->flags |= SK_FMT_F_BLANK;
        else if (c == '#') out->flags |= SK_FMT_F_ALT;
        else if (c == '0') out->flags |= SK_FMT_F_ZERO;
        else break;
    }
    if (i < len && fmt[i] == '*') {
        out->width = SK_FMT_STAR;
        i++;
    } else if (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
        int64_t w = 0;
        for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++) {
            int d = fmt[i] - '0';
            if (w > (INT64_MAX - d) / 10) return fail(err, SK_FMT_VALUE_ERROR, "width too big");
            w = w * 10 + d;
        }
        out->width = w;
    }
    if (i < len && fmt[i] == '.') {
        i++;
        out->prec = 0;
        if (i < len && fmt[i] == '*') {
            out->prec = SK_FMT_STAR;
            i++;
        } else {
            int64_t p = 0;
            for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++) {
                int d = fmt[i] - '0';
                if (p > (INT_MAX - d) / 10) return fail(err, SK_FMT_VALUE_ERROR, "precision too big");
                p = p * 10 + d;
            }
            out->prec = p;
        }
    }
    if (i < len && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
    if (i >= len) return fail(err, SK_FMT_VALUE_ERROR, "incomplete format");
    out->conv = next_cp(fmt, len, &i);
    *pos = i;
    return SK_FMT_OK;
}

int sk_fmt_pct_base(uint32_t conv) {
    return conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
}

/* CPython's unicode_format_arg_output: pads text[0..len) for a '%'
 * conversion. `numeric` is CPython's arg->sign (numbers may take a sign and
 * zero padding). Room must already be reserved. */
static void pct_output(sk_buf *out, const sk_fmt_pct *arg, bool numeric,
                       const char *text, size_t nbytes) {
    char fill = numeric && (arg->flags & SK_FMT_F_ZERO) ? '0' : ' ';
    uint32_t conv = arg->conv;
    int64_t len = (int64_t)count_cps(text, nbytes);
    if ((conv == 's' || conv == 'r' || conv == 'a') && arg->prec >= 0 && len > arg->prec) {
        len = arg->prec;
        nbytes = cp_prefix(text, nbytes, (size_t)len);
    }
    int64_t width = arg->width;
    char sign = 0;
    size_t p = 0;
    if (numeric) {
        if (nbytes && (text[0] == '-' || text[0] == '+')) {
            sign = text[0];
            len--;
            p++;
        } else if (arg->flags & SK_FMT_F_SIGN) {
            sign = '+';
        } else if (arg->flags & SK_FMT_F_BLANK) {
            sign = ' ';
        } else {
            numeric = false;
        }
    }
    if (width < len) width = len;
    if (numeric) {
        if (fill != ' ') sk_buf_putc(out, sign);
        if (width > len) width--;
    }
    bool prefix = (arg->flags & SK_FMT_F_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    if (prefix) {
        if (fill != ' ') {
            sk_buf_append(out, text + p, 2);
            p += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(arg->flags & SK_FMT_F_LJUST)) {
        sk_buf_repeat(out, &fill, 1, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (numeric) sk_buf_putc(out, sign);
        if (prefix) {
            sk_buf_append(out, text + p, 2);
            p += 2;
        }
    }
    sk_buf_append(out, text + p, nbytes - p);
    if (width > len) sk_buf_repeat(out, " ", 1, (size_t)(width - len));
}

static size_t pct_room(const sk_fmt_pct *arg, size_t nbytes) {
    return add_sz(arg->width > 0 ? (size_t)arg->width : 0, add_sz(nbytes, 1));
}

sk_fmt_status sk_fmt_pct_float(sk_buf *out, const sk_fmt_pct *arg, double v) {
    int64_t prec = arg->prec < 0 ? 6 : arg->prec > INT_MAX ? INT_MAX : arg->prec;
    size_t base = out->len;
    char conv = arg->conv < 128 ? (char)arg->conv : 'g';
    sk_dtoa_format(out, v, conv, (int)prec, arg->flags & SK_FMT_F_ALT ? SK_DTOA_ALT : 0);
    if (out->failed) return SK_FMT_NO_MEMORY;
    size_t raw = out->len - base;
    if (!sk_buf_reserve(out, pct_room(arg, raw))) return SK_FMT_NO_MEMORY;
    pct_output(out, arg, true, out->data + base, raw);
    drop_scratch(out, base, raw);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

sk_fmt_status sk_fmt_pct_int(sk_buf *out, const sk_fmt_pct *arg,
                             bool negative, const char *digits,
                             size_t ndigits, sk_buf *err) {
    if (arg->prec > INT_MAX - 3) return fail(err, SK_FMT_OVERFLOW_ERROR, "precision too large");
    uint32_t conv = arg->conv;
    int letter_case = conv == 'X' ? 1 : -1;
    size_t base = out->len;
    /* the text CPython's _PyUnicode_FormatLong makes: sign, prefix, digits
     * zero-extended to the precision */
    if (negative) sk_buf_putc(out, '-');
    if ((arg->flags & SK_FMT_F_ALT) && (conv == 'o' || conv == 'x' || conv == 'X')) {
        sk_buf_putc(out, '0');
        sk_buf_putc(out, conv == 'o' ? 'o' : (char)conv);
    }
    if (arg->prec > 0 && (size_t)arg->prec > ndigits)
        sk_buf_repeat(out, "0", 1, (size_t)arg->prec - ndigits);
    if (sk_buf_reserve(out, ndigits))
        for (size_t i = 0; i < ndigits; i++) out->data[out->len++] = with_case(digits[i], letter_case);
    if (out->failed) return SK_FMT_NO_MEMORY;
    out->data[out->len] = '\0';
    size_t raw = out->len - base;
    if (!sk_buf_reserve(out, pct_room(arg, raw))) return SK_FMT_NO_MEMORY;
    pct_output(out, arg, true, out->data + base, raw);
    drop_scratch(out, base, raw);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}

sk_fmt_status sk_fmt_pct_str(sk_buf *out, const sk_fmt_pct *arg,
                             const char *s, size_t len) {
    if (!sk_buf_reserve(out, pct_room(arg, len))) return SK_FMT_NO_MEMORY;
    pct_output(out, arg, false, s, len);
    return out->failed ? SK_FMT_NO_MEMORY : SK_FMT_OK;
}
