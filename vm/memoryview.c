/* memoryview.c — the memoryview type (see memoryview.h): construction,
 * item access through the struct formats, slicing into new views, cast,
 * tobytes/tolist/hex, release and the context manager, comparison and
 * hashing, with CPython 3.12's messages.
 *
 * Views of a view share its object: a slice or a memoryview(view) is a
 * new view of the same bytes, and counts as one more export of a
 * bytearray.
 */
#include "memoryview.h"

#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define MV(v) ((sk_memoryview *)sk_as_obj(v))

static const char released_msg[] = "operation forbidden on released memoryview object";

/* ---- formats ------------------------------------------------------------ */

/* The native single-character formats and their sizes. 'e' (half float)
 * is not supported. */
static int format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static bool is_byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

/* ---- helpers ------------------------------------------------------------ */

static bool obj_is_bytearray(sk_vm *vm, sk_value obj) {
    return sk_isinstance_type(vm, obj, SK_TYPE(vm, BYTEARRAY));
}

static const char *obj_data(sk_value obj) { return sk_bytes_data(obj); }

/* The bytes of item i (0 <= i < len). */
static char *item_ptr(sk_memoryview *m, int64_t i) {
    return (char *)obj_data(m->obj) + m->offset + i * m->stride;
}

static bool check_released(sk_vm *vm, sk_value v) {
    if (MV(v)->released) {
        sk_exc_msg(vm, SK_EXC_VALUE, released_msg);
        return false;
    }
    return true;
}

/* A new view of obj; counts an export of a bytearray. */
static sk_value view_new(sk_vm *vm, sk_value obj, int64_t offset, int64_t len, int64_t stride, char format,
                         bool readonly) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, obj);
    sk_memoryview *m = (sk_memoryview *)sk_gc_new(vm, SK_TYPE(vm, MEMORYVIEW), sizeof(sk_memoryview));
    if (!m) return SK_NULL;
    m->obj = obj;
    m->offset = offset;
    m->len = len;
    m->stride = stride;
    m->format = format;
    m->itemsize = (uint8_t)format_size(format);
    m->readonly = readonly;
    m->hash = -1;
    if (obj_is_bytearray(vm, obj)) ((sk_bytearray *)sk_as_obj(obj))->exports++;
    return sk_from_obj(m);
}

static void view_release(sk_vm *vm, sk_memoryview *m) {
    if (m->released) return;
    m->released = true;
    if (obj_is_bytearray(vm, m->obj)) ((sk_bytearray *)sk_as_obj(m->obj))->exports--;
}

static void mv_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((sk_memoryview *)o)->obj); }

/* A view dying unreleased gives its export back, unless its object died
 * in the same collection and is already gone. */
static void mv_finalize(sk_vm *vm, sk_obj *o) {
    sk_memoryview *m = (sk_memoryview *)o;
    if (m->obj && m->obj != SK_NONE && !sk_gc_swept(sk_as_obj(m->obj))) view_release(vm, m);
}

bool sk_memoryview_contiguous(sk_vm *vm, sk_value v) {
    return SK_IS(vm, v, MEMORYVIEW) && !MV(v)->released && (MV(v)->stride == MV(v)->itemsize || MV(v)->len <= 1);
}

const char *sk_memoryview_data(sk_value v) { return obj_data(MV(v)->obj) + MV(v)->offset; }

size_t sk_memoryview_nbytes(sk_value v) { return (size_t)(MV(v)->len * MV(v)->itemsize); }

sk_value sk_memoryview_tobytes(sk_vm *vm, sk_value v) {
    if (!check_released(vm, v)) return SK_NULL;
    sk_memoryview *m = MV(v);
    size_t n = (size_t)(m->len * m->itemsize);
    sk_value b = sk_bytes_alloc(vm, n);
    if (!b) return SK_NULL;
    char *out = (char *)sk_bytes_data(b);
    for (int64_t i = 0; i < m->len; i++) memcpy(out + i * m->itemsize, item_ptr(m, i), m->itemsize);
    return b;
}

