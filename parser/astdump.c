/* astdump.c — sk_ast_dump: the tree printed exactly as CPython 3.12's
 * ast.dump() prints it (see parse.h), optionally with positions.
 *
 * The printer never recurses: it keeps an explicit stack of work items in
 * the tree's arena. Expanding a node pushes its pieces (text, child nodes,
 * lists) in reverse order, so arbitrarily deep trees print in constant C
 * stack. Literal values are printed as Python's repr() would print them.
 */
#include "parse.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

typedef enum {
    W_TEXT,        /* ptr: NUL-terminated text */
    W_EXPR,        /* ptr: ast_expr* (NULL prints None) */
    W_STMT,
    W_EXPRS,       /* ptr: ast_exprs* */
    W_STMTS,
    W_NAMEREPR,    /* ptr: ast_name* */
    W_NAMES,       /* ptr: ast_names* */
    W_ARGS,        /* ptr: ast_arguments* */
    W_ARG,         /* ptr: ast_arg* */
    W_ARGLIST,     /* ptr: ast_args_list* */
    W_KEYWORDS,    /* ptr: ast_keywords* */
    W_ALIASES,     /* ptr: ast_aliases* */
    W_WITHITEMS,   /* ptr: ast_withitems* */
    W_HANDLERS,    /* ptr: ast_handlers* */
    W_COMPS,       /* ptr: ast_comprehensions* */
    W_INT,         /* n */
    W_SPAN,        /* ptr: ast_span* */
    W_CMPOPS,      /* ptr: ast_expr* (a Compare) */
    W_CMPARGS,     /* ptr: ast_expr* (a Compare) */
    W_DICTKEYS,    /* ptr: ast_exprs* whose NULL items print None */
} wkind;

typedef struct witem {
    wkind kind;
    int32_t n;
    const void *ptr;
} witem;

typedef struct dumper {
    sk_ast_write_fn write;
    void *ud;
    ast_arena *arena;
    witem *stack;
    int32_t len, cap;
    bool attrs;
    bool failed;
    char buf[4096];
    size_t blen;
} dumper;

static void flush(dumper *d) {
    if (d->blen) d->write(d->ud, d->buf, d->blen);
    d->blen = 0;
}

static void out(dumper *d, const char *s, size_t n) {
    if (d->blen + n > sizeof d->buf) {
        flush(d);
        if (n > sizeof d->buf) { d->write(d->ud, s, n); return; }
    }
    memcpy(d->buf + d->blen, s, n);
    d->blen += n;
}

static void outs(dumper *d, const char *s) { out(d, s, strlen(s)); }

static void push(dumper *d, wkind k, const void *ptr, int32_t n) {
    if (d->failed) return;
    if (d->len == d->cap) {
        int32_t cap = d->cap ? d->cap * 2 : 256;
        witem *ns = sk_ast_alloc(d->arena, sizeof(witem) * (size_t)cap);
        if (!ns) { d->failed = true; return; }
        if (d->len) memcpy(ns, d->stack, sizeof(witem) * (size_t)d->len);
        d->stack = ns;
        d->cap = cap;
    }
    d->stack[d->len++] = (witem){k, n, ptr};
}

/* Pieces of one node, collected in order and pushed reversed. */
typedef struct pieces {
    witem it[40];
    int n;
    bool first;
} pieces;

static void pc(pieces *p, wkind k, const void *ptr, int32_t n) { p->it[p->n++] = (witem){k, n, ptr}; }
static void ptext(pieces *p, const char *s) { pc(p, W_TEXT, s, 0); }

/* A field: "name=" and its value, with ", " before all but the first. */
static void field(pieces *p, const char *name, wkind k, const void *ptr, int32_t n) {
    if (!p->first) ptext(p, ", ");
    p->first = false;
    ptext(p, name);
    pc(p, k, ptr, n);
}

static void open_node(pieces *p, const char *name) {
    p->n = 0;
    p->first = true;
    ptext(p, name);
}

static void close_node(dumper *d, pieces *p, const ast_span *span) {
    if (d->attrs && span) {
        if (!p->first) ptext(p, ", ");
        pc(p, W_SPAN, span, 0);
    }
    ptext(p, ")");
    for (int i = p->n - 1; i >= 0; i--) push(d, p->it[i].kind, p->it[i].ptr, p->it[i].n);
}

/* ---- repr of literal values -------------------------------------------- */

