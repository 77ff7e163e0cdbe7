/* iotext.c — _io.TextIOWrapper: text over a buffered byte stream, with
 * CPython's newline modes (None, '', '\n', '\r', '\r\n' on reading and
 * writing), incremental decoding of the codecs skein has (UTF-8,
 * UTF-8-SIG, ASCII, Latin-1, UTF-16 and UTF-32 with or without a BOM), its
 * error handlers and UnicodeDecodeError positions, and tell()/seek().
 *
 * Reading works in chunks as CPython's does: ask the buffer for a chunk
 * (read1(8192)), decode it with whatever undecoded bytes the last chunk
 * left (a character cut in two, or a "\r" whose "\n" may follow), and keep
 * the text in `decoded`. The bytes of the chunk are kept too, so tell()
 * can work out how many bytes the characters read so far took: the
 * cookie is that byte position, as CPython's is whenever the decoder holds
 * nothing. When an error handler replaced bytes (so characters and bytes
 * no longer correspond) the cookie is the chunk's start plus the number of
 * characters to skip in its upper bits, which seek() replays.
 *
 * Writing encodes at once into a native buffer (which buffers itself) or
 * collects the bytes for a Python buffer object until 8192 are pending or
 * a flush is due, as CPython does.
 */
#include "ioint.h"

#include <string.h>

#include "bytes.h"
#include "codec.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define TXT(v) ((io_text *)sk_as_obj(v))

enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

/* ---- checks ------------------------------------------------------------------------------- */

static bool check_attached(sk_vm *vm, io_text *t) {
    if (!t->ok) {
        sk_io_err_value(vm, "I/O operation on uninitialized object");
        return false;
    }
    if (t->detached) {
        sk_io_err_value(vm, "underlying buffer has been detached");
        return false;
    }
    return true;
}

static int text_closed(sk_vm *vm, io_text *t) {
    if (t->nbuf && t->nbuf->ok) return sk_io_buffered_closed(vm, t->nbuf);
    return sk_io_is_closed(vm, t->buffer);
}

static bool check_open(sk_vm *vm, io_text *t) {
    if (!check_attached(vm, t)) return false;
    int c = text_closed(vm, t);
    if (c < 0) return false;
    if (c) {
        sk_io_err_closed(vm);
        return false;
    }
    return true;
}

static sk_value buffer_call(sk_vm *vm, io_text *t, const char *name, const sk_value *args, size_t n) {
    sk_value m = sk_str_intern_cstr(vm, name);
    return m ? sk_call_method(vm, t->buffer, m, args, n) : SK_NULL;
}

/* ---- codecs ---------------------------------------------------------------------------------- */

static bool is_bom_codec(io_codec c) { return c == IO_UTF8_SIG || c == IO_UTF16 || c == IO_UTF32; }

static size_t unit_size(io_codec c) {
    switch (c) {
    case IO_UTF16: case IO_UTF16_LE: case IO_UTF16_BE: return 2;
    case IO_UTF32: case IO_UTF32_LE: case IO_UTF32_BE: return 4;
    default: return 1;
    }
}

static bool codec_big(io_text *t) {
    return t->codec == IO_UTF16_BE || t->codec == IO_UTF32_BE ||
           ((t->codec == IO_UTF16 || t->codec == IO_UTF32) && t->big_endian);
}

/* The codec name to decode a chunk with (once past any BOM). */
static const char *decode_name(io_text *t) {
    switch (t->codec) {
    case IO_UTF8: case IO_UTF8_SIG: return "utf-8";
    case IO_ASCII: return "ascii";
    case IO_LATIN1: return "latin-1";
    case IO_UTF16: case IO_UTF16_LE: case IO_UTF16_BE: return codec_big(t) ? "utf-16-be" : "utf-16-le";
    default: return codec_big(t) ? "utf-32-be" : "utf-32-le";
    }
}

/* The codec name to encode with: the BOM-writing one while a BOM is due. */
static const char *encode_name(io_text *t) {
    switch (t->codec) {
    case IO_UTF8: return "utf-8";
    case IO_UTF8_SIG: return t->enc_bom_done ? "utf-8" : "utf-8-sig";
    case IO_ASCII: return "ascii";
    case IO_LATIN1: return "latin-1";
    case IO_UTF16: return t->enc_bom_done ? "utf-16-le" : "utf-16";
    case IO_UTF16_LE: return "utf-16-le";
    case IO_UTF16_BE: return "utf-16-be";
    case IO_UTF32: return t->enc_bom_done ? "utf-32-le" : "utf-32";
    case IO_UTF32_LE: return "utf-32-le";
    default: return "utf-32-be";
    }
}

static bool codec_from_name(const char *n, io_codec *out) {
    static const struct { const char *name; io_codec c; } map[] = {
        {"utf-8", IO_UTF8}, {"utf-8-sig", IO_UTF8_SIG}, {"ascii", IO_ASCII}, {"iso8859-1", IO_LATIN1},
        {"utf-16", IO_UTF16}, {"utf-16-le", IO_UTF16_LE}, {"utf-16-be", IO_UTF16_BE},
        {"utf-32", IO_UTF32}, {"utf-32-le", IO_UTF32_LE}, {"utf-32-be", IO_UTF32_BE},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(n, map[i].name)) {
            *out = map[i].c;
            return true;
        }
    return false;
}

/* How many bytes at the end of s[0..n) begin a character the next chunk
 * may complete (they are kept for it). */
static size_t incomplete_tail(io_text *t, const unsigned char *s, size_t n) {
    size_t u = unit_size(t->codec);
    if (u == 2) {
        size_t tail = n % 2;
        if (n - tail >= 2) {
            const unsigned char *p = s + n - tail - 2;
            unsigned unit = codec_big(t) ? ((unsigned)p[0] << 8 | p[1]) : ((unsigned)p[1] << 8 | p[0]);
            if (unit >= 0xD800 && unit <= 0xDBFF) tail += 2;
        }
        return tail;
    }
    if (u == 4) return n % 4;
    if (t->codec != IO_UTF8 && t->codec != IO_UTF8_SIG) return 0;
    /* UTF-8: a lead byte near the end whose continuation bytes so far are
     * valid but too few */
    for (size_t k = 1; k <= 3 && k <= n; k++) {
        unsigned c = s[n - k];
        if ((c & 0xC0) == 0x80) continue;
        size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (need <= k) return 0;
        if (k >= 2) {
            unsigned b = s[n - k + 1];
            unsigned lo = 0x80, hi = 0xBF;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
            if (b < lo || b > hi) return 0;
        }
        return k;
    }
    return 0;
}

static sk_value name_value(sk_vm *vm, const char *name) { return sk_str_intern_cstr(vm, name); }

/* Decodes data[0..n) with the stream's codec and error handler, `final` at
 * the end of the stream. *used: how many bytes the text covers (the rest
 * must wait for more); *skip: BOM bytes at the start; *lossy: an error
 * handler replaced something. */
