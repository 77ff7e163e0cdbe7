/* str_methods.c — str as Python code sees it: the type's slots (repr,
 * hash, comparison, indexing and slicing, `in`, +, *), its constructor,
 * its iterator and every public method of CPython 3.12's str, with
 * CPython's error messages.
 *
 * Formatting (str % args, str.format, format_map, __format__) is in
 * str_format.c; the codecs behind encode() and str(b, encoding) in
 * codec.c; character properties and case mappings in unicode.c.
 *
 * Text is UTF-8 (str.h). Positions that Python code sees count code
 * points; the searching here works on bytes (a well-formed UTF-8 needle
 * can only match at code point boundaries) and converts at the edges, so
 * ASCII strings never pay for the conversion. Methods always return exact
 * str objects, and return `self` unchanged only when it is an exact str.
 */
#include "str.h"

#include <string.h>

#include "bytes.h"
#include "codec.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str_format.h"
#include "tuple.h"
#include "type.h"

#define DATA(v) sk_str_data(v)
#define SIZE(v) sk_str_size(v)
#define LEN(v) sk_str_len(v)
#define IS_ASCII(v) (sk_str_ptr(v)->ascii)

/* ---- argument helpers -------------------------------------------------------- */

/* After a call failed in a way this code recovers from: drops the
 * exception and whatever the failed call left on the root stack above
 * `mark` (gc.h rule 5: a failing function may leave its roots behind). */
static void drop_error(sk_vm *vm, size_t mark) {
    sk_exc_take(vm);
    sk_gc_roots_restore(vm, mark);
}

static size_t kwcount(sk_value kwnames) { return kwnames ? sk_tuple_len(kwnames) : 0; }

/* Binds the arguments after self of a method taking positional-or-keyword
 * parameters `names` (the first `nrequired` required): out[i] is SK_NULL
 * for a parameter not given. Messages as CPython's for such methods. */
static bool bind_args(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                      size_t skip, const char *const *names, size_t nnames, size_t nrequired, sk_value *out) {
    size_t nkw = kwcount(kwnames), npos = nargs - nkw - skip;
    for (size_t i = 0; i < nnames; i++) out[i] = SK_NULL;
    if (npos + nkw > nnames) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at most %zu argument%s (%zu given)", fname, nnames,
                   nnames == 1 ? "" : "s", npos + nkw);
        return false;
    }
    for (size_t i = 0; i < npos; i++) out[i] = args[skip + i];
    for (size_t k = 0; k < nkw; k++) {
        sk_value name = sk_tuple_get(kwnames, k);
        size_t i = 0;
        while (i < nnames && !sk_str_eq_cstr(name, names[i])) i++;
        if (i == nnames) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
        if (out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "argument for %s() given by name ('%s') and position (%zu)", fname, names[i],
                       i + 1);
            return false;
        }
        out[i] = args[nargs - nkw + k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (!out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
            return false;
        }
    }
    return true;
}

/* The argument-count check of methods declared in the older style
 * ("count() takes at least 1 argument (0 given)"); they take no keywords. */
static bool check_count(sk_vm *vm, const char *fname, size_t nargs, sk_value kwnames, size_t lo, size_t hi) {
    if (kwcount(kwnames)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes no keyword arguments", fname);
        return false;
    }
    size_t n = nargs - 1;
    if (n < lo) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at least %zu argument%s (%zu given)", fname, lo, lo == 1 ? "" : "s", n);
        return false;
    }
    if (n > hi) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at most %zu argument%s (%zu given)", fname, hi, hi == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

/* An index-sized integer argument (a width, a count): __index__, with
 * OverflowError(overflow_msg) beyond int64 (CPython's Py_ssize_t). */
static bool index_arg(sk_vm *vm, sk_value v, int64_t *out, const char *overflow_msg) {
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value i = sk_index(vm, v);
    if (!i) return false;
    if (!sk_int_to_i64(vm, i, out)) {
        if (sk_exc_pending(vm, SK_EXC_OVERFLOW)) {
            drop_error(vm, mark);
            sk_exc_msg(vm, SK_EXC_OVERFLOW, overflow_msg);
        }
        return false;
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

static bool ssize_arg(sk_vm *vm, sk_value v, int64_t *out) {
    return index_arg(vm, v, out, "Python int too large to convert to C ssize_t");
}

/* A start or end argument of find() and friends: None, or an __index__
 * int clamped to the int64 range. */
static bool slice_index_arg(sk_vm *vm, sk_value v, int64_t *out) {
    SK_ROOT_SCOPE(vm);
    if (!v || v == SK_NONE) return true;
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    if (!sk_is_bool(v) && !sk_typeof(vm, v)->index) {
        sk_exc_msg(vm, SK_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value i = sk_index(vm, v);
    if (!i) return false;
    SK_ROOT(vm, i);
    if (!sk_int_to_i64(vm, i, out)) {
        drop_error(vm, mark + 1);
        *out = sk_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

/* CPython's ADJUST_INDICES: end is clamped to len; negatives count from
 * the end. start may stay beyond len. */
static void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* ---- text helpers ------------------------------------------------------------ */

/* Code point index of byte offset `off` of s. */
static size_t index_of(sk_value s, size_t off) {
    return IS_ASCII(s) ? off : sk_utf8_count(DATA(s), off);
}

/* A str with the bytes p[0..n) (which must be well-formed UTF-8); `self`
 * itself when that is all of it and self is an exact str. */
static sk_value substr_bytes(sk_vm *vm, sk_value self, const char *p, size_t n) {
    if (p == DATA(self) && n == SIZE(self) && SK_IS(vm, self, STR)) return self;
    return sk_str_new(vm, p, n);
}

/* An exact str equal to s. */
static sk_value exact(sk_vm *vm, sk_value s) {
    if (SK_IS(vm, s, STR)) return s;
    return sk_str_new(vm, DATA(s), SIZE(s));
}

static sk_value str_from_buf_or_self(sk_vm *vm, sk_value self, sk_buf *b) {
    if (!b->failed && b->len == SIZE(self) && SK_IS(vm, self, STR) &&
        (b->len == 0 || memcmp(b->data, DATA(self), b->len) == 0)) {
        sk_buf_free(b);
        return self;
    }
    return sk_str_from_buf(vm, b);
}

/* The code point before byte offset `off` (> 0), moving *off back to it. */
static uint32_t prev_cp(const char *s, size_t *off) {
    size_t i = *off - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    *off = i;
    const char *p = s + i;
    return sk_utf8_next(&p);
}

static const char *find_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen) {
    if (nlen == 0) return hay;
    if (nlen > hlen) return NULL;
    if (nlen == 1) return memchr(hay, needle[0], hlen);
    return memmem(hay, hlen, needle, nlen);
}

static const char *rfind_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen) {
    if (nlen == 0) return hay + hlen;
    if (nlen > hlen) return NULL;
    for (const char *p = hay + hlen - nlen;; p--) {
        if (*p == needle[0] && memcmp(p, needle, nlen) == 0) return p;
        if (p == hay) return NULL;
    }
}

static size_t count_bytes(const char *hay, size_t hlen, const char *needle, size_t nlen, int64_t max) {
    size_t n = 0;
    const char *end = hay + hlen;
    while ((int64_t)n < max) {
        const char *p = find_bytes(hay, (size_t)(end - hay), needle, nlen);
        if (!p) break;
        n++;
        hay = p + nlen;
    }
    return n;
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

/* Is the code point cp one of the code points of the str `chars`? */
static bool cp_in(sk_value chars, uint32_t cp) {
    if (cp < 0x80) return memchr(DATA(chars), (int)cp, SIZE(chars)) != NULL;
    char enc[4];
    size_t n = encode_cp(cp, enc);
    return find_bytes(DATA(chars), SIZE(chars), enc, n) != NULL;
}

/* ---- construction ------------------------------------------------------------ */

/* An instance of the str subclass `cls` holding the text of s. */
static sk_value subclass_instance(sk_vm *vm, sk_type *cls, sk_value s) {
    SK_ROOT_SCOPE(vm);
    size_t size = SIZE(s);
    size_t text = (sizeof(sk_string) + size + 1 + 7) & ~(size_t)7;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, s);
    sk_string *r = (sk_string *)sk_gc_new(vm, cls, text + (cls->size - sizeof(sk_string)));
    sk_gc_roots_restore(vm, mark);
    if (!r) return SK_NULL;
    r->hash = -1;
    r->size = size;
    r->len = LEN(s);
    r->ascii = IS_ASCII(s);
    memcpy(r->data, DATA(s), size);
    r->data[size] = '\0';
    return sk_from_obj(r);
}

static sk_value str_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    sk_value a[3];
    if (!bind_args(vm, "str", args, nargs, kwnames, 0, names, 3, 0, a)) return SK_NULL;
    sk_value obj = a[0], enc = a[1], err = a[2], s;
    if (enc && !sk_is_str(vm, enc))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "str() argument 'encoding' must be str, not %T", enc);
    if (err && !sk_is_str(vm, err))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "str() argument 'errors' must be str, not %T", err);
    if (!obj) {
        s = vm->empty_str;
    } else if (enc || err) {
        if (sk_is_str(vm, obj)) return sk_exc_msg(vm, SK_EXC_TYPE, "decoding str is not supported");
        if (!sk_is_bytes_like(vm, obj))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "decoding to str: need a bytes-like object, %T found", obj);
        s = sk_codec_decode(vm, sk_bytes_data(obj), sk_bytes_len(obj), enc, err);
    } else {
        size_t mark = sk_gc_roots_save(vm);
        s = sk_str(vm, obj);
        sk_gc_roots_restore(vm, mark); /* nothing it left behind matters */
    }
    if (!s) return SK_NULL;
    /* str(x) is whatever str x.__str__() returned, subclass or not */
    if (sk_as_type(cls) == SK_TYPE(vm, STR)) return s;
    return subclass_instance(vm, sk_as_type(cls), s);
}

