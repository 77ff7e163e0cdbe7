/* lexer.re — the tokenizer (see lexer.h). re2c turns this file into C.
 *
 * The scanner runs one token at a time on demand. Its state is all in
 * sk_lexer: the indentation stack, the bracket stack (also used for the
 * replacement fields of f-strings) and the f-string stack. An f-string is
 * returned as FSTRING_START, then literal chunks (FSTRING_MIDDLE, raw text
 * with `{{`/`}}` still doubled) and replacement fields tokenized like any
 * other code, then FSTRING_END; which of the two the next token is comes
 * from the top of the f-string stack.
 *
 * Error positions follow CPython's tokenizer: most errors point at the
 * character where scanning stopped.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "grammar.h"

/* Where the scanner is inside the innermost f-string. */
enum { FMODE_MIDDLE, FMODE_EXPR, FMODE_SPEC };
enum { MAX_FIELD_NEST = 3 };

/* ---- errors ------------------------------------------------------------ */

const char *sk_lex_line(const sk_lexer *lx, int32_t line, int32_t *len) {
    const char *p = lx->buf;
    if (line < 1) return NULL;
    /* Fast path: the current line or a nearby one. */
    int32_t l = 1;
    if (line >= lx->line && lx->line_start) { p = lx->line_start; l = lx->line; }
    while (l < line) {
        const char *nl = memchr(p, '\n', (size_t)(lx->lim - p));
        if (!nl) return NULL;
        p = nl + 1;
        l++;
    }
    if (p > lx->lim || (p == lx->lim && line > 1 && p[-1] == '\n' && false)) return NULL;
    const char *e = memchr(p, '\n', (size_t)(lx->lim - p));
    if (!e) e = lx->lim;
    *len = (int32_t)(e - p);
    return p;
}

/* Code points in s[0..n) (UTF-8). */
static int32_t count_chars(const char *s, int32_t n) {
    int32_t c = 0;
    for (int32_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

static int32_t char_offset(const sk_lexer *lx, int32_t line, int32_t col) {
    int32_t len;
    const char *t = sk_lex_line(lx, line, &len);
    if (!t) return col + 1;
    if (col > len) return count_chars(t, len) + 1 + (col - len);
    return count_chars(t, col) + 1;
}

void sk_lex_error(sk_lexer *lx, sk_syntax_kind kind, int32_t line, int32_t col,
                  int32_t end_line, int32_t end_col, const char *fmt, ...) {
    sk_syntax_error *e = lx->err;
    lx->failed = true;
    e->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = line;
    e->end_lineno = end_line;
    e->offset = col < 0 ? col : char_offset(lx, line, col);
    e->end_offset = end_col < 0 ? end_col : char_offset(lx, end_line, end_col);
    int32_t len;
    const char *t = sk_lex_line(lx, line, &len);
    e->text = t ? sk_ast_strdup(lx->arena, t, (size_t)len) : NULL;
    e->tokenizer = 1;
    e->at_eof = SK_EOF_NO;
}

/* An error at the scanner's position `p` on the current line: CPython's
 * offset is the number of characters before p, end equal to it. */
static int error_at(sk_lexer *lx, const char *p, const char *msg) {
    int32_t col = (int32_t)(p - lx->line_start);
    int32_t off = count_chars(lx->line_start, col);
    sk_lex_error(lx, SK_SYNTAX_ERROR, lx->line, 0, lx->line, 0, "%s", msg);
    lx->err->offset = lx->err->end_offset = off;
    return -1;
}

/* ---- setup ------------------------------------------------------------- */

/* Length of a valid UTF-8 sequence at s (s < lim), or 0 when invalid. */
static int utf8_valid(const unsigned char *s, const unsigned char *lim) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    int n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return 0;
    if (lim - s < n) return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return n;
}

int sk_utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    if (u[0] < 0xE0) { *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2; }
    if (u[0] < 0xF0) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
          ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return 4;
}