static sk_value decode_bytes(sk_vm *vm, io_text *t, const char *data, size_t n, bool final, size_t *used,
                             size_t *skip, bool *lossy) {
    const unsigned char *s = (const unsigned char *)data;
    *skip = 0;
    *lossy = false;
    *used = 0;
    const char *name = NULL;
    size_t from = 0;
    bool no_bom = false;
    if (!t->bom_done && is_bom_codec(t->codec)) {
        if (t->codec == IO_UTF8_SIG) {
            static const unsigned char bom[3] = {0xEF, 0xBB, 0xBF};
            if (n < 3 && !final && !memcmp(s, bom, n)) return vm->empty_str;
            if (n >= 3 && !memcmp(s, bom, 3)) *skip = 3;
            from = *skip;
        } else if (t->codec == IO_UTF16) {
            if (n < 2 && !final) return vm->empty_str;
            bool big = n >= 2 && s[0] == 0xFE && s[1] == 0xFF;
            bool bom = big || (n >= 2 && s[0] == 0xFF && s[1] == 0xFE);
            t->big_endian = big;
            *skip = bom ? 2 : 0;
            name = "utf-16";
            no_bom = !bom;
        } else {
            if (n < 4 && !final) return vm->empty_str;
            bool big = n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF;
            bool bom = big || (n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0);
            t->big_endian = big;
            *skip = bom ? 4 : 0;
            name = "utf-32";
            no_bom = !bom;
        }
        t->bom_done = true;
    }
    size_t tail = final ? 0 : incomplete_tail(t, s + *skip, n - *skip);
    size_t end = n - tail;
    if (!name) name = decode_name(t);
    else from = 0; /* the BOM-reading codecs see (and skip) the BOM themselves */
    sk_value enc = name_value(vm, name);
    if (!enc) return SK_NULL;
    bool strict = sk_str_eq_cstr(t->errors, "strict");
    sk_value r = sk_codec_decode(vm, data + from, end - from, enc, strict ? SK_NULL : name_value(vm, "strict"));
    if (!r && !strict && sk_exc_pending(vm, SK_EXC_UNICODE_DECODE)) {
        sk_exc_take(vm);
        *lossy = true;
        r = sk_codec_decode(vm, data + from, end - from, enc, t->errors);
    }
    if (!r) return SK_NULL;
    if (no_bom) {
        /* CPython's incremental UTF-16/32 decoders insist on a BOM at the
         * start of the stream once a character's worth was decoded */
        if (end >= unit_size(t->codec))
            return sk_exc_fmt(vm, SK_EXC_UNICODE, "UTF-%d stream does not start with BOM",
                              t->codec == IO_UTF16 ? 16 : 32);
        t->bom_done = false;
    }
    *used = end;
    return r;
}

/* Newline handling of freshly decoded text: records the kinds seen and
 * translates them (newline=None); in universal modes a final "\r" is
 * held back (its bytes, *held, go to the next chunk) so that a "\r\n"
 * split between chunks is seen whole. */
static sk_value newlines_in(sk_vm *vm, io_text *t, sk_value text, bool final, size_t *held) {
    *held = 0;
    if (!t->readuniversal) return text;
    const char *p = sk_str_data(text);
    size_t n = sk_str_size(text);
    if (!final && n && p[n - 1] == '\r') {
        *held = unit_size(t->codec);
        n--;
    }
    /* seek() landed between a "\r" and what follows: CPython's decoder
     * holds that "\r", so a "\n" here completes a "\r\n" */
    if (t->after_cr && n) {
        t->after_cr = false;
        if (p[0] == '\n') {
            t->seennl |= SEEN_CRLF;
            if (!t->readtranslate && !memchr(p + 1, '\r', n - 1)) {
                if (memchr(p + 1, '\n', n - 1)) t->seennl |= SEEN_LF;
                return n == sk_str_size(text) ? text : sk_str_new(vm, p, n);
            }
        }
    }
    const char *cr = memchr(p, '\r', n);
    if (!cr) {
        if (t->seennl != (SEEN_CR | SEEN_LF | SEEN_CRLF) && memchr(p, '\n', n)) t->seennl |= SEEN_LF;
        return n == sk_str_size(text) ? text : sk_str_new(vm, p, n);
    }
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    uint8_t seen = t->seennl;
    size_t i = 0;
    while (i < n) {
        const char *q = p + i;
        size_t k = 0;
        while (i + k < n && q[k] != '\r' && q[k] != '\n') k++;
        if (t->readtranslate) sk_buf_append(&out, q, k);
        i += k;
        if (i >= n) break;
        if (p[i] == '\n') {
            seen |= SEEN_LF;
            if (t->readtranslate) sk_buf_putc(&out, '\n');
            i++;
        } else if (i + 1 < n && p[i + 1] == '\n') {
            seen |= SEEN_CRLF;
            if (t->readtranslate) sk_buf_putc(&out, '\n');
            i += 2;
        } else {
            seen |= SEEN_CR;
            if (t->readtranslate) sk_buf_putc(&out, '\n');
            i++;
        }
    }
    t->seennl = seen;
    if (!t->readtranslate) {
        sk_buf_free(&out);
        return n == sk_str_size(text) ? text : sk_str_new(vm, p, n);
    }
    return sk_str_from_buf(vm, &out);
}

/* ---- the decoded text --------------------------------------------------------------------- */

static size_t dec_left(io_text *t) { return t->decoded ? sk_str_size(t->decoded) - t->dec_off : 0; }

static void clear_decoded(io_text *t) {
    t->decoded = SK_NULL;
    t->dec_off = 0;
}

static void reset_decoder(io_text *t) {
    clear_decoded(t);
    t->chunk = SK_NULL;
    t->chunk_used = t->chunk_skip = 0;
    t->seennl = 0;
    if (is_bom_codec(t->codec)) t->bom_done = false;
}

/* Byte length of the first `chars` characters of UTF-8 text p[0..n). */
static size_t utf8_span(const char *p, size_t n, size_t chars) {
    size_t i = 0;
    while (chars && i < n) {
        unsigned char c = (unsigned char)p[i];
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        chars--;
    }
    return i < n ? i : n;
}

/* Appends up to `chars` characters of the decoded text (all: -1) to out;
 * returns how many characters it took. */
static size_t take_decoded(io_text *t, sk_buf *out, int64_t chars) {
    size_t left = dec_left(t);
    if (!left) return 0;
    const char *p = sk_str_data(t->decoded) + t->dec_off;
    size_t bytes = chars < 0 ? left : utf8_span(p, left, (size_t)chars);
    sk_buf_append(out, p, bytes);
    t->dec_off += bytes;
    return sk_utf8_count(p, bytes);
}

/* ---- the buffer underneath ---------------------------------------------------------------- */

/* Gives a Python buffer the bytes collected for it. */
static bool write_pending(sk_vm *vm, io_text *t) {
    SK_ROOT_SCOPE(vm);
    if (t->nbuf) return sk_io_buffered_push_deferred(vm, t->nbuf);
    if (!t->pending.len) return true;
    sk_value b = sk_bytes_new(vm, t->pending.data, t->pending.len);
    sk_buf_free(&t->pending);
    sk_buf_init_vm(vm, &t->pending);
    if (!b) return false;
    SK_ROOT(vm, b);
    return buffer_call(vm, t, "write", &b, 1) != SK_NULL;
}

static bool buffer_flush(sk_vm *vm, io_text *t) {
    if (!write_pending(vm, t)) return false;
    if (t->nbuf) return sk_io_buffered_flush(vm, t->nbuf);
    return buffer_call(vm, t, "flush", NULL, 0) != SK_NULL;
}

static bool is_bytes(sk_value v) { return sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_BYTES_SUB); }

/* buffer.read1(n) (or read(n)), checked to be bytes. */
static sk_value buffer_read(sk_vm *vm, io_text *t, int64_t n) {
    if (t->nbuf) return sk_io_buffered_read(vm, t->nbuf, n, n >= 0);
    sk_value r;
    if (n < 0) {
        r = buffer_call(vm, t, "read", NULL, 0);
    } else {
        sk_value a = sk_int_from_i64(vm, n);
        if (!a) return SK_NULL;
        r = buffer_call(vm, t, t->has_read1 ? "read1" : "read", &a, 1);
    }
    if (!r) return SK_NULL;
    if (r == SK_NONE) return vm->empty_bytes;
    if (!is_bytes(r) && !(sk_is_ptr(r) && sk_type_is_subtype(sk_as_obj(r)->type, SK_TYPE(vm, BYTEARRAY))))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "underlying %s() should have returned a bytes-like object, not '%s'",
                          n < 0 ? "read" : t->has_read1 ? "read1" : "read", sk_type_name_of(vm, r));
    return r;
}

