/* compile.c — the compiler: AST + symbol table to code objects.
 *
 * One `unit` per code object being built. Registers: named locals and
 * cells take the low registers (parameters first), then free variables,
 * then temporaries allocated stack-fashion from `freereg`; a statement
 * releases the temporaries it used. Expressions are compiled either into
 * a register the caller chooses (expr_to) or into whatever register is
 * convenient (expr_any), which for a local variable is the variable's own
 * register — unless the code object contains an assignment expression,
 * which could change a local between its read and its use.
 *
 * Control flow uses forward jump lists patched at their label; `break`,
 * `continue` and `return` walk the stack of enclosing blocks (`fblock`) to
 * run finally bodies, close with-statements and restore the handled
 * exception on the way out. Exception handlers are ranges in the code's
 * exception table; a range is suspended while code emitted on behalf of an
 * outer construct (a finally body copied for `return`) must not be caught
 * by it.
 */
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "dtoa.h"
#include "exc.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "symtable.h"
#include "traceback.h"
#include "tuple.h"

#define NO_JUMP (-1)
#define MAX_FBLOCKS 200

typedef enum fblock_kind {
    FB_LOOP,            /* while / for: break and continue targets */
    FB_FOR,             /* a for loop: its iterator register must be kept */
    FB_TRY_FINALLY,     /* inside `try` with a finally body */
    FB_FINALLY_END,     /* inside a finally body on the exception path */
    FB_TRY_EXCEPT,      /* inside `try` with only except clauses: nothing to undo */
    FB_HANDLER,         /* inside an except clause: restore the handled exc */
    FB_WITH,            /* inside `with`: call __exit__ on the way out */
    FB_ASYNC_WITH,
    FB_EXCEPT_STAR,     /* inside an except* clause */
    FB_HANDLER_NAME,    /* `except E as name`: unbind name on the way out */
} fblock_kind;

typedef struct range_handle {
    int32_t start;      /* current open segment start, -1 if suspended */
    uint32_t handler;   /* set when known; entries are added with it */
    uint16_t reg;
    uint16_t depth;
    int32_t first_entry; /* index of its first exception-table entry */
} range_handle;

typedef struct fblock {
    fblock_kind kind;
    int32_t continue_target;    /* loops */
    int32_t break_list;         /* loops: jumps to patch at the end */
    int32_t reg;                /* iterator / saved exc / with exit register */
    ast_stmts *finalbody;       /* FB_TRY_FINALLY */
    range_handle *range;        /* the handler range to suspend while unwinding */
    const ast_name *name;       /* FB_HANDLER_NAME */
} fblock;

typedef struct unit unit;
typedef struct compiler compiler;

struct compiler {
    sk_vm *vm;
    st_table *st;
    const char *src;
    size_t srclen;
    sk_value filename;
    sk_syntax_error err;
    bool failed;               /* err or a VM exception is set */
    int flags;
    ast_arena *arena;
    const char **line_starts;  /* byte offset of each source line */
    int32_t nlines;
    unit *units;               /* every unit made, for freeing their
                                  buffers however compilation ends */
};

struct unit {
    compiler *c;
    unit *parent;
    unit *next_made;           /* the compiler's list of units */
    st_entry *ste;             /* the scope the code object is for */
    st_entry *scope;           /* current scope: ste, or an inlined comprehension */
    sk_vm *vm;
    /* code */
    uint32_t *code;
    sk_code_pos *pos;
    uint32_t ncode, capcode;
    uint32_t stmt_start;       /* first instruction of the innermost statement */
    uint16_t stmt_live;        /* registers in use when it began (see sk_code_pos) */
    sk_exc_entry *exc;
    uint16_t *exc_depth;
    uint32_t nexc, capexc;
    uint32_t ncaches;
    /* tables: lists of values and dicts mapping them to their index */
    sk_value consts, const_index, names, name_index;
    sk_value varnames, cellvars, freevars;
    uint16_t *cell_regs;
    int16_t *cell_param;
    uint32_t ncells, capcells;
    /* registers */
    int32_t nlocals;            /* named locals (varnames) */
    int32_t free_base, nfree;
    int32_t freereg, maxreg;
    bool alias_locals;          /* may expr_any return a local's own register? */
    uint8_t *assigned;          /* definitely-assigned flags per local register */
    /* state */
    sk_code_pos cur;
    fblock fblocks[MAX_FBLOCKS];
    int32_t nfblocks;
    int32_t argcount, posonly, kwonly;
    uint32_t flags;
    int32_t firstlineno;
    sk_value name, qualname;
    bool has_docstring;
    int32_t in_except_star;     /* depth of except* clauses (return/break check) */
    int32_t loop_depth_in_except_star;
};

/* ---- errors -------------------------------------------------------------------------- */

static bool cerror(unit *u, ast_span span, const char *fmt, ...) {
    compiler *c = u->c;
    if (c->failed) return false;
    c->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
    va_end(ap);
    c->err.kind = SK_SYNTAX_ERROR;
    c->err.lineno = span.line;
    c->err.offset = span.col + 1;
    c->err.end_lineno = span.end_line;
    c->err.end_offset = span.end_col + 1;
    c->err.text = NULL;
    return false;
}

/* A VM error (memory) during compilation. */
static bool vm_failed(unit *u) {
    u->c->failed = true;
    return false;
}

#define CHECK(x)                                                                       \
    do {                                                                               \
        if (!(x)) return false;                                                        \
    } while (0)

/* ---- emitting ------------------------------------------------------------------------ */

static bool grow_code(unit *u, uint32_t need) {
    if (u->ncode + need <= u->capcode) return true;
    uint32_t cap = u->capcode ? u->capcode * 2 : 64;
    while (cap < u->ncode + need) cap *= 2;
    sk_vm *vm = u->vm;
    uint32_t *code = sk_mem_realloc(vm, u->code, u->capcode * sizeof(uint32_t), cap * sizeof(uint32_t));
    if (!code) return vm_failed(u);
    u->code = code;
    sk_code_pos *pos = sk_mem_realloc(vm, u->pos, u->capcode * sizeof(sk_code_pos), cap * sizeof(sk_code_pos));
    if (!pos) return vm_failed(u);
    u->pos = pos;
    u->capcode = cap;
    return true;
}

/* Appends an instruction at the current position; returns its index or -1. */
static int32_t emit(unit *u, uint32_t ins) {
    if (u->c->failed || !grow_code(u, 1)) return -1;
    u->code[u->ncode] = ins;
    u->pos[u->ncode] = u->cur;
    u->pos[u->ncode].stmt_start = u->stmt_start;
    u->pos[u->ncode].stmt_live = u->stmt_live;
    return (int32_t)u->ncode++;
}

static int32_t emitW(unit *u, uint32_t ins, uint32_t w) {
    int32_t at = emit(u, ins);
    if (at < 0) return -1;
    if (emit(u, w) < 0) return -1;
    return at;
}

#define EMIT_ABC(op, a, b, c) emit(u, CREATE_ABC(SK_OP_##op, (a), (b), (c)))
#define EMIT_AB(op, a, b) emit(u, CREATE_ABC(SK_OP_##op, (a), (b), 0))
#define EMIT_A(op, a) emit(u, CREATE_ABC(SK_OP_##op, (a), 0, 0))
#define EMIT_0(op) emit(u, CREATE_ABC(SK_OP_##op, 0, 0, 0))
#define EMIT_AB_OP(opcode, a, b) emit(u, CREATE_ABC((opcode), (a), (b), 0))

static int32_t here(unit *u) { return (int32_t)u->ncode; }

/* A jump to be patched later; jump lists are chained through the offset
 * field (NO_JUMP ends a list). */
static int32_t emit_jump(unit *u) { return emit(u, CREATE_sJ(SK_OP_JMP, NO_JUMP)); }

static int32_t jump_next(unit *u, int32_t at) {
    int32_t off = GETARG_sJ(u->code[at]);
    return off == NO_JUMP ? NO_JUMP : at + 1 + off;
}

static bool set_jump(unit *u, int32_t at, int32_t target) {
    int32_t off = target - (at + 1);
    if (off < SK_SJ_MIN || off > SK_SJ_MAX) return cerror(u, u->cur.line ? (ast_span){u->cur.line, 0, u->cur.line, 0} : (ast_span){1, 0, 1, 0}, "function too large");
    SETARG_sJ(u->code[at], off);
    return true;
}

/* Appends list `l2` to list `*l1`. */
static void concat_jumps(unit *u, int32_t *l1, int32_t l2) {
    if (l2 == NO_JUMP) return;
    if (*l1 == NO_JUMP) {
        *l1 = l2;
        return;
    }
    int32_t list = *l1, next;
    while ((next = jump_next(u, list)) != NO_JUMP) list = next;
    set_jump(u, list, l2);
}

static void patch_list(unit *u, int32_t list, int32_t target) {
    while (list != NO_JUMP && list >= 0) {
        int32_t next = jump_next(u, list);
        set_jump(u, list, target);
        list = next;
    }
}

static void patch_here(unit *u, int32_t list) { patch_list(u, list, here(u)); }

/* a backward jump to a known target */
static bool jump_to(unit *u, int32_t target) {
    int32_t at = emit_jump(u);
    if (at < 0) return false;
    return set_jump(u, at, target);
}

/* ---- positions ------------------------------------------------------------------------- */

static void set_pos(unit *u, ast_span s) {
    u->cur.line = s.line;
    u->cur.end_line = s.end_line;
    u->cur.col = s.col;
    u->cur.end_col = s.end_col;
    u->cur.anchor_left = -1;
    u->cur.anchor_right = -1;
    u->cur.anchor_kind = 0;
}

/* The position of an operation on attribute `attr` whose own position is
 * `loc`: when the attribute name sits on a later line than loc starts,
 * the position starts at the name, as CPython's compiler moves it (so a
 * traceback shows the line with `.name`). */
static void set_attr_pos(unit *u, ast_span loc, ast_expr *attr) {
    if (loc.line != attr->span.end_line) {
        loc.line = attr->span.end_line;
        /* CPython subtracts the name's length in characters from a byte column */
        ast_name n = attr->u.attribute.attr;
        int32_t len = 0;
        for (int32_t i = 0; i < n.len; i++)
            if (((unsigned char)n.str[i] & 0xC0) != 0x80) len++;
        if (len <= attr->span.end_col) {
            loc.col = attr->span.end_col - len;
        } else {
            loc.col = -1;
            loc.end_col = -1;
        }
        if (loc.end_line < loc.line) loc.end_line = loc.line;
        if (loc.line == loc.end_line && loc.end_col < loc.col) loc.end_col = loc.col;
    }
    set_pos(u, loc);
}

static const char *source_line(compiler *c, int32_t line, size_t *len) {
    if (!c->line_starts || line < 1 || line > c->nlines) return NULL;
    const char *s = c->line_starts[line - 1];
    const char *end = c->src + c->srclen;
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r') e++;
    *len = (size_t)(e - s);
    return s;
}

static bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

/* The ^ anchors of a binary operation: the operator between the operands,
 * found as CPython's traceback code finds it in the source. */
static void anchor_binop(unit *u, ast_expr *e) {
    if (e->span.line != e->span.end_line) return;
    size_t len;
    const char *line = source_line(u->c, e->span.line, &len);
    if (!line) return;
    int32_t from = e->u.binop.left->span.end_col, to = e->u.binop.right->span.col;
    if (e->u.binop.left->span.end_line != e->span.line || e->u.binop.right->span.line != e->span.line) return;
    if (from < 0 || to > (int32_t)len || from >= to) return;
    int32_t left = -1, right = -1;
    for (int32_t i = from; i < to; i++) {
        if (is_ws(line[i])) continue;
        left = i;
        right = i + 1;
        if (i + 1 < to && !is_ws(line[i + 1])) right++;
        if (i + 1 < to && line[i] == ')') continue;
        break;
    }
    if (left < 0) return;
    u->cur.anchor_left = left;
    u->cur.anchor_right = right;
    u->cur.anchor_kind = 1;
}

static void anchor_subscript(unit *u, ast_expr *e) {
    if (e->span.line != e->span.end_line) return;
    size_t len;
    const char *line = source_line(u->c, e->span.line, &len);
    if (!line) return;
    ast_expr *v = e->u.subscript.value, *sl = e->u.subscript.slice;
    if (v->span.end_line != e->span.line || sl->span.end_line != e->span.line) return;
    int32_t end = e->span.end_col;
    if (end > (int32_t)len) return;
    int32_t left = v->span.end_col, right = sl->span.end_col + 1;
    while (left < end && line[left] != '[') left++;
    while (right < end && line[right] != ']') right++;
    if (right < end) right++;
    u->cur.anchor_left = left;
    u->cur.anchor_right = right;
    u->cur.anchor_kind = 2;
}

/* ---- constants and names ---------------------------------------------------------------- */

/* The dedup key of a constant: equal keys only for constants that are
 * interchangeable (1, 1.0 and True are equal in Python but not here). */
static sk_value const_key(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    if (t == SK_TYPE(vm, FLOAT)) {
        double d = sk_float_value(v);
        int64_t bits;
        memcpy(&bits, &d, sizeof bits);
        sk_value b = sk_int_from_i64(vm, bits);
        if (!b) return SK_NULL;
        return sk_tuple_pack2(vm, sk_from_obj(t), b);
    }
    if (t == SK_TYPE(vm, COMPLEX) || t == SK_TYPE(vm, CODE) || t == SK_TYPE(vm, TUPLE)) {
        /* identity: never merged */
        return sk_tuple_pack2(vm, sk_from_obj(t), sk_int_from_i64(vm, (int64_t)(uintptr_t)v >> 3));
    }
    return sk_tuple_pack2(vm, sk_from_obj(t), v);
}

static int32_t add_const(unit *u, sk_value v) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, v);
    sk_value key = const_key(vm, v);
    if (!key) return vm_failed(u), -1;
    SK_ROOT(vm, key);
    sk_value found = sk_dict_get(vm, u->const_index, key);
    if (found) {
        sk_gc_roots_restore(vm, mark);
        return (int32_t)sk_as_int(found);
    }
    if (vm->exc) return vm_failed(u), -1;
    int32_t idx = (int32_t)sk_list_len(u->consts);
    if (!sk_list_append(vm, u->consts, v) || !sk_dict_set(vm, u->const_index, key, sk_from_int(idx))) {
        vm_failed(u);
        return -1;
    }
    sk_gc_roots_restore(vm, mark);
    return idx;
}

static int32_t add_name_value(unit *u, sk_value s) {
    sk_vm *vm = u->vm;
    sk_value found = sk_dict_get_str(vm, u->name_index, s);
    if (found) return (int32_t)sk_as_int(found);
    int32_t idx = (int32_t)sk_list_len(u->names);
    if (idx > SK_MAX_Bx) {
        cerror(u, (ast_span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col}, "too many names in one code object");
        return -1;
    }
    if (!sk_list_append(vm, u->names, s) || !sk_dict_set(vm, u->name_index, s, sk_from_int(idx))) {
        vm_failed(u);
        return -1;
    }
    return idx;
}

static sk_value intern_name(unit *u, ast_name n) {
    sk_value s = sk_str_intern(u->vm, n.str, (size_t)n.len);
    if (!s) vm_failed(u);
    return s;
}

static int32_t add_name(unit *u, ast_name n) {
    sk_value s = intern_name(u, n);
    if (!s) return -1;
    return add_name_value(u, s);
}

static int32_t new_cache(unit *u) {
    if (u->ncaches >= 0xFFFF) return 0xFFFF; /* shared, still correct: caches are hints */
    return (int32_t)u->ncaches++;
}

/* ---- registers -------------------------------------------------------------------------- */

static int32_t new_reg(unit *u) {
    int32_t r = u->freereg++;
    if (r >= SK_NO_REG) {
        cerror(u, (ast_span){u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col},
               "too many local variables and temporaries in one function (at most %d)", SK_NO_REG);
        return 0;
    }
    if (u->freereg > u->maxreg) u->maxreg = u->freereg;
    return r;
}

static int32_t new_regs(unit *u, int32_t n) {
    int32_t first = u->freereg;
    for (int32_t i = 0; i < n; i++) new_reg(u);
    return first;
}

/* ---- definite assignment ------------------------------------------------------------------
 * A local read needs CHECKLOCAL only when some path reaches it without an
 * assignment. The compiler tracks, per register, whether every path so far
 * assigned it; branches save and merge the flags conservatively. */

typedef struct assigned_state {
    uint8_t bits[SK_MAX_REGS];
} assigned_state;

static void save_assigned(unit *u, assigned_state *s) { memcpy(s->bits, u->assigned, SK_MAX_REGS); }
static void restore_assigned(unit *u, const assigned_state *s) { memcpy(u->assigned, s->bits, SK_MAX_REGS); }
/* after two paths join: assigned only where both assigned */
static void meet_assigned(unit *u, const assigned_state *other) {
    for (int i = 0; i < SK_MAX_REGS; i++) u->assigned[i] &= other->bits[i];
}

/* ---- names --------------------------------------------------------------------------------- */

typedef enum access_kind {
    ACC_FAST,        /* a register holding the value */
    ACC_DEREF,       /* a register holding a cell */
    ACC_GLOBAL,      /* GETGLOBAL / SETGLOBAL */
    ACC_NAME,        /* GETNAME / SETNAME: module and class bodies */
    ACC_CLASSDEREF,  /* class body reading a free variable: namespace, then cell */
} access_kind;

typedef struct access {
    access_kind kind;
    int32_t reg;
    /* ACC_FAST only: `name += ...` may extend the local's str in place
     * (SK_INPLACE_STR_LOCAL); every other read of it is preceded by UNTIP,
     * so the string it extends is never seen anywhere else */
    bool str_append;
} access;

static bool is_str_append(const st_symbol *sym) {
    return (sym->flags & (DEF_AUG_ADD | DEF_STR_VALUE)) == (DEF_AUG_ADD | DEF_STR_VALUE);
}

/* `n` as this scope spells it after private name mangling. */
static ast_name mangle(unit *u, ast_name n) {
    ast_name m = sk_symtable_mangle(u->c->arena, u->scope->private_name, n);
    return m.str ? m : n;
}

/* How to reach `n` from the current scope. */
static access resolve(unit *u, ast_name n) {
    n = mangle(u, n);
    st_entry *sc = u->scope;
    bool from_comprehension = false;
    while (sc->inlined) {
        st_symbol *sym = sk_symtable_find(sc, n.str, n.len);
        if (sym && (sym->scope == SYM_LOCAL || sym->scope == SYM_CELL) && sym->reg >= 0)
            return (access){sym->scope == SYM_CELL ? ACC_DEREF : ACC_FAST, sym->reg,
                            sym->scope != SYM_CELL && is_str_append(sym)};
        if (sym && (sym->scope == SYM_GLOBAL_EXPLICIT || sym->scope == SYM_GLOBAL_IMPLICIT)) {
            /* globals from a comprehension skip a class body's namespace */
            st_entry *owner = sc->parent;
            while (owner->inlined) owner = owner->parent;
            if (owner->kind == ST_MODULE) return (access){ACC_NAME, -1};
            return (access){ACC_GLOBAL, -1};
        }
        from_comprehension = true;
        sc = sc->parent;
    }
    st_symbol *sym = sk_symtable_find(sc, n.str, n.len);
    st_scope scope = sym ? sym->scope : SYM_GLOBAL_IMPLICIT;
    switch (sc->kind) {
    case ST_MODULE:
        if (scope == SYM_GLOBAL_EXPLICIT) return (access){ACC_GLOBAL, -1};
        return (access){ACC_NAME, -1};
    case ST_CLASS:
        if (scope == SYM_CELL) return (access){ACC_DEREF, sym->reg};
        if (scope == SYM_FREE) {
            if (from_comprehension || (sym->flags & DEF_NONLOCAL)) return (access){ACC_DEREF, sym->reg};
            return (access){ACC_CLASSDEREF, sym->reg};
        }
        /* a comprehension skips the class's namespace, down to the cell the
         * class passes through */
        if (from_comprehension && sym && (sym->flags & DEF_FREE_CLASS) && sym->reg >= 0)
            return (access){ACC_DEREF, sym->reg};
        if (scope == SYM_GLOBAL_EXPLICIT || (from_comprehension && scope != SYM_FREE))
            return (access){ACC_GLOBAL, -1};
        return (access){ACC_NAME, -1};
    default:
        if (scope == SYM_LOCAL) return (access){ACC_FAST, sym->reg, is_str_append(sym)};
        if (scope == SYM_CELL || scope == SYM_FREE) return (access){ACC_DEREF, sym->reg};
        return (access){ACC_GLOBAL, -1};
    }
}