bool sk_lex_init(sk_lexer *lx, ast_arena *arena, const char *src, size_t len,
                 ast_mode mode, sk_syntax_error *err) {
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->err = err;
    lx->mode = mode;
    lx->nindent = 0;
    lx->indent[0] = lx->altindent[0] = 0;
    lx->pending_dedents = lx->pending_indent = 0;
    lx->nparen = lx->nfstr = 0;
    lx->at_bol = true;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    char *buf = sk_ast_alloc(arena, len + 2);
    if (!buf) {
        err->kind = SK_SYNTAX_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return false;
    }
    /* Copy with newline normalisation; stop at a NUL or invalid UTF-8. */
    const unsigned char *s = (const unsigned char *)src, *e = s + len;
    char *o = buf;
    int32_t line = 1;
    while (s < e) {
        unsigned c = *s;
        if (c >= 0x20 && c < 0x80) { *o++ = (char)c; s++; continue; }
        if (c == '\r') {
            *o++ = '\n'; s++; line++;
            if (s < e && *s == '\n') s++;
            continue;
        }
        if (c == '\n') { *o++ = '\n'; s++; line++; continue; }
        if (c == 0) {
            *o = 0;
            lx->buf = lx->line_start = buf;
            lx->lim = o;
            /* Reported on the NUL's line, whose text stops at the NUL. */
            const char *ls = o;
            while (ls > buf && ls[-1] != '\n') ls--;
            lx->line_start = ls;
            lx->line = line;
            sk_lex_error(lx, SK_SYNTAX_ERROR, line, 0, line, 0,
                         "source code cannot contain null bytes");
            err->offset = err->end_offset = 0;
            return false;
        }
        if (c < 0x80) { *o++ = (char)c; s++; continue; }
        int n = utf8_valid(s, e);
        if (!n) {
            err->kind = SK_SYNTAX_ERROR;
            /* The message names the file; sk_parse fills it in from
             * these: an empty msg, the byte in offset, the line in
             * end_offset. */
            err->msg[0] = 0;
            err->lineno = err->end_lineno = 0;
            err->offset = (int32_t)c;
            err->end_offset = line;
            err->text = NULL;
            lx->failed = true;
            return false;
        }
        memcpy(o, s, (size_t)n);
        o += n;
        s += n;
    }
    *o = 0;
    o[1] = 0;
    lx->buf = lx->cur = lx->line_start = buf;
    lx->lim = o;
    lx->line = 1;
    return true;
}

/* ---- small helpers ----------------------------------------------------- */

static void set_tok(sk_lexer *lx, sk_tok *t, const char *s, const char *e) {
    t->s = s;
    t->len = (int32_t)(e - s);
    t->line = t->end_line = lx->line;
    t->col = (int32_t)(s - lx->line_start);
    t->end_col = (int32_t)(e - lx->line_start);
}

static int emit(sk_lexer *lx, sk_tok *t, int code) {
    lx->last_code = code;
    lx->last = *t;
    lx->line_has_tokens = true;
    return code;
}

static void newline_at(sk_lexer *lx, const char *nl) {
    lx->line++;
    lx->line_start = nl + 1;
}

