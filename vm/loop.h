/* loop.h — the event loop: one per VM, with a FIFO ready queue, a timer
 * heap on a monotonic (or virtual) clock and thread-safe wake-ups. The
 * asyncio core (futures, tasks, sleep) is built on it in stdlib/asyncio.c.
 */
#ifndef SK_LOOP_H
#define SK_LOOP_H

#include "vm.h"

SK_INTERNAL bool sk_loop_init(sk_vm *vm) SK_MUST_CHECK;
SK_INTERNAL void sk_loop_free(sk_vm *vm);
SK_INTERNAL void sk_loop_mark(sk_vm *vm);

/* stdlib/_asyncio.c: the accelerator's per-VM state. */
SK_INTERNAL void sk_asyncio_mark(sk_vm *vm);
SK_INTERNAL void sk_asyncio_free(sk_vm *vm);

#endif