static int64_t buffer_tell(sk_vm *vm, io_text *t) {
    if (t->nbuf) return sk_io_buffered_tell(vm, t->nbuf);
    sk_value r = buffer_call(vm, t, "tell", NULL, 0);
    int64_t n;
    if (!r || !sk_index_i64(vm, r, &n, NULL)) return -1;
    return n;
}

static int64_t buffer_seek(sk_vm *vm, io_text *t, int64_t pos, int whence) {
    SK_ROOT_SCOPE(vm);
    if (t->nbuf) return sk_io_buffered_seek(vm, t->nbuf, pos, whence);
    sk_value a[2] = {SK_NULL, sk_from_int(whence)};
    SK_ROOT(vm, a[0]);
    if (!(a[0] = sk_int_from_i64(vm, pos))) return -1;
    sk_value r = buffer_call(vm, t, "seek", a, 2);
    int64_t n;
    if (!r || !sk_index_i64(vm, r, &n, NULL)) return -1;
    return n;
}

/* Reads and decodes the next chunk into `decoded`: 1 when bytes came, 0
 * at the end of the stream (the last undecoded bytes are decoded then),
 * -1 on error. */
static int read_chunk(sk_vm *vm, io_text *t, size_t hint) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    size_t size = hint > t->chunk_size ? hint : t->chunk_size;
    sk_value input = buffer_read(vm, t, (int64_t)size);
    if (!input) return -1;
    SK_ROOT(vm, input);
    size_t in_len = sk_bytes_len(input);
    bool eof = in_len == 0;
    sk_value data = input;
    size_t carry = t->chunk ? sk_bytes_len(t->chunk) - t->chunk_used : 0;
    if (carry) {
        data = sk_bytes_alloc(vm, carry + in_len);
        if (!data) return -1;
        char *d = ((sk_bytes *)sk_as_obj(data))->data;
        memcpy(d, sk_bytes_data(t->chunk) + t->chunk_used, carry);
        memcpy(d + carry, sk_bytes_data(input), in_len);
    } else if (!SK_IS(vm, input, BYTES)) {
        data = sk_bytes_new(vm, sk_bytes_data(input), in_len);
        if (!data) return -1;
    }
    SK_ROOT(vm, data);
    size_t used, skip, held;
    bool lossy;
    sk_value text = decode_bytes(vm, t, sk_bytes_data(data), sk_bytes_len(data), eof, &used, &skip, &lossy);
    if (!text) return -1;
    SK_ROOT(vm, text);
    text = newlines_in(vm, t, text, eof, &held);
    if (!text) return -1;
    t->decoded = text;
    t->dec_off = 0;
    t->chunk = data;
    t->chunk_used = used - held;
    t->chunk_skip = skip;
    t->chunk_lossy = lossy;
    t->decoder_used = true;
    sk_gc_roots_restore(vm, mark);
    return eof ? 0 : 1;
}

/* ---- reading ---------------------------------------------------------------------------------- */

static bool check_readable(sk_vm *vm, io_text *t) {
    if (!check_open(vm, t)) return false;
    if (!t->can_read) {
        sk_io_unsupported(vm, "not readable");
        return false;
    }
    return write_pending(vm, t);
}

static sk_value read_text(sk_vm *vm, io_text *t, int64_t n) {
    SK_ROOT_SCOPE(vm);
    if (!check_readable(vm, t)) return SK_NULL;
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    size_t mark = sk_gc_roots_save(vm);
    if (n < 0) {
        SK_ROOT_SCOPE(vm);
        sk_value input = buffer_read(vm, t, -1);
        if (!input) goto fail;
        SK_ROOT(vm, input);
        size_t carry = t->chunk ? sk_bytes_len(t->chunk) - t->chunk_used : 0;
        const char *data = sk_bytes_data(input);
        size_t len = sk_bytes_len(input);
        if (carry) {
            sk_value joined = sk_bytes_alloc(vm, carry + len);
            if (!joined) goto fail;
            char *d = ((sk_bytes *)sk_as_obj(joined))->data;
            memcpy(d, sk_bytes_data(t->chunk) + t->chunk_used, carry);
            memcpy(d + carry, data, len);
            input = joined;
            data = d;
            len += carry;
        }
        size_t used, skip, held;
        bool lossy;
        sk_value text = decode_bytes(vm, t, data, len, true, &used, &skip, &lossy);
        if (!text) goto fail;
        SK_ROOT(vm, text);
        text = newlines_in(vm, t, text, true, &held);
        if (!text) goto fail;
        t->decoder_used = true;
        if (!dec_left(t)) {
            clear_decoded(t);
            t->chunk = SK_NULL;
            sk_buf_free(&out);
            return text;
        }
        take_decoded(t, &out, -1);
        sk_buf_append(&out, sk_str_data(text), sk_str_size(text));
        clear_decoded(t);
        t->chunk = SK_NULL;
    } else {
        size_t got = take_decoded(t, &out, n);
        while (got < (size_t)n) {
            int r = read_chunk(vm, t, (size_t)n - got);
            if (r < 0) goto fail;
            got += take_decoded(t, &out, (int64_t)((size_t)n - got));
            if (r == 0) break;
        }
    }
    if (out.failed) goto nomem;
    sk_gc_roots_restore(vm, mark);
    return sk_str_from_buf(vm, &out);
nomem:
    sk_buf_free(&out);
    return sk_exc_no_memory(vm);
fail:
    sk_buf_free(&out);
    return SK_NULL;
}

/* Where the line ending is in p[0..n) (UTF-8): the byte offset just after
 * it, or 0 when there is none. `prev_cr`: the line so far ends in "\r"
 * (for newline="\r\n" split across chunks). */
static size_t find_line_end(io_text *t, const char *p, size_t n, bool prev_cr) {
    if (t->readtranslate) {
        const char *nl = memchr(p, '\n', n);
        return nl ? (size_t)(nl - p) + 1 : 0;
    }
    if (t->readuniversal) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') return i + 1;
            if (p[i] == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return 0;
    }
    const char *nl = sk_str_data(t->readnl);
    size_t nllen = sk_str_size(t->readnl);
    if (nllen == 2 && prev_cr && n && p[0] == '\n') return 1;
    for (size_t i = 0; i + nllen <= n; i++)
        if (p[i] == nl[0] && (nllen == 1 || p[i + 1] == nl[1])) return i + nllen;
    return 0;
}

/* A str of n bytes of the decoded text from byte offset off: ASCII text
 * needs no counting. */
static sk_value decoded_slice(sk_vm *vm, io_text *t, size_t off, size_t n) {
    const char *p = sk_str_data(t->decoded) + off;
    if (!sk_str_ptr(t->decoded)->ascii || n <= 1) return sk_str_new(vm, p, n);
    sk_value r = sk_str_alloc(vm, n);
    if (!r) return SK_NULL;
    sk_string *s = sk_str_ptr(r);
    memcpy(s->data, p, n);
    s->len = n;
    s->ascii = 1;
    return r;
}