static inline bool is_id_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static inline bool is_id_char(unsigned char c) {
    return is_id_start(c) || (c >= '0' && c <= '9');
}
static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool is_xdigit(unsigned char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static sk_fstate *ftop(sk_lexer *lx) { return lx->nfstr ? &lx->fstr[lx->nfstr - 1] : NULL; }

/* ---- keywords ---------------------------------------------------------- */

static int keyword(const char *s, int32_t n) {
#define KW(str, code) if (n == (int32_t)sizeof(str) - 1 && memcmp(s, str, sizeof(str) - 1) == 0) return code
    switch (s[0]) {
    case 'F': KW("False", TK_FALSE); break;
    case 'N': KW("None", TK_NONE); break;
    case 'T': KW("True", TK_TRUE); break;
    case 'a': KW("and", TK_AND); KW("as", TK_AS); KW("assert", TK_ASSERT);
              KW("async", TK_ASYNC); KW("await", TK_AWAIT); break;
    case 'b': KW("break", TK_BREAK); break;
    case 'c': KW("class", TK_CLASS); KW("continue", TK_CONTINUE); break;
    case 'd': KW("def", TK_DEF); KW("del", TK_DEL); break;
    case 'e': KW("elif", TK_ELIF); KW("else", TK_ELSE); KW("except", TK_EXCEPT); break;
    case 'f': KW("finally", TK_FINALLY); KW("for", TK_FOR); KW("from", TK_FROM); break;
    case 'g': KW("global", TK_GLOBAL); break;
    case 'i': KW("if", TK_IF); KW("import", TK_IMPORT); KW("in", TK_IN); KW("is", TK_IS); break;
    case 'l': KW("lambda", TK_LAMBDA); break;
    case 'n': KW("nonlocal", TK_NONLOCAL); KW("not", TK_NOT); break;
    case 'o': KW("or", TK_OR); break;
    case 'p': KW("pass", TK_PASS); break;
    case 'r': KW("raise", TK_RAISE); KW("return", TK_RETURN); break;
    case 't': KW("try", TK_TRY); break;
    case 'w': KW("while", TK_WHILE); KW("with", TK_WITH); break;
    case 'y': KW("yield", TK_YIELD); break;
    default: break;
    }
#undef KW
    return TK_NAME;
}

/* ---- numbers ----------------------------------------------------------- */

/* After a number: a letter right after it is an error, except the start of
 * a keyword that may follow a number in valid code (CPython only warns). */
static bool end_of_number(sk_lexer *lx, const char *p, const char *kind) {
    unsigned char c = (unsigned char)*p;
    bool kw = false;
    switch (c) {
    case 'a': kw = strncmp(p + 1, "nd", 2) == 0; break;
    case 'e': kw = strncmp(p + 1, "lse", 3) == 0; break;
    case 'f': kw = strncmp(p + 1, "or", 2) == 0; break;
    case 'i': kw = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': kw = p[1] == 'r'; break;
    case 'n': kw = strncmp(p + 1, "ot", 2) == 0; break;
    default: break;
    }
    if (kw) return true;
    if (c < 128 && is_id_char(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        error_at(lx, p, msg);
        return false;
    }
    return true;
}

/* Digits and single underscores between digits; returns the first byte
 * after them, or NULL after an error. */
static const char *decimal_tail(sk_lexer *lx, const char *p) {
    for (;;) {
        while (is_digit((unsigned char)*p)) p++;
        if (*p != '_') return p;
        p++;
        if (!is_digit((unsigned char)*p)) { error_at(lx, p, "invalid decimal literal"); return NULL; }
    }
}

/* Scans a number starting at s; returns its code or -1. */
static int lex_number(sk_lexer *lx, const char *s, sk_tok *t) {
    const char *p = s;
    if (*p == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' ||
                      p[1] == 'b' || p[1] == 'B')) {
        char k = (char)(p[1] | 0x20);
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        p += 2;
        do {
            if (*p == '_') p++;
            unsigned char c = (unsigned char)*p;
            bool ok = k == 'x' ? is_xdigit(c) : k == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
            if (!ok) {
                if (k != 'x' && is_digit(c)) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                    return error_at(lx, p + 1, msg);
                }
                char msg[64];
                snprintf(msg, sizeof msg, "invalid %s literal", kind);
                return error_at(lx, p, msg);
            }
            for (;;) {
                c = (unsigned char)*p;
                ok = k == 'x' ? is_xdigit(c) : k == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                if (!ok) break;
                p++;
            }
        } while (*p == '_');
        if (k != 'x' && is_digit((unsigned char)*p)) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
            return error_at(lx, p + 1, msg);
        }
        if (!end_of_number(lx, p, kind)) return -1;
        goto done;
    }
    bool leading_zero = false;
    const char *zeros_end = NULL;
    if (*p == '0') {
        /* Only zeros may follow a leading zero in an integer. */
        p++;
        while (*p == '0' || *p == '_') {
            if (*p == '_') {
                p++;
                if (!is_digit((unsigned char)*p)) return error_at(lx, p, "invalid decimal literal");
            }
            if (*p == '0') p++;
        }
        zeros_end = p;
        if (is_digit((unsigned char)*p)) {
            leading_zero = true;
            p = decimal_tail(lx, p);
            if (!p) return -1;
        }
        if (*p == '.') goto fraction;
        if (*p == 'e' || *p == 'E') goto exponent;
        if (*p == 'j' || *p == 'J') goto imaginary;
        if (leading_zero) {
            /* Points from the first zero to just past the zeros, as CPython. */
            int32_t c0 = (int32_t)(s - lx->line_start);
            sk_lex_error(lx, SK_SYNTAX_ERROR, lx->line, c0, lx->line, 0,
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
            lx->err->end_offset = count_chars(lx->line_start, (int32_t)(zeros_end - lx->line_start)) +
                                  (zeros_end == s + 1 ? 1 : 0);
            if (zeros_end != s + 1)
                lx->err->end_offset = count_chars(lx->line_start, (int32_t)(zeros_end - lx->line_start)) + 1;
            return -1;
        }
        if (!end_of_number(lx, p, "decimal")) return -1;
        goto done;
    }
    if (*p != '.') {
        p = decimal_tail(lx, p);
        if (!p) return -1;
    }
    if (*p == '.') {
    fraction:
        p++;
        if (is_digit((unsigned char)*p)) {
            p = decimal_tail(lx, p);
            if (!p) return -1;
        }
    }
    if (*p == 'e' || *p == 'E') {
    exponent:;
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit((unsigned char)*p)) return error_at(lx, p, "invalid decimal literal");
        } else if (!is_digit((unsigned char)*p)) {
            if (!end_of_number(lx, e, "decimal")) return -1;
            p = e;
            goto done;
        }
        p = decimal_tail(lx, p);
        if (!p) return -1;
    }
    if (*p == 'j' || *p == 'J') {
    imaginary:
        p++;
        if (!end_of_number(lx, p, "imaginary")) return -1;
    } else if (!end_of_number(lx, p, "decimal")) {
        return -1;
    }
done:
    lx->cur = p;
    set_tok(lx, t, s, p);
    return emit(lx, t, TK_NUMBER);
}

/* ---- identifiers ------------------------------------------------------- */

/* Checks a non-ASCII identifier s[0..e) as CPython does (XID_Start then
 * XID_Continue, on the text as written). */
