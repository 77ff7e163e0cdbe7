/* code.c — code objects (their type, tracing, Python-visible attributes),
 * the opcode table generated from opcodes.h, and the disassembler behind
 * `skein --dis`.
 */
#include "code.h"

#include <string.h>

#include "exc.h"
#include "gc.h"
#include "list.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

const sk_opinfo sk_opinfo_table[SK_OP_COUNT] = {
#define OP(name, fmt, flags, doc) {#name, SK_FMT_##fmt, (flags), doc},
    SK_OPCODES(OP)
#undef OP
};

static void code_trace(sk_vm *vm, sk_obj *o) {
    sk_code *c = (sk_code *)o;
    sk_gc_mark(vm, c->consts);
    sk_gc_mark(vm, c->names);
    sk_gc_mark(vm, c->varnames);
    sk_gc_mark(vm, c->cellvars);
    sk_gc_mark(vm, c->freevars);
    sk_gc_mark(vm, c->name);
    sk_gc_mark(vm, c->qualname);
    sk_gc_mark(vm, c->filename);
    sk_gc_mark(vm, c->source);
    /* Inline caches are not traced: they are hints, not references. A
     * cached value is only read while its guard (a dict or type version,
     * unique for the VM's lifetime) still matches, and then the dict or
     * type that holds it keeps it alive. Tracing them kept a deleted global
     * (and all it reaches) alive until the code was collected: `del x;
     * gc.collect()` did not free x as it does in CPython. */
}

static void code_finalize(sk_vm *vm, sk_obj *o) {
    sk_code *c = (sk_code *)o;
    sk_mem_free(vm, c->insns, c->ninsns * sizeof(uint32_t));
    sk_mem_free(vm, c->positions, c->ninsns * sizeof(sk_code_pos));
    sk_mem_free(vm, c->exctable, c->nexc * sizeof(sk_exc_entry));
    sk_mem_free(vm, c->caches, c->ncaches * sizeof(sk_inline_cache));
    sk_mem_free(vm, c->cell_regs, c->ncells * sizeof(uint16_t));
    sk_mem_free(vm, c->cell_param, c->ncells * sizeof(int16_t));
    c->insns = NULL;
    c->positions = NULL;
    c->exctable = NULL;
    c->caches = NULL;
    c->cell_regs = NULL;
    c->cell_param = NULL;
}

sk_value sk_code_new(sk_vm *vm) {
    sk_code *c = (sk_code *)sk_gc_new(vm, SK_TYPE(vm, CODE), sizeof(sk_code));
    return c ? sk_from_obj(c) : SK_NULL;
}

#define CO(v) sk_code_ptr(v)
static sk_value co_name(sk_vm *vm, sk_value c) { return CO(c)->name; }
static sk_value co_qualname(sk_vm *vm, sk_value c) { return CO(c)->qualname; }
static sk_value co_filename(sk_vm *vm, sk_value c) { return CO(c)->filename; }
static sk_value co_firstlineno(sk_vm *vm, sk_value c) { return sk_from_int(CO(c)->firstlineno); }
static sk_value co_argcount(sk_vm *vm, sk_value c) { return sk_from_int(CO(c)->argcount); }
static sk_value co_posonlyargcount(sk_vm *vm, sk_value c) { return sk_from_int(CO(c)->posonlyargcount); }
static sk_value co_kwonlyargcount(sk_vm *vm, sk_value c) { return sk_from_int(CO(c)->kwonlyargcount); }
static sk_value co_nlocals(sk_vm *vm, sk_value c) { return sk_from_int(CO(c)->nlocals); }
static sk_value co_varnames(sk_vm *vm, sk_value c) { return CO(c)->varnames; }
static sk_value co_cellvars(sk_vm *vm, sk_value c) { return CO(c)->cellvars; }
static sk_value co_freevars(sk_vm *vm, sk_value c) { return CO(c)->freevars; }
static sk_value co_names(sk_vm *vm, sk_value c) { return CO(c)->names; }
static sk_value co_consts(sk_vm *vm, sk_value c) { return CO(c)->consts; }
/* CPython's flag bits for the kinds programs test */
static sk_value co_flags(sk_vm *vm, sk_value c) {
    uint32_t f = CO(c)->flags, r = 0;
    if (!(f & SK_CO_MODULE)) r |= 0x1 | 0x2;   /* OPTIMIZED, NEWLOCALS */
    if (f & SK_CO_VARARGS) r |= 0x4;
    if (f & SK_CO_VARKEYWORDS) r |= 0x8;
    if (f & SK_CO_NESTED) r |= 0x10;
    if (f & SK_CO_GENERATOR) r |= 0x20;
    if (f & SK_CO_COROUTINE) r |= 0x80;
    if (f & SK_CO_ITERABLE_COROUTINE) r |= 0x100;
    if (f & SK_CO_ASYNC_GENERATOR) r |= 0x200;
    return sk_from_int(r);
}
static sk_value code_repr(sk_vm *vm, sk_value c) {
    return sk_str_fmt(vm, "<code object %V at %p, file \"%V\", line %d>", CO(c)->name, (void *)sk_as_obj(c),
                      CO(c)->filename, (int)CO(c)->firstlineno);
}

