/* build.h — the parser's state and the tree builders that grammar.y's
 * actions call (build.c), plus the checks CPython's parser makes on what
 * it built (assignment targets, call arguments, parameter lists).
 *
 * Invariants: every builder accepts NULL for a child it was given (the
 * result of an earlier failure) and then returns NULL without touching
 * anything; the first failure is recorded in the parser (p->failed) and
 * the driver stops feeding tokens. So actions never test for errors.
 * Temporary lists (sk_vec) live in the arena like the tree.
 */
#ifndef SK_BUILD_H
#define SK_BUILD_H

#if !defined(SK_BUILDING_LIB) && !defined(SK_TESTING)
#error "build.h is internal to skein"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "lexer.h"
#include "parse.h"

/* A growable list of pointers in the arena. */
typedef struct sk_vec {
    int32_t count, cap;
    void **items;
    ast_span span;         /* set by a few rules that need the list's extent */
} sk_vec;

/* A parameter before validation: one item of a def or lambda list. */
typedef enum { PARAM_PLAIN, PARAM_STAR, PARAM_DSTAR, PARAM_SLASH } sk_param_kind;
typedef struct sk_param {
    sk_param_kind kind;
    ast_arg *arg;          /* NULL for `/` and a bare `*` */
    ast_expr *dflt;        /* NULL when absent */
    sk_tok tok;            /* the `*`, `**`, `/` or name token */
    sk_tok star;           /* `*name`: the star (line 0 when not kept) */
    ast_span eq;           /* the `=` before a default */
} sk_param;

/* A call argument before validation. */
typedef enum { ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR } sk_arg_kind;
typedef struct sk_callarg {
    sk_arg_kind kind;
    ast_expr *value;
    ast_expr *key;         /* ARG_KW: the expression left of `=` */
    ast_span span;
    ast_span eq;           /* ARG_KW: the `=` */
} sk_callarg;

/* A call's argument list: args then its closing token. */
typedef struct sk_callargs {
    sk_vec *args;          /* of sk_callarg* */
} sk_callargs;

/* An f-string piece or a string literal, before concatenation. */
typedef struct sk_strpart {
    bool is_fstring;
    sk_tok tok;            /* STRING: the literal; f-string: FSTRING_START */
    sk_tok end;            /* f-string: FSTRING_END */
    sk_vec *parts;         /* f-string: FSTRING_MIDDLE tokens as ast_expr
                              Constants (raw) and FormattedValue nodes */
} sk_strpart;

typedef struct sk_parser {
    ast_arena *arena;
    sk_lexer *lx;
    sk_syntax_error *err;
    const char *filename;
    ast_mode mode;
    bool failed;           /* an error has been recorded in *err */
    bool oom;
    bool stack_overflow;
    bool syntax_error;     /* lemon reported a syntax error */
    int syntax_code;       /* the token it failed on */
    sk_tok syntax_tok;
    bool accepted;
    bool trial;            /* a trial parse (parse.c): record no errors */
    ast_expr *last_expr;   /* the expression built last, for messages */
    sk_vec *free_vecs;     /* recycled lists, chained through items[0] */
    ast_expr *comp_elt;    /* the element before the `for` being parsed */
    int32_t last_comp_line, last_comp_col; /* where the last `for` clause's element began */
    ast_module *result;
    /* Source of the innermost f-string replacement field, for `=`. */
    int32_t depth;         /* nesting of the current construct (unused) */
} sk_parser;

/* ---- lists ------------------------------------------------------------- */
sk_vec *sk_b_vec(sk_parser *p);
sk_vec *sk_b_vec1(sk_parser *p, void *item);
sk_vec *sk_b_push(sk_parser *p, sk_vec *v, void *item);
/* Appends w's items to v; w is dead afterwards (recycled). */
sk_vec *sk_b_concat(sk_parser *p, sk_vec *v, sk_vec *w);
/* Gives back a list nothing refers to any more, for reuse. */
void sk_b_vec_free(sk_parser *p, sk_vec *v);
ast_exprs sk_b_exprs(sk_vec *v);
ast_stmts sk_b_stmts(sk_vec *v);

/* ---- spans ------------------------------------------------------------- */
ast_span sk_b_tspan(sk_tok t);
ast_span sk_b_join(ast_span a, ast_span b);

/* The extent of e including its own parentheses, for its parents. */
#define SK_OUTER(e) ((e)->parens ? (e)->outer : (e)->span)

