/* loop.c — the event loop's core, in C: callback handles (Handle,
                           SK_ROOT_SCOPE(vm);
 * TimerHandle), the FIFO ready queue, the timer heap, the clock and one
 * iteration of the loop (_run_once). asyncio's BaseEventLoop
 * (stdlib/asyncio/base_events.py) is a Python class built on the type here
 * (_asyncio._LoopCore), which keeps everything else: running until a
 * future is done, exception handlers, shutdown, asynchronous generators.
 *
 * One iteration, as CPython's:
 *   1. drop cancelled timers from the top of the heap (or rebuild the heap
 *      when most of a big one is cancelled);
 *   2. if nothing is ready, wait for the first timer (sleep, or with the
 *      virtual clock, jump the clock to it);
 *   3. move the timers that are due to the end of the ready queue, so
 *      callbacks already queued run first;
 *   4. run the callbacks that were ready at that point, each inside its
 *      contextvars.Context; those they schedule wait for the next one.
 * The heap is ordered by deadline alone with the algorithm of Python's
 * heapq, so timers with equal deadlines come out in CPython's order.
 */
#include "loop.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "api.h"
#include "contextvars.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "floatobj.h"
#include "func.h"
#include "gc.h"
#include "import.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "warn.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

/* Below this many timers, cancelled ones are only dropped from the top of
 * the heap; above it the heap is rebuilt once half of them are cancelled
 * (CPython's constants). */
#define MIN_SCHEDULED_TIMER_HANDLES 100
#define MIN_CANCELLED_TIMER_HANDLES_FRACTION 0.5
/* The longest single wait for a timer. */
#define MAXIMUM_SELECT_TIMEOUT (24.0 * 3600)

bool sk_loop_init(sk_vm *vm) {
    vm->loop = NULL;
    return true;
}

void sk_loop_free(sk_vm *vm) {
    if (vm->loop) sk_mem_free(vm, vm->loop, sizeof(sk_loop));
    vm->loop = NULL;
}

void sk_loop_mark(sk_vm *vm) {
    sk_loop *l = vm->loop;
    if (!l) return;
    sk_type *types[] = {l->handle_type, l->timer_type, l->core_type};
    for (size_t i = 0; i < 3; i++)
        if (types[i]) sk_gc_mark_obj(vm, &types[i]->hdr);
    if (l->get_debug_name) sk_gc_mark(vm, l->get_debug_name);
    if (l->timer_cancelled_name) sk_gc_mark(vm, l->timer_cancelled_name);
}

/* ---- handles ------------------------------------------------------------------------------ */

typedef struct handle_obj {
    sk_obj hdr;
    sk_value callback;         /* SK_NULL once cancelled */
    sk_value args;             /* tuple; SK_NULL once cancelled */
    sk_value loop;
    sk_value context;
    sk_value source_tb;
    sk_value repr;             /* the repr kept when cancelled in debug mode */
    sk_value when_obj;         /* TimerHandle: the deadline as given */
    double when;
    uint8_t cancelled;
    uint8_t scheduled;         /* TimerHandle: in its loop's heap */
} handle_obj;

#define H(v) ((handle_obj *)sk_as_obj(v))

/* One entry of the ready queue. Some are Handles; the callbacks skein's
 * own futures and tasks schedule (a task's next step, its wake-up, a done
 * callback) are queued without one, since no one can see or cancel their
 * handle: this saves a Handle, its args tuple and usually a bound method
 * on every step of every task. A Handle is made for such an entry only
 * when one must be seen: loop._ready, debug mode, or the report of a
 * failed callback. `how` says which kind it is:
 *   0                  fn is a Handle;
 *   a Context          fn(arg) runs in it;
 *   a method | 1       the sk_loop_method m: m->def's function is called
 *                      with (fn, arg) in m->context_of(fn).
 * (arg SK_NULL: no argument.) Three words: the queue can hold a wake-up
 * for each of 100,000 tasks at once. */
typedef struct ready_entry {
    sk_value fn, arg;
    uintptr_t how;
} ready_entry;

#define ENTRY_METHOD ((uintptr_t)1)

static inline const sk_loop_method *entry_method(const ready_entry *e) {
    return (e->how & ENTRY_METHOD) ? (const sk_loop_method *)(e->how & ~ENTRY_METHOD) : NULL;
}

/* The Context an entry runs in; SK_NULL for a Handle (it has its own). */
static inline sk_value entry_context(const ready_entry *e) {
    const sk_loop_method *m = entry_method(e);
    return m ? m->context_of(e->fn) : (sk_value)e->how;
}

static void handle_trace(sk_vm *vm, sk_obj *o) {
    handle_obj *h = (handle_obj *)o;
    sk_value v[] = {h->callback, h->args, h->loop, h->context, h->source_tb, h->repr, h->when_obj};
    sk_gc_mark_array(vm, v, sizeof v / sizeof v[0]);
}

static sk_type *handle_type(sk_vm *vm) { return vm->loop->handle_type; }
static sk_type *timer_type(sk_vm *vm) { return vm->loop->timer_type; }

static bool is_timer(sk_vm *vm, sk_value v) {
    return sk_is_ptr(v) && sk_type_is_subtype(sk_as_obj(v)->type, timer_type(vm));
}

/* A new handle for callback(*args) on `loop`; `context` SK_NULL or None:
 * a copy of the current context. */
static sk_value new_handle(sk_vm *vm, sk_type *type, sk_value callback, sk_value args, sk_value loop,
                           sk_value context) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, callback);
    SK_ROOT(vm, args);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, context);
    if (!context || context == SK_NONE) {
        context = sk_context_copy_current(vm);
        if (!context) return SK_NULL;
    }
    handle_obj *h = (handle_obj *)sk_gc_new(vm, type, type->size);
    if (!h) return SK_NULL;
    h->callback = callback;
    h->args = args;
    h->loop = loop;
    h->context = context;
    return sk_from_obj(h);
}

