/* codec.c — text encodings (see codec.h).
 *
 * Encoders walk the str's code points and hand each run of code points the
 * target cannot represent to the error handler in one piece, as CPython
 * does (so "éé".encode("ascii") fails "in position 0-1"). Decoders report
 * each malformed sequence separately, with CPython's ranges and reasons,
 * so the "replace" handler produces the same number of U+FFFD.
 */
#include "codec.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "bytes.h"
#include "exc.h"
#include "gc.h"
#include "str.h"

/* ---- names ----------------------------------------------------------------- */

typedef enum codec_id {
    C_UTF8,
    C_UTF8_SIG,
    C_ASCII,
    C_LATIN1,
    C_UTF16,      /* BOM, then native (little-endian) order */
    C_UTF16_LE,
    C_UTF16_BE,
    C_UTF32,
    C_UTF32_LE,
    C_UTF32_BE,
} codec_id;

static const struct {
    const char *alias;  /* normalised as CPython's encodings package does */
    codec_id id;
} aliases[] = {
    {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8},
    {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8}, {"cp65001", C_UTF8},
    {"utf_8_sig", C_UTF8_SIG},
    {"ascii", C_ASCII}, {"646", C_ASCII}, {"ansi_x3.4_1968", C_ASCII},
    {"ansi_x3_4_1968", C_ASCII}, {"ansi_x3.4_1986", C_ASCII}, {"cp367", C_ASCII},
    {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646_us", C_ASCII},
    {"iso_646.irv_1991", C_ASCII}, {"iso_ir_6", C_ASCII}, {"us", C_ASCII},
    {"us_ascii", C_ASCII},
    {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"8859", C_LATIN1}, {"cp819", C_LATIN1}, {"csisolatin1", C_LATIN1}, {"ibm819", C_LATIN1},
    {"iso8859", C_LATIN1}, {"iso8859_1", C_LATIN1}, {"iso_8859_1", C_LATIN1},
    {"iso_8859_1_1987", C_LATIN1}, {"iso_ir_100", C_LATIN1},
    {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf_16_le", C_UTF16_LE}, {"utf_16le", C_UTF16_LE}, {"unicodelittleunmarked", C_UTF16_LE},
    {"utf_16_be", C_UTF16_BE}, {"utf_16be", C_UTF16_BE}, {"unicodebigunmarked", C_UTF16_BE},
    {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf_32_le", C_UTF32_LE}, {"utf_32le", C_UTF32_LE},
    {"utf_32_be", C_UTF32_BE}, {"utf_32be", C_UTF32_BE},
};

/* The name the codec gives itself in exceptions, encoding and decoding. */
static const char *const enc_names[] = {
    [C_UTF8] = "utf-8", [C_UTF8_SIG] = "utf-8", [C_ASCII] = "ascii", [C_LATIN1] = "latin-1",
    [C_UTF16] = "utf-16", [C_UTF16_LE] = "utf-16-le", [C_UTF16_BE] = "utf-16-be",
    [C_UTF32] = "utf-32", [C_UTF32_LE] = "utf-32-le", [C_UTF32_BE] = "utf-32-be",
};

/* Finds the codec for `name` (SK_NULL: utf-8). -1 with an exception. */
static int lookup(sk_vm *vm, sk_value name) {
    if (!name) return C_UTF8;
    const char *s = sk_str_data(name);
    size_t n = sk_str_size(name);
    /* the common spellings, without normalising */
    if ((n == 5 && !memcmp(s, "utf-8", 5)) || (n == 4 && !memcmp(s, "utf8", 4))) return C_UTF8;
    if (memchr(s, '\0', n)) {
        sk_exc_msg(vm, SK_EXC_VALUE, "embedded null character");
        return -1;
    }
    /* lower case; runs of other characters than letters, digits and '.'
     * become one '_' between words */
    char norm[64];
    size_t k = 0;
    bool punct = false, too_long = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (alnum || c == '.') {
            if (punct && k) {
                if (k + 1 >= sizeof norm) { too_long = true; break; }
                norm[k++] = '_';
            }
            if (k + 1 >= sizeof norm) { too_long = true; break; }
            norm[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            punct = false;
        } else if (c < 0x80) {
            punct = true;
        }
        /* non-ASCII letters are dropped, as normalize_encoding does */
    }
    norm[k] = '\0';
    if (!too_long) {
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
            if (!strcmp(norm, aliases[i].alias)) return (int)aliases[i].id;
    }
    sk_exc_fmt(vm, SK_EXC_LOOKUP, "unknown encoding: %V", name);
    return -1;
}

const char *sk_codec_canonical_name(sk_vm *vm, sk_value encoding) {
    static const char *const names[] = {
        [C_UTF8] = "utf-8", [C_UTF8_SIG] = "utf-8-sig", [C_ASCII] = "ascii", [C_LATIN1] = "iso8859-1",
        [C_UTF16] = "utf-16", [C_UTF16_LE] = "utf-16-le", [C_UTF16_BE] = "utf-16-be",
        [C_UTF32] = "utf-32", [C_UTF32_LE] = "utf-32-le", [C_UTF32_BE] = "utf-32-be",
    };
    int id = lookup(vm, encoding);
    return id < 0 ? NULL : names[id];
}

typedef enum handler_id {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASH,
    H_XMLCHARREF,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS,
    H_NAMEREPLACE,
    H_UNKNOWN,
} handler_id;

static handler_id handler_of(sk_value errors) {
    if (!errors) return H_STRICT;
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass",
                                        "namereplace"};
    for (int i = 0; i < H_UNKNOWN; i++)
        if (sk_str_eq_cstr(errors, names[i])) return (handler_id)i;
    return H_UNKNOWN;
}

static sk_value unknown_handler(sk_vm *vm, sk_value errors) {
    return sk_exc_fmt(vm, SK_EXC_LOOKUP, "unknown error handler name '%V'", errors);
}

/* Raises UnicodeEncodeError / UnicodeDecodeError(encoding, object, start,
 * end, reason). */
static sk_value raise_unicode_error(sk_vm *vm, sk_exc_id id, const char *encoding, sk_value object, int64_t start,
                                    int64_t end, const char *reason) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value args[5] = {SK_NULL, object, sk_from_int(start), sk_from_int(end), SK_NULL};
    for (int i = 0; i < 5; i++) SK_ROOT(vm, args[i]);
    args[0] = sk_str_from_cstr(vm, encoding);
    if (args[0]) args[4] = sk_str_from_cstr(vm, reason);
    if (args[4]) sk_exc_raise_type(vm, vm->exc_types[id], args, 5);
    sk_gc_roots_restore(vm, mark);
    return SK_NULL;
}

/* ---- encoding --------------------------------------------------------------- */

typedef struct encoder {
    codec_id id;
    sk_buf *out;
} encoder;

static void put_u16(sk_buf *b, uint32_t u, bool big) {
    char t[2] = {(char)(big ? u >> 8 : u & 0xFF), (char)(big ? u & 0xFF : u >> 8)};
    sk_buf_append(b, t, 2);
}

static void put_u32(sk_buf *b, uint32_t u, bool big) {
    char t[4];
    for (int i = 0; i < 4; i++) t[big ? 3 - i : i] = (char)((u >> (8 * i)) & 0xFF);
    sk_buf_append(b, t, 4);
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

static bool encodable(codec_id id, uint32_t cp) {
    switch (id) {
    case C_ASCII: return cp < 0x80;
    case C_LATIN1: return cp < 0x100;
    default: return !is_surrogate(cp);
    }
}

/* Appends cp, which the codec can represent (or a surrogate, for
 * surrogatepass). */
static void emit(encoder *e, uint32_t cp) {
    switch (e->id) {
    case C_ASCII:
    case C_LATIN1:
        sk_buf_putc(e->out, (char)cp);
        break;
    case C_UTF16:
    case C_UTF16_LE:
    case C_UTF16_BE: {
        bool big = e->id == C_UTF16_BE;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            put_u16(e->out, 0xD800 | (cp >> 10), big);
            put_u16(e->out, 0xDC00 | (cp & 0x3FF), big);
        } else {
            put_u16(e->out, cp, big);
        }
        break;
    }
    case C_UTF32:
    case C_UTF32_LE:
    case C_UTF32_BE:
        put_u32(e->out, cp, e->id == C_UTF32_BE);
        break;
    default:
        sk_buf_put_utf8(e->out, cp);
        break;
    }
}

static void emit_ascii(encoder *e, const char *s) {
    for (; *s; s++) emit(e, (unsigned char)*s);
}

/* The escape backslashreplace writes for cp. */
static void escape_cp(uint32_t cp, char tmp[16]) {
    if (cp <= 0xFF) snprintf(tmp, 16, "\\x%02x", cp);
    else if (cp <= 0xFFFF) snprintf(tmp, 16, "\\u%04x", cp);
    else snprintf(tmp, 16, "\\U%08x", cp);
}

/* The character name namereplace writes, as unicodedata.name() knows it
 * (ICU's data is the same Unicode 15.0; CPython has no names for Tangut
 * ideographs). False when cp has none. */
static bool cp_name(uint32_t cp, char *buf, int32_t cap) {
    if (is_surrogate(cp) || (cp >= 0x17000 && cp <= 0x187F7) || (cp >= 0x18D00 && cp <= 0x18D08)) return false;
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)cp, U_UNICODE_CHAR_NAME, buf, cap, &status);
    return U_SUCCESS(status) && n > 0 && n < cap;
}

