/* _asyncio.c — the hot core of asyncio in C: Future, Task and the
 * current-task bookkeeping. stdlib/asyncio/futures.py and tasks.py hold
 * the same classes in Python and use these instead when the module
 * imports, as CPython's do with its accelerator; the behaviour is the
 * same, down to messages, reprs and the order callbacks run in.
 *
 * A Task drives its coroutine one step per loop callback. A step sends
 * None (or throws an exception) into the coroutine; when the coroutine
 * yields a future (from Future.__await__), the task adds its wake-up as a
 * done callback of that future and the next step runs when it completes.
 * Native coroutines are resumed directly (sk_gen_send), without going
 * through their send()/throw() methods.
 *
 * The tasks that exist are tracked weakly, as CPython's WeakSet does, by
 * an intrusive list that the collector does not trace: a pending task
 * nobody refers to is collected (and logs "Task was destroyed but it is
 * pending!").
 */
#include <string.h>

#include "contextvars.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "import.h"
#include "int.h"
#include "list.h"
#include "loop.h"
#include "modules.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"
#include "warn.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

typedef enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED } fut_state;

typedef struct future_obj {
    sk_obj hdr;
    sk_value dict;             /* instance __dict__ (and _source_traceback,
                                  which only debug mode sets) */
    sk_value loop;
    /* The done callbacks, in the order they run. Nearly every future has
     * one, the task awaiting it: then cb0 is the task itself (its context
     * is the task's, ctx0 stays SK_NULL), and cb0_wakeup is set (the callback is its task_wakeup,
     * bound only if someone asks to see it). Otherwise cb0 is one callback
     * with its context in ctx0, or, with cb0_list set, a list of
     * (callback, context) tuples. */
    sk_value cb0, ctx0;
    /* One slot for what each final state keeps, so that a future (and a
     * task) takes a size class less: finished with a result, the result;
     * finished with an exception, the traceback set_exception() saw (put
     * back on the first raise, then SK_NULL); cancelled, the CancelledError
     * the coroutine raised (the first result()/exception() raises it), or
     * SK_NULL. Read it through the helpers below. */
    sk_value outcome;
    sk_value exception;
    sk_value cancel_msg;
    unsigned state : 2;        /* fut_state */
    unsigned log_tb : 1;       /* an exception nobody has looked at */
    unsigned blocking : 1;     /* _asyncio_future_blocking */
    unsigned cb0_wakeup : 1;
    unsigned cb0_list : 1;
    /* tasks only; here to fill the future's padding */
    unsigned must_cancel : 1;
    unsigned log_destroy_pending : 1;
    unsigned registered : 1;   /* in the weak registry of scheduled tasks */
    uint32_t num_cancels_requested;
} future_obj;

typedef struct task_obj {
    future_obj fut;
    sk_value fut_waiter;
    sk_value coro;
    sk_value name;             /* str; until asked for, the int N of "Task-N" */
    sk_value context;
    /* the weak registry of scheduled tasks (not traced) */
    struct task_obj *reg_prev, *reg_next;
} task_obj;

#define FUT(v) ((future_obj *)sk_as_obj(v))
#define TASK(v) ((task_obj *)sk_as_obj(v))

/* ---- module state ------------------------------------------------------------------- */

struct sk_asyncio_state {
    sk_type *future_type, *task_type, *iter_type, *registry_type;
    sk_value current_tasks;    /* dict: loop -> task */
    sk_value eager_tasks;      /* set */
    sk_value scheduled;        /* the registry object exposed as _scheduled_tasks */
    task_obj *reg_head;        /* the registry's list */
    sk_value foreign;          /* set: registered tasks that are not _asyncio.Task */
    int64_t task_counter;
    /* from the Python side of asyncio, fetched on first use */
    sk_value cancelled_error, invalid_state_error;
    sk_value future_repr, task_repr, task_get_stack, task_print_stack;
    sk_value iscoroutine;
    sk_value get_event_loop;
};

typedef struct sk_asyncio_state aio_state;

static aio_state *ST(sk_vm *vm) { return vm->asyncio; }

void sk_asyncio_mark(sk_vm *vm) {
    aio_state *s = vm->asyncio;
    if (!s) return;
    sk_type *types[] = {s->future_type, s->task_type, s->iter_type, s->registry_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (types[i]) sk_gc_mark_obj(vm, &types[i]->hdr);
    sk_value vals[] = {s->current_tasks, s->eager_tasks, s->scheduled, s->foreign, s->cancelled_error,
                       s->invalid_state_error,
                       s->future_repr, s->task_repr, s->task_get_stack, s->task_print_stack, s->iscoroutine,
                       s->get_event_loop};
    sk_gc_mark_array(vm, vals, sizeof vals / sizeof vals[0]);
}

void sk_asyncio_free(sk_vm *vm) {
    if (!vm->asyncio) return;
    sk_mem_free(vm, vm->asyncio, sizeof(aio_state));
    vm->asyncio = NULL;
}

/* An attribute of an asyncio submodule, fetched once. */
static sk_value lazy(sk_vm *vm, sk_value *slot, const char *module, const char *name) {
    if (*slot) return *slot;
    sk_value v = sk_import_attr_cstr(vm, module, name);
    if (v) *slot = v;
    return v;
}

static sk_value raise_invalid_state(sk_vm *vm, const char *msg) {
    sk_value cls = lazy(vm, &ST(vm)->invalid_state_error, "asyncio.exceptions", "InvalidStateError");
    if (!cls) return SK_NULL;
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_str_from_cstr(vm, msg);
    if (!m) return SK_NULL;
    SK_ROOT(vm, m);
    return sk_exc_raise_type(vm, sk_as_type(cls), &m, 1);
}

static bool is_future(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && sk_type_is_subtype(sk_as_obj(v)->type, ST(vm)->future_type);
}
static bool is_task(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && sk_type_is_subtype(sk_as_obj(v)->type, ST(vm)->task_type);
}

/* ---- loop helpers ---------------------------------------------------------------------- */

/* loop.call_soon(callback, arg, context=ctx); skein's own loop queues it
 * without a Handle, which no one would see. */
static bool call_soon(sk_vm *vm, sk_value loop, sk_value callback, sk_value arg, sk_value ctx) {
    if (sk_is_loop_core(vm, loop)) return sk_loop_queue_call(vm, loop, callback, arg, ctx);
    SK_ROOT_SCOPE(vm);
    sk_value meth = sk_getattr_cstr(vm, loop, "call_soon");
    if (!meth) return false;
    SK_ROOT(vm, meth);
    sk_value argv[3];
    size_t n = 0;
    argv[n++] = callback;
    if (arg) argv[n++] = arg;
    sk_value kw = SK_NULL;
    if (ctx) {
        argv[n++] = ctx;
        sk_value name = sk_str_intern_cstr(vm, "context");
        if (!name) return false;
        kw = sk_tuple_from(vm, &name, 1);
        if (!kw) return false;
        SK_ROOT(vm, kw);
    }
    return sk_call(vm, meth, argv, n, kw) != SK_NULL;
}

static sk_value bound(sk_vm *vm, const sk_method_def *def, sk_value task);
static const sk_method_def wakeup_def;
static const sk_loop_method step_method, wakeup_method;

/* loop.call_soon(self.<m>, arg, context=<the task's context>), without
 * binding the method when the loop is skein's own. */
static bool call_soon_method(sk_vm *vm, sk_value loop, const sk_loop_method *m, sk_value self, sk_value arg) {
    if (sk_is_loop_core(vm, loop)) return sk_loop_queue_method(vm, loop, m, self, arg);
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, arg);
    sk_value method = bound(vm, m->def, self);
    if (!method) return false;
    SK_ROOT(vm, method);
    return call_soon(vm, loop, method, arg, m->context_of(self));
}

/* The loop a future-like object belongs to (asyncio.futures._get_loop):
 * read directly from this module's own Future and Task (a subclass may
 * override get_loop), without the bound method the Python version makes
 * for every future gather() and ensure_future() look at. */
static sk_value get_loop_of(sk_vm *vm, sk_value fut) {
    if (sk_is_ptr(fut) && (sk_as_obj(fut)->type == ST(vm)->future_type || sk_as_obj(fut)->type == ST(vm)->task_type) &&
        FUT(fut)->loop)
        return FUT(fut)->loop;
    SK_ROOT_SCOPE(vm);
    sk_value get = sk_getattr_opt(vm, fut, SK_NAME(vm, get_loop));
    if (vm->exc) return SK_NULL;
    if (get) {
        SK_ROOT(vm, get);
        return sk_call0(vm, get);
    }
    return sk_getattr(vm, fut, SK_NAME(vm, _loop));
}

/* ---- Future ---------------------------------------------------------------------------- */

