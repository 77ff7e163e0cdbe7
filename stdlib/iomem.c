/* iomem.c — _io.BytesIO and _io.StringIO: in-memory streams with CPython's
 * behaviour (writing past the end pads with zeros, truncate() keeps the
 * position, StringIO's newline translation on writing, its
 * universal-newline line splitting, and each class's own closed-file
 * messages, with or without the final period, as CPython has them).
 *
 * StringIO keeps code points (UTF-32) so that positions, which count
 * characters, index in O(1).
 */
#include "ioint.h"

#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define BIO(v) ((io_bytesio *)sk_as_obj(v))
#define SIO(v) ((io_stringio *)sk_as_obj(v))

/* ---- BytesIO ------------------------------------------------------------------------------ */

static bool b_check(sk_vm *vm, io_bytesio *b) {
    if (b->closed) {
        sk_io_err_closed(vm);
        return false;
    }
    return true;
}

static bool b_reserve(sk_vm *vm, io_bytesio *b, size_t need) {
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap + cap / 2 + 64;
    char *nd = sk_mem_realloc(vm, b->data, b->cap, cap);
    if (!nd) return false;
    b->data = nd;
    b->cap = cap;
    return true;
}

static bool b_write_at(sk_vm *vm, io_bytesio *b, const char *p, size_t n) {
    if (!n) return true;
    size_t end = b->pos + n;
    if (!b_reserve(vm, b, end)) return false;
    if (b->pos > b->len) memset(b->data + b->len, 0, b->pos - b->len);
    memmove(b->data + b->pos, p, n);
    b->pos = end;
    if (end > b->len) b->len = end;
    return true;
}

static size_t b_avail(io_bytesio *b) { return b->pos < b->len ? b->len - b->pos : 0; }

static sk_value b_read_n(sk_vm *vm, io_bytesio *b, int64_t n) {
    size_t avail = b_avail(b);
    size_t k = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    sk_value r = sk_bytes_new(vm, k ? b->data + b->pos : "", k);
    if (r) b->pos += k;
    return r;
}

static sk_value b_line(sk_vm *vm, io_bytesio *b, int64_t limit) {
    size_t avail = b_avail(b);
    size_t scan = limit < 0 || (size_t)limit > avail ? avail : (size_t)limit;
    const char *p = b->data + b->pos;
    const char *nl = scan ? memchr(p, '\n', scan) : NULL;
    size_t k = nl ? (size_t)(nl - p) + 1 : scan;
    sk_value r = sk_bytes_new(vm, k ? p : "", k);
    if (r) b->pos += k;
    return r;
}

static int bytesio_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"initial_bytes"};
    sk_value a[1];
    if (!sk_io_bind(vm, "BytesIO", args, nargs, kwnames, names, 1, 0, a)) return -1;
    io_bytesio *b = BIO(self);
    b->len = b->pos = 0;
    b->closed = false;
    if (a[0] && a[0] != SK_NONE) {
        const char *p;
        size_t n;
        if (!sk_io_get_bytes(vm, a[0], &p, &n)) return -1;
        if (!b_write_at(vm, b, p, n)) return -1;
        b->pos = 0;
    }
    return 0;
}

static sk_value bytesio_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

static void bytesio_finalize(sk_vm *vm, sk_obj *o) {
    io_bytesio *b = (io_bytesio *)o;
    if (b->data) sk_mem_free(vm, b->data, b->cap);
    b->data = NULL;
    b->cap = 0;
}

IO_NATIVE(bio_read) {
    io_bytesio *b = BIO(args[0]);
    int64_t n;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n) || !b_check(vm, b)) return SK_NULL;
    return b_read_n(vm, b, n);
}

IO_NATIVE(bio_readline) {
    io_bytesio *b = BIO(args[0]);
    int64_t n;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n) || !b_check(vm, b)) return SK_NULL;
    return b_line(vm, b, n);
}