/* ---- the protocol ------------------------------------------------------------ */

static sk_value str_repr(sk_vm *vm, sk_value self) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_str_repr_buf(self, &b, false);
    return sk_str_from_buf(vm, &b);
}

static sk_value str_str(sk_vm *vm, sk_value self) { return exact(vm, self); }

static sk_value str_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_str(vm, a) || !sk_is_str(vm, b)) return SK_NOTIMPL;
    if (op == SK_EQ) return sk_from_bool(sk_str_eq(a, b));
    if (op == SK_NE) return sk_from_bool(!sk_str_eq(a, b));
    int c = sk_str_cmp(a, b);
    switch (op) {
    case SK_LT: return sk_from_bool(c < 0);
    case SK_LE: return sk_from_bool(c <= 0);
    case SK_GT: return sk_from_bool(c > 0);
    default: return sk_from_bool(c >= 0);
    }
}

static int64_t str_len(sk_vm *vm, sk_value self) { return (int64_t)LEN(self); }

/* s[start::step] for `count` code points, step != 1. */
static sk_value slice_steps(sk_vm *vm, sk_value s, int64_t start, int64_t step, int64_t count) {
    if (count <= 0) return vm->empty_str;
    const char *d = DATA(s);
    if (IS_ASCII(s)) {
        sk_value r = sk_str_alloc(vm, (size_t)count);
        if (!r) return SK_NULL;
        char *o = sk_str_ptr(r)->data;
        d = DATA(s); /* s is rooted (an argument); reread after allocating */
        for (int64_t i = 0, j = start; i < count; i++, j += step) o[i] = d[j];
        sk_str_seal(r);
        return r;
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t off = sk_str_offset(s, (size_t)start);
    for (int64_t i = 0; i < count; i++) {
        const char *p = d + off;
        sk_utf8_next(&p);
        sk_buf_append(&b, d + off, (size_t)(p - (d + off)));
        if (i + 1 == count) break;
        if (step > 0) {
            for (int64_t k = 0; k < step; k++) {
                off++;
                while (((unsigned char)d[off] & 0xC0) == 0x80) off++;
            }
        } else {
            for (int64_t k = 0; k < -step; k++) prev_cp(d, &off);
        }
    }
    return sk_str_from_buf(vm, &b);
}

static sk_value str_getitem(sk_vm *vm, sk_value self, sk_value key) {
    int64_t len = (int64_t)LEN(self);
    if (SK_IS(vm, key, SLICE)) {
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, len, &start, &stop, &step, &count)) return SK_NULL;
        if (count <= 0) return vm->empty_str;
        if (step == 1) {
            if (count == len) return exact(vm, self);
            return sk_str_substr(vm, self, (size_t)start, (size_t)(start + count));
        }
        return slice_steps(vm, self, start, step, count);
    }
    int64_t i;
    if (sk_is_int(key)) {
        i = sk_as_int(key);
    } else {
        if (!sk_is_bool(key) && !sk_typeof(vm, key)->index)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "string indices must be integers, not '%s'", sk_type_name_of(vm, key));
        size_t mark = sk_gc_roots_save(vm);
        sk_value iv = sk_index(vm, key);
        if (!iv) return SK_NULL;
        if (!sk_int_to_i64(vm, iv, &i)) {
            drop_error(vm, mark);
            return sk_exc_fmt(vm, SK_EXC_INDEX, "cannot fit '%s' into an index-sized integer", sk_type_name_of(vm, key));
        }
        sk_gc_roots_restore(vm, mark);
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) return sk_exc_msg(vm, SK_EXC_INDEX, "string index out of range");
    if (IS_ASCII(self)) return vm->char_strs[(unsigned char)DATA(self)[i]];
    return sk_str_from_cp(vm, sk_str_cp_at(self, (size_t)i));
}

static int str_contains(sk_vm *vm, sk_value self, sk_value x) {
    if (!sk_is_str(vm, x)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'in <string>' requires string as left operand, not %s", sk_type_name_of(vm, x));
        return -1;
    }
    return find_bytes(DATA(self), SIZE(self), DATA(x), SIZE(x)) != NULL;
}

static sk_value str_add(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_str(vm, a) || !sk_is_str(vm, b)) return SK_NOTIMPL;
    if (SIZE(a) + SIZE(b) < SIZE(a)) return sk_exc_no_memory(vm);
    return sk_str_concat(vm, a, b);
}

