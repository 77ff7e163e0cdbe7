/* buf.h — a growable byte buffer, the one way skein's C code builds text.
 *
 * Used wherever output length is not known in advance: repr, str.join,
 * formatting, the traceback printer. Memory comes from an allocator with
 * the host-hook contract (realloc(ud, ptr, old, new); new == 0 frees;
 * NULL on failure), so the buffer works inside and outside a VM.
 *
 * Failure is sticky: once an append fails, `failed` is set, further appends
 * do nothing, and the owner reports MemoryError once at the end instead of
 * checking every call.
 */
#ifndef SK_BUF_H
#define SK_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef void *(*sk_alloc_fn)(void *ud, void *ptr, size_t old_size, size_t new_size);

typedef struct sk_buf {
    char *data;          /* NUL-terminated when not failed and data != NULL */
    size_t len, cap;
    sk_alloc_fn alloc;
    void *ud;
    bool failed;
} sk_buf;

/* An empty buffer; allocates nothing until the first append. */
void sk_buf_init(sk_buf *b, sk_alloc_fn alloc, void *ud);
/* Releases the memory; the buffer is empty and usable again. */
void sk_buf_free(sk_buf *b);
/* Makes room for `extra` more bytes; returns false (and sets failed) when
 * the allocator refuses. */
bool sk_buf_reserve(sk_buf *b, size_t extra);
void sk_buf_append(sk_buf *b, const char *s, size_t len);
void sk_buf_puts(sk_buf *b, const char *s);
void sk_buf_putc(sk_buf *b, char c);
/* Appends `n` copies of the UTF-8 sequence s[0..len). */
void sk_buf_repeat(sk_buf *b, const char *s, size_t len, size_t n);
/* Appends the UTF-8 encoding of code point cp (cp < 0x110000). */
void sk_buf_put_utf8(sk_buf *b, uint32_t cp);
void sk_buf_printf(sk_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sk_buf_vprintf(sk_buf *b, const char *fmt, va_list ap);

#endif
