/* interp.c — THE dispatch loop, and the frame stack it runs on.
 *
 * One function, sk_interp_run, executes instructions until its entry frame
 * returns, raises or yields. Calls between Python functions, generator
 * resumption by FORITER and delegation by YIELDFROM all happen inside the
 * loop by switching `frame`; only calls into C (built-ins, slots) and
 * calls from C back into Python nest.
 *
 * Conventions inside the loop:
 *  - `ipc` points at the instruction being executed; SAVEPC() stores it in
 *    the frame before anything that can raise, call out or allocate, so
 *    tracebacks and the exception table see the right instruction.
 *  - `base` is the frame's register array; frames never move, so it stays
 *    valid across calls and collections.
 *  - A failing operation jumps to `error` with the exception in vm->exc.
 *  - Slow paths live in out-of-line functions below the loop; the loop
 *    keeps the fast paths (small ints, floats, lists, plain attribute hits).
 */
#include "interp.h"

#include <math.h>
#include <string.h>

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "int.h"
#include "list.h"
#include "opcodes.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "slots.h"
#include "builtins.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

#if defined(SK_DISPATCH_SWITCH) || !defined(__GNUC__)
#define USE_COMPUTED_GOTO 0
#else
#define USE_COMPUTED_GOTO 1
#endif

/* ---- the frame stack ---------------------------------------------------- */

typedef struct frame_chunk {
    struct frame_chunk *prev;
    size_t size;       /* bytes usable in data */
    size_t used;
    _Alignas(16) char data[];
} frame_chunk;

struct sk_framestack {
    frame_chunk *top;
    frame_chunk *spare;   /* one empty chunk kept to avoid thrashing */
};

#define CHUNK_SIZE (64 * 1024)

bool sk_framestack_init(sk_vm *vm) {
    sk_framestack *fs = sk_mem_alloc(vm, sizeof *fs);
    if (!fs) return false;
    fs->top = NULL;
    fs->spare = NULL;
    vm->frames = fs;
    return true;
}

void sk_framestack_free(sk_vm *vm) {
    sk_framestack *fs = vm->frames;
    if (!fs) return;
    frame_chunk *c = fs->top;
    while (c) {
        frame_chunk *p = c->prev;
        sk_mem_free(vm, c, sizeof(frame_chunk) + c->size);
        c = p;
    }
    if (fs->spare) sk_mem_free(vm, fs->spare, sizeof(frame_chunk) + fs->spare->size);
    sk_mem_free(vm, fs, sizeof *fs);
    vm->frames = NULL;
}

/* Takes `need` bytes (a multiple of 16) for a frame: from the top chunk
 * when it has room, else from the spare chunk or a new one. */
static sk_frame *frame_take(sk_vm *vm, size_t need) {
    sk_framestack *fs = vm->frames;
    frame_chunk *c = fs->top;
    if (SK_UNLIKELY(!c || c->size - c->used < need)) {
        frame_chunk *n = NULL;
        if (fs->spare && fs->spare->size >= need) {
            n = fs->spare;
            fs->spare = NULL;
        } else {
            size_t size = need > CHUNK_SIZE ? need : CHUNK_SIZE;
            n = sk_mem_alloc(vm, sizeof(frame_chunk) + size);
            if (!n) return NULL;
            n->size = size;
        }
        n->used = 0;
        n->prev = c;
        fs->top = c = n;
    }
    sk_frame *f = (sk_frame *)(c->data + c->used);
    c->used += need;
    return f;
}

static inline size_t frame_bytes(const sk_code *code) { return (sk_frame_size(code) + 15) & ~(size_t)15; }

sk_frame *sk_frame_alloc(sk_vm *vm, sk_code *code) {
    size_t need = frame_bytes(code);
    sk_frame *f = frame_take(vm, need);
    if (!f) return NULL;
    memset(f, 0, need);
    f->code = code;
    f->nregs = code->nregs;
    return f;
}

/* The interpreter's own frame for a call of a plain function: the header
 * is filled field by field, and the registers are left for the caller to
 * fill (arguments) and clear (the rest), which saves zeroing what is
 * written at once. */
static inline sk_frame *push_call_frame(sk_vm *vm, sk_code *code, sk_value func, sk_function *fn,
                                        sk_frame *prev, unsigned ret_reg) {
    size_t need = frame_bytes(code);
    sk_frame *f = frame_take(vm, need);
    if (SK_UNLIKELY(!f)) return NULL;
    f->prev = prev;
    f->code = code;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = SK_NULL;
    f->pc = code->insns;
    f->flags = 0;
    f->nregs = code->nregs;
    f->ret_mode = SK_RET_VALUE;
    f->ret_reg = (uint8_t)ret_reg;
    return f;
}

void sk_frame_release(sk_vm *vm, sk_frame *f) {
    if (f->flags & SK_FRAME_OWNED) return;
    sk_framestack *fs = vm->frames;
    frame_chunk *c = fs->top;
    c->used -= frame_bytes(f->code);
    if (SK_UNLIKELY(c->used == 0 && c->prev)) {
        fs->top = c->prev;
        if (fs->spare) sk_mem_free(vm, fs->spare, sizeof(frame_chunk) + fs->spare->size);
        fs->spare = c;
    }
}

/* Marks the registers that may hold live values at the frame's pc: those
 * in use when the current statement began, and those the statement's
 * instructions so far may have written (see sk_code_pos). Write sets are
 * over-approximated from the operand fields. Every other register holds a
 * stale temporary that no instruction reads before writing it again: it is
 * cleared, so that a later over-approximation never meets a value whose
 * object this collection frees. */
static void mark_live_registers(sk_vm *vm, sk_frame *f) {
    const sk_code *c = f->code;
    uint32_t pc = f->pc ? (uint32_t)(f->pc - c->insns) : UINT32_MAX;
    uint32_t nregs = f->nregs;
    if (pc >= c->ninsns) {
        sk_gc_mark_array(vm, f->regs, nregs);
        return;
    }
    const sk_code_pos *here = &c->positions[pc];
    uint32_t live = here->stmt_live < nregs ? here->stmt_live : nregs;
    if (live == nregs) {
        sk_gc_mark_array(vm, f->regs, nregs);
        return;
    }
    uint8_t written[SK_MAX_REGS];
    memset(written, 0, nregs);
    memset(written, 1, live);
    for (uint32_t i = here->stmt_start; i <= pc && i < c->ninsns; i += (uint32_t)sk_op_words(GET_OP(c->insns[i]))) {
        uint32_t ins = c->insns[i];
        sk_opcode op = GET_OP(ins);
        uint32_t a = GETARG_A(ins), b = GETARG_B(ins), cc = GETARG_C(ins), end;
        switch (sk_opinfo_table[op].format) {
        case SK_FMT_NONE:
        case SK_FMT_sJ:
            continue;
        case SK_FMT_AB:
        case SK_FMT_ABC:
        case SK_FMT_ABsC:
            /* A's window, and B and C (and B's window) as registers too */
            end = a + b + cc + 2;
            for (uint32_t r = b; r < b + (cc ? cc : 1) && r < nregs; r++) written[r] = 1;
            if (cc < nregs) written[cc] = 1;
            break;
        default:
            end = a + 2;
            break;
        }
        /* entering a with block also leaves the manager in R[A+2] */
        if ((op == SK_OP_BEFOREWITH || op == SK_OP_BEFOREASYNCWITH) && end < a + 3) end = a + 3;
        if (op == SK_OP_UNPACKEX && i + 1 < c->ninsns) {
            uint32_t w = c->insns[i + 1];
            end = a + (w & 0xFF) + (w >> 8) + 2;
        }
        if (end > nregs) end = nregs;
        for (uint32_t r = a; r < end; r++) written[r] = 1;
    }
    /* a generator parked on YIELDFROM keeps its delegate there */
    if (GET_OP(c->insns[pc]) == SK_OP_YIELDFROM && GETARG_A(c->insns[pc]) < nregs) written[GETARG_A(c->insns[pc])] = 1;
    for (uint32_t r = 0; r < nregs; r++) {
        if (written[r]) sk_gc_mark(vm, f->regs[r]);
        else f->regs[r] = SK_NULL;
    }
}

void sk_frame_mark(sk_vm *vm, sk_frame *f) {
    sk_gc_mark_obj(vm, &f->code->hdr);
    sk_gc_mark(vm, f->func);
    sk_gc_mark(vm, f->globals);
    sk_gc_mark(vm, f->builtins);
    sk_gc_mark(vm, f->locals);
    if (f->flags & SK_FRAME_OWNED) sk_gc_mark_obj(vm, &sk_frame_gen(f)->hdr);
    mark_live_registers(vm, f);
}

