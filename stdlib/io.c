/* io.c — the _io module: open(), the abstract bases (_IOBase, _RawIOBase,
 * _BufferedIOBase, _TextIOBase) with the generic methods Python
 * subclasses inherit, io.UnsupportedOperation, the helpers the layers
 * share (ioint.h), and the process's standard streams.
 *
 * sys.stdin/stdout/stderr are ordinary TextIOWrapper -> Buffered -> FileIO
 * stacks whose FileIO writes through the host's write hooks (sk_config's
 * write_out / write_err) instead of the descriptor: stdout is buffered in
 * the VM (a line at a time when it is a terminal, in blocks otherwise, as
 * CPython does) and flushed when a run ends, before input() reads and
 * when the buffer fills; stderr is written at once.
 *
 * File objects that die with data still buffered are flushed by their
 * finalizers; at VM exit sk_io_shutdown flushes every buffered file.
 */
#include "ioint.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "bytes.h"
#include "descr.h"
#include "dict.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "warn.h"

/* ---- shared helpers ----------------------------------------------------------------- */

sk_value sk_io_err_closed(sk_vm *vm) { return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file."); }

sk_value sk_io_err_value(sk_vm *vm, const char *msg) { return sk_exc_msg(vm, SK_EXC_VALUE, msg); }

sk_value sk_io_unsupported(sk_vm *vm, const char *msg) {
    SK_ROOT_SCOPE(vm);
    sk_value text = sk_str_from_cstr(vm, msg);
    if (!text) return SK_NULL;
    SK_ROOT(vm, text);
    return sk_exc_raise_type(vm, IO(vm)->unsupported, &text, 1);
}

sk_value sk_io_err_errno(sk_vm *vm, int err, sk_value filename) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value a[3] = {sk_from_int(err), SK_NULL, filename};
    SK_ROOT(vm, a[1]);
    SK_ROOT(vm, a[2]);
    a[1] = sk_str_from_cstr(vm, strerror(err));
    if (a[1]) sk_exc_raise_type(vm, SK_EXC_TYPE(vm, OS), a, filename ? 3 : 2);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

bool sk_io_bind(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                const char *const *names, size_t nnames, size_t min, sk_value *out) {
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    size_t npos = nargs - nkw;
    for (size_t i = 0; i < nnames; i++) out[i] = SK_NULL;
    if (npos > nnames) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at most %zu argument%s (%zu given)", fname, nnames,
                   nnames == 1 ? "" : "s", npos);
        return false;
    }
    for (size_t i = 0; i < npos; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        sk_value key = sk_tuple_get(kwnames, k);
        size_t i = 0;
        while (i < nnames && !sk_str_eq_cstr(key, names[i])) i++;
        if (i == nnames) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "'%V' is an invalid keyword argument for %s()", key, fname);
            return false;
        }
        if (out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "argument for %s() given by name ('%s') and position (%zu)", fname, names[i],
                       i + 1);
            return false;
        }
        out[i] = args[npos + k];
    }
    for (size_t i = 0; i < min; i++) {
        if (!out[i]) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
            return false;
        }
    }
    return true;
}

bool sk_io_size_arg(sk_vm *vm, sk_value v, int64_t *out) {
    *out = -1;
    if (!v || v == SK_NONE) return true;
    if (sk_is_int(v)) {
        *out = sk_as_int(v);
        return true;
    }
    if (!sk_typeof(vm, v)->index)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "argument should be integer or None, not '%s'", sk_type_name_of(vm, v)) !=
               SK_NULL;
    return sk_index_i64(vm, v, out, "cannot fit 'int' into an index-sized integer");
}

static bool is_native_io(sk_vm *vm, sk_value v) {
    if (!sk_is_ptr(v)) return false;
    sk_type *t = sk_as_obj(v)->type;
    sk_io *io = IO(vm);
    return t == io->fileio || t == io->bufreader || t == io->bufwriter || t == io->bufrandom || t == io->textio ||
           t == io->stringio || t == io->bytesio;
}

int sk_io_is_closed(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (is_native_io(vm, v)) {
        sk_type *t = sk_as_obj(v)->type;
        sk_io *io = IO(vm);
        if (t == io->fileio) return sk_io_fileio_is_closed((io_fileio *)sk_as_obj(v));
        if (t == io->bytesio) return ((io_bytesio *)sk_as_obj(v))->closed;
        if (t == io->stringio) return ((io_stringio *)sk_as_obj(v))->closed;
        if (t == io->textio) {
            io_text *tx = (io_text *)sk_as_obj(v);
            if (tx->nbuf && tx->ok && !tx->detached) return sk_io_buffered_closed(vm, tx->nbuf);
        } else {
            io_buffered *b = (io_buffered *)sk_as_obj(v);
            if (b->ok && !b->detached) return sk_io_buffered_closed(vm, b);
        }
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, v);
    sk_value c = sk_getattr_cstr(vm, v, "closed");
    int r = c ? sk_truth(vm, c) : -1;
    sk_gc_roots_restore(vm, mark);
    return r;
}