static int32_t name_w(unit *u, ast_name n) {
    int32_t idx = add_name(u, mangle(u, n));
    if (idx < 0) return -1;
    return (int32_t)CREATE_W(idx, new_cache(u));
}

/* Loads name `n` into a register: `target` when >= 0, else any. */
static int32_t load_name(unit *u, ast_name n, int32_t target) {
    access a = resolve(u, n);
    int32_t r;
    switch (a.kind) {
    case ACC_FAST:
        if (!u->assigned[a.reg]) {
            if (EMIT_A(CHECKLOCAL, a.reg) < 0) return -1;
        }
        if (a.str_append && EMIT_A(UNTIP, a.reg) < 0) return -1;
        if (target < 0) {
            if (u->alias_locals) return a.reg;
            target = new_reg(u);
        }
        if (target != a.reg && EMIT_AB(MOVE, target, a.reg) < 0) return -1;
        return target;
    case ACC_DEREF:
        r = target >= 0 ? target : new_reg(u);
        if (EMIT_AB(GETCELL, r, a.reg) < 0) return -1;
        return r;
    case ACC_CLASSDEREF: {
        r = target >= 0 ? target : new_reg(u);
        int32_t w = name_w(u, n);
        if (w < 0 || emitW(u, CREATE_ABC(SK_OP_GETCLASSCELL, r, a.reg, 0), (uint32_t)w) < 0) return -1;
        return r;
    }
    case ACC_GLOBAL:
    case ACC_NAME: {
        r = target >= 0 ? target : new_reg(u);
        int32_t w = name_w(u, n);
        sk_opcode op = a.kind == ACC_GLOBAL ? SK_OP_GETGLOBAL : SK_OP_GETNAME;
        if (w < 0 || emitW(u, CREATE_ABC(op, r, 0, 0), (uint32_t)w) < 0) return -1;
        return r;
    }
    }
    return -1;
}

static bool store_name(unit *u, ast_name n, int32_t value) {
    access a = resolve(u, n);
    switch (a.kind) {
    case ACC_FAST:
        u->assigned[a.reg] = 1;
        if (a.reg == value) return true;
        return EMIT_AB(MOVE, a.reg, value) >= 0;
    case ACC_DEREF:
    case ACC_CLASSDEREF:
        return EMIT_AB(SETCELL, a.reg, value) >= 0;
    case ACC_GLOBAL:
    case ACC_NAME: {
        int32_t w = name_w(u, n);
        sk_opcode op = a.kind == ACC_GLOBAL ? SK_OP_SETGLOBAL : SK_OP_SETNAME;
        return w >= 0 && emitW(u, CREATE_ABC(op, value, 0, 0), (uint32_t)w) >= 0;
    }
    }
    return false;
}

static bool delete_name(unit *u, ast_name n) {
    access a = resolve(u, n);
    switch (a.kind) {
    case ACC_FAST:
        u->assigned[a.reg] = 0;
        return EMIT_A(DELLOCAL, a.reg) >= 0;
    case ACC_DEREF:
    case ACC_CLASSDEREF:
        return EMIT_A(DELCELL, a.reg) >= 0;
    case ACC_GLOBAL:
    case ACC_NAME: {
        int32_t w = name_w(u, n);
        sk_opcode op = a.kind == ACC_GLOBAL ? SK_OP_DELGLOBAL : SK_OP_DELNAME;
        return w >= 0 && emitW(u, CREATE_ABC(op, 0, 0, 0), (uint32_t)w) >= 0;
    }
    }
    return false;
}

/* ---- constants ---------------------------------------------------------------------------- */

static bool load_const_value(unit *u, sk_value v, int32_t reg) {
    if (v == SK_NONE) return EMIT_A(LOADNONE, reg) >= 0;
    if (v == SK_TRUE) return EMIT_A(LOADTRUE, reg) >= 0;
    if (v == SK_FALSE) return EMIT_A(LOADFALSE, reg) >= 0;
    if (sk_is_int(v) && sk_as_int(v) >= SK_SBX_MIN && sk_as_int(v) <= SK_SBX_MAX)
        return emit(u, CREATE_AsBx(SK_OP_LOADINT, reg, (int32_t)sk_as_int(v))) >= 0;
    int32_t k = add_const(u, v);
    if (k < 0) return false;
    if (k <= SK_MAX_Bx) return emit(u, CREATE_ABx(SK_OP_LOADK, reg, k)) >= 0;
    return emitW(u, CREATE_ABC(SK_OP_LOADKX, reg, 0, 0), (uint32_t)k) >= 0;
}

static bool is_identifier_text(const char *s, int32_t len) {
    if (len == 0 || len > 40) return false;
    for (int32_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (i && ch >= '0' && ch <= '9')))
            return false;
    }
    return true;
}

/* The value of a literal. */
static sk_value const_value(unit *u, const ast_const *k, ast_span span) {
    sk_vm *vm = u->vm;
    switch (k->kind) {
    case AST_CONST_NONE: return SK_NONE;
    case AST_CONST_TRUE: return SK_TRUE;
    case AST_CONST_FALSE: return SK_FALSE;
    case AST_CONST_ELLIPSIS: return SK_ELLIPSIS;
    case AST_CONST_INT: {
        sk_value v = sk_int_from_literal(vm, k->text, (size_t)k->len);
        if (!v) {
            if (sk_exc_pending(vm, SK_EXC_VALUE)) {
                /* the digit limit: CPython reports it as a SyntaxError */
                sk_value e = sk_exc_take(vm);
                sk_value msg = sk_str(vm, e);
                cerror(u, span, "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                       msg ? sk_str_data(msg) : "invalid literal");
                return SK_NULL;
            }
            vm_failed(u);
        }
        return v;
    }
    case AST_CONST_FLOAT: {
        double d;
        if (!sk_dtoa_parse_literal(k->text, (size_t)k->len, &d)) {
            cerror(u, span, "invalid float literal");
            return SK_NULL;
        }
        sk_value v = sk_float_new(vm, d);
        if (!v) vm_failed(u);
        return v;
    }
    case AST_CONST_IMAG: {
        double d;
        if (!sk_dtoa_parse_literal(k->text, (size_t)k->len, &d)) {
            cerror(u, span, "invalid imaginary literal");
            return SK_NULL;
        }
        sk_value v = sk_complex_new(vm, 0.0, d);
        if (!v) vm_failed(u);
        return v;
    }
    case AST_CONST_STR: {
        sk_value v = is_identifier_text(k->text, k->len) ? sk_str_intern(vm, k->text, (size_t)k->len)
                                                          : sk_str_new(vm, k->text, (size_t)k->len);
        if (!v) vm_failed(u);
        return v;
    }
    case AST_CONST_BYTES: {
        sk_value v = sk_bytes_new(vm, k->text, (size_t)k->len);
        if (!v) vm_failed(u);
        return v;
    }
    }
    return SK_NULL;
}

/* ---- expressions ----------------------------------------------------------------------------- */

static bool expr_to(unit *u, ast_expr *e, int32_t reg);
static int32_t expr_any(unit *u, ast_expr *e);
static bool cond_jump(unit *u, ast_expr *e, bool jump_if, int32_t *list);
static bool store_target(unit *u, ast_expr *t, int32_t value);
static bool compile_function(unit *u, const void *node, ast_name name, ast_arguments *args, ast_stmts *body,
                             ast_expr *lambda_body, ast_exprs *decorators, ast_expr *returns, bool is_async,
                             int32_t target, ast_span span);
static bool compile_comprehension(unit *u, ast_expr *e, int32_t target);
static bool await_value(unit *u, int32_t awaitable_reg, int32_t result_reg, int context);

static const sk_opcode binop_opcode[AST_OP_COUNT] = {
    [AST_OP_ADD] = SK_OP_ADD, [AST_OP_SUB] = SK_OP_SUB, [AST_OP_MULT] = SK_OP_MUL,
    [AST_OP_MATMULT] = SK_OP_MATMUL, [AST_OP_DIV] = SK_OP_TRUEDIV, [AST_OP_MOD] = SK_OP_MOD,
    [AST_OP_POW] = SK_OP_POW, [AST_OP_LSHIFT] = SK_OP_LSHIFT, [AST_OP_RSHIFT] = SK_OP_RSHIFT,
    [AST_OP_BITOR] = SK_OP_OR, [AST_OP_BITXOR] = SK_OP_XOR, [AST_OP_BITAND] = SK_OP_AND,
    [AST_OP_FLOORDIV] = SK_OP_FLOORDIV,
};

static const sk_nbop binop_nb[AST_OP_COUNT] = {
    [AST_OP_ADD] = SK_NB_ADD, [AST_OP_SUB] = SK_NB_SUB, [AST_OP_MULT] = SK_NB_MUL,
    [AST_OP_MATMULT] = SK_NB_MATMUL, [AST_OP_DIV] = SK_NB_TRUEDIV, [AST_OP_MOD] = SK_NB_MOD,
    [AST_OP_POW] = SK_NB_POW, [AST_OP_LSHIFT] = SK_NB_LSHIFT, [AST_OP_RSHIFT] = SK_NB_RSHIFT,
    [AST_OP_BITOR] = SK_NB_OR, [AST_OP_BITXOR] = SK_NB_XOR, [AST_OP_BITAND] = SK_NB_AND,
    [AST_OP_FLOORDIV] = SK_NB_FLOORDIV,
};

/* a small int literal usable as ADDI's immediate */
static bool small_int_const(ast_expr *e, int32_t *out) {
    if (e->kind != AST_CONSTANT || e->u.constant.kind != AST_CONST_INT) return false;
    const char *t = e->u.constant.text;
    int32_t n = e->u.constant.len;
    if (n == 0 || n > 3) return false;
    int32_t v = 0;
    for (int32_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9') return false;
        v = v * 10 + (t[i] - '0');
    }
    if (n > 1 && t[0] == '0') return false;
    *out = v;
    return v <= 127;
}

static bool binop(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    int32_t k;
    ast_operator op = e->u.binop.op;
    if ((op == AST_OP_ADD || op == AST_OP_SUB) && small_int_const(e->u.binop.right, &k)) {
        int32_t a = expr_any(u, e->u.binop.left);
        if (a < 0) return false;
        set_pos(u, e->span);
        anchor_binop(u, e);
        u->freereg = save;
        return emit(u, CREATE_ABC(SK_OP_ADDI, target, a, (op == AST_OP_SUB ? -k : k) + 128)) >= 0;
    }
    int32_t a = expr_any(u, e->u.binop.left);
    if (a < 0) return false;
    int32_t b = expr_any(u, e->u.binop.right);
    if (b < 0) return false;
    set_pos(u, e->span);
    anchor_binop(u, e);
    u->freereg = save;
    return emit(u, CREATE_ABC(binop_opcode[op], target, a, b)) >= 0;
}

static const sk_opcode cmp_value_op[AST_CMP_COUNT] = {
    [AST_CMP_EQ] = SK_OP_EQ, [AST_CMP_NOTEQ] = SK_OP_NE, [AST_CMP_LT] = SK_OP_LT, [AST_CMP_LTE] = SK_OP_LE,
    [AST_CMP_GT] = SK_OP_GT, [AST_CMP_GTE] = SK_OP_GE, [AST_CMP_IS] = SK_OP_IS, [AST_CMP_ISNOT] = SK_OP_ISNOT,
    [AST_CMP_IN] = SK_OP_IN, [AST_CMP_NOTIN] = SK_OP_NOTIN,
};

/* conditional-jump form: opcode and the sense in which it jumps */
static void cmp_jump_op(ast_cmpop op, sk_opcode *code, bool *negate) {
    *negate = false;
    switch (op) {
    case AST_CMP_EQ: *code = SK_OP_TEQ; break;
    case AST_CMP_NOTEQ: *code = SK_OP_TNE; break;
    case AST_CMP_LT: *code = SK_OP_TLT; break;
    case AST_CMP_LTE: *code = SK_OP_TLE; break;
    case AST_CMP_GT: *code = SK_OP_TGT; break;
    case AST_CMP_GTE: *code = SK_OP_TGE; break;
    case AST_CMP_IS: *code = SK_OP_TIS; break;
    case AST_CMP_ISNOT: *code = SK_OP_TIS; *negate = true; break;
    case AST_CMP_IN: *code = SK_OP_TIN; break;
    default: *code = SK_OP_TIN; *negate = true; break;
    }
}

/* `x in (a, b, ...)` (or `not in`) with a tuple display of up to this
 * many plain items tests x against the items' registers: the tuple, which
 * nothing else could see, is never made. */
#define IN_DISPLAY_MAX 16

static bool has_starred(ast_exprs elts);

static bool is_in_display(ast_expr *e) {
    if (e->kind != AST_COMPARE || e->u.compare.count != 1) return false;
    ast_cmpop op = e->u.compare.ops[0];
    ast_expr *r = e->u.compare.comparators[0];
    return (op == AST_CMP_IN || op == AST_CMP_NOTIN) && r->kind == AST_TUPLE && r->u.list.elts.count > 0 &&
           r->u.list.elts.count <= IN_DISPLAY_MAX && !has_starred(r->u.list.elts);
}

/* x, then the items, in consecutive registers (the order CPython
 * evaluates them in), then INREGS / NOTINREGS. */
static bool in_display_value(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    ast_exprs elts = e->u.compare.comparators[0]->u.list.elts;
    int32_t first = new_reg(u);
    if (!expr_to(u, e->u.compare.left, first)) return false;
    u->freereg = first + 1;
    for (int32_t i = 0; i < elts.count; i++) {
        int32_t r = new_reg(u);
        if (!expr_to(u, elts.items[i], r)) return false;
        u->freereg = r + 1;
    }
    set_pos(u, e->span);
    sk_opcode op = e->u.compare.ops[0] == AST_CMP_IN ? SK_OP_INREGS : SK_OP_NOTINREGS;
    if (emit(u, CREATE_ABC(op, target, first, elts.count)) < 0) return false;
    u->freereg = save;
    return true;
}

/* The comparison chain in value context. */
static bool compare_value(unit *u, ast_expr *e, int32_t target) {
    if (is_in_display(e)) return in_display_value(u, e, target);
    int32_t save = u->freereg;
    int32_t n = e->u.compare.count;
    int32_t left = expr_any(u, e->u.compare.left);
    if (left < 0) return false;
    int32_t done = NO_JUMP;
    for (int32_t i = 0; i < n; i++) {
        ast_expr *rhs = e->u.compare.comparators[i];
        int32_t right = expr_any(u, rhs);
        if (right < 0) return false;
        /* keep the right operand for the next comparison */
        if (i + 1 < n && right != target && right < save) {
            int32_t t = new_reg(u);
            if (EMIT_AB(MOVE, t, right) < 0) return false;
            right = t;
        }
        set_pos(u, e->span);
        if (emit(u, CREATE_ABC(cmp_value_op[e->u.compare.ops[i]], target, left, right)) < 0) return false;
        if (i + 1 < n) {
            /* stop at the first false result: the value is that result */
            if (EMIT_AB(TEST, target, 0) < 0) return false;
            int32_t j = emit_jump(u);
            if (j < 0) return false;
            concat_jumps(u, &done, j);
        }
        left = right;
    }
    patch_here(u, done);
    u->freereg = save;
    return true;
}

static bool boolop_value(unit *u, ast_expr *e, int32_t target) {
    /* a or b: target = a; if truthy, done; else target = b ... */
    int32_t done = NO_JUMP;
    ast_exprs vs = e->u.boolop.values;
    for (int32_t i = 0; i < vs.count; i++) {
        int32_t save = u->freereg;
        if (!expr_to(u, vs.items[i], target)) return false;
        u->freereg = save;
        if (i + 1 < vs.count) {
            /* and: jump out when false; or: when true */
            if (EMIT_AB(TEST, target, e->u.boolop.op == AST_OR ? 1 : 0) < 0) return false;
            int32_t j = emit_jump(u);
            if (j < 0) return false;
            concat_jumps(u, &done, j);
        }
    }
    patch_here(u, done);
    return true;
}

/* Arguments of a call into consecutive registers from `base`; returns
 * the count, or -1. Handles the plain case only (no *args / **kwargs). */
static bool has_star_args(ast_expr *call) {
    for (int32_t i = 0; i < call->u.call.args.count; i++)
        if (call->u.call.args.items[i]->kind == AST_STARRED) return true;
    for (int32_t i = 0; i < call->u.call.keywords.count; i++)
        if (!call->u.call.keywords.items[i].arg.str) return true;
    return false;
}

/* A tuple of the keyword names of a call, as a constant. */
static int32_t kwnames_const(unit *u, ast_keywords kws) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    sk_value t = sk_tuple_new(vm, (size_t)kws.count);
    if (!t) return vm_failed(u), -1;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, t);
    for (int32_t i = 0; i < kws.count; i++) {
        sk_value s = intern_name(u, kws.items[i].arg);
        if (!s) return -1;
        sk_tuple_items(t)[i] = s;
    }
    int32_t k = add_const(u, t);
    sk_gc_roots_restore(vm, mark);
    return k;
}

/* f(*a, b, **k): builds the positional tuple in R[base+1] and the keyword
 * dict in R[base+2], then CALLEX. */
static bool call_ex(unit *u, ast_expr *e, int32_t base) {
    ast_exprs args = e->u.call.args;
    ast_keywords kws = e->u.call.keywords;
    int32_t tup = base + 1;
    if (new_reg(u) != tup) return cerror(u, e->span, "internal register error");
    /* f(*a) hands `a` itself to CALLEX, which makes the tuple and, as
     * CPython's CALL_FUNCTION_EX does, names f when `a` is no iterable */
    bool star_only = args.count == 1 && args.items[0]->kind == AST_STARRED;
    if (star_only && !expr_to(u, args.items[0]->u.starred.value, tup)) return false;
    if (!star_only && EMIT_ABC(BUILDLIST, tup, 0, 0) < 0) return false;
    for (int32_t i = 0; !star_only && i < args.count; i++) {
        int32_t save = u->freereg;
        ast_expr *a = args.items[i];
        if (a->kind == AST_STARRED) {
            int32_t r = expr_any(u, a->u.starred.value);
            if (r < 0) return false;
            set_pos(u, e->span);
            if (EMIT_AB(LISTEXTEND, tup, r) < 0) return false;
        } else {
            int32_t r = expr_any(u, a);
            if (r < 0) return false;
            if (EMIT_AB(LISTAPPEND, tup, r) < 0) return false;
        }
        u->freereg = save;
    }
    if (!star_only && EMIT_AB(LISTTOTUPLE, tup, tup) < 0) return false;
    bool have_kw = kws.count > 0;
    if (have_kw) {
        int32_t d = new_reg(u);
        if (EMIT_ABC(BUILDDICT, d, 0, 0) < 0) return false;
        for (int32_t i = 0; i < kws.count; i++) {
            int32_t save = u->freereg;
            ast_keyword *k = &kws.items[i];
            if (!k->arg.str) {
                int32_t r = expr_any(u, k->value);
                if (r < 0) return false;
                set_pos(u, e->span);
                if (EMIT_ABC(DICTMERGE, d, r, base) < 0) return false;
            } else {
                /* name=value: merge a one-item dict so duplicates are caught */
                int32_t pair = new_regs(u, 2);
                sk_value s = intern_name(u, k->arg);
                if (!s || !load_const_value(u, s, pair) || !expr_to(u, k->value, pair + 1)) return false;
                int32_t one = new_reg(u);
                if (EMIT_ABC(BUILDDICT, one, pair, 1) < 0) return false;
                set_pos(u, e->span);
                if (EMIT_ABC(DICTMERGE, d, one, base) < 0) return false;
            }
            u->freereg = save;
        }
    }
    set_pos(u, e->span);
    return EMIT_AB(CALLEX, base, have_kw ? 1 : 0) >= 0;
}