IO_NATIVE(bio_readlines) {
    SK_ROOT_SCOPE(vm);
    io_bytesio *b = BIO(args[0]);
    int64_t hint = -1;
    if (nargs > 1 && args[1] != SK_NONE) {
        if (!sk_is_int(args[1]) && !(sk_is_ptr(args[1]) && (sk_as_obj(args[1])->type->flags & SK_TF_INT_SUB)))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "integer argument expected, got '%s'", sk_type_name_of(vm, args[1]));
        if (!sk_int_to_i64(vm, args[1], &hint)) return SK_NULL;
    }
    if (!b_check(vm, b)) return SK_NULL;
    sk_value list = sk_list_new(vm, 0);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    size_t total = 0;
    while (b_avail(b)) {
        sk_value line = b_line(vm, b, -1);
        if (!line || !sk_list_append(vm, list, line)) return SK_NULL;
        total += sk_bytes_len(line);
        if (hint > 0 && total >= (size_t)hint) break;
    }
    return list;
}

IO_NATIVE(bio_readinto) {
    io_bytesio *b = BIO(args[0]);
    char *dst;
    size_t len;
    if (!sk_io_get_writable(vm, args[1], "readinto() argument", &dst, &len) || !b_check(vm, b)) return SK_NULL;
    size_t k = b_avail(b) < len ? b_avail(b) : len;
    memcpy(dst, b->data + b->pos, k);
    b->pos += k;
    return sk_from_int((int64_t)k);
}

IO_NATIVE(bio_write) {
    io_bytesio *b = BIO(args[0]);
    if (!b_check(vm, b)) return SK_NULL;
    const char *p;
    size_t n;
    if (!sk_io_get_bytes(vm, args[1], &p, &n)) return SK_NULL;
    if (!b_write_at(vm, b, p, n)) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)n);
}

IO_NATIVE(bio_writelines) {
    if (!b_check(vm, BIO(args[0]))) return SK_NULL;
    return sk_io_base_writelines(vm, args[0], args[1]);
}

IO_NATIVE(bio_seek) {
    io_bytesio *b = BIO(args[0]);
    int64_t pos, whence = 0;
    if (!sk_index_i64(vm, args[1], &pos, "cannot fit 'int' into an index-sized integer")) return SK_NULL;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &whence, NULL)) return SK_NULL;
    if (!b_check(vm, b)) return SK_NULL;
    if (pos < 0 && whence == 0) return sk_exc_fmt(vm, SK_EXC_VALUE, "negative seek value %lld", (long long)pos);
    if (whence == 1) pos += (int64_t)b->pos;
    else if (whence == 2) pos += (int64_t)b->len;
    else if (whence != 0)
        return sk_exc_fmt(vm, SK_EXC_VALUE, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (pos < 0) pos = 0;
    b->pos = (size_t)pos;
    return sk_int_from_i64(vm, pos);
}

IO_NATIVE(bio_tell) {
    io_bytesio *b = BIO(args[0]);
    return b_check(vm, b) ? sk_int_from_i64(vm, (int64_t)b->pos) : SK_NULL;
}

IO_NATIVE(bio_truncate) {
    io_bytesio *b = BIO(args[0]);
    if (!b_check(vm, b)) return SK_NULL;
    int64_t size;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &size)) return SK_NULL;
    if (nargs < 2 || args[1] == SK_NONE) size = (int64_t)b->pos;
    if (size < 0) return sk_exc_fmt(vm, SK_EXC_VALUE, "negative size value %lld", (long long)size);
    if ((size_t)size < b->len) b->len = (size_t)size;
    return sk_int_from_i64(vm, size);
}

IO_NATIVE(bio_getvalue) {
    io_bytesio *b = BIO(args[0]);
    return b_check(vm, b) ? sk_bytes_new(vm, b->len ? b->data : "", b->len) : SK_NULL;
}

IO_NATIVE(bio_getbuffer) {
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "BytesIO.getbuffer(): memoryview is not implemented");
}

