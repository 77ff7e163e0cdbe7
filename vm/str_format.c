/* str_format.c — printf-style '%' for str and bytes, str.format and
 * format_map, and str.__format__ (see str_format.h).
 *
 * '%' follows CPython's unicode_format / _PyBytes_FormatEx step by step,
 * because programs observe the order: which argument a '*' takes, that a
 * "%(key)" makes the looked-up value the current argument, that the next
 * argument is fetched before an unknown conversion character is reported.
 *
 * str.format follows CPython's MarkupIterator: literal text, then a field
 * "{name!conv:spec}" whose name is an argument index or keyword followed by
 * ".attr" and "[key]" parts, whose spec may itself hold fields (expanded
 * with one level of recursion at most, "Max string recursion exceeded"
 * beyond), with automatic numbering for "{}" that cannot be mixed with
 * manual numbering. All the syntax characters are ASCII, so the scanning
 * works on UTF-8 bytes.
 */
#include "str_format.h"

#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* Raises what a format.c call reported in `err`. */
static sk_value raise_fmt(sk_vm *vm, sk_fmt_status st, sk_buf *err) {
    SK_ROOT_SCOPE(vm);
    if (st == SK_FMT_NO_MEMORY || err->failed) {
        sk_buf_free(err);
        return sk_exc_no_memory(vm);
    }
    sk_value msg = sk_str_from_buf(vm, err);
    if (!msg) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, msg);
    sk_exc_raise_type(vm, vm->exc_types[st == SK_FMT_OVERFLOW_ERROR ? SK_EXC_OVERFLOW : SK_EXC_VALUE], &msg, 1);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

/* After a call failed in a way this code recovers from: drops the
 * exception and whatever the failed call left on the root stack above
 * `mark` (gc.h rule 5: a failing function may leave its roots behind). */
static void drop_error(sk_vm *vm, size_t mark) {
    sk_exc_take(vm);
    sk_gc_roots_restore(vm, mark);
}

/* ---- printf-style '%' ----------------------------------------------------------- */

typedef struct pct {
    sk_vm *vm;
    bool bytes;           /* bytes % args, else str % args */
    const char *fmt;
    size_t len;
    sk_value args;        /* the current argument source (rooted) */
    int64_t arglen;       /* -1: args is one value, not a tuple */
    int64_t argidx;
    sk_value dict;        /* the mapping for "%(key)", or SK_NULL */
    sk_buf *out;
} pct;

static sk_value next_arg(pct *c) {
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        if (c->arglen < 0) return c->args;
        return sk_tuple_get(c->args, (size_t)i);
    }
    return sk_exc_msg(c->vm, SK_EXC_TYPE, "not enough arguments for format string");
}

/* A '*' width or precision. */
static bool star_arg(pct *c, int64_t *out) {
    sk_value v = next_arg(c);
    if (!v) return false;
    if (!sk_is_int_like(c->vm, v)) {
        sk_exc_msg(c->vm, SK_EXC_TYPE, "* wants int");
        return false;
    }
    if (sk_is_bool(v)) {
        *out = v == SK_TRUE;
        return true;
    }
    return sk_int_to_i64(c->vm, v, out);
}

/* The object v as an int for %d %i %u (int(v)) or %o %x %X (v.__index__()),
 * with CPython's "%d format: a real number is required" errors. */
static sk_value pct_int_value(pct *c, sk_value v, uint32_t conv) {
    sk_vm *vm = c->vm;
    if (sk_is_bool(v)) return sk_from_int(v == SK_TRUE);
    if (sk_is_int_like(vm, v)) return v;
    bool hex_oct = conv == 'o' || conv == 'x' || conv == 'X';
    sk_type *t = sk_typeof(vm, v);
    bool number = t->index || t->to_int || t->to_float || SK_IS(vm, v, COMPLEX);
    if (number) {
        size_t mark = sk_gc_roots_save(vm);
        sk_value r = hex_oct ? sk_index(vm, v) : sk_call1(vm, sk_from_obj(SK_TYPE(vm, INT)), v);
        if (r) {
            sk_gc_roots_restore(vm, mark);
            return sk_is_bool(r) ? sk_from_int(r == SK_TRUE) : r;
        }
        if (!sk_exc_pending(vm, SK_EXC_TYPE)) return SK_NULL;
        drop_error(vm, mark);
    }
    if (hex_oct)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%%%c format: an integer is required, not %s", (int)conv,
                          sk_type_name(t));
    if (c->bytes && conv == 'i') conv = 'd'; /* bytes formatting reads %i as %d */
    return sk_exc_fmt(vm, SK_EXC_TYPE, "%%%c format: a real number is required, not %s", (int)conv, sk_type_name(t));
}