/* ---- items ------------------------------------------------------------------ */

static sk_value unpack_item(sk_vm *vm, char f, const char *p) {
    switch (f) {
    case 'B': return sk_from_int(*(const uint8_t *)p);
    case 'b': return sk_from_int(*(const int8_t *)p);
    case 'c': return sk_bytes_new(vm, p, 1);
    case '?': return sk_from_bool(*p != 0);
    case 'h': { int16_t x; memcpy(&x, p, 2); return sk_from_int(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return sk_from_int(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return sk_from_int(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return sk_from_int(x); }
    case 'l': case 'q': case 'n': { int64_t x; memcpy(&x, p, 8); return sk_int_from_i64(vm, x); }
    case 'L': case 'Q': case 'N': case 'P': { uint64_t x; memcpy(&x, p, 8); return sk_int_from_u64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return sk_float_new(vm, x); }
    case 'd': { double x; memcpy(&x, p, 8); return sk_float_new(vm, x); }
    default: return sk_exc_fmt(vm, SK_EXC_NOT_IMPLEMENTED, "memoryview: format %c not supported", f);
    }
}

static bool invalid_item(sk_vm *vm, char f, bool type) {
    sk_exc_fmt(vm, type ? SK_EXC_TYPE : SK_EXC_VALUE, "memoryview: invalid %s for format '%c'", type ? "type" : "value",
               f);
    return false;
}

/* Converts v for format f into out[0..itemsize). */
static bool pack_item(sk_vm *vm, char f, sk_value v, char *out) {
    SK_ROOT_SCOPE(vm);
    if (f == 'c') {
        if (!SK_IS(vm, v, BYTES) && !sk_isinstance_type(vm, v, SK_TYPE(vm, BYTES))) return invalid_item(vm, f, true);
        if (sk_bytes_len(v) != 1) return invalid_item(vm, f, false);
        out[0] = sk_bytes_data(v)[0];
        return true;
    }
    if (f == '?') {
        int t = sk_truth(vm, v);
        if (t < 0) return false;
        out[0] = (char)t;
        return true;
    }
    if (f == 'f' || f == 'd') {
        double d;
        bool ok;
        if (!sk_float_from_number(vm, v, &d, &ok)) return false;
        if (!ok) return invalid_item(vm, f, true);
        if (f == 'f') {
            float x = (float)d;
            memcpy(out, &x, 4);
        } else {
            memcpy(out, &d, 8);
        }
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value i = sk_index(vm, v);
    if (!i) {
        if (!sk_exc_pending(vm, SK_EXC_TYPE)) return false;
        sk_exc_take(vm);
        sk_gc_roots_restore(vm, mark);
        return invalid_item(vm, f, true);
    }
    SK_ROOT(vm, i);  /* __index__ may have made it */
    int64_t n = 0;
    uint64_t u = 0;
    bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    bool fits;
    if (is_unsigned) {
        fits = sk_int_sign(i) >= 0 && sk_int_to_i64(vm, i, &n);
        if (!fits && vm->exc) sk_exc_take(vm);
        u = (uint64_t)n;
        if (!fits && sk_int_sign(i) >= 0) {
            /* above 2**63: only the 64-bit formats take it */
            SK_ROOT_SCOPE(vm);
            sk_value hi = sk_int_from_u64(vm, UINT64_MAX);
            if (!hi) return false;
            SK_ROOT(vm, hi);
            int c = sk_richcmp_bool(vm, i, hi, SK_LE);
            if (c < 0) return false;
            if (c && format_size(f) == 8) {
                SK_ROOT_SCOPE(vm);
                sk_value low_bits = sk_int_from_i64(vm, INT64_MAX);
                if (!low_bits) return false;
                SK_ROOT(vm, low_bits);
                sk_value mask = sk_binop(vm, SK_NB_AND, i, low_bits);
                if (!mask) return false;
                int64_t low;
                if (!sk_int_to_i64(vm, mask, &low)) return false;
                u = (uint64_t)low | ((uint64_t)1 << 63);
                fits = true;
            }
        }
    } else {
        fits = sk_int_to_i64(vm, i, &n);
        if (!fits && vm->exc) sk_exc_take(vm);
    }
    sk_gc_roots_restore(vm, mark);
    if (!fits) return invalid_item(vm, f, false);
    switch (f) {
    case 'B': if (n < 0 || n > 255) return invalid_item(vm, f, false); out[0] = (char)n; return true;
    case 'b': if (n < -128 || n > 127) return invalid_item(vm, f, false); out[0] = (char)n; return true;
    case 'h': { if (n < INT16_MIN || n > INT16_MAX) return invalid_item(vm, f, false); int16_t x = (int16_t)n; memcpy(out, &x, 2); return true; }
    case 'H': { if (n < 0 || n > UINT16_MAX) return invalid_item(vm, f, false); uint16_t x = (uint16_t)n; memcpy(out, &x, 2); return true; }
    case 'i': { if (n < INT32_MIN || n > INT32_MAX) return invalid_item(vm, f, false); int32_t x = (int32_t)n; memcpy(out, &x, 4); return true; }
    case 'I': { if (n < 0 || n > (int64_t)UINT32_MAX) return invalid_item(vm, f, false); uint32_t x = (uint32_t)n; memcpy(out, &x, 4); return true; }
    case 'l': case 'q': case 'n': memcpy(out, &n, 8); return true;
    default: memcpy(out, &u, 8); return true;
    }
}

/* ---- construction ------------------------------------------------------------ */

static sk_value view_of(sk_vm *vm, sk_value obj) {
    if (SK_IS(vm, obj, MEMORYVIEW)) {
        if (!check_released(vm, obj)) return SK_NULL;
        sk_memoryview *m = MV(obj);
        return view_new(vm, m->obj, m->offset, m->len, m->stride, m->format, m->readonly);
    }
    if (sk_isinstance_type(vm, obj, SK_TYPE(vm, BYTES)))
        return view_new(vm, obj, 0, (int64_t)sk_bytes_len(obj), 1, 'B', true);
    if (obj_is_bytearray(vm, obj)) return view_new(vm, obj, 0, (int64_t)sk_bytes_len(obj), 1, 'B', false);
    return sk_exc_fmt(vm, SK_EXC_TYPE, "memoryview: a bytes-like object is required, not '%s'", sk_type_name_of(vm, obj));
}

/* memoryview(object) */
static sk_value mv_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (nargs > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "memoryview() takes at most 1 argument (%zu given)", nargs);
    sk_value obj = npos ? args[0] : SK_NULL;
    if (!obj && nkw && sk_str_eq_cstr(sk_tuple_get(kwnames, 0), "object")) obj = args[0];
    if (!obj) return sk_exc_msg(vm, SK_EXC_TYPE, "memoryview() missing required argument 'object' (pos 1)");
    if (npos == 0 && nkw == 1 && obj == args[0]) nkw = 0;
    if (nkw)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for memoryview()", sk_tuple_get(kwnames, 0));
    return view_of(vm, obj);
}

/* ---- the sequence slots ---------------------------------------------------------- */

static int64_t mv_len(sk_vm *vm, sk_value self) {
    if (!check_released(vm, self)) return -1;
    return MV(self)->len;
}

static sk_value mv_getitem(sk_vm *vm, sk_value self, sk_value key) {
    if (!check_released(vm, self)) return SK_NULL;
    sk_memoryview *m = MV(self);
    if (SK_IS(vm, key, SLICE)) {
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, m->len, &start, &stop, &step, &count)) return SK_NULL;
        if (count < 0) count = 0;
        return view_new(vm, m->obj, m->offset + start * m->stride, count, m->stride * step, m->format, m->readonly);
    }
    if (sk_is_tuple(vm, key)) {
        if (sk_tuple_len(key) == 0) return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "sub-views are not implemented");
        return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot index 1-dimension view with %zu-element tuple", sk_tuple_len(key));
    }
    if (!sk_is_int(key) && !sk_is_bool(key) && !sk_typeof(vm, key)->index)
        return sk_exc_msg(vm, SK_EXC_TYPE, "memoryview: invalid slice key");
    int64_t i;
    if (!sk_index_i64(vm, key, &i, "cannot fit 'int' into an index-sized integer")) return SK_NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return sk_exc_msg(vm, SK_EXC_INDEX, "index out of bounds on dimension 1");
    return unpack_item(vm, m->format, item_ptr(m, i));
}