IO_NATIVE(bio_true) { return b_check(vm, BIO(args[0])) ? SK_TRUE : SK_NULL; }
IO_NATIVE(bio_false) { return b_check(vm, BIO(args[0])) ? SK_FALSE : SK_NULL; }
IO_NATIVE(bio_flush) { return b_check(vm, BIO(args[0])) ? SK_NONE : SK_NULL; }

IO_NATIVE(bio_close) {
    io_bytesio *b = BIO(args[0]);
    b->closed = true;
    bytesio_finalize(vm, &b->base.hdr);
    b->len = b->pos = 0;
    return SK_NONE;
}

IO_NATIVE(bio_getstate) {
    SK_ROOT_SCOPE(vm);
    io_bytesio *b = BIO(args[0]);
    if (!b_check(vm, b)) return SK_NULL;
    sk_value items[3] = {SK_NULL, SK_NULL, SK_NONE};
    SK_ROOT(vm, items[0]);
    SK_ROOT(vm, items[1]);
    if (!(items[0] = sk_bytes_new(vm, b->len ? b->data : "", b->len))) return SK_NULL;
    if (!(items[1] = sk_int_from_i64(vm, (int64_t)b->pos))) return SK_NULL;
    if (b->base.dict && sk_len(vm, b->base.dict) > 0) {
        items[2] = sk_call1(vm, sk_from_obj(SK_TYPE(vm, DICT)), b->base.dict);
        if (!items[2]) return SK_NULL;
    }
    return sk_tuple_from(vm, items, 3);
}

IO_NATIVE(bio_setstate) {
    io_bytesio *b = BIO(args[0]);
    sk_value st = args[1];
    if (!sk_is_ptr(st) || !(sk_as_obj(st)->type->flags & SK_TF_TUPLE_SUB) || sk_tuple_len(st) < 3)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__setstate__ argument should be 3-tuple, got %s",
                          sk_type_name_of(vm, args[0]), sk_type_name_of(vm, st));
    const char *p;
    size_t n;
    if (!sk_io_get_bytes(vm, sk_tuple_get(st, 0), &p, &n)) return SK_NULL;
    int64_t pos;
    if (!sk_index_i64(vm, sk_tuple_get(st, 1), &pos, NULL)) return SK_NULL;
    if (pos < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "position value cannot be negative");
    b->len = b->pos = 0;
    if (!b_write_at(vm, b, p, n)) return SK_NULL;
    b->pos = (size_t)pos;
    sk_value d = sk_tuple_get(st, 2);
    if (d != SK_NONE) {
        sk_value mine = sk_instance_dict(vm, args[0]);
        if (!mine) return SK_NULL;
        sk_value upd = sk_str_intern_cstr(vm, "update");
        if (!upd || !sk_call_method(vm, mine, upd, &d, 1)) return SK_NULL;
    }
    return SK_NONE;
}

IO_NATIVE(bio_sizeof) {
    io_bytesio *b = BIO(args[0]);
    return sk_int_from_i64(vm, (int64_t)(sizeof(io_bytesio) + b->cap));
}

static sk_value bio_closed_get(sk_vm *vm, sk_value self) { return sk_from_bool(BIO(self)->closed); }

static int bytesio_next(sk_vm *vm, sk_value self, sk_value *out) {
    io_bytesio *b = BIO(self);
    if (!b_check(vm, b)) return -1;
    if (!b_avail(b)) return 0;
    sk_value line = b_line(vm, b, -1);
    if (!line) return -1;
    *out = line;
    return 1;
}

static sk_value self_iter(sk_vm *vm, sk_value self) { return self; }

