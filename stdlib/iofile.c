/* iofile.c — _io.FileIO: the raw stream over an operating-system file
 * descriptor (open(2), read(2), write(2), lseek(2)), with CPython's modes,
 * errors and repr. A FileIO made for one of the process's standard
 * streams (`host`) writes through the host's write hooks instead, which
 * is how an embedding captures sys.stdout and sys.stderr.
 */
#include "ioint.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "codec.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"

#define FIO(v) ((io_fileio *)sk_as_obj(v))

bool sk_io_fileio_is_closed(io_fileio *f) { return !f->h || f->h->fd < 0; }

static sk_value err_closed(sk_vm *vm) { return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file"); }

static sk_value err_mode(sk_vm *vm, const char *action) {
    return sk_io_unsupported(vm, !strcmp(action, "reading") ? "File not open for reading" : "File not open for writing");
}

/* ---- the shared descriptor -------------------------------------------------------- */

static io_fdh *fdh_new(sk_vm *vm, int fd, bool closefd) {
    io_fdh *h = sk_mem_alloc(vm, sizeof(io_fdh));
    if (!h) return NULL;
    h->fd = fd;
    h->refs = 1;
    h->closefd = closefd;
    h->host = false;
    return h;
}

void sk_io_fdh_release(sk_vm *vm, io_fdh *h) {
    if (!h || --h->refs > 0) return;
    if (h->fd >= 0 && h->closefd) close(h->fd);
    sk_mem_free(vm, h, sizeof(io_fdh));
}

static void fileio_finalize(sk_vm *vm, sk_obj *o) {
    io_fileio *f = (io_fileio *)o;
    sk_io_fdh_release(vm, f->h);
    f->h = NULL;
}

/* ---- raw operations ------------------------------------------------------------------ */

/* A system call was interrupted: go on, unless Ctrl-C asked for a
 * KeyboardInterrupt (then it is raised and false returned). */
static bool retry_eintr(sk_vm *vm) {
    if (!vm->interrupt) return true;
    vm->interrupt = 0;
    sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
    return false;
}

int64_t sk_io_fileio_read(sk_vm *vm, io_fileio *f, char *p, size_t n) {
    if (f->host == IO_HOST_STDIN) sk_stdio_flush(vm);
    for (;;) {
        ssize_t got = read(f->h->fd, p, n);
        if (got >= 0) return got;
        if (errno == EINTR) {
            if (retry_eintr(vm)) continue;
            return -1;
        }
        if (errno == EAGAIN) return -2;
        sk_io_err_errno(vm, errno, SK_NULL);
        return -1;
    }
}

int64_t sk_io_fileio_write(sk_vm *vm, io_fileio *f, const char *p, size_t n) {
    if (f->host == IO_HOST_STDOUT || f->host == IO_HOST_STDERR) {
        sk_write_fn w = f->host == IO_HOST_STDERR ? vm->config.write_err : vm->config.write_out;
        w(vm->config.write_ud, p, n);
        return (int64_t)n;
    }
    for (;;) {
        ssize_t put = write(f->h->fd, p, n);
        if (put >= 0) return put;
        if (errno == EINTR) {
            if (retry_eintr(vm)) continue;
            return -1;
        }
        if (errno == EAGAIN) return -2;
        sk_io_err_errno(vm, errno, SK_NULL);
        return -1;
    }
}

int64_t sk_io_fileio_seek(sk_vm *vm, io_fileio *f, int64_t pos, int whence) {
    if (f->host != IO_HOST_NONE) {
        sk_io_err_errno(vm, ESPIPE, SK_NULL);
        return -1;
    }
    off_t r = lseek(f->h->fd, (off_t)pos, whence);
    if (r < 0) {
        sk_io_err_errno(vm, errno, SK_NULL);
        return -1;
    }
    return (int64_t)r;
}

/* ---- opening ---------------------------------------------------------------------------- */

/* The path as bytes for open(2): str paths are UTF-8 with surrogateescape
 * (the file system encoding). */
static sk_value path_bytes(sk_vm *vm, sk_value name) {
    sk_value b;
    if (sk_is_str(vm, name)) {
        sk_value enc = sk_str_intern_cstr(vm, "utf-8");
        sk_value err = enc ? sk_str_intern_cstr(vm, "surrogateescape") : SK_NULL;
        if (!err) return SK_NULL;
        b = sk_codec_encode(vm, name, enc, err);
        if (!b) return SK_NULL;
    } else if (sk_is_ptr(name) && (sk_as_obj(name)->type->flags & SK_TF_BYTES_SUB)) {
        b = name;
    } else {
        return sk_exc_fmt(vm, SK_EXC_TYPE, "expected str, bytes or os.PathLike object, not %s",
                          sk_type_name_of(vm, name));
    }
    if (memchr(sk_bytes_data(b), '\0', sk_bytes_len(b))) return sk_exc_msg(vm, SK_EXC_VALUE, "embedded null byte");
    return b;
}

/* Closes the descriptor this FileIO holds (if it owns it); raises OSError
 * if close(2) fails. */
static bool internal_close(sk_vm *vm, io_fileio *f) {
    io_fdh *h = f->h;
    if (!h || h->fd < 0) return true;
    int fd = h->fd;
    h->fd = -1;
    if (h->closefd && f->host == IO_HOST_NONE && close(fd) < 0) {
        sk_io_err_errno(vm, errno, SK_NULL);
        return false;
    }
    return true;
}

/* FileIO.__init__(file, mode='r', closefd=True, opener=None) */
static int fileio_setup(sk_vm *vm, sk_value self, sk_value nameobj, sk_value modeobj, bool closefd, sk_value opener) {
    SK_ROOT_SCOPE(vm);
    io_fileio *f = FIO(self);
    if (f->h) {
        /* __init__ on an open FileIO closes the old descriptor first */
        if (f->closefd && !internal_close(vm, f)) return -1;
        sk_io_fdh_release(vm, f->h);
        f->h = NULL;
    }
    size_t mark = sk_gc_roots_save(vm);
    int fd = -1;
    sk_value path = SK_NULL;
    SK_ROOT(vm, path);
    if (sk_is_int(nameobj) || sk_is_bool(nameobj) ||
        (sk_is_ptr(nameobj) && (sk_as_obj(nameobj)->type->flags & SK_TF_INT_SUB))) {
        int64_t v;
        if (!sk_int_to_i64(vm, sk_is_bool(nameobj) ? sk_from_int(nameobj == SK_TRUE) : nameobj, &v)) return -1;
        if (v < 0) {
            sk_exc_msg(vm, SK_EXC_VALUE, "negative file descriptor");
            return -1;
        }
        if (v > INT32_MAX) {
            sk_exc_msg(vm, SK_EXC_OVERFLOW, "Python int too large to convert to C int");
            return -1;
        }
        fd = (int)v;
    } else {
        if (!(path = path_bytes(vm, nameobj))) return -1;
    }
    const char *mode = "r";
    if (modeobj) {
        if (!sk_is_str(vm, modeobj)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "FileIO() argument 'mode' must be str, not %s", sk_type_name_of(vm, modeobj));
            return -1;
        }
        mode = sk_str_data(modeobj);
    }
    bool rwa = false, plus = false;
    bool readable = false, writable = false, appending = false, created = false;
    int flags = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'x':
            if (rwa) goto bad_mode;
            rwa = created = writable = true;
            flags |= O_EXCL | O_CREAT;
            break;
        case 'r':
            if (rwa) goto bad_mode;
            rwa = readable = true;
            break;
        case 'w':
            if (rwa) goto bad_mode;
            rwa = writable = true;
            flags |= O_CREAT | O_TRUNC;
            break;
        case 'a':
            if (rwa) goto bad_mode;
            rwa = writable = appending = true;
            flags |= O_APPEND | O_CREAT;
            break;
        case 'b':
            break;
        case '+':
            if (plus) goto bad_mode;
            readable = writable = plus = true;
            break;
        default:
            sk_exc_fmt(vm, SK_EXC_VALUE, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (!rwa) goto bad_mode;
    flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
    flags |= O_CLOEXEC;

    bool opened_here = false;
    if (fd < 0) {
        if (!closefd) {
            sk_exc_msg(vm, SK_EXC_VALUE, "Cannot use closefd=False with file name");
            return -1;
        }
        if (!opener || opener == SK_NONE) {
            bool collected = false;
            for (;;) {
                fd = open(sk_bytes_data(path), flags, 0666);
                if (fd >= 0) break;
                if ((errno == EMFILE || errno == ENFILE) && !collected) {
                    /* file objects a program dropped still hold descriptors
                     * (CPython's refcounting would have closed them) */
                    collected = true;
                    sk_gc_collect(vm);
                    continue;
                }
                if (errno != EINTR) break;
                if (!retry_eintr(vm)) return -1;
            }
            if (fd < 0) {
                sk_io_err_errno(vm, errno, nameobj);
                return -1;
            }
        } else {
            sk_value r = sk_call2(vm, opener, nameobj, sk_from_int(flags));
            if (!r) return -1;
            if (!sk_is_int(r) && !(sk_is_ptr(r) && (sk_as_obj(r)->type->flags & SK_TF_INT_SUB))) {
                sk_exc_msg(vm, SK_EXC_TYPE, "expected integer from opener");
                return -1;
            }
            int64_t v;
            if (!sk_int_to_i64(vm, r, &v)) return -1;
            if (v < 0) {
                sk_exc_fmt(vm, SK_EXC_VALUE, "opener returned %lld", (long long)v);
                return -1;
            }
            fd = (int)v;
            int fl = fcntl(fd, F_GETFD);
            if (fl >= 0) fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
        }
        opened_here = true;
    }
    struct stat st;
    int64_t blksize = IO_DEFAULT_BUFFER_SIZE;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        if (e == EBADF) {
            if (opened_here) close(fd);
            sk_io_err_errno(vm, e, SK_NULL);
            return -1;
        }
    } else {
        if (S_ISDIR(st.st_mode)) {
            if (opened_here || closefd) close(fd);
            sk_io_err_errno(vm, EISDIR, nameobj);
            return -1;
        }
        if (st.st_blksize > 1) blksize = st.st_blksize;
    }
    if (!(f->h = fdh_new(vm, fd, closefd))) {
        if (opened_here) close(fd);
        return -1;
    }
    f->readable = readable;
    f->writable = writable;
    f->appending = appending;
    f->created = created;
    f->closefd = closefd;
    f->seekable = -1;
    f->host = IO_HOST_NONE;
    f->blksize = blksize;
    f->base.base_closed = false;
    if (sk_setattr(vm, self, SK_NAME(vm, name), nameobj) < 0) goto fail;
    if (appending) {
        /* the position starts at the end; a pipe has none */
        if (lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
            sk_io_err_errno(vm, errno, SK_NULL);
            goto fail;
        }
    }
    sk_gc_roots_restore(vm, mark);
    return 0;
bad_mode:
    sk_exc_msg(vm, SK_EXC_VALUE, "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
fail:
    if (f->h) {
        if (f->closefd) {
            SK_ROOT_SCOPE(vm);
            sk_value saved = sk_exc_take(vm);
            SK_ROOT(vm, saved);
            if (!internal_close(vm, f)) sk_exc_take(vm);
            vm->exc = saved;
        }
        sk_io_fdh_release(vm, f->h);
        f->h = NULL;
    }
    return -1;
}

static int fileio_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"file", "mode", "closefd", "opener"};
    sk_value a[4];
    if (!sk_io_bind(vm, "FileIO", args, nargs, kwnames, names, 4, 1, a)) return -1;
    bool closefd = true;
    if (a[2]) {
        int t = sk_truth(vm, a[2]);
        if (t < 0) return -1;
        closefd = t;
    }
    return fileio_setup(vm, self, a[0], a[1], closefd, a[3]);
}