static int mv_setitem(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (!check_released(vm, self)) return -1;
    sk_memoryview *m = MV(self);
    if (m->readonly) {
        sk_exc_msg(vm, SK_EXC_TYPE, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "cannot delete memory");
        return -1;
    }
    if (SK_IS(vm, key, SLICE)) {
        SK_ROOT_SCOPE(vm);
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, m->len, &start, &stop, &step, &count)) return -1;
        if (count < 0) count = 0;
        /* the value must be a buffer of the same structure: take a copy of
         * its bytes first (it may be this very view) */
        sk_value src;
        if (SK_IS(vm, v, MEMORYVIEW)) {
            if (!check_released(vm, v)) return -1;
            if (MV(v)->format != m->format || MV(v)->len != count) goto different;
            src = sk_memoryview_tobytes(vm, v);
        } else if (sk_is_bytes_like(vm, v)) {
            if (m->format != 'B' || (int64_t)sk_bytes_len(v) != count) goto different;
            src = sk_bytes_new(vm, sk_bytes_data(v), sk_bytes_len(v));
        } else {
            sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, v));
            return -1;
        }
        if (!src) return -1;
        SK_ROOT(vm, src);
        const char *p = sk_bytes_data(src);
        for (int64_t k = 0; k < count; k++)
            memcpy(item_ptr(m, start + k * step), p + k * m->itemsize, m->itemsize);
        return 0;
    different:
        sk_exc_msg(vm, SK_EXC_VALUE, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if (sk_is_tuple(vm, key)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "cannot index 1-dimension view with %zu-element tuple", sk_tuple_len(key));
        return -1;
    }
    if (!sk_is_int(key) && !sk_is_bool(key) && !sk_typeof(vm, key)->index) {
        sk_exc_msg(vm, SK_EXC_TYPE, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    if (!sk_index_i64(vm, key, &i, "cannot fit 'int' into an index-sized integer")) return -1;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        sk_exc_msg(vm, SK_EXC_INDEX, "index out of bounds on dimension 1");
        return -1;
    }
    char buf[8];
    if (!pack_item(vm, m->format, v, buf)) return -1;
    /* converting the value ran code: the view may have been released */
    if (!check_released(vm, self)) return -1;
    memcpy(item_ptr(m, i), buf, m->itemsize);
    return 0;
}

