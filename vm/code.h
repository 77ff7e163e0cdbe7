/* code.h — code objects: the compiled form of a module, function, class
 * body or comprehension.
 *
 * A code object is immutable once built, except for its inline caches
 * (which only ever hold hints that are revalidated before use). Every
 * frame that runs it shares it.
 *
 * Register layout of a frame running this code:
 *   [0, nlocals)              named locals, parameters first, in the order
 *                             positional, keyword-only, *args, **kwargs
 *   cell_regs[i]              the register holding the cell of cellvars[i]
 *                             (a parameter's own register when the
 *                             parameter is captured, else one past the
 *                             locals)
 *   [free_base, +nfree)       the cells of free variables, copied from the
 *                             function's closure at entry
 *   above                     temporaries
 */
#ifndef SK_CODE_H
#define SK_CODE_H

#include "vm.h"

enum {
    SK_CO_VARARGS = 1 << 0,
    SK_CO_VARKEYWORDS = 1 << 1,
    SK_CO_GENERATOR = 1 << 2,
    SK_CO_COROUTINE = 1 << 3,
    SK_CO_ASYNC_GENERATOR = 1 << 4,
    SK_CO_ITERABLE_COROUTINE = 1 << 5, /* @types.coroutine generator */
    SK_CO_NESTED = 1 << 6,
    SK_CO_MODULE = 1 << 7,             /* module or exec() code: names go
                                          through the locals mapping */
    SK_CO_CLASS = 1 << 8,              /* a class body */
    SK_CO_HAS_DOCSTRING = 1 << 9,
};

/* Source position of one instruction: CPython's co_positions(). Columns
 * are 0-based UTF-8 byte offsets; -1 when unknown. For a binary operation
 * or a subscript on one line, anchor_left/anchor_right delimit the part
 * tracebacks mark with ^ (the operator, or the [...]); -1 otherwise. */
typedef struct sk_code_pos {
    int32_t line, end_line, col, end_col;
    int32_t anchor_left, anchor_right;
    uint8_t anchor_kind;
    /* For the collector: which registers can hold live values here. Those
     * below stmt_live (the registers in use when the innermost statement
     * began: locals, loop iterators, context managers…) and those written
     * by the statement's instructions from stmt_start up to here. Anything
     * else is a stale temporary of an earlier statement and must not keep
     * its object alive (del x; gc.collect() frees x as in CPython). */
    uint16_t stmt_live;
    uint32_t stmt_start;
} sk_code_pos;

/* Instructions in [start, end) that raise jump to `handler` with the
 * exception in register `exc_reg`. Entries are ordered innermost first. */
typedef struct sk_exc_entry {
    uint32_t start, end, handler;
    uint16_t exc_reg;
} sk_exc_entry;

/* An inline cache: what a global or attribute lookup found last time,
 * with what must still hold for the answer to be reused. */
typedef struct sk_inline_cache {
    uint64_t guard;        /* dict version or type version */
    uint64_t guard2;       /* builtins dict version, for globals */
    sk_value value;        /* the value or descriptor found */
    int64_t index;         /* entry index in an instance dict, or -1 */
} sk_inline_cache;

typedef struct sk_code {
    sk_obj hdr;
    uint32_t *insns;
    uint32_t ninsns;
    uint32_t nexc;
    uint32_t ncaches;
    uint32_t flags;
    int32_t firstlineno;
    uint16_t nregs, nlocals;
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint16_t ncells, nfree, free_base;
    uint16_t *cell_regs;         /* ncells entries */
    int16_t *cell_param;         /* ncells: the parameter index a cell wraps, or -1 */
    sk_code_pos *positions;      /* ninsns entries */
    sk_exc_entry *exctable;      /* nexc entries */
    sk_inline_cache *caches;     /* ncaches entries */
    sk_value consts;             /* tuple */
    sk_value names;              /* tuple of interned str */
    sk_value varnames;           /* tuple of str: the nlocals named locals */
    sk_value cellvars, freevars; /* tuples of str */
    sk_value name, qualname, filename;
    sk_value source;             /* str: the whole source text (for tracebacks
                                    of code from strings), or SK_NULL */
} sk_code;

static inline sk_code *sk_code_ptr(sk_value v) { return (sk_code *)sk_as_obj(v); }

/* The line of the instruction at pc (0 when unknown). */
static inline int32_t sk_code_line(const sk_code *c, uint32_t pc) {
    return pc < c->ninsns ? c->positions[pc].line : c->firstlineno;
}

SK_INTERNAL sk_value sk_code_new(sk_vm *vm) SK_MUST_CHECK;
/* The position of instruction `index` as co_positions() gives it: a tuple
 * (line, end_line, col, end_col), None for what is unknown. */
SK_INTERNAL sk_value sk_code_position(sk_vm *vm, sk_value code, uint32_t index) SK_MUST_CHECK;
/* Appends the disassembly of `code` and every code object nested in it. */
SK_INTERNAL void sk_code_disassemble(sk_vm *vm, sk_value code, sk_buf *out);
SK_INTERNAL void sk_code_init_type(sk_vm *vm);

#endif