bool sk_io_check_closed(sk_vm *vm, sk_value v) {
    int c = sk_io_is_closed(vm, v);
    if (c < 0) return false;
    if (c) {
        sk_io_err_closed(vm);
        return false;
    }
    return true;
}

bool sk_io_get_bytes(sk_vm *vm, sk_value v, const char **data, size_t *len) {
    if (!sk_is_bytes_like(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "a bytes-like object is required, not '%s'", sk_type_name_of(vm, v));
        return false;
    }
    *data = sk_bytes_data(v);
    *len = sk_bytes_len(v);
    return true;
}

bool sk_io_get_writable(sk_vm *vm, sk_value v, const char *what, char **data, size_t *len) {
    if (!sk_is_ptr(v) || !sk_type_is_subtype(sk_as_obj(v)->type, SK_TYPE(vm, BYTEARRAY))) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s must be read-write bytes-like object, not %s", what, sk_type_name_of(vm, v));
        return false;
    }
    sk_bytearray *ba = (sk_bytearray *)sk_as_obj(v);
    *data = ba->data;
    *len = ba->len;
    return true;
}

void sk_io_trace_base(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((io_obj *)o)->dict); }

sk_type *sk_io_new_type(sk_vm *vm, const char *name, sk_type *base, size_t size, const sk_method_def *methods,
                        const sk_getset_def *getsets) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_type_new_builtin(vm, name, "_io", base ? base : SK_TYPE(vm, OBJECT), size, SK_TF_BASETYPE);
    if (!t) return NULL;
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    t->dict_offset = (int32_t)offsetof(io_obj, dict);
    t->trace = sk_io_trace_base;
    if (methods && !sk_type_add_methods(vm, t, methods)) return NULL;
    if (getsets && !sk_type_add_getsets(vm, t, getsets)) return NULL;
    return t;
}

/* ---- _IOBase: the generic methods ------------------------------------------------ */

#define OBJ(v) ((io_obj *)sk_as_obj(v))

static sk_value call0(sk_vm *vm, sk_value self, const char *name) {
    sk_value n = sk_str_intern_cstr(vm, name);
    return n ? sk_call_method(vm, self, n, NULL, 0) : SK_NULL;
}

static sk_value call1(sk_vm *vm, sk_value self, const char *name, sk_value a) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, a);
    sk_value n = sk_str_intern_cstr(vm, name);
    sk_value r = n ? sk_call_method(vm, self, n, &a, 1) : SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return r;
}

IO_NATIVE(base_seek) { return sk_io_unsupported(vm, "seek"); }
IO_NATIVE(base_truncate) { return sk_io_unsupported(vm, "truncate"); }
IO_NATIVE(base_fileno) { return sk_io_unsupported(vm, "fileno"); }
IO_NATIVE(base_false) { return SK_FALSE; }

IO_NATIVE(base_tell) {
    sk_value a[2] = {sk_from_int(0), sk_from_int(1)};
    sk_value n = sk_str_intern_cstr(vm, "seek");
    return n ? sk_call_method(vm, args[0], n, a, 2) : SK_NULL;
}

IO_NATIVE(base_flush) {
    if (OBJ(args[0])->base_closed) return sk_io_err_closed(vm);
    return SK_NONE;
}

IO_NATIVE(base_close) {
    io_obj *o = OBJ(args[0]);
    if (o->base_closed) return SK_NONE;
    sk_value r = call0(vm, args[0], "flush");
    o->base_closed = true;
    return r ? SK_NONE : SK_NULL;
}

IO_NATIVE(base_check_closed) { return sk_io_check_closed(vm, args[0]) ? SK_NONE : SK_NULL; }

/* _checkReadable() & co: UnsupportedOperation unless self.readable(). */
static sk_value check_able(sk_vm *vm, sk_value self, const char *method, const char *msg) {
    sk_value r = call0(vm, self, method);
    if (!r) return SK_NULL;
    if (r != SK_TRUE) return sk_io_unsupported(vm, msg);
    return SK_TRUE;
}
IO_NATIVE(base_check_readable) { return check_able(vm, args[0], "readable", "File or stream is not readable."); }
IO_NATIVE(base_check_writable) { return check_able(vm, args[0], "writable", "File or stream is not writable."); }
IO_NATIVE(base_check_seekable) { return check_able(vm, args[0], "seekable", "File or stream is not seekable."); }

IO_NATIVE(base_isatty) { return sk_io_check_closed(vm, args[0]) ? SK_FALSE : SK_NULL; }

IO_NATIVE(base_enter) { return sk_io_check_closed(vm, args[0]) ? args[0] : SK_NULL; }

sk_value sk_io_base_exit(sk_vm *vm, sk_value self) { return call0(vm, self, "close"); }
IO_NATIVE(base_exit) { return sk_io_base_exit(vm, args[0]); }

static sk_value base_iter(sk_vm *vm, sk_value self) { return sk_io_check_closed(vm, self) ? self : SK_NULL; }