bool sk_interp_check_depth(sk_vm *vm) {
    if (vm->depth > vm->recursion_limit) {
        sk_exc_msg(vm, SK_EXC_RECURSION, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

/* ---- out-of-line helpers ------------------------------------------------ */

static sk_value name_of(sk_code *code, uint32_t w) { return sk_tuple_get(code->names, W_INDEX(w)); }

static sk_value global_lookup_slow(sk_vm *vm, sk_frame *f, uint32_t w) {
    sk_value name = name_of(f->code, w);
    sk_inline_cache *c = &f->code->caches[W_CACHE(w)];
    sk_value v = sk_dict_get_str(vm, f->globals, name);
    if (!v) {
        if (sk_is_dict(vm, f->builtins)) {
            v = sk_dict_get_str(vm, f->builtins, name);
        } else {
            v = sk_getitem(vm, f->builtins, name);
            if (!v) {
                if (!sk_exc_pending(vm, SK_EXC_KEY)) return SK_NULL;
                sk_exc_take(vm);
            }
        }
    }
    if (!v) return sk_exc_name_error(vm, SK_EXC_NAME, name, "name '%V' is not defined");
    c->guard = sk_dict_ptr(f->globals)->version;
    c->guard2 = sk_is_dict(vm, f->builtins) ? sk_dict_ptr(f->builtins)->version : 0;
    c->value = v;
    return v;
}

/* GETNAME: the locals mapping, then globals, then builtins. */
static sk_value name_lookup(sk_vm *vm, sk_frame *f, uint32_t w) {
    sk_value name = name_of(f->code, w);
    if (f->locals) {
        sk_value v;
        if (sk_is_dict(vm, f->locals) && SK_IS(vm, f->locals, DICT)) {
            v = sk_dict_get_str(vm, f->locals, name);
        } else {
            v = sk_getitem(vm, f->locals, name);
            if (!v) {
                if (!sk_exc_pending(vm, SK_EXC_KEY)) return SK_NULL;
                sk_exc_take(vm);
            }
        }
        if (v) return v;
    }
    return global_lookup_slow(vm, f, w);
}

static bool name_store(sk_vm *vm, sk_frame *f, sk_value name, sk_value v) {
    sk_value ns = f->locals ? f->locals : f->globals;
    if (SK_IS(vm, ns, DICT)) return sk_dict_set(vm, ns, name, v);
    return sk_setitem(vm, ns, name, v) == 0;
}

static bool name_delete(sk_vm *vm, sk_frame *f, sk_value name) {
    sk_value ns = f->locals ? f->locals : f->globals;
    int r;
    if (SK_IS(vm, ns, DICT)) {
        r = sk_dict_del(vm, ns, name);
    } else {
        r = sk_delitem(vm, ns, name) == 0 ? 1 : -1;
        if (r < 0 && sk_exc_pending(vm, SK_EXC_KEY)) {
            sk_exc_take(vm);
            r = 0;
        }
    }
    if (r == 0) sk_exc_name_error(vm, SK_EXC_NAME, name, "name '%V' is not defined");
    return r == 1;
}

static void unbound_local(sk_vm *vm, sk_code *code, unsigned reg) {
    sk_value name = reg < code->nlocals ? sk_tuple_get(code->varnames, reg) : vm->empty_str;
    sk_exc_name_error(vm, SK_EXC_UNBOUND_LOCAL, name,
                      "cannot access local variable '%V' where it is not associated with a value");
}

static void unbound_cell(sk_vm *vm, sk_code *code, unsigned reg) {
    for (uint32_t i = 0; i < code->ncells; i++) {
        if (code->cell_regs[i] == reg) {
            sk_exc_name_error(vm, SK_EXC_UNBOUND_LOCAL, sk_tuple_get(code->cellvars, i),
                              "cannot access local variable '%V' where it is not associated with a value");
            return;
        }
    }
    if (reg >= code->free_base && reg < code->free_base + code->nfree) {
        sk_exc_name_error(vm, SK_EXC_NAME, sk_tuple_get(code->freevars, reg - code->free_base),
                          "cannot access free variable '%V' where it is not associated with a value in enclosing scope");
        return;
    }
    sk_exc_msg(vm, SK_EXC_SYSTEM, "bad cell register");
}

/* Inline cache entries that are not about an instance of the type in
 * `guard` (whose index is an entry position, -1 or -2, see below). */
#define CACHE_MODULE_GLOBAL (-3) /* guard: module type version; guard2: namespace dict version */
#define CACHE_CLASS_ATTR (-4)    /* guard: the class's version; guard2: its metatype's */

/* mod.name for a module: a value found in the namespace is remembered for
 * as long as the namespace dict (its version) and the module type (no data
 * descriptor of that name appeared) stay unchanged. */
static sk_value module_getattr_cached(sk_vm *vm, sk_inline_cache *c, sk_type *t, sk_value obj, sk_value name) {
    sk_dict *d = sk_dict_ptr(((sk_module *)sk_as_obj(obj))->dict);
    if (c->index == CACHE_MODULE_GLOBAL && c->guard == t->version && c->guard2 == d->version) return c->value;
    sk_value descr = sk_type_lookup(vm, t, name);
    if (!descr || !sk_is_ptr(descr) || !sk_as_obj(descr)->type->descr_set) {
        sk_value v = sk_dict_get_str(vm, sk_from_obj(d), name);
        if (v) {
            c->guard = t->version;
            c->guard2 = d->version;
            c->value = v;
            c->index = CACHE_MODULE_GLOBAL;
            return v;
        }
    }
    return sk_module_getattr(vm, obj, name);
}

/* cls.name for a class: a plain value (not a descriptor) found on the
 * class's MRO, with no data descriptor of that name on the metatype, is
 * remembered for as long as both types' versions hold (an enum's
 * members, class constants). */
static sk_value class_getattr_cached(sk_vm *vm, sk_inline_cache *c, sk_type *meta, sk_value obj, sk_value name) {
    sk_type *cls = sk_as_type(obj);
    if (c->index == CACHE_CLASS_ATTR && c->guard == cls->version && c->guard2 == meta->version) return c->value;
    if (!cls->version) return sk_type_getattro(vm, obj, name);
    sk_value md = sk_type_lookup(vm, meta, name);
    if (md && sk_is_ptr(md) && sk_as_obj(md)->type->descr_set) return sk_type_getattro(vm, obj, name);
    sk_value v = sk_type_lookup(vm, cls, name);
    if (!v || sk_typeof(vm, v)->descr_get) return sk_type_getattro(vm, obj, name);
    c->guard = cls->version;
    c->guard2 = meta->version;
    c->value = v;
    c->index = CACHE_CLASS_ATTR;
    return v;
}

/* GETATTR with the inline cache: a plain instance attribute found at the
 * same dict position as last time, or a class attribute that is not a
 * descriptor, is read without a full lookup; so are a module's globals and
 * a class's plain attributes. */
static sk_value getattr_cached(sk_vm *vm, sk_code *code, sk_value obj, uint32_t w) {
    sk_value name = name_of(code, w);
    sk_type *t = sk_typeof(vm, obj);
    if (t->getattr != sk_generic_getattr || !t->version) {
        if (t->version) {
            if (t->getattr == sk_type_getattro)
                return class_getattr_cached(vm, &code->caches[W_CACHE(w)], t, obj, name);
            if (t->getattr == sk_module_getattr)
                return module_getattr_cached(vm, &code->caches[W_CACHE(w)], t, obj, name);
        }
        return t->getattr(vm, obj, name);
    }
    sk_inline_cache *c = &code->caches[W_CACHE(w)];
    if (c->guard == t->version) {
        if (c->index >= 0) {
            sk_value *slot = sk_instance_dict_slot_fast(vm, obj);
            if (slot && *slot) {
                sk_dict *d = sk_dict_ptr(*slot);
                if ((size_t)c->index < d->nentries && d->entries[c->index].key == name)
                    return d->entries[c->index].value;
            }
        } else if (c->value && c->index == -1) {
            sk_value d = c->value;
            sk_type *dt = sk_typeof(vm, d);
            /* a data descriptor (a __slots__ member, a property) wins over
             * the instance dict: call it without looking it up again */
            if (dt->descr_get && dt->descr_set) return dt->descr_get(vm, d, obj, sk_from_obj(t));
            /* otherwise the instance dict, then the class attribute or
             * other descriptor (a method read as a bound method); the
             * version is checked again after the dict lookup, which could
             * have run a key's __eq__, so that d is still the class's */
            sk_value *slot = sk_instance_dict_slot_fast(vm, obj);
            bool shadowed = slot && *slot && sk_dict_len(*slot) && sk_dict_get_str(vm, *slot, name);
            if (!shadowed && c->guard == t->version) return dt->descr_get ? dt->descr_get(vm, d, obj, sk_from_obj(t)) : d;
        }
    }
    /* fill the cache */
    sk_value d = sk_type_lookup(vm, t, name);
    c->guard = t->version;
    c->value = d;
    c->index = -1;
    if (!d || !sk_typeof(vm, d)->descr_set) {
        sk_value *slot = sk_instance_dict_slot_fast(vm, obj);
        if (slot && *slot) {
            int64_t ix = sk_dict_find_str_index(vm, *slot, name);
            if (ix >= 0) {
                c->index = ix;
                return sk_dict_ptr(*slot)->entries[ix].value;
            }
        }
    }
    return sk_generic_getattr(vm, obj, name);
}

/* SETATTR with the inline cache: storing to an instance dict entry at the
 * same position as last time, while the type (so the absence of a data
 * descriptor for the name) is unchanged, writes the entry in place. */
static int setattr_cached(sk_vm *vm, sk_code *code, sk_value obj, uint32_t w, sk_value v) {
    sk_value name = name_of(code, w);
    sk_type *t = sk_typeof(vm, obj);
    if (!sk_is_ptr(obj) || t->setattr != sk_generic_setattr || !t->version) return sk_setattr(vm, obj, name, v);
    sk_inline_cache *c = &code->caches[W_CACHE(w)];
    sk_value *slot = sk_instance_dict_slot_fast(vm, obj);
    if (c->guard == t->version && c->index >= 0 && slot && *slot) {
        sk_dict *d = sk_dict_ptr(*slot);
        if ((size_t)c->index < d->nentries && d->entries[c->index].key == name) {
            d->entries[c->index].value = v;
            d->version = ++vm->dict_version;
            return 0;
        }
    }
    /* object.__setattr__, remembering where the value went */
    sk_value descr = sk_type_lookup(vm, t, name);
    if (!slot || (descr && sk_is_ptr(descr) && sk_as_obj(descr)->type->descr_set))
        return sk_generic_setattr(vm, obj, name, v);
    sk_value dict = sk_instance_dict(vm, obj);
    if (!dict) return -1;
    uint64_t version = t->version;
    if (!sk_dict_set(vm, dict, name, v)) return -1;
    if (version == t->version) {
        sk_dict *d = sk_dict_ptr(dict);
        c->guard = version;
        c->value = SK_NULL;
        c->index = d->nentries && d->entries[d->nentries - 1].key == name ? (int64_t)d->nentries - 1
                                                                          : sk_dict_find_str_index(vm, dict, name);
    }
    return 0;
}

/* LOADMETHOD: R[A] = function, R[A+1] = self when obj.name is a plain
 * method found on the type; otherwise R[A] = obj.name, R[A+1] = NULL. */
static bool load_method(sk_vm *vm, sk_code *code, sk_value obj, uint32_t w, sk_value *out) {
    sk_value name = name_of(code, w);
    sk_type *t = sk_typeof(vm, obj);
    if (t->getattr == sk_generic_getattr) {
        /* the inline cache remembers a plain method found on the type
         * (index -2) for as long as the type's version holds */
        sk_inline_cache *c = &code->caches[W_CACHE(w)];
        sk_value d;
        if (t->version && c->guard == t->version && c->index == -2) {
            d = c->value;
        } else {
            d = sk_type_lookup(vm, t, name);
            if (d && t->version) {
                sk_type *dt = sk_typeof(vm, d);
                if (dt == SK_TYPE(vm, FUNCTION) || dt == SK_TYPE(vm, METHOD_DESCR)) {
                    c->guard = t->version;
                    c->value = d;
                    c->index = -2;
                }
            }
        }
        if (d) {
            sk_type *dt = sk_typeof(vm, d);
            if (dt == SK_TYPE(vm, FUNCTION) || dt == SK_TYPE(vm, METHOD_DESCR)) {
                sk_value *slot = sk_instance_dict_slot_fast(vm, obj);
                if (!slot || !*slot || !sk_dict_len(*slot) || !sk_dict_get_str(vm, *slot, name)) {
                    out[0] = d;
                    out[1] = obj;
                    return true;
                }
            }
        }
    }
    sk_value v = getattr_cached(vm, code, obj, w);
    if (!v) return false;
    out[0] = v;
    out[1] = SK_NULL;
    return true;
}

static bool unpack(sk_vm *vm, sk_value seq, sk_value *dst, unsigned n) {
    SK_ROOT_SCOPE(vm);
    if (SK_IS(vm, seq, TUPLE) || SK_IS(vm, seq, LIST)) {
        size_t len = SK_IS(vm, seq, TUPLE) ? sk_tuple_len(seq) : sk_list_len(seq);
        const sk_value *items = SK_IS(vm, seq, TUPLE) ? sk_tuple_items(seq) : sk_list_items(seq);
        if (len == n) {
            memcpy(dst, items, n * sizeof(sk_value));
            return true;
        }
        if (len < n) {
            sk_exc_fmt(vm, SK_EXC_VALUE, "not enough values to unpack (expected %u, got %zu)", n, len);
        } else {
            /* 3.12 does not say how many there were */
            sk_exc_fmt(vm, SK_EXC_VALUE, "too many values to unpack (expected %u)", n);
        }
        return false;
    }
    size_t mark = sk_gc_roots_save(vm);
    sk_value it = sk_iter(vm, seq);
    if (!it) {
        if (sk_exc_pending(vm, SK_EXC_TYPE) && !sk_typeof(vm, seq)->iter) {
            sk_exc_take(vm);
            sk_exc_fmt(vm, SK_EXC_TYPE, "cannot unpack non-iterable %s object", sk_type_name_of(vm, seq));
        }
        return false;
    }
    SK_ROOT(vm, it);
    /* dst are registers of the running frame: rooted */
    for (unsigned i = 0; i < n; i++) {
        int r = sk_next(vm, it, &dst[i]);
        if (r < 0) return false;
        if (r == 0) {
            sk_exc_fmt(vm, SK_EXC_VALUE, "not enough values to unpack (expected %u, got %u)", n, i);
            return false;
        }
    }
    sk_value extra;
    int r = sk_next(vm, it, &extra);
    sk_gc_roots_restore(vm, mark);
    if (r < 0) return false;
    if (r == 1) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "too many values to unpack (expected %u)", n);
        return false;
    }
    return true;
}

static bool unpack_ex(sk_vm *vm, sk_value seq, sk_value *dst, unsigned before, unsigned after) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value l = sk_list_from_iterable(vm, seq);
    if (!l) {
        if (sk_exc_pending(vm, SK_EXC_TYPE) && !sk_typeof(vm, seq)->iter) {
            sk_exc_take(vm);
            sk_exc_fmt(vm, SK_EXC_TYPE, "cannot unpack non-iterable %s object", sk_type_name_of(vm, seq));
        }
        return false;
    }
    SK_ROOT(vm, l);
    size_t len = sk_list_len(l);
    if (len < before + after) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "not enough values to unpack (expected at least %u, got %zu)", before + after,
                   len);
        return false;
    }
    for (unsigned i = 0; i < before; i++) dst[i] = sk_list_items(l)[i];
    sk_value mid = sk_list_from(vm, sk_list_items(l) + before, len - before - after);
    if (!mid) return false;
    dst[before] = mid;
    for (unsigned i = 0; i < after; i++) dst[before + 1 + i] = sk_list_items(l)[len - after + i];
    sk_gc_roots_restore(vm, mark);
    return true;
}