static void future_trace(sk_vm *vm, sk_obj *o) {
    future_obj *f = (future_obj *)o;
    sk_value v[] = {f->dict, f->loop, f->cb0, f->ctx0, f->outcome, f->exception, f->cancel_msg};
    sk_gc_mark_array(vm, v, sizeof v / sizeof v[0]);
}

/* The loop finds failed futures nobody looked at by collecting after its
 * iterations while some exist (base_events.BaseEventLoop._collect_abandoned). */
static void note_unretrieved(sk_vm *vm, future_obj *f, bool unretrieved) {
    SK_ROOT_SCOPE(vm);
    sk_value loop = f->loop;
    SK_ROOT(vm, loop);
    sk_value note = sk_getattr_cstr(vm, loop, unretrieved ? "_note_unretrieved" : "_note_retrieved");
    if (!note) {
        if (sk_exc_pending(vm, SK_EXC_ATTRIBUTE)) sk_exc_take(vm);
        return;
    }
    SK_ROOT(vm, note);
    if (!sk_call0(vm, note)) sk_exc_take(vm);
}

static void retrieved(sk_vm *vm, future_obj *f) {
    if (!f->log_tb) return;
    f->log_tb = 0;
    note_unretrieved(vm, f, false);
}

static void clear_callbacks(future_obj *f) {
    f->cb0 = f->ctx0 = SK_NULL;
    f->cb0_wakeup = f->cb0_list = 0;
}

static bool schedule_callbacks(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    future_obj *f = FUT(self);
    sk_value cb0 = f->cb0, ctx0 = f->ctx0;
    bool wakeup = f->cb0_wakeup, list = f->cb0_list;
    clear_callbacks(f);
    if (!cb0) return true;
    SK_ROOT(vm, cb0);
    SK_ROOT(vm, ctx0);
    if (wakeup) return call_soon_method(vm, f->loop, &wakeup_method, cb0, self);
    if (!list) return call_soon(vm, f->loop, cb0, self, ctx0);
    for (size_t i = 0; i < sk_list_len(cb0); i++) {
        sk_value entry = sk_list_items(cb0)[i];
        if (!call_soon(vm, FUT(self)->loop, sk_tuple_get(entry, 0), self, sk_tuple_get(entry, 1))) return false;
    }
    return true;
}

static bool future_init_fields(sk_vm *vm, sk_value self, sk_value loop) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    future_obj *f = FUT(self);
    if (!loop || loop == SK_NONE) {
        sk_value gel = lazy(vm, &ST(vm)->get_event_loop, "asyncio.events", "get_event_loop");
        if (!gel) return false;
        loop = sk_call0(vm, gel);
        if (!loop) return false;
    }
    f->loop = loop;
    f->state = FUT_PENDING;
    bool t;
    if (!sk_loop_get_debug(vm, loop, &t)) return false;
    if (t) {
        SK_ROOT_SCOPE(vm);
        sk_value fh = sk_import_cstr(vm, "asyncio.format_helpers");
        if (!fh) return false;
        SK_ROOT(vm, fh);
        sk_value extract = sk_getattr_cstr(vm, fh, "extract_stack");
        if (!extract) return false;
        SK_ROOT(vm, extract);
        sk_value frame = vm->frame ? sk_frame_snapshot(vm, vm->frame) : SK_NONE;
        if (!frame) return false;
        SK_ROOT(vm, frame);
        sk_value tb = sk_call1(vm, extract, frame);
        if (!tb) return false;
        SK_ROOT(vm, tb);
        sk_value name = sk_str_intern_cstr(vm, "_source_traceback");
        if (!name || sk_setattr(vm, self, name, tb) < 0) return false;
    }
    return true;
}

static sk_value future_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_type_alloc_instance(vm, sk_as_type(cls));
}

static int future_tp_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t npos = sk_native_npos(nargs, kwnames);
    if (npos) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "Future.__init__() takes 0 positional arguments but %zu were given", npos);
        return -1;
    }
    sk_value loop = SK_NULL;
    for (size_t i = 0; kwnames && i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, "loop")) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "Future.__init__() got an unexpected keyword argument '%V'", k);
            return -1;
        }
        loop = args[npos + i];
    }
    return future_init_fields(vm, self, loop) ? 0 : -1;
}

static sk_value make_cancelled_error(sk_vm *vm, sk_value self) {
    future_obj *f = FUT(self);
    if (f->state == FUT_CANCELLED && f->outcome) {
        sk_value e = f->outcome;
        f->outcome = SK_NULL;
        return e;
    }
    sk_value cls = lazy(vm, &ST(vm)->cancelled_error, "asyncio.exceptions", "CancelledError");
    if (!cls) return SK_NULL;
    if (!f->cancel_msg || f->cancel_msg == SK_NONE) return sk_call0(vm, cls);
    return sk_call1(vm, cls, f->cancel_msg);
}

/* Raises the future's outcome, or returns its result. */
static sk_value future_result_impl(sk_vm *vm, sk_value self) {
    future_obj *f = FUT(self);
    if (f->state == FUT_CANCELLED) {
        sk_value e = make_cancelled_error(vm, self);
        return e ? sk_exc_raise(vm, e) : SK_NULL;
    }
    if (f->state != FUT_FINISHED) return raise_invalid_state(vm, "Result is not set.");
    retrieved(vm, f);
    if (f->exception) {
        sk_exception *e = (sk_exception *)sk_as_obj(f->exception);
        /* the traceback it had when set goes with the first raise only */
        e->traceback = f->outcome;
        f->outcome = SK_NULL;
        return sk_exc_raise(vm, f->exception);
    }
    return f->outcome;
}

NATIVE(fut_result) { return future_result_impl(vm, args[0]); }

NATIVE(fut_exception) {
    future_obj *f = FUT(args[0]);
    if (f->state == FUT_CANCELLED) {
        sk_value e = make_cancelled_error(vm, args[0]);
        return e ? sk_exc_raise(vm, e) : SK_NULL;
    }
    if (f->state != FUT_FINISHED) return raise_invalid_state(vm, "Exception is not set.");
    retrieved(vm, f);
    return f->exception ? f->exception : SK_NONE;
}

static sk_value set_result_impl(sk_vm *vm, sk_value self, sk_value result) {
    future_obj *f = FUT(self);
    if (f->state != FUT_PENDING) return raise_invalid_state(vm, "invalid state");
    f->outcome = result;
    f->state = FUT_FINISHED;
    return schedule_callbacks(vm, self) ? SK_NONE : SK_NULL;
}

static sk_value set_exception_impl(sk_vm *vm, sk_value self, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    future_obj *f = FUT(self);
    if (f->state != FUT_PENDING) return raise_invalid_state(vm, "invalid state");
    if (sk_is_type(vm, exc)) {
        exc = sk_call0(vm, exc);
        if (!exc) return SK_NULL;
        if (FUT(self)->state != FUT_PENDING) return raise_invalid_state(vm, "invalid state");
    }
    SK_ROOT(vm, exc);
    if (!sk_is_exception(vm, exc)) return sk_exc_msg(vm, SK_EXC_TYPE, "invalid exception object");
    if (sk_typeof(vm, exc) == SK_EXC_TYPE(vm, STOP_ITERATION))
        return sk_exc_msg(vm, SK_EXC_TYPE,
                          "StopIteration interacts badly with generators and cannot be raised into a Future");
    f = FUT(self);
    f->exception = exc;
    f->outcome = ((sk_exception *)sk_as_obj(exc))->traceback;
    f->state = FUT_FINISHED;
    if (!schedule_callbacks(vm, self)) return SK_NULL;
    FUT(self)->log_tb = 1;
    /* a plain Future needs its finaliser only from now on (see below) */
    if (sk_as_obj(self)->type->flags & SK_TF_TRACK_LATE) sk_gc_track_finalizer(vm, sk_as_obj(self));
    note_unretrieved(vm, FUT(self), true);
    return SK_NONE;
}

NATIVE(fut_set_result) { return set_result_impl(vm, args[0], args[1]); }
NATIVE(fut_set_exception) { return set_exception_impl(vm, args[0], args[1]); }

/* A future's one callback as the program sees it (task_wakeup bound),
 * and the context it runs in. */
static sk_value single_callback(sk_vm *vm, future_obj *f) {
    return f->cb0_wakeup ? bound(vm, &wakeup_def, f->cb0) : f->cb0;
}
static sk_value single_context(future_obj *f) { return f->cb0_wakeup ? TASK(f->cb0)->context : f->ctx0; }

