/* asyncgen.c — the async generator protocol (PEP 525): __aiter__ and
 * __anext__, asend/athrow/aclose and the awaitables they return, the
 * firstiter/finalizer hooks an event loop installs with
 * sys.set_asyncgen_hooks, finalisation, and anext(it, default).
 *
 * An async generator is a generator (gen.c) whose frame yields two kinds
 * of values: those of its own `yield` expressions, which the compiler
 * wraps (ASYNCGENWRAP) so they can be told apart, and whatever its `await`
 * expressions pass up to the event loop. The awaitable returned by
 * asend() drives the frame: a wrapped value ends the awaitable
 * (StopIteration carrying the value), a plain one is passed through.
 */
#include "gen.h"

#include "exc.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "warn.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* ---- the wrapped value of a `yield` ---------------------------------------------- */

typedef struct wrapped_value {
    sk_obj hdr;
    sk_value value;
} wrapped_value;

static void wrapped_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((wrapped_value *)o)->value); }

sk_value sk_asyncgen_wrap_value(sk_vm *vm, sk_value v) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, v);
    wrapped_value *w = (wrapped_value *)sk_gc_new(vm, vm->agen_value_type, sizeof(wrapped_value));
    if (!w) return SK_NULL;
    w->value = v;
    return sk_from_obj(w);
}

static bool is_wrapped(sk_vm *vm, sk_value v) { return sk_is_ptr(v) && sk_as_obj(v)->type == vm->agen_value_type; }

/* ---- hooks ---------------------------------------------------------------------- */

/* The first asend/athrow/aclose: the generator keeps the finalizer hook of
 * that moment and is announced to the firstiter hook (asyncio's loop
 * tracks it for shutdown_asyncgens). */
static bool init_hooks(sk_vm *vm, sk_value agen) {
    sk_gen *g = sk_gen_ptr(agen);
    if (g->hooks_done) return true;
    g->hooks_done = 1;
    if (vm->asyncgen_finalizer) *sk_agen_finalizer_slot(g) = vm->asyncgen_finalizer;
    if (vm->asyncgen_firstiter) return sk_call1(vm, vm->asyncgen_firstiter, agen) != SK_NULL;
    return true;
}

/* ---- driving the frame ------------------------------------------------------------ */

enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

/* Sends a value (or throws exc) into the generator and sorts out what came
 * back: 1 with *out a value its awaits pass up, 0 with *out the value of
 * its `yield` (the awaitable completes with it), -1 with an exception set
 * (StopAsyncIteration when it finished). */
static int step(sk_vm *vm, sk_value agen, sk_value value, sk_value exc, sk_value *out) {
    sk_gen *g = sk_gen_ptr(agen);
    sk_exit e = sk_gen_send(vm, agen, value, exc, out);
    if (e == SK_EXIT_YIELD) {
        if (is_wrapped(vm, *out)) {
            *out = ((wrapped_value *)sk_as_obj(*out))->value;
            g->running_async = 0;
            return 0;
        }
        return 1;
    }
    if (e == SK_EXIT_RETURN) sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ASYNC_ITERATION), NULL, 0);
    if (sk_exc_pending(vm, SK_EXC_STOP_ASYNC_ITERATION) || sk_exc_pending(vm, SK_EXC_GENERATOR_EXIT))
        g->ag_closed = 1;
    g->running_async = 0;
    return -1;
}

/* The Python-level result of a step: the yielded value, or StopIteration. */
static sk_value step_result(sk_vm *vm, int r, sk_value out) {
    if (r > 0) return out;
    if (r == 0) return sk_exc_stop_iteration(vm, out);
    return SK_NULL;
}

/* ---- asend() and __anext__() ------------------------------------------------------- */

typedef struct asend_obj {
    sk_obj hdr;
    sk_value agen;
    sk_value sendval;
    int state;
} asend_obj;

#define AS(v) ((asend_obj *)sk_as_obj(v))

