/* ast.h — the abstract syntax tree that the parser builds and the compiler
 * reads.
 *
 * The node kinds and field names follow CPython 3.12's `ast` module one for
 * one (minus `match` and PEP 695 type parameters), so `skein --ast FILE` can
 * print a tree in the same shape as `ast.dump()` and the two can be diffed.
 *
 * Invariants:
 *  - Every node lives in one arena (ast_arena) and is freed with it; nodes
 *    never own memory of their own and never point outside the arena, except
 *    to the source buffer, which outlives the tree.
 *  - The tree is independent of the VM: literals are kept as text (ints,
 *    floats, imaginary numbers) or as decoded UTF-8 / raw bytes (str, bytes),
 *    and the compiler turns them into values.
 *  - Every node carries its source span: 1-based lines, 0-based columns
 *    counted in UTF-8 bytes (as CPython's col_offset is), end exclusive.
 *  - Lists are (count, items) pairs; an absent optional child is NULL.
 */
#ifndef SK_AST_H
#define SK_AST_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"   /* sk_alloc_fn */

typedef struct ast_arena ast_arena;

/* A source span. CPython's lineno/col_offset/end_lineno/end_col_offset. */
typedef struct ast_span {
    int32_t line, col, end_line, end_col;
} ast_span;

typedef struct ast_expr ast_expr;
typedef struct ast_stmt ast_stmt;

typedef struct ast_exprs { int32_t count; ast_expr **items; } ast_exprs;
typedef struct ast_stmts { int32_t count; ast_stmt **items; } ast_stmts;

/* An identifier: UTF-8 bytes, NFKC-normalised as the language requires. */
typedef struct ast_name { const char *str; int32_t len; } ast_name;
typedef struct ast_names { int32_t count; ast_name *items; } ast_names;

typedef enum ast_ctx { AST_LOAD, AST_STORE, AST_DEL } ast_ctx;

typedef enum ast_boolop { AST_AND, AST_OR } ast_boolop;

/* Binary operators, in CPython's `ast` order. AugAssign reuses them. */
#define AST_BINOPS(X) \
    X(ADD, "Add", "+")          \
    X(SUB, "Sub", "-")          \
    X(MULT, "Mult", "*")        \
    X(MATMULT, "MatMult", "@")  \
    X(DIV, "Div", "/")          \
    X(MOD, "Mod", "%")          \
    X(POW, "Pow", "**")         \
    X(LSHIFT, "LShift", "<<")   \
    X(RSHIFT, "RShift", ">>")   \
    X(BITOR, "BitOr", "|")      \
    X(BITXOR, "BitXor", "^")    \
    X(BITAND, "BitAnd", "&")    \
    X(FLOORDIV, "FloorDiv", "//")

typedef enum ast_operator {
#define X(id, name, sym) AST_OP_##id,
    AST_BINOPS(X)
#undef X
    AST_OP_COUNT
} ast_operator;

typedef enum ast_unaryop { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } ast_unaryop;

#define AST_CMPOPS(X) \
    X(EQ, "Eq", "==")       \
    X(NOTEQ, "NotEq", "!=") \
    X(LT, "Lt", "<")        \
    X(LTE, "LtE", "<=")     \
    X(GT, "Gt", ">")        \
    X(GTE, "GtE", ">=")     \
    X(IS, "Is", "is")       \
    X(ISNOT, "IsNot", "is not") \
    X(IN, "In", "in")       \
    X(NOTIN, "NotIn", "not in")

typedef enum ast_cmpop {
#define X(id, name, sym) AST_CMP_##id,
    AST_CMPOPS(X)
#undef X
    AST_CMP_COUNT
} ast_cmpop;

/* ---- literals ---------------------------------------------------------- */

typedef enum ast_const_kind {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,     /* text: the literal as written, underscores removed,
                          prefix (0x/0o/0b) kept */
    AST_CONST_FLOAT,   /* text: as written, underscores removed */
    AST_CONST_IMAG,    /* text: the number before the trailing j/J */
    AST_CONST_STR,     /* text: decoded UTF-8 contents. A lone surrogate
                          (from an escape such as \ud800; the source itself
                          is valid UTF-8) is stored as its 3-byte generalised
                          UTF-8 encoding (ED A0 80 for U+D800), WTF-8 style,
                          so the text may not be strict UTF-8 */
    AST_CONST_BYTES,   /* text: raw byte contents (may contain NUL) */
} ast_const_kind;

typedef struct ast_const {
    ast_const_kind kind;
    const char *text;
    int32_t len;
    /* For AST_CONST_STR: 1 when the literal carried a `u` prefix (ast.dump
     * shows kind='u'). */
    uint8_t u_prefix;
} ast_const;

/* ---- pieces shared by several nodes ----------------------------------- */

