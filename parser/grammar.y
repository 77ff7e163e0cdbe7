/* grammar.y — Python 3.12's grammar (minus `match` and PEP 695) for lemon,
 * LALR(1) with no conflicts.
 *
 * Where CPython's PEG grammar needs more than one token of lookahead, this
 * grammar parses a wider language and build.c narrows it afterwards:
 * assignment, for, with and del targets are parsed as expressions and
 * checked by sk_b_target; call arguments and keyword arguments by
 * sk_b_call; parameter lists as flat item lists checked by
 * sk_b_arguments. `with (a as b, ...)` is told apart from a parenthesised
 * expression by the driver (parse.c), which turns the `(` into WITH_LPAR
 * when the matching `)` is followed by `:`.
 *
 * Lists are built left-recursively so that long sequences (statements,
 * elif chains, list displays, call arguments) never deepen the parser's
 * stack; only real nesting does.
 */

%name SkParse
%token_prefix TK_
%token_type {sk_tok}
%default_type {sk_tok}
%extra_argument {sk_parser *p}
%stack_size 0
%start_symbol start

%include {
#include <stddef.h>
#include <string.h>
#include "build.h"
/* No tracing: lemon's trace hooks are mutable globals. */
#define NDEBUG 1
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-parameter"
/* The stack grows in the arena (lemon calls malloc/realloc/free on it in
 * yyGrowStack and SkParseFinalize, where `p` is the yyParser); past
 * SK_PARSER_MAX_STACK entries growing fails, which is a stack overflow. */
#define STACK_OK(n) ((size_t)(n) <= (size_t)SK_PARSER_MAX_STACK * sizeof(yyStackEntry))
#define malloc(n) (STACK_OK(n) ? sk_b_stack_alloc(p->p, NULL, 0, (n)) : NULL)
#define realloc(ptr, n) (STACK_OK(n) ? sk_b_stack_alloc(p->p, (ptr), (size_t)p->yystksz * sizeof(yyStackEntry), (n)) : NULL)
#define free(ptr) ((void)(ptr))
}

%code {
/* The size of lemon's parser object, so parse.c can allocate it. */
size_t sk_grammar_parser_size(void) { return sizeof(yyParser); }

/* Initialises lemon's parser in memory of sk_grammar_parser_size()
 * bytes; the stack grows in p's arena. */
void sk_grammar_parser_init(void *parser, sk_parser *p) {
    ((yyParser *)parser)->p = p;
    SkParseInit(parser);
}

/* Copies a parser (its used stack only) so that parse.c can try tokens
 * on the copy when it explains a syntax error. */
void sk_grammar_parser_copy(void *dstp, const void *src) {
    const yyParser *s = src;
    yyParser *d = dstp;
    size_t used = (size_t)(s->yytos - s->yystack) + 1;
    yyStackEntry *dst = d->yystack && d->yystack != &d->yystk0 && d->yystksz >= s->yystksz ? d->yystack : NULL;
    int dsz = d->yystksz;
    memcpy(d, s, sizeof *d);
    if (!dst) {
        dst = sk_b_stack_alloc(s->p, NULL, 0, (size_t)s->yystksz * sizeof(yyStackEntry));
        dsz = s->yystksz;
        if (!dst) { d->yystack = &d->yystk0; d->yystksz = 1; d->yytos = d->yystack; return; }
    }
    memcpy(dst, s->yystack, used * sizeof(yyStackEntry));
    d->yystack = dst;
    d->yystksz = dsz;
    d->yytos = d->yystack + (s->yytos - s->yystack);
    d->yyerrcnt = 0;   /* report the trial's errors */
}

/* The symbol and value at depth i from the top of the stack (0 = top);
 * returns the symbol code (-1 past the bottom) and stores the value. */
int sk_grammar_stack_peek(const void *parser, int i, const void **minor) {
    const yyParser *s = parser;
    if (s->yytos - i < s->yystack + 1) return -1;
    const yyStackEntry *e = s->yytos - i;
    *minor = &e->minor;
    return e->major;
}
}

%syntax_error { sk_b_syntax_error(p, yymajor, yyminor); }
%stack_overflow { p->stack_overflow = true; }
%parse_accept { p->accepted = true; }

/* Every token, in a fixed order (the lexer uses these codes). */
%token MODE_EXEC MODE_EVAL MODE_SINGLE ENDMARKER NEWLINE INDENT DEDENT
       NAME NUMBER STRING FSTRING_START FSTRING_MIDDLE FSTRING_END ERRORTOKEN.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE WITH_LPAR COLON COMMA SEMI PLUS MINUS
       STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL
       LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL
       VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL
       DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS
       COLONEQUAL EXCLAMATION.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.

/* Precedence, lowest first. LOWEST marks rules that end in an operand but
 * must not end it early (`*a | b` stars the whole `a | b`). */
%nonassoc LOWEST.
%left OR.
%left AND.
%right NOT.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH DOUBLESLASH PERCENT AT.
%right UNARY.
%right DOUBLESTAR.