static const sk_method_def bytesio_methods[] = {
    {"read", bio_read, 1, 2, 0, NULL},
    {"read1", bio_read, 1, 2, 0, NULL},
    {"readline", bio_readline, 1, 2, 0, NULL},
    {"readlines", bio_readlines, 1, 2, 0, NULL},
    {"readinto", bio_readinto, 2, 2, 0, NULL},
    {"write", bio_write, 2, 2, 0, NULL},
    {"writelines", bio_writelines, 2, 2, 0, NULL},
    {"seek", bio_seek, 2, 3, 0, NULL},
    {"tell", bio_tell, 1, 1, 0, NULL},
    {"truncate", bio_truncate, 1, 2, 0, NULL},
    {"getvalue", bio_getvalue, 1, 1, 0, NULL},
    {"getbuffer", bio_getbuffer, 1, 1, 0, NULL},
    {"readable", bio_true, 1, 1, 0, NULL},
    {"writable", bio_true, 1, 1, 0, NULL},
    {"seekable", bio_true, 1, 1, 0, NULL},
    {"isatty", bio_false, 1, 1, 0, NULL},
    {"flush", bio_flush, 1, 1, 0, NULL},
    {"close", bio_close, 1, 1, 0, NULL},
    {"__getstate__", bio_getstate, 1, 1, 0, NULL},
    {"__setstate__", bio_setstate, 2, 2, 0, NULL},
    {"__sizeof__", bio_sizeof, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def bytesio_getsets[] = {
    {"closed", bio_closed_get, NULL, NULL},
    {NULL},
};

/* ---- StringIO ----------------------------------------------------------------------------- */

static bool s_check_init(sk_vm *vm, io_stringio *s) {
    if (!s->ok) {
        sk_io_err_value(vm, "I/O operation on uninitialized object");
        return false;
    }
    return true;
}

static bool s_check(sk_vm *vm, io_stringio *s) {
    if (!s_check_init(vm, s)) return false;
    if (s->closed) {
        sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file");
        return false;
    }
    return true;
}

static bool s_reserve(sk_vm *vm, io_stringio *s, size_t need) {
    if (need <= s->cap) return true;
    size_t cap = s->cap ? s->cap : 32;
    while (cap < need) cap = cap + cap / 2 + 32;
    uint32_t *nd = sk_mem_realloc(vm, s->data, s->cap * sizeof(uint32_t), cap * sizeof(uint32_t));
    if (!nd) return false;
    s->data = nd;
    s->cap = cap;
    return true;
}

/* The code points s->data[from..to) as a str. */
static sk_value s_slice(sk_vm *vm, io_stringio *s, size_t from, size_t to) {
    if (from >= to) return vm->empty_str;
    bool ascii = true;
    for (size_t i = from; i < to && ascii; i++) ascii = s->data[i] < 0x80;
    if (ascii) {
        sk_value r = sk_str_alloc(vm, to - from);
        if (!r) return SK_NULL;
        char *d = sk_str_ptr(r)->data;
        for (size_t i = from; i < to; i++) d[i - from] = (char)s->data[i];
        sk_str_seal(r);
        return r;
    }
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    for (size_t i = from; i < to; i++) sk_buf_put_utf8(&b, s->data[i]);
    return sk_str_from_buf(vm, &b);
}

/* Writes the code points of UTF-8 text at the position (padding with NULs
 * past the end). */
static bool s_put(sk_vm *vm, io_stringio *s, const char *p, size_t n, size_t count) {
    if (!count) return true;
    size_t end = s->pos + count;
    if (!s_reserve(vm, s, end)) return false;
    for (size_t i = s->len; i < s->pos; i++) s->data[i] = 0;
    const char *q = p, *stop = p + n;
    size_t i = s->pos;
    while (q < stop) s->data[i++] = sk_utf8_next(&q);
    s->pos = end;
    if (end > s->len) s->len = end;
    return true;
}

/* write(): newline translation as CPython's StringIO does it (universal
 * modes through its newline decoder, then "\n" to newline= for "\r" and
 * "\r\n"), then the text goes in at the position. */
static bool s_write_text(sk_vm *vm, io_stringio *s, sk_value text) {
    const char *p = sk_str_data(text);
    size_t n = sk_str_size(text);
    sk_buf tr;
    sk_buf_init_vm(vm, &tr);
    bool translated = false;
    if (s->readuniversal) {
        /* the newline decoder, always "final" here */
        uint8_t seen = s->seennl;
        const char *cr = memchr(p, '\r', n);
        if (!cr) {
            if (memchr(p, '\n', n)) seen |= 2;
        } else {
            for (size_t i = 0; i < n; i++) {
                char c = p[i];
                if (c == '\n') {
                    seen |= 2;
                    sk_buf_putc(&tr, '\n');
                } else if (c == '\r') {
                    if (i + 1 < n && p[i + 1] == '\n') {
                        seen |= 4;
                        if (s->readtranslate) {
                            sk_buf_putc(&tr, '\n');
                            i++;
                        } else {
                            sk_buf_putc(&tr, '\r');
                        }
                    } else {
                        seen |= 1;
                        sk_buf_putc(&tr, s->readtranslate ? '\n' : '\r');
                    }
                } else {
                    sk_buf_putc(&tr, c);
                }
            }
            translated = true;
        }
        s->seennl = seen;
    }
    if (translated) {
        p = tr.data ? tr.data : "";
        n = tr.len;
    }
    sk_buf tr2;
    sk_buf_init_vm(vm, &tr2);
    if (s->writenl && memchr(p, '\n', n)) {
        const char *nl = sk_str_data(s->writenl);
        size_t nllen = sk_str_size(s->writenl);
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') sk_buf_append(&tr2, nl, nllen);
            else sk_buf_putc(&tr2, p[i]);
        }
        p = tr2.data;
        n = tr2.len;
    }
    bool ok = !tr.failed && !tr2.failed;
    if (!ok) sk_exc_no_memory(vm);
    else ok = s_put(vm, s, p, n, sk_utf8_count(p, n));
    sk_buf_free(&tr);
    sk_buf_free(&tr2);
    return ok;
}

/* The end of the line starting at `from` (exclusive), at most `limit`
 * characters on. */
static size_t s_line_end(io_stringio *s, size_t from, int64_t limit) {
    size_t end = s->len;
    if (limit >= 0 && from + (size_t)limit < end) end = from + (size_t)limit;
    const uint32_t *d = s->data;
    if (s->readtranslate) {
        for (size_t i = from; i < end; i++)
            if (d[i] == '\n') return i + 1;
        return end;
    }
    if (s->readuniversal) {
        for (size_t i = from; i < end; i++) {
            if (d[i] == '\n') return i + 1;
            if (d[i] == '\r') return i + 1 < end && d[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return end;
    }
    const char *nl = sk_str_data(s->readnl);
    size_t nllen = sk_str_size(s->readnl);
    for (size_t i = from; i + nllen <= end; i++)
        if (d[i] == (uint32_t)(unsigned char)nl[0] && (nllen == 1 || d[i + 1] == (uint32_t)(unsigned char)nl[1]))
            return i + nllen;
    return end;
}

static sk_value s_readline(sk_vm *vm, io_stringio *s, int64_t limit) {
    if (s->pos >= s->len) return vm->empty_str;
    size_t end = s_line_end(s, s->pos, limit);
    sk_value r = s_slice(vm, s, s->pos, end);
    if (r) s->pos = end;
    return r;
}

static bool s_configure(sk_vm *vm, io_stringio *s, sk_value newline) {
    s->readnl = newline;
    s->readuniversal = !newline || sk_str_size(newline) == 0;
    s->readtranslate = !newline;
    s->writenl = newline && sk_str_size(newline) && sk_str_data(newline)[0] == '\r' ? newline : SK_NULL;
    s->seennl = 0;
    return true;
}

static bool s_check_newline(sk_vm *vm, sk_value nl) {
    if (nl == SK_NONE) return true;
    if (!sk_is_str(vm, nl)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "newline must be str or None, not %s", sk_type_name_of(vm, nl));
        return false;
    }
    const char *p = sk_str_data(nl);
    size_t n = sk_str_size(nl);
    if (n == 0 || (n == 1 && (p[0] == '\n' || p[0] == '\r')) || (n == 2 && p[0] == '\r' && p[1] == '\n')) return true;
    sk_exc_fmt(vm, SK_EXC_VALUE, "illegal newline value: %R", nl);
    return false;
}

static int stringio_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"initial_value", "newline"};
    sk_value a[2];
    if (!sk_io_bind(vm, "StringIO", args, nargs, kwnames, names, 2, 0, a)) return -1;
    io_stringio *s = SIO(self);
    sk_value value = a[0], newline = a[1] ? a[1] : SK_NULL;
    if (!newline) {
        newline = sk_str_intern_cstr(vm, "\n");
        if (!newline) return -1;
    }
    if (!s_check_newline(vm, newline)) return -1;
    if (value && value != SK_NONE && !sk_is_str(vm, value)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "initial_value must be str or None, not %s", sk_type_name_of(vm, value));
        return -1;
    }
    s->ok = false;
    s->closed = false;
    s->len = s->pos = 0;
    s_configure(vm, s, newline == SK_NONE ? SK_NULL : newline);
    s->ok = true;
    if (value && value != SK_NONE && sk_str_size(value)) {
        if (!s_write_text(vm, s, value)) return -1;
        s->pos = 0;
    }
    return 0;
}