/* Turns a future's callbacks into the list form, to add a second one. */
static bool callbacks_as_list(sk_vm *vm, sk_value self) {
    if (FUT(self)->cb0_list) return true;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    sk_value list = sk_list_new(vm, 0);
    if (!list) return false;
    SK_ROOT(vm, list);
    if (FUT(self)->cb0) {
        SK_ROOT_SCOPE(vm);
        sk_value fn = single_callback(vm, FUT(self));
        if (!fn) return false;
        SK_ROOT(vm, fn);
        sk_value entry = sk_tuple_pack2(vm, fn, single_context(FUT(self)));
        if (!entry) return false;
        SK_ROOT(vm, entry);
        if (!sk_list_append(vm, list, entry)) return false;
    }
    future_obj *f = FUT(self);
    f->cb0 = list;
    f->ctx0 = SK_NULL;
    f->cb0_wakeup = 0;
    f->cb0_list = 1;
    return true;
}

static sk_value add_done_callback_impl(sk_vm *vm, sk_value self, sk_value fn, sk_value ctx) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, fn);
    future_obj *f = FUT(self);
    if (f->state != FUT_PENDING) {
        if (!call_soon(vm, f->loop, fn, self, ctx && ctx != SK_NONE ? ctx : SK_NULL)) return SK_NULL;
        return SK_NONE;
    }
    if (!ctx || ctx == SK_NONE) {
        ctx = sk_context_copy_current(vm);
        if (!ctx) return SK_NULL;
    }
    SK_ROOT(vm, ctx);
    f = FUT(self);
    if (!f->cb0) {
        f->cb0 = fn;
        f->ctx0 = ctx;
        return SK_NONE;
    }
    sk_value entry = sk_tuple_pack2(vm, fn, ctx);
    if (!entry) return SK_NULL;
    SK_ROOT(vm, entry);
    if (!callbacks_as_list(vm, self)) return SK_NULL;
    return sk_list_append(vm, FUT(self)->cb0, entry) ? SK_NONE : SK_NULL;
}

NATIVE(fut_add_done_callback) {
    size_t npos = sk_native_npos(nargs, kwnames);
    if (npos != 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "add_done_callback() takes exactly 1 positional argument (%zu given)", npos - 1);
    sk_value ctx = SK_NULL;
    for (size_t i = 0; kwnames && i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, "context"))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "add_done_callback() got an unexpected keyword argument '%V'", k);
        ctx = args[npos + i];
    }
    return add_done_callback_impl(vm, args[0], args[1], ctx);
}

NATIVE(fut_remove_done_callback) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], fn = args[1];
    sk_value cbs = FUT(self)->cb0;
    if (!cbs) return sk_from_int(0);
    SK_ROOT(vm, cbs);
    /* (a callback's __eq__ may run anything: the future's callbacks are
     * only changed if they are still the ones compared) */
    if (!FUT(self)->cb0_list) {
        SK_ROOT_SCOPE(vm);
        sk_value cb = single_callback(vm, FUT(self));
        if (!cb) return SK_NULL;
        SK_ROOT(vm, cb);
        int eq = sk_richcmp_bool(vm, cb, fn, SK_EQ);
        if (eq < 0) return SK_NULL;
        if (eq && FUT(self)->cb0 == cbs) clear_callbacks(FUT(self));
        return sk_from_int(eq);
    }
    sk_value kept = sk_list_new(vm, 0);
    if (!kept) return SK_NULL;
    SK_ROOT(vm, kept);
    int64_t removed = 0;
    for (size_t i = 0; i < sk_list_len(cbs); i++) {
        sk_value entry = sk_list_items(cbs)[i];
        int eq = sk_richcmp_bool(vm, sk_tuple_get(entry, 0), fn, SK_EQ);
        if (eq < 0) return SK_NULL;
        if (eq) removed++;
        else if (!sk_list_append(vm, kept, entry)) return SK_NULL;
    }
    if (removed && FUT(self)->cb0 == cbs) FUT(self)->cb0 = kept;
    return sk_int_from_i64(vm, removed);
}

static bool future_cancel_impl(sk_vm *vm, sk_value self, sk_value msg) {
    future_obj *f = FUT(self);
    retrieved(vm, f);
    if (f->state != FUT_PENDING) return false;
    f->state = FUT_CANCELLED;
    f->cancel_msg = msg;
    if (!schedule_callbacks(vm, self)) return false;
    return true;
}

static sk_value cancel_msg_arg(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames) {
    size_t npos = sk_native_npos(nargs, kwnames);
    sk_value msg = npos > 1 ? args[1] : SK_NONE;
    if (npos > 2) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes at most 1 argument (%zu given)", fname, npos - 1);
    for (size_t i = 0; kwnames && i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, "msg"))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got an unexpected keyword argument '%V'", fname, k);
        msg = args[npos + i];
    }
    return msg;
}

NATIVE(fut_cancel) {
    SK_ROOT_SCOPE(vm);
    sk_value msg = cancel_msg_arg(vm, "cancel", args, nargs, kwnames);
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    if (FUT(args[0])->state != FUT_PENDING) {
        retrieved(vm, FUT(args[0]));
        return SK_FALSE;
    }
    if (!future_cancel_impl(vm, args[0], msg)) return vm->exc ? SK_NULL : SK_FALSE;
    return SK_TRUE;
}

NATIVE(fut_cancelled) { return sk_from_bool(FUT(args[0])->state == FUT_CANCELLED); }
NATIVE(fut_done) { return sk_from_bool(FUT(args[0])->state != FUT_PENDING); }
NATIVE(fut_get_loop) {
    if (!FUT(args[0])->loop) return sk_exc_msg(vm, SK_EXC_RUNTIME, "Future object is not initialized.");
    return FUT(args[0])->loop;
}
NATIVE(fut_make_cancelled_error) { return make_cancelled_error(vm, args[0]); }

static sk_value fut_repr(sk_vm *vm, sk_value self) {
    sk_value f = lazy(vm, &ST(vm)->future_repr, "asyncio.base_futures", "_future_repr");
    return f ? sk_call1(vm, f, self) : SK_NULL;
}

/* ---- the future's iterator (what await drives) --------------------------------------------- */

typedef struct future_iter {
    sk_obj hdr;
    sk_value future;
} future_iter;

static void iter_trace(sk_vm *vm, sk_obj *o) { sk_gc_mark(vm, ((future_iter *)o)->future); }

static sk_value fut_await(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    future_iter *it = (future_iter *)sk_gc_new(vm, ST(vm)->iter_type, sizeof(future_iter));
    if (!it) return SK_NULL;
    it->future = self;
    return sk_from_obj(it);
}

/* One step of `await fut`: 1 with *out the future (to the task: wait for
 * it), 0 with *out its result, -1 with its exception raised. The type's
 * await_step, so that a coroutine awaiting a future needs no iterator. */
static int future_await_step(sk_vm *vm, sk_value fut, sk_value *out) {
    future_obj *f = FUT(fut);
    if (f->state == FUT_PENDING) {
        f->blocking = 1;
        *out = fut;
        return 1;
    }
    sk_value r = future_result_impl(vm, fut);
    if (!r) return -1;
    *out = r;
    return 0;
}

/* The same through a FutureIter, which is spent once the future is done. */
static int iter_step(sk_vm *vm, sk_value self, sk_value *out) {
    future_iter *it = (future_iter *)sk_as_obj(self);
    sk_value fut = it->future;
    if (!fut) {
        *out = SK_NONE;
        return 0;
    }
    if (FUT(fut)->state != FUT_PENDING) it->future = SK_NULL;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, fut);
    return future_await_step(vm, fut, out);
}

static int iter_next(sk_vm *vm, sk_value self, sk_value *out) { return iter_step(vm, self, out); }

NATIVE(iter_send) {
    sk_value out;
    int r = iter_step(vm, args[0], &out);
    if (r > 0) return out;
    if (r == 0) return sk_exc_stop_iteration(vm, out);
    return SK_NULL;
}

NATIVE(iter_throw) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = sk_gen_make_thrown(vm, args[1], nargs > 2 ? args[2] : SK_NONE, nargs > 3 ? args[3] : SK_NONE);
    if (!exc) return SK_NULL;
    ((future_iter *)sk_as_obj(args[0]))->future = SK_NULL;
    return sk_exc_raise(vm, exc);
}

NATIVE(iter_close) {
    ((future_iter *)sk_as_obj(args[0]))->future = SK_NULL;
    return SK_NONE;
}

static sk_value iter_self(sk_vm *vm, sk_value self) { return self; }

static const sk_method_def iter_methods[] = {
    {"send", iter_send, 2, 2, 0, NULL},
    {"throw", iter_throw, 2, 4, 0, NULL},
    {"close", iter_close, 1, 1, 0, NULL},
    {NULL},
};

/* ---- Future attributes ---------------------------------------------------------------------- */