static bool call(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    ast_expr *fn = e->u.call.func;
    ast_exprs args = e->u.call.args;
    ast_keywords kws = e->u.call.keywords;
    /* A call lays out callee and arguments from `base` up and leaves its
     * result in base. When the target is the newest temporary of this
     * statement (nothing above it is live, and no variable lives there),
     * the call is laid out from the target itself: one register and one
     * MOVE less. */
    int32_t base;
    if (target == u->freereg - 1 && target >= u->stmt_live) {
        base = target;
    } else {
        base = new_reg(u);
    }
    bool method = fn->kind == AST_ATTRIBUTE && !has_star_args(e);
    if (method) {
        new_reg(u); /* self */
        int32_t obj = expr_any(u, fn->u.attribute.value);
        if (obj < 0) return false;
        set_attr_pos(u, fn->span, fn);
        int32_t w = name_w(u, fn->u.attribute.attr);
        if (w < 0 || emitW(u, CREATE_ABC(SK_OP_LOADMETHOD, base, obj, 0), (uint32_t)w) < 0) return false;
        u->freereg = base + 2;
    } else {
        if (!expr_to(u, fn, base)) return false;
        u->freereg = base + 1;
    }
    if (has_star_args(e)) {
        if (!call_ex(u, e, base)) return false;
    } else {
        int32_t n = args.count + kws.count;
        if (n > 250) return cerror(u, e->span, "too many arguments in one call");
        int32_t first = u->freereg;
        for (int32_t i = 0; i < args.count; i++) {
            int32_t r = new_reg(u);
            if (!expr_to(u, args.items[i], r)) return false;
            u->freereg = r + 1;
        }
        for (int32_t i = 0; i < kws.count; i++) {
            int32_t r = new_reg(u);
            if (!expr_to(u, kws.items[i].value, r)) return false;
            u->freereg = r + 1;
        }
        (void)first;
        if (method) set_attr_pos(u, e->span, fn);
        else set_pos(u, e->span);
        if (kws.count) {
            int32_t k = kwnames_const(u, kws);
            if (k < 0) return false;
            sk_opcode op = method ? SK_OP_CALLMETHODKW : SK_OP_CALLKW;
            if (emitW(u, CREATE_ABC(op, base, n, kws.count), (uint32_t)k) < 0) return false;
        } else {
            if (emit(u, CREATE_ABC(method ? SK_OP_CALLMETHOD : SK_OP_CALL, base, n, 0)) < 0) return false;
        }
    }
    if (target != base && EMIT_AB(MOVE, target, base) < 0) return false;
    u->freereg = save;
    return true;
}

/* [a, *b, c] / (a, *b) / {a, *b}: a list built element by element. */
static bool has_starred(ast_exprs elts) {
    for (int32_t i = 0; i < elts.count; i++)
        if (elts.items[i]->kind == AST_STARRED) return true;
    return false;
}

static bool sequence(unit *u, ast_expr *e, ast_exprs elts, int32_t target, sk_opcode build) {
    int32_t save = u->freereg;
    if (has_starred(elts)) {
        int32_t l = new_reg(u);
        if (build == SK_OP_BUILDSET) {
            if (EMIT_ABC(BUILDSET, l, 0, 0) < 0) return false;
        } else if (EMIT_ABC(BUILDLIST, l, 0, 0) < 0) {
            return false;
        }
        for (int32_t i = 0; i < elts.count; i++) {
            int32_t s2 = u->freereg;
            ast_expr *x = elts.items[i];
            bool star = x->kind == AST_STARRED;
            int32_t r = expr_any(u, star ? x->u.starred.value : x);
            if (r < 0) return false;
            set_pos(u, e->span);
            if (build == SK_OP_BUILDSET) {
                if (EMIT_AB_OP(star ? SK_OP_SETUPDATE : SK_OP_SETADD, l, r) < 0) return false;
            } else if (EMIT_AB_OP(star ? SK_OP_LISTEXTEND : SK_OP_LISTAPPEND, l, r) < 0) {
                return false;
            }
            u->freereg = s2;
        }
        if (build == SK_OP_BUILDTUPLE) {
            if (EMIT_AB(LISTTOTUPLE, target, l) < 0) return false;
        } else if (target != l && EMIT_AB(MOVE, target, l) < 0) {
            return false;
        }
        u->freereg = save;
        return true;
    }
    if (elts.count > 200) {
        /* long displays: append one by one */
        int32_t l = new_reg(u);
        if (emit(u, CREATE_ABC(build == SK_OP_BUILDSET ? SK_OP_BUILDSET : SK_OP_BUILDLIST, l, 0, 0)) < 0)
            return false;
        for (int32_t i = 0; i < elts.count; i++) {
            int32_t s2 = u->freereg;
            int32_t r = expr_any(u, elts.items[i]);
            if (r < 0) return false;
            if (EMIT_AB_OP(build == SK_OP_BUILDSET ? SK_OP_SETADD : SK_OP_LISTAPPEND, l, r) < 0) return false;
            u->freereg = s2;
        }
        set_pos(u, e->span);
        if (build == SK_OP_BUILDTUPLE) {
            if (EMIT_AB(LISTTOTUPLE, target, l) < 0) return false;
        } else if (target != l && EMIT_AB(MOVE, target, l) < 0) {
            return false;
        }
        u->freereg = save;
        return true;
    }
    int32_t first = u->freereg;
    for (int32_t i = 0; i < elts.count; i++) {
        int32_t r = new_reg(u);
        if (!expr_to(u, elts.items[i], r)) return false;
        u->freereg = r + 1;
    }
    set_pos(u, e->span);
    if (emit(u, CREATE_ABC(build, target, first, elts.count)) < 0) return false;
    u->freereg = save;
    return true;
}

static bool dict_display(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    ast_exprs keys = e->u.dict.keys, values = e->u.dict.values;
    bool unpack = false;
    for (int32_t i = 0; i < keys.count; i++)
        if (!keys.items[i]) unpack = true;
    if (!unpack && keys.count <= 100) {
        int32_t first = u->freereg;
        for (int32_t i = 0; i < keys.count; i++) {
            int32_t r = new_regs(u, 2);
            if (!expr_to(u, keys.items[i], r) || !expr_to(u, values.items[i], r + 1)) return false;
            u->freereg = r + 2;
        }
        set_pos(u, e->span);
        if (EMIT_ABC(BUILDDICT, target, first, keys.count) < 0) return false;
        u->freereg = save;
        return true;
    }
    int32_t d = new_reg(u);
    if (EMIT_ABC(BUILDDICT, d, 0, 0) < 0) return false;
    for (int32_t i = 0; i < keys.count; i++) {
        int32_t s2 = u->freereg;
        if (!keys.items[i]) {
            int32_t r = expr_any(u, values.items[i]);
            if (r < 0) return false;
            set_pos(u, e->span);
            if (EMIT_AB(DICTUPDATE, d, r) < 0) return false;
        } else {
            int32_t k = expr_any(u, keys.items[i]);
            if (k < 0) return false;
            int32_t v = expr_any(u, values.items[i]);
            if (v < 0) return false;
            set_pos(u, e->span);
            if (EMIT_ABC(DICTSET, d, k, v) < 0) return false;
        }
        u->freereg = s2;
    }
    if (target != d && EMIT_AB(MOVE, target, d) < 0) return false;
    u->freereg = save;
    return true;
}

static bool joined_str(unit *u, ast_expr *e, int32_t target);

/* value [!conv] [:spec] into target */
static bool formatted_value(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    int32_t v = new_regs(u, 2);
    if (!expr_to(u, e->u.formatted.value, v)) return false;
    unsigned flags = 0;
    switch (e->u.formatted.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
    }
    if (e->u.formatted.format_spec) {
        flags |= 4;
        if (!joined_str(u, e->u.formatted.format_spec, v + 1)) return false;
    }
    set_pos(u, e->span);
    if (EMIT_ABC(FORMAT, target, v, flags) < 0) return false;
    u->freereg = save;
    return true;
}

static bool joined_str(unit *u, ast_expr *e, int32_t target) {
    if (e->kind != AST_JOINEDSTR) return expr_to(u, e, target);
    ast_exprs parts = e->u.joinedstr.values;
    if (parts.count == 0) {
        sk_value empty = u->vm->empty_str;
        return load_const_value(u, empty, target);
    }
    if (parts.count == 1 && parts.items[0]->kind == AST_FORMATTEDVALUE) return formatted_value(u, parts.items[0], target);
    int32_t save = u->freereg;
    int32_t first = u->freereg;
    for (int32_t i = 0; i < parts.count; i++) {
        int32_t r = new_reg(u);
        ast_expr *p = parts.items[i];
        if (p->kind == AST_FORMATTEDVALUE) {
            if (!formatted_value(u, p, r)) return false;
        } else if (!expr_to(u, p, r)) {
            return false;
        }
        u->freereg = r + 1;
    }
    set_pos(u, e->span);
    if (EMIT_ABC(BUILDSTRING, target, first, parts.count) < 0) return false;
    u->freereg = save;
    return true;
}

static bool subscript_load(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    int32_t obj = expr_any(u, e->u.subscript.value);
    if (obj < 0) return false;
    int32_t key = expr_any(u, e->u.subscript.slice);
    if (key < 0) return false;
    set_pos(u, e->span);
    anchor_subscript(u, e);
    if (EMIT_ABC(GETITEM, target, obj, key) < 0) return false;
    u->freereg = save;
    return true;
}

static bool slice_expr(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    int32_t n = e->u.slice.step ? 3 : 2;
    int32_t first = new_regs(u, n);
    ast_expr *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    for (int32_t i = 0; i < n; i++) {
        if (parts[i]) {
            if (!expr_to(u, parts[i], first + i)) return false;
        } else if (EMIT_A(LOADNONE, first + i) < 0) {
            return false;
        }
    }
    set_pos(u, e->span);
    if (EMIT_ABC(BUILDSLICE, target, first, n) < 0) return false;
    u->freereg = save;
    return true;
}

static bool in_async_function(unit *u) { return (u->flags & SK_CO_COROUTINE) || (u->flags & SK_CO_ASYNC_GENERATOR); }

/* May module-level code await here (the REPL's top-level await)? If so,
 * the module's code becomes a coroutine, as CPython's does under
 * PyCF_ALLOW_TOP_LEVEL_AWAIT: running it returns a coroutine object. */
static bool top_level_await(unit *u) {
    if (!(u->c->flags & SK_COMPILE_TOP_LEVEL_AWAIT) || u->ste->kind != ST_MODULE) return false;
    u->flags |= SK_CO_COROUTINE;
    return true;
}

static bool yield_expr(unit *u, ast_expr *e, int32_t target) {
    if (u->ste->kind != ST_FUNCTION && u->ste->kind != ST_GENEXPR)
        return cerror(u, e->span, "'yield' outside function");
    int32_t save = u->freereg;
    int32_t v;
    if (e->u.yield.value) {
        v = expr_any(u, e->u.yield.value);
        if (v < 0) return false;
    } else {
        v = new_reg(u);
        if (EMIT_A(LOADNONE, v) < 0) return false;
    }
    set_pos(u, e->span);
    if (u->flags & SK_CO_ASYNC_GENERATOR) {
        int32_t w = new_reg(u);
        if (EMIT_AB(ASYNCGENWRAP, w, v) < 0) return false;
        v = w;
    }
    if (EMIT_AB(YIELD, target, v) < 0) return false;
    u->freereg = save;
    return true;
}

static bool yield_from_expr(unit *u, ast_expr *e, int32_t target) {
    if (u->ste->kind != ST_FUNCTION) return cerror(u, e->span, "'yield' outside function");
    if (in_async_function(u)) return cerror(u, e->span, "'yield from' inside async function");
    int32_t save = u->freereg;
    int32_t v = expr_any(u, e->u.yieldfrom.value);
    if (v < 0) return false;
    int32_t it = new_reg(u);
    set_pos(u, e->span);
    if (EMIT_AB(GETYIELDFROMITER, it, v) < 0) return false;
    if (EMIT_A(LOADNONE, target) < 0) return false;
    if (EMIT_AB(YIELDFROM, it, target) < 0) return false;
    u->freereg = save;
    return true;
}

/* GETAWAITABLE + YIELDFROM: the value of awaiting R[awaitable_reg]. */
static bool await_value(unit *u, int32_t awaitable_reg, int32_t result_reg, int context) {
    int32_t it = new_reg(u);
    if (EMIT_ABC(GETAWAITABLE, it, awaitable_reg, context) < 0) return false;
    if (EMIT_A(LOADNONE, result_reg) < 0) return false;
    return EMIT_AB(YIELDFROM, it, result_reg) >= 0;
}

static bool await_expr(unit *u, ast_expr *e, int32_t target) {
    if (!in_async_function(u) && !top_level_await(u)) {
        if (u->ste->kind == ST_FUNCTION || u->ste->kind == ST_GENEXPR)
            return cerror(u, e->span, "'await' outside async function");
        return cerror(u, e->span, "'await' outside function");
    }
    int32_t save = u->freereg;
    int32_t v = expr_any(u, e->u.await.value);
    if (v < 0) return false;
    set_pos(u, e->span);
    if (!await_value(u, v, target, 0)) return false;
    u->freereg = save;
    return true;
}

static bool namedexpr(unit *u, ast_expr *e, int32_t target) {
    if (!expr_to(u, e->u.namedexpr.value, target)) return false;
    return store_name(u, e->u.namedexpr.target->u.name.id, target);
}

static bool ifexp(unit *u, ast_expr *e, int32_t target) {
    int32_t else_list = NO_JUMP;
    if (!cond_jump(u, e->u.ifexp.test, false, &else_list)) return false;
    assigned_state before;
    save_assigned(u, &before);
    int32_t save = u->freereg;
    if (!expr_to(u, e->u.ifexp.body, target)) return false;
    u->freereg = save;
    int32_t done = emit_jump(u);
    if (done < 0) return false;
    assigned_state after_body;
    save_assigned(u, &after_body);
    restore_assigned(u, &before);
    patch_here(u, else_list);
    if (!expr_to(u, e->u.ifexp.orelse, target)) return false;
    u->freereg = save;
    meet_assigned(u, &after_body);
    patch_here(u, done);
    return true;
}

static bool unary(unit *u, ast_expr *e, int32_t target) {
    int32_t save = u->freereg;
    int32_t v = expr_any(u, e->u.unaryop.operand);
    if (v < 0) return false;
    set_pos(u, e->span);
    static const sk_opcode ops[] = {[AST_INVERT] = SK_OP_INVERT, [AST_NOT] = SK_OP_NOT, [AST_UADD] = SK_OP_POS,
                                    [AST_USUB] = SK_OP_NEG};
    if (emit(u, CREATE_ABC(ops[e->u.unaryop.op], target, v, 0)) < 0) return false;
    u->freereg = save;
    return true;
}

/* -<number literal> folds to a constant, so that -1 and -2**63 load as
 * values (CPython folds these too). */
static bool negative_literal(unit *u, ast_expr *e, int32_t target, bool *done) {
    SK_ROOT_SCOPE(u->vm);
    *done = false;
    ast_expr *o = e->u.unaryop.operand;
    if (e->u.unaryop.op != AST_USUB || o->kind != AST_CONSTANT) return true;
    ast_const_kind k = o->u.constant.kind;
    if (k != AST_CONST_INT && k != AST_CONST_FLOAT && k != AST_CONST_IMAG) return true;
    sk_value v = const_value(u, &o->u.constant, o->span);
    if (!v) return false;
    SK_ROOT(u->vm, v);
    sk_value neg = sk_neg(u->vm, v);
    if (!neg) return vm_failed(u);
    *done = true;
    return load_const_value(u, neg, target);
}

static bool expr_to(unit *u, ast_expr *e, int32_t target) {
    if (u->c->failed) return false;
    ast_span saved = {u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col};
    set_pos(u, e->span);
    bool ok = true;
    switch (e->kind) {
    case AST_CONSTANT: {
        sk_value v = const_value(u, &e->u.constant, e->span);
        ok = v && load_const_value(u, v, target);
        break;
    }
    case AST_NAME: ok = load_name(u, e->u.name.id, target) >= 0; break;
    case AST_BINOP: ok = binop(u, e, target); break;
    case AST_UNARYOP: {
        bool done;
        ok = negative_literal(u, e, target, &done);
        if (ok && !done) ok = unary(u, e, target);
        break;
    }
    case AST_BOOLOP: ok = boolop_value(u, e, target); break;
    case AST_COMPARE: ok = compare_value(u, e, target); break;
    case AST_CALL: ok = call(u, e, target); break;
    case AST_ATTRIBUTE: {
        int32_t save = u->freereg;
        int32_t obj = expr_any(u, e->u.attribute.value);
        if (obj < 0) return false;
        set_attr_pos(u, e->span, e);
        int32_t w = name_w(u, e->u.attribute.attr);
        ok = w >= 0 && emitW(u, CREATE_ABC(SK_OP_GETATTR, target, obj, 0), (uint32_t)w) >= 0;
        u->freereg = save;
        break;
    }
    case AST_SUBSCRIPT: ok = subscript_load(u, e, target); break;
    case AST_SLICE: ok = slice_expr(u, e, target); break;
    case AST_TUPLE: ok = sequence(u, e, e->u.list.elts, target, SK_OP_BUILDTUPLE); break;
    case AST_LIST: ok = sequence(u, e, e->u.list.elts, target, SK_OP_BUILDLIST); break;
    case AST_SET: ok = sequence(u, e, e->u.set.elts, target, SK_OP_BUILDSET); break;
    case AST_DICT: ok = dict_display(u, e, target); break;
    case AST_JOINEDSTR: ok = joined_str(u, e, target); break;
    case AST_FORMATTEDVALUE: ok = formatted_value(u, e, target); break;
    case AST_IFEXP: ok = ifexp(u, e, target); break;
    case AST_NAMEDEXPR: ok = namedexpr(u, e, target); break;
    case AST_LAMBDA:
        ok = compile_function(u, e, (ast_name){"<lambda>", 8}, e->u.lambda.args, NULL, e->u.lambda.body, NULL, NULL,
                              false, target, e->span);
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENERATOREXP: ok = compile_comprehension(u, e, target); break;
    case AST_YIELD: ok = yield_expr(u, e, target); break;
    case AST_YIELDFROM: ok = yield_from_expr(u, e, target); break;
    case AST_AWAIT: ok = await_expr(u, e, target); break;
    case AST_STARRED: ok = cerror(u, e->span, "can't use starred expression here"); break;
    }
    set_pos(u, saved);
    return ok && !u->c->failed;
}

static int32_t expr_any(unit *u, ast_expr *e) {
    if (e->kind == AST_NAME && u->alias_locals) {
        access a = resolve(u, e->u.name.id);
        if (a.kind == ACC_FAST) {
            ast_span saved = {u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col};
            set_pos(u, e->span);
            int32_t r = load_name(u, e->u.name.id, -1);
            set_pos(u, saved);
            return r;
        }
    }
    int32_t r = new_reg(u);
    if (!expr_to(u, e, r)) return -1;
    u->freereg = r + 1;
    return r;
}

/* Emits a jump (added to *list) taken when truth(e) == jump_if. */
static bool cond_jump(unit *u, ast_expr *e, bool jump_if, int32_t *list) {
    if (u->c->failed) return false;
    int32_t save = u->freereg;
    switch (e->kind) {
    case AST_UNARYOP:
        if (e->u.unaryop.op == AST_NOT) return cond_jump(u, e->u.unaryop.operand, !jump_if, list);
        break;
    case AST_BOOLOP: {
        ast_exprs vs = e->u.boolop.values;
        bool is_and = e->u.boolop.op == AST_AND;
        if (is_and != jump_if) {
            /* and/jump-if-false, or/jump-if-true: any operand decides */
            for (int32_t i = 0; i < vs.count; i++)
                if (!cond_jump(u, vs.items[i], jump_if, list)) return false;
            return true;
        }
        /* and/jump-if-true: all must hold; skip out on the first that fails */
        int32_t skip = NO_JUMP;
        for (int32_t i = 0; i + 1 < vs.count; i++)
            if (!cond_jump(u, vs.items[i], !jump_if, &skip)) return false;
        if (!cond_jump(u, vs.items[vs.count - 1], jump_if, list)) return false;
        patch_here(u, skip);
        return true;
    }
    case AST_COMPARE:
        if (e->u.compare.count == 1 && !is_in_display(e)) {
            int32_t a = expr_any(u, e->u.compare.left);
            if (a < 0) return false;
            int32_t b = expr_any(u, e->u.compare.comparators[0]);
            if (b < 0) return false;
            sk_opcode op;
            bool negate;
            cmp_jump_op(e->u.compare.ops[0], &op, &negate);
            set_pos(u, e->span);
            bool sense = jump_if != negate;
            if (emit(u, CREATE_ABC(op, a, b, sense ? 1 : 0)) < 0) return false;
            int32_t j = emit_jump(u);
            if (j < 0) return false;
            concat_jumps(u, list, j);
            u->freereg = save;
            return true;
        }
        break;
    case AST_CONSTANT: {
        ast_const_kind k = e->u.constant.kind;
        int truth = -1;
        if (k == AST_CONST_TRUE) truth = 1;
        else if (k == AST_CONST_FALSE || k == AST_CONST_NONE) truth = 0;
        if (truth >= 0) {
            if (truth == (int)jump_if) {
                int32_t j = emit_jump(u);
                if (j < 0) return false;
                concat_jumps(u, list, j);
            }
            return true;
        }
        break;
    }
    default: break;
    }
    int32_t r = expr_any(u, e);
    if (r < 0) return false;
    set_pos(u, e->span);
    if (EMIT_AB(TEST, r, jump_if ? 1 : 0) < 0) return false;
    int32_t j = emit_jump(u);
    if (j < 0) return false;
    concat_jumps(u, list, j);
    u->freereg = save;
    return true;
}