static sk_value mv_repr(sk_vm *vm, sk_value self) {
    return sk_str_fmt(vm, "<%smemory at %p>", MV(self)->released ? "released " : "", (void *)sk_as_obj(self));
}

/* The items of v (a memoryview, or any bytes-like object as 'B'), for
 * comparing views of different formats. */
static sk_value items_of(sk_vm *vm, sk_value v) {
    if (SK_IS(vm, v, MEMORYVIEW)) {
        sk_memoryview *m = MV(v);
        sk_value l = sk_list_new(vm, 0);
        if (!l) return SK_NULL;
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, l);
        for (int64_t i = 0; i < m->len; i++) {
            SK_ROOT_SCOPE(vm);
            sk_value x = unpack_item(vm, m->format, item_ptr(m, i));
            if (!x) return SK_NULL;
            SK_ROOT(vm, x);
            if (!sk_list_append(vm, l, x)) return SK_NULL;
        }
        return l;
    }
    return sk_list_from_iterable(vm, v);
}

static sk_value mv_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    SK_ROOT_SCOPE(vm);
    if (op != SK_EQ && op != SK_NE) return SK_NOTIMPL;
    if (!SK_IS(vm, a, MEMORYVIEW)) {
        sk_value t = a;
        a = b;
        b = t;
    }
    bool eq;
    if (a == b) {
        eq = true;
    } else if (MV(a)->released || (SK_IS(vm, b, MEMORYVIEW) && MV(b)->released)) {
        eq = false;
    } else if (!SK_IS(vm, b, MEMORYVIEW) && !sk_is_bytes_like(vm, b)) {
        return SK_NOTIMPL;
    } else {
        sk_memoryview *m = MV(a);
        char bfmt = SK_IS(vm, b, MEMORYVIEW) ? MV(b)->format : 'B';
        int64_t blen = SK_IS(vm, b, MEMORYVIEW) ? MV(b)->len : (int64_t)sk_bytes_len(b);
        if (blen != m->len) {
            eq = false;
        } else if (bfmt == m->format) {
            /* same format: the same bytes, item by item */
            SK_ROOT_SCOPE(vm);
            sk_value x = sk_memoryview_tobytes(vm, a);
            if (!x) return SK_NULL;
            SK_ROOT(vm, x);
            sk_value y = SK_IS(vm, b, MEMORYVIEW) ? sk_memoryview_tobytes(vm, b) : b;
            if (!y) return SK_NULL;
            eq = memcmp(sk_bytes_data(x), sk_bytes_data(y), sk_bytes_len(x)) == 0;
        } else {
            SK_ROOT_SCOPE(vm);
            sk_value x = items_of(vm, a);
            if (!x) return SK_NULL;
            SK_ROOT(vm, x);
            sk_value y = items_of(vm, b);
            if (!y) return SK_NULL;
            SK_ROOT(vm, y);
            int r = sk_richcmp_bool(vm, x, y, SK_EQ);
            if (r < 0) return SK_NULL;
            eq = r;
        }
    }
    return sk_from_bool(op == SK_EQ ? eq : !eq);
}