static sk_value format_value(sk_vm *vm, sk_value v, unsigned flags, sk_value spec) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    switch (flags & 3) {
    case 1: v = sk_str(vm, v); break;
    case 2: v = sk_repr(vm, v); break;
    case 3: v = sk_ascii(vm, v); break;
    default: break;
    }
    if (!v) return SK_NULL;
    SK_ROOT(vm, v);
    sk_value r;
    if (!(flags & 4) && SK_IS(vm, v, STR)) r = v;
    else r = sk_format(vm, v, (flags & 4) ? spec : SK_NULL);
    sk_gc_roots_restore(vm, mark);
    return r;
}

static sk_value build_string(sk_vm *vm, const sk_value *parts, unsigned n) {
    size_t size = 0;
    bool ascii = true;
    size_t len = 0;
    for (unsigned i = 0; i < n; i++) {
        size += sk_str_size(parts[i]);
        len += sk_str_len(parts[i]);
        ascii = ascii && sk_str_ptr(parts[i])->ascii;
    }
    sk_value r = sk_str_alloc(vm, size);
    if (!r) return SK_NULL;
    sk_string *s = sk_str_ptr(r);
    size_t off = 0;
    for (unsigned i = 0; i < n; i++) {
        memcpy(s->data + off, sk_str_data(parts[i]), sk_str_size(parts[i]));
        off += sk_str_size(parts[i]);
    }
    s->len = len;
    s->ascii = ascii;
    return r;
}

/* `except E:` — is the exception an instance of E (a class or a tuple of
 * classes, which must all derive from BaseException)? */
static int exc_match(sk_vm *vm, sk_value exc, sk_value cls) {
    if (sk_is_tuple(vm, cls)) {
        for (size_t i = 0; i < sk_tuple_len(cls); i++)
            if (!sk_is_exception_type(vm, sk_tuple_get(cls, i))) goto bad;
    } else if (!sk_is_exception_type(vm, cls)) {
        goto bad;
    }
    return sk_isinstance(vm, exc, cls);
bad:
    sk_exc_msg(vm, SK_EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static bool before_with(sk_vm *vm, sk_value mgr, sk_value *dst, bool async) {
    sk_value enter_name = async ? SK_NAME(vm, __aenter__) : SK_NAME(vm, __enter__);
    sk_value exit_name = async ? SK_NAME(vm, __aexit__) : SK_NAME(vm, __exit__);
    sk_type *t = sk_typeof(vm, mgr);
    sk_value enter = sk_type_lookup(vm, t, enter_name);
    sk_value exit = sk_type_lookup(vm, t, exit_name);
    if (!enter || !exit) {
        if (async) {
            if (!enter)
                sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object does not support the asynchronous context manager protocol",
                           sk_type_name(t));
            else
                sk_exc_fmt(vm, SK_EXC_TYPE,
                           "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                           sk_type_name(t));
        } else {
            if (!enter)
                sk_exc_fmt(vm, SK_EXC_TYPE, "'%s' object does not support the context manager protocol",
                           sk_type_name(t));
            else
                sk_exc_fmt(vm, SK_EXC_TYPE,
                           "'%s' object does not support the context manager protocol (missed __exit__ method)",
                           sk_type_name(t));
        }
        return false;
    }
    sk_type *et = sk_typeof(vm, exit);
    if (et == SK_TYPE(vm, FUNCTION)) {
        /* a Python method is called with the manager as self later,
         * without making the bound method */
        dst[0] = exit;
        dst[2] = mgr;
    } else {
        sk_value bound_exit = et->descr_get ? et->descr_get(vm, exit, mgr, sk_from_obj(t)) : exit;
        if (!bound_exit) return false;
        dst[0] = bound_exit;
        dst[2] = SK_NULL;
    }
    sk_value r = sk_call_special(vm, mgr, enter_name, NULL, 0);
    if (!r) return false;
    dst[1] = r;
    return true;
}

static sk_value with_exit(sk_vm *vm, sk_value exit, sk_value self, sk_value exc) {
    sk_value tb = ((sk_exception *)sk_as_obj(exc))->traceback;
    sk_value args[4] = {self, sk_from_obj(sk_typeof(vm, exc)), exc, tb ? tb : SK_NONE};
    return self ? sk_call(vm, exit, args, 4, SK_NULL) : sk_call(vm, exit, args + 1, 3, SK_NULL);
}

static sk_value do_raise(sk_vm *vm, sk_value exc, sk_value cause) {
    SK_ROOT_SCOPE(vm);
    size_t mark = sk_gc_roots_save(vm);
    sk_value inst = exc;
    if (sk_is_exception_type(vm, exc)) {
        inst = sk_call0(vm, exc);
        if (!inst) return SK_NULL;
        if (!sk_is_exception(vm, inst)) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "calling %R should have returned an instance of BaseException, not %T",
                       exc, inst);
            return SK_NULL;
        }
    } else if (!sk_is_exception(vm, exc)) {
        return sk_exc_msg(vm, SK_EXC_TYPE, "exceptions must derive from BaseException");
    }
    SK_ROOT(vm, inst);
    if (cause) {
        sk_value c = cause;
        if (cause == SK_NONE) {
            c = SK_NULL;
        } else if (sk_is_exception_type(vm, cause)) {
            c = sk_call0(vm, cause);
            if (!c) return SK_NULL;
        } else if (!sk_is_exception(vm, cause)) {
            return sk_exc_msg(vm, SK_EXC_TYPE, "exception causes must derive from BaseException");
        }
        sk_exception *e = (sk_exception *)sk_as_obj(inst);
        e->cause = c;
        e->suppress_context = 1;
    }
    sk_gc_roots_restore(vm, mark);
    return sk_exc_raise(vm, inst);
}

/* Where does pc index `at` in `code` go when it raises? */
static const sk_exc_entry *find_handler(sk_code *code, uint32_t at) {
    for (uint32_t k = 0; k < code->nexc; k++) {
        const sk_exc_entry *e = &code->exctable[k];
        if (at >= e->start && at < e->end) return e;
    }
    return NULL;
}

/* An exception leaving a generator frame: StopIteration (or
 * StopAsyncIteration in an async generator) becomes RuntimeError (PEP
 * 479). */
static void gen_exit_exception(sk_vm *vm, sk_gen *g) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = vm->exc;
    const char *msg = NULL;
    if (sk_exc_is(vm, exc, SK_EXC_STOP_ITERATION)) {
        msg = g->kind == SK_GEN_COROUTINE ? "coroutine raised StopIteration"
              : g->kind == SK_GEN_ASYNC_GENERATOR ? "async generator raised StopIteration"
                                                  : "generator raised StopIteration";
    } else if (g->kind == SK_GEN_ASYNC_GENERATOR && sk_exc_is(vm, exc, SK_EXC_STOP_ASYNC_ITERATION)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (!msg) return;
    sk_value orig = sk_exc_take(vm);
    SK_ROOT(vm, orig);
    sk_value m = sk_str_from_cstr(vm, msg);
    if (!m) return;
    sk_value rt = sk_exc_new(vm, SK_EXC_TYPE(vm, RUNTIME), &m, 1);
    if (!rt) return;
    sk_exception *e = (sk_exception *)sk_as_obj(rt);
    e->cause = orig;
    e->context = orig;
    e->suppress_context = 1;
    vm->exc = rt;
}

/* ---- the loop ----------------------------------------------------------- */

#define RA (base[GETARG_A(i)])
#define RB (base[GETARG_B(i)])
#define RC (base[GETARG_C(i)])
#define KBx (sk_tuple_get(code->consts, GETARG_Bx(i)))
#define SAVEPC() (frame->pc = ipc)
#define FETCH_W() (*pc++)
#define LOAD_FRAME()                  \
    do {                              \
        code = frame->code;           \
        base = frame->regs;           \
    } while (0)
/* After a call into C that may have left roots pushed (gc.h rule 5). */
#define RESET_ROOTS() (vm->nroots = roots_base)

/* A coroutine object that has never run. CPython frees one the moment its
 * last reference goes, warning "never awaited" at that line; skein's
 * collector would find it later. The places where a program typically
 * drops the last reference (an expression statement, `del`, returning
 * from the function whose local held it) collect at once when such a
 * coroutine is involved, so the warning names the same line. */
static inline bool is_unstarted_coroutine(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && sk_as_obj(v)->type == SK_TYPE(vm, COROUTINE) && sk_gen_ptr(v)->state == SK_GEN_CREATED;
}

/* Clears the temporaries of the statement at ipc and after it (those
 * above its stmt_live, which no instruction reads before writing again),
 * so that one still holding a dropped coroutine does not keep it. */
static inline void clear_dead_temporaries(const sk_code *code, sk_value *base, const uint32_t *ipc) {
    uint32_t live = code->positions[ipc - code->insns].stmt_live;
    for (uint32_t r = live; r < code->nregs; r++) base[r] = SK_NULL;
}

static void collect_dropped_coroutine(sk_vm *vm) {
    sk_gc_collect(vm);
    sk_gc_run_finalizers(vm);
}

/* Does the frame, returning `retval`, leave an unstarted coroutine in one
 * of its locals (the registers live across statements at its pc)? */
static bool leaves_unstarted_coroutine(sk_vm *vm, const sk_frame *f, const uint32_t *at, sk_value retval) {
    const sk_code *c = f->code;
    uint32_t pc = (uint32_t)(at - c->insns);
    if (pc >= c->ninsns) return false;
    uint32_t live = c->positions[pc].stmt_live;
    if (live > f->nregs) live = f->nregs;
    for (uint32_t r = 0; r < live; r++)
        if (f->regs[r] != retval && is_unstarted_coroutine(vm, f->regs[r])) return true;
    return false;
}