static sk_value stringio_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

static void stringio_finalize(sk_vm *vm, sk_obj *o) {
    io_stringio *s = (io_stringio *)o;
    if (s->data) sk_mem_free(vm, s->data, s->cap * sizeof(uint32_t));
    s->data = NULL;
    s->cap = 0;
}

static void stringio_trace(sk_vm *vm, sk_obj *o) {
    io_stringio *s = (io_stringio *)o;
    sk_io_trace_base(vm, o);
    sk_gc_mark(vm, s->readnl);
    sk_gc_mark(vm, s->writenl);
}

IO_NATIVE(sio_read) {
    io_stringio *s = SIO(args[0]);
    int64_t n;
    if (!s_check(vm, s) || !sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t k = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    sk_value r = s_slice(vm, s, s->pos, s->pos + k);
    if (r) s->pos += k;
    return r;
}

IO_NATIVE(sio_readline) {
    io_stringio *s = SIO(args[0]);
    int64_t n;
    if (!s_check(vm, s) || !sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    return s_readline(vm, s, n);
}

IO_NATIVE(sio_write) {
    io_stringio *s = SIO(args[0]);
    if (!s_check(vm, s)) return SK_NULL;
    if (!sk_is_str(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "string argument expected, got '%s'", sk_type_name_of(vm, args[1]));
    size_t len = sk_str_len(args[1]);
    if (len && !s_write_text(vm, s, args[1])) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)len);
}

IO_NATIVE(sio_seek) {
    io_stringio *s = SIO(args[0]);
    int64_t pos, whence = 0;
    if (!sk_index_i64(vm, args[1], &pos, "cannot fit 'int' into an index-sized integer")) return SK_NULL;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &whence, NULL)) return SK_NULL;
    if (!s_check(vm, s)) return SK_NULL;
    if (whence != 0 && whence != 1 && whence != 2)
        return sk_exc_fmt(vm, SK_EXC_VALUE, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (pos < 0 && whence == 0) return sk_exc_fmt(vm, SK_EXC_VALUE, "Negative seek position %lld", (long long)pos);
    if (whence != 0 && pos != 0) return sk_exc_msg(vm, SK_EXC_OS, "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = (int64_t)s->pos;
    else if (whence == 2) pos = (int64_t)s->len;
    s->pos = (size_t)pos;
    return sk_int_from_i64(vm, pos);
}

IO_NATIVE(sio_tell) {
    io_stringio *s = SIO(args[0]);
    return s_check(vm, s) ? sk_int_from_i64(vm, (int64_t)s->pos) : SK_NULL;
}

IO_NATIVE(sio_truncate) {
    io_stringio *s = SIO(args[0]);
    if (!s_check(vm, s)) return SK_NULL;
    int64_t size;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &size)) return SK_NULL;
    if (nargs < 2 || args[1] == SK_NONE) size = (int64_t)s->pos;
    if (size < 0) return sk_exc_fmt(vm, SK_EXC_VALUE, "Negative size value %lld", (long long)size);
    if ((size_t)size < s->len) s->len = (size_t)size;
    return sk_int_from_i64(vm, size);
}