static sk_value g_state(sk_vm *vm, sk_value self) {
    static const char *const names[] = {"PENDING", "CANCELLED", "FINISHED"};
    return sk_str_intern_cstr(vm, names[FUT(self)->state]);
}
static sk_value g_loop(sk_vm *vm, sk_value self) { return FUT(self)->loop ? FUT(self)->loop : SK_NONE; }
static sk_value g_callbacks(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    future_obj *f = FUT(self);
    if (f->cb0_list) return sk_list_len(f->cb0) ? sk_list_from(vm, sk_list_items(f->cb0), sk_list_len(f->cb0)) : SK_NONE;
    if (!f->cb0) return SK_NONE;
    sk_value cb = single_callback(vm, f);
    if (!cb) return SK_NULL;
    SK_ROOT(vm, cb);
    sk_value entry = sk_tuple_pack2(vm, cb, single_context(FUT(self)));
    if (!entry) return SK_NULL;
    SK_ROOT(vm, entry);
    return sk_list_from(vm, &entry, 1);
}
static sk_value g_result(sk_vm *vm, sk_value self) {
    future_obj *f = FUT(self);
    return f->state == FUT_FINISHED && !f->exception && f->outcome ? f->outcome : SK_NONE;
}
static sk_value g_exception(sk_vm *vm, sk_value self) { return FUT(self)->exception ? FUT(self)->exception : SK_NONE; }
static sk_value g_cancel_msg(sk_vm *vm, sk_value self) { return FUT(self)->cancel_msg ? FUT(self)->cancel_msg : SK_NONE; }
static int s_cancel_msg(sk_vm *vm, sk_value self, sk_value v) {
    FUT(self)->cancel_msg = v;
    return 0;
}
static sk_value g_log_tb(sk_vm *vm, sk_value self) { return sk_from_bool(FUT(self)->log_tb); }
static int s_log_tb(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "cannot delete attribute");
        return -1;
    }
    int t = sk_truth(vm, v);
    if (t < 0) return -1;
    if (t) {
        sk_exc_msg(vm, SK_EXC_VALUE, "_log_traceback can only be set to False");
        return -1;
    }
    retrieved(vm, FUT(self));
    return 0;
}
static sk_value g_blocking(sk_vm *vm, sk_value self) { return sk_from_bool(FUT(self)->blocking); }
static int s_blocking(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "cannot delete attribute");
        return -1;
    }
    int t = sk_truth(vm, v);
    if (t < 0) return -1;
    FUT(self)->blocking = (uint8_t)t;
    return 0;
}

static const sk_getset_def future_getsets[] = {
    {"_state", g_state, NULL, NULL},
    {"_loop", g_loop, NULL, NULL},
    {"_callbacks", g_callbacks, NULL, NULL},
    {"_result", g_result, NULL, NULL},
    {"_exception", g_exception, NULL, NULL},
    {"_cancel_message", g_cancel_msg, s_cancel_msg, NULL},
    {"_log_traceback", g_log_tb, s_log_tb, NULL},
    {"_asyncio_future_blocking", g_blocking, s_blocking, NULL},
    {NULL},
};

static const sk_method_def future_methods[] = {
    {"result", fut_result, 1, 1, 0, NULL},
    {"exception", fut_exception, 1, 1, 0, NULL},
    {"set_result", fut_set_result, 2, 2, 0, NULL},
    {"set_exception", fut_set_exception, 2, 2, 0, NULL},
    {"add_done_callback", fut_add_done_callback, 1, -1, SK_METH_KEYWORDS, NULL},
    {"remove_done_callback", fut_remove_done_callback, 2, 2, 0, NULL},
    {"cancel", fut_cancel, 1, -1, SK_METH_KEYWORDS, NULL},
    {"cancelled", fut_cancelled, 1, 1, 0, NULL},
    {"done", fut_done, 1, 1, 0, NULL},
    {"get_loop", fut_get_loop, 1, 1, 0, NULL},
    {"_make_cancelled_error", fut_make_cancelled_error, 1, 1, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* ---- finalisation ------------------------------------------------------------------------- */

/* loop.call_exception_handler({...}) for a future or task that dies with
 * something to report. */
static void report(sk_vm *vm, sk_value self, const char *key, const char *message, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    sk_value ctx = sk_dict_new(vm);
    if (!ctx) goto fail;
    SK_ROOT(vm, ctx);
    sk_value msg = sk_str_from_cstr(vm, message);
    if (!msg || !sk_dict_set_cstr(vm, ctx, "message", msg)) goto fail;
    if (exc && !sk_dict_set_cstr(vm, ctx, "exception", exc)) goto fail;
    if (!sk_dict_set_cstr(vm, ctx, key, self)) goto fail;
    sk_value name = sk_str_intern_cstr(vm, "_source_traceback");
    sk_value tb = name ? sk_getattr_opt(vm, self, name) : SK_NULL;
    if (vm->exc) goto fail;
    if (tb && tb != SK_NONE && !sk_dict_set_cstr(vm, ctx, "source_traceback", tb)) goto fail;
    sk_value handler = sk_getattr_cstr(vm, FUT(self)->loop, "call_exception_handler");
    if (!handler) goto fail;
    SK_ROOT(vm, handler);
    if (sk_call1(vm, handler, ctx)) return;
fail:
    sk_report_unraisable(vm, sk_exc_take(vm), self, NULL);
}

static bool future_needs_finalizer(sk_vm *vm, sk_obj *o) {
    future_obj *f = (future_obj *)o;
    if (f->log_tb && f->loop) return true;
    if (o->type->flags & SK_TF_HEAP) return o->type->flags & SK_TF_HAS_FINALIZER;
    return false;
}

static void future_finalize_log(sk_vm *vm, sk_value self) {
    future_obj *f = FUT(self);
    if (!f->log_tb || !f->loop) return;
    f->log_tb = 0;
    note_unretrieved(vm, f, false);
    sk_value msg = sk_str_fmt(vm, "%V exception was never retrieved", sk_as_obj(self)->type->name);
    if (!msg) {
        sk_exc_take(vm);
        return;
    }
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, msg);
    report(vm, self, "future", sk_str_data(msg), FUT(self)->exception);
}

static void future_py_finalize(sk_vm *vm, sk_value self) { future_finalize_log(vm, self); }

/* ---- the registry of tasks (weak) ------------------------------------------------------------ */

static void registry_add(aio_state *s, task_obj *t) {
    if (t->fut.registered) return;
    t->fut.registered = 1;
    t->reg_prev = NULL;
    t->reg_next = s->reg_head;
    if (s->reg_head) s->reg_head->reg_prev = t;
    s->reg_head = t;
}

static void registry_remove(aio_state *s, task_obj *t) {
    if (!t->fut.registered) return;
    t->fut.registered = 0;
    if (t->reg_prev) t->reg_prev->reg_next = t->reg_next;
    else s->reg_head = t->reg_next;
    if (t->reg_next) t->reg_next->reg_prev = t->reg_prev;
    t->reg_prev = t->reg_next = NULL;
}

void sk_asyncio_each_registered_task(sk_vm *vm, void (*visit)(sk_vm *vm, sk_obj *task)) {
    if (!vm->asyncio) return;
    for (task_obj *t = vm->asyncio->reg_head; t; t = t->reg_next) visit(vm, &t->fut.hdr);
}

/* A freed task leaves the registry (its object memory is going away). */
static void task_free(sk_vm *vm, sk_obj *o) {
    if (vm->asyncio) registry_remove(vm->asyncio, (task_obj *)o);
}

/* _scheduled_tasks: a set-like view of the registry (iteration, len, add,
 * discard), which asyncio.all_tasks() reads. */
static sk_value registry_snapshot(sk_vm *vm) {
    SK_ROOT_SCOPE(vm);
    sk_value l = sk_list_new(vm, 0);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    for (task_obj *t = ST(vm)->reg_head; t; t = t->reg_next)
        if (!sk_list_append(vm, l, sk_from_obj(t))) return SK_NULL;
    if (!sk_list_extend(vm, l, ST(vm)->foreign)) return SK_NULL;
    return l;
}

static sk_value registry_iter(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    sk_value l = registry_snapshot(vm);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    return sk_iter(vm, l);
}

static int64_t registry_len(sk_vm *vm, sk_value self) {
    int64_t n = sk_len(vm, ST(vm)->foreign);
    for (task_obj *t = ST(vm)->reg_head; t; t = t->reg_next) n++;
    return n;
}

static int registry_contains(sk_vm *vm, sk_value self, sk_value v) {
    if (is_task(vm, v)) return TASK(v)->fut.registered;
    return sk_set_contains(vm, ST(vm)->foreign, v);
}

/* Tasks of other classes (asyncio's pure-Python Task) are kept in a plain
 * set beside the list. */
static sk_value register_any(sk_vm *vm, sk_value task) {
    if (is_task(vm, task)) {
        registry_add(ST(vm), TASK(task));
        return SK_NONE;
    }
    return sk_set_add(vm, ST(vm)->foreign, task) ? SK_NONE : SK_NULL;
}

static sk_value unregister_any(sk_vm *vm, sk_value task) {
    /* a pending task out of the registry is no longer found there by the
     * collector: it joins the list of objects that may need a finaliser */
    if (is_task(vm, task) && TASK(task)->fut.registered && TASK(task)->fut.state == FUT_PENDING &&
        (sk_as_obj(task)->type->flags & SK_TF_TRACK_LATE))
        sk_gc_track_finalizer(vm, sk_as_obj(task));
    if (is_task(vm, task)) {
        registry_remove(ST(vm), TASK(task));
        return SK_NONE;
    }
    return sk_set_discard(vm, ST(vm)->foreign, task) >= 0 ? SK_NONE : SK_NULL;
}

NATIVE(registry_add_m) { return register_any(vm, args[1]); }
NATIVE(registry_discard_m) { return unregister_any(vm, args[1]); }

static const sk_method_def registry_methods[] = {
    {"add", registry_add_m, 2, 2, 0, NULL},
    {"discard", registry_discard_m, 2, 2, 0, NULL},
    {NULL},
};

/* ---- the current task ------------------------------------------------------------------------ */

static bool enter_task(sk_vm *vm, sk_value loop, sk_value task) {
    SK_ROOT_SCOPE(vm);
    sk_value cur = sk_dict_get(vm, ST(vm)->current_tasks, loop);
    if (vm->exc) return false;
    if (cur) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, cur);
        sk_value a = sk_repr(vm, task);
        if (!a) return false;
        SK_ROOT(vm, a);
        sk_value b = sk_repr(vm, cur);
        if (!b) return false;
        sk_exc_fmt(vm, SK_EXC_RUNTIME, "Cannot enter into task %V while another task %V is being executed.", a, b);
        return false;
    }
    return sk_dict_set(vm, ST(vm)->current_tasks, loop, task);
}

