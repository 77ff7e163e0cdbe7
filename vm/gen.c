/* gen.c — generator, coroutine and async-generator objects (see gen.h):
 * creation, resumption from the interpreter and from C, send/throw/close,
 * and the await/async-iteration protocol helpers.
 */
#include "gen.h"
#include "opcodes.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "ops.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "traceback.h"
#include "type.h"
#include "warn.h"

#define GEN_HEADER SK_GEN_HEADER

static size_t gen_size_of(const sk_obj *o) {
    sk_gen *g = (sk_gen *)o;
    return GEN_HEADER + sk_frame_size(sk_gen_frame(g)->code) +
           (g->kind == SK_GEN_ASYNC_GENERATOR ? sizeof(sk_value) : 0);
}

sk_value *sk_agen_finalizer_slot(sk_gen *g) {
    sk_frame *f = sk_gen_frame(g);
    return (sk_value *)((char *)f + sk_frame_size(f->code));
}

static void gen_trace(sk_vm *vm, sk_obj *o) {
    sk_gen *g = (sk_gen *)o;
    sk_gc_mark(vm, g->names);
    sk_gc_mark(vm, g->exc_state.exc);
    if (g->kind == SK_GEN_ASYNC_GENERATOR && sk_gen_frame(g)->code) sk_gc_mark(vm, *sk_agen_finalizer_slot(g));
    sk_frame_mark(vm, sk_gen_frame(g));
}

bool sk_is_gen(sk_vm *vm, sk_value v) {
    if (!sk_is_ptr(v)) return false;
    sk_type *t = sk_as_obj(v)->type;
    return t == SK_TYPE(vm, GENERATOR) || t == SK_TYPE(vm, COROUTINE) || t == SK_TYPE(vm, ASYNC_GENERATOR);
}

bool sk_iter_returns_value(sk_vm *vm, sk_value v) {
    return sk_is_gen(vm, v) || (sk_is_ptr(v) && sk_as_obj(v)->type == vm->coro_wrapper_type);
}

sk_value sk_gen_create(sk_vm *vm, sk_value func, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_function *fn = sk_function_ptr(func);
    sk_code *code = sk_code_ptr(fn->code);
    sk_type_id tid = (code->flags & SK_CO_COROUTINE)         ? SK_T_COROUTINE
                     : (code->flags & SK_CO_ASYNC_GENERATOR) ? SK_T_ASYNC_GENERATOR
                                                             : SK_T_GENERATOR;
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, func);
    /* a renamed function's generators keep the names it had */
    sk_value names = SK_NULL;
    SK_ROOT(vm, names);
    if (!sk_str_eq(fn->name, code->name) || !sk_str_eq(fn->qualname, code->qualname)) {
        names = sk_tuple_pack2(vm, fn->name, fn->qualname);
        if (!names) return SK_NULL;
    }
    sk_gen *g = (sk_gen *)sk_gc_new(vm, vm->types[tid], GEN_HEADER + sk_frame_size(code) +
                                                 (tid == SK_T_ASYNC_GENERATOR ? sizeof(sk_value) : 0));
    if (!g) return SK_NULL;
    sk_value gv = sk_from_obj(g);
    SK_ROOT(vm, gv);
    sk_frame *f = (sk_frame *)((char *)g + GEN_HEADER);
    g->kind = tid == SK_T_COROUTINE ? SK_GEN_COROUTINE : tid == SK_T_ASYNC_GENERATOR ? SK_GEN_ASYNC_GENERATOR
                                                                                     : SK_GEN_GENERATOR;
    g->state = SK_GEN_CREATED;
    g->resume_reg = SK_NO_REG;
    g->names = names;
    f->code = code;
    f->nregs = code->nregs;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->flags = SK_FRAME_OWNED;
    f->pc = code->insns;
    if (!sk_frame_setup(vm, f, func, args, nargs, kwnames)) return SK_NULL;
    sk_gc_roots_restore(vm, mark);
    return gv;
}