static sk_value read_line(sk_vm *vm, io_text *t, int64_t limit) {
    if (!check_open(vm, t)) return SK_NULL;
    if (!t->can_read) return sk_io_unsupported(vm, "not readable");
    /* the common case: a whole line is already decoded */
    size_t left = dec_left(t);
    if (limit < 0 && left) {
        const char *p = sk_str_data(t->decoded) + t->dec_off;
        size_t end = find_line_end(t, p, left, false);
        if (end) {
            sk_value r = decoded_slice(vm, t, t->dec_off, end);
            if (r) t->dec_off += end;
            return r;
        }
    }
    sk_buf line;
    sk_buf_init_vm(vm, &line);
    size_t chars = 0;
    for (;;) {
        /* as CPython's readline: decode a chunk first when the chunk in
         * hand decoded to nothing (a limit of 0 included) */
        int r = 1;
        while ((!t->decoded || !sk_str_size(t->decoded)) && r > 0) r = read_chunk(vm, t, 0);
        if (r < 0) {
            sk_buf_free(&line);
            return SK_NULL;
        }
        if (!t->decoded || !sk_str_size(t->decoded)) {
            clear_decoded(t);
            t->chunk = SK_NULL;
            break;
        }
        left = dec_left(t);
        const char *p = sk_str_data(t->decoded) + t->dec_off;
        size_t scan = left;
        if (limit >= 0) scan = utf8_span(p, left, (size_t)limit - chars);
        bool prev_cr = line.len && line.data[line.len - 1] == '\r';
        size_t end = find_line_end(t, p, scan, prev_cr);
        size_t take = end ? end : scan;
        sk_buf_append(&line, p, take);
        t->dec_off += take;
        if (limit >= 0) chars += sk_utf8_count(p, take);
        if (end || (limit >= 0 && chars >= (size_t)limit)) break;
        /* all of it is in the line: the next chunk is needed (the
         * undecoded rest of this one stays for it) */
        clear_decoded(t);
    }
    if (line.failed) {
        sk_buf_free(&line);
        return sk_exc_no_memory(vm);
    }
    return sk_str_from_buf(vm, &line);
}

/* ---- writing ------------------------------------------------------------------------------------ */

static bool has_surrogates(const char *s, size_t n) {
    const char *end = s + n;
    for (const char *p = memchr(s, 0xED, n); p && p + 1 < end; p = memchr(p + 1, 0xED, (size_t)(end - p - 1)))
        if ((unsigned char)p[1] >= 0xA0) return true;
    return false;
}

/* Encodes and writes UTF-8 text p[0..n) (`str`: the same text as a str,
 * or SK_NULL). */
static bool write_text(sk_vm *vm, io_text *t, const char *p, size_t n, sk_value str) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, str);
    bool haslf = false;
    if ((t->writenl || t->line_buffering) && memchr(p, '\n', n)) haslf = true;
    sk_buf translated;
    sk_buf_init_vm(vm, &translated);
    if (haslf && t->writenl) {
        const char *nl = sk_str_data(t->writenl);
        size_t nllen = sk_str_size(t->writenl);
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') sk_buf_append(&translated, nl, nllen);
            else sk_buf_putc(&translated, p[i]);
        }
        if (translated.failed) {
            sk_buf_free(&translated);
            sk_exc_no_memory(vm);
            return false;
        }
        p = translated.data;
        n = translated.len;
        str = SK_NULL;
    }
    bool needflush = t->line_buffering && (haslf || memchr(p, '\r', n));
    if (t->flush_each_write) needflush = true;
    bool ok = false;
    const char *bytes;
    size_t nbytes;
    sk_value encoded = SK_NULL;
    SK_ROOT(vm, encoded);
    if (t->codec == IO_UTF8 && !has_surrogates(p, n)) {
        bytes = p;
        nbytes = n;
    } else if ((t->codec == IO_ASCII || t->codec == IO_LATIN1) && !has_surrogates(p, n) &&
               sk_utf8_count(p, n) == n) {
        bytes = p;
        nbytes = n;
    } else {
        if (!str && !(str = sk_str_new(vm, p, n))) goto done;
        sk_value enc = name_value(vm, encode_name(t));
        if (!enc || !(encoded = sk_codec_encode(vm, str, enc, t->errors))) goto done;
        bytes = sk_bytes_data(encoded);
        nbytes = sk_bytes_len(encoded);
    }
    if (nbytes) t->enc_bom_done = true;
    if (t->nbuf && !(t->nbuf->caps & IO_BUF_READ)) {
        /* nothing reads through a writer: its bytes need not wait */
        if (!sk_io_buffered_write(vm, t->nbuf, bytes, nbytes)) goto done;
    } else if (t->nbuf) {
        /* as CPython's pending bytes: a read (but not readline) writes them
         * out first */
        if (!sk_io_buffered_defer(vm, t->nbuf, bytes, nbytes)) goto done;
        if ((t->nbuf->dlen >= t->chunk_size || needflush || t->write_through) && !write_pending(vm, t)) goto done;
    } else {
        sk_buf_append(&t->pending, bytes, nbytes);
        if (t->pending.failed) {
            sk_buf_free(&t->pending);
            sk_buf_init_vm(vm, &t->pending);
            sk_exc_no_memory(vm);
            goto done;
        }
        if ((t->pending.len >= t->chunk_size || needflush || t->write_through) && !write_pending(vm, t)) goto done;
    }
    if (needflush) {
        if (t->nbuf) {
            if (!sk_io_buffered_flush(vm, t->nbuf)) goto done;
        } else if (!buffer_call(vm, t, "flush", NULL, 0)) {
            goto done;
        }
    }
    /* CPython resets the decoder on every write */
    if (t->can_read) reset_decoder(t);
    ok = true;
done:
    sk_buf_free(&translated);
    sk_gc_roots_restore(vm, mark);
    return ok;
}

static bool check_writable(sk_vm *vm, io_text *t) {
    if (!check_open(vm, t)) return false;
    if (!t->can_write) {
        sk_io_unsupported(vm, "not writable");
        return false;
    }
    return true;
}

bool sk_io_text_write_utf8(sk_vm *vm, io_text *t, const char *p, size_t n) {
    if (!check_writable(vm, t)) return false;
    return write_text(vm, t, p, n, SK_NULL);
}

/* ---- positions ------------------------------------------------------------------------------------- */

/* Bytes the first `chars` characters of the chunk's text took (text
 * decoded faithfully: no error handler replaced anything). */
static size_t chunk_bytes_for(io_text *t, size_t chars) {
    const unsigned char *raw = (const unsigned char *)sk_bytes_data(t->chunk);
    size_t i = t->chunk_skip;
    size_t u = unit_size(t->codec);
    bool big = codec_big(t);
    const char *p = sk_str_data(t->decoded);
    size_t off = 0;
    for (size_t k = 0; k < chars; k++) {
        unsigned char c = (unsigned char)p[off];
        uint32_t cp = c;
        size_t w = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (w > 1) {
            const char *q = p + off;
            cp = sk_utf8_next(&q);
        }
        off += w;
        if (cp == '\n' && t->readtranslate) {
            /* "\n" may stand for "\r\n" or "\r" */
            bool is_cr = u == 1   ? raw[i] == '\r'
                         : u == 2 ? (big ? raw[i] == 0 && raw[i + 1] == '\r' : raw[i] == '\r' && raw[i + 1] == 0)
                                  : (big ? raw[i + 3] == '\r' && !raw[i] && !raw[i + 1] && !raw[i + 2]
                                         : raw[i] == '\r' && !raw[i + 1] && !raw[i + 2] && !raw[i + 3]);
            if (is_cr) {
                i += u;
                size_t len = sk_bytes_len(t->chunk);
                bool lf = i + u <= len &&
                          (u == 1   ? raw[i] == '\n'
                           : u == 2 ? (big ? raw[i] == 0 && raw[i + 1] == '\n' : raw[i] == '\n' && raw[i + 1] == 0)
                                    : (big ? raw[i + 3] == '\n' && !raw[i] && !raw[i + 1] && !raw[i + 2]
                                           : raw[i] == '\n' && !raw[i + 1] && !raw[i + 2] && !raw[i + 3]));
                if (lf) i += u;
                continue;
            }
        }
        if (u == 1) i += t->codec == IO_UTF8 || t->codec == IO_UTF8_SIG ? w : 1;
        else if (u == 2) i += cp >= 0x10000 ? 4 : 2;
        else i += 4;
    }
    return i;
}

