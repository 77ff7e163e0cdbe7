/* bytes.c — bytes (immutable) and bytearray (mutable): construction, the
 * type slots, iteration and every method of CPython 3.12, with its error
 * messages.
 *
 * The two types share their methods: a method reads self through
 * sk_bytes_data / sk_bytes_len and builds its results with the type of
 * self (bytearray methods return bytearrays). A bytearray's storage may be
 * reallocated by any Python code that runs (an __index__, an iterator), so
 * methods convert all their arguments before they take pointers into self,
 * and never hold such a pointer across a call into Python.
 *
 * The bytes formatting operator lives with str's in str_format.c, the
 * codecs behind decode() in codec.c.
 */
#include "bytes.h"

#include <string.h>

#include "codec.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "slots.h"
#include "str.h"
#include "str_format.h"
#include "tuple.h"
#include "type.h"

#define BYTES(v) ((sk_bytes *)sk_as_obj(v))
#define BA(v) ((sk_bytearray *)sk_as_obj(v))

static bool is_bytes(sk_value v) { return sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_BYTES_SUB); }

static bool is_bytearray(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && sk_isinstance_type(vm, v, SK_TYPE(vm, BYTEARRAY));
}

const char *sk_bytes_data(sk_value v) {
    if (is_bytes(v)) return BYTES(v)->data;
    return BA(v)->data ? BA(v)->data : "";
}

size_t sk_bytes_len(sk_value v) { return is_bytes(v) ? BYTES(v)->len : BA(v)->len; }

bool sk_is_bytes_like(sk_vm *vm, sk_value v) { return is_bytes(v) || is_bytearray(vm, v); }

/* ---- creation ------------------------------------------------------------------ */

/* type->size covers the fixed part and, for subclasses, their __dict__
 * slot after the data (as str). */
static size_t bytes_size_of(const sk_obj *o) {
    size_t data = (sizeof(sk_bytes) + ((const sk_bytes *)o)->len + 1 + 7) & ~(size_t)7;
    return data + (o->type->size - sizeof(sk_bytes));
}

static sk_value bytes_alloc_type(sk_vm *vm, sk_type *t, size_t len) {
    if (len > SIZE_MAX / 2) return sk_exc_no_memory(vm);
    size_t data = (sizeof(sk_bytes) + len + 1 + 7) & ~(size_t)7;
    /* exact bytes may be made before the type is set up (the VM's empty
     * bytes), so only subclasses read the type's size */
    size_t extra = t == SK_TYPE(vm, BYTES) ? 0 : t->size - sizeof(sk_bytes);
    sk_bytes *b = (sk_bytes *)sk_gc_new(vm, t, data + extra);
    if (!b) return SK_NULL;
    b->hash = -1;
    b->len = len;
    b->data[len] = '\0';
    return sk_from_obj(b);
}

sk_value sk_bytes_alloc(sk_vm *vm, size_t len) {
    if (len == 0 && vm->empty_bytes) return vm->empty_bytes;
    return bytes_alloc_type(vm, SK_TYPE(vm, BYTES), len);
}

sk_value sk_bytes_new(sk_vm *vm, const char *data, size_t len) {
    sk_value b = sk_bytes_alloc(vm, len);
    if (b && len) memcpy(BYTES(b)->data, data, len);
    return b;
}

static void bytearray_finalize(sk_vm *vm, sk_obj *o) {
    sk_bytearray *ba = (sk_bytearray *)o;
    if (ba->data) sk_mem_free(vm, ba->data, ba->cap + 1);
    ba->data = NULL;
    ba->len = ba->cap = 0;
}

/* Room for `need` bytes (and the NUL after them). Grows as CPython's
 * bytearray does (an eighth more for moderate growth, exactly what is
 * asked for otherwise), so __sizeof__ reports the same numbers. */
static bool ba_reserve(sk_vm *vm, sk_bytearray *ba, size_t need) {
    if (need <= ba->cap && ba->data) return true;
    if (need > SIZE_MAX / 2) {
        sk_exc_no_memory(vm);
        return false;
    }
    size_t alloc = ba->data ? ba->cap + 1 : 0;
    if (need <= alloc + (alloc >> 3)) alloc = need + (need >> 3) + (need < 9 ? 3 : 6);
    else alloc = need + 1;
    size_t cap = alloc - 1;
    char *d = sk_mem_realloc(vm, ba->data, ba->data ? ba->cap + 1 : 0, cap + 1);
    if (!d) return false;
    ba->data = d;
    ba->cap = cap;
    return true;
}

static bool ba_resize(sk_vm *vm, sk_bytearray *ba, size_t len) {
    if (!ba_reserve(vm, ba, len)) return false;
    ba->len = len;
    ba->data[len] = '\0';
    return true;
}

static sk_value bytearray_alloc_type(sk_vm *vm, sk_type *t) {
    sk_obj *o = sk_gc_new(vm, t, t->size);
    return o ? sk_from_obj(o) : SK_NULL;
}

static sk_value bytearray_new(sk_vm *vm, const char *data, size_t len) {
    SK_ROOT_SCOPE(vm);
    sk_value v = bytearray_alloc_type(vm, SK_TYPE(vm, BYTEARRAY));
    if (!v || !len) return v;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, v);
    bool ok = ba_resize(vm, BA(v), len);
    sk_gc_roots_restore(vm, mark);
    if (!ok) return SK_NULL;
    memcpy(BA(v)->data, data, len);
    return v;
}

/* A result of the same kind as self: a bytearray for bytearrays, else
 * bytes (self itself when it is exact bytes with just this content). */
static sk_value make_like(sk_vm *vm, sk_value self, const char *data, size_t len) {
    if (is_bytes(self)) {
        if (SK_IS(vm, self, BYTES) && data == BYTES(self)->data && len == BYTES(self)->len) return self;
        return sk_bytes_new(vm, data, len);
    }
    return bytearray_new(vm, data, len);
}

static sk_value make_like_buf(sk_vm *vm, sk_value self, sk_buf *b) {
    if (b->failed) {
        sk_buf_free(b);
        return sk_exc_no_memory(vm);
    }
    sk_value r = make_like(vm, self, b->data ? b->data : "", b->len);
    sk_buf_free(b);
    return r;
}

/* A fresh copy of self's kind for self's whole content. */
static sk_value copy_like(sk_vm *vm, sk_value self) {
    return make_like(vm, self, sk_bytes_data(self), sk_bytes_len(self));
}

sk_value sk_bytes_from_object(sk_vm *vm, sk_value v) {
    if (SK_IS(vm, v, BYTES)) return v;
    if (sk_is_bytes_like(vm, v)) return sk_bytes_new(vm, sk_bytes_data(v), sk_bytes_len(v));
    return sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, v));
}

/* ---- argument helpers ------------------------------------------------------------- */

typedef struct view {
    const char *p;
    size_t n;
} view;

/* After a call failed in a way this code recovers from: drops the
 * exception and whatever the failed call left on the root stack above
 * `mark` (gc.h rule 5: a failing function may leave its roots behind). */
static void drop_error(sk_vm *vm, size_t mark) {
    sk_exc_take(vm);
    sk_gc_roots_restore(vm, mark);
}

static size_t kwcount(sk_value kwnames) { return kwnames ? sk_tuple_len(kwnames) : 0; }

/* As in str_methods.c: positional-or-keyword parameters after self. */
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

/* A bytes-like argument; "a bytes-like object is required, not 'X'". */
static bool buf_arg(sk_vm *vm, sk_value v, view *out) {
    if (!sk_is_bytes_like(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, v));
        return false;
    }
    out->p = sk_bytes_data(v);
    out->n = sk_bytes_len(v);
    return true;
}

/* A byte value 0..255 from an int-like (__index__); "byte must be in
 * range(0, 256)". */
static bool byte_value(sk_vm *vm, sk_value v, const char *range_msg, int *out) {
    int64_t x;
    if (sk_is_int(v)) {
        x = sk_as_int(v);
    } else {
        size_t mark = sk_gc_roots_save(vm);
        sk_value i = sk_index(vm, v);
        if (!i) return false;
        if (!sk_int_to_i64(vm, i, &x)) {
            drop_error(vm, mark);
            x = -1;
        }
        sk_gc_roots_restore(vm, mark);
    }
    if (x < 0 || x > 255) {
        sk_exc_msg(vm, SK_EXC_VALUE, range_msg);
        return false;
    }
    *out = (int)x;
    return true;
}

/* The needle of find() and friends: bytes-like, or an int naming one
 * byte (stored in *one). */
static bool sub_arg(sk_vm *vm, sk_value v, view *out, char *one) {
    if (sk_is_bytes_like(vm, v)) {
        out->p = sk_bytes_data(v);
        out->n = sk_bytes_len(v);
        return true;
    }
    if (!sk_is_int(v) && !sk_is_bool(v) && !sk_typeof(vm, v)->index) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "argument should be integer or bytes-like object, not '%s'",
                   sk_type_name_of(vm, v));
        return false;
    }
    int b;
    if (!byte_value(vm, v, "byte must be in range(0, 256)", &b)) return false;
    *one = (char)b;
    out->p = one;
    out->n = 1;
    return true;
}

/* ---- byte-string helpers ------------------------------------------------------- */

static bool b_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static bool b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool b_isalnum(unsigned char c) { return b_isalpha(c) || b_isdigit(c); }

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

/* ---- constructors ----------------------------------------------------------------- */