static const char *kind_word(sk_gen *g) {
    return g->kind == SK_GEN_COROUTINE ? "coroutine" : g->kind == SK_GEN_ASYNC_GENERATOR ? "async generator"
                                                                                          : "generator";
}

/* ---- entering and leaving ------------------------------------------------------- */

sk_frame *sk_gen_enter(sk_vm *vm, sk_value genv, sk_frame *caller, sk_value value, bool throwing) {
    sk_gen *g = sk_gen_ptr(genv);
    if (g->state == SK_GEN_RUNNING) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "%s already executing", kind_word(g));
        return NULL;
    }
    if (g->state == SK_GEN_CLOSED) {
        if (g->kind == SK_GEN_COROUTINE) {
            sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited coroutine");
        }
        return NULL;
    }
    if (g->state == SK_GEN_CREATED && value && value != SK_NONE && !throwing) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "can't send non-None value to a just-started %s", kind_word(g));
        return NULL;
    }
    /* link the chain: g, then whatever g delegates to */
    sk_gen *cur = g;
    sk_frame *below = caller;
    int n = 0;
    bool leaf_fresh;
    for (;;) {
        leaf_fresh = cur->state == SK_GEN_CREATED;
        sk_gen_frame(cur)->prev = below;
        cur->state = SK_GEN_RUNNING;
        cur->exc_state.prev = vm->exc_info;
        vm->exc_info = &cur->exc_state;
        n++;
        sk_value yf = sk_gen_yieldfrom(cur);
        if (!yf || !sk_is_gen(vm, yf)) break;
        sk_gen *next = sk_gen_ptr(yf);
        if (next->state != SK_GEN_SUSPENDED) break;
        below = sk_gen_frame(cur);
        cur = next;
    }
    vm->depth += n;
    vm->frame = sk_gen_frame(cur);
    sk_frame *leaf = sk_gen_frame(cur);
    /* A generator that has not started yet may well begin with a YIELD
     * (`yield self` needs no load): that one must run, not be skipped. */
    if (!throwing && leaf->pc && !leaf_fresh) {
        uint32_t ins = *leaf->pc;
        sk_opcode op = GET_OP(ins);
        if (op == SK_OP_YIELD) {
            /* resume after the yield, with the value it evaluates to */
            if (cur->resume_reg != SK_NO_REG) leaf->regs[cur->resume_reg] = value ? value : SK_NONE;
            leaf->pc += 1;
        } else if (op == SK_OP_YIELDFROM && cur->resume_reg != SK_NO_REG) {
            /* re-run the delegation, sending the new value */
            leaf->regs[cur->resume_reg] = value ? value : SK_NONE;
        }
    }
    return leaf;
}

sk_frame *sk_gen_suspend_chain(sk_vm *vm, sk_frame *frame) {
    sk_frame *f = frame;
    for (;;) {
        sk_gen *g = sk_frame_gen(f);
        g->state = SK_GEN_SUSPENDED;
        sk_frame *p = f->prev;
        if (!p || !sk_frame_gen(p)) break;
        sk_gen *pg = sk_frame_gen(p);
        if (sk_gen_yieldfrom(pg) != sk_from_obj(g) || pg->state != SK_GEN_RUNNING) break;
        f = p;
    }
    sk_gen *outer = sk_frame_gen(f);
    vm->exc_info = outer->exc_state.prev;
    return f;
}

void sk_gen_finish(sk_vm *vm, sk_gen *g) {
    g->state = SK_GEN_CLOSED;
    vm->exc_info = g->exc_state.prev;
    g->exc_state.exc = SK_NULL;
    /* drop what the finished frame referred to */
    memset(sk_gen_frame(g)->regs, 0, sk_gen_frame(g)->nregs * sizeof(sk_value));
}

