/* io.c — the _io module: native text streams over file descriptors. The
 * three stdio streams write through the host's write hooks (sk_config's
 * write_out / write_err); stdout is buffered in the VM (a line at a time
 * when it is a terminal, in blocks otherwise, as CPython does) and flushed
 * when a run ends, before input() reads and when the buffer fills.
 */
#include "textio.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define STREAM_BUFSIZE 8192

typedef struct stream {
    sk_obj hdr;
    sk_value name;            /* "<stdout>" … */
    sk_value mode;            /* "r" / "w" */
    int fd;
    bool readable, writable, closed;
    bool line_buffering;      /* flush at every newline */
    bool eof;
    char *wbuf;               /* pending output, STREAM_BUFSIZE bytes */
    size_t wlen;
    char *rbuf;               /* input read ahead */
    size_t rlen, rpos, rcap;
} stream;

static sk_type *stream_type(sk_vm *vm) {
    return vm->stdio[1] ? sk_as_obj(vm->stdio[1])->type : NULL;
}

static stream *ST(sk_value v) { return (stream *)sk_as_obj(v); }

/* io.UnsupportedOperation (an OSError and a ValueError), kept as the
 * stream type's metadata. */
static sk_value unsupported(sk_vm *vm, const char *msg) {
    sk_value cls = stream_type(vm)->metadata;
    sk_value text = sk_str_from_cstr(vm, msg);
    if (!text) return SK_NULL;
    return sk_exc_raise_type(vm, sk_as_type(cls), &text, 1);
}

static void stream_trace(sk_vm *vm, sk_obj *o) {
    stream *s = (stream *)o;
    sk_gc_mark(vm, s->name);
    sk_gc_mark(vm, s->mode);
}

static void stream_finalize(sk_vm *vm, sk_obj *o) {
    stream *s = (stream *)o;
    if (s->wbuf) sk_mem_free(vm, s->wbuf, STREAM_BUFSIZE);
    if (s->rbuf) sk_mem_free(vm, s->rbuf, s->rcap);
}

/* Hands the pending bytes to the host. */
static void stream_flush(sk_vm *vm, stream *s) {
    if (!s->wlen) return;
    sk_write_fn w = s->fd == 2 ? vm->config.write_err : vm->config.write_out;
    w(vm->config.write_ud, s->wbuf, s->wlen);
    s->wlen = 0;
}

static bool stream_write(sk_vm *vm, stream *s, const char *p, size_t n) {
    if (s->closed) {
        sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file.");
        return false;
    }
    if (!s->writable) {
        unsupported(vm, "not writable");
        return false;
    }
    if (!s->wbuf) {
        sk_write_fn w = s->fd == 2 ? vm->config.write_err : vm->config.write_out;
        w(vm->config.write_ud, p, n);
        return true;
    }
    if (s->wlen + n > STREAM_BUFSIZE) {
        stream_flush(vm, s);
        if (n > STREAM_BUFSIZE) {
            sk_write_fn w = s->fd == 2 ? vm->config.write_err : vm->config.write_out;
            w(vm->config.write_ud, p, n);
            return true;
        }
    }
    memcpy(s->wbuf + s->wlen, p, n);
    s->wlen += n;
    if (s->line_buffering && memchr(p, '\n', n)) stream_flush(vm, s);
    return true;
}

bool sk_is_native_stream(sk_vm *vm, sk_value v, int fd) {
    if (fd == 1 || fd == 2) return v && v == vm->stdio[fd];
    sk_type *t = stream_type(vm);
    return t && sk_is_ptr(v) && sk_as_obj(v)->type == t && ST(v)->writable;
}

bool sk_native_stream_write(sk_vm *vm, sk_value v, const char *p, size_t n) {
    return stream_write(vm, ST(v), p, n);
}

bool sk_stdio_write(sk_vm *vm, int fd, const char *p, size_t n) {
    if (!vm->stdio[fd]) {
        sk_write_fn w = fd == 2 ? vm->config.write_err : vm->config.write_out;
        w(vm->config.write_ud, p, n);
        return true;
    }
    return stream_write(vm, ST(vm->stdio[fd]), p, n);
}

