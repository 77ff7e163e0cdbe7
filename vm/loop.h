/* loop.h — the event loop's core: callback handles, the FIFO ready
 * queue, the timer heap on a monotonic (or virtual) clock, and one
 * iteration of the loop. Python's asyncio.BaseEventLoop subclasses the
 * core type (_asyncio._LoopCore); futures and tasks (stdlib/_asyncio.c)
 * schedule their callbacks on it directly.
 */
#ifndef SK_LOOP_H
#define SK_LOOP_H

#include "vm.h"

struct sk_method_def;

/* The loop's types, made when _asyncio is first imported. */
struct sk_loop {
    sk_type *handle_type, *timer_type, *core_type;
    /* the version of the loop class last seen to keep BaseEventLoop's
     * get_debug and the core's _debug (see sk_loop_get_debug) */
    uint64_t plain_debug_version;
    sk_value get_debug_name;   /* "get_debug", interned once */
};

SK_INTERNAL bool sk_loop_init(sk_vm *vm) SK_MUST_CHECK;
/* Adds Handle, TimerHandle and _LoopCore to the _asyncio module. */
SK_INTERNAL bool sk_loop_types_init(sk_vm *vm, sk_value module) SK_MUST_CHECK;
/* Is v an event loop built on the core type? */
SK_INTERNAL bool sk_is_loop_core(sk_vm *vm, sk_value v);
/* loop.call_soon(callback, *args, context=context) on such a loop, without
 * going through the method; context SK_NULL: a copy of the current one. */
SK_INTERNAL sk_value sk_loop_call_soon(sk_vm *vm, sk_value loop, sk_value callback, const sk_value *args,
                                       size_t nargs, sk_value context) SK_MUST_CHECK;
/* The same for callbacks whose Handle no one will see (done callbacks of
 * skein's futures): queues fn(arg) (arg SK_NULL: no argument) to run in
 * context (SK_NULL: a copy of the current one). */
SK_INTERNAL bool sk_loop_queue_call(sk_vm *vm, sk_value loop, sk_value fn, sk_value arg,
                                    sk_value context) SK_MUST_CHECK;
/* A built-in method the loop can queue without binding it: its function
 * is called with (self, arg) in the Context context_of(self) gives (a
 * task's step and wake-up run in the task's context). */
typedef struct sk_loop_method {
    const struct sk_method_def *def;
    sk_value (*context_of)(sk_value self);
} sk_loop_method;
/* Queues m for self, as sk_loop_queue_call does a callable. */
SK_INTERNAL bool sk_loop_queue_method(sk_vm *vm, sk_value loop, const sk_loop_method *m, sk_value self,
                                      sk_value arg) SK_MUST_CHECK;
/* loop.get_debug(), as futures and handles ask at every creation. */
SK_INTERNAL bool sk_loop_get_debug(sk_vm *vm, sk_value loop, bool *debug) SK_MUST_CHECK;
SK_INTERNAL void sk_loop_free(sk_vm *vm);
SK_INTERNAL void sk_loop_mark(sk_vm *vm);

/* stdlib/_asyncio.c: the accelerator's per-VM state. */
SK_INTERNAL void sk_asyncio_mark(sk_vm *vm);
/* Calls visit on every task in the registry of scheduled tasks: the
 * collector finds unreachable pending tasks there (a Task is
 * SK_TF_TRACK_LATE: see gc.h). */
SK_INTERNAL void sk_asyncio_each_registered_task(sk_vm *vm, void (*visit)(sk_vm *vm, sk_obj *task));
SK_INTERNAL void sk_asyncio_free(sk_vm *vm);

#endif
