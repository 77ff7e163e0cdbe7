/* literal.c — decoding string and bytes literal bodies (see literal.h).
 * Messages are the ones CPython 3.12's codecs produce for the same text.
 */
#include "literal.h"

#include <stdio.h>
#include <string.h>

#include "lexer.h"

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool fail(char *msg, size_t msgsize, size_t *err_pos, size_t pos, const char *fmt, size_t a, size_t b) {
    snprintf(msg, msgsize, fmt, a, b);
    *err_pos = pos;
    return false;
}

bool sk_lit_decode(const char *s, size_t n, bool raw, bool bytes, bool fstring,
                   sk_buf *out, char *msg, size_t msgsize, size_t *err_pos) {
    size_t i = 0;
    while (i < n) {
        /* Copy a run of ordinary bytes at once. */
        size_t j = i;
        while (j < n && s[j] != '\\' && !(fstring && (s[j] == '{' || s[j] == '}'))) j++;
        if (j > i) { sk_buf_append(out, s + i, j - i); i = j; if (i >= n) break; }
        char c = s[i];
        if (c == '{' || c == '}') {
            sk_buf_putc(out, c);
            i += (i + 1 < n && s[i + 1] == c) ? 2 : 1;
            continue;
        }
        /* A backslash. */
        if (i + 1 >= n) { sk_buf_putc(out, '\\'); i++; continue; }
        if (raw) {
            /* Kept as written; only stops a quote from ending the literal.
             * (In an f-string a brace after it is still a brace.) */
            if (fstring && (s[i + 1] == '{' || s[i + 1] == '}')) { sk_buf_putc(out, '\\'); i++; continue; }
            sk_buf_putc(out, '\\');
            sk_buf_putc(out, s[i + 1]);
            i += 2;
            continue;
        }
        size_t start = i;
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': sk_buf_putc(out, '\\'); break;
        case '\'': sk_buf_putc(out, '\''); break;
        case '"': sk_buf_putc(out, '"'); break;
        case 'a': sk_buf_putc(out, '\a'); break;
        case 'b': sk_buf_putc(out, '\b'); break;
        case 'f': sk_buf_putc(out, '\f'); break;
        case 'n': sk_buf_putc(out, '\n'); break;
        case 'r': sk_buf_putc(out, '\r'); break;
        case 't': sk_buf_putc(out, '\t'); break;
        case 'v': sk_buf_putc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + (unsigned)(s[i] - '0');
            if (bytes) sk_buf_putc(out, (char)(v & 0xFF));
            else sk_buf_put_utf8(out, v);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = h1 >= 0 && i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes)
                    return fail(msg, msgsize, err_pos, start, "(value error) invalid \\x escape at position %zu", start, 0);
                size_t end = i + (h1 >= 0 ? 1 : 0);
                if (end > n) end = n;
                return fail(msg, msgsize, err_pos, start,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\xXX escape",
                            start, end - 1);
            }
            unsigned v = (unsigned)(h1 * 16 + h2);
            i += 2;
            if (bytes) sk_buf_putc(out, (char)v);
            else sk_buf_put_utf8(out, v);
            break;
        }
        case 'u': case 'U': case 'N':
            if (bytes) {
                /* Not an escape in bytes: kept as written. */
                sk_buf_putc(out, '\\');
                sk_buf_putc(out, e);
                break;
            }
            if (e == 'N') {
                if (i >= n || s[i] != '{') goto malformed_n;
                size_t k = i + 1;
                while (k < n && s[k] != '}') k++;
                if (k >= n || k == i + 1) goto malformed_n;
                int32_t cp = sk_unicode_lookup(s + i + 1, k - i - 1);
                if (cp < 0)
                    return fail(msg, msgsize, err_pos, start,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: unknown Unicode character name",
                                start, k);
                sk_buf_put_utf8(out, (uint32_t)cp);
                i = k + 1;
                break;
            malformed_n:
                {
                    size_t k2 = i;
                    if (k2 < n && s[k2] == '{') { k2++; while (k2 < n && s[k2] != '}') k2++; }
                    if (k2 > n) k2 = n;
                    return fail(msg, msgsize, err_pos, start,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                                start, (k2 > start + 1 ? k2 - 1 : start + 1));
                }
            } else {
                int digits = e == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k;
                for (k = 0; k < digits; k++) {
                    int h = i + (size_t)k < n ? hexval((unsigned char)s[i + (size_t)k]) : -1;
                    if (h < 0) break;
                    v = v * 16 + (uint32_t)h;
                }
                if (k < digits) {
                    size_t end = i + (size_t)k;
                    if (end > n - 0) end = n;
                    return fail(msg, msgsize, err_pos, start,
                                e == 'u' ? "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\uXXXX escape"
                                         : "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\UXXXXXXXX escape",
                                start, end - 1);
                }
                if (v > 0x10FFFF)
                    return fail(msg, msgsize, err_pos, start,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                                start, i + (size_t)digits - 1);
                i += (size_t)digits;
                sk_buf_put_utf8(out, v);
            }
            break;
        default:
            /* An unknown escape keeps its backslash (CPython warns). */
            sk_buf_putc(out, '\\');
            i--;
            break;
        }
    }
    return true;
}