%type stmts {sk_vec *}
%type file_stmts {sk_vec *}
%type simple_stmts {sk_vec *}
%type small_stmts {sk_vec *}
%type small_stmt {ast_stmt *}
%type compound_stmt {ast_stmt *}
%type block {sk_vec *}
%type else_block {sk_vec *}
%type elifs {sk_vec *}
%type expr_stmt {ast_stmt *}
%type assign_list {sk_vec *}
%type augop {ast_operator}
%type if_stmt {ast_stmt *}
%type while_stmt {ast_stmt *}
%type for_stmt {ast_stmt *}
%type with_stmt {ast_stmt *}
%type with_items {sk_vec *}
%type with_item {ast_withitem *}
%type try_stmt {ast_stmt *}
%type handlers {sk_vec *}
%type handler {ast_handler *}
%type funcdef {ast_stmt *}
%type classdef {ast_stmt *}
%type decorators {sk_vec *}
%type decorator {ast_expr *}
%type params {sk_vec *}
%type param_list {sk_vec *}
%type param {sk_param *}
%type lparams {sk_vec *}
%type lparam_list {sk_vec *}
%type lparam {sk_param *}
%type import_stmt {ast_stmt *}
%type dotted_name {sk_vec *}
%type dotted_as_names {sk_vec *}
%type dotted_as_name {ast_alias *}
%type import_as_names {sk_vec *}
%type import_as_name {ast_alias *}
%type import_targets {sk_vec *}
%type dots {int32_t}
%type names {sk_vec *}

%type star_exprs_y {ast_expr *}
%type star_expressions {ast_expr *}
%type star_expr_list {sk_vec *}
%type star_expression {ast_expr *}
%type expressions {ast_expr *}
%type expr_list {sk_vec *}
%type expression {ast_expr *}
%type named_expression {ast_expr *}
%type star_named_expression {ast_expr *}
%type star_named_list {sk_vec *}
%type yield_expr {ast_expr *}
%type lambdef {ast_expr *}
%type disjunction {ast_expr *}
%type comparison {ast_expr *}
%type compop {ast_cmpop}
%type bitwise_or {ast_expr *}
%type await_primary {ast_expr *}
%type primary {ast_expr *}
%type atom {ast_expr *}
%type strings {sk_vec *}
%type string {sk_strpart *}
%type fparts {sk_vec *}
%type ffield {ast_expr *}
%type fexpr {ast_expr *}
%type targets {ast_expr *}
%type target_list {sk_vec *}
%type target_item {ast_expr *}
%type comp_fors {sk_vec *}
%type comp_for {ast_comprehension *}
%type comp_ifs {sk_vec *}
%type arglist {sk_vec *}
%type arg {sk_callarg *}
%type slices {ast_expr *}
%type slice_list {sk_vec *}
%type slice_item {ast_expr *}
%type dict_items {sk_vec *}
%type dict_item {ast_expr **}

/* ---- inputs ------------------------------------------------------------ */

start ::= MODE_EXEC file_stmts(B) ENDMARKER. { sk_b_module(p, B, NULL); }
start ::= MODE_EVAL expressions(E) newlines ENDMARKER. { sk_b_module(p, NULL, E); }
start ::= MODE_SINGLE single_input ENDMARKER.

newlines ::= .
newlines ::= newlines NEWLINE.

single_input ::= NEWLINE. { sk_b_module(p, sk_b_vec(p), NULL); }
single_input ::= simple_stmts(B). { sk_b_module(p, B, NULL); }
single_input ::= compound_stmt(S) newlines. { sk_b_module(p, sk_b_vec1(p, S), NULL); }

file_stmts(A) ::= . { A = sk_b_vec(p); }
file_stmts(A) ::= file_stmts(B) simple_stmts(C). { A = sk_b_concat(p, B, C); }
file_stmts(A) ::= file_stmts(B) compound_stmt(C). { A = sk_b_push(p, B, C); }

stmts(A) ::= simple_stmts(B). { A = B; }
stmts(A) ::= compound_stmt(B). { A = sk_b_vec1(p, B); }
stmts(A) ::= stmts(B) simple_stmts(C). { A = sk_b_concat(p, B, C); if (A) A->span = C->span; }
stmts(A) ::= stmts(B) compound_stmt(C). { A = sk_b_push(p, B, C); if (A) A->span = (ast_span){0, 0, 0, 0}; }