/* Handles the unencodable code points [start, end) of s (byte range
 * [p, q)). False with an exception set. */
static bool encode_error(sk_vm *vm, encoder *e, handler_id h, sk_value errors, sk_value s, size_t start,
                         size_t end, const char *p, const char *q) {
    const char *reason = e->id == C_ASCII    ? "ordinal not in range(128)"
                         : e->id == C_LATIN1 ? "ordinal not in range(256)"
                                             : "surrogates not allowed";
    char tmp[16];
    switch (h) {
    case H_IGNORE:
        return true;
    case H_REPLACE:
        for (size_t i = start; i < end; i++) emit(e, '?');
        return true;
    case H_BACKSLASH:
        while (p < q) {
            escape_cp(sk_utf8_next(&p), tmp);
            emit_ascii(e, tmp);
        }
        return true;
    case H_NAMEREPLACE:
        while (p < q) {
            uint32_t cp = sk_utf8_next(&p);
            char name[128];
            if (cp_name(cp, name, (int32_t)sizeof name)) {
                emit_ascii(e, "\\N{");
                emit_ascii(e, name);
                emit_ascii(e, "}");
            } else {
                escape_cp(cp, tmp);
                emit_ascii(e, tmp);
            }
        }
        return true;
    case H_XMLCHARREF:
        while (p < q) {
            snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)sk_utf8_next(&p));
            emit_ascii(e, tmp);
        }
        return true;
    case H_SURROGATEESCAPE: {
        /* only U+DC80..U+DCFF, which stand for the bytes 0x80..0xFF; UTF-16
         * and UTF-32 take no raw bytes */
        bool ok = e->id == C_ASCII || e->id == C_LATIN1 || e->id == C_UTF8 || e->id == C_UTF8_SIG;
        for (const char *r = p; ok && r < q;) {
            uint32_t cp = sk_utf8_next(&r);
            if (cp < 0xDC80 || cp > 0xDCFF) ok = false;
        }
        if (!ok) break;
        while (p < q) sk_buf_putc(e->out, (char)(sk_utf8_next(&p) - 0xDC00));
        return true;
    }
    case H_SURROGATEPASS: {
        bool ok = e->id != C_ASCII && e->id != C_LATIN1;
        for (const char *r = p; ok && r < q;)
            if (!is_surrogate(sk_utf8_next(&r))) ok = false;
        if (!ok) break;
        while (p < q) emit(e, sk_utf8_next(&p));
        return true;
    }
    case H_UNKNOWN:
        unknown_handler(vm, errors);
        return false;
    default:
        break;
    }
    raise_unicode_error(vm, SK_EXC_UNICODE_ENCODE, enc_names[e->id], s, (int64_t)start, (int64_t)end, reason);
    return false;
}