/* The bytes of an iterable of ints (lists and tuples read directly). */
static bool bytes_of_iterable(sk_vm *vm, sk_value x, sk_buf *out, const char *range_msg) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    bool ok = true;
    if (sk_is_list(vm, x) || sk_is_tuple(vm, x)) {
        bool is_list = sk_is_list(vm, x);
        for (size_t i = 0; ok && i < (is_list ? sk_list_len(x) : sk_tuple_len(x)); i++) {
            SK_ROOT_SCOPE(vm);
            sk_value item = is_list ? sk_list_items(x)[i] : sk_tuple_get(x, i);
            int b;
            SK_ROOT(vm, item);
            ok = byte_value(vm, item, range_msg, &b);
            if (ok) sk_buf_putc(out, (char)b);
            sk_gc_roots_restore(vm, mark);
        }
        return ok;
    }
    sk_value it = sk_iter(vm, x);
    sk_gc_roots_restore(vm, mark);
    if (!it) return false;
    SK_ROOT(vm, it);
    sk_value item = SK_NULL;
    SK_ROOT(vm, item);
    int r;
    size_t loop_mark = sk_gc_roots_save(vm);
    while ((r = sk_next(vm, it, &item)) == 1) {
        sk_gc_roots_restore(vm, loop_mark); /* it and item stay rooted */
        int b;
        if (!byte_value(vm, item, range_msg, &b)) {
            r = -1;
            break;
        }
        sk_buf_putc(out, (char)b);
    }
    sk_gc_roots_restore(vm, mark);
    return r == 0;
}

/* bytes(x) for one argument, CPython's order of tests. */
static sk_value bytes_from_source(sk_vm *vm, sk_value x) {
    if (SK_IS(vm, x, BYTES)) return x;
    size_t mark = sk_gc_roots_save(vm);
    sk_value r = sk_call_special(vm, x, SK_NAME(vm, __bytes__), NULL, 0);
    if (r) {
        if (!is_bytes(r)) return sk_exc_fmt(vm, SK_EXC_TYPE, "__bytes__ returned non-bytes (type %s)", sk_type_name_of(vm, r));
        sk_gc_roots_restore(vm, mark);
        return r;
    }
    if (vm->exc) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    if (sk_is_str(vm, x)) return sk_exc_msg(vm, SK_EXC_TYPE, "string argument without an encoding");
    if (sk_is_bytes_like(vm, x)) return sk_bytes_new(vm, sk_bytes_data(x), sk_bytes_len(x));
    if (sk_is_int(x) || sk_is_bool(x) || sk_typeof(vm, x)->index) {
        int64_t n;
        if (!index_arg(vm, x, &n, "cannot fit 'int' into an index-sized integer")) {
            if (!sk_exc_pending(vm, SK_EXC_TYPE)) return SK_NULL;
            drop_error(vm, mark); /* an __index__ that refuses: try iterating */
        } else {
            if (n < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "negative count");
            if ((uint64_t)n > SIZE_MAX / 4) return sk_exc_no_memory(vm);
            sk_value b = sk_bytes_alloc(vm, (size_t)n);
            if (b && n) memset(BYTES(b)->data, 0, (size_t)n);
            return b;
        }
    }
    if (!sk_typeof(vm, x)->iter && !sk_typeof(vm, x)->getitem)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot convert '%s' object to bytes", sk_type_name_of(vm, x));
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (!bytes_of_iterable(vm, x, &b, "bytes must be in range(0, 256)")) {
        sk_buf_free(&b);
        return SK_NULL;
    }
    if (b.failed) {
        sk_buf_free(&b);
        return sk_exc_no_memory(vm);
    }
    sk_value r2 = sk_bytes_new(vm, b.data ? b.data : "", b.len);
    sk_buf_free(&b);
    return r2;
}

static bool check_encoding_args(sk_vm *vm, const char *fname, sk_value enc, sk_value err) {
    if (enc && !sk_is_str(vm, enc)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument 'encoding' must be str, not %T", fname, enc);
        return false;
    }
    if (err && !sk_is_str(vm, err)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument 'errors' must be str, not %T", fname, err);
        return false;
    }
    return true;
}

static sk_value bytes_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"source", "encoding", "errors"};
    sk_value a[3];
    if (!bind_args(vm, "bytes", args, nargs, kwnames, 0, names, 3, 0, a)) return SK_NULL;
    sk_value x = a[0], enc = a[1], err = a[2], r;
    if (!check_encoding_args(vm, "bytes", enc, err)) return SK_NULL;
    if (!x) {
        if (enc) return sk_exc_msg(vm, SK_EXC_TYPE, "encoding without a string argument");
        if (err) return sk_exc_msg(vm, SK_EXC_TYPE, "errors without a string argument");
        r = sk_bytes_alloc(vm, 0);
    } else if (enc) {
        if (!sk_is_str(vm, x)) return sk_exc_msg(vm, SK_EXC_TYPE, "encoding without a string argument");
        r = sk_codec_encode(vm, x, enc, err);
    } else if (err) {
        return sk_exc_msg(vm, SK_EXC_TYPE,
                          sk_is_str(vm, x) ? "string argument without an encoding" : "errors without a string argument");
    } else {
        r = bytes_from_source(vm, x);
    }
    if (!r) return SK_NULL;
    sk_type *t = sk_as_type(cls);
    if (t == SK_TYPE(vm, BYTES)) return r;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, r);
    sk_value inst = bytes_alloc_type(vm, t, BYTES(r)->len);
    if (inst) memcpy(BYTES(inst)->data, BYTES(r)->data, BYTES(r)->len);
    sk_gc_roots_restore(vm, mark);
    return inst;
}

static sk_value bytearray_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return bytearray_alloc_type(vm, sk_as_type(cls));
}

static int bytearray_tp_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"source", "encoding", "errors"};
    sk_value a[3];
    if (!bind_args(vm, "bytearray", args, nargs, kwnames, 0, names, 3, 0, a)) return -1;
    sk_value x = a[0], enc = a[1], err = a[2];
    if (!check_encoding_args(vm, "bytearray", enc, err)) return -1;
    sk_bytearray *ba = BA(self);
    ba->len = 0;
    if (ba->data) ba->data[0] = '\0';
    if (!x) {
        if (enc) {
            sk_exc_msg(vm, SK_EXC_TYPE, "encoding without a string argument");
            return -1;
        }
        if (err) {
            sk_exc_msg(vm, SK_EXC_TYPE, "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (sk_is_str(vm, x)) {
        SK_ROOT_SCOPE(vm);
        if (!enc) {
            sk_exc_msg(vm, SK_EXC_TYPE, "string argument without an encoding");
            return -1;
        }
        sk_value b = sk_codec_encode(vm, x, enc, err);
        if (!b) return -1;
        /* raw memory: resizing cannot collect b */
        if (!ba_resize(vm, ba, BYTES(b)->len)) return -1;
        memcpy(ba->data, BYTES(b)->data, BYTES(b)->len);
        return 0;
    }
    if (enc || err) {
        sk_exc_msg(vm, SK_EXC_TYPE, enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    if (sk_is_int(x) || sk_is_bool(x) || sk_typeof(vm, x)->index) {
        int64_t n;
        size_t mark = sk_gc_roots_save(vm);
        if (!index_arg(vm, x, &n, "cannot fit 'int' into an index-sized integer")) {
            if (!sk_exc_pending(vm, SK_EXC_TYPE)) return -1;
            drop_error(vm, mark);
        } else {
            if (n < 0) {
                sk_exc_msg(vm, SK_EXC_VALUE, "negative count");
                return -1;
            }
            if ((uint64_t)n > SIZE_MAX / 4) {
                sk_exc_no_memory(vm);
                return -1;
            }
            if (!ba_resize(vm, ba, (size_t)n)) return -1;
            memset(ba->data, 0, (size_t)n);
            return 0;
        }
    }
    if (sk_is_bytes_like(vm, x)) {
        /* copy first: x may be self */
        size_t n = sk_bytes_len(x);
        if (x == self) return 0;
        if (!ba_resize(vm, ba, n)) return -1;
        memcpy(ba->data, sk_bytes_data(x), n);
        return 0;
    }
    size_t it_mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, x);
    if (!it) {
        if (sk_exc_pending(vm, SK_EXC_TYPE)) {
            drop_error(vm, it_mark);
            sk_exc_fmt(vm, SK_EXC_TYPE, "cannot convert '%s' object to bytearray", sk_type_name_of(vm, x));
        }
        return -1;
    }
    sk_gc_roots_restore(vm, it_mark);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, it);
    bool got = bytes_of_iterable(vm, it, &b, "byte must be in range(0, 256)");
    sk_gc_roots_restore(vm, mark);
    if (!got) {
        sk_buf_free(&b);
        return -1;
    }
    bool ok = !b.failed && ba_resize(vm, ba, b.len);
    if (ok && b.len) memcpy(ba->data, b.data, b.len);
    if (b.failed) sk_exc_no_memory(vm);
    sk_buf_free(&b);
    return ok ? 0 : -1;
}

/* ---- repr, hash, comparison ----------------------------------------------------------- */

/* b'...' with CPython's quotes: double quotes when the data holds a
 * single quote and no double quote. bytes escapes only the quote it
 * chose; bytearray's repr always escapes single quotes, as CPython's. */
static void repr_into(sk_buf *b, const char *p, size_t n, bool escape_single) {
    bool single = memchr(p, '\'', n) != NULL, dbl = memchr(p, '"', n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    sk_buf_putc(b, 'b');
    sk_buf_putc(b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == (unsigned char)quote || c == '\\' || (escape_single && c == '\'')) {
            sk_buf_putc(b, '\\');
            sk_buf_putc(b, (char)c);
        } else if (c == '\t') sk_buf_puts(b, "\\t");
        else if (c == '\n') sk_buf_puts(b, "\\n");
        else if (c == '\r') sk_buf_puts(b, "\\r");
        else if (c < 0x20 || c >= 0x7F) sk_buf_printf(b, "\\x%02x", c);
        else sk_buf_putc(b, (char)c);
    }
    sk_buf_putc(b, quote);
}

static sk_value bytes_repr(sk_vm *vm, sk_value self) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    repr_into(&b, sk_bytes_data(self), sk_bytes_len(self), false);
    return sk_str_from_buf(vm, &b);
}

