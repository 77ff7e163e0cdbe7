/* interp.h — frames and the interpreter's entry points.
 *
 * A frame is one activation of a code object: its registers, its saved pc
 * and the namespaces it runs in. Frames of ordinary calls are bump-
 * allocated from the VM's frame stack (chunks that never move); frames of
 * generators and coroutines live inside their generator object, so they
 * survive suspension. The running frames form one chain through `prev`,
 * innermost first: that chain is a GC root and what tracebacks walk.
 *
 * Python-to-Python calls never recurse in C: CALL pushes a frame and the
 * dispatch loop continues in it. C code calls Python through
 * sk_interp_call, which runs a nested loop until that call returns; such a
 * frame is marked SK_FRAME_ENTRY so the loop knows to return to C.
 */
#ifndef SK_INTERP_H
#define SK_INTERP_H

#include "code.h"

enum {
    SK_FRAME_ENTRY = 1 << 0,   /* returning or raising out of it leaves the
                                  dispatch loop for the C caller */
    SK_FRAME_OWNED = 1 << 1,   /* lives in a generator, not the frame stack */
    SK_FRAME_MADE_CORO = 1 << 2, /* a call of this frame made a coroutine: on
                                    return, one left unstarted in a local
                                    may die (see do_return) */
};

struct sk_frame {
    sk_frame *prev;
    sk_code *code;
    sk_value func;             /* the function running, SK_NULL for module code */
    sk_value globals;          /* dict */
    sk_value builtins;         /* dict */
    /* Module and class code (sk_code_has_namespace): the mapping its
     * names live in (class bodies, exec()), SK_NULL for the globals.
     * Function code, whose variables are registers: the dict locals()
     * returned, refreshed at each call and kept between them (as CPython's
     * f_locals: names exec() adds stay), or SK_NULL. Read the namespace
     * through sk_frame_namespace. */
    sk_value locals;
    const uint32_t *pc;        /* the instruction being executed: for a frame
                                  that called out, the call; for a suspended
                                  generator, its YIELD or YIELDFROM; for a
                                  fresh frame, the first instruction */
    /* no owner pointer and no size: a frame flagged SK_FRAME_OWNED sits right
     * after its generator's header (sk_frame_gen), and a stack frame takes
     * frame_bytes(code); 16 bytes less per coroutine */
    uint16_t flags;
    uint16_t nregs;
    uint8_t ret_mode;          /* what the caller does with our result: SK_RET_* */
    uint8_t ret_reg;           /* where in the caller it goes */
    sk_value regs[];
};

/* How a frame's result reaches its caller (the instruction it waits on). */
enum {
    SK_RET_VALUE,      /* CALL family: the caller's R[ret_reg] := result */
    SK_RET_FORITER,    /* a generator driven by FORITER: returning ends the loop */
    SK_RET_YIELDFROM,  /* a delegate of YIELDFROM: the result is the
                          delegator's R[ret_reg] */
    SK_RET_INIT,       /* __init__ run by a class call: the caller's
                          R[ret_reg] holds the instance, the result must
                          be None */
};

static inline sk_value sk_frame_globals(sk_frame *f) { return f->globals; }
/* Does the code keep its names in a namespace (module and class code)
 * rather than in registers (function code)? */
static inline bool sk_code_has_namespace(const sk_code *c) { return c->flags & (SK_CO_MODULE | SK_CO_CLASS); }
/* The mapping a module or class frame's names live in; SK_NULL for the
 * globals, and for function frames. */
static inline sk_value sk_frame_namespace(const sk_frame *f) {
    return sk_code_has_namespace(f->code) ? f->locals : SK_NULL;
}
/* Index of the instruction the frame is executing. */
static inline uint32_t sk_frame_lasti(const sk_frame *f) {
    return f->pc ? (uint32_t)(f->pc - f->code->insns) : 0;
}

/* How a run of the dispatch loop ended. */
typedef enum sk_exit {
    SK_EXIT_RETURN,   /* the entry frame returned; *result is its value */
    SK_EXIT_ERROR,    /* an exception escaped the entry frame (vm->exc) */
    SK_EXIT_YIELD,    /* the entry frame (a generator) yielded *result */
} sk_exit;

/* Calls a Python function from C. */
SK_INTERNAL sk_value sk_interp_call(sk_vm *vm, sk_value func, const sk_value *args, size_t nargs,
                                    sk_value kwnames) SK_MUST_CHECK;
/* Runs a class body (the function __build_class__ is given) with `ns` as
 * its namespace; returns what the body returns: its __class__ cell or
 * None. */
SK_INTERNAL sk_value sk_run_class_body(sk_vm *vm, sk_value func, sk_value ns) SK_MUST_CHECK;
/* Runs module-level (or exec/eval) code with the given namespaces. Code
 * compiled with top-level await is a coroutine: it does not run, and the
 * result is a coroutine object that runs it, as in CPython. */
SK_INTERNAL sk_value sk_interp_run_code(sk_vm *vm, sk_value code, sk_value globals, sk_value locals) SK_MUST_CHECK;
/* Runs `frame` (already linked and set up) until it returns, raises or
 * yields; the frame must be marked SK_FRAME_ENTRY. */
SK_INTERNAL sk_exit sk_interp_run(sk_vm *vm, sk_frame *frame, sk_value *result);

/* Frame stack. sk_frame_alloc returns a frame with all registers SK_NULL,
 * not yet linked; NULL with MemoryError on failure. */
SK_INTERNAL sk_frame *sk_frame_alloc(sk_vm *vm, sk_code *code) SK_MUST_CHECK;
SK_INTERNAL void sk_frame_release(sk_vm *vm, sk_frame *f);
SK_INTERNAL bool sk_framestack_init(sk_vm *vm);
SK_INTERNAL void sk_framestack_free(sk_vm *vm);
/* Bytes a frame for `code` takes. */
static inline size_t sk_frame_size(const sk_code *code) {
    return sizeof(sk_frame) + (size_t)code->nregs * sizeof(sk_value);
}
/* Marks the registers and namespaces of one frame. */
SK_INTERNAL void sk_frame_mark(sk_vm *vm, sk_frame *f);

/* Binds a call's arguments into a new frame's registers for `func`,
 * applying defaults, *args, **kwargs, and creating the cells and copying
 * the closure. Raises CPython's TypeError messages for bad calls. */
SK_INTERNAL bool sk_frame_setup(sk_vm *vm, sk_frame *f, sk_value func, const sk_value *args, size_t nargs,
                                sk_value kwnames) SK_MUST_CHECK;

/* Python recursion depth bookkeeping. */
SK_INTERNAL bool sk_interp_check_depth(sk_vm *vm) SK_MUST_CHECK;

#endif
