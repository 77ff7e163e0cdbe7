/* str.c — the str object's core: creation, interning, hashing, comparison,
 * UTF-8 helpers, the %-conversion formatter the C code uses for messages,
 * and repr. The Python-visible methods live in str_methods.c.
 */
#include "str.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "ops.h"
#include "type.h"

/* ---- UTF-8 ------------------------------------------------------------ */

size_t sk_utf8_count(const char *s, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < size; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t sk_utf8_valid_prefix(const char *s, size_t size, bool allow_surrogates) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < size) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (i + need >= size) return i;  /* truncated sequence */
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF) return i;
        if (!allow_surrogates && cp >= 0xD800 && cp <= 0xDFFF) return i;
        i += need + 1;
    }
    return i;
}

/* ---- creation --------------------------------------------------------- */

/* type->size covers the fixed part and, for subclasses, their __dict__
 * slot after the text (see tuple.c). */
size_t sk_str_size_of(const sk_obj *o) {
    size_t text = (sizeof(sk_string) + ((const sk_string *)o)->size + 1 + 7) & ~(size_t)7;
    return text + (o->type->size - sizeof(sk_string));
}

sk_value sk_str_alloc(sk_vm *vm, size_t size) {
    if (size > SIZE_MAX / 2) return sk_exc_no_memory(vm);
    sk_string *s = (sk_string *)sk_gc_new(vm, SK_TYPE(vm, STR), (sizeof(sk_string) + size + 1 + 7) & ~(size_t)7);
    if (!s) return SK_NULL;
    s->hash = -1;
    s->size = size;
    s->data[size] = '\0';
    return sk_from_obj(s);
}

void sk_str_seal(sk_value v) {
    sk_string *s = sk_str_ptr(v);
    s->len = sk_utf8_count(s->data, s->size);
    s->ascii = s->len == s->size;
}

sk_value sk_str_new(sk_vm *vm, const char *utf8, size_t size) {
    if (size == 0 && vm->empty_str) return vm->empty_str;
    if (size == 1 && (unsigned char)utf8[0] < 128 && vm->char_strs[(unsigned char)utf8[0]])
        return vm->char_strs[(unsigned char)utf8[0]];
    sk_value v = sk_str_alloc(vm, size);
    if (!v) return SK_NULL;
    memcpy(sk_str_ptr(v)->data, utf8, size);
    sk_str_seal(v);
    return v;
}

sk_value sk_str_from_cstr(sk_vm *vm, const char *s) { return sk_str_new(vm, s, strlen(s)); }

sk_value sk_str_from_utf8_lossy(sk_vm *vm, const char *bytes, size_t size) {
    size_t ok = sk_utf8_valid_prefix(bytes, size, false);
    if (ok == size) return sk_str_new(vm, bytes, size);
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    size_t i = 0;
    while (i < size) {
        size_t n = sk_utf8_valid_prefix(bytes + i, size - i, false);
        sk_buf_append(&b, bytes + i, n);
        i += n;
        if (i < size) {
            sk_buf_put_utf8(&b, 0xFFFD);
            i++;
            while (i < size && ((unsigned char)bytes[i] & 0xC0) == 0x80) i++;
        }
    }
    return sk_str_from_buf(vm, &b);
}

sk_value sk_str_from_buf(sk_vm *vm, sk_buf *b) {
    if (b->failed) {
        sk_buf_free(b);
        return sk_exc_no_memory(vm);
    }
    sk_value s = sk_str_new(vm, b->data ? b->data : "", b->len);
    sk_buf_free(b);
    return s;
}

sk_value sk_str_from_cp(sk_vm *vm, uint32_t cp) {
    if (cp < 128) return vm->char_strs[cp];
    char tmp[4];
    size_t n = sk_utf8_width(cp);
    if (n == 2) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
    } else if (n == 3) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
    }
    return sk_str_new(vm, tmp, n);
}

void sk_buf_init_vm(sk_vm *vm, sk_buf *b) { sk_buf_init(b, sk_mem_buf_alloc, vm); }