simple_stmts(A) ::= small_stmts(B) NEWLINE. { A = B; }
simple_stmts(A) ::= small_stmts(B) SEMI(S) NEWLINE. { A = B; if (A) A->span = sk_b_tspan(S); }
small_stmts(A) ::= small_stmt(B). { A = sk_b_vec1(p, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C). { A = sk_b_push(p, B, C); }

block(A) ::= simple_stmts(B). { A = B; }
block(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

/* ---- simple statements ------------------------------------------------- */

small_stmt(A) ::= expr_stmt(B). { A = B; }
small_stmt(A) ::= PASS(K). { A = sk_b_simple(p, AST_PASS, K); }
small_stmt(A) ::= BREAK(K). { A = sk_b_simple(p, AST_BREAK, K); }
small_stmt(A) ::= CONTINUE(K). { A = sk_b_simple(p, AST_CONTINUE, K); }
small_stmt(A) ::= RETURN(K). { A = sk_b_return(p, K, NULL); }
small_stmt(A) ::= RETURN(K) star_expressions(E). { A = sk_b_return(p, K, E); }
small_stmt(A) ::= RAISE(K). { A = sk_b_raise(p, K, NULL, NULL); }
small_stmt(A) ::= RAISE(K) expression(E). { A = sk_b_raise(p, K, E, NULL); }
small_stmt(A) ::= RAISE(K) expression(E) FROM expression(C). { A = sk_b_raise(p, K, E, C); }
small_stmt(A) ::= ASSERT(K) expression(E). { A = sk_b_assert(p, K, E, NULL); }
small_stmt(A) ::= ASSERT(K) expression(E) COMMA expression(M). { A = sk_b_assert(p, K, E, M); }
small_stmt(A) ::= DEL(K) targets(T). { A = sk_b_del(p, K, T); }
small_stmt(A) ::= GLOBAL(K) names(N). { A = sk_b_global(p, AST_GLOBAL, K, N); }
small_stmt(A) ::= NONLOCAL(K) names(N). { A = sk_b_global(p, AST_NONLOCAL, K, N); }
small_stmt(A) ::= import_stmt(B). { A = B; }

names(A) ::= NAME(N). { A = sk_b_vec1(p, sk_b_tokp(p, N)); }
names(A) ::= names(B) COMMA NAME(N). { A = sk_b_push(p, B, sk_b_tokp(p, N)); }

expr_stmt(A) ::= star_exprs_y(E). { A = sk_b_exprstmt(p, E); }
expr_stmt(A) ::= assign_list(L). { A = sk_b_assign(p, L); }
expr_stmt(A) ::= star_expressions(T) augop(O) star_exprs_y(V). { A = sk_b_augassign(p, T, O, V); }
expr_stmt(A) ::= star_expressions(T) COLON expression(N). { A = sk_b_annassign(p, T, N, NULL); }
expr_stmt(A) ::= star_expressions(T) COLON expression(N) EQUAL star_exprs_y(V). { A = sk_b_annassign(p, T, N, V); }

assign_list(A) ::= star_exprs_y(T) EQUAL star_exprs_y(V). { A = sk_b_push(p, sk_b_vec1(p, T), V); }
assign_list(A) ::= assign_list(B) EQUAL star_exprs_y(V). { A = sk_b_push(p, B, V); }

augop(A) ::= PLUSEQUAL. { A = AST_OP_ADD; }
augop(A) ::= MINEQUAL. { A = AST_OP_SUB; }
augop(A) ::= STAREQUAL. { A = AST_OP_MULT; }
augop(A) ::= ATEQUAL. { A = AST_OP_MATMULT; }
augop(A) ::= SLASHEQUAL. { A = AST_OP_DIV; }
augop(A) ::= PERCENTEQUAL. { A = AST_OP_MOD; }
augop(A) ::= DOUBLESTAREQUAL. { A = AST_OP_POW; }
augop(A) ::= LEFTSHIFTEQUAL. { A = AST_OP_LSHIFT; }
augop(A) ::= RIGHTSHIFTEQUAL. { A = AST_OP_RSHIFT; }
augop(A) ::= VBAREQUAL. { A = AST_OP_BITOR; }
augop(A) ::= CIRCUMFLEXEQUAL. { A = AST_OP_BITXOR; }
augop(A) ::= AMPEREQUAL. { A = AST_OP_BITAND; }
augop(A) ::= DOUBLESLASHEQUAL. { A = AST_OP_FLOORDIV; }

import_stmt(A) ::= IMPORT(K) dotted_as_names(N). { A = sk_b_import(p, K, N); }
import_stmt(A) ::= FROM(K) dots(D) dotted_name(M) IMPORT import_targets(N). { A = sk_b_importfrom(p, K, D, M, N, p->lx->last); }
import_stmt(A) ::= FROM(K) dotted_name(M) IMPORT import_targets(N). { A = sk_b_importfrom(p, K, 0, M, N, p->lx->last); }
import_stmt(A) ::= FROM(K) dots(D) IMPORT import_targets(N). { A = sk_b_importfrom(p, K, D, NULL, N, p->lx->last); }

dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

dotted_name(A) ::= NAME(N). { A = sk_b_vec1(p, sk_b_tokp(p, N)); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N). { A = sk_b_push(p, B, sk_b_tokp(p, N)); }

dotted_as_names(A) ::= dotted_as_name(B). { A = sk_b_vec1(p, B); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C). { A = sk_b_push(p, B, C); }
dotted_as_name(A) ::= dotted_name(N). { A = sk_b_alias(p, N, NULL); }
dotted_as_name(A) ::= dotted_name(N) AS NAME(M). { A = sk_b_alias(p, N, &M); }

import_targets(A) ::= STAR(S). { A = sk_b_vec1(p, sk_b_alias(p, sk_b_vec1(p, sk_b_tokp(p, S)), NULL)); }
import_targets(A) ::= import_as_names(N). { A = N; }
import_targets(A) ::= LPAR(O) import_as_names(N) RPAR(C). { A = N; if (A) A->span = sk_b_join(sk_b_tspan(O), sk_b_tspan(C)); }
import_targets(A) ::= LPAR(O) import_as_names(N) COMMA RPAR(C). { A = N; if (A) A->span = sk_b_join(sk_b_tspan(O), sk_b_tspan(C)); }
import_as_names(A) ::= import_as_name(B). { A = sk_b_vec1(p, B); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C). { A = sk_b_push(p, B, C); }
import_as_name(A) ::= NAME(N). { A = sk_b_alias(p, sk_b_vec1(p, sk_b_tokp(p, N)), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M). { A = sk_b_alias(p, sk_b_vec1(p, sk_b_tokp(p, N)), &M); }

/* ---- compound statements ----------------------------------------------- */

compound_stmt(A) ::= if_stmt(B). { A = B; }
compound_stmt(A) ::= while_stmt(B). { A = B; }
compound_stmt(A) ::= for_stmt(B). { A = B; }
compound_stmt(A) ::= try_stmt(B). { A = B; }
compound_stmt(A) ::= with_stmt(B). { A = B; }
compound_stmt(A) ::= funcdef(B). { A = B; }
compound_stmt(A) ::= classdef(B). { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B). { A = sk_b_decorated(p, D, B); }
compound_stmt(A) ::= decorators(D) classdef(B). { A = sk_b_decorated(p, D, B); }
compound_stmt(A) ::= ASYNC(K) funcdef(B). { A = sk_b_async(p, K, B); }
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(B). { A = sk_b_decorated(p, D, sk_b_async(p, K, B)); }
compound_stmt(A) ::= ASYNC(K) for_stmt(B). { A = sk_b_async(p, K, B); }
compound_stmt(A) ::= ASYNC(K) with_stmt(B). { A = sk_b_async(p, K, B); }

if_stmt(A) ::= IF(K) named_expression(T) COLON block(B) elifs(E). { A = sk_b_if(p, K, T, B, E, NULL); }
if_stmt(A) ::= IF(K) named_expression(T) COLON block(B) elifs(E) else_block(O). { A = sk_b_if(p, K, T, B, E, O); }
elifs(A) ::= . { A = NULL; }
elifs(A) ::= elifs(B) ELIF(K) named_expression(T) COLON block(C). { A = sk_b_push(p, B ? B : sk_b_vec(p), sk_b_elif(p, K, T, C)); }
else_block(A) ::= ELSE COLON block(B). { A = B; }

while_stmt(A) ::= WHILE(K) named_expression(T) COLON block(B). { A = sk_b_while(p, K, T, B, NULL); }
while_stmt(A) ::= WHILE(K) named_expression(T) COLON block(B) else_block(O). { A = sk_b_while(p, K, T, B, O); }

for_stmt(A) ::= FOR(K) targets(T) IN star_expressions(I) COLON block(B). { A = sk_b_for(p, K, false, T, I, B, NULL); }
for_stmt(A) ::= FOR(K) targets(T) IN star_expressions(I) COLON block(B) else_block(O). { A = sk_b_for(p, K, false, T, I, B, O); }

with_stmt(A) ::= WITH(K) with_items(I) COLON block(B). { A = sk_b_with(p, K, false, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) RPAR COLON block(B). { A = sk_b_with(p, K, false, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) COMMA RPAR COLON block(B). { A = sk_b_with(p, K, false, I, B); }
with_items(A) ::= with_item(B). { A = sk_b_vec1(p, B); }
with_items(A) ::= with_items(B) COMMA with_item(C). { A = sk_b_push(p, B, C); }
with_item(A) ::= expression(E). { A = sk_b_withitem(p, E, NULL); }
with_item(A) ::= expression(E) AS target_item(T). { A = sk_b_withitem(p, E, T); }

try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F). { A = sk_b_try(p, K, B, NULL, NULL, F); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H). { A = sk_b_try(p, K, B, H, NULL, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) else_block(O). { A = sk_b_try(p, K, B, H, O, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) FINALLY COLON block(F). { A = sk_b_try(p, K, B, H, NULL, F); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) else_block(O) FINALLY COLON block(F). { A = sk_b_try(p, K, B, H, O, F); }
handlers(A) ::= handler(B). { A = sk_b_vec1(p, B); }
handlers(A) ::= handlers(B) handler(C). { A = sk_b_push(p, B, C); }
handler(A) ::= EXCEPT(K) COLON block(B). { A = sk_b_handler(p, K, false, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) expression(T) COLON block(B). { A = sk_b_handler(p, K, false, T, NULL, B); }
handler(A) ::= EXCEPT(K) expression(T) AS NAME(N) COLON block(B). { A = sk_b_handler(p, K, false, T, &N, B); }
handler(A) ::= EXCEPT(K) STAR expression(T) COLON block(B). { A = sk_b_handler(p, K, true, T, NULL, B); }
handler(A) ::= EXCEPT(K) STAR expression(T) AS NAME(N) COLON block(B). { A = sk_b_handler(p, K, true, T, &N, B); }

decorators(A) ::= decorator(B). { A = sk_b_vec1(p, B); }
decorators(A) ::= decorators(B) decorator(C). { A = sk_b_push(p, B, C); }
decorator(A) ::= AT named_expression(E) NEWLINE. { A = E; }

funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR COLON block(B). { A = sk_b_funcdef(p, K, false, N, P, NULL, B); }
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR RARROW expression(R) COLON block(B). { A = sk_b_funcdef(p, K, false, N, P, R, B); }

params(A) ::= . { A = NULL; }
params(A) ::= param_list(B). { A = B; }
params(A) ::= param_list(B) COMMA. { A = B; }
param_list(A) ::= param(B). { A = sk_b_vec1(p, B); }
param_list(A) ::= param_list(B) COMMA param(C). { A = sk_b_push(p, B, C); }
param(A) ::= NAME(N). { A = sk_b_param(p, PARAM_PLAIN, N, NULL, NULL, true); }
param(A) ::= NAME(N) COLON expression(T). { A = sk_b_param(p, PARAM_PLAIN, N, T, NULL, true); }
param(A) ::= NAME(N) EQUAL expression(D). { A = sk_b_param(p, PARAM_PLAIN, N, NULL, D, true); }
param(A) ::= NAME(N) COLON expression(T) EQUAL expression(D). { A = sk_b_param(p, PARAM_PLAIN, N, T, D, true); }
param(A) ::= STAR(S). { A = sk_b_param(p, PARAM_STAR, S, NULL, NULL, false); }
param(A) ::= STAR(S) NAME(N). { A = sk_b_param(p, PARAM_STAR, N, NULL, NULL, true); if (A) A->star = S; }
param(A) ::= STAR(S) NAME(N) COLON expression(T). { A = sk_b_param(p, PARAM_STAR, N, T, NULL, true); if (A) A->star = S; }
param(A) ::= STAR NAME(N) COLON STAR(S) bitwise_or(T). [LOWEST] { A = sk_b_param(p, PARAM_STAR, N, sk_b_starred(p, S, T), NULL, true); }
param(A) ::= STAR NAME(N) EQUAL(E) expression(D). { A = sk_b_param(p, PARAM_STAR, N, NULL, D, true); if (A) A->eq = sk_b_tspan(E); }
param(A) ::= DOUBLESTAR NAME(N). { A = sk_b_param(p, PARAM_DSTAR, N, NULL, NULL, true); }
param(A) ::= DOUBLESTAR NAME(N) COLON expression(T). { A = sk_b_param(p, PARAM_DSTAR, N, T, NULL, true); }
param(A) ::= DOUBLESTAR NAME(N) EQUAL(E) expression(D). { A = sk_b_param(p, PARAM_DSTAR, N, NULL, D, true); if (A) A->eq = sk_b_tspan(E); }
param(A) ::= SLASH(S). { A = sk_b_param(p, PARAM_SLASH, S, NULL, NULL, false); }

classdef(A) ::= CLASS(K) NAME(N) COLON block(B). { A = sk_b_classdef(p, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON block(B). { A = sk_b_classdef(p, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) RPAR COLON block(B). { A = sk_b_classdef(p, K, N, L, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) COMMA RPAR COLON block(B). { A = sk_b_classdef(p, K, N, L, B); }

/* ---- expressions ------------------------------------------------------- */

star_exprs_y(A) ::= star_expressions(B). { A = B; }
star_exprs_y(A) ::= yield_expr(B). { A = B; }

star_expressions(A) ::= star_expr_list(L). { A = sk_b_seq(p, L, false, NULL); }
star_expressions(A) ::= star_expr_list(L) COMMA(C). { A = sk_b_seq(p, L, true, &C); }
star_expr_list(A) ::= star_expression(B). { A = sk_b_vec1(p, B); }
star_expr_list(A) ::= star_expr_list(B) COMMA star_expression(C). { A = sk_b_push(p, B, C); }
star_expression(A) ::= STAR(S) bitwise_or(B). [LOWEST] { A = sk_b_starred(p, S, B); }
star_expression(A) ::= expression(B). { A = B; }

expressions(A) ::= expr_list(L). { A = sk_b_seq(p, L, false, NULL); }
expressions(A) ::= expr_list(L) COMMA(C). { A = sk_b_seq(p, L, true, &C); }
expr_list(A) ::= expression(B). { A = sk_b_vec1(p, B); }
expr_list(A) ::= expr_list(B) COMMA expression(C). { A = sk_b_push(p, B, C); }

yield_expr(A) ::= YIELD(K). { A = sk_b_yield(p, K, NULL, NULL); }
yield_expr(A) ::= YIELD(K) star_expressions(E). { A = sk_b_yield(p, K, E, NULL); }
yield_expr(A) ::= YIELD(K) FROM expression(E). { A = sk_b_yieldfrom(p, K, E); }

named_expression(A) ::= expression(B). { A = B; }
named_expression(A) ::= expression(T) COLONEQUAL expression(V). { A = sk_b_named(p, T, V); }

star_named_expression(A) ::= STAR(S) bitwise_or(B). [LOWEST] { A = sk_b_starred(p, S, B); }
star_named_expression(A) ::= named_expression(B). { A = B; }
star_named_list(A) ::= star_named_expression(B). { A = sk_b_vec1(p, B); }
star_named_list(A) ::= star_named_list(B) COMMA star_named_expression(C). { A = sk_b_push(p, B, C); }

expression(A) ::= disjunction(B). { A = B; }
expression(A) ::= disjunction(B) IF disjunction(T) ELSE expression(O). { A = sk_b_ifexp(p, B, T, O); }
expression(A) ::= lambdef(B). { A = B; }

lambdef(A) ::= LAMBDA(K) COLON expression(B). { A = sk_b_lambda(p, K, NULL, B); }
lambdef(A) ::= LAMBDA(K) lparams(P) COLON expression(B). { A = sk_b_lambda(p, K, P, B); }
lparams(A) ::= lparam_list(B). { A = B; }
lparams(A) ::= lparam_list(B) COMMA. { A = B; }
lparam_list(A) ::= lparam(B). { A = sk_b_vec1(p, B); }
lparam_list(A) ::= lparam_list(B) COMMA lparam(C). { A = sk_b_push(p, B, C); }
lparam(A) ::= NAME(N). { A = sk_b_param(p, PARAM_PLAIN, N, NULL, NULL, true); }
lparam(A) ::= NAME(N) EQUAL expression(D). { A = sk_b_param(p, PARAM_PLAIN, N, NULL, D, true); }
lparam(A) ::= STAR(S). { A = sk_b_param(p, PARAM_STAR, S, NULL, NULL, false); }
lparam(A) ::= STAR(S) NAME(N). { A = sk_b_param(p, PARAM_STAR, N, NULL, NULL, true); if (A) A->star = S; }
lparam(A) ::= STAR NAME(N) EQUAL(E) expression(D). { A = sk_b_param(p, PARAM_STAR, N, NULL, D, true); if (A) A->eq = sk_b_tspan(E); }
lparam(A) ::= DOUBLESTAR NAME(N). { A = sk_b_param(p, PARAM_DSTAR, N, NULL, NULL, true); }
lparam(A) ::= DOUBLESTAR NAME(N) EQUAL(E) expression(D). { A = sk_b_param(p, PARAM_DSTAR, N, NULL, D, true); if (A) A->eq = sk_b_tspan(E); }
lparam(A) ::= SLASH(S). { A = sk_b_param(p, PARAM_SLASH, S, NULL, NULL, false); }

/* Operators by precedence (the %left/%right lines at the top): one
 * nonterminal for the boolean level and one for the arithmetic level keep
 * the chain of unit reductions per operand short. `not` and comparisons
 * stay where Python's grammar puts them: `a < not b` is an error. */
disjunction(A) ::= comparison(B). { A = B; }
disjunction(A) ::= disjunction(B) OR disjunction(C). { A = sk_b_boolop(p, AST_OR, B, C); }
disjunction(A) ::= disjunction(B) AND disjunction(C). { A = sk_b_boolop(p, AST_AND, B, C); }
disjunction(A) ::= NOT(K) disjunction(B). { A = sk_b_unary(p, K, AST_NOT, B); }

comparison(A) ::= bitwise_or(B). { A = B; }
comparison(A) ::= comparison(B) compop(O) bitwise_or(C). [LOWEST] { A = sk_b_compare(p, B, O, C); }
compop(A) ::= EQEQUAL. { A = AST_CMP_EQ; }
compop(A) ::= NOTEQUAL. { A = AST_CMP_NOTEQ; }
compop(A) ::= LESS. { A = AST_CMP_LT; }
compop(A) ::= LESSEQUAL. { A = AST_CMP_LTE; }
compop(A) ::= GREATER. { A = AST_CMP_GT; }
compop(A) ::= GREATEREQUAL. { A = AST_CMP_GTE; }
compop(A) ::= IS. { A = AST_CMP_IS; }
compop(A) ::= IS NOT. { A = AST_CMP_ISNOT; }
compop(A) ::= IN. { A = AST_CMP_IN; }
compop(A) ::= NOT IN. { A = AST_CMP_NOTIN; }

bitwise_or(A) ::= await_primary(B). { A = B; }
bitwise_or(A) ::= bitwise_or(B) VBAR bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_BITOR, C); }
bitwise_or(A) ::= bitwise_or(B) CIRCUMFLEX bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_BITXOR, C); }
bitwise_or(A) ::= bitwise_or(B) AMPER bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_BITAND, C); }
bitwise_or(A) ::= bitwise_or(B) LEFTSHIFT bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_LSHIFT, C); }
bitwise_or(A) ::= bitwise_or(B) RIGHTSHIFT bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_RSHIFT, C); }
bitwise_or(A) ::= bitwise_or(B) PLUS bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_ADD, C); }
bitwise_or(A) ::= bitwise_or(B) MINUS bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_SUB, C); }
bitwise_or(A) ::= bitwise_or(B) STAR bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_MULT, C); }
bitwise_or(A) ::= bitwise_or(B) SLASH bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_DIV, C); }
bitwise_or(A) ::= bitwise_or(B) DOUBLESLASH bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_FLOORDIV, C); }
bitwise_or(A) ::= bitwise_or(B) PERCENT bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_MOD, C); }
bitwise_or(A) ::= bitwise_or(B) AT bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_MATMULT, C); }
bitwise_or(A) ::= PLUS(K) bitwise_or(B). [UNARY] { A = sk_b_unary(p, K, AST_UADD, B); }
bitwise_or(A) ::= MINUS(K) bitwise_or(B). [UNARY] { A = sk_b_unary(p, K, AST_USUB, B); }
bitwise_or(A) ::= TILDE(K) bitwise_or(B). [UNARY] { A = sk_b_unary(p, K, AST_INVERT, B); }
bitwise_or(A) ::= await_primary(B) DOUBLESTAR bitwise_or(C). { A = sk_b_binop(p, B, AST_OP_POW, C); }
await_primary(A) ::= AWAIT(K) primary(B). { A = sk_b_await(p, K, B); }
await_primary(A) ::= primary(B). { A = B; }