/* Is an object of type t awaited as its own iterator (see await_step)? */
static bool awaits_itself(const sk_type *t) { return t->await_step && !(t->flags & SK_TF_HEAP); }

/* ---- driving from C ------------------------------------------------------------ */

/* gen.throw(exc) when the innermost generator delegates to an iterator that
 * is not one of ours: hand the exception to it first. Returns -1 when the
 * exception should simply be raised in the frame, else an sk_exit. */
static int throw_into_foreign(sk_vm *vm, sk_gen *leaf, sk_value leafv, sk_value exc, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    sk_value *slot = sk_gen_yieldfrom_slot(leaf);
    sk_value yf = slot ? *slot : SK_NULL;
    if (!yf || sk_is_gen(vm, yf)) return -1;
    if (awaits_itself(sk_typeof(vm, yf))) {
        /* what its iterator's throw() and close() would do: stop waiting */
        *slot = SK_NULL;
        return -1;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, yf);
    SK_ROOT(vm, exc);
    SK_ROOT(vm, leafv);
    *slot = SK_NULL;
    if (sk_exc_is(vm, exc, SK_EXC_GENERATOR_EXIT)) {
        sk_value close = sk_getattr_opt(vm, yf, SK_NAME(vm, close));
        if (close && !sk_call0(vm, close)) {
            sk_gc_roots_restore(vm, mark);
            return -2; /* close() raised: raise that in the frame */
        }
        if (vm->exc) {
            sk_gc_roots_restore(vm, mark);
            return -2;
        }
        sk_gc_roots_restore(vm, mark);
        return -1;
    }
    sk_value throw = sk_getattr_opt(vm, yf, SK_NAME(vm, throw));
    if (!throw) {
        sk_gc_roots_restore(vm, mark);
        return vm->exc ? -2 : -1;
    }
    leaf->state = SK_GEN_RUNNING;
    sk_value r = sk_call1(vm, throw, exc);
    leaf->state = SK_GEN_SUSPENDED;
    if (r) {
        *slot = yf;  /* it goes on delegating */
        *out = r;
        sk_gc_roots_restore(vm, mark);
        return SK_EXIT_YIELD;
    }
    if (sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
        /* the delegate finished: its value is the result of the yield from */
        sk_value si = sk_exc_take(vm);
        sk_value v = ((sk_exc_stopiter *)sk_as_obj(si))->value;
        sk_frame *f = sk_gen_frame(leaf);
        uint32_t ins = *f->pc;
        f->regs[GETARG_B(ins)] = v ? v : SK_NONE;
        f->pc += 1;
        leaf->resume_reg = SK_NO_REG;
        sk_gc_roots_restore(vm, mark);
        return 100; /* resume normally, nothing to send */
    }
    sk_gc_roots_restore(vm, mark);
    return -2; /* raise what throw() raised, in the frame */
}