static sk_value bytearray_repr(sk_vm *vm, sk_value self) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_puts(&b, sk_type_name_of(vm, self));
    sk_buf_putc(&b, '(');
    repr_into(&b, sk_bytes_data(self), sk_bytes_len(self), true);
    sk_buf_putc(&b, ')');
    return sk_str_from_buf(vm, &b);
}

static int64_t bytes_hash(sk_vm *vm, sk_value self) {
    sk_bytes *b = BYTES(self);
    if (b->hash == -1) b->hash = sk_str_hash_bytes(vm, b->data, b->len);
    return b->hash;
}

static sk_value bytes_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!sk_is_bytes_like(vm, a) || !sk_is_bytes_like(vm, b)) return SK_NOTIMPL;
    size_t na = sk_bytes_len(a), nb = sk_bytes_len(b);
    if ((op == SK_EQ || op == SK_NE) && na != nb) return sk_from_bool(op == SK_NE);
    int c = memcmp(sk_bytes_data(a), sk_bytes_data(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
    case SK_LT: return sk_from_bool(c < 0);
    case SK_LE: return sk_from_bool(c <= 0);
    case SK_EQ: return sk_from_bool(c == 0);
    case SK_NE: return sk_from_bool(c != 0);
    case SK_GT: return sk_from_bool(c > 0);
    default: return sk_from_bool(c >= 0);
    }
}

/* ---- sequence protocol ----------------------------------------------------------------- */

static int64_t bytes_len_slot(sk_vm *vm, sk_value self) { return (int64_t)sk_bytes_len(self); }

/* An index for bytes/bytearray subscripts: TypeError names the type. */
static bool item_index(sk_vm *vm, sk_value self, sk_value key, int64_t *out) {
    if (sk_is_int(key)) {
        *out = sk_as_int(key);
        return true;
    }
    if (!sk_is_bool(key) && !sk_typeof(vm, key)->index) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s indices must be integers or slices, not %s",
                   is_bytes(self) ? "byte" : "bytearray", sk_type_name_of(vm, key));
        return false;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value iv = sk_index(vm, key);
    if (!iv) return false;
    if (!sk_int_to_i64(vm, iv, out)) {
        drop_error(vm, mark);
        sk_exc_fmt(vm, SK_EXC_INDEX, "cannot fit '%s' into an index-sized integer", sk_type_name_of(vm, key));
        return false;
    }
    sk_gc_roots_restore(vm, mark);
    return true;
}

static sk_value bytes_getitem(sk_vm *vm, sk_value self, sk_value key) {
    int64_t len = (int64_t)sk_bytes_len(self);
    if (SK_IS(vm, key, SLICE)) {
        int64_t start, stop, step, count;
        if (!sk_slice_resolve(vm, key, len, &start, &stop, &step, &count)) return SK_NULL;
        if (step == 1) return make_like(vm, self, sk_bytes_data(self) + (count > 0 ? start : 0), (size_t)(count > 0 ? count : 0));
        sk_buf b;
        sk_buf_init_vm(vm, &b);
        if (count > 0 && sk_buf_reserve(&b, (size_t)count)) {
            const char *d = sk_bytes_data(self);
            for (int64_t i = 0, j = start; i < count; i++, j += step) b.data[b.len++] = d[j];
        }
        return make_like_buf(vm, self, &b);
    }
    int64_t i;
    if (!item_index(vm, self, key, &i)) return SK_NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len)
        return sk_exc_msg(vm, SK_EXC_INDEX, is_bytes(self) ? "index out of range" : "bytearray index out of range");
    return sk_from_int((unsigned char)sk_bytes_data(self)[i]);
}

static int bytes_contains(sk_vm *vm, sk_value self, sk_value x) {
    char one;
    view v;
    if (sk_is_bytes_like(vm, x)) {
        v.p = sk_bytes_data(x);
        v.n = sk_bytes_len(x);
    } else if (sk_is_int(x) || sk_is_bool(x) || sk_typeof(vm, x)->index) {
        int b;
        if (!byte_value(vm, x, "byte must be in range(0, 256)", &b)) return -1;
        one = (char)b;
        v.p = &one;
        v.n = 1;
    } else {
        sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, x));
        return -1;
    }
    return find_bytes(sk_bytes_data(self), sk_bytes_len(self), v.p, v.n) != NULL;
}

static sk_value concat(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    size_t na = sk_bytes_len(a), nb = sk_bytes_len(b);
    if (is_bytes(a)) {
        if (nb == 0 && SK_IS(vm, a, BYTES)) return a;
        if (na == 0 && SK_IS(vm, b, BYTES)) return b;
        sk_value r = sk_bytes_alloc(vm, na + nb);
        if (!r) return SK_NULL;
        memcpy(BYTES(r)->data, sk_bytes_data(a), na);
        memcpy(BYTES(r)->data + na, sk_bytes_data(b), nb);
        return r;
    }
    sk_value r = bytearray_alloc_type(vm, SK_TYPE(vm, BYTEARRAY));
    if (!r) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, r);
    bool ok = ba_resize(vm, BA(r), na + nb);
    sk_gc_roots_restore(vm, mark);
    if (!ok) return SK_NULL;
    memcpy(BA(r)->data, sk_bytes_data(a), na);
    memcpy(BA(r)->data + na, sk_bytes_data(b), nb);
    return r;
}

static sk_value bytes_add(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_bytes_like(vm, a)) return SK_NOTIMPL;
    if (!sk_is_bytes_like(vm, b)) {
        sk_type *tb = sk_typeof(vm, b);
        if ((tb->flags & SK_TF_HEAP) && tb->nb[SK_NB_ADD]) return SK_NOTIMPL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "can't concat %s to %s", sk_type_name(tb),
                          is_bytes(a) ? "bytes" : "bytearray");
    }
    return concat(vm, a, b);
}

/* The repeat count of seq * n; false with an exception, or *notimpl. */
static bool repeat_count(sk_vm *vm, sk_value count, int64_t *n, bool *notimpl) {
    sk_type *ct = sk_typeof(vm, count);
    *notimpl = false;
    if (!sk_is_int(count) && !sk_is_bool(count) && !ct->index) {
        if ((ct->flags & SK_TF_HEAP) && ct->nb[SK_NB_MUL]) {
            *notimpl = true;
            return false;
        }
        sk_exc_fmt(vm, SK_EXC_TYPE, "can't multiply sequence by non-int of type '%s'", sk_type_name(ct));
        return false;
    }
    return index_arg(vm, count, n, "cannot fit 'int' into an index-sized integer");
}

/* Fills dst[0..total) with copies of src[0..len) (src may be dst). */
static bool repeat_into(sk_vm *vm, char *dst, const char *src, size_t len, size_t total) {
    if (len == 1) {
        memset(dst, src[0], total);
        return true;
    }
    if (dst != src) memcpy(dst, src, len);
    size_t done = len;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, k);
        done += k;
    }
    return true;
}

static sk_value bytes_mul(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    sk_value seq = a, count = b;
    if (!sk_is_bytes_like(vm, seq)) {
        seq = b;
        count = a;
    }
    int64_t n;
    bool notimpl;
    if (!repeat_count(vm, count, &n, &notimpl)) return notimpl ? SK_NOTIMPL : SK_NULL;
    size_t len = sk_bytes_len(seq);
    if (n < 0) n = 0;
    if (len && (uint64_t)n > (SIZE_MAX / 4) / len) return sk_exc_no_memory(vm);
    size_t total = len * (size_t)n;
    if (is_bytes(seq)) {
        if (n == 1 && SK_IS(vm, seq, BYTES)) return seq;
        sk_value r = sk_bytes_alloc(vm, total);
        if (r && total) repeat_into(vm, BYTES(r)->data, sk_bytes_data(seq), len, total);
        return r;
    }
    sk_value r = bytearray_alloc_type(vm, SK_TYPE(vm, BYTEARRAY));
    if (!r) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, r);
    bool ok = ba_resize(vm, BA(r), total);
    sk_gc_roots_restore(vm, mark);
    if (!ok) return SK_NULL;
    if (total) repeat_into(vm, BA(r)->data, sk_bytes_data(seq), len, total);
    return r;
}

static sk_value bytes_mod(sk_vm *vm, sk_value a, sk_value b) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_bytes_like(vm, a)) return SK_NOTIMPL;
    if (is_bytes(a)) return sk_strfmt_bytes_percent(vm, BYTES(a)->data, BYTES(a)->len, b);
    /* a bytearray can change while its arguments are formatted: use a copy */
    size_t mark = sk_gc_roots_save(vm);
    sk_value fmt = sk_bytes_new(vm, sk_bytes_data(a), sk_bytes_len(a));
    sk_value r = SK_NULL;
    if (fmt) {
        SK_ROOT(vm, fmt);
        r = sk_strfmt_bytes_percent(vm, BYTES(fmt)->data, BYTES(fmt)->len, b);
        fmt = r; /* keeps the result rooted while the bytearray is made */
        if (r) r = bytearray_new(vm, BYTES(r)->data, BYTES(r)->len);
    }
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- the iterator ------------------------------------------------------------------- */

/* One iterator type, bytes_iterator, serves bytes and bytearray (CPython
 * names the second one bytearray_iterator); it re-reads the length each
 * step, so a bytearray may change while it is iterated. */
typedef struct bytes_iter {
    sk_obj hdr;
    sk_value seq;      /* SK_NULL once exhausted */
    size_t index;
} bytes_iter;

static void bytes_iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((bytes_iter *)o)->seq); }

static sk_value bytes_iter_new(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, self);
    bytes_iter *it = (bytes_iter *)sk_gc_new(vm, SK_TYPE(vm, BYTES_ITER), sizeof(bytes_iter));
    sk_gc_roots_restore(vm, mark);
    if (!it) return SK_NULL;
    it->seq = self;
    return sk_from_obj(it);
}