static int64_t mv_hash(sk_vm *vm, sk_value self) {
    sk_memoryview *m = MV(self);
    if (m->hash != -1) return m->hash;
    if (!check_released(vm, self)) return -1;
    if (!m->readonly) {
        sk_exc_msg(vm, SK_EXC_VALUE, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(m->format)) {
        sk_exc_msg(vm, SK_EXC_VALUE, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    SK_ROOT_SCOPE(vm);
    sk_value b = sk_memoryview_tobytes(vm, self);
    if (!b) return -1;
    SK_ROOT(vm, b);
    int64_t h = sk_hash(vm, b);
    if (h != -1) m->hash = h;
    return h;
}

/* ---- methods ------------------------------------------------------------------ */

static sk_value m_tobytes(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    sk_value order = nargs > 1 ? args[1] : SK_NONE;
    for (size_t k = 0; k < nkw; k++)
        if (!sk_str_eq_cstr(sk_tuple_get(kwnames, k), "order"))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for tobytes()", sk_tuple_get(kwnames, k));
    if (order != SK_NONE) {
        if (!sk_is_str(vm, order))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "tobytes() argument 'order' must be str or None, not %T", order);
        if (!sk_str_eq_cstr(order, "C") && !sk_str_eq_cstr(order, "F") && !sk_str_eq_cstr(order, "A"))
            return sk_exc_msg(vm, SK_EXC_VALUE, "order must be 'C', 'F' or 'A'");
    }
    return sk_memoryview_tobytes(vm, args[0]);
}

static sk_value m_tolist(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!check_released(vm, args[0])) return SK_NULL;
    return items_of(vm, args[0]);
}

static sk_value m_toreadonly(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!check_released(vm, args[0])) return SK_NULL;
    sk_memoryview *m = MV(args[0]);
    return view_new(vm, m->obj, m->offset, m->len, m->stride, m->format, true);
}

static sk_value m_release(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    view_release(vm, MV(args[0]));
    return SK_NONE;
}

static sk_value m_enter(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (!check_released(vm, args[0])) return SK_NULL;
    return args[0];
}

