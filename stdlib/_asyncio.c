/* _asyncio.c — the C side of asyncio (the package under stdlib/asyncio). For now it
 * holds one piece: _FutureIter, the iterator Future.__await__ returns.
 *
 * Written in C so that awaiting a future adds no frame to the traceback of
 * the exception it raises, as with CPython's C futures: the exception goes
 * from here straight into the awaiting coroutine. The iterator asks the
 * future (a Python object) for its state and outcome through attributes:
 *   _state                    'PENDING', 'CANCELLED' or 'FINISHED'
 *   _asyncio_future_blocking  set when the future is yielded to the task
 *   _await_outcome()          (exception or None, result) once done
 * Future and Task themselves may move here later, as in CPython; asyncio's
 * Python modules use whatever this module provides.
 */
#include "exc.h"
#include "gc.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

typedef struct future_iter {
    sk_obj hdr;
    sk_value future; /* SK_NULL once the result was handed out */
} future_iter;

#define FI(v) ((future_iter *)sk_as_obj(v))

static void fi_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((future_iter *)o)->future); }

static sk_value fi_iter(sk_vm *vm, sk_value self) { return self; }

/* One step of `await future`: 1 with the future in *out to yield it to the
 * task, 0 with the result in *out when it is done, -1 on error (the
 * future's exception, raised here so that no frame of ours is recorded). */
static int fi_next(sk_vm *vm, sk_value self, sk_value *out) {
    SK_ROOT_SCOPE(vm);
    sk_value fut = FI(self)->future;
    *out = SK_NONE;
    if (!fut) return 0;
    SK_ROOT(vm, fut);
    sk_value state = sk_getattr_cstr(vm, fut, "_state");
    if (!state) return -1;
    if (sk_is_str(vm, state) && sk_str_eq_cstr(state, "PENDING")) {
        sk_value name = sk_str_intern_cstr(vm, "_asyncio_future_blocking");
        if (!name) return -1;
        SK_ROOT(vm, name);
        sk_value blocking = sk_getattr(vm, fut, name);
        if (!blocking) return -1;
        int b = sk_truth(vm, blocking);
        if (b < 0) return -1;
        if (b) {
            sk_exc_msg(vm, SK_EXC_RUNTIME, "await wasn't used with future");
            return -1;
        }
        if (sk_setattr(vm, fut, name, SK_TRUE) < 0) return -1;
        *out = fut;
        return 1;
    }
    FI(self)->future = SK_NULL;
    sk_value name = sk_str_intern_cstr(vm, "_await_outcome");
    if (!name) return -1;
    sk_value outcome = sk_call_method(vm, fut, name, NULL, 0);
    if (!outcome) return -1;
    if (!sk_is_tuple(vm, outcome) || sk_tuple_len(outcome) != 2) {
        sk_exc_msg(vm, SK_EXC_TYPE, "Future._await_outcome() must return a pair");
        return -1;
    }
    sk_value exc = sk_tuple_get(outcome, 0);
    if (exc != SK_NONE) {
        sk_exc_raise(vm, exc);
        return -1;
    }
    *out = sk_tuple_get(outcome, 1);
    return 0;
}

/* send(value): the value is ignored, as Future.__await__ fetches the result
 * itself. Finishing raises StopIteration(result). */
NATIVE(fi_send) {
    sk_value out;
    int r = fi_next(vm, args[0], &out);
    if (r < 0) return SK_NULL;
    if (r == 0) return sk_exc_stop_iteration(vm, out);
    return out;
}

/* throw(exc) / throw(type[, value[, tb]]): the exception goes on to the
 * awaiting coroutine unchanged (no context is added, as PyErr_Restore). */
NATIVE(fi_throw) {
    SK_ROOT_SCOPE(vm);
    sk_value type = args[1];
    sk_value val = nargs > 2 && args[2] != SK_NONE ? args[2] : SK_NULL;
    sk_value tb = nargs > 3 && args[3] != SK_NONE ? args[3] : SK_NULL;
    if (tb && !SK_IS(vm, tb, TRACEBACK))
        return sk_exc_msg(vm, SK_EXC_TYPE, "throw() third argument must be a traceback");
    sk_value exc;
    if (sk_is_exception_type(vm, type)) {
        if (val && sk_is_exception(vm, val) && sk_type_is_subtype(sk_typeof(vm, val), sk_as_type(type))) {
            exc = val;
        } else {
            exc = val ? sk_exc_new(vm, sk_as_type(type), &val, 1) : sk_exc_new(vm, sk_as_type(type), NULL, 0);
            if (!exc) return SK_NULL;
        }
    } else if (sk_is_exception(vm, type)) {
        if (val) return sk_exc_msg(vm, SK_EXC_TYPE, "instance exception may not have a separate value");
        exc = type;
    } else {
        return sk_exc_msg(vm, SK_EXC_TYPE,
                          "exceptions must be classes deriving BaseException or instances of such a class");
    }
    SK_ROOT(vm, exc);
    if (tb) ((sk_exception *)sk_as_obj(exc))->traceback = tb;
    FI(args[0])->future = SK_NULL;
    vm->exc = exc;
    return SK_NULL;
}

NATIVE(fi_close) {
    FI(args[0])->future = SK_NULL;
    return SK_NONE;
}

static const sk_method_def future_iter_methods[] = {
    {"send", fi_send, 2, 2, 0, NULL},
    {"throw", fi_throw, 2, 4, 0, NULL},
    {"close", fi_close, 1, 1, 0, NULL},
    {NULL},
};

/* _FutureIter(future) */
static sk_value fi_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (kwnames || nargs != 1) return sk_exc_msg(vm, SK_EXC_TYPE, "_FutureIter() takes exactly one argument");
    SK_ROOT_SCOPE(vm);
    sk_value fut = args[0];
    SK_ROOT(vm, fut);
    sk_obj *o = sk_gc_new(vm, sk_as_type(cls), sizeof(future_iter));
    if (!o) return SK_NULL;
    ((future_iter *)o)->future = fut;
    return sk_from_obj(o);
}

bool sk_asyncio_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_type_new_builtin(vm, "FutureIter", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(future_iter), 0);
    if (!t) return false;
    sk_value tv = sk_from_obj(t);
    SK_ROOT(vm, tv);
    t->trace = fi_trace;
    t->iter = fi_iter;
    t->next = fi_next;
    t->tp_new = fi_new;
    return sk_type_add_methods(vm, t, future_iter_methods) && sk_type_ready(vm, t) &&
           sk_module_add(vm, module, "_FutureIter", tv);
}
