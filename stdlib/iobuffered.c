/* iobuffered.c — _io.BufferedReader, BufferedWriter and BufferedRandom:
 * a buffer over any raw stream, with CPython's behaviour for reads
 * (read() until n bytes or end of file, read1() with at most one raw
 * read, peek()), writes (collected until the buffer is full), seeking
 * within the read-ahead, and CPython's messages ("read of closed file",
 * "raw stream has been detached" …).
 *
 * The read-ahead rbuf[rpos..rlen) and the pending writes wbuf[0..wlen)
 * are never both non-empty: writing first gives the raw stream back the
 * position of the unread bytes, reading first writes out what is pending.
 * The logical position is therefore raw position - unread + pending.
 */
#include "ioint.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "bytes.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define BUF(v) ((io_buffered *)sk_as_obj(v))

static size_t unread(io_buffered *b) { return b->rlen - b->rpos; }

/* ---- checks ----------------------------------------------------------------------------- */

static bool check_init(sk_vm *vm, io_buffered *b) {
    if (b->ok) return true;
    sk_io_err_value(vm, b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return false;
}

int sk_io_buffered_closed(sk_vm *vm, io_buffered *b) {
    if (b->fraw) return sk_io_fileio_is_closed(b->fraw);
    return sk_io_is_closed(vm, b->raw);
}

/* The buffered layer's closed check: ValueError `msg` (unless bytes are
 * still buffered for reading, as in CPython). */
static bool check_open(sk_vm *vm, io_buffered *b, const char *msg) {
    if (!check_init(vm, b)) return false;
    int c = sk_io_buffered_closed(vm, b);
    if (c < 0) return false;
    if (c && unread(b) == 0) {
        sk_io_err_value(vm, msg);
        return false;
    }
    return true;
}

/* ---- the raw stream ------------------------------------------------------------------ */

static sk_value raw_call(sk_vm *vm, io_buffered *b, const char *name, const sk_value *args, size_t n) {
    sk_value m = sk_str_intern_cstr(vm, name);
    return m ? sk_call_method(vm, b->raw, m, args, n) : SK_NULL;
}

/* Reads up to n bytes into p: the count, 0 at end of file, -2 when the
 * raw stream has nothing now (returned None), -1 on error. */
static int64_t raw_read(sk_vm *vm, io_buffered *b, char *p, size_t n) {
    SK_ROOT_SCOPE(vm);
    if (b->fraw) {
        if (sk_io_fileio_is_closed(b->fraw)) {
            sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file");
            return -1;
        }
        return sk_io_fileio_read(vm, b->fraw, p, n);
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value ba = sk_call1(vm, sk_from_obj(SK_TYPE(vm, BYTEARRAY)), sk_from_int((int64_t)n));
    if (!ba) return -1;
    SK_ROOT(vm, ba);
    sk_value r = raw_call(vm, b, "readinto", &ba, 1);
    if (!r) return -1;
    if (r == SK_NONE) return -2;
    int64_t got;
    if (!sk_index_i64(vm, r, &got, NULL)) return -1;
    if (got < 0 || (size_t)got > n) {
        sk_exc_fmt(vm, SK_EXC_OS, "raw readinto() returned invalid length %lld (should have been between 0 and %zu)",
                   (long long)got, n);
        return -1;
    }
    memcpy(p, sk_bytes_data(ba), (size_t)got < sk_bytes_len(ba) ? (size_t)got : sk_bytes_len(ba));
    sk_gc_roots_restore(vm, mark);
    return got;
}

static int64_t raw_write(sk_vm *vm, io_buffered *b, const char *p, size_t n) {
    SK_ROOT_SCOPE(vm);
    if (b->fraw) {
        if (sk_io_fileio_is_closed(b->fraw)) {
            sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file");
            return -1;
        }
        return sk_io_fileio_write(vm, b->fraw, p, n);
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value data = sk_bytes_new(vm, p, n);
    if (!data) return -1;
    SK_ROOT(vm, data);
    sk_value r = raw_call(vm, b, "write", &data, 1);
    if (!r) return -1;
    if (r == SK_NONE) return -2;
    int64_t put;
    if (!sk_index_i64(vm, r, &put, NULL)) return -1;
    if (put < 0 || (size_t)put > n) {
        sk_exc_fmt(vm, SK_EXC_OS, "raw write() returned invalid length %lld (should have been between 0 and %zu)",
                   (long long)put, n);
        return -1;
    }
    sk_gc_roots_restore(vm, mark);
    return put;
}

static int64_t raw_seek(sk_vm *vm, io_buffered *b, int64_t pos, int whence) {
    SK_ROOT_SCOPE(vm);
    if (b->fraw) {
        if (sk_io_fileio_is_closed(b->fraw)) {
            sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file");
            return -1;
        }
        return sk_io_fileio_seek(vm, b->fraw, pos, whence);
    }
    sk_value a[2] = {SK_NULL, sk_from_int(whence)};
    SK_ROOT(vm, a[0]);
    if (!(a[0] = sk_int_from_i64(vm, pos))) return -1;
    sk_value r = raw_call(vm, b, "seek", a, 2);
    if (!r) return -1;
    int64_t n;
    if (!sk_index_i64(vm, r, &n, NULL)) return -1;
    if (n < 0) {
        sk_exc_fmt(vm, SK_EXC_OS, "Raw stream returned invalid position %lld", (long long)n);
        return -1;
    }
    return n;
}

static int64_t raw_tell(sk_vm *vm, io_buffered *b) {
    if (b->fraw) return raw_seek(vm, b, 0, SEEK_CUR);
    sk_value r = raw_call(vm, b, "tell", NULL, 0);
    if (!r) return -1;
    int64_t n;
    if (!sk_index_i64(vm, r, &n, NULL)) return -1;
    if (n < 0) {
        sk_exc_fmt(vm, SK_EXC_OS, "Raw stream returned invalid position %lld", (long long)n);
        return -1;
    }
    return n;
}

/* ---- buffers ---------------------------------------------------------------------------- */

/* A buffer's memory, allocated on first use. Under a memory cap a raw
 * allocation may fail while garbage still holds memory: one collection is
 * tried first. */
static char *buffer_alloc(sk_vm *vm, size_t size) {
    char *p = sk_mem_alloc(vm, size);
    if (p || !sk_exc_pending(vm, SK_EXC_MEMORY)) return p;
    sk_exc_take(vm);
    sk_gc_collect(vm);
    return sk_mem_alloc(vm, size);
}

static bool ensure_rbuf(sk_vm *vm, io_buffered *b) {
    if (!b->rbuf) b->rbuf = buffer_alloc(vm, b->size);
    return b->rbuf != NULL;
}

static bool ensure_wbuf(sk_vm *vm, io_buffered *b) {
    if (!b->wbuf) b->wbuf = buffer_alloc(vm, b->size);
    return b->wbuf != NULL;
}

bool sk_io_buffered_prepare(sk_vm *vm, io_buffered *b) {
    return (b->caps & IO_BUF_WRITE) ? ensure_wbuf(vm, b) : ensure_rbuf(vm, b);
}

/* The VM's list of buffered files holding written data (sk_io.pending). */
static void pending_add(sk_vm *vm, io_buffered *b) {
    if (b->in_pending || !b->fraw || b->fraw->host != IO_HOST_NONE || !IO(vm)) return;
    sk_io *io = IO(vm);
    b->pending_prev = NULL;
    b->pending_next = io->pending;
    if (io->pending) io->pending->pending_prev = b;
    io->pending = b;
    b->in_pending = true;
}

static void pending_remove(sk_vm *vm, io_buffered *b) {
    if (!b->in_pending) return;
    if (b->pending_prev) b->pending_prev->pending_next = b->pending_next;
    else IO(vm)->pending = b->pending_next;
    if (b->pending_next) b->pending_next->pending_prev = b->pending_prev;
    b->pending_prev = b->pending_next = NULL;
    b->in_pending = false;
}

static void free_buffers(sk_vm *vm, io_buffered *b) {
    pending_remove(vm, b);
    if (b->rbuf) sk_mem_free(vm, b->rbuf, b->size);
    if (b->wbuf) sk_mem_free(vm, b->wbuf, b->size);
    if (b->deferred) sk_mem_free(vm, b->deferred, b->dcap);
    b->rbuf = b->wbuf = b->deferred = NULL;
    b->rpos = b->rlen = b->wlen = b->dlen = b->dcap = 0;
}

/* Writes all pending bytes to raw. */
static bool flush_writes(sk_vm *vm, io_buffered *b) {
    SK_ROOT_SCOPE(vm);
    size_t done = 0;
    while (done < b->wlen) {
        int64_t put = raw_write(vm, b, b->wbuf + done, b->wlen - done);
        if (put == -2) {
            SK_ROOT_SCOPE(vm);
            memmove(b->wbuf, b->wbuf + done, b->wlen - done);
            b->wlen -= done;
            sk_value a[3] = {sk_from_int(EAGAIN), SK_NULL, sk_from_int((int64_t)done)};
            SK_ROOT(vm, a[1]);
            if ((a[1] = sk_str_from_cstr(vm, "write could not complete without blocking")))
                sk_exc_raise_type(vm, SK_EXC_TYPE(vm, BLOCKING_IO), a, 3);
            return false;
        }
        if (put < 0) {
            memmove(b->wbuf, b->wbuf + done, b->wlen - done);
            b->wlen -= done;
            return false;
        }
        done += (size_t)put;
    }
    b->wlen = 0;
    if (!b->dlen) pending_remove(vm, b);
    return true;
}

/* Before writing: give the raw stream back the position of the bytes read
 * ahead but not consumed. */
static bool drop_readahead(sk_vm *vm, io_buffered *b) {
    size_t n = unread(b);
    b->rpos = b->rlen = 0;
    if (n && raw_seek(vm, b, -(int64_t)n, SEEK_CUR) < 0) return false;
    return true;
}

/* flush() of a writable buffered object: pending bytes out, and the raw
 * position made the logical one. */
static bool flush_and_rewind(sk_vm *vm, io_buffered *b) {
    if ((b->caps & IO_BUF_WRITE) && !flush_writes(vm, b)) return false;
    if ((b->caps & IO_BUF_READ) && !drop_readahead(vm, b)) return false;
    return true;
}

void sk_io_buffered_flush_quietly(sk_vm *vm, io_buffered *b) {
    if (!b->ok || (!b->wlen && !b->dlen) || !b->fraw || sk_io_fileio_is_closed(b->fraw)) return;
    sk_value saved = vm->exc;
    vm->exc = SK_NULL;
    if (!sk_io_buffered_push_deferred(vm, b) || !flush_writes(vm, b)) vm->exc = SK_NULL;
    vm->exc = saved;
}

bool sk_io_buffered_defer(sk_vm *vm, io_buffered *b, const char *p, size_t n) {
    if (!n) return true;
    if (b->dlen + n > b->dcap) {
        size_t cap = b->dcap ? b->dcap : 256;
        while (cap < b->dlen + n) cap *= 2;
        char *nd = sk_mem_realloc(vm, b->deferred, b->dcap, cap);
        if (!nd) return false;
        b->deferred = nd;
        b->dcap = cap;
    }
    memcpy(b->deferred + b->dlen, p, n);
    b->dlen += n;
    pending_add(vm, b);
    return true;
}

bool sk_io_buffered_push_deferred(sk_vm *vm, io_buffered *b) {
    if (!b->dlen) return true;
    /* handed over whole, as CPython's one write() of its pending bytes */
    char *d = b->deferred;
    size_t n = b->dlen, cap = b->dcap;
    b->deferred = NULL;
    b->dlen = b->dcap = 0;
    bool ok = sk_io_buffered_write(vm, b, d, n);
    sk_mem_free(vm, d, cap);
    if (ok && !b->wlen) pending_remove(vm, b);
    return ok;
}

void sk_io_flush_pending(sk_vm *vm) {
    if (!IO(vm)) return;
    io_buffered *b = IO(vm)->pending;
    while (b) {
        io_buffered *next = b->pending_next;
        sk_io_buffered_flush_quietly(vm, b);
        b = next;
    }
}

/* ---- reading -------------------------------------------------------------------------- */

/* One raw read into the emptied read buffer: the count, 0 at end of file,
 * -2 (nothing now), -1. */
static int64_t fill(sk_vm *vm, io_buffered *b) {
    if (!ensure_rbuf(vm, b)) return -1;
    b->rpos = b->rlen = 0;
    int64_t got = raw_read(vm, b, b->rbuf, b->size);
    if (got > 0) b->rlen = (size_t)got;
    return got;
}

/* Reading starts by writing out what is pending (BufferedRandom). */
static bool before_read(sk_vm *vm, io_buffered *b) {
    if (b->wlen) return flush_writes(vm, b);
    return true;
}

static sk_value read_all(sk_vm *vm, io_buffered *b) {
    SK_ROOT_SCOPE(vm);
    if (b->fraw) {
        SK_ROOT_SCOPE(vm);
        if (sk_io_fileio_is_closed(b->fraw)) return sk_exc_msg(vm, SK_EXC_VALUE, "I/O operation on closed file");
        SK_ROOT_SCOPE(vm);
        size_t have = unread(b);
        sk_value rest = sk_io_fileio_readall(vm, b->fraw);
        if (!rest) return SK_NULL;
        if (!have) return rest;
        SK_ROOT(vm, rest);
        size_t n = rest == SK_NONE ? 0 : sk_bytes_len(rest);
        sk_value r = sk_bytes_alloc(vm, have + n);
        if (!r) return SK_NULL;
        char *d = ((sk_bytes *)sk_as_obj(r))->data;
        memcpy(d, b->rbuf + b->rpos, have);
        if (n) memcpy(d + have, sk_bytes_data(rest), n);
        b->rpos = b->rlen = 0;
        return r;
    }
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    sk_buf_append(&out, b->rbuf + b->rpos, unread(b));
    b->rpos = b->rlen = 0;
    bool got_none = false;
    sk_value readall = sk_getattr_opt(vm, b->raw, sk_str_intern_cstr(vm, "readall"));
    if (!readall && vm->exc) goto fail;
    SK_ROOT(vm, readall);
    for (;;) {
        sk_value data = readall ? sk_call0(vm, readall) : raw_call(vm, b, "read", NULL, 0);
        if (!data) goto fail;
        if (data == SK_NONE) {
            got_none = out.len == 0;
            break;
        }
        if (!sk_is_ptr(data) || !(sk_as_obj(data)->type->flags & SK_TF_BYTES_SUB)) {
            sk_exc_msg(vm, SK_EXC_TYPE, readall ? "readall() should return bytes" : "read() should return bytes");
            goto fail;
        }
        sk_buf_append(&out, sk_bytes_data(data), sk_bytes_len(data));
        if (readall || !sk_bytes_len(data)) break;
    }
    if (out.failed) {
        sk_buf_free(&out);
        return sk_exc_no_memory(vm);
    }
    sk_value r = got_none ? SK_NONE : sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    return r;
fail:
    sk_buf_free(&out);
    return SK_NULL;
}

/* read(n) for n >= 0: until n bytes or the end of the file. */
static sk_value read_n(sk_vm *vm, io_buffered *b, size_t n) {
    SK_ROOT_SCOPE(vm);
    if (unread(b) >= n) {
        sk_value r = sk_bytes_new(vm, b->rbuf + b->rpos, n);
        if (r) b->rpos += n;
        return r;
    }
    sk_value res = sk_bytes_alloc(vm, n);
    if (!res) return SK_NULL;
    SK_ROOT(vm, res);
    char *out = ((sk_bytes *)sk_as_obj(res))->data;
    size_t have = unread(b);
    if (have) memcpy(out, b->rbuf + b->rpos, have);
    b->rpos = b->rlen = 0;
    size_t written = have;
    while (written < n) {
        size_t remaining = n - written;
        int64_t got;
        if (remaining > b->size) {
            /* large reads go straight into the result, in whole buffers */
            size_t direct = remaining - remaining % b->size;
            got = raw_read(vm, b, out + written, direct);
        } else {
            got = fill(vm, b);
            if (got > 0) {
                size_t k = (size_t)got < remaining ? (size_t)got : remaining;
                memcpy(out + written, b->rbuf, k);
                b->rpos = k;
                written += k;
                continue;
            }
        }
        if (got == -2) {
            if (!written) return SK_NONE;
            break;
        }
        if (got < 0) return SK_NULL;
        if (got == 0) break;
        written += (size_t)got;
    }
    if (written == n) return res;
    return sk_bytes_new(vm, out, written);
}

sk_value sk_io_buffered_read(sk_vm *vm, io_buffered *b, int64_t n, bool one) {
    SK_ROOT_SCOPE(vm);
    if (!check_open(vm, b, "read of closed file")) return SK_NULL;
    /* CPython's read1() reads from the raw position without writing what
     * is pending first (which then lands after what was read) */
    if (!one && !before_read(vm, b)) return SK_NULL;
    if (one) {
        SK_ROOT_SCOPE(vm);
        if (n < 0) n = (int64_t)b->size;
        if (n == 0) return sk_bytes_new(vm, "", 0);
        size_t have = unread(b);
        if (have) {
            size_t k = have < (size_t)n ? have : (size_t)n;
            sk_value r = sk_bytes_new(vm, b->rbuf + b->rpos, k);
            if (r) b->rpos += k;
            return r;
        }
        b->rpos = b->rlen = 0;
        sk_value res = sk_bytes_alloc(vm, (size_t)n);
        if (!res) return SK_NULL;
        SK_ROOT(vm, res);
        int64_t got = raw_read(vm, b, ((sk_bytes *)sk_as_obj(res))->data, (size_t)n);
        if (got == -2) got = 0;
        if (got < 0) return SK_NULL;
        if (got == n) return res;
        return sk_bytes_new(vm, ((sk_bytes *)sk_as_obj(res))->data, (size_t)got);
    }
    if (n < 0) return read_all(vm, b);
    return read_n(vm, b, (size_t)n);
}

/* readline(limit): up to and including the next b"\n". */
static sk_value read_line(sk_vm *vm, io_buffered *b, int64_t limit) {
    if (!check_open(vm, b, "readline of closed file")) return SK_NULL;
    if (!before_read(vm, b)) return SK_NULL;
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    for (;;) {
        size_t have = unread(b);
        if (have) {
            size_t room = limit < 0 ? have : (size_t)limit - out.len;
            size_t scan = have < room ? have : room;
            const char *start = b->rbuf + b->rpos;
            const char *nl = memchr(start, '\n', scan);
            size_t k = nl ? (size_t)(nl - start) + 1 : scan;
            sk_buf_append(&out, start, k);
            b->rpos += k;
            if (nl || (limit >= 0 && out.len >= (size_t)limit)) break;
        }
        if (limit >= 0 && out.len >= (size_t)limit) break;
        int64_t got = fill(vm, b);
        if (got == -2 || got == 0) break;
        if (got < 0) {
            sk_buf_free(&out);
            return SK_NULL;
        }
    }
    if (out.failed) {
        sk_buf_free(&out);
        return sk_exc_no_memory(vm);
    }
    sk_value r = sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    return r;
}

static sk_value readinto_generic(sk_vm *vm, io_buffered *b, sk_value target, bool one) {
    char *dst;
    size_t len;
    if (!sk_io_get_writable(vm, target, one ? "readinto1() argument" : "readinto() argument", &dst, &len))
        return SK_NULL;
    if (!check_open(vm, b, "readinto of closed file")) return SK_NULL;
    if (!before_read(vm, b)) return SK_NULL;
    size_t have = unread(b);
    size_t written = have < len ? have : len;
    memcpy(dst, b->rbuf + b->rpos, written);
    b->rpos += written;
    if (written == len) return sk_from_int((int64_t)written);
    b->rpos = b->rlen = 0;
    while (written < len) {
        size_t remaining = len - written;
        int64_t got;
        if (remaining > b->size) {
            got = raw_read(vm, b, dst + written, remaining);
        } else if (!(one && written)) {
            got = fill(vm, b);
            if (got > 0) {
                size_t k = (size_t)got < remaining ? (size_t)got : remaining;
                memcpy(dst + written, b->rbuf, k);
                b->rpos = k;
                written += k;
                if (one) break;
                continue;
            }
        } else {
            got = 0;
        }
        if (got == 0 || (got == -2 && written)) break;
        if (got == -2) return SK_NONE;
        if (got < 0) return SK_NULL;
        written += (size_t)got;
        if (one) break;
    }
    return sk_from_int((int64_t)written);
}

/* ---- writing -------------------------------------------------------------------------- */

bool sk_io_buffered_write(sk_vm *vm, io_buffered *b, const char *p, size_t n) {
    SK_ROOT_SCOPE(vm);
    if (!check_init(vm, b)) return false;
    int c = sk_io_buffered_closed(vm, b);
    if (c < 0) return false;
    if (c) {
        sk_io_err_value(vm, "write to closed file");
        return false;
    }
    if (unread(b) && !drop_readahead(vm, b)) return false;
    b->rpos = b->rlen = 0;
    if (!ensure_wbuf(vm, b)) return false;
    if (b->wlen + n <= b->size) {
        memcpy(b->wbuf + b->wlen, p, n);
        b->wlen += n;
        if (n) pending_add(vm, b);
        return true;
    }
    if (!flush_writes(vm, b)) return false;
    /* what fills whole buffers goes straight to raw */
    while (n > b->size) {
        int64_t put = raw_write(vm, b, p, n);
        if (put == -2) {
            SK_ROOT_SCOPE(vm);
            sk_value a[3] = {sk_from_int(EAGAIN), SK_NULL, sk_from_int(0)};
            SK_ROOT(vm, a[1]);
            if ((a[1] = sk_str_from_cstr(vm, "write could not complete without blocking")))
                sk_exc_raise_type(vm, SK_EXC_TYPE(vm, BLOCKING_IO), a, 3);
            return false;
        }
        if (put < 0) return false;
        p += put;
        n -= (size_t)put;
    }
    memcpy(b->wbuf, p, n);
    b->wlen = n;
    if (n) pending_add(vm, b);
    return true;
}

bool sk_io_buffered_flush(sk_vm *vm, io_buffered *b) {
    if (!check_init(vm, b)) return false;
    if (!(b->caps & IO_BUF_WRITE)) {
        /* a reader's flush() is its raw stream's */
        if (b->fraw) {
            if (sk_io_fileio_is_closed(b->fraw)) {
                sk_io_err_closed(vm);
                return false;
            }
            return true;
        }
        return raw_call(vm, b, "flush", NULL, 0) != SK_NULL;
    }
    if (!check_open(vm, b, "flush of closed file")) return false;
    return flush_and_rewind(vm, b);
}

/* ---- positions ------------------------------------------------------------------------- */

int64_t sk_io_buffered_tell(sk_vm *vm, io_buffered *b) {
    if (!check_init(vm, b)) return -1;
    int64_t pos = raw_tell(vm, b);
    if (pos < 0) return -1;
    pos = pos - (int64_t)unread(b) + (int64_t)b->wlen;
    return pos < 0 ? 0 : pos;
}

int64_t sk_io_buffered_seek(sk_vm *vm, io_buffered *b, int64_t target, int whence) {
    if (whence < 0 || whence > 4) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "whence value %d unsupported", whence);
        return -1;
    }
    if (!check_open(vm, b, "seek of closed file")) return -1;
    /* raw.seekable() */
    if (b->fraw) {
        sk_value r = raw_call(vm, b, "seekable", NULL, 0);
        if (!r) return -1;
        if (r != SK_TRUE) {
            sk_io_unsupported(vm, "File or stream is not seekable.");
            return -1;
        }
    } else {
        sk_value r = raw_call(vm, b, "seekable", NULL, 0);
        if (!r) return -1;
        if (r != SK_TRUE) {
            sk_io_unsupported(vm, "File or stream is not seekable.");
            return -1;
        }
    }
    /* within the read-ahead, no raw seek is needed */
    if ((whence == SEEK_SET || whence == SEEK_CUR) && unread(b) && !b->wlen) {
        int64_t cur = raw_tell(vm, b);
        if (cur < 0) return -1;
        int64_t start = cur - (int64_t)b->rlen; /* position of rbuf[0] */
        int64_t want = whence == SEEK_SET ? target : cur - (int64_t)unread(b) + target;
        if (want >= start && want <= cur) {
            b->rpos = (size_t)(want - start);
            return want;
        }
    }
    if (b->wlen && !flush_writes(vm, b)) return -1;
    if (whence == SEEK_CUR) target -= (int64_t)unread(b);
    b->rpos = b->rlen = 0;
    return raw_seek(vm, b, target, whence);
}

/* ---- methods ------------------------------------------------------------------------------- */

IO_NATIVE(b_read) {
    io_buffered *b = BUF(args[0]);
    int64_t n;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    if (!check_init(vm, b)) return SK_NULL;
    if (n < -1) return sk_io_err_value(vm, "read length must be non-negative or -1");
    return sk_io_buffered_read(vm, b, n, false);
}

IO_NATIVE(b_read1) {
    io_buffered *b = BUF(args[0]);
    int64_t n = -1;
    if (nargs > 1 && !sk_index_i64(vm, args[1], &n, NULL)) return SK_NULL;
    if (!check_init(vm, b)) return SK_NULL;
    return sk_io_buffered_read(vm, b, n, true);
}

IO_NATIVE(b_peek) {
    io_buffered *b = BUF(args[0]);
    if (nargs > 1) {
        int64_t ignored;
        if (!sk_index_i64(vm, args[1], &ignored, NULL)) return SK_NULL;
    }
    if (!check_open(vm, b, "peek of closed file")) return SK_NULL;
    if (!before_read(vm, b)) return SK_NULL;
    if (!unread(b)) {
        int64_t got = fill(vm, b);
        if (got < 0 && got != -2) return SK_NULL;
    }
    return sk_bytes_new(vm, b->rbuf ? b->rbuf + b->rpos : "", unread(b));
}

IO_NATIVE(b_readinto) { return readinto_generic(vm, BUF(args[0]), args[1], false); }
IO_NATIVE(b_readinto1) { return readinto_generic(vm, BUF(args[0]), args[1], true); }

IO_NATIVE(b_readline) {
    io_buffered *b = BUF(args[0]);
    int64_t limit;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &limit)) return SK_NULL;
    if (!check_init(vm, b)) return SK_NULL;
    return read_line(vm, b, limit);
}