static bool plain_get_debug(sk_vm *vm, sk_value loop);
static bool loop_debug_flag(sk_value loop);

static bool loop_get_debug(sk_vm *vm, sk_value loop, bool *debug) {
    if (plain_get_debug(vm, loop)) {
        *debug = loop_debug_flag(loop);
        return true;
    }
    sk_value r = sk_call_method(vm, loop, sk_str_intern_cstr(vm, "get_debug"), NULL, 0);
    if (!r) return false;
    int t = sk_truth(vm, r);
    if (t < 0) return false;
    *debug = t;
    return true;
}

static sk_value format_callback_source(sk_vm *vm, sk_value callback, sk_value args) {
    SK_ROOT_SCOPE(vm);
    sk_value f = sk_import_attr_cstr(vm, "asyncio.format_helpers", "_format_callback_source");
    if (!f) return SK_NULL;
    SK_ROOT(vm, f);
    return sk_call2(vm, f, callback, args ? args : vm->empty_tuple);
}

/* handle._repr_info(): [class name, 'cancelled'?, callback source,
 * 'created at file:line'?], with 'when=...' for timers. */
NATIVE(h_repr_info) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    sk_value info = sk_list_new(vm, 4);
    if (!info) return SK_NULL;
    SK_ROOT(vm, info);
    handle_obj *h = H(self);
    if (!sk_list_append(vm, info, sk_as_obj(self)->type->name)) return SK_NULL;
    if (h->cancelled && !sk_list_append(vm, info, sk_str_intern_cstr(vm, "cancelled"))) return SK_NULL;
    if (H(self)->callback) {
        sk_value src = format_callback_source(vm, H(self)->callback, H(self)->args);
        if (!src || !sk_list_append(vm, info, src)) return SK_NULL;
    }
    if (H(self)->source_tb && H(self)->source_tb != SK_NONE) {
        int t = sk_truth(vm, H(self)->source_tb);
        if (t < 0) return SK_NULL;
        if (t) {
            SK_ROOT_SCOPE(vm);
            sk_value last = sk_getitem(vm, H(self)->source_tb, sk_from_int(-1));
            if (!last) return SK_NULL;
            SK_ROOT(vm, last);
            sk_value file = sk_getitem(vm, last, sk_from_int(0));
            if (!file) return SK_NULL;
            SK_ROOT(vm, file);
            sk_value line = sk_getitem(vm, last, sk_from_int(1));
            if (!line) return SK_NULL;
            sk_value s = sk_str_fmt(vm, "created at %S:%S", file, line);
            if (!s || !sk_list_append(vm, info, s)) return SK_NULL;
        }
    }
    if (is_timer(vm, self)) {
        sk_value w = sk_str_fmt(vm, "when=%S", H(self)->when_obj);
        if (!w || !sk_list_insert(vm, info, H(self)->cancelled ? 2 : 1, w)) return SK_NULL;
    }
    return info;
}

static sk_value handle_repr(sk_vm *vm, sk_value self) {
    if (H(self)->repr) return H(self)->repr;
    SK_ROOT_SCOPE(vm);
    sk_value info = sk_call_method(vm, self, sk_str_intern_cstr(vm, "_repr_info"), NULL, 0);
    if (!info) return SK_NULL;
    SK_ROOT(vm, info);
    sk_value sep = sk_str_from_cstr(vm, " ");
    if (!sep) return SK_NULL;
    SK_ROOT(vm, sep);
    sk_value joined = sk_call_method(vm, sep, sk_str_intern_cstr(vm, "join"), &info, 1);
    if (!joined) return SK_NULL;
    return sk_str_fmt(vm, "<%V>", joined);
}

static bool timer_cancelled(sk_vm *vm, sk_value loop, sk_value timer);

static bool handle_cancel_impl(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    if (H(self)->cancelled) return true;
    if (is_timer(vm, self)) {
        if (!timer_cancelled(vm, H(self)->loop, self)) return false;
    }
    H(self)->cancelled = 1;
    bool debug;
    if (!loop_get_debug(vm, H(self)->loop, &debug)) return false;
    if (debug) {
        /* keep describing the callback after it is dropped */
        sk_value r = handle_repr(vm, self);
        if (!r) return false;
        H(self)->repr = r;
    }
    H(self)->callback = SK_NULL;
    H(self)->args = SK_NULL;
    return true;
}

NATIVE(h_cancel) { return handle_cancel_impl(vm, args[0]) ? SK_NONE : SK_NULL; }
NATIVE(h_cancelled) { return sk_from_bool(H(args[0])->cancelled); }
NATIVE(h_get_context) { return H(args[0])->context; }
NATIVE(h_when) { return H(args[0])->when_obj; }

static sk_value entry_handle(sk_vm *vm, sk_value loop, const ready_entry *e);

/* A callback failed with vm->exc: SystemExit and KeyboardInterrupt leave
 * the loop; anything else goes to the loop's exception handler, with the
 * Handle that ran it (made now for an entry queued without one). */