IO_NATIVE(sio_getvalue) {
    io_stringio *s = SIO(args[0]);
    return s_check(vm, s) ? s_slice(vm, s, 0, s->len) : SK_NULL;
}

IO_NATIVE(sio_true) { return s_check(vm, SIO(args[0])) ? SK_TRUE : SK_NULL; }

IO_NATIVE(sio_close) {
    io_stringio *s = SIO(args[0]);
    s->closed = true;
    stringio_finalize(vm, &s->base.hdr);
    s->len = s->pos = 0;
    return SK_NONE;
}

IO_NATIVE(sio_getstate) {
    SK_ROOT_SCOPE(vm);
    io_stringio *s = SIO(args[0]);
    if (!s_check(vm, s)) return SK_NULL;
    sk_value items[4] = {SK_NULL, SK_NONE, SK_NULL, SK_NONE};
    for (int i = 0; i < 4; i++) SK_ROOT(vm, items[i]);
    /* the value as it would be read back, before any newline translation */
    if (!(items[0] = s_slice(vm, s, 0, s->len))) return SK_NULL;
    if (s->readnl) items[1] = s->readnl;
    if (!(items[2] = sk_int_from_i64(vm, (int64_t)s->pos))) return SK_NULL;
    if (s->base.dict && sk_len(vm, s->base.dict) > 0) {
        items[3] = sk_call1(vm, sk_from_obj(SK_TYPE(vm, DICT)), s->base.dict);
        if (!items[3]) return SK_NULL;
    }
    return sk_tuple_from(vm, items, 4);
}