static int bytes_iter_next(sk_vm *vm, sk_value self, sk_value *out) {
    bytes_iter *it = (bytes_iter *)sk_as_obj(self);
    if (!it->seq) return 0;
    if (it->index >= sk_bytes_len(it->seq)) {
        it->seq = SK_NULL;
        return 0;
    }
    *out = sk_from_int((unsigned char)sk_bytes_data(it->seq)[it->index++]);
    return 1;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value bytes_iter_length_hint(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    bytes_iter *it = (bytes_iter *)sk_as_obj(args[0]);
    if (!it->seq || it->index >= sk_bytes_len(it->seq)) return sk_from_int(0);
    return sk_from_int((int64_t)(sk_bytes_len(it->seq) - it->index));
}

static const sk_method_def bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 1, 1, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

/* ---- decode, hex, fromhex --------------------------------------------------------------- */

static sk_value m_decode(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"encoding", "errors"};
    sk_value a[2];
    if (!bind_args(vm, "decode", args, nargs, kwnames, 1, names, 2, 0, a)) return SK_NULL;
    if (!check_encoding_args(vm, "decode", a[0], a[1])) return SK_NULL;
    sk_value self = args[0];
    if (is_bytes(self)) return sk_codec_decode(vm, BYTES(self)->data, BYTES(self)->len, a[0], a[1]);
    /* decode a snapshot: nothing runs Python code while decoding, but the
     * error path copies the data into the exception */
    size_t mark = sk_gc_roots_save(vm);
    sk_value snap = sk_bytes_new(vm, sk_bytes_data(self), sk_bytes_len(self));
    sk_value r = SK_NULL;
    if (snap) {
        SK_ROOT(vm, snap);
        r = sk_codec_decode(vm, BYTES(snap)->data, BYTES(snap)->len, a[0], a[1]);
    }
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value m_hex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    sk_value a[2];
    if (!bind_args(vm, "hex", args, nargs, kwnames, 1, names, 2, 0, a)) return SK_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[1] && !ssize_arg(vm, a[1], &per)) return SK_NULL;
    if (a[0] && a[0] != SK_NONE) {
        const char *sp;
        size_t sn;
        if (sk_is_str(vm, a[0])) {
            sp = sk_str_data(a[0]);
            sn = sk_str_len(a[0]);
        } else if (sk_is_bytes_like(vm, a[0])) {
            sp = sk_bytes_data(a[0]);
            sn = sk_bytes_len(a[0]);
        } else {
            int64_t n = sk_len(vm, a[0]);
            if (n < 0) return SK_NULL;
            return sk_exc_msg(vm, SK_EXC_VALUE, "sep must be length 1.");
        }
        if (sn != 1) return sk_exc_msg(vm, SK_EXC_VALUE, "sep must be length 1.");
        if ((unsigned char)sp[0] >= 0x80) return sk_exc_msg(vm, SK_EXC_VALUE, "sep must be ASCII.");
        sep = sp[0];
    }
    const unsigned char *d = (const unsigned char *)sk_bytes_data(args[0]);
    size_t n = sk_bytes_len(args[0]);
    static const char digits[] = "0123456789abcdef";
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t group = per < 0 ? (size_t)(-per) : (size_t)per;
    if (!sep || group == 0 || group >= n) sep = 0;
    for (size_t i = 0; i < n; i++) {
        if (sep && i) {
            /* groups counted from the right for a positive count, from the
             * left for a negative one */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) sk_buf_putc(&b, sep);
        }
        sk_buf_putc(&b, digits[d[i] >> 4]);
        sk_buf_putc(&b, digits[d[i] & 15]);
    }
    return sk_str_from_buf(vm, &b);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* cls.fromhex(string): bytes, bytearray, or cls(bytes) for subclasses. */
static sk_value m_fromhex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value cls = args[0], s = args[1];
    if (!sk_is_str(vm, s)) return sk_exc_fmt(vm, SK_EXC_TYPE, "fromhex() argument must be str, not %T", s);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    const char *p = sk_str_data(s), *end = p + sk_str_size(s);
    size_t pos = 0; /* code point index */
    while (p < end) {
        uint32_t c = sk_utf8_next(&p);
        if (c < 0x80 && b_isspace((unsigned char)c)) {
            pos++;
            continue;
        }
        int hi = hexval(c), lo = -1;
        if (hi >= 0) {
            pos++;
            if (p < end) lo = hexval(sk_utf8_next(&p));
        }
        if (hi < 0 || lo < 0) {
            sk_buf_free(&b);
            return sk_exc_fmt(vm, SK_EXC_VALUE, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        pos++;
        sk_buf_putc(&b, (char)(hi << 4 | lo));
    }
    if (b.failed) {
        sk_buf_free(&b);
        return sk_exc_no_memory(vm);
    }
    sk_type *t = sk_as_type(cls);
    sk_value r = sk_type_is_subtype(t, SK_TYPE(vm, BYTEARRAY)) ? bytearray_new(vm, b.data ? b.data : "", b.len)
                                                                : sk_bytes_new(vm, b.data ? b.data : "", b.len);
    sk_buf_free(&b);
    if (!r || t == SK_TYPE(vm, BYTES) || t == SK_TYPE(vm, BYTEARRAY)) return r;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, r);
    sk_value inst = sk_call1(vm, cls, r);
    sk_gc_roots_restore(vm, mark);
    return inst;
}

/* ---- searching ------------------------------------------------------------------------ */

typedef struct search {
    view sub;
    char one;
    int64_t start, end;
    bool none;
} search;

static bool search_args(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                        search *s) {
    if (!check_count(vm, fname, nargs, kwnames, 1, 3)) return false;
    s->start = 0;
    s->end = INT64_MAX;
    if (nargs > 2 && !slice_index_arg(vm, args[2], &s->start)) return false;
    if (nargs > 3 && !slice_index_arg(vm, args[3], &s->end)) return false;
    if (!sub_arg(vm, args[1], &s->sub, &s->one)) return false;
    adjust_indices(&s->start, &s->end, (int64_t)sk_bytes_len(args[0]));
    s->none = s->end - s->start < (int64_t)s->sub.n;
    return true;
}

/* -1 absent, -2 error */
static int64_t do_find(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kw, bool reverse) {
    search s;
    if (!search_args(vm, fname, args, nargs, kw, &s)) return -2;
    if (s.none) return -1;
    const char *d = sk_bytes_data(args[0]);
    const char *base = d + s.start;
    size_t hlen = (size_t)(s.end - s.start);
    const char *p = reverse ? rfind_bytes(base, hlen, s.sub.p, s.sub.n) : find_bytes(base, hlen, s.sub.p, s.sub.n);
    return p ? (int64_t)(p - d) : -1;
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
    if (r == -1) return sk_exc_msg(vm, SK_EXC_VALUE, "subsection not found");
    return sk_from_int(r);
}

static sk_value m_rindex(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t r = do_find(vm, "rindex", args, nargs, kw, true);
    if (r == -2) return SK_NULL;
    if (r == -1) return sk_exc_msg(vm, SK_EXC_VALUE, "subsection not found");
    return sk_from_int(r);
}

static sk_value m_count(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    search s;
    if (!search_args(vm, "count", args, nargs, kw, &s)) return SK_NULL;
    if (s.none) return sk_from_int(0);
    if (s.sub.n == 0) return sk_from_int(s.end - s.start + 1);
    const char *p = sk_bytes_data(args[0]) + s.start, *end = sk_bytes_data(args[0]) + s.end;
    int64_t n = 0;
    while ((p = find_bytes(p, (size_t)(end - p), s.sub.p, s.sub.n)) != NULL) {
        n++;
        p += s.sub.n;
    }
    return sk_from_int(n);
}

static bool tail_match(sk_value self, view sub, int64_t start, int64_t end, bool at_end) {
    adjust_indices(&start, &end, (int64_t)sk_bytes_len(self));
    int64_t n = (int64_t)sub.n;
    if (end - n < start) return false;
    if (n == 0) return true;
    const char *d = sk_bytes_data(self);
    return memcmp(at_end ? d + end - n : d + start, sub.p, sub.n) == 0;
}

static sk_value starts_ends(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kw,
                            bool at_end) {
    if (!check_count(vm, fname, nargs, kw, 1, 3)) return SK_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 2 && !slice_index_arg(vm, args[2], &start)) return SK_NULL;
    if (nargs > 3 && !slice_index_arg(vm, args[3], &end)) return SK_NULL;
    sk_value x = args[1];
    view v;
    if (sk_is_tuple(vm, x)) {
        for (size_t i = 0; i < sk_tuple_len(x); i++) {
            if (!buf_arg(vm, sk_tuple_get(x, i), &v)) return SK_NULL;
            if (tail_match(args[0], v, start, end, at_end)) return SK_TRUE;
        }
        return SK_FALSE;
    }
    if (!sk_is_bytes_like(vm, x))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                          sk_type_name_of(vm, x));
    buf_arg(vm, x, &v);
    return sk_from_bool(tail_match(args[0], v, start, end, at_end));
}

static sk_value m_startswith(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return starts_ends(vm, "startswith", args, nargs, kw, false);
}

static sk_value m_endswith(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return starts_ends(vm, "endswith", args, nargs, kw, true);
}

/* ---- splitting, joining ------------------------------------------------------------- */

static bool add_piece(sk_vm *vm, sk_value list, sk_value self, const char *p, size_t n) {
    sk_value piece = make_like(vm, self, p, n);
    return piece && sk_list_append(vm, list, piece);
}