IO_NATIVE(b_write) {
    SK_ROOT_SCOPE(vm);
    io_buffered *b = BUF(args[0]);
    const char *p;
    size_t n;
    if (!check_init(vm, b)) return SK_NULL;
    if (!sk_io_get_bytes(vm, args[1], &p, &n)) return SK_NULL;
    /* the data may be a bytearray that raw.write() changes: copy it */
    sk_value copy = SK_NULL;
    SK_ROOT(vm, copy);
    if (!b->fraw && n) {
        if (!(copy = sk_bytes_new(vm, p, n))) return SK_NULL;
        p = sk_bytes_data(copy);
    }
    if (!sk_io_buffered_write(vm, b, p, n)) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)n);
}

IO_NATIVE(b_flush) { return sk_io_buffered_flush(vm, BUF(args[0])) ? SK_NONE : SK_NULL; }

IO_NATIVE(b_seek) {
    io_buffered *b = BUF(args[0]);
    int64_t target, whence = 0;
    if (!check_init(vm, b)) return SK_NULL;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &whence, NULL)) return SK_NULL;
    if (whence < 0 || whence > 4) return sk_exc_fmt(vm, SK_EXC_VALUE, "whence value %lld unsupported", (long long)whence);
    if (!check_open(vm, b, "seek of closed file")) return SK_NULL;
    if (!sk_index_i64(vm, args[1], &target, NULL)) return SK_NULL;
    int64_t r = sk_io_buffered_seek(vm, b, target, (int)whence);
    return r < 0 ? SK_NULL : sk_int_from_i64(vm, r);
}