static sk_value str_mul(sk_vm *vm, sk_value a, sk_value b) {
    sk_value s = a, count = b;
    if (!sk_is_str(vm, s)) {
        s = b;
        count = a;
    }
    sk_type *ct = sk_typeof(vm, count);
    if (!sk_is_int(count) && !sk_is_bool(count) && !ct->index) {
        /* a class of the program's may still answer with __rmul__ */
        if ((ct->flags & SK_TF_HEAP) && ct->nb[SK_NB_MUL]) return SK_NOTIMPL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "can't multiply sequence by non-int of type '%s'", sk_type_name(ct));
    }
    int64_t n;
    if (!index_arg(vm, count, &n, "cannot fit 'int' into an index-sized integer")) return SK_NULL;
    size_t size = SIZE(s);
    if (n <= 0 || size == 0) return vm->empty_str;
    if (n == 1) return exact(vm, s);
    if ((uint64_t)n > (SIZE_MAX / 2) / size) return sk_exc_msg(vm, SK_EXC_OVERFLOW, "repeated string is too long");
    size_t total = size * (size_t)n;
    sk_value r = sk_str_alloc(vm, total);
    if (!r) return SK_NULL;
    sk_string *rs = sk_str_ptr(r);
    const char *src = DATA(s);
    if (size == 1) {
        memset(rs->data, src[0], total);
    } else {
        memcpy(rs->data, src, size);
        /* double the filled part until done */
        size_t done = size;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(rs->data + done, rs->data, k);
            done += k;
        }
    }
    rs->len = LEN(s) * (size_t)n;
    rs->ascii = IS_ASCII(s);
    return r;
}

static sk_value str_mod(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_str(vm, a)) return SK_NOTIMPL;
    return sk_strfmt_percent(vm, a, b);
}

/* ---- the iterator ------------------------------------------------------------ */

/* One iterator type serves all strs. It carries CPython 3.12's name for
 * the iterator of ASCII strings, str_ascii_iterator (CPython names the
 * other one str_iterator); the two behave alike. */
typedef struct str_iter {
    sk_obj hdr;
    sk_value str;      /* SK_NULL once exhausted */
    size_t off;        /* byte offset of the next code point */
    size_t index;      /* code points handed out */
} str_iter;

static void str_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((str_iter *)o)->str); }

static sk_value str_iter_new(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, self);
    str_iter *it = (str_iter *)sk_gc_new(vm, SK_TYPE(vm, STR_ITER), sizeof(str_iter));
    sk_gc_roots_restore(vm, mark);
    if (!it) return SK_NULL;
    it->str = self;
    return sk_from_obj(it);
}

static int str_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    str_iter *it = (str_iter *)sk_as_obj(self);
    if (!it->str) return 0;
    sk_value s = it->str;
    if (it->off >= SIZE(s)) {
        it->str = SK_NULL;
        return 0;
    }
    const char *d = DATA(s);
    unsigned char c = (unsigned char)d[it->off];
    sk_value r;
    if (c < 0x80) {
        r = vm->char_strs[c];
        it->off++;
    } else {
        const char *p = d + it->off;
        const char *q = p;
        sk_utf8_next(&q);
        size_t n = (size_t)(q - p);
        r = sk_str_new(vm, p, n);
        if (!r) return -1;
        it->off += n;
    }
    it->index++;
    *out = r;
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value str_iter_length_hint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    str_iter *it = (str_iter *)sk_as_obj(args[0]);
    return sk_from_int(it->str ? (int64_t)(LEN(it->str) - it->index) : 0);
}

static const sk_method_def str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 1, 1, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

/* ---- case ------------------------------------------------------------------- */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } case_op;

static void put_cps(sk_buf *b, const uint32_t *cps, int n) {
    for (int i = 0; i < n; i++) sk_buf_put_utf8(b, cps[i]);
}

/* The lower-case mapping of the code point at byte `off`, final sigma
 * included. */
static int lower_at(sk_value s, size_t off, uint32_t cp, uint32_t out[SK_UNICODE_MAX_MAP]) {
    if (cp == 0x3A3) {
        out[0] = sk_unicode_sigma(DATA(s), SIZE(s), off);
        return 1;
    }
    return sk_unicode_lower(cp, out);
}

static sk_value ascii_case(sk_vm *vm, sk_value self, case_op op) {
    size_t n = SIZE(self);
    sk_value r = sk_str_alloc(vm, n);
    if (!r) return SK_NULL;
    const char *s = DATA(self);
    char *o = sk_str_ptr(r)->data;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        switch (op) {
        case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
        case CASE_UPPER: if (low) c -= 32; break;
        case CASE_SWAP: if (up) c += 32; else if (low) c -= 32; break;
        case CASE_TITLE:
            if (prev_cased ? up : low) c = (char)(up ? c + 32 : c - 32);
            prev_cased = up || low;
            break;
        case CASE_CAPITALIZE:
            if (i == 0 ? low : up) c = (char)(up ? c + 32 : c - 32);
            break;
        }
        o[i] = c;
    }
    sk_str_seal(r);
    return r;
}