static bool leave_task(sk_vm *vm, sk_value loop, sk_value task) {
    SK_ROOT_SCOPE(vm);
    sk_value cur = sk_dict_get(vm, ST(vm)->current_tasks, loop);
    if (vm->exc) return false;
    if (cur != task) {
        SK_ROOT_SCOPE(vm);
        SK_ROOT(vm, cur);
        sk_value a = sk_repr(vm, task);
        if (!a) return false;
        SK_ROOT(vm, a);
        sk_value b = cur ? sk_repr(vm, cur) : SK_NAME(vm, None);
        if (!b) return false;
        sk_exc_fmt(vm, SK_EXC_RUNTIME, "Leaving task %V does not match the current task %V.", a, b);
        return false;
    }
    return sk_dict_del(vm, ST(vm)->current_tasks, loop) >= 0;
}

NATIVE(f_enter_task) { return enter_task(vm, args[0], args[1]) ? SK_NONE : SK_NULL; }
NATIVE(f_leave_task) { return leave_task(vm, args[0], args[1]) ? SK_NONE : SK_NULL; }

NATIVE(f_swap_current_task) {
    sk_value prev = sk_dict_get(vm, ST(vm)->current_tasks, args[0]);
    if (vm->exc) return SK_NULL;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, prev);
    if (args[1] == SK_NONE) {
        if (sk_dict_del(vm, ST(vm)->current_tasks, args[0]) < 0) return SK_NULL;
    } else if (!sk_dict_set(vm, ST(vm)->current_tasks, args[0], args[1])) {
        return SK_NULL;
    }
    return prev ? prev : SK_NONE;
}

NATIVE(f_register_task) { return register_any(vm, args[0]); }
NATIVE(f_unregister_task) { return unregister_any(vm, args[0]); }

NATIVE(f_register_eager_task) {
    return sk_set_add(vm, ST(vm)->eager_tasks, args[0]) ? SK_NONE : SK_NULL;
}

NATIVE(f_unregister_eager_task) {
    return sk_set_discard(vm, ST(vm)->eager_tasks, args[0]) >= 0 ? SK_NONE : SK_NULL;
}

NATIVE(f_current_task) {
    sk_value loop = nargs ? args[0] : SK_NONE;
    if (loop == SK_NONE) {
        /* what get_running_loop() answers, as CPython's accelerator asks
         * it: not through the asyncio.events module attribute */
        if (!vm->running_loop) return sk_exc_msg(vm, SK_EXC_RUNTIME, "no running event loop");
        loop = vm->running_loop;
    }
    sk_value t = sk_dict_get(vm, ST(vm)->current_tasks, loop);
    if (vm->exc) return SK_NULL;
    return t ? t : SK_NONE;
}

/* ---- Task ------------------------------------------------------------------------------------- */

static void task_trace(sk_vm *vm, sk_obj *o) {
    future_trace(vm, o);
    task_obj *t = (task_obj *)o;
    sk_value v[] = {t->fut_waiter, t->coro, t->name, t->context};
    sk_gc_mark_array(vm, v, sizeof v / sizeof v[0]);
}

/* The bound built-in methods the loop calls back: task_step(exc=None)
 * and task_wakeup(future). */
static sk_value bound(sk_vm *vm, const sk_method_def *def, sk_value task) {
    return sk_builtin_new(vm, def, task, SK_NULL);
}

static bool schedule_step(sk_vm *vm, sk_value task, sk_value exc) {
    return call_soon_method(vm, FUT(task)->loop, &step_method, task, exc);
}

static bool is_coroutine(sk_vm *vm, sk_value coro) {
    if (sk_is_gen(vm, coro) && sk_gen_ptr(coro)->kind == SK_GEN_COROUTINE) return true;
    sk_value f = lazy(vm, &ST(vm)->iscoroutine, "asyncio.coroutines", "iscoroutine");
    if (!f) return false;
    sk_value r = sk_call1(vm, f, coro);
    if (!r) return false;
    return sk_truth(vm, r) == 1;
}

static bool task_eager_start(sk_vm *vm, sk_value task);

static int task_tp_init(sk_vm *vm, sk_value self, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    static const char *const names[] = {"coro", "loop", "name", "context", "eager_start"};
    sk_value a[5];
    if (!sk_native_parse(vm, "Task", args, nargs, kwnames, names, 5, 0, 1, 1, a)) return -1;
    for (int i = 0; i < 5; i++) SK_ROOT(vm, a[i]);
    if (!future_init_fields(vm, self, a[1])) return -1;
    task_obj *t = TASK(self);
    t->fut.log_destroy_pending = 1;
    if (!is_coroutine(vm, a[0])) {
        TASK(self)->fut.log_destroy_pending = 0;
        if (vm->exc) return -1;
        sk_value r = sk_repr(vm, a[0]);
        if (r) sk_exc_fmt(vm, SK_EXC_TYPE, "a coroutine was expected, got %V", r);
        return -1;
    }
    t = TASK(self);
    t->name = sk_int_from_i64(vm, ++ST(vm)->task_counter);
    if (!t->name) return -1;
    if (a[2] && a[2] != SK_NONE) {
        sk_value n = sk_is_str(vm, a[2]) ? a[2] : sk_str(vm, a[2]);
        if (!n) return -1;
        TASK(self)->name = n;
    }
    TASK(self)->coro = a[0];
    if (!a[3] || a[3] == SK_NONE) {
        a[3] = sk_context_copy_current(vm);
        if (!a[3]) return -1;
    }
    TASK(self)->context = a[3];
    int eager = 0;
    if (a[4]) {
        eager = sk_truth(vm, a[4]);
        if (eager < 0) return -1;
    }
    if (eager) {
        sk_value running = sk_call_method(vm, FUT(self)->loop, sk_str_intern_cstr(vm, "is_running"), NULL, 0);
        if (!running) return -1;
        eager = sk_truth(vm, running);
        if (eager < 0) return -1;
    }
    if (eager) return task_eager_start(vm, self) ? 0 : -1;
    if (!schedule_step(vm, self, SK_NULL)) return -1;
    registry_add(ST(vm), TASK(self));
    return 0;
}