IO_NATIVE(b_tell) {
    int64_t r = sk_io_buffered_tell(vm, BUF(args[0]));
    return r < 0 ? SK_NULL : sk_int_from_i64(vm, r);
}

IO_NATIVE(b_truncate) {
    io_buffered *b = BUF(args[0]);
    if (!check_open(vm, b, "truncate of closed file")) return SK_NULL;
    if (!(b->caps & IO_BUF_WRITE)) return sk_io_unsupported(vm, "truncate");
    if (!flush_and_rewind(vm, b)) return SK_NULL;
    sk_value pos = nargs > 1 ? args[1] : SK_NONE;
    return raw_call(vm, b, "truncate", &pos, 1);
}

IO_NATIVE(b_close) {
    SK_ROOT_SCOPE(vm);
    io_buffered *b = BUF(args[0]);
    sk_value self = args[0];
    if (!check_init(vm, b)) return SK_NULL;
    int c = sk_io_buffered_closed(vm, b);
    if (c < 0) return SK_NULL;
    if (c) return SK_NONE;
    sk_value n = sk_str_intern_cstr(vm, "flush");
    sk_value r = n ? sk_call_method(vm, self, n, NULL, 0) : SK_NULL;
    sk_value saved = r ? SK_NULL : sk_exc_take(vm);
    SK_ROOT(vm, saved);
    r = raw_call(vm, b, "close", NULL, 0);
    if (b->ok) free_buffers(vm, b);
    if (saved) {
        if (!r) {
            sk_value e = sk_exc_take(vm);
            ((sk_exception *)sk_as_obj(e))->context = saved;
            vm->exc = e;
        } else {
            vm->exc = saved;
        }
        return SK_NULL;
    }
    return r ? SK_NONE : SK_NULL;
}