static bool verify_identifier(sk_lexer *lx, const char *s, const char *e) {
    const char *p = s;
    bool first = true;
    while (p < e) {
        uint32_t cp;
        int n = sk_utf8_decode(p, &cp);
        bool ok = first ? (cp == '_' || sk_unicode_is_xid_start(cp)) : sk_unicode_is_xid_continue(cp);
        if (!ok) {
            char msg[96];
            if (sk_unicode_is_printable(cp))
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
            else
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
            error_at(lx, p + n, msg);
            return false;
        }
        first = false;
        p += n;
    }
    return true;
}

/* ---- strings ----------------------------------------------------------- */

/* Scans the body of a plain string literal whose opening quote(s) end at
 * p; returns just past the closing quote(s), or NULL after an error. */
static const char *string_body(sk_lexer *lx, const char *start, const char *p, char q, bool triple) {
    int32_t start_line = lx->line;
    const char *start_ls = lx->line_start;
    for (;;) {
        char c = *p;
        if (c == q) {
            if (!triple) return p + 1;
            if (p[1] == q && p[2] == q) return p + 3;
            p++;
            continue;
        }
        if (c == '\\') {
            if (p[1] == '\n') { newline_at(lx, p + 1); p += 2; continue; }
            if (p[1] == 0 && p + 1 >= lx->lim) { p++; continue; }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple) break;
            newline_at(lx, p);
            p++;
            continue;
        }
        if (c == 0 && p >= lx->lim) break;
        p++;
    }
    /* Unterminated. Inside an f-string's replacement field CPython says
     * the field is unfinished instead. */
    if (lx->nfstr > 0 && lx->fstr[lx->nfstr - 1].mode == FMODE_EXPR && !lx->fstr[lx->nfstr - 1].triple &&
        start_line == lx->line) {
        error_at(lx, start + 1, "f-string: expecting '}'");
        return NULL;
    }
    /* Unterminated: the error points at the start of the literal. */
    int32_t detected = lx->line;
    if (triple && *p == 0 && p > lx->buf && p[-1] == '\n') detected--;
    lx->line = start_line;
    lx->line_start = start_ls;
    int32_t col = (int32_t)(start - start_ls);
    char msg[96];
    snprintf(msg, sizeof msg, triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                     : "unterminated string literal (detected at line %d)", (int)detected);
    sk_lex_error(lx, SK_SYNTAX_ERROR, start_line, col, start_line, col, "%s", msg);
    if (triple) lx->err->at_eof = SK_EOF_IN_TOKEN;
    return NULL;
}

/* Is s[0..n) a string prefix? Sets *is_f, *is_raw, *is_bytes. */
static bool string_prefix(const char *s, int32_t n, bool *is_f, bool *is_raw, bool *is_bytes) {
    bool r = false, b = false, u = false, f = false;
    if (n > 2) return false;
    for (int32_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r || u) return false; r = true; break;
        case 'b': if (b || u || f) return false; b = true; break;
        case 'u': if (u || r || b || f || n > 1) return false; u = true; break;
        case 'f': if (f || b || u) return false; f = true; break;
        default: return false;
        }
    }
    *is_f = f; *is_raw = r; *is_bytes = b;
    return true;
}

static int lex_string(sk_lexer *lx, const char *s, const char *q, sk_tok *t, bool is_f, bool raw) {
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    const char *body = q + (triple ? 3 : 1);
    if (is_f) {
        if (lx->nfstr >= SK_MAX_FSTRING) {
            /* CPython has the same limit on nesting. */
            return error_at(lx, body, "too many nested f-strings");
        }
        sk_fstate *f = &lx->fstr[lx->nfstr++];
        memset(f, 0, sizeof *f);
        f->quote = quote;
        f->triple = triple;
        f->raw = raw;
        f->mode = FMODE_MIDDLE;
        f->start = s;
        f->line = lx->line;
        f->col = (int32_t)(s - lx->line_start);
        f->paren_base = lx->nparen;
        lx->cur = body;
        set_tok(lx, t, s, body);
        return emit(lx, t, TK_FSTRING_START);
    }
    int32_t line0 = lx->line, col0 = (int32_t)(s - lx->line_start);
    const char *e = string_body(lx, s, body, quote, triple);
    if (!e) return -1;
    lx->cur = e;
    t->s = s;
    t->len = (int32_t)(e - s);
    t->line = line0;
    t->col = col0;
    t->end_line = lx->line;
    t->end_col = (int32_t)(e - lx->line_start);
    return emit(lx, t, TK_STRING);
}

/* ---- f-string literal parts ------------------------------------------- */

/* Per-f-string field stack, kept in sk_fstate: paren_base is the bracket
 * depth just inside the innermost open field; spec_depth counts fields
 * (bits tell which are in their format spec). */