/* How many characters decoding the chunk's first n bytes gives, as a read
 * would (undecodable bytes at the end wait; -1 on error). The decoder's
 * state is left as it was. */
static int64_t chars_of_prefix(sk_vm *vm, io_text *t, size_t n) {
    SK_ROOT_SCOPE(vm);
    bool bom_done = t->bom_done, big = t->big_endian;
    uint8_t seen = t->seennl;
    if (t->chunk_skip) t->bom_done = false; /* the chunk began the stream */
    size_t used, skip, held;
    bool lossy;
    sk_value text = decode_bytes(vm, t, sk_bytes_data(t->chunk), n, false, &used, &skip, &lossy);
    SK_ROOT(vm, text);
    if (text) text = newlines_in(vm, t, text, false, &held);
    t->bom_done = bom_done;
    t->big_endian = big;
    t->seennl = seen;
    return text ? (int64_t)sk_str_len(text) : -1;
}

/* For a chunk an error handler changed: the byte count after which
 * exactly `chars` characters are decoded, found by bisection (-1: there
 * is no such place, -2: error). */
static int64_t lossy_bytes_for(sk_vm *vm, io_text *t, size_t chars) {
    size_t lo = 0, hi = t->chunk_used;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int64_t c = chars_of_prefix(vm, t, mid);
        if (c < 0) return -2;
        if ((size_t)c < chars) lo = mid + 1;
        else hi = mid;
    }
    int64_t c = chars_of_prefix(vm, t, lo);
    if (c < 0) return -2;
    return (size_t)c == chars ? (int64_t)lo : -1;
}

static sk_value make_cookie(sk_vm *vm, int64_t pos, size_t skip) {
    SK_ROOT_SCOPE(vm);
    if (!skip) return sk_int_from_i64(vm, pos);
    sk_value s = sk_int_from_i64(vm, (int64_t)skip);
    if (!s) return SK_NULL;
    SK_ROOT(vm, s);
    sk_value shifted = sk_binop(vm, SK_NB_LSHIFT, s, sk_from_int(64));
    if (!shifted) return SK_NULL;
    SK_ROOT(vm, shifted);
    sk_value p = sk_int_from_i64(vm, pos);
    if (!p) return SK_NULL;
    return sk_binop(vm, SK_NB_OR, shifted, p);
}

/* The kinds of line endings in chunk[from..to): what CPython's newline
 * decoder records when tell() makes it decode that much again. */
static uint8_t raw_newlines(io_text *t, size_t from, size_t to) {
    const unsigned char *raw = (const unsigned char *)sk_bytes_data(t->chunk);
    size_t u = unit_size(t->codec);
    bool big = codec_big(t);
    uint8_t seen = 0;
    for (size_t i = from; i + u <= to; i += u) {
        /* the unit's value if it is a control character, else 0 */
        uint32_t c = 0;
        for (size_t k = 0; k < u; k++) c |= (uint32_t)raw[i + (big ? u - 1 - k : k)] << (8 * k);
        if (c == '\n') {
            seen |= SEEN_LF;
        } else if (c == '\r') {
            /* a final "\r" is settled by the byte after it, which CPython
             * decodes too */
            if (i + 2 * u > t->chunk_used) break;
            uint32_t d = 0;
            for (size_t k = 0; k < u; k++) d |= (uint32_t)raw[i + u + (big ? u - 1 - k : k)] << (8 * k);
            if (d == '\n') {
                seen |= SEEN_CRLF;
                i += u;
            } else {
                seen |= SEEN_CR;
            }
        }
    }
    return seen;
}

static sk_value text_tell(sk_vm *vm, io_text *t) {
    if (!check_open(vm, t)) return SK_NULL;
    if (!t->seekable) return sk_io_unsupported(vm, "underlying stream is not seekable");
    if (!t->telling) return sk_exc_msg(vm, SK_EXC_OS, "telling position disabled by next() call");
    if (!buffer_flush(vm, t)) return SK_NULL;
    int64_t pos = buffer_tell(vm, t);
    if (pos < 0) return SK_NULL;
    if (!t->chunk || !t->decoded) return sk_int_from_i64(vm, pos);
    int64_t start = pos - (int64_t)sk_bytes_len(t->chunk);
    size_t consumed = sk_utf8_count(sk_str_data(t->decoded), t->dec_off);
    if (consumed == 0) return sk_int_from_i64(vm, start);
    int64_t b;
    if (t->chunk_lossy) {
        b = lossy_bytes_for(vm, t, consumed);
        if (b == -2) return SK_NULL;
    } else {
        b = (int64_t)chunk_bytes_for(t, consumed);
    }
    /* CPython works the position out by decoding the chunk again from a
     * reset decoder when the chunk starts the stream (and the codec has no
     * BOM to look for there): its record of line endings is then what that
     * prefix holds */
    if (start == 0 && t->readuniversal && !is_bom_codec(t->codec))
        t->seennl = raw_newlines(t, t->chunk_skip, b >= 0 ? (size_t)b : t->chunk_used);
    /* a position just after a "\r": CPython's cookie says its decoder holds
     * that "\r", which a seek() back here restores */
    t->cr_cookie = -1;
    size_t u = unit_size(t->codec);
    if (b >= (int64_t)(t->chunk_skip + u) && t->readuniversal) {
        const unsigned char *raw = (const unsigned char *)sk_bytes_data(t->chunk) + b - u;
        uint32_t c = 0;
        for (size_t k = 0; k < u; k++) c |= (uint32_t)raw[codec_big(t) ? u - 1 - k : k] << (8 * k);
        if (c == '\r') t->cr_cookie = start + b;
    }
    return b >= 0 ? sk_int_from_i64(vm, start + b) : make_cookie(vm, start, consumed);
}