IO_NATIVE(b_detach) {
    io_buffered *b = BUF(args[0]);
    if (!check_init(vm, b)) return SK_NULL;
    sk_value n = sk_str_intern_cstr(vm, "flush");
    if (!n || !sk_call_method(vm, args[0], n, NULL, 0)) return SK_NULL;
    sk_value raw = b->raw;
    b->ok = false;
    b->detached = true;
    b->raw = SK_NULL;
    b->fraw = NULL;
    sk_io_fdh_release(vm, b->h);
    b->h = NULL;
    free_buffers(vm, b);
    return raw;
}

/* Methods that hand the call to raw. */
static sk_value to_raw(sk_vm *vm, sk_value self, const char *name) {
    io_buffered *b = BUF(self);
    if (!check_init(vm, b)) return SK_NULL;
    return raw_call(vm, b, name, NULL, 0);
}
IO_NATIVE(b_fileno) { return to_raw(vm, args[0], "fileno"); }
IO_NATIVE(b_isatty) { return to_raw(vm, args[0], "isatty"); }
IO_NATIVE(b_seekable) { return to_raw(vm, args[0], "seekable"); }
IO_NATIVE(b_readable) { return to_raw(vm, args[0], "readable"); }
IO_NATIVE(b_writable) { return to_raw(vm, args[0], "writable"); }