static void repr_str(dumper *d, const char *s, int32_t n, bool bytes) {
    bool has_sq = memchr(s, '\'', (size_t)n) != NULL, has_dq = memchr(s, '"', (size_t)n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes) outs(d, "b");
    out(d, &q, 1);
    int32_t i = 0;
    char tmp[16];
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; out(d, tmp, 2); i++; continue; }
        if (c == '\t') { outs(d, "\\t"); i++; continue; }
        if (c == '\n') { outs(d, "\\n"); i++; continue; }
        if (c == '\r') { outs(d, "\\r"); i++; continue; }
        if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            outs(d, tmp);
            i++;
            continue;
        }
        if (c < 0x80) {
            /* A run of plain ASCII. */
            int32_t j = i;
            while (j < n) {
                unsigned char e = (unsigned char)s[j];
                if (e < 0x20 || e >= 0x7f || e == (unsigned char)q || e == '\\') break;
                j++;
            }
            out(d, s + i, (size_t)(j - i));
            i = j;
            continue;
        }
        uint32_t cp;
        int len = sk_utf8_decode(s + i, &cp);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
            outs(d, tmp);
        } else if (sk_unicode_is_printable(cp)) {
            out(d, s + i, (size_t)len);
        } else if (cp < 0x100) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
            outs(d, tmp);
        } else if (cp < 0x10000) {
            snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
            outs(d, tmp);
        } else {
            snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
            outs(d, tmp);
        }
        i += len;
    }
    out(d, &q, 1);
}

/* Python's repr of a double; `dot0` adds ".0" to integral values (float
 * repr does, complex repr does not). */