static void reverse_list(sk_value list) {
    sk_value *items = sk_list_items(list);
    size_t n = sk_list_len(list);
    for (size_t i = 0; i < n / 2; i++) {
        sk_value t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

/* The pieces are made from a snapshot of self's bytes: building them
 * allocates, which cannot change a bytearray, but the snapshot keeps the
 * rule simple. */
static bool split_pieces(sk_vm *vm, sk_value list, sk_value self, const char *s, size_t n, view sep, bool have_sep,
                         int64_t max, bool reverse) {
    const char *end = s + n;
    if (!have_sep && !reverse) {
        const char *p = s;
        while (max-- > 0) {
            while (p < end && b_isspace((unsigned char)*p)) p++;
            if (p == end) return true;
            const char *j = p;
            while (p < end && !b_isspace((unsigned char)*p)) p++;
            if (!add_piece(vm, list, self, j, (size_t)(p - j))) return false;
        }
        while (p < end && b_isspace((unsigned char)*p)) p++;
        return p == end || add_piece(vm, list, self, p, (size_t)(end - p));
    }
    if (!have_sep) {
        const char *p = end;
        while (max-- > 0) {
            while (p > s && b_isspace((unsigned char)p[-1])) p--;
            if (p == s) {
                reverse_list(list);
                return true;
            }
            const char *j = p;
            while (p > s && !b_isspace((unsigned char)p[-1])) p--;
            if (!add_piece(vm, list, self, p, (size_t)(j - p))) return false;
        }
        while (p > s && b_isspace((unsigned char)p[-1])) p--;
        if (p > s && !add_piece(vm, list, self, s, (size_t)(p - s))) return false;
        reverse_list(list);
        return true;
    }
    if (!reverse) {
        const char *p = s;
        while (max-- > 0) {
            const char *at = find_bytes(p, (size_t)(end - p), sep.p, sep.n);
            if (!at) break;
            if (!add_piece(vm, list, self, p, (size_t)(at - p))) return false;
            p = at + sep.n;
        }
        return add_piece(vm, list, self, p, (size_t)(end - p));
    }
    while (max-- > 0) {
        const char *at = rfind_bytes(s, (size_t)(end - s), sep.p, sep.n);
        if (!at) break;
        if (!add_piece(vm, list, self, at + sep.n, (size_t)(end - at - sep.n))) return false;
        end = at;
    }
    if (!add_piece(vm, list, self, s, (size_t)(end - s))) return false;
    reverse_list(list);
    return true;
}

static sk_value do_split(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                         bool reverse) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"sep", "maxsplit"};
    sk_value a[2];
    if (!bind_args(vm, fname, args, nargs, kwnames, 1, names, 2, 0, a)) return SK_NULL;
    int64_t max = -1;
    if (a[1] && !ssize_arg(vm, a[1], &max)) return SK_NULL;
    if (max < 0) max = INT64_MAX;
    bool have_sep = a[0] && a[0] != SK_NONE;
    size_t mark = sk_gc_roots_save(vm);
    sk_value sep = SK_NULL, snap = SK_NULL, list = SK_NULL, r = SK_NULL;
    SK_ROOT(vm, sep);
    SK_ROOT(vm, snap);
    SK_ROOT(vm, list);
    view sv = {NULL, 0};
    if (have_sep) {
        if (!buf_arg(vm, a[0], &sv)) goto done;
        if (sv.n == 0) {
            sk_exc_msg(vm, SK_EXC_VALUE, "empty separator");
            goto done;
        }
        if (!is_bytes(a[0])) {
            sep = sk_bytes_new(vm, sv.p, sv.n);
            if (!sep) goto done;
            sv.p = BYTES(sep)->data;
        }
    }
    snap = is_bytes(args[0]) ? args[0] : sk_bytes_new(vm, sk_bytes_data(args[0]), sk_bytes_len(args[0]));
    if (!snap) goto done;
    list = sk_list_new(vm, 0);
    if (!list) goto done;
    if (split_pieces(vm, list, args[0], BYTES(snap)->data, BYTES(snap)->len, sv, have_sep, max, reverse)) r = list;
done:
    sk_gc_roots_restore(vm, mark);
    return r;
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
    int keep = 0;
    size_t tmark = sk_gc_roots_save(vm);
    if (a[0] && (keep = sk_truth(vm, a[0])) < 0) return SK_NULL;
    sk_gc_roots_restore(vm, tmark);
    size_t mark = sk_gc_roots_save(vm);
    sk_value snap = is_bytes(args[0]) ? args[0] : sk_bytes_new(vm, sk_bytes_data(args[0]), sk_bytes_len(args[0]));
    sk_value list = SK_NULL, r = SK_NULL;
    SK_ROOT(vm, snap);
    SK_ROOT(vm, list);
    if (!snap || !(list = sk_list_new(vm, 0))) goto done;
    const char *s = BYTES(snap)->data, *end = s + BYTES(snap)->len, *p = s;
    while (p < end) {
        const char *line = p;
        while (p < end && *p != '\n' && *p != '\r') p++;
        const char *eol = p;
        if (p < end) {
            p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
        }
        if (!add_piece(vm, list, args[0], line, (size_t)((keep ? p : eol) - line))) goto done;
    }
    r = list;
done:
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* (head, sep, tail). For bytes the separator in the middle is the
 * argument itself, as CPython returns it; a bytearray makes new
 * bytearrays of all three. */
static sk_value partition(sk_vm *vm, const sk_value *args, bool reverse) {
    SK_ROOT_SCOPE(vm);
    view sep;
    if (!buf_arg(vm, args[1], &sep)) return SK_NULL;
    if (sep.n == 0) return sk_exc_msg(vm, SK_EXC_VALUE, "empty separator");
    sk_value self = args[0];
    const char *s = sk_bytes_data(self);
    size_t n = sk_bytes_len(self);
    const char *at = reverse ? rfind_bytes(s, n, sep.p, sep.n) : find_bytes(s, n, sep.p, sep.n);
    size_t head = at ? (size_t)(at - s) : 0, sepn = sep.n;
    size_t mark = sk_gc_roots_save(vm);
    sk_value parts[3] = {SK_NULL, SK_NULL, SK_NULL}, r = SK_NULL;
    for (int i = 0; i < 3; i++) SK_ROOT(vm, parts[i]);
    for (int i = 0; i < 3; i++) {
        /* allocating runs no Python code, so self's data stays put */
        const char *d = sk_bytes_data(self);
        if (!at) parts[i] = i == (reverse ? 2 : 0) ? copy_like(vm, self) : make_like(vm, self, "", 0);
        else if (i == 0) parts[i] = make_like(vm, self, d, head);
        else if (i == 1) parts[i] = is_bytes(self) ? args[1] : make_like(vm, self, d + head, sepn);
        else parts[i] = make_like(vm, self, d + head + sepn, n - head - sepn);
        if (!parts[i]) goto done;
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
    sk_value self = args[0], iterable = args[1];
    size_t mark = sk_gc_roots_save(vm);
    sk_value seq = SK_NULL, r = SK_NULL;
    SK_ROOT(vm, seq);
    if (sk_is_list(vm, iterable) || sk_is_tuple(vm, iterable)) {
        seq = iterable;
    } else {
        seq = sk_iter(vm, iterable);
        if (!seq) {
            if (sk_exc_pending(vm, SK_EXC_TYPE)) {
                drop_error(vm, mark);
                sk_exc_msg(vm, SK_EXC_TYPE, "can only join an iterable");
            }
            goto done;
        }
        sk_gc_roots_restore(vm, mark + 1); /* keeps seq rooted */
        size_t inner = sk_gc_roots_save(vm);
        seq = sk_list_from_iterable(vm, seq);
        sk_gc_roots_restore(vm, inner); /* seq stays rooted */
        if (!seq) goto done;
    }
    bool is_list = sk_is_list(vm, seq);
    size_t n = is_list ? sk_list_len(seq) : sk_tuple_len(seq);
    const sk_value *items = is_list ? sk_list_items(seq) : sk_tuple_items(seq);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    for (size_t i = 0; i < n; i++) {
        if (!sk_is_bytes_like(vm, items[i])) {
            sk_buf_free(&b);
            sk_exc_fmt(vm, SK_EXC_TYPE, "sequence item %zu: expected a bytes-like object, %T found", i, items[i]);
            goto done;
        }
        if (i) sk_buf_append(&b, sk_bytes_data(self), sk_bytes_len(self));
        sk_buf_append(&b, sk_bytes_data(items[i]), sk_bytes_len(items[i]));
    }
    if (n == 1 && SK_IS(vm, items[0], BYTES) && is_bytes(self)) {
        sk_buf_free(&b);
        r = items[0];
        goto done;
    }
    r = make_like_buf(vm, self, &b);
done:
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* ---- strip, pad, replace ---------------------------------------------------------------- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static sk_value do_strip(sk_vm *vm, const sk_value *args, size_t nargs, int how) {
    view chars = {NULL, 0};
    bool have = nargs > 1 && args[1] != SK_NONE;
    if (have && !buf_arg(vm, args[1], &chars)) return SK_NULL;
    sk_value self = args[0];
    const char *s = sk_bytes_data(self);
    size_t i = 0, j = sk_bytes_len(self);
    if (how & STRIP_LEFT)
        while (i < j && (have ? memchr(chars.p, s[i], chars.n) != NULL : b_isspace((unsigned char)s[i]))) i++;
    if (how & STRIP_RIGHT)
        while (j > i && (have ? memchr(chars.p, s[j - 1], chars.n) != NULL : b_isspace((unsigned char)s[j - 1]))) j--;
    return make_like(vm, self, s + i, j - i);
}

static sk_value m_strip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, args, nargs, STRIP_BOTH);
}
static sk_value m_lstrip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, args, nargs, STRIP_LEFT);
}
static sk_value m_rstrip(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_strip(vm, args, nargs, STRIP_RIGHT);
}

typedef enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER } justify;

