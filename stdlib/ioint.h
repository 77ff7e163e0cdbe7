/* ioint.h — what the files of the _io module share: the object layouts,
 * the per-VM state (the io types, and whether buffered writers gained
 * unwritten data since the last collection), and helpers for errors and
 * argument parsing. Internal to stdlib/io*.c.
 *
 * The layers, as in CPython: FileIO (iofile.c) owns a file descriptor;
 * BufferedReader / BufferedWriter / BufferedRandom (iobuffered.c) buffer
 * any raw stream; TextIOWrapper (iotext.c) decodes and encodes over any
 * buffered stream; BytesIO and StringIO (iomem.c) live in memory. io.py
 * adds the ABCs, BufferedRWPair and IncrementalNewlineDecoder in Python. Each
 * layer calls the one below through C directly when it is skein's own
 * type, and through Python method calls otherwise, so Python subclasses
 * and user-written streams work too.
 *
 * File descriptors are shared through a small reference-counted handle
 * (io_fdh) between a FileIO and the buffered object over it, so that when
 * both die in the same collection, in whichever order the collector frees
 * them, the buffered data is written before the descriptor is closed.
 */
#ifndef SK_IOINT_H
#define SK_IOINT_H

#include "textio.h"

#include "buf.h"
#include "exc.h"
#include "type.h"

#define IO_DEFAULT_BUFFER_SIZE 8192
/* How many bytes a text stream asks its buffer for at a time. */
#define IO_TEXT_CHUNK 8192

/* ---- the per-VM state ----------------------------------------------------------- */

typedef struct sk_io {
    sk_type *iobase, *rawiobase, *bufferediobase, *textiobase;
    sk_type *fileio, *bufreader, *bufwriter, *bufrandom;
    sk_type *textio, *stringio, *bytesio;
    sk_type *unsupported;       /* io.UnsupportedOperation */
    /* The buffered objects over a file that hold written data. open()
     * writes it out first: CPython would have written the data of a file
     * object whose last reference went away (open(p, "w").write(s)), and
     * skein cannot tell which file objects a program still uses. */
    struct io_buffered *pending;
} sk_io;

#define IO(vm) ((vm)->io)

/* ---- layouts ---------------------------------------------------------------------- */

/* A file descriptor shared by a FileIO and the buffered object over it.
 * fd is -1 once the FileIO is closed. The last reference closes the
 * descriptor if the FileIO still owned it. */
typedef struct io_fdh {
    int fd;
    int refs;
    bool closefd;
    bool host;               /* a standard stream written through the host */
} io_fdh;

/* _io._IOBase: every io object starts so. `base_closed` is the generic
 * closed flag of _IOBase.close() (Python subclasses rely on it). */
typedef struct io_obj {
    sk_obj hdr;
    sk_value dict;
    bool base_closed;
} io_obj;

/* Which process stream a FileIO stands for when its writes go through the
 * host's write hooks (the embedding's sys.stdout / sys.stderr). */
enum { IO_HOST_NONE = -1, IO_HOST_STDIN = 0, IO_HOST_STDOUT = 1, IO_HOST_STDERR = 2 };

typedef struct io_fileio {
    io_obj base;
    io_fdh *h;               /* NULL before __init__ and after close() */
    bool readable, writable, appending, created, closefd;
    int8_t seekable;         /* -1: not asked yet */
    int8_t host;             /* IO_HOST_* */
    int64_t blksize;
} io_fileio;

enum { IO_BUF_READ = 1, IO_BUF_WRITE = 2 };

