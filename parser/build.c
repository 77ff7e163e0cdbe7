/* build.c — tree builders for grammar.y's actions and the checks CPython's
 * parser makes on what was built (see build.h).
 *
 * Spans follow CPython's: a node starts at its first token and ends after
 * its last; tuples without brackets span their elements (and a trailing
 * comma); parenthesised expressions keep their inner span, except tuples
 * and generator expressions, which include the brackets.
 */
#include "build.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "grammar.h"
#include "literal.h"

/* ---- errors ------------------------------------------------------------ */

void *sk_b_oom(sk_parser *p) {
    if (!p->failed) {
        p->failed = p->oom = true;
        p->err->kind = SK_SYNTAX_MEMORY;
        snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
        p->err->lineno = p->err->end_lineno = p->err->offset = p->err->end_offset = 0;
        p->err->text = NULL;
    }
    return NULL;
}

static void verror(sk_parser *p, sk_syntax_kind kind, ast_span s, const char *fmt, va_list ap) {
    if (p->trial) { p->syntax_error = true; return; }
    if (p->failed) return;
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    sk_lex_error(p->lx, kind, s.line, s.col, s.end_line, s.end_col, "%s", msg);
    p->err->tokenizer = 0;
    p->failed = true;
}

void *sk_b_error(sk_parser *p, ast_span s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, SK_SYNTAX_ERROR, s, fmt, ap);
    va_end(ap);
    return NULL;
}

void *sk_b_error_kind(sk_parser *p, sk_syntax_kind kind, ast_span s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, s, fmt, ap);
    va_end(ap);
    return NULL;
}

void sk_b_syntax_error(sk_parser *p, int code, sk_tok tok) {
    if (p->syntax_error) return;
    p->syntax_error = true;
    p->syntax_code = code;
    p->syntax_tok = tok;
}

static void *alloc(sk_parser *p, size_t n) {
    void *m = sk_ast_alloc(p->arena, n);
    if (!m) sk_b_oom(p);
    return m;
}

/* ---- lemon's stack ----------------------------------------------------- */

void *sk_b_stack_alloc(sk_parser *p, void *old, size_t old_size, size_t size) {
    void *m = sk_ast_alloc(p->arena, size);
    if (!m) return NULL;
    if (old && old_size) memcpy(m, old, old_size < size ? old_size : size);
    return m;
}

/* ---- lists ------------------------------------------------------------- */

sk_vec *sk_b_vec(sk_parser *p) {
    if (p->failed) return NULL;
    sk_vec *v = p->free_vecs;
    if (v) {
        p->free_vecs = v->items[0];
        v->count = 0;
        v->span = (ast_span){0, 0, 0, 0};
        return v;
    }
    return alloc(p, sizeof(sk_vec));
}

/* Most lists hold one item and die at once (a lone expression is not a
 * tuple, a line holds one statement): recycling them keeps the arena
 * small. Never during a trial parse, which shares lists with the real
 * parser's stack. */
void sk_b_vec_free(sk_parser *p, sk_vec *v) {
    if (!v || p->trial || v->cap == 0) return;
    v->items[0] = p->free_vecs;
    p->free_vecs = v;
}

sk_vec *sk_b_push(sk_parser *p, sk_vec *v, void *item) {
    if (!v || !item || p->failed) return NULL;
    if (v->count == v->cap) {
        int32_t cap = v->cap ? v->cap * 2 : 4;
        void **items = alloc(p, sizeof(void *) * (size_t)cap);
        if (!items) return NULL;
        if (v->count) memcpy(items, v->items, sizeof(void *) * (size_t)v->count);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->count++] = item;
    return v;
}

sk_vec *sk_b_vec1(sk_parser *p, void *item) { return sk_b_push(p, sk_b_vec(p), item); }

sk_vec *sk_b_concat(sk_parser *p, sk_vec *v, sk_vec *w) {
    if (!v || !w) return NULL;
    for (int32_t i = 0; i < w->count; i++)
        if (!sk_b_push(p, v, w->items[i])) return NULL;
    sk_b_vec_free(p, w);
    return v;
}

ast_exprs sk_b_exprs(sk_vec *v) {
    ast_exprs r = {0, NULL};
    if (v) { r.count = v->count; r.items = (ast_expr **)v->items; }
    return r;
}

ast_stmts sk_b_stmts(sk_vec *v) {
    ast_stmts r = {0, NULL};
    if (v) { r.count = v->count; r.items = (ast_stmt **)v->items; }
    return r;
}

/* ---- spans ------------------------------------------------------------- */

ast_span sk_b_tspan(sk_tok t) {
    ast_span s = {t.line, t.col, t.end_line, t.end_col};
    return s;
}

ast_span sk_b_join(ast_span a, ast_span b) {
    ast_span s = {a.line, a.col, b.end_line, b.end_col};
    return s;
}

static ast_span block_end(ast_span start, sk_vec *body) {
    if (!body || !body->count) return start;
    /* A trailing ';' belongs to the block (body->span records it). */
    if (body->span.end_line) return sk_b_join(start, body->span);
    ast_stmt *last = body->items[body->count - 1];
    return sk_b_join(start, last->span);
}

/* ---- names ------------------------------------------------------------- */

/* An identifier from a NAME token, NFKC-normalised when not ASCII. */
static ast_name ident(sk_parser *p, sk_tok t) {
    ast_name n = {NULL, 0};
    bool ascii = true;
    for (int32_t i = 0; i < t.len; i++)
        if ((unsigned char)t.s[i] >= 128) { ascii = false; break; }
    if (ascii) {
        /* Tokens point into the arena copy of the source, which lives as
         * long as the tree; but names must be NUL-terminated. */
        char *s = sk_ast_strdup(p->arena, t.s, (size_t)t.len);
        if (!s) { sk_b_oom(p); return n; }
        n.str = s;
        n.len = t.len;
        return n;
    }
    /* NFKC with utf8proc, in arena memory: decompose (compatibility),
     * then compose and re-encode in place. */
    int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)t.s, t.len, NULL, 0, opts);
    if (need < 0) { sk_b_oom(p); return n; }
    utf8proc_int32_t *cps = alloc(p, sizeof(utf8proc_int32_t) * (size_t)(need + 1));
    if (!cps) return n;
    need = utf8proc_decompose((const utf8proc_uint8_t *)t.s, t.len, cps, need, opts);
    if (need < 0) { sk_b_oom(p); return n; }
    utf8proc_ssize_t len = utf8proc_normalize_utf32(cps, need, opts);
    if (len < 0) { sk_b_oom(p); return n; }
    len = utf8proc_reencode(cps, len, opts);
    if (len < 0) { sk_b_oom(p); return n; }
    n.str = (const char *)cps;
    n.len = (int32_t)len;
    return n;
}

sk_tok *sk_b_tokp(sk_parser *p, sk_tok t) {
    if (p->failed) return NULL;
    sk_tok *r = alloc(p, sizeof *r);
    if (r) *r = t;
    return r;
}

/* ---- expressions ------------------------------------------------------- */

ast_expr *sk_b_expr(sk_parser *p, ast_expr_kind kind, ast_span s) {
    if (p->failed) return NULL;
    ast_expr *e = alloc(p, sizeof *e);
    if (!e) return NULL;
    e->kind = kind;
    e->span = s;
    p->last_expr = e;
    return e;
}

ast_expr *sk_b_name(sk_parser *p, sk_tok t) {
    ast_expr *e = sk_b_expr(p, AST_NAME, sk_b_tspan(t));
    if (!e) return NULL;
    e->u.name.id = ident(p, t);
    e->u.name.ctx = AST_LOAD;
    return p->failed ? NULL : e;
}

ast_expr *sk_b_const(sk_parser *p, ast_const_kind kind, sk_tok t) {
    ast_expr *e = sk_b_expr(p, AST_CONSTANT, sk_b_tspan(t));
    if (!e) return NULL;
    e->u.constant.kind = kind;
    return e;
}

ast_expr *sk_b_number(sk_parser *p, sk_tok t) {
    ast_expr *e = sk_b_expr(p, AST_CONSTANT, sk_b_tspan(t));
    if (!e) return NULL;
    char *s = alloc(p, (size_t)t.len + 1);
    if (!s) return NULL;
    int32_t n = 0;
    bool hex = t.len > 1 && t.s[0] == '0' && (t.s[1] == 'x' || t.s[1] == 'X');
    bool radix = t.len > 1 && t.s[0] == '0' && strchr("xXoObB", t.s[1]);
    bool is_float = false, imag = false;
    for (int32_t i = 0; i < t.len; i++) {
        char c = t.s[i];
        if (c == '_') continue;
        if (!radix && (c == '.' || c == 'e' || c == 'E')) is_float = true;
        if (!hex && (c == 'j' || c == 'J')) { imag = true; continue; }
        s[n++] = c;
    }
    s[n] = 0;
    e->u.constant.kind = imag ? AST_CONST_IMAG : is_float ? AST_CONST_FLOAT : AST_CONST_INT;
    e->u.constant.text = s;
    e->u.constant.len = n;
    return e;
}

