/* parse.c — sk_parse, the front end's entry point (see parse.h): drives
 * the lexer and lemon's parser, and explains syntax errors the way
 * CPython 3.12 does.
 *
 * The driver keeps a small queue of tokens so that it can look ahead: it
 * needs to for `with (...)` (a parenthesised list of with-items when the
 * matching `)` is followed by `:`). When lemon reports a syntax error, the
 * driver works out CPython's message from the failing token, the tokens
 * before it, the last expression built, and trial parses: it copies the
 * parser and asks whether some other token would have been accepted.
 */
#include "parse.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "grammar.h"
#include "lexer.h"


typedef struct qtok { int code; sk_tok tok; } qtok;

/* A compound statement header seen at the start of a line, for
 * "expected an indented block after ..." */
typedef struct opener { const char *what; int32_t line; } opener;

typedef struct driver {
    sk_parser p;
    sk_lexer lx;
    void *parser;          /* lemon's parser */
    void *scratch;         /* a copy of it for trial parses */
    qtok *q;               /* lookahead queue (ring) */
    int32_t qhead, qlen, qcap;
    qtok hist[4];          /* the last tokens fed to the parser, newest first */
    opener open;           /* the last block opener */
    bool pending_colon;    /* last tokens were ':' NEWLINE of a header */
    int line_first;        /* code of the first token of the logical line */
    ast_expr *ifexp_body;  /* the expression before the last `if` inside a line */
    bool dict_seen;        /* a `key:` was seen in the innermost `{` */
    int32_t call_paren;    /* bracket depth of the innermost call's `(` */
    const char *src;       /* the (decoded) source, for a second run */
    size_t len;
    void *before;          /* a parser in the state before the failing token */
    int32_t def_paren;     /* bracket depth of a def's parameter list */
    int32_t for_paren;     /* bracket depth of the last `for` inside brackets */
    int32_t err_line;      /* the line CPython's parser would have read up to */
    sk_syntax_error lex_err; /* a tokenizer error met while looking ahead */
    bool no_rest;          /* the error stands whatever follows it */
    bool have_lex_err;
    int32_t scan_next_line;
} driver;

/* ---- the token queue --------------------------------------------------- */

static int lex_one(driver *d, sk_tok *t) {
    return sk_lex_next(&d->lx, t);
}

static bool qpush(driver *d, int code, sk_tok t) {
    if (d->qlen == d->qcap) {
        int32_t cap = d->qcap ? d->qcap * 2 : 16;
        qtok *nq = sk_ast_alloc(d->p.arena, sizeof(qtok) * (size_t)cap);
        if (!nq) return false;
        for (int32_t i = 0; i < d->qlen; i++) nq[i] = d->q[(d->qhead + i) % d->qcap];
        d->q = nq;
        d->qcap = cap;
        d->qhead = 0;
    }
    d->q[(d->qhead + d->qlen) % d->qcap] = (qtok){code, t};
    d->qlen++;
    return true;
}

/* The i-th token ahead (0 = next), lexing as needed; code -1 on error. */
static qtok *peek(driver *d, int32_t i) {
    while (d->qlen <= i) {
        sk_tok t;
        memset(&t, 0, sizeof t);
        int code = lex_one(d, &t);
        if (!qpush(d, code, t)) return NULL;
        if (code < 0) {
            /* Kept apart: a parser error found before it may overwrite err. */
            d->lex_err = *d->p.err;
            d->have_lex_err = true;
            break;
        }
    }
    if (d->qlen <= i) return NULL;
    return &d->q[(d->qhead + i) % d->qcap];
}

static qtok next(driver *d) {
    qtok *t = peek(d, 0);
    if (!t) return (qtok){-2, {0}};
    qtok r = *t;
    if (r.code >= 0) {
        d->qhead = (d->qhead + 1) % d->qcap;
        d->qlen--;
    }
    return r;
}

/* After `with` (or `async with`) and a `(`: is this a parenthesised list
 * of with-items? It is when the matching `)` is followed by `:`. */
static bool with_parens(driver *d) {
    int32_t depth = 0;
    for (int32_t i = 0;; i++) {
        qtok *t = peek(d, i);
        if (!t || t->code < 0 || t->code == TK_ENDMARKER) return false;
        switch (t->code) {
        case TK_LPAR: case TK_LSQB: case TK_LBRACE: depth++; break;
        case TK_RPAR: case TK_RSQB: case TK_RBRACE:
            if (--depth == 0) {
                qtok *n = peek(d, i + 1);
                return n && n->code == TK_COLON;
            }
            break;
        default: break;
        }
    }
}