void sk_stdio_flush(sk_vm *vm) {
    for (int fd = 1; fd <= 2; fd++)
        if (vm->stdio[fd]) stream_flush(vm, ST(vm->stdio[fd]));
}

/* ---- reading --------------------------------------------------------------------- */

/* Reads more input into the read-ahead buffer; false at end of input or on
 * error (with an exception set for errors). */
static bool fill(sk_vm *vm, stream *s) {
    if (s->eof) return false;
    if (s->rpos > 0) {
        memmove(s->rbuf, s->rbuf + s->rpos, s->rlen - s->rpos);
        s->rlen -= s->rpos;
        s->rpos = 0;
    }
    if (s->rcap - s->rlen < 4096) {
        size_t cap = s->rcap ? s->rcap * 2 : 8192;
        char *nb = sk_mem_realloc(vm, s->rbuf, s->rcap, cap);
        if (!nb) {
            sk_exc_no_memory(vm);
            return false;
        }
        s->rbuf = nb;
        s->rcap = cap;
    }
    for (;;) {
        ssize_t got = read(s->fd, s->rbuf + s->rlen, s->rcap - s->rlen);
        if (got < 0 && errno == EINTR) {
            if (vm->interrupt) return false;
            continue;
        }
        if (got < 0) {
            sk_exc_fmt(vm, SK_EXC_OS, "[Errno %d] %s", errno, strerror(errno));
            return false;
        }
        if (got == 0) {
            s->eof = true;
            return false;
        }
        s->rlen += (size_t)got;
        return true;
    }
}

static bool check_readable(sk_vm *vm, stream *s) {
    if (s->closed) {
        sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file.");
        return false;
    }
    if (!s->readable) {
        unsupported(vm, "not readable");
        return false;
    }
    return true;
}

static sk_value read_line(sk_vm *vm, stream *s) {
    if (!check_readable(vm, s)) return SK_NULL;
    sk_stdio_flush(vm);
    for (;;) {
        char *start = s->rbuf ? s->rbuf + s->rpos : NULL;
        char *nl = start ? memchr(start, '\n', s->rlen - s->rpos) : NULL;
        if (nl) {
            size_t n = (size_t)(nl - start) + 1;
            s->rpos += n;
            return sk_str_from_utf8_lossy(vm, start, n);
        }
        if (!fill(vm, s)) {
            if (vm->exc) return SK_NULL;
            size_t n = s->rlen - s->rpos;
            sk_value r = n ? sk_str_from_utf8_lossy(vm, s->rbuf + s->rpos, n) : vm->empty_str;
            s->rpos = s->rlen;
            return r;
        }
    }
}

/* ---- methods ----------------------------------------------------------------------- */

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

NATIVE(m_write) {
    if (!sk_is_str(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "write() argument must be str, not %T", args[1]);
    sk_value s = args[1];
    if (!stream_write(vm, ST(args[0]), sk_str_data(s), sk_str_size(s))) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)sk_str_len(s));
}

NATIVE(m_flush) {
    stream *s = ST(args[0]);
    if (s->closed) return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file.");
    stream_flush(vm, s);
    return SK_NONE;
}

NATIVE(m_readline) {
    int64_t limit = -1;
    if (nargs > 1 && args[1] != SK_NONE && !sk_index_i64(vm, args[1], &limit, NULL)) return SK_NULL;
    sk_value line = read_line(vm, ST(args[0]));
    if (!line || limit < 0 || (size_t)limit >= sk_str_len(line)) return line;
    return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "readline() with a size limit on a standard stream");
}

