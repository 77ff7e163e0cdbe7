/* structseq.h — struct sequences: tuples whose items also have names, as
 * sys.version_info, sys.float_info, time.struct_time and os.stat_result
 * are. A struct sequence type is a tuple subclass whose fields are member
 * descriptors onto the tuple's items; its repr is
 * "module.name(field=value, ...)". */
#ifndef SK_STRUCTSEQ_H
#define SK_STRUCTSEQ_H

#include "type.h"

/* A new struct sequence type module.name with the given fields (a NULL-
 * terminated list). Ready to use. */
SK_INTERNAL sk_type *sk_structseq_new_type(sk_vm *vm, const char *module, const char *name,
                                           const char *const *fields) SK_MUST_CHECK;
/* The same with only the first n_visible fields in the sequence (its len,
 * iteration, indexing, repr); the others are attributes only, as
 * os.stat_result's st_atime (a float beside the int in item 7). */
SK_INTERNAL sk_type *sk_structseq_new_type_n(sk_vm *vm, const char *module, const char *name,
                                             const char *const *fields, size_t n_visible) SK_MUST_CHECK;
/* An instance of `type` holding values[0..n), n being the field count.
 * values must be rooted. */
SK_INTERNAL sk_value sk_structseq_new(sk_vm *vm, sk_type *type, const sk_value *values) SK_MUST_CHECK;

#endif