static sk_value fileio_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

sk_value sk_io_fileio_open(sk_vm *vm, sk_value file, const char *mode, bool closefd, sk_value opener) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value self = sk_type_alloc_instance(vm, IO(vm)->fileio);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    sk_value m = sk_str_from_cstr(vm, mode);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    if (fileio_setup(vm, self, file, m, closefd, opener) < 0) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return self;
}

sk_value sk_io_fileio_host(sk_vm *vm, int host) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    size_t mark = sk_gc_roots_save(vm);
    sk_value self = sk_type_alloc_instance(vm, IO(vm)->fileio);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    io_fileio *f = FIO(self);
    if (!(f->h = fdh_new(vm, host, false))) return SK_NULL;
    f->h->host = true;
    f->readable = host == IO_HOST_STDIN;
    f->writable = host != IO_HOST_STDIN;
    f->seekable = 0;
    f->host = (int8_t)host;
    f->blksize = IO_DEFAULT_BUFFER_SIZE;
    sk_value name = sk_str_from_cstr(vm, names[host]);
    if (!name) return SK_NULL;
    SK_ROOT(vm, name);
    if (sk_setattr(vm, self, SK_NAME(vm, name), name) < 0) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return self;
}

/* ---- methods ------------------------------------------------------------------------------ */