static bool report_callback_error(sk_vm *vm, sk_value loop, const ready_entry *e) {
    SK_ROOT_SCOPE(vm);
    sk_value exc = sk_exc_take(vm);
    SK_ROOT(vm, exc);
    if (sk_exc_is(vm, exc, SK_EXC_SYSTEM_EXIT) || sk_exc_is(vm, exc, SK_EXC_KEYBOARD_INTERRUPT)) {
        vm->exc = exc;
        return false;
    }
    sk_value self = entry_handle(vm, loop, e);
    if (!self) return false;
    SK_ROOT(vm, self);
    sk_value ctx = sk_dict_new(vm);
    if (!ctx) return false;
    SK_ROOT(vm, ctx);
    sk_value where = format_callback_source(vm, H(self)->callback, H(self)->args);
    if (!where) return false;
    SK_ROOT(vm, where);
    sk_value msg = sk_str_fmt(vm, "Exception in callback %V", where);
    if (!msg || !sk_dict_set_cstr(vm, ctx, "message", msg) || !sk_dict_set_cstr(vm, ctx, "exception", exc) ||
        !sk_dict_set_cstr(vm, ctx, "handle", self))
        return false;
    if (H(self)->source_tb && H(self)->source_tb != SK_NONE) {
        int t = sk_truth(vm, H(self)->source_tb);
        if (t < 0) return false;
        if (t && !sk_dict_set_cstr(vm, ctx, "source_traceback", H(self)->source_tb)) return false;
    }
    return sk_call_method(vm, H(self)->loop, sk_str_intern_cstr(vm, "call_exception_handler"), &ctx, 1) != SK_NULL;
}

/* Runs a Handle's callback in its context; see report_callback_error. */
static bool run_handle(sk_vm *vm, sk_value self) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    handle_obj *h = H(self);
    sk_value a = h->args ? h->args : vm->empty_tuple;
    SK_ROOT(vm, a);
    sk_value r = sk_context_run(vm, h->context, h->callback, sk_tuple_items(a), sk_tuple_len(a), SK_NULL);
    ready_entry itself = {.fn = self};
    return r || report_callback_error(vm, H(self)->loop, &itself);
}

/* Runs an entry queued without a Handle. */
static bool run_entry(sk_vm *vm, sk_value loop, ready_entry e) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, e.fn);
    SK_ROOT(vm, e.arg);
    const sk_loop_method *m = entry_method(&e);
    sk_value context = entry_context(&e);
    SK_ROOT(vm, context);
    sk_value r = SK_NULL, prev = SK_NULL;
    SK_ROOT(vm, prev);
    if (sk_context_enter(vm, context, &prev)) {
        sk_value argv[2] = {e.fn, e.arg};
        if (m) r = m->def->fn(vm, argv, e.arg ? 2 : 1, SK_NULL);
        else r = sk_call(vm, e.fn, argv + 1, e.arg ? 1 : 0, SK_NULL);
        sk_context_exit(vm, context, prev);
    }
    return r || report_callback_error(vm, loop, &e);
}

NATIVE(h_run) { return run_handle(vm, args[0]) ? SK_NONE : SK_NULL; }

/* Handle(callback, args, loop, context=None) */
static sk_value handle_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_type *t = sk_as_type(cls);
    bool timer = sk_type_is_subtype(t, timer_type(vm));
    static const char *const hnames[] = {"callback", "args", "loop", "context"};
    static const char *const tnames[] = {"when", "callback", "args", "loop", "context"};
    sk_value a[5] = {0};
    if (!sk_native_parse(vm, timer ? "TimerHandle" : "Handle", args, nargs, kwnames, timer ? tnames : hnames,
                         timer ? 5 : 4, 0, timer ? 5 : 4, timer ? 4 : 3, a))
        return SK_NULL;
    for (int i = 0; i < 5; i++) SK_ROOT(vm, a[i]);
    sk_value *p = timer ? a + 1 : a;
    sk_value h = new_handle(vm, t, p[0], p[1], p[2], p[3]);
    if (!h || !timer) return h;
    SK_ROOT(vm, h);
    double w;
    if (!sk_number_to_double(vm, a[0], &w)) return SK_NULL;
    H(h)->when_obj = a[0];
    H(h)->when = w;
    return h;
}

/* TimerHandle comparisons and hash, by deadline (eq also compares the
 * callback, its arguments and the cancelled flag, as CPython's). */
static sk_value timer_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if (!is_timer(vm, b)) return SK_NOTIMPL;
    double x = H(a)->when, y = H(b)->when;
    if (op == SK_EQ || op == SK_NE || op == SK_LE || op == SK_GE) {
        bool eq = x == y;
        if (eq) {
            int c = sk_eq(vm, H(a)->callback ? H(a)->callback : SK_NONE, H(b)->callback ? H(b)->callback : SK_NONE);
            if (c < 0) return SK_NULL;
            eq = c;
        }
        if (eq) {
            int c = sk_eq(vm, H(a)->args ? H(a)->args : SK_NONE, H(b)->args ? H(b)->args : SK_NONE);
            if (c < 0) return SK_NULL;
            eq = c && H(a)->cancelled == H(b)->cancelled;
        }
        if (op == SK_EQ) return sk_from_bool(eq);
        if (op == SK_NE) return sk_from_bool(!eq);
        if (op == SK_LE) return sk_from_bool(x < y || eq);
        return sk_from_bool(x > y || eq);
    }
    return sk_from_bool(op == SK_LT ? x < y : x > y);
}

static int64_t timer_hash(sk_vm *vm, sk_value self) { return sk_hash(vm, H(self)->when_obj); }

static sk_value gh_callback(sk_vm *vm, sk_value s) { return H(s)->callback ? H(s)->callback : SK_NONE; }
static sk_value gh_args(sk_vm *vm, sk_value s) { return H(s)->args ? H(s)->args : SK_NONE; }
static sk_value gh_loop(sk_vm *vm, sk_value s) { return H(s)->loop ? H(s)->loop : SK_NONE; }
static sk_value gh_context(sk_vm *vm, sk_value s) { return H(s)->context ? H(s)->context : SK_NONE; }
static sk_value gh_cancelled(sk_vm *vm, sk_value s) { return sk_from_bool(H(s)->cancelled); }
static sk_value gh_source_tb(sk_vm *vm, sk_value s) { return H(s)->source_tb ? H(s)->source_tb : SK_NONE; }
static int sh_source_tb(sk_vm *vm, sk_value s, sk_value v) {
    H(s)->source_tb = v && v != SK_NONE ? v : SK_NULL;
    return 0;
}
static sk_value gh_repr(sk_vm *vm, sk_value s) { return H(s)->repr ? H(s)->repr : SK_NONE; }
static sk_value gh_when(sk_vm *vm, sk_value s) { return H(s)->when_obj ? H(s)->when_obj : SK_NONE; }
static sk_value gh_scheduled(sk_vm *vm, sk_value s) { return sk_from_bool(H(s)->scheduled); }
static int sh_scheduled(sk_vm *vm, sk_value s, sk_value v) {
    int t = v ? sk_truth(vm, v) : 0;
    if (t < 0) return -1;
    H(s)->scheduled = (uint8_t)t;
    return 0;
}