primary(A) ::= atom(B). { A = B; }
primary(A) ::= primary(B) DOT NAME(N). { A = sk_b_attribute(p, B, N); }
primary(A) ::= primary(B) LPAR RPAR(C). { A = sk_b_call(p, B, NULL, C); }
primary(A) ::= primary(B) LPAR arglist(L) RPAR(C). { A = sk_b_call(p, B, L, C); }
primary(A) ::= primary(B) LPAR arglist(L) COMMA RPAR(C). { A = sk_b_call(p, B, L, C); }
primary(A) ::= primary(B) LPAR(O) named_expression(E) comp_fors(G) RPAR(C). { A = sk_b_call_genexp(p, B, O, E, G, C); }
primary(A) ::= primary(B) LSQB slices(S) RSQB(C). { A = sk_b_subscript(p, B, S, C); }

arglist(A) ::= arg(B). { A = sk_b_vec1(p, B); }
arglist(A) ::= arglist(B) COMMA arg(C). { A = sk_b_push(p, B, C); }
arg(A) ::= named_expression(E). { A = sk_b_arg(p, ARG_POS, E, NULL, E ? SK_OUTER(E) : (ast_span){0,0,0,0}); }
arg(A) ::= STAR(S) expression(E). { A = sk_b_arg(p, ARG_STAR, sk_b_starred(p, S, E), NULL, sk_b_tspan(S)); }
arg(A) ::= DOUBLESTAR(S) expression(E). { A = sk_b_arg(p, ARG_DSTAR, E, NULL, E ? sk_b_join(sk_b_tspan(S), SK_OUTER(E)) : sk_b_tspan(S)); }
arg(A) ::= expression(K) EQUAL(Q) expression(E). { A = sk_b_arg(p, ARG_KW, E, K, (K && E) ? sk_b_join(SK_OUTER(K), SK_OUTER(E)) : (ast_span){0,0,0,0}); if (A) A->eq = sk_b_tspan(Q); }