/* Does the UTF-8 text hold an (encoded) surrogate? */
static bool has_surrogates(const char *s, size_t n) {
    for (size_t i = 0; i + 1 < n; i++)
        if ((unsigned char)s[i] == 0xED && (unsigned char)s[i + 1] >= 0xA0) return true;
    return false;
}

sk_value sk_codec_encode(sk_vm *vm, sk_value s, sk_value encoding, sk_value errors) {
    int id = lookup(vm, encoding);
    if (id < 0) return SK_NULL;
    const char *data = sk_str_data(s);
    size_t size = sk_str_size(s);
    /* the fast paths: text the codec takes as it is */
    if ((id == C_UTF8 && !has_surrogates(data, size)) ||
        ((id == C_ASCII || id == C_LATIN1) && sk_str_ptr(s)->ascii))
        return sk_bytes_new(vm, data, size);
    handler_id h = handler_of(errors);
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    encoder e = {(codec_id)id, &out};
    if (id == C_UTF8_SIG) sk_buf_append(&out, "\xEF\xBB\xBF", 3);
    if (id == C_UTF16) put_u16(&out, 0xFEFF, false);
    if (id == C_UTF32) put_u32(&out, 0xFEFF, false);
    const char *p = data, *end = data + size;
    size_t i = 0;
    while (p < end) {
        const char *at = p;
        uint32_t cp = sk_utf8_next(&p);
        if (encodable(e.id, cp)) {
            emit(&e, cp);
            i++;
            continue;
        }
        /* the whole run the codec cannot represent */
        size_t j = i + 1;
        while (p < end) {
            const char *r = p;
            if (encodable(e.id, sk_utf8_next(&r))) break;
            p = r;
            j++;
        }
        if (!encode_error(vm, &e, h, errors, s, i, j, at, p)) {
            sk_buf_free(&out);
            return SK_NULL;
        }
        i = j;
    }
    if (out.failed) {
        sk_buf_free(&out);
        return sk_exc_no_memory(vm);
    }
    sk_value r = sk_bytes_new(vm, out.data ? out.data : "", out.len);
    sk_buf_free(&out);
    return r;
}