/* ---- hashing: SipHash-1-3, keyed per VM -------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                              \
    do {                                                                      \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);             \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);             \
    } while (0)

static uint64_t siphash13(const uint64_t key[2], const unsigned char *in, size_t len) {
    uint64_t k0 = key[0], k1 = key[1];
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
    uint64_t b = (uint64_t)len << 56;
    const unsigned char *end = in + (len & ~(size_t)7);
    for (; in != end; in += 8) {
        uint64_t m;
        memcpy(&m, in, 8);
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t t = 0;
    switch (len & 7) {
    case 7: t |= (uint64_t)in[6] << 48; /* fall through */
    case 6: t |= (uint64_t)in[5] << 40; /* fall through */
    case 5: t |= (uint64_t)in[4] << 32; /* fall through */
    case 4: t |= (uint64_t)in[3] << 24; /* fall through */
    case 3: t |= (uint64_t)in[2] << 16; /* fall through */
    case 2: t |= (uint64_t)in[1] << 8;  /* fall through */
    case 1: t |= (uint64_t)in[0];
    }
    b |= t;
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND; SIPROUND; SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}
#undef SIPROUND
#undef ROTL

int64_t sk_str_hash_bytes(sk_vm *vm, const char *data, size_t size) {
    int64_t h = size ? (int64_t)siphash13(vm->hash_key, (const unsigned char *)data, size) : 0;
    return h == -1 ? -2 : h;
}

int64_t sk_str_hash(sk_vm *vm, sk_value v) {
    sk_string *s = sk_str_ptr(v);
    if (s->hash != -1) return s->hash;
    int64_t h = s->size ? (int64_t)siphash13(vm->hash_key, (const unsigned char *)s->data, s->size) : 0;
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

/* ---- comparison -------------------------------------------------------- */

bool sk_str_eq(sk_value a, sk_value b) {
    if (a == b) return true;
    sk_string *x = sk_str_ptr(a), *y = sk_str_ptr(b);
    if (x->size != y->size) return false;
    if (x->interned && y->interned) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool sk_str_eq_cstr(sk_value a, const char *s) {
    size_t n = strlen(s);
    return sk_str_size(a) == n && memcmp(sk_str_data(a), s, n) == 0;
}

int sk_str_cmp(sk_value a, sk_value b) {
    sk_string *x = sk_str_ptr(a), *y = sk_str_ptr(b);
    size_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, n);
    if (c) return c;
    return x->size < y->size ? -1 : x->size > y->size;
}

/* ---- indexing ---------------------------------------------------------- */

size_t sk_str_offset(sk_value v, size_t index) {
    sk_string *s = sk_str_ptr(v);
    if (s->ascii) return index;
    if (index >= s->len) return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    /* walk from whichever end is nearer */
    if (index <= s->len / 2) {
        while (index) {
            off++;
            while ((p[off] & 0xC0) == 0x80) off++;
            index--;
        }
    } else {
        size_t back = s->len - index;
        off = s->size;
        while (back) {
            off--;
            while ((p[off] & 0xC0) == 0x80) off--;
            back--;
        }
    }
    return off;
}

uint32_t sk_str_cp_at(sk_value v, size_t index) {
    sk_string *s = sk_str_ptr(v);
    if (s->ascii) return (unsigned char)s->data[index];
    const char *p = s->data + sk_str_offset(v, index);
    return sk_utf8_next(&p);
}

sk_value sk_str_substr(sk_vm *vm, sk_value v, size_t start, size_t stop) {
    if (start >= stop) return vm->empty_str;
    if (start == 0 && stop == sk_str_len(v) && SK_IS(vm, v, STR)) return v;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, v);  /* its bytes are copied after the allocation */
    size_t a = sk_str_offset(v, start);
    size_t b = sk_str_ptr(v)->ascii ? stop : a + (sk_str_offset(v, stop) - a);
    return sk_str_new(vm, sk_str_data(v) + a, b - a);
}

sk_value sk_str_concat(sk_vm *vm, sk_value a, sk_value b) {
    size_t na = sk_str_size(a), nb = sk_str_size(b);
    if (na == 0 && SK_IS(vm, b, STR)) return b;
    if (nb == 0 && SK_IS(vm, a, STR)) return a;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, a);
    SK_ROOT(vm, b);
    sk_value r = sk_str_alloc(vm, na + nb);
    if (!r) return SK_NULL;
    sk_string *s = sk_str_ptr(r);
    memcpy(s->data, sk_str_data(a), na);
    memcpy(s->data + na, sk_str_data(b), nb);
    s->len = sk_str_len(a) + sk_str_len(b);
    s->ascii = sk_str_ptr(a)->ascii && sk_str_ptr(b)->ascii;
    return r;
}