static const sk_getset_def handle_getsets[] = {
    {"_callback", gh_callback, NULL, NULL},
    {"_args", gh_args, NULL, NULL},
    {"_loop", gh_loop, NULL, NULL},
    {"_context", gh_context, NULL, NULL},
    {"_cancelled", gh_cancelled, NULL, NULL},
    {"_source_traceback", gh_source_tb, sh_source_tb, NULL},
    {"_repr", gh_repr, NULL, NULL},
    {NULL},
};

static const sk_getset_def timer_getsets[] = {
    {"_when", gh_when, NULL, NULL},
    {"_scheduled", gh_scheduled, sh_scheduled, NULL},
    {NULL},
};

static const sk_method_def handle_methods[] = {
    {"cancel", h_cancel, 1, 1, 0, NULL},
    {"cancelled", h_cancelled, 1, 1, 0, NULL},
    {"get_context", h_get_context, 1, 1, 0, NULL},
    {"_run", h_run, 1, 1, 0, NULL},
    {"_repr_info", h_repr_info, 1, 1, 0, NULL},
    {NULL},
};

static const sk_method_def timer_methods[] = {
    {"when", h_when, 1, 1, 0, NULL},
    {NULL},
};

/* ---- the loop's core --------------------------------------------------------------------- */

typedef struct loop_core {
    sk_obj hdr;
    sk_value dict;             /* the Python subclass's attributes */
    ready_entry *ready;        /* ring buffer, raw memory */
    size_t rhead, rlen, rcap;
    sk_value *timers;          /* binary heap of TimerHandles, raw memory */
    size_t ntimers, tcap;
    int64_t timer_cancelled_count;
    int64_t unretrieved;       /* failed futures nobody looked at yet */
    double clock_resolution;
    uint8_t stopping, closed, debug, virtual_time;
} loop_core;

#define CORE(v) ((loop_core *)sk_as_obj(v))

static void core_trace(sk_vm *vm, sk_obj *o) {
    loop_core *c = (loop_core *)o;
    sk_gc_mark(vm, c->dict);
    for (size_t i = 0; i < c->rlen; i++) {
        ready_entry *e = &c->ready[(c->rhead + i) % c->rcap];
        sk_value v[] = {e->fn, e->arg, entry_method(e) ? SK_NULL : (sk_value)e->how};
        sk_gc_mark_array(vm, v, 3);
    }
    sk_gc_mark_array(vm, c->timers, c->ntimers);
}

static void core_finalize(sk_vm *vm, sk_obj *o) {
    loop_core *c = (loop_core *)o;
    if (c->ready) sk_mem_free(vm, c->ready, c->rcap * sizeof(ready_entry));
    if (c->timers) sk_mem_free(vm, c->timers, c->tcap * sizeof(sk_value));
    c->ready = NULL;
    c->timers = NULL;
}

static bool ready_push_entry(sk_vm *vm, loop_core *c, ready_entry e) {
    if (c->rlen == c->rcap) {
        size_t cap = c->rcap ? c->rcap * 2 : 64;
        ready_entry *n = sk_mem_alloc(vm, cap * sizeof(ready_entry));
        if (!n) return false;
        for (size_t i = 0; i < c->rlen; i++) n[i] = c->ready[(c->rhead + i) % c->rcap];
        if (c->ready) sk_mem_free(vm, c->ready, c->rcap * sizeof(ready_entry));
        c->ready = n;
        c->rcap = cap;
        c->rhead = 0;
    }
    c->ready[(c->rhead + c->rlen) % c->rcap] = e;
    c->rlen++;
    return true;
}

static bool ready_push(sk_vm *vm, loop_core *c, sk_value handle) {
    return ready_push_entry(vm, c, (ready_entry){.fn = handle});
}

static ready_entry ready_pop(loop_core *c) {
    ready_entry e = c->ready[c->rhead];
    c->ready[c->rhead] = (ready_entry){0};
    c->rhead = (c->rhead + 1) % c->rcap;
    c->rlen--;
    return e;
}

/* The Handle an entry stands for, made now if it was queued without one. */
static sk_value entry_handle(sk_vm *vm, sk_value loop, const ready_entry *e) {
    if (!e->how) return e->fn;
    SK_ROOT_SCOPE(vm);
    const sk_loop_method *m = entry_method(e);
    sk_value fn = e->fn, arg = e->arg, context = entry_context(e);
    SK_ROOT(vm, fn);
    SK_ROOT(vm, arg);
    SK_ROOT(vm, context);
    sk_value callback = m ? sk_builtin_new(vm, m->def, fn, SK_NULL) : fn;
    if (!callback) return SK_NULL;
    SK_ROOT(vm, callback);
    sk_value args = sk_tuple_from(vm, &arg, arg ? 1 : 0);
    if (!args) return SK_NULL;
    SK_ROOT(vm, args);
    return new_handle(vm, handle_type(vm), callback, args, loop, context);
}

/* The heap, with heapq's algorithm on deadlines. */
static bool before(sk_value a, sk_value b) { return H(a)->when < H(b)->when; }