static sk_value do_justify(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, justify how) {
    int64_t width;
    if (!ssize_arg(vm, args[1], &width)) return SK_NULL;
    char fill = ' ';
    if (nargs > 2) {
        sk_value f = args[2];
        if (!sk_is_bytes_like(vm, f) || sk_bytes_len(f) != 1)
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                              sk_type_name_of(vm, f));
        fill = sk_bytes_data(f)[0];
    }
    sk_value self = args[0];
    int64_t len = (int64_t)sk_bytes_len(self);
    if (width <= len) return copy_like(vm, self);
    size_t marg = (size_t)(width - len), left;
    if (marg > SIZE_MAX / 4) return sk_exc_no_memory(vm);
    switch (how) {
    case JUST_LEFT: left = 0; break;
    case JUST_RIGHT: left = marg; break;
    default: left = marg / 2 + (marg & (size_t)width & 1); break;
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_repeat(&b, &fill, 1, left);
    sk_buf_append(&b, sk_bytes_data(self), (size_t)len);
    sk_buf_repeat(&b, &fill, 1, marg - left);
    return make_like_buf(vm, self, &b);
}

static sk_value m_ljust(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, "ljust", args, nargs, JUST_LEFT);
}
static sk_value m_rjust(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, "rjust", args, nargs, JUST_RIGHT);
}
static sk_value m_center(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return do_justify(vm, "center", args, nargs, JUST_CENTER);
}

static sk_value m_zfill(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t width;
    if (!ssize_arg(vm, args[1], &width)) return SK_NULL;
    sk_value self = args[0];
    int64_t len = (int64_t)sk_bytes_len(self);
    if (width <= len) return copy_like(vm, self);
    size_t fill = (size_t)(width - len);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_repeat(&b, "0", 1, fill);
    sk_buf_append(&b, sk_bytes_data(self), (size_t)len);
    if (!b.failed && len && (b.data[fill] == '+' || b.data[fill] == '-')) {
        b.data[0] = b.data[fill];
        b.data[fill] = '0';
    }
    return make_like_buf(vm, self, &b);
}

static sk_value m_expandtabs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"tabsize"};
    sk_value a[1];
    if (!bind_args(vm, "expandtabs", args, nargs, kwnames, 1, names, 1, 0, a)) return SK_NULL;
    int64_t tabsize = 8;
    if (a[0] && !ssize_arg(vm, a[0], &tabsize)) return SK_NULL;
    sk_value self = args[0];
    const char *s = sk_bytes_data(self);
    size_t n = sk_bytes_len(self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    int64_t col = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                if (incr > (int64_t)(SIZE_MAX / 4) || col > INT64_MAX - incr) {
                    sk_buf_free(&b);
                    return sk_exc_msg(vm, SK_EXC_OVERFLOW, "result too long");
                }
                sk_buf_repeat(&b, " ", 1, (size_t)incr);
                col += incr;
            }
        } else {
            sk_buf_putc(&b, c);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return make_like_buf(vm, self, &b);
}

static sk_value m_replace(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t max = -1;
    if (nargs > 3 && !ssize_arg(vm, args[3], &max)) return SK_NULL;
    view old, new_;
    if (!buf_arg(vm, args[1], &old) || !buf_arg(vm, args[2], &new_)) return SK_NULL;
    if (max < 0) max = INT64_MAX;
    sk_value self = args[0];
    const char *s = sk_bytes_data(self), *end = s + sk_bytes_len(self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (max == 0 || old.n > (size_t)(end - s)) {
        sk_buf_append(&b, s, (size_t)(end - s));
        return make_like_buf(vm, self, &b);
    }
    const char *p = s;
    int64_t done = 0;
    if (old.n == 0) {
        while (done < max) {
            sk_buf_append(&b, new_.p, new_.n);
            done++;
            if (p == end) break;
            sk_buf_putc(&b, *p++);
        }
    } else {
        while (done < max) {
            const char *at = find_bytes(p, (size_t)(end - p), old.p, old.n);
            if (!at) break;
            sk_buf_append(&b, p, (size_t)(at - p));
            sk_buf_append(&b, new_.p, new_.n);
            p = at + old.n;
            done++;
        }
    }
    sk_buf_append(&b, p, (size_t)(end - p));
    return make_like_buf(vm, self, &b);
}

static sk_value affix(sk_vm *vm, const sk_value *args, bool suffix) {
    view a;
    if (!buf_arg(vm, args[1], &a)) return SK_NULL;
    sk_value self = args[0];
    const char *s = sk_bytes_data(self);
    size_t n = sk_bytes_len(self);
    if (a.n && a.n <= n) {
        if (!suffix && memcmp(s, a.p, a.n) == 0) return make_like(vm, self, s + a.n, n - a.n);
        if (suffix && memcmp(s + n - a.n, a.p, a.n) == 0) return make_like(vm, self, s, n - a.n);
    }
    return copy_like(vm, self);
}

static sk_value m_removeprefix(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return affix(vm, args, false);
}
static sk_value m_removesuffix(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return affix(vm, args, true);
}

static sk_value m_translate(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    /* translate(table, /, delete=b'') */
    size_t nkw = kwcount(kwnames), npos = nargs - nkw - 1;
    if (npos < 1)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "translate() takes at least 1 positional argument (%zu given)", npos);
    if (npos + nkw > 2)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "translate() takes at most 2 arguments (%zu given)", npos + nkw);
    static const char *const names[] = {"delete"};
    sk_value a[1];
    if (!bind_args(vm, "translate", args, nargs, kwnames, 2, names, 1, 0, a)) return SK_NULL;
    view table = {NULL, 0}, del = {"", 0};
    bool have_table = args[1] != SK_NONE;
    if (have_table) {
        if (!buf_arg(vm, args[1], &table)) return SK_NULL;
        if (table.n != 256) return sk_exc_msg(vm, SK_EXC_VALUE, "translation table must be 256 characters long");
    }
    if (a[0] && !buf_arg(vm, a[0], &del)) return SK_NULL;
    bool drop[256] = {false};
    for (size_t i = 0; i < del.n; i++) drop[(unsigned char)del.p[i]] = true;
    sk_value self = args[0];
    const unsigned char *s = (const unsigned char *)sk_bytes_data(self);
    size_t n = sk_bytes_len(self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    for (size_t i = 0; i < n; i++) {
        if (drop[s[i]]) continue;
        sk_buf_putc(&b, have_table ? table.p[s[i]] : (char)s[i]);
    }
    return make_like_buf(vm, self, &b);
}

static sk_value m_maketrans(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    view from, to;
    if (!buf_arg(vm, args[0], &from) || !buf_arg(vm, args[1], &to)) return SK_NULL;
    if (from.n != to.n) return sk_exc_msg(vm, SK_EXC_VALUE, "maketrans arguments must have same length");
    sk_value r = sk_bytes_alloc(vm, 256);
    if (!r) return SK_NULL;
    char *t = BYTES(r)->data;
    for (int i = 0; i < 256; i++) t[i] = (char)i;
    /* re-read: the arguments are immutable or did not change */
    const char *f = sk_bytes_data(args[0]), *o = sk_bytes_data(args[1]);
    for (size_t i = 0; i < from.n; i++) t[(unsigned char)f[i]] = o[i];
    return r;
}

/* ---- case, predicates --------------------------------------------------------------- */

typedef enum { B_LOWER, B_UPPER, B_SWAP, B_TITLE, B_CAPITALIZE } bcase;

static sk_value change_case(sk_vm *vm, sk_value self, bcase op) {
    size_t n = sk_bytes_len(self);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (n && sk_buf_reserve(&b, n)) {
        const unsigned char *s = (const unsigned char *)sk_bytes_data(self);
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = s[i];
            bool up = b_isupper(c), low = b_islower(c);
            switch (op) {
            case B_LOWER: if (up) c += 32; break;
            case B_UPPER: if (low) c -= 32; break;
            case B_SWAP: if (up) c += 32; else if (low) c -= 32; break;
            case B_TITLE:
                if (prev_cased ? up : low) c = (unsigned char)(up ? c + 32 : c - 32);
                prev_cased = up || low;
                break;
            case B_CAPITALIZE:
                if (i == 0 ? low : up) c = (unsigned char)(up ? c + 32 : c - 32);
                break;
            }
            b.data[b.len++] = (char)c;
        }
    }
    return make_like_buf(vm, self, &b);
}

#define CASE_METHOD(fname, op)                                                          \
    static sk_value fname(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { \
        return change_case(vm, args[0], op);                                           \
    }
CASE_METHOD(m_lower, B_LOWER)
CASE_METHOD(m_upper, B_UPPER)
CASE_METHOD(m_swapcase, B_SWAP)
CASE_METHOD(m_title, B_TITLE)
CASE_METHOD(m_capitalize, B_CAPITALIZE)
#undef CASE_METHOD

static sk_value all_bytes(sk_value self, bool (*pred)(unsigned char)) {
    const unsigned char *s = (const unsigned char *)sk_bytes_data(self);
    size_t n = sk_bytes_len(self);
    if (n == 0) return SK_FALSE;
    for (size_t i = 0; i < n; i++)
        if (!pred(s[i])) return SK_FALSE;
    return SK_TRUE;
}

#define PRED_METHOD(fname, pred)                                                        \
    static sk_value fname(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) { \
        return all_bytes(args[0], pred);                                               \
    }
PRED_METHOD(m_isalnum, b_isalnum)
PRED_METHOD(m_isalpha, b_isalpha)
PRED_METHOD(m_isdigit, b_isdigit)
PRED_METHOD(m_isspace, b_isspace)
#undef PRED_METHOD

static sk_value m_isascii(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const unsigned char *s = (const unsigned char *)sk_bytes_data(args[0]);
    size_t n = sk_bytes_len(args[0]);
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80) return SK_FALSE;
    return SK_TRUE;
}

static sk_value m_islower(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const unsigned char *s = (const unsigned char *)sk_bytes_data(args[0]);
    size_t n = sk_bytes_len(args[0]);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (b_isupper(s[i])) return SK_FALSE;
        if (b_islower(s[i])) cased = true;
    }
    return sk_from_bool(cased);
}