static sk_value m_exit(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    view_release(vm, MV(args[0]));
    return SK_NONE;
}

/* cast(format, shape=None): only one-dimensional results */
static sk_value m_cast(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0, npos = nargs - nkw;
    sk_value fmt = npos > 1 ? args[1] : SK_NULL, shape = npos > 2 ? args[2] : SK_NULL;
    for (size_t k = 0; k < nkw; k++) {
        sk_value kn = sk_tuple_get(kwnames, k);
        if (sk_str_eq_cstr(kn, "format")) fmt = args[npos + k];
        else if (sk_str_eq_cstr(kn, "shape")) shape = args[npos + k];
        else return sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for cast()", kn);
    }
    if (!fmt) return sk_exc_msg(vm, SK_EXC_TYPE, "cast() missing required argument 'format' (pos 1)");
    if (!sk_is_str(vm, fmt)) return sk_exc_fmt(vm, SK_EXC_TYPE, "cast() argument 'format' must be str, not %T", fmt);
    if (!check_released(vm, args[0])) return SK_NULL;
    sk_memoryview *m = MV(args[0]);
    if (m->stride != m->itemsize && m->len > 1)
        return sk_exc_msg(vm, SK_EXC_TYPE, "memoryview: casts are restricted to C-contiguous views");
    const char *f = sk_str_data(fmt);
    size_t flen = sk_str_size(fmt);
    if (flen == 2 && f[0] == '@') {
        f++;
        flen--;
    }
    if (flen != 1 || !format_size(f[0]))
        return sk_exc_msg(vm, SK_EXC_VALUE,
                          "memoryview: destination format must be a native single character format prefixed with an "
                          "optional '@'");
    char nf = f[0];
    if (!is_byte_format(nf) && !is_byte_format(m->format))
        return sk_exc_msg(vm, SK_EXC_TYPE, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = m->len * m->itemsize, size = format_size(nf);
    if (shape && shape != SK_NONE) {
        if (!sk_is_list(vm, shape) && !sk_is_tuple(vm, shape))
            return sk_exc_msg(vm, SK_EXC_TYPE, "shape must be a list or a tuple");
        size_t ndim = sk_is_list(vm, shape) ? sk_list_len(shape) : sk_tuple_len(shape);
        if (ndim != 1)
            return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "memoryview.cast(): multi-dimensional shapes are not implemented");
    }
    if (nbytes % size) return sk_exc_msg(vm, SK_EXC_TYPE, "memoryview: length is not a multiple of itemsize");
    return view_new(vm, m->obj, m->offset, nbytes / size, size, nf, m->readonly);
}

static sk_value m_hex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_value b = sk_memoryview_tobytes(vm, args[0]);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    sk_value hex = sk_getattr_cstr(vm, b, "hex");
    if (!hex) return SK_NULL;
    SK_ROOT(vm, hex);
    return sk_call(vm, hex, args + 1, nargs - 1, kwnames);
}

static const sk_method_def mv_methods[] = {
    {"tobytes", m_tobytes, 1, 2, SK_METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"tolist", m_tolist, 1, 1, 0, "Return the data in the buffer as a list of elements."},
    {"toreadonly", m_toreadonly, 1, 1, 0, "Return a readonly version of the memoryview."},
    {"release", m_release, 1, 1, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"cast", m_cast, 1, 3, SK_METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"hex", m_hex, 1, 3, SK_METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"__enter__", m_enter, 1, 1, 0, NULL},
    {"__exit__", m_exit, 1, -1, 0, NULL},
    {NULL},
};

/* ---- attributes ---------------------------------------------------------------- */

#define GETTER(name, expr)                                        \
    static sk_value name(sk_vm *vm, sk_value self) {              \
        if (!check_released(vm, self)) return SK_NULL;            \
        sk_memoryview *m = MV(self);                              \
        (void)m;                                                  \
        return (expr);                                            \
    }
