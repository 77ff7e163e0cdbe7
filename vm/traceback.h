/* traceback.h — traceback objects and printing exceptions the way CPython
 * 3.12 prints an uncaught one: chained causes and contexts, the frames
 * with their source lines and ~~~^^^ position markers, "[Previous line
 * repeated N more times]", exception groups in their box layout, notes.
 */
#ifndef SK_TRACEBACK_H
#define SK_TRACEBACK_H

#include "buf.h"
#include "interp.h"

typedef struct sk_traceback {
    sk_obj hdr;
    sk_value next;       /* the next (inner) entry, or SK_NULL */
    sk_value code;
    sk_value globals;
    sk_value frame;      /* a frame object, made when first asked for */
    uint32_t lasti;
    int32_t lineno;
} sk_traceback;

SK_INTERNAL sk_value sk_traceback_new(sk_vm *vm, sk_value next, sk_frame *f) SK_MUST_CHECK;

/* Appends CPython's rendering of `exc` (and its chain) to `out`. Errors
 * raised while rendering (a failing __str__) are handled as CPython does
 * and never propagate. */
SK_INTERNAL void sk_traceback_format(sk_vm *vm, sk_value exc, sk_buf *out);
/* Formats and writes to the error hook. */
SK_INTERNAL void sk_traceback_print(sk_vm *vm, sk_value exc);

/* The source line `lineno` of `filename` (read and cached per VM), without
 * its newline; SK_NULL when unavailable. */
SK_INTERNAL sk_value sk_source_line(sk_vm *vm, sk_value filename, int32_t lineno);

/* A frame object for the running frame f and, through f_back, its callers
 * (sys._getframe). */
SK_INTERNAL sk_value sk_frame_snapshot(sk_vm *vm, struct sk_frame *f) SK_MUST_CHECK;
/* gen.gi_frame / coro.cr_frame: a snapshot of where the generator is. */
SK_INTERNAL sk_value sk_gen_frame_object(sk_vm *vm, sk_value gen) SK_MUST_CHECK;

SK_INTERNAL void sk_traceback_init_types(sk_vm *vm);

#endif