static int base_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    sk_value line = call0(vm, self, "readline");
    if (!line) return -1;
    if (line == SK_NONE) return 0;
    SK_ROOT(vm, line);
    int64_t n = sk_len(vm, line);
    if (n < 0) return -1;
    if (n == 0) return 0;
    *out = line;
    return 1;
}

/* readline(size=-1) for streams that only offer read() (and maybe
 * peek()): reads ahead to the next b"\n" without passing it. */
IO_NATIVE(base_readline) {
    SK_ROOT_SCOPE(vm);
    int64_t limit;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &limit)) return SK_NULL;
    sk_value self = args[0];
    size_t mark = sk_gc_roots_save(vm);
    sk_value peek = sk_getattr_opt(vm, self, sk_str_intern_cstr(vm, "peek"));
    if (!peek && vm->exc) return SK_NULL;
    SK_ROOT(vm, peek);
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    while (limit < 0 || (int64_t)out.len < limit) {
        int64_t want = 1;
        if (peek) {
            sk_value ahead = sk_call1(vm, peek, sk_from_int(1));
            if (!ahead) goto fail;
            if (!sk_is_ptr(ahead) || !(sk_as_obj(ahead)->type->flags & SK_TF_BYTES_SUB)) {
                sk_exc_fmt(vm, SK_EXC_OS, "peek() should have returned a bytes object, not '%s'",
                           sk_type_name_of(vm, ahead));
                goto fail;
            }
            size_t n = sk_bytes_len(ahead);
            if (n) {
                const char *nl = memchr(sk_bytes_data(ahead), '\n', n);
                want = nl ? nl - sk_bytes_data(ahead) + 1 : (int64_t)n;
                if (limit >= 0 && want > limit - (int64_t)out.len) want = limit - (int64_t)out.len;
            }
        }
        sk_value b = call1(vm, self, "read", sk_from_int(want));
        if (!b) goto fail;
        if (b == SK_NONE) break;
        if (!sk_is_ptr(b) || !(sk_as_obj(b)->type->flags & SK_TF_BYTES_SUB)) {
            sk_exc_fmt(vm, SK_EXC_OS, "read() should have returned a bytes object, not '%s'", sk_type_name_of(vm, b));
            goto fail;
        }
        size_t n = sk_bytes_len(b);
        if (!n) break;
        sk_buf_append(&out, sk_bytes_data(b), n);
        if (sk_bytes_data(b)[n - 1] == '\n') break;
    }
    if (out.failed) {
        sk_buf_free(&out);
        return sk_exc_no_memory(vm);
    }
    sk_value r = sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    sk_gc_roots_restore(vm, mark);
    return r;
fail:
    sk_buf_free(&out);
    return SK_NULL;
}

sk_value sk_io_base_readlines(sk_vm *vm, sk_value self, sk_value hint_arg) {
    SK_ROOT_SCOPE(vm);
    int64_t hint;
    if (!sk_io_size_arg(vm, hint_arg, &hint)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    sk_value list = sk_list_new(vm, 0);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    sk_value it = sk_iter(vm, self);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    int64_t total = 0;
    for (;;) {
        SK_ROOT_SCOPE(vm);
        sk_value line;
        int r = sk_next(vm, it, &line);
        if (r < 0) return SK_NULL;
        if (r == 0) break;
        SK_ROOT(vm, line);
        if (!sk_list_append(vm, list, line)) return SK_NULL;
        if (hint > 0) {
            int64_t n = sk_len(vm, line);
            if (n < 0) return SK_NULL;
            total += n;
            if (total > hint) break;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return list;
}
IO_NATIVE(base_readlines) { return sk_io_base_readlines(vm, args[0], nargs > 1 ? args[1] : SK_NULL); }

sk_value sk_io_base_writelines(sk_vm *vm, sk_value self, sk_value lines) {
    SK_ROOT_SCOPE(vm);
    if (!sk_io_check_closed(vm, self)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, lines);
    if (!it) return SK_NULL;
    SK_ROOT(vm, it);
    sk_value write = sk_getattr_cstr(vm, self, "write");
    if (!write) return SK_NULL;
    SK_ROOT(vm, write);
    for (;;) {
        sk_value line;
        int r = sk_next(vm, it, &line);
        if (r < 0) return SK_NULL;
        if (r == 0) break;
        if (!sk_call1(vm, write, line)) return SK_NULL;
    }
    sk_gc_roots_restore(vm, mark);
    return SK_NONE;
}
IO_NATIVE(base_writelines) { return sk_io_base_writelines(vm, args[0], args[1]); }

static sk_value base_closed_get(sk_vm *vm, sk_value self) { return sk_from_bool(OBJ(self)->base_closed); }

static sk_value base_dict_get(sk_vm *vm, sk_value self) { return sk_instance_dict(vm, self); }

static int base_dict_set(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_TYPE, "cannot delete __dict__");
        return -1;
    }
    if (!sk_is_ptr(v) || !(sk_as_obj(v)->type->flags & SK_TF_DICT_SUB)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "__dict__ must be set to a dictionary, not a '%s'", sk_type_name_of(vm, v));
        return -1;
    }
    OBJ(self)->dict = v;
    return 0;
}