sk_exit sk_gen_send(sk_vm *vm, sk_value genv, sk_value value, sk_value exc, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    sk_gen *g = sk_gen_ptr(genv);
    *out = SK_NONE;
    if (g->state == SK_GEN_RUNNING) {
        sk_exc_fmt(vm, SK_EXC_VALUE, "%s already executing", kind_word(g));
        return SK_EXIT_ERROR;
    }
    if (g->state == SK_GEN_CLOSED) {
        if (exc) {
            sk_exc_raise(vm, exc);
            return SK_EXIT_ERROR;
        }
        if (g->kind == SK_GEN_COROUTINE) {
            sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited coroutine");
            return SK_EXIT_ERROR;
        }
        return SK_EXIT_RETURN;
    }
    size_t mark = sk_gc_roots_save(vm);
    SK_ROOT(vm, genv);
    SK_ROOT(vm, exc);
    SK_ROOT(vm, value);
    bool throwing = exc != SK_NULL;
    if (throwing) {
        if (g->state == SK_GEN_CREATED) {
            /* nothing ran yet: the generator ends with the exception */
            g->state = SK_GEN_CLOSED;
            memset(sk_gen_frame(g)->regs, 0, sk_gen_frame(g)->nregs * sizeof(sk_value));
            sk_exc_raise(vm, exc);
            sk_gc_roots_restore(vm, mark);
            return SK_EXIT_ERROR;
        }
        /* find the innermost generator of the delegation chain */
        sk_gen *leaf = g;
        for (sk_value yf; (yf = sk_gen_yieldfrom(leaf)) && sk_is_gen(vm, yf) &&
                          sk_gen_ptr(yf)->state == SK_GEN_SUSPENDED;)
            leaf = sk_gen_ptr(yf);
        int r = throw_into_foreign(vm, leaf, sk_from_obj(leaf), exc, out);
        if (r == SK_EXIT_YIELD) {
            sk_gc_roots_restore(vm, mark);
            return SK_EXIT_YIELD;
        }
        if (r == 100) {
            throwing = false;
            exc = SK_NULL;
            value = SK_NULL;
        } else if (r == -2) {
            exc = sk_exc_take(vm);
        }
    }
    if (!sk_enter_recursion(vm, NULL)) {
        sk_gc_roots_restore(vm, mark);
        return SK_EXIT_ERROR;
    }
    sk_frame *leaf = sk_gen_enter(vm, genv, vm->frame, value ? value : SK_NONE, throwing);
    if (!leaf) {
        sk_leave_recursion(vm);
        sk_gc_roots_restore(vm, mark);
        return SK_EXIT_ERROR;
    }
    if (value == SK_NULL && !throwing) {
        /* resumed after the delegate finished: pc already advanced */
    }
    sk_gen_frame(g)->flags |= SK_FRAME_ENTRY;
    if (throwing) sk_exc_raise(vm, exc);
    sk_exit e = sk_interp_run(vm, leaf, out);
    sk_gen_frame(g)->flags &= ~SK_FRAME_ENTRY;
    sk_leave_recursion(vm);
    sk_gc_roots_restore(vm, mark);
    return e;
}

/* ---- Python-visible methods ------------------------------------------------------ */

static sk_value stop_iteration(sk_vm *vm, sk_gen *g, sk_value v) {
    if (g->kind == SK_GEN_ASYNC_GENERATOR) return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ASYNC_ITERATION), NULL, 0);
    return sk_exc_stop_iteration(vm, v);
}

static sk_value gen_send_method(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value out;
    sk_exit e = sk_gen_send(vm, args[0], args[1], SK_NULL, &out);
    if (e == SK_EXIT_YIELD) return out;
    if (e == SK_EXIT_RETURN) return stop_iteration(vm, sk_gen_ptr(args[0]), out);
    return SK_NULL;
}

static int gen_next(sk_vm *vm, sk_value self, sk_value *outp) {
    sk_value out;
    sk_exit e = sk_gen_send(vm, self, SK_NONE, SK_NULL, &out);
    if (e == SK_EXIT_YIELD) {
        *outp = out;
        return 1;
    }
    if (e == SK_EXIT_RETURN) {
        *outp = out;
        return 0;
    }
    return -1;
}