static void sift_down(sk_value *heap, size_t start, size_t pos) {
    sk_value item = heap[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (before(item, heap[parent])) {
            heap[pos] = heap[parent];
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
}

static void sift_up(sk_value *heap, size_t n, size_t pos) {
    size_t start = pos;
    sk_value item = heap[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n && !before(heap[child], heap[right])) child = right;
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(heap, start, pos);
}

static bool heap_push(sk_vm *vm, loop_core *c, sk_value h) {
    if (c->ntimers == c->tcap) {
        size_t cap = c->tcap ? c->tcap * 2 : 64;
        sk_value *n = sk_mem_realloc(vm, c->timers, c->tcap * sizeof(sk_value), cap * sizeof(sk_value));
        if (!n) return false;
        c->timers = n;
        c->tcap = cap;
    }
    c->timers[c->ntimers++] = h;
    sift_down(c->timers, 0, c->ntimers - 1);
    return true;
}

static sk_value heap_pop(loop_core *c) {
    sk_value last = c->timers[--c->ntimers];
    c->timers[c->ntimers] = SK_NULL;
    if (!c->ntimers) return last;
    sk_value top = c->timers[0];
    c->timers[0] = last;
    sift_up(c->timers, c->ntimers, 0);
    return top;
}

static void heapify(loop_core *c) {
    for (size_t i = c->ntimers / 2; i-- > 0;) sift_up(c->timers, c->ntimers, i);
}

/* time.monotonic(): the program's clock, virtual under --virtual-time. */
static double monotonic(sk_vm *vm) { return (double)sk_vm_clock_ns(vm, CLOCK_MONOTONIC, false) * 1e-9; }

static double core_time(sk_vm *vm, loop_core *c) {
    (void)c;
    return monotonic(vm);
}

static sk_value core_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    sk_value self = sk_type_alloc_instance(vm, sk_as_type(cls));
    if (!self) return SK_NULL;
    loop_core *c = CORE(self);
    c->clock_resolution = 1e-9;
    c->virtual_time = vm->config.virtual_time;
    return self;
}

static bool check_open(sk_vm *vm, loop_core *c) {
    if (!c->closed) return true;
    sk_exc_msg(vm, SK_EXC_RUNTIME, "Event loop is closed");
    return false;
}

static bool check_callback(sk_vm *vm, sk_value self, sk_value callback, const char *method) {
    if (!CORE(self)->debug) return true;
    SK_ROOT_SCOPE(vm);
    sk_value m = sk_str_from_cstr(vm, method);
    if (!m) return false;
    SK_ROOT(vm, m);
    sk_value a[2] = {callback, m};
    return sk_call_method(vm, self, sk_str_intern_cstr(vm, "_check_callback"), a, 2) != SK_NULL;
}

/* The `context=` keyword of the call_* methods; the positional arguments
 * after `skip` become the callback's args tuple. */
static bool split_call_args(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs, sk_value kwnames,
                            size_t skip, sk_value *cb_args, sk_value *context) {
    size_t npos = sk_native_npos(nargs, kwnames);
    *context = SK_NULL;
    for (size_t i = 0; kwnames && i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, "context")) {
            sk_exc_fmt(vm, SK_EXC_TYPE, "%s() got an unexpected keyword argument '%V'", fname, k);
            return false;
        }
        *context = args[npos + i];
    }
    if (npos < skip) {
        sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing required positional argument", fname);
        return false;
    }
    *cb_args = sk_tuple_from(vm, args + skip, npos - skip);
    return *cb_args != SK_NULL;
}

sk_value sk_loop_call_soon(sk_vm *vm, sk_value loop, sk_value callback, const sk_value *args, size_t nargs,
                           sk_value context) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, callback);
    SK_ROOT(vm, context);
    if (!check_open(vm, CORE(loop))) return SK_NULL;
    if (!check_callback(vm, loop, callback, "call_soon")) return SK_NULL;
    sk_value a = sk_tuple_from(vm, args, nargs);
    if (!a) return SK_NULL;
    SK_ROOT(vm, a);
    sk_value h = new_handle(vm, handle_type(vm), callback, a, loop, context);
    if (!h) return SK_NULL;
    SK_ROOT(vm, h);
    if (!ready_push(vm, CORE(loop), h)) return SK_NULL;
    return h;
}

bool sk_loop_queue_call(sk_vm *vm, sk_value loop, sk_value fn, sk_value arg, sk_value context) {
    if (CORE(loop)->debug)  /* debug mode checks the callback and records where it was scheduled */
        return sk_loop_call_soon(vm, loop, fn, &arg, arg ? 1 : 0, context) != SK_NULL;
    if (!check_open(vm, CORE(loop))) return false;
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, fn);
    SK_ROOT(vm, arg);
    if ((!context || context == SK_NONE) && !(context = sk_context_copy_current(vm))) return false;
    return ready_push_entry(vm, CORE(loop), (ready_entry){fn, arg, (uintptr_t)context});
}

bool sk_loop_queue_method(sk_vm *vm, sk_value loop, const sk_loop_method *m, sk_value self, sk_value arg) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, loop);
    SK_ROOT(vm, arg);
    if (CORE(loop)->debug) {
        SK_ROOT_SCOPE(vm);
        sk_value callback = sk_builtin_new(vm, m->def, self, SK_NULL);
        if (!callback) return false;
        SK_ROOT(vm, callback);
        return sk_loop_call_soon(vm, loop, callback, &arg, arg ? 1 : 0, m->context_of(self)) != SK_NULL;
    }
    if (!check_open(vm, CORE(loop))) return false;
    return ready_push_entry(vm, CORE(loop), (ready_entry){self, arg, (uintptr_t)m | ENTRY_METHOD});
}

bool sk_is_loop_core(sk_vm *vm, sk_value v) {
    return vm->loop && sk_is_ptr(v) && sk_type_is_subtype(sk_as_obj(v)->type, vm->loop->core_type);
}

static bool loop_debug_flag(sk_value loop) { return CORE(loop)->debug; }