static const sk_method_def iobase_methods[] = {
    {"seek", base_seek, 1, -1, 0, NULL},
    {"tell", base_tell, 1, 1, 0, NULL},
    {"truncate", base_truncate, 1, -1, 0, NULL},
    {"flush", base_flush, 1, 1, 0, NULL},
    {"close", base_close, 1, 1, 0, NULL},
    {"seekable", base_false, 1, 1, 0, NULL},
    {"readable", base_false, 1, 1, 0, NULL},
    {"writable", base_false, 1, 1, 0, NULL},
    {"_checkClosed", base_check_closed, 1, 2, 0, NULL},
    {"_checkReadable", base_check_readable, 1, 2, 0, NULL},
    {"_checkWritable", base_check_writable, 1, 2, 0, NULL},
    {"_checkSeekable", base_check_seekable, 1, 2, 0, NULL},
    {"fileno", base_fileno, 1, 1, 0, NULL},
    {"isatty", base_isatty, 1, 1, 0, NULL},
    {"__enter__", base_enter, 1, 1, 0, NULL},
    {"__exit__", base_exit, 1, -1, 0, NULL},
    {"readline", base_readline, 1, 2, 0, NULL},
    {"readlines", base_readlines, 1, 2, 0, NULL},
    {"writelines", base_writelines, 2, 2, 0, NULL},
    {NULL},
};

static const sk_getset_def iobase_getsets[] = {
    {"closed", base_closed_get, NULL, NULL},
    {"__dict__", base_dict_get, base_dict_set, NULL},
    {NULL},
};

/* ---- _RawIOBase -------------------------------------------------------------------- */

IO_NATIVE(raw_read) {
    SK_ROOT_SCOPE(vm);
    int64_t n;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    if (n < 0) return call0(vm, args[0], "readall");
    size_t mark = sk_gc_roots_save(vm);
    sk_value ba = sk_call1(vm, sk_from_obj(SK_TYPE(vm, BYTEARRAY)), sk_from_int(n));
    if (!ba) return SK_NULL;
    SK_ROOT(vm, ba);
    sk_value got = call1(vm, args[0], "readinto", ba);
    if (!got) return SK_NULL;
    if (got == SK_NONE) return SK_NONE;
    int64_t k;
    if (!sk_index_i64(vm, got, &k, NULL)) return SK_NULL;
    if (k < 0 || k > n) return sk_exc_fmt(vm, SK_EXC_VALUE, "readinto returned %lld outside buffer size %lld",
                                          (long long)k, (long long)n);
    sk_value r = sk_bytes_new(vm, sk_bytes_data(ba), (size_t)k);
    sk_gc_roots_restore(vm, mark);
    return r;
}

IO_NATIVE(raw_readall) {
    size_t mark = sk_gc_roots_save(vm);
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    bool any = false;
    for (;;) {
        sk_value b = call1(vm, args[0], "read", sk_from_int(IO_DEFAULT_BUFFER_SIZE));
        if (!b) goto fail;
        if (b == SK_NONE) {
            if (!any) {
                sk_buf_free(&out);
                return SK_NONE;
            }
            break;
        }
        if (!sk_is_ptr(b) || !(sk_as_obj(b)->type->flags & SK_TF_BYTES_SUB)) {
            sk_exc_msg(vm, SK_EXC_TYPE, "read() should return bytes");
            goto fail;
        }
        any = true;
        if (!sk_bytes_len(b)) break;
        sk_buf_append(&out, sk_bytes_data(b), sk_bytes_len(b));
    }
    if (out.failed) {
        sk_buf_free(&out);
        return sk_exc_no_memory(vm);
    }
    sk_value r = sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    sk_gc_roots_restore(vm, mark);
    return r;
fail:
    sk_buf_free(&out);
    return SK_NULL;
}

IO_NATIVE(raw_not_implemented) { return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, ""); }

static const sk_method_def rawiobase_methods[] = {
    {"read", raw_read, 1, 2, 0, NULL},
    {"readall", raw_readall, 1, 1, 0, NULL},
    {"readinto", raw_not_implemented, 1, -1, 0, NULL},
    {"write", raw_not_implemented, 1, -1, 0, NULL},
    {NULL},
};

/* ---- _BufferedIOBase ---------------------------------------------------------------- */

IO_NATIVE(bufbase_detach) { return sk_io_unsupported(vm, "detach"); }
IO_NATIVE(bufbase_read) { return sk_io_unsupported(vm, "read"); }
IO_NATIVE(bufbase_read1) { return sk_io_unsupported(vm, "read1"); }
IO_NATIVE(bufbase_write) { return sk_io_unsupported(vm, "write"); }