static void repr_double(dumper *d, double v, bool dot0) {
    if (isinf(v)) { outs(d, v > 0 ? "inf" : "-inf"); return; }
    if (isnan(v)) { outs(d, "nan"); return; }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v) break;
    }
    /* buf is d.ddde[+-]XX: split digits and exponent. */
    char digits[32];
    int nd = 0;
    const char *q = buf;
    bool neg = false;
    if (*q == '-') { neg = true; q++; }
    for (; *q && *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char res[64];
    int k = 0;
    if (neg) res[k++] = '-';
    if (exp >= -5 && exp < 16) {
        /* Fixed notation. */
        int point = exp + 1;   /* digits before the point */
        if (point <= 0) {
            res[k++] = '0';
            res[k++] = '.';
            for (int i = 0; i < -point; i++) res[k++] = '0';
            for (int i = 0; i < nd; i++) res[k++] = digits[i];
        } else {
            for (int i = 0; i < point; i++) res[k++] = i < nd ? digits[i] : '0';
            if (nd > point) {
                res[k++] = '.';
                for (int i = point; i < nd; i++) res[k++] = digits[i];
            } else if (dot0) {
                res[k++] = '.';
                res[k++] = '0';
            }
        }
        res[k] = 0;
        if (exp < -4) {
            /* Python switches to exponent notation below 1e-4. */
            k = neg ? 1 : 0;
            goto sci;
        }
        outs(d, res);
        return;
    }
sci:
    res[k++] = digits[0];
    if (nd > 1) {
        res[k++] = '.';
        for (int i = 1; i < nd; i++) res[k++] = digits[i];
    }
    k += snprintf(res + k, sizeof res - (size_t)k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    outs(d, res);
}

/* The decimal value of an integer literal's text (0x/0o/0b or decimal). */
static void repr_int(dumper *d, const char *s, int32_t n) {
    int base = 10;
    if (n > 1 && s[0] == '0') {
        char c = (char)(s[1] | 0x20);
        if (c == 'x') base = 16; else if (c == 'o') base = 8; else if (c == 'b') base = 2;
        if (base != 10) { s += 2; n -= 2; }
    }
    while (n > 1 && s[0] == '0') { s++; n--; }
    if (base == 10) { out(d, s, (size_t)n); return; }
    /* Limbs of 10^9, least significant first. */
    size_t cap = (size_t)n / 2 + 2;
    uint32_t *limbs = sk_ast_alloc(d->arena, sizeof(uint32_t) * cap);
    if (!limbs) { d->failed = true; return; }
    size_t nl = 1;
    limbs[0] = 0;
    for (int32_t i = 0; i < n; i++) {
        char c = s[i];
        uint32_t v = (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        uint64_t carry = v;
        for (size_t k = 0; k < nl; k++) {
            uint64_t x = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(x % 1000000000u);
            carry = x / 1000000000u;
        }
        if (carry) limbs[nl++] = (uint32_t)carry;
    }
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%u", limbs[nl - 1]);
    outs(d, tmp);
    for (size_t k = nl - 1; k-- > 0;) {
        snprintf(tmp, sizeof tmp, "%09u", limbs[k]);
        outs(d, tmp);
    }
}

static void repr_const(dumper *d, const ast_const *c) {
    switch (c->kind) {
    case AST_CONST_NONE: outs(d, "None"); break;
    case AST_CONST_TRUE: outs(d, "True"); break;
    case AST_CONST_FALSE: outs(d, "False"); break;
    case AST_CONST_ELLIPSIS: outs(d, "Ellipsis"); break;
    case AST_CONST_INT: repr_int(d, c->text, c->len); break;
    case AST_CONST_FLOAT: repr_double(d, strtod(c->text, NULL), true); break;
    case AST_CONST_IMAG: repr_double(d, strtod(c->text, NULL), false); outs(d, "j"); break;
    case AST_CONST_STR: repr_str(d, c->text, c->len, false); break;
    case AST_CONST_BYTES: repr_str(d, c->text, c->len, true); break;
    }
}

/* ---- nodes ------------------------------------------------------------- */

static const char *const unary_names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
static const char *const binop_nodes[] = {
#define X(id, name, sym) name "()",
    AST_BINOPS(X)
#undef X
};
static const char *const cmpop_nodes[] = {
#define X(id, name, sym) name "()",
    AST_CMPOPS(X)
#undef X
};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

static void expand_expr(dumper *d, const ast_expr *e) {
    pieces P, *p = &P;
    switch (e->kind) {
    case AST_BOOLOP:
        open_node(p, "BoolOp(");
        field(p, "op=", W_TEXT, e->u.boolop.op == AST_AND ? "And()" : "Or()", 0);
        field(p, "values=", W_EXPRS, &e->u.boolop.values, 0);
        break;
    case AST_NAMEDEXPR:
        open_node(p, "NamedExpr(");
        field(p, "target=", W_EXPR, e->u.namedexpr.target, 0);
        field(p, "value=", W_EXPR, e->u.namedexpr.value, 0);
        break;
    case AST_BINOP:
        open_node(p, "BinOp(");
        field(p, "left=", W_EXPR, e->u.binop.left, 0);
        field(p, "op=", W_TEXT, binop_nodes[e->u.binop.op], 0);
        field(p, "right=", W_EXPR, e->u.binop.right, 0);
        break;
    case AST_UNARYOP:
        open_node(p, "UnaryOp(");
        field(p, "op=", W_TEXT, unary_names[e->u.unaryop.op], 0);
        field(p, "operand=", W_EXPR, e->u.unaryop.operand, 0);
        break;
    case AST_LAMBDA:
        open_node(p, "Lambda(");
        field(p, "args=", W_ARGS, e->u.lambda.args, 0);
        field(p, "body=", W_EXPR, e->u.lambda.body, 0);
        break;
    case AST_IFEXP:
        open_node(p, "IfExp(");
        field(p, "test=", W_EXPR, e->u.ifexp.test, 0);
        field(p, "body=", W_EXPR, e->u.ifexp.body, 0);
        field(p, "orelse=", W_EXPR, e->u.ifexp.orelse, 0);
        break;
    case AST_DICT:
        open_node(p, "Dict(");
        field(p, "keys=", W_DICTKEYS, &e->u.dict.keys, 0);
        field(p, "values=", W_EXPRS, &e->u.dict.values, 0);
        break;
    case AST_SET:
        open_node(p, "Set(");
        field(p, "elts=", W_EXPRS, &e->u.set.elts, 0);
        break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_GENERATOREXP:
        open_node(p, e->kind == AST_LISTCOMP ? "ListComp(" : e->kind == AST_SETCOMP ? "SetComp(" : "GeneratorExp(");
        field(p, "elt=", W_EXPR, e->u.comp.elt, 0);
        field(p, "generators=", W_COMPS, &e->u.comp.generators, 0);
        break;
    case AST_DICTCOMP:
        open_node(p, "DictComp(");
        field(p, "key=", W_EXPR, e->u.comp.key, 0);
        field(p, "value=", W_EXPR, e->u.comp.value, 0);
        field(p, "generators=", W_COMPS, &e->u.comp.generators, 0);
        break;
    case AST_AWAIT:
        open_node(p, "Await(");
        field(p, "value=", W_EXPR, e->u.await.value, 0);
        break;
    case AST_YIELD:
        open_node(p, "Yield(");
        if (e->u.yield.value) field(p, "value=", W_EXPR, e->u.yield.value, 0);
        break;
    case AST_YIELDFROM:
        open_node(p, "YieldFrom(");
        field(p, "value=", W_EXPR, e->u.yieldfrom.value, 0);
        break;
    case AST_COMPARE:
        open_node(p, "Compare(");
        field(p, "left=", W_EXPR, e->u.compare.left, 0);
        field(p, "ops=", W_CMPOPS, e, 0);
        field(p, "comparators=", W_CMPARGS, e, 0);
        break;
    case AST_CALL:
        open_node(p, "Call(");
        field(p, "func=", W_EXPR, e->u.call.func, 0);
        field(p, "args=", W_EXPRS, &e->u.call.args, 0);
        field(p, "keywords=", W_KEYWORDS, &e->u.call.keywords, 0);
        break;
    case AST_FORMATTEDVALUE:
        open_node(p, "FormattedValue(");
        field(p, "value=", W_EXPR, e->u.formatted.value, 0);
        field(p, "conversion=", W_INT, NULL, e->u.formatted.conversion);
        if (e->u.formatted.format_spec) field(p, "format_spec=", W_EXPR, e->u.formatted.format_spec, 0);
        break;
    case AST_JOINEDSTR:
        open_node(p, "JoinedStr(");
        field(p, "values=", W_EXPRS, &e->u.joinedstr.values, 0);
        break;
    case AST_CONSTANT:
        /* Printed directly: the value needs no further expansion. */
        flush(d);
        outs(d, "Constant(value=");
        repr_const(d, &e->u.constant);
        if (e->u.constant.kind == AST_CONST_STR && e->u.constant.u_prefix == 1) outs(d, ", kind='u'");
        open_node(p, "");
        p->first = false;
        break;
    case AST_ATTRIBUTE:
        open_node(p, "Attribute(");
        field(p, "value=", W_EXPR, e->u.attribute.value, 0);
        field(p, "attr=", W_NAMEREPR, &e->u.attribute.attr, 0);
        field(p, "ctx=", W_TEXT, ctx_names[e->u.attribute.ctx], 0);
        break;
    case AST_SUBSCRIPT:
        open_node(p, "Subscript(");
        field(p, "value=", W_EXPR, e->u.subscript.value, 0);
        field(p, "slice=", W_EXPR, e->u.subscript.slice, 0);
        field(p, "ctx=", W_TEXT, ctx_names[e->u.subscript.ctx], 0);
        break;
    case AST_STARRED:
        open_node(p, "Starred(");
        field(p, "value=", W_EXPR, e->u.starred.value, 0);
        field(p, "ctx=", W_TEXT, ctx_names[e->u.starred.ctx], 0);
        break;
    case AST_NAME:
        open_node(p, "Name(");
        field(p, "id=", W_NAMEREPR, &e->u.name.id, 0);
        field(p, "ctx=", W_TEXT, ctx_names[e->u.name.ctx], 0);
        break;
    case AST_LIST: case AST_TUPLE:
        open_node(p, e->kind == AST_LIST ? "List(" : "Tuple(");
        field(p, "elts=", W_EXPRS, &e->u.list.elts, 0);
        field(p, "ctx=", W_TEXT, ctx_names[e->u.list.ctx], 0);
        break;
    case AST_SLICE:
        open_node(p, "Slice(");
        if (e->u.slice.lower) field(p, "lower=", W_EXPR, e->u.slice.lower, 0);
        if (e->u.slice.upper) field(p, "upper=", W_EXPR, e->u.slice.upper, 0);
        if (e->u.slice.step) field(p, "step=", W_EXPR, e->u.slice.step, 0);
        break;
    }
    close_node(d, p, &e->span);
}

static void expand_stmt(dumper *d, const ast_stmt *s) {
    pieces P, *p = &P;
    switch (s->kind) {
    case AST_FUNCTIONDEF: case AST_ASYNCFUNCTIONDEF:
        open_node(p, s->kind == AST_FUNCTIONDEF ? "FunctionDef(" : "AsyncFunctionDef(");
        field(p, "name=", W_NAMEREPR, &s->u.funcdef.name, 0);
        field(p, "args=", W_ARGS, s->u.funcdef.args, 0);
        field(p, "body=", W_STMTS, &s->u.funcdef.body, 0);
        field(p, "decorator_list=", W_EXPRS, &s->u.funcdef.decorators, 0);
        if (s->u.funcdef.returns) field(p, "returns=", W_EXPR, s->u.funcdef.returns, 0);
        field(p, "type_params=", W_TEXT, "[]", 0);
        break;
    case AST_CLASSDEF:
        open_node(p, "ClassDef(");
        field(p, "name=", W_NAMEREPR, &s->u.classdef.name, 0);
        field(p, "bases=", W_EXPRS, &s->u.classdef.bases, 0);
        field(p, "keywords=", W_KEYWORDS, &s->u.classdef.keywords, 0);
        field(p, "body=", W_STMTS, &s->u.classdef.body, 0);
        field(p, "decorator_list=", W_EXPRS, &s->u.classdef.decorators, 0);
        field(p, "type_params=", W_TEXT, "[]", 0);
        break;
    case AST_RETURN:
        open_node(p, "Return(");
        if (s->u.ret.value) field(p, "value=", W_EXPR, s->u.ret.value, 0);
        break;
    case AST_DELETE:
        open_node(p, "Delete(");
        field(p, "targets=", W_EXPRS, &s->u.del.targets, 0);
        break;
    case AST_ASSIGN:
        open_node(p, "Assign(");
        field(p, "targets=", W_EXPRS, &s->u.assign.targets, 0);
        field(p, "value=", W_EXPR, s->u.assign.value, 0);
        break;
    case AST_AUGASSIGN:
        open_node(p, "AugAssign(");
        field(p, "target=", W_EXPR, s->u.augassign.target, 0);
        field(p, "op=", W_TEXT, binop_nodes[s->u.augassign.op], 0);
        field(p, "value=", W_EXPR, s->u.augassign.value, 0);
        break;
    case AST_ANNASSIGN:
        open_node(p, "AnnAssign(");
        field(p, "target=", W_EXPR, s->u.annassign.target, 0);
        field(p, "annotation=", W_EXPR, s->u.annassign.annotation, 0);
        if (s->u.annassign.value) field(p, "value=", W_EXPR, s->u.annassign.value, 0);
        field(p, "simple=", W_INT, NULL, s->u.annassign.simple);
        break;
    case AST_FOR: case AST_ASYNCFOR:
        open_node(p, s->kind == AST_FOR ? "For(" : "AsyncFor(");
        field(p, "target=", W_EXPR, s->u.forloop.target, 0);
        field(p, "iter=", W_EXPR, s->u.forloop.iter, 0);
        field(p, "body=", W_STMTS, &s->u.forloop.body, 0);
        field(p, "orelse=", W_STMTS, &s->u.forloop.orelse, 0);
        break;
    case AST_WHILE:
        open_node(p, "While(");
        field(p, "test=", W_EXPR, s->u.whileloop.test, 0);
        field(p, "body=", W_STMTS, &s->u.whileloop.body, 0);
        field(p, "orelse=", W_STMTS, &s->u.whileloop.orelse, 0);
        break;
    case AST_IF:
        open_node(p, "If(");
        field(p, "test=", W_EXPR, s->u.ifstmt.test, 0);
        field(p, "body=", W_STMTS, &s->u.ifstmt.body, 0);
        field(p, "orelse=", W_STMTS, &s->u.ifstmt.orelse, 0);
        break;
    case AST_WITH: case AST_ASYNCWITH:
        open_node(p, s->kind == AST_WITH ? "With(" : "AsyncWith(");
        field(p, "items=", W_WITHITEMS, &s->u.with.items, 0);
        field(p, "body=", W_STMTS, &s->u.with.body, 0);
        break;
    case AST_RAISE:
        open_node(p, "Raise(");
        if (s->u.raise.exc) field(p, "exc=", W_EXPR, s->u.raise.exc, 0);
        if (s->u.raise.cause) field(p, "cause=", W_EXPR, s->u.raise.cause, 0);
        break;
    case AST_TRY: case AST_TRYSTAR:
        open_node(p, s->kind == AST_TRY ? "Try(" : "TryStar(");
        field(p, "body=", W_STMTS, &s->u.trystmt.body, 0);
        field(p, "handlers=", W_HANDLERS, &s->u.trystmt.handlers, 0);
        field(p, "orelse=", W_STMTS, &s->u.trystmt.orelse, 0);
        field(p, "finalbody=", W_STMTS, &s->u.trystmt.finalbody, 0);
        break;
    case AST_ASSERT:
        open_node(p, "Assert(");
        field(p, "test=", W_EXPR, s->u.assert.test, 0);
        if (s->u.assert.msg) field(p, "msg=", W_EXPR, s->u.assert.msg, 0);
        break;
    case AST_IMPORT:
        open_node(p, "Import(");
        field(p, "names=", W_ALIASES, &s->u.import.names, 0);
        break;
    case AST_IMPORTFROM:
        open_node(p, "ImportFrom(");
        if (s->u.importfrom.module.str) field(p, "module=", W_NAMEREPR, &s->u.importfrom.module, 0);
        field(p, "names=", W_ALIASES, &s->u.importfrom.names, 0);
        field(p, "level=", W_INT, NULL, s->u.importfrom.level);
        break;
    case AST_GLOBAL: case AST_NONLOCAL:
        open_node(p, s->kind == AST_GLOBAL ? "Global(" : "Nonlocal(");
        field(p, "names=", W_NAMES, &s->u.global.names, 0);
        break;
    case AST_EXPR:
        open_node(p, "Expr(");
        field(p, "value=", W_EXPR, s->u.expr.value, 0);
        break;
    case AST_PASS: open_node(p, "Pass("); break;
    case AST_BREAK: open_node(p, "Break("); break;
    case AST_CONTINUE: open_node(p, "Continue("); break;
    }
    close_node(d, p, &s->span);
}

static void expand_arguments(dumper *d, const ast_arguments *a) {
    pieces P, *p = &P;
    open_node(p, "arguments(");
    field(p, "posonlyargs=", W_ARGLIST, &a->posonlyargs, 0);
    field(p, "args=", W_ARGLIST, &a->args, 0);
    if (a->vararg) field(p, "vararg=", W_ARG, a->vararg, 0);
    field(p, "kwonlyargs=", W_ARGLIST, &a->kwonlyargs, 0);
    field(p, "kw_defaults=", W_DICTKEYS, &a->kw_defaults, 0);
    if (a->kwarg) field(p, "kwarg=", W_ARG, a->kwarg, 0);
    field(p, "defaults=", W_EXPRS, &a->defaults, 0);
    close_node(d, p, NULL);
}

static void expand_arg(dumper *d, const ast_arg *a) {
    pieces P, *p = &P;
    open_node(p, "arg(");
    field(p, "arg=", W_NAMEREPR, &a->name, 0);
    if (a->annotation) field(p, "annotation=", W_EXPR, a->annotation, 0);
    close_node(d, p, &a->span);
}

/* A list: "[" items separated by ", " "]", pushed reversed. Items are
 * given as (kind, pointer) by index. */
static void push_list_end(dumper *d) { push(d, W_TEXT, "]", 0); }

static void expand(dumper *d, witem w) {
    char tmp[32];
    switch (w.kind) {
    case W_TEXT: outs(d, w.ptr); break;
    case W_EXPR:
        if (!w.ptr) outs(d, "None");
        else expand_expr(d, w.ptr);
        break;
    case W_STMT: expand_stmt(d, w.ptr); break;
    case W_INT: snprintf(tmp, sizeof tmp, "%d", (int)w.n); outs(d, tmp); break;
    case W_NAMEREPR: {
        const ast_name *n = w.ptr;
        repr_str(d, n->str, n->len, false);
        break;
    }
    case W_SPAN: {
        const ast_span *s = w.ptr;
        char b[128];
        snprintf(b, sizeof b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 (int)s->line, (int)s->col, (int)s->end_line, (int)s->end_col);
        outs(d, b);
        break;
    }
    case W_ARGS: expand_arguments(d, w.ptr); break;
    case W_ARG: expand_arg(d, w.ptr); break;
    case W_EXPRS: case W_DICTKEYS: {
        const ast_exprs *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            push(d, W_EXPR, l->items[i], 0);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_STMTS: {
        const ast_stmts *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            push(d, W_STMT, l->items[i], 0);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_NAMES: {
        const ast_names *l = w.ptr;
        outs(d, "[");
        for (int32_t i = 0; i < l->count; i++) {
            if (i) outs(d, ", ");
            repr_str(d, l->items[i].str, l->items[i].len, false);
        }
        outs(d, "]");
        break;
    }
    case W_ARGLIST: {
        const ast_args_list *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            push(d, W_ARG, &l->items[i], 0);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_KEYWORDS: {
        const ast_keywords *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            const ast_keyword *k = &l->items[i];
            pieces P, *p = &P;
            open_node(p, "keyword(");
            if (k->arg.str) field(p, "arg=", W_NAMEREPR, &k->arg, 0);
            field(p, "value=", W_EXPR, k->value, 0);
            close_node(d, p, &k->span);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_ALIASES: {
        const ast_aliases *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            const ast_alias *a = &l->items[i];
            pieces P, *p = &P;
            open_node(p, "alias(");
            field(p, "name=", W_NAMEREPR, &a->name, 0);
            if (a->asname.str) field(p, "asname=", W_NAMEREPR, &a->asname, 0);
            close_node(d, p, &a->span);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_WITHITEMS: {
        const ast_withitems *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            const ast_withitem *it = &l->items[i];
            pieces P, *p = &P;
            open_node(p, "withitem(");
            field(p, "context_expr=", W_EXPR, it->context_expr, 0);
            if (it->optional_vars) field(p, "optional_vars=", W_EXPR, it->optional_vars, 0);
            close_node(d, p, NULL);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_HANDLERS: {
        const ast_handlers *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            const ast_handler *h = &l->items[i];
            pieces P, *p = &P;
            open_node(p, "ExceptHandler(");
            if (h->type) field(p, "type=", W_EXPR, h->type, 0);
            if (h->name.str) field(p, "name=", W_NAMEREPR, &h->name, 0);
            field(p, "body=", W_STMTS, &h->body, 0);
            close_node(d, p, &h->span);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_COMPS: {
        const ast_comprehensions *l = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = l->count - 1; i >= 0; i--) {
            const ast_comprehension *c = &l->items[i];
            pieces P, *p = &P;
            open_node(p, "comprehension(");
            field(p, "target=", W_EXPR, c->target, 0);
            field(p, "iter=", W_EXPR, c->iter, 0);
            field(p, "ifs=", W_EXPRS, &c->ifs, 0);
            field(p, "is_async=", W_INT, NULL, c->is_async);
            close_node(d, p, NULL);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    case W_CMPOPS: {
        const ast_expr *e = w.ptr;
        outs(d, "[");
        for (int32_t i = 0; i < e->u.compare.count; i++) {
            if (i) outs(d, ", ");
            outs(d, cmpop_nodes[e->u.compare.ops[i]]);
        }
        outs(d, "]");
        break;
    }
    case W_CMPARGS: {
        const ast_expr *e = w.ptr;
        outs(d, "[");
        push_list_end(d);
        for (int32_t i = e->u.compare.count - 1; i >= 0; i--) {
            push(d, W_EXPR, e->u.compare.comparators[i], 0);
            if (i) push(d, W_TEXT, ", ", 0);
        }
        break;
    }
    }
}

void sk_ast_dump_ex(const ast_module *mod, bool include_attributes, sk_ast_write_fn write, void *ud) {
    dumper d;
    memset(&d, 0, sizeof d);
    d.write = write;
    d.ud = ud;
    d.arena = mod->arena;
    d.attrs = include_attributes;
    switch (mod->mode) {
    case AST_MODE_EXEC:
        outs(&d, "Module(body=");
        push(&d, W_TEXT, ", type_ignores=[])", 0);
        push(&d, W_STMTS, &mod->body, 0);
        break;
    case AST_MODE_EVAL:
        outs(&d, "Expression(body=");
        push(&d, W_TEXT, ")", 0);
        push(&d, W_EXPR, mod->expr, 0);
        break;
    case AST_MODE_SINGLE:
        outs(&d, "Interactive(body=");
        push(&d, W_TEXT, ")", 0);
        push(&d, W_STMTS, &mod->body, 0);
        break;
    }
    while (d.len > 0 && !d.failed) {
        witem w = d.stack[--d.len];
        expand(&d, w);
    }
    outs(&d, d.failed ? "\n<out of memory>\n" : "\n");
    flush(&d);
}

void sk_ast_dump(const ast_module *mod, sk_ast_write_fn write, void *ud) {
    sk_ast_dump_ex(mod, false, write, ud);
}