typedef struct ast_keyword {   /* name=value in a call or class header;    */
    ast_name arg;              /* arg.str == NULL for **value               */
    ast_expr *value;
    ast_span span;
} ast_keyword;
typedef struct ast_keywords { int32_t count; ast_keyword *items; } ast_keywords;

typedef struct ast_arg {
    ast_name name;
    ast_expr *annotation;      /* NULL when absent */
    ast_span span;
} ast_arg;
typedef struct ast_args_list { int32_t count; ast_arg *items; } ast_args_list;

/* A parameter list, as CPython's ast.arguments. `defaults` belong to the
 * last len(defaults) of posonlyargs+args; kw_defaults has one slot per
 * kwonlyarg, NULL where there is no default. */
typedef struct ast_arguments {
    ast_args_list posonlyargs;
    ast_args_list args;
    ast_arg *vararg;           /* NULL when absent */
    ast_args_list kwonlyargs;
    ast_exprs kw_defaults;
    ast_arg *kwarg;            /* NULL when absent */
    ast_exprs defaults;
} ast_arguments;

typedef struct ast_comprehension {
    ast_expr *target;
    ast_expr *iter;
    ast_exprs ifs;
    uint8_t is_async;
} ast_comprehension;
typedef struct ast_comprehensions { int32_t count; ast_comprehension *items; } ast_comprehensions;

typedef struct ast_alias {     /* import NAME as ASNAME; name "*" for star  */
    ast_name name;             /* dotted, as written: "os.path"            */
    ast_name asname;           /* str == NULL when absent                  */
    ast_span span;
} ast_alias;
typedef struct ast_aliases { int32_t count; ast_alias *items; } ast_aliases;

typedef struct ast_withitem {
    ast_expr *context_expr;
    ast_expr *optional_vars;   /* NULL when absent */
} ast_withitem;
typedef struct ast_withitems { int32_t count; ast_withitem *items; } ast_withitems;

typedef struct ast_handler {   /* except TYPE as NAME: BODY                */
    ast_expr *type;            /* NULL for a bare except                   */
    ast_name name;             /* str == NULL when absent                  */
    ast_stmts body;
    ast_span span;
} ast_handler;
typedef struct ast_handlers { int32_t count; ast_handler *items; } ast_handlers;

/* ---- expressions ------------------------------------------------------- */

typedef enum ast_expr_kind {
    AST_BOOLOP, AST_NAMEDEXPR, AST_BINOP, AST_UNARYOP, AST_LAMBDA, AST_IFEXP,
    AST_DICT, AST_SET, AST_LISTCOMP, AST_SETCOMP, AST_DICTCOMP,
    AST_GENERATOREXP, AST_AWAIT, AST_YIELD, AST_YIELDFROM, AST_COMPARE,
    AST_CALL, AST_FORMATTEDVALUE, AST_JOINEDSTR, AST_CONSTANT, AST_ATTRIBUTE,
    AST_SUBSCRIPT, AST_STARRED, AST_NAME, AST_LIST, AST_TUPLE, AST_SLICE,
} ast_expr_kind;

struct ast_expr {
    ast_expr_kind kind;
    ast_span span;
    /* 1 when the expression was written inside its own parentheses, as in
     * `(x)`: CPython's AnnAssign.simple and several syntax errors depend
     * on it. (The parser uses 2 internally while building f-strings.) */
    uint8_t parens;
    /* The span with the outermost enclosing parentheses, when parens is
     * set (CPython's parent nodes start and end there). */
    ast_span outer;
    union {
        struct { ast_boolop op; ast_exprs values; } boolop;
        struct { ast_expr *target, *value; } namedexpr;
        struct { ast_expr *left; ast_operator op; ast_expr *right; } binop;
        struct { ast_unaryop op; ast_expr *operand; } unaryop;
        struct { ast_arguments *args; ast_expr *body; } lambda;
        struct { ast_expr *test, *body, *orelse; } ifexp;
        /* keys[i] == NULL means values[i] is a **mapping */
        struct { ast_exprs keys, values; } dict;
        struct { ast_exprs elts; } set;
        /* listcomp, setcomp, generatorexp use elt; dictcomp uses key/value */
        struct { ast_expr *elt, *key, *value; ast_comprehensions generators; } comp;
        struct { ast_expr *value; } await;
        struct { ast_expr *value; } yield;        /* value may be NULL */
        struct { ast_expr *value; } yieldfrom;
        struct { ast_expr *left; int32_t count; ast_cmpop *ops; ast_expr **comparators; } compare;
        struct { ast_expr *func; ast_exprs args; ast_keywords keywords; } call;
        /* conversion: -1 none, 's', 'r' or 'a'; format_spec is a JoinedStr
         * or NULL */
        struct { ast_expr *value; int32_t conversion; ast_expr *format_spec; } formatted;
        struct { ast_exprs values; } joinedstr;
        ast_const constant;
        struct { ast_expr *value; ast_name attr; ast_ctx ctx; } attribute;
        struct { ast_expr *value, *slice; ast_ctx ctx; } subscript;
        struct { ast_expr *value; ast_ctx ctx; } starred;
        struct { ast_name id; ast_ctx ctx; } name;
        struct { ast_exprs elts; ast_ctx ctx; } list;   /* List and Tuple */
        struct { ast_expr *lower, *upper, *step; } slice;
    } u;
};