static sk_value bufbase_readinto_generic(sk_vm *vm, sk_value self, sk_value target, const char *method) {
    SK_ROOT_SCOPE(vm);
    char *data;
    size_t len;
    const char *what = !strcmp(method, "read1") ? "readinto1() argument" : "readinto() argument";
    if (!sk_io_get_writable(vm, target, what, &data, &len)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    sk_value got = call1(vm, self, method, sk_from_int((int64_t)len));
    if (!got) return SK_NULL;
    SK_ROOT(vm, got);
    if (!sk_is_ptr(got) || !(sk_as_obj(got)->type->flags & SK_TF_BYTES_SUB))
        return sk_exc_msg(vm, SK_EXC_TYPE, "read() should return bytes");
    size_t n = sk_bytes_len(got);
    if (n > len)
        return sk_exc_fmt(vm, SK_EXC_VALUE, "read() returned too much data: %zu bytes requested, %zu returned", len,
                          n);
    if (!sk_io_get_writable(vm, target, what, &data, &len)) return SK_NULL;
    memcpy(data, sk_bytes_data(got), n < len ? n : len);
    sk_gc_roots_restore(vm, mark);
    return sk_from_int((int64_t)n);
}
IO_NATIVE(bufbase_readinto) { return bufbase_readinto_generic(vm, args[0], args[1], "read"); }
IO_NATIVE(bufbase_readinto1) { return bufbase_readinto_generic(vm, args[0], args[1], "read1"); }

static const sk_method_def bufferediobase_methods[] = {
    {"detach", bufbase_detach, 1, 1, 0, NULL},
    {"read", bufbase_read, 1, -1, 0, NULL},
    {"read1", bufbase_read1, 1, -1, 0, NULL},
    {"readinto", bufbase_readinto, 2, 2, 0, NULL},
    {"readinto1", bufbase_readinto1, 2, 2, 0, NULL},
    {"write", bufbase_write, 1, -1, 0, NULL},
    {NULL},
};

/* ---- _TextIOBase -------------------------------------------------------------------- */

IO_NATIVE(textbase_readline) { return sk_io_unsupported(vm, "readline"); }
static sk_value none_get(sk_vm *vm, sk_value self) { return SK_NONE; }

static const sk_method_def textiobase_methods[] = {
    {"detach", bufbase_detach, 1, 1, 0, NULL},
    {"read", bufbase_read, 1, -1, 0, NULL},
    {"readline", textbase_readline, 1, -1, 0, NULL},
    {"write", bufbase_write, 1, -1, 0, NULL},
    {NULL},
};

static const sk_getset_def textiobase_getsets[] = {
    {"encoding", none_get, NULL, NULL},
    {"newlines", none_get, NULL, NULL},
    {"errors", none_get, NULL, NULL},
    {NULL},
};

/* ---- open() ------------------------------------------------------------------------- */

/* os.fspath(): str and bytes as they are, else __fspath__(). */
static sk_value fspath(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    if (sk_is_str(vm, v) || (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_BYTES_SUB))) return v;
    sk_value f = sk_lookup_special(vm, v, sk_str_intern_cstr(vm, "__fspath__"));
    if (!f) {
        if (vm->exc) return SK_NULL;
        return sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, bytes or os.PathLike object, not %s",
                          sk_type_name_of(vm, v));
    }
    SK_ROOT(vm, f);
    sk_value r = sk_call0(vm, f);
    if (!r) return SK_NULL;
    if (sk_is_str(vm, r) || (sk_is_ptr(r) && (sk_as_obj(r)->type->flags & SK_TF_BYTES_SUB))) return r;
    return sk_exc_fmt(vm, SK_EXC_TYPE, "expected %s.__fspath__() to return str or bytes, not %s",
                      sk_type_name_of(vm, v), sk_type_name_of(vm, r));
}

/* A number as open() sees one (PyNumber_Check): it is passed on as a file
 * descriptor. */
static bool is_number(sk_vm *vm, sk_value v) {
    if (sk_is_int(v) || sk_is_bool(v)) return true;
    if (!sk_is_ptr(v)) return false;
    sk_type *t = sk_as_obj(v)->type;
    return t->index || t->to_int || t->to_float;
}

/* Closes a half-built file object after open() failed, keeping open()'s
 * exception as the one raised (the close error, if any, chains it). */
static void close_after_error(sk_vm *vm, sk_value obj) {
    SK_ROOT_SCOPE(vm);
    sk_value saved = sk_exc_take(vm);
    SK_ROOT(vm, saved);
    SK_ROOT(vm, obj);
    sk_value r = call0(vm, obj, "close");
    if (!r) {
        sk_value e = sk_exc_take(vm);
        ((sk_exception *)sk_as_obj(e))->context = saved;
        vm->exc = e;
        return;
    }
    vm->exc = saved;
}

/* A str argument that may also be None (clinic's str(accept={str,
 * NoneType})): SK_NULL for None or absent. */