/* Does loop.get_debug() just return the core's debug flag? True when the
 * loop's class keeps asyncio's BaseEventLoop.get_debug (`return
 * self._debug`) and the core's _debug descriptor, and the instance does not
 * shadow get_debug: then the Python call can be skipped, as nothing it does
 * can be observed. The answer is kept for the class's current version. */
static bool plain_get_debug(sk_vm *vm, sk_value loop) {
    if (!sk_is_loop_core(vm, loop)) return false;
    sk_type *t = sk_as_obj(loop)->type;
    if (!t->version) return false;
    sk_value name = vm->loop->get_debug_name;
    if (!name) {
        if (!(name = sk_str_intern_cstr(vm, "get_debug"))) {
            sk_exc_take(vm);
            return false;
        }
        vm->loop->get_debug_name = name;
    }
    if (t->version != vm->loop->plain_debug_version) {
        sk_value f = sk_type_lookup(vm, t, name);
        if (!f || !SK_IS(vm, f, FUNCTION)) return false;
        sk_function *fn = (sk_function *)sk_as_obj(f);
        if (!sk_is_str(vm, fn->qualname) || !sk_str_eq_cstr(fn->qualname, "BaseEventLoop.get_debug") ||
            !sk_is_str(vm, fn->module) || !sk_str_eq_cstr(fn->module, "asyncio.base_events"))
            return false;
        sk_value dname = sk_str_intern_cstr(vm, "_debug");
        if (!dname) {
            sk_exc_take(vm);
            return false;
        }
        sk_value mine = sk_type_lookup(vm, t, dname);
        if (!mine || mine != sk_type_lookup(vm, vm->loop->core_type, dname)) return false;
        vm->loop->plain_debug_version = t->version;
    }
    sk_value d = CORE(loop)->dict;
    return !d || !sk_dict_len(d) || !sk_dict_get_str(vm, d, name);
}

bool sk_loop_get_debug(sk_vm *vm, sk_value loop, bool *debug) { return loop_get_debug(vm, loop, debug); }

static sk_value call_soon_common(sk_vm *vm, const char *fname, const sk_value *args, size_t nargs,
                                 sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    if (sk_native_npos(nargs, kwnames) < 2)
        return sk_exc_fmt(vm, SK_EXC_TYPE, "%s() missing 1 required positional argument: 'callback'", fname);
    sk_value cb_args, context;
    if (!split_call_args(vm, fname, args, nargs, kwnames, 2, &cb_args, &context)) return SK_NULL;
    SK_ROOT(vm, cb_args);
    if (!check_open(vm, CORE(self))) return SK_NULL;
    if (!check_callback(vm, self, args[1], fname)) return SK_NULL;
    sk_value h = new_handle(vm, handle_type(vm), args[1], cb_args, self, context);
    if (!h) return SK_NULL;
    SK_ROOT(vm, h);
    if (!ready_push(vm, CORE(self), h)) return SK_NULL;
    return h;
}

NATIVE(core_call_soon) { return call_soon_common(vm, "call_soon", args, nargs, kwnames); }
NATIVE(core_call_soon_threadsafe) { return call_soon_common(vm, "call_soon_threadsafe", args, nargs, kwnames); }

static sk_value call_at_impl(sk_vm *vm, sk_value self, sk_value when_obj, double when, const sk_value *args,
                             size_t nargs, sk_value kwnames, const char *fname) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, self);
    SK_ROOT(vm, when_obj);
    sk_value cb_args, context;
    if (!split_call_args(vm, fname, args, nargs, kwnames, 3, &cb_args, &context)) return SK_NULL;
    SK_ROOT(vm, cb_args);
    if (!check_open(vm, CORE(self))) return SK_NULL;
    if (!check_callback(vm, self, args[2], "call_at")) return SK_NULL;
    sk_value h = new_handle(vm, timer_type(vm), args[2], cb_args, self, context);
    if (!h) return SK_NULL;
    SK_ROOT(vm, h);
    H(h)->when_obj = when_obj;
    H(h)->when = when;
    if (!heap_push(vm, CORE(self), h)) return SK_NULL;
    H(h)->scheduled = 1;
    return h;
}

NATIVE(core_call_at) {
    if (sk_native_npos(nargs, kwnames) < 3)
        return sk_exc_msg(vm, SK_EXC_TYPE, "call_at() missing required positional arguments: 'when' and 'callback'");
    if (args[1] == SK_NONE) return sk_exc_msg(vm, SK_EXC_TYPE, "when cannot be None");
    double when;
    if (!sk_number_to_double(vm, args[1], &when)) return SK_NULL;
    return call_at_impl(vm, args[0], args[1], when, args, nargs, kwnames, "call_at");
}

NATIVE(core_call_later) {
    if (sk_native_npos(nargs, kwnames) < 3)
        return sk_exc_msg(vm, SK_EXC_TYPE,
                          "call_later() missing required positional arguments: 'delay' and 'callback'");
    if (args[1] == SK_NONE) return sk_exc_msg(vm, SK_EXC_TYPE, "delay must not be None");
    double delay;
    if (!sk_number_to_double(vm, args[1], &delay)) return SK_NULL;
    double when = core_time(vm, CORE(args[0])) + delay;
    sk_value w = sk_float_new(vm, when);
    if (!w) return SK_NULL;
    return call_at_impl(vm, args[0], w, when, args, nargs, kwnames, "call_later");
}

NATIVE(core_time_m) { return sk_float_new(vm, core_time(vm, CORE(args[0]))); }

/* loop._timer_handle_cancelled(timer), which a cancelled TimerHandle
 * calls: on a core loop that keeps the core's method (neither its class
 * nor the instance replaces it), what that method does is done here. */