/* ---- trial parses ------------------------------------------------------ */

/* Would the parser, in its current state, accept these tokens? */
static bool accepts(driver *d, const int *codes, int n, sk_tok at) {
    sk_parser *p = &d->p;
    if (!d->scratch) {
        d->scratch = sk_ast_alloc(p->arena, sk_grammar_parser_size());
        if (!d->scratch) return false;
    }
    sk_grammar_parser_copy(d->scratch, d->before ? d->before : d->parser);
    bool se = p->syntax_error, failed = p->failed, acc = p->accepted;
    int scode = p->syntax_code;
    sk_tok stok = p->syntax_tok;
    sk_syntax_error saved = *p->err;
    p->syntax_error = false;
    p->trial = true;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        SkParse(d->scratch, codes[i], at, p);
        if (p->syntax_error || p->stack_overflow) ok = false;
    }
    p->trial = false;
    p->syntax_error = se;
    p->syntax_code = scode;
    p->syntax_tok = stok;
    p->failed = failed;
    p->accepted = acc;
    p->stack_overflow = false;
    *p->err = saved;
    d->lx.failed = false;
    return ok;
}

static bool accepts1(driver *d, int code, sk_tok at) { return accepts(d, &code, 1, at); }

/* ---- explaining syntax errors ----------------------------------------- */