static void asend_trace(sk_vm *vm, sk_obj *o) {
    asend_obj *a = (asend_obj *)o;
    sk_gc_mark(vm, a->agen);
    sk_gc_mark(vm, a->sendval);
}

static sk_value asend_new(sk_vm *vm, sk_value agen, sk_value sendval) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, agen);
    SK_ROOT(vm, sendval);
    if (!init_hooks(vm, agen)) return SK_NULL;
    asend_obj *a = (asend_obj *)sk_gc_new(vm, vm->asend_type, sizeof(asend_obj));
    if (!a) return SK_NULL;
    a->agen = agen;
    a->sendval = sendval;
    a->state = AWAITABLE_INIT;
    return sk_from_obj(a);
}

static int asend_step(sk_vm *vm, sk_value self, sk_value value, sk_value exc, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    asend_obj *a = AS(self);
    sk_gen *g = sk_gen_ptr(a->agen);
    if (a->state == AWAITABLE_CLOSED) {
        sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited __anext__()/asend()");
        return -1;
    }
    if (a->state == AWAITABLE_INIT && !exc) {
        if (g->running_async) {
            a->state = AWAITABLE_CLOSED;
            sk_exc_msg(vm, SK_EXC_RUNTIME, "anext(): asynchronous generator is already running");
            return -1;
        }
        if (!value || value == SK_NONE) value = a->sendval;
        a->state = AWAITABLE_ITER;
    }
    g->running_async = 1;
    int r = step(vm, a->agen, value, exc, out);
    if (r <= 0) a->state = AWAITABLE_CLOSED;
    return r;
}

static int asend_next(sk_vm *vm, sk_value self, sk_value *out) { return asend_step(vm, self, SK_NONE, SK_NULL, out); }

NATIVE(asend_send) {
    sk_value out = SK_NULL;
    int r = asend_step(vm, args[0], args[1], SK_NULL, &out);
    return step_result(vm, r, out);
}

NATIVE(asend_throw) {
    SK_ROOT_SCOPE(vm);
    if (AS(args[0])->state == AWAITABLE_CLOSED)
        return sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited __anext__()/asend()");
    sk_value exc = sk_gen_make_thrown(vm, args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE);
    if (!exc) return SK_NULL;
    SK_ROOT(vm, exc);
    sk_value out = SK_NULL;
    int r = asend_step(vm, args[0], SK_NULL, exc, &out);
    return step_result(vm, r, out);
}

NATIVE(asend_close) {
    AS(args[0])->state = AWAITABLE_CLOSED;
    return SK_NONE;
}

/* ---- athrow() and aclose() ---------------------------------------------------------- */

typedef struct athrow_obj {
    sk_obj hdr;
    sk_value agen;
    sk_value exc;        /* what athrow() throws; SK_NULL for aclose() */
    int state;
} athrow_obj;

#define AT(v) ((athrow_obj *)sk_as_obj(v))

static void athrow_trace(sk_vm *vm, sk_obj *o) {
    athrow_obj *a = (athrow_obj *)o;
    sk_gc_mark(vm, a->agen);
    sk_gc_mark(vm, a->exc);
}

static sk_value athrow_new(sk_vm *vm, sk_value agen, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, agen);
    SK_ROOT(vm, exc);
    if (!init_hooks(vm, agen)) return SK_NULL;
    athrow_obj *a = (athrow_obj *)sk_gc_new(vm, vm->athrow_type, sizeof(athrow_obj));
    if (!a) return SK_NULL;
    a->agen = agen;
    a->exc = exc;
    a->state = AWAITABLE_INIT;
    return sk_from_obj(a);
}

/* aclose(): the generator must not yield a value of its own after
 * GeneratorExit; ending with StopAsyncIteration or GeneratorExit is the
 * successful end (StopIteration for the awaitable). */