/* ---- assignment targets ------------------------------------------------------------------ */

static bool store_target(unit *u, ast_expr *t, int32_t value) {
    ast_span saved = {u->cur.line, u->cur.col, u->cur.end_line, u->cur.end_col};
    int32_t save = u->freereg;
    bool ok = true;
    switch (t->kind) {
    case AST_NAME: ok = store_name(u, t->u.name.id, value); break;
    case AST_ATTRIBUTE: {
        int32_t obj = expr_any(u, t->u.attribute.value);
        if (obj < 0) return false;
        set_attr_pos(u, t->span, t);
        int32_t w = name_w(u, t->u.attribute.attr);
        ok = w >= 0 && emitW(u, CREATE_ABC(SK_OP_SETATTR, obj, value, 0), (uint32_t)w) >= 0;
        break;
    }
    case AST_SUBSCRIPT: {
        int32_t obj = expr_any(u, t->u.subscript.value);
        if (obj < 0) return false;
        int32_t key = expr_any(u, t->u.subscript.slice);
        if (key < 0) return false;
        set_pos(u, t->span);
        ok = EMIT_ABC(SETITEM, obj, key, value) >= 0;
        break;
    }
    case AST_TUPLE:
    case AST_LIST: {
        ast_exprs elts = t->u.list.elts;
        int32_t star = -1;
        for (int32_t i = 0; i < elts.count; i++) {
            if (elts.items[i]->kind == AST_STARRED) {
                if (star >= 0) return cerror(u, t->span, "multiple starred expressions in assignment");
                star = i;
            }
        }
        if (elts.count > 250) return cerror(u, t->span, "too many expressions in star-unpacking assignment");
        int32_t first = new_regs(u, elts.count);
        set_pos(u, t->span);
        if (star < 0) {
            ok = EMIT_ABC(UNPACK, first, value, elts.count) >= 0;
        } else {
            uint32_t w = (uint32_t)star | ((uint32_t)(elts.count - star - 1) << 8);
            ok = emitW(u, CREATE_ABC(SK_OP_UNPACKEX, first, value, 0), w) >= 0;
        }
        for (int32_t i = 0; ok && i < elts.count; i++) {
            ast_expr *x = elts.items[i];
            ok = store_target(u, x->kind == AST_STARRED ? x->u.starred.value : x, first + i);
        }
        break;
    }
    case AST_STARRED: ok = cerror(u, t->span, "starred assignment target must be in a list or tuple"); break;
    default: ok = cerror(u, t->span, "cannot assign to expression"); break;
    }
    u->freereg = save;
    set_pos(u, saved);
    return ok;
}

static bool delete_target(unit *u, ast_expr *t) {
    int32_t save = u->freereg;
    set_pos(u, t->span);
    bool ok = true;
    switch (t->kind) {
    case AST_NAME: ok = delete_name(u, t->u.name.id); break;
    case AST_ATTRIBUTE: {
        int32_t obj = expr_any(u, t->u.attribute.value);
        if (obj < 0) return false;
        set_attr_pos(u, t->span, t);
        int32_t w = name_w(u, t->u.attribute.attr);
        ok = w >= 0 && emitW(u, CREATE_ABC(SK_OP_DELATTR, obj, 0, 0), (uint32_t)w) >= 0;
        break;
    }
    case AST_SUBSCRIPT: {
        int32_t obj = expr_any(u, t->u.subscript.value);
        if (obj < 0) return false;
        int32_t key = expr_any(u, t->u.subscript.slice);
        if (key < 0) return false;
        set_pos(u, t->span);
        ok = EMIT_AB(DELITEM, obj, key) >= 0;
        break;
    }
    case AST_TUPLE:
    case AST_LIST:
        for (int32_t i = 0; ok && i < t->u.list.elts.count; i++) ok = delete_target(u, t->u.list.elts.items[i]);
        break;
    default: ok = cerror(u, t->span, "cannot delete expression"); break;
    }
    u->freereg = save;
    return ok;
}

/* ---- units ----------------------------------------------------------------------------------- */

/* The values a unit holds must survive collections while it is being
 * built: they are rooted through this list of live units. */
static void root_unit(unit *u) {
    /* roots outlive this function: they last as long as the compilation,
     * which restores the root stack when it ends */
    sk_vm *vm = u->vm;
    SK_ROOT(vm, u->consts);
    SK_ROOT(vm, u->const_index);
    SK_ROOT(vm, u->names);
    SK_ROOT(vm, u->name_index);
    SK_ROOT(vm, u->varnames);
    SK_ROOT(vm, u->cellvars);
    SK_ROOT(vm, u->freevars);
    SK_ROOT(vm, u->name);
    SK_ROOT(vm, u->qualname);
}

static unit *unit_new(compiler *c, unit *parent, st_entry *ste, sk_value name, sk_value qualname, int32_t firstline) {
    sk_vm *vm = c->vm;
    unit *u = sk_ast_alloc(c->arena, sizeof(unit));
    if (!u) return NULL;
    u->assigned = sk_ast_alloc(c->arena, SK_MAX_REGS);
    if (!u->assigned) return NULL;
    u->c = c;
    u->parent = parent;
    u->next_made = c->units;
    c->units = u;
    u->ste = ste;
    u->scope = ste;
    u->vm = vm;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstline;
    u->alias_locals = !ste->uses_walrus;
    u->stmt_live = SK_MAX_REGS;  /* outside any statement: every register */
    root_unit(u);  /* before the first allocation: the fields are SK_NULL */
    if (!(u->consts = sk_list_new(vm, 4)) || !(u->const_index = sk_dict_new(vm)) || !(u->names = sk_list_new(vm, 4)) ||
        !(u->name_index = sk_dict_new(vm)) || !(u->varnames = sk_list_new(vm, 4)) ||
        !(u->cellvars = sk_list_new(vm, 0)) || !(u->freevars = sk_list_new(vm, 0)))
        return NULL;
    return u;
}

/* Frees what a unit holds outside the arena; a second call does nothing. */
static void unit_free_buffers(unit *u) {
    sk_vm *vm = u->vm;
    sk_mem_free(vm, u->code, u->capcode * sizeof(uint32_t));
    sk_mem_free(vm, u->pos, u->capcode * sizeof(sk_code_pos));
    sk_mem_free(vm, u->exc, u->capexc * sizeof(sk_exc_entry));
    sk_mem_free(vm, u->exc_depth, u->capexc * sizeof(uint16_t));
    sk_mem_free(vm, u->cell_regs, u->capcells * sizeof(uint16_t));
    sk_mem_free(vm, u->cell_param, u->capcells * sizeof(int16_t));
    u->capcode = u->capexc = u->capcells = 0;
    u->code = NULL;
    u->pos = NULL;
    u->exc = NULL;
    u->exc_depth = NULL;
    u->cell_regs = NULL;
    u->cell_param = NULL;
}

static bool add_cell(unit *u, sk_value name, int32_t reg, int32_t param) {
    if (u->ncells == u->capcells) {
        uint32_t cap = u->capcells ? u->capcells * 2 : 4;
        uint16_t *regs = sk_mem_realloc(u->vm, u->cell_regs, u->capcells * sizeof(uint16_t), cap * sizeof(uint16_t));
        if (!regs) return vm_failed(u);
        u->cell_regs = regs;
        int16_t *params = sk_mem_realloc(u->vm, u->cell_param, u->capcells * sizeof(int16_t), cap * sizeof(int16_t));
        if (!params) return vm_failed(u);
        u->cell_param = params;
        u->capcells = cap;
    }
    u->cell_regs[u->ncells] = (uint16_t)reg;
    u->cell_param[u->ncells] = (int16_t)param;
    u->ncells++;
    if (!sk_list_append(u->vm, u->cellvars, name)) return vm_failed(u);
    return true;
}

/* Registers for the scope's names: parameters, plain locals, cells, free
 * variables, in that order. */
static bool assign_registers(unit *u) {
    st_entry *e = u->ste;
    sk_vm *vm = u->vm;
    int32_t reg = 0;
    bool function_like = e->kind == ST_FUNCTION || e->kind == ST_GENEXPR;
    if (function_like) {
        for (int32_t i = 0; i < e->params.count; i++) {
            st_symbol *s = sk_symtable_find(e, e->params.items[i].str, e->params.items[i].len);
            s->reg = reg;
            u->assigned[reg] = 1;
            sk_value nm = intern_name(u, s->name);
            if (!nm || !sk_list_append(vm, u->varnames, nm)) return vm_failed(u);
            if (s->scope == SYM_CELL && !add_cell(u, nm, reg, reg)) return false;
            reg++;
        }
        for (int32_t k = 0; k < e->norder; k++) {
            st_symbol *s = e->order[k];
            if (s->reg >= 0 || s->scope != SYM_LOCAL) continue;
            s->reg = reg++;
            sk_value nm = intern_name(u, s->name);
            if (!nm || !sk_list_append(vm, u->varnames, nm)) return vm_failed(u);
        }
    }
    u->nlocals = reg;
    /* cells that are not parameters */
    for (int32_t k = 0; k < e->norder; k++) {
        st_symbol *s = e->order[k];
        if (s->reg >= 0 || s->scope != SYM_CELL) continue;
        s->reg = reg++;
        sk_value nm = intern_name(u, s->name);
        if (!nm || !add_cell(u, nm, s->reg, -1)) return false;
    }
    /* free variables, in order: the closure tuple is built to match */
    u->free_base = reg;
    for (int32_t k = 0; k < e->norder; k++) {
        st_symbol *s = e->order[k];
        if (s->scope != SYM_FREE && !(s->flags & DEF_FREE_CLASS)) continue;
        s->reg = reg++;
        sk_value nm = intern_name(u, s->name);
        if (!nm || !sk_list_append(vm, u->freevars, nm)) return vm_failed(u);
        u->nfree++;
    }
    if (reg >= SK_NO_REG) return cerror(u, (ast_span){u->firstlineno, 0, u->firstlineno, 0}, "too many local variables");
    u->freereg = u->maxreg = reg;
    /* free variables and cells are always "assigned" registers */
    for (int32_t r = u->nlocals; r < reg; r++) u->assigned[r] = 1;
    return true;
}

/* Sorts exception-table entries innermost first (by nesting depth, stable). */
static void sort_exc_table(unit *u) {
    for (uint32_t i = 1; i < u->nexc; i++) {
        sk_exc_entry e = u->exc[i];
        uint16_t d = u->exc_depth[i];
        uint32_t j = i;
        while (j > 0 && u->exc_depth[j - 1] < d) {
            u->exc[j] = u->exc[j - 1];
            u->exc_depth[j] = u->exc_depth[j - 1];
            j--;
        }
        u->exc[j] = e;
        u->exc_depth[j] = d;
    }
}

static sk_value unit_finish(unit *u) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    if (u->c->failed) return SK_NULL;
    sort_exc_table(u);
    sk_value cv = sk_code_new(vm);
    if (!cv) return vm_failed(u), SK_NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, cv);
    sk_code *code = sk_code_ptr(cv);
    code->ninsns = u->ncode;
    code->insns = sk_mem_alloc(vm, (u->ncode ? u->ncode : 1) * sizeof(uint32_t));
    code->positions = sk_mem_alloc(vm, (u->ncode ? u->ncode : 1) * sizeof(sk_code_pos));
    if (!code->insns || !code->positions) return vm_failed(u), SK_NULL;
    memcpy(code->insns, u->code, u->ncode * sizeof(uint32_t));
    memcpy(code->positions, u->pos, u->ncode * sizeof(sk_code_pos));
    code->ninsns = u->ncode;
    if (u->nexc) {
        code->exctable = sk_mem_alloc(vm, u->nexc * sizeof(sk_exc_entry));
        if (!code->exctable) return vm_failed(u), SK_NULL;
        memcpy(code->exctable, u->exc, u->nexc * sizeof(sk_exc_entry));
        code->nexc = u->nexc;
    }
    if (u->ncaches) {
        code->caches = sk_mem_alloc(vm, u->ncaches * sizeof(sk_inline_cache));
        if (!code->caches) return vm_failed(u), SK_NULL;
        memset(code->caches, 0, u->ncaches * sizeof(sk_inline_cache));
        code->ncaches = u->ncaches;
    }
    if (u->ncells) {
        code->cell_regs = sk_mem_alloc(vm, u->ncells * sizeof(uint16_t));
        code->cell_param = sk_mem_alloc(vm, u->ncells * sizeof(int16_t));
        if (!code->cell_regs || !code->cell_param) return vm_failed(u), SK_NULL;
        memcpy(code->cell_regs, u->cell_regs, u->ncells * sizeof(uint16_t));
        memcpy(code->cell_param, u->cell_param, u->ncells * sizeof(int16_t));
        code->ncells = (uint16_t)u->ncells;
    }
    code->flags = u->flags;
    code->firstlineno = u->firstlineno;
    code->nregs = (uint16_t)(u->maxreg);
    code->nlocals = (uint16_t)u->nlocals;
    code->argcount = (uint16_t)u->argcount;
    code->posonlyargcount = (uint16_t)u->posonly;
    code->kwonlyargcount = (uint16_t)u->kwonly;
    code->nfree = (uint16_t)u->nfree;
    code->free_base = (uint16_t)u->free_base;
    if (!(code->consts = sk_tuple_from(vm, sk_list_items(u->consts), sk_list_len(u->consts))) ||
        !(code->names = sk_tuple_from(vm, sk_list_items(u->names), sk_list_len(u->names))) ||
        !(code->varnames = sk_tuple_from(vm, sk_list_items(u->varnames), sk_list_len(u->varnames))) ||
        !(code->cellvars = sk_tuple_from(vm, sk_list_items(u->cellvars), sk_list_len(u->cellvars))) ||
        !(code->freevars = sk_tuple_from(vm, sk_list_items(u->freevars), sk_list_len(u->freevars))))
        return vm_failed(u), SK_NULL;
    code->name = u->name;
    code->qualname = u->qualname;
    code->filename = u->c->filename;
    sk_gc_roots_restore(vm, mark);
    return cv;
}

/* ---- exception table ----------------------------------------------------------------------- */

static bool add_exc_entry(unit *u, uint32_t start, uint32_t end, uint32_t handler, uint16_t reg, uint16_t depth) {
    if (start >= end) return true;
    if (u->nexc == u->capexc) {
        uint32_t cap = u->capexc ? u->capexc * 2 : 8;
        sk_exc_entry *e = sk_mem_realloc(u->vm, u->exc, u->capexc * sizeof(sk_exc_entry), cap * sizeof(sk_exc_entry));
        if (!e) return vm_failed(u);
        u->exc = e;
        uint16_t *d = sk_mem_realloc(u->vm, u->exc_depth, u->capexc * sizeof(uint16_t), cap * sizeof(uint16_t));
        if (!d) return vm_failed(u);
        u->exc_depth = d;
        u->capexc = cap;
    }
    u->exc[u->nexc] = (sk_exc_entry){start, end, handler, reg};
    u->exc_depth[u->nexc] = depth;
    u->nexc++;
    return true;
}

/* A handler range: opened where protected code starts, closed (segment by
 * segment) where it ends; the handler address is filled in when known. */
static void range_open(unit *u, range_handle *r, uint16_t reg) {
    r->start = here(u);
    r->handler = UINT32_MAX;
    r->reg = reg;
    r->depth = (uint16_t)u->nfblocks;
    r->first_entry = (int32_t)u->nexc;
}

static bool range_suspend(unit *u, range_handle *r) {
    if (r->start < 0) return true;
    bool ok = add_exc_entry(u, (uint32_t)r->start, (uint32_t)here(u), UINT32_MAX, r->reg, r->depth);
    r->start = -1;
    return ok;
}

static void range_resume(unit *u, range_handle *r) { r->start = here(u); }

/* Closes the range and points all its entries at `handler`. */
static bool range_close(unit *u, range_handle *r, uint32_t handler) {
    if (!range_suspend(u, r)) return false;
    for (uint32_t k = (uint32_t)r->first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc_depth[k] == r->depth && u->exc[k].exc_reg == r->reg)
            u->exc[k].handler = handler;
    return true;
}

/* ---- blocks and unwinding --------------------------------------------------------------------- */

static bool stmts(unit *u, ast_stmts body);

static fblock *push_fblock(unit *u, fblock_kind kind, ast_span span) {
    if (u->nfblocks == MAX_FBLOCKS) {
        cerror(u, span, "too many statically nested blocks");
        return NULL;
    }
    fblock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->break_list = NO_JUMP;
    f->reg = -1;
    return f;
}

static void pop_fblock(unit *u) { u->nfblocks--; }

/* Calls __exit__(None, None, None) of a with block being left normally:
 * BEFOREWITH left the method in exit_reg and, when it did not bind it,
 * the manager in exit_reg + 2 (see its row in vm/opcodes.h). */
static bool with_exit_normal(unit *u, int32_t exit_reg, bool is_async) {
    int32_t save = u->freereg;
    int32_t base = new_regs(u, 5);
    if (EMIT_AB(MOVE, base, exit_reg) < 0 || EMIT_AB(MOVE, base + 1, exit_reg + 2) < 0 ||
        EMIT_A(LOADNONE, base + 2) < 0 || EMIT_A(LOADNONE, base + 3) < 0 || EMIT_A(LOADNONE, base + 4) < 0 ||
        EMIT_AB(CALLMETHOD, base, 3) < 0)
        return false;
    if (is_async && !await_value(u, base, base, 2)) return false;
    u->freereg = save;
    return true;
}

/* Emits what leaving fblock f early requires (finally body, __exit__,
 * restoring the handled exception). `preserve` is a register whose value
 * must survive (a return value) or -1. */
static bool unwind_fblock(unit *u, fblock *f, int32_t preserve) {
    switch (f->kind) {
    case FB_LOOP:
    case FB_FOR:
    case FB_FINALLY_END:
    case FB_TRY_EXCEPT:
        return true;
    case FB_TRY_FINALLY: {
        /* run the finally body (unwind_to has suspended this try's range:
         * its own handler must not catch this copy) */
        int32_t save_nf = u->nfblocks;
        /* the body runs as if outside this try; the blocks it opens reuse
         * the slots from f up, which are put back afterwards (the caller
         * still needs them, to resume their ranges) */
        int32_t at = (int32_t)(f - u->fblocks);
        fblock *left = sk_ast_alloc(u->c->arena, (size_t)(save_nf - at) * sizeof *f);
        if (!left) {
            sk_exc_no_memory(u->vm);
            return vm_failed(u);
        }
        memcpy(left, f, (size_t)(save_nf - at) * sizeof *f);
        u->nfblocks = at;
        assigned_state st;
        save_assigned(u, &st);
        bool ok = stmts(u, *f->finalbody);
        restore_assigned(u, &st);
        memcpy(f, left, (size_t)(save_nf - at) * sizeof *f);
        u->nfblocks = save_nf;
        return ok;
    }
    case FB_HANDLER:
    case FB_EXCEPT_STAR:
        return EMIT_A(POPEXC, f->reg) >= 0;
    case FB_HANDLER_NAME: {
        int32_t save = u->freereg;
        int32_t t = new_reg(u);
        bool ok = EMIT_A(LOADNONE, t) >= 0 && store_name(u, *f->name, t) && delete_name(u, *f->name);
        u->freereg = save;
        return ok;
    }
    case FB_WITH:
    case FB_ASYNC_WITH:
        return with_exit_normal(u, f->reg, f->kind == FB_ASYNC_WITH);
    }
    (void)preserve;
    return true;
}