static bool timer_cancelled(sk_vm *vm, sk_value loop, sk_value timer) {
    sk_value name = vm->loop->timer_cancelled_name;
    if (!name && !(name = vm->loop->timer_cancelled_name = sk_str_intern_cstr(vm, "_timer_handle_cancelled")))
        return false;
    if (sk_is_loop_core(vm, loop) &&
        sk_type_lookup(vm, sk_as_obj(loop)->type, name) == sk_type_lookup(vm, vm->loop->core_type, name) &&
        (!CORE(loop)->dict || !sk_dict_len(CORE(loop)->dict) || !sk_dict_get_str(vm, CORE(loop)->dict, name))) {
        if (H(timer)->scheduled) CORE(loop)->timer_cancelled_count++;
        return true;
    }
    return sk_call_method(vm, loop, name, &timer, 1) != SK_NULL;
}

NATIVE(core_timer_handle_cancelled) {
    if (is_timer(vm, args[1]) && H(args[1])->scheduled) CORE(args[0])->timer_cancelled_count++;
    return SK_NONE;
}

NATIVE(core_note_unretrieved) {
    CORE(args[0])->unretrieved++;
    return SK_NONE;
}

NATIVE(core_note_retrieved) {
    if (CORE(args[0])->unretrieved > 0) CORE(args[0])->unretrieved--;
    return SK_NONE;
}

/* close(): the pending callbacks and timers are dropped. */
NATIVE(core_clear_callbacks) {
    loop_core *c = CORE(args[0]);
    while (c->rlen) (void)ready_pop(c);
    for (size_t i = 0; i < c->ntimers; i++) c->timers[i] = SK_NULL;
    c->ntimers = 0;
    c->timer_cancelled_count = 0;
    return SK_NONE;
}

/* Waits until the first timer is due: sleeps (interruptibly, and woken
 * early by a host thread completing a future), or jumps the virtual
 * clock. With no timer at all, only Ctrl-C or a host thread can make
 * anything ready: waits for them, as CPython's selector would. */
static bool wait_for_timer(sk_vm *vm, loop_core *c) {
    double timeout = -1;
    if (c->ntimers) {
        double due = H(c->timers[0])->when;
        timeout = due - monotonic(vm);
        if (c->virtual_time) {
            /* nothing else can happen first: jump the clocks to the timer */
            if (timeout > 0) vm->clock_offset_ns += (int64_t)ceil(timeout * 1e9);
            return true;
        }
        if (timeout <= 0) return true;
        if (timeout > MAXIMUM_SELECT_TIMEOUT) timeout = MAXIMUM_SELECT_TIMEOUT;
    }
    bool woken;
    return sk_embed_wait(vm, timeout, &woken);
}

NATIVE(core_run_once) {
    SK_ROOT_SCOPE(vm);
    sk_value self = args[0];
    loop_core *c = CORE(self);
    /* 1. cancelled timers */
    if (c->ntimers > MIN_SCHEDULED_TIMER_HANDLES &&
        (double)c->timer_cancelled_count / (double)c->ntimers > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
        size_t kept = 0;
        for (size_t i = 0; i < c->ntimers; i++) {
            sk_value h = c->timers[i];
            if (H(h)->cancelled) H(h)->scheduled = 0;
            else c->timers[kept++] = h;
        }
        for (size_t i = kept; i < c->ntimers; i++) c->timers[i] = SK_NULL;
        c->ntimers = kept;
        heapify(c);
        c->timer_cancelled_count = 0;
    } else {
        while (c->ntimers && H(c->timers[0])->cancelled) {
            c->timer_cancelled_count--;
            H(heap_pop(c))->scheduled = 0;
        }
    }
    /* 2. wait, then take what host threads completed meanwhile */
    if (!c->rlen && !c->stopping && !wait_for_timer(vm, c)) return SK_NULL;
    if (!sk_embed_drain(vm)) return SK_NULL;
    /* 3. due timers */
    double end_time = core_time(vm, c) + c->clock_resolution;
    while (c->ntimers && H(c->timers[0])->when < end_time) {
        sk_value h = heap_pop(c);
        H(h)->scheduled = 0;
        if (!ready_push(vm, c, h)) return SK_NULL;
    }
    /* 4. what is ready now */
    size_t ntodo = c->rlen;
    sk_value h = SK_NULL;
    SK_ROOT(vm, h);
    for (size_t i = 0; i < ntodo; i++) {
        ready_entry e = ready_pop(CORE(self));
        if (!e.how && H(e.fn)->cancelled) continue;
        if (CORE(self)->debug) {
            if (!(h = entry_handle(vm, self, &e))) return SK_NULL;
            if (!sk_call_method(vm, self, sk_str_intern_cstr(vm, "_run_handle_debug"), &h, 1)) return SK_NULL;
        } else if (e.how ? !run_entry(vm, self, e) : !run_handle(vm, e.fn)) {
            return SK_NULL;
        }
    }
    h = SK_NULL;
    if (CORE(self)->unretrieved &&
        !sk_call_method(vm, self, sk_str_intern_cstr(vm, "_collect_abandoned"), NULL, 0))
        return SK_NULL;
    return SK_NONE;
}

/* ---- the core's attributes ----------------------------------------------------------------- */

static sk_value gc_ready(sk_vm *vm, sk_value s) {
    loop_core *c = CORE(s);
    SK_ROOT_SCOPE(vm);
    sk_value l = sk_list_new(vm, c->rlen);
    if (!l) return SK_NULL;
    SK_ROOT(vm, l);
    for (size_t i = 0; i < CORE(s)->rlen; i++) {
        ready_entry e = CORE(s)->ready[(CORE(s)->rhead + i) % CORE(s)->rcap];
        sk_value h = entry_handle(vm, s, &e);
        if (!h || !sk_list_append(vm, l, h)) return SK_NULL;
    }
    return l;
}
static sk_value gc_scheduled(sk_vm *vm, sk_value s) { return sk_list_from(vm, CORE(s)->timers, CORE(s)->ntimers); }