static sk_value m_isupper(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const unsigned char *s = (const unsigned char *)sk_bytes_data(args[0]);
    size_t n = sk_bytes_len(args[0]);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (b_islower(s[i])) return SK_FALSE;
        if (b_isupper(s[i])) cased = true;
    }
    return sk_from_bool(cased);
}

static sk_value m_istitle(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    const unsigned char *s = (const unsigned char *)sk_bytes_data(args[0]);
    size_t n = sk_bytes_len(args[0]);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        if (b_isupper(s[i])) {
            if (prev) return SK_FALSE;
            prev = cased = true;
        } else if (b_islower(s[i])) {
            if (!prev) return SK_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return sk_from_bool(cased);
}

/* ---- bytes-only methods ------------------------------------------------------------ */

static sk_value m_getnewargs(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value b = sk_bytes_new(vm, sk_bytes_data(args[0]), sk_bytes_len(args[0]));
    if (!b) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, b);
    sk_value r = sk_tuple_from(vm, &b, 1);
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value m_bytes(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    if (SK_IS(vm, args[0], BYTES)) return args[0];
    return sk_bytes_new(vm, sk_bytes_data(args[0]), sk_bytes_len(args[0]));
}

/* CPython's sizes, so programs that print them agree. */
static sk_value m_bytes_sizeof(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_from_int((int64_t)(33 + sk_bytes_len(args[0])));
}

static sk_value m_bytearray_sizeof(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_bytearray *ba = BA(args[0]);
    return sk_from_int((int64_t)(56 + (ba->data ? ba->cap + 1 : 0)));
}

/* ---- bytearray mutation ------------------------------------------------------------- */

static bool ba_insert(sk_vm *vm, sk_value self, size_t at, const char *p, size_t n) {
    sk_bytearray *ba = BA(self);
    size_t len = ba->len;
    if (!ba_reserve(vm, ba, len + n)) return false;
    memmove(ba->data + at + n, ba->data + at, len - at);
    memcpy(ba->data + at, p, n);
    ba->len = len + n;
    ba->data[ba->len] = '\0';
    return true;
}

static void ba_delete(sk_value self, size_t at, size_t n) {
    sk_bytearray *ba = BA(self);
    memmove(ba->data + at, ba->data + at + n, ba->len - at - n);
    ba->len -= n;
    ba->data[ba->len] = '\0';
}

static sk_value m_append(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int b;
    if (!byte_value(vm, args[1], "byte must be in range(0, 256)", &b)) return SK_NULL;
    char c = (char)b;
    if (!ba_insert(vm, args[0], BA(args[0])->len, &c, 1)) return SK_NULL;
    return SK_NONE;
}

/* Appends the bytes of an iterable of ints or a bytes-like object. */
static bool ba_extend(sk_vm *vm, sk_value self, sk_value x, bool for_extend) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_bytes_like(vm, x)) {
        size_t n = sk_bytes_len(x);
        if (x == self) {
            /* b.extend(b): the source grows as it is copied */
            if (!ba_reserve(vm, BA(self), BA(self)->len + n)) return false;
            memcpy(BA(self)->data + BA(self)->len, BA(self)->data, n);
            BA(self)->len += n;
            BA(self)->data[BA(self)->len] = '\0';
            return true;
        }
        return ba_insert(vm, self, BA(self)->len, sk_bytes_data(x), n);
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, x);
    if (!it) {
        if (for_extend && sk_exc_pending(vm, SK_EXC_TYPE)) {
            drop_error(vm, mark);
            sk_exc_fmt(vm, SK_EXC_TYPE, "can't extend bytearray with %s", sk_type_name_of(vm, x));
        }
        return false;
    }
    sk_gc_roots_restore(vm, mark);
    SK_ROOT(vm, it);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    bool ok = bytes_of_iterable(vm, it, &b, "byte must be in range(0, 256)");
    if (ok && b.failed) {
        sk_exc_no_memory(vm);
        ok = false;
    }
    if (ok) ok = ba_insert(vm, self, BA(self)->len, b.data ? b.data : "", b.len);
    sk_buf_free(&b);
    sk_gc_roots_restore(vm, mark);
    return ok;
}

static sk_value m_extend(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return ba_extend(vm, args[0], args[1], true) ? SK_NONE : SK_NULL;
}

static sk_value m_insert(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t i;
    if (!ssize_arg(vm, args[1], &i)) return SK_NULL;
    int b;
    if (!byte_value(vm, args[2], "byte must be in range(0, 256)", &b)) return SK_NULL;
    int64_t len = (int64_t)BA(args[0])->len;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    char c = (char)b;
    if (!ba_insert(vm, args[0], (size_t)i, &c, 1)) return SK_NULL;
    return SK_NONE;
}

static sk_value m_pop(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int64_t i = -1;
    if (nargs > 1 && !ssize_arg(vm, args[1], &i)) return SK_NULL;
    sk_bytearray *ba = BA(args[0]);
    int64_t len = (int64_t)ba->len;
    if (len == 0) return sk_exc_msg(vm, SK_EXC_INDEX, "pop from empty bytearray");
    if (i < 0) i += len;
    if (i < 0 || i >= len) return sk_exc_msg(vm, SK_EXC_INDEX, "pop index out of range");
    int c = (unsigned char)ba->data[i];
    ba_delete(args[0], (size_t)i, 1);
    return sk_from_int(c);
}

static sk_value m_remove(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    int b;
    if (!byte_value(vm, args[1], "byte must be in range(0, 256)", &b)) return SK_NULL;
    sk_bytearray *ba = BA(args[0]);
    const char *at = ba->len ? memchr(ba->data, b, ba->len) : NULL;
    if (!at) return sk_exc_msg(vm, SK_EXC_VALUE, "value not found in bytearray");
    ba_delete(args[0], (size_t)(at - ba->data), 1);
    return SK_NONE;
}

static sk_value m_clear(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_bytearray *ba = BA(args[0]);
    ba->len = 0;
    if (ba->data) ba->data[0] = '\0';
    return SK_NONE;
}

static sk_value m_copy(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return bytearray_new(vm, sk_bytes_data(args[0]), sk_bytes_len(args[0]));
}

static sk_value m_reverse(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_bytearray *ba = BA(args[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return SK_NONE;
}

/* ba[key] = v, and del ba[key] when v is SK_NULL. */
static int bytearray_setitem(sk_vm *vm, sk_value self, sk_value key, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (!SK_IS(vm, key, SLICE)) {
        int64_t i;
        if (!item_index(vm, self, key, &i)) return -1;
        int b = 0;
        if (v && !byte_value(vm, v, "byte must be in range(0, 256)", &b)) return -1;
        int64_t len = (int64_t)BA(self)->len; /* after any __index__ ran */
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            sk_exc_msg(vm, SK_EXC_INDEX, "bytearray index out of range");
            return -1;
        }
        if (v) BA(self)->data[i] = (char)b;
        else ba_delete(self, (size_t)i, 1);
        return 0;
    }
    /* the new bytes, as a bytes object we own */
    size_t mark = sk_gc_roots_save(vm);
    sk_value src = SK_NULL;
    SK_ROOT(vm, src);
    int rc = -1;
    if (v) {
        if (sk_is_bytes_like(vm, v)) {
            src = sk_bytes_new(vm, sk_bytes_data(v), sk_bytes_len(v));
        } else if (sk_is_int(v) || sk_is_bool(v) || sk_is_str(vm, v) || sk_typeof(vm, v)->index ||
                   sk_typeof(vm, v)->to_int || sk_typeof(vm, v)->to_float) {
            sk_exc_msg(vm, SK_EXC_TYPE, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            goto done;
        } else if (!sk_typeof(vm, v)->iter && !sk_typeof(vm, v)->getitem) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "cannot convert '%s' object to bytearray", sk_type_name_of(vm, v));
            goto done;
        } else {
            sk_buf b;
            sk_buf_init_vm(vm, &b);
            if (!bytes_of_iterable(vm, v, &b, "byte must be in range(0, 256)")) {
                sk_buf_free(&b);
                goto done;
            }
            src = b.failed ? sk_exc_no_memory(vm) : sk_bytes_new(vm, b.data ? b.data : "", b.len);
            sk_buf_free(&b);
        }
        if (!src) goto done;
    }
    int64_t start, stop, step, count;
    if (!sk_slice_resolve(vm, key, (int64_t)BA(self)->len, &start, &stop, &step, &count)) goto done;
    size_t n = src ? BYTES(src)->len : 0;
    if (n == 0) src = SK_NULL; /* assigning nothing deletes, any step */
    if (step == 1) {
        if (count < 0) count = 0;
        if (n > (size_t)count && !ba_reserve(vm, BA(self), BA(self)->len + (n - (size_t)count))) goto done;
        sk_bytearray *ba = BA(self);
        memmove(ba->data + start + n, ba->data + start + count, ba->len - (size_t)(start + count));
        if (n) memcpy(ba->data + start, BYTES(src)->data, n);
        ba->len = ba->len - (size_t)count + n;
        ba->data[ba->len] = '\0';
        rc = 0;
        goto done;
    }
    if (src) {
        if ((int64_t)n != count) {
            sk_exc_fmt(vm, SK_EXC_VALUE, "attempt to assign bytes of size %zu to extended slice of size %lld", n,
                       (long long)count);
            goto done;
        }
        for (int64_t i = 0, j = start; i < count; i++, j += step) BA(self)->data[j] = BYTES(src)->data[i];
        rc = 0;
        goto done;
    }
    /* deleting an extended slice: keep what is not selected */
    if (count > 0) {
        sk_bytearray *ba = BA(self);
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start, k = 0; r < ba->len; r++) {
            if (k < (size_t)count && r == (size_t)start + k * (size_t)step) {
                k++;
                continue;
            }
            ba->data[w++] = ba->data[r];
        }
        ba->len = w;
        if (ba->data) ba->data[w] = '\0';
    }
    rc = 0;