static bool check_open(sk_vm *vm, io_fileio *f) {
    if (sk_io_fileio_is_closed(f)) {
        err_closed(vm);
        return false;
    }
    return true;
}

sk_value sk_io_fileio_readall(sk_vm *vm, io_fileio *f) {
    size_t cap = 0;
    if (f->host == IO_HOST_NONE) {
        struct stat st;
        off_t pos = lseek(f->h->fd, 0, SEEK_CUR);
        if (fstat(f->h->fd, &st) == 0 && pos >= 0 && st.st_size >= pos && S_ISREG(st.st_mode))
            cap = (size_t)(st.st_size - pos) + 1;
    }
    if (cap < 8192) cap = 8192;
    char *data = sk_mem_alloc(vm, cap);
    if (!data) return SK_NULL;
    size_t len = 0;
    for (;;) {
        if (len == cap) {
            size_t ncap = cap + cap / 2 + 8192;
            char *nd = sk_mem_realloc(vm, data, cap, ncap);
            if (!nd) {
                sk_mem_free(vm, data, cap);
                return SK_NULL;
            }
            data = nd;
            cap = ncap;
        }
        int64_t got = sk_io_fileio_read(vm, f, data + len, cap - len);
        if (got == -2) {
            if (len) break;
            sk_mem_free(vm, data, cap);
            return SK_NONE;
        }
        if (got < 0) {
            sk_mem_free(vm, data, cap);
            return SK_NULL;
        }
        if (got == 0) break;
        len += (size_t)got;
    }
    sk_value r = sk_bytes_new(vm, data, len);
    sk_mem_free(vm, data, cap);
    return r;
}