static bool opt_str(sk_vm *vm, const char *fname, const char *arg, sk_value v, sk_value *out) {
    *out = SK_NULL;
    if (!v || v == SK_NONE) return true;
    if (!sk_is_str(vm, v)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument '%s' must be str or None, not %s", fname, arg,
                   sk_type_name_of(vm, v));
        return false;
    }
    if (memchr(sk_str_data(v), '\0', sk_str_size(v))) {
        sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character");
        return false;
    }
    *out = v;
    return true;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
IO_NATIVE(io_open) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                        "opener"};
    sk_value a[8];
    if (!sk_io_bind(vm, "open", args, nargs, kwnames, names, 8, 1, a)) return SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    const char *mode = "r";
    if (a[1]) {
        if (!sk_is_str(vm, a[1]))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "open() argument 'mode' must be str, not %s", sk_type_name_of(vm, a[1]));
        if (memchr(sk_str_data(a[1]), '\0', sk_str_size(a[1]))) return sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character");
        mode = sk_str_data(a[1]);
    }
    int64_t buffering = -1;
    if (a[2] && !sk_index_i64(vm, a[2], &buffering, "Python int too large to convert to C int")) return SK_NULL;
    if (buffering > INT32_MAX || buffering < INT32_MIN)
        return sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
    sk_value encoding, errors, newline;
    if (!opt_str(vm, "open", "encoding", a[3], &encoding) || !opt_str(vm, "open", "errors", a[4], &errors) ||
        !opt_str(vm, "open", "newline", a[5], &newline))
        return SK_NULL;
    bool closefd = true;
    if (a[6]) {
        int t = sk_truth(vm, a[6]);
        if (t < 0) return SK_NULL;
        closefd = t;
    }
    sk_value opener = a[7] && a[7] != SK_NONE ? a[7] : SK_NULL;

    sk_value file = a[0], modeobj = SK_NULL;
    SK_ROOT(vm, modeobj);
    if (!is_number(vm, file)) {
        file = fspath(vm, file);
        if (!file) return SK_NULL;
    }
    SK_ROOT(vm, file);

    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        default: goto invalid_mode;
        }
        if (strchr(m + 1, *m)) goto invalid_mode;
    }
    char rawmode[6], *rm = rawmode;
    if (creating) *rm++ = 'x';
    if (reading) *rm++ = 'r';
    if (writing) *rm++ = 'w';
    if (appending) *rm++ = 'a';
    if (updating) *rm++ = '+';
    *rm = '\0';
    if (text && binary) return sk_exc_msg(vm, SK_EXC_VALUE, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return sk_exc_msg(vm, SK_EXC_VALUE, "must have exactly one of create/read/write/append mode");
    if (binary && encoding) return sk_exc_msg(vm, SK_EXC_VALUE, "binary mode doesn't take an encoding argument");
    if (binary && errors) return sk_exc_msg(vm, SK_EXC_VALUE, "binary mode doesn't take an errors argument");
    if (binary && newline) return sk_exc_msg(vm, SK_EXC_VALUE, "binary mode doesn't take a newline argument");
    if (binary && buffering == 1 &&
        !sk_warn_cstr(vm, SK_EXC_TYPE(vm, RUNTIME_WARNING),
                      "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will "
                      "be used",
                      1))
        return SK_NULL;

    /* What other file objects hold is written first: a CPython program
     * finds the data of a file object it dropped written by now. */
    sk_io_flush_pending(vm);

    sk_value raw = sk_io_fileio_open(vm, file, rawmode, closefd, opener);
    if (!raw) return SK_NULL;
    SK_ROOT(vm, raw);
    sk_value result = raw;
    io_fileio *f = (io_fileio *)sk_as_obj(raw);
    bool line_buffering = false;
    if (buffering < 0 && isatty(f->h->fd)) line_buffering = true;
    if (buffering == 1 || line_buffering) {
        buffering = -1;
        line_buffering = true;
    }
    if (buffering < 0) buffering = f->blksize;
    if (buffering == 0) {
        if (!binary) {
            sk_exc_msg(vm, SK_EXC_VALUE, "can't have unbuffered text I/O");
            goto error;
        }
        sk_gc_roots_restore(vm, mark);
        return raw;
    }
    sk_io *io = IO(vm);
    sk_type *bt = updating ? io->bufrandom : (creating || writing || appending) ? io->bufwriter : io->bufreader;
    sk_value buffer = sk_io_buffered_new(vm, bt, raw, (size_t)buffering);
    if (!buffer) goto error;
    SK_ROOT(vm, buffer);
    result = buffer;
    if (binary) {
        sk_gc_roots_restore(vm, mark);
        return buffer;
    }
    sk_value wrapper = sk_io_text_new(vm, buffer, encoding, errors, newline, line_buffering);
    if (!wrapper) goto error;
    SK_ROOT(vm, wrapper);
    result = wrapper;
    modeobj = sk_str_from_cstr(vm, mode);
    if (!modeobj) goto error;
    if (sk_setattr(vm, wrapper, sk_str_intern_cstr(vm, "mode"), modeobj) < 0) goto error;
    sk_gc_roots_restore(vm, mark);
    return wrapper;

invalid_mode:
    return sk_exc_fmt(vm, SK_EXC_VALUE, "invalid mode: '%s'", mode);
error:
    close_after_error(vm, result);
    return SK_NULL;
}