static int aclose_outcome(sk_vm *vm, athrow_obj *a, int r) {
    sk_gen *g = sk_gen_ptr(a->agen);
    if (r == 0) {
        g->running_async = 0;
        a->state = AWAITABLE_CLOSED;
        sk_exc_msg(vm, SK_EXC_RUNTIME, "async generator ignored GeneratorExit");
        return -1;
    }
    if (r < 0 && (sk_exc_pending(vm, SK_EXC_STOP_ASYNC_ITERATION) || sk_exc_pending(vm, SK_EXC_GENERATOR_EXIT))) {
        sk_exc_take(vm);
        return 0;  /* *out: None */
    }
    return r;
}

static int athrow_step(sk_vm *vm, sk_value self, sk_value value, sk_value thrown, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    athrow_obj *a = AT(self);
    sk_gen *g = sk_gen_ptr(a->agen);
    *out = SK_NONE;
    if (a->state == AWAITABLE_CLOSED) {
        sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited aclose()/athrow()");
        return -1;
    }
    if (g->state == SK_GEN_CLOSED) {
        a->state = AWAITABLE_CLOSED;
        return 0;  /* StopIteration */
    }
    int r;
    if (a->state == AWAITABLE_INIT && !thrown) {
        SK_ROOT_SCOPE(vm);
        if (g->running_async) {
            a->state = AWAITABLE_CLOSED;
            sk_exc_msg(vm, SK_EXC_RUNTIME, a->exc ? "athrow(): asynchronous generator is already running"
                                                  : "aclose(): asynchronous generator is already running");
            return -1;
        }
        if (g->ag_closed) {
            a->state = AWAITABLE_CLOSED;
            sk_exc_raise_type(vm, SK_EXC_TYPE(vm, STOP_ASYNC_ITERATION), NULL, 0);
            return -1;
        }
        if (value && value != SK_NONE) {
            sk_exc_msg(vm, SK_EXC_RUNTIME, "can't send non-None value to a just-started coroutine");
            return -1;
        }
        a->state = AWAITABLE_ITER;
        g->running_async = 1;
        sk_value exc = a->exc;
        if (!exc) {
            g->ag_closed = 1;
            exc = sk_exc_new(vm, SK_EXC_TYPE(vm, GENERATOR_EXIT), NULL, 0);
            if (!exc) return -1;
        }
        SK_ROOT(vm, exc);
        r = step(vm, a->agen, SK_NULL, exc, out);
    } else {
        r = step(vm, a->agen, thrown ? SK_NULL : value, thrown, out);
    }
    if (!a->exc) r = aclose_outcome(vm, a, r);
    if (r <= 0) a->state = AWAITABLE_CLOSED;
    return r;
}

static int athrow_next(sk_vm *vm, sk_value self, sk_value *out) {
    return athrow_step(vm, self, SK_NONE, SK_NULL, out);
}

NATIVE(athrow_send) {
    sk_value out = SK_NULL;
    int r = athrow_step(vm, args[0], args[1], SK_NULL, &out);
    return step_result(vm, r, out);
}

NATIVE(athrow_throw) {
    SK_ROOT_SCOPE(vm);
    if (AT(args[0])->state == AWAITABLE_CLOSED)
        return sk_exc_msg(vm, SK_EXC_RUNTIME, "cannot reuse already awaited aclose()/athrow()");
    sk_value exc = sk_gen_make_thrown(vm, args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE);
    if (!exc) return SK_NULL;
    SK_ROOT(vm, exc);
    sk_value out = SK_NULL;
    int r = athrow_step(vm, args[0], SK_NULL, exc, &out);
    return step_result(vm, r, out);
}

NATIVE(athrow_close) {
    AT(args[0])->state = AWAITABLE_CLOSED;
    return SK_NONE;
}

/* ---- the async generator's own methods ---------------------------------------------- */

static sk_value agen_aiter(sk_vm *vm, sk_value self) { return self; }
static sk_value agen_anext(sk_vm *vm, sk_value self) { return asend_new(vm, self, SK_NONE); }