/* Unwinds from the innermost block up to (not including) `stop`, or all
 * of them when stop is NULL. A block stops protecting the code from the
 * moment it is unwound, for the rest of the way out: an exception in an
 * outer finally body run for a `return` is not caught by an inner try the
 * return has already left. The caller emits its jump, then calls
 * resume_unwound: the code after the jump is inside those blocks again. */
static bool unwind_to(unit *u, fblock *stop, int32_t preserve) {
    for (int32_t i = u->nfblocks - 1; i >= 0; i--) {
        fblock *f = &u->fblocks[i];
        if (f == stop) break;
        if (f->range && !range_suspend(u, f->range)) return false;
        if (!unwind_fblock(u, f, preserve)) return false;
    }
    return true;
}

static void resume_unwound(unit *u, fblock *stop) {
    for (int32_t i = u->nfblocks - 1; i >= 0; i--) {
        fblock *f = &u->fblocks[i];
        if (f == stop) break;
        if (f->range) range_resume(u, f->range);
    }
}

static fblock *innermost_loop(unit *u) {
    for (int32_t i = u->nfblocks - 1; i >= 0; i--)
        if (u->fblocks[i].kind == FB_LOOP || u->fblocks[i].kind == FB_FOR) return &u->fblocks[i];
    return NULL;
}

static bool inside_except_star_before(unit *u, fblock *stop) {
    for (int32_t i = u->nfblocks - 1; i >= 0; i--) {
        fblock *f = &u->fblocks[i];
        if (f == stop) return false;
        if (f->kind == FB_EXCEPT_STAR) return true;
    }
    return false;
}

/* ---- statements ----------------------------------------------------------------------------------- */

static bool stmt(unit *u, ast_stmt *s);

static bool stmts(unit *u, ast_stmts body) {
    for (int32_t i = 0; i < body.count; i++)
        if (!stmt(u, body.items[i])) return false;
    return true;
}

static bool assign(unit *u, ast_stmt *s) {
    ast_exprs targets = s->u.assign.targets;
    ast_expr *value = s->u.assign.value;
    /* x = <expr> for a local x: straight into its register when safe */
    if (targets.count == 1 && targets.items[0]->kind == AST_NAME) {
        access a = resolve(u, targets.items[0]->u.name.id);
        bool direct = a.kind == ACC_FAST && value->kind != AST_BOOLOP && value->kind != AST_IFEXP &&
                      value->kind != AST_NAMEDEXPR && value->kind != AST_COMPARE && value->kind != AST_LISTCOMP &&
                      value->kind != AST_SETCOMP && value->kind != AST_DICTCOMP && value->kind != AST_YIELD &&
                      value->kind != AST_YIELDFROM && value->kind != AST_AWAIT && value->kind != AST_JOINEDSTR &&
                      value->kind != AST_CALL && value->kind != AST_TUPLE && value->kind != AST_LIST &&
                      value->kind != AST_DICT && value->kind != AST_SET;
        if (direct) {
            if (!expr_to(u, value, a.reg)) return false;
            u->assigned[a.reg] = 1;
            return true;
        }
    }
    int32_t v = expr_any(u, value);
    if (v < 0) return false;
    /* keep the value in a temp: a target may overwrite a local it came from */
    if (v < u->nlocals + 0 && targets.count > 1) {
        int32_t t = new_reg(u);
        if (EMIT_AB(MOVE, t, v) < 0) return false;
        v = t;
    }
    for (int32_t i = 0; i < targets.count; i++) {
        set_pos(u, targets.items[i]->span);
        if (!store_target(u, targets.items[i], v)) return false;
    }
    return true;
}

static bool augassign(unit *u, ast_stmt *s) {
    ast_expr *t = s->u.augassign.target;
    sk_nbop op = binop_nb[s->u.augassign.op];
    switch (t->kind) {
    case AST_NAME: {
        set_pos(u, t->span);
        access a = resolve(u, t->u.name.id);
        if (a.kind == ACC_FAST && a.str_append && op == SK_NB_ADD) {
            /* in place: the register is the operand and the result */
            if (!u->assigned[a.reg] && EMIT_A(CHECKLOCAL, a.reg) < 0) return false;
            int32_t v = expr_any(u, s->u.augassign.value);
            if (v < 0) return false;
            set_pos(u, s->span);
            if (emitW(u, CREATE_ABC(SK_OP_INPLACE, a.reg, a.reg, v), (uint32_t)op | SK_INPLACE_STR_LOCAL) < 0)
                return false;
            u->assigned[a.reg] = 1;
            return true;
        }
        int32_t cur = load_name(u, t->u.name.id, -1);
        if (cur < 0) return false;
        if (!u->alias_locals || resolve(u, t->u.name.id).kind != ACC_FAST) {
            /* load_name gave a temp */
        }
        int32_t v = expr_any(u, s->u.augassign.value);
        if (v < 0) return false;
        int32_t r = new_reg(u);
        set_pos(u, s->span);
        if (emitW(u, CREATE_ABC(SK_OP_INPLACE, r, cur, v), (uint32_t)op) < 0) return false;
        set_pos(u, s->span);
        return store_name(u, t->u.name.id, r);
    }
    case AST_ATTRIBUTE: {
        int32_t obj = expr_any(u, t->u.attribute.value);
        if (obj < 0) return false;
        int32_t cur = new_reg(u);
        set_attr_pos(u, t->span, t);
        int32_t w = name_w(u, t->u.attribute.attr);
        if (w < 0 || emitW(u, CREATE_ABC(SK_OP_GETATTR, cur, obj, 0), (uint32_t)w) < 0) return false;
        int32_t v = expr_any(u, s->u.augassign.value);
        if (v < 0) return false;
        set_pos(u, s->span);
        if (emitW(u, CREATE_ABC(SK_OP_INPLACE, cur, cur, v), (uint32_t)op) < 0) return false;
        set_attr_pos(u, t->span, t);
        w = name_w(u, t->u.attribute.attr);
        return w >= 0 && emitW(u, CREATE_ABC(SK_OP_SETATTR, obj, cur, 0), (uint32_t)w) >= 0;
    }
    case AST_SUBSCRIPT: {
        int32_t obj = expr_any(u, t->u.subscript.value);
        if (obj < 0) return false;
        int32_t key = expr_any(u, t->u.subscript.slice);
        if (key < 0) return false;
        int32_t cur = new_reg(u);
        set_pos(u, t->span);
        anchor_subscript(u, t);
        if (EMIT_ABC(GETITEM, cur, obj, key) < 0) return false;
        int32_t v = expr_any(u, s->u.augassign.value);
        if (v < 0) return false;
        set_pos(u, s->span);
        if (emitW(u, CREATE_ABC(SK_OP_INPLACE, cur, cur, v), (uint32_t)op) < 0) return false;
        set_pos(u, t->span);
        return EMIT_ABC(SETITEM, obj, key, cur) >= 0;
    }
    default: return cerror(u, t->span, "'%s' is an illegal expression for augmented assignment", "expression");
    }
}

static bool annassign(unit *u, ast_stmt *s) {
    ast_expr *t = s->u.annassign.target;
    st_kind k = u->ste->kind;
    if (s->u.annassign.value) {
        int32_t v = expr_any(u, s->u.annassign.value);
        if (v < 0) return false;
        if (!store_target(u, t, v)) return false;
    }
    /* module and class bodies record simple annotations in __annotations__ */
    if ((k == ST_MODULE || k == ST_CLASS) && t->kind == AST_NAME && s->u.annassign.simple) {
        int32_t save = u->freereg;
        int32_t ann = new_reg(u);
        sk_value dname = SK_NAME(u->vm, __annotations__);
        int32_t w = add_name_value(u, dname);
        if (w < 0) return false;
        if (emitW(u, CREATE_ABC(SK_OP_GETNAME, ann, 0, 0), CREATE_W(w, new_cache(u))) < 0) return false;
        int32_t val = expr_any(u, s->u.annassign.annotation);
        if (val < 0) return false;
        int32_t key = new_reg(u);
        sk_value nm = intern_name(u, t->u.name.id);
        if (!nm || !load_const_value(u, nm, key)) return false;
        set_pos(u, s->span);
        if (EMIT_ABC(SETITEM, ann, key, val) < 0) return false;
        u->freereg = save;
    } else if ((k == ST_MODULE || k == ST_CLASS) && t->kind != AST_NAME) {
        /* complex targets: the annotation is evaluated, the target's parts too */
        if (!s->u.annassign.value) {
            int32_t save = u->freereg;
            if (t->kind == AST_ATTRIBUTE && expr_any(u, t->u.attribute.value) < 0) return false;
            if (t->kind == AST_SUBSCRIPT && (expr_any(u, t->u.subscript.value) < 0 || expr_any(u, t->u.subscript.slice) < 0))
                return false;
            u->freereg = save;
        }
        if (expr_any(u, s->u.annassign.annotation) < 0) return false;
    }
    return true;
}

static bool if_stmt(unit *u, ast_stmt *s) {
    int32_t else_list = NO_JUMP;
    if (!cond_jump(u, s->u.ifstmt.test, false, &else_list)) return false;
    assigned_state before, after_body;
    save_assigned(u, &before);
    if (!stmts(u, s->u.ifstmt.body)) return false;
    if (s->u.ifstmt.orelse.count) {
        int32_t end = emit_jump(u);
        if (end < 0) return false;
        save_assigned(u, &after_body);
        restore_assigned(u, &before);
        patch_here(u, else_list);
        if (!stmts(u, s->u.ifstmt.orelse)) return false;
        meet_assigned(u, &after_body);
        patch_here(u, end);
    } else {
        restore_assigned(u, &before);
        patch_here(u, else_list);
    }
    return true;
}

static bool while_stmt(unit *u, ast_stmt *s) {
    assigned_state before;
    save_assigned(u, &before);
    int32_t top = here(u);
    int32_t exit_list = NO_JUMP;
    if (!cond_jump(u, s->u.whileloop.test, false, &exit_list)) return false;
    fblock *f = push_fblock(u, FB_LOOP, s->span);
    if (!f) return false;
    f->continue_target = top;
    if (!stmts(u, s->u.whileloop.body)) return false;
    int32_t breaks = f->break_list;
    pop_fblock(u);
    set_pos(u, s->span);
    if (!jump_to(u, top)) return false;
    restore_assigned(u, &before);
    patch_here(u, exit_list);
    if (!stmts(u, s->u.whileloop.orelse)) return false;
    restore_assigned(u, &before);
    patch_here(u, breaks);
    return true;
}

static bool for_stmt(unit *u, ast_stmt *s) {
    bool is_async = s->kind == AST_ASYNCFOR;
    if (is_async && !in_async_function(u) && !top_level_await(u))
        return cerror(u, s->span, "'async for' outside async function");
    int32_t save = u->freereg;
    int32_t it = new_regs(u, 2);
    int32_t src = expr_any(u, s->u.forloop.iter);
    if (src < 0) return false;
    set_pos(u, s->span);
    if (EMIT_AB_OP(is_async ? SK_OP_GETAITER : SK_OP_GETITER, it, src) < 0) return false;
    u->freereg = it + 2;
    assigned_state before;
    save_assigned(u, &before);
    int32_t top = here(u);
    int32_t exit_list = NO_JUMP;
    if (is_async) {
        /* await anext(it); StopAsyncIteration ends the loop */
        range_handle r;
        range_open(u, &r, (uint16_t)(it + 1));
        int32_t aw = new_reg(u);
        set_pos(u, s->span);
        if (EMIT_AB(GETANEXT, aw, it) < 0) return false;
        if (!await_value(u, aw, it + 1, 0)) return false;
        int32_t over = emit_jump(u);
        if (over < 0) return false;
        if (!range_close(u, &r, (uint32_t)here(u))) return false;
        if (EMIT_AB(ENDASYNCFOR, it + 1, 0) < 0) return false;
        int32_t j = emit_jump(u);
        if (j < 0) return false;
        concat_jumps(u, &exit_list, j);
        patch_here(u, over);
        u->freereg = it + 2;
    } else {
        set_pos(u, s->span);
        int32_t at = emit(u, CREATE_AsBx(SK_OP_FORITER, it, 0));
        if (at < 0) return false;
        /* FORITER's own offset is patched below */
        exit_list = NO_JUMP;
        fblock *f = push_fblock(u, FB_FOR, s->span);
        if (!f) return false;
        f->continue_target = top;
        f->reg = it;
        if (!store_target(u, s->u.forloop.target, it + 1)) return false;
        if (!stmts(u, s->u.forloop.body)) return false;
        int32_t breaks = f->break_list;
        pop_fblock(u);
        set_pos(u, s->span);
        if (!jump_to(u, top)) return false;
        int32_t off = here(u) - (at + 1);
        if (off > SK_SBX_MAX) return cerror(u, s->span, "loop body too large");
        SETARG_sBx(u->code[at], off);
        restore_assigned(u, &before);
        if (!stmts(u, s->u.forloop.orelse)) return false;
        restore_assigned(u, &before);
        patch_here(u, breaks);
        u->freereg = save;
        return true;
    }
    fblock *f = push_fblock(u, FB_FOR, s->span);
    if (!f) return false;
    f->continue_target = top;
    f->reg = it;
    if (!store_target(u, s->u.forloop.target, it + 1)) return false;
    if (!stmts(u, s->u.forloop.body)) return false;
    int32_t breaks = f->break_list;
    pop_fblock(u);
    if (!jump_to(u, top)) return false;
    restore_assigned(u, &before);
    patch_here(u, exit_list);
    if (!stmts(u, s->u.forloop.orelse)) return false;
    restore_assigned(u, &before);
    patch_here(u, breaks);
    u->freereg = save;
    return true;
}

static bool return_stmt(unit *u, ast_stmt *s) {
    if (u->ste->kind != ST_FUNCTION) return cerror(u, s->span, "'return' outside function");
    if (inside_except_star_before(u, NULL)) {
        /* CPython reports it at a constant return value, where it has
         * already moved its location, else at the statement */
        ast_expr *v = s->u.ret.value;
        return cerror(u, v && v->kind == AST_CONSTANT ? v->span : s->span,
                      "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (s->u.ret.value && (u->flags & SK_CO_ASYNC_GENERATOR))
        return cerror(u, s->span, "'return' with value in async generator");
    int32_t r = -1;
    if (s->u.ret.value) {
        r = new_reg(u);
        if (!expr_to(u, s->u.ret.value, r)) return false;
    }
    set_pos(u, s->span);
    if (!unwind_to(u, NULL, r)) return false;
    set_pos(u, s->span);
    if ((r >= 0 ? EMIT_A(RETURN, r) : EMIT_0(RETURNNONE)) < 0) return false;
    resume_unwound(u, NULL);
    return true;
}

static bool break_continue(unit *u, ast_stmt *s, bool is_break) {
    fblock *loop = innermost_loop(u);
    /* CPython finds the except* while unwinding, before it notices that
     * there is no loop */
    if (inside_except_star_before(u, loop))
        return cerror(u, s->span, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (!loop) return cerror(u, s->span, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (!unwind_to(u, loop, -1)) return false;
    set_pos(u, s->span);
    if (is_break) {
        int32_t j = emit_jump(u);
        if (j < 0) return false;
        concat_jumps(u, &loop->break_list, j);
    } else if (!jump_to(u, loop->continue_target)) {
        return false;
    }
    resume_unwound(u, loop);
    return true;
}

static bool raise_stmt(unit *u, ast_stmt *s) {
    if (!s->u.raise.exc) return EMIT_0(RERAISECUR) >= 0;
    int32_t e = expr_any(u, s->u.raise.exc);
    if (e < 0) return false;
    int32_t cause = SK_NO_REG;
    if (s->u.raise.cause) {
        cause = expr_any(u, s->u.raise.cause);
        if (cause < 0) return false;
    }
    set_pos(u, s->span);
    return EMIT_AB(RAISE, e, cause) >= 0;
}

static bool assert_stmt(unit *u, ast_stmt *s) {
    int32_t ok_list = NO_JUMP;
    if (!cond_jump(u, s->u.assert.test, true, &ok_list)) return false;
    int32_t r = new_reg(u);
    if (!load_const_value(u, sk_from_obj(SK_EXC_TYPE(u->vm, ASSERTION)), r)) return false;
    if (s->u.assert.msg) {
        int32_t m = new_reg(u);
        if (!expr_to(u, s->u.assert.msg, m)) return false;
        set_pos(u, s->span);
        if (EMIT_AB(CALL, r, 1) < 0) return false;
    }
    set_pos(u, s->span);
    if (EMIT_AB(RAISE, r, SK_NO_REG) < 0) return false;
    patch_here(u, ok_list);
    return true;
}

/* try: body  except ...: handlers  else: orelse */
static bool try_except(unit *u, ast_stmt *s) {
    int32_t save = u->freereg;
    int32_t exc = new_reg(u), saved_exc = new_reg(u);
    fblock *tf = push_fblock(u, FB_TRY_EXCEPT, s->span);
    if (!tf) return false;
    range_handle body;
    range_open(u, &body, (uint16_t)exc);
    tf->range = &body;
    assigned_state before;
    save_assigned(u, &before);
    if (!stmts(u, s->u.trystmt.body)) return false;
    pop_fblock(u);
    if (!range_close(u, &body, UINT32_MAX)) return false;
    /* the else clause runs outside the handlers' protection */
    if (!stmts(u, s->u.trystmt.orelse)) return false;
    int32_t end_list = emit_jump(u);
    if (end_list < 0) return false;
    /* the handler */
    uint32_t handler_at = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)body.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == exc) u->exc[k].handler = handler_at;
    restore_assigned(u, &before);
    ast_handlers hs = s->u.trystmt.handlers;
    set_pos(u, hs.items[0].span);
    if (EMIT_AB(PUSHEXC, exc, saved_exc) < 0) return false;
    range_handle cleanup;
    int32_t cleanup_exc = new_reg(u);
    range_open(u, &cleanup, (uint16_t)cleanup_exc);
    fblock *hf = push_fblock(u, FB_HANDLER, s->span);
    if (!hf) return false;
    hf->reg = saved_exc;
    hf->range = &cleanup;
    for (int32_t i = 0; i < hs.count; i++) {
        ast_handler *h = &hs.items[i];
        set_pos(u, h->span);
        int32_t next = NO_JUMP;
        if (h->type) {
            int32_t hs_save = u->freereg;
            int32_t t = expr_any(u, h->type);
            if (t < 0) return false;
            set_pos(u, h->span);
            if (EMIT_ABC(EXCMATCH, exc, t, 0) < 0) return false;
            next = emit_jump(u);
            if (next < 0) return false;
            u->freereg = hs_save;
        } else if (i != hs.count - 1) {
            return cerror(u, h->span, "default 'except:' must be last");
        }
        assigned_state hb;
        save_assigned(u, &hb);
        if (h->name.str) {
            if (!store_name(u, h->name, exc)) return false;
            fblock *nf = push_fblock(u, FB_HANDLER_NAME, h->span);
            if (!nf) return false;
            nf->name = &h->name;
            /* name = None; del name also when the handler raises */
            range_handle nr;
            int32_t nexc = new_reg(u);
            range_open(u, &nr, (uint16_t)nexc);
            if (!stmts(u, h->body)) return false;
            pop_fblock(u);
            if (!range_close(u, &nr, UINT32_MAX)) return false;
            if (!unwind_fblock(u, nf, -1)) return false; /* normal exit: unbind */
            int32_t over = emit_jump(u);
            if (over < 0) return false;
            uint32_t nh = (uint32_t)here(u);
            for (uint32_t k = (uint32_t)nr.first_entry; k < u->nexc; k++)
                if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == nexc) u->exc[k].handler = nh;
            if (!unwind_fblock(u, nf, -1)) return false;
            if (EMIT_A(RERAISE, nexc) < 0) return false;
            patch_here(u, over);
        } else {
            if (!stmts(u, h->body)) return false;
        }
        restore_assigned(u, &hb);
        /* the handled exception is dead after the clause: its register must
         * not keep it (and the frames of its traceback) alive */
        if (EMIT_AB(ENDEXCEPT, saved_exc, exc) < 0) return false;
        int32_t j = emit_jump(u);
        if (j < 0) return false;
        concat_jumps(u, &end_list, j);
        patch_here(u, next);
    }
    /* nothing matched: re-raise (the cleanup restores the handled exc) */
    if (EMIT_A(RERAISE, exc) < 0) return false;
    pop_fblock(u);
    if (!range_close(u, &cleanup, (uint32_t)here(u))) return false;
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    if (EMIT_A(RERAISE, cleanup_exc) < 0) return false;
    patch_here(u, end_list);
    restore_assigned(u, &before);
    u->freereg = save;
    return true;
}

/* except*: each clause gets the part of the group it matches. */
static bool try_except_star(unit *u, ast_stmt *s) {
    int32_t save = u->freereg;
    int32_t exc = new_reg(u), saved_exc = new_reg(u);
    /* rest, match (EGMATCH writes both), raised list, the result */
    int32_t rest = new_regs(u, 2), raised = new_reg(u);
    fblock *tf = push_fblock(u, FB_TRY_EXCEPT, s->span);
    if (!tf) return false;
    range_handle body;
    range_open(u, &body, (uint16_t)exc);
    tf->range = &body;
    assigned_state before;
    save_assigned(u, &before);
    if (!stmts(u, s->u.trystmt.body)) return false;
    pop_fblock(u);
    if (!range_close(u, &body, UINT32_MAX)) return false;
    if (!stmts(u, s->u.trystmt.orelse)) return false;
    int32_t end_list = emit_jump(u);
    if (end_list < 0) return false;
    uint32_t handler_at = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)body.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == exc) u->exc[k].handler = handler_at;
    restore_assigned(u, &before);
    ast_handlers hs = s->u.trystmt.handlers;
    set_pos(u, hs.items[0].span);
    if (EMIT_AB(PUSHEXC, exc, saved_exc) < 0) return false;
    range_handle cleanup;
    int32_t cleanup_exc = new_reg(u);
    range_open(u, &cleanup, (uint16_t)cleanup_exc);
    if (EMIT_AB(MOVE, rest, exc) < 0 || EMIT_ABC(BUILDLIST, raised, 0, 0) < 0) return false;
    for (int32_t i = 0; i < hs.count; i++) {
        ast_handler *h = &hs.items[i];
        set_pos(u, h->span);
        if (!h->type) return cerror(u, h->span, "expected one or more exception types");
        int32_t hs_save = u->freereg;
        int32_t t = expr_any(u, h->type);
        if (t < 0) return false;
        set_pos(u, h->span);
        if (EMIT_AB(EGMATCH, rest, t) < 0) return false;
        int32_t next = emit_jump(u); /* taken when nothing matched */
        if (next < 0) return false;
        u->freereg = hs_save;
        assigned_state hb;
        save_assigned(u, &hb);
        /* the clause runs with its match as the exception being handled */
        int32_t clause_saved = new_reg(u);
        if (EMIT_AB(PUSHEXC, rest + 1, clause_saved) < 0) return false;
        if (h->name.str && !store_name(u, h->name, rest + 1)) return false;
        fblock *ef = push_fblock(u, FB_EXCEPT_STAR, h->span);
        if (!ef) return false;
        ef->reg = clause_saved;
        range_handle hr;
        int32_t hexc = new_reg(u);
        range_open(u, &hr, (uint16_t)hexc);
        if (!stmts(u, h->body)) return false;
        pop_fblock(u);
        if (!range_close(u, &hr, UINT32_MAX)) return false;
        if (EMIT_A(POPEXC, clause_saved) < 0) return false;
        if (h->name.str) {
            fblock tmp = {.kind = FB_HANDLER_NAME, .name = &h->name};
            if (!unwind_fblock(u, &tmp, -1)) return false;
        }
        int32_t over = emit_jump(u);
        if (over < 0) return false;
        /* a clause that raised: remember what it raised, go on */
        uint32_t hh = (uint32_t)here(u);
        for (uint32_t k = (uint32_t)hr.first_entry; k < u->nexc; k++)
            if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == hexc) u->exc[k].handler = hh;
        if (EMIT_A(POPEXC, clause_saved) < 0) return false;
        if (EMIT_AB(LISTAPPEND, raised, hexc) < 0) return false;
        if (h->name.str) {
            fblock tmp = {.kind = FB_HANDLER_NAME, .name = &h->name};
            if (!unwind_fblock(u, &tmp, -1)) return false;
        }
        patch_here(u, over);
        restore_assigned(u, &hb);
        u->freereg = hs_save;
        patch_here(u, next);
    }
    /* what is left, merged with what the clauses raised */
    if (EMIT_AB(LISTAPPEND, raised, rest) < 0) return false;
    if (EMIT_AB(EGRERAISE, exc, raised) < 0) return false;
    int32_t none = new_reg(u);
    if (EMIT_A(LOADNONE, none) < 0) return false;
    if (EMIT_ABC(TIS, exc, none, 1) < 0) return false;
    int32_t done = emit_jump(u);
    if (done < 0) return false;
    if (EMIT_A(RERAISE, exc) < 0) return false;
    patch_here(u, done);
    if (!range_close(u, &cleanup, (uint32_t)(here(u) + 2))) return false;
    /* normal end: restore and continue */
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    int32_t j = emit_jump(u);
    if (j < 0) return false;
    concat_jumps(u, &end_list, j);
    /* cleanup: restore the handled exception and propagate */
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    if (EMIT_A(RERAISE, cleanup_exc) < 0) return false;
    patch_here(u, end_list);
    restore_assigned(u, &before);
    u->freereg = save;
    return true;
}