/* ---- statements -------------------------------------------------------- */

typedef enum ast_stmt_kind {
    AST_FUNCTIONDEF, AST_ASYNCFUNCTIONDEF, AST_CLASSDEF, AST_RETURN,
    AST_DELETE, AST_ASSIGN, AST_AUGASSIGN, AST_ANNASSIGN, AST_FOR,
    AST_ASYNCFOR, AST_WHILE, AST_IF, AST_WITH, AST_ASYNCWITH, AST_RAISE,
    AST_TRY, AST_TRYSTAR, AST_ASSERT, AST_IMPORT, AST_IMPORTFROM, AST_GLOBAL,
    AST_NONLOCAL, AST_EXPR, AST_PASS, AST_BREAK, AST_CONTINUE,
} ast_stmt_kind;

struct ast_stmt {
    ast_stmt_kind kind;
    ast_span span;
    union {
        /* FunctionDef and AsyncFunctionDef */
        struct { ast_name name; ast_arguments *args; ast_stmts body;
                 ast_exprs decorators; ast_expr *returns; } funcdef;
        struct { ast_name name; ast_exprs bases; ast_keywords keywords;
                 ast_stmts body; ast_exprs decorators; } classdef;
        struct { ast_expr *value; } ret;                 /* value may be NULL */
        struct { ast_exprs targets; } del;
        struct { ast_exprs targets; ast_expr *value; } assign;
        struct { ast_expr *target; ast_operator op; ast_expr *value; } augassign;
        /* value may be NULL; simple = 1 for a bare name target not in parens */
        struct { ast_expr *target, *annotation, *value; uint8_t simple; } annassign;
        /* For and AsyncFor */
        struct { ast_expr *target, *iter; ast_stmts body, orelse; } forloop;
        struct { ast_expr *test; ast_stmts body, orelse; } whileloop;
        struct { ast_expr *test; ast_stmts body, orelse; } ifstmt;
        /* With and AsyncWith */
        struct { ast_withitems items; ast_stmts body; } with;
        struct { ast_expr *exc, *cause; } raise;         /* either may be NULL */
        /* Try and TryStar */
        struct { ast_stmts body; ast_handlers handlers; ast_stmts orelse, finalbody; } trystmt;
        struct { ast_expr *test, *msg; } assert;         /* msg may be NULL */
        struct { ast_aliases names; } import;
        /* module.str == NULL for `from . import x` */
        struct { ast_name module; ast_aliases names; int32_t level; } importfrom;
        struct { ast_names names; } global;              /* Global, Nonlocal */
        struct { ast_expr *value; } expr;
    } u;
};

/* ---- whole inputs ------------------------------------------------------ */

typedef enum ast_mode {
    AST_MODE_EXEC,      /* a module: `exec` / running a file */
    AST_MODE_EVAL,      /* a single expression: `eval` */
    AST_MODE_SINGLE,    /* one interactive statement: the REPL, `single` */
} ast_mode;

typedef struct ast_module {
    ast_mode mode;
    /* The arena the tree lives in (sk_ast_dump takes its scratch memory
     * from it, so dumping needs no other allocator). */
    ast_arena *arena;
    ast_stmts body;       /* EXEC and SINGLE */
    ast_expr *expr;       /* EVAL */
} ast_module;

/* ---- the arena --------------------------------------------------------- */

/* Memory for an arena comes from the caller's allocator (sk_alloc_fn, the
 * host-hook contract). */
ast_arena *sk_ast_arena_new(sk_alloc_fn alloc, void *ud);
void sk_ast_arena_free(ast_arena *arena);
/* Zeroed memory that lives as long as the arena; NULL when out of memory. */
void *sk_ast_alloc(ast_arena *arena, size_t size);
/* A copy of s[0..len) plus a NUL terminator, in the arena. */
char *sk_ast_strdup(ast_arena *arena, const char *s, size_t len);

/* Names of operators for diagnostics and the AST dump. */
const char *sk_ast_binop_name(ast_operator op);     /* "Add" */
const char *sk_ast_binop_symbol(ast_operator op);   /* "+"   */
const char *sk_ast_cmpop_name(ast_cmpop op);
const char *sk_ast_cmpop_symbol(ast_cmpop op);

#endif