/* Splits a cookie into the byte position and the characters to skip. */
static bool unpack_cookie(sk_vm *vm, sk_value cookie, int64_t *pos, int64_t *skip) {
    SK_ROOT_SCOPE(vm);
    *skip = 0;
    if (sk_is_int(cookie)) {
        *pos = sk_as_int(cookie);
        return true;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value hi = sk_binop(vm, SK_NB_RSHIFT, cookie, sk_from_int(64));
    if (!hi) return false;
    SK_ROOT(vm, hi);
    sk_value mask = sk_int_from_u64(vm, UINT64_MAX);
    if (!mask) return false;
    SK_ROOT(vm, mask);
    sk_value lo = sk_binop(vm, SK_NB_AND, cookie, mask);
    if (!lo) return false;
    if (!sk_int_to_i64(vm, lo, pos) || !sk_int_to_i64(vm, hi, skip)) return false;
    sk_gc_roots_restore(vm, mark);
    return true;
}

/* Finds the byte order of a UTF-16/32 file with a BOM from its first bytes,
 * for a seek() past them before anything was read. */
static bool learn_bom(sk_vm *vm, io_text *t) {
    if (t->bom_done || (t->codec != IO_UTF16 && t->codec != IO_UTF32)) return true;
    if (buffer_seek(vm, t, 0, 0) < 0) return false;
    sk_value head = buffer_read(vm, t, (int64_t)unit_size(t->codec));
    if (!head) return false;
    const unsigned char *s = (const unsigned char *)sk_bytes_data(head);
    size_t n = sk_bytes_len(head);
    t->big_endian = t->codec == IO_UTF16 ? (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
                                         : (n >= 4 && !s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF);
    t->bom_done = true;
    return true;
}

static sk_value text_seek(sk_vm *vm, io_text *t, sk_value cookie, int64_t whence) {
    SK_ROOT_SCOPE(vm);
    if (!check_open(vm, t)) return SK_NULL;
    if (!t->seekable) return sk_io_unsupported(vm, "underlying stream is not seekable");
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, cookie);
    if (whence == 1) {
        int z = sk_eq(vm, cookie, sk_from_int(0));
        if (z < 0) return SK_NULL;
        if (!z) return sk_io_unsupported(vm, "can't do nonzero cur-relative seeks");
        cookie = text_tell(vm, t);
        if (!cookie) return SK_NULL;
        whence = 0;
    } else if (whence == 2) {
        int z = sk_eq(vm, cookie, sk_from_int(0));
        if (z < 0) return SK_NULL;
        if (!z) return sk_io_unsupported(vm, "can't do nonzero end-relative seeks");
        if (!buffer_flush(vm, t)) return SK_NULL;
        reset_decoder(t);
        int64_t pos = buffer_seek(vm, t, 0, 2);
        if (pos < 0) return SK_NULL;
        t->enc_bom_done = pos != 0;
        return sk_int_from_i64(vm, pos);
    } else if (whence != 0) {
        return sk_exc_fmt(vm, SK_EXC_VALUE, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    int neg = sk_richcmp_bool(vm, cookie, sk_from_int(0), SK_LT);
    if (neg < 0) return SK_NULL;
    if (neg) return sk_exc_fmt(vm, SK_EXC_VALUE, "negative seek position %R", cookie);
    if (!buffer_flush(vm, t)) return SK_NULL;
    /* the cookie is taken as int(cookie); the object itself is returned */
    sk_value as_int = cookie;
    if (!sk_is_int(cookie) && !(sk_is_ptr(cookie) && (sk_as_obj(cookie)->type->flags & SK_TF_INT_SUB))) {
        as_int = sk_call1(vm, sk_from_obj(SK_TYPE(vm, INT)), cookie);
        if (!as_int) return SK_NULL;
    }
    SK_ROOT(vm, as_int);
    int64_t pos, skip;
    if (!unpack_cookie(vm, as_int, &pos, &skip)) return SK_NULL;
    uint8_t seen = t->seennl;
    reset_decoder(t);
    if (pos > 0) t->seennl = seen; /* CPython restores the decoder's state: what it saw stays */
    if (pos > 0 && !learn_bom(vm, t)) return SK_NULL;
    if (buffer_seek(vm, t, pos, 0) < 0) return SK_NULL;
    t->bom_done = pos != 0;
    t->after_cr = skip == 0 && pos == t->cr_cookie;
    if (skip) {
        int r = read_chunk(vm, t, 0);
        if (r < 0) return SK_NULL;
        const char *p = sk_str_data(t->decoded);
        size_t n = sk_str_size(t->decoded);
        size_t off = utf8_span(p, n, (size_t)skip);
        if (sk_utf8_count(p, off) < (size_t)skip) return sk_exc_msg(vm, SK_EXC_OS, "can't restore logical file position");
        t->dec_off = off;
    }
    t->enc_bom_done = pos != 0 || skip != 0;
    sk_gc_roots_restore(vm, mark);
    return cookie;
}

/* ---- methods --------------------------------------------------------------------------------------- */

IO_NATIVE(t_read) {
    io_text *t = TXT(args[0]);
    int64_t n;
    if (!check_attached(vm, t)) return SK_NULL;
    if (!sk_io_size_arg(vm, nargs > 1 ? args[1] : SK_NULL, &n)) return SK_NULL;
    return read_text(vm, t, n);
}

IO_NATIVE(t_readline) {
    io_text *t = TXT(args[0]);
    int64_t limit = -1;
    if (nargs > 1 && !sk_index_i64(vm, args[1], &limit, NULL)) return SK_NULL;
    if (!check_attached(vm, t)) return SK_NULL;
    return read_line(vm, t, limit);
}

IO_NATIVE(t_write) {
    io_text *t = TXT(args[0]);
    if (!sk_is_str(vm, args[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "write() argument must be str, not %s", sk_type_name_of(vm, args[1]));
    if (!check_writable(vm, t)) return SK_NULL;
    sk_value s = args[1];
    if (!write_text(vm, t, sk_str_data(s), sk_str_size(s), s)) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)sk_str_len(s));
}

IO_NATIVE(t_flush) {
    io_text *t = TXT(args[0]);
    if (!check_open(vm, t)) return SK_NULL;
    t->telling = t->seekable;
    return buffer_flush(vm, t) ? SK_NONE : SK_NULL;
}

IO_NATIVE(t_close) {
    SK_ROOT_SCOPE(vm);
    io_text *t = TXT(args[0]);
    if (!check_attached(vm, t)) return SK_NULL;
    int c = text_closed(vm, t);
    if (c < 0) return SK_NULL;
    if (c) return SK_NONE;
    sk_value n = sk_str_intern_cstr(vm, "flush");
    sk_value r = n ? sk_call_method(vm, args[0], n, NULL, 0) : SK_NULL;
    sk_value saved = r ? SK_NULL : sk_exc_take(vm);
    SK_ROOT(vm, saved);
    r = buffer_call(vm, t, "close", NULL, 0);
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

IO_NATIVE(t_detach) {
    io_text *t = TXT(args[0]);
    if (!check_attached(vm, t)) return SK_NULL;
    sk_value n = sk_str_intern_cstr(vm, "flush");
    if (!n || !sk_call_method(vm, args[0], n, NULL, 0)) return SK_NULL;
    sk_value b = t->buffer;
    t->buffer = SK_NULL;
    t->nbuf = NULL;
    t->detached = true;
    return b;
}

IO_NATIVE(t_tell) { return text_tell(vm, TXT(args[0])); }

IO_NATIVE(t_seek) {
    io_text *t = TXT(args[0]);
    int64_t whence = 0;
    if (!check_attached(vm, t)) return SK_NULL;
    if (nargs > 2 && !sk_index_i64(vm, args[2], &whence, NULL)) return SK_NULL;
    return text_seek(vm, t, args[1], whence);
}

IO_NATIVE(t_truncate) {
    io_text *t = TXT(args[0]);
    if (!check_attached(vm, t)) return SK_NULL;
    sk_value n = sk_str_intern_cstr(vm, "flush");
    if (!n || !sk_call_method(vm, args[0], n, NULL, 0)) return SK_NULL;
    sk_value pos = nargs > 1 ? args[1] : SK_NONE;
    return buffer_call(vm, t, "truncate", &pos, 1);
}

static sk_value to_buffer(sk_vm *vm, sk_value self, const char *name) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    return buffer_call(vm, t, name, NULL, 0);
}
IO_NATIVE(t_fileno) { return to_buffer(vm, args[0], "fileno"); }
IO_NATIVE(t_isatty) { return to_buffer(vm, args[0], "isatty"); }
IO_NATIVE(t_seekable) { return to_buffer(vm, args[0], "seekable"); }
IO_NATIVE(t_readable) { return to_buffer(vm, args[0], "readable"); }
IO_NATIVE(t_writable) { return to_buffer(vm, args[0], "writable"); }

IO_NATIVE(t_getstate) {
    return sk_exc_fmt(vm, SK_EXC_TYPE, "cannot pickle '%s' object", sk_type_name_of(vm, args[0]));
}

static sk_value g_name(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    return sk_getattr_cstr(vm, t->buffer, "name");
}
static sk_value g_closed(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    if (t->nbuf && t->nbuf->ok) {
        int c = sk_io_buffered_closed(vm, t->nbuf);
        return c < 0 ? SK_NULL : sk_from_bool(c);
    }
    return sk_getattr_cstr(vm, t->buffer, "closed");
}
static sk_value g_encoding(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!t->ok) return sk_io_err_value(vm, "I/O operation on uninitialized object");
    return t->encoding;
}
static sk_value g_errors(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!t->ok) return sk_io_err_value(vm, "I/O operation on uninitialized object");
    return t->errors;
}
static sk_value g_buffer(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    return t->buffer;
}
static sk_value g_line_buffering(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!t->ok) return sk_io_err_value(vm, "I/O operation on uninitialized object");
    return sk_from_bool(t->line_buffering);
}
static sk_value g_write_through(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!t->ok) return sk_io_err_value(vm, "I/O operation on uninitialized object");
    return sk_from_bool(t->write_through);
}
static sk_value g_chunk_size(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    return sk_int_from_i64(vm, (int64_t)t->chunk_size);
}