NATIVE(agen_asend) { return asend_new(vm, args[0], args[1]); }

NATIVE(agen_athrow) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = sk_gen_make_thrown(vm, args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE);
    if (!exc) return SK_NULL;
    SK_ROOT(vm, exc);
    return athrow_new(vm, args[0], exc);
}

NATIVE(agen_aclose) { return athrow_new(vm, args[0], SK_NULL); }

static const sk_method_def agen_methods[] = {
    {"asend", agen_asend, 2, 2, 0, NULL},
    {"athrow", agen_athrow, 2, 4, 0, NULL},
    {"aclose", agen_aclose, 1, 1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static sk_value self_await(sk_vm *vm, sk_value self) { return self; }

static const sk_method_def asend_methods[] = {
    {"send", asend_send, 2, 2, 0, NULL},
    {"throw", asend_throw, 2, 4, 0, NULL},
    {"close", asend_close, 1, 1, 0, NULL},
    {NULL},
};

static const sk_method_def athrow_methods[] = {
    {"send", athrow_send, 2, 2, 0, NULL},
    {"throw", athrow_throw, 2, 4, 0, NULL},
    {"close", athrow_close, 1, 1, 0, NULL},
    {NULL},
};

/* ---- finalisation --------------------------------------------------------------------- */

void sk_asyncgen_finalize(sk_vm *vm, sk_value agen) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, agen);
    sk_gen *g = sk_gen_ptr(agen);
    if (*sk_agen_finalizer_slot(g) && !g->ag_closed) {
        /* the event loop schedules aclose() */
        if (!sk_call1(vm, *sk_agen_finalizer_slot(g), agen))
            sk_report_unraisable(vm, sk_exc_take(vm), *sk_agen_finalizer_slot(g), NULL);
        return;
    }
    if (g->state != SK_GEN_SUSPENDED) return;
    /* no loop to finish it: throw GeneratorExit in synchronously, as
     * CPython's finaliser does */
    if (!sk_gen_close(vm, agen)) sk_report_unraisable(vm, vm->exc ? sk_exc_take(vm) : SK_NULL, agen, NULL);
}

/* ---- anext(iterator, default) ---------------------------------------------------------- */

/* Awaiting it awaits iterator.__anext__() and turns StopAsyncIteration into
 * the default value. */
typedef struct anext_awaitable {
    sk_obj hdr;
    sk_value it;
    sk_value dflt;
    sk_value inner;      /* the awaitable's iterator, once started */
} anext_awaitable;

#define AA(v) ((anext_awaitable *)sk_as_obj(v))

static void anext_trace(sk_vm *vm, sk_obj *o) {
    anext_awaitable *a = (anext_awaitable *)o;
    sk_gc_mark(vm, a->it);
    sk_gc_mark(vm, a->dflt);
    sk_gc_mark(vm, a->inner);
}

sk_value sk_anext_with_default(sk_vm *vm, sk_value it, sk_value dflt) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, it);
    SK_ROOT(vm, dflt);
    anext_awaitable *a = (anext_awaitable *)sk_gc_new(vm, vm->anext_awaitable_type, sizeof(anext_awaitable));
    if (!a) return SK_NULL;
    a->it = it;
    a->dflt = dflt;
    return sk_from_obj(a);
}

static bool anext_start(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    anext_awaitable *a = AA(self);
    if (a->inner) return true;
    sk_type *t = sk_typeof(vm, a->it);
    sk_value aw = t->anext(vm, a->it);
    if (!aw) return false;
    SK_ROOT(vm, aw);
    sk_value inner = sk_get_awaitable(vm, aw, 0);
    if (!inner) return false;
    AA(self)->inner = inner;
    return true;
}