IO_NATIVE(sio_setstate) {
    io_stringio *s = SIO(args[0]);
    sk_value st = args[1];
    if (!sk_is_ptr(st) || !(sk_as_obj(st)->type->flags & SK_TF_TUPLE_SUB) || sk_tuple_len(st) < 4)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s.__setstate__ argument should be 4-tuple, got %s",
                          sk_type_name_of(vm, args[0]), sk_type_name_of(vm, st));
    sk_value value = sk_tuple_get(st, 0), nl = sk_tuple_get(st, 1);
    if (!sk_is_str(vm, value)) return sk_exc_msg(vm, SK_EXC_TYPE, "initial_value must be str");
    if (!s_check_newline(vm, nl)) return SK_NULL;
    int64_t pos;
    if (!sk_index_i64(vm, sk_tuple_get(st, 2), &pos, NULL)) return SK_NULL;
    if (pos < 0) return sk_exc_msg(vm, SK_EXC_VALUE, "position value cannot be negative");
    s_configure(vm, s, nl == SK_NONE ? SK_NULL : nl);
    s->ok = true;
    s->closed = false;
    s->len = s->pos = 0;
    /* the state holds the text as stored: no translation again */
    if (!s_put(vm, s, sk_str_data(value), sk_str_size(value), sk_str_len(value))) return SK_NULL;
    s->pos = (size_t)pos;
    sk_value d = sk_tuple_get(st, 3);
    if (d != SK_NONE) {
        sk_value mine = sk_instance_dict(vm, args[0]);
        if (!mine) return SK_NULL;
        sk_value upd = sk_str_intern_cstr(vm, "update");
        if (!upd || !sk_call_method(vm, mine, upd, &d, 1)) return SK_NULL;
    }
    return SK_NONE;
}