sk_value sk_gen_make_thrown(sk_vm *vm, sk_value typ, sk_value val, sk_value tb) {
    if (tb != SK_NONE && !SK_IS(vm, tb, TRACEBACK))
        return sk_exc_msg(vm, SK_EXC_TYPE, "throw() third argument must be a traceback object");
    sk_value exc;
    if (sk_is_exception_type(vm, typ)) {
        if (val == SK_NONE) exc = sk_call0(vm, typ);
        else if (sk_is_exception(vm, val) && sk_isinstance_type(vm, val, sk_as_type(typ))) exc = val;
        else if (sk_is_tuple(vm, val)) exc = sk_call(vm, typ, sk_tuple_items(val), sk_tuple_len(val), SK_NULL);
        else exc = sk_call1(vm, typ, val);
        if (!exc) return SK_NULL;
    } else if (sk_is_exception(vm, typ)) {
        if (val != SK_NONE) return sk_exc_msg(vm, SK_EXC_TYPE, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return sk_exc_fmt(vm, SK_EXC_TYPE, "exceptions must be classes or instances deriving from BaseException, not %T",
                          typ);
    }
    if (tb != SK_NONE) ((sk_exception *)sk_as_obj(exc))->traceback = tb;
    return exc;
}

static sk_value gen_throw(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = sk_gen_make_thrown(vm, args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE);
    if (!exc) return SK_NULL;
    SK_ROOT(vm, exc);
    sk_value out;
    sk_exit e = sk_gen_send(vm, args[0], SK_NULL, exc, &out);
    if (e == SK_EXIT_YIELD) return out;
    if (e == SK_EXIT_RETURN) return stop_iteration(vm, sk_gen_ptr(args[0]), out);
    return SK_NULL;
}

bool sk_gen_close(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    sk_gen *g = sk_gen_ptr(self);
    if (g->state == SK_GEN_CREATED) {
        g->state = SK_GEN_CLOSED;
        memset(sk_gen_frame(g)->regs, 0, sk_gen_frame(g)->nregs * sizeof(sk_value));
        return true;
    }
    if (g->state == SK_GEN_CLOSED) return true;
    sk_value ge = sk_exc_new(vm, SK_EXC_TYPE(vm, GENERATOR_EXIT), NULL, 0);
    if (!ge) return false;
    SK_ROOT(vm, ge);
    sk_value out;
    sk_exit e = sk_gen_send(vm, self, SK_NULL, ge, &out);
    if (e == SK_EXIT_YIELD) {
        sk_exc_fmt(vm, SK_EXC_RUNTIME, "%s ignored GeneratorExit", kind_word(g));
        return false;
    }
    if (e == SK_EXIT_ERROR) {
        if (sk_exc_pending(vm, SK_EXC_GENERATOR_EXIT) || sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
            sk_exc_take(vm);
            return true;
        }
        return false;
    }
    return true;
}

static sk_value gen_close(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_gen_close(vm, args[0]) ? SK_NONE : SK_NULL;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static sk_value gen_repr(sk_vm *vm, sk_value self) {
    sk_gen *g = sk_gen_ptr(self);
    const char *what = g->kind == SK_GEN_COROUTINE ? "coroutine" : g->kind == SK_GEN_ASYNC_GENERATOR ? "async_generator"
                                                                                                   : "generator";
    return sk_str_fmt(vm, "<%s object %V at %p>", what, sk_gen_qualname(g), (void *)sk_as_obj(self));
}

#define G(v) sk_gen_ptr(v)
sk_value sk_gen_name(sk_gen *g) { return g->names ? sk_tuple_get(g->names, 0) : sk_gen_frame(g)->code->name; }
sk_value sk_gen_qualname(sk_gen *g) {
    return g->names ? sk_tuple_get(g->names, 1) : sk_gen_frame(g)->code->qualname;
}

/* Sets __name__ (which 0) or __qualname__ (1). */
static int set_gen_name(sk_vm *vm, sk_value s, sk_value v, int which) {
    if (!v || !sk_is_str(vm, v)) {
        sk_exc_msg(vm, SK_EXC_TYPE, which ? "__qualname__ must be set to a string object"
                                          : "__name__ must be set to a string object");
        return -1;
    }
    sk_value pair[2] = {sk_gen_name(G(s)), sk_gen_qualname(G(s))};
    pair[which] = v;
    sk_value names = sk_tuple_from(vm, pair, 2);
    if (!names) return -1;
    G(s)->names = names;
    return 0;
}
static sk_value g_name(sk_vm *vm, sk_value s) { return sk_gen_name(G(s)); }
static int s_name(sk_vm *vm, sk_value s, sk_value v) { return set_gen_name(vm, s, v, 0); }
static sk_value g_qualname(sk_vm *vm, sk_value s) { return sk_gen_qualname(G(s)); }
static int s_qualname(sk_vm *vm, sk_value s, sk_value v) { return set_gen_name(vm, s, v, 1); }
static sk_value g_running(sk_vm *vm, sk_value s) { return sk_from_bool(G(s)->state == SK_GEN_RUNNING); }
static sk_value g_suspended(sk_vm *vm, sk_value s) { return sk_from_bool(G(s)->state == SK_GEN_SUSPENDED); }
static sk_value g_code(sk_vm *vm, sk_value s) { return sk_from_obj(sk_gen_frame(G(s))->code); }
static sk_value g_yieldfrom(sk_vm *vm, sk_value s) {
    sk_value yf = sk_gen_yieldfrom(G(s));
    if (!yf) return SK_NONE;
    /* the iterator `await` would have made, for the program to see */
    return awaits_itself(sk_typeof(vm, yf)) ? sk_typeof(vm, yf)->await(vm, yf) : yf;
}
static sk_value g_frame(sk_vm *vm, sk_value s) {
    /* a finished generator has no frame; a live one reports its position */
    if (G(s)->state == SK_GEN_CLOSED) return SK_NONE;
    return sk_gen_frame_object(vm, s);
}

static const sk_method_def gen_methods[] = {
    {"send", gen_send_method, 2, 2, 0, NULL},
    {"throw", gen_throw, 2, 4, 0, NULL},
    {"close", gen_close, 1, 1, 0, NULL},
    {NULL},
};

static const sk_getset_def gen_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"gi_running", g_running, NULL, NULL},
    {"gi_suspended", g_suspended, NULL, NULL},
    {"gi_code", g_code, NULL, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL, NULL},
    {"gi_frame", g_frame, NULL, NULL},
    {NULL},
};

