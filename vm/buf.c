/* buf.c — the growable byte buffer (see buf.h). */
#include "buf.h"

#include <stdio.h>
#include <string.h>

void sk_buf_init(sk_buf *b, sk_alloc_fn alloc, void *ud) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->alloc = alloc;
    b->ud = ud;
    b->failed = false;
}

void sk_buf_free(sk_buf *b) {
    if (b->data) b->alloc(b->ud, b->data, b->cap, 0);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

bool sk_buf_reserve(sk_buf *b, size_t extra) {
    if (b->failed) return false;
    size_t need = b->len + extra + 1; /* room for the terminator */
    if (need < b->len) goto fail;     /* overflow */
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) { cap = need; break; }
        cap *= 2;
    }
    char *p = b->alloc(b->ud, b->data, b->cap, cap);
    if (!p) goto fail;
    b->data = p;
    b->cap = cap;
    return true;
fail:
    b->failed = true;
    return false;
}

void sk_buf_append(sk_buf *b, const char *s, size_t len) {
    if (!sk_buf_reserve(b, len)) return;
    if (len) memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void sk_buf_puts(sk_buf *b, const char *s) { sk_buf_append(b, s, strlen(s)); }

void sk_buf_putc(sk_buf *b, char c) {
    if (b->len + 2 <= b->cap && !b->failed) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    sk_buf_append(b, &c, 1);
}

void sk_buf_repeat(sk_buf *b, const char *s, size_t len, size_t n) {
    if (n && len > SIZE_MAX / n) { b->failed = true; return; }
    if (!sk_buf_reserve(b, len * n)) return;
    for (size_t i = 0; i < n; i++) {
        memcpy(b->data + b->len, s, len);
        b->len += len;
    }
    b->data[b->len] = '\0';
}

void sk_buf_put_utf8(sk_buf *b, uint32_t cp) {
    char tmp[4];
    size_t n;
    if (cp < 0x80) { tmp[0] = (char)cp; n = 1; }
    else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sk_buf_append(b, tmp, n);
}

void sk_buf_vprintf(sk_buf *b, const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0) { b->failed = true; return; }
    if ((size_t)n < sizeof small) { sk_buf_append(b, small, (size_t)n); return; }
    if (!sk_buf_reserve(b, (size_t)n)) return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sk_buf_printf(sk_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sk_buf_vprintf(b, fmt, ap);
    va_end(ap);
}