/* task.cancel(msg=None) */
NATIVE(task_cancel) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    sk_value msg = cancel_msg_arg(vm, "cancel", args, nargs, kwnames);
    if (!msg) return SK_NULL;
    SK_ROOT(vm, msg);
    task_obj *t = TASK(self);
    retrieved(vm, &t->fut);
    if (t->fut.state != FUT_PENDING) return SK_FALSE;
    t->fut.num_cancels_requested++;
    sk_value waiter = t->fut_waiter;
    if (waiter) {
        SK_ROOT(vm, waiter);
        sk_value r;
        if (msg == SK_NONE) {
            r = sk_call_method(vm, waiter, SK_NAME(vm, cancel), NULL, 0);
        } else {
            SK_ROOT_SCOPE(vm);
            sk_value name = sk_str_intern_cstr(vm, "msg");
            if (!name) return SK_NULL;
            sk_value kw = sk_tuple_from(vm, &name, 1);
            if (!kw) return SK_NULL;
            SK_ROOT(vm, kw);
            sk_value cancel = sk_getattr(vm, waiter, SK_NAME(vm, cancel));
            if (!cancel) return SK_NULL;
            SK_ROOT(vm, cancel);
            r = sk_call(vm, cancel, &msg, 1, kw);
        }
        if (!r) return SK_NULL;
        int ok = sk_truth(vm, r);
        if (ok < 0) return SK_NULL;
        /* the waiter may swallow the cancellation: it stays counted */
        if (ok) return SK_TRUE;
    }
    TASK(self)->fut.must_cancel = 1;
    TASK(self)->fut.cancel_msg = msg;
    return SK_TRUE;
}

NATIVE(task_cancelling) { return sk_int_from_i64(vm, TASK(args[0])->fut.num_cancels_requested); }
NATIVE(task_uncancel) {
    task_obj *t = TASK(args[0]);
    if (t->fut.num_cancels_requested > 0) t->fut.num_cancels_requested--;
    return sk_int_from_i64(vm, t->fut.num_cancels_requested);
}
NATIVE(task_get_coro) { return TASK(args[0])->coro ? TASK(args[0])->coro : SK_NONE; }
NATIVE(task_get_context) { return TASK(args[0])->context ? TASK(args[0])->context : SK_NONE; }

static sk_value task_name(sk_vm *vm, sk_value self) {
    task_obj *t = TASK(self);
    if (t->name && sk_is_str(vm, t->name)) return t->name;
    sk_value name = sk_str_fmt(vm, "Task-%S", t->name ? t->name : sk_from_int(0));
    if (name) TASK(self)->name = name;
    return name;
}

NATIVE(task_get_name) { return task_name(vm, args[0]); }
NATIVE(task_set_name) {
    sk_value n = sk_is_str(vm, args[1]) ? args[1] : sk_str(vm, args[1]);
    if (!n) return SK_NULL;
    TASK(args[0])->name = n;
    return SK_NONE;
}
NATIVE(task_set_result) { return sk_exc_msg(vm, SK_EXC_RUNTIME, "Task does not support set_result operation"); }
NATIVE(task_set_exception) {
    return sk_exc_msg(vm, SK_EXC_RUNTIME, "Task does not support set_exception operation");
}

static sk_value stack_helper(sk_vm *vm, sk_value *slot, const char *name, const sk_value *args, size_t nargs,
                             sk_value kwnames, bool with_file) {
    sk_value f = lazy(vm, slot, "asyncio.base_tasks", name);
    if (!f) return SK_NULL;
    size_t npos = sk_native_npos(nargs, kwnames);
    if (npos > 1) return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() takes 0 positional arguments", name + 6);
    sk_value limit = sk_native_kwarg(args, nargs, kwnames, "limit");
    sk_value file = with_file ? sk_native_kwarg(args, nargs, kwnames, "file") : SK_NULL;
    sk_value a[3] = {args[0], limit ? limit : SK_NONE, file ? file : SK_NONE};
    return sk_call(vm, f, a, with_file ? 3 : 2, SK_NULL);
}

NATIVE(task_get_stack) {
    return stack_helper(vm, &ST(vm)->task_get_stack, "_task_get_stack", args, nargs, kwnames, false);
}
NATIVE(task_print_stack) {
    return stack_helper(vm, &ST(vm)->task_print_stack, "_task_print_stack", args, nargs, kwnames, true);
}

static sk_value task_repr(sk_vm *vm, sk_value self) {
    sk_value f = lazy(vm, &ST(vm)->task_repr, "asyncio.base_tasks", "_task_repr");
    return f ? sk_call1(vm, f, self) : SK_NULL;
}

/* ---- stepping ---------------------------------------------------------------------------------- */

/* What the coroutine yielded: wait for a future, run again (a bare
 * yield), or fail with CPython's messages. */
static bool handle_yield(sk_vm *vm, sk_value self, sk_value result) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, result);
    task_obj *t = TASK(self);
    sk_value error = SK_NULL;
    SK_ROOT(vm, error);
    sk_value blocking_v = SK_NULL;
    if (is_future(vm, result)) {
        blocking_v = sk_from_bool(FUT(result)->blocking);
    } else if (result != SK_NONE) {
        blocking_v = sk_getattr_opt(vm, result, SK_NAME(vm, _asyncio_future_blocking));
        if (vm->exc) return false;
        if (blocking_v == SK_NONE) blocking_v = SK_NULL;
    }
    if (blocking_v) {
        SK_ROOT(vm, blocking_v);
        sk_value loop = get_loop_of(vm, result);
        if (!loop) return false;
        int blocking = sk_truth(vm, blocking_v);
        if (blocking < 0) return false;
        if (loop != t->fut.loop) {
            sk_value a = sk_repr(vm, self), b = a ? sk_repr(vm, result) : SK_NULL;
            if (!b) return false;
            error = sk_str_fmt(vm, "Task %V got Future %V attached to a different loop", a, b);
        } else if (!blocking) {
            sk_value a = sk_repr(vm, self), b = a ? sk_repr(vm, result) : SK_NULL;
            if (!b) return false;
            error = sk_str_fmt(vm, "yield was used instead of yield from in task %V with %V", a, b);
        } else if (result == self) {
            sk_value a = sk_repr(vm, self);
            if (!a) return false;
            error = sk_str_fmt(vm, "Task cannot await on itself: %V", a);
        } else {
            SK_ROOT_SCOPE(vm);
            if (is_future(vm, result)) {
                FUT(result)->blocking = 0;
            } else if (sk_setattr(vm, result, SK_NAME(vm, _asyncio_future_blocking), SK_FALSE) < 0) {
                return false;
            }
            future_obj *rf = is_future(vm, result) ? FUT(result) : NULL;
            sk_value wakeup = SK_NULL;
            SK_ROOT(vm, wakeup);
            if (rf && rf->state == FUT_PENDING && !rf->cb0) {
                /* the usual case: the task is the future's only callback */
                rf->cb0 = self;
                rf->cb0_wakeup = 1;
            } else if (!(wakeup = bound(vm, &wakeup_def, self))) {
                return false;
            } else if (rf) {
                if (!add_done_callback_impl(vm, result, wakeup, TASK(self)->context)) return false;
            } else {
                SK_ROOT_SCOPE(vm);
                sk_value add = sk_getattr(vm, result, SK_NAME(vm, add_done_callback));
                if (!add) return false;
                SK_ROOT(vm, add);
                sk_value name = sk_str_intern_cstr(vm, "context");
                sk_value kw = name ? sk_tuple_from(vm, &name, 1) : SK_NULL;
                if (!kw) return false;
                SK_ROOT(vm, kw);
                sk_value argv[2] = {wakeup, TASK(self)->context};
                if (!sk_call(vm, add, argv, 2, kw)) return false;
            }
            TASK(self)->fut_waiter = result;
            if (TASK(self)->fut.must_cancel) {
                sk_value msg = TASK(self)->fut.cancel_msg ? TASK(self)->fut.cancel_msg : SK_NONE;
                sk_value r;
                if (msg == SK_NONE) {
                    r = sk_call_method(vm, result, SK_NAME(vm, cancel), NULL, 0);
                } else {
                    SK_ROOT_SCOPE(vm);
                    sk_value name = sk_str_intern_cstr(vm, "msg");
                    sk_value kw = name ? sk_tuple_from(vm, &name, 1) : SK_NULL;
                    if (!kw) return false;
                    SK_ROOT(vm, kw);
                    sk_value cancel = sk_getattr(vm, result, SK_NAME(vm, cancel));
                    if (!cancel) return false;
                    SK_ROOT(vm, cancel);
                    r = sk_call(vm, cancel, &msg, 1, kw);
                }
                if (!r) return false;
                int ok = sk_truth(vm, r);
                if (ok < 0) return false;
                if (ok) TASK(self)->fut.must_cancel = 0;
            }
            return true;
        }
        if (!error) return false;
    } else if (result == SK_NONE) {
        /* a bare yield (sleep(0)): run again on the next iteration */
        return schedule_step(vm, self, SK_NULL);
    } else if (sk_is_gen(vm, result) && sk_gen_ptr(result)->kind == SK_GEN_GENERATOR) {
        sk_value a = sk_repr(vm, self), b = a ? sk_repr(vm, result) : SK_NULL;
        if (!b) return false;
        error = sk_str_fmt(vm, "yield was used instead of yield from for generator in task %V with %V", a, b);
        if (!error) return false;
    } else {
        sk_value b = sk_repr(vm, result);
        if (!b) return false;
        error = sk_str_fmt(vm, "Task got bad yield: %V", b);
        if (!error) return false;
    }
    sk_value exc = sk_exc_new(vm, SK_EXC_TYPE(vm, RUNTIME), &error, 1);
    if (!exc) return false;
    return schedule_step(vm, self, exc);
}