static const sk_getset_def coro_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"cr_running", g_running, NULL, NULL},
    {"cr_suspended", g_suspended, NULL, NULL},
    {"cr_code", g_code, NULL, NULL},
    {"cr_await", g_yieldfrom, NULL, NULL},
    {"cr_frame", g_frame, NULL, NULL},
    {NULL},
};

static sk_value g_running_async(sk_vm *vm, sk_value s) { return sk_from_bool(G(s)->running_async); }
static const sk_getset_def agen_getsets[] = {
    {"__name__", g_name, s_name, NULL},
    {"__qualname__", g_qualname, s_qualname, NULL},
    {"ag_running", g_running_async, NULL, NULL},
    {"ag_suspended", g_suspended, NULL, NULL},
    {"ag_code", g_code, NULL, NULL},
    {"ag_await", g_yieldfrom, NULL, NULL},
    {"ag_frame", g_frame, NULL, NULL},
    {NULL},
};

/* ---- coroutine.__await__ ------------------------------------------------------ */

typedef struct coro_wrapper {
    sk_obj hdr;
    sk_value coro;
} coro_wrapper;

static void coro_wrapper_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((coro_wrapper *)o)->coro); }

static sk_value coro_await(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    coro_wrapper *w = (coro_wrapper *)sk_gc_new(vm, vm->coro_wrapper_type, sizeof(coro_wrapper));
    if (!w) return SK_NULL;
    w->coro = self;
    return sk_from_obj(w);
}

#define CW(v) (((coro_wrapper *)sk_as_obj(v))->coro)
static int cw_next(sk_vm *vm, sk_value self, sk_value *out) { return gen_next(vm, CW(self), out); }
static sk_value cw_send(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value a[2] = {CW(args[0]), args[1]};
    return gen_send_method(vm, a, 2, kw);
}
static sk_value cw_throw(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    sk_value a[4] = {CW(args[0]), args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE};
    return gen_throw(vm, a, nargs, kw);
}
static sk_value cw_close(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kw) {
    return sk_gen_close(vm, CW(args[0])) ? SK_NONE : SK_NULL;
}
static const sk_method_def cw_methods[] = {
    {"send", cw_send, 2, 2, 0, NULL},
    {"throw", cw_throw, 2, 4, 0, NULL},
    {"close", cw_close, 1, 1, 0, NULL},
    {NULL},
};

