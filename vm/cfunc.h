/* cfunc.h — C functions with plain C signatures as Python callables
 * (CFunction), called through libffi; see cfunc.c.
 */
#ifndef SK_CFUNC_H
#define SK_CFUNC_H

#include "vm.h"

/* The most parameters a signature may have. */
#define SK_CFUNC_MAX_PARAMS 16

/* A CFunction named `name` calling `fn` with the C type `signature`
 * ("double (double, int64_t)"; the types are listed at sk_define_function
 * in skein.h). `owner` (or SK_NULL) is kept alive as long as the function:
 * the library `fn` lives in. A bad signature raises ValueError and sets
 * *why to what is wrong with it; other failures leave *why NULL. */
SK_INTERNAL sk_value sk_cfunc_new(sk_vm *vm, const char *name, const char *signature, void (*fn)(void),
                                  sk_value owner, const char **why) SK_MUST_CHECK;

#endif