static int lex_fstring_middle(sk_lexer *lx, sk_tok *t) {
    sk_fstate *f = ftop(lx);
    const char *s = lx->cur, *p = s;
    int32_t line0 = lx->line, col0 = (int32_t)(s - lx->line_start);
    bool spec = f->mode == FMODE_SPEC;
    for (;;) {
        char c = *p;
        if (c == f->quote && (!f->triple || (p[1] == c && p[2] == c))) {
            if (spec) {
                /* The f-string ends inside a format spec. */
                if (p > s) break;
                return error_at(lx, p + 1, "f-string: expecting '}'");
            }
            if (p > s) break;
            int n = f->triple ? 3 : 1;
            lx->cur = p + n;
            set_tok(lx, t, p, p + n);
            lx->nfstr--;
            return emit(lx, t, TK_FSTRING_END);
        }
        if (c == '{') {
            if (!spec && p[1] == '{') { p += 2; continue; }
            if (p > s) break;
            if (spec && p[1] == '{' && !f->spec_mid_done) {
                /* CPython returns an empty chunk before a spec's `{{`. */
                f->spec_mid_done = true;
                lx->cur = p;
                set_tok(lx, t, p, p);
                return emit(lx, t, TK_FSTRING_MIDDLE);
            }
            if (lx->nparen >= SK_MAX_PAREN) return error_at(lx, p + 1, "too many nested parentheses");
            if (f->spec_depth >= MAX_FIELD_NEST && spec)
                return error_at(lx, p, "f-string: expressions nested too deeply");
            sk_paren *pp = &lx->paren[lx->nparen++];
            pp->ch = '{';
            pp->line = lx->line;
            pp->col = (int32_t)(p - lx->line_start);
            f->mode = FMODE_EXPR;
            f->paren_base = lx->nparen;
            f->field_start = p + 1;
            f->spec_mid_done = false;
            f->spec_depth++;
            lx->cur = p + 1;
            set_tok(lx, t, p, p + 1);
            return emit(lx, t, TK_LBRACE);
        }
        if (c == '}') {
            if (spec) {
                if (p > s) break;
                if (!f->spec_mid_done) {
                    /* CPython returns a (possibly empty) chunk before the
                     * '}' that ends a format spec. */
                    f->spec_mid_done = true;
                    lx->cur = p;
                    set_tok(lx, t, p, p);
                    return emit(lx, t, TK_FSTRING_MIDDLE);
                }
                f->spec_mid_done = false;
                /* Closes the field whose spec this is. */
                lx->nparen--;
                lx->cur = p + 1;
                set_tok(lx, t, p, p + 1);
                f->spec_depth--;
                f->mode = FMODE_MIDDLE;
                if (f->spec_depth > 0) {
                    f->mode = FMODE_SPEC;
                    f->paren_base = lx->nparen;
                }
                return emit(lx, t, TK_RBRACE);
            }
            if (p[1] == '}') { p += 2; continue; }
            return error_at(lx, p + 1, "f-string: single '}' is not allowed");
        }
        if (c == '\\' && p[1] != 0) {
            if (p[1] == '\n') { newline_at(lx, p + 1); p += 2; continue; }
            if (!f->raw && p[1] == 'N' && p[2] == '{') {
                const char *e = p + 3;
                while (*e && *e != '}' && *e != '\n' && *e != f->quote) e++;
                if (*e == '}') { p = e + 1; continue; }
            }
            if (p[1] == '{' || p[1] == '}') { p++; continue; }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!f->triple) {
                if (spec) {
                    if (p > s) break;
                    return error_at(lx, p, "f-string: newlines are not allowed in format specifiers for single quoted f-strings");
                }
                int32_t col = f->col;
                int32_t line = f->line;
                sk_lex_error(lx, SK_SYNTAX_ERROR, line, col, line, col,
                             "unterminated f-string literal (detected at line %d)", (int)lx->line);
                return -1;
            }
            newline_at(lx, p);
            p++;
            continue;
        }
        if (c == 0 && p >= lx->lim) {
            if (f->triple) {
                int32_t detected = lx->line;
                if (p > lx->buf && p[-1] == '\n') detected--;
                sk_lex_error(lx, SK_SYNTAX_ERROR, f->line, f->col, f->line, f->col,
                             "unterminated triple-quoted f-string literal (detected at line %d)", (int)detected);
                lx->err->at_eof = SK_EOF_IN_TOKEN;
                return -1;
            }
            sk_lex_error(lx, SK_SYNTAX_ERROR, f->line, f->col, f->line, f->col,
                         "unterminated f-string literal (detected at line %d)", (int)lx->line);
            return -1;
        }
        p++;
    }
    lx->cur = p;
    t->s = s;
    t->len = (int32_t)(p - s);
    t->line = line0;
    t->col = col0;
    t->end_line = lx->line;
    t->end_col = (int32_t)(p - lx->line_start);
    if (spec) f->spec_mid_done = true;
    return emit(lx, t, TK_FSTRING_MIDDLE);
}