static sk_value change_case(sk_vm *vm, sk_value self, case_op op) {
    if (IS_ASCII(self)) {
        sk_value r = ascii_case(vm, self, op);
        if (r && SK_IS(vm, self, STR) && memcmp(DATA(r), DATA(self), SIZE(self)) == 0) return self;
        return r;
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    const char *s = DATA(self), *p = s, *end = s + SIZE(self);
    bool prev_cased = false, first = true;
    uint32_t m[SK_UNICODE_MAX_MAP];
    while (p < end) {
        size_t off = (size_t)(p - s);
        uint32_t cp = sk_utf8_next(&p);
        int n;
        switch (op) {
        case CASE_LOWER: n = lower_at(self, off, cp, m); break;
        case CASE_UPPER: n = sk_unicode_upper(cp, m); break;
        case CASE_FOLD: n = sk_unicode_fold(cp, m); break;
        case CASE_SWAP:
            if (sk_unicode_isupper(cp)) n = lower_at(self, off, cp, m);
            else if (sk_unicode_islower(cp)) n = sk_unicode_upper(cp, m);
            else { m[0] = cp; n = 1; }
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(self, off, cp, m) : sk_unicode_title(cp, m);
            prev_cased = sk_unicode_iscased(cp);
            break;
        default: /* CASE_CAPITALIZE */
            n = first ? sk_unicode_title(cp, m) : lower_at(self, off, cp, m);
            break;
        }
        put_cps(&b, m, n);
        first = false;
    }
    return str_from_buf_or_self(vm, self, &b);
}

#define CASE_METHOD(fname, op)                                                     \
    static sk_value fname(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { \
        return change_case(vm, args[0], op);                                      \
    }
CASE_METHOD(m_lower, CASE_LOWER)
CASE_METHOD(m_upper, CASE_UPPER)
CASE_METHOD(m_casefold, CASE_FOLD)
CASE_METHOD(m_swapcase, CASE_SWAP)
CASE_METHOD(m_title, CASE_TITLE)
CASE_METHOD(m_capitalize, CASE_CAPITALIZE)
#undef CASE_METHOD

/* ---- predicates -------------------------------------------------------------- */

/* True when s is not empty and every code point satisfies pred. */
static sk_value all_cps(sk_value s, bool (*pred)(uint32_t)) {
    if (SIZE(s) == 0) return SK_FALSE;
    const char *p = DATA(s), *end = p + SIZE(s);
    while (p < end)
        if (!pred(sk_utf8_next(&p))) return SK_FALSE;
    return SK_TRUE;
}

#define PRED_METHOD(fname, pred)                                                   \
    static sk_value fname(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { \
        return all_cps(args[0], pred);                                            \
    }
PRED_METHOD(m_isalpha, sk_unicode_isalpha)
PRED_METHOD(m_isalnum, sk_unicode_isalnum)
PRED_METHOD(m_isdecimal, sk_unicode_isdecimal)
PRED_METHOD(m_isdigit, sk_unicode_isdigit)
PRED_METHOD(m_isnumeric, sk_unicode_isnumeric)
PRED_METHOD(m_isspace, sk_unicode_isspace)
#undef PRED_METHOD

static sk_value m_isprintable(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const char *p = DATA(args[0]), *end = p + SIZE(args[0]);
    while (p < end)
        if (!sk_unicode_isprintable(sk_utf8_next(&p))) return SK_FALSE;
    return SK_TRUE;
}

static sk_value m_isascii(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_from_bool(IS_ASCII(args[0]));
}

static sk_value m_islower(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const char *p = DATA(args[0]), *end = p + SIZE(args[0]);
    bool cased = false;
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (sk_unicode_isupper(c) || sk_unicode_istitle(c)) return SK_FALSE;
        if (!cased && sk_unicode_islower(c)) cased = true;
    }
    return sk_from_bool(cased);
}

static sk_value m_isupper(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const char *p = DATA(args[0]), *end = p + SIZE(args[0]);
    bool cased = false;
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (sk_unicode_islower(c) || sk_unicode_istitle(c)) return SK_FALSE;
        if (!cased && sk_unicode_isupper(c)) cased = true;
    }
    return sk_from_bool(cased);
}

static sk_value m_istitle(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const char *p = DATA(args[0]), *end = p + SIZE(args[0]);
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (sk_unicode_isupper(c) || sk_unicode_istitle(c)) {
            if (prev_cased) return SK_FALSE;
            prev_cased = cased = true;
        } else if (sk_unicode_islower(c)) {
            if (!prev_cased) return SK_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return sk_from_bool(cased);
}

static sk_value m_isidentifier(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value s = args[0];
    if (SIZE(s) == 0) return SK_FALSE;
    const char *p = DATA(s), *end = p + SIZE(s);
    uint32_t c = sk_utf8_next(&p);
    if (c != '_' && !sk_unicode_isxid_start(c)) return SK_FALSE;
    while (p < end)
        if (!sk_unicode_isxid_continue(sk_utf8_next(&p))) return SK_FALSE;
    return SK_TRUE;
}

/* ---- searching --------------------------------------------------------------- */

/* The substring argument and the [start, end) range of find() and its
 * relatives, as byte offsets into self. False with an exception set; *empty
 * is set when the range selects nothing a match could fit in. */
typedef struct search {
    sk_value sub;
    int64_t start, end;      /* code points, adjusted */
    size_t bstart, bend;     /* the same as byte offsets */
    bool none;               /* nothing can match (start beyond end) */
} search;

static bool search_args(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                        search *out) {
    if (!check_count(vm, fname, nargs, kwnames, 1, 3)) return false;
    sk_value self = args[0];
    out->sub = args[1];
    if (!sk_is_str(vm, out->sub)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "must be str, not %T", out->sub);
        return false;
    }
    int64_t len = (int64_t)LEN(self);
    out->start = 0;
    out->end = INT64_MAX;
    if (nargs > 2 && !slice_index_arg(vm, args[2], &out->start)) return false;
    if (nargs > 3 && !slice_index_arg(vm, args[3], &out->end)) return false;
    adjust_indices(&out->start, &out->end, len);
    out->none = out->end - out->start < (int64_t)LEN(out->sub);
    if (out->none) return true;
    out->bstart = sk_str_offset(self, (size_t)out->start);
    out->bend = sk_str_offset(self, (size_t)out->end);
    return true;
}

/* find / rfind as a code point index, -1 when absent; -2 on error. */
static int64_t do_find(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kw, bool reverse) {
    search s;
    if (!search_args(vm, fname, args, nargs, kw, &s)) return -2;
    if (s.none) return -1;
    sk_value self = args[0];
    const char *base = DATA(self) + s.bstart;
    size_t hlen = s.bend - s.bstart;
    const char *p = reverse ? rfind_bytes(base, hlen, DATA(s.sub), SIZE(s.sub))
                            : find_bytes(base, hlen, DATA(s.sub), SIZE(s.sub));
    if (!p) return -1;
    return (int64_t)index_of(self, (size_t)(p - DATA(self)));
}

static sk_value m_find(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t r = do_find(vm, "find", args, nargs, kw, false);
    return r == -2 ? SK_NULL : sk_from_int(r);
}

static sk_value m_rfind(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t r = do_find(vm, "rfind", args, nargs, kw, true);
    return r == -2 ? SK_NULL : sk_from_int(r);
}

static sk_value m_index(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t r = do_find(vm, "index", args, nargs, kw, false);
    if (r == -2) return SK_NULL;
    if (r == -1) return sk_exc_msg(vm, SK_EXC_VALUE, "substring not found");
    return sk_from_int(r);
}

static sk_value m_rindex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t r = do_find(vm, "rindex", args, nargs, kw, true);
    if (r == -2) return SK_NULL;
    if (r == -1) return sk_exc_msg(vm, SK_EXC_VALUE, "substring not found");
    return sk_from_int(r);
}

static sk_value m_count(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    search s;
    if (!search_args(vm, "count", args, nargs, kw, &s)) return SK_NULL;
    if (s.none) return sk_from_int(0);
    if (SIZE(s.sub) == 0) return sk_from_int(s.end - s.start + 1);
    const char *base = DATA(args[0]) + s.bstart;
    return sk_from_int((int64_t)count_bytes(base, s.bend - s.bstart, DATA(s.sub), SIZE(s.sub), INT64_MAX));
}

/* startswith / endswith with one str. */
static bool tail_match(sk_value self, sk_value sub, int64_t start, int64_t end, bool at_end) {
    adjust_indices(&start, &end, (int64_t)LEN(self));
    int64_t n = (int64_t)LEN(sub);
    if (end - n < start) return false;
    if (n == 0) return true;
    size_t bstart = sk_str_offset(self, (size_t)start), bend = sk_str_offset(self, (size_t)end);
    if (bend - bstart < SIZE(sub)) return false;
    const char *at = at_end ? DATA(self) + bend - SIZE(sub) : DATA(self) + bstart;
    return memcmp(at, DATA(sub), SIZE(sub)) == 0;
}

static sk_value starts_ends(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kw,
                            bool at_end) {
    if (!check_count(vm, fname, nargs, kw, 1, 3)) return SK_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 2 && !slice_index_arg(vm, args[2], &start)) return SK_NULL;
    if (nargs > 3 && !slice_index_arg(vm, args[3], &end)) return SK_NULL;
    sk_value x = args[1];
    if (sk_is_tuple(vm, x)) {
        for (size_t i = 0; i < sk_tuple_len(x); i++) {
            sk_value sub = sk_tuple_get(x, i);
            if (!sk_is_str(vm, sub))
                return sk_exc_fmt(vm, SK_EXC_TYPE, "tuple for %s must only contain str, not %T", fname, sub);
            if (tail_match(args[0], sub, start, end, at_end)) return SK_TRUE;
        }
        return SK_FALSE;
    }
    if (!sk_is_str(vm, x))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s first arg must be str or a tuple of str, not %T", fname, x);
    return sk_from_bool(tail_match(args[0], x, start, end, at_end));
}