/* Runs the coroutine one step and records the outcome. False with an
 * exception set only for what must escape the loop (KeyboardInterrupt,
 * SystemExit) or an internal failure. */
static bool step_run_and_handle_result(sk_vm *vm, sk_value self, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, exc);
    sk_value coro = TASK(self)->coro;
    SK_ROOT(vm, coro);
    sk_value out = SK_NULL;
    SK_ROOT(vm, out);
    int r;  /* 1 yielded, 0 returned, -1 raised */
    if (sk_is_gen(vm, coro)) {
        sk_exit e = sk_gen_send(vm, coro, exc ? SK_NULL : SK_NONE, exc, &out);
        r = e == SK_EXIT_YIELD ? 1 : e == SK_EXIT_RETURN ? 0 : -1;
    } else {
        if (exc) {
            sk_value throw = sk_getattr(vm, coro, SK_NAME(vm, throw));
            out = throw ? sk_call1(vm, throw, exc) : SK_NULL;
        } else {
            sk_value none = SK_NONE;
            out = sk_call_method(vm, coro, SK_NAME(vm, send), &none, 1);
        }
        r = out ? 1 : -1;
        if (!out && sk_exc_pending(vm, SK_EXC_STOP_ITERATION)) {
            sk_value si = sk_exc_take(vm);
            sk_value v = ((sk_exc_stopiter *)sk_as_obj(si))->value;
            out = v ? v : SK_NONE;
            r = 0;
        }
    }
    if (r == 1) return handle_yield(vm, self, out);
    if (r == 0) {
        if (TASK(self)->fut.must_cancel) {
            /* cancel() came while the coroutine was finishing */
            TASK(self)->fut.must_cancel = 0;
            return future_cancel_impl(vm, self, TASK(self)->fut.cancel_msg) || !vm->exc;
        }
        return set_result_impl(vm, self, out) != SK_NULL;
    }
    sk_value error = sk_exc_take(vm);
    SK_ROOT(vm, error);
    sk_value cancelled_cls = lazy(vm, &ST(vm)->cancelled_error, "asyncio.exceptions", "CancelledError");
    if (!cancelled_cls) return false;
    if (sk_isinstance_type(vm, error, sk_as_type(cancelled_cls))) {
        /* kept so that the first result()/exception() raises it */
        if (TASK(self)->fut.state == FUT_PENDING) TASK(self)->fut.outcome = error;
        return future_cancel_impl(vm, self, SK_NONE) || !vm->exc;
    }
    if (!set_exception_impl(vm, self, error)) return false;
    if (sk_exc_is(vm, error, SK_EXC_KEYBOARD_INTERRUPT) || sk_exc_is(vm, error, SK_EXC_SYSTEM_EXIT)) {
        vm->exc = error;
        return false;
    }
    return true;
}

static sk_value task_step_impl(sk_vm *vm, sk_value self, sk_value exc) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, exc);
    task_obj *t = TASK(self);
    if (t->fut.state != FUT_PENDING) {
        SK_ROOT_SCOPE(vm);
        sk_value a = sk_repr(vm, self);
        if (!a) return SK_NULL;
        SK_ROOT(vm, a);
        sk_value b = sk_repr(vm, exc ? exc : SK_NONE);
        if (!b) return SK_NULL;
        SK_ROOT(vm, b);
        sk_value msg = sk_str_fmt(vm, "_step(): already done: %V, %V", a, b);
        if (!msg) return SK_NULL;
        SK_ROOT(vm, msg);
        sk_value cls = lazy(vm, &ST(vm)->invalid_state_error, "asyncio.exceptions", "InvalidStateError");
        return cls ? sk_exc_raise_type(vm, sk_as_type(cls), &msg, 1) : SK_NULL;
    }
    if (t->fut.must_cancel) {
        sk_value cancelled_cls = lazy(vm, &ST(vm)->cancelled_error, "asyncio.exceptions", "CancelledError");
        if (!cancelled_cls) return SK_NULL;
        if (!exc || !sk_isinstance_type(vm, exc, sk_as_type(cancelled_cls))) {
            exc = make_cancelled_error(vm, self);
            if (!exc) return SK_NULL;
        }
        TASK(self)->fut.must_cancel = 0;
    }
    TASK(self)->fut_waiter = SK_NULL;
    sk_value loop = FUT(self)->loop;
    SK_ROOT(vm, loop);
    if (!enter_task(vm, loop, self)) return SK_NULL;
    bool ok = step_run_and_handle_result(vm, self, exc);
    sk_value pending = SK_NULL;
    SK_ROOT(vm, pending);
    if (!ok) pending = sk_exc_take(vm);
    if (!leave_task(vm, loop, self)) {
        if (pending) sk_exc_take(vm), vm->exc = pending;
        return SK_NULL;
    }
    if (FUT(self)->state != FUT_PENDING) registry_remove(ST(vm), TASK(self));
    if (pending) {
        vm->exc = pending;
        return SK_NULL;
    }
    return SK_NONE;
}

NATIVE(task_step_m) {
    size_t npos = sk_native_npos(nargs, kwnames);
    sk_value exc = npos > 1 ? args[1] : SK_NONE;
    return task_step_impl(vm, args[0], exc == SK_NONE ? SK_NULL : exc);
}

/* task_wakeup(future): its failure or cancellation is thrown into the
 * coroutine; otherwise None is sent (Future.__await__ fetches the
 * result). */
NATIVE(task_wakeup_m) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0], fut = args[1];
    sk_value error = SK_NULL;
    SK_ROOT(vm, error);
    if (is_future(vm, fut)) {
        future_obj *f = FUT(fut);
        if (f->state == FUT_FINISHED && !f->exception) {
            return task_step_impl(vm, self, SK_NULL);
        }
        if (!future_result_impl(vm, fut)) error = sk_exc_take(vm);
    } else {
        sk_value r = sk_call_method(vm, fut, SK_NAME(vm, result), NULL, 0);
        if (!r) error = sk_exc_take(vm);
    }
    /* the exception is thrown in from outside any handler */
    return task_step_impl(vm, self, error);
}

static const sk_method_def step_def = {"task_step", task_step_m, 1, 2, 0, NULL};
static const sk_method_def wakeup_def = {"task_wakeup", task_wakeup_m, 2, 2, 0, NULL};

/* How the loop runs them unbound: in the task's own context. */
static sk_value task_context_of(sk_value task) { return TASK(task)->context; }
static const sk_loop_method step_method = {&step_def, task_context_of};
static const sk_loop_method wakeup_method = {&wakeup_def, task_context_of};

/* create_task(..., eager_start=True) on a running loop: the first step
 * runs now, as the current task. */
static bool task_eager_start(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    sk_value loop = FUT(self)->loop;
    SK_ROOT(vm, loop);
    sk_value swap_args[2] = {loop, self};
    sk_value prev = f_swap_current_task(vm, swap_args, 2, SK_NULL);
    if (!prev) return false;
    SK_ROOT(vm, prev);
    if (!sk_set_add(vm, ST(vm)->eager_tasks, self)) return false;
    sk_value pending = SK_NULL;
    SK_ROOT(vm, pending);
    sk_value ctx = TASK(self)->context;
    SK_ROOT(vm, ctx);
    sk_value prev_ctx = SK_NULL;
    SK_ROOT(vm, prev_ctx);
    if (!sk_context_enter(vm, ctx, &prev_ctx)) return false;
    if (!step_run_and_handle_result(vm, self, SK_NULL)) pending = sk_exc_take(vm);
    sk_context_exit(vm, ctx, prev_ctx);
    if (sk_set_discard(vm, ST(vm)->eager_tasks, self) < 0) sk_exc_take(vm);
    sk_value back[2] = {loop, prev};
    if (!f_swap_current_task(vm, back, 2, SK_NULL)) return false;
    if (FUT(self)->state != FUT_PENDING) TASK(self)->coro = SK_NULL;
    else registry_add(ST(vm), TASK(self));
    if (pending) {
        vm->exc = pending;
        return false;
    }
    return true;
}

/* ---- Task attributes and finalisation ----------------------------------------------------------- */