sk_value sk_str_append_local(sk_vm *vm, sk_value a, sk_value b) {
    sk_string *sa = sk_str_ptr(a), *sb = sk_str_ptr(b);
    size_t na = sa->size, nb = sb->size;
    if (nb == 0) return a;
    if (sa->tip && a != b && sa->cap - na >= nb) {
        memcpy(sa->data + na, sb->data, nb);
        sa->data[na + nb] = '\0';
        sa->size = na + nb;
        sa->len += sb->len;
        sa->ascii = sa->ascii && sb->ascii;
        sa->hash = -1;
        return a;
    }
    /* a new tip, with room for as much again */
    size_t need = na + nb;
    size_t cap = need < 32 ? 64 : need * 2;
    if (need > UINT32_MAX / 2) return sk_str_concat(vm, a, b);
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, a);
    SK_ROOT(vm, b);
    sk_string *r = (sk_string *)sk_gc_new(vm, SK_TYPE(vm, STR), (sizeof(sk_string) + cap + 1 + 7) & ~(size_t)7);
    if (!r) return SK_NULL;
    sa = sk_str_ptr(a);
    sb = sk_str_ptr(b);
    memcpy(r->data, sa->data, na);
    memcpy(r->data + na, sb->data, nb);
    r->data[need] = '\0';
    r->hash = -1;
    r->size = need;
    r->len = sa->len + sb->len;
    r->ascii = sa->ascii && sb->ascii;
    r->tip = 1;
    r->cap = (uint32_t)cap;
    sa->tip = 0;  /* replaced in its local */
    return sk_from_obj(r);
}

/* ---- interning --------------------------------------------------------- */

sk_value sk_str_intern_value(sk_vm *vm, sk_value s) {
    SK_ROOT_SCOPE(vm);
    if (sk_str_ptr(s)->interned) return s;
    sk_value found = sk_dict_get_str(vm, vm->interned, s);
    if (found) return found;
    if (!SK_IS(vm, s, STR)) {  /* a str subclass instance: intern a plain copy */
        s = sk_str_new(vm, sk_str_data(s), sk_str_size(s));
        if (!s) return SK_NULL;
    }
    SK_ROOT(vm, s);
    if (!sk_dict_set(vm, vm->interned, s, s)) return SK_NULL;
    sk_str_ptr(s)->interned = 1;
    return s;
}

sk_value sk_str_intern(sk_vm *vm, const char *utf8, size_t size) {
    size_t mark = sk_gc_roots_save(vm);
    sk_value s = sk_str_new(vm, utf8, size);
    if (s) s = sk_str_intern_value(vm, s);
    sk_gc_roots_restore(vm, mark);
    return s;
}

sk_value sk_str_intern_cstr(sk_vm *vm, const char *s) { return sk_str_intern(vm, s, strlen(s)); }

/* ---- repr -------------------------------------------------------------- */

static bool is_printable(uint32_t cp);

void sk_str_repr_buf(sk_value v, sk_buf *b, bool ascii_only) {
    const char *p = sk_str_data(v), *end = p + sk_str_size(v);
    bool has_single = memchr(p, '\'', (size_t)(end - p)) != NULL;
    bool has_double = memchr(p, '"', (size_t)(end - p)) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    sk_buf_putc(b, quote);
    while (p < end) {
        const char *start = p;
        uint32_t c = sk_utf8_next(&p);
        if (c == (uint32_t)quote || c == '\\') {
            sk_buf_putc(b, '\\');
            sk_buf_putc(b, (char)c);
        } else if (c == '\t') sk_buf_puts(b, "\\t");
        else if (c == '\n') sk_buf_puts(b, "\\n");
        else if (c == '\r') sk_buf_puts(b, "\\r");
        else if (c < 0x20 || c == 0x7F) sk_buf_printf(b, "\\x%02x", c);
        else if (c < 0x7F) sk_buf_putc(b, (char)c);
        else if (!ascii_only && is_printable(c)) sk_buf_append(b, start, (size_t)(p - start));
        else if (c <= 0xFF) sk_buf_printf(b, "\\x%02x", c);
        else if (c <= 0xFFFF) sk_buf_printf(b, "\\u%04x", c);
        else sk_buf_printf(b, "\\U%08x", c);
    }
    sk_buf_putc(b, quote);
}

/* CPython's str.isprintable: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
 * Zs, except the space character. */