static sk_value m_startswith(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return starts_ends(vm, "startswith", args, nargs, kw, false);
}

static sk_value m_endswith(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return starts_ends(vm, "endswith", args, nargs, kw, true);
}

/* ---- splitting and joining --------------------------------------------------- */

static bool is_space_at(const char *p, uint32_t *cp, const char **next) {
    const char *q = p;
    *cp = sk_utf8_next(&q);
    *next = q;
    return sk_unicode_isspace(*cp);
}

/* Appends the str p[0..n) to list, or `self` when that is all of it. */
static bool add_piece(sk_vm *vm, sk_value list, sk_value self, const char *p, size_t n) {
    sk_value piece = substr_bytes(vm, self, p, n);
    return piece && sk_list_append(vm, list, piece);
}

static bool split_whitespace(sk_vm *vm, sk_value list, sk_value self, int64_t max) {
    const char *s = DATA(self), *end = s + SIZE(self), *p = s, *next;
    uint32_t cp;
    while (max-- > 0) {
        while (p < end && is_space_at(p, &cp, &next)) p = next;
        if (p == end) return true;
        const char *j = p;
        while (p < end && !is_space_at(p, &cp, &next)) p = next;
        if (!add_piece(vm, list, self, j, (size_t)(p - j))) return false;
    }
    /* maxsplit reached: the rest, without its leading whitespace */
    while (p < end && is_space_at(p, &cp, &next)) p = next;
    if (p != end && !add_piece(vm, list, self, p, (size_t)(end - p))) return false;
    return true;
}

static bool reverse_list(sk_value list) {
    sk_value *items = sk_list_items(list);
    size_t n = sk_list_len(list);
    for (size_t i = 0; i < n / 2; i++) {
        sk_value t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
    return true;
}

static bool rsplit_whitespace(sk_vm *vm, sk_value list, sk_value self, int64_t max) {
    const char *s = DATA(self);
    size_t i = SIZE(self), k;
    while (max-- > 0) {
        while (i > 0 && (k = i, sk_unicode_isspace(prev_cp(s, &k)))) i = k;
        if (i == 0) return reverse_list(list);
        size_t j = i;
        while (i > 0 && (k = i, !sk_unicode_isspace(prev_cp(s, &k)))) i = k;
        if (!add_piece(vm, list, self, s + i, j - i)) return false;
    }
    while (i > 0 && (k = i, sk_unicode_isspace(prev_cp(s, &k)))) i = k;
    if (i > 0 && !add_piece(vm, list, self, s, i)) return false;
    return reverse_list(list);
}

static bool split_sep(sk_vm *vm, sk_value list, sk_value self, sk_value sep, int64_t max) {
    const char *s = DATA(self), *end = s + SIZE(self), *p = s;
    const char *d = DATA(sep);
    size_t n = SIZE(sep);
    while (max-- > 0) {
        const char *at = find_bytes(p, (size_t)(end - p), d, n);
        if (!at) break;
        if (!add_piece(vm, list, self, p, (size_t)(at - p))) return false;
        p = at + n;
    }
    return add_piece(vm, list, self, p, (size_t)(end - p));
}

static bool rsplit_sep(sk_vm *vm, sk_value list, sk_value self, sk_value sep, int64_t max) {
    const char *s = DATA(self), *end = s + SIZE(self);
    const char *d = DATA(sep);
    size_t n = SIZE(sep);
    while (max-- > 0) {
        const char *at = rfind_bytes(s, (size_t)(end - s), d, n);
        if (!at) break;
        if (!add_piece(vm, list, self, at + n, (size_t)(end - at - n))) return false;
        end = at;
    }
    if (!add_piece(vm, list, self, s, (size_t)(end - s))) return false;
    return reverse_list(list);
}

static sk_value do_split(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                         bool reverse) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"sep", "maxsplit"};
    sk_value a[2];
    if (!bind_args(vm, fname, args, nargs, kwnames, 1, names, 2, 0, a)) return SK_NULL;
    sk_value self = args[0], sep = a[0] && a[0] != SK_NONE ? a[0] : SK_NULL;
    int64_t max = -1;
    if (sep && !sk_is_str(vm, sep)) return sk_exc_fmt(vm, SK_EXC_TYPE, "must be str or None, not %T", sep);
    if (a[1] && !ssize_arg(vm, a[1], &max)) return SK_NULL;
    if (max < 0) max = INT64_MAX;
    if (sep && SIZE(sep) == 0) return sk_exc_msg(vm, SK_EXC_VALUE, "empty separator");
    sk_value list = sk_list_new(vm, 0);
    if (!list) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, list);
    bool ok = sep ? (reverse ? rsplit_sep : split_sep)(vm, list, self, sep, max)
                  : (reverse ? rsplit_whitespace : split_whitespace)(vm, list, self, max);
    sk_gc_roots_restore(vm, mark);
    return ok ? list : SK_NULL;
}

static sk_value m_split(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_split(vm, "split", args, nargs, kw, false);
}

static sk_value m_rsplit(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_split(vm, "rsplit", args, nargs, kw, true);
}

static sk_value m_splitlines(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"keepends"};
    sk_value a[1];
    if (!bind_args(vm, "splitlines", args, nargs, kwnames, 1, names, 1, 0, a)) return SK_NULL;
    int64_t keep = 0;
    if (a[0]) {
        /* keepends is an int flag in CPython (bool or int accepted) */
        size_t mark = sk_gc_roots_save(vm);
        int t = sk_truth(vm, a[0]);
        if (t < 0) return SK_NULL;
        sk_gc_roots_restore(vm, mark);
        keep = t;
    }
    sk_value self = args[0];
    sk_value list = sk_list_new(vm, 0);
    if (!list) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, list);
    const char *s = DATA(self), *end = s + SIZE(self), *p = s;
    bool ok = true;
    while (p < end && ok) {
        const char *line = p, *eol = NULL, *next;
        while (p < end) {
            const char *q = p;
            uint32_t c = sk_utf8_next(&q);
            if (sk_unicode_islinebreak(c)) {
                eol = p;
                if (c == '\r' && q < end && *q == '\n') q++;
                p = q;
                break;
            }
            p = q;
        }
        next = p;
        if (!eol) eol = end;
        const char *stop = keep ? next : eol;
        ok = add_piece(vm, list, self, line, (size_t)(stop - line));
    }
    sk_gc_roots_restore(vm, mark);
    return ok ? list : SK_NULL;
}