static bool starts_expression(int code) {
    switch (code) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_LPAR:
    case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_NOT:
    case TK_LAMBDA: case TK_AWAIT: case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* The end of the expression-like run of tokens starting with the failing
 * token (already consumed): atoms, trailers and binary operators, stopping
 * at a comma, a closing bracket, a colon or the end of the line. */
static ast_span scan_expression_ex(driver *d, sk_tok first, bool commas);
static ast_span scan_expression(driver *d, sk_tok first) { return scan_expression_ex(d, first, false); }
static ast_span scan_expression_ex(driver *d, sk_tok first, bool commas) {
    ast_span s = sk_b_tspan(first);
    int32_t depth = 0;
    int code0 = d->p.syntax_code;
    if (code0 == TK_LPAR || code0 == TK_LSQB || code0 == TK_LBRACE) depth = 1;
    for (int32_t i = 0; i < 10000; i++) {
        qtok *t = peek(d, i);
        if (!t || t->code < 0) break;
        int c = t->code;
        if (depth == 0) {
            if ((c == TK_COMMA && !commas) || c == TK_RPAR || c == TK_RSQB || c == TK_RBRACE || c == TK_COLON ||
                c == TK_NEWLINE || c == TK_ENDMARKER || c == TK_EQUAL || c == TK_FOR || c == TK_IF ||
                c == TK_ELSE || c == TK_SEMI || c == TK_COLONEQUAL || c == TK_IN || c == TK_AS ||
                c == TK_INDENT || c == TK_DEDENT || c == TK_ASYNC)
                break;
            /* Two operands in a row end it too. */
            if (starts_expression(c) && c != TK_LPAR && c != TK_LSQB && c != TK_MINUS && c != TK_PLUS &&
                c != TK_NOT && c != TK_TILDE && c != TK_LAMBDA && c != TK_AWAIT) {
                qtok *prev = i ? peek(d, i - 1) : NULL;
                int pc = prev ? prev->code : d->p.syntax_code;
                if (pc == TK_NAME || pc == TK_NUMBER || pc == TK_STRING || pc == TK_RPAR ||
                    pc == TK_RSQB || pc == TK_RBRACE || pc == TK_FSTRING_END || pc == TK_NONE ||
                    pc == TK_TRUE || pc == TK_FALSE)
                    break;
            }
        }
        if (c == TK_LPAR || c == TK_LSQB || c == TK_LBRACE) depth++;
        if (c == TK_RPAR || c == TK_RSQB || c == TK_RBRACE) depth--;
        s.end_line = t->tok.end_line;
        s.end_col = t->tok.end_col;
    }
    /* The line of the token after it: CPython's parser has read that far. */
    for (int32_t i = 0; i < 10000; i++) {
        qtok *t = peek(d, i);
        if (!t || t->code < 0) break;
        if (t->tok.line > s.end_line || (t->tok.line == s.end_line && t->tok.col >= s.end_col)) {
            d->scan_next_line = t->tok.line;
            break;
        }
    }
    return s;
}

static bool is_name(const sk_tok *t, const char *s) {
    return t->len == (int32_t)strlen(s) && memcmp(t->s, s, (size_t)t->len) == 0;
}

static void prepare_trials(driver *d, int64_t fed);
static void explain_token(driver *d);

/* An error CPython locates at a DEDENT (or the end) has no caret: its
 * offset is the indentation; at the end of input it is on the last line. */
static void explain(driver *d) {
    explain_token(d);
    sk_parser *p = &d->p;
    sk_lexer *lx = &d->lx;
    int code = p->syntax_code;
    if ((code != TK_DEDENT && code != TK_ENDMARKER) || p->err->kind == SK_SYNTAX_MEMORY) return;
    if (p->err->lineno != p->syntax_tok.line) return;   /* a message with its own place */
    if (p->syntax_tok.s >= lx->lim) {
        int32_t last = lx->line - (lx->lim > lx->buf && lx->lim[-1] == '\n' ? 1 : 0);
        if (last < 1) last = 1;
        int32_t len;
        const char *txt = sk_lex_line(lx, last, &len);
        p->err->lineno = p->err->end_lineno = last;
        p->err->text = txt ? sk_ast_strdup(p->arena, txt, (size_t)len) : NULL;
        p->err->offset = 0;
    } else {
        p->err->offset = p->syntax_tok.col;
    }
    p->err->end_offset = -1;
}

static void explain_token(driver *d) {
    sk_parser *p = &d->p;
    sk_lexer *lx = &d->lx;
    int code = p->syntax_code;
    sk_tok t = p->syntax_tok;
    ast_span ts = sk_b_tspan(t);
    qtok *prev = &d->hist[1];   /* hist[0] is the failing token itself */
    ast_expr *le = p->last_expr;

    if (code == TK_INDENT) {
        sk_b_error_kind(p, SK_SYNTAX_INDENTATION, ts, "unexpected indent");
        p->err->offset = t.end_col;
        p->err->end_offset = -1;
        d->no_rest = true;   /* CPython checks the rest of the file only for other errors */
        return;
    }

    if (d->pending_colon && code != TK_INDENT) {
        sk_b_error_kind(p, SK_SYNTAX_INDENTATION, ts, "expected an indented block after %s on line %d",
                        d->open.what, (int)d->open.line);
        p->err->end_offset = -1;
        if (code == TK_ENDMARKER || (code == TK_DEDENT && t.s >= lx->lim)) {
            /* At the end of the file: reported on its last line. */
            int32_t last = lx->line - (lx->lim > lx->buf && lx->lim[-1] == '\n' ? 1 : 0);
            if (last < 1) last = 1;
            int32_t len;
            const char *txt = sk_lex_line(lx, last, &len);
            p->err->lineno = p->err->end_lineno = last;
            p->err->text = txt ? sk_ast_strdup(p->arena, txt, (size_t)len) : NULL;
            p->err->offset = 0;
        }
        return;
    }
    /* Inside an f-string's replacement field. */
    if (lx->nfstr > 0) {
        sk_fstate *f = &lx->fstr[lx->nfstr - 1];
        if (prev->code == TK_LBRACE && (code == TK_RBRACE || code == TK_EXCLAMATION || code == TK_COLON || code == TK_EQUAL)) {
            sk_b_error(p, ts, "f-string: valid expression required before '%.*s'", (int)t.len, t.s);
            return;
        }
        if ((code == TK_FSTRING_MIDDLE || code == TK_RBRACE || code == TK_LBRACE) && prev->code == TK_COLON && f->field_start) {
            const char *q = f->field_start;
            while (*q == ' ' || *q == '\t') q++;
            if (strncmp(q, "lambda", 6) == 0) {
                sk_tok c = prev->tok;
                ast_span s = {c.line, c.col - (int32_t)(c.s - q), c.end_line, c.end_col};
                sk_b_error(p, s, "f-string: lambda expressions are not allowed without parentheses");
                return;
            }
        }
    }
    /* Comprehensions: [*a for ...], {**a for ...}, [a, b for ...],
     * f(a, b for ...) */
    if (code == TK_FOR && lx->nparen > 0 && le) {
        sk_paren *pp = &lx->paren[lx->nparen - 1];
        int32_t len;
        const char *txt = sk_lex_line(lx, pp->line, &len);
        int32_t c = pp->col + 1;
        while (txt && c < len && (txt[c] == ' ' || txt[c] == '\t')) c++;
        bool first = le->span.line == pp->line && SK_OUTER(le).col == c;
        if (le->kind == AST_STARRED && first) {
            sk_b_error(p, le->span, "iterable unpacking cannot be used in comprehension");
            return;
        }
        if (pp->ch == '{' && prev->code != TK_DOUBLESTAR && d->hist[2].code == TK_DOUBLESTAR) {
            sk_b_error(p, sk_b_tspan(d->hist[2].tok), "dict unpacking cannot be used in dict comprehension");
            return;
        }
        if ((pp->ch == '[' || pp->ch == '{') && !first) {
            ast_span s = {pp->line, c, SK_OUTER(le).end_line, SK_OUTER(le).end_col};
            sk_b_error(p, s, "did you forget parentheses around the comprehension target?");
            return;
        }
        if (pp->ch == '(' && !first && d->call_paren == lx->nparen) {
            /* The generator runs to the closing parenthesis. */
            ast_span s = sk_b_join(SK_OUTER(le), ts);
            int32_t depth = 0;
            for (int32_t i = 0; i < 100000; i++) {
                qtok *q = peek(d, i);
                if (!q || q->code < 0 || q->code == TK_ENDMARKER) break;
                if (q->code == TK_LPAR || q->code == TK_LSQB || q->code == TK_LBRACE) depth++;
                if (q->code == TK_RPAR || q->code == TK_RSQB || q->code == TK_RBRACE) { if (depth-- == 0) break; }
                if (depth == 0 && q->code == TK_COMMA) break;
                s.end_line = q->tok.end_line;
                s.end_col = q->tok.end_col;
            }
            sk_b_error(p, s, "Generator expression must be parenthesized");
            return;
        }
    }
    /* f(x for x in y, 1) */
    if (code == TK_COMMA && lx->nparen > 0 && lx->paren[lx->nparen - 1].ch == '(' && accepts1(d, TK_RPAR, t)) {
        int c0 = TK_RPAR;
        (void)c0;
        sk_paren *pp = &lx->paren[lx->nparen - 1];
        int32_t len;
        const char *txt = sk_lex_line(lx, pp->line, &len);
        int32_t c = pp->col + 1;
        while (txt && c < len && (txt[c] == ' ' || txt[c] == '\t')) c++;
        bool gen = false;
        for (int k = 1; k < 4; k++) if (d->hist[k].code == TK_FOR) gen = true;
        if (gen || (d->for_paren && d->for_paren == lx->nparen)) {
            ast_span s = {pp->line, c, prev->tok.end_line, prev->tok.end_col};
            sk_b_error(p, s, "Generator expression must be parenthesized");
            return;
        }
    }
    /* except*: */
    if (prev->code == TK_STAR && d->hist[2].code == TK_EXCEPT && (code == TK_COLON || code == TK_NEWLINE)) {
        sk_b_error(p, ts, "expected one or more exception types");
        return;
    }
    /* try: without except or finally */
    if (code != TK_EXCEPT && code != TK_FINALLY && accepts1(d, TK_EXCEPT, t) && accepts1(d, TK_FINALLY, t) &&
        !accepts1(d, TK_ELSE, t)) {
        sk_b_error(p, ts, "expected 'except' or 'finally' block");
        return;
    }
    /* x = a if b (no else) */
    if (d->ifexp_body && code != TK_ELSE && prev->code != TK_IF && accepts1(d, TK_ELSE, t)) {
        ast_span s = {SK_OUTER(d->ifexp_body).line, SK_OUTER(d->ifexp_body).col, prev->tok.end_line, prev->tok.end_col};
        sk_b_error(p, s, "expected 'else' after 'if' expression");
        return;
    }
    /* from x import a, */
    if (d->line_first == TK_FROM && prev->code == TK_COMMA && (code == TK_NEWLINE || code == TK_SEMI) && lx->nparen == 0) {
        sk_b_error(p, ts, "trailing comma not allowed without surrounding parentheses");
        return;
    }
    /* except A, B: */
    if (d->line_first == TK_EXCEPT && code == TK_COMMA && le && lx->nparen == 0) {
        ast_span s = scan_expression_ex(d, t, true);
        sk_b_error(p, sk_b_join(SK_OUTER(le), s), "multiple exception types must be parenthesized");
        return;
    }
    /* {1: 2, 3} */
    if ((code == TK_RBRACE || (code == TK_COMMA && lx->nparen > 0 && lx->paren[lx->nparen - 1].ch == '{')) &&
        le && accepts1(d, TK_COLON, t) && d->dict_seen) {
        sk_b_error(p, SK_OUTER(le), "':' expected after dictionary key");
        return;
    }
    /* f"{x!}" */
    if (lx->nfstr > 0 && prev->code == TK_EXCLAMATION && (code == TK_RBRACE || code == TK_COLON)) {
        sk_b_error(p, ts, "f-string: missing conversion character");
        return;
    }
    /* print x / exec x */
    if (prev->code == TK_NAME && (is_name(&prev->tok, "print") || is_name(&prev->tok, "exec")) &&
        starts_expression(code) && code != TK_LPAR) {
        ast_span s = scan_expression_ex(d, t, true);
        ast_span all = sk_b_join(sk_b_tspan(prev->tok), s);
        sk_b_error(p, all, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                   (int)prev->tok.len, prev->tok.s, (int)prev->tok.len, prev->tok.s);
        return;
    }
    /* except*: with no type */
    if (prev->code == TK_STAR && d->hist[2].code == TK_EXCEPT && (code == TK_COLON || code == TK_NEWLINE)) {
        sk_b_error(p, ts, "expected one or more exception types");
        return;
    }
    /* Header lines missing their colon. */
    if ((code == TK_NEWLINE || code == TK_ENDMARKER) && accepts1(d, TK_COLON, t)) {
        int32_t c = prev->tok.end_col;
        ast_span s = {prev->tok.end_line, c, prev->tok.end_line, c};
        (void)s;
        sk_b_error(p, ts, "expected ':'");
        return;
    }
    /* `if x = 1:` and friends. */
    if (code == TK_EQUAL && le && le->span.end_line == prev->tok.end_line && le->span.end_col == prev->tok.end_col &&
        (lx->nparen > 0 || d->line_first == TK_IF || d->line_first == TK_ELIF || d->line_first == TK_WHILE)) {
        ast_span s = scan_expression(d, t);
        (void)s;
        qtok *n = peek(d, 0);
        ast_span b = n && n->code >= 0 ? scan_expression(d, n->tok) : ts;
        (void)b;
        if (le->kind == AST_NAME && !le->parens) {
            sk_b_error(p, sk_b_join(le->span, b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (le->kind != AST_LIST && le->kind != AST_TUPLE && le->kind != AST_GENERATOREXP &&
            !(le->kind == AST_CONSTANT && le->u.constant.kind <= AST_CONST_FALSE)) {
            sk_b_error(p, le->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       sk_b_expr_name(le));
            return;
        }
    }
    /* Two expressions in a row inside brackets. (When the parser stopped
     * on a lone name or number before reducing it, that token is the
     * first expression.) */
    if (starts_expression(code) && lx->nparen > 0 && prev->code != TK_FSTRING_END &&
        !(d->def_paren && d->def_paren == lx->nparen) && accepts1(d, TK_COMMA, t)) {
        ast_span a = {0, 0, 0, 0};
        if (le && SK_OUTER(le).end_line == prev->tok.end_line && SK_OUTER(le).end_col == prev->tok.end_col)
            a = SK_OUTER(le);
        else if ((prev->code == TK_NAME || prev->code == TK_NUMBER) && d->hist[2].code != TK_DOT)
            a = sk_b_tspan(prev->tok);
        if (a.line) {
            ast_span s = scan_expression(d, t);
            sk_b_error(p, sk_b_join(a, s), "invalid syntax. Perhaps you forgot a comma?");
            if (d->scan_next_line) d->err_line = d->scan_next_line;
            return;
        }
    }
    /* def f: */
    if (prev->code == TK_NAME && d->hist[2].code == TK_DEF && code != TK_LPAR) {
        sk_b_error(p, ts, "expected '('");
        return;
    }
    /* def f() -> : */
    if (prev->code == TK_RARROW) {
        sk_b_error(p, sk_b_tspan(prev->tok), "expected ':'");
        return;
    }
    if (code == TK_DEDENT && prev->code != TK_NEWLINE) {
        sk_b_error_kind(p, SK_SYNTAX_INDENTATION, ts, "unexpected unindent");
        d->no_rest = true;
        return;
    }
    /* `f(x):` — an annotation needs a name, attribute or subscript before
     * the ':'; CPython stops at the ':' itself. */
    if (prev->code == TK_COLON && code == TK_NEWLINE && le && d->line_first == TK_NAME &&
        le->kind != AST_NAME && le->kind != AST_ATTRIBUTE && le->kind != AST_SUBSCRIPT) {
        sk_b_error(p, sk_b_tspan(prev->tok), "invalid syntax");
        return;
    }
    sk_b_error(p, ts, "invalid syntax");
}

/* As CPython does after a parser error: tokenize the rest of the input,
 * and let a tokenizer error found there (an unclosed bracket, say) stand
 * instead. */
static void tokenize_rest(driver *d, int32_t err_line) {
    if (d->lx.failed && d->p.err->tokenizer) return;
    int32_t open_line = d->lx.nparen ? d->lx.paren[d->lx.nparen - 1].line : 0;
    sk_syntax_error saved = *d->p.err;
    d->lx.failed = false;
    d->lx.err = d->p.err;
    for (int32_t i = 0; i < 1000000; i++) {
        qtok *t = peek(d, 0);
        if (!t) break;
        if (t->code < 0) {
            /* The tokenizer's error. An unclosed bracket at the end counts
             * only when the parser failed past its line. */
            if (d->have_lex_err) *d->p.err = d->lex_err;
            (void)open_line;
            if (strstr(d->p.err->msg, "was never closed") && !(err_line > d->p.err->lineno))
                *d->p.err = saved;
            /* CPython's tokenizer reports these through a status the check
             * of the rest of the file ignores. */
            else if (d->p.err->kind == SK_SYNTAX_INDENTATION || d->p.err->kind == SK_SYNTAX_TAB ||
                     strstr(d->p.err->msg, "unexpected EOF") || strstr(d->p.err->msg, "line continuation"))
                *d->p.err = saved;
            return;
        }
        if (t->code == TK_ENDMARKER) break;
        next(d);
    }
    *d->p.err = saved;
}

/* ---- the driver -------------------------------------------------------- */

static const char *opener_name(int code) {
    switch (code) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_WITH: return "'with' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return NULL;
    }
}

/* Feeds tokens to the parser until the input ends, an error, or (when
 * stop >= 0) `stop` tokens have been fed. Returns false when out of memory
 * before parsing started. */
static bool run(driver *d, int64_t stop) {
    sk_parser *p = &d->p;
    d->parser = sk_ast_alloc(p->arena, sk_grammar_parser_size());
    if (!d->parser) { sk_b_oom(p); return false; }
    sk_grammar_parser_init(d->parser, p);
    sk_tok t0;
    memset(&t0, 0, sizeof t0);
    t0.s = d->lx.buf;
    t0.line = t0.end_line = 1;
    SkParse(d->parser, p->mode == AST_MODE_EVAL ? TK_MODE_EVAL : p->mode == AST_MODE_SINGLE ? TK_MODE_SINGLE : TK_MODE_EXEC, t0, p);
    bool at_line_start = true;
    int prev_code = 0;
    for (int64_t fed = 0;; fed++) {
        if (fed == stop) return true;
        qtok qt = next(d);
        if (qt.code == -2) { sk_b_oom(p); break; }
        if (qt.code < 0) {
            if (d->have_lex_err) *p->err = d->lex_err;
            p->failed = true;
            break;
        }
        /* Parenthesised with-items. */
        if (qt.code == TK_WITH) {
            qtok *n = peek(d, 0);
            /* (with_parens may grow the queue: peek again after it.) */
            if (n && n->code == TK_LPAR && with_parens(d)) peek(d, 0)->code = TK_WITH_LPAR;
        }
        d->pending_colon = d->hist[0].code == TK_NEWLINE && d->hist[1].code == TK_COLON && d->open.what &&
                           (prev_code == TK_NEWLINE);
        /* Remember block headers for "expected an indented block" (after
         * the check above, which is about the previous header). */
        if (!d->pending_colon && (at_line_start || prev_code == TK_ASYNC)) {
            const char *what = opener_name(qt.code);
            if (what) { d->open.what = what; d->open.line = qt.tok.line; }
        }
        if (qt.code == TK_EXCEPT && !d->pending_colon) {
            qtok *n = peek(d, 0);
            if (n && n->code == TK_STAR) d->open.what = "'except*' statement";
        }
        if (qt.code == TK_FOR && d->lx.nparen > 0) d->for_paren = d->lx.nparen;
        if (at_line_start) d->line_first = qt.code;
        if (qt.code == TK_ELSE || prev_code == TK_NEWLINE) d->ifexp_body = NULL;
        if (qt.code == TK_LBRACE) d->dict_seen = false;
        if (qt.code == TK_COLON && d->lx.nparen > 0 && d->lx.paren[d->lx.nparen - 1].ch == '{') d->dict_seen = true;
        if (qt.code == TK_LPAR && (prev_code == TK_NAME || prev_code == TK_RPAR || prev_code == TK_RSQB))
            d->call_paren = d->lx.nparen;   /* the lexer has already counted it */
        if (qt.code == TK_LPAR) d->def_paren = d->hist[1].code == TK_DEF ? d->lx.nparen : 0;
        memmove(&d->hist[1], &d->hist[0], sizeof(qtok) * 3);
        d->hist[0] = qt;
        SkParse(d->parser, qt.code, qt.tok, p);
        /* The `if` made the parser finish the expression before it. */
        if (qt.code == TK_IF && !at_line_start && prev_code != TK_ELSE) d->ifexp_body = p->last_expr;
        if (p->stack_overflow) {
            sk_syntax_error *err = p->err;
            err->kind = SK_SYNTAX_MEMORY;
            snprintf(err->msg, sizeof err->msg, "Parser stack overflowed - Python source too complex to parse");
            err->lineno = err->end_lineno = err->offset = err->end_offset = 0;
            err->text = NULL;
            p->failed = true;
            break;
        }
        if (p->syntax_error && !p->failed) {
            prepare_trials(d, fed);
            d->err_line = p->syntax_tok.line;
            explain(d);
            p->failed = true;
            if (!d->no_rest) tokenize_rest(d, d->err_line);
        }
        if (p->failed) break;
        prev_code = qt.code;
        at_line_start = qt.code == TK_NEWLINE || qt.code == TK_INDENT || qt.code == TK_DEDENT;
        if (qt.code == TK_ENDMARKER) {
            SkParse(d->parser, 0, qt.tok, p);
            if (p->syntax_error && !p->failed) { prepare_trials(d, fed); explain(d); p->failed = true; }
            break;
        }
    }
    return true;
}

/* Explaining an error asks "would this other token have been accepted
 * where the failing one was?". lemon may have reduced past that point
 * while it looked at the failing token, so the question is put to a
 * second parser, run again from the start up to just before it. */
static void prepare_trials(driver *d, int64_t fed) {
    sk_parser *p = &d->p;
    driver *d2 = sk_ast_alloc(p->arena, sizeof *d2);
    if (!d2) return;
    d2->p.arena = p->arena;
    d2->p.lx = &d2->lx;
    d2->p.mode = p->mode;
    sk_syntax_error *scratch_err = sk_ast_alloc(p->arena, sizeof *scratch_err);
    if (!scratch_err) return;
    d2->p.err = scratch_err;
    if (!sk_lex_init(&d2->lx, p->arena, d->src, d->len, p->mode, scratch_err)) return;
    d2->src = d->src;
    d2->len = d->len;
    if (!run(d2, fed) || d2->p.failed || d2->p.syntax_error) return;
    d->before = d2->parser;
}

/* Finds a PEP 263 declaration (`coding[:=] NAME` in a comment on line 1
 * or 2) and copies the name. */
static bool coding_cookie(const char *src, size_t len, char *enc, size_t size) {
    const char *p = src, *end = src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) p += 3;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        const char *q = p;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < e && *q == '#') {
            for (const char *c = q; c + 6 < e; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *n = c + 7;
                    while (n < e && (*n == ' ' || *n == '\t')) n++;
                    size_t k = 0;
                    while (n < e && k + 1 < size && (isalnum((unsigned char)*n) || *n == '-' || *n == '_' || *n == '.'))
                        enc[k++] = *n++;
                    enc[k] = 0;
                    return k > 0;
                }
            }
        } else if (q < e && *q != '\r') {
            return false;   /* code before the declaration */
        }
        p = e + 1;
    }
    return false;
}