IO_NATIVE(b_getstate) {
    return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot pickle '%s' object", sk_type_name_of(vm, args[0]));
}

IO_NATIVE(b_dealloc_warn) { return SK_NONE; }

IO_NATIVE(b_sizeof) {
    io_buffered *b = BUF(args[0]);
    return sk_int_from_i64(vm, (int64_t)(sizeof(io_buffered) + (b->ok ? b->size : 0)));
}

static sk_value raw_attr(sk_vm *vm, sk_value self, const char *name) {
    io_buffered *b = BUF(self);
    if (!check_init(vm, b)) return SK_NULL;
    return sk_getattr_cstr(vm, b->raw, name);
}
static sk_value g_name(sk_vm *vm, sk_value self) { return raw_attr(vm, self, "name"); }
static sk_value g_mode(sk_vm *vm, sk_value self) { return raw_attr(vm, self, "mode"); }
static sk_value g_closed(sk_vm *vm, sk_value self) {
    io_buffered *b = BUF(self);
    if (!check_init(vm, b)) return SK_NULL;
    if (b->fraw) return sk_from_bool(sk_io_fileio_is_closed(b->fraw));
    return sk_getattr_cstr(vm, b->raw, "closed");
}
static sk_value g_raw(sk_vm *vm, sk_value self) {
    io_buffered *b = BUF(self);
    return b->raw ? b->raw : SK_NONE;
}
static sk_value g_finalizing(sk_vm *vm, sk_value self) { return SK_FALSE; }