static sk_value partition(sk_vm *vm, const sk_value *args, bool reverse) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], sep = args[1];
    if (!sk_is_str(vm, sep)) return sk_exc_fmt(vm, SK_EXC_TYPE, "must be str, not %T", sep);
    if (SIZE(sep) == 0) return sk_exc_msg(vm, SK_EXC_VALUE, "empty separator");
    const char *s = DATA(self);
    size_t n = SIZE(self);
    const char *at = reverse ? rfind_bytes(s, n, DATA(sep), SIZE(sep)) : find_bytes(s, n, DATA(sep), SIZE(sep));
    size_t mark = sk_gc_roots_save(vm);
    sk_value parts[3] = {vm->empty_str, vm->empty_str, vm->empty_str};
    for (int i = 0; i < 3; i++) SK_ROOT(vm, parts[i]);
    sk_value r = SK_NULL;
    if (!at) {
        parts[reverse ? 2 : 0] = exact(vm, self);
        if (!parts[reverse ? 2 : 0]) goto done;
    } else {
        size_t head = (size_t)(at - s), tail = head + SIZE(sep);
        parts[0] = sk_str_new(vm, s, head);
        if (!parts[0]) goto done;
        parts[1] = exact(vm, sep);
        if (!parts[1]) goto done;
        parts[2] = sk_str_new(vm, DATA(self) + tail, n - tail);
        if (!parts[2]) goto done;
    }
    r = sk_tuple_from(vm, parts, 3);
done:
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value m_partition(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return partition(vm, args, false);
}

static sk_value m_rpartition(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return partition(vm, args, true);
}

static sk_value m_join(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value sep = args[0], iterable = args[1], seq;
    size_t mark = sk_gc_roots_save(vm);
    if (sk_is_list(vm, iterable) || sk_is_tuple(vm, iterable)) {
        seq = iterable;
    } else {
        seq = sk_iter(vm, iterable);
        if (!seq) {
            if (sk_exc_pending(vm, SK_EXC_TYPE)) {
                drop_error(vm, mark);
                sk_exc_msg(vm, SK_EXC_TYPE, "can only join an iterable");
            }
            return SK_NULL;
        }
        sk_gc_roots_restore(vm, mark);
        SK_ROOT(vm, seq);
        size_t inner = sk_gc_roots_save(vm);
        seq = sk_list_from_iterable(vm, seq);
        /* list.c may leave its roots behind; seq stays rooted */
        sk_gc_roots_restore(vm, inner);
        if (!seq) {
            sk_gc_roots_restore(vm, mark);
            return SK_NULL;
        }
    }
    bool is_list = sk_is_list(vm, seq);
    size_t n = is_list ? sk_list_len(seq) : sk_tuple_len(seq);
    const sk_value *items = is_list ? sk_list_items(seq) : sk_tuple_items(seq);
    if (n == 0) {
        sk_gc_roots_restore(vm, mark);
        return vm->empty_str;
    }
    if (n == 1 && SK_IS(vm, items[0], STR)) {
        sk_gc_roots_restore(vm, mark);
        return items[0];
    }
    size_t total = 0, len = 0;
    bool ascii = IS_ASCII(sep);
    for (size_t i = 0; i < n; i++) {
        if (!sk_is_str(vm, items[i])) {
            sk_gc_roots_restore(vm, mark);
            return sk_exc_fmt(vm, SK_EXC_TYPE, "sequence item %zu: expected str instance, %T found", i, items[i]);
        }
        total += SIZE(items[i]);
        len += LEN(items[i]);
        ascii = ascii && IS_ASCII(items[i]);
    }
    total += SIZE(sep) * (n - 1);
    len += LEN(sep) * (n - 1);
    sk_value r = sk_str_alloc(vm, total);
    if (r) {
        /* reread: nothing ran since the check, so the sequence is as it was */
        items = is_list ? sk_list_items(seq) : sk_tuple_items(seq);
        sk_string *rs = sk_str_ptr(r);
        char *o = rs->data;
        for (size_t i = 0; i < n; i++) {
            if (i) {
                memcpy(o, DATA(sep), SIZE(sep));
                o += SIZE(sep);
            }
            memcpy(o, DATA(items[i]), SIZE(items[i]));
            o += SIZE(items[i]);
        }
        rs->len = len;
        rs->ascii = ascii;
    }
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- stripping, padding ------------------------------------------------------- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static sk_value do_strip(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, int how) {
    sk_value self = args[0], chars = nargs > 1 && args[1] != SK_NONE ? args[1] : SK_NULL;
    if (chars && !sk_is_str(vm, chars)) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s arg must be None or str", fname);
    const char *s = DATA(self);
    size_t i = 0, j = SIZE(self);
    if (how & STRIP_LEFT) {
        while (i < j) {
            const char *p = s + i;
            uint32_t c = sk_utf8_next(&p);
            if (chars ? !cp_in(chars, c) : !sk_unicode_isspace(c)) break;
            i = (size_t)(p - s);
        }
    }
    if (how & STRIP_RIGHT) {
        while (j > i) {
            size_t k = j;
            uint32_t c = prev_cp(s, &k);
            if (chars ? !cp_in(chars, c) : !sk_unicode_isspace(c)) break;
            j = k;
        }
    }
    return substr_bytes(vm, self, s + i, j - i);
}

static sk_value m_strip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, "strip", args, nargs, STRIP_BOTH);
}
static sk_value m_lstrip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, "lstrip", args, nargs, STRIP_LEFT);
}
static sk_value m_rstrip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, "rstrip", args, nargs, STRIP_RIGHT);
}

/* The fill character argument of center/ljust/rjust as UTF-8. */
static bool fill_arg(sk_vm *vm, const sk_value *args, size_t nargs, const char **fill, size_t *fsize) {
    *fill = " ";
    *fsize = 1;
    if (nargs < 3) return true;
    sk_value f = args[2];
    if (!sk_is_str(vm, f)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "The fill character must be a unicode character, not %T", f);
        return false;
    }
    if (LEN(f) != 1) {
        sk_exc_msg(vm, SK_EXC_TYPE, "The fill character must be exactly one character long");
        return false;
    }
    *fill = DATA(f);
    *fsize = SIZE(f);
    return true;
}

static sk_value pad(sk_vm *vm, sk_value self, size_t left, size_t right, const char *fill, size_t fsize) {
    if (left == 0 && right == 0) return exact(vm, self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_repeat(&b, fill, fsize, left);
    sk_buf_append(&b, DATA(self), SIZE(self));
    sk_buf_repeat(&b, fill, fsize, right);
    return sk_str_from_buf(vm, &b);
}

typedef enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER } justify;

static sk_value do_justify(sk_vm *vm, const sk_value *args, size_t nargs, justify how) {
    int64_t width;
    if (!ssize_arg(vm, args[1], &width)) return SK_NULL;
    const char *fill;
    size_t fsize;
    if (!fill_arg(vm, args, nargs, &fill, &fsize)) return SK_NULL;
    sk_value self = args[0];
    int64_t len = (int64_t)LEN(self);
    if (width <= len) return exact(vm, self);
    size_t marg = (size_t)(width - len), left;
    switch (how) {
    case JUST_LEFT: left = 0; break;
    case JUST_RIGHT: left = marg; break;
    default: left = marg / 2 + (marg & (size_t)width & 1); break;
    }
    if (marg > SIZE_MAX / 8) return sk_exc_no_memory(vm);
    return pad(vm, self, left, marg - left, fill, fsize);
}

static sk_value m_ljust(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, args, nargs, JUST_LEFT);
}
static sk_value m_rjust(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, args, nargs, JUST_RIGHT);
}
static sk_value m_center(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, args, nargs, JUST_CENTER);
}