static const sk_getset_def code_getsets[] = {
    {"co_name", co_name, NULL, NULL},
    {"co_qualname", co_qualname, NULL, NULL},
    {"co_filename", co_filename, NULL, NULL},
    {"co_firstlineno", co_firstlineno, NULL, NULL},
    {"co_argcount", co_argcount, NULL, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL, NULL},
    {"co_nlocals", co_nlocals, NULL, NULL},
    {"co_varnames", co_varnames, NULL, NULL},
    {"co_cellvars", co_cellvars, NULL, NULL},
    {"co_freevars", co_freevars, NULL, NULL},
    {"co_names", co_names, NULL, NULL},
    {"co_consts", co_consts, NULL, NULL},
    {"co_flags", co_flags, NULL, NULL},
    {NULL},
};

/* code.replace(co_flags=...): only the flags a decorator may change (the
 * iterable-coroutine bit that types.coroutine sets). */
static sk_value m_replace(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t nkw = kwnames ? sk_tuple_len(kwnames) : 0;
    if (nargs - nkw != 1) return sk_exc_msg(vm, SK_EXC_TYPE, "replace() takes no positional arguments");
    sk_code *src = CO(args[0]);
    uint32_t flags = src->flags;
    for (size_t i = 0; i < nkw; i++) {
        sk_value k = sk_tuple_get(kwnames, i), v = args[nargs - nkw + i];
        if (!sk_str_eq_cstr(k, "co_flags") || !sk_is_int(v))
            return sk_exc_fmt(vm, SK_EXC_NOT_IMPLEMENTED, "code.replace(%V=...) is not supported", k);
        if (sk_as_int(v) & 0x100) flags |= SK_CO_ITERABLE_COROUTINE;
    }
    sk_value nv = sk_code_new(vm);
    if (!nv) return SK_NULL;
    sk_code *n = CO(nv);
    /* share nothing mutable: copy the arrays the finaliser frees */
    sk_obj hdr = n->hdr; /* the GC word links this object: keep ours */
    *n = *src;
    n->hdr = hdr;
    n->flags = flags;
    n->insns = NULL;
    n->positions = NULL;
    n->exctable = NULL;
    n->caches = NULL;
    n->cell_regs = NULL;
    n->cell_param = NULL;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, nv);
#define DUP(field, count, type)                                                         \
    if (count) {                                                                        \
        n->field = sk_mem_alloc(vm, (count) * sizeof(type));                            \
        if (!n->field) return SK_NULL;                                                  \
        memcpy(n->field, src->field, (count) * sizeof(type));                           \
    }
    DUP(insns, src->ninsns, uint32_t)
    DUP(positions, src->ninsns, sk_code_pos)
    DUP(exctable, src->nexc, sk_exc_entry)
    DUP(caches, src->ncaches, sk_inline_cache)
    DUP(cell_regs, src->ncells, uint16_t)
    DUP(cell_param, src->ncells, int16_t)
#undef DUP
    sk_gc_roots_restore(vm, mark);
    return nv;
}

static sk_value opt_int(int32_t v) { return v < 0 ? SK_NONE : sk_from_int(v); }