#define FLAG_GETSET(field)                                                                  \
    static sk_value g_##field(sk_vm *vm, sk_value s) { return sk_from_bool(CORE(s)->field); } \
    static int s_##field(sk_vm *vm, sk_value s, sk_value v) {                                 \
        int t = v ? sk_truth(vm, v) : 0;                                                      \
        if (t < 0) return -1;                                                                 \
        CORE(s)->field = (uint8_t)t;                                                          \
        return 0;                                                                             \
    }
FLAG_GETSET(stopping)
FLAG_GETSET(closed)
FLAG_GETSET(debug)
#undef FLAG_GETSET

static sk_value g_cancelled_count(sk_vm *vm, sk_value s) { return sk_int_from_i64(vm, CORE(s)->timer_cancelled_count); }
static int s_cancelled_count(sk_vm *vm, sk_value s, sk_value v) {
    int64_t n = 0;
    if (v && !sk_index_i64(vm, v, &n, NULL)) return -1;
    CORE(s)->timer_cancelled_count = n;
    return 0;
}
static sk_value g_unretrieved(sk_vm *vm, sk_value s) { return sk_int_from_i64(vm, CORE(s)->unretrieved); }
static int s_unretrieved(sk_vm *vm, sk_value s, sk_value v) {
    int64_t n = 0;
    if (v && !sk_index_i64(vm, v, &n, NULL)) return -1;
    CORE(s)->unretrieved = n;
    return 0;
}
static sk_value g_resolution(sk_vm *vm, sk_value s) { return sk_float_new(vm, CORE(s)->clock_resolution); }
static int s_resolution(sk_vm *vm, sk_value s, sk_value v) {
    double d = 0;
    if (v && !sk_number_to_double(vm, v, &d)) return -1;
    CORE(s)->clock_resolution = d;
    return 0;
}
static sk_value g_virtual(sk_vm *vm, sk_value s) { return sk_from_bool(CORE(s)->virtual_time); }

static const sk_getset_def core_getsets[] = {
    {"_ready", gc_ready, NULL, NULL},
    {"_scheduled", gc_scheduled, NULL, NULL},
    {"_stopping", g_stopping, s_stopping, NULL},
    {"_closed", g_closed, s_closed, NULL},
    {"_debug", g_debug, s_debug, NULL},
    {"_timer_cancelled_count", g_cancelled_count, s_cancelled_count, NULL},
    {"_unretrieved", g_unretrieved, s_unretrieved, NULL},
    {"_clock_resolution", g_resolution, s_resolution, NULL},
    {"_virtual_time", g_virtual, NULL, NULL},
    {NULL},
};

static const sk_method_def core_methods[] = {
    {"call_soon", core_call_soon, 1, -1, SK_METH_KEYWORDS, NULL},
    {"call_soon_threadsafe", core_call_soon_threadsafe, 1, -1, SK_METH_KEYWORDS, NULL},
    {"call_at", core_call_at, 1, -1, SK_METH_KEYWORDS, NULL},
    {"call_later", core_call_later, 1, -1, SK_METH_KEYWORDS, NULL},
    {"time", core_time_m, 1, 1, 0, NULL},
    {"_run_once", core_run_once, 1, 1, 0, NULL},
    {"_timer_handle_cancelled", core_timer_handle_cancelled, 2, 2, 0, NULL},
    {"_note_unretrieved", core_note_unretrieved, 1, 1, 0, NULL},
    {"_note_retrieved", core_note_retrieved, 1, 1, 0, NULL},
    {"_clear_callbacks", core_clear_callbacks, 1, 1, 0, NULL},
    {NULL},
};

/* ---- registration (from the _asyncio module) ------------------------------------------------ */

bool sk_loop_types_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    if (!vm->loop) {
        sk_loop *l = sk_mem_alloc(vm, sizeof *l);
        if (!l) return false;
        memset(l, 0, sizeof *l);
        vm->loop = l;
    }
    sk_loop *l = vm->loop;
    if (!l->handle_type) {
        sk_type *h = sk_type_new_builtin(vm, "Handle", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(handle_obj),
                                         SK_TF_BASETYPE);
        if (!h) return false;
        l->handle_type = h;
        h->trace = handle_trace;
        h->tp_new = handle_tp_new;
        h->repr = handle_repr;
        if (!sk_type_add_methods(vm, h, handle_methods) || !sk_type_add_getsets(vm, h, handle_getsets) ||
            !sk_type_ready(vm, h))
            return false;
        sk_type *t = sk_type_new_builtin(vm, "TimerHandle", "_asyncio", h, sizeof(handle_obj), SK_TF_BASETYPE);
        if (!t) return false;
        l->timer_type = t;
        t->richcmp = timer_richcmp;
        t->hash = timer_hash;
        if (!sk_type_add_methods(vm, t, timer_methods) || !sk_type_add_getsets(vm, t, timer_getsets) ||
            !sk_type_ready(vm, t))
            return false;
        sk_type *c = sk_type_new_builtin(vm, "_LoopCore", "_asyncio", SK_TYPE(vm, OBJECT), sizeof(loop_core),
                                         SK_TF_BASETYPE);
        if (!c) return false;
        l->core_type = c;
        c->flags &= ~SK_TF_IMMUTABLE;
        c->dict_offset = (int32_t)offsetof(loop_core, dict);
        c->trace = core_trace;
        c->finalize = core_finalize;
        c->tp_new = core_tp_new;
        if (!sk_type_add_methods(vm, c, core_methods) || !sk_type_add_getsets(vm, c, core_getsets) ||
            !sk_type_ready(vm, c))
            return false;
    }
    return sk_module_add(vm, module, "Handle", sk_from_obj(l->handle_type)) &&
           sk_module_add(vm, module, "TimerHandle", sk_from_obj(l->timer_type)) &&
           sk_module_add(vm, module, "_LoopCore", sk_from_obj(l->core_type));
}