/* A short list, tuple or set of awaitables, as passed to wait() or gather(). */
static bool list_holds_unstarted_coroutine(sk_vm *vm, sk_value v) {
    const sk_value *items;
    size_t len;
    if (SK_IS(vm, v, LIST)) {
        items = sk_list_items(v);
        len = sk_list_len(v);
    } else if (SK_IS(vm, v, TUPLE)) {
        items = sk_tuple_items(v);
        len = sk_tuple_len(v);
    } else if (SK_IS(vm, v, SET)) {
        size_t pos = 0, seen = 0;
        sk_value key;
        while (seen++ < 32 && sk_set_next(v, &pos, &key))
            if (is_unstarted_coroutine(vm, key)) return true;
        return false;
    } else {
        return false;
    }
    for (size_t k = 0; k < len && k < 32; k++)
        if (is_unstarted_coroutine(vm, items[k])) return true;
    return false;
}

/* Does the exception's traceback hold, in the variables of a frame it
 * went through, a coroutine that never ran (one passed to a function that
 * raised)? When the exception dies at the end of an except clause, so may
 * the coroutine. Only the first entries are looked at: the check runs for
 * every handled exception and must stay cheap. */
static bool traceback_keeps_unstarted_coroutine(sk_vm *vm, sk_value exc) {
    if (!sk_is_ptr(exc) || !sk_is_exception(vm, exc)) return false;
    sk_value tbv = ((sk_exception *)sk_as_obj(exc))->traceback;
    for (int n = 0; n < 16 && tbv && tbv != SK_NONE; n++) {
        const sk_traceback *tb = (const sk_traceback *)sk_as_obj(tbv);
        if (tb->regs) {
            size_t len = sk_tuple_len(tb->regs);
            const sk_value *items = sk_tuple_items(tb->regs);
            for (size_t k = 0; k < len; k++)
                if (is_unstarted_coroutine(vm, items[k]) || list_holds_unstarted_coroutine(vm, items[k]))
                    return true;
        }
        tbv = tb->next;
    }
    return false;
}

/* A call's argument registers are dead once the callee has them. Clearing
 * them does what CPython's popping of its value stack does: a temporary
 * passed as an argument (an exception, a coroutine) does not stay reachable
 * from the caller's frame, so it is collected, and finalised, when CPython
 * would collect it. `first` is the lowest argument register; a method's self
 * may sit below it in R[A], which holds the call's pending result. */
static inline void drop_call_args(sk_value *first, sk_value *argv, unsigned nargs) {
    sk_value *end = argv + nargs; /* nargs counts the keyword arguments too */
    for (sk_value *p = argv < first ? first : argv; p < end; p++) *p = SK_NULL;
}