static sk_value m_zfill(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value self = args[0];
    int64_t width;
    if (!ssize_arg(vm, args[1], &width)) return SK_NULL;
    int64_t len = (int64_t)LEN(self);
    if (width <= len) return exact(vm, self);
    size_t fill = (size_t)(width - len);
    sk_value r = sk_str_alloc(vm, SIZE(self) + fill);
    if (!r) return SK_NULL;
    char *o = sk_str_ptr(r)->data;
    const char *s = DATA(self);
    memset(o, '0', fill);
    memcpy(o + fill, s, SIZE(self));
    if (SIZE(self) && (s[0] == '+' || s[0] == '-')) {
        o[0] = s[0];
        o[fill] = '0';
    }
    sk_str_seal(r);
    return r;
}

static sk_value m_expandtabs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"tabsize"};
    sk_value a[1];
    if (!bind_args(vm, "expandtabs", args, nargs, kwnames, 1, names, 1, 0, a)) return SK_NULL;
    int64_t tabsize = 8;
    if (a[0] && !ssize_arg(vm, a[0], &tabsize)) return SK_NULL;
    sk_value self = args[0];
    if (!memchr(DATA(self), '\t', SIZE(self))) return exact(vm, self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    const char *p = DATA(self), *end = p + SIZE(self);
    int64_t col = 0;
    while (p < end) {
        const char *q = p;
        uint32_t c = sk_utf8_next(&q);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                if (incr > (int64_t)(SIZE_MAX / 4) || col > INT64_MAX - incr) {
                    sk_buf_free(&b);
                    return sk_exc_msg(vm, SK_EXC_OVERFLOW, "new string is too long");
                }
                sk_buf_repeat(&b, " ", 1, (size_t)incr);
                col += incr;
            }
        } else {
            sk_buf_append(&b, p, (size_t)(q - p));
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
        p = q;
    }
    return sk_str_from_buf(vm, &b);
}

/* ---- replacing ---------------------------------------------------------------- */

static sk_value m_replace(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value self = args[0], old = args[1], new_ = args[2];
    if (!sk_is_str(vm, old)) return sk_exc_fmt(vm, SK_EXC_TYPE, "replace() argument 1 must be str, not %T", old);
    if (!sk_is_str(vm, new_)) return sk_exc_fmt(vm, SK_EXC_TYPE, "replace() argument 2 must be str, not %T", new_);
    int64_t max = -1;
    if (nargs > 3 && !ssize_arg(vm, args[3], &max)) return SK_NULL;
    if (max < 0) max = INT64_MAX;
    const char *s = DATA(self), *end = s + SIZE(self);
    size_t on = SIZE(old);
    if (max == 0 || LEN(self) < LEN(old)) return exact(vm, self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (on == 0) {
        /* the new text before every code point and at the end */
        const char *p = s;
        int64_t done = 0;
        while (done < max) {
            sk_buf_append(&b, DATA(new_), SIZE(new_));
            done++;
            if (p == end) break;
            const char *q = p;
            sk_utf8_next(&q);
            sk_buf_append(&b, p, (size_t)(q - p));
            p = q;
        }
        sk_buf_append(&b, p, (size_t)(end - p));
        return sk_str_from_buf(vm, &b);
    }
    const char *p = s;
    int64_t done = 0;
    while (done < max) {
        const char *at = find_bytes(p, (size_t)(end - p), DATA(old), on);
        if (!at) break;
        sk_buf_append(&b, p, (size_t)(at - p));
        sk_buf_append(&b, DATA(new_), SIZE(new_));
        p = at + on;
        done++;
    }
    if (done == 0) {
        sk_buf_free(&b);
        return exact(vm, self);
    }
    sk_buf_append(&b, p, (size_t)(end - p));
    return sk_str_from_buf(vm, &b);
}

static sk_value affix(sk_vm *vm, const sk_value *args, const char *fname, bool suffix) {
    sk_value self = args[0], a = args[1];
    if (!sk_is_str(vm, a)) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument must be str, not %T", fname, a);
    size_t n = SIZE(a), size = SIZE(self);
    if (n && n <= size) {
        if (!suffix && memcmp(DATA(self), DATA(a), n) == 0) return sk_str_new(vm, DATA(self) + n, size - n);
        if (suffix && memcmp(DATA(self) + size - n, DATA(a), n) == 0) return sk_str_new(vm, DATA(self), size - n);
    }
    return exact(vm, self);
}

static sk_value m_removeprefix(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return affix(vm, args, "removeprefix", false);
}

static sk_value m_removesuffix(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return affix(vm, args, "removesuffix", true);
}

/* ---- translate, maketrans ----------------------------------------------------- */

static sk_value m_translate(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], table = args[1];
    /* what an ASCII code point maps to, remembered per call:
     * -1 unknown, -2 deleted, -3 a str (not remembered), else a code point */
    int32_t memo[128];
    for (int i = 0; i < 128; i++) memo[i] = -1;
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t mark = sk_gc_roots_save(vm);
    sk_value key = SK_NULL, r = SK_NULL;
    SK_ROOT(vm, key);
    SK_ROOT(vm, r);
    const char *s = DATA(self);
    size_t off = 0, size = SIZE(self);
    size_t loop_mark = sk_gc_roots_save(vm);
    while (off < size) {
        sk_gc_roots_restore(vm, loop_mark);
        const char *p = s + off;
        uint32_t c = sk_utf8_next(&p);
        size_t clen = (size_t)(p - (s + off));
        if (c < 128 && memo[c] != -1 && memo[c] != -3) {
            if (memo[c] >= 0) sk_buf_put_utf8(&b, (uint32_t)memo[c]);
            off += clen;
            continue;
        }
        key = sk_from_int(c);
        r = sk_getitem(vm, table, key);
        if (!r) {
            if (!sk_exc_pending(vm, SK_EXC_LOOKUP)) goto fail;
            drop_error(vm, loop_mark);
            sk_buf_append(&b, s + off, clen);  /* unmapped: kept */
            if (c < 128) memo[c] = (int32_t)c;
        } else if (r == SK_NONE) {
            if (c < 128) memo[c] = -2;
        } else if (sk_is_int_like(vm, r)) {
            int64_t v;
            if (!sk_int_to_i64(vm, r, &v) || v < 0 || v > 0x10FFFF) {
                if (vm->exc) drop_error(vm, loop_mark);
                sk_exc_msg(vm, SK_EXC_VALUE, "character mapping must be in range(0x110000)");
                goto fail;
            }
            sk_buf_put_utf8(&b, (uint32_t)v);
            if (c < 128) memo[c] = (int32_t)v;
        } else if (sk_is_str(vm, r)) {
            sk_buf_append(&b, DATA(r), SIZE(r));
            if (c < 128) memo[c] = -3;
        } else {
            sk_exc_msg(vm, SK_EXC_TYPE, "character mapping must return integer, None or str");
            goto fail;
        }
        /* the table's __getitem__ may have run anything, but s is rooted
         * and immutable */
        off += clen;
    }
    sk_gc_roots_restore(vm, mark);
    return str_from_buf_or_self(vm, self, &b);
fail:
    sk_gc_roots_restore(vm, mark);
    sk_buf_free(&b);
    return SK_NULL;
}

/* d[k] = v, dropping whatever the dict's hashing and comparing left on the
 * root stack (loops call it many times). */