slices(A) ::= slice_item(B). {
    /* a[*b] is a one-element tuple. */
    A = (B && B->kind == AST_STARRED) ? sk_b_tuple(p, sk_b_vec1(p, B), SK_OUTER(B)) : B;
}
slices(A) ::= slice_list(L) COMMA(C). { A = sk_b_seq(p, L, true, &C); }
slices(A) ::= slice_list(L) COMMA slice_item(B). { A = sk_b_seq(p, sk_b_push(p, L, B), false, NULL); }
slice_list(A) ::= slice_item(B). { A = sk_b_vec1(p, B); }
slice_list(A) ::= slice_list(B) COMMA slice_item(C). { A = sk_b_push(p, B, C); }
slice_item(A) ::= named_expression(B). { A = B; }
slice_item(A) ::= STAR(S) bitwise_or(B). [LOWEST] { A = sk_b_starred(p, S, B); }
slice_item(A) ::= COLON(C). { A = sk_b_slice(p, sk_b_tspan(C), NULL, NULL, NULL); }
slice_item(A) ::= COLON(C) expression(U). { A = sk_b_slice(p, sk_b_join(sk_b_tspan(C), U ? SK_OUTER(U) : sk_b_tspan(C)), NULL, U, NULL); }
slice_item(A) ::= expression(L) COLON(C). { A = sk_b_slice(p, sk_b_join(L ? SK_OUTER(L) : sk_b_tspan(C), sk_b_tspan(C)), L, NULL, NULL); }
slice_item(A) ::= expression(L) COLON expression(U). { A = sk_b_slice(p, (L && U) ? sk_b_join(SK_OUTER(L), SK_OUTER(U)) : (ast_span){0,0,0,0}, L, U, NULL); }
slice_item(A) ::= COLON(C) COLON(D). { A = sk_b_slice(p, sk_b_join(sk_b_tspan(C), sk_b_tspan(D)), NULL, NULL, NULL); }
slice_item(A) ::= COLON(C) expression(U) COLON(D). { A = sk_b_slice(p, sk_b_join(sk_b_tspan(C), sk_b_tspan(D)), NULL, U, NULL); }
slice_item(A) ::= expression(L) COLON COLON(D). { A = sk_b_slice(p, sk_b_join(L ? SK_OUTER(L) : sk_b_tspan(D), sk_b_tspan(D)), L, NULL, NULL); }
slice_item(A) ::= expression(L) COLON expression(U) COLON(D). { A = sk_b_slice(p, sk_b_join(L ? SK_OUTER(L) : sk_b_tspan(D), sk_b_tspan(D)), L, U, NULL); }
slice_item(A) ::= COLON(C) COLON expression(S). { A = sk_b_slice(p, sk_b_join(sk_b_tspan(C), S ? SK_OUTER(S) : sk_b_tspan(C)), NULL, NULL, S); }
slice_item(A) ::= COLON(C) expression(U) COLON expression(S). { A = sk_b_slice(p, sk_b_join(sk_b_tspan(C), S ? SK_OUTER(S) : sk_b_tspan(C)), NULL, U, S); }
slice_item(A) ::= expression(L) COLON COLON expression(S). { A = sk_b_slice(p, (L && S) ? sk_b_join(SK_OUTER(L), SK_OUTER(S)) : (ast_span){0,0,0,0}, L, NULL, S); }
slice_item(A) ::= expression(L) COLON expression(U) COLON expression(S). { A = sk_b_slice(p, (L && S) ? sk_b_join(SK_OUTER(L), SK_OUTER(S)) : (ast_span){0,0,0,0}, L, U, S); }