sk_value sk_code_position(sk_vm *vm, sk_value code, uint32_t index) {
    sk_code *c = CO(code);
    if (index >= c->ninsns) {
        sk_value none[4] = {SK_NONE, SK_NONE, SK_NONE, SK_NONE};
        return sk_tuple_from(vm, none, 4);
    }
    const sk_code_pos *p = &c->positions[index];
    /* no line, no position (CPython's positions table says the same) */
    if (p->line <= 0) {
        sk_value none[4] = {SK_NONE, SK_NONE, SK_NONE, SK_NONE};
        return sk_tuple_from(vm, none, 4);
    }
    sk_value t[4] = {sk_from_int(p->line), opt_int(p->end_line), opt_int(p->col), opt_int(p->end_col)};
    return sk_tuple_from(vm, t, 4);
}

/* co_positions(): one (line, end_line, col, end_col) per instruction.
 * CPython has one per two-byte code unit; skein's tb_lasti and f_lasti
 * count two bytes an instruction, so indexing this by lasti // 2 finds the
 * instruction's position as it does in CPython. */
static sk_value m_co_positions(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_code *c = CO(args[0]);
    sk_value l = sk_list_new(vm, c->ninsns);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    for (uint32_t i = 0; i < c->ninsns; i++) {
        sk_value t = sk_code_position(vm, args[0], i);
        if (!t || !sk_list_append(vm, l, t)) return SK_NULL;
    }
    return sk_iter(vm, l);
}

/* co_lines(): (start, end, line) byte ranges with the same line, as in
 * CPython (two bytes an instruction; None for no line). */
static sk_value m_co_lines(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_code *c = CO(args[0]);
    sk_value l = sk_list_new(vm, 0);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    uint32_t start = 0;
    for (uint32_t i = 1; i <= c->ninsns; i++) {
        if (i < c->ninsns && c->positions[i].line == c->positions[start].line) continue;
        int32_t line = c->positions[start].line;
        sk_value t[3] = {sk_from_int((int64_t)start * 2), sk_from_int((int64_t)i * 2),
                         line > 0 ? sk_from_int(line) : SK_NONE};
        sk_value tup = sk_tuple_from(vm, t, 3);
        if (!tup || !sk_list_append(vm, l, tup)) return SK_NULL;
        start = i;
    }
    return sk_iter(vm, l);
}

static const sk_method_def code_methods[] = {
    {"replace", m_replace, 1, -1, SK_METH_KEYWORDS, NULL},
    {"co_positions", m_co_positions, 1, 1, 0, NULL},
    {"co_lines", m_co_lines, 1, 1, 0, NULL},
    {NULL},
};

void sk_code_init_type(sk_vm *vm) {
    sk_type *t = sk_type_init_builtin(vm, SK_T_CODE, SK_TYPE(vm, OBJECT), sizeof(sk_code), 0);
    t->trace = code_trace;
    t->finalize = code_finalize;
    t->repr = code_repr;
    (void)sk_type_add_getsets(vm, t, code_getsets);
    (void)sk_type_add_methods(vm, t, code_methods);
}

/* ---- the disassembler -------------------------------------------------------- */