static bool pct_int(pct *c, const sk_fmt_pct *arg, sk_value v) {
    sk_vm *vm = c->vm;
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value iv = pct_int_value(c, v, arg->conv);
    bool ok = false;
    if (iv) {
        SK_ROOT(vm, iv);
        sk_value digits = sk_int_to_str(vm, iv, sk_fmt_pct_base(arg->conv));
        if (digits) {
            const char *d = sk_str_data(digits);
            bool neg = d[0] == '-';
            sk_buf err;
            sk_buf_init_vm(vm, &err);
            sk_fmt_status st = sk_fmt_pct_int(c->out, arg, neg, d + neg, sk_str_size(digits) - neg, &err);
            if (st == SK_FMT_OK) {
                sk_buf_free(&err);
                ok = true;
            } else {
                raise_fmt(vm, st, &err);
            }
        }
    }
    sk_gc_roots_restore(vm, mark);
    return ok;
}

static bool pct_float(pct *c, const sk_fmt_pct *arg, sk_value v) {
    double d;
    sk_vm *vm = c->vm;
    size_t mark = sk_gc_roots_save(vm);
    if (!sk_number_to_double(vm, v, &d)) {
        if (!c->bytes) return false;
        /* bytes formatting reports any failure so */
        drop_error(vm, mark);
        sk_exc_fmt(vm, SK_EXC_TYPE, "float argument required, not %s", sk_type_name_of(vm, v));
        return false;
    }
    if (sk_fmt_pct_float(c->out, arg, d) != SK_FMT_OK) {
        sk_exc_no_memory(c->vm);
        return false;
    }
    return true;
}

/* Appends raw bytes for a bytes-mode %s %b %r %a %c: precision truncates
 * (except %c), width pads with spaces. */
static void pad_bytes(sk_buf *out, const sk_fmt_pct *arg, const char *s, size_t n) {
    if (arg->conv != 'c' && arg->prec >= 0 && (size_t)arg->prec < n) n = (size_t)arg->prec;
    size_t pad = arg->width > 0 && (size_t)arg->width > n ? (size_t)arg->width - n : 0;
    if (!(arg->flags & SK_FMT_F_LJUST)) sk_buf_repeat(out, " ", 1, pad);
    sk_buf_append(out, s, n);
    if (arg->flags & SK_FMT_F_LJUST) sk_buf_repeat(out, " ", 1, pad);
}

static bool put_str(pct *c, const sk_fmt_pct *arg, const char *s, size_t n) {
    if (c->bytes) {
        pad_bytes(c->out, arg, s, n);
        return true;
    }
    if (sk_fmt_pct_str(c->out, arg, s, n) != SK_FMT_OK) {
        sk_exc_no_memory(c->vm);
        return false;
    }
    return true;
}