/* StopAsyncIteration from the inner awaitable becomes the default. */
static int anext_outcome(sk_vm *vm, sk_value self, int r, sk_value *out) {
    if (r < 0 && sk_exc_pending(vm, SK_EXC_STOP_ASYNC_ITERATION)) {
        sk_exc_take(vm);
        *out = AA(self)->dflt;
        return 0;
    }
    return r;
}

static int anext_next(sk_vm *vm, sk_value self, sk_value *out) {
    if (!anext_start(vm, self)) return anext_outcome(vm, self, -1, out);
    int r = sk_iter_send(vm, AA(self)->inner, SK_NONE, out);
    return anext_outcome(vm, self, r, out);
}

NATIVE(anext_send) {
    sk_value out = SK_NULL;
    int r;
    if (!anext_start(vm, args[0])) r = -1;
    else r = sk_iter_send(vm, AA(args[0])->inner, args[1], &out);
    return step_result(vm, anext_outcome(vm, args[0], r, &out), out);
}

NATIVE(anext_throw) {
    SK_ROOT_SCOPE(vm);
    sk_value out = SK_NULL;
    int r = -1;
    if (anext_start(vm, args[0])) {
        SK_ROOT_SCOPE(vm);
        sk_value inner = AA(args[0])->inner;
        SK_ROOT(vm, inner);
        sk_value throw = sk_getattr(vm, inner, SK_NAME(vm, throw));
        if (throw) {
            SK_ROOT(vm, throw);
            sk_value res = sk_call(vm, throw, args + 1, nargs - 1, SK_NULL);
            if (res) {
                out = res;
                r = 1;
            } else if (sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
                sk_value si = sk_exc_take(vm);
                sk_value v = ((sk_exc_stopiter *)sk_as_obj(si))->value;
                out = v ? v : SK_NONE;
                r = 0;
            }
        }
    }
    return step_result(vm, anext_outcome(vm, args[0], r, &out), out);
}

NATIVE(anext_close) {
    sk_value inner = AA(args[0])->inner;
    if (!inner) return SK_NONE;
    return sk_call_method(vm, inner, SK_NAME(vm, close), NULL, 0);
}

static const sk_method_def anext_methods[] = {
    {"send", anext_send, 2, 2, 0, NULL},
    {"throw", anext_throw, 2, 4, 0, NULL},
    {"close", anext_close, 1, 1, 0, NULL},
    {NULL},
};

/* ---- types ------------------------------------------------------------------------------ */

static sk_type *awaitable_type(sk_vm *vm, const char *name, size_t size, sk_trace_fn trace, sk_next_fn next,
                               const sk_method_def *methods) {
    sk_type *t = sk_type_new_builtin(vm, name, "builtins", SK_TYPE(vm, OBJECT), size, 0);
    if (!t) return NULL;
    t->trace = trace;
    t->await = self_await;
    t->iter = self_await;
    t->next = next;
    (void)sk_type_add_methods(vm, t, methods);
    return t;
}

void sk_asyncgen_init_types(sk_vm *vm) {
    sk_type *ag = SK_TYPE(vm, ASYNC_GENERATOR);
    ag->aiter = agen_aiter;
    ag->anext = agen_anext;
    (void)sk_type_add_methods(vm, ag, agen_methods);
    vm->asend_type = awaitable_type(vm, "async_generator_asend", sizeof(asend_obj), asend_trace, asend_next,
                                    asend_methods);
    vm->athrow_type = awaitable_type(vm, "async_generator_athrow", sizeof(athrow_obj), athrow_trace, athrow_next,
                                     athrow_methods);
    vm->anext_awaitable_type = awaitable_type(vm, "anext_awaitable", sizeof(anext_awaitable), anext_trace,
                                              anext_next, anext_methods);
    sk_type *w = sk_type_new_builtin(vm, "async_generator_wrapped_value", "builtins", SK_TYPE(vm, OBJECT),
                                     sizeof(wrapped_value), 0);
    if (w) w->trace = wrapped_trace;
    vm->agen_value_type = w;
}
