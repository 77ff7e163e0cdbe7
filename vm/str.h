/* str.h — the str object: immutable UTF-8 text with a cached length in
 * code points, a cached hash and an ASCII flag.
 *
 * Invariants: `data` holds `size` bytes of well-formed UTF-8 (surrogate
 * code points, which Python strings may contain, are stored in their
 * 3-byte generalised form) followed by a NUL; `len` counts code points;
 * ASCII strings (len == size) index in O(1), others scan. Identifiers and
 * the names the VM uses are interned: equal interned strings are the same
 * object, so comparing them is comparing pointers.
 */
#ifndef SK_STR_H
#define SK_STR_H

#include <stdarg.h>

#include "buf.h"
#include "unicode.h" /* sk_unicode_decimal, sk_unicode_isspace … */
#include "vm.h"

typedef struct sk_string {
    sk_obj hdr;
    int64_t hash;          /* -1: not computed yet */
    size_t len;            /* code points */
    size_t size;           /* bytes, without the NUL */
    uint8_t ascii;
    uint8_t interned;
    char data[];
} sk_string;

static inline sk_string *sk_str_ptr(sk_value v) { return (sk_string *)sk_as_obj(v); }
static inline const char *sk_str_data(sk_value v) { return sk_str_ptr(v)->data; }
static inline size_t sk_str_size(sk_value v) { return sk_str_ptr(v)->size; }
static inline size_t sk_str_len(sk_value v) { return sk_str_ptr(v)->len; }
/* Is v a str (or subclass instance)? */
#define sk_is_str(vm, v) (sk_is_ptr(v) && (sk_as_obj(v)->type->flags & SK_TF_STR_SUB))

/* ---- creating ---------------------------------------------------------- */

/* A str from UTF-8 bytes the caller guarantees are well formed. */
SK_INTERNAL sk_value sk_str_new(sk_vm *vm, const char *utf8, size_t size) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_str_from_cstr(sk_vm *vm, const char *s) SK_MUST_CHECK;
/* A str from bytes that may be malformed: invalid sequences become
 * U+FFFD (the "replace" error handler). */
SK_INTERNAL sk_value sk_str_from_utf8_lossy(sk_vm *vm, const char *bytes, size_t size) SK_MUST_CHECK;
/* The buffer's contents as a str; frees the buffer. Raises MemoryError if
 * the buffer failed. */
SK_INTERNAL sk_value sk_str_from_buf(sk_vm *vm, sk_buf *b) SK_MUST_CHECK;
/* The one-code-point string for cp. */
SK_INTERNAL sk_value sk_str_from_cp(sk_vm *vm, uint32_t cp) SK_MUST_CHECK;
/* An uninitialised str of `size` bytes for the caller to fill, then seal
 * with sk_str_seal (which counts code points). */
SK_INTERNAL sk_value sk_str_alloc(sk_vm *vm, size_t size) SK_MUST_CHECK;
SK_INTERNAL void sk_str_seal(sk_value s);

/* Formats into a new str. Conversions: %s (C string), %.*s, %d %i %u %ld
 * %lld %zu %zd %x and zero-padded %0Nx (N a digit) (C integers), %p (an
 * address, as 0x...), %c (a C char), %U (a code point), %S (str()
 * of a value), %R (repr() of a value), %A (ascii() of a value), %T (the
 * name of a value's type), %N (the name of an sk_type *), %V (a str value's
 * text, as is), %%. Returns SK_NULL if a conversion raised. */
SK_INTERNAL sk_value sk_str_fmt(sk_vm *vm, const char *fmt, ...) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_str_vfmt(sk_vm *vm, const char *fmt, va_list ap) SK_MUST_CHECK;
/* The same conversions, appended to a buffer. Returns false if a
 * conversion raised (the exception is set). */
SK_INTERNAL bool sk_buf_fmt(sk_vm *vm, sk_buf *b, const char *fmt, ...) SK_MUST_CHECK;
SK_INTERNAL bool sk_buf_vfmt(sk_vm *vm, sk_buf *b, const char *fmt, va_list ap) SK_MUST_CHECK;
/* A buffer whose memory comes from the VM. */
SK_INTERNAL void sk_buf_init_vm(sk_vm *vm, sk_buf *b);

/* ---- interning --------------------------------------------------------- */

/* The interned str with this text (created if needed). */
SK_INTERNAL sk_value sk_str_intern(sk_vm *vm, const char *utf8, size_t size) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_str_intern_cstr(sk_vm *vm, const char *s) SK_MUST_CHECK;
/* The interned str equal to s (s itself when it is interned or becomes
 * the canonical copy). */
SK_INTERNAL sk_value sk_str_intern_value(sk_vm *vm, sk_value s) SK_MUST_CHECK;

/* ---- reading ----------------------------------------------------------- */

SK_INTERNAL int64_t sk_str_hash(sk_vm *vm, sk_value s);
/* The same keyed hash over any bytes (bytes objects hash as CPython's do:
 * equal to the hash of the ASCII str with the same text). */
SK_INTERNAL int64_t sk_str_hash_bytes(sk_vm *vm, const char *data, size_t size);
SK_INTERNAL bool sk_str_eq(sk_value a, sk_value b);
SK_INTERNAL bool sk_str_eq_cstr(sk_value a, const char *s);
/* <0, 0, >0 comparing code point sequences (which UTF-8 byte order gives). */
SK_INTERNAL int sk_str_cmp(sk_value a, sk_value b);
/* Byte offset of code point `index` (0 <= index <= len). */
SK_INTERNAL size_t sk_str_offset(sk_value s, size_t index);
/* The code point at index (0 <= index < len). */
SK_INTERNAL uint32_t sk_str_cp_at(sk_value s, size_t index);

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decodes the code point at p (well-formed input); advances *p. */
static inline uint32_t sk_utf8_next(const char **pp) {
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp += 1; return c; }
    if (c < 0xE0) { *pp += 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) { *pp += 3; return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/* Number of code points in well-formed UTF-8. */
SK_INTERNAL size_t sk_utf8_count(const char *s, size_t size);
/* Length of the longest well-formed prefix (strict: no surrogates, no
 * overlongs); equals size when all of it is valid. */
SK_INTERNAL size_t sk_utf8_valid_prefix(const char *s, size_t size, bool allow_surrogates);
/* Bytes the UTF-8 encoding of cp takes. */
static inline size_t sk_utf8_width(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* ---- operations the interpreter and builtins share -------------------- */

SK_INTERNAL sk_value sk_str_concat(sk_vm *vm, sk_value a, sk_value b) SK_MUST_CHECK;
/* s[start:stop] in code points, already clamped. */
SK_INTERNAL sk_value sk_str_substr(sk_vm *vm, sk_value s, size_t start, size_t stop) SK_MUST_CHECK;
/* repr(s) appended to a buffer, with CPython's choice of quotes. */
SK_INTERNAL void sk_str_repr_buf(sk_value s, sk_buf *b, bool ascii_only);

/* The size in bytes of a str instance (the type's size_of): the text,
 * and for subclasses their __dict__ slot after it. */
SK_INTERNAL size_t sk_str_size_of(const sk_obj *o);

/* str_methods.c: the type's slots, constructor, iterator and methods. */
SK_INTERNAL void sk_str_init_type(sk_vm *vm);

#endif