/* ---- the await protocol -------------------------------------------------------- */

int sk_iter_send(sk_vm *vm, sk_value it, sk_value value, sk_value *out) {
    *out = SK_NONE;
    if (sk_is_gen(vm, it)) {
        sk_exit e = sk_gen_send(vm, it, value, SK_NULL, out);
        return e == SK_EXIT_YIELD ? 1 : e == SK_EXIT_RETURN ? 0 : -1;
    }
    sk_type *t = sk_typeof(vm, it);
    sk_value r;
    if (awaits_itself(t)) return t->await_step(vm, it, out);
    if (value == SK_NONE && t->next && !(t->flags & SK_TF_HEAP)) {
        /* a C iterator: 0 means finished, with *out its return value */
        return t->next(vm, it, out);
    }
    if (value == SK_NONE) r = sk_call_special(vm, it, SK_NAME(vm, __next__), NULL, 0);
    else r = sk_call_method(vm, it, SK_NAME(vm, send), &value, 1);
    if (r) {
        *out = r;
        return 1;
    }
    if (!vm->exc) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "'%T' object is not an iterator", it);
        return -1;
    }
    if (sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
        sk_value si = sk_exc_take(vm);
        sk_value v = ((sk_exc_stopiter *)sk_as_obj(si))->value;
        *out = v ? v : SK_NONE;
        return 0;
    }
    return -1;
}

sk_value sk_get_awaitable(sk_vm *vm, sk_value v, int context) {
    if (sk_is_gen(vm, v)) {
        sk_gen *g = sk_gen_ptr(v);
        if (g->kind == SK_GEN_COROUTINE) {
            if (sk_gen_yieldfrom(g))
                return sk_exc_msg(vm, SK_EXC_RUNTIME, "coroutine is being awaited already");
            return v;
        }
        if (g->kind == SK_GEN_GENERATOR && (sk_gen_frame(g)->code->flags & SK_CO_ITERABLE_COROUTINE)) return v;
    }
    sk_type *t = sk_typeof(vm, v);
    if (!t->await) {
        if (context == 1)
            return sk_exc_fmt(vm, SK_EXC_TYPE,
                              "'async with' received an object from __aenter__ that does not implement __await__: %s",
                              sk_type_name(t));
        if (context == 2)
            return sk_exc_fmt(vm, SK_EXC_TYPE,
                              "'async with' received an object from __aexit__ that does not implement __await__: %s",
                              sk_type_name(t));
        return sk_exc_fmt(vm, SK_EXC_TYPE, "object %s can't be used in 'await' expression", sk_type_name(t));
    }
    if (awaits_itself(t)) return v;
    sk_value it = t->await(vm, v);
    if (!it) return SK_NULL;
    if (sk_is_gen(vm, it) && sk_gen_ptr(it)->kind == SK_GEN_COROUTINE)
        return sk_exc_msg(vm, SK_EXC_TYPE, "__await__() returned a coroutine");
    if (!sk_typeof(vm, it)->next)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "__await__() returned non-iterator of type '%T'", it);
    return it;
}

sk_value sk_get_aiter(sk_vm *vm, sk_value v) {
    sk_type *t = sk_typeof(vm, v);
    if (!t->aiter)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'async for' requires an object with __aiter__ method, got %s",
                          sk_type_name(t));
    sk_value it = t->aiter(vm, v);
    if (!it) return SK_NULL;
    if (!sk_typeof(vm, it)->anext)
        return sk_exc_fmt(vm, SK_EXC_TYPE,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          sk_type_name_of(vm, it));
    return it;
}

