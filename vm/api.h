/* api.h — what the parts of the public API share (api.c, embed.c): the
 * end of every API call that may run Python code, the __main__ module,
 * and the report of a bad argument.
 */
#ifndef SK_API_H
#define SK_API_H

#include <pthread.h>

#include "vm.h"

/* Ends an API call: on failure takes the raised exception and keeps it
 * for sk_print_error / sk_error_message / sk_exit_code; on success clears
 * the last error. Returns the status to give the host. */
SK_INTERNAL sk_status sk_api_finish(sk_vm *vm, bool ok);
/* sys.modules['__main__'], made (with `file` as __file__ unless SK_NULL)
 * when there is none yet. */
SK_INTERNAL sk_value sk_api_main_module(sk_vm *vm, sk_value file) SK_MUST_CHECK;
/* SK_EBADARG, with "FN: WHAT" as sk_error_message's text. */
SK_INTERNAL sk_status sk_api_bad_arg(sk_vm *vm, const char *fn, const char *what);

/* embed.c: the host's references and queued future completions. */
typedef struct sk_embed sk_embed;
SK_INTERNAL void sk_embed_mark(sk_vm *vm);
SK_INTERNAL void sk_embed_free(sk_vm *vm);
/* Waits until every worker thread has posted: sk_vm_free calls it before
 * freeing the objects a worker's C call may still be reading. */
SK_INTERNAL void sk_embed_wait_for_workers(sk_vm *vm);
/* The event loop's wait (vm/loop.c): sleeps up to `timeout` seconds (< 0:
 * no limit) or until a host thread completes a future (*woken); false
 * with KeyboardInterrupt raised when Ctrl-C interrupts it. */
SK_INTERNAL bool sk_embed_wait(sk_vm *vm, double timeout, bool *woken) SK_MUST_CHECK;
/* Sets the results of the futures host threads completed since the last
 * call, and runs what worker threads posted (on the VM's thread); false
 * with an exception raised on failure. */
SK_INTERNAL bool sk_embed_drain(sk_vm *vm) SK_MUST_CHECK;

/* References for C code inside the VM (cfunc.c): a new one (0 with
 * MemoryError raised), and a live one's value (SK_NULL otherwise). */
SK_INTERNAL sk_ref sk_embed_ref_new(sk_vm *vm, sk_value v);
SK_INTERNAL sk_value sk_embed_ref_value(sk_vm *vm, sk_ref ref);
/* A pending asyncio future on the running loop, or the session's. */
SK_INTERNAL sk_value sk_embed_new_future(sk_vm *vm) SK_MUST_CHECK;

/* Worker threads. sk_embed_prepare_post makes, on the VM's thread, the
 * record a worker will post when done (NULL with MemoryError raised);
 * sk_embed_start_thread starts `main(arg)` (false with an exception raised,
 * the record freed, if it cannot); the thread's last act must be
 * sk_embed_post of that record, which queues `apply(vm, data)` to run on
 * the VM's thread at the loop's next turn, or `discard(vm, data)` instead
 * if the VM is freed first (sk_vm_free waits for running workers to post).
 * Posting allocates nothing, so it cannot fail. */
typedef struct sk_post sk_post;
typedef void (*sk_post_fn)(sk_vm *vm, void *data);
SK_INTERNAL sk_post *sk_embed_prepare_post(sk_vm *vm, sk_post_fn apply, sk_post_fn discard, void *data);
SK_INTERNAL bool sk_embed_start_thread(sk_vm *vm, sk_post *post, pthread_t *thread, void *(*main)(void *),
                                       void *arg) SK_MUST_CHECK;
SK_INTERNAL void sk_embed_post(sk_vm *vm, sk_post *post);

#endif