GETTER(g_obj, m->obj)
GETTER(g_nbytes, sk_from_int(m->len * m->itemsize))
GETTER(g_readonly, sk_from_bool(m->readonly))
GETTER(g_itemsize, sk_from_int(m->itemsize))
GETTER(g_format, sk_str_new(vm, &m->format, 1))
GETTER(g_ndim, sk_from_int(1))
GETTER(g_suboffsets, vm->empty_tuple)
GETTER(g_c_contiguous, sk_from_bool(m->stride == m->itemsize || m->len <= 1))
#undef GETTER

static sk_value one_tuple(sk_vm *vm, int64_t n) {
    sk_value v = sk_from_int(n);
    return sk_tuple_from(vm, &v, 1);
}
static sk_value g_shape(sk_vm *vm, sk_value self) {
    if (!check_released(vm, self)) return SK_NULL;
    return one_tuple(vm, MV(self)->len);
}
static sk_value g_strides(sk_vm *vm, sk_value self) {
    if (!check_released(vm, self)) return SK_NULL;
    return one_tuple(vm, MV(self)->stride);
}

static const sk_getset_def mv_getsets[] = {
    {"obj", g_obj, NULL, "The underlying object of the memoryview."},
    {"nbytes", g_nbytes, NULL, NULL},
    {"readonly", g_readonly, NULL, "A bool indicating whether the memory is read only."},
    {"itemsize", g_itemsize, NULL, "The size in bytes of each element of the memoryview."},
    {"format", g_format, NULL, NULL},
    {"ndim", g_ndim, NULL, NULL},
    {"shape", g_shape, NULL, NULL},
    {"strides", g_strides, NULL, NULL},
    {"suboffsets", g_suboffsets, NULL, NULL},
    {"c_contiguous", g_c_contiguous, NULL, NULL},
    {"f_contiguous", g_c_contiguous, NULL, NULL},
    {"contiguous", g_c_contiguous, NULL, NULL},
    {NULL},
};

/* ---- iteration ------------------------------------------------------------------ */

typedef struct mv_iter {
    sk_obj hdr;
    sk_value view;     /* SK_NULL when exhausted */
    int64_t index;
} mv_iter;

static void mv_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((mv_iter *)o)->view); }

static sk_value mv_iter_new(sk_vm *vm, sk_value self) {
    if (!check_released(vm, self)) return SK_NULL;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    mv_iter *it = (mv_iter *)sk_gc_new(vm, vm->memory_iter_type, sizeof(mv_iter));
    if (!it) return SK_NULL;
    it->view = self;
    return sk_from_obj(it);
}

static int mv_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    mv_iter *it = (mv_iter *)sk_as_obj(self);
    if (!it->view) return 0;
    sk_memoryview *m = MV(it->view);
    if (m->released) {
        sk_exc_msg(vm, SK_EXC_VALUE, released_msg);
        return -1;
    }
    if (it->index >= m->len) {
        it->view = SK_NULL;
        return 0;
    }
    sk_value v = unpack_item(vm, m->format, item_ptr(m, it->index));
    if (!v) return -1;
    it->index++;
    *out = v;
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

void sk_memoryview_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_MEMORYVIEW, SK_TYPE(vm, OBJECT), sizeof(sk_memoryview), 0);
    t->flags |= SK_TF_MEMORYVIEW;
    t->trace = mv_trace;
    t->finalize = mv_finalize;
    t->tp_new = mv_tp_new;
    t->repr = mv_repr;
    t->richcmp = mv_richcmp;
    t->hash = mv_hash;
    t->len = mv_len;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    t->iter = mv_iter_new;
    (void)sk_type_add_methods(vm, t, mv_methods);
    (void)sk_type_add_getsets(vm, t, mv_getsets);

    sk_type *it = sk_type_new_builtin(vm, "memory_iterator", "builtins", SK_TYPE(vm, OBJECT), sizeof(mv_iter), 0);
    if (it) {
        it->trace = mv_iter_trace;
        it->iter = iter_self;
        it->next = mv_iter_next;
        vm->memory_iter_type = it;
    }
}