/* ---- errors ------------------------------------------------------------ */
/* Records a SyntaxError at span s (byte columns); returns NULL. */
void *sk_b_error(sk_parser *p, ast_span s, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void *sk_b_error_kind(sk_parser *p, sk_syntax_kind kind, ast_span s, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *sk_b_oom(sk_parser *p);

/* ---- expressions ------------------------------------------------------- */
ast_expr *sk_b_expr(sk_parser *p, ast_expr_kind kind, ast_span s);
ast_expr *sk_b_name(sk_parser *p, sk_tok t);
ast_expr *sk_b_const(sk_parser *p, ast_const_kind kind, sk_tok t);
ast_expr *sk_b_number(sk_parser *p, sk_tok t);
ast_expr *sk_b_strings(sk_parser *p, sk_vec *parts);
sk_strpart *sk_b_strpart(sk_parser *p, sk_tok t);
sk_strpart *sk_b_fstring(sk_parser *p, sk_tok start, sk_vec *parts, sk_tok end);
ast_expr *sk_b_fmiddle(sk_parser *p, sk_tok t);
ast_expr *sk_b_fvalue(sk_parser *p, sk_tok lbrace, ast_expr *value, sk_tok *eq,
                      sk_tok *conv_bang, sk_tok *conv, sk_tok *colon, sk_vec *spec, sk_tok rbrace);
ast_expr *sk_b_boolop(sk_parser *p, ast_boolop op, ast_expr *a, ast_expr *b);
ast_expr *sk_b_binop(sk_parser *p, ast_expr *a, ast_operator op, ast_expr *b);
ast_expr *sk_b_unary(sk_parser *p, sk_tok t, ast_unaryop op, ast_expr *a);
ast_expr *sk_b_compare(sk_parser *p, ast_expr *a, ast_cmpop op, ast_expr *b);
ast_expr *sk_b_ifexp(sk_parser *p, ast_expr *body, ast_expr *test, ast_expr *orelse);
ast_expr *sk_b_named(sk_parser *p, ast_expr *target, ast_expr *value);
ast_expr *sk_b_lambda(sk_parser *p, sk_tok kw, sk_vec *params, ast_expr *body);
ast_expr *sk_b_await(sk_parser *p, sk_tok kw, ast_expr *a);
ast_expr *sk_b_yield(sk_parser *p, sk_tok kw, ast_expr *a, sk_tok *last);
ast_expr *sk_b_yieldfrom(sk_parser *p, sk_tok kw, ast_expr *a);
ast_expr *sk_b_starred(sk_parser *p, sk_tok star, ast_expr *a);
ast_expr *sk_b_attribute(sk_parser *p, ast_expr *a, sk_tok name);
ast_expr *sk_b_subscript(sk_parser *p, ast_expr *a, ast_expr *slice, sk_tok close);
ast_expr *sk_b_call(sk_parser *p, ast_expr *f, sk_vec *args, sk_tok close);
ast_expr *sk_b_call_genexp(sk_parser *p, ast_expr *f, sk_tok open, ast_expr *elt, sk_vec *gens, sk_tok close);
ast_expr *sk_b_slice(sk_parser *p, ast_span s, ast_expr *lower, ast_expr *upper, ast_expr *step);
/* A comma-separated list: the single element (if no comma) or a Tuple. */
ast_expr *sk_b_seq(sk_parser *p, sk_vec *items, bool trailing_comma, sk_tok *last);
ast_expr *sk_b_tuple(sk_parser *p, sk_vec *items, ast_span s);
ast_expr *sk_b_list(sk_parser *p, sk_vec *items, ast_span s);
ast_expr *sk_b_set(sk_parser *p, sk_vec *items, ast_span s);
ast_expr *sk_b_dict(sk_parser *p, sk_vec *items, ast_span s);
ast_expr *sk_b_paren(sk_parser *p, sk_tok open, ast_expr *a, sk_tok close);
ast_expr *sk_b_comp(sk_parser *p, ast_expr_kind kind, ast_expr *elt, ast_expr *value, sk_vec *gens, ast_span s);
ast_comprehension *sk_b_compfor(sk_parser *p, bool is_async, ast_expr *target, ast_expr *iter, sk_vec *ifs);
/* A `key: value` pair or a `**mapping` (key NULL) for dict displays. */
ast_expr **sk_b_kv(sk_parser *p, ast_expr *key, ast_expr *value);

sk_callarg *sk_b_arg(sk_parser *p, sk_arg_kind kind, ast_expr *value, ast_expr *key, ast_span s);
sk_param *sk_b_param(sk_parser *p, sk_param_kind kind, sk_tok t, ast_expr *annotation, ast_expr *dflt, bool has_name);
ast_arguments *sk_b_arguments(sk_parser *p, sk_vec *params, bool is_lambda);

/* ---- targets ----------------------------------------------------------- */
/* Sets ctx on e and its parts; reports CPython's message when e cannot be
 * assigned to (or deleted). Returns e or NULL. */
ast_expr *sk_b_target(sk_parser *p, ast_expr *e, ast_ctx ctx);

/* ---- statements -------------------------------------------------------- */
ast_stmt *sk_b_stmt(sk_parser *p, ast_stmt_kind kind, ast_span s);
ast_stmt *sk_b_exprstmt(sk_parser *p, ast_expr *e);
ast_stmt *sk_b_assign(sk_parser *p, sk_vec *parts);
ast_stmt *sk_b_augassign(sk_parser *p, ast_expr *target, ast_operator op, ast_expr *value);
ast_stmt *sk_b_annassign(sk_parser *p, ast_expr *target, ast_expr *ann, ast_expr *value);
ast_stmt *sk_b_simple(sk_parser *p, ast_stmt_kind kind, sk_tok kw);
ast_stmt *sk_b_return(sk_parser *p, sk_tok kw, ast_expr *value);
ast_stmt *sk_b_raise(sk_parser *p, sk_tok kw, ast_expr *exc, ast_expr *cause);
ast_stmt *sk_b_assert(sk_parser *p, sk_tok kw, ast_expr *test, ast_expr *msg);
ast_stmt *sk_b_del(sk_parser *p, sk_tok kw, ast_expr *targets);
ast_stmt *sk_b_global(sk_parser *p, ast_stmt_kind kind, sk_tok kw, sk_vec *names);
ast_stmt *sk_b_import(sk_parser *p, sk_tok kw, sk_vec *aliases);
ast_stmt *sk_b_importfrom(sk_parser *p, sk_tok kw, int32_t level, sk_vec *module, sk_vec *aliases, sk_tok last);
ast_alias *sk_b_alias(sk_parser *p, sk_vec *dotted, sk_tok *asname);
sk_tok *sk_b_tokp(sk_parser *p, sk_tok t);

ast_stmt *sk_b_if(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body, sk_vec *elifs, sk_vec *orelse);
/* An `elif` clause, kept as an If statement until the chain is built. */
ast_stmt *sk_b_elif(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body);
ast_stmt *sk_b_while(sk_parser *p, sk_tok kw, ast_expr *test, sk_vec *body, sk_vec *orelse);
ast_stmt *sk_b_for(sk_parser *p, sk_tok kw, bool is_async, ast_expr *target, ast_expr *iter, sk_vec *body, sk_vec *orelse);
ast_stmt *sk_b_with(sk_parser *p, sk_tok kw, bool is_async, sk_vec *items, sk_vec *body);
ast_withitem *sk_b_withitem(sk_parser *p, ast_expr *e, ast_expr *target);
ast_stmt *sk_b_try(sk_parser *p, sk_tok kw, sk_vec *body, sk_vec *handlers, sk_vec *orelse, sk_vec *finalbody);
ast_handler *sk_b_handler(sk_parser *p, sk_tok kw, bool star, ast_expr *type, sk_tok *name, sk_vec *body);
ast_stmt *sk_b_funcdef(sk_parser *p, sk_tok kw, bool is_async, sk_tok name, sk_vec *params,
                       ast_expr *returns, sk_vec *body);
ast_stmt *sk_b_classdef(sk_parser *p, sk_tok kw, sk_tok name, sk_vec *args, sk_vec *body);
ast_stmt *sk_b_decorated(sk_parser *p, sk_vec *decorators, ast_stmt *def);
/* Statement positions: async defs and fors start at `async`. */
ast_stmt *sk_b_async(sk_parser *p, sk_tok kw, ast_stmt *s);

/* The whole input. */
void sk_b_module(sk_parser *p, sk_vec *body, ast_expr *expr);

/* lemon's generated interface (grammar.c), plus helpers in its %code. */
void *SkParseAlloc(void *(*alloc)(size_t));
void SkParseInit(void *parser);
void SkParseFinalize(void *parser);
void SkParseFree(void *parser, void (*release)(void *));
void SkParse(void *parser, int code, sk_tok tok, sk_parser *p);
int SkParseFallback(int code);
size_t sk_grammar_parser_size(void);
void sk_grammar_parser_init(void *parser, sk_parser *p);
void sk_grammar_parser_copy(void *dst, const void *src);
int sk_grammar_stack_peek(const void *parser, int i, const void **minor);
const char *sk_b_expr_name(const ast_expr *e);
/* lemon's stack memory (see grammar.y): a bigger block from the arena,
 * NULL past the depth limit. */
void *sk_b_stack_alloc(sk_parser *p, void *old, size_t old_size, size_t size);
enum { SK_PARSER_MAX_STACK = 10000 };   /* entries */

/* Called by lemon on a syntax error and on stack overflow. */
void sk_b_syntax_error(sk_parser *p, int code, sk_tok tok);

#endif