/* ---- decoding --------------------------------------------------------------- */

typedef struct decoder {
    sk_vm *vm;
    codec_id id;
    const char *name;          /* for exceptions */
    const unsigned char *data;
    size_t len;
    handler_id h;
    sk_value errors;
    sk_buf *out;
} decoder;

/* Handles the malformed bytes [start, end); *next is where decoding goes
 * on (end, or further when surrogatepass consumed more). False with an
 * exception set. `pass_cp` is the code point surrogatepass would decode
 * there (-1: none). */
static bool decode_error(decoder *d, size_t start, size_t end, const char *reason, int64_t pass_cp,
                         size_t pass_len, size_t *next) {
    *next = end;
    switch (d->h) {
    case H_IGNORE:
        return true;
    case H_REPLACE:
        sk_buf_put_utf8(d->out, 0xFFFD);
        return true;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) sk_buf_printf(d->out, "\\x%02x", d->data[i]);
        return true;
    case H_SURROGATEESCAPE: {
        bool ok = true;
        for (size_t i = start; i < end; i++)
            if (d->data[i] < 0x80) ok = false;
        if (!ok) break;
        for (size_t i = start; i < end; i++) sk_buf_put_utf8(d->out, 0xDC00 + d->data[i]);
        return true;
    }
    case H_SURROGATEPASS:
        if (pass_cp < 0) break;
        sk_buf_put_utf8(d->out, (uint32_t)pass_cp);
        *next = start + pass_len;
        return true;
    case H_XMLCHARREF:
    case H_NAMEREPLACE:
        sk_exc_msg(d->vm, SK_EXC_TYPE, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    case H_UNKNOWN:
        unknown_handler(d->vm, d->errors);
        return false;
    default:
        break;
    }
    sk_vm *vm = d->vm;
    SK_ROOT_SCOPE(vm);
    sk_value obj = sk_bytes_new(vm, (const char *)d->data, d->len);
    if (!obj) return false;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, obj);
    raise_unicode_error(vm, SK_EXC_UNICODE_DECODE, d->name, obj, (int64_t)start, (int64_t)end, reason);
    sk_gc_roots_restore(vm, mark);
    return false;
}

static bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* UTF-8 per CPython: the length of the maximal invalid prefix decides the
 * error range. */
static bool decode_utf8(decoder *d, size_t i) {
    const unsigned char *s = d->data;
    size_t n = d->len;
    while (i < n) {
        /* copy the valid run in one go */
        size_t ok = sk_utf8_valid_prefix((const char *)s + i, n - i, false);
        sk_buf_append(d->out, (const char *)s + i, ok);
        i += ok;
        if (i >= n) break;
        unsigned c = s[i];
        size_t need = 0;
        unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        size_t next;
        if (need == 0) {
            if (!decode_error(d, i, i + 1, "invalid start byte", -1, 0, &next)) return false;
            i = next;
            continue;
        }
        /* how many bytes after the first are acceptable */
        size_t good = 0;
        bool truncated = false;
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n) {
                truncated = true;
                break;
            }
            unsigned b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : !cont((unsigned char)b)) break;
            good++;
        }
        /* surrogatepass: ED A0..BF 80..BF is an encoded surrogate */
        int64_t pass = -1;
        if (c == 0xED && i + 2 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF && cont(s[i + 2]))
            pass = ((int64_t)(c & 0x0F) << 12) | ((int64_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        if (truncated) {
            if (!decode_error(d, i, n, "unexpected end of data", -1, 0, &next)) return false;
        } else {
            if (!decode_error(d, i, i + 1 + good, "invalid continuation byte", pass, 3, &next)) return false;
        }
        i = next;
    }
    return true;
}

static bool decode_ascii(decoder *d) {
    const unsigned char *s = d->data;
    size_t i = 0;
    while (i < d->len) {
        size_t j = i;
        while (j < d->len && s[j] < 0x80) j++;
        sk_buf_append(d->out, (const char *)s + i, j - i);
        if (j >= d->len) break;
        size_t next;
        if (!decode_error(d, j, j + 1, "ordinal not in range(128)", -1, 0, &next)) return false;
        i = next;
    }
    return true;
}

static uint32_t get_u16(const unsigned char *p, bool big) {
    return big ? ((uint32_t)p[0] << 8) | p[1] : ((uint32_t)p[1] << 8) | p[0];
}

static uint32_t get_u32(const unsigned char *p, bool big) {
    uint32_t u = 0;
    for (int i = 0; i < 4; i++) u |= (uint32_t)p[big ? 3 - i : i] << (8 * i);
    return u;
}