/* ---- indentation ------------------------------------------------------- */

/* At the start of a logical line: measures the indentation and queues
 * INDENT/DEDENT. Returns false after an error. */
static bool indentation(sk_lexer *lx) {
    for (;;) {
        const char *p = lx->cur;
        int32_t col = 0, altcol = 0;
        for (;;) {
            if (*p == ' ') { col++; altcol++; }
            else if (*p == '\t') { col = (col / 8 + 1) * 8; altcol++; }
            else if (*p == '\f') { col = altcol = 0; }
            else break;
            p++;
        }
        if (*p == '#' || *p == '\n' || (*p == '\\' && p[1] == '\n' && false)) {
            /* A blank line or a comment-only line: no indentation change. */
            if (lx->mode == AST_MODE_SINGLE && *p == '\n' && !lx->line_has_tokens && false) break;
            const char *nl = strchr(p, '\n');
            if (!nl) { lx->cur = lx->lim; return true; }
            newline_at(lx, nl);
            lx->cur = nl + 1;
            continue;
        }
        if (*p == 0 && p >= lx->lim) { lx->cur = p; return true; }
        lx->cur = p;
        lx->at_bol = false;
        int32_t top = lx->indent[lx->nindent];
        sk_tok *pt = &lx->pending_tok;
        set_tok(lx, pt, p, p);
        pt->col = 0;
        if (col == top) {
            if (altcol != lx->altindent[lx->nindent]) goto tab_error;
        } else if (col > top) {
            if (lx->nindent + 1 >= SK_MAX_INDENT) {
                sk_lex_error(lx, SK_SYNTAX_INDENTATION, lx->line, 0, lx->line, 0,
                             "too many levels of indentation");
                lx->err->offset = (int32_t)(p - lx->line_start);
                lx->err->end_offset = -1;
                return false;
            }
            if (altcol <= lx->altindent[lx->nindent]) goto tab_error;
            lx->nindent++;
            lx->indent[lx->nindent] = col;
            lx->altindent[lx->nindent] = altcol;
            lx->pending_indent = 1;
            pt->col = 0;
            pt->end_col = (int32_t)(p - lx->line_start);
        } else {
            while (lx->nindent > 0 && col < lx->indent[lx->nindent]) {
                lx->nindent--;
                lx->pending_dedents++;
            }
            if (col != lx->indent[lx->nindent]) {
                sk_lex_error(lx, SK_SYNTAX_INDENTATION, lx->line, 0, lx->line, 0,
                             "unindent does not match any outer indentation level");
                int32_t len;
                const char *t = sk_lex_line(lx, lx->line, &len);
                lx->err->offset = count_chars(t, len) + 1;
                lx->err->end_offset = -1;
                return false;
            }
            if (altcol != lx->altindent[lx->nindent]) goto tab_error;
            pt->col = pt->end_col = (int32_t)(p - lx->line_start);
        }
        return true;
    tab_error:
        sk_lex_error(lx, SK_SYNTAX_TAB, lx->line, 0, lx->line, 0,
                     "inconsistent use of tabs and spaces in indentation");
        lx->err->offset = 1;
        lx->err->end_offset = 0;
        return false;
    }
    return true;
}

/* ---- the main scanner -------------------------------------------------- */

static int open_paren(sk_lexer *lx, sk_tok *t, const char *s, int code) {
    if (lx->nparen >= SK_MAX_PAREN) return error_at(lx, s + 1, "too many nested parentheses");
    sk_paren *p = &lx->paren[lx->nparen++];
    p->ch = *s;
    p->line = lx->line;
    p->col = (int32_t)(s - lx->line_start);
    set_tok(lx, t, s, s + 1);
    return emit(lx, t, code);
}

static int close_paren(sk_lexer *lx, sk_tok *t, const char *s, int code) {
    sk_fstate *f = ftop(lx);
    char c = *s;
    set_tok(lx, t, s, s + 1);
    if (f && f->mode == FMODE_EXPR && lx->nparen == f->paren_base && c == '}') {
        /* The end of a replacement field. */
        lx->nparen--;
        f->spec_depth--;
        if (f->spec_depth > 0) { f->mode = FMODE_SPEC; f->paren_base = lx->nparen; }
        else f->mode = FMODE_MIDDLE;
        return emit(lx, t, code);
    }
    if (f && f->mode == FMODE_EXPR && lx->nparen <= f->paren_base) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
        return error_at(lx, s, msg);
    }
    if (lx->nparen == 0) {
        char msg[32];
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return error_at(lx, s + 1, msg);
    }
    sk_paren *p = &lx->paren[lx->nparen - 1];
    char want = p->ch == '(' ? ')' : p->ch == '[' ? ']' : '}';
    if (c != want) {
        char msg[128];
        if (p->line != lx->line)
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, p->ch, (int)p->line);
        else
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, p->ch);
        return error_at(lx, s + 1, msg);
    }
    lx->nparen--;
    return emit(lx, t, code);
}