static sk_value buffered_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    const char *tn = sk_type_name_of(vm, self);
    sk_value name = sk_getattr_opt(vm, self, SK_NAME(vm, name));
    if (!name && vm->exc) {
        if (!sk_exc_pending(vm, SK_EXC_VALUE) && !sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) return SK_NULL;
        sk_exc_take(vm);
    }
    if (!name) return sk_str_fmt(vm, "<%s>", tn);
    SK_ROOT(vm, name);
    return sk_str_fmt(vm, "<%s name=%R>", tn, name);
}

static int buffered_next(sk_vm *vm, sk_value self, sk_value *out) {
    io_buffered *b = BUF(self);
    sk_value line;
    sk_type *t = sk_as_obj(self)->type;
    if (t == IO(vm)->bufreader || t == IO(vm)->bufrandom) {
        if (!check_init(vm, b)) return -1;
        line = read_line(vm, b, -1);
    } else {
        sk_value n = sk_str_intern_cstr(vm, "readline");
        line = n ? sk_call_method(vm, self, n, NULL, 0) : SK_NULL;
    }
    if (!line) return -1;
    if (!sk_is_ptr(line) || !(sk_as_obj(line)->type->flags & SK_TF_BYTES_SUB)) {
        sk_exc_fmt(vm, SK_EXC_OS, "readline() should have returned a bytes object, not '%s'",
                   sk_type_name_of(vm, line));
        return -1;
    }
    if (!sk_bytes_len(line)) return 0;
    *out = line;
    return 1;
}