/* ---- strings ----------------------------------------------------------- */

sk_strpart *sk_b_strpart(sk_parser *p, sk_tok t) {
    if (p->failed) return NULL;
    sk_strpart *s = alloc(p, sizeof *s);
    if (s) s->tok = t;
    return s;
}

sk_strpart *sk_b_fstring(sk_parser *p, sk_tok start, sk_vec *parts, sk_tok end) {
    if (p->failed || !parts) return NULL;
    sk_strpart *s = alloc(p, sizeof *s);
    if (!s) return NULL;
    s->is_fstring = true;
    s->tok = start;
    s->end = end;
    s->parts = parts;
    return s;
}

/* Reports a bad escape found while decoding token t. */
static void *escape_error(sk_parser *p, sk_tok t, const char *msg) {
    return sk_b_error(p, sk_b_tspan(t), "%s", msg);
}

/* An FSTRING_MIDDLE as a Constant holding its raw text for now; decoded
 * when the f-string is assembled (sk_b_fstring / sk_b_fvalue). */
ast_expr *sk_b_fmiddle(sk_parser *p, sk_tok t) {
    ast_expr *e = sk_b_expr(p, AST_CONSTANT, sk_b_tspan(t));
    if (!e) return NULL;
    e->u.constant.kind = AST_CONST_STR;
    e->u.constant.text = t.s;
    e->u.constant.len = t.len;
    e->u.constant.u_prefix = 2;   /* marks "raw, not decoded yet" */
    return e;
}

/* Prefix flags of a STRING or FSTRING_START token. */
static void prefix_of(sk_tok t, int32_t *plen, bool *raw, bool *bytes, bool *u, bool *f) {
    int32_t i = 0;
    *raw = *bytes = *u = *f = false;
    while (i < t.len && t.s[i] != '\'' && t.s[i] != '"') {
        switch (t.s[i] | 0x20) {
        case 'r': *raw = true; break;
        case 'b': *bytes = true; break;
        case 'u': *u = t.s[i] == 'u'; break;   /* ast shows kind='u' for a lowercase u only */
        case 'f': *f = true; break;
        default: break;
        }
        i++;
    }
    *plen = i;
}

/* Decodes a raw chunk into buf; false after reporting an error. */
static bool decode_chunk(sk_parser *p, sk_tok t, const char *s, size_t n, bool raw, bool bytes,
                         bool fstring, sk_buf *buf) {
    char msg[256];
    size_t pos;
    if (!sk_lit_decode(s, n, raw, bytes, fstring, buf, msg, sizeof msg, &pos)) {
        escape_error(p, t, msg);
        return false;
    }
    return true;
}

/* Buffers for literal values grow inside the arena: a larger block is
 * taken and the old one is simply abandoned (it goes with the arena). */
static void *arena_realloc(void *ud, void *ptr, size_t old, size_t new_size) {
    if (new_size == 0) return NULL;
    void *m = sk_ast_alloc(ud, new_size);
    if (m && ptr && old) memcpy(m, ptr, old);
    return m;
}
#define BUF_INIT(b) sk_buf_init(&(b), arena_realloc, p->arena)

static const char *buf_to_arena(sk_parser *p, sk_buf *b, int32_t *len) {
    if (b->failed) { sk_b_oom(p); return NULL; }
    *len = (int32_t)b->len;
    if (!b->data) return "";
    return b->data;
}

/* A constant string node with span s and value s[0..n). */
static ast_expr *str_const(sk_parser *p, ast_span span, const char *s, int32_t n) {
    ast_expr *e = sk_b_expr(p, AST_CONSTANT, span);
    if (!e) return NULL;
    e->u.constant.kind = AST_CONST_STR;
    e->u.constant.text = s;
    e->u.constant.len = n;
    return e;
}

/* Assembles the values of a JoinedStr from f-string parts: merges adjacent
 * constants, drops empty ones (except where CPython keeps them). */
typedef struct jbuild {
    sk_vec *values;
    sk_buf text;
    bool have_text;
    ast_span text_span;
} jbuild;

static void jflush(sk_parser *p, jbuild *j) {
    if (!j->have_text) return;
    j->have_text = false;
    if (j->text.len == 0) { (void)0; return; }
    int32_t len;
    const char *s = buf_to_arena(p, &j->text, &len);
    sk_buf_init(&j->text, arena_realloc, p->arena);
    if (!s) return;
    sk_b_push(p, j->values, str_const(p, j->text_span, s, len));
}

static void jtext(jbuild *j, ast_span span, const char *s, size_t n) {
    if (!j->have_text) {
        j->have_text = true;
        j->text_span = span;
    } else {
        j->text_span.end_line = span.end_line;
        j->text_span.end_col = span.end_col;
    }
    sk_buf_append(&j->text, s, n);
}

/* Adds the parts of one f-string (raw middles, formatted values). */
static bool jparts(sk_parser *p, jbuild *j, sk_vec *parts, bool raw, sk_tok where) {
    for (int32_t i = 0; i < parts->count; i++) {
        ast_expr *e = parts->items[i];
        if (e->kind == AST_CONSTANT && e->u.constant.u_prefix == 2) {
            sk_buf tmp;
            BUF_INIT(tmp);
            if (!decode_chunk(p, where, e->u.constant.text, (size_t)e->u.constant.len, raw, false, true, &tmp)) {
                (void)0;
                return false;
            }
            jtext(j, e->span, tmp.data ? tmp.data : "", tmp.len);
            (void)0;
        } else if (e->kind == AST_JOINEDSTR && e->parens == 2) {
            /* `{expr=}`: its text, then the value. */
            ast_expr *c = e->u.joinedstr.values.items[0];
            jtext(j, c->span, c->u.constant.text, (size_t)c->u.constant.len);
            jflush(p, j);
            sk_b_push(p, j->values, e->u.joinedstr.values.items[1]);
        } else {
            jflush(p, j);
            sk_b_push(p, j->values, e);
        }
    }
    return true;
}

ast_expr *sk_b_strings(sk_parser *p, sk_vec *parts) {
    if (p->failed || !parts) return NULL;
    sk_strpart *first = parts->items[0], *last = parts->items[parts->count - 1];
    ast_span span = {first->tok.line, first->tok.col,
                     last->is_fstring ? last->end.end_line : last->tok.end_line,
                     last->is_fstring ? last->end.end_col : last->tok.end_col};
    bool any_f = false, any_bytes = false, any_str = false;
    for (int32_t i = 0; i < parts->count; i++) {
        sk_strpart *sp = parts->items[i];
        int32_t pl;
        bool raw, bytes, u, f;
        prefix_of(sp->tok, &pl, &raw, &bytes, &u, &f);
        if (sp->is_fstring) any_f = true;
        if (bytes) any_bytes = true; else any_str = true;
        if (any_bytes && any_str) {
            /* CPython points just past the literals. */
            ast_span s = {span.end_line, span.end_col, span.end_line, span.end_col + 1};
            return sk_b_error(p, s, "cannot mix bytes and nonbytes literals");
        }
    }
    int32_t pl0;
    bool r0, b0, u0, f0;
    prefix_of(first->tok, &pl0, &r0, &b0, &u0, &f0);
    if (!any_f) {
        sk_buf b;
        BUF_INIT(b);
        for (int32_t i = 0; i < parts->count; i++) {
            sk_strpart *sp = parts->items[i];
            int32_t pl;
            bool raw, bytes, u, f;
            prefix_of(sp->tok, &pl, &raw, &bytes, &u, &f);
            char q = sp->tok.s[pl];
            int32_t ql = (sp->tok.len - pl >= 6 && sp->tok.s[pl + 1] == q && sp->tok.s[pl + 2] == q) ? 3 : 1;
            const char *body = sp->tok.s + pl + ql;
            size_t n = (size_t)(sp->tok.len - pl - 2 * ql);
            if (bytes) {
                for (size_t k = 0; k < n; k++)
                    if ((unsigned char)body[k] >= 128) {
                        (void)0;
                        return sk_b_error(p, sk_b_tspan(sp->tok), "bytes can only contain ASCII literal characters");
                    }
            }
            if (!decode_chunk(p, sp->tok, body, n, raw, bytes, false, &b)) { (void)0; return NULL; }
        }
        int32_t len;
        const char *s = buf_to_arena(p, &b, &len);
        if (!s) return NULL;
        sk_b_vec_free(p, parts);
        ast_expr *e = sk_b_expr(p, AST_CONSTANT, span);
        if (!e) return NULL;
        e->u.constant.kind = b0 ? AST_CONST_BYTES : AST_CONST_STR;
        e->u.constant.text = s;
        e->u.constant.len = len;
        e->u.constant.u_prefix = u0;
        return e;
    }
    jbuild j;
    j.values = sk_b_vec(p);
    BUF_INIT(j.text);
    j.have_text = false;
    for (int32_t i = 0; i < parts->count && !p->failed; i++) {
        sk_strpart *sp = parts->items[i];
        int32_t pl;
        bool raw, bytes, u, f;
        prefix_of(sp->tok, &pl, &raw, &bytes, &u, &f);
        if (sp->is_fstring) {
            if (!jparts(p, &j, sp->parts, raw, sp->tok)) break;
        } else {
            char q = sp->tok.s[pl];
            int32_t ql = (sp->tok.len - pl >= 6 && sp->tok.s[pl + 1] == q && sp->tok.s[pl + 2] == q) ? 3 : 1;
            sk_buf tmp;
            BUF_INIT(tmp);
            if (!decode_chunk(p, sp->tok, sp->tok.s + pl + ql, (size_t)(sp->tok.len - pl - 2 * ql), raw, false, false, &tmp)) {
                (void)0;
                break;
            }
            jtext(&j, sk_b_tspan(sp->tok), tmp.data ? tmp.data : "", tmp.len);
            (void)0;
        }
    }
    jflush(p, &j);
    if (p->failed) return NULL;
    for (int32_t i = 0; i < parts->count; i++) {
        sk_strpart *sp = parts->items[i];
        if (sp->is_fstring) sk_b_vec_free(p, sp->parts);
    }
    sk_b_vec_free(p, parts);
    ast_expr *e = sk_b_expr(p, AST_JOINEDSTR, span);
    if (!e) return NULL;
    e->u.joinedstr.values = sk_b_exprs(j.values);
    return e;
}