static int lex_token(sk_lexer *lx, sk_tok *t) {
    const char *YYCURSOR, *YYMARKER, *s;
    (void)YYMARKER;
    sk_fstate *f;
again:
    f = ftop(lx);
    YYCURSOR = lx->cur;
    s = YYCURSOR;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:flags:input = default;

        id_start = [a-zA-Z_\x80-\xff];
        id_char = [a-zA-Z0-9_\x80-\xff];

        [ \t\f]+ { lx->cur = YYCURSOR; goto again; }
        "#" [^\n\x00]* { lx->cur = YYCURSOR; goto again; }
        "\\" "\n" {
            newline_at(lx, YYCURSOR - 1);
            lx->cur = YYCURSOR;
            if (*YYCURSOR == 0 && YYCURSOR >= lx->lim) {
                sk_lex_error(lx, SK_SYNTAX_ERROR, lx->line - 1, 0, lx->line - 1, 0, "unexpected EOF while parsing");
                int32_t len;
                const char *ln = sk_lex_line(lx, lx->line - 1, &len);
                lx->err->offset = count_chars(ln, len) + 1;
                lx->err->end_offset = -1;
                lx->err->at_eof = SK_EOF_IN_TOKEN;
                return -1;
            }
            goto again;
        }
        "\\" {
            if (*YYCURSOR == 0 && YYCURSOR >= lx->lim) {
                sk_lex_error(lx, SK_SYNTAX_ERROR, lx->line, 0, lx->line, 0, "unexpected EOF while parsing");
                lx->err->offset = count_chars(lx->line_start, (int32_t)(YYCURSOR - lx->line_start)) + 1;
                lx->err->end_offset = -1;
                lx->err->at_eof = SK_EOF_IN_TOKEN;
                return -1;
            }
            sk_lex_error(lx, SK_SYNTAX_ERROR, lx->line, 0, lx->line, 0,
                         "unexpected character after line continuation character");
            lx->err->offset = count_chars(lx->line_start, (int32_t)(YYCURSOR - lx->line_start)) + 1;
            lx->err->end_offset = 0;
            return -1;
        }
        "\n" {
            if (lx->nparen > 0) { newline_at(lx, YYCURSOR - 1); lx->cur = YYCURSOR; goto again; }
            set_tok(lx, t, s, YYCURSOR);
            newline_at(lx, YYCURSOR - 1);
            lx->cur = YYCURSOR;
            lx->at_bol = true;
            lx->last_code = TK_NEWLINE;
            lx->last = *t;
            lx->line_has_tokens = false;
            return TK_NEWLINE;
        }
        "\x00" { lx->cur = YYCURSOR - 1; return 0; }

        [0-9] | "." [0-9] { return lex_number(lx, s, t); }

        id_start id_char* {
            const char *e = YYCURSOR;
            int32_t n = (int32_t)(e - s);
            if (*e == '"' || *e == '\'') {
                bool is_f, raw, bytes;
                if (string_prefix(s, n, &is_f, &raw, &bytes)) return lex_string(lx, s, e, t, is_f, raw);
            }
            bool ascii = true;
            for (const char *p = s; p < e; p++) if ((unsigned char)*p >= 128) { ascii = false; break; }
            if (!ascii && !verify_identifier(lx, s, e)) return -1;
            lx->cur = e;
            set_tok(lx, t, s, e);
            return emit(lx, t, ascii ? keyword(s, n) : TK_NAME);
        }
        ['"] { return lex_string(lx, s, s, t, false, false); }

        "(" { lx->cur = YYCURSOR; return open_paren(lx, t, s, TK_LPAR); }
        "[" { lx->cur = YYCURSOR; return open_paren(lx, t, s, TK_LSQB); }
        "{" { lx->cur = YYCURSOR; return open_paren(lx, t, s, TK_LBRACE); }
        ")" { lx->cur = YYCURSOR; return close_paren(lx, t, s, TK_RPAR); }
        "]" { lx->cur = YYCURSOR; return close_paren(lx, t, s, TK_RSQB); }
        "}" { lx->cur = YYCURSOR; return close_paren(lx, t, s, TK_RBRACE); }

        ":" {
            if (f && f->mode == FMODE_EXPR && lx->nparen == f->paren_base) {
                f->mode = FMODE_SPEC;
                f->spec_mid_done = false;
                lx->cur = YYCURSOR;
                set_tok(lx, t, s, YYCURSOR);
                return emit(lx, t, TK_COLON);
            }
            if (*YYCURSOR == '=') { YYCURSOR++; lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_COLONEQUAL); }
            lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_COLON);
        }
        "!" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_EXCLAMATION); }

        "..." { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_ELLIPSIS); }
        "." { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_DOT); }
        "," { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_COMMA); }
        ";" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_SEMI); }
        "@" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_AT); }
        "=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_EQUAL); }
        "->" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_RARROW); }
        "+" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_PLUS); }
        "-" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_MINUS); }
        "*" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_STAR); }
        "**" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_DOUBLESTAR); }
        "/" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_SLASH); }
        "//" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_DOUBLESLASH); }
        "%" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_PERCENT); }
        "|" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_VBAR); }
        "&" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_AMPER); }
        "^" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_CIRCUMFLEX); }
        "~" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_TILDE); }
        "<<" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_LEFTSHIFT); }
        ">>" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_RIGHTSHIFT); }
        "<" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_LESS); }
        ">" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_GREATER); }
        "==" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_EQEQUAL); }
        "!=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_NOTEQUAL); }
        "<=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_LESSEQUAL); }
        ">=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_GREATEREQUAL); }
        "<>" { lx->cur = YYCURSOR - 1; set_tok(lx, t, s, YYCURSOR - 1); return emit(lx, t, TK_LESS); }
        "+=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_PLUSEQUAL); }
        "-=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_MINEQUAL); }
        "*=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_STAREQUAL); }
        "/=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_SLASHEQUAL); }
        "%=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_PERCENTEQUAL); }
        "&=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_AMPEREQUAL); }
        "|=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_VBAREQUAL); }
        "^=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_CIRCUMFLEXEQUAL); }
        "<<=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_LEFTSHIFTEQUAL); }
        ">>=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_RIGHTSHIFTEQUAL); }
        "**=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_DOUBLESTAREQUAL); }
        "//=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_DOUBLESLASHEQUAL); }
        "@=" { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_ATEQUAL); }

        * { lx->cur = YYCURSOR; set_tok(lx, t, s, YYCURSOR); return emit(lx, t, TK_ERRORTOKEN); }
    */
}

