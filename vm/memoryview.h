/* memoryview.h — memoryview: a view of the bytes of a bytes or bytearray
 * object (one-dimensional, any native single-character format), without
 * copying them.
 *
 * A view never keeps a pointer into its object's storage: it reads the
 * object's current data pointer at each access, so a bytearray's storage
 * may move. While a view of a bytearray is alive and not released, the
 * bytearray refuses to change its size (BufferError, as in CPython): its
 * `exports` count says how many such views there are.
 */
#ifndef SK_MEMORYVIEW_H
#define SK_MEMORYVIEW_H

#include "vm.h"

typedef struct sk_memoryview {
    sk_obj hdr;
    sk_value obj;          /* the bytes or bytearray viewed */
    int64_t offset;        /* bytes from obj's data to the first item */
    int64_t len;           /* items */
    int64_t stride;        /* bytes from one item to the next (may be < 0) */
    int64_t hash;          /* -1 until computed */
    uint8_t itemsize;
    char format;           /* a struct module character: 'B', 'c', 'H'… */
    bool readonly;
    bool released;
} sk_memoryview;

/* Whether v is a memoryview whose bytes are one contiguous run that
 * sk_bytes_data/sk_bytes_len can hand out (not released, stride equal to
 * the item size). */
SK_INTERNAL bool sk_memoryview_contiguous(sk_vm *vm, sk_value v);
/* The bytes a contiguous view covers (see sk_memoryview_contiguous). */
SK_INTERNAL const char *sk_memoryview_data(sk_value v);
SK_INTERNAL size_t sk_memoryview_nbytes(sk_value v);
/* v.tobytes(): a copy of what the view covers, in order; ValueError for a
 * released view. */
SK_INTERNAL sk_value sk_memoryview_tobytes(sk_vm *vm, sk_value v) SK_MUST_CHECK;
SK_INTERNAL void sk_memoryview_init_type(sk_vm *vm);

#endif