static sk_value g_coro(sk_vm *vm, sk_value self) { return TASK(self)->coro ? TASK(self)->coro : SK_NONE; }
static sk_value g_fut_waiter(sk_vm *vm, sk_value self) { return TASK(self)->fut_waiter ? TASK(self)->fut_waiter : SK_NONE; }
static sk_value g_must_cancel(sk_vm *vm, sk_value self) { return sk_from_bool(TASK(self)->fut.must_cancel); }
static sk_value g_log_destroy(sk_vm *vm, sk_value self) { return sk_from_bool(TASK(self)->fut.log_destroy_pending); }
static int s_log_destroy(sk_vm *vm, sk_value self, sk_value v) {
    if (!v) {
        sk_exc_msg(vm, SK_EXC_ATTRIBUTE, "cannot delete attribute");
        return -1;
    }
    int t = sk_truth(vm, v);
    if (t < 0) return -1;
    TASK(self)->fut.log_destroy_pending = (uint8_t)t;
    return 0;
}
static sk_value g_num_cancels(sk_vm *vm, sk_value self) { return sk_int_from_i64(vm, TASK(self)->fut.num_cancels_requested); }
static sk_value g_task_context(sk_vm *vm, sk_value self) { return TASK(self)->context ? TASK(self)->context : SK_NONE; }

static const sk_getset_def task_getsets[] = {
    {"_coro", g_coro, NULL, NULL},
    {"_fut_waiter", g_fut_waiter, NULL, NULL},
    {"_must_cancel", g_must_cancel, NULL, NULL},
    {"_log_destroy_pending", g_log_destroy, s_log_destroy, NULL},
    {"_num_cancels_requested", g_num_cancels, NULL, NULL},
    {"_context", g_task_context, NULL, NULL},
    {NULL},
};

static const sk_method_def task_methods[] = {
    {"cancel", task_cancel, 1, -1, SK_METH_KEYWORDS, NULL},
    {"cancelling", task_cancelling, 1, 1, 0, NULL},
    {"uncancel", task_uncancel, 1, 1, 0, NULL},
    {"get_coro", task_get_coro, 1, 1, 0, NULL},
    {"get_context", task_get_context, 1, 1, 0, NULL},
    {"get_name", task_get_name, 1, 1, 0, NULL},
    {"set_name", task_set_name, 2, 2, 0, NULL},
    {"set_result", task_set_result, 2, 2, 0, NULL},
    {"set_exception", task_set_exception, 2, 2, 0, NULL},
    {"get_stack", task_get_stack, 1, -1, SK_METH_KEYWORDS, NULL},
    {"print_stack", task_print_stack, 1, -1, SK_METH_KEYWORDS, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static bool task_needs_finalizer(sk_vm *vm, sk_obj *o) {
    task_obj *t = (task_obj *)o;
    if (t->fut.loop && t->fut.state == FUT_PENDING && t->fut.log_destroy_pending) return true;
    return future_needs_finalizer(vm, o);
}

static void task_py_finalize(sk_vm *vm, sk_value self) {
    task_obj *t = TASK(self);
    if (t->fut.loop && t->fut.state == FUT_PENDING && t->fut.log_destroy_pending)
        report(vm, self, "task", "Task was destroyed but it is pending!", SK_NULL);
    future_finalize_log(vm, self);
}

/* ---- the running loop ---------------------------------------------------------------------------- */

NATIVE(f_get_running_loop) {
    if (!vm->running_loop) return sk_exc_msg(vm, SK_EXC_RUNTIME, "no running event loop");
    return vm->running_loop;
}

NATIVE(f__get_running_loop) { return vm->running_loop ? vm->running_loop : SK_NONE; }

NATIVE(f__set_running_loop) {
    vm->running_loop = args[0] == SK_NONE ? SK_NULL : args[0];
    return SK_NONE;
}

/* ---- the module ------------------------------------------------------------------------------------ */

NATIVE(f_get_loop) { return get_loop_of(vm, args[0]); }

static const sk_method_def module_functions[] = {
    {"get_running_loop", f_get_running_loop, 0, 0, 0, NULL},
    {"_get_running_loop", f__get_running_loop, 0, 0, 0, NULL},
    {"_set_running_loop", f__set_running_loop, 1, 1, 0, NULL},
    {"_register_task", f_register_task, 1, 1, 0, NULL},
    {"_unregister_task", f_unregister_task, 1, 1, 0, NULL},
    {"_register_eager_task", f_register_eager_task, 1, 1, 0, NULL},
    {"_unregister_eager_task", f_unregister_eager_task, 1, 1, 0, NULL},
    {"_enter_task", f_enter_task, 2, 2, 0, NULL},
    {"_leave_task", f_leave_task, 2, 2, 0, NULL},
    {"_swap_current_task", f_swap_current_task, 2, 2, 0, NULL},
    {"current_task", f_current_task, 0, 1, 0, NULL},
    {"_get_loop", f_get_loop, 1, 1, 0, NULL},
    {NULL},
};

bool sk_asyncio_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    if (!vm->asyncio) {
        aio_state *s = sk_mem_alloc(vm, sizeof *s);
        if (!s) return false;
        memset(s, 0, sizeof *s);
        vm->asyncio = s;
    }
    aio_state *s = vm->asyncio;
    if (!s->future_type) {
        sk_type *f = sk_type_new_builtin(vm, "Future", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(future_obj),
                                         SK_TF_BASETYPE);
        if (!f) return false;
        s->future_type = f;
        f->flags &= ~SK_TF_IMMUTABLE;
        /* a plain Future has something to report when collected only once
         * it holds an exception nobody retrieved: it is watched from then
         * on, not from its creation (most futures never fail) */
        f->flags |= SK_TF_TRACK_LATE;
        f->dict_offset = (int32_t)offsetof(future_obj, dict);
        f->trace = future_trace;
        f->tp_new = future_tp_new;
        f->tp_init = future_tp_init;
        f->repr = fut_repr;
        f->await = fut_await;
        f->await_step = future_await_step;
        f->iter = fut_await;
        f->needs_finalizer = future_needs_finalizer;
        f->py_finalize = future_py_finalize;
        /* only debug mode gives a future its own (in its __dict__) */
        if (!sk_type_add_methods(vm, f, future_methods) || !sk_type_add_getsets(vm, f, future_getsets) ||
            !sk_type_set_attr_cstr(vm, f, "_source_traceback", SK_NONE) || !sk_type_ready(vm, f))
            return false;

        sk_type *t = sk_type_new_builtin(vm, "Task", "_asyncio", f, sizeof(task_obj), SK_TF_BASETYPE);
        if (!t) return false;
        s->task_type = t;
        t->flags &= ~SK_TF_IMMUTABLE;
        /* a pending task is found by the collector in the registry of
         * scheduled tasks; a failed one is watched from set_exception() */
        t->flags |= SK_TF_TRACK_LATE;
        t->dict_offset = (int32_t)offsetof(future_obj, dict);
        t->trace = task_trace;
        t->finalize = task_free;
        t->tp_init = task_tp_init;
        t->repr = task_repr;
        t->needs_finalizer = task_needs_finalizer;
        t->py_finalize = task_py_finalize;
        if (!sk_type_add_methods(vm, t, task_methods) || !sk_type_add_getsets(vm, t, task_getsets) ||
            !sk_type_ready(vm, t))
            return false;

        sk_type *it = sk_type_new_builtin(vm, "FutureIter", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(future_iter), 0);
        if (!it) return false;
        s->iter_type = it;
        it->trace = iter_trace;
        it->iter = iter_self;
        it->next = iter_next;
        if (!sk_type_add_methods(vm, it, iter_methods) || !sk_type_ready(vm, it)) return false;

        sk_type *reg = sk_type_new_builtin(vm, "_TaskRegistry", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(sk_obj), 0);
        if (!reg) return false;
        s->registry_type = reg;
        reg->iter = registry_iter;
        reg->len = registry_len;
        reg->contains = registry_contains;
        if (!sk_type_add_methods(vm, reg, registry_methods) || !sk_type_ready(vm, reg)) return false;
        if (!(s->scheduled = sk_type_alloc_instance(vm, reg))) return false;
        if (!(s->current_tasks = sk_dict_new(vm))) return false;
        if (!(s->eager_tasks = sk_set_new(vm, SK_TYPE(vm, SET)))) return false;
        if (!(s->foreign = sk_set_new(vm, SK_TYPE(vm, SET)))) return false;
    }
    return sk_loop_types_init(vm, module) && sk_module_add_functions(vm, module, module_functions) &&
           sk_module_add(vm, module, "Future", sk_from_obj(s->future_type)) &&
           sk_module_add(vm, module, "Task", sk_from_obj(s->task_type)) &&
           sk_module_add(vm, module, "_scheduled_tasks", s->scheduled) &&
           sk_module_add(vm, module, "_eager_tasks", s->eager_tasks) &&
           sk_module_add(vm, module, "_current_tasks", s->current_tasks);
}