ast_expr *sk_b_fvalue(sk_parser *p, sk_tok lbrace, ast_expr *value, sk_tok *eq,
                      sk_tok *bang, sk_tok *conv, sk_tok *colon, sk_vec *spec, sk_tok rbrace) {
    if (p->failed || !value) return NULL;
    int32_t conversion = -1;
    if (bang) {
        if (bang->end_line != conv->line || bang->end_col != conv->col)
            return sk_b_error(p, sk_b_join(sk_b_tspan(*bang), sk_b_tspan(*conv)),
                              "f-string: conversion type must come right after the exclamanation mark");
        if (conv->len != 1 || (conv->s[0] != 's' && conv->s[0] != 'r' && conv->s[0] != 'a'))
            return sk_b_error(p, sk_b_tspan(*conv),
                              "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                              (int)conv->len, conv->s);
        conversion = conv->s[0];
    }
    if (value->kind == AST_LAMBDA && !value->parens)
        return sk_b_error(p, sk_b_join(sk_b_tspan(lbrace), SK_OUTER(value)),
                          "f-string: lambda expressions are not allowed without parentheses");
    ast_expr *fmt = NULL;
    if (colon) {
        /* The spec's parts: raw middles and nested fields. */
        ast_span sspan = {colon->line, colon->col, rbrace.line, rbrace.col};
        fmt = sk_b_expr(p, AST_JOINEDSTR, sspan);
        if (!fmt) return NULL;
        sk_fstate *fs = p->lx->nfstr ? &p->lx->fstr[p->lx->nfstr - 1] : NULL;
        bool raw = fs ? fs->raw : false;
        sk_vec *vals = sk_b_vec(p);
        for (int32_t i = 0; spec && i < spec->count; i++) {
            ast_expr *e = spec->items[i];
            if (e->kind == AST_CONSTANT && e->u.constant.u_prefix == 2) {
                sk_buf tmp;
                BUF_INIT(tmp);
                if (!decode_chunk(p, lbrace, e->u.constant.text, (size_t)e->u.constant.len, raw, false, false, &tmp)) {
                    (void)0;
                    return NULL;
                }
                int32_t len;
                const char *s = buf_to_arena(p, &tmp, &len);
                if (!s) return NULL;
                sk_b_push(p, vals, str_const(p, e->span, s, len));
            } else if (e->kind == AST_JOINEDSTR && e->parens == 2) {
                sk_b_push(p, vals, e->u.joinedstr.values.items[0]);
                sk_b_push(p, vals, e->u.joinedstr.values.items[1]);
            } else {
                sk_b_push(p, vals, e);
            }
        }
        if (!vals) return NULL;
        if (vals->count == 1) {
            ast_expr *only = vals->items[0];
            if (only->kind == AST_CONSTANT && only->u.constant.len == 0) vals->count = 0;
        }
        fmt->u.joinedstr.values = sk_b_exprs(vals);
    }
    ast_expr *fv = sk_b_expr(p, AST_FORMATTEDVALUE, sk_b_join(sk_b_tspan(lbrace), sk_b_tspan(rbrace)));
    if (!fv) return NULL;
    if (eq && conversion == -1 && !colon) conversion = 'r';
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = fmt;
    if (!eq) return fv;
    /* `{expr=}`: the text up to and including '=' goes before the value.
     * Returned as a two-item marker the f-string assembly splices in. */
    /* It runs to the next token, so it keeps the spaces after '='. */
    const sk_tok *after = bang ? bang : colon ? colon : &rbrace;
    const char *t0 = lbrace.s + 1, *t1 = after->s;
    /* CPython drops everything from a '#' to the end of its line here
     * (even a '#' inside a string: its tokenizer does so too). */
    char *text = alloc(p, (size_t)(t1 - t0) + 1);
    if (!text) return NULL;
    size_t tn = 0;
    for (const char *q = t0; q < t1; q++) {
        if (*q == '#') {
            while (q < t1 && *q != '\n') q++;
            if (q == t1) break;
        }
        text[tn++] = *q;
    }
    t1 = t0 + tn;
    ast_span tspan = {lbrace.end_line, lbrace.end_col, after->line, after->col};
    ast_expr *c = str_const(p, tspan, text, (int32_t)(t1 - t0));
    ast_expr *pair = sk_b_expr(p, AST_JOINEDSTR, fv->span);
    if (!c || !pair) return NULL;
    sk_vec *v = sk_b_push(p, sk_b_vec1(p, c), fv);
    if (!v) return NULL;
    pair->u.joinedstr.values = sk_b_exprs(v);
    pair->parens = 2;   /* marks "splice me" */
    return pair;
}

/* ---- operators --------------------------------------------------------- */

ast_expr *sk_b_boolop(sk_parser *p, ast_boolop op, ast_expr *a, ast_expr *b) {
    if (p->failed || !a || !b) return NULL;
    if (a->kind == AST_BOOLOP && a->u.boolop.op == op && !a->parens && a->parens != 3) {
        sk_vec v = {a->u.boolop.values.count, a->u.boolop.values.count, (void **)a->u.boolop.values.items};
        sk_vec *pv = &v;
        /* Grow in place via a temporary vec. */
        sk_vec *nv = sk_b_vec(p);
        if (!nv) return NULL;
        *nv = *pv;
        if (!sk_b_push(p, nv, b)) return NULL;
        a->u.boolop.values = sk_b_exprs(nv);
        a->span.end_line = SK_OUTER(b).end_line;
        a->span.end_col = SK_OUTER(b).end_col;
        p->last_expr = a;
        return a;
    }
    ast_expr *e = sk_b_expr(p, AST_BOOLOP, sk_b_join(SK_OUTER(a), SK_OUTER(b)));
    sk_vec *v = sk_b_push(p, sk_b_vec1(p, a), b);
    if (!e || !v) return NULL;
    e->u.boolop.op = op;
    e->u.boolop.values = sk_b_exprs(v);
    return e;
}

ast_expr *sk_b_binop(sk_parser *p, ast_expr *a, ast_operator op, ast_expr *b) {
    if (p->failed || !a || !b) return NULL;
    ast_expr *e = sk_b_expr(p, AST_BINOP, sk_b_join(SK_OUTER(a), SK_OUTER(b)));
    if (!e) return NULL;
    e->u.binop.left = a;
    e->u.binop.op = op;
    e->u.binop.right = b;
    return e;
}

ast_expr *sk_b_unary(sk_parser *p, sk_tok t, ast_unaryop op, ast_expr *a) {
    if (p->failed || !a) return NULL;
    ast_expr *e = sk_b_expr(p, AST_UNARYOP, sk_b_join(sk_b_tspan(t), SK_OUTER(a)));
    if (!e) return NULL;
    e->u.unaryop.op = op;
    e->u.unaryop.operand = a;
    return e;
}

ast_expr *sk_b_compare(sk_parser *p, ast_expr *a, ast_cmpop op, ast_expr *b) {
    if (p->failed || !a || !b) return NULL;
    if (a->kind == AST_COMPARE && !a->parens) {
        int32_t n = a->u.compare.count;
        /* Arrays grow by doubling at powers of two. */
        if ((n & (n - 1)) == 0) {
            ast_cmpop *ops = alloc(p, sizeof(ast_cmpop) * (size_t)n * 2);
            ast_expr **cs = alloc(p, sizeof(ast_expr *) * (size_t)n * 2);
            if (!ops || !cs) return NULL;
            memcpy(ops, a->u.compare.ops, sizeof(ast_cmpop) * (size_t)n);
            memcpy(cs, a->u.compare.comparators, sizeof(ast_expr *) * (size_t)n);
            a->u.compare.ops = ops;
            a->u.compare.comparators = cs;
        }
        a->u.compare.ops[n] = op;
        a->u.compare.comparators[n] = b;
        a->u.compare.count = n + 1;
        a->span.end_line = SK_OUTER(b).end_line;
        a->span.end_col = SK_OUTER(b).end_col;
        p->last_expr = a;
        return a;
    }
    ast_expr *e = sk_b_expr(p, AST_COMPARE, sk_b_join(SK_OUTER(a), SK_OUTER(b)));
    ast_cmpop *ops = alloc(p, sizeof(ast_cmpop));
    ast_expr **cs = alloc(p, sizeof(ast_expr *));
    if (!e || !ops || !cs) return NULL;
    ops[0] = op;
    cs[0] = b;
    e->u.compare.left = a;
    e->u.compare.count = 1;
    e->u.compare.ops = ops;
    e->u.compare.comparators = cs;
    return e;
}

ast_expr *sk_b_ifexp(sk_parser *p, ast_expr *body, ast_expr *test, ast_expr *orelse) {
    if (p->failed || !body || !test || !orelse) return NULL;
    ast_expr *e = sk_b_expr(p, AST_IFEXP, sk_b_join(SK_OUTER(body), SK_OUTER(orelse)));
    if (!e) return NULL;
    e->u.ifexp.test = test;
    e->u.ifexp.body = body;
    e->u.ifexp.orelse = orelse;
    return e;
}

static const char *expr_name(const ast_expr *e);

ast_expr *sk_b_named(sk_parser *p, ast_expr *target, ast_expr *value) {
    if (p->failed || !target || !value) return NULL;
    if (target->kind != AST_NAME || target->parens)
        return sk_b_error(p, target->span, "cannot use assignment expressions with %s", expr_name(target));
    target->u.name.ctx = AST_STORE;
    ast_expr *e = sk_b_expr(p, AST_NAMEDEXPR, sk_b_join(SK_OUTER(target), SK_OUTER(value)));
    if (!e) return NULL;
    e->u.namedexpr.target = target;
    e->u.namedexpr.value = value;
    return e;
}

ast_expr *sk_b_lambda(sk_parser *p, sk_tok kw, sk_vec *params, ast_expr *body) {
    if (p->failed || !body) return NULL;
    ast_arguments *args = sk_b_arguments(p, params, true);
    if (!args) return NULL;
    ast_expr *e = sk_b_expr(p, AST_LAMBDA, sk_b_join(sk_b_tspan(kw), SK_OUTER(body)));
    if (!e) return NULL;
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}

ast_expr *sk_b_await(sk_parser *p, sk_tok kw, ast_expr *a) {
    if (p->failed || !a) return NULL;
    ast_expr *e = sk_b_expr(p, AST_AWAIT, sk_b_join(sk_b_tspan(kw), SK_OUTER(a)));
    if (!e) return NULL;
    e->u.await.value = a;
    return e;
}

ast_expr *sk_b_yield(sk_parser *p, sk_tok kw, ast_expr *a, sk_tok *last) {
    (void)last;
    if (p->failed) return NULL;
    ast_expr *e = sk_b_expr(p, AST_YIELD, a ? sk_b_join(sk_b_tspan(kw), SK_OUTER(a)) : sk_b_tspan(kw));
    if (!e) return NULL;
    e->u.yield.value = a;
    return e;
}

ast_expr *sk_b_yieldfrom(sk_parser *p, sk_tok kw, ast_expr *a) {
    if (p->failed || !a) return NULL;
    ast_expr *e = sk_b_expr(p, AST_YIELDFROM, sk_b_join(sk_b_tspan(kw), SK_OUTER(a)));
    if (!e) return NULL;
    e->u.yieldfrom.value = a;
    return e;
}

ast_expr *sk_b_starred(sk_parser *p, sk_tok star, ast_expr *a) {
    if (p->failed || !a) return NULL;
    ast_expr *e = sk_b_expr(p, AST_STARRED, sk_b_join(sk_b_tspan(star), SK_OUTER(a)));
    if (!e) return NULL;
    e->u.starred.value = a;
    e->u.starred.ctx = AST_LOAD;
    return e;
}

ast_expr *sk_b_attribute(sk_parser *p, ast_expr *a, sk_tok name) {
    if (p->failed || !a) return NULL;
    ast_expr *e = sk_b_expr(p, AST_ATTRIBUTE, sk_b_join(SK_OUTER(a), sk_b_tspan(name)));
    if (!e) return NULL;
    e->u.attribute.value = a;
    e->u.attribute.attr = ident(p, name);
    e->u.attribute.ctx = AST_LOAD;
    return p->failed ? NULL : e;
}

ast_expr *sk_b_subscript(sk_parser *p, ast_expr *a, ast_expr *slice, sk_tok close) {
    if (p->failed || !a || !slice) return NULL;
    ast_expr *e = sk_b_expr(p, AST_SUBSCRIPT, sk_b_join(SK_OUTER(a), sk_b_tspan(close)));
    if (!e) return NULL;
    e->u.subscript.value = a;
    e->u.subscript.slice = slice;
    e->u.subscript.ctx = AST_LOAD;
    return e;
}

ast_expr *sk_b_slice(sk_parser *p, ast_span s, ast_expr *lower, ast_expr *upper, ast_expr *step) {
    if (p->failed) return NULL;
    ast_expr *e = sk_b_expr(p, AST_SLICE, s);
    if (!e) return NULL;
    e->u.slice.lower = lower;
    e->u.slice.upper = upper;
    e->u.slice.step = step;
    return e;
}

sk_callarg *sk_b_arg(sk_parser *p, sk_arg_kind kind, ast_expr *value, ast_expr *key, ast_span s) {
    if (p->failed || !value) return NULL;
    sk_callarg *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    a->kind = kind;
    a->value = value;
    a->key = key;
    a->span = s;
    return a;
}

/* Splits checked arguments into positional ones and keywords, as CPython
 * checks them. */
static bool split_args(sk_parser *p, sk_vec *args, ast_exprs *pos, ast_keywords *kws, ast_span close) {
    int32_t npos = 0, nkw = 0;
    bool seen_kw = false, seen_dstar = false;
    for (int32_t i = 0; args && i < args->count; i++) {
        sk_callarg *a = args->items[i];
        switch (a->kind) {
        case ARG_POS:
            if (a->value->kind == AST_GENERATOREXP && !a->value->parens && args->count > 1) {
                sk_b_error(p, a->value->span, "Generator expression must be parenthesized");
                return false;
            }
            if (seen_dstar) {
                sk_b_error(p, close, "positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_kw) {
                sk_b_error(p, close, "positional argument follows keyword argument");
                return false;
            }
            npos++;
            break;
        case ARG_STAR:
            if (seen_dstar) {
                sk_b_error(p, a->span, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            npos++;
            break;
        case ARG_KW:
            if (a->key->kind != AST_NAME || a->key->parens) {
                ast_expr *k = a->key;
                if (k->kind == AST_CONSTANT && (k->u.constant.kind == AST_CONST_TRUE ||
                                                k->u.constant.kind == AST_CONST_FALSE ||
                                                k->u.constant.kind == AST_CONST_NONE))
                    sk_b_error(p, sk_b_join(k->span, a->eq), "cannot assign to %s", expr_name(k));
                else
                    sk_b_error(p, sk_b_join(SK_OUTER(k), a->eq),
                               "expression cannot contain assignment, perhaps you meant \"==\"?");
                return false;
            }
            seen_kw = true;
            nkw++;
            break;
        case ARG_DSTAR:
            seen_dstar = true;
            nkw++;
            break;
        }
    }
    pos->count = npos;
    pos->items = npos ? alloc(p, sizeof(ast_expr *) * (size_t)npos) : NULL;
    kws->count = nkw;
    kws->items = nkw ? alloc(p, sizeof(ast_keyword) * (size_t)nkw) : NULL;
    if (p->failed) return false;
    int32_t ip = 0, ik = 0;
    for (int32_t i = 0; args && i < args->count; i++) {
        sk_callarg *a = args->items[i];
        if (a->kind == ARG_POS || a->kind == ARG_STAR) {
            pos->items[ip++] = a->value;
        } else {
            ast_keyword *k = &kws->items[ik++];
            if (a->kind == ARG_KW) k->arg = a->key->u.name.id;
            k->value = a->value;
            k->span = a->span;
        }
    }
    sk_b_vec_free(p, args);
    return true;
}

ast_expr *sk_b_call(sk_parser *p, ast_expr *f, sk_vec *args, sk_tok close) {
    if (p->failed || !f) return NULL;
    ast_expr *e = sk_b_expr(p, AST_CALL, sk_b_join(SK_OUTER(f), sk_b_tspan(close)));
    if (!e) return NULL;
    e->u.call.func = f;
    if (!split_args(p, args, &e->u.call.args, &e->u.call.keywords, sk_b_tspan(close))) return NULL;
    return e;
}

ast_expr *sk_b_call_genexp(sk_parser *p, ast_expr *f, sk_tok open, ast_expr *elt, sk_vec *gens, sk_tok close) {
    if (p->failed || !f) return NULL;
    ast_expr *g = sk_b_comp(p, AST_GENERATOREXP, elt, NULL, gens, sk_b_join(sk_b_tspan(open), sk_b_tspan(close)));
    if (!g) return NULL;
    ast_expr *e = sk_b_expr(p, AST_CALL, sk_b_join(SK_OUTER(f), sk_b_tspan(close)));
    ast_expr **items = alloc(p, sizeof(ast_expr *));
    if (!e || !items) return NULL;
    items[0] = g;
    e->u.call.func = f;
    e->u.call.args.count = 1;
    e->u.call.args.items = items;
    return e;
}

ast_expr *sk_b_tuple(sk_parser *p, sk_vec *items, ast_span s) {
    if (p->failed) return NULL;
    ast_expr *e = sk_b_expr(p, AST_TUPLE, s);
    if (!e) return NULL;
    e->u.list.elts = sk_b_exprs(items);
    e->u.list.ctx = AST_LOAD;
    return e;
}

ast_expr *sk_b_list(sk_parser *p, sk_vec *items, ast_span s) {
    ast_expr *e = sk_b_tuple(p, items, s);
    if (e) e->kind = AST_LIST;
    return e;
}

ast_expr *sk_b_set(sk_parser *p, sk_vec *items, ast_span s) {
    if (p->failed || !items) return NULL;
    ast_expr *e = sk_b_expr(p, AST_SET, s);
    if (!e) return NULL;
    e->u.set.elts = sk_b_exprs(items);
    return e;
}

ast_expr **sk_b_kv(sk_parser *p, ast_expr *key, ast_expr *value) {
    if (p->failed || !value) return NULL;
    ast_expr **kv = alloc(p, sizeof(ast_expr *) * 2);
    if (!kv) return NULL;
    kv[0] = key;
    kv[1] = value;
    return kv;
}

ast_expr *sk_b_dict(sk_parser *p, sk_vec *items, ast_span s) {
    if (p->failed) return NULL;
    ast_expr *e = sk_b_expr(p, AST_DICT, s);
    if (!e) return NULL;
    int32_t n = items ? items->count : 0;
    if (n) {
        ast_expr **keys = alloc(p, sizeof(ast_expr *) * (size_t)n);
        ast_expr **vals = alloc(p, sizeof(ast_expr *) * (size_t)n);
        if (!keys || !vals) return NULL;
        for (int32_t i = 0; i < n; i++) {
            ast_expr **kv = items->items[i];
            keys[i] = kv[0];
            vals[i] = kv[1];
        }
        e->u.dict.keys.items = keys;
        e->u.dict.values.items = vals;
        sk_b_vec_free(p, items);
    }
    e->u.dict.keys.count = e->u.dict.values.count = n;
    return e;
}

ast_expr *sk_b_seq(sk_parser *p, sk_vec *items, bool trailing_comma, sk_tok *last) {
    if (p->failed || !items) return NULL;
    if (items->count == 1 && !trailing_comma) {
        ast_expr *e = items->items[0];
        sk_b_vec_free(p, items);
        return e;
    }
    ast_expr *first = items->items[0], *lst = items->items[items->count - 1];
    ast_span s = sk_b_join(SK_OUTER(first), last ? sk_b_tspan(*last) : SK_OUTER(lst));
    return sk_b_tuple(p, items, s);
}

ast_expr *sk_b_paren(sk_parser *p, sk_tok open, ast_expr *a, sk_tok close) {
    if (p->failed || !a) return NULL;
    a->parens = 1;
    a->outer = sk_b_join(sk_b_tspan(open), sk_b_tspan(close));
    return a;
}

ast_comprehension *sk_b_compfor(sk_parser *p, bool is_async, ast_expr *target, ast_expr *iter, sk_vec *ifs) {
    if (p->failed || !target || !iter) return NULL;
    if (p->comp_elt) { p->last_comp_line = SK_OUTER(p->comp_elt).line; p->last_comp_col = SK_OUTER(p->comp_elt).col; }
    if (!sk_b_target(p, target, AST_STORE)) return NULL;
    ast_comprehension *c = alloc(p, sizeof *c);
    if (!c) return NULL;
    c->target = target;
    c->iter = iter;
    c->ifs = sk_b_exprs(ifs);
    c->is_async = is_async;
    return c;
}

ast_expr *sk_b_comp(sk_parser *p, ast_expr_kind kind, ast_expr *elt, ast_expr *value, sk_vec *gens, ast_span s) {
    if (p->failed || !elt || !gens || (kind == AST_DICTCOMP && !value)) return NULL;
    if (elt->kind == AST_STARRED && kind != AST_DICTCOMP) {
        const char *what = kind == AST_LISTCOMP ? "list" : kind == AST_SETCOMP ? "set" : "generator";
        (void)what;
        return sk_b_error(p, elt->span, "iterable unpacking cannot be used in comprehension");
    }
    ast_expr *e = sk_b_expr(p, kind, s);
    if (!e) return NULL;
    ast_comprehension *items = alloc(p, sizeof(ast_comprehension) * (size_t)gens->count);
    if (!items) return NULL;
    for (int32_t i = 0; i < gens->count; i++) items[i] = *(ast_comprehension *)gens->items[i];
    sk_b_vec_free(p, gens);
    if (kind == AST_DICTCOMP) { e->u.comp.key = elt; e->u.comp.value = value; }
    else e->u.comp.elt = elt;
    e->u.comp.generators.count = gens->count;
    e->u.comp.generators.items = items;
    return e;
}

/* ---- parameters -------------------------------------------------------- */

sk_param *sk_b_param(sk_parser *p, sk_param_kind kind, sk_tok t, ast_expr *annotation, ast_expr *dflt, bool has_name) {
    if (p->failed) return NULL;
    sk_param *pr = alloc(p, sizeof *pr);
    if (!pr) return NULL;
    pr->kind = kind;
    pr->tok = t;
    pr->dflt = dflt;
    if (has_name) {
        ast_arg *a = alloc(p, sizeof *a);
        if (!a) return NULL;
        a->name = ident(p, t);
        a->annotation = annotation;
        a->span = annotation ? sk_b_join(sk_b_tspan(t), SK_OUTER(annotation)) : sk_b_tspan(t);
        pr->arg = a;
    }
    return p->failed ? NULL : pr;
}

ast_arguments *sk_b_arguments(sk_parser *p, sk_vec *params, bool is_lambda) {
    if (p->failed) return NULL;
    ast_arguments *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    int32_t n = params ? params->count : 0;
    /* First pass: check the order and count each kind. */
    int32_t slash = -1, star = -1, dstar = -1;
    for (int32_t i = 0; i < n; i++) {
        sk_param *pr = params->items[i];
        ast_span ts = sk_b_tspan(pr->tok);
        if (dstar >= 0) {
            return sk_b_error(p, ts, "arguments cannot follow var-keyword argument");
        }
        switch (pr->kind) {
        case PARAM_SLASH:
            if (slash >= 0) return sk_b_error(p, ts, "/ may appear only once");
            if (star >= 0) return sk_b_error(p, ts, "/ must be ahead of *");
            if (i == 0) return sk_b_error(p, ts, "at least one argument must precede /");
            slash = i;
            break;
        case PARAM_STAR:
            if (star >= 0) return sk_b_error(p, pr->star.line ? sk_b_tspan(pr->star) : ts, "* argument may appear only once");
            if (pr->dflt) return sk_b_error(p, pr->eq, "var-positional argument cannot have default value");
            if (!pr->arg && (i + 1 == n || ((sk_param *)params->items[i + 1])->kind == PARAM_DSTAR))
                return sk_b_error(p, ts, "named arguments must follow bare *");
            star = i;
            break;
        case PARAM_DSTAR:
            if (pr->dflt) return sk_b_error(p, pr->eq, "var-keyword argument cannot have default value");
            dstar = i;
            break;
        case PARAM_PLAIN:
            break;
        }
    }
    /* Defaults: once a positional parameter has one, the rest need one. */
    bool seen_default = false;
    int32_t npos = 0, nargs = 0, nkw = 0, ndef = 0;
    for (int32_t i = 0; i < n; i++) {
        sk_param *pr = params->items[i];
        if (pr->kind != PARAM_PLAIN) continue;
        if (star >= 0 && i > star) { nkw++; continue; }
        if (slash >= 0 && i < slash) npos++; else nargs++;
        if (pr->dflt) { seen_default = true; ndef++; }
        else if (seen_default)
            return sk_b_error(p, sk_b_tspan(pr->tok), "parameter without a default follows parameter with a default");
    }
    (void)is_lambda;
    a->posonlyargs.count = npos;
    a->args.count = nargs;
    a->kwonlyargs.count = nkw;
    a->kw_defaults.count = nkw;
    a->defaults.count = ndef;
    if (npos) a->posonlyargs.items = alloc(p, sizeof(ast_arg) * (size_t)npos);
    if (nargs) a->args.items = alloc(p, sizeof(ast_arg) * (size_t)nargs);
    if (nkw) {
        a->kwonlyargs.items = alloc(p, sizeof(ast_arg) * (size_t)nkw);
        a->kw_defaults.items = alloc(p, sizeof(ast_expr *) * (size_t)nkw);
    }
    if (ndef) a->defaults.items = alloc(p, sizeof(ast_expr *) * (size_t)ndef);
    if (p->failed) return NULL;
    int32_t ip = 0, ia = 0, ik = 0, id = 0;
    for (int32_t i = 0; i < n; i++) {
        sk_param *pr = params->items[i];
        switch (pr->kind) {
        case PARAM_PLAIN:
            if (star >= 0 && i > star) {
                a->kwonlyargs.items[ik] = *pr->arg;
                a->kw_defaults.items[ik++] = pr->dflt;
            } else {
                if (slash >= 0 && i < slash) a->posonlyargs.items[ip++] = *pr->arg;
                else a->args.items[ia++] = *pr->arg;
                if (pr->dflt) a->defaults.items[id++] = pr->dflt;
            }
            break;
        case PARAM_STAR: a->vararg = pr->arg; break;
        case PARAM_DSTAR: a->kwarg = pr->arg; break;
        case PARAM_SLASH: break;
        }
    }
    sk_b_vec_free(p, params);
    return a;
}

/* ---- targets ----------------------------------------------------------- */

static const char *expr_name(const ast_expr *e) {
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP: case AST_BINOP: case AST_UNARYOP: return "expression";
    case AST_GENERATOREXP: return "generator expression";
    case AST_YIELD: case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR: case AST_FORMATTEDVALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->u.constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    case AST_SLICE: return "slice";
    }
    return "expression";
}

const char *sk_b_expr_name(const ast_expr *e) { return expr_name(e); }

/* The first sub-expression that cannot be a target, or NULL. */
static ast_expr *invalid_target(ast_expr *e, ast_ctx ctx) {
    /* Iterative over tuple/list nesting, with an explicit stack in the
     * tree itself is not possible; nesting depth is bounded by the
     * parser's bracket limit (200), so recursion here is shallow. */
    switch (e->kind) {
    case AST_NAME: case AST_ATTRIBUTE: case AST_SUBSCRIPT:
        return NULL;
    case AST_STARRED:
        if (ctx == AST_DEL) return e;
        return invalid_target(e->u.starred.value, ctx);
    case AST_TUPLE: case AST_LIST:
        for (int32_t i = 0; i < e->u.list.elts.count; i++) {
            ast_expr *r = invalid_target(e->u.list.elts.items[i], ctx);
            if (r) return r;
        }
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(ast_expr *e, ast_ctx ctx) {
    switch (e->kind) {
    case AST_NAME: e->u.name.ctx = ctx; break;
    case AST_ATTRIBUTE: e->u.attribute.ctx = ctx; break;
    case AST_SUBSCRIPT: e->u.subscript.ctx = ctx; break;
    case AST_STARRED: e->u.starred.ctx = ctx; set_ctx(e->u.starred.value, ctx); break;
    case AST_TUPLE: case AST_LIST:
        e->u.list.ctx = ctx;
        for (int32_t i = 0; i < e->u.list.elts.count; i++) set_ctx(e->u.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

ast_expr *sk_b_target(sk_parser *p, ast_expr *e, ast_ctx ctx) {
    if (p->failed || !e) return NULL;
    ast_expr *bad = invalid_target(e, ctx);
    if (bad) {
        return sk_b_error(p, bad->span, ctx == AST_DEL ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
    }
    set_ctx(e, ctx);
    return e;
}

/* ---- statements -------------------------------------------------------- */

ast_stmt *sk_b_stmt(sk_parser *p, ast_stmt_kind kind, ast_span s) {
    if (p->failed) return NULL;
    ast_stmt *st = alloc(p, sizeof *st);
    if (!st) return NULL;
    st->kind = kind;
    st->span = s;
    return st;
}

ast_stmt *sk_b_exprstmt(sk_parser *p, ast_expr *e) {
    if (p->failed || !e) return NULL;
    ast_stmt *s = sk_b_stmt(p, AST_EXPR, SK_OUTER(e));
    if (!s) return NULL;
    s->u.expr.value = e;
    return s;
}

/* The message for an invalid assignment target, as CPython words it. */
static void *bad_assign(sk_parser *p, ast_expr *t, bool first, ast_expr *next) {
    ast_expr *bad = invalid_target(t, AST_STORE);
    if (!bad) return NULL;
    if (t->kind == AST_YIELD || t->kind == AST_YIELDFROM)
        return sk_b_error(p, t->span, "assignment to yield expression not possible");
    /* `f() = x` reads like a comparison: CPython suggests '=='. */
    if (first && bad == t && !t->parens && next &&
        t->kind != AST_LIST && t->kind != AST_TUPLE && t->kind != AST_GENERATOREXP &&
        !(t->kind == AST_CONSTANT && (t->u.constant.kind == AST_CONST_TRUE ||
                                      t->u.constant.kind == AST_CONST_FALSE ||
                                      t->u.constant.kind == AST_CONST_NONE)) &&
        t->kind != AST_NAMEDEXPR && t->kind != AST_LAMBDA && t->kind != AST_IFEXP &&
        t->kind != AST_STARRED && !(t->kind == AST_COMPARE) && t->kind != AST_BOOLOP &&
        t->kind != AST_UNARYOP && t->kind != AST_AWAIT && t->kind != AST_YIELD)
        return sk_b_error(p, t->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(t));
    return sk_b_error(p, bad->span, "cannot assign to %s", expr_name(bad));
}

ast_stmt *sk_b_assign(sk_parser *p, sk_vec *parts) {
    if (p->failed || !parts) return NULL;
    int32_t nt = parts->count - 1;
    for (int32_t i = 0; i < nt; i++) {
        ast_expr *t = parts->items[i];
        if (invalid_target(t, AST_STORE)) {
            bad_assign(p, t, i == 0 && nt == 1, parts->items[i + 1]);
            return NULL;
        }
    }
    for (int32_t i = 0; i < nt; i++) set_ctx(parts->items[i], AST_STORE);
    ast_expr *first = parts->items[0], *value = parts->items[nt];
    ast_stmt *s = sk_b_stmt(p, AST_ASSIGN, sk_b_join(SK_OUTER(first), SK_OUTER(value)));
    if (!s) return NULL;
    s->u.assign.targets.count = nt;
    s->u.assign.targets.items = (ast_expr **)parts->items;
    s->u.assign.value = value;
    return s;
}

ast_stmt *sk_b_augassign(sk_parser *p, ast_expr *target, ast_operator op, ast_expr *value) {
    if (p->failed || !target || !value) return NULL;
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE && target->kind != AST_SUBSCRIPT)
        return sk_b_error(p, target->span, "'%s' is an illegal expression for augmented assignment", expr_name(target));
    set_ctx(target, AST_STORE);
    ast_stmt *s = sk_b_stmt(p, AST_AUGASSIGN, sk_b_join(SK_OUTER(target), SK_OUTER(value)));
    if (!s) return NULL;
    s->u.augassign.target = target;
    s->u.augassign.op = op;
    s->u.augassign.value = value;
    return s;
}

ast_stmt *sk_b_annassign(sk_parser *p, ast_expr *target, ast_expr *ann, ast_expr *value) {
    if (p->failed || !target || !ann) return NULL;
    if ((target->kind == AST_TUPLE || target->kind == AST_LIST)) {
        if (target->kind == AST_TUPLE && !target->parens && target->u.list.elts.count)
            return sk_b_error(p, SK_OUTER(target->u.list.elts.items[0]), "only single target (not tuple) can be annotated");
        return sk_b_error(p, target->span, "only single target (not %s) can be annotated",
                          target->kind == AST_LIST ? "list" : "tuple");
    }
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE && target->kind != AST_SUBSCRIPT)
        return sk_b_error(p, target->span, "illegal target for annotation");
    set_ctx(target, AST_STORE);
    ast_stmt *s = sk_b_stmt(p, AST_ANNASSIGN, sk_b_join(SK_OUTER(target), SK_OUTER(value ? value : ann)));
    if (!s) return NULL;
    s->u.annassign.target = target;
    s->u.annassign.annotation = ann;
    s->u.annassign.value = value;
    s->u.annassign.simple = target->kind == AST_NAME && !target->parens;
    return s;
}

ast_stmt *sk_b_simple(sk_parser *p, ast_stmt_kind kind, sk_tok kw) {
    return sk_b_stmt(p, kind, sk_b_tspan(kw));
}

ast_stmt *sk_b_return(sk_parser *p, sk_tok kw, ast_expr *value) {
    ast_stmt *s = sk_b_stmt(p, AST_RETURN, value ? sk_b_join(sk_b_tspan(kw), SK_OUTER(value)) : sk_b_tspan(kw));
    if (s) s->u.ret.value = value;
    return s;
}

ast_stmt *sk_b_raise(sk_parser *p, sk_tok kw, ast_expr *exc, ast_expr *cause) {
    ast_expr *last = cause ? cause : exc;
    ast_stmt *s = sk_b_stmt(p, AST_RAISE, last ? sk_b_join(sk_b_tspan(kw), SK_OUTER(last)) : sk_b_tspan(kw));
    if (!s) return NULL;
    s->u.raise.exc = exc;
    s->u.raise.cause = cause;
    return s;
}

ast_stmt *sk_b_assert(sk_parser *p, sk_tok kw, ast_expr *test, ast_expr *msg) {
    if (!test) return NULL;
    ast_stmt *s = sk_b_stmt(p, AST_ASSERT, sk_b_join(sk_b_tspan(kw), SK_OUTER(msg ? msg : test)));
    if (!s) return NULL;
    s->u.assert.test = test;
    s->u.assert.msg = msg;
    return s;
}

ast_stmt *sk_b_del(sk_parser *p, sk_tok kw, ast_expr *targets) {
    if (p->failed || !targets) return NULL;
    /* `del a, b` deletes two targets; `del (a, b)` one tuple. */
    ast_exprs list;
    if (targets->kind == AST_TUPLE && !targets->parens) {
        list = targets->u.list.elts;
        for (int32_t i = 0; i < list.count; i++)
            if (!sk_b_target(p, list.items[i], AST_DEL)) return NULL;
    } else {
        if (!sk_b_target(p, targets, AST_DEL)) return NULL;
        list.count = 1;
        list.items = alloc(p, sizeof(ast_expr *));
        if (!list.items) return NULL;
        list.items[0] = targets;
    }
    ast_stmt *s = sk_b_stmt(p, AST_DELETE, sk_b_join(sk_b_tspan(kw), SK_OUTER(targets)));
    if (!s) return NULL;
    s->u.del.targets = list;
    return s;
}

ast_stmt *sk_b_global(sk_parser *p, ast_stmt_kind kind, sk_tok kw, sk_vec *names) {
    if (p->failed || !names) return NULL;
    sk_tok *last = names->items[names->count - 1];
    ast_stmt *s = sk_b_stmt(p, kind, sk_b_join(sk_b_tspan(kw), sk_b_tspan(*last)));
    if (!s) return NULL;
    ast_name *items = alloc(p, sizeof(ast_name) * (size_t)names->count);
    if (!items) return NULL;
    for (int32_t i = 0; i < names->count; i++) items[i] = ident(p, *(sk_tok *)names->items[i]);
    s->u.global.names.count = names->count;
    s->u.global.names.items = items;
    return p->failed ? NULL : s;
}

/* A dotted name from its NAME tokens, joined with '.'. */
static ast_name dotted(sk_parser *p, sk_vec *parts) {
    ast_name r = {NULL, 0};
    if (parts->count == 1) return ident(p, *(sk_tok *)parts->items[0]);
    size_t total = 0;
    ast_name *ns = alloc(p, sizeof(ast_name) * (size_t)parts->count);
    if (!ns) return r;
    for (int32_t i = 0; i < parts->count; i++) {
        ns[i] = ident(p, *(sk_tok *)parts->items[i]);
        total += (size_t)ns[i].len + 1;
    }
    char *s = alloc(p, total);
    if (!s) return r;
    size_t k = 0;
    for (int32_t i = 0; i < parts->count; i++) {
        if (i) s[k++] = '.';
        memcpy(s + k, ns[i].str, (size_t)ns[i].len);
        k += (size_t)ns[i].len;
    }
    s[k] = 0;
    r.str = s;
    r.len = (int32_t)k;
    return r;
}

ast_alias *sk_b_alias(sk_parser *p, sk_vec *name, sk_tok *asname) {
    if (p->failed || !name) return NULL;
    ast_alias *a = alloc(p, sizeof *a);
    if (!a) return NULL;
    a->name = dotted(p, name);
    sk_tok *first = name->items[0], *last = name->items[name->count - 1];
    a->span = sk_b_join(sk_b_tspan(*first), sk_b_tspan(asname ? *asname : *last));
    if (asname) a->asname = ident(p, *asname);
    return p->failed ? NULL : a;
}

static ast_aliases aliases(sk_parser *p, sk_vec *v) {
    ast_aliases r = {0, NULL};
    if (!v) return r;
    r.items = alloc(p, sizeof(ast_alias) * (size_t)v->count);
    if (!r.items) return r;
    for (int32_t i = 0; i < v->count; i++) r.items[i] = *(ast_alias *)v->items[i];
    r.count = v->count;
    return r;
}

ast_stmt *sk_b_import(sk_parser *p, sk_tok kw, sk_vec *names) {
    if (p->failed || !names) return NULL;
    ast_alias *last = names->items[names->count - 1];
    ast_stmt *s = sk_b_stmt(p, AST_IMPORT, sk_b_join(sk_b_tspan(kw), last->span));
    if (!s) return NULL;
    s->u.import.names = aliases(p, names);
    return p->failed ? NULL : s;
}

ast_stmt *sk_b_importfrom(sk_parser *p, sk_tok kw, int32_t level, sk_vec *module, sk_vec *names, sk_tok last) {
    if (p->failed || !names) return NULL;
    ast_span end = names->span.line ? names->span : ((ast_alias *)names->items[names->count - 1])->span;
    (void)last;
    ast_stmt *s = sk_b_stmt(p, AST_IMPORTFROM, sk_b_join(sk_b_tspan(kw), end));
    if (!s) return NULL;
    if (module) s->u.importfrom.module = dotted(p, module);
    s->u.importfrom.names = aliases(p, names);
    s->u.importfrom.level = level;
    return p->failed ? NULL : s;
}

ast_stmt *sk_b_elif(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body) {
    if (p->failed || !test || !body) return NULL;
    ast_stmt *s = sk_b_stmt(p, AST_IF, block_end(sk_b_tspan(kw), body));
    if (!s) return NULL;
    s->u.ifstmt.test = test;
    s->u.ifstmt.body = sk_b_stmts(body);
    return s;
}

ast_stmt *sk_b_if(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body, sk_vec *elifs, sk_vec *orelse) {
    if (p->failed || !test || !body) return NULL;
    /* Chain the elifs from the last: each is the orelse of the one before. */
    sk_vec *tail = orelse;
    for (int32_t i = elifs ? elifs->count - 1 : -1; i >= 0; i--) {
        ast_stmt *e = elifs->items[i];
        if (tail && tail->count) {
            e->u.ifstmt.orelse = sk_b_stmts(tail);
            ast_stmt *last = tail->items[tail->count - 1];
            e->span.end_line = last->span.end_line;
            e->span.end_col = last->span.end_col;
        }
        tail = sk_b_vec1(p, e);
        if (!tail) return NULL;
    }
    ast_stmt *s = sk_b_stmt(p, AST_IF, block_end(sk_b_tspan(kw), (tail && tail->count) ? tail : body));
    if (!s) return NULL;
    s->u.ifstmt.test = test;
    s->u.ifstmt.body = sk_b_stmts(body);
    s->u.ifstmt.orelse = sk_b_stmts(tail);
    return s;
}

ast_stmt *sk_b_while(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body, sk_vec *orelse) {
    if (p->failed || !test || !body) return NULL;
    ast_stmt *s = sk_b_stmt(p, AST_WHILE, block_end(sk_b_tspan(kw), orelse ? orelse : body));
    if (!s) return NULL;
    s->u.whileloop.test = test;
    s->u.whileloop.body = sk_b_stmts(body);
    s->u.whileloop.orelse = sk_b_stmts(orelse);
    return s;
}

ast_stmt *sk_b_for(sk_parser *p, sk_tok kw, bool is_async, ast_expr *target, ast_expr *iter, sk_vec *body, sk_vec *orelse) {
    if (p->failed || !target || !iter || !body) return NULL;
    if (!sk_b_target(p, target, AST_STORE)) return NULL;
    ast_stmt *s = sk_b_stmt(p, is_async ? AST_ASYNCFOR : AST_FOR, block_end(sk_b_tspan(kw), orelse ? orelse : body));
    if (!s) return NULL;
    s->u.forloop.target = target;
    s->u.forloop.iter = iter;
    s->u.forloop.body = sk_b_stmts(body);
    s->u.forloop.orelse = sk_b_stmts(orelse);
    return s;
}

ast_withitem *sk_b_withitem(sk_parser *p, ast_expr *e, ast_expr *target) {
    if (p->failed || !e) return NULL;
    if (target && !sk_b_target(p, target, AST_STORE)) return NULL;
    ast_withitem *w = alloc(p, sizeof *w);
    if (!w) return NULL;
    w->context_expr = e;
    w->optional_vars = target;
    return w;
}

ast_stmt *sk_b_with(sk_parser *p, sk_tok kw, bool is_async, sk_vec *items, sk_vec *body) {
    if (p->failed || !items || !body) return NULL;
    ast_stmt *s = sk_b_stmt(p, is_async ? AST_ASYNCWITH : AST_WITH, block_end(sk_b_tspan(kw), body));
    if (!s) return NULL;
    ast_withitem *arr = alloc(p, sizeof(ast_withitem) * (size_t)items->count);
    if (!arr) return NULL;
    for (int32_t i = 0; i < items->count; i++) arr[i] = *(ast_withitem *)items->items[i];
    sk_b_vec_free(p, items);
    s->u.with.items.count = items->count;
    s->u.with.items.items = arr;
    s->u.with.body = sk_b_stmts(body);
    return s;
}

ast_handler *sk_b_handler(sk_parser *p, sk_tok kw, bool star, ast_expr *type, sk_tok *name, sk_vec *body) {
    if (p->failed || !body || (star && !type)) return NULL;
    ast_handler *h = alloc(p, sizeof *h);
    if (!h) return NULL;
    h->type = type;
    if (name) h->name = ident(p, *name);
    h->body = sk_b_stmts(body);
    h->span = block_end(sk_b_tspan(kw), body);
    /* The star is remembered in the span's sign until the try is built. */
    if (star) h->span.col = -h->span.col - 1;
    return p->failed ? NULL : h;
}

ast_stmt *sk_b_try(sk_parser *p, sk_tok kw, sk_vec *body, sk_vec *handlers, sk_vec *orelse, sk_vec *finalbody) {
    if (p->failed || !body) return NULL;
    sk_vec *last = finalbody ? finalbody : orelse;
    ast_span end;
    int32_t nh = handlers ? handlers->count : 0;
    bool any_star = false, any_plain = false;
    ast_handler *arr = nh ? alloc(p, sizeof(ast_handler) * (size_t)nh) : NULL;
    if (nh && !arr) return NULL;
    for (int32_t i = 0; i < nh; i++) {
        arr[i] = *(ast_handler *)handlers->items[i];
        if (arr[i].span.col < 0) { arr[i].span.col = -arr[i].span.col - 1; any_star = true; }
        else any_plain = true;
    }
    if (any_star && any_plain) {
        /* At the first clause of the other kind: `except*` or `except`. */
        bool first_star = ((ast_handler *)handlers->items[0])->span.col < 0;
        for (int32_t i = 1; i < nh; i++) {
            bool st = ((ast_handler *)handlers->items[i])->span.col < 0;
            if (st != first_star) {
                ast_span s = arr[i].span;
                s.end_line = s.line;
                s.end_col = s.col + (st ? 7 : 6);
                return sk_b_error(p, s, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
    }
    if (last) end = block_end(sk_b_tspan(kw), last);
    else if (nh) end = sk_b_join(sk_b_tspan(kw), arr[nh - 1].span);
    else end = block_end(sk_b_tspan(kw), body);
    ast_stmt *s = sk_b_stmt(p, any_star ? AST_TRYSTAR : AST_TRY, end);
    if (!s) return NULL;
    s->u.trystmt.body = sk_b_stmts(body);
    s->u.trystmt.handlers.count = nh;
    s->u.trystmt.handlers.items = arr;
    s->u.trystmt.orelse = sk_b_stmts(orelse);
    s->u.trystmt.finalbody = sk_b_stmts(finalbody);
    return s;
}

ast_stmt *sk_b_funcdef(sk_parser *p, sk_tok kw, bool is_async, sk_tok name, sk_vec *params,
                       ast_expr *returns, sk_vec *body) {
    if (p->failed || !body) return NULL;
    ast_arguments *args = sk_b_arguments(p, params, false);
    if (!args) return NULL;
    ast_stmt *s = sk_b_stmt(p, is_async ? AST_ASYNCFUNCTIONDEF : AST_FUNCTIONDEF, block_end(sk_b_tspan(kw), body));
    if (!s) return NULL;
    s->u.funcdef.name = ident(p, name);
    s->u.funcdef.args = args;
    s->u.funcdef.body = sk_b_stmts(body);
    s->u.funcdef.returns = returns;
    return p->failed ? NULL : s;
}

ast_stmt *sk_b_classdef(sk_parser *p, sk_tok kw, sk_tok name, sk_vec *args, sk_vec *body) {
    if (p->failed || !body) return NULL;
    ast_stmt *s = sk_b_stmt(p, AST_CLASSDEF, block_end(sk_b_tspan(kw), body));
    if (!s) return NULL;
    s->u.classdef.name = ident(p, name);
    if (!split_args(p, args, &s->u.classdef.bases, &s->u.classdef.keywords, s->span)) return NULL;
    s->u.classdef.body = sk_b_stmts(body);
    return p->failed ? NULL : s;
}

ast_stmt *sk_b_decorated(sk_parser *p, sk_vec *decorators, ast_stmt *def) {
    if (p->failed || !decorators || !def) return NULL;
    if (def->kind == AST_CLASSDEF) def->u.classdef.decorators = sk_b_exprs(decorators);
    else def->u.funcdef.decorators = sk_b_exprs(decorators);
    return def;
}

ast_stmt *sk_b_async(sk_parser *p, sk_tok kw, ast_stmt *s) {
    if (p->failed || !s) return NULL;
    switch (s->kind) {
    case AST_FUNCTIONDEF: s->kind = AST_ASYNCFUNCTIONDEF; break;
    case AST_FOR: s->kind = AST_ASYNCFOR; break;
    case AST_WITH: s->kind = AST_ASYNCWITH; break;
    default: break;
    }
    s->span.line = kw.line;
    s->span.col = kw.col;
    return s;
}

void sk_b_module(sk_parser *p, sk_vec *body, ast_expr *expr) {
    if (p->failed) return;
    ast_module *m = alloc(p, sizeof *m);
    if (!m) return;
    m->mode = p->mode;
    m->arena = p->arena;
    m->body = sk_b_stmts(body);
    m->expr = expr;
    p->result = m;
}