sk_value sk_get_anext_awaitable(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_typeof(vm, v);
    if (!t->anext)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'async for' requires an iterator with __anext__ method, got %s",
                          sk_type_name(t));
    sk_value aw = t->anext(vm, v);
    if (!aw) return SK_NULL;
    SK_ROOT(vm, aw);
    sk_value it = sk_get_awaitable(vm, aw, 0);
    if (!it && sk_exc_pending(vm, SK_EXC_TYPE)) {
        sk_exc_take(vm);
        return sk_exc_fmt(vm, SK_EXC_TYPE, "'async for' received an invalid object from __anext__: %s",
                          sk_type_name_of(vm, aw));
    }
    return it;
}

/* ---- finalisation ---------------------------------------------------------------- */

static bool gen_needs_finalizer(sk_vm *vm, sk_obj *o) {
    sk_gen *g = (sk_gen *)o;
    if (g->state == SK_GEN_SUSPENDED) return sk_gen_frame(g)->code->nexc > 0 || g->kind != SK_GEN_GENERATOR;
    return g->kind == SK_GEN_COROUTINE && g->state == SK_GEN_CREATED;
}

static void gen_py_finalize(sk_vm *vm, sk_value self) {
    sk_gen *g = sk_gen_ptr(self);
    if (g->kind == SK_GEN_ASYNC_GENERATOR) {
        sk_asyncgen_finalize(vm, self);
        return;
    }
    if (g->kind == SK_GEN_COROUTINE && g->state == SK_GEN_CREATED) {
        sk_warn_never_awaited(vm, self);
        return;
    }
    if (!sk_gen_close(vm, self)) sk_report_unraisable(vm, vm->exc ? sk_exc_take(vm) : SK_NULL, self, NULL);
}

void sk_gen_init_types(sk_vm *vm) {
    sk_type *obj = SK_TYPE(vm, OBJECT);
    sk_type *t;
    t = sk_type_init_builtin(vm, SK_T_GENERATOR, obj, GEN_HEADER, 0);
    t->size_of = gen_size_of;
    t->trace = gen_trace;
    t->iter = iter_self;
    t->next = gen_next;
    t->repr = gen_repr;
    t->needs_finalizer = gen_needs_finalizer;
    t->py_finalize = gen_py_finalize;
    (void)sk_type_add_methods(vm, t, gen_methods);
    (void)sk_type_add_getsets(vm, t, gen_getsets);

    t = sk_type_init_builtin(vm, SK_T_COROUTINE, obj, GEN_HEADER, 0);
    t->size_of = gen_size_of;
    t->trace = gen_trace;
    t->await = coro_await;
    t->repr = gen_repr;
    t->needs_finalizer = gen_needs_finalizer;
    t->py_finalize = gen_py_finalize;
    (void)sk_type_add_methods(vm, t, gen_methods);
    (void)sk_type_add_getsets(vm, t, coro_getsets);

    t = sk_type_init_builtin(vm, SK_T_ASYNC_GENERATOR, obj, GEN_HEADER, 0);
    t->size_of = gen_size_of;
    t->trace = gen_trace;
    t->repr = gen_repr;
    t->needs_finalizer = gen_needs_finalizer;
    t->py_finalize = gen_py_finalize;
    (void)sk_type_add_getsets(vm, t, agen_getsets);
    sk_asyncgen_init_types(vm);  /* its protocol and awaitables: asyncgen.c */

    sk_type *cw = sk_type_new_builtin(vm, "coroutine_wrapper", "builtins", obj, sizeof(coro_wrapper), 0);
    if (cw) {
        cw->trace = coro_wrapper_trace;
        cw->iter = iter_self;
        cw->next = cw_next;
        (void)sk_type_add_methods(vm, cw, cw_methods);
        vm->coro_wrapper_type = cw;
    }
}
