/* gen.h — generators, coroutines and async generators: objects that own a
 * suspended frame.
 *
 * The frame lives inside the generator object. Resuming links it onto the
 * running chain and continues the dispatch loop in it; yielding unlinks it
 * again, so a suspended generator costs only its own frame. `yield from`
 * and `await` on another generator delegate: the delegate's frame is
 * linked above the delegator's, and a value yielded deep inside passes
 * straight to whoever resumed the outermost generator (the delegators stay
 * parked on their YIELDFROM instruction).
 */
#ifndef SK_GEN_H
#define SK_GEN_H

#include "interp.h"
#include "opcodes.h"

typedef enum sk_gen_kind { SK_GEN_GENERATOR, SK_GEN_COROUTINE, SK_GEN_ASYNC_GENERATOR } sk_gen_kind;
typedef enum sk_gen_state {
    SK_GEN_CREATED,     /* not started */
    SK_GEN_SUSPENDED,   /* stopped at a yield */
    SK_GEN_RUNNING,     /* on the running chain */
    SK_GEN_CLOSED,      /* returned or raised */
} sk_gen_state;

typedef struct sk_gen {
    sk_obj hdr;
    sk_value names;            /* (__name__, __qualname__) when they are not
                                  the code's (a renamed function, or set
                                  on the generator), else SK_NULL */
    /* (what it delegates to has no slot here: see sk_gen_yieldfrom) */
    sk_exc_info exc_state;     /* the exception its handlers are handling */
    uint8_t kind;              /* sk_gen_kind */
    uint8_t state;             /* sk_gen_state */
    uint8_t awaited;           /* a coroutine that has been awaited */
    uint8_t ag_closed;         /* async generators: finished or being closed */
    uint8_t hooks_done;        /* async generators: the asyncgen hooks ran */
    uint8_t running_async;     /* async generators: an asend/athrow is under way */
    uint8_t resume_reg;        /* register the sent value goes to, SK_NO_REG: none */
} sk_gen;

/* The frame lives in the object right after the header (and an async
 * generator's finalizer hook after the frame's registers: see
 * sk_agen_finalizer_slot), so the header keeps no pointer to it and every
 * coroutine takes one 16-byte size class less. (8-byte alignment is all a
 * frame needs: the object's size is rounded to its class anyway.) */
#define SK_GEN_HEADER ((sizeof(sk_gen) + 7) & ~(size_t)7)
static inline sk_frame *sk_gen_frame(sk_gen *g) { return (sk_frame *)((char *)g + SK_GEN_HEADER); }

/* The generator owning frame f, or NULL for a frame on the frame stack. */
static inline sk_gen *sk_frame_gen(sk_frame *f) {
    return (f->flags & SK_FRAME_OWNED) ? (sk_gen *)((char *)f - SK_GEN_HEADER) : NULL;
}

/* What g delegates to (`yield from`, `await`): while it is parked on a
 * YIELDFROM, the iterator in that instruction's A register, which
 * YIELDFROM clears once the delegate has returned or raised. The slot, or
 * NULL when g is not delegating. */
static inline sk_value *sk_gen_yieldfrom_slot(sk_gen *g) {
    if (g->state != SK_GEN_SUSPENDED && g->state != SK_GEN_RUNNING) return NULL;
    sk_frame *f = sk_gen_frame(g);
    if (!f->pc || GET_OP(*f->pc) != SK_OP_YIELDFROM) return NULL;
    sk_value *slot = &f->regs[GETARG_A(*f->pc)];
    return *slot ? slot : NULL;
}
static inline sk_value sk_gen_yieldfrom(sk_gen *g) {
    sk_value *slot = sk_gen_yieldfrom_slot(g);
    return slot ? *slot : SK_NULL;
}

/* The generator's __name__ and __qualname__. */
SK_INTERNAL sk_value sk_gen_name(sk_gen *g);
SK_INTERNAL sk_value sk_gen_qualname(sk_gen *g);

/* Where an async generator keeps the finalizer hook it got (SK_NULL: none). */
SK_INTERNAL sk_value *sk_agen_finalizer_slot(sk_gen *g);

static inline sk_gen *sk_gen_ptr(sk_value v) { return (sk_gen *)sk_as_obj(v); }

/* Calling a generator/coroutine function: binds the arguments into a new
 * frame owned by a new generator object, which is returned unstarted. */