static void buffered_trace(sk_vm *vm, sk_obj *o) {
    io_buffered *b = (io_buffered *)o;
    sk_io_trace_base(vm, o);
    sk_gc_mark(vm, b->raw);
}

static void write_all(int fd, const char *p, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t put = write(fd, p + done, n - done);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) break;
        done += (size_t)put;
    }
}

/* Collected with data pending: write it (the descriptor is still open:
 * this object holds a reference to it), as CPython's finalizer would. */
static void buffered_finalize(sk_vm *vm, sk_obj *o) {
    io_buffered *b = (io_buffered *)o;
    /* (fraw may already be freed: only the shared handle is used) */
    if ((b->wlen || b->dlen) && b->h && b->h->fd >= 0 && !b->h->host) {
        int fd = b->h->fd;
        write_all(fd, b->wbuf, b->wlen);
        if (b->dlen) {
            /* the text layer's bytes go where the stream logically is */
            if (b->rlen > b->rpos) lseek(fd, -(off_t)(b->rlen - b->rpos), SEEK_CUR);
            write_all(fd, b->deferred, b->dlen);
        }
    }
    free_buffers(vm, b);
    sk_io_fdh_release(vm, b->h);
    b->h = NULL;
}

/* ---- construction -------------------------------------------------------------------------- */

static bool setup(sk_vm *vm, sk_value self, sk_value raw, size_t size) {
    SK_ROOT_SCOPE(vm);
    io_buffered *b = BUF(self);
    sk_type *t = sk_as_obj(self)->type;
    sk_io *io = IO(vm);
    uint8_t caps = sk_type_is_subtype(t, io->bufrandom)   ? (IO_BUF_READ | IO_BUF_WRITE)
                   : sk_type_is_subtype(t, io->bufwriter) ? IO_BUF_WRITE
                                                          : IO_BUF_READ;
    b->ok = false;
    b->detached = false;
    /* a second __init__ starts over */
    if (b->raw) {
        free_buffers(vm, b);
        sk_io_fdh_release(vm, b->h);
        b->h = NULL;
        b->fraw = NULL;
        b->raw = SK_NULL;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, raw);
    const char *checks[3][2] = {{"seekable", "File or stream is not seekable."},
                                {"readable", "File or stream is not readable."},
                                {"writable", "File or stream is not writable."}};
    for (int i = 0; i < 3; i++) {
        if (i == 0 && caps != (IO_BUF_READ | IO_BUF_WRITE)) continue;
        if (i == 1 && !(caps & IO_BUF_READ)) continue;
        if (i == 2 && !(caps & IO_BUF_WRITE)) continue;
        sk_value n = sk_str_intern_cstr(vm, checks[i][0]);
        sk_value r = n ? sk_call_method(vm, raw, n, NULL, 0) : SK_NULL;
        if (!r) return false;
        if (r != SK_TRUE) {
            sk_io_unsupported(vm, checks[i][1]);
            return false;
        }
    }
    b->raw = raw;
    b->caps = caps;
    b->size = size;
    if (sk_is_ptr(raw) && sk_as_obj(raw)->type == io->fileio) {
        b->fraw = (io_fileio *)sk_as_obj(raw);
        b->h = b->fraw->h;
        if (b->h) b->h->refs++;
    }
    b->ok = true;
    sk_gc_roots_restore(vm, mark);
    return true;
}

