/* symtable.h — scopes and the meaning of every name in them.
 *
 * The symbol table is built from the AST before compiling: one scope per
 * module, class body, function (lambdas included), generator expression
 * and comprehension. Each name in a scope is resolved to one of
 * local / cell / free / explicit global / implicit global, with Python's
 * rules (global and nonlocal declarations, class scopes invisible to
 * nested functions, the implicit __class__ cell for zero-argument super()).
 *
 * List, set and dict comprehensions are scopes of their own for name
 * resolution but are compiled inline into the enclosing code object, as
 * CPython 3.12 does (PEP 709); `inlined` marks them.
 *
 * Errors (CPython's SyntaxError messages) are reported through the same
 * sk_syntax_error the parser uses.
 */
#ifndef SK_SYMTABLE_H
#define SK_SYMTABLE_H

#include "ast.h"
#include "parse.h"

typedef enum st_kind {
    ST_MODULE,
    ST_FUNCTION,
    ST_CLASS,
    ST_COMPREHENSION,   /* list/set/dict comprehension: inlined */
    ST_GENEXPR,         /* generator expression: a function */
} st_kind;

/* what was seen of a name in a scope */
enum {
    DEF_LOCAL = 1 << 0,      /* assigned, deleted or bound by for/with/except/import/def/class */
    DEF_GLOBAL = 1 << 1,     /* a `global` statement */
    DEF_NONLOCAL = 1 << 2,   /* a `nonlocal` statement */
    DEF_PARAM = 1 << 3,
    DEF_USE = 1 << 4,        /* read */
    DEF_IMPORT = 1 << 5,
    DEF_ANNOT = 1 << 6,      /* annotated (x: int) */
    DEF_COMP_ITER = 1 << 7,  /* a comprehension's iteration variable */
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

/* what a name resolves to */
typedef enum st_scope {
    SYM_UNRESOLVED,
    SYM_LOCAL,            /* a register of this code object */
    SYM_CELL,             /* local, captured by a nested scope: a cell */
    SYM_FREE,             /* from an enclosing function: a cell */
    SYM_GLOBAL_EXPLICIT,  /* declared global */
    SYM_GLOBAL_IMPLICIT,  /* not bound anywhere enclosing: globals/builtins */
} st_scope;

typedef struct st_symbol {
    ast_name name;
    uint32_t flags;
    st_scope scope;
    ast_span decl;         /* where a global/nonlocal declaration was */
    int32_t reg;           /* for the compiler: its register, -1 until set */
} st_symbol;

typedef struct st_table st_table;
typedef struct st_entry st_entry;

struct st_entry {
    st_kind kind;
    ast_name name;           /* function/class name; "<listcomp>"… */
    const void *node;        /* the AST node that opened the scope */
    st_entry *parent;
    st_entry **children;
    int32_t nchildren, cap_children;
    st_symbol *symbols;      /* open-addressed by name; count/cap below */
    int32_t nsymbols, cap_symbols;
    st_symbol **order;       /* symbols in order of first appearance */
    int32_t norder, cap_order;
    ast_names params;        /* parameter names, in frame order (mangled) */
    ast_name private_name;   /* the class whose private names (__x) are
                                mangled here: the nearest enclosing class
                                body, or {NULL, 0} */
    uint8_t is_generator, is_coroutine, is_async_gen;
    uint8_t has_yield, has_await, has_return_value;
    uint8_t needs_class_cell;   /* a class body whose methods use __class__/super */
    uint8_t needs_classdict;
    uint8_t uses_walrus;     /* a := somewhere in this code object */
    uint8_t comp_is_async;   /* an async comprehension */
    uint8_t comp_iter_in_class; /* comprehension whose iteration happens in a class body */
    uint8_t nested;          /* inside a function */
    uint8_t inlined;         /* comprehension compiled into its parent */
    uint8_t has_varargs, has_varkw;
};

struct st_table {
    ast_arena *arena;
    st_entry *top;
    /* node → scope, open-addressed by pointer */
    const void **keys;
    st_entry **values;
    int32_t count, cap;
    const char *filename;
    sk_syntax_error *err;
    int32_t depth;           /* nesting, to refuse absurd depths */
};

/* Builds the table for a module, or returns NULL with *err filled. */
st_table *sk_symtable_build(ast_arena *arena, const ast_module *mod, const char *filename, sk_syntax_error *err);
/* The scope a function, class, lambda or comprehension node opened. */
st_entry *sk_symtable_lookup(st_table *t, const void *node);
/* Private name mangling: inside class C, an identifier __x (not ending in
 * "__") stands for _C__x, with C's leading underscores stripped. Returns
 * `name` itself when it is not mangled there; the mangled form lives in
 * the arena. Every name in the symbol table is already mangled. */
ast_name sk_symtable_mangle(ast_arena *arena, ast_name private_name, ast_name name);
/* The symbol for a name in a scope, NULL when the scope never saw it. */
st_symbol *sk_symtable_find(st_entry *e, const char *name, int32_t len);

#endif