atom(A) ::= NAME(N). { A = sk_b_name(p, N); }
atom(A) ::= TRUE(T). { A = sk_b_const(p, AST_CONST_TRUE, T); }
atom(A) ::= FALSE(T). { A = sk_b_const(p, AST_CONST_FALSE, T); }
atom(A) ::= NONE(T). { A = sk_b_const(p, AST_CONST_NONE, T); }
atom(A) ::= ELLIPSIS(T). { A = sk_b_const(p, AST_CONST_ELLIPSIS, T); }
atom(A) ::= NUMBER(T). { A = sk_b_number(p, T); }
atom(A) ::= strings(S). { A = sk_b_strings(p, S); }
atom(A) ::= LPAR(O) RPAR(C). { A = sk_b_paren(p, O, sk_b_tuple(p, NULL, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))), C); }
atom(A) ::= LPAR(O) yield_expr(E) RPAR(C). { A = sk_b_paren(p, O, E, C); }
atom(A) ::= LPAR(O) named_expression(E) comp_fors(G) RPAR(C). { A = sk_b_paren(p, O, sk_b_comp(p, AST_GENERATOREXP, E, NULL, G, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))), C); }
atom(A) ::= LPAR(O) star_named_list(L) RPAR(C). {
    if (L && L->count == 1 && ((ast_expr *)L->items[0])->kind != AST_STARRED) {
        A = sk_b_paren(p, O, L->items[0], C);
        sk_b_vec_free(p, L);
    } else if (L && L->count == 1) {
        A = sk_b_error(p, ((ast_expr *)L->items[0])->span, "cannot use starred expression here");
    }
    else A = sk_b_paren(p, O, sk_b_tuple(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))), C);
}
atom(A) ::= LPAR(O) star_named_list(L) COMMA RPAR(C). { A = sk_b_paren(p, O, sk_b_tuple(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))), C); }
atom(A) ::= LSQB(O) RSQB(C). { A = sk_b_list(p, NULL, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LSQB(O) star_named_list(L) RSQB(C). { A = sk_b_list(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LSQB(O) star_named_list(L) COMMA RSQB(C). { A = sk_b_list(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LSQB(O) named_expression(E) comp_fors(G) RSQB(C). { A = sk_b_comp(p, AST_LISTCOMP, E, NULL, G, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) RBRACE(C). { A = sk_b_dict(p, NULL, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) dict_items(L) RBRACE(C). { A = sk_b_dict(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) dict_items(L) COMMA RBRACE(C). { A = sk_b_dict(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) star_named_list(L) RBRACE(C). { A = sk_b_set(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) star_named_list(L) COMMA RBRACE(C). { A = sk_b_set(p, L, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) named_expression(E) comp_fors(G) RBRACE(C). { A = sk_b_comp(p, AST_SETCOMP, E, NULL, G, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }
atom(A) ::= LBRACE(O) expression(K) COLON expression(V) comp_fors(G) RBRACE(C). { A = sk_b_comp(p, AST_DICTCOMP, K, V, G, sk_b_join(sk_b_tspan(O), sk_b_tspan(C))); }

dict_items(A) ::= dict_item(B). { A = sk_b_vec1(p, B); }
dict_items(A) ::= dict_items(B) COMMA dict_item(C). { A = sk_b_push(p, B, C); }
dict_item(A) ::= expression(K) COLON expression(V). { A = sk_b_kv(p, K, V); }
dict_item(A) ::= DOUBLESTAR bitwise_or(V). [LOWEST] { A = sk_b_kv(p, NULL, V); }

comp_fors(A) ::= comp_for(B). { A = sk_b_vec1(p, B); }
comp_fors(A) ::= comp_fors(B) comp_for(C). { A = sk_b_push(p, B, C); }
comp_for(A) ::= FOR targets(T) IN disjunction(I) comp_ifs(F). { A = sk_b_compfor(p, false, T, I, F); }
comp_for(A) ::= ASYNC FOR targets(T) IN disjunction(I) comp_ifs(F). { A = sk_b_compfor(p, true, T, I, F); }
comp_ifs(A) ::= . { A = NULL; }
comp_ifs(A) ::= comp_ifs(B) IF disjunction(C). { A = sk_b_push(p, B ? B : sk_b_vec(p), C); }

/* Targets of for, del and comprehensions: no comparisons at the top, so
 * that `in` ends them. */
targets(A) ::= target_list(L). { A = sk_b_seq(p, L, false, NULL); }
targets(A) ::= target_list(L) COMMA(C). { A = sk_b_seq(p, L, true, &C); }
target_list(A) ::= target_item(B). { A = sk_b_vec1(p, B); }
target_list(A) ::= target_list(B) COMMA target_item(C). { A = sk_b_push(p, B, C); }
target_item(A) ::= bitwise_or(B). { A = B; }
target_item(A) ::= STAR(S) bitwise_or(B). [LOWEST] { A = sk_b_starred(p, S, B); }

/* ---- strings and f-strings --------------------------------------------- */

strings(A) ::= string(B). { A = sk_b_vec1(p, B); }
strings(A) ::= strings(B) string(C). { A = sk_b_push(p, B, C); }
string(A) ::= STRING(T). { A = sk_b_strpart(p, T); }
string(A) ::= FSTRING_START(S) fparts(P) FSTRING_END(E). { A = sk_b_fstring(p, S, P, E); }

fparts(A) ::= . { A = sk_b_vec(p); }
fparts(A) ::= fparts(B) FSTRING_MIDDLE(M). { A = sk_b_push(p, B, sk_b_fmiddle(p, M)); }
fparts(A) ::= fparts(B) ffield(F). { A = sk_b_push(p, B, F); }

ffield(A) ::= LBRACE(O) fexpr(E) RBRACE(C). { A = sk_b_fvalue(p, O, E, NULL, NULL, NULL, NULL, NULL, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EQUAL(Q) RBRACE(C). { A = sk_b_fvalue(p, O, E, &Q, NULL, NULL, NULL, NULL, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EXCLAMATION(B) NAME(V) RBRACE(C). { A = sk_b_fvalue(p, O, E, NULL, &B, &V, NULL, NULL, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EQUAL(Q) EXCLAMATION(B) NAME(V) RBRACE(C). { A = sk_b_fvalue(p, O, E, &Q, &B, &V, NULL, NULL, C); }
ffield(A) ::= LBRACE(O) fexpr(E) COLON(K) fparts(S) RBRACE(C). { A = sk_b_fvalue(p, O, E, NULL, NULL, NULL, &K, S, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EQUAL(Q) COLON(K) fparts(S) RBRACE(C). { A = sk_b_fvalue(p, O, E, &Q, NULL, NULL, &K, S, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EXCLAMATION(B) NAME(V) COLON(K) fparts(S) RBRACE(C). { A = sk_b_fvalue(p, O, E, NULL, &B, &V, &K, S, C); }
ffield(A) ::= LBRACE(O) fexpr(E) EQUAL(Q) EXCLAMATION(B) NAME(V) COLON(K) fparts(S) RBRACE(C). { A = sk_b_fvalue(p, O, E, &Q, &B, &V, &K, S, C); }
fexpr(A) ::= star_expressions(E). { A = E; }
fexpr(A) ::= yield_expr(E). { A = E; }