static int s_chunk_size(sk_vm *vm, sk_value self, sk_value v) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return -1;
    if (!v) {
        sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "cannot delete attribute");
        return -1;
    }
    int64_t n;
    if (!sk_index_i64(vm, v, &n, NULL)) return -1;
    if (n <= 0) {
        sk_exc_msg(vm, SK_EXC_VALUE, "a strictly positive integer is required");
        return -1;
    }
    t->chunk_size = (size_t)n;
    return 0;
}

/* The kinds of line endings seen so far, in CPython's shape. */
static sk_value newlines_value(sk_vm *vm, uint8_t seen) {
    SK_ROOT_SCOPE(vm);
    static const char *const names[3] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[3] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    sk_value items[3];
    size_t n = 0;
    size_t mark = sk_gc_roots_save(vm);
    for (int i = 0; i < 3; i++) {
        if (!(seen & bits[i])) continue;
        items[n] = sk_str_from_cstr(vm, names[i]);
        if (!items[n]) return SK_NULL;
        SK_ROOT(vm, items[n]);
        n++;
    }
    sk_value r = n == 0 ? SK_NONE : n == 1 ? items[0] : sk_tuple_from(vm, items, n);
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value g_newlines(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    if (!t->can_read || !t->readuniversal) return SK_NONE;
    return newlines_value(vm, t->seennl);
}

static sk_value text_repr(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    io_text *t = TXT(self);
    if (!t->ok) return sk_io_err_value(vm, "I/O operation on uninitialized object");
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    sk_buf_printf(&b, "<%s", sk_type_name_of(vm, self));
    const char *attrs[2] = {"name", "mode"};
    for (int i = 0; i < 2; i++) {
        SK_ROOT_SCOPE(vm);
        sk_value v = sk_getattr_opt(vm, self, sk_str_intern_cstr(vm, attrs[i]));
        if (!v && vm->exc) {
            if (!sk_exc_pending(vm, SK_EXC_VALUE) && !sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) goto fail;
            sk_exc_take(vm);
        }
        if (!v) continue;
        SK_ROOT(vm, v);
        if (!sk_buf_fmt(vm, &b, " %s=%R", attrs[i], v)) goto fail;
    }
    if (!sk_buf_fmt(vm, &b, " encoding=%R>", t->encoding)) goto fail;
    return sk_str_from_buf(vm, &b);
fail:
    sk_buf_free(&b);
    return SK_NULL;
}

static sk_value text_iter(sk_vm *vm, sk_value self) {
    io_text *t = TXT(self);
    if (!check_attached(vm, t)) return SK_NULL;
    return sk_io_check_closed(vm, self) ? self : SK_NULL;
}

static int text_next(sk_vm *vm, sk_value self, sk_value *out) {
    io_text *t = TXT(self);
    t->telling = false;
    sk_value line;
    if (sk_as_obj(self)->type == IO(vm)->textio) {
        if (!check_attached(vm, t)) return -1;
        line = read_line(vm, t, -1);
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
    if (sk_str_size(line) == 0) {
        t->chunk = SK_NULL;
        t->telling = t->seekable;
        return 0;
    }
    *out = line;
    return 1;
}

static void text_trace(sk_vm *vm, sk_obj *o) {
    io_text *t = (io_text *)o;
    sk_io_trace_base(vm, o);
    sk_gc_mark(vm, t->buffer);
    sk_gc_mark(vm, t->encoding);
    sk_gc_mark(vm, t->errors);
    sk_gc_mark(vm, t->readnl);
    sk_gc_mark(vm, t->writenl);
    sk_gc_mark(vm, t->decoded);
    sk_gc_mark(vm, t->chunk);
}

static void text_finalize(sk_vm *vm, sk_obj *o) { sk_buf_free(&((io_text *)o)->pending); }

/* ---- construction ---------------------------------------------------------------------------------- */

/* Validates newline= (None, '', '\n', '\r', '\r\n'). */
static bool check_newline(sk_vm *vm, const char *fname, sk_value nl) {
    if (!nl || nl == SK_NONE) return true;
    if (!sk_is_str(vm, nl)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() argument 'newline' must be str or None, not %s", fname,
                   sk_type_name_of(vm, nl));
        return false;
    }
    const char *s = sk_str_data(nl);
    size_t n = sk_str_size(nl);
    if (n == 0 || (n == 1 && (s[0] == '\n' || s[0] == '\r')) || (n == 2 && s[0] == '\r' && s[1] == '\n'))
        return true;
    sk_exc_fmt(vm, SK_EXC_VALUE, "illegal newline value: %V", nl);
    return false;
}

static void configure_newline(io_text *t, sk_value nl) {
    t->readuniversal = !nl || sk_str_size(nl) == 0;
    t->readtranslate = !nl;
    t->readnl = nl;
    /* on writing, "\n" becomes newline (None: os.linesep, "\n" here) */
    t->writenl = nl && sk_str_size(nl) && !(sk_str_size(nl) == 1 && sk_str_data(nl)[0] == '\n') ? nl : SK_NULL;
}

static bool setup(sk_vm *vm, sk_value self, sk_value buffer, sk_value encoding, sk_value errors, sk_value newline,
                  bool line_buffering, bool write_through) {
    SK_ROOT_SCOPE(vm);
    io_text *t = TXT(self);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, buffer);
    t->ok = false;
    t->detached = false;
    sk_buf_free(&t->pending);
    sk_buf_init_vm(vm, &t->pending);
    if (newline == SK_NONE) newline = SK_NULL;
    if (!check_newline(vm, "TextIOWrapper", newline)) return false;
    if (!encoding || encoding == SK_NONE || sk_str_eq_cstr(encoding, "locale")) {
        encoding = sk_str_from_cstr(vm, "UTF-8");
        if (!encoding) return false;
    }
    SK_ROOT(vm, encoding);
    if (!errors || errors == SK_NONE) {
        errors = sk_str_from_cstr(vm, "strict");
        if (!errors) return false;
    } else if (!sk_is_str(vm, errors)) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "TextIOWrapper() argument 'errors' must be str or None, not %s",
                   sk_type_name_of(vm, errors));
        return false;
    }
    SK_ROOT(vm, errors);
    const char *canon = sk_codec_canonical_name(vm, encoding);
    if (!canon) return false;
    io_codec codec;
    if (!codec_from_name(canon, &codec)) {
        sk_exc_fmt(vm, SK_EXC_LOOKUP, "unknown encoding: %V", encoding);
        return false;
    }
    t->buffer = buffer;
    t->nbuf = NULL;
    t->encoding = encoding;
    t->errors = errors;
    t->codec = codec;
    configure_newline(t, newline);
    t->line_buffering = line_buffering;
    t->write_through = write_through;
    t->seennl = 0;
    t->chunk_size = IO_TEXT_CHUNK;
    t->decoder_used = false;
    t->bom_done = false;
    t->after_cr = false;
    t->cr_cookie = -1;
    t->enc_bom_done = false;
    reset_decoder(t);
    sk_value r = buffer_call(vm, t, "readable", NULL, 0);
    if (!r) return false;
    int yes = sk_truth(vm, r);
    if (yes < 0) return false;
    t->can_read = yes;
    if (!(r = buffer_call(vm, t, "writable", NULL, 0))) return false;
    if ((yes = sk_truth(vm, r)) < 0) return false;
    t->can_write = yes;
    sk_io *io = IO(vm);
    if (sk_is_ptr(buffer)) {
        sk_type *bt = sk_as_obj(buffer)->type;
        if (bt == io->bufreader || bt == io->bufwriter || bt == io->bufrandom) t->nbuf = (io_buffered *)sk_as_obj(buffer);
    }
    if (!(r = buffer_call(vm, t, "seekable", NULL, 0))) return false;
    if ((yes = sk_truth(vm, r)) < 0) return false;
    t->seekable = t->telling = yes;
    sk_value read1 = sk_getattr_opt(vm, buffer, sk_str_intern_cstr(vm, "read1"));
    if (!read1 && vm->exc) return false;
    t->has_read1 = read1 != SK_NULL;
    /* no BOM in the middle of a file */
    if (t->seekable && t->can_write) {
        int64_t pos = buffer_tell(vm, t);
        if (pos < 0) return false;
        if (pos != 0) t->enc_bom_done = true;
    }
    t->ok = true;
    sk_gc_roots_restore(vm, mark);
    return true;
}