typedef struct io_buffered {
    io_obj base;
    sk_value raw;
    io_fileio *fraw;         /* raw, when it is exactly an _io.FileIO */
    io_fdh *h;               /* fraw's descriptor, referenced (see above) */
    uint8_t caps;            /* IO_BUF_READ | IO_BUF_WRITE */
    bool ok;                 /* __init__ succeeded */
    bool detached;
    size_t size;             /* buffer_size */
    char *rbuf;              /* read-ahead: rbuf[rpos..rlen) not yet read */
    size_t rpos, rlen;
    char *wbuf;              /* written, not yet handed to raw */
    size_t wlen;
    /* Bytes a TextIOWrapper wrote but has not handed over yet (its
     * "pending bytes"): kept here so that they are written even if both
     * objects die together. Reads do not write them out; the text layer's
     * flush, seek, tell and read do. */
    char *deferred;
    size_t dlen, dcap;
    /* links in the VM's list of buffered objects holding written data */
    struct io_buffered *pending_prev, *pending_next;
    bool in_pending;
} io_buffered;

/* Codecs a text stream knows how to cut into chunks. */
typedef enum io_codec {
    IO_UTF8, IO_UTF8_SIG, IO_ASCII, IO_LATIN1,
    IO_UTF16, IO_UTF16_LE, IO_UTF16_BE,
    IO_UTF32, IO_UTF32_LE, IO_UTF32_BE,
} io_codec;

typedef struct io_text {
    io_obj base;
    sk_value buffer;
    io_buffered *nbuf;       /* buffer, when it is exactly a native Buffered* */
    sk_value encoding;       /* str, as given */
    sk_value errors;         /* str */
    sk_value readnl;         /* str, or SK_NULL for newline=None */
    sk_value writenl;        /* str that replaces "\n" on writing, SK_NULL: none */
    io_codec codec;
    bool ok, detached;
    bool readuniversal, readtranslate;
    bool line_buffering, write_through;
    bool seekable, telling, has_read1;
    bool can_read, can_write;      /* CPython: has a decoder / an encoder */
    bool flush_each_write;         /* the native stderr */
    bool decoder_used;             /* `newlines` answers once reading began */
    bool bom_done;                 /* decoder: the stream's start (BOM) is past */
    bool after_cr;                 /* decoder: seek() landed just after a "\r" */
    int64_t cr_cookie;             /* the last tell() that fell just after a "\r", or -1 */
    bool big_endian;               /* decoder: what the BOM said */
    bool enc_bom_done;             /* encoder: a BOM is not (or no longer) due */
    uint8_t seennl;
    size_t chunk_size;             /* _CHUNK_SIZE: bytes asked for at a time */
    /* decoded text not yet read: decoded[dec_off..] */
    sk_value decoded;
    size_t dec_off;
    /* the bytes `decoded` came from: chunk[0..chunk_used) decoded (its
     * first chunk_skip bytes a BOM), chunk[chunk_used..] the undecoded
     * rest kept for the next chunk; SK_NULL when there is no snapshot */
    sk_value chunk;
    size_t chunk_used, chunk_skip;
    bool chunk_lossy;              /* an error handler replaced bytes */
    sk_buf pending;                /* encoded, not yet given to a Python buffer */
} io_text;

typedef struct io_bytesio {
    io_obj base;
    char *data;
    size_t len, cap, pos;
    bool closed;
} io_bytesio;

typedef struct io_stringio {
    io_obj base;
    uint32_t *data;                /* code points */
    size_t len, cap, pos;
    bool closed, ok;
    sk_value readnl;               /* like io_text */
    sk_value writenl;
    bool readuniversal, readtranslate;
    uint8_t seennl;
} io_stringio;

/* ---- helpers (io.c) ------------------------------------------------------------- */

#define IO_NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* ValueError "I/O operation on closed file." */
SK_INTERNAL sk_value sk_io_err_closed(sk_vm *vm);
/* ValueError with another message (the buffered layer's "read of closed
 * file" …). */
SK_INTERNAL sk_value sk_io_err_value(sk_vm *vm, const char *msg);
/* io.UnsupportedOperation(msg). */
SK_INTERNAL sk_value sk_io_unsupported(sk_vm *vm, const char *msg);
/* OSError for errno `err` (the subclass CPython picks), with strerror and,
 * if not SK_NULL, the filename. */