static bool is_utf8_name(const char *e) {
    char low[16];
    size_t i = 0;
    for (; e[i] && i + 1 < sizeof low; i++) low[i] = (char)(e[i] == '_' ? '-' : tolower((unsigned char)e[i]));
    low[i] = 0;
    return strcmp(low, "utf-8") == 0 || strcmp(low, "utf8") == 0 || strncmp(low, "utf-8-", 6) == 0;
}

ast_module *sk_parse(ast_arena *arena, const char *src, size_t len,
                     const char *filename, ast_mode mode, sk_syntax_error *err) {
    memset(err, 0, sizeof *err);
    driver *d = sk_ast_alloc(arena, sizeof *d);
    if (!d) {
        err->kind = SK_SYNTAX_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    sk_parser *p = &d->p;
    p->arena = arena;
    p->lx = &d->lx;
    p->err = err;
    p->filename = filename;
    p->mode = mode;
    /* PEP 263: a coding declaration in the first two lines. */
    char enc[64];
    if (coding_cookie(src, len, enc, sizeof enc) && !is_utf8_name(enc)) {
        size_t cap = len * 4 + 16;
        char *conv = sk_ast_alloc(arena, cap);
        if (!conv) { sk_b_oom(p); return NULL; }
        int64_t n = sk_unicode_convert(enc, src, len, conv, cap);
        if (n < 0) {
            err->kind = SK_SYNTAX_ERROR;
            snprintf(err->msg, sizeof err->msg, "encoding problem: %s", enc);
            return NULL;
        }
        src = conv;
        len = (size_t)n;
    }
    if (!sk_lex_init(&d->lx, arena, src, len, mode, err)) {
        if (err->msg[0] == 0 && err->kind == SK_SYNTAX_ERROR) {
            snprintf(err->msg, sizeof err->msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                     "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                     (unsigned)err->offset, filename ? filename : "<string>", (int)err->end_offset);
            err->offset = err->end_offset = 0;
        }
        return NULL;
    }
    d->src = src;
    d->len = len;
    if (!run(d, -1)) return NULL;
    SkParseFinalize(d->parser);
    if (p->failed || !p->result) {
        /* The parser stopped at the end of the input (the ENDMARKER, or the
         * NEWLINE and DEDENTs made up there) wanting more: more lines could
         * complete the statement, whatever the explanation says. */
        int code = p->syntax_code;
        if (p->syntax_error && !p->oom && !err->tokenizer && err->kind != SK_SYNTAX_MEMORY &&
            (code == TK_ENDMARKER || code == 0 || ((code == TK_DEDENT || code == TK_NEWLINE) && p->syntax_tok.s >= d->lx.lim)))
            err->at_eof = SK_EOF_IN_STATEMENT;
        if (!p->failed) {
            err->kind = SK_SYNTAX_ERROR;
            snprintf(err->msg, sizeof err->msg, "invalid syntax");
        }
        return NULL;
    }
    return p->result;
}

/* ---- printing ---------------------------------------------------------- */

/* Byte offset in text of the 1-based character offset off (CPython's
 * parser errors are drawn in bytes). */
static int32_t char_to_byte(const char *text, int32_t off) {
    if (off <= 0 || !text) return off;
    int32_t chars = 0, i = 0;
    for (; text[i]; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80) {
            if (chars == off - 1) return i + 1;
            chars++;
        }
    }
    return i + 1 + (off - 1 - chars);
}

void sk_syntax_error_location(const sk_syntax_error *err, const char *filename, sk_buf *out) {
    if (err->kind == SK_SYNTAX_MEMORY || err->lineno <= 0) return;
    sk_buf_printf(out, "  File \"%s\", line %d\n", filename ? filename : "<string>", (int)err->lineno);
    if (!err->text) return;
    const char *text = err->text;
    int32_t off = err->offset, end = err->end_offset;
    if (!err->tokenizer) {
        off = char_to_byte(text, off);
        if (end > 0) end = char_to_byte(text, end);
    }
    int32_t line_size = (int32_t)strlen(text) + (err->tokenizer ? 0 : 1);
    if (err->end_lineno > err->lineno) end = line_size;
    if (end > line_size + 1) end = line_size + 1;
    int32_t carets = (end > 0 && end > off) ? end - off : 1;
    off--;
    while (*text == ' ' || *text == '\t' || *text == '\f') { text++; off--; }
    int32_t len = (int32_t)strlen(text);
    if (off > len) off = len;
    sk_buf_puts(out, "    ");
    sk_buf_puts(out, text);
    sk_buf_putc(out, '\n');
    if (off >= 0) {
        sk_buf_puts(out, "    ");
        sk_buf_repeat(out, " ", 1, (size_t)off);
        sk_buf_repeat(out, "^", 1, (size_t)carets);
        sk_buf_putc(out, '\n');
    }
}

void sk_syntax_error_format(const sk_syntax_error *err, const char *filename, sk_buf *out) {
    const char *kind = err->kind == SK_SYNTAX_INDENTATION ? "IndentationError"
                     : err->kind == SK_SYNTAX_TAB ? "TabError"
                     : err->kind == SK_SYNTAX_MEMORY ? "MemoryError" : "SyntaxError";
    sk_syntax_error_location(err, filename, out);
    sk_buf_printf(out, "%s: %s\n", kind, err->msg);
}