done:
    sk_gc_roots_restore(vm, mark);
    return rc;
}

static sk_value bytearray_iadd(sk_vm *vm, sk_value a, sk_value b) {
    if (!sk_is_bytes_like(vm, b)) {
        sk_type *tb = sk_typeof(vm, b);
        if ((tb->flags & SK_TF_HEAP) && tb->nb[SK_NB_ADD]) return SK_NOTIMPL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "can't concat %s to bytearray", sk_type_name(tb));
    }
    if (!ba_extend(vm, a, b, false)) return SK_NULL;
    return a;
}

static sk_value bytearray_imul(sk_vm *vm, sk_value a, sk_value b) {
    int64_t n;
    bool notimpl;
    if (!repeat_count(vm, b, &n, &notimpl)) return notimpl ? SK_NOTIMPL : SK_NULL;
    sk_bytearray *ba = BA(a);
    size_t len = ba->len;
    if (n <= 0 || len == 0) {
        ba->len = 0;
        if (ba->data) ba->data[0] = '\0';
        return a;
    }
    if ((uint64_t)n > (SIZE_MAX / 4) / len) return sk_exc_no_memory(vm);
    size_t total = len * (size_t)n;
    if (!ba_resize(vm, ba, total)) return SK_NULL;
    repeat_into(vm, ba->data, ba->data, len, total);
    return a;
}

/* ---- method tables ------------------------------------------------------------------ */

#define COMMON_METHODS                                                                                       \
    {"capitalize", m_capitalize, 1, 1, 0, "B.capitalize() -> copy of B with only its first character capitalized."}, \
    {"center", m_center, 2, 3, 0, "Return a centered string of length width."},                            \
    {"count", m_count, 1, -1, SK_METH_KEYWORDS, "Return the number of non-overlapping occurrences of subsection."}, \
    {"decode", m_decode, 1, 3, SK_METH_KEYWORDS, "Decode the bytes using the codec registered for encoding."}, \
    {"endswith", m_endswith, 1, -1, SK_METH_KEYWORDS, "Return True if the data ends with the specified suffix."}, \
    {"expandtabs", m_expandtabs, 1, 2, SK_METH_KEYWORDS, "Return a copy where all tab characters are expanded using spaces."}, \
    {"find", m_find, 1, -1, SK_METH_KEYWORDS, "Return the lowest index where subsection sub is found."},    \
    {"hex", m_hex, 1, 3, SK_METH_KEYWORDS, "Create a string of hexadecimal numbers from a bytes object."},   \
    {"index", m_index, 1, -1, SK_METH_KEYWORDS, "Return the lowest index where subsection sub is found."},  \
    {"isalnum", m_isalnum, 1, 1, 0, "Return True if all characters are alphanumeric and there is at least one."}, \
    {"isalpha", m_isalpha, 1, 1, 0, "Return True if all characters are alphabetic and there is at least one."}, \
    {"isascii", m_isascii, 1, 1, 0, "Return True if B is empty or all characters in B are ASCII."},         \
    {"isdigit", m_isdigit, 1, 1, 0, "Return True if all characters are digits and there is at least one."}, \
    {"islower", m_islower, 1, 1, 0, "Return True if all cased characters are lowercase and there is at least one."}, \
    {"isspace", m_isspace, 1, 1, 0, "Return True if all characters are whitespace and there is at least one."}, \
    {"istitle", m_istitle, 1, 1, 0, "Return True if B is a titlecased string and there is at least one character."}, \
    {"isupper", m_isupper, 1, 1, 0, "Return True if all cased characters are uppercase and there is at least one."}, \
    {"join", m_join, 2, 2, 0, "Concatenate any number of bytes objects."},                                 \
    {"ljust", m_ljust, 2, 3, 0, "Return a left-justified string of length width."},                        \
    {"lower", m_lower, 1, 1, 0, "Return a copy with all ASCII characters converted to lowercase."},        \
    {"lstrip", m_lstrip, 1, 2, 0, "Strip leading bytes contained in the argument."},                       \
    {"partition", m_partition, 2, 2, 0, "Partition the bytes into three parts using the given separator."}, \
    {"replace", m_replace, 3, 4, 0, "Return a copy with all occurrences of substring old replaced by new."}, \
    {"removeprefix", m_removeprefix, 2, 2, 0, "Return a bytes object with the given prefix string removed if present."}, \
    {"removesuffix", m_removesuffix, 2, 2, 0, "Return a bytes object with the given suffix string removed if present."}, \
    {"rfind", m_rfind, 1, -1, SK_METH_KEYWORDS, "Return the highest index where subsection sub is found."}, \
    {"rindex", m_rindex, 1, -1, SK_METH_KEYWORDS, "Return the highest index where subsection sub is found."}, \
    {"rjust", m_rjust, 2, 3, 0, "Return a right-justified string of length width."},                       \
    {"rpartition", m_rpartition, 2, 2, 0, "Partition the bytes into three parts using the given separator."}, \
    {"rsplit", m_rsplit, 1, 3, SK_METH_KEYWORDS, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rstrip", m_rstrip, 1, 2, 0, "Strip trailing bytes contained in the argument."},                      \
    {"split", m_split, 1, 3, SK_METH_KEYWORDS, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", m_splitlines, 1, 2, SK_METH_KEYWORDS, "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"startswith", m_startswith, 1, -1, SK_METH_KEYWORDS, "Return True if the data starts with the specified prefix."}, \
    {"strip", m_strip, 1, 2, 0, "Strip leading and trailing bytes contained in the argument."},            \
    {"swapcase", m_swapcase, 1, 1, 0, "Return a copy with uppercase ASCII characters converted to lowercase and vice versa."}, \
    {"title", m_title, 1, 1, 0, "Return a titlecased version of B."},                                      \
    {"translate", m_translate, 1, -1, SK_METH_KEYWORDS, "Return a copy with each character mapped by the given translation table."}, \
    {"upper", m_upper, 1, 1, 0, "Return a copy with all ASCII characters converted to uppercase."},        \
    {"zfill", m_zfill, 2, 2, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."}, \
    {"fromhex", m_fromhex, 2, 2, SK_METH_CLASS, "Create an object from a string of hexadecimal numbers."},  \
    {"maketrans", m_maketrans, 2, 2, SK_METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."}

static const sk_method_def bytes_methods[] = {
    COMMON_METHODS,
    {"__getnewargs__", m_getnewargs, 1, 1, 0, NULL},
    {"__bytes__", m_bytes, 1, 1, 0, "Convert this value to exact type bytes."},
    {"__sizeof__", m_bytes_sizeof, 1, 1, 0, "Return the size of the bytes in memory, in bytes."},
    {NULL},
};

static const sk_method_def bytearray_methods[] = {
    COMMON_METHODS,
    {"append", m_append, 2, 2, 0, "Append a single item to the end of the bytearray."},
    {"clear", m_clear, 1, 1, 0, "Remove all items from the bytearray."},
    {"copy", m_copy, 1, 1, 0, "Return a copy of B."},
    {"extend", m_extend, 2, 2, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", m_insert, 3, 3, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", m_pop, 1, 2, 0, "Remove and return a single item from B."},
    {"remove", m_remove, 2, 2, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", m_reverse, 1, 1, 0, "Reverse the order of the values in B in place."},
    {"__sizeof__", m_bytearray_sizeof, 1, 1, 0, "Returns the size of the bytearray object in memory, in bytes."},
    {NULL},
};

#undef COMMON_METHODS

void sk_bytes_init_types(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_BYTES, SK_TYPE(vm, OBJECT), sizeof(sk_bytes),
                                      SK_TF_BASETYPE | SK_TF_BYTES_SUB);
    t->size_of = bytes_size_of;
    t->tp_new = bytes_tp_new;
    t->repr = bytes_repr;
    t->str = bytes_repr;
    t->hash = bytes_hash;
    t->richcmp = bytes_richcmp;
    t->len = bytes_len_slot;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter_new;
    t->nb[SK_NB_ADD] = bytes_add;
    t->nb[SK_NB_MUL] = bytes_mul;
    t->nb[SK_NB_MOD] = bytes_mod;
    (void)sk_type_add_methods(vm, t, bytes_methods);

    sk_type *ba = sk_type_init_builtin(vm, SK_T_BYTEARRAY, SK_TYPE(vm, OBJECT), sizeof(sk_bytearray),
                                       SK_TF_BASETYPE);
    ba->finalize = bytearray_finalize;
    ba->tp_new = bytearray_tp_new;
    ba->tp_init = bytearray_tp_init;
    ba->repr = bytearray_repr;
    ba->str = bytearray_repr;
    ba->hash = sk_unhashable;
    ba->richcmp = bytes_richcmp;
    ba->len = bytes_len_slot;
    ba->getitem = bytes_getitem;
    ba->setitem = bytearray_setitem;
    ba->contains = bytes_contains;
    ba->iter = bytes_iter_new;
    ba->nb[SK_NB_ADD] = bytes_add;
    ba->nb[SK_NB_MUL] = bytes_mul;
    ba->nb[SK_NB_MOD] = bytes_mod;
    ba->nb_inplace[SK_NB_ADD] = bytearray_iadd;
    ba->nb_inplace[SK_NB_MUL] = bytearray_imul;
    (void)sk_type_add_methods(vm, ba, bytearray_methods);

    sk_type *it = sk_type_init_builtin(vm, SK_T_BYTES_ITER, SK_TYPE(vm, OBJECT), sizeof(bytes_iter), 0);
    it->trace = bytes_iter_trace;
    it->iter = iter_self;
    it->next = bytes_iter_next;
    (void)sk_type_add_methods(vm, it, bytes_iter_methods);
}