IO_NATIVE(fio_readall) {
    io_fileio *f = FIO(args[0]);
    if (!check_open(vm, f)) return SK_NULL;
    if (!f->readable) return err_mode(vm, "reading");
    return sk_io_fileio_readall(vm, f);
}

IO_NATIVE(fio_read) {
    SK_ROOT_SCOPE(vm);
    io_fileio *f = FIO(args[0]);
    if (!check_open(vm, f)) return SK_NULL;
    if (!f->readable) return err_mode(vm, "reading");
    int64_t n;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    if (n < 0) return sk_io_fileio_readall(vm, f);
    sk_value b = sk_bytes_alloc(vm, (size_t)n);
    if (!b) return SK_NULL;
    SK_ROOT(vm, b);
    int64_t got = sk_io_fileio_read(vm, f, ((sk_bytes *)sk_as_obj(b))->data, (size_t)n);
    if (got == -2) return SK_NONE;
    if (got < 0) return SK_NULL;
    if (got == n) return b;
    return sk_bytes_new(vm, ((sk_bytes *)sk_as_obj(b))->data, (size_t)got);
}

IO_NATIVE(fio_readinto) {
    io_fileio *f = FIO(args[0]);
    char *data;
    size_t len;
    if (!sk_io_get_writable(vm, args[1], "readinto() argument 1", &data, &len)) return SK_NULL;
    if (!check_open(vm, f)) return SK_NULL;
    if (!f->readable) return err_mode(vm, "reading");
    int64_t got = sk_io_fileio_read(vm, f, data, len);
    if (got == -2) return SK_NONE;
    if (got < 0) return SK_NULL;
    return sk_int_from_i64(vm, got);
}

