/* range.h — range objects and their iterator. Ranges whose bounds fit in
 * small ints iterate without allocating; FORITER reads the iterator's
 * fields directly. */
#ifndef SK_RANGE_H
#define SK_RANGE_H

#include "vm.h"

typedef struct sk_range {
    sk_obj hdr;
    sk_value start, stop, step, length;   /* ints */
} sk_range;

/* The fast iterator: every value it produces fits in a small int. Ranges
 * beyond that iterate through the generic sequence iterator. */
typedef struct sk_range_iter {
    sk_obj hdr;
    int64_t next;
    int64_t step;
    int64_t remaining;
} sk_range_iter;

SK_INTERNAL sk_value sk_range_new(sk_vm *vm, sk_value start, sk_value stop, sk_value step) SK_MUST_CHECK;
SK_INTERNAL void sk_range_init_type(sk_vm *vm);

#endif