/* try: body  finally: fin  — fin runs on every way out */
static bool try_finally(unit *u, ast_stmt *s, bool star) {
    int32_t save = u->freereg;
    int32_t exc = new_reg(u), saved_exc = new_reg(u);
    range_handle body;
    range_open(u, &body, (uint16_t)exc);
    fblock *f = push_fblock(u, FB_TRY_FINALLY, s->span);
    if (!f) return false;
    f->finalbody = &s->u.trystmt.finalbody;
    f->range = &body;
    assigned_state before;
    save_assigned(u, &before);
    bool ok;
    if (s->u.trystmt.handlers.count) ok = star ? try_except_star(u, s) : try_except(u, s);
    else ok = stmts(u, s->u.trystmt.body);
    if (!ok) return false;
    pop_fblock(u);
    if (!range_close(u, &body, UINT32_MAX)) return false;
    restore_assigned(u, &before);
    /* normal path */
    if (!stmts(u, s->u.trystmt.finalbody)) return false;
    int32_t end = emit_jump(u);
    if (end < 0) return false;
    /* exception path: run the body with the exception as the handled one */
    uint32_t h = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)body.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == exc) u->exc[k].handler = h;
    restore_assigned(u, &before);
    if (EMIT_AB(PUSHEXC, exc, saved_exc) < 0) return false;
    range_handle cleanup;
    int32_t cleanup_exc = new_reg(u);
    range_open(u, &cleanup, (uint16_t)cleanup_exc);
    fblock *fe = push_fblock(u, FB_HANDLER, s->span);
    if (!fe) return false;
    fe->reg = saved_exc;
    if (!stmts(u, s->u.trystmt.finalbody)) return false;
    pop_fblock(u);
    if (!range_close(u, &cleanup, UINT32_MAX)) return false;
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    if (EMIT_A(RERAISE, exc) < 0) return false;
    uint32_t ch = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)cleanup.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == cleanup_exc) u->exc[k].handler = ch;
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    if (EMIT_A(RERAISE, cleanup_exc) < 0) return false;
    patch_here(u, end);
    restore_assigned(u, &before);
    u->freereg = save;
    return true;
}

static bool try_stmt(unit *u, ast_stmt *s) {
    bool star = s->kind == AST_TRYSTAR;
    if (s->u.trystmt.finalbody.count) return try_finally(u, s, star);
    return star ? try_except_star(u, s) : try_except(u, s);
}

/* with a as x, b as y: body */
static bool with_items(unit *u, ast_stmt *s, int32_t i) {
    bool is_async = s->kind == AST_ASYNCWITH;
    ast_withitems items = s->u.with.items;
    if (i == items.count) return stmts(u, s->u.with.body);
    ast_withitem *item = &items.items[i];
    int32_t save = u->freereg;
    int32_t mgr = expr_any(u, item->context_expr);
    if (mgr < 0) return false;
    int32_t exitr = new_regs(u, 3);
    /* entering is marked as the whole statement, as CPython marks it */
    set_pos(u, s->span);
    if (EMIT_AB_OP(is_async ? SK_OP_BEFOREASYNCWITH : SK_OP_BEFOREWITH, exitr, mgr) < 0) return false;
    if (is_async && !await_value(u, exitr + 1, exitr + 1, 1)) return false;
    int32_t exc = new_reg(u), saved_exc = new_reg(u);
    range_handle body;
    range_open(u, &body, (uint16_t)exc);
    fblock *f = push_fblock(u, is_async ? FB_ASYNC_WITH : FB_WITH, s->span);
    if (!f) return false;
    f->reg = exitr;
    f->range = &body;
    if (item->optional_vars && !store_target(u, item->optional_vars, exitr + 1)) return false;
    assigned_state before;
    save_assigned(u, &before);
    if (!with_items(u, s, i + 1)) return false;
    pop_fblock(u);
    if (!range_close(u, &body, UINT32_MAX)) return false;
    /* normal exit */
    set_pos(u, s->span);
    if (!with_exit_normal(u, exitr, is_async)) return false;
    int32_t end = emit_jump(u);
    if (end < 0) return false;
    /* exceptional exit: __exit__(type, exc, tb); a true result swallows */
    uint32_t h = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)body.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == exc) u->exc[k].handler = h;
    restore_assigned(u, &before);
    set_pos(u, s->span);
    if (EMIT_AB(PUSHEXC, exc, saved_exc) < 0) return false;
    range_handle cleanup;
    int32_t cleanup_exc = new_reg(u);
    range_open(u, &cleanup, (uint16_t)cleanup_exc);
    if (EMIT_AB(WITHEXIT, exitr, exc) < 0) return false;
    if (is_async && !await_value(u, exitr + 1, exitr + 1, 2)) return false;
    if (EMIT_AB(TEST, exitr + 1, 1) < 0) return false;
    int32_t swallow = emit_jump(u);
    if (swallow < 0) return false;
    if (EMIT_A(RERAISE, exc) < 0) return false;
    if (!range_close(u, &cleanup, UINT32_MAX)) return false;
    uint32_t ch = (uint32_t)here(u);
    for (uint32_t k = (uint32_t)cleanup.first_entry; k < u->nexc; k++)
        if (u->exc[k].handler == UINT32_MAX && u->exc[k].exc_reg == cleanup_exc) u->exc[k].handler = ch;
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    if (EMIT_A(RERAISE, cleanup_exc) < 0) return false;
    patch_here(u, swallow);
    if (EMIT_A(POPEXC, saved_exc) < 0) return false;
    patch_here(u, end);
    restore_assigned(u, &before);
    u->freereg = save;
    return true;
}

static bool with_stmt(unit *u, ast_stmt *s) {
    if (s->kind == AST_ASYNCWITH && !in_async_function(u) &&
        !top_level_await(u))
        return cerror(u, s->span, "'async with' outside async function");
    return with_items(u, s, 0);
}

/* ---- functions and classes ------------------------------------------------------------------------ */

static sk_value make_qualname(unit *u, ast_name name, st_entry *child) {
    sk_vm *vm = u->vm;
    sk_value n = intern_name(u, name);
    if (!n) return SK_NULL;
    /* methods and nested functions: Outer.name or outer.<locals>.name */
    unit *p = u;
    while (p && p->ste->kind == ST_COMPREHENSION) p = p->parent;
    if (!p || p->ste->kind == ST_MODULE) return n;
    /* a global declaration makes it top level */
    ast_name bound = mangle(u, name);
    st_symbol *sym = sk_symtable_find(u->scope, bound.str, bound.len);
    if (sym && sym->scope == SYM_GLOBAL_EXPLICIT) return n;
    sk_value q;
    if (p->ste->kind == ST_FUNCTION || p->ste->kind == ST_GENEXPR) q = sk_str_fmt(vm, "%V.<locals>.%V", p->qualname, n);
    else q = sk_str_fmt(vm, "%V.%V", p->qualname, n);
    if (!q) vm_failed(u);
    return q;
}

static bool compile_body_docstring(unit *fu, ast_stmts body) {
    if (body.count && body.items[0]->kind == AST_EXPR) {
        ast_expr *v = body.items[0]->u.expr.value;
        if (v->kind == AST_CONSTANT && v->u.constant.kind == AST_CONST_STR) {
            sk_value d = const_value(fu, &v->u.constant, v->span);
            if (!d) return false;
            /* the docstring is constant 0 */
            if (add_const(fu, d) != 0) return cerror(fu, v->span, "internal: docstring is not the first constant");
            fu->has_docstring = true;
            fu->flags |= SK_CO_HAS_DOCSTRING;
        }
    }
    return true;
}

/* The closure of a nested code object: a tuple of our cells matching its
 * free variables, in the order it lists them. */
static int32_t closure_tuple(unit *u, unit *fu) {
    int32_t n = (int32_t)sk_list_len(fu->freevars);
    if (n == 0) return -1;
    int32_t first = new_regs(u, n);
    for (int32_t i = 0; i < n; i++) {
        sk_value nm = sk_list_items(fu->freevars)[i];
        ast_name an = {sk_str_data(nm), (int32_t)sk_str_size(nm)};
        /* our register holding that cell */
        st_entry *sc = u->scope;
        int32_t reg = -1;
        for (;;) {
            st_symbol *sym = sk_symtable_find(sc, an.str, an.len);
            bool passes_cell = sym && (sym->scope == SYM_FREE || (sym->flags & DEF_FREE_CLASS));
            if (sym && (sym->scope == SYM_CELL || passes_cell) && sym->reg >= 0 &&
                (sym->scope == SYM_CELL || !sc->inlined)) {
                reg = sym->reg;
                break;
            }
            if (!sc->inlined) break;
            sc = sc->parent;
        }
        if (reg < 0) {
            cerror(u, (ast_span){fu->firstlineno, 0, fu->firstlineno, 0}, "internal: no cell for free variable '%.*s'",
                   an.len, an.str);
            return -2;
        }
        if (EMIT_AB(MOVE, first + i, reg) < 0) return -2;
    }
    int32_t t = first;
    if (EMIT_ABC(BUILDTUPLE, t, first, n) < 0) return -2;
    return t;
}

static unit *open_unit(unit *u, st_entry *child, sk_value name, sk_value qualname, int32_t firstline);
static sk_value close_unit(unit *fu);

static bool defaults_and_annotations(unit *u, ast_arguments *args, ast_expr *returns, int32_t *defaults,
                                     int32_t *kwdefaults, int32_t *annotations) {
    *defaults = *kwdefaults = *annotations = -1;
    if (!args) return true;
    if (args->defaults.count) {
        ast_expr tuple = {.kind = AST_TUPLE, .span = args->defaults.items[0]->span};
        tuple.u.list.elts = args->defaults;
        tuple.u.list.ctx = AST_LOAD;
        *defaults = new_reg(u);
        if (!expr_to(u, &tuple, *defaults)) return false;
        u->freereg = *defaults + 1;
    }
    int32_t nkw = 0;
    for (int32_t i = 0; i < args->kw_defaults.count; i++)
        if (args->kw_defaults.items[i]) nkw++;
    if (nkw) {
        *kwdefaults = new_reg(u);
        if (EMIT_ABC(BUILDDICT, *kwdefaults, 0, 0) < 0) return false;
        for (int32_t i = 0; i < args->kwonlyargs.count; i++) {
            ast_expr *d = args->kw_defaults.items[i];
            if (!d) continue;
            int32_t s = u->freereg;
            int32_t k = new_reg(u);
            sk_value nm = intern_name(u, mangle(u, args->kwonlyargs.items[i].name));
            if (!nm || !load_const_value(u, nm, k)) return false;
            int32_t v = expr_any(u, d);
            if (v < 0) return false;
            if (EMIT_ABC(DICTSET, *kwdefaults, k, v) < 0) return false;
            u->freereg = s;
        }
    }
    /* annotations are evaluated now and kept in a dict (no PEP 563) */
    bool any = returns != NULL;
    ast_args_list *lists[3] = {&args->posonlyargs, &args->args, &args->kwonlyargs};
    for (int l = 0; l < 3 && !any; l++)
        for (int32_t i = 0; i < lists[l]->count; i++)
            if (lists[l]->items[i].annotation) any = true;
    if ((args->vararg && args->vararg->annotation) || (args->kwarg && args->kwarg->annotation)) any = true;
    if (!any) return true;
    *annotations = new_reg(u);
    if (EMIT_ABC(BUILDDICT, *annotations, 0, 0) < 0) return false;
    ast_arg *order[300];
    int32_t n = 0;
    for (int32_t i = 0; i < args->posonlyargs.count && n < 300; i++) order[n++] = &args->posonlyargs.items[i];
    for (int32_t i = 0; i < args->args.count && n < 300; i++) order[n++] = &args->args.items[i];
    if (args->vararg && n < 300) order[n++] = args->vararg;
    for (int32_t i = 0; i < args->kwonlyargs.count && n < 300; i++) order[n++] = &args->kwonlyargs.items[i];
    if (args->kwarg && n < 300) order[n++] = args->kwarg;
    for (int32_t i = 0; i < n; i++) {
        if (!order[i]->annotation) continue;
        int32_t s = u->freereg;
        int32_t k = new_reg(u);
        sk_value nm = intern_name(u, order[i]->name);
        if (!nm || !load_const_value(u, nm, k)) return false;
        int32_t v = expr_any(u, order[i]->annotation);
        if (v < 0) return false;
        if (EMIT_ABC(DICTSET, *annotations, k, v) < 0) return false;
        u->freereg = s;
    }
    if (returns) {
        int32_t s = u->freereg;
        int32_t k = new_reg(u);
        sk_value rk = sk_str_intern_cstr(u->vm, "return");
        if (!rk || !load_const_value(u, rk, k)) return false;
        int32_t v = expr_any(u, returns);
        if (v < 0) return false;
        if (EMIT_ABC(DICTSET, *annotations, k, v) < 0) return false;
        u->freereg = s;
    }
    return true;
}