static int buffered_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"raw", "buffer_size"};
    sk_value a[2];
    sk_type *t = sk_as_obj(self)->type;
    const char *tn = sk_type_is_subtype(t, IO(vm)->bufrandom)   ? "BufferedRandom"
                     : sk_type_is_subtype(t, IO(vm)->bufwriter) ? "BufferedWriter"
                                                                : "BufferedReader";
    if (!sk_io_bind(vm, tn, args, nargs, kwnames, names, 2, 1, a)) return -1;
    int64_t size = IO_DEFAULT_BUFFER_SIZE;
    if (a[1] && !sk_index_i64(vm, a[1], &size, "Python int too large to convert to C ssize_t")) return -1;
    if (size <= 0) {
        BUF(self)->ok = false;
        sk_io_err_value(vm, "buffer size must be strictly positive");
        return -1;
    }
    return setup(vm, self, a[0], (size_t)size) ? 0 : -1;
}

static sk_value buffered_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

sk_value sk_io_buffered_new(sk_vm *vm, sk_type *t, sk_value raw, size_t size) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value self = sk_type_alloc_instance(vm, t);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    if (!setup(vm, self, raw, size)) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return self;
}

#define COMMON_METHODS                                           \
    {"flush", b_flush, 1, 1, 0, NULL},                           \
    {"close", b_close, 1, 1, 0, NULL},                           \
    {"detach", b_detach, 1, 1, 0, NULL},                         \
    {"seek", b_seek, 2, 3, 0, NULL},                             \
    {"tell", b_tell, 1, 1, 0, NULL},                             \
    {"truncate", b_truncate, 1, 2, 0, NULL},                     \
    {"seekable", b_seekable, 1, 1, 0, NULL},                     \
    {"fileno", b_fileno, 1, 1, 0, NULL},                         \
    {"isatty", b_isatty, 1, 1, 0, NULL},                         \
    {"_dealloc_warn", b_dealloc_warn, 2, 2, 0, NULL},            \
    {"__sizeof__", b_sizeof, 1, 1, 0, NULL},                     \
    {"__getstate__", b_getstate, 1, 1, 0, NULL}

#define READ_METHODS                                             \
    {"read", b_read, 1, 2, 0, NULL},                             \
    {"read1", b_read1, 1, 2, 0, NULL},                           \
    {"peek", b_peek, 1, 2, 0, NULL},                             \
    {"readinto", b_readinto, 2, 2, 0, NULL},                     \
    {"readinto1", b_readinto1, 2, 2, 0, NULL},                   \
    {"readline", b_readline, 1, 2, 0, NULL},                     \
    {"readable", b_readable, 1, 1, 0, NULL}

#define WRITE_METHODS                                            \
    {"write", b_write, 2, 2, 0, NULL},                           \
    {"writable", b_writable, 1, 1, 0, NULL}

static const sk_method_def reader_methods[] = {COMMON_METHODS, READ_METHODS, {NULL}};
static const sk_method_def writer_methods[] = {COMMON_METHODS, WRITE_METHODS, {NULL}};
static const sk_method_def random_methods[] = {COMMON_METHODS, READ_METHODS, WRITE_METHODS, {NULL}};

static const sk_getset_def buffered_getsets[] = {
    {"name", g_name, NULL, NULL},
    {"mode", g_mode, NULL, NULL},
    {"closed", g_closed, NULL, NULL},
    {"raw", g_raw, NULL, NULL},
    {"_finalizing", g_finalizing, NULL, NULL},
    {NULL},
};

static sk_type *make_type(sk_vm *vm, const char *name, const sk_method_def *methods, bool iterates) {
    sk_type *t = sk_io_new_type(vm, name, IO(vm)->bufferediobase, sizeof(io_buffered), methods, buffered_getsets);
    if (!t) return NULL;
    t->tp_new = buffered_tp_new;
    t->tp_init = buffered_init;
    t->trace = buffered_trace;
    t->finalize = buffered_finalize;
    t->repr = buffered_repr;
    if (iterates) t->next = buffered_next;
    return sk_type_ready(vm, t) ? t : NULL;
}

bool sk_io_buffered_init_types(sk_vm *vm) {
    sk_io *io = IO(vm);
    return (io->bufreader = make_type(vm, "BufferedReader", reader_methods, true)) &&
           (io->bufwriter = make_type(vm, "BufferedWriter", writer_methods, false)) &&
           (io->bufrandom = make_type(vm, "BufferedRandom", random_methods, true));
}
