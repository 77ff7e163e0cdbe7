/* bytes.h — bytes (immutable) and bytearray (mutable) byte strings. */
#ifndef SK_BYTES_H
#define SK_BYTES_H

#include "vm.h"

typedef struct sk_bytes {
    sk_obj hdr;
    int64_t hash;          /* -1: not computed */
    size_t len;
    char data[];           /* len bytes and a NUL */
} sk_bytes;

typedef struct sk_bytearray {
    sk_obj hdr;
    size_t len, cap;
    char *data;            /* raw memory, cap bytes (+1 for a NUL) */
    uint32_t exports;      /* memoryviews of it not yet released: while
                              there are any its size cannot change */
} sk_bytearray;

/* Data and length of a bytes or bytearray (or subclass) value, or of a
 * memoryview that sk_is_bytes_like accepts (its bytes). */
SK_INTERNAL const char *sk_bytes_data(sk_value v);
SK_INTERNAL size_t sk_bytes_len(sk_value v);
/* A bytes object of `len` bytes for the caller to fill. */
SK_INTERNAL sk_value sk_bytes_alloc(sk_vm *vm, size_t len) SK_MUST_CHECK;
SK_INTERNAL sk_value sk_bytes_new(sk_vm *vm, const char *data, size_t len) SK_MUST_CHECK;
/* bytes(x) for a bytes-like object (bytes, bytearray), else TypeError
 * "a bytes-like object is required, not 'X'". */
SK_INTERNAL sk_value sk_bytes_from_object(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* What CPython's PyObject_Bytes makes of v (int.from_bytes's argument):
 * v itself if it is bytes, __bytes__(), a copy of a bytes-like object, or
 * the bytes of an iterable of ints; a str or a non-iterable is a TypeError
 * "cannot convert 'X' object to bytes". */
SK_INTERNAL sk_value sk_bytes_of_object(sk_vm *vm, sk_value v) SK_MUST_CHECK;
/* bytes, bytearray, or a memoryview whose bytes are contiguous and
 * not released. */
SK_INTERNAL bool sk_is_bytes_like(sk_vm *vm, sk_value v);
SK_INTERNAL void sk_bytes_init_types(sk_vm *vm);

#endif