IO_NATIVE(fio_write) {
    io_fileio *f = FIO(args[0]);
    const char *data;
    size_t len;
    if (!sk_io_get_bytes(vm, args[1], &data, &len)) return SK_NULL;
    if (!check_open(vm, f)) return SK_NULL;
    if (!f->writable) return err_mode(vm, "writing");
    int64_t put = sk_io_fileio_write(vm, f, data, len);
    if (put == -2) return SK_NONE;
    if (put < 0) return SK_NULL;
    return sk_int_from_i64(vm, put);
}

/* A position argument: an int (or __index__). */
static bool pos_arg(sk_vm *vm, sk_value v, int64_t *out) {
    return sk_index_i64(vm, v, out, "Python int too large to convert to C long");
}

IO_NATIVE(fio_seek) {
    io_fileio *f = FIO(args[0]);
    int64_t pos, whence = 0;
    if (!check_open(vm, f)) return SK_NULL;
    if (!pos_arg(vm, args[1], &pos)) return SK_NULL;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &whence, NULL)) return SK_NULL;
    int64_t r = sk_io_fileio_seek(vm, f, pos, (int)whence);
    return r < 0 ? SK_NULL : sk_int_from_i64(vm, r);
}

IO_NATIVE(fio_tell) {
    io_fileio *f = FIO(args[0]);
    if (!check_open(vm, f)) return SK_NULL;
    int64_t r = sk_io_fileio_seek(vm, f, 0, SEEK_CUR);
    return r < 0 ? SK_NULL : sk_int_from_i64(vm, r);
}

IO_NATIVE(fio_truncate) {
    io_fileio *f = FIO(args[0]);
    if (!check_open(vm, f)) return SK_NULL;
    if (!f->writable) return err_mode(vm, "writing");
    int64_t size;
    if (nargs < 2 || args[1] == SK_NONE) {
        size = sk_io_fileio_seek(vm, f, 0, SEEK_CUR);
        if (size < 0) return SK_NULL;
    } else if (!pos_arg(vm, args[1], &size)) {
        return SK_NULL;
    }
    if (ftruncate(f->h->fd, (off_t)size) < 0) return sk_io_err_errno(vm, errno, SK_NULL);
    return sk_int_from_i64(vm, size);
}

IO_NATIVE(fio_close) {
    SK_ROOT_SCOPE(vm);
    io_fileio *f = FIO(args[0]);
    sk_value self = args[0];
    /* _IOBase.close(): flush (a no-op here unless a subclass adds one) */
    sk_value r = SK_NONE;
    if (!f->base.base_closed) {
        if (sk_as_obj(self)->type != IO(vm)->fileio) {
            sk_value n = sk_str_intern_cstr(vm, "flush");
            r = n ? sk_call_method(vm, self, n, NULL, 0) : SK_NULL;
        }
        f->base.base_closed = true;
    }
    sk_value saved = r ? SK_NULL : sk_exc_take(vm);
    SK_ROOT(vm, saved);
    bool ok = internal_close(vm, f);
    if (saved) {
        if (!ok) {
            sk_value e = sk_exc_take(vm);
            ((sk_exception *)sk_as_obj(e))->context = saved;
            vm->exc = e;
        } else {
            vm->exc = saved;
        }
        return SK_NULL;
    }
    return ok ? SK_NONE : SK_NULL;
}

IO_NATIVE(fio_seekable) {
    io_fileio *f = FIO(args[0]);
    if (!check_open(vm, f)) return SK_NULL;
    if (f->seekable < 0) f->seekable = lseek(f->h->fd, 0, SEEK_CUR) >= 0;
    return sk_from_bool(f->seekable);
}

IO_NATIVE(fio_readable) {
    io_fileio *f = FIO(args[0]);
    return check_open(vm, f) ? sk_from_bool(f->readable) : SK_NULL;
}

IO_NATIVE(fio_writable) {
    io_fileio *f = FIO(args[0]);
    return check_open(vm, f) ? sk_from_bool(f->writable) : SK_NULL;
}