#include <utf8proc.h>
static bool is_printable(uint32_t cp) {
    if (cp == ' ') return true;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    switch (cat) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

/* ---- the message formatter -------------------------------------------- */

static bool append_value_text(sk_vm *vm, sk_buf *b, sk_value v, char conv) {
    sk_value s;
    switch (conv) {
    case 'S': s = sk_str(vm, v); break;
    case 'R': s = sk_repr(vm, v); break;
    default: s = sk_ascii(vm, v); break;
    }
    if (!s) return false;
    sk_buf_append(b, sk_str_data(s), sk_str_size(s));
    return true;
}

bool sk_buf_vfmt(sk_vm *vm, sk_buf *b, const char *fmt, va_list ap) {
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            sk_buf_puts(b, p);
            break;
        }
        sk_buf_append(b, p, (size_t)(pct - p));
        p = pct + 1;
        switch (*p) {
        case '%': sk_buf_putc(b, '%'); p++; break;
        case 's': sk_buf_puts(b, va_arg(ap, const char *)); p++; break;
        case '.':
            if (p[1] == '*' && p[2] == 's') {
                int n = va_arg(ap, int);
                const char *s = va_arg(ap, const char *);
                sk_buf_append(b, s, (size_t)n);
                p += 3;
            } else {
                sk_buf_putc(b, '%');
            }
            break;
        case 'd': case 'i': sk_buf_printf(b, "%d", va_arg(ap, int)); p++; break;
        case 'u': sk_buf_printf(b, "%u", va_arg(ap, unsigned)); p++; break;
        case 'x': sk_buf_printf(b, "%x", va_arg(ap, unsigned)); p++; break;
        case 'p': sk_buf_printf(b, "%p", va_arg(ap, void *)); p++; break;
        case '0': /* %02x, %04x, %08x: zero-padded hex */
            if (p[1] >= '1' && p[1] <= '9' && p[2] == 'x') {
                sk_buf_printf(b, "%0*x", p[1] - '0', va_arg(ap, unsigned));
                p += 3;
            } else {
                sk_buf_putc(b, '%');
            }
            break;
        case 'c': sk_buf_putc(b, (char)va_arg(ap, int)); p++; break;
        case 'U': sk_buf_put_utf8(b, va_arg(ap, uint32_t)); p++; break;
        case 'l':
            if (p[1] == 'l' && p[2] == 'd') { sk_buf_printf(b, "%lld", va_arg(ap, long long)); p += 3; }
            else if (p[1] == 'd') { sk_buf_printf(b, "%ld", va_arg(ap, long)); p += 2; }
            else if (p[1] == 'u') { sk_buf_printf(b, "%lu", va_arg(ap, unsigned long)); p += 2; }
            else sk_buf_putc(b, '%');
            break;
        case 'z':
            if (p[1] == 'u') { sk_buf_printf(b, "%zu", va_arg(ap, size_t)); p += 2; }
            else if (p[1] == 'd') { sk_buf_printf(b, "%zd", va_arg(ap, ptrdiff_t)); p += 2; }
            else sk_buf_putc(b, '%');
            break;
        case 'S': case 'R': case 'A': {
            sk_value v = va_arg(ap, sk_value);
            if (!append_value_text(vm, b, v, *p)) return false;
            p++;
            break;
        }
        case 'T': sk_buf_puts(b, sk_type_name_of(vm, va_arg(ap, sk_value))); p++; break;
        case 'N': sk_buf_puts(b, sk_type_name(va_arg(ap, sk_type *))); p++; break;
        case 'V': {
            sk_value v = va_arg(ap, sk_value);
            sk_buf_append(b, sk_str_data(v), sk_str_size(v));
            p++;
            break;
        }
        default: sk_buf_putc(b, '%'); break;
        }
    }
    return true;
}

bool sk_buf_fmt(sk_vm *vm, sk_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = sk_buf_vfmt(vm, b, fmt, ap);
    va_end(ap);
    return ok;
}

sk_value sk_str_vfmt(sk_vm *vm, const char *fmt, va_list ap) {
    sk_buf b;
    sk_buf_init_vm(vm, &b);
    if (!sk_buf_vfmt(vm, &b, fmt, ap)) {
        sk_buf_free(&b);
        return SK_NULL;
    }
    return sk_str_from_buf(vm, &b);
}

sk_value sk_str_fmt(sk_vm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sk_value s = sk_str_vfmt(vm, fmt, ap);
    va_end(ap);
    return s;
}