sk_exit sk_interp_run(sk_vm *vm, sk_frame *entry, sk_value *result) {
    sk_frame *frame = entry;
    sk_code *code;
    sk_value *base;
    const uint32_t *pc, *ipc;
    uint32_t i;
    size_t roots_base = vm->nroots;
    sk_value retval;

#if USE_COMPUTED_GOTO
    static const void *const dispatch_table[SK_OP_COUNT] = {
#define OP(name, fmt, flags, doc) &&L_##name,
        SK_OPCODES(OP)
#undef OP
    };
#define vmdispatch(o) goto *dispatch_table[o];
#define vmcase(name) L_##name:
#define vmbreak                                   \
    do {                                          \
        ipc = pc;                                 \
        i = *pc++;                                \
        goto *dispatch_table[GET_OP(i)];          \
    } while (0)
#else
#define vmdispatch(o) switch (o)
#define vmcase(name) case SK_OP_##name:
#define vmbreak break
#endif

    LOAD_FRAME();
    pc = frame->pc;
    /* a pending exception (generator.throw) is raised at the frame's pc */
    if (vm->exc) {
        ipc = pc;
        goto error;
    }

    for (;;) {
        ipc = pc;
        i = *pc++;
        vmdispatch(GET_OP(i)) {
            vmcase(NOP) { vmbreak; }
            vmcase(EXTRAARG) { vmbreak; }
            vmcase(MOVE) {
                RA = RB;
                vmbreak;
            }
            vmcase(LOADK) {
                RA = KBx;
                vmbreak;
            }
            vmcase(LOADKX) {
                uint32_t w = FETCH_W();
                RA = sk_tuple_get(code->consts, w);
                vmbreak;
            }
            vmcase(LOADINT) {
                RA = sk_from_int(GETARG_sBx(i));
                vmbreak;
            }
            vmcase(LOADNONE) {
                RA = SK_NONE;
                vmbreak;
            }
            vmcase(LOADTRUE) {
                RA = SK_TRUE;
                vmbreak;
            }
            vmcase(LOADFALSE) {
                RA = SK_FALSE;
                vmbreak;
            }
            vmcase(LOADNULL) {
                RA = SK_NULL;
                vmbreak;
            }
            vmcase(CHECKLOCAL) {
                if (SK_UNLIKELY(!RA)) {
                    SAVEPC();
                    unbound_local(vm, code, GETARG_A(i));
                    goto error;
                }
                vmbreak;
            }
            vmcase(DELLOCAL) {
                if (!RA) {
                    SAVEPC();
                    unbound_local(vm, code, GETARG_A(i));
                    goto error;
                }
                sk_value gone = RA;
                RA = SK_NULL;
                if (SK_UNLIKELY(is_unstarted_coroutine(vm, gone))) {
                    /* the temporaries of earlier statements are dead (a
                     * `del` of names writes none), and one may still hold
                     * the coroutine, as the call that made it left it */
                    gone = SK_NULL;
                    clear_dead_temporaries(code, base, ipc);
                    SAVEPC();
                    collect_dropped_coroutine(vm);
                    RESET_ROOTS();
                    if (vm->exc) goto error;
                }
                vmbreak;
            }
            vmcase(GETGLOBAL) {
                uint32_t w = FETCH_W();
                sk_inline_cache *c = &code->caches[W_CACHE(w)];
                if (SK_LIKELY(c->guard == sk_dict_ptr(frame->globals)->version &&
                              c->guard2 == sk_dict_ptr(frame->builtins)->version && c->value)) {
                    RA = c->value;
                    vmbreak;
                }
                SAVEPC();
                sk_value v = global_lookup_slow(vm, frame, w);
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(SETGLOBAL) {
                uint32_t w = FETCH_W();
                SAVEPC();
                if (!sk_dict_set(vm, frame->globals, name_of(code, w), RA)) goto error;
                vmbreak;
            }
            vmcase(DELGLOBAL) {
                uint32_t w = FETCH_W();
                SAVEPC();
                int r = sk_dict_del(vm, frame->globals, name_of(code, w));
                if (r <= 0) {
                    if (r == 0) sk_exc_name_error(vm, SK_EXC_NAME, name_of(code, w), "name '%V' is not defined");
                    goto error;
                }
                vmbreak;
            }
            vmcase(GETNAME) {
                uint32_t w = FETCH_W();
                SAVEPC();
                if (!frame->locals) {
                    sk_inline_cache *c = &code->caches[W_CACHE(w)];
                    if (c->guard == sk_dict_ptr(frame->globals)->version && sk_is_dict(vm, frame->builtins) &&
                        c->guard2 == sk_dict_ptr(frame->builtins)->version && c->value) {
                        RA = c->value;
                        vmbreak;
                    }
                }
                sk_value v = name_lookup(vm, frame, w);
                RESET_ROOTS();
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(SETNAME) {
                uint32_t w = FETCH_W();
                SAVEPC();
                if (!name_store(vm, frame, name_of(code, w), RA)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(DELNAME) {
                uint32_t w = FETCH_W();
                SAVEPC();
                sk_value ns = frame->locals ? frame->locals : frame->globals;
                bool coro = SK_IS(vm, ns, DICT) &&
                            is_unstarted_coroutine(vm, sk_dict_get_str(vm, ns, name_of(code, w)));
                if (!name_delete(vm, frame, name_of(code, w))) goto error;
                if (SK_UNLIKELY(coro)) {
                    /* as DELLOCAL: the coroutine may die here */
                    uint32_t live = code->positions[ipc - code->insns].stmt_live;
                    for (uint32_t r = live; r < code->nregs; r++) base[r] = SK_NULL;
                    collect_dropped_coroutine(vm);
                    RESET_ROOTS();
                    if (vm->exc) goto error;
                }
                vmbreak;
            }
            vmcase(GETCLASSCELL) {
                uint32_t w = FETCH_W();
                SAVEPC();
                sk_value name = name_of(code, w);
                sk_value v = SK_NULL;
                if (frame->locals) {
                    if (SK_IS(vm, frame->locals, DICT)) {
                        v = sk_dict_get_str(vm, frame->locals, name);
                    } else {
                        v = sk_getitem(vm, frame->locals, name);
                        if (!v) {
                            if (!sk_exc_pending(vm, SK_EXC_KEY)) goto error;
                            sk_exc_take(vm);
                        }
                    }
                }
                if (!v) {
                    v = sk_cell_get(RB);
                    if (!v) {
                        unbound_cell(vm, code, GETARG_B(i));
                        goto error;
                    }
                }
                RA = v;
                vmbreak;
            }
            vmcase(GETCELL) {
                sk_value v = sk_cell_get(RB);
                if (SK_UNLIKELY(!v)) {
                    SAVEPC();
                    unbound_cell(vm, code, GETARG_B(i));
                    goto error;
                }
                RA = v;
                vmbreak;
            }
            vmcase(SETCELL) {
                sk_cell_set(RA, RB);
                vmbreak;
            }
            vmcase(DELCELL) {
                if (!sk_cell_get(RA)) {
                    SAVEPC();
                    unbound_cell(vm, code, GETARG_A(i));
                    goto error;
                }
                sk_cell_set(RA, SK_NULL);
                vmbreak;
            }
            vmcase(MAKECELL) {
                SAVEPC();
                sk_value cell = sk_cell_new(vm, RA);
                if (!cell) goto error;
                RA = cell;
                vmbreak;
            }
            vmcase(GETATTR) {
                uint32_t w = FETCH_W();
                sk_value obj = RB;
                /* the commonest read, inline: an instance attribute at the
                 * __dict__ position the cache remembers (see getattr_cached) */
                if (sk_is_ptr(obj)) {
                    sk_type *t = sk_as_obj(obj)->type;
                    sk_inline_cache *c = &code->caches[W_CACHE(w)];
                    if (c->guard == t->version && t->version && c->index >= 0 && t->dict_offset > 0 &&
                        t->getattr == sk_generic_getattr) {
                        sk_value dv = *(sk_value *)((char *)sk_as_obj(obj) + t->dict_offset);
                        if (dv) {
                            sk_dict *d = sk_dict_ptr(dv);
                            if ((size_t)c->index < d->nentries && d->entries[c->index].key == name_of(code, w)) {
                                RA = d->entries[c->index].value;
                                vmbreak;
                            }
                        }
                    }
                }
                SAVEPC();
                sk_value v = getattr_cached(vm, code, obj, w);
                RESET_ROOTS();
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(SETATTR) {
                uint32_t w = FETCH_W();
                SAVEPC();
                int r = setattr_cached(vm, code, RA, w, RB);
                RESET_ROOTS();
                if (r < 0) goto error;
                vmbreak;
            }
            vmcase(DELATTR) {
                uint32_t w = FETCH_W();
                SAVEPC();
                int r = sk_delattr(vm, RA, name_of(code, w));
                RESET_ROOTS();
                if (r < 0) goto error;
                vmbreak;
            }
            vmcase(LOADMETHOD) {
                uint32_t w = FETCH_W();
                SAVEPC();
                sk_value obj = RB;
                bool ok = load_method(vm, code, obj, w, &RA);
                RESET_ROOTS();
                if (!ok) goto error;
                vmbreak;
            }
            vmcase(GETSUPERATTR) {
                uint32_t w = FETCH_W();
                SAVEPC();
                sk_value v = sk_super_getattr(vm, RB, RC, name_of(code, w));
                RESET_ROOTS();
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(GETITEM) {
                sk_value o = RB, k = RC;
                if (SK_IS(vm, o, LIST) && sk_is_int(k)) {
                    int64_t idx = sk_as_int(k);
                    int64_t n = (int64_t)sk_list_len(o);
                    if (idx < 0) idx += n;
                    if (idx >= 0 && idx < n) {
                        RA = sk_list_items(o)[idx];
                        vmbreak;
                    }
                }
                SAVEPC();
                sk_value v = sk_getitem(vm, o, k);
                RESET_ROOTS();
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(SETITEM) {
                sk_value o = RA, k = RB;
                if (SK_IS(vm, o, LIST) && sk_is_int(k)) {
                    int64_t idx = sk_as_int(k);
                    int64_t n = (int64_t)sk_list_len(o);
                    if (idx < 0) idx += n;
                    if (idx >= 0 && idx < n) {
                        sk_list_items(o)[idx] = RC;
                        vmbreak;
                    }
                }
                SAVEPC();
                int r = sk_setitem(vm, o, k, RC);
                RESET_ROOTS();
                if (r < 0) goto error;
                vmbreak;
            }
            vmcase(DELITEM) {
                SAVEPC();
                int r = sk_delitem(vm, RA, RB);
                RESET_ROOTS();
                if (r < 0) goto error;
                vmbreak;
            }

#define ARITH(NAME, OPID, INTFAST, FLOATOP)                                          \
    vmcase(NAME) {                                                                   \
        sk_value a = RB, b = RC;                                                     \
        if (sk_is_int(a) && sk_is_int(b)) {                                          \
            int64_t x = sk_as_int(a), y = sk_as_int(b), z;                            \
            INTFAST                                                                  \
        }                                                                            \
        if (SK_IS(vm, a, FLOAT) && SK_IS(vm, b, FLOAT)) {                            \
            double fx = sk_float_value(a), fy = sk_float_value(b);                   \
            FLOATOP                                                                  \
        }                                                                            \
        SAVEPC();                                                                    \
        sk_value r = sk_binop(vm, OPID, a, b);                                       \
        RESET_ROOTS();                                                               \
        if (!r) goto error;                                                          \
        RA = r;                                                                      \
        vmbreak;                                                                     \
    }
#define FLOAT_RESULT(expr)                                                           \
    {                                                                                \
        SAVEPC();                                                                    \
        sk_value r = sk_float_new(vm, (expr));                                       \
        if (!r) goto error;                                                          \
        RA = r;                                                                      \
        vmbreak;                                                                     \
    }
#define INT_RESULT_IF_FITS(expr_ok)                                                  \
    if (expr_ok && sk_int_fits_small(z)) {                                           \
        RA = sk_from_int(z);                                                         \
        vmbreak;                                                                     \
    }

            ARITH(ADD, SK_NB_ADD, INT_RESULT_IF_FITS(!__builtin_add_overflow(x, y, &z)), FLOAT_RESULT(fx + fy))
            ARITH(SUB, SK_NB_SUB, INT_RESULT_IF_FITS(!__builtin_sub_overflow(x, y, &z)), FLOAT_RESULT(fx - fy))
            ARITH(MUL, SK_NB_MUL, INT_RESULT_IF_FITS(!__builtin_mul_overflow(x, y, &z)), FLOAT_RESULT(fx * fy))
            ARITH(TRUEDIV, SK_NB_TRUEDIV,
                  if (y != 0 && x > -(1LL << 52) && x < (1LL << 52) && y > -(1LL << 52) && y < (1LL << 52)) {
                      (void)z;
                      FLOAT_RESULT((double)x / (double)y)
                  },
                  if (fy != 0.0) FLOAT_RESULT(fx / fy))
            ARITH(FLOORDIV, SK_NB_FLOORDIV,
                  if (y > 0) {
                      z = x / y;
                      if ((x % y) < 0) z--;
                      RA = sk_from_int(z);
                      vmbreak;
                  },
                  (void)fx; (void)fy;)
            ARITH(MOD, SK_NB_MOD,
                  if (y > 0) {
                      z = x % y;
                      if (z < 0) z += y;
                      RA = sk_from_int(z);
                      vmbreak;
                  },
                  (void)fx; (void)fy;)
            ARITH(LSHIFT, SK_NB_LSHIFT,
                  if (y >= 0 && y < 62 && x >= -(1LL << (61 - y)) && x < (1LL << (61 - y))) {
                      RA = sk_from_int((int64_t)((uint64_t)x << y));
                      vmbreak;
                  } (void)z;,
                  (void)fx; (void)fy;)
            ARITH(RSHIFT, SK_NB_RSHIFT,
                  if (y >= 0) {
                      RA = sk_from_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
                      vmbreak;
                  } (void)z;,
                  (void)fx; (void)fy;)
            ARITH(AND, SK_NB_AND, RA = sk_from_int(x & y); (void)z; vmbreak;, (void)fx; (void)fy;)
            ARITH(OR, SK_NB_OR, RA = sk_from_int(x | y); (void)z; vmbreak;, (void)fx; (void)fy;)
            ARITH(XOR, SK_NB_XOR, RA = sk_from_int(x ^ y); (void)z; vmbreak;, (void)fx; (void)fy;)
#undef ARITH
#undef FLOAT_RESULT
#undef INT_RESULT_IF_FITS
            vmcase(MATMUL) {
                SAVEPC();
                sk_value r = sk_binop(vm, SK_NB_MATMUL, RB, RC);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(POW) {
                SAVEPC();
                sk_value r = sk_binop(vm, SK_NB_POW, RB, RC);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }

            vmcase(INPLACE) {
                uint32_t w = FETCH_W();
                sk_value a = RB, b = RC;
                sk_nbop op = (sk_nbop)(w & 0xFF);
                if (sk_is_int(a) && sk_is_int(b)) {
                    int64_t x = sk_as_int(a), y = sk_as_int(b), z;
                    if (op == SK_NB_ADD && !__builtin_add_overflow(x, y, &z) && sk_int_fits_small(z)) {
                        RA = sk_from_int(z);
                        vmbreak;
                    }
                    if (op == SK_NB_SUB && !__builtin_sub_overflow(x, y, &z) && sk_int_fits_small(z)) {
                        RA = sk_from_int(z);
                        vmbreak;
                    }
                }
                if ((w & SK_INPLACE_STR_LOCAL) && SK_IS(vm, a, STR) && SK_IS(vm, b, STR)) {
                    SAVEPC();
                    sk_value r = sk_str_append_local(vm, a, b);
                    if (!r) goto error;
                    RA = r;
                    vmbreak;
                }
                SAVEPC();
                sk_value r = sk_inplace_binop(vm, op, a, b);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(UNTIP) {
                sk_str_untip(vm, RA);
                vmbreak;
            }
            vmcase(ADDI) {
                sk_value a = RB;
                int64_t y = GETARG_sC(i);
                if (sk_is_int(a)) {
                    int64_t z = sk_as_int(a) + y;
                    if (sk_int_fits_small(z)) {
                        RA = sk_from_int(z);
                        vmbreak;
                    }
                }
                SAVEPC();
                sk_value r = sk_binop(vm, SK_NB_ADD, a, sk_from_int(y));
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(NEG) {
                sk_value a = RB;
                if (sk_is_int(a) && sk_as_int(a) != SK_SMALL_MIN) {
                    RA = sk_from_int(-sk_as_int(a));
                    vmbreak;
                }
                SAVEPC();
                sk_value r = sk_neg(vm, a);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(POS) {
                SAVEPC();
                sk_value r = sk_pos(vm, RB);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(INVERT) {
                sk_value a = RB;
                if (sk_is_int(a)) {
                    RA = sk_from_int(~sk_as_int(a));
                    vmbreak;
                }
                SAVEPC();
                sk_value r = sk_invert(vm, a);
                RESET_ROOTS();
                if (!r) goto error;
                RA = r;
                vmbreak;
            }
            vmcase(NOT) {
                sk_value a = RB;
                if (sk_is_bool(a)) {
                    RA = sk_from_bool(a == SK_FALSE);
                    vmbreak;
                }
                SAVEPC();
                int t = sk_truth(vm, a);
                RESET_ROOTS();
                if (t < 0) goto error;
                RA = sk_from_bool(!t);
                vmbreak;
            }

#define CMP_VALUE(NAME, OPID, CEXPR)                                                 \
    vmcase(NAME) {                                                                   \
        sk_value a = RB, b = RC;                                                     \
        if (sk_is_int(a) && sk_is_int(b)) {                                          \
            int64_t x = sk_as_int(a), y = sk_as_int(b);                              \
            RA = sk_from_bool(CEXPR);                                                \
            vmbreak;                                                                 \
        }                                                                            \
        SAVEPC();                                                                    \
        sk_value r = sk_richcmp(vm, a, b, OPID);                                     \
        RESET_ROOTS();                                                               \
        if (!r) goto error;                                                          \
        RA = r;                                                                      \
        vmbreak;                                                                     \
    }
            CMP_VALUE(EQ, SK_EQ, x == y)
            CMP_VALUE(NE, SK_NE, x != y)
            CMP_VALUE(LT, SK_LT, x < y)
            CMP_VALUE(LE, SK_LE, x <= y)
            CMP_VALUE(GT, SK_GT, x > y)
            CMP_VALUE(GE, SK_GE, x >= y)
#undef CMP_VALUE
            vmcase(IS) {
                RA = sk_from_bool(RB == RC);
                vmbreak;
            }
            vmcase(ISNOT) {
                RA = sk_from_bool(RB != RC);
                vmbreak;
            }
            vmcase(IN) {
                SAVEPC();
                int r = sk_contains(vm, RC, RB);
                RESET_ROOTS();
                if (r < 0) goto error;
                RA = sk_from_bool(r);
                vmbreak;
            }
            vmcase(NOTIN) {
                SAVEPC();
                int r = sk_contains(vm, RC, RB);
                RESET_ROOTS();
                if (r < 0) goto error;
                RA = sk_from_bool(!r);
                vmbreak;
            }
            vmcase(INREGS)
            vmcase(NOTINREGS) {
                /* as tuple.__contains__: each item == x, item on the left */
                SAVEPC();
                unsigned b = GETARG_B(i), n = GETARG_C(i);
                int r = 0;
                for (unsigned k = 1; k <= n && r == 0; k++) {
                    r = sk_richcmp_bool(vm, base[b + k], base[b], SK_EQ);
                    RESET_ROOTS();
                }
                if (r < 0) goto error;
                RA = sk_from_bool(GET_OP(i) == SK_OP_INREGS ? r : !r);
                vmbreak;
            }

/* Conditional jumps: the next instruction is a JMP, taken when the
 * condition equals C; otherwise it is skipped. A plain block, not
 * do { } while (0): with switch dispatch vmbreak is `break`, which must
 * leave the switch, not a loop of the macro's own. */
#define DO_COND_JUMP(cond)                                                           \
    {                                                                                \
        if ((cond) == (int)GETARG_C(i)) {                                            \
            uint32_t j = *pc;                                                        \
            pc += GETARG_sJ(j) + 1;                                                  \
        } else {                                                                     \
            pc++;                                                                    \
        }                                                                            \
        vmbreak;                                                                     \
    }

#define CMP_JUMP(NAME, OPID, CEXPR, FEXPR)                                           \
    vmcase(NAME) {                                                                   \
        sk_value a = RA, b = RB;                                                     \
        if (sk_is_int(a) && sk_is_int(b)) {                                          \
            int64_t x = sk_as_int(a), y = sk_as_int(b);                              \
            DO_COND_JUMP(CEXPR);                                                     \
        }                                                                            \
        if (SK_IS(vm, a, FLOAT) && SK_IS(vm, b, FLOAT)) {                            \
            double x = sk_float_value(a), y = sk_float_value(b);                     \
            DO_COND_JUMP(FEXPR);                                                     \
        }                                                                            \
        SAVEPC();                                                                    \
        int t = sk_compare_truth(vm, a, b, OPID);                                    \
        RESET_ROOTS();                                                               \
        if (t < 0) goto error;                                                       \
        DO_COND_JUMP(t);                                                             \
    }
            CMP_JUMP(TEQ, SK_EQ, x == y, x == y)
            CMP_JUMP(TNE, SK_NE, x != y, x != y)
            CMP_JUMP(TLT, SK_LT, x < y, x < y)
            CMP_JUMP(TLE, SK_LE, x <= y, x <= y)
            CMP_JUMP(TGT, SK_GT, x > y, x > y)
            CMP_JUMP(TGE, SK_GE, x >= y, x >= y)
#undef CMP_JUMP
            vmcase(TIS) { DO_COND_JUMP(RA == RB); }
            vmcase(TIN) {
                SAVEPC();
                int t = sk_contains(vm, RB, RA);
                RESET_ROOTS();
                if (t < 0) goto error;
                DO_COND_JUMP(t);
            }
            vmcase(TEST) {
                sk_value a = RA;
                int t;
                if (a == SK_TRUE) t = 1;
                else if (a == SK_FALSE || a == SK_NONE) t = 0;
                else if (sk_is_int(a)) t = sk_as_int(a) != 0;
                else {
                    SAVEPC();
                    t = sk_truth(vm, a);
                    RESET_ROOTS();
                    if (t < 0) goto error;
                }
                if (t == (int)GETARG_B(i)) {
                    uint32_t j = *pc;
                    pc += GETARG_sJ(j) + 1;
                } else {
                    pc++;
                }
                vmbreak;
            }
            vmcase(TESTSET) {
                sk_value b = RB;
                SAVEPC();
                int t = sk_truth(vm, b);
                RESET_ROOTS();
                if (t < 0) goto error;
                if (t == (int)GETARG_C(i)) {
                    RA = b;
                    uint32_t j = *pc;
                    pc += GETARG_sJ(j) + 1;
                } else {
                    pc++;
                }
                vmbreak;
            }
#undef DO_COND_JUMP
            vmcase(JMP) {
                int off = GETARG_sJ(i);
                pc += off;
                if (off < 0 && SK_UNLIKELY(vm->interrupt)) {
                    SAVEPC();
                    vm->interrupt = 0;
                    sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
                    goto error;
                }
                if (off < 0 && SK_UNLIKELY(sk_gc_finalizers_pending(vm))) {
                    /* a safe point: __del__ methods, generator cleanup and
                     * weakref callbacks the last collection queued */
                    SAVEPC();
                    sk_gc_run_finalizers(vm);
                    RESET_ROOTS();
                }
                vmbreak;
            }
            vmcase(GETITER) {
                SAVEPC();
                sk_value it = sk_iter(vm, RB);
                RESET_ROOTS();
                if (!it) goto error;
                RA = it;
                vmbreak;
            }
            vmcase(FORITER) {
                sk_value it = RA;
                if (sk_is_ptr(it)) {
                    sk_type *t = sk_as_obj(it)->type;
                    if (t == SK_TYPE(vm, RANGE_ITER)) {
                        sk_range_iter *r = (sk_range_iter *)sk_as_obj(it);
                        if (r->remaining > 0) {
                            base[GETARG_A(i) + 1] = sk_from_int(r->next);
                            r->next += r->step;
                            r->remaining--;
                        } else {
                            pc += GETARG_sBx(i);
                        }
                        vmbreak;
                    }
                    if (t == SK_TYPE(vm, LIST_ITER)) {
                        /* same layout as list.c's iterator: list, index */
                        struct { sk_obj hdr; sk_value list; size_t index; } *li = (void *)sk_as_obj(it);
                        if (li->list && li->index < sk_list_len(li->list)) {
                            base[GETARG_A(i) + 1] = sk_list_items(li->list)[li->index++];
                        } else {
                            li->list = SK_NULL;
                            pc += GETARG_sBx(i);
                        }
                        vmbreak;
                    }
                    if (t == SK_TYPE(vm, GENERATOR)) {
                        SAVEPC();
                        sk_frame *gf = sk_gen_enter(vm, it, frame, SK_NONE, false);
                        if (!gf) {
                            if (vm->exc) goto error;
                            pc += GETARG_sBx(i); /* already finished */
                            vmbreak;
                        }
                        sk_frame *outer = sk_gen_frame(sk_gen_ptr(it));
                        outer->flags &= ~SK_FRAME_ENTRY;
                        outer->ret_mode = SK_RET_FORITER;
                        outer->ret_reg = (uint8_t)GETARG_A(i);
                        frame = gf;
                        LOAD_FRAME();
                        pc = frame->pc;
                        if (vm->exc) {
                            ipc = pc;
                            goto error;
                        }
                        vmbreak;
                    }
                }
                SAVEPC();
                sk_value out;
                int r = sk_next(vm, it, &out);
                RESET_ROOTS();
                if (r < 0) goto error;
                if (r == 0) pc += GETARG_sBx(i);
                else base[GETARG_A(i) + 1] = out;
                vmbreak;
            }

            /* ---- calls ---- */
            {
                unsigned a, nargs;
                sk_value kwnames;
                sk_value *argv;
                sk_value callee;
                uint8_t ret_mode;

            vmcase(CALL)
                a = GETARG_A(i);
                nargs = GETARG_B(i);
                kwnames = SK_NULL;
                callee = base[a];
                argv = &base[a + 1];
                goto do_call;
            vmcase(CALLKW) {
                uint32_t w = FETCH_W();
                a = GETARG_A(i);
                nargs = GETARG_B(i);
                kwnames = sk_tuple_get(code->consts, w);
                callee = base[a];
                argv = &base[a + 1];
                goto do_call;
            }
            vmcase(CALLMETHOD)
                a = GETARG_A(i);
                nargs = GETARG_B(i);
                kwnames = SK_NULL;
                goto do_method_call;
            vmcase(CALLMETHODKW) {
                uint32_t w = FETCH_W();
                a = GETARG_A(i);
                nargs = GETARG_B(i);
                kwnames = sk_tuple_get(code->consts, w);
                goto do_method_call;
            }
            do_method_call:
                callee = base[a];
                if (base[a + 1]) {
                    argv = &base[a + 1];
                    nargs++;
                } else {
                    argv = &base[a + 2];
                }
            do_call:
                SAVEPC();
                if (sk_is_ptr(callee)) {
                    sk_type *ct = sk_as_obj(callee)->type;
                    if (ct == SK_TYPE(vm, FUNCTION)) {
                        ret_mode = SK_RET_VALUE;
                        goto push_python_frame;
                    }
                    if (ct == SK_TYPE(vm, METHOD)) {
                        /* a bound method: its function, with self before
                         * the arguments (argv[-1] is the callee's own
                         * register or the empty self slot, free now) */
                        sk_method *m = (sk_method *)sk_as_obj(callee);
                        if (SK_IS(vm, m->func, FUNCTION)) {
                            argv--;
                            argv[0] = m->self;
                            nargs++;
                            callee = m->func;
                            ret_mode = SK_RET_VALUE;
                            goto push_python_frame;
                        }
                    } else if (ct == SK_TYPE(vm, TYPE)) {
                        /* C(args) with object.__new__ and a Python
                         * __init__: the instance is made here and __init__
                         * runs as a frame of this loop; the instance is
                         * the call's result, in R[A] meanwhile */
                        sk_value init = sk_type_plain_init(vm, sk_as_type(callee));
                        if (init && !(sk_code_ptr(sk_function_ptr(init)->code)->flags &
                                      (SK_CO_GENERATOR | SK_CO_COROUTINE | SK_CO_ASYNC_GENERATOR))) {
                            sk_value obj = sk_type_alloc_instance(vm, sk_as_type(callee));
                            if (!obj) goto error;
                            argv--;
                            argv[0] = obj;
                            base[a] = obj;
                            nargs++;
                            callee = init;
                            ret_mode = SK_RET_INIT;
                            goto push_python_frame;
                        }
                    }
                }
            call_generic: {
                sk_value r = sk_call(vm, callee, argv, nargs, kwnames);
                RESET_ROOTS();
                drop_call_args(base + a + 1, argv, nargs);
                if (!r) goto error;
                base[a] = r;
                if (SK_UNLIKELY(is_unstarted_coroutine(vm, r))) frame->flags |= SK_FRAME_MADE_CORO;
                vmbreak;
            }
            push_python_frame: {
                sk_function *fn = sk_function_ptr(callee);
                sk_code *fc = sk_code_ptr(fn->code);
                if (fc->flags & (SK_CO_GENERATOR | SK_CO_COROUTINE | SK_CO_ASYNC_GENERATOR)) goto call_generic;
                sk_frame *nf = push_call_frame(vm, fc, callee, fn, frame, a);
                if (!nf) goto error;
                nf->ret_mode = ret_mode;
                sk_value *regs = nf->regs;
                unsigned nregs = fc->nregs, k = 0;
                if (!kwnames && nargs == fc->argcount && fc->kwonlyargcount == 0 &&
                    !(fc->flags & (SK_CO_VARARGS | SK_CO_VARKEYWORDS)) && fc->ncells == 0 && fc->nfree == 0) {
                    for (; k < nargs; k++) regs[k] = argv[k];
                    for (; k < nregs; k++) regs[k] = SK_NULL;
                    vm->frame = nf;
                } else {
                    for (; k < nregs; k++) regs[k] = SK_NULL;
                    /* linked first: the binding allocates (*args, cells)
                     * and the registers must be roots */
                    vm->frame = nf;
                    if (!sk_frame_setup(vm, nf, callee, argv, nargs, kwnames)) {
                        vm->frame = frame;
                        sk_frame_release(vm, nf);
                        goto error;
                    }
                }
                /* (the argument registers are not cleared here, unlike
                 * after a call into C: they are temporaries of the calling
                 * statement, which a collection after that statement no
                 * longer marks, and clearing them cost fib 25%) */
                frame = nf;
                code = fc;
                base = regs;
                ipc = pc = fc->insns;
                if (SK_UNLIKELY(++vm->depth > vm->recursion_limit)) {
                    /* the frame never started: like CPython, no
                     * traceback entry for it */
                    sk_exc_msg(vm, SK_EXC_RECURSION, "maximum recursion depth exceeded");
                    goto error_no_tb;
                }
                if (SK_UNLIKELY(vm->interrupt)) {
                    vm->interrupt = 0;
                    sk_exc_raise_type(vm, SK_EXC_TYPE(vm, KEYBOARD_INTERRUPT), NULL, 0);
                    goto error;
                }
                if (SK_UNLIKELY(sk_gc_finalizers_pending(vm))) {
                    sk_gc_run_finalizers(vm); /* a safe point, as above */
                    RESET_ROOTS();
                }
                vmbreak;
            }
            }
            vmcase(CALLEX) {
                unsigned a = GETARG_A(i);
                SAVEPC();
                sk_value args = base[a + 1];
                if (!SK_IS(vm, args, TUPLE)) {
                    sk_value t = sk_tuple_from_iterable(vm, args);
                    if (!t) {
                        if (sk_exc_pending(vm, SK_EXC_TYPE) && !sk_typeof(vm, args)->iter &&
                            !sk_typeof(vm, args)->getitem) {
                            sk_exc_take(vm);
                            sk_value fname = sk_callable_name(vm, base[a]);
                            if (fname)
                                sk_exc_fmt(vm, SK_EXC_TYPE, "%V argument after * must be an iterable, not %T", fname,
                                           args);
                        }
                        goto error;
                    }
                    base[a + 1] = t;
                }
                sk_value r = sk_call_tuple_dict(vm, base[a], base[a + 1], GETARG_B(i) ? base[a + 2] : SK_NULL);
                RESET_ROOTS();
                if (!r) goto error;
                base[a] = r;
                vmbreak;
            }
            vmcase(RETURN) {
                retval = RA;
                goto do_return;
            }
            vmcase(RETURNNONE) {
                retval = SK_NONE;
                goto do_return;
            }

            /* ---- building ---- */
            vmcase(BUILDTUPLE) {
                SAVEPC();
                sk_value t = sk_tuple_from(vm, &RB, GETARG_C(i));
                if (!t) goto error;
                RA = t;
                vmbreak;
            }
            vmcase(BUILDLIST) {
                SAVEPC();
                sk_value l = sk_list_from(vm, &RB, GETARG_C(i));
                if (!l) goto error;
                RA = l;
                vmbreak;
            }
            vmcase(BUILDSET) {
                SAVEPC();
                sk_value s = sk_set_new(vm, SK_TYPE(vm, SET));
                if (!s) goto error;
                unsigned b = GETARG_B(i), n = GETARG_C(i);
                /* the set lives in R[A] while filling, so it is rooted */
                base[GETARG_A(i)] = s;
                for (unsigned k = 0; k < n; k++)
                    if (!sk_set_add(vm, s, base[b + k])) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(BUILDDICT) {
                SAVEPC();
                unsigned b = GETARG_B(i), n = GETARG_C(i);
                sk_value d = sk_dict_new_sized(vm, n);
                if (!d) goto error;
                base[GETARG_A(i)] = d;
                for (unsigned k = 0; k < n; k++)
                    if (!sk_dict_set(vm, d, base[b + 2 * k], base[b + 2 * k + 1])) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(BUILDSLICE) {
                SAVEPC();
                unsigned b = GETARG_B(i);
                sk_value s = sk_slice_new(vm, base[b], base[b + 1], GETARG_C(i) == 3 ? base[b + 2] : SK_NONE);
                if (!s) goto error;
                RA = s;
                vmbreak;
            }
            vmcase(BUILDSTRING) {
                SAVEPC();
                sk_value s = build_string(vm, &RB, GETARG_C(i));
                if (!s) goto error;
                RA = s;
                vmbreak;
            }
            vmcase(FORMAT) {
                SAVEPC();
                unsigned b = GETARG_B(i);
                sk_value s = format_value(vm, base[b], GETARG_C(i), base[b + 1]);
                RESET_ROOTS();
                if (!s) goto error;
                RA = s;
                vmbreak;
            }
            vmcase(LISTAPPEND) {
                SAVEPC();
                if (!sk_list_append(vm, RA, RB)) goto error;
                vmbreak;
            }
            vmcase(LISTEXTEND) {
                SAVEPC();
                sk_value src = RB;
                if (!sk_list_extend(vm, RA, src)) {
                    if (sk_exc_pending(vm, SK_EXC_TYPE) && !sk_typeof(vm, src)->iter) {
                        sk_exc_take(vm);
                        sk_exc_fmt(vm, SK_EXC_TYPE, "Value after * must be an iterable, not %T", src);
                    }
                    goto error;
                }
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(LISTTOTUPLE) {
                SAVEPC();
                sk_value l = RB;
                sk_value t = sk_tuple_from(vm, sk_list_items(l), sk_list_len(l));
                if (!t) goto error;
                RA = t;
                vmbreak;
            }
            vmcase(SETADD) {
                SAVEPC();
                if (!sk_set_add(vm, RA, RB)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(SETUPDATE) {
                SAVEPC();
                if (!sk_set_update(vm, RA, RB)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(DICTSET) {
                SAVEPC();
                if (!sk_dict_set(vm, RA, RB, RC)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(DICTUPDATE) {
                SAVEPC();
                sk_value src = RB;
                if (!sk_dict_update(vm, RA, src)) {
                    if (sk_exc_pending(vm, SK_EXC_ATTRIBUTE) || sk_exc_pending(vm, SK_EXC_TYPE)) {
                        if (!sk_typeof(vm, src)->getitem || !sk_typeof(vm, src)->iter) {
                            sk_exc_take(vm);
                            sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not a mapping", src);
                        }
                    }
                    goto error;
                }
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(DICTMERGE) {
                SAVEPC();
                sk_value dup = SK_NULL;
                sk_value src = RB;
                if (!sk_dict_merge_unique(vm, RA, src, &dup)) {
                    /* (the callable is named only once no exception is
                     * pending: naming it looks up attributes) */
                    if (dup) {
                        if (vm->exc) sk_exc_take(vm);
                        sk_value fname = sk_callable_name(vm, RC);
                        if (fname) sk_exc_fmt(vm, SK_EXC_TYPE, "%V got multiple values for keyword argument '%S'", fname, dup);
                    } else if ((sk_exc_pending(vm, SK_EXC_TYPE) || sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) &&
                               !sk_is_dict(vm, src) && !sk_type_lookup(vm, sk_typeof(vm, src), SK_NAME(vm, keys))) {
                        sk_exc_take(vm);
                        sk_value fname = sk_callable_name(vm, RC);
                        if (fname)
                            sk_exc_fmt(vm, SK_EXC_TYPE, "%V argument after ** must be a mapping, not %T", fname, src);
                    }
                    goto error;
                }
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(UNPACK) {
                SAVEPC();
                if (!unpack(vm, RB, &RA, GETARG_C(i))) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(UNPACKEX) {
                uint32_t w = FETCH_W();
                SAVEPC();
                if (!unpack_ex(vm, RB, &RA, w & 0xFF, (w >> 8) & 0xFF)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(MAKEFUNC) {
                SAVEPC();
                sk_value c = KBx;
                sk_value f = sk_function_new(vm, c, frame->globals, sk_code_ptr(c)->qualname);
                if (!f) goto error;
                sk_function_ptr(f)->builtins = frame->builtins;
                RA = f;
                vmbreak;
            }
            vmcase(FUNCATTR) {
                sk_function *fn = sk_function_ptr(RA);
                switch (GETARG_C(i)) {
                case 0: fn->defaults = RB; break;
                case 1: fn->kwdefaults = RB; break;
                case 2: fn->closure = RB; break;
                default: fn->annotations = RB; break;
                }
                vmbreak;
            }
            vmcase(LOADBUILDCLASS) {
                SAVEPC();
                sk_value bc = sk_dict_get_cstr(vm, frame->builtins, "__build_class__");
                if (!bc) {
                    if (!vm->exc) sk_exc_msg(vm, SK_EXC_NAME, "__build_class__ not found");
                    goto error;
                }
                RA = bc;
                vmbreak;
            }
            vmcase(SETUPANNOTATIONS) {
                SAVEPC();
                sk_value ns = frame->locals ? frame->locals : frame->globals;
                sk_value have = sk_dict_get_str(vm, ns, SK_NAME(vm, __annotations__));
                if (!have) {
                    if (vm->exc) goto error;
                    sk_value d = sk_dict_new(vm);
                    if (!d || !sk_dict_set(vm, ns, SK_NAME(vm, __annotations__), d)) goto error;
                }
                vmbreak;
            }
            vmcase(IMPORTNAME) {
                uint32_t w = FETCH_W();
                SAVEPC();
                unsigned b = GETARG_B(i);
                sk_value m = sk_import_name(vm, sk_tuple_get(code->consts, w), frame->globals,
                                            sk_frame_namespace(frame) ? frame->locals : frame->globals, base[b],
                                            (int)sk_as_int(base[b + 1]));
                RESET_ROOTS();
                if (!m) goto error;
                RA = m;
                vmbreak;
            }
            vmcase(IMPORTFROM) {
                uint32_t w = FETCH_W();
                SAVEPC();
                sk_value v = sk_import_from(vm, RB, name_of(code, w));
                RESET_ROOTS();
                if (!v) goto error;
                RA = v;
                vmbreak;
            }
            vmcase(IMPORTSTAR) {
                SAVEPC();
                bool ok = sk_import_star(vm, RA, sk_frame_namespace(frame) ? frame->locals : frame->globals);
                RESET_ROOTS();
                if (!ok) goto error;
                vmbreak;
            }

            /* ---- exceptions ---- */
            vmcase(RAISE) {
                SAVEPC();
                do_raise(vm, RA, GETARG_B(i) == SK_NO_REG ? SK_NULL : RB);
                RESET_ROOTS();
                goto error;
            }
            vmcase(RERAISE) {
                SAVEPC();
                vm->exc = RA;
                goto error_no_tb;
            }
            vmcase(RERAISECUR) {
                SAVEPC();
                sk_value cur = sk_exc_handled(vm);
                if (!cur) {
                    sk_exc_msg(vm, SK_EXC_RUNTIME, "No active exception to reraise");
                    goto error;
                }
                /* re-raised as it is: no entry for this frame (its
                 * traceback already has one from the first raise) */
                vm->exc = cur;
                goto error_no_tb;
            }
            vmcase(PUSHEXC) {
                RB = vm->exc_info->exc ? vm->exc_info->exc : SK_NONE;
                vm->exc_info->exc = RA;
                vmbreak;
            }
            vmcase(POPEXC) {
                vm->exc_info->exc = RA == SK_NONE ? SK_NULL : RA;
                vmbreak;
            }
            vmcase(ENDEXCEPT) {
                sk_value done = RB; /* the exception the clause handled */
                vm->exc_info->exc = RA == SK_NONE ? SK_NULL : RA;
                RB = SK_NULL;
                if (SK_UNLIKELY(traceback_keeps_unstarted_coroutine(vm, done))) {
                    /* the try statement's temporaries are dead once a
                     * clause has ended (the code after it writes before
                     * it reads), and one may hold the coroutine */
                    done = SK_NULL;
                    clear_dead_temporaries(code, base, ipc);
                    SAVEPC();
                    collect_dropped_coroutine(vm);
                    RESET_ROOTS();
                    if (vm->exc) goto error;
                }
                vmbreak;
            }
            vmcase(EXCMATCH) {
                SAVEPC();
                int t = exc_match(vm, RA, RB);
                RESET_ROOTS();
                if (t < 0) goto error;
                if (t == (int)GETARG_C(i)) {
                    uint32_t j = *pc;
                    pc += GETARG_sJ(j) + 1;
                } else {
                    pc++;
                }
                vmbreak;
            }
            vmcase(EGMATCH) {
                SAVEPC();
                unsigned a = GETARG_A(i);
                int t = sk_excgroup_match(vm, &base[a], base[GETARG_B(i)]);
                RESET_ROOTS();
                if (t < 0) goto error;
                /* a match runs the handler just past the jump */
                if (!t) {
                    uint32_t j = *pc;
                    pc += GETARG_sJ(j) + 1;
                } else {
                    pc++;
                }
                vmbreak;
            }
            vmcase(EGRERAISE) {
                SAVEPC();
                sk_value r = sk_excgroup_reraise(vm, RA, RB);
                RESET_ROOTS();
                if (!r && vm->exc) goto error;
                RA = r ? r : SK_NONE;
                vmbreak;
            }
            vmcase(BEFOREWITH) {
                SAVEPC();
                if (!before_with(vm, RB, &RA, false)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(BEFOREASYNCWITH) {
                SAVEPC();
                if (!before_with(vm, RB, &RA, true)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
            vmcase(WITHEXIT) {
                SAVEPC();
                sk_value r = with_exit(vm, RA, base[GETARG_A(i) + 2], RB);
                RESET_ROOTS();
                if (!r) goto error;
                base[GETARG_A(i) + 1] = r;
                vmbreak;
            }

            /* ---- generators ---- */
            vmcase(YIELD) {
                retval = RB;
                sk_gen *g = sk_frame_gen(frame);
                g->resume_reg = (uint8_t)GETARG_A(i);
                SAVEPC();
                goto do_yield;
            }
            vmcase(YIELDFROM) {
                SAVEPC();
                sk_value sub = RA;
                sk_gen *g = sk_frame_gen(frame);
                if (sk_is_gen(vm, sub) && sk_gen_ptr(sub)->kind != SK_GEN_ASYNC_GENERATOR) {
                    /* (RA is what the generator delegates to: sk_gen_yieldfrom) */
                    sk_frame *gf = sk_gen_enter(vm, sub, frame, RB, false);
                    if (!gf) {
                        RA = SK_NULL;
                        if (vm->exc) goto error;
                        RA = SK_NULL;
                        RB = SK_NONE; /* a finished generator: StopIteration(None) */
                        vmbreak;
                    }
                    sk_frame *outer = sk_gen_frame(sk_gen_ptr(sub));
                    outer->flags &= ~SK_FRAME_ENTRY;
                    outer->ret_mode = SK_RET_YIELDFROM;
                    outer->ret_reg = (uint8_t)GETARG_B(i);
                    frame = gf;
                    LOAD_FRAME();
                    pc = frame->pc;
                    if (vm->exc) {
                        ipc = pc;
                        goto error;
                    }
                    vmbreak;
                }
                /* any other iterator: drive it from here */
                sk_value out = SK_NULL;
                int r = sk_iter_send(vm, sub, RB, &out);
                RESET_ROOTS();
                /* once it has returned or raised, the delegate's register
                 * lets go of it, as CPython's stack pops it */
                if (r < 0) {
                    RA = SK_NULL;
                    goto error;
                }
                if (r == 0) { /* it returned */
                    RA = SK_NULL;
                    RB = out;
                    vmbreak;
                }
                /* it yielded: we yield the same, and re-run this
                 * instruction with whatever is sent in next */
                g->resume_reg = (uint8_t)GETARG_B(i);
                retval = out;
                goto do_yield;
            }
            vmcase(GETYIELDFROMITER) {
                SAVEPC();
                sk_value v = RB;
                sk_value it;
                if (sk_is_gen(vm, v) && sk_gen_ptr(v)->kind == SK_GEN_GENERATOR) {
                    it = v;
                } else if (sk_is_gen(vm, v) && sk_gen_ptr(v)->kind == SK_GEN_COROUTINE) {
                    sk_code *fc = frame->code;
                    if (!(fc->flags & (SK_CO_ITERABLE_COROUTINE | SK_CO_COROUTINE))) {
                        sk_exc_msg(vm, SK_EXC_TYPE,
                                   "cannot 'yield from' a coroutine object in a non-coroutine generator");
                        goto error;
                    }
                    it = v;
                } else {
                    it = sk_iter(vm, v);
                    RESET_ROOTS();
                    if (!it) goto error;
                }
                RA = it;
                vmbreak;
            }
            vmcase(GETAWAITABLE) {
                SAVEPC();
                sk_value aw = sk_get_awaitable(vm, RB, GETARG_C(i));
                RESET_ROOTS();
                if (!aw) goto error;
                RA = aw;
                vmbreak;
            }
            vmcase(GETAITER) {
                SAVEPC();
                sk_value it = sk_get_aiter(vm, RB);
                RESET_ROOTS();
                if (!it) goto error;
                RA = it;
                vmbreak;
            }
            vmcase(GETANEXT) {
                SAVEPC();
                sk_value aw = sk_get_anext_awaitable(vm, RB);
                RESET_ROOTS();
                if (!aw) goto error;
                RA = aw;
                vmbreak;
            }
            vmcase(ENDASYNCFOR) {
                /* R[A] is the exception caught around the awaited
                 * __anext__(): StopAsyncIteration ends the loop (the next
                 * instruction is the jump out), anything else propagates. */
                sk_value e = RA;
                if (sk_exc_is(vm, e, SK_EXC_STOP_ASYNC_ITERATION)) {
                    uint32_t j = *pc;
                    pc += GETARG_sJ(j) + 1;
                    vmbreak;
                }
                SAVEPC();
                vm->exc = e;
                goto error_no_tb;
            }
            vmcase(ASYNCGENWRAP) {
                SAVEPC();
                sk_value w = sk_asyncgen_wrap_value(vm, RB);
                if (!w) goto error;
                RA = w;
                vmbreak;
            }
            vmcase(DISCARD) {
                /* An expression statement's value is dropped. A coroutine
                 * that was never started dies here in CPython (its last
                 * reference goes), which warns "never awaited" at this
                 * line: the statement's temporaries are cleared and the
                 * collector runs, so skein warns here too. Any other
                 * value just stops being held. */
                sk_value v = RA;
                RA = SK_NONE;
                if (SK_UNLIKELY(sk_is_ptr(v) && sk_as_obj(v)->type == SK_TYPE(vm, COROUTINE) &&
                                sk_gen_ptr(v)->state == SK_GEN_CREATED)) {
                    v = SK_NULL;
                    for (unsigned r = GETARG_B(i); r < code->nregs; r++)
                        if (r != GETARG_A(i)) base[r] = SK_NULL;
                    SAVEPC();
                    collect_dropped_coroutine(vm);
                    RESET_ROOTS();
                    if (vm->exc) goto error;
                }
                vmbreak;
            }
            vmcase(PRINTEXPR) {
                SAVEPC();
                if (!sk_displayhook(vm, RA)) goto error;
                RESET_ROOTS();
                vmbreak;
            }
#if !USE_COMPUTED_GOTO
        default:
            SAVEPC();
            sk_exc_fmt(vm, SK_EXC_SYSTEM, "unknown opcode %u", (unsigned)GET_OP(i));
            goto error;
#endif
        }
        continue;

        /* ---- leaving frames ---- */
    do_return: {
        sk_frame *caller = frame->prev;
        uint16_t flags = frame->flags;
        uint8_t mode = frame->ret_mode, reg = frame->ret_reg;
        bool dropped_coro = SK_UNLIKELY(flags & SK_FRAME_MADE_CORO) && !(flags & SK_FRAME_ENTRY) &&
                            leaves_unstarted_coroutine(vm, frame, ipc, retval);
        vm->depth--;
        if (sk_frame_gen(frame)) sk_gen_finish(vm, sk_frame_gen(frame));
        vm->frame = caller;
        sk_frame_release(vm, frame);
        if (flags & SK_FRAME_ENTRY) {
            *result = retval;
            vm->nroots = roots_base;
            return SK_EXIT_RETURN;
        }
        frame = caller;
        LOAD_FRAME();
        ipc = frame->pc;
        i = *ipc;
        pc = ipc + sk_op_words(GET_OP(i));
        if (mode == SK_RET_VALUE) {
            base[reg] = retval;
        } else if (mode == SK_RET_INIT) {
            /* R[reg] already holds the new instance */
            if (SK_UNLIKELY(retval != SK_NONE)) {
                base[reg] = retval;  /* rooted while the message is made */
                sk_exc_fmt(vm, SK_EXC_TYPE, "__init__() should return None, not '%T'", retval);
                goto error;
            }
        } else if (mode == SK_RET_FORITER) {
            /* the generator is exhausted: leave the loop */
            pc += GETARG_sBx(i);
        } else { /* SK_RET_YIELDFROM */
            base[GETARG_A(i)] = SK_NULL;  /* the delegate is done with */
            base[reg] = retval;
        }
        if (SK_UNLIKELY(dropped_coro)) {
            /* the warning names the caller's line, as CPython's does */
            SAVEPC();
            collect_dropped_coroutine(vm);
            RESET_ROOTS();
            if (vm->exc) goto error;
        }
        continue;
    }

    do_yield: {
        int nframes = 0;
        sk_frame *outer = sk_gen_suspend_chain(vm, frame);
        for (sk_frame *f = frame; f != outer->prev; f = f->prev) nframes++;
        vm->depth -= nframes;
        sk_frame *driver = outer->prev;
        outer->prev = NULL;
        vm->frame = driver;
        if (outer->flags & SK_FRAME_ENTRY) {
            *result = retval;
            vm->nroots = roots_base;
            return SK_EXIT_YIELD;
        }
        /* a generator driven by FORITER in `driver` */
        uint8_t reg = outer->ret_reg;
        frame = driver;
        LOAD_FRAME();
        ipc = frame->pc;
        pc = ipc + 1;
        base[reg + 1] = retval;
        continue;
    }

    error:
        frame->pc = ipc;
        if (vm->exc) sk_exc_add_traceback(vm, vm->exc, frame);
    error_no_tb:
        frame->pc = ipc;
        RESET_ROOTS();
        for (;;) {
            if (!vm->exc) sk_exc_msg(vm, SK_EXC_SYSTEM, "error return without exception set");
            uint32_t at = (uint32_t)(frame->pc - frame->code->insns);
            const sk_exc_entry *h = find_handler(frame->code, at);
            if (h) {
                LOAD_FRAME();
                base[h->exc_reg] = sk_exc_take(vm);
                pc = code->insns + h->handler;
                break;
            }
            /* no handler here: the frame ends with the exception */
            sk_frame *caller = frame->prev;
            uint16_t flags = frame->flags;
            uint8_t mode = frame->ret_mode;
            vm->depth--;
            if (sk_frame_gen(frame)) {
                sk_gen *g = sk_frame_gen(frame);
                gen_exit_exception(vm, g);
                sk_gen_finish(vm, g);
            }
            vm->frame = caller;
            sk_frame_release(vm, frame);
            if (flags & SK_FRAME_ENTRY) {
                vm->nroots = roots_base;
                return SK_EXIT_ERROR;
            }
            frame = caller;
            if (mode == SK_RET_YIELDFROM && sk_frame_gen(frame)) frame->regs[GETARG_A(*frame->pc)] = SK_NULL;
            /* the caller gets a traceback entry at its call */
            sk_exc_add_traceback(vm, vm->exc, frame);
        }
        continue;
    }
#undef vmdispatch
#undef vmcase
#undef vmbreak
}

#undef RA
#undef RB
#undef RC
#undef KBx
#undef SAVEPC
#undef FETCH_W
#undef LOAD_FRAME
#undef RESET_ROOTS