static bool dict_put(sk_vm *vm, sk_value d, sk_value k, sk_value v) {
    size_t mark = sk_gc_roots_save(vm);
    bool ok = sk_dict_set(vm, d, k, v);
    sk_gc_roots_restore(vm, mark);
    return ok;
}

static sk_value m_maketrans(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value d = sk_dict_new(vm);
    if (!d) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, d);
    sk_value r = SK_NULL;
    if (nargs == 1) {
        sk_value x = args[0];
        if (!sk_is_dict(vm, x)) {
            sk_exc_msg(vm, SK_EXC_TYPE, "if you give only one argument to maketrans it must be a dict");
            goto done;
        }
        size_t pos = 0;
        sk_value k, v;
        while (sk_dict_next(x, &pos, &k, &v)) {
            sk_value key = k;
            if (sk_is_str(vm, k)) {
                if (LEN(k) != 1) {
                    sk_exc_msg(vm, SK_EXC_VALUE, "string keys in translate table must be of length 1");
                    goto done;
                }
                key = sk_from_int(sk_str_cp_at(k, 0));
            } else if (!sk_is_int_like(vm, k)) {
                sk_exc_msg(vm, SK_EXC_TYPE, "keys in translate table must be strings or integers");
                goto done;
            }
            if (!dict_put(vm, d, key, v)) goto done;
        }
        r = d;
        goto done;
    }
    sk_value x = args[0], y = args[1];
    if (!sk_is_str(vm, x)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "maketrans() argument 1 must be str, not %T", x);
        goto done;
    }
    if (!sk_is_str(vm, y)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "maketrans() argument 2 must be str, not %T", y);
        goto done;
    }
    if (nargs > 2 && !sk_is_str(vm, args[2])) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "maketrans() argument 3 must be str, not %T", args[2]);
        goto done;
    }
    if (LEN(x) != LEN(y)) {
        sk_exc_msg(vm, SK_EXC_VALUE, "the first two maketrans arguments must have equal length");
        goto done;
    }
    const char *p = DATA(x), *q = DATA(y), *end = p + SIZE(x);
    while (p < end) {
        uint32_t a = sk_utf8_next(&p), b = sk_utf8_next(&q);
        if (!dict_put(vm, d, sk_from_int(a), sk_from_int(b))) goto done;
    }
    if (nargs > 2) {
        p = DATA(args[2]);
        end = p + SIZE(args[2]);
        while (p < end)
            if (!dict_put(vm, d, sk_from_int(sk_utf8_next(&p)), SK_NONE)) goto done;
    }
    r = d;
done:
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- encode, and the rest ---------------------------------------------------- */

static sk_value m_encode(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    sk_value a[2];
    if (!bind_args(vm, "encode", args, nargs, kwnames, 1, names, 2, 0, a)) return SK_NULL;
    if (a[0] && !sk_is_str(vm, a[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "encode() argument 'encoding' must be str, not %T", a[0]);
    if (a[1] && !sk_is_str(vm, a[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "encode() argument 'errors' must be str, not %T", a[1]);
    return sk_codec_encode(vm, args[0], a[0], a[1]);
}

static sk_value m_getnewargs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value s = sk_str_new(vm, DATA(args[0]), SIZE(args[0]));
    if (!s) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, s);
    sk_value r = sk_tuple_from(vm, &s, 1);
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* What CPython reports for its own compact representations, so programs
 * that print sizes see the same numbers. */
static sk_value m_sizeof(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value s = args[0];
    size_t len = LEN(s);
    if (IS_ASCII(s)) return sk_from_int((int64_t)(40 + len + 1));
    uint32_t max = 0;
    const char *p = DATA(s), *end = p + SIZE(s);
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (c > max) max = c;
    }
    size_t unit = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    return sk_from_int((int64_t)(56 + unit * (len + 1)));
}

static const sk_method_def str_methods[] = {
    {"encode", m_encode, 1, 3, SK_METH_KEYWORDS, "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, 3, 4, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, 1, 3, SK_METH_KEYWORDS, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, 1, 3, SK_METH_KEYWORDS, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, 2, 2, 0, "Concatenate any number of strings."},
    {"capitalize", m_capitalize, 1, 1, 0, "Return a capitalized version of the string."},
    {"casefold", m_casefold, 1, 1, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", m_title, 1, 1, 0, "Return a version of the string where each word is titlecased."},
    {"center", m_center, 2, 3, 0, "Return a centered string of length width."},
    {"count", m_count, 1, -1, SK_METH_KEYWORDS,
     "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
    {"expandtabs", m_expandtabs, 1, 2, SK_METH_KEYWORDS, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, 1, -1, SK_METH_KEYWORDS, "Return the lowest index in S where substring sub is found."},
    {"partition", m_partition, 2, 2, 0, "Partition the string into three parts using the given separator."},
    {"index", m_index, 1, -1, SK_METH_KEYWORDS, "Return the lowest index in S where substring sub is found."},
    {"ljust", m_ljust, 2, 3, 0, "Return a left-justified string of length width."},
    {"lower", m_lower, 1, 1, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, 1, 2, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, 1, -1, SK_METH_KEYWORDS, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, 1, -1, SK_METH_KEYWORDS, "Return the highest index in S where substring sub is found."},
    {"rjust", m_rjust, 2, 3, 0, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, 1, 2, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, 2, 2, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, 1, 2, SK_METH_KEYWORDS, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, 1, 2, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, 1, 1, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", m_translate, 2, 2, 0, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, 1, 1, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, 1, -1, SK_METH_KEYWORDS, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, 1, -1, SK_METH_KEYWORDS, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", m_removeprefix, 2, 2, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, 2, 2, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", m_isascii, 1, 1, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", m_islower, 1, 1, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", m_isupper, 1, 1, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", m_istitle, 1, 1, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", m_isspace, 1, 1, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", m_isdecimal, 1, 1, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, 1, 1, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", m_isnumeric, 1, 1, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", m_isalpha, 1, 1, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", m_isalnum, 1, 1, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", m_isidentifier, 1, 1, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", m_isprintable, 1, 1, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", m_zfill, 2, 2, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", sk_strfmt_format_method, 1, -1, SK_METH_KEYWORDS, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", sk_strfmt_format_map_method, 2, 2, 0, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", sk_strfmt_dunder_format, 2, 2, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", m_maketrans, 1, 3, SK_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", m_sizeof, 1, 1, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, 1, 1, 0, NULL},
    {NULL},
};

void sk_str_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_STR, SK_TYPE(vm, OBJECT), sizeof(sk_string),
                                      SK_TF_BASETYPE | SK_TF_STR_SUB);
    t->size_of = sk_str_size_of;
    t->tp_new = str_tp_new;
    t->repr = str_repr;
    t->str = str_str;
    t->hash = sk_str_hash;
    t->richcmp = str_richcmp;
    t->len = str_len;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter_new;
    t->nb[SK_NB_ADD] = str_add;
    t->nb[SK_NB_MUL] = str_mul;
    t->nb[SK_NB_MOD] = str_mod;
    (void)sk_type_add_methods(vm, t, str_methods);

    sk_type *it = sk_type_init_builtin(vm, SK_T_STR_ITER, SK_TYPE(vm, OBJECT), sizeof(str_iter), 0);
    it->trace = str_iter_trace;
    it->iter = iter_self;
    it->next = str_iter_next;
    (void)sk_type_add_methods(vm, it, str_iter_methods);
}