/* The UTF-8 encoding of cp (< 0x110000) into out; returns its length. */
static size_t encode_cp(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* v.__index__() as an int64: 1; 0 with an exception set; -1 when it does
 * not fit (no exception). */
static int index_i64(sk_vm *vm, sk_value v, int64_t *out) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return 1;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value i = sk_index(vm, v);
    if (!i) return 0;
    int r = 1;
    if (!sk_int_to_i64(vm, i, out)) {
        drop_error(vm, mark);
        r = -1;
    }
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* %c */
static bool pct_char(pct *c, const sk_fmt_pct *arg, sk_value v) {
    sk_vm *vm = c->vm;
    int64_t x;
    size_t mark = sk_gc_roots_save(vm);
    if (c->bytes) {
        if (sk_is_bytes_like(vm, v) && sk_bytes_len(v) == 1) {
            char b = sk_bytes_data(v)[0];
            pad_bytes(c->out, arg, &b, 1);
            return true;
        }
        int k = index_i64(vm, v, &x);
        if (k == 0) {
            if (!sk_exc_pending(vm, SK_EXC_TYPE)) return false;
            drop_error(vm, mark);
            sk_exc_msg(vm, SK_EXC_TYPE, "%c requires an integer in range(256) or a single byte");
            return false;
        }
        if (k < 0) x = -1;
        if (x < 0 || x > 255) {
            sk_exc_msg(vm, SK_EXC_OVERFLOW, "%c arg not in range(256)");
            return false;
        }
        char b = (char)x;
        pad_bytes(c->out, arg, &b, 1);
        return true;
    }
    if (sk_is_str(vm, v)) {
        if (sk_str_len(v) != 1) {
            sk_exc_msg(vm, SK_EXC_TYPE, "%c requires int or char");
            return false;
        }
        return put_str(c, arg, sk_str_data(v), sk_str_size(v));
    }
    int k = index_i64(vm, v, &x);
    if (k == 0) {
        if (!sk_exc_pending(vm, SK_EXC_TYPE)) return false;
        drop_error(vm, mark);
        sk_exc_msg(vm, SK_EXC_TYPE, "%c requires int or char");
        return false;
    }
    if (k < 0) x = -1;
    if (x < 0 || x > 0x10FFFF) {
        sk_exc_msg(vm, SK_EXC_OVERFLOW, "%c arg not in range(0x110000)");
        return false;
    }
    char tmp[4];
    return put_str(c, arg, tmp, encode_cp((uint32_t)x, tmp));
}

/* bytes mode %s and %b: a bytes-like object or one with __bytes__. */
static bool pct_bytes_obj(pct *c, const sk_fmt_pct *arg, sk_value v) {
    sk_vm *vm = c->vm;
    SK_ROOT_SCOPE(vm);
    if (sk_is_bytes_like(vm, v)) {
        /* copy first: padding cannot run code, but keep the rule simple */
        pad_bytes(c->out, arg, sk_bytes_data(v), sk_bytes_len(v));
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value r = sk_call_special(vm, v, SK_NAME(vm, __bytes__), NULL, 0);
    bool ok = false;
    if (r) {
        SK_ROOT(vm, r);
        if (!(sk_is_ptr(r) && (sk_as_obj(r)->type->flags & SK_TF_BYTES_SUB)))
            sk_exc_fmt(vm, SK_EXC_TYPE, "__bytes__ returned non-bytes (type %s)", sk_type_name_of(vm, r));
        else {
            pad_bytes(c->out, arg, sk_bytes_data(r), sk_bytes_len(r));
            ok = true;
        }
    } else if (!vm->exc) {
        sk_exc_fmt(vm, SK_EXC_TYPE,
                   "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                   sk_type_name_of(vm, v));
    }
    sk_gc_roots_restore(vm, mark);
    return ok;
}

/* %s %r %a */
static bool pct_text(pct *c, const sk_fmt_pct *arg, sk_value v) {
    sk_vm *vm = c->vm;
    uint32_t conv = arg->conv;
    if (c->bytes && conv != 'r' && conv != 'a') return pct_bytes_obj(c, arg, v);
    sk_value s;
    if (conv == 's') s = sk_str(vm, v);
    else if (conv == 'r' && !c->bytes) s = sk_repr(vm, v);
    else s = sk_ascii(vm, v);
    if (!s) return false;
    return put_str(c, arg, sk_str_data(s), sk_str_size(s));
}

/* The index Python shows for the conversion character ending at byte
 * `end` of the format. */
static size_t conv_index(pct *c, size_t end, uint32_t conv) {
    size_t at = end - (c->bytes ? 1 : sk_utf8_width(conv));
    return c->bytes ? at : sk_utf8_count(c->fmt, at);
}

/* One conversion, fmt[*pos] being the character after '%'. */
static bool pct_one(pct *c, size_t *pos, sk_value *mapped) {
    sk_vm *vm = c->vm;
    SK_ROOT_SCOPE(vm);
    const char *f = c->fmt;
    size_t i = *pos;
    if (i < c->len && f[i] == '%') {
        sk_buf_putc(c->out, '%');
        *pos = i + 1;
        return true;
    }
    if (i < c->len && f[i] == '(') {
        SK_ROOT_SCOPE(vm);
        if (!c->dict) {
            sk_exc_msg(vm, SK_EXC_TYPE, "format requires a mapping");
            return false;
        }
        size_t start = ++i;
        int depth = 1;
        while (i < c->len) {
            if (f[i] == ')') {
                if (--depth == 0) break;
            } else if (f[i] == '(') {
                depth++;
            }
            i++;
        }
        if (i >= c->len) {
            sk_exc_msg(vm, SK_EXC_VALUE, "incomplete format key");
            return false;
        }
        sk_value key = c->bytes ? sk_bytes_new(vm, f + start, i - start) : sk_str_new(vm, f + start, i - start);
        if (!key) return false;
        size_t mark = sk_gc_roots_save(vm);
        SK_ROOT(vm, key);
        *mapped = sk_getitem(vm, c->dict, key);
        sk_gc_roots_restore(vm, mark);
        if (!*mapped) return false;
        c->args = *mapped;
        c->arglen = -1;
        c->argidx = -2;
        i++;
    }
    sk_fmt_pct arg;
    sk_buf err;
    sk_buf_init_vm(vm, &err);
    sk_fmt_status st = sk_fmt_pct_parse(&arg, f, c->len, &i, &err);
    if (st != SK_FMT_OK) {
        raise_fmt(vm, st, &err);
        return false;
    }
    sk_buf_free(&err);
    *pos = i;
    if (arg.width == SK_FMT_STAR) {
        if (!star_arg(c, &arg.width)) return false;
        if (arg.width < 0) {
            arg.flags |= SK_FMT_F_LJUST;
            arg.width = -arg.width;
        }
    }
    if (arg.prec == SK_FMT_STAR) {
        if (!star_arg(c, &arg.prec)) return false;
        if (arg.prec < 0) arg.prec = 0;
    }
    sk_value v = next_arg(c);
    if (!v) return false;
    switch (arg.conv) {
    case 's': case 'r': case 'a':
        return pct_text(c, &arg, v);
    case 'b':
        if (!c->bytes) break;
        return pct_bytes_obj(c, &arg, v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return pct_int(c, &arg, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pct_float(c, &arg, v);
    case 'c':
        return pct_char(c, &arg, v);
    default:
        break;
    }
    uint32_t ch = arg.conv;
    sk_exc_fmt(vm, SK_EXC_VALUE, "unsupported format character '%U' (0x%x) at index %zu",
               (!c->bytes && (ch < 31 || ch > 126)) ? (uint32_t)'?' : ch, (unsigned)ch, conv_index(c, i, ch));
    return false;
}

static bool pct_run(sk_vm *vm, pct *c, sk_value args) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value mapped = SK_NULL;
    SK_ROOT(vm, mapped);
    c->args = args;
    if (sk_is_tuple(vm, args)) {
        c->arglen = (int64_t)sk_tuple_len(args);
        c->argidx = 0;
    } else {
        c->arglen = -1;
        c->argidx = -2;
    }
    bool excluded = sk_is_tuple(vm, args) || (c->bytes ? sk_is_bytes_like(vm, args) : sk_is_str(vm, args));
    c->dict = !excluded && sk_typeof(vm, args)->getitem ? args : SK_NULL;
    size_t i = 0;
    bool ok = true;
    size_t loop_mark = sk_gc_roots_save(vm);
    while (i < c->len && ok) {
        /* what the previous conversion's calls left on the root stack */
        sk_gc_roots_restore(vm, loop_mark);
        const char *pc = memchr(c->fmt + i, '%', c->len - i);
        size_t stop = pc ? (size_t)(pc - c->fmt) : c->len;
        sk_buf_append(c->out, c->fmt + i, stop - i);
        if (!pc) break;
        i = stop + 1;
        if (i >= c->len) {
            sk_exc_msg(vm, SK_EXC_VALUE, "incomplete format");
            ok = false;
            break;
        }
        ok = pct_one(c, &i, &mapped);
    }
    if (ok && c->argidx < c->arglen && !c->dict) {
        sk_exc_msg(vm, SK_EXC_TYPE, c->bytes ? "not all arguments converted during bytes formatting"
                                             : "not all arguments converted during string formatting");
        ok = false;
    }
    if (ok && c->out->failed) {
        sk_exc_no_memory(vm);
        ok = false;
    }
    sk_gc_roots_restore(vm, mark);
    return ok;
}

sk_value sk_strfmt_percent(sk_vm *vm, sk_value fmt, sk_value args) {
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    pct c = {vm, false, sk_str_data(fmt), sk_str_size(fmt), SK_NULL, 0, 0, SK_NULL, &out};
    if (!pct_run(vm, &c, args)) {
        sk_buf_free(&out);
        return SK_NULL;
    }
    return sk_str_from_buf(vm, &out);
}

sk_value sk_strfmt_bytes_percent(sk_vm *vm, const char *fmt, size_t len, sk_value args) {
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    pct c = {vm, true, fmt, len, SK_NULL, 0, 0, SK_NULL, &out};
    if (!pct_run(vm, &c, args)) {
        sk_buf_free(&out);
        return SK_NULL;
    }
    sk_value r = sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    return r;
}

/* ---- str.format ----------------------------------------------------------------- */

enum { AN_INIT, AN_AUTO, AN_MANUAL };

typedef struct fmt_call {
    sk_vm *vm;
    const sk_value *args;  /* positional arguments, or NULL (format_map) */
    size_t nargs;
    sk_value kwargs;       /* dict or mapping, or SK_NULL */
    int an_state;
    int64_t an_next;
} fmt_call;

typedef struct span {
    const char *p;
    size_t n;
} span;

/* CPython's get_integer: the decimal value of s when every code point is
 * a decimal digit, -1 when not (or s is empty), -2 with ValueError on
 * overflow. */
static int64_t get_integer(sk_vm *vm, span s) {
    if (s.n == 0) return -1;
    const char *p = s.p, *end = s.p + s.n;
    int64_t acc = 0;
    while (p < end) {
        int d = sk_unicode_decimal(sk_utf8_next(&p));
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* The object the field name `name` refers to: "0", "key", "" (auto),
 * followed by ".attr" and "[key]" parts. */
static sk_value field_object(fmt_call *fc, span name) {
    sk_vm *vm = fc->vm;
    SK_ROOT_SCOPE(vm);
    const char *p = name.p, *end = name.p + name.n;
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    span first = {p, (size_t)(q - p)};
    int64_t index = get_integer(vm, first);
    if (index == -2) return SK_NULL;
    bool empty = first.n == 0;
    bool numeric = empty || index != -1;
    if (numeric) {
        if (fc->an_state == AN_INIT) fc->an_state = empty ? AN_AUTO : AN_MANUAL;
        if (fc->an_state == AN_MANUAL && empty)
            return sk_exc_msg(vm, SK_EXC_VALUE,
                              "cannot switch from manual field specification to automatic field numbering");
        if (fc->an_state == AN_AUTO && !empty)
            return sk_exc_msg(vm, SK_EXC_VALUE,
                              "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = fc->an_next++;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value obj = SK_NULL, key = SK_NULL;
    SK_ROOT(vm, obj);
    SK_ROOT(vm, key);
    size_t step_mark = sk_gc_roots_save(vm);
    if (!numeric) {
        key = sk_str_new(vm, first.p, first.n);
        if (!key) goto fail;
        if (!fc->kwargs) {
            sk_exc_key_error(vm, key);
            goto fail;
        }
        obj = sk_getitem(vm, fc->kwargs, key);
        if (!obj) goto fail;
    } else {
        if (!fc->args) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Format string contains positional fields");
            goto fail;
        }
        if (index >= (int64_t)fc->nargs) {
            sk_exc_fmt(vm, SK_EXC_INDEX, "Replacement index %lld out of range for positional args tuple",
                       (long long)index);
            goto fail;
        }
        obj = fc->args[index];
    }
    /* the .attr and [key] parts */
    p = q;
    while (p < end) {
        sk_gc_roots_restore(vm, step_mark); /* obj and key stay rooted */
        char c = *p++;
        span part;
        bool attr = c == '.';
        if (attr) {
            part.p = p;
            while (p < end && *p != '.' && *p != '[') p++;
            part.n = (size_t)(p - part.p);
        } else if (c == '[') {
            part.p = p;
            while (p < end && *p != ']') p++;
            if (p >= end) {
                sk_exc_msg(vm, SK_EXC_VALUE, "Missing ']' in format string");
                goto fail;
            }
            part.n = (size_t)(p - part.p);
            p++;
        } else {
            sk_exc_msg(vm, SK_EXC_VALUE, "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        if (part.n == 0) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Empty attribute in format string");
            goto fail;
        }
        if (attr) {
            key = sk_str_new(vm, part.p, part.n);
            if (!key) goto fail;
            obj = sk_getattr(vm, obj, key);
        } else {
            int64_t i = get_integer(vm, part);
            if (i == -2) goto fail;
            key = i >= 0 ? sk_int_from_i64(vm, i) : sk_str_new(vm, part.p, part.n);
            if (!key) goto fail;
            obj = sk_getitem(vm, obj, key);
        }
        if (!obj) goto fail;
    }
    sk_gc_roots_restore(vm, mark);
    return obj;
fail:
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

static bool build(fmt_call *fc, sk_buf *out, const char *s, size_t n, int depth);

/* Renders one field: name, conversion (0: none) and spec. */
static bool render_field(fmt_call *fc, sk_buf *out, span name, uint32_t conv, span spec, bool expand, int depth) {
    sk_vm *vm = fc->vm;
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value obj = field_object(fc, name), specv = SK_NULL, r = SK_NULL;
    SK_ROOT(vm, obj);
    SK_ROOT(vm, specv);
    SK_ROOT(vm, r);
    size_t step_mark = sk_gc_roots_save(vm);
    bool ok = false;
    if (!obj) goto done;
    if (conv) {
        switch (conv) {
        case 'r': obj = sk_repr(vm, obj); break;
        case 's': obj = sk_str(vm, obj); break;
        case 'a': obj = sk_ascii(vm, obj); break;
        default:
            if (conv > 32 && conv < 127) sk_exc_fmt(vm, SK_EXC_VALUE, "Unknown conversion specifier %c", (int)conv);
            else sk_exc_fmt(vm, SK_EXC_VALUE, "Unknown conversion specifier \\x%x", (unsigned)conv);
            goto done;
        }
        if (!obj) goto done;
        sk_gc_roots_restore(vm, step_mark);
    }
    if (expand) {
        sk_buf sb;
        sk_buf_init_vm(vm, &sb);
        if (!build(fc, &sb, spec.p, spec.n, depth - 1)) {
            sk_buf_free(&sb);
            goto done;
        }
        specv = sk_str_from_buf(vm, &sb);
    } else {
        specv = spec.n ? sk_str_new(vm, spec.p, spec.n) : vm->empty_str;
    }
    if (!specv) goto done;
    if (sk_str_size(specv) == 0 && SK_IS(vm, obj, STR)) {
        r = obj;
    } else {
        r = sk_format(vm, obj, specv);
        if (!r) goto done;
    }
    sk_buf_append(out, sk_str_data(r), sk_str_size(r));
    ok = true;
done:
    sk_gc_roots_restore(vm, mark);
    return ok;
}

/* Parses the field after a '{' at s[*i]; CPython's parse_field. */
static bool parse_field(fmt_call *fc, sk_buf *out, const char *s, size_t n, size_t *i, int depth) {
    sk_vm *vm = fc->vm;
    size_t k = *i;
    span name = {s + k, 0};
    char c = 0;
    while (k < n) {
        c = s[k++];
        if (c == '{') {
            sk_exc_msg(vm, SK_EXC_VALUE, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (k < n && s[k] != ']') k++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    name.n = (size_t)(s + k - 1 - name.p);
    uint32_t conv = 0;
    span spec = {NULL, 0};
    bool expand = false;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (k >= n) {
                sk_exc_msg(vm, SK_EXC_VALUE, "end of string while looking for conversion specifier");
                return false;
            }
            const char *p = s + k;
            conv = sk_utf8_next(&p);
            k = (size_t)(p - s);
            if (k < n) {
                char d = s[k++];
                if (d == '}') {
                    *i = k;
                    return render_field(fc, out, name, conv, spec, false, depth);
                }
                if (d != ':') {
                    sk_exc_msg(vm, SK_EXC_VALUE, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        spec.p = s + k;
        int count = 1;
        while (k < n) {
            char d = s[k++];
            if (d == '{') {
                expand = true;
                count++;
            } else if (d == '}') {
                if (--count == 0) {
                    spec.n = (size_t)(s + k - 1 - spec.p);
                    *i = k;
                    return render_field(fc, out, name, conv, spec, expand, depth);
                }
            }
        }
        sk_exc_msg(vm, SK_EXC_VALUE, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') {
        sk_exc_msg(vm, SK_EXC_VALUE, "expected '}' before end of string");
        return false;
    }
    *i = k;
    return render_field(fc, out, name, 0, spec, false, depth);
}

static bool build(fmt_call *fc, sk_buf *out, const char *s, size_t n, int depth) {
    sk_vm *vm = fc->vm;
    if (depth <= 0) {
        sk_exc_msg(vm, SK_EXC_VALUE, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        char c = 0;
        bool markup = false;
        while (i < n) {
            c = s[i++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = i >= n;
        size_t lit = i - start;
        if (markup && c == '}' && (at_end || s[i] != '}')) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Single '}' encountered in format string");
            return false;
        }
        if (markup && c == '{' && at_end) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Single '{' encountered in format string");
            return false;
        }
        if (markup) {
            if (s[i] == c) {
                /* "{{" or "}}": the literal keeps one */
                i++;
                markup = false;
            } else {
                lit--;
            }
        }
        sk_buf_append(out, s + start, lit);
        if (!markup) continue;
        /* a field: parse_field wants s[i] after the '{' */
        if (!parse_field(fc, out, s, n, &i, depth)) return false;
    }
    return true;
}

static sk_value format_with(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwargs) {
    fmt_call fc = {vm, args, nargs, kwargs, AN_INIT, 0};
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    if (!build(&fc, &out, sk_str_data(self), sk_str_size(self), 2)) {
        sk_buf_free(&out);
        return SK_NULL;
    }
    return sk_str_from_buf(vm, &out);
}

sk_value sk_strfmt_format_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw - 1;
    size_t mark = sk_gc_roots_save(vm);
    sk_value kwargs = SK_NULL;
    SK_ROOT(vm, kwargs);
    if (nkw) {
        /* the dict's own calls may leave roots behind: kwargs stays rooted */
        size_t inner = sk_gc_roots_save(vm);
        kwargs = sk_dict_new_sized(vm, nkw);
        sk_gc_roots_restore(vm, inner);
        if (!kwargs) return SK_NULL;
        for (size_t k = 0; k < nkw; k++) {
            bool ok = sk_dict_set(vm, kwargs, sk_tuple_get(kwnames, k), args[1 + npos + k]);
            sk_gc_roots_restore(vm, inner);
            if (!ok) return SK_NULL;
        }
    }
    sk_value r = format_with(vm, args[0], args + 1, npos, kwargs);
    sk_gc_roots_restore(vm, mark);
    return r;
}

sk_value sk_strfmt_format_map_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    return format_with(vm, args[0], NULL, 0, args[1]);
}

sk_value sk_strfmt_dunder_format(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value self = args[0], specv = args[1];
    if (!sk_is_str(vm, specv))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__format__() argument must be str, not %T", specv);
    if (sk_str_size(specv) == 0) {
        /* an empty spec means str(self): a subclass's __str__ counts */
        if (SK_IS(vm, self, STR)) return self;
        return sk_str(vm, self);
    }
    sk_fmt_spec spec;
    sk_buf out, err;
    sk_buf_init_vm(vm, &out);
    sk_buf_init_vm(vm, &err);
    sk_fmt_status st =
        sk_fmt_parse(&spec, sk_str_data(specv), sk_str_size(specv), SK_FMT_STR, sk_type_name_of(vm, self), &err);
    if (st == SK_FMT_OK) st = sk_fmt_str(&out, &spec, sk_str_data(self), sk_str_size(self), &err);
    if (st != SK_FMT_OK) {
        sk_buf_free(&out);
        return raise_fmt(vm, st, &err);
    }
    sk_buf_free(&err);
    return sk_str_from_buf(vm, &out);
}