static void dis_one(sk_vm *vm, sk_code *c, sk_buf *out, sk_value queue) {
    sk_buf_fmt(vm, out, "Disassembly of <code object %V>, file \"%V\", line %d (%u registers):\n", c->qualname,
               c->filename, (int)c->firstlineno, (unsigned)c->nregs) ||
        (sk_exc_take(vm), true);
    int32_t last_line = -1;
    for (uint32_t pc = 0; pc < c->ninsns;) {
        uint32_t i = c->insns[pc];
        sk_opcode op = GET_OP(i);
        if (op >= SK_OP_COUNT) {
            sk_buf_printf(out, "%6u  <bad opcode %u>\n", pc, (unsigned)op);
            pc++;
            continue;
        }
        const sk_opinfo *info = &sk_opinfo_table[op];
        int32_t line = c->positions[pc].line;
        if (line != last_line) {
            sk_buf_printf(out, "%5d ", (int)line);
            last_line = line;
        } else {
            sk_buf_puts(out, "      ");
        }
        sk_buf_printf(out, "%6u  %-16s", pc, info->name);
        switch (info->format) {
        case SK_FMT_A: sk_buf_printf(out, " %u", GETARG_A(i)); break;
        case SK_FMT_AB: sk_buf_printf(out, " %u %u", GETARG_A(i), GETARG_B(i)); break;
        case SK_FMT_ABC: sk_buf_printf(out, " %u %u %u", GETARG_A(i), GETARG_B(i), GETARG_C(i)); break;
        case SK_FMT_ABsC: sk_buf_printf(out, " %u %u %d", GETARG_A(i), GETARG_B(i), GETARG_sC(i)); break;
        case SK_FMT_ABx: sk_buf_printf(out, " %u %u", GETARG_A(i), GETARG_Bx(i)); break;
        case SK_FMT_AsBx: sk_buf_printf(out, " %u %d", GETARG_A(i), GETARG_sBx(i)); break;
        case SK_FMT_sJ: sk_buf_printf(out, " %d", GETARG_sJ(i)); break;
        default: break;
        }
        /* a comment: the constant, name or jump target involved */
        uint32_t words = (info->flags & SK_OPF_W) ? 2 : 1;
        if (op == SK_OP_LOADK || op == SK_OP_MAKEFUNC) {
            sk_value k = sk_tuple_get(c->consts, GETARG_Bx(i));
            sk_value r = sk_repr(vm, k);
            if (r) sk_buf_fmt(vm, out, "    ; %V", r) || (sk_exc_take(vm), true);
            else sk_exc_take(vm);
        } else if (op == SK_OP_JMP) {
            sk_buf_printf(out, "    ; to %d", (int)(pc + 1 + GETARG_sJ(i)));
        } else if (op == SK_OP_FORITER) {
            sk_buf_printf(out, "    ; to %d", (int)(pc + 1 + GETARG_sBx(i)));
        } else if ((info->flags & SK_OPF_W) && pc + 1 < c->ninsns) {
            uint32_t w = c->insns[pc + 1];
            if (op == SK_OP_LOADKX || op == SK_OP_IMPORTNAME || op == SK_OP_CALLKW || op == SK_OP_CALLMETHODKW) {
                sk_value k = sk_tuple_get(c->consts, op == SK_OP_LOADKX ? w : W_INDEX(w));
                sk_value r = sk_repr(vm, k);
                if (r) sk_buf_fmt(vm, out, "    ; %V", r) || (sk_exc_take(vm), true);
                else sk_exc_take(vm);
            } else if (op == SK_OP_INPLACE || op == SK_OP_UNPACKEX) {
                sk_buf_printf(out, "    ; %u", w);
            } else if (W_INDEX(w) < sk_tuple_len(c->names)) {
                sk_buf_fmt(vm, out, "    ; %V", sk_tuple_get(c->names, W_INDEX(w))) || (sk_exc_take(vm), true);
            }
        }
        sk_buf_putc(out, '\n');
        pc += words;
    }
    for (uint32_t k = 0; k < c->nexc; k++) {
        const sk_exc_entry *e = &c->exctable[k];
        if (k == 0) sk_buf_puts(out, "ExceptionTable:\n");
        sk_buf_printf(out, "  %u to %u -> %u [R%u]\n", e->start, e->end, e->handler, (unsigned)e->exc_reg);
    }
    sk_buf_putc(out, '\n');
    for (size_t k = 0; k < sk_tuple_len(c->consts); k++) {
        sk_value v = sk_tuple_get(c->consts, k);
        if (SK_IS(vm, v, CODE) && !sk_list_append(vm, queue, v)) {
            out->failed = true;  /* reported as MemoryError by the caller */
            return;
        }
    }
}

void sk_code_disassemble(sk_vm *vm, sk_value code, sk_buf *out) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value queue = sk_list_new(vm, 4);
    if (!queue) return;
    SK_ROOT(vm, queue);
    if (!sk_list_append(vm, queue, code)) return;
    for (size_t k = 0; k < sk_list_len(queue); k++) dis_one(vm, sk_code_ptr(sk_list_items(queue)[k]), out, queue);
    sk_gc_roots_restore(vm, mark);
}
