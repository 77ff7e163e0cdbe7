/* contextvars.h — what the rest of skein (the event loop) uses of
 * _contextvars.c: running a call inside a Context, and reading a
 * ContextVar. The module must have been imported (it sets the types). */
#ifndef SK_CONTEXTVARS_H
#define SK_CONTEXTVARS_H

#include "vm.h"

/* ctx.run(callable, *args): SK_NULL with an exception on failure. */
SK_INTERNAL sk_value sk_context_run(sk_vm *vm, sk_value ctx, sk_value callable, const sk_value *args,
                                    size_t nargs, sk_value kwnames) SK_MUST_CHECK;
/* Makes ctx the current context, as Context.run does around its call
 * (false with RuntimeError when ctx is already entered), and gives the
 * context it replaces in *prev, for the caller to keep (rooted) and hand
 * to sk_context_exit, which makes it current again. (Kept by the caller,
 * not in the Context: every task has a Context, and one slot less puts
 * them a size class lower.) */
SK_INTERNAL bool sk_context_enter(sk_vm *vm, sk_value ctx, sk_value *prev) SK_MUST_CHECK;
SK_INTERNAL void sk_context_exit(sk_vm *vm, sk_value ctx, sk_value prev);
/* copy_context(). */
SK_INTERNAL sk_value sk_context_copy_current(sk_vm *vm) SK_MUST_CHECK;
/* var.get(dflt); dflt may be SK_NULL. */
SK_INTERNAL sk_value sk_contextvar_get(sk_vm *vm, sk_value var, sk_value dflt) SK_MUST_CHECK;

#endif