static int text_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};
    sk_value a[6];
    if (!sk_io_bind(vm, "TextIOWrapper", args, nargs, kwnames, names, 6, 1, a)) return -1;
    if (a[1] && a[1] != SK_NONE && !sk_is_str(vm, a[1])) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                   sk_type_name_of(vm, a[1]));
        return -1;
    }
    if (!check_newline(vm, "TextIOWrapper", a[3])) return -1;
    bool flags[2] = {false, false};
    for (int i = 0; i < 2; i++) {
        if (!a[4 + i]) continue;
        int v = sk_truth(vm, a[4 + i]);
        if (v < 0) return -1;
        flags[i] = v;
    }
    return setup(vm, self, a[0], a[1], a[2], a[3], flags[0], flags[1]) ? 0 : -1;
}

static sk_value text_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value v = sk_type_alloc_instance(vm, sk_as_type(cls));
    if (v) sk_buf_init_vm(vm, &TXT(v)->pending);
    return v;
}

sk_value sk_io_text_new(sk_vm *vm, sk_value buffer, sk_value encoding, sk_value errors, sk_value newline,
                        bool line_buffering) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value self = sk_type_alloc_instance(vm, IO(vm)->textio);
    if (!self) return SK_NULL;
    SK_ROOT(vm, self);
    sk_buf_init_vm(vm, &TXT(self)->pending);
    if (!setup(vm, self, buffer, encoding, errors, newline, line_buffering, false)) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return self;
}

/* reconfigure(*, encoding=None, errors=None, newline=Ellipsis,
 *             line_buffering=None, write_through=None) */
IO_NATIVE(t_reconfigure) {
    io_text *t = TXT(args[0]);
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
    sk_value a[5];
    if (sk_native_npos(nargs, kwnames) > 1)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "reconfigure() takes exactly 0 positional arguments (%zu given)",
                          sk_native_npos(nargs, kwnames) - 1);
    if (!sk_io_bind(vm, "reconfigure", args + 1, nargs - 1, kwnames, names, 5, 0, a)) return SK_NULL;
    if (!check_attached(vm, t)) return SK_NULL;
    bool new_enc = a[0] && a[0] != SK_NONE, new_err = a[1] && a[1] != SK_NONE;
    bool new_nl = a[2] && a[2] != SK_ELLIPSIS;
    if (new_enc && !sk_is_str(vm, a[0]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "reconfigure() argument 'encoding' must be str or None, not %s",
                          sk_type_name_of(vm, a[0]));
    if (new_err && !sk_is_str(vm, a[1]))
        return sk_exc_fmt(vm, SK_EXC_TYPE, "reconfigure() argument 'errors' must be str or None, not %s",
                          sk_type_name_of(vm, a[1]));
    if (new_nl && !check_newline(vm, "reconfigure", a[2])) return SK_NULL;
    if ((new_enc || new_nl) && t->decoder_used && (dec_left(t) || t->chunk))
        return sk_io_unsupported(vm, "It is not possible to set the encoding or newline of stream after the first read");
    if (!buffer_flush(vm, t)) return SK_NULL;
    if (new_enc) {
        const char *canon = sk_codec_canonical_name(vm, a[0]);
        if (!canon) return SK_NULL;
        io_codec codec;
        if (!codec_from_name(canon, &codec)) return sk_exc_fmt(vm, SK_EXC_LOOKUP, "unknown encoding: %V", a[0]);
        t->encoding = sk_str_eq_cstr(a[0], "locale") ? sk_str_from_cstr(vm, "UTF-8") : a[0];
        if (!t->encoding) return SK_NULL;
        t->codec = codec;
        if (!new_err) {
            t->errors = sk_str_from_cstr(vm, "strict");
            if (!t->errors) return SK_NULL;
        }
    }
    if (new_err) t->errors = a[1];
    if (new_nl) configure_newline(t, a[2] == SK_NONE ? SK_NULL : a[2]);
    for (int i = 0; i < 2; i++) {
        if (!a[3 + i] || a[3 + i] == SK_NONE) continue;
        int v = sk_truth(vm, a[3 + i]);
        if (v < 0) return SK_NULL;
        if (i == 0) t->line_buffering = v;
        else t->write_through = v;
    }
    return SK_NONE;
}


static const sk_method_def text_methods[] = {
    {"read", t_read, 1, 2, 0, NULL},
    {"readline", t_readline, 1, 2, 0, NULL},
    {"write", t_write, 2, 2, 0, NULL},
    {"flush", t_flush, 1, 1, 0, NULL},
    {"close", t_close, 1, 1, 0, NULL},
    {"detach", t_detach, 1, 1, 0, NULL},
    {"tell", t_tell, 1, 1, 0, NULL},
    {"seek", t_seek, 2, 3, 0, NULL},
    {"truncate", t_truncate, 1, 2, 0, NULL},
    {"fileno", t_fileno, 1, 1, 0, NULL},
    {"isatty", t_isatty, 1, 1, 0, NULL},
    {"seekable", t_seekable, 1, 1, 0, NULL},
    {"readable", t_readable, 1, 1, 0, NULL},
    {"writable", t_writable, 1, 1, 0, NULL},
    {"reconfigure", t_reconfigure, 1, -1, SK_METH_KEYWORDS, NULL},
    {"__getstate__", t_getstate, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def text_getsets[] = {
    {"name", g_name, NULL, NULL},
    {"closed", g_closed, NULL, NULL},
    {"encoding", g_encoding, NULL, NULL},
    {"errors", g_errors, NULL, NULL},
    {"newlines", g_newlines, NULL, NULL},
    {"buffer", g_buffer, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL},
    {"write_through", g_write_through, NULL, NULL},
    {"_CHUNK_SIZE", g_chunk_size, s_chunk_size, NULL},
    {NULL},
};

bool sk_io_text_init_type(sk_vm *vm) {
    sk_type *t = sk_io_new_type(vm, "TextIOWrapper", IO(vm)->textiobase, sizeof(io_text), text_methods, text_getsets);
    if (!t) return false;
    t->tp_new = text_tp_new;
    t->tp_init = text_init;
    t->trace = text_trace;
    t->finalize = text_finalize;
    t->repr = text_repr;
    t->iter = text_iter;
    t->next = text_next;
    IO(vm)->textio = t;
    return sk_type_ready(vm, t);
}