IO_NATIVE(fio_fileno) {
    io_fileio *f = FIO(args[0]);
    return check_open(vm, f) ? sk_from_int(f->h->fd) : SK_NULL;
}

IO_NATIVE(fio_isatty) {
    io_fileio *f = FIO(args[0]);
    return check_open(vm, f) ? sk_from_bool(isatty(f->h->fd)) : SK_NULL;
}

IO_NATIVE(fio_getstate) {
    return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot pickle '%s' object", sk_type_name_of(vm, args[0]));
}

IO_NATIVE(fio_dealloc_warn) { return SK_NONE; }

static const char *mode_cstr(io_fileio *f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

static sk_value fio_mode_get(sk_vm *vm, sk_value self) {
    return sk_str_from_cstr(vm, mode_cstr(FIO(self)));
}

static sk_value fio_closed_get(sk_vm *vm, sk_value self) { return sk_from_bool(sk_io_fileio_is_closed(FIO(self))); }
static sk_value fio_closefd_get(sk_vm *vm, sk_value self) { return sk_from_bool(FIO(self)->closefd); }
static sk_value fio_blksize_get(sk_vm *vm, sk_value self) { return sk_int_from_i64(vm, FIO(self)->blksize); }
static sk_value fio_finalizing_get(sk_vm *vm, sk_value self) { return SK_FALSE; }

static sk_value fileio_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    io_fileio *f = FIO(self);
    const char *tn = sk_type_name_of(vm, self);
    if (sk_io_fileio_is_closed(f)) return sk_str_fmt(vm, "<%s [closed]>", tn);
    sk_value name = sk_getattr_opt(vm, self, SK_NAME(vm, name));
    if (!name && vm->exc) {
        if (!sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return SK_NULL;
        sk_exc_take(vm);
    }
    const char *closefd = f->closefd ? "True" : "False";
    if (!name) return sk_str_fmt(vm, "<%s fd=%d mode='%s' closefd=%s>", tn, f->h->fd, mode_cstr(f), closefd);
    SK_ROOT(vm, name);
    return sk_str_fmt(vm, "<%s name=%R mode='%s' closefd=%s>", tn, name, mode_cstr(f), closefd);
}

static const sk_method_def fileio_methods[] = {
    {"read", fio_read, 1, 2, 0, NULL},
    {"readall", fio_readall, 1, 1, 0, NULL},
    {"readinto", fio_readinto, 2, 2, 0, NULL},
    {"write", fio_write, 2, 2, 0, NULL},
    {"seek", fio_seek, 2, 3, 0, NULL},
    {"tell", fio_tell, 1, 1, 0, NULL},
    {"truncate", fio_truncate, 1, 2, 0, NULL},
    {"close", fio_close, 1, 1, 0, NULL},
    {"seekable", fio_seekable, 1, 1, 0, NULL},
    {"readable", fio_readable, 1, 1, 0, NULL},
    {"writable", fio_writable, 1, 1, 0, NULL},
    {"fileno", fio_fileno, 1, 1, 0, NULL},
    {"isatty", fio_isatty, 1, 1, 0, NULL},
    {"_dealloc_warn", fio_dealloc_warn, 2, 2, 0, NULL},
    {"__getstate__", fio_getstate, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def fileio_getsets[] = {
    {"closed", fio_closed_get, NULL, NULL},
    {"closefd", fio_closefd_get, NULL, NULL},
    {"mode", fio_mode_get, NULL, NULL},
    {"_blksize", fio_blksize_get, NULL, NULL},
    {"_finalizing", fio_finalizing_get, NULL, NULL},
    {NULL},
};

bool sk_io_fileio_init_type(sk_vm *vm) {
    sk_type *t = sk_io_new_type(vm, "FileIO", IO(vm)->rawiobase, sizeof(io_fileio), fileio_methods, fileio_getsets);
    if (!t) return false;
    t->tp_new = fileio_new;
    t->tp_init = fileio_init;
    t->finalize = fileio_finalize;
    t->repr = fileio_repr;
    IO(vm)->fileio = t;
    return sk_type_ready(vm, t);
}