static bool compile_function(unit *u, const void *node, ast_name name, ast_arguments *args, ast_stmts *body,
                             ast_expr *lambda_body, ast_exprs *decorators, ast_expr *returns, bool is_async,
                             int32_t target, ast_span span) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    int32_t save = u->freereg;
    /* decorators first, in order */
    int32_t ndec = decorators ? decorators->count : 0;
    int32_t dec_first = u->freereg;
    for (int32_t i = 0; i < ndec; i++) {
        int32_t r = new_reg(u);
        if (!expr_to(u, decorators->items[i], r)) return false;
        u->freereg = r + 1;
    }
    int32_t defaults, kwdefaults, annotations;
    if (!defaults_and_annotations(u, args, returns, &defaults, &kwdefaults, &annotations)) return false;
    st_entry *child = sk_symtable_lookup(u->c->st, node);
    if (!child) return cerror(u, span, "internal: no scope for function");
    sk_value nm = intern_name(u, name);
    if (!nm) return false;
    SK_ROOT(vm, nm);
    sk_value qn = make_qualname(u, name, child);
    if (!qn) return false;
    SK_ROOT(vm, qn);
    int32_t firstline = span.line;
    if (decorators && decorators->count) firstline = decorators->items[0]->span.line;
    unit *fu = open_unit(u, child, nm, qn, firstline);
    if (!fu) return false;
    if (args) {
        fu->argcount = args->posonlyargs.count + args->args.count;
        fu->posonly = args->posonlyargs.count;
        fu->kwonly = args->kwonlyargs.count;
        if (args->vararg) fu->flags |= SK_CO_VARARGS;
        if (args->kwarg) fu->flags |= SK_CO_VARKEYWORDS;
    }
    if (is_async) fu->flags |= child->is_async_gen ? SK_CO_ASYNC_GENERATOR : SK_CO_COROUTINE;
    else if (child->is_generator) fu->flags |= SK_CO_GENERATOR;
    if (child->nested) fu->flags |= SK_CO_NESTED;
    bool ok;
    if (lambda_body) {
        /* a lambda's docstring slot holds None */
        ok = add_const(fu, SK_NONE) == 0;
        int32_t r = new_reg(fu);
        if (ok) ok = expr_to(fu, lambda_body, r);
        if (ok) {
            set_pos(fu, lambda_body->span);
            if (child->is_generator) ok = emit(fu, CREATE_ABC(SK_OP_RETURNNONE, 0, 0, 0)) >= 0;
            else ok = emit(fu, CREATE_ABC(SK_OP_RETURN, r, 0, 0)) >= 0;
        }
    } else {
        ok = compile_body_docstring(fu, *body);
        if (ok && !fu->has_docstring) ok = add_const(fu, SK_NONE) == 0;
        if (ok) ok = stmts(fu, *body);
        if (ok) {
            ast_stmt *last = body->count ? body->items[body->count - 1] : NULL;
            if (last) set_pos(fu, (ast_span){last->span.end_line, last->span.end_col, last->span.end_line, last->span.end_col});
            ok = emit(fu, CREATE_ABC(SK_OP_RETURNNONE, 0, 0, 0)) >= 0;
        }
    }
    if (!ok) return false;
    sk_value code = close_unit(fu);
    if (!code) return false;
    SK_ROOT(vm, code);
    set_pos(u, span);
    int32_t closure = closure_tuple(u, fu);
    unit_free_buffers(fu);
    if (closure == -2) return false;
    int32_t k = add_const(u, code);
    if (k < 0) return false;
    if (k > SK_MAX_Bx) return cerror(u, span, "too many constants");
    int32_t f = ndec ? new_reg(u) : target;
    if (emit(u, CREATE_ABx(SK_OP_MAKEFUNC, f, k)) < 0) return false;
    if (defaults >= 0 && EMIT_ABC(FUNCATTR, f, defaults, 0) < 0) return false;
    if (kwdefaults >= 0 && EMIT_ABC(FUNCATTR, f, kwdefaults, 1) < 0) return false;
    if (closure >= 0 && EMIT_ABC(FUNCATTR, f, closure, 2) < 0) return false;
    if (annotations >= 0 && EMIT_ABC(FUNCATTR, f, annotations, 3) < 0) return false;
    /* decorators apply innermost first */
    for (int32_t i = ndec - 1; i >= 0; i--) {
        int32_t base = new_regs(u, 2);
        if (EMIT_AB(MOVE, base, dec_first + i) < 0 || EMIT_AB(MOVE, base + 1, f) < 0) return false;
        set_pos(u, decorators->items[i]->span);
        if (EMIT_AB(CALL, base, 1) < 0) return false;
        if (EMIT_AB(MOVE, i == 0 ? target : f, base) < 0) return false;
        u->freereg = base;
    }
    u->freereg = save;
    return true;
}

static bool funcdef(unit *u, ast_stmt *s) {
    int32_t save = u->freereg;
    int32_t r = new_reg(u);
    if (!compile_function(u, s, s->u.funcdef.name, s->u.funcdef.args, &s->u.funcdef.body, NULL,
                          &s->u.funcdef.decorators, s->u.funcdef.returns, s->kind == AST_ASYNCFUNCTIONDEF, r, s->span))
        return false;
    set_pos(u, s->span);
    bool ok = store_name(u, s->u.funcdef.name, r);
    u->freereg = save;
    return ok;
}

static bool classdef(unit *u, ast_stmt *s) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    int32_t save = u->freereg;
    ast_exprs decs = s->u.classdef.decorators;
    int32_t dec_first = u->freereg;
    for (int32_t i = 0; i < decs.count; i++) {
        int32_t r = new_reg(u);
        if (!expr_to(u, decs.items[i], r)) return false;
        u->freereg = r + 1;
    }
    st_entry *child = sk_symtable_lookup(u->c->st, s);
    if (!child) return cerror(u, s->span, "internal: no scope for class");
    sk_value nm = intern_name(u, s->u.classdef.name);
    if (!nm) return false;
    SK_ROOT(vm, nm);
    sk_value qn = make_qualname(u, s->u.classdef.name, child);
    if (!qn) return false;
    SK_ROOT(vm, qn);
    int32_t firstline = decs.count ? decs.items[0]->span.line : s->span.line;
    unit *cu = open_unit(u, child, nm, qn, firstline);
    if (!cu) return false;
    cu->flags |= SK_CO_CLASS;
    /* __module__ = __name__; __qualname__ = '...' */
    set_pos(cu, s->span);
    int32_t r = new_reg(cu);
    bool ok = add_const(cu, SK_NONE) == 0;
    if (ok) {
        int32_t w = add_name_value(cu, SK_NAME(vm, __name__));
        ok = w >= 0 && emitW(cu, CREATE_ABC(SK_OP_GETGLOBAL, r, 0, 0), CREATE_W(w, new_cache(cu))) >= 0;
        int32_t w2 = add_name_value(cu, SK_NAME(vm, __module__));
        ok = ok && w2 >= 0 && emitW(cu, CREATE_ABC(SK_OP_SETNAME, r, 0, 0), CREATE_W(w2, new_cache(cu))) >= 0;
        ok = ok && load_const_value(cu, qn, r);
        int32_t w3 = add_name_value(cu, SK_NAME(vm, __qualname__));
        ok = ok && w3 >= 0 && emitW(cu, CREATE_ABC(SK_OP_SETNAME, r, 0, 0), CREATE_W(w3, new_cache(cu))) >= 0;
    }
    cu->freereg = r;
    ast_stmts body = s->u.classdef.body;
    /* a docstring becomes __doc__ */
    if (ok && body.count && body.items[0]->kind == AST_EXPR && body.items[0]->u.expr.value->kind == AST_CONSTANT &&
        body.items[0]->u.expr.value->u.constant.kind == AST_CONST_STR) {
        int32_t d = new_reg(cu);
        ok = expr_to(cu, body.items[0]->u.expr.value, d);
        int32_t w = add_name_value(cu, SK_NAME(vm, __doc__));
        ok = ok && w >= 0 && emitW(cu, CREATE_ABC(SK_OP_SETNAME, d, 0, 0), CREATE_W(w, new_cache(cu))) >= 0;
        cu->freereg = d;
    }
    /* annotations in the body need __annotations__ */
    for (int32_t i = 0; ok && i < body.count; i++) {
        if (body.items[i]->kind == AST_ANNASSIGN) {
            ok = emit(cu, CREATE_ABC(SK_OP_SETUPANNOTATIONS, 0, 0, 0)) >= 0;
            break;
        }
    }
    ok = ok && stmts(cu, body);
    if (ok) {
        /* return the __class__ cell (stored as __classcell__) or None */
        st_symbol *cls = sk_symtable_find(child, "__class__", 9);
        int32_t rr = new_reg(cu);
        if (cls && cls->scope == SYM_CELL && cls->reg >= 0) {
            ok = emit(cu, CREATE_ABC(SK_OP_MOVE, rr, cls->reg, 0)) >= 0;
            int32_t w = add_name_value(cu, SK_NAME(vm, __classcell__));
            ok = ok && w >= 0 && emitW(cu, CREATE_ABC(SK_OP_SETNAME, rr, 0, 0), CREATE_W(w, new_cache(cu))) >= 0;
            ok = ok && emit(cu, CREATE_ABC(SK_OP_RETURN, rr, 0, 0)) >= 0;
        } else {
            ok = emit(cu, CREATE_ABC(SK_OP_RETURNNONE, 0, 0, 0)) >= 0;
        }
    }
    if (!ok) return false;
    sk_value code = close_unit(cu);
    if (!code) return false;
    SK_ROOT(vm, code);
    set_pos(u, s->span);
    /* __build_class__(func, name, *bases, **keywords) */
    int32_t closure = closure_tuple(u, cu);
    unit_free_buffers(cu);
    if (closure == -2) return false;
    int32_t base = new_regs(u, 3);
    if (EMIT_A(LOADBUILDCLASS, base) < 0) return false;
    int32_t k = add_const(u, code);
    if (k < 0) return false;
    if (emit(u, CREATE_ABx(SK_OP_MAKEFUNC, base + 1, k)) < 0) return false;
    if (closure >= 0 && EMIT_ABC(FUNCATTR, base + 1, closure, 2) < 0) return false;
    if (!load_const_value(u, nm, base + 2)) return false;
    ast_expr call_node = {.kind = AST_CALL, .span = s->span};
    /* reuse the call machinery: func already in place, args after it */
    ast_exprs bases = s->u.classdef.bases;
    ast_keywords kws = s->u.classdef.keywords;
    bool star = false;
    for (int32_t i = 0; i < bases.count; i++)
        if (bases.items[i]->kind == AST_STARRED) star = true;
    for (int32_t i = 0; i < kws.count; i++)
        if (!kws.items[i].arg.str) star = true;
    (void)call_node;
    if (star) {
        /* build (func, name, *bases) and {**kw} for CALLEX */
        int32_t tup = new_reg(u);
        if (EMIT_ABC(BUILDLIST, tup, base + 1, 2) < 0) return false;
        for (int32_t i = 0; i < bases.count; i++) {
            int32_t s2 = u->freereg;
            ast_expr *b = bases.items[i];
            int32_t br = expr_any(u, b->kind == AST_STARRED ? b->u.starred.value : b);
            if (br < 0) return false;
            if (EMIT_AB_OP(b->kind == AST_STARRED ? SK_OP_LISTEXTEND : SK_OP_LISTAPPEND, tup, br) < 0) return false;
            u->freereg = s2;
        }
        if (EMIT_AB(LISTTOTUPLE, base + 1, tup) < 0) return false;
        int32_t d = base + 2;
        if (EMIT_ABC(BUILDDICT, d, 0, 0) < 0) return false;
        for (int32_t i = 0; i < kws.count; i++) {
            int32_t s2 = u->freereg;
            if (!kws.items[i].arg.str) {
                int32_t kr = expr_any(u, kws.items[i].value);
                if (kr < 0 || EMIT_ABC(DICTMERGE, d, kr, base) < 0) return false;
            } else {
                int32_t kk = new_reg(u);
                sk_value kn = intern_name(u, kws.items[i].arg);
                if (!kn || !load_const_value(u, kn, kk)) return false;
                int32_t v = expr_any(u, kws.items[i].value);
                if (v < 0 || EMIT_ABC(DICTSET, d, kk, v) < 0) return false;
            }
            u->freereg = s2;
        }
        u->freereg = base + 3;
        set_pos(u, s->span);
        if (EMIT_AB(CALLEX, base, 1) < 0) return false;
    } else {
        u->freereg = base + 3;
        for (int32_t i = 0; i < bases.count; i++) {
            int32_t br = new_reg(u);
            if (!expr_to(u, bases.items[i], br)) return false;
            u->freereg = br + 1;
        }
        for (int32_t i = 0; i < kws.count; i++) {
            int32_t kr = new_reg(u);
            if (!expr_to(u, kws.items[i].value, kr)) return false;
            u->freereg = kr + 1;
        }
        int32_t n = 2 + bases.count + kws.count;
        set_pos(u, s->span);
        if (kws.count) {
            int32_t kk = kwnames_const(u, kws);
            if (kk < 0 || emitW(u, CREATE_ABC(SK_OP_CALLKW, base, n, kws.count), (uint32_t)kk) < 0) return false;
        } else if (EMIT_AB(CALL, base, n) < 0) {
            return false;
        }
    }
    int32_t result = base;
    for (int32_t i = decs.count - 1; i >= 0; i--) {
        int32_t b2 = new_regs(u, 2);
        if (EMIT_AB(MOVE, b2, dec_first + i) < 0 || EMIT_AB(MOVE, b2 + 1, result) < 0) return false;
        set_pos(u, decs.items[i]->span);
        if (EMIT_AB(CALL, b2, 1) < 0) return false;
        result = b2;
    }
    set_pos(u, s->span);
    bool stored = store_name(u, s->u.classdef.name, result);
    u->freereg = save;
    return stored;
}

/* ---- imports ---------------------------------------------------------------------------------- */

static bool import_stmt(unit *u, ast_stmt *s) {
    ast_aliases names = s->u.import.names;
    for (int32_t i = 0; i < names.count; i++) {
        ast_alias *a = &names.items[i];
        int32_t save = u->freereg;
        set_pos(u, s->span);
        int32_t args = new_regs(u, 2);
        if (EMIT_A(LOADNONE, args) < 0) return false;
        if (emit(u, CREATE_AsBx(SK_OP_LOADINT, args + 1, 0)) < 0) return false;
        sk_value full = intern_name(u, a->name);
        if (!full) return false;
        int32_t k = add_const(u, full);
        int32_t m = new_reg(u);
        if (k < 0 || emitW(u, CREATE_ABC(SK_OP_IMPORTNAME, m, args, 0), (uint32_t)k) < 0) return false;
        if (a->asname.str) {
            /* import a.b.c as d: d is the submodule */
            const char *p = a->name.str, *end = p + a->name.len;
            const char *dot = memchr(p, '.', (size_t)(end - p));
            int32_t cur = m;
            while (dot) {
                const char *seg = dot + 1;
                const char *next = memchr(seg, '.', (size_t)(end - seg));
                ast_name part = {seg, (int32_t)((next ? next : end) - seg)};
                int32_t idx = add_name(u, part);
                if (idx < 0) return false;
                if (emitW(u, CREATE_ABC(SK_OP_IMPORTFROM, cur, cur, 0), CREATE_W(idx, 0)) < 0) return false;
                dot = next;
            }
            if (!store_name(u, a->asname, cur)) return false;
        } else {
            int32_t n = 0;
            while (n < a->name.len && a->name.str[n] != '.') n++;
            if (!store_name(u, (ast_name){a->name.str, n}, m)) return false;
        }
        u->freereg = save;
    }
    return true;
}

static bool import_from(unit *u, ast_stmt *s) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    ast_aliases names = s->u.importfrom.names;
    int32_t save = u->freereg;
    int32_t args = new_regs(u, 2);
    bool star = names.count == 1 && names.items[0].name.len == 1 && names.items[0].name.str[0] == '*';
    sk_value fromlist = sk_tuple_new(vm, (size_t)names.count);
    if (!fromlist) return vm_failed(u);
    SK_ROOT(vm, fromlist);
    for (int32_t i = 0; i < names.count; i++) {
        sk_value n = intern_name(u, names.items[i].name);
        if (!n) return false;
        sk_tuple_items(fromlist)[i] = n;
    }
    if (!load_const_value(u, fromlist, args)) return false;
    if (emit(u, CREATE_AsBx(SK_OP_LOADINT, args + 1, s->u.importfrom.level)) < 0) return false;
    sk_value modname = s->u.importfrom.module.str ? intern_name(u, s->u.importfrom.module) : vm->empty_str;
    if (!modname) return false;
    int32_t k = add_const(u, modname);
    int32_t m = new_reg(u);
    set_pos(u, s->span);
    if (k < 0 || emitW(u, CREATE_ABC(SK_OP_IMPORTNAME, m, args, 0), (uint32_t)k) < 0) return false;
    if (star) {
        if (u->ste->kind != ST_MODULE) return cerror(u, s->span, "import * only allowed at module level");
        if (EMIT_A(IMPORTSTAR, m) < 0) return false;
    } else {
        for (int32_t i = 0; i < names.count; i++) {
            ast_alias *a = &names.items[i];
            int32_t v = new_reg(u);
            int32_t idx = add_name(u, a->name);
            if (idx < 0) return false;
            if (emitW(u, CREATE_ABC(SK_OP_IMPORTFROM, v, m, 0), CREATE_W(idx, 0)) < 0) return false;
            if (!store_name(u, a->asname.str ? a->asname : a->name, v)) return false;
            u->freereg = v;
        }
    }
    u->freereg = save;
    return true;
}

/* ---- comprehensions ---------------------------------------------------------------------------- */

/* The loops of a comprehension, innermost emitting the element. `first_it`
 * is the register of the first iterable, already evaluated (outside). */
static bool comprehension_loops(unit *u, ast_expr *e, int32_t gen, int32_t first_it, int32_t result) {
    ast_comprehensions gens = e->u.comp.generators;
    if (gen == gens.count) {
        /* the element */
        int32_t save = u->freereg;
        bool ok = true;
        switch (e->kind) {
        case AST_LISTCOMP: {
            int32_t v = expr_any(u, e->u.comp.elt);
            ok = v >= 0 && EMIT_AB(LISTAPPEND, result, v) >= 0;
            break;
        }
        case AST_SETCOMP: {
            int32_t v = expr_any(u, e->u.comp.elt);
            ok = v >= 0 && EMIT_AB(SETADD, result, v) >= 0;
            break;
        }
        case AST_DICTCOMP: {
            int32_t k = expr_any(u, e->u.comp.key);
            if (k < 0) return false;
            int32_t v = expr_any(u, e->u.comp.value);
            ok = v >= 0 && EMIT_ABC(DICTSET, result, k, v) >= 0;
            break;
        }
        default: {
            /* generator expression: yield the element */
            int32_t v = expr_any(u, e->u.comp.elt);
            if (v < 0) return false;
            set_pos(u, e->u.comp.elt->span);
            if (u->flags & SK_CO_ASYNC_GENERATOR) {
                int32_t w = new_reg(u);
                if (EMIT_AB(ASYNCGENWRAP, w, v) < 0) return false;
                v = w;
            }
            int32_t dummy = new_reg(u);
            ok = EMIT_AB(YIELD, dummy, v) >= 0;
            break;
        }
        }
        u->freereg = save;
        return ok;
    }
    ast_comprehension *g = &gens.items[gen];
    int32_t save = u->freereg;
    int32_t it = new_regs(u, 2);
    if (gen == 0) {
        if (EMIT_AB(MOVE, it, first_it) < 0) return false;
    } else {
        int32_t src = expr_any(u, g->iter);
        if (src < 0) return false;
        set_pos(u, e->span);
        if (EMIT_AB_OP(g->is_async ? SK_OP_GETAITER : SK_OP_GETITER, it, src) < 0) return false;
        u->freereg = it + 2;
    }
    assigned_state before;
    save_assigned(u, &before);
    int32_t top = here(u);
    int32_t exit_list = NO_JUMP;
    int32_t foriter_at = -1;
    if (g->is_async) {
        range_handle r;
        range_open(u, &r, (uint16_t)(it + 1));
        int32_t aw = new_reg(u);
        set_pos(u, e->span);
        if (EMIT_AB(GETANEXT, aw, it) < 0 || !await_value(u, aw, it + 1, 0)) return false;
        int32_t over = emit_jump(u);
        if (over < 0) return false;
        if (!range_close(u, &r, (uint32_t)here(u))) return false;
        if (EMIT_AB(ENDASYNCFOR, it + 1, 0) < 0) return false;
        int32_t j = emit_jump(u);
        if (j < 0) return false;
        concat_jumps(u, &exit_list, j);
        patch_here(u, over);
        u->freereg = it + 2;
    } else {
        set_pos(u, e->span);
        foriter_at = emit(u, CREATE_AsBx(SK_OP_FORITER, it, 0));
        if (foriter_at < 0) return false;
    }
    if (!store_target(u, g->target, it + 1)) return false;
    int32_t skip = NO_JUMP;
    for (int32_t i = 0; i < g->ifs.count; i++)
        if (!cond_jump(u, g->ifs.items[i], false, &skip)) return false;
    if (!comprehension_loops(u, e, gen + 1, first_it, result)) return false;
    patch_list(u, skip, here(u));
    set_pos(u, g->iter->span);
    if (!jump_to(u, top)) return false;
    if (foriter_at >= 0) {
        int32_t off = here(u) - (foriter_at + 1);
        if (off > SK_SBX_MAX) return cerror(u, e->span, "comprehension too large");
        SETARG_sBx(u->code[foriter_at], off);
    }
    patch_here(u, exit_list);
    restore_assigned(u, &before);
    u->freereg = save;
    return true;
}

static unit *open_unit(unit *u, st_entry *child, sk_value name, sk_value qualname, int32_t firstline);