static sk_value sio_closed_get(sk_vm *vm, sk_value self) {
    io_stringio *s = SIO(self);
    return s_check_init(vm, s) ? sk_from_bool(s->closed) : SK_NULL;
}

static sk_value sio_line_buffering_get(sk_vm *vm, sk_value self) {
    return s_check(vm, SIO(self)) ? SK_FALSE : SK_NULL;
}

static sk_value sio_newlines_get(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    io_stringio *s = SIO(self);
    if (!s_check(vm, s)) return SK_NULL;
    if (!s->readuniversal) return SK_NONE;
    static const char *const names[3] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[3] = {1, 2, 4};
    sk_value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(s->seennl & bits[i])) continue;
        items[n] = sk_str_from_cstr(vm, names[i]);
        if (!items[n]) return SK_NULL;
        SK_ROOT(vm, items[n]);
        n++;
    }
    return n == 0 ? SK_NONE : n == 1 ? items[0] : sk_tuple_from(vm, items, n);
}

static int stringio_next(sk_vm *vm, sk_value self, sk_value *out) {
    io_stringio *s = SIO(self);
    sk_value line;
    if (sk_as_obj(self)->type == IO(vm)->stringio) {
        if (!s_check(vm, s)) return -1;
        line = s_readline(vm, s, -1);
    } else {
        sk_value n = sk_str_intern_cstr(vm, "readline");
        line = n ? sk_call_method(vm, self, n, NULL, 0) : SK_NULL;
        if (line && !sk_is_str(vm, line)) {
            sk_exc_fmt(vm, SK_EXC_OS, "readline() should have returned a str object, not '%s'",
                       sk_type_name_of(vm, line));
            return -1;
        }
    }
    if (!line) return -1;
    if (!sk_str_size(line)) return 0;
    *out = line;
    return 1;
}

static const sk_method_def stringio_methods[] = {
    {"read", sio_read, 1, 2, 0, NULL},
    {"readline", sio_readline, 1, 2, 0, NULL},
    {"write", sio_write, 2, 2, 0, NULL},
    {"seek", sio_seek, 2, 3, 0, NULL},
    {"tell", sio_tell, 1, 1, 0, NULL},
    {"truncate", sio_truncate, 1, 2, 0, NULL},
    {"getvalue", sio_getvalue, 1, 1, 0, NULL},
    {"readable", sio_true, 1, 1, 0, NULL},
    {"writable", sio_true, 1, 1, 0, NULL},
    {"seekable", sio_true, 1, 1, 0, NULL},
    {"close", sio_close, 1, 1, 0, NULL},
    {"__getstate__", sio_getstate, 1, 1, 0, NULL},
    {"__setstate__", sio_setstate, 2, 2, 0, NULL},
    {NULL},
};

static const sk_getset_def stringio_getsets[] = {
    {"closed", sio_closed_get, NULL, NULL},
    {"line_buffering", sio_line_buffering_get, NULL, NULL},
    {"newlines", sio_newlines_get, NULL, NULL},
    {NULL},
};

bool sk_io_mem_init_types(sk_vm *vm) {
    sk_io *io = IO(vm);
    sk_type *b = sk_io_new_type(vm, "BytesIO", io->bufferediobase, sizeof(io_bytesio), bytesio_methods,
                                bytesio_getsets);
    if (!b) return false;
    b->tp_new = bytesio_new;
    b->tp_init = bytesio_init;
    b->finalize = bytesio_finalize;
    b->iter = self_iter;
    b->next = bytesio_next;
    io->bytesio = b;
    if (!sk_type_ready(vm, b)) return false;
    sk_type *s = sk_io_new_type(vm, "StringIO", io->textiobase, sizeof(io_stringio), stringio_methods,
                                stringio_getsets);
    if (!s) return false;
    s->tp_new = stringio_new;
    s->tp_init = stringio_init;
    s->trace = stringio_trace;
    s->finalize = stringio_finalize;
    s->next = stringio_next;
    io->stringio = s;
    return sk_type_ready(vm, s);
}