NATIVE(m_read) {
    int64_t size = -1;
    if (nargs > 1 && args[1] != SK_NONE && !sk_index_i64(vm, args[1], &size, NULL)) return SK_NULL;
    if (size >= 0) return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "read() with a size on a standard stream");
    stream *s = ST(args[0]);
    if (!check_readable(vm, s)) return SK_NULL;
    sk_stdio_flush(vm);
    while (fill(vm, s)) {}
    if (vm->exc) return SK_NULL;
    size_t n = s->rlen - s->rpos;
    sk_value r = n ? sk_str_from_utf8_lossy(vm, s->rbuf + s->rpos, n) : vm->empty_str;
    s->rpos = s->rlen;
    return r;
}

NATIVE(m_readlines) {
    SK_ROOT_SCOPE(vm);
    sk_value list = sk_list_new(vm, 0);
    if (!list) return SK_NULL;
    SK_ROOT(vm, list);
    for (;;) {
        sk_value line = read_line(vm, ST(args[0]));
        if (!line) return SK_NULL;
        if (sk_str_size(line) == 0) return list;
        if (!sk_list_append(vm, list, line)) return SK_NULL;
    }
}

static int stream_next(sk_vm *vm, sk_value self, sk_value *out) {
    sk_value line = read_line(vm, ST(self));
    if (!line) return -1;
    if (sk_str_size(line) == 0) return 0;
    *out = line;
    return 1;
}

static sk_value stream_iter(sk_vm *vm, sk_value self) {
    if (ST(self)->closed) return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file.");
    return self;
}

NATIVE(m_fileno) { return sk_from_int(ST(args[0])->fd); }
NATIVE(m_isatty) { return sk_from_bool(isatty(ST(args[0])->fd)); }
NATIVE(m_readable) { return sk_from_bool(ST(args[0])->readable); }
NATIVE(m_writable) { return sk_from_bool(ST(args[0])->writable); }
NATIVE(m_seekable) { return SK_FALSE; }
NATIVE(m_close) {
    stream *s = ST(args[0]);
    if (!s->closed) {
        stream_flush(vm, s);
        s->closed = true;
    }
    return SK_NONE;
}
NATIVE(m_enter) {
    if (ST(args[0])->closed) return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file.");
    return args[0];
}
NATIVE(m_exit) { return m_close(vm, args, 1, SK_NULL); }

static const sk_method_def stream_methods[] = {
    {"write", m_write, 2, 2, 0, NULL},
    {"flush", m_flush, 1, 1, 0, NULL},
    {"read", m_read, 1, 2, 0, NULL},
    {"readline", m_readline, 1, 2, 0, NULL},
    {"readlines", m_readlines, 1, 1, 0, NULL},
    {"fileno", m_fileno, 1, 1, 0, NULL},
    {"isatty", m_isatty, 1, 1, 0, NULL},
    {"readable", m_readable, 1, 1, 0, NULL},
    {"writable", m_writable, 1, 1, 0, NULL},
    {"seekable", m_seekable, 1, 1, 0, NULL},
    {"close", m_close, 1, 1, 0, NULL},
    {"__enter__", m_enter, 1, 1, 0, NULL},
    {"__exit__", m_exit, 1, -1, 0, NULL},
    {NULL},
};

static sk_value g_closed(sk_vm *vm, sk_value self) { return sk_from_bool(ST(self)->closed); }
static sk_value g_encoding(sk_vm *vm, sk_value self) { return sk_str_from_cstr(vm, "utf-8"); }
static sk_value g_errors(sk_vm *vm, sk_value self) {
    return sk_str_from_cstr(vm, ST(self)->fd == 2 ? "backslashreplace" : "strict");
}
static sk_value g_line_buffering(sk_vm *vm, sk_value self) { return sk_from_bool(ST(self)->line_buffering); }

static const sk_getset_def stream_getsets[] = {
    {"closed", g_closed, NULL, NULL},
    {"encoding", g_encoding, NULL, NULL},
    {"errors", g_errors, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL},
    {NULL},
};

static const sk_member_def stream_members[] = {
    {"name", offsetof(stream, name), SK_MEMBER_READONLY, NULL},
    {"mode", offsetof(stream, mode), SK_MEMBER_READONLY, NULL},
    {NULL},
};