SK_INTERNAL sk_value sk_io_err_errno(sk_vm *vm, int err, sk_value filename);

/* Binds a native call's arguments to `names` (positional first, then by
 * keyword), CPython's argument-clinic style: out[i] is SK_NULL for an
 * argument not given. `npos_only` leading names are positional-only,
 * `min` are required. Raises TypeError with CPython's messages. */
SK_INTERNAL bool sk_io_bind(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                            const char *const *names, size_t nnames, size_t min, sk_value *out) SK_MUST_CHECK;

/* A size argument: None or absent is -1; anything else goes through
 * __index__ (TypeError "'X' object cannot be interpreted as an integer"). */
SK_INTERNAL bool sk_io_size_arg(sk_vm *vm, sk_value v, int64_t *out) SK_MUST_CHECK;

/* Is `v` closed, asking v.closed (fast for skein's own types)? -1 on error. */
SK_INTERNAL int sk_io_is_closed(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* Raises ValueError "I/O operation on closed file." when v.closed is true. */
SK_INTERNAL bool sk_io_check_closed(sk_vm *vm, sk_value v) SK_MUST_CHECK;

/* Reads bytes-like data: bytes or bytearray (TypeError "a bytes-like object
 * is required, not 'X'" otherwise). */
SK_INTERNAL bool sk_io_get_bytes(sk_vm *vm, sk_value v, const char **data, size_t *len) SK_MUST_CHECK;
/* A writable buffer (bytearray): TypeError "<what> must be read-write
 * bytes-like object, not X" otherwise ("readinto() argument"). */
SK_INTERNAL bool sk_io_get_writable(sk_vm *vm, sk_value v, const char *what, char **data, size_t *len) SK_MUST_CHECK;

/* A type of the io family (with a __dict__ slot), made ready. */
SK_INTERNAL sk_type *sk_io_new_type(sk_vm *vm, const char *name, sk_type *base, size_t size,
                                    const sk_method_def *methods, const sk_getset_def *getsets) SK_MUST_CHECK;
/* The instance dict, traced by every io type. */
SK_INTERNAL void sk_io_trace_base(sk_vm *vm, sk_obj *o);

/* The generic _IOBase methods, callable on any io object (io.c). */
SK_INTERNAL sk_value sk_io_base_readlines(sk_vm *vm, sk_value self, sk_value hint) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_io_base_writelines(sk_vm *vm, sk_value self, sk_value lines) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_io_base_exit(sk_vm *vm, sk_value self) SK_MUST_CHECK;

/* ---- the layers' entry points ------------------------------------------------------ */

/* iofile.c */
SK_INTERNAL bool sk_io_fileio_init_type(sk_vm *vm) SK_MUST_CHECK;
/* FileIO(file, mode, closefd, opener): a new FileIO; mode is the raw mode
 * ("r", "w+", "x", "a"…). */
SK_INTERNAL sk_value sk_io_fileio_open(sk_vm *vm, sk_value file, const char *mode, bool closefd,
                                       sk_value opener) SK_MUST_CHECK;
/* A FileIO standing for the process's stdin/stdout/stderr (IO_HOST_*). */
SK_INTERNAL sk_value sk_io_fileio_host(sk_vm *vm, int host) SK_MUST_CHECK;
SK_INTERNAL void sk_io_fdh_release(sk_vm *vm, io_fdh *h);
/* Raw operations on a FileIO, used by the buffered layer. -1 with an
 * exception on error; reads return 0 at end of file. */
SK_INTERNAL int64_t sk_io_fileio_read(sk_vm *vm, io_fileio *f, char *p, size_t n) SK_MUST_CHECK;
SK_INTERNAL int64_t sk_io_fileio_write(sk_vm *vm, io_fileio *f, const char *p, size_t n) SK_MUST_CHECK;
SK_INTERNAL int64_t sk_io_fileio_seek(sk_vm *vm, io_fileio *f, int64_t pos, int whence) SK_MUST_CHECK;
SK_INTERNAL bool sk_io_fileio_is_closed(io_fileio *f);
/* Reads to the end of the file: bytes, None when nothing is available now. */
SK_INTERNAL sk_value sk_io_fileio_readall(sk_vm *vm, io_fileio *f) SK_MUST_CHECK;

/* iobuffered.c */
SK_INTERNAL bool sk_io_buffered_init_types(sk_vm *vm) SK_MUST_CHECK;
/* BufferedReader/Writer/Random(raw, size) by type. */
SK_INTERNAL sk_value sk_io_buffered_new(sk_vm *vm, sk_type *t, sk_value raw, size_t size) SK_MUST_CHECK;
/* The buffered layer as the text layer sees it. Errors: -1 / SK_NULL. */
SK_INTERNAL bool sk_io_buffered_write(sk_vm *vm, io_buffered *b, const char *p, size_t n) SK_MUST_CHECK;
SK_INTERNAL bool sk_io_buffered_flush(sk_vm *vm, io_buffered *b) SK_MUST_CHECK;
/* The text layer's pending bytes: kept aside by defer, written (at the
 * position the stream has then) by push. */
SK_INTERNAL bool sk_io_buffered_defer(sk_vm *vm, io_buffered *b, const char *p, size_t n) SK_MUST_CHECK;
SK_INTERNAL bool sk_io_buffered_push_deferred(sk_vm *vm, io_buffered *b) SK_MUST_CHECK;
/* read1(n) (one raw read at most) when `one`, else read(n); n < 0: all. */
SK_INTERNAL sk_value sk_io_buffered_read(sk_vm *vm, io_buffered *b, int64_t n, bool one) SK_MUST_CHECK;
SK_INTERNAL int64_t sk_io_buffered_seek(sk_vm *vm, io_buffered *b, int64_t pos, int whence) SK_MUST_CHECK;
SK_INTERNAL int64_t sk_io_buffered_tell(sk_vm *vm, io_buffered *b) SK_MUST_CHECK;
/* 1 closed, 0 open, -1 error (asks raw.closed for a Python raw). */
SK_INTERNAL int sk_io_buffered_closed(sk_vm *vm, io_buffered *b) SK_MUST_CHECK;
/* Allocates the buffer now rather than on first use (the standard
 * streams: printing must work when memory has run out). */
SK_INTERNAL bool sk_io_buffered_prepare(sk_vm *vm, io_buffered *b) SK_MUST_CHECK;
/* Writes what the buffers hold to raw without raising (exit, stdio); on
 * an error the data stays for a later flush() to report. */
SK_INTERNAL void sk_io_buffered_flush_quietly(sk_vm *vm, io_buffered *b);
/* Writes out what every buffered file holds (see sk_io.pending). */
SK_INTERNAL void sk_io_flush_pending(sk_vm *vm);

/* iotext.c */
SK_INTERNAL bool sk_io_text_init_type(sk_vm *vm) SK_MUST_CHECK;
/* TextIOWrapper(buffer, encoding, errors, newline, line_buffering);
 * SK_NULL arguments take the defaults. */
SK_INTERNAL sk_value sk_io_text_new(sk_vm *vm, sk_value buffer, sk_value encoding, sk_value errors,
                                    sk_value newline, bool line_buffering) SK_MUST_CHECK;
/* write() of UTF-8 text, as print() and the stdio helpers use it. */
SK_INTERNAL bool sk_io_text_write_utf8(sk_vm *vm, io_text *t, const char *p, size_t n) SK_MUST_CHECK;

/* iomem.c */
SK_INTERNAL bool sk_io_mem_init_types(sk_vm *vm) SK_MUST_CHECK;

#endif
