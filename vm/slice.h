/* slice.h — slice objects and the index arithmetic every sequence shares:
 * normalising an index, resolving a slice against a length. */
#ifndef SK_SLICE_H
#define SK_SLICE_H

#include "vm.h"

typedef struct sk_slice {
    sk_obj hdr;
    sk_value start, stop, step;   /* None when omitted */
} sk_slice;

static inline sk_slice *sk_slice_ptr(sk_value v) { return (sk_slice *)sk_as_obj(v); }

SK_INTERNAL sk_value sk_slice_new(sk_vm *vm, sk_value start, sk_value stop, sk_value step) SK_MUST_CHECK;
/* Resolves a slice against a sequence of length len, as slice.indices()
 * does: *count is the number of items selected. False on error (a bad
 * index type, step zero). */
SK_INTERNAL bool sk_slice_resolve(sk_vm *vm, sk_value slice, int64_t len, int64_t *start,
                                  int64_t *stop, int64_t *step, int64_t *count) SK_MUST_CHECK;
/* seq[index] for a sequence of length len: converts index with __index__,
 * adds len to negatives, and raises IndexError(msg) when out of range or
 * TypeError "<what> indices must be integers or slices, not X". */
SK_INTERNAL bool sk_seq_index(sk_vm *vm, sk_value index, int64_t len, int64_t *out,
                              const char *what, const char *range_msg) SK_MUST_CHECK;
SK_INTERNAL void sk_slice_init_type(sk_vm *vm);

#endif