/* At the end of input: NEWLINE if the last line had tokens, then DEDENTs,
 * then ENDMARKER. */
static int lex_eof(sk_lexer *lx, sk_tok *t) {
    const char *p = lx->lim;
    (void)p;
    if (lx->nparen > 0) {
        sk_paren *pp = &lx->paren[lx->nparen - 1];
        sk_lex_error(lx, SK_SYNTAX_ERROR, pp->line, pp->col, pp->line, 0, "'%c' was never closed", pp->ch);
        lx->err->end_offset = 0;
        lx->err->at_eof = SK_EOF_IN_TOKEN;
        return -1;
    }
    if (lx->line_has_tokens) {
        /* CPython's implicit NEWLINE at the end of an unterminated line. */
        set_tok(lx, t, lx->cur, lx->cur);
        t->end_col = t->col + 1;
        lx->line_has_tokens = false;
        lx->at_bol = true;
        lx->last_code = TK_NEWLINE;
        lx->last = *t;
        return TK_NEWLINE;
    }
    if (lx->nindent > 0) {
        lx->nindent--;
        set_tok(lx, t, lx->cur, lx->cur);
        if (lx->cur > lx->buf && lx->cur[-1] == '\n') t->col = t->end_col = 0;
        lx->last_code = TK_DEDENT;
        return TK_DEDENT;
    }
    set_tok(lx, t, lx->cur, lx->cur);
    lx->done = true;
    lx->last_code = TK_ENDMARKER;
    return TK_ENDMARKER;
}

int sk_lex_next(sk_lexer *lx, sk_tok *t) {
    if (lx->failed) return -1;
    if (lx->pending_indent) {
        lx->pending_indent = 0;
        *t = lx->pending_tok;
        t->s = lx->line_start;
        t->len = t->end_col;
        lx->last_code = TK_INDENT;
        return TK_INDENT;
    }
    if (lx->pending_dedents) {
        lx->pending_dedents--;
        *t = lx->pending_tok;
        t->s = lx->line_start + t->col;
        t->len = 0;
        lx->last_code = TK_DEDENT;
        return TK_DEDENT;
    }
    if (lx->done) { set_tok(lx, t, lx->cur, lx->cur); return TK_ENDMARKER; }
    sk_fstate *f = ftop(lx);
    if (f && f->mode != FMODE_EXPR) return lex_fstring_middle(lx, t);
    if (lx->at_bol && lx->nparen == 0) {
        if (!indentation(lx)) return -1;
        if (lx->pending_indent || lx->pending_dedents) return sk_lex_next(lx, t);
    }
    int code = lex_token(lx, t);
    if (code == 0) return lex_eof(lx, t);
    return code;
}