static const sk_method_def open_def = {"open", io_open, 0, -1, SK_METH_KEYWORDS, NULL};

sk_value sk_io_open_function(sk_vm *vm) {
    return sk_builtin_new(vm, &open_def, SK_NULL, sk_str_intern_cstr(vm, "_io"));
}

/* io.text_encoding(encoding, stacklevel=2) */
IO_NATIVE(io_text_encoding) {
    if (args[0] != SK_NONE) return args[0];
    return sk_str_from_cstr(vm, "locale");
}

/* io.open_code(path): the file opened for reading in binary mode. */
IO_NATIVE(io_open_code) {
    SK_ROOT_SCOPE(vm);
    if (!sk_is_str(vm, args[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "open_code() argument 'path' must be str, not %s",
                          sk_type_name_of(vm, args[0]));
    sk_value a[2] = {args[0], SK_NULL};
    SK_ROOT(vm, a[1]);
    if (!(a[1] = sk_str_from_cstr(vm, "rb"))) return SK_NULL;
    return io_open(vm, a, 2, SK_NULL);
}

static const sk_method_def io_functions[] = {
    {"text_encoding", io_text_encoding, 1, 2, 0, NULL},
    {"open_code", io_open_code, 1, 1, 0, NULL},
    {NULL},
};

/* ---- the standard streams ------------------------------------------------------------- */

static io_text *stdio_text(sk_vm *vm, int fd) {
    sk_value v = vm->stdio[fd];
    return v ? (io_text *)sk_as_obj(v) : NULL;
}

bool sk_is_native_stream(sk_vm *vm, sk_value v, int fd) {
    if (fd == 1 || fd == 2) return v && v == vm->stdio[fd];
    return IO(vm) && sk_is_ptr(v) && sk_as_obj(v)->type == IO(vm)->textio;
}

bool sk_native_stream_write(sk_vm *vm, sk_value v, const char *p, size_t n) {
    return sk_io_text_write_utf8(vm, (io_text *)sk_as_obj(v), p, n);
}

bool sk_stdio_write(sk_vm *vm, int fd, const char *p, size_t n) {
    io_text *t = stdio_text(vm, fd);
    if (!t) {
        sk_write_fn w = fd == 2 ? vm->config.write_err : vm->config.write_out;
        w(vm->config.write_ud, p, n);
        return true;
    }
    return sk_io_text_write_utf8(vm, t, p, n);
}

void sk_stdio_flush(sk_vm *vm) {
    for (int fd = 1; fd <= 2; fd++) {
        io_text *t = stdio_text(vm, fd);
        if (t && t->nbuf && !t->detached) sk_io_buffered_flush_quietly(vm, t->nbuf);
    }
}

static sk_value new_stdio(sk_vm *vm, int fd) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value r = SK_NULL;
    sk_value raw = sk_io_fileio_host(vm, fd);
    if (!raw) goto done;
    SK_ROOT(vm, raw);
    sk_io *io = IO(vm);
    sk_value buffer = sk_io_buffered_new(vm, fd == 0 ? io->bufreader : io->bufwriter, raw, IO_DEFAULT_BUFFER_SIZE);
    if (!buffer || !sk_io_buffered_prepare(vm, (io_buffered *)sk_as_obj(buffer))) goto done;
    SK_ROOT(vm, buffer);
    sk_value enc = sk_str_from_cstr(vm, "utf-8");
    if (!enc) goto done;
    SK_ROOT(vm, enc);
    sk_value errors = sk_str_from_cstr(vm, fd == 2 ? "backslashreplace" : "surrogateescape");
    if (!errors) goto done;
    SK_ROOT(vm, errors);
    sk_value nl = sk_str_from_cstr(vm, "\n");
    if (!nl) goto done;
    SK_ROOT(vm, nl);
    /* a terminal sees each line as it is printed; a pipe or file gets
     * blocks, which is what makes output fast */
    bool line_buffering = fd == 2 || (fd == 1 && isatty(1));
    sk_value t = sk_io_text_new(vm, buffer, enc, errors, nl, line_buffering);
    if (!t) goto done;
    SK_ROOT(vm, t);
    ((io_text *)sk_as_obj(t))->flush_each_write = fd == 2;
    sk_value mode = sk_str_from_cstr(vm, fd == 0 ? "r" : "w");
    if (!mode) goto done;
    SK_ROOT(vm, mode);
    if (sk_setattr(vm, t, sk_str_intern_cstr(vm, "mode"), mode) < 0) goto done;
    r = t;
done:
    sk_gc_roots_restore(vm, mark);
    return r;
}

/* io.UnsupportedOperation: an OSError and a ValueError. */
static sk_type *make_unsupported(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    sk_value bases[2] = {sk_from_obj(SK_EXC_TYPE(vm, OS)), sk_from_obj(SK_EXC_TYPE(vm, VALUE))};
    sk_value bases_tuple = sk_tuple_from(vm, bases, 2);
    if (!bases_tuple) return NULL;
    SK_ROOT(vm, bases_tuple);
    sk_value ns = sk_dict_new(vm);
    if (!ns) return NULL;
    SK_ROOT(vm, ns);
    sk_value modname = sk_str_intern_cstr(vm, "io");
    if (!modname || !sk_dict_set(vm, ns, SK_NAME(vm, __module__), modname)) return NULL;
    sk_value name = sk_str_intern_cstr(vm, "UnsupportedOperation");
    if (!name) return NULL;
    sk_value t = sk_type_create(vm, SK_TYPE(vm, TYPE), name, bases_tuple, ns, SK_NULL);
    return t ? sk_as_type(t) : NULL;
}

static bool init_types(sk_vm *vm) {
    sk_io *io = IO(vm);
    if (!(io->iobase = sk_io_new_type(vm, "_IOBase", NULL, sizeof(io_obj), iobase_methods, iobase_getsets)))
        return false;
    io->iobase->iter = base_iter;
    io->iobase->next = base_next;
    if (!sk_type_ready(vm, io->iobase)) return false;
    if (!(io->rawiobase = sk_io_new_type(vm, "_RawIOBase", io->iobase, sizeof(io_obj), rawiobase_methods, NULL)) ||
        !sk_type_ready(vm, io->rawiobase))
        return false;
    if (!(io->bufferediobase =
              sk_io_new_type(vm, "_BufferedIOBase", io->iobase, sizeof(io_obj), bufferediobase_methods, NULL)) ||
        !sk_type_ready(vm, io->bufferediobase))
        return false;
    if (!(io->textiobase = sk_io_new_type(vm, "_TextIOBase", io->iobase, sizeof(io_obj), textiobase_methods,
                                          textiobase_getsets)) ||
        !sk_type_ready(vm, io->textiobase))
        return false;
    if (!(io->unsupported = make_unsupported(vm))) return false;
    return sk_io_fileio_init_type(vm) && sk_io_buffered_init_types(vm) && sk_io_text_init_type(vm) &&
           sk_io_mem_init_types(vm);
}

bool sk_stdio_init(sk_vm *vm) {
    vm->io = sk_mem_alloc(vm, sizeof(sk_io));
    if (!vm->io) return false;
    memset(vm->io, 0, sizeof(sk_io));
    size_t mark = sk_gc_roots_save(vm);
    bool ok = init_types(vm);
    for (int fd = 0; ok && fd < 3; fd++) ok = (vm->stdio[fd] = new_stdio(vm, fd)) != SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return ok;
}

void sk_io_mark(sk_vm *vm) {
    sk_io *io = IO(vm);
    if (!io) return;
    sk_type *types[] = {io->iobase, io->rawiobase, io->bufferediobase, io->textiobase, io->fileio,
                        io->bufreader, io->bufwriter, io->bufrandom, io->textio,
                        io->stringio, io->bytesio, io->unsupported};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (types[i]) sk_gc_mark_obj(vm, &types[i]->hdr);
}

void sk_io_shutdown(sk_vm *vm) {
    sk_io *io = IO(vm);
    if (!io) return;
    sk_stdio_flush(vm);
    /* every buffered file writes what it holds, as CPython's finalizers do
     * at exit; the descriptors close as the objects are freed */
    sk_io_flush_pending(vm);
}

void sk_io_free(sk_vm *vm) {
    if (!vm->io) return;
    sk_mem_free(vm, vm->io, sizeof(sk_io));
    vm->io = NULL;
}

/* ---- the module ------------------------------------------------------------------------ */

bool sk_io_module_init(sk_vm *vm, sk_value module) {
    sk_io *io = IO(vm);
    sk_value open = sk_dict_get_cstr(vm, vm->builtins, "open");
    struct {
        const char *name;
        sk_type *t;
    } types[] = {
        {"_IOBase", io->iobase}, {"_RawIOBase", io->rawiobase}, {"_BufferedIOBase", io->bufferediobase},
        {"_TextIOBase", io->textiobase}, {"FileIO", io->fileio}, {"BufferedReader", io->bufreader},
        {"BufferedWriter", io->bufwriter}, {"BufferedRandom", io->bufrandom},
        {"TextIOWrapper", io->textio}, {"StringIO", io->stringio}, {"BytesIO", io->bytesio},
        {"UnsupportedOperation", io->unsupported},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (types[i].t && !sk_module_add(vm, module, types[i].name, sk_from_obj(types[i].t))) return false;
    return sk_module_add(vm, module, "open", open) && sk_module_add_functions(vm, module, io_functions) &&
           sk_module_add(vm, module, "BlockingIOError", sk_from_obj(SK_EXC_TYPE(vm, BLOCKING_IO))) &&
           sk_module_add_int(vm, module, "DEFAULT_BUFFER_SIZE", IO_DEFAULT_BUFFER_SIZE);
}