static bool decode_utf16(decoder *d, size_t i, bool big) {
    const unsigned char *s = d->data;
    size_t n = d->len, next;
    while (i < n) {
        if (n - i < 2) {
            if (!decode_error(d, i, n, "truncated data", -1, 0, &next)) return false;
            i = next;
            continue;
        }
        uint32_t u = get_u16(s + i, big);
        if (u < 0xD800 || u > 0xDFFF) {
            sk_buf_put_utf8(d->out, u);
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            if (!decode_error(d, i, i + 2, "illegal encoding", u, 2, &next)) return false;
            i = next;
            continue;
        }
        if (n - i < 4) {
            /* a high surrogate with nothing (or half a unit) after it */
            if (!decode_error(d, i, n, "unexpected end of data", u, 2, &next))
                return false;
            i = next;
            continue;
        }
        uint32_t u2 = get_u16(s + i + 2, big);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            if (!decode_error(d, i, i + 2, "illegal UTF-16 surrogate", u, 2, &next)) return false;
            i = next;
            continue;
        }
        sk_buf_put_utf8(d->out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
    }
    return true;
}

static bool decode_utf32(decoder *d, size_t i, bool big) {
    const unsigned char *s = d->data;
    size_t n = d->len, next;
    while (i < n) {
        if (n - i < 4) {
            if (!decode_error(d, i, n, "truncated data", -1, 0, &next)) return false;
            i = next;
            continue;
        }
        uint32_t u = get_u32(s + i, big);
        if (u >= 0x110000) {
            if (!decode_error(d, i, i + 4, "code point not in range(0x110000)", -1, 0, &next)) return false;
            i = next;
            continue;
        }
        if (is_surrogate(u)) {
            if (!decode_error(d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", u, 4, &next))
                return false;
            i = next;
            continue;
        }
        sk_buf_put_utf8(d->out, u);
        i += 4;
    }
    return true;
}

sk_value sk_codec_decode(sk_vm *vm, const char *data, size_t len, sk_value encoding, sk_value errors) {
    int id = lookup(vm, encoding);
    if (id < 0) return SK_NULL;
    /* the fast paths */
    if ((id == C_UTF8 || id == C_ASCII) && sk_utf8_valid_prefix(data, len, false) == len) {
        bool ok = true;
        if (id == C_ASCII)
            for (size_t i = 0; i < len && ok; i++) ok = (unsigned char)data[i] < 0x80;
        if (ok) return sk_str_new(vm, data, len);
    }
    sk_buf out;
    sk_buf_init_vm(vm, &out);
    decoder d = {vm, (codec_id)id, enc_names[id], (const unsigned char *)data, len, handler_of(errors), errors, &out};
    const unsigned char *s = d.data;
    bool ok = true;
    switch (d.id) {
    case C_UTF8:
        ok = decode_utf8(&d, 0);
        break;
    case C_UTF8_SIG:
        ok = decode_utf8(&d, len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0);
        break;
    case C_ASCII:
        ok = decode_ascii(&d);
        break;
    case C_LATIN1:
        for (size_t i = 0; i < len; i++) sk_buf_put_utf8(&out, s[i]);
        break;
    case C_UTF16: {
        /* a BOM picks the order; without one, native (little-endian) */
        bool big = len >= 2 && s[0] == 0xFE && s[1] == 0xFF;
        bool bom = big || (len >= 2 && s[0] == 0xFF && s[1] == 0xFE);
        d.name = big ? "utf-16-be" : "utf-16-le";
        ok = decode_utf16(&d, bom ? 2 : 0, big);
        break;
    }
    case C_UTF16_LE:
    case C_UTF16_BE:
        ok = decode_utf16(&d, 0, d.id == C_UTF16_BE);
        break;
    case C_UTF32: {
        bool big = len >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF;
        bool bom = big || (len >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0);
        d.name = big ? "utf-32-be" : "utf-32-le";
        ok = decode_utf32(&d, bom ? 4 : 0, big);
        break;
    }
    case C_UTF32_LE:
    case C_UTF32_BE:
        ok = decode_utf32(&d, 0, d.id == C_UTF32_BE);
        break;
    }
    if (!ok) {
        sk_buf_free(&out);
        return SK_NULL;
    }
    return sk_str_from_buf(vm, &out);
}