SK_INTERNAL sk_value sk_gen_create(sk_vm *vm, sk_value func, const sk_value *args, size_t nargs,
                                   sk_value kwnames) SK_MUST_CHECK;

/* Resumes `gen` from C with `value` sent in (or, when exc is set, with exc
 * thrown in). Returns SK_EXIT_YIELD with *out the yielded value,
 * SK_EXIT_RETURN with *out the return value, or SK_EXIT_ERROR. */
SK_INTERNAL sk_exit sk_gen_send(sk_vm *vm, sk_value gen, sk_value value, sk_value exc, sk_value *out);

/* Is v a generator, coroutine or async generator object? */
SK_INTERNAL bool sk_is_gen(sk_vm *vm, sk_value v);

/* Does v's C next() report a return value when it finishes (a generator, or
 * the iterator coroutine.__await__() returns), for StopIteration.value? */
SK_INTERNAL bool sk_iter_returns_value(sk_vm *vm, sk_value v);

/* For the interpreter: links gen's frame (and the frames of the generators
 * it delegates to) above `caller`, sends `value` in (or, when `throwing`,
 * leaves the innermost frame at its yield so that a pending vm->exc is
 * raised there), and returns the frame to continue in. Counts the linked
 * frames in vm->depth. NULL with an exception set on misuse ("generator
 * already executing", a non-None value sent to a just-started generator);
 * NULL with no exception when the generator has already finished. */
SK_INTERNAL sk_frame *sk_gen_enter(sk_vm *vm, sk_value gen, sk_frame *caller, sk_value value, bool throwing);
/* The interpreter left gen's frame for good (return or exception). */
SK_INTERNAL void sk_gen_finish(sk_vm *vm, sk_gen *g);
/* The interpreter suspended the chain whose innermost frame is `frame` at
 * a yield; returns the outermost frame of the chain (its driver is
 * outer->prev). vm->depth is the caller's to adjust. */
SK_INTERNAL sk_frame *sk_gen_suspend_chain(sk_vm *vm, sk_frame *frame);

/* Sends `value` into any iterator for `yield from`: generators of ours
 * directly, others through send() (or __next__ when value is None).
 * Returns 1 with *out the value yielded, 0 with *out the value returned
 * (StopIteration's), -1 on error. */
SK_INTERNAL int sk_iter_send(sk_vm *vm, sk_value it, sk_value value, sk_value *out);

/* The iterator `await v` delegates to: a coroutine itself, or the result of
 * __await__ (which must be an iterator). `context` says what produced v, for
 * the messages: 0 an await expression, 1 __aenter__, 2 __aexit__. */
SK_INTERNAL sk_value sk_get_awaitable(sk_vm *vm, sk_value v, int context);
/* Builds the exception gen.throw(typ[, val[, tb]]) raises inside the
 * generator, with CPython's argument errors. */
SK_INTERNAL sk_value sk_gen_make_thrown(sk_vm *vm, sk_value typ, sk_value val, sk_value tb) SK_MUST_CHECK;
/* gen.close(): false with an exception set when closing failed. */
SK_INTERNAL bool sk_gen_close(sk_vm *vm, sk_value gen) SK_MUST_CHECK;

/* aiter(v) / the awaitable of anext(v) for `async for`. */
SK_INTERNAL sk_value sk_get_aiter(sk_vm *vm, sk_value v);
SK_INTERNAL sk_value sk_get_anext_awaitable(sk_vm *vm, sk_value v);
/* anext(it, default): an awaitable giving it's next item, or `dflt` at the
 * end of the iteration. */
SK_INTERNAL sk_value sk_anext_with_default(sk_vm *vm, sk_value it, sk_value dflt) SK_MUST_CHECK;
/* A value yielded by an async generator, marked so that its driver can
 * tell it from an awaited future passing through. */
SK_INTERNAL sk_value sk_asyncgen_wrap_value(sk_vm *vm, sk_value v);
/* asyncgen.c: the async generator protocol (asend/athrow/aclose and their
 * awaitables), set up after the generator types; and what the collector
 * does with an unreachable suspended async generator (its finalizer hook,
 * else close()). */
SK_INTERNAL void sk_asyncgen_init_types(sk_vm *vm);
SK_INTERNAL void sk_asyncgen_finalize(sk_vm *vm, sk_value agen);

SK_INTERNAL void sk_gen_init_types(sk_vm *vm);

#endif