static bool compile_comprehension(unit *u, ast_expr *e, int32_t target) {
    sk_vm *vm = u->vm;
    SK_ROOT_SCOPE(vm);
    st_entry *child = sk_symtable_lookup(u->c->st, e);
    if (!child) return cerror(u, e->span, "internal: no scope for comprehension");
    ast_comprehensions gens = e->u.comp.generators;
    bool is_async = child->comp_is_async;
    if (child->inlined) {
        if (is_async && !in_async_function(u) && !top_level_await(u))
            return cerror(u, e->span, "asynchronous comprehension outside of an asynchronous function");
        int32_t save = u->freereg;
        /* the first iterable, in the enclosing scope */
        int32_t src = expr_any(u, gens.items[0].iter);
        if (src < 0) return false;
        int32_t first_it = new_reg(u);
        set_pos(u, e->span);
        if (EMIT_AB_OP(gens.items[0].is_async ? SK_OP_GETAITER : SK_OP_GETITER, first_it, src) < 0) return false;
        int32_t result = new_reg(u);
        set_pos(u, e->span);
        sk_opcode build = e->kind == AST_LISTCOMP ? SK_OP_BUILDLIST : e->kind == AST_SETCOMP ? SK_OP_BUILDSET
                                                                                                : SK_OP_BUILDDICT;
        if (emit(u, CREATE_ABC(build, result, 0, 0)) < 0) return false;
        /* the comprehension's own variables live in fresh registers */
        st_entry *outer = u->scope;
        u->scope = child;
        for (int32_t k = 0; k < child->norder; k++) {
            st_symbol *sym = child->order[k];
            if (sym->scope != SYM_LOCAL && sym->scope != SYM_CELL) continue;
            sym->reg = new_reg(u);
            u->assigned[sym->reg] = 0;
            if (sym->scope == SYM_CELL) {
                if (EMIT_A(LOADNULL, sym->reg) < 0 || EMIT_A(MAKECELL, sym->reg) < 0) return false;
                u->assigned[sym->reg] = 1;
            }
        }
        bool ok = comprehension_loops(u, e, 0, first_it, result);
        u->scope = outer;
        if (!ok) return false;
        if (target != result && EMIT_AB(MOVE, target, result) < 0) return false;
        u->freereg = save;
        return true;
    }
    /* a generator expression: its own code object, called with the first iterator */
    sk_value nm = sk_str_intern_cstr(vm, "<genexpr>");
    if (!nm) return vm_failed(u);
    SK_ROOT(vm, nm);
    sk_value qn;
    {
        unit *p = u;
        while (p && p->ste->kind == ST_COMPREHENSION) p = p->parent;
        if (!p || p->ste->kind == ST_MODULE) qn = nm;
        else if (p->ste->kind == ST_CLASS) qn = sk_str_fmt(vm, "%V.<genexpr>", p->qualname);
        else qn = sk_str_fmt(vm, "%V.<locals>.<genexpr>", p->qualname);
        if (!qn) return vm_failed(u);
    }
    SK_ROOT(vm, qn);
    unit *gu = open_unit(u, child, nm, qn, e->span.line);
    if (!gu) return false;
    gu->flags |= is_async ? SK_CO_ASYNC_GENERATOR : SK_CO_GENERATOR;
    if (child->nested) gu->flags |= SK_CO_NESTED;
    gu->argcount = 1;
    bool ok = add_const(gu, SK_NONE) == 0;
    set_pos(gu, e->span);
    ok = ok && comprehension_loops(gu, e, 0, 0, -1);
    ok = ok && emit(gu, CREATE_ABC(SK_OP_RETURNNONE, 0, 0, 0)) >= 0;
    if (!ok) return false;
    sk_value code = close_unit(gu);
    if (!code) return false;
    SK_ROOT(vm, code);
    set_pos(u, e->span);
    int32_t save = u->freereg;
    int32_t closure = closure_tuple(u, gu);
    unit_free_buffers(gu);
    if (closure == -2) return false;
    int32_t base = new_regs(u, 2);
    int32_t k = add_const(u, code);
    if (k < 0 || emit(u, CREATE_ABx(SK_OP_MAKEFUNC, base, k)) < 0) return false;
    if (closure >= 0 && EMIT_ABC(FUNCATTR, base, closure, 2) < 0) return false;
    int32_t src = expr_any(u, gens.items[0].iter);
    if (src < 0) return false;
    set_pos(u, e->span);
    if (EMIT_AB_OP(gens.items[0].is_async ? SK_OP_GETAITER : SK_OP_GETITER, base + 1, src) < 0) return false;
    set_pos(u, e->span);
    if (EMIT_AB(CALL, base, 1) < 0) return false;
    if (target != base && EMIT_AB(MOVE, target, base) < 0) return false;
    u->freereg = save;
    return true;
}

/* ---- the statement dispatcher ------------------------------------------------------------------------ */

static bool expr_stmt(unit *u, ast_stmt *s) {
    int32_t save = u->freereg;
    ast_expr *v = s->u.expr.value;
    /* a lone constant does nothing (docstrings, `...`) */
    if (v->kind == AST_CONSTANT && !(u->c->flags & SK_COMPILE_REPL)) return true;
    int32_t r = expr_any(u, v);
    if (r < 0) return false;
    if ((u->c->flags & SK_COMPILE_REPL) && u->ste->kind == ST_MODULE) {
        set_pos(u, s->span);
        if (EMIT_A(PRINTEXPR, r) < 0) return false;
    }
    /* The value is discarded: a temp must not keep it alive, or an object
     * dropped here (a coroutine never awaited, an object with __del__)
     * would outlive the statement as it does not in CPython. */
    if (r >= save && v->kind != AST_CONSTANT && EMIT_AB(DISCARD, r, save) < 0) return false;
    u->freereg = save;
    return true;
}

static bool stmt_body(unit *u, ast_stmt *s);

/* Compiles one statement, recording for the collector where it starts and
 * which registers were in use before it (see sk_code_pos). */
static bool stmt(unit *u, ast_stmt *s) {
    if (u->c->failed) return false;
    uint32_t outer_start = u->stmt_start;
    uint16_t outer_live = u->stmt_live;
    u->stmt_start = u->ncode;
    u->stmt_live = (uint16_t)u->freereg;
    bool ok = stmt_body(u, s);
    u->stmt_start = outer_start;
    u->stmt_live = outer_live;
    return ok;
}

static bool stmt_body(unit *u, ast_stmt *s) {
    set_pos(u, s->span);
    int32_t save = u->freereg;
    bool ok = true;
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF: ok = funcdef(u, s); break;
    case AST_CLASSDEF: ok = classdef(u, s); break;
    case AST_RETURN: ok = return_stmt(u, s); break;
    case AST_DELETE:
        for (int32_t i = 0; ok && i < s->u.del.targets.count; i++) ok = delete_target(u, s->u.del.targets.items[i]);
        break;
    case AST_ASSIGN: ok = assign(u, s); break;
    case AST_AUGASSIGN: ok = augassign(u, s); break;
    case AST_ANNASSIGN: ok = annassign(u, s); break;
    case AST_FOR:
    case AST_ASYNCFOR: ok = for_stmt(u, s); break;
    case AST_WHILE: ok = while_stmt(u, s); break;
    case AST_IF: ok = if_stmt(u, s); break;
    case AST_WITH:
    case AST_ASYNCWITH: ok = with_stmt(u, s); break;
    case AST_RAISE: ok = raise_stmt(u, s); break;
    case AST_TRY:
    case AST_TRYSTAR: ok = try_stmt(u, s); break;
    case AST_ASSERT: ok = assert_stmt(u, s); break;
    case AST_IMPORT: ok = import_stmt(u, s); break;
    case AST_IMPORTFROM: ok = import_from(u, s); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS: break;
    case AST_EXPR: ok = expr_stmt(u, s); break;
    case AST_BREAK: ok = break_continue(u, s, true); break;
    case AST_CONTINUE: ok = break_continue(u, s, false); break;
    }
    u->freereg = save;
    return ok && !u->c->failed;
}

/* ---- units: opening and closing ----------------------------------------------------------------------- */

static unit *open_unit(unit *u, st_entry *child, sk_value name, sk_value qualname, int32_t firstline) {
    compiler *c = u ? u->c : NULL;
    unit *fu = unit_new(c, u, child, name, qualname, firstline);
    if (!fu) {
        if (c) c->failed = true;
        return NULL;
    }
    if (child->kind == ST_GENEXPR) {
        /* its one parameter, the first iterator, is register 0 (".0") */
        sk_value dot0 = sk_str_intern_cstr(c->vm, ".0");
        if (!dot0 || !sk_list_append(c->vm, fu->varnames, dot0)) {
            c->failed = true;
            return NULL;
        }
        /* symbols start after it */
        for (int32_t k = 0; k < child->norder; k++) child->order[k]->reg = -1;
        if (!assign_registers(fu)) return NULL;
        /* shift: make room for .0 at register 0 */
        for (int32_t k = 0; k < child->norder; k++)
            if (child->order[k]->reg >= 0) child->order[k]->reg++;
        for (uint32_t i = 0; i < fu->ncells; i++) {
            fu->cell_regs[i]++;
            if (fu->cell_param[i] >= 0) fu->cell_param[i]++;
        }
        memmove(fu->assigned + 1, fu->assigned, SK_MAX_REGS - 1);
        fu->assigned[0] = 1;
        fu->nlocals++;
        fu->free_base++;
        fu->freereg++;
        fu->maxreg = fu->freereg;
        /* .0 must come first among varnames */
        sk_value vn = fu->varnames;
        size_t n = sk_list_len(vn);
        if (n > 1) {
            sk_value last = sk_list_items(vn)[0];
            memmove(sk_list_items(vn), sk_list_items(vn) + 1, (n - 1) * sizeof(sk_value));
            sk_list_items(vn)[n - 1] = last;
            /* now rotate so ".0" (appended first) is at index 0 */
            sk_value dot = sk_list_items(vn)[n - 1];
            memmove(sk_list_items(vn) + 1, sk_list_items(vn), (n - 1) * sizeof(sk_value));
            sk_list_items(vn)[0] = dot;
        }
        return fu;
    }
    if (!assign_registers(fu)) return NULL;
    return fu;
}

static sk_value close_unit(unit *fu) { return unit_finish(fu); }

/* ---- the driver -------------------------------------------------------------------------------------- */

static bool compute_lines(compiler *c) {
    int32_t n = 1;
    for (size_t i = 0; i < c->srclen; i++)
        if (c->src[i] == '\n' || (c->src[i] == '\r' && (i + 1 >= c->srclen || c->src[i + 1] != '\n'))) n++;
    c->line_starts = sk_ast_alloc(c->arena, (size_t)n * sizeof(char *));
    if (!c->line_starts) return false;
    int32_t k = 0;
    c->line_starts[k++] = c->src;
    for (size_t i = 0; i < c->srclen && k < n; i++) {
        if (c->src[i] == '\n' || (c->src[i] == '\r' && (i + 1 >= c->srclen || c->src[i + 1] != '\n')))
            c->line_starts[k++] = c->src + i + 1;
    }
    c->nlines = k;
    return true;
}

/* Byte offset in text of the 1-based character offset off. */
static int32_t char_to_byte_offset(const char *text, int32_t off) {
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

sk_value sk_raise_syntax_error(sk_vm *vm, const sk_syntax_error *err, sk_value filename, const char *src, size_t len,
                               int flags) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    if (err->kind == SK_SYNTAX_MEMORY) return sk_exc_no_memory(vm); /* bare, as CPython raises it */
    sk_exc_id id = err->kind == SK_SYNTAX_INDENTATION ? SK_EXC_INDENTATION
                   : err->kind == SK_SYNTAX_TAB       ? SK_EXC_TAB
                                                      : SK_EXC_SYNTAX;
    sk_value msg = sk_str_from_cstr(vm, err->msg);
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    sk_value text = SK_NONE;
    if (err->text) {
        size_t n = strlen(err->text);
        text = n && err->text[n - 1] == '\n' ? sk_str_from_utf8_lossy(vm, err->text, n)
                                            : sk_str_fmt(vm, "%.*s\n", (int)n, err->text);
    } else {
        /* compiler errors: the line as linecache finds it (None for <string>) */
        sk_value line = sk_source_line(vm, filename, err->lineno);
        if (line) text = sk_str_fmt(vm, "%V\n", line);
    }
    if (!text) return SK_NULL;
    SK_ROOT(vm, text);
    if (err->lineno <= 0) {
        /* no position at all (a source that cannot be decoded): CPython's
         * SyntaxError then has only its message */
        sk_value r = sk_exc_raise_type(vm, vm->exc_types[id], &msg, 1);
        sk_gc_roots_restore(vm, mark);
        return r;
    }
    int32_t offset = err->offset, end_offset = err->end_offset;
    if ((flags & SK_COMPILE_BYTE_OFFSETS) && !err->tokenizer && text != SK_NONE) {
        offset = char_to_byte_offset(sk_str_data(text), offset);
        if (end_offset > 0) end_offset = char_to_byte_offset(sk_str_data(text), end_offset);
    }
    sk_value info[6] = {filename, sk_from_int(err->lineno), offset ? sk_from_int(offset) : SK_NONE, text,
                        err->end_lineno ? sk_from_int(err->end_lineno) : SK_NONE,
                        end_offset ? sk_from_int(end_offset) : SK_NONE};
    sk_value t = sk_tuple_from(vm, info, 6);
    if (!t) return SK_NULL;
    SK_ROOT(vm, t);
    sk_value args[2] = {msg, t};
    sk_value e = sk_exc_new(vm, vm->exc_types[id], args, 2);
    if (!e) return SK_NULL;
    ((sk_exc_syntax *)sk_as_obj(e))->tokenizer = err->tokenizer;
    sk_value r = sk_exc_raise(vm, e);
    sk_gc_roots_restore(vm, mark);
    (void)src;
    (void)len;
    return r;
}

/* ---- interactive input -------------------------------------------------------------------------- */

/* Is the last line of src empty? In CPython's REPL an empty line ends a
 * compound statement (its tokenizer hands it to the parser as the
 * NEWLINE that `compound_stmt NEWLINE` needs). */
static bool ends_with_empty_line(const char *src, size_t len) {
    if (len == 0 || src[len - 1] != '\n') return false;
    len--;
    if (len > 0 && src[len - 1] == '\r') len--;
    return len == 0 || src[len - 1] == '\n';
}

static bool is_compound(ast_stmt_kind k) {
    switch (k) {
    case AST_FUNCTIONDEF: case AST_ASYNCFUNCTIONDEF: case AST_CLASSDEF: case AST_FOR: case AST_ASYNCFOR:
    case AST_WHILE: case AST_IF: case AST_WITH: case AST_ASYNCWITH: case AST_TRY: case AST_TRYSTAR:
        return true;
    default:
        return false;
    }
}

/* Could more lines still make this input a statement? As in CPython's
 * REPL: an open bracket, triple-quoted string or '\' continuation always
 * asks for more; so does a statement the parser has not seen the end of,
 * or a compound statement that parsed, until an empty line ends it. */
static bool wants_more_lines(const char *src, size_t len, const ast_module *mod, const sk_syntax_error *err) {
    if (!mod) return err->at_eof == SK_EOF_IN_TOKEN || (err->at_eof == SK_EOF_IN_STATEMENT && !ends_with_empty_line(src, len));
    return mod->body.count == 1 && is_compound(mod->body.items[0]->kind) && !ends_with_empty_line(src, len);
}

/* ---- entry points -------------------------------------------------------------------------------- */

/* Compiles source text; with `incomplete` non-NULL, an input that more
 * lines could complete sets *incomplete and returns SK_NONE instead. */
static sk_value compile_text(sk_vm *vm, const char *src, size_t len, sk_value filename, ast_mode mode, int flags,
                             bool *incomplete) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, filename);
    ast_arena *arena = sk_ast_arena_new(sk_mem_buf_alloc, vm);
    if (!arena) return sk_exc_no_memory(vm);
    sk_value result = SK_NULL;
    sk_syntax_error err;
    memset(&err, 0, sizeof err);
    const char *fname = sk_str_data(filename);
    ast_module *mod = sk_parse(arena, src, len, fname, mode, &err);
    if (incomplete && err.kind != SK_SYNTAX_MEMORY && wants_more_lines(src, len, mod, &err)) {
        *incomplete = true;
        result = SK_NONE;
        goto done;
    }
    if (!mod && incomplete && err.at_eof == SK_EOF_IN_STATEMENT) {
        /* CPython's REPL fails at the NEWLINE token of the empty line that
         * ended the input: the error is at its first column, and its text
         * is empty */
        err.offset = err.end_offset = 1;
        err.text = "";
    }
    if (!mod) {
        sk_raise_syntax_error(vm, &err, filename, src, len, flags);
        goto done;
    }
    st_table *st = sk_symtable_build(arena, mod, fname, &err);
    if (!st) {
        if (err.msg[0]) sk_raise_syntax_error(vm, &err, filename, src, len, flags);
        else sk_exc_no_memory(vm);
        goto done;
    }
    compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.st = st;
    c.src = src;
    c.srclen = len;
    c.filename = filename;
    c.flags = flags;
    c.arena = arena;
    if (!compute_lines(&c)) {
        sk_exc_no_memory(vm);
        goto done;
    }
    sk_value modname = SK_NAME(vm, module);
    unit *u = unit_new(&c, NULL, st->top, modname, modname, 1);
    if (!u) {
        if (!vm->exc) sk_exc_no_memory(vm);
        goto done;
    }
    u->flags |= SK_CO_MODULE;
    if (!assign_registers(u)) goto failed;
    bool ok = add_const(u, SK_NONE) == 0;
    if (mode == AST_MODE_EVAL) {
        int32_t r = new_reg(u);
        ok = ok && expr_to(u, mod->expr, r);
        if (ok) {
            set_pos(u, mod->expr->span);
            ok = EMIT_A(RETURN, r) >= 0;
        }
    } else {
        ast_stmts body = mod->body;
        /* a module docstring becomes __doc__ */
        if (ok && body.count && body.items[0]->kind == AST_EXPR && body.items[0]->u.expr.value->kind == AST_CONSTANT &&
            body.items[0]->u.expr.value->u.constant.kind == AST_CONST_STR && !(flags & SK_COMPILE_REPL)) {
            set_pos(u, body.items[0]->span);
            int32_t r = new_reg(u);
            ok = expr_to(u, body.items[0]->u.expr.value, r);
            int32_t w = add_name_value(u, SK_NAME(vm, __doc__));
            ok = ok && w >= 0 && emitW(u, CREATE_ABC(SK_OP_SETNAME, r, 0, 0), CREATE_W(w, new_cache(u))) >= 0;
            u->freereg = r;
        }
        for (int32_t i = 0; ok && i < body.count; i++) {
            if (body.items[i]->kind == AST_ANNASSIGN) {
                ok = emit(u, CREATE_ABC(SK_OP_SETUPANNOTATIONS, 0, 0, 0)) >= 0;
                break;
            }
        }
        ok = ok && stmts(u, body);
        if (ok) {
            ast_stmt *last = body.count ? body.items[body.count - 1] : NULL;
            if (last) set_pos(u, (ast_span){last->span.end_line, last->span.end_col, last->span.end_line, last->span.end_col});
            ok = EMIT_0(RETURNNONE) >= 0;
        }
    }
    if (ok) result = unit_finish(u);
failed:
    if (!result) {
        if (c.err.msg[0]) {
            if (vm->exc) sk_exc_take(vm);
            sk_raise_syntax_error(vm, &c.err, filename, src, len, flags);
        } else if (!vm->exc) {
            sk_exc_no_memory(vm);
        }
    }
    for (unit *m = c.units; m; m = m->next_made) unit_free_buffers(m);
done:
    sk_ast_arena_free(arena);
    sk_gc_roots_restore(vm, mark);
    return result;
}

sk_value sk_compile_source(sk_vm *vm, const char *src, size_t len, sk_value filename, ast_mode mode, int flags) {
    return compile_text(vm, src, len, filename, mode, flags, NULL);
}

/* Only empty lines, spaces and comments? */
static bool nothing_but_comments(const char *src, size_t len) {
    bool in_comment = false;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\n') in_comment = false;
        else if (c == '#') in_comment = true;
        else if (!in_comment && c != ' ' && c != '\t' && c != '\f' && c != '\r') return false;
    }
    return true;
}

sk_value sk_compile_interactive(sk_vm *vm, const char *src, size_t len, sk_value filename, int flags,
                                bool *incomplete) {
    if (incomplete) *incomplete = false;
    /* a line with only a comment is a whole input that does nothing, as in
     * CPython's REPL (the parser alone would want a statement after it) */
    if (nothing_but_comments(src, len)) {
        src = "pass\n";
        len = 5;
    }
    return compile_text(vm, src, len, filename, AST_MODE_SINGLE, flags | SK_COMPILE_REPL, incomplete);
}