static sk_value stream_repr(sk_vm *vm, sk_value self) {
    return sk_str_fmt(vm, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", ST(self)->name, ST(self)->mode);
}

static sk_value new_stream(sk_vm *vm, sk_type *t, int fd, const char *name, const char *mode) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value v = sk_from_obj(sk_gc_new(vm, t, sizeof(stream)));
    if (!v) return SK_NULL;
    SK_ROOT(vm, v);
    stream *s = ST(v);
    s->fd = fd;
    s->readable = fd == 0;
    s->writable = fd != 0;
    if (!(s->name = sk_str_from_cstr(vm, name)) || !(s->mode = sk_str_from_cstr(vm, mode))) return SK_NULL;
    if (fd == 1) {
        /* a terminal sees each line as it is printed; a pipe or file gets
         * blocks, which is what makes output fast */
        bool tty = vm->config.write_out == NULL || isatty(1);
        s->line_buffering = tty;
        if (!(s->wbuf = sk_mem_alloc(vm, STREAM_BUFSIZE))) return sk_exc_no_memory(vm);
    } else if (fd == 2) {
        s->line_buffering = true;
    }
    sk_gc_roots_restore(vm, mark);
    return v;
}

bool sk_stdio_init(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_type_new_builtin(vm, "TextIOWrapper", "_io", SK_TYPE(vm, OBJECT), sizeof(stream), 0);
    if (!t) return false;
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    t->trace = stream_trace;
    t->finalize = stream_finalize;
    t->repr = stream_repr;
    t->iter = stream_iter;
    t->next = stream_next;
    if (!sk_type_add_methods(vm, t, stream_methods) || !sk_type_add_getsets(vm, t, stream_getsets) ||
        !sk_type_add_members(vm, t, stream_members) || !sk_type_ready(vm, t))
        return false;
    sk_value bases[2] = {sk_from_obj(SK_EXC_TYPE(vm, OS)), sk_from_obj(SK_EXC_TYPE(vm, VALUE))};
    sk_value bases_tuple = sk_tuple_from(vm, bases, 2);
    if (!bases_tuple) return false;
    SK_ROOT(vm, bases_tuple);
    sk_value ns = sk_dict_new(vm);
    if (!ns) return false;
    SK_ROOT(vm, ns);
    sk_value modname = sk_str_intern_cstr(vm, "io");
    if (!modname || !sk_dict_set(vm, ns, SK_NAME(vm, __module__), modname)) return false;
    sk_value name = sk_str_intern_cstr(vm, "UnsupportedOperation");
    if (!name) return false;
    t->metadata = sk_type_create(vm, SK_TYPE(vm, TYPE), name, bases_tuple, ns, SK_NULL);
    if (!t->metadata) return false;
    static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char *const modes[3] = {"r", "w", "w"};
    for (int fd = 0; fd < 3; fd++)
        if (!(vm->stdio[fd] = new_stream(vm, t, fd, names[fd], modes[fd]))) return false;
    return true;
}

/* ---- open() ----------------------------------------------------------------------- */

NATIVE(b_open) { return sk_exc_msg(vm, SK_EXC_NOT_IMPLEMENTED, "open(): file objects are not implemented yet"); }

static const sk_method_def open_def = {"open", b_open, 1, -1, SK_METH_KEYWORDS, NULL};

sk_value sk_io_open_function(sk_vm *vm) {
    return sk_builtin_new(vm, &open_def, SK_NULL, sk_str_intern_cstr(vm, "_io"));
}

bool sk_io_module_init(sk_vm *vm, sk_value module) {
    sk_value open = sk_dict_get_cstr(vm, vm->builtins, "open");
    return sk_module_add(vm, module, "open", open) &&
           sk_module_add(vm, module, "TextIOWrapper", sk_from_obj(stream_type(vm))) &&
           sk_module_add(vm, module, "UnsupportedOperation", stream_type(vm)->metadata) &&
           sk_module_add_int(vm, module, "DEFAULT_BUFFER_SIZE", STREAM_BUFSIZE);
}
